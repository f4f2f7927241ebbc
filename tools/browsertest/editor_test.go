package browsertest

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
	"sgrules/tools/pagekit"
	"sgrules/web/store"
)

// This file tests the console-like editor (issue 12): every flow its Proof
// lists. Expected commands come from the store and core run natively with
// the same actions, so the page is held to exactly what core generates.

// poll waits until the JavaScript expression is true.
func poll(expr string) chromedp.Action {
	return chromedp.Poll(expr, nil, chromedp.WithPollingTimeout(20*time.Second))
}

// authorize is the authorize command core generates for s's Input in bash,
// shorthand.
func authorize(t *testing.T, s *store.Store) string {
	return command(t, core.Generate(s.Input), s.Input.Command, core.ShellBash, core.FormShorthand)
}

// evalBool evaluates a JavaScript expression.
func evalBool(t *testing.T, p *page, expr string) bool {
	var v bool
	p.run(t, chromedp.Evaluate(expr, &v))
	return v
}

func evalString(t *testing.T, p *page, expr string) string {
	var v string
	p.run(t, chromedp.Evaluate(expr, &v))
	return v
}

// TestOpeningPageShowsNoError: the page opens on a working command from an
// example range marked as one, with no problem anywhere, and placeholders
// read as examples.
func TestOpeningPageShowsNoError(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base)
	s := store.New(store.Example())
	p.run(t, chromedp.WaitVisible("#group-id", chromedp.ByQuery), waitText("#cmd-authorize", authorize(t, s)))
	assert.Equal(t, "No problems found.", evalString(t, p, `document.getElementById("summary").textContent`))
	assert.False(t, evalBool(t, p, `document.querySelector('[aria-invalid="true"], .problems li.error') !== null`))
	assert.Contains(t, evalString(t, p, `document.getElementById("example-text").textContent`), "documentation range")
	assert.Contains(t, evalString(t, p, `document.getElementById("prediction").textContent`), `"Return": true`)
	var placeholders []string
	p.run(t, chromedp.Evaluate(`[...document.querySelectorAll("input[placeholder]")].map(e => e.placeholder)`, &placeholders))
	require.NotEmpty(t, placeholders)
	for _, ph := range placeholders {
		assert.True(t, strings.HasPrefix(ph, "e.g. ") || ph == "optional" || strings.HasPrefix(ph, "default "), "placeholder %q reads as a value", ph)
	}
	p.clean(t)
}

