package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
	"sgrules/tools/pagekit"
	"sgrules/web/store"
)

// page is one loaded page and what the browser reported while it ran.
type page struct {
	base string
	ctx  context.Context

	mu       sync.Mutex
	errors   []string
	requests []string
}

func (p *page) listen(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeAssert {
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			p.errors = append(p.errors, "console."+string(ev.Type)+": "+strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		p.errors = append(p.errors, "exception: "+ev.ExceptionDetails.Error())
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.LevelError {
			p.errors = append(p.errors, "log: "+ev.Entry.Text+" "+ev.Entry.URL)
		}
	case *network.EventRequestWillBeSent:
		p.requests = append(p.requests, ev.Request.URL)
	}
}

var (
	siteOnce sync.Once
	siteDir  string
	siteErr  error
)

// builtSite builds the page once per test binary, into a folder TestMain
// removes.
func builtSite() (string, error) {
	siteOnce.Do(func() {
		root, err := pagekit.RepoRoot()
		if err != nil {
			siteErr = err
			return
		}
		siteDir = filepath.Join(tmpRoot, "site")
		siteErr = pagekit.BuildPage(root, siteDir)
	})
	return siteDir, siteErr
}

var tmpRoot string

func TestMain(m *testing.M) {
	var err error
	if tmpRoot, err = os.MkdirTemp("", "sgrules-browsertest-"); err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(tmpRoot)
	os.Exit(code)
}

// open builds the page, serves it and opens it in a fresh Chromium.
func open(t *testing.T) *page {
	t.Helper()
	if _, err := os.Stat(pagekit.Chromium); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but %s is missing: install Debian's chromium", pagekit.Chromium)
		}
		t.Skipf("skipping: %s not installed (CI=true makes this a failure)", pagekit.Chromium)
	}
	site, err := builtSite()
	require.NoError(t, err)
	base, stop, err := pagekit.Serve(site)
	require.NoError(t, err)
	t.Cleanup(stop)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	// The profile lives under tmpRoot, removed when the package's tests end:
	// Chromium's helper processes may still write to it after the browser
	// is cancelled, which makes t.TempDir's cleanup fail.
	profile, err := os.MkdirTemp(tmpRoot, "profile-")
	require.NoError(t, err)
	bctx, bcancel := pagekit.Browser(ctx, profile)
	t.Cleanup(bcancel)
	p := &page{base: base, ctx: bctx}
	chromedp.ListenTarget(bctx, p.listen)
	require.NoError(t, chromedp.Run(bctx, network.Enable(), cdplog.Enable(), runtime.Enable()))
	return p
}

// ready navigates to url and waits until the page shows the whole page
// or its loader reports a failure.
func (p *page) ready(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	var failed string
	require.NoError(t, chromedp.Run(ctx, chromedp.Navigate(url)))
	// Right after a navigation chromedp may still hold the previous
	// document's execution context, which Chromium then no longer knows
	// ("Cannot find context with specified id"): poll again in the new one.
	deadline := time.Now().Add(60 * time.Second)
	for {
		err := chromedp.Run(ctx,
			// Not #cmd-authorize alone: index.html's skeleton has one
			// before the generator runs. "ready" is set once it has, and
			// the form column is busy until the whole page shows.
			chromedp.Poll(`(document.body.classList.contains("ready") && document.querySelector("#cmd-authorize") !== null &&
				document.querySelector("#app [aria-busy]") === null) || document.body.classList.contains("failed")`, nil,
				chromedp.WithPollingTimeout(time.Until(deadline))),
			chromedp.Evaluate(`document.body.classList.contains("failed") ? document.getElementById("loading-text").textContent : ""`, &failed),
		)
		if err != nil && strings.Contains(err.Error(), "Cannot find context") && time.Now().Before(deadline) {
			continue
		}
		require.NoError(t, err)
		break
	}
	require.Empty(t, failed, "the page did not start; console errors: %v", p.errors)
}

// run runs actions one by one, each with its own time limit, and names the
// one that failed.
func (p *page) run(t *testing.T, actions ...chromedp.Action) {
	t.Helper()
	for i, a := range actions {
		ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
		err := chromedp.Run(ctx, a)
		cancel()
		require.NoError(t, err, "step %d (%T)", i+1, a)
	}
}

