package browsertest

import (
	"bytes"
	"compress/flate"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
	"sgrules/tools/pagekit"
	"sgrules/web/store"
)

// This file tests the command card (embed.html, issue 14) in an iframe of a
// docs-like page the test writes, and the page's Share menu. Expected
// commands and lines come from core and the store run natively.

// frame is the card's document in the host page's iframe #card.
const frame = `document.getElementById("card").contentDocument`

// inFrame is a JavaScript expression evaluated with d the card's document
// (null while the iframe loads, so the expression must allow for it).
func inFrame(expr string) string {
	return `(() => { const d = ` + frame + `; return ` + expr + `; })()`
}

// hostPage writes a docs-like page into the served site that embeds the
// card at src, and returns its name. Its color-scheme says it follows the
// reader's: an iframe's prefers-color-scheme follows the page around it.
func hostPage(t *testing.T, name, src string) string {
	t.Helper()
	site, err := builtSite()
	require.NoError(t, err)
	html := `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
<link rel="icon" href="static/favicon.svg" type="image/svg+xml"><title>A runbook</title><style>body { margin: 0; } #wrap { width: 400px; padding: 8px; } iframe { display: block; }</style></head>
<body><div id="wrap"><p>Open HTTPS:</p><iframe id="card" src="` + src + `" title="sgrules command" width="100%" height="260" loading="lazy" style="border:0"></iframe></div></body></html>`
	require.NoError(t, os.WriteFile(filepath.Join(site, name), []byte(html), 0o644))
	return name
}

// cardShows waits until the card in the host page shows a command or a
// problem.
func cardShows() chromedp.Action {
	return poll(inFrame(`!!d && !!d.body && d.body.classList.contains("ready") && (d.getElementById("card-command") !== null || d.getElementById("card-problem") !== null)`))
}

// clickInFrame clicks the card's element sel with the mouse, as a reader
// does (the browser then sees a user gesture, which copying needs).
func clickInFrame(t *testing.T, p *page, sel string) {
	t.Helper()
	var at []float64
	p.run(t, chromedp.Evaluate(inFrame(`(() => { const f = document.getElementById("card").getBoundingClientRect();
		const r = d.querySelector(`+mustJSON(sel)+`).getBoundingClientRect();
		return [f.left + r.left + r.width / 2, f.top + r.top + r.height / 2]; })()`), &at))
	require.Len(t, at, 2)
	p.run(t, chromedp.MouseClickXY(at[0], at[1]))
}

// deflateRaw is what the browser's CompressionStream("deflate-raw") makes
// of doc (any deflate stream inflates the same).
func deflateRaw(t *testing.T, doc []byte) []byte {
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, flate.BestCompression)
	require.NoError(t, err)
	_, err = w.Write(doc)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

func grantClipboard(t *testing.T, p *page) {
	origin := strings.TrimSuffix(p.base, "/")
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		require.NoError(t, chromedp.Run(p.ctx, browser.SetPermission(&browser.PermissionDescriptor{Name: name}, browser.PermissionSettingGranted).WithOrigin(origin)))
	}
}

func readClipboard(t *testing.T, p *page) string {
	var got string
	p.run(t, chromedp.Evaluate(`navigator.clipboard.readText()`, &got, awaitPromise))
	return got
}

// awaitPromise makes chromedp.Evaluate wait for the promise the expression
// returns.
func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