// TestPresetRoundTrip: each of the 34 types fills protocol and ports, shows
// the fields it needs, makes core's command, and is recognised back when a
// link opens it.
func TestPresetRoundTrip(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base)
	p.run(t, chromedp.WaitVisible("#r1-type", chromedp.ByQuery))
	all := store.New(store.Example())
	for i, pr := range core.Presets {
		s := store.New(store.Example())
		s.Dispatch(store.SetPreset{Rule: 0, Name: pr.Name})
		steps := []chromedp.Action{choose("r1-type", pr.Name), poll(`document.getElementById("r1-type").value === ` + mustJSON(pr.Name))}
		if pr.Fields == core.FieldsProtocol {
			s.Dispatch(store.SetProtocol{Rule: 0, Value: "47", Custom: true})
			steps = append(steps, chromedp.WaitVisible("#r1-protonum", chromedp.ByQuery), setText("r1-protonum", "47"))
		}
		wantPorts := pr.Fields == core.FieldsPorts || pr.Fields == core.FieldsICMP
		steps = append(steps, waitText("#cmd-authorize", authorize(t, s)),
			poll(`(document.getElementById("r1-from") !== null) === `+mustJSON(wantPorts)))
		p.run(t, steps...)
		if pr.Fields == core.FieldsNone {
			assert.NotEmpty(t, evalString(t, p, `document.getElementById("r1-allows").textContent`), pr.Name)
		}
		if i > 0 {
			all.Dispatch(store.AddRule{})
		}
		all.Dispatch(store.SetPreset{Rule: i, Name: pr.Name})
		if pr.Fields == core.FieldsPorts {
			// A Custom type keeps the ports it is chosen on (HTTPS's):
			// give it ports no named type has.
			all.Dispatch(store.SetPort{Rule: i, Text: "8080"})
			all.Dispatch(store.SetPort{Rule: i, To: true, Text: "8081"})
		}
		if pr.Fields == core.FieldsProtocol {
			all.Dispatch(store.SetProtocol{Rule: i, Value: "47", Custom: true})
		}
	}
	// One link with a rule of each type: each is recognised back.
	var got []string
	p.run(t, chromedp.Navigate("about:blank"))
	p.ready(t, p.ctx, p.base+"#i="+b64(t, all.Input))
	p.run(t, chromedp.WaitVisible("#r34-type", chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("fieldset.rule select[id$='-type']")].map(e => e.value)`, &got))
	require.Len(t, got, len(core.Presets))
	for i, pr := range core.Presets {
		assert.Equal(t, pr.Name, got[i])
	}
	p.clean(t)
}

// TestICMPByName: ICMP types and codes by name, stored as the console does,
// and numbers still typed.
func TestICMPByName(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base)
	s := store.New(store.Example())
	s.Dispatch(store.SetPreset{Rule: 0, Name: core.PresetCustomICMP})
	p.run(t, chromedp.WaitVisible("#r1-type", chromedp.ByQuery), choose("r1-type", core.PresetCustomICMP),
		waitText("#cmd-authorize", authorize(t, s)), poll(`document.getElementById("r1-icmp").value === "8/-1"`))
	assert.Contains(t, authorize(t, s), "FromPort=8,ToPort=-1", "Echo Request is 8 / -1")
	assert.Contains(t, evalString(t, p, `document.getElementById("r1-icmp").selectedOptions[0].textContent`), "Echo Request")

	s.Dispatch(store.SetICMP{Rule: 0, Type: 3, Code: 3})
	p.run(t, choose("r1-icmp", "3/3"), waitText("#cmd-authorize", authorize(t, s)))
	assert.Contains(t, evalString(t, p, `document.getElementById("r1-icmp").selectedOptions[0].textContent`), "Destination Unreachable › Port Unreachable")

	s.Dispatch(store.SetPort{Rule: 0, To: true, Text: "4"})
	p.run(t, setText("r1-to", "4"), waitText("#cmd-authorize", authorize(t, s)),
		poll(`document.getElementById("r1-icmp").value === "3/4"`))

	s.Dispatch(store.SetPort{Rule: 0, Text: "200"})
	p.run(t, setText("r1-from", "200"), waitText("#cmd-authorize", authorize(t, s)),
		poll(`document.getElementById("r1-icmp").value === "other"`))

	s.Dispatch(store.SetICMP{Rule: 0, Type: -1, Code: -1})
	p.run(t, choose("r1-icmp", "-1/-1"), waitText("#cmd-authorize", authorize(t, s)))

	s.Dispatch(store.SetPreset{Rule: 0, Name: core.PresetCustomICMPv6})
	p.run(t, choose("r1-type", core.PresetCustomICMPv6), waitText("#cmd-authorize", authorize(t, s)),
		poll(`document.getElementById("r1-icmp").value === "128/-1"`))
	p.clean(t)
}

// TestRulesAddDuplicateMoveRemove: rules and sources are added, duplicated,
// moved and removed, and a new rule starts from a visible type.
func TestRulesAddDuplicateMoveRemove(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base)
	s := store.New(store.Example())
	s.Dispatch(store.AddRule{})
	p.run(t, chromedp.WaitVisible("#add-rule", chromedp.ByQuery), chromedp.Click("#add-rule", chromedp.ByQuery),
		chromedp.WaitVisible("#r2-type", chromedp.ByQuery))
	assert.Equal(t, "HTTPS", evalString(t, p, `document.getElementById("r2-type").value`))
	assert.Equal(t, "e.g. 203.0.113.0/24", evalString(t, p, `document.getElementById("r2-IpRanges0-CidrIp").placeholder`))
	assert.Empty(t, evalString(t, p, `document.getElementById("r2-IpRanges0-CidrIp").value`))

	s.Dispatch(store.SetSource{Rule: 1, Kind: core.KindIPv4, Index: 0, Field: "CidrIp", Text: "10.0.0.0/8"})
	s.Dispatch(store.DuplicateRule{Rule: 1})
	s.Dispatch(store.SetPreset{Rule: 2, Name: "SSH"})
	s.Dispatch(store.AddSource{Rule: 2, Kind: core.KindSecurityGroup})
	s.Dispatch(store.SetSource{Rule: 2, Kind: core.KindSecurityGroup, Index: 0, Field: "GroupId", Text: "sg-0a1b2c3d4e5f67890"})
	p.run(t,
		setText("r2-IpRanges0-CidrIp", "10.0.0.0/8"),
		chromedp.Click(`button[aria-label="Duplicate rule 2"]`, chromedp.ByQuery),
		chromedp.WaitVisible("#r3-type", chromedp.ByQuery),
		choose("r3-type", "SSH"),
		chromedp.Click(`button[aria-label="Add a security group to rule 3"]`, chromedp.ByQuery),
		chromedp.WaitVisible("#r3-UserIdGroupPairs0-GroupId", chromedp.ByQuery),
		setText("r3-UserIdGroupPairs0-GroupId", "sg-0a1b2c3d4e5f67890"),
		waitText("#cmd-authorize", authorize(t, s)),
	)
	s.Dispatch(store.MoveRule{Rule: 2, By: -1})
	p.run(t,
		chromedp.Click(`button[aria-label="Move rule 3 up"]`, chromedp.ByQuery),
		waitText("#cmd-authorize", authorize(t, s)))
	s.Dispatch(store.MoveRule{Rule: 1, By: -1})
	p.run(t,
		chromedp.Click(`button[aria-label="Move rule 2 up"]`, chromedp.ByQuery),
		waitText("#cmd-authorize", authorize(t, s)),
	)
	assert.Equal(t, "SSH", evalString(t, p, `document.querySelector("fieldset.rule select[id$='-type']").value`), "the SSH rule is first")
	s.Dispatch(store.MoveRule{Rule: 0, By: 1})
	p.run(t, chromedp.Click(`button[aria-label="Move rule 1 down"]`, chromedp.ByQuery), waitText("#cmd-authorize", authorize(t, s)))
	s.Dispatch(store.RemoveSource{Rule: 1, Kind: core.KindIPv4, Index: 0})
	p.run(t, chromedp.Click(`button[aria-label="Remove IPv4 CIDR source 1 of rule 2"]`, chromedp.ByQuery), waitText("#cmd-authorize", authorize(t, s)))
	s.Dispatch(store.RemoveRule{Rule: 0})
	p.run(t, chromedp.Click(`button[aria-label="Remove rule 1"]`, chromedp.ByQuery), waitText("#cmd-authorize", authorize(t, s)))
	assert.Equal(t, 2, int(evalFloat(t, p, `document.querySelectorAll("fieldset.rule").length`)))
	// A source's kind: an IPv6 range typed as IPv4 moves with its text.
	s.Dispatch(store.SetSource{Rule: 1, Kind: core.KindIPv4, Index: 0, Field: "CidrIp", Text: "2001:db8::/64"})
	s.Dispatch(store.SetSourceKind{Rule: 1, Kind: core.KindIPv4, Index: 0, To: core.KindIPv6})
	p.run(t, setText("r2-IpRanges0-CidrIp", "2001:db8::/64"), choose("r2-IpRanges0-kind", core.KindIPv6.String()),
		chromedp.WaitVisible("#r2-Ipv6Ranges0-CidrIpv6", chromedp.ByQuery), waitText("#cmd-authorize", authorize(t, s)))
	p.clean(t)
}

func evalFloat(t *testing.T, p *page, expr string) float64 {
	var v float64
	p.run(t, chromedp.Evaluate(expr, &v))
	return v
}

// TestQuickSources: Anywhere-IPv4, Anywhere-IPv6 and the IPv6 twin.
func TestQuickSources(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base)
	s := store.New(store.Example())
	s.Dispatch(store.AddRule{})
	s.Dispatch(store.QuickSource{Rule: 1, Which: store.QuickAnywhereIPv4})
	s.Dispatch(store.SetSource{Rule: 1, Kind: core.KindIPv4, Index: 0, Field: "Description", Text: "web"})
	p.run(t, chromedp.WaitVisible("#add-rule", chromedp.ByQuery), chromedp.Click("#add-rule", chromedp.ByQuery),
		chromedp.WaitVisible("#r2-type", chromedp.ByQuery),
		chromedp.Click(`button[aria-label="Add Anywhere-IPv4 (0.0.0.0/0) to rule 2"]`, chromedp.ByQuery),
		poll(`document.getElementById("r2-IpRanges0-CidrIp").value === "0.0.0.0/0"`),
		setText("r2-IpRanges0-Description", "web"),
		waitText("#cmd-authorize", authorize(t, s)),
	)
	s.Dispatch(store.QuickSource{Rule: 1, Which: store.QuickIPv6Twin})
	p.run(t, chromedp.Click(`button[aria-label="Add the IPv6 twin of 0.0.0.0/0 to rule 2"]`, chromedp.ByQuery),
		waitText("#cmd-authorize", authorize(t, s)),
		poll(`document.querySelector('button[aria-label="Add the IPv6 twin of 0.0.0.0/0 to rule 2"]') === null`))
	assert.Equal(t, "web", evalString(t, p, `document.getElementById("r2-Ipv6Ranges0-Description").value`))
	s.Dispatch(store.QuickSource{Rule: 0, Which: store.QuickAnywhereIPv6})
	p.run(t, chromedp.Click(`button[aria-label="Add Anywhere-IPv6 (::/0) to rule 1"]`, chromedp.ByQuery),
		waitText("#cmd-authorize", authorize(t, s)))
	p.clean(t)
}

// TestProblemSummaryFocusesTheField: a problem is shown at its field and in
// the summary as a place; the entry focuses the field; fixing it clears
// both. Warnings look different from errors.
func TestProblemSummaryFocusesTheField(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base)
	p.run(t, chromedp.WaitVisible("#r1-IpRanges0-CidrIp", chromedp.ByQuery),
		setText("r1-IpRanges0-CidrIp", "10.0.0.300/24"),
		chromedp.WaitVisible("#r1-IpRanges0-CidrIp-problems", chromedp.ByQuery),
		poll(`document.querySelector("#summary a.place") !== null`))
	assert.Equal(t, "true", evalString(t, p, `document.getElementById("r1-IpRanges0-CidrIp").getAttribute("aria-invalid")`))
	assert.Equal(t, "Rule 1 › source 1 (IPv4 CIDR) › IPv4 CIDR", evalString(t, p, `document.querySelector("#summary a.place").textContent`))
	p.run(t, chromedp.Focus("#group-id", chromedp.ByQuery), chromedp.Click("#summary a.place", chromedp.ByQuery),
		poll(`document.activeElement && document.activeElement.id === "r1-IpRanges0-CidrIp"`))
	assert.NotContains(t, evalString(t, p, `location.hash`), "r1-", "the link does not navigate")
	// A warning next to the error: styled apart.
	p.run(t, choose("r1-type", "SSH"), setText("r1-IpRanges0-CidrIp", "0.0.0.0/0"),
		poll(`document.querySelector("#summary li.warning") !== null`))
	assert.NotEqual(t,
		evalString(t, p, `getComputedStyle(document.querySelector("#summary li.warning")).borderLeftStyle`), "solid",
		"a warning's border is not an error's")
	p.run(t, setText("r1-IpRanges0-CidrIp", "198.51.100.0/24"),
		poll(`document.getElementById("summary").textContent === "No problems found."`),
		poll(`document.getElementById("r1-IpRanges0-CidrIp-problems") === null`))
	assert.Nil(t, evalAny(t, p, `document.getElementById("r1-IpRanges0-CidrIp").getAttribute("aria-invalid")`))
	p.clean(t)
}

func evalAny(t *testing.T, p *page, expr string) any {
	var v any
	p.run(t, chromedp.Evaluate(expr, &v))
	return v
}

// TestShellAndFormRemembered: the chosen shell and form survive a reload;
// a link's choice wins over them.
func TestShellAndFormRemembered(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base)
	s := store.New(store.Example())
	want := command(t, core.Generate(s.Input), core.Ingress, core.ShellCmd, core.FormJSON)
	p.run(t, chromedp.WaitVisible("#shell", chromedp.ByQuery), choose("shell", core.ShellCmd),
		poll(`document.getElementById("form") !== null`), choose("form", core.FormJSON),
		waitText("#cmd-authorize", want),
		poll(`localStorage.getItem("sgrules.form") === "json" && localStorage.getItem("sgrules.shell") === "cmd"`))
	p.run(t, chromedp.Navigate("about:blank"))
	p.ready(t, p.ctx, p.base)
	p.run(t, waitText("#cmd-authorize", want), chromedp.WaitVisible("#shell", chromedp.ByQuery))
	assert.Equal(t, core.ShellCmd, evalString(t, p, `document.getElementById("shell").value`))
	assert.Equal(t, core.FormJSON, evalString(t, p, `document.getElementById("form").value`))
	// The link's shell wins; its missing form is the remembered one.
	p.run(t, chromedp.Navigate("about:blank"))
	p.ready(t, p.ctx, p.base+"#ex=ingress-ssh&sh=powershell")
	p.run(t, waitText("#cmd-authorize", command(t, core.Generate(exampleInput(t, "ingress-ssh")), core.Ingress, core.ShellPowerShell, core.FormJSON)))
	p.clean(t)
}

func exampleInput(t *testing.T, name string) core.Input {
	e, ok := core.ExampleNamed(name)
	require.True(t, ok, name)
	return e.Input()
}

// TestCopy: with the clipboard permission granted, Copy puts the command on
// the clipboard (read back) and says so; when the Clipboard API refuses, the
// fallback copies it.
func TestCopy(t *testing.T) {
	p := open(t)
	origin := strings.TrimSuffix(p.base, "/")
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		require.NoError(t, chromedp.Run(p.ctx, browser.SetPermission(&browser.PermissionDescriptor{Name: name}, browser.PermissionSettingGranted).WithOrigin(origin)))
	}
	p.ready(t, p.ctx, p.base)
	s := store.New(store.Example())
	want := authorize(t, s)
	var got string
	p.run(t, chromedp.WaitVisible("#shell", chromedp.ByQuery), waitText("#cmd-authorize", want),
		chromedp.Click(`button[aria-label="Copy the authorize command"]`, chromedp.ByQuery),
		poll(`[...document.querySelectorAll(".command-head .copied")].some(e => e.textContent === "Copied")`),
		chromedp.Evaluate(`navigator.clipboard.readText()`, &got, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
	assert.Equal(t, want, got)

	// The Clipboard API refuses: the page copies through a selection.
	var fallback string
	p.run(t,
		chromedp.Evaluate(`navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
			window.__fallback = ""; const exec = document.execCommand.bind(document);
			document.execCommand = (c) => { window.__fallback = document.activeElement.value; return exec(c); }; true`, nil),
		chromedp.Click(`button[aria-label="Copy the revoke command"]`, chromedp.ByQuery),
		poll(`window.__fallback !== ""`),
		chromedp.Evaluate(`window.__fallback`, &fallback))
	assert.Equal(t, command(t, core.Generate(s.Input), core.RevokeIngress, core.ShellBash, core.FormShorthand), fallback)
	// The link is copied too, compressed.
	p.run(t, chromedp.Click(`//button[text()="Copy link to this page"]`, chromedp.BySearch), poll(`window.__fallback.includes("#")`))
	p.clean(t)
}