// clean asserts that nothing was logged as an error and every request went
// to the page's own origin.
func (p *page) clean(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	assert.Empty(t, p.errors, "console errors")
	assert.NotEmpty(t, p.requests)
	for _, u := range p.requests {
		assert.True(t, pagekit.SameOrigin(p.base, u), "request to another origin: %s", u)
	}
}

// waitText waits until the element's text is want (a condition, not a sleep)
// and returns what it shows.
func waitText(sel, want string) chromedp.Action {
	js := fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !!e && e.textContent === %s; })()`, sel, mustJSON(want))
	return chromedp.ActionFunc(func(ctx context.Context) error {
		err := chromedp.Poll(js, nil, chromedp.WithPollingTimeout(20*time.Second)).Do(ctx)
		if err != nil {
			var got string
			chromedp.Evaluate(fmt.Sprintf(`(document.querySelector(%q) || {}).textContent`, sel), &got).Do(ctx)
			return fmt.Errorf("%s shows %q, want %q: %v", sel, got, want, err)
		}
		return nil
	})
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func command(t *testing.T, r core.Result, name, shell, form string) string {
	t.Helper()
	for _, c := range r.Commands {
		if c.Command == name && c.Shell == shell && c.Form == form {
			return c.Text
		}
	}
	t.Fatalf("core generated no %s %s %s command; unavailable: %+v", name, shell, form, r.Unavailable)
	return ""
}

func TestPageTypesAndShowsCoreCommand(t *testing.T) {
	p := open(t)
	const cidr, desc = "198.51.100.0/24", "SSH from office"
	in := store.Example()
	in.Request.IpPermissions[0].IpRanges[0] = core.IpRange{CidrIp: core.Str(cidr), Description: core.Str(desc)}
	want := core.Generate(in)
	wantAuth := command(t, want, core.Ingress, core.ShellBash, core.FormShorthand)
	wantRevoke := command(t, want, core.RevokeIngress, core.ShellBash, core.FormShorthand)

	var shown, revoke string
	var loaderGone bool
	p.ready(t, p.ctx, p.base)
	p.run(t,
		chromedp.WaitVisible("#r1-IpRanges0-CidrIp", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("loading") === null`, &loaderGone),
		setText("r1-IpRanges0-CidrIp", cidr),
		setText("r1-IpRanges0-Description", desc),
		waitText("#cmd-authorize", wantAuth),
		chromedp.Text("#cmd-authorize", &shown, chromedp.ByQuery),
		chromedp.TextContent("#cmd-revoke", &revoke, chromedp.ByQuery),
	)
	assert.True(t, loaderGone, "the loading screen is removed once the command shows")
	assert.Equal(t, wantAuth, shown)
	assert.Equal(t, wantRevoke, revoke)

	// The permalink (a compressed v1 link) restores the same page in a
	// new tab.
	var href string
	p.run(t,
		// The page rewrites the address once typing pauses, so an earlier
		// link (of the form before the last key) may be there first: wait
		// until a v1 link has stayed the same for a second and a half.
		chromedp.Poll(`(() => {
			const h = location.hash;
			if (window.__sgLinkSeen !== h) { window.__sgLinkSeen = h; window.__sgLinkSince = performance.now(); return false; }
			return h.startsWith("#v1=") && performance.now() - window.__sgLinkSince > 1500;
		})()`, nil, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(100*time.Millisecond)),
		chromedp.Location(&href),
	)
	p.run(t, chromedp.Navigate("about:blank"))
	p.ready(t, p.ctx, href)
	p.run(t,
		waitText("#cmd-authorize", wantAuth),
		chromedp.Value("#r1-IpRanges0-Description", &shown, chromedp.ByQuery),
	)
	assert.Equal(t, desc, shown)

	// Another shell via the selector; the chosen shell travels in the link.
	wantPS := command(t, want, core.Ingress, core.ShellPowerShell5, core.FormShorthand)
	p.run(t,
		chromedp.SetValue("#shell", core.ShellPowerShell5, chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("shell").dispatchEvent(new Event("change", {bubbles: true}))`, nil),
		waitText("#cmd-authorize", wantPS),
	)

	shot := filepath.Join(t.TempDir(), "page.png")
	var png []byte
	p.run(t, chromedp.SetValue("#shell", core.ShellBash, chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("shell").dispatchEvent(new Event("change", {bubbles: true}))`, nil),
		waitText("#cmd-authorize", wantAuth),
		chromedp.CaptureScreenshot(&png))
	require.NoError(t, os.WriteFile(shot, png, 0o644))
	t.Logf("screenshot: %s", shot)
	// The README's screenshots are TestNarrowAndDarkScreens's.
	p.clean(t)
}