// TestEmbedCard: a v1 link made by the store opens in an iframe with core's
// command and the predicted rules; another shell changes the command, is
// remembered and survives a reload; Copy copies (and falls back when the
// Clipboard API refuses); Edit opens the page at the same link; the card
// fits 320 and 800 px and follows a dark host; nothing is logged as an
// error and nothing is fetched from elsewhere.
func TestEmbedCard(t *testing.T) {
	p := open(t)
	grantClipboard(t, p)
	in := exampleInput(t, "web-server")
	s := store.New(in)
	frag := s.LinkV1(deflateRaw(t, s.Document()))
	require.True(t, strings.HasPrefix(frag, "v1="), frag)
	want := core.Generate(in)
	card := store.OpenCard(frag, store.Link{Input: in, HasInput: true, Shell: core.ShellBash, Form: core.FormShorthand}, nil, "")

	p.run(t, chromedp.Navigate(p.base+hostPage(t, "host-card.html", "embed.html#"+frag)), cardShows())
	bash := command(t, want, core.Ingress, core.ShellBash, core.FormShorthand)
	assert.Equal(t, bash, evalString(t, p, inFrame(`d.getElementById("card-command").textContent`)))
	assert.Equal(t, card.Predicted(), evalString(t, p, inFrame(`d.getElementById("card-rules").textContent`)))
	assert.Equal(t, "→ 4 rules: tcp 80 from 0.0.0.0/0, ::/0; tcp 443 from 0.0.0.0/0, ::/0", card.Predicted())
	assert.Equal(t, p.base+"index.html#"+frag, evalString(t, p, inFrame(`d.getElementById("card-edit").href`)))
	assert.Equal(t, "_blank noopener", evalString(t, p, inFrame(`d.getElementById("card-edit").target + " " + d.getElementById("card-edit").rel`)))
	assert.False(t, evalBool(t, p, inFrame(`d.querySelector("h1, header") !== null`)), "no header")

	// Copy, with the clipboard permission granted: read back.
	clickInFrame(t, p, `button[aria-label="Copy the command"]`)
	p.run(t, poll(inFrame(`d.querySelector(".card-bar .copied").textContent === "Copied"`)))
	assert.Equal(t, bash, readClipboard(t, p))

	// Another shell: the command follows, the choice is remembered under
	// the card's own key and written into the card's link.
	ps := command(t, want, core.Ingress, core.ShellPowerShell, core.FormShorthand)
	p.run(t, chromedp.Evaluate(inFrame(`(e => { e.value = "powershell"; e.dispatchEvent(new Event("change", {bubbles: true})); return true; })(d.getElementById("card-shell"))`), nil))
	p.run(t,
		poll(inFrame(`d.getElementById("card-command").textContent === `+mustJSON(ps))),
		poll(inFrame(`d.defaultView.localStorage.getItem("sgrules.embed.shell") === "powershell" && d.defaultView.location.hash.endsWith("&sh=powershell")`)))
	assert.True(t, strings.HasSuffix(evalString(t, p, inFrame(`d.getElementById("card-edit").href`)), "&sh=powershell"), "Edit opens the shell shown")
	p.run(t, chromedp.Evaluate(inFrame(`(d.defaultView.__before = true, d.defaultView.location.reload(), true)`), nil),
		poll(inFrame(`!!d && !d.defaultView.__before`)), cardShows(),
		poll(inFrame(`d.getElementById("card-shell").value === "powershell" && d.getElementById("card-command").textContent === `+mustJSON(ps))))
	// A link without a shell opens in the remembered one.
	p.run(t, chromedp.Evaluate(`document.getElementById("card").src = "embed.html?no-shell#ex=ssh-from-office"; true`, nil),
		poll(inFrame(`!!d && d.defaultView.location.search === "?no-shell"`)), cardShows(),
		poll(inFrame(`d.getElementById("card-command").textContent === `+mustJSON(command(t, core.Generate(exampleInput(t, "ssh-from-office")), core.Ingress, core.ShellPowerShell, core.FormShorthand)))))

	// The host points the iframe at another link by its fragment alone:
	// the card shows that link.
	p.run(t, chromedp.Evaluate(`document.getElementById("card").src = "embed.html?no-shell#ex=ping"; true`, nil),
		poll(inFrame(`!!d && !!d.getElementById("card-command") && d.getElementById("card-command").textContent === `+mustJSON(command(t, core.Generate(exampleInput(t, "ping")), core.Ingress, core.ShellPowerShell, core.FormShorthand)))))

	// The Clipboard API refuses (as it does in an iframe from another site
	// without allow="clipboard-write"): the card copies through a selection.
	p.run(t, chromedp.Evaluate(inFrame(`(() => { const w = d.defaultView;
		w.navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
		w.__fallback = ""; const exec = d.execCommand.bind(d);
		d.execCommand = (c) => { w.__fallback = d.activeElement.value; return exec(c); }; return true; })()`), nil))
	clickInFrame(t, p, `button[aria-label="Copy the command"]`)
	p.run(t, poll(inFrame(`d.defaultView.__fallback !== ""`)))
	assert.Equal(t, evalString(t, p, inFrame(`d.getElementById("card-command").textContent`)), evalString(t, p, inFrame(`d.defaultView.__fallback`)))

	// 320 and 800 px: nothing runs past the frame; long lines wrap.
	for _, w := range []int{320, 800} {
		p.run(t, chromedp.Evaluate(`document.getElementById("wrap").style.width = "`+mustJSON(w)+`px"; document.getElementById("wrap").style.padding = "0"; true`, nil),
			poll(inFrame(`d.documentElement.clientWidth === `+mustJSON(w))))
		assert.True(t, evalBool(t, p, inFrame(`d.documentElement.scrollWidth <= d.documentElement.clientWidth`)), "the card overflows %d px", w)
		assert.True(t, evalBool(t, p, inFrame(`d.getElementById("card-command").scrollWidth <= d.getElementById("card-command").clientWidth`)), "the command is cut off at %d px", w)
		assert.True(t, evalBool(t, p, inFrame(`d.getElementById("card-edit").getBoundingClientRect().right <= d.documentElement.clientWidth`)), "Edit is off the card at %d px", w)
	}

	// Screenshots at 400 px, light and dark (UPDATE_SCREENSHOT=1 writes
	// them to docs/); the card follows the host's color scheme.
	shots := map[string][]byte{}
	p.run(t, chromedp.Evaluate(`document.getElementById("card").src = "embed.html?shot#`+frag+`"; document.getElementById("wrap").style.width = "400px"; true`, nil),
		poll(inFrame(`!!d && d.defaultView.location.search === "?shot"`)), cardShows(),
		poll(inFrame(`d.getElementById("card-command").textContent === `+mustJSON(bash))))
	light := evalString(t, p, inFrame(`getComputedStyle(d.getElementById("card")).backgroundColor`))
	var png []byte
	p.run(t, chromedp.Screenshot("#card", &png, chromedp.ByQuery))
	shots["embed-card.png"] = png
	p.run(t, emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}),
		poll(inFrame(`d.defaultView.matchMedia("(prefers-color-scheme: dark)").matches`)))
	dark := evalString(t, p, inFrame(`getComputedStyle(d.getElementById("card")).backgroundColor`))
	assert.NotEqual(t, light, dark, "the card follows a dark host")
	p.run(t, chromedp.Screenshot("#card", &png, chromedp.ByQuery))
	shots["embed-card-dark.png"] = png
	p.run(t, emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "light"}}))
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