// deflated is a v1 link's data for doc, as the browser's CompressionStream
// writes it (deflate-raw).
func deflated(t *testing.T, doc []byte) string {
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, flate.BestCompression)
	require.NoError(t, err)
	_, err = w.Write(doc)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return base64.RawURLEncoding.EncodeToString(b.Bytes())
}

// TestPermalinks: an old i= link and a new v1 link open the same form; the
// page writes v1 links, much shorter than i= for a large form.
func TestPermalinks(t *testing.T) {
	p := open(t)
	in := exampleInput(t, "web-server")
	want := command(t, core.Generate(in), core.Ingress, core.ShellBash, core.FormShorthand)
	p.ready(t, p.ctx, p.base+"#i="+b64(t, in)+"&sh=bash&f=shorthand")
	p.run(t, waitText("#cmd-authorize", want))
	p.run(t, chromedp.Navigate("about:blank"))
	p.ready(t, p.ctx, p.base+"#v1="+deflated(t, core.EncodeInput(in))+"&sh=bash&f=shorthand")
	p.run(t, waitText("#cmd-authorize", want))

	// The page's own link: edit, then reopen what the address says.
	s := store.New(in)
	s.Dispatch(store.SetSource{Rule: 0, Kind: core.KindIPv4, Index: 0, Field: "Description", Text: "anyone"})
	var href string
	first := evalString(t, p, `location.hash`)
	p.run(t, chromedp.WaitVisible("#r1-IpRanges0-Description", chromedp.ByQuery), setText("r1-IpRanges0-Description", "anyone"),
		waitText("#cmd-authorize", authorize(t, s)),
		poll(`location.hash.startsWith("#v1=") && location.hash.includes("&sh=bash") && location.hash !== `+mustJSON(first)),
		chromedp.Location(&href))
	p.run(t, chromedp.Navigate("about:blank"))
	p.ready(t, p.ctx, href)
	p.run(t, waitText("#cmd-authorize", authorize(t, s)))

	// 60 rules: the v1 link is a fraction of the i= one.
	big := core.Input{Command: core.Ingress, Request: core.Request{GroupId: core.Str("sg-1234567890abcdef0")}}
	for i := 0; i < 60; i++ {
		big.Request.IpPermissions = append(big.Request.IpPermissions, core.IpPermission{IpProtocol: core.Str("tcp"),
			FromPort: core.Int(int64(1000 + i)), ToPort: core.Int(int64(1000 + i)),
			IpRanges: []core.IpRange{{CidrIp: core.Str("10.0.0.0/24"), Description: core.Str("app tier")}}})
	}
	v1, i := deflated(t, core.EncodeInput(big)), b64(t, big)
	t.Logf("60 rules: v1 %d characters, i= %d", len(v1), len(i))
	assert.Less(t, len(v1)*4, len(i))
	p.clean(t)
}