// setText replaces the text of the input with this id, as typing does.
func setText(id, text string) chromedp.Action {
	return chromedp.Tasks{
		chromedp.Evaluate(`(e => { e.value = ""; e.dispatchEvent(new Event("input", {bubbles: true})); })(document.getElementById(`+mustJSON(id)+`))`, nil),
		chromedp.SendKeys("#"+id, text, chromedp.ByQuery),
	}
}

// choose picks value in the select with this id, as a person does.
func choose(id, value string) chromedp.Action {
	return chromedp.Evaluate(`(e => { e.value = `+mustJSON(value)+`; e.dispatchEvent(new Event("change", {bubbles: true})); return e.value; })(document.getElementById(`+mustJSON(id)+`))`, nil)
}

func b64(t *testing.T, in core.Input) string {
	l := store.New(in)
	frag := l.Fragment()
	return strings.TrimPrefix(strings.SplitN(frag, "&", 2)[0], "i=")
}

func TestJSAPIMatchesGenerateJSON(t *testing.T) {
	p := open(t)
	inputs := []string{
		`{"Command":"authorize-security-group-ingress","Input":{"GroupId":"sg-1234567890abcdef0","IpPermissions":[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"203.0.113.0/24","Description":"SSH from office"}]}],"TagSpecifications":[{"ResourceType":"security-group-rule","Tags":[{"Key":"team","Value":"web"}]}]},"OwnerId":"123456789012"}`,
		`{"Command":"authorize-security-group-egress","Input":{"GroupId":"sg-1","IpPermissions":[{"IpProtocol":"-1","Ipv6Ranges":[{"CidrIpv6":"::/0"}]}],"DryRun":true}}`,
		`{"Command":"authorize-security-group-ingress","Input":{"GroupId":7}}`,
	}
	p.ready(t, p.ctx, p.base)
	for _, in := range inputs {
		want, err := core.GenerateJSON([]byte(in))
		require.NoError(t, err)
		var got string
		p.run(t, chromedp.Evaluate(`sgrules.ready.then(ns => ns.generate(`+mustJSON(in)+`))`, &got,
			func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
		assert.Equal(t, string(want), got, in)
	}
	var msg string
	p.run(t, chromedp.Evaluate(`(() => { try { sgrules.generate("[1]"); return "no error"; } catch (e) { return e.message; } })()`, &msg))
	assert.Contains(t, msg, "not a JSON object")
	p.clean(t)
}

// TestStartUpShowsTheCommandThenTheWholePage: the first frame holds the
// chosen command (the benchmark's mark), the whole page follows, and a link
// whose form cannot express its Input still drops the loading screen and
// ends with the reasons and the forms that can.
func TestStartUpShowsTheCommandThenTheWholePage(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base)
	var order []float64
	var busy bool
	var timed string
	p.run(t,
		chromedp.Poll(`performance.getEntriesByName("sgrules-page").length > 0`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.WaitVisible("#shell", chromedp.ByQuery),
		chromedp.WaitVisible("#group-id", chromedp.ByQuery),
		chromedp.WaitVisible("#prediction", chromedp.ByQuery),
		chromedp.Evaluate(`["sgrules-generated", "sgrules-first-command", "sgrules-page"].map(n => performance.getEntriesByName(n)[0].startTime)`, &order),
		chromedp.Evaluate(`document.querySelector("[aria-busy]") !== null`, &busy),
		chromedp.Evaluate(`(document.querySelector('[elementtiming="`+pagekit.FirstCommandTiming+`"]') || {}).id || ""`, &timed),
	)
	assert.Equal(t, "cmd-authorize", timed, "the benchmark times the paint of the authorize command")
	require.Len(t, order, 3)
	assert.True(t, order[0] <= order[1] && order[1] <= order[2], "marks in order: %v", order)
	assert.False(t, busy, "nothing is marked busy once the whole page shows")

	// Sugar flags cannot carry a description.
	in := store.Example()
	var loaderGone bool
	var reasons, offers int
	p.run(t, chromedp.Navigate("about:blank"))
	p.ready(t, p.ctx, p.base+"#i="+b64(t, in)+"&sh=bash&f="+core.FormSugar)
	p.run(t,
		chromedp.WaitVisible("#group-id", chromedp.ByQuery),
		chromedp.WaitVisible("#cmd-authorize .offers", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("loading") === null && document.body.classList.contains("ready")`, &loaderGone),
		chromedp.Evaluate(`document.querySelectorAll("#cmd-authorize .reasons li").length`, &reasons),
		chromedp.Evaluate(`document.querySelectorAll("#cmd-authorize .offers button").length`, &offers),
	)
	assert.True(t, loaderGone, "the loading screen goes even when the chosen form shows no command")
	assert.Positive(t, reasons)
	assert.Positive(t, offers)
	p.clean(t)
}

// TestTypingDoesNotGrowMemory types into a 60-rule page (the per-group
// quota) and checks that the generator's memory stops growing: each render
// must leave the earlier ones to the garbage collector (see web.copyOf).
func TestTypingDoesNotGrowMemory(t *testing.T) {
	p := open(t)
	in := core.Input{Command: core.Ingress, Request: core.Request{GroupId: core.Str("sg-1234567890abcdef0")}}
	for i := 0; i < 60; i++ {
		in.Request.IpPermissions = append(in.Request.IpPermissions, core.IpPermission{
			IpProtocol: core.Str("tcp"), FromPort: core.Int(int64(1000 + i)), ToPort: core.Int(int64(1000 + i)),
			IpRanges: []core.IpRange{{CidrIp: core.Str(fmt.Sprintf("10.0.%d.0/24", i)), Description: core.Str("r")}},
		})
	}
	p.ready(t, p.ctx, p.base+"#i="+b64(t, in)+"&sh=bash&f=shorthand")
	// typeKeys types n letters one at a time, each time waiting until the
	// command shows it, so every key press is rendered.
	typed := "r"
	typeKeys := func(n int) {
		for i := 0; i < n; i++ {
			typed += "x"
			in.Request.IpPermissions[0].IpRanges[0].Description = core.Str(typed)
			want := command(t, core.Generate(in), core.Ingress, core.ShellBash, core.FormShorthand)
			p.run(t, chromedp.SendKeys("#r1-IpRanges0-Description", "x", chromedp.ByQuery), waitText("#cmd-authorize", want))
		}
	}
	var warm, after float64
	typeKeys(40)
	p.run(t, chromedp.Evaluate(`sgrules._memoryBytes()`, &warm))
	typeKeys(160)
	p.run(t, chromedp.Evaluate(`sgrules._memoryBytes()`, &after))
	t.Logf("memory after 40 key presses %.1f MB, after 200 %.1f MB", warm/1e6, after/1e6)
	assert.Less(t, after-warm, 8e6, "160 more key presses grew the generator's memory by %.1f MB", (after-warm)/1e6)
	p.clean(t)
}

// TestPiecesFollowTheInput checks the pieces of the page that re-render only
// when what they show changes (web.Part): a source's problems come and go,
// also when another field causes them, the port labels follow the protocol,
// a new tag shows its fields, and Copy copies the command as it is now.
func TestPiecesFollowTheInput(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base)
	in := store.Example()
	var problems, label string
	var gone bool
	p.run(t,
		chromedp.WaitVisible("#r1-IpRanges0-CidrIp", chromedp.ByQuery),
		setText("r1-IpRanges0-CidrIp", "10.0.0.300/24"),
		chromedp.WaitVisible("#r1-IpRanges0-CidrIp-problems", chromedp.ByQuery),
		chromedp.Text("#r1-IpRanges0-CidrIp-problems", &problems, chromedp.ByQuery),
	)
	assert.Contains(t, problems, "Error:")
	in.Request.IpPermissions[0].IpRanges[0].CidrIp = core.Str("10.0.0.0/24")
	p.run(t,
		chromedp.Evaluate(`(e => { e.value = ""; e.dispatchEvent(new Event("input", {bubbles: true})); })(document.getElementById("r1-IpRanges0-CidrIp"))`, nil),
		chromedp.SendKeys("#r1-IpRanges0-CidrIp", "10.0.0.0/24", chromedp.ByQuery),
		waitText("#cmd-authorize", command(t, core.Generate(in), core.Ingress, core.ShellBash, core.FormShorthand)),
		chromedp.Evaluate(`document.getElementById("r1-IpRanges0-CidrIp-problems") === null`, &gone),
	)
	assert.True(t, gone, "the fixed CIDR's problems are gone")

	// The port fields follow the rule's type.
	p.run(t,
		choose("r1-type", core.PresetCustomICMP),
		chromedp.Poll(`(document.querySelector('label[for="r1-from"]') || {}).textContent === "ICMP type"`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Text(`label[for="r1-from"]`, &label, chromedp.ByQuery),
	)
	assert.Equal(t, "ICMP type", label)
	p.run(t,
		choose("r1-type", core.PresetCustomTCP),
		chromedp.Poll(`document.querySelector('label[for="r1-from"]').textContent === "From port"`, nil, chromedp.WithPollingTimeout(20*time.Second)),
	)

	// A source's warning follows the ports: 0.0.0.0/0 may not reach SSH.
	retype := setText
	p.run(t,
		retype("r1-IpRanges0-CidrIp", "0.0.0.0/0"), retype("r1-from", "22"), retype("r1-to", "22"),
		chromedp.Poll(`(document.getElementById("r1-IpRanges0-CidrIp-problems") || {textContent: ""}).textContent.includes("SSH")`, nil,
			chromedp.WithPollingTimeout(20*time.Second)),
		retype("r1-from", "80"), retype("r1-to", "80"),
		chromedp.Poll(`document.getElementById("r1-IpRanges0-CidrIp-problems") === null`, nil, chromedp.WithPollingTimeout(20*time.Second)),
	)
	in.Request.IpPermissions[0].IpRanges[0].CidrIp = core.Str("0.0.0.0/0")
	in.Request.IpPermissions[0].FromPort, in.Request.IpPermissions[0].ToPort = core.Int(80), core.Int(80)
	p.run(t, waitText("#cmd-authorize", command(t, core.Generate(in), core.Ingress, core.ShellBash, core.FormShorthand)))

	// A new tag shows its fields and reaches the command.
	in.Request.TagSpecifications = []core.TagSpecification{{ResourceType: core.Str("security-group-rule"), Tags: []core.Tag{{Key: core.Str("env")}}}}
	p.run(t,
		chromedp.Click(`//button[text()="+ Add tag"]`, chromedp.BySearch),
		chromedp.WaitVisible("#tag0-key", chromedp.ByQuery),
		chromedp.SendKeys("#tag0-key", "env", chromedp.ByQuery),
		waitText("#cmd-authorize", command(t, core.Generate(in), core.Ingress, core.ShellBash, core.FormShorthand)),
	)

	// Copy copies the command as it is when clicked, and says so.
	in.Request.IpPermissions[0].IpRanges[0].Description = core.Str("example rangeops")
	want := command(t, core.Generate(in), core.Ingress, core.ShellBash, core.FormShorthand)
	var copied string
	p.run(t,
		chromedp.Evaluate(`window.__copied = ""; navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); }; true`, nil),
		chromedp.SendKeys("#r1-IpRanges0-Description", "ops", chromedp.ByQuery),
		waitText("#cmd-authorize", want),
		chromedp.Click(`button[aria-label="Copy the authorize command"]`, chromedp.ByQuery),
		chromedp.Poll(`window.__copied !== ""`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Evaluate(`window.__copied`, &copied),
		chromedp.Poll(`[...document.querySelectorAll(".command-head .copied")].some(e => e.textContent === "Copied")`, nil, chromedp.WithPollingTimeout(20*time.Second)),
	)
	assert.Equal(t, want, copied)
	p.clean(t)
}