// TestEmbedCardBadLinks: a link that cannot be read shows a short message in
// the card, as text: no command, no crash, no markup from the link.
func TestEmbedCardBadLinks(t *testing.T) {
	p := open(t)
	p.run(t, chromedp.Navigate(p.base+hostPage(t, "host-bad.html", "embed.html?start#%zz")), cardShows())
	for i, tc := range []struct{ frag, want string }{
		{"%zz%%garbage", "could not be read"},
		{"v1=" + strings.Repeat("A", store.MaxFragment+10), "too long"},
		{"v2=AAAA&sh=bash", "newer version"},
		{"v1=bm90IGRlZmxhdGU", "damaged"},
		{"ex=<img src=x onerror=window.parent.__xss=1>", "<img src=x onerror"},
		{"", "holds no rules"},
	} {
		src := "embed.html?" + mustJSON(i) + "#" + tc.frag
		p.run(t, chromedp.Evaluate(`document.getElementById("card").src = `+mustJSON(src)+`; true`, nil),
			poll(inFrame(`!!d && d.defaultView.location.search === "?`+mustJSON(i)+`"`)), cardShows())
		msg := evalString(t, p, inFrame(`(d.getElementById("card-problem") || {textContent: "no message"}).textContent`))
		assert.Contains(t, msg, tc.want, tc.frag)
		assert.Less(t, len(msg), 240, "the message is short")
		assert.False(t, evalBool(t, p, inFrame(`d.getElementById("card-command") !== null || d.querySelector("main img") !== null || window.__xss === 1`)), tc.frag)
	}
	p.clean(t)
}