// TestBadLinksShowANotice: garbage, an oversized link, a future version and
// markup inside valid JSON each open the starting form with a notice that
// says the link could not be read; nothing is injected.
func TestBadLinksShowANotice(t *testing.T) {
	p := open(t)
	hostile := deflated(t, []byte(`{"<img src=x onerror=window.__xss=1>":1,"Command":"authorize-security-group-ingress","Input":{"GroupId":"sg-1234567890abcdef0","IpPermissions":[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"203.0.113.0/24","Description":"<img src=x onerror=window.__xss=1>"}]}]}}`))
	def := authorize(t, store.New(store.Example()))
	for _, tc := range []struct{ name, frag, command string }{
		{"garbage", "#%zz%%garbage", def},
		{"oversized", "#v1=" + strings.Repeat("A", store.MaxFragment+10), def},
		{"future version", "#v2=AAAA&sh=bash", def},
		{"broken v1", "#v1=" + base64.RawURLEncoding.EncodeToString([]byte("not deflate at all")), def},
		{"markup in valid JSON", "#v1=" + hostile, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p.run(t, chromedp.Navigate("about:blank"))
			p.ready(t, p.ctx, p.base+tc.frag)
			p.run(t, chromedp.WaitVisible("#notice", chromedp.ByQuery))
			assert.Contains(t, evalString(t, p, `document.getElementById("notice").textContent`), "could not be read")
			if tc.command != "" {
				p.run(t, waitText("#cmd-authorize", tc.command))
			}
			p.run(t, chromedp.WaitVisible("#group-id", chromedp.ByQuery))
			assert.False(t, evalBool(t, p, `document.querySelector("main img") !== null || window.__xss === 1`), "no markup from the link")
		})
	}
	// The markup is shown as the text it is, with the problem at its field.
	assert.Equal(t, "<img src=x onerror=window.__xss=1>", evalString(t, p, `document.getElementById("r1-IpRanges0-Description").value`))
	p.run(t, chromedp.Click(`button[aria-label="Dismiss this notice"]`, chromedp.ByQuery), poll(`document.getElementById("notice") === null`))
	p.clean(t)
}

// TestExamples: every example opens from its #ex= link with core's command
// and its note, and the Examples menu loads one and links to it.
func TestExamples(t *testing.T) {
	p := open(t)
	for _, e := range core.Examples {
		want := command(t, core.Generate(e.Input()), e.Input().Command, core.ShellBash, core.FormShorthand)
		p.run(t, chromedp.Navigate("about:blank"))
		p.ready(t, p.ctx, p.base+"#ex="+e.Name+"&sh=bash&f=shorthand")
		p.run(t, waitText("#cmd-authorize", want), chromedp.WaitVisible("#example-note", chromedp.ByQuery))
		assert.Equal(t, e.Note, evalString(t, p, `document.getElementById("example-text").textContent`), e.Name)
		assert.True(t, strings.HasSuffix(evalString(t, p, `document.getElementById("example-link").href`), "#ex="+e.Name), e.Name)
		assert.Contains(t, evalString(t, p, `document.getElementById("example-note").textContent`), e.Title)
	}
	// The menu: open it, load an example, the address becomes its link.
	e, _ := core.ExampleNamed("ingress-multiple")
	p.run(t, chromedp.Click("#examples summary", chromedp.ByQuery), chromedp.WaitVisible("#ex-"+e.Name, chromedp.ByQuery),
		chromedp.Click("#ex-"+e.Name, chromedp.ByQuery),
		waitText("#cmd-authorize", command(t, core.Generate(e.Input()), core.Ingress, core.ShellBash, core.FormShorthand)),
		poll(`document.getElementById("example-text").textContent.includes("\"IpProtocol\": \"tcp\"")`),
		poll(`location.hash.startsWith("#ex=ingress-multiple")`))
	// Editing leaves the example: the note goes, the link becomes v1.
	p.run(t, setText("r1-IpRanges0-CidrIp", "172.31.0.0/24"), poll(`document.getElementById("example-note") === null`), poll(`location.hash.startsWith("#v1=")`))
	p.clean(t)
}