// TestShareMenu: the page's Share menu copies the link, an iframe of the
// card at the same link and Markdown of the link and the command in the
// chosen shell, each as the form is when clicked; the copied iframe, put
// in a page, shows the same command.
func TestShareMenu(t *testing.T) {
	p := open(t)
	grantClipboard(t, p)
	const tail = "&sh=powershell&f=json"
	p.ready(t, p.ctx, p.base+"#ex=web-server"+tail)
	page := p.base + "#ex=web-server" + tail
	s := store.New(exampleInput(t, "web-server"))
	s.Dispatch(store.SetShell{Shell: core.ShellPowerShell})
	s.Dispatch(store.SetForm{Form: core.FormJSON})
	ps := command(t, core.Generate(s.Input), core.Ingress, core.ShellPowerShell, core.FormJSON)

	p.run(t, chromedp.WaitVisible("#share summary", chromedp.ByQuery), chromedp.Click("#share summary", chromedp.ByQuery),
		chromedp.WaitVisible(`//button[text()="Copy the link"]`, chromedp.BySearch))
	copyShare := func(label string) string {
		t.Helper()
		var got string
		p.run(t, chromedp.Evaluate(`navigator.clipboard.writeText("")`, nil, awaitPromise),
			chromedp.Click(`//button[text()=`+mustJSON(label)+`]`, chromedp.BySearch),
			poll(`document.querySelector("#share .copied").textContent === "Copied"`),
			// The text is written once the page has made its link (a
			// promise): wait for it to arrive.
			chromedp.Evaluate(`(async () => {
				for (let i = 0; i < 400; i++) {
					const text = await navigator.clipboard.readText();
					if (text !== "") return text;
					await new Promise(r => setTimeout(r, 50));
				}
				return "";
			})()`, &got, awaitPromise))
		return got
	}
	assert.Equal(t, page, copyShare("Copy the link"))
	assert.True(t, evalBool(t, p, `document.getElementById("share").open`), "the menu stays open after a copy")
	iframe := copyShare("Copy an iframe of the command card")
	assert.Equal(t, `<iframe src="`+p.base+`embed.html#ex=web-server`+tail+`" title="sgrules: aws ec2 command" width="100%" height="240" loading="lazy" style="border:0" allow="clipboard-write"></iframe>`, iframe)
	md := copyShare("Copy Markdown: the link and the command")
	assert.Equal(t, "[Open in sgrules]("+page+")\n\n```pwsh\n"+ps+"\n```\n", md)

	// After an edit the texts hold the new form: a v1 link and its command.
	s.Dispatch(store.SetSource{Rule: 0, Kind: core.KindIPv4, Index: 0, Field: "Description", Text: "web"})
	ps = command(t, core.Generate(s.Input), core.Ingress, core.ShellPowerShell, core.FormJSON)
	p.run(t, chromedp.WaitVisible("#r1-IpRanges0-Description", chromedp.ByQuery), setText("r1-IpRanges0-Description", "web"),
		waitText("#cmd-authorize", ps))
	md = copyShare("Copy Markdown: the link and the command")
	assert.True(t, strings.HasPrefix(md, "[Open in sgrules]("+p.base+"#v1="), md)
	assert.True(t, strings.HasSuffix(md, tail+")\n\n```pwsh\n"+ps+"\n```\n"), md)
	iframe = copyShare("Copy an iframe of the command card")
	assert.Contains(t, iframe, `src="`+p.base+`embed.html#v1=`)

	// The copied iframe, in a page of its own, shows the same command.
	site, err := builtSite()
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(site, "host-shared.html"), []byte(`<!doctype html><meta charset="utf-8"><link rel="icon" href="static/favicon.svg" type="image/svg+xml"><title>Shared</title>`+strings.Replace(iframe, "<iframe ", `<iframe id="card" `, 1)), 0o644))
	p.run(t, chromedp.Navigate(p.base+"host-shared.html"), cardShows(),
		poll(inFrame(`d.getElementById("card-command").textContent === `+mustJSON(ps))))
	p.clean(t)
}