// TestKeyboardOnlyTwoRules builds a two-rule form with the keyboard alone,
// and the focused control is visibly outlined.
func TestKeyboardOnlyTwoRules(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base)
	p.run(t, chromedp.WaitVisible("#add-rule", chromedp.ByQuery))
	tabTo := func(id string) {
		t.Helper()
		for i := 0; i < 300; i++ {
			if evalString(t, p, `(document.activeElement || {}).id || ""`) == id {
				return
			}
			p.run(t, chromedp.KeyEvent(kb.Tab))
		}
		t.Fatalf("Tab never reached #%s", id)
	}
	typeText := func(text string) {
		p.run(t, chromedp.Evaluate(`document.activeElement.select()`, nil), chromedp.KeyEvent(text))
	}
	s := store.New(store.Example())
	s.Dispatch(store.SetSource{Rule: 0, Kind: core.KindIPv4, Index: 0, Field: "CidrIp", Text: "198.51.100.0/24"})
	s.Dispatch(store.AddRule{})
	s.Dispatch(store.SetSource{Rule: 1, Kind: core.KindIPv4, Index: 0, Field: "CidrIp", Text: "10.0.0.0/16"})
	tabTo("r1-IpRanges0-CidrIp")
	typeText("198.51.100.0/24")
	tabTo("add-rule")
	outline := evalString(t, p, `getComputedStyle(document.activeElement).outlineStyle`)
	assert.NotEqual(t, "none", outline, "the focused button is outlined")
	p.run(t, chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible("#r2-IpRanges0-CidrIp", chromedp.ByQuery))
	tabTo("r2-IpRanges0-CidrIp")
	typeText("10.0.0.0/16")
	p.run(t, waitText("#cmd-authorize", authorize(t, s)))
	p.clean(t)
}

// TestNarrowAndDarkScreens: at 360 px the command comes before the form and
// nothing overflows; screenshots at 1280 px, 360 px and in dark mode
// (UPDATE_SCREENSHOT=1 writes them to docs/).
func TestNarrowAndDarkScreens(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base+"#ex=web-server")
	shots := map[string][]byte{}
	var png []byte
	p.run(t, chromedp.WaitVisible("#group-id", chromedp.ByQuery), chromedp.CaptureScreenshot(&png))
	shots["screenshot.png"] = png
	p.run(t, chromedp.EmulateViewport(360, 780, chromedp.EmulateMobile, chromedp.EmulateScale(1)),
		poll(`document.documentElement.clientWidth === 360`))
	assert.True(t, evalBool(t, p, `document.getElementById("cmd-authorize").getBoundingClientRect().top < document.getElementById("group-id").getBoundingClientRect().top`),
		"the command comes before the form")
	assert.True(t, evalBool(t, p, `document.getElementById("cmd-authorize").getBoundingClientRect().top < 780`), "the command is on the first screen")
	assert.LessOrEqual(t, evalFloat(t, p, `document.documentElement.scrollWidth`), 360.0, "nothing overflows 360 px")
	assert.LessOrEqual(t, evalFloat(t, p, `document.getElementById("cmd-authorize").scrollWidth - document.getElementById("cmd-authorize").clientWidth`), 0.0,
		"the command wraps instead of being cut off")
	p.run(t, chromedp.CaptureScreenshot(&png))
	shots["screenshot-360.png"] = png
	p.run(t, chromedp.EmulateViewport(1280, 900),
		emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}),
		poll(`matchMedia("(prefers-color-scheme: dark)").matches`))
	assert.NotEqual(t, "rgb(255, 255, 255)", evalString(t, p, `getComputedStyle(document.documentElement).backgroundColor`))
	p.run(t, chromedp.CaptureScreenshot(&png))
	shots["screenshot-dark.png"] = png
	dir := t.TempDir()
	if os.Getenv("UPDATE_SCREENSHOT") == "1" {
		root, _ := pagekit.RepoRoot()
		dir = filepath.Join(root, "docs")
	}
	for name, png := range shots {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), png, 0o644))
		t.Logf("screenshot: %s", filepath.Join(dir, name))
	}
	p.clean(t)
}
