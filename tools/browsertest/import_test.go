package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
	"sgrules/tools/pagekit"
	"sgrules/web/store"
)

// This file tests the paste box (issue 11): the importer module loads on
// first use, a paste replaces the form with what core.Import reads, Undo
// brings the form back, and the notice's choices read the text again.
// Expected commands come from core run natively on the same text.

// paste puts text into the paste box as a paste does: the paste event, then
// the text and its input event (Chromium's headless clipboard is not
// reachable from a test).
func paste(text string) chromedp.Action {
	return chromedp.Evaluate(`(t => {
		const box = document.getElementById("import-text");
		box.focus();
		box.dispatchEvent(new ClipboardEvent("paste", {bubbles: true, cancelable: true}));
		box.value = t;
		box.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertFromPaste"}));
	})(`+mustJSON(text)+`)`, nil)
}

// imported is the command core generates, in shell and shorthand, for the
// Input core.Import reads from req.
func imported(t *testing.T, req core.ImportRequest, shell string) string {
	t.Helper()
	res := core.Import(req)
	require.NotNil(t, res.Input, "core reads no Input from %q", req.Text)
	return command(t, core.Generate(*res.Input), res.Input.Command, shell, core.FormShorthand)
}

func testdata(t *testing.T, path string) string {
	t.Helper()
	root, err := pagekit.RepoRoot()
	require.NoError(t, err)
	b, err := os.ReadFile(filepath.Join(root, "core", "testdata", filepath.FromSlash(path)))
	require.NoError(t, err)
	return string(b)
}

func (p *page) requested(suffix string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, u := range p.requests {
		if strings.HasSuffix(u, suffix) {
			return true
		}
	}
	return false
}

// TestImportPasteShellAndUndo: AWS's example 7 as published (en dashes,
// typographic quotes) pasted fills the form and says what was repaired;
// PowerShell 5.1 is one choice away; Undo brings the starting form back and
// Redo the import. The importer is not fetched before the box is used.
func TestImportPasteShellAndUndo(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base+"#sh=bash&f=shorthand")
	start := authorize(t, store.New(store.Example()))
	p.run(t, waitText("#cmd-authorize", start))
	assert.False(t, p.requested("/importer.wasm"), "the importer was fetched before the paste box was used")

	// The captured page's list bullet ("- ") is not part of the example.
	seed := strings.TrimPrefix(testdata(t, "import_shell/seed-ingress-7.txt"), "- ")
	req := core.ImportRequest{Text: seed}
	p.run(t, paste(seed), waitText("#cmd-authorize", imported(t, req, core.ShellBash)))
	assert.True(t, p.requested("/importer.wasm"))
	findings := evalString(t, p, `document.getElementById("import-findings").textContent`)
	assert.Contains(t, findings, "typographic quote")
	assert.Contains(t, findings, "en dash")
	assert.Contains(t, findings, "line 2:")
	assert.Contains(t, evalString(t, p, `document.getElementById("import-shell").textContent`), "Read as bash / zsh; it reads the same in cmd.exe")
	assert.Equal(t, "sg-1234567890abcdef0", evalString(t, p, `document.getElementById("group-id").value`))

	p.run(t, choose("shell", core.ShellPowerShell5), waitText("#cmd-authorize", imported(t, req, core.ShellPowerShell5)))
	assert.Equal(t, seed, evalString(t, p, `document.getElementById("import-text").value`), "the pasted text stays in the box")

	p.run(t, chromedp.Click(".undo button", chromedp.ByQuery),
		waitText("#cmd-authorize", command(t, core.Generate(store.Example()), core.Ingress, core.ShellPowerShell5, core.FormShorthand)))
	assert.Contains(t, evalString(t, p, `document.querySelector(".undo").textContent`), "Redo")
	p.run(t, chromedp.Click(".undo button", chromedp.ByQuery), waitText("#cmd-authorize", imported(t, req, core.ShellPowerShell5)))
	p.clean(t)
}

// TestImportPicksAGroupAndAFile: describe-security-groups output with two
// groups offers its groups and directions, and picking one loads its rules;
// a command reading a file asks for it, and its content completes the
// import; a file dropped on the box is imported.
func TestImportPicksAGroupAndAFile(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base+"#sh=bash&f=shorthand")
	groups := testdata(t, "import_document/describe_groups_two.json")
	p.run(t, paste(groups), waitText("#cmd-authorize", imported(t, core.ImportRequest{Text: groups}, core.ShellBash)))
	var labels []string
	p.run(t, chromedp.Evaluate(`[...document.querySelectorAll("#import-pick option")].map(o => o.textContent)`, &labels))
	require.Len(t, labels, 3)
	assert.True(t, strings.HasPrefix(labels[2], "sg-0db (db)"), labels[2])
	p.run(t, choose("import-pick", "2"), waitText("#cmd-authorize", imported(t, core.ImportRequest{Text: groups, Pick: 2}, core.ShellBash)))
	assert.Equal(t, "sg-0db", evalString(t, p, `document.getElementById("group-id").value`))

	// A file the command reads: asked for, then pasted.
	cmd := "aws ec2 authorize-security-group-ingress --group-id sg-0files --ip-permissions file://rules.json"
	rules := `[{"IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "IpRanges": [{"CidrIp": "10.1.0.0/16"}]}]`
	p.run(t, paste(cmd), chromedp.WaitVisible("#import-file0", chromedp.ByQuery))
	assert.Contains(t, evalString(t, p, `document.getElementById("import-found").textContent`), "rules.json")
	p.run(t, chromedp.Evaluate(`(e => { e.value = `+mustJSON(rules)+`; e.dispatchEvent(new Event("change", {bubbles: true})); })(document.getElementById("import-file0"))`, nil),
		waitText("#cmd-authorize", imported(t, core.ImportRequest{Text: cmd, Files: map[string]string{"rules.json": rules}}, core.ShellBash)))

	// A file dropped on the box.
	doc := `{"Command": "authorize-security-group-egress", "Input": {"GroupId": "sg-0drop", "IpPermissions": [{"IpProtocol": "udp", "FromPort": 53, "ToPort": 53, "IpRanges": [{"CidrIp": "10.0.0.2/32"}]}]}}`
	p.run(t, chromedp.Evaluate(`(t => {
		const dt = new DataTransfer();
		dt.items.add(new File([t], "egress.json", {type: "application/json"}));
		document.getElementById("import-text").dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: dt}));
	})(`+mustJSON(doc)+`)`, nil), waitText("#cmd-authorize", imported(t, core.ImportRequest{Text: doc}, core.ShellBash)))
	assert.Equal(t, doc, evalString(t, p, `document.getElementById("import-text").value`), "the dropped file's text is in the box")
	p.clean(t)
}

// TestImportDropBeforeTheImporterLoads: a file dropped before anything
// else loads the importer and is imported once it runs.
func TestImportDropBeforeTheImporterLoads(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base+"#sh=cmd&f=shorthand")
	text := "aws ec2 authorize-security-group-ingress --group-id sg-0early --protocol tcp --port 22 --cidr 192.0.2.0/24"
	p.run(t, chromedp.Evaluate(`(t => {
		const dt = new DataTransfer();
		dt.items.add(new File([t], "cmd.txt"));
		document.getElementById("import-text").dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: dt}));
	})(`+mustJSON(text)+`)`, nil), waitText("#cmd-authorize", imported(t, core.ImportRequest{Text: text}, core.ShellCmd)))
	p.clean(t)
}

// TestImportJSAPI: sgrules.import loads the importer itself and answers as
// core.ImportJSON does; a request that is not one rejects the promise.
func TestImportJSAPI(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base)
	await := func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }
	for _, text := range []string{
		strings.TrimPrefix(testdata(t, "import_shell/seed-ingress-7.txt"), "- "),
		`aws ec2 authorize-security-group-ingress --group-id "$SG_ID" --protocol tcp --port 22 --cidr 10.0.0.0/8`,
		"not a command",
	} {
		req := mustJSON(map[string]any{"Text": text, "Shell": ""})
		want, err := core.ImportJSON([]byte(req))
		require.NoError(t, err)
		var got string
		p.run(t, chromedp.Evaluate(`sgrules.import(`+mustJSON(req)+`)`, &got, await))
		assert.Equal(t, string(want), got, text)
	}
	var msg string
	p.run(t, chromedp.Evaluate(`sgrules.import("[1]").then(() => "no error", e => e.message)`, &msg, await))
	assert.Contains(t, msg, "not a JSON object")
	// The page's generator still answers beside the importer.
	var out string
	p.run(t, chromedp.Evaluate(`sgrules.generate(`+mustJSON(`{"Command":"authorize-security-group-ingress","Input":{"GroupId":"sg-1"}}`)+`)`, &out))
	assert.Contains(t, out, `"Commands"`)
	p.clean(t)
}

// TestImportWhenTheImporterFailsToLoad: when importer.wasm cannot be
// fetched the box says so, the text stays and the form is unchanged; the
// next Import tries again and works.
func TestImportWhenTheImporterFailsToLoad(t *testing.T) {
	site, err := builtSite()
	require.NoError(t, err)
	wasm := filepath.Join(site, "static", "importer.wasm")
	require.NoError(t, os.Rename(wasm, wasm+".hidden"))
	restore := func() { os.Rename(wasm+".hidden", wasm) }
	t.Cleanup(restore)

	p := open(t)
	p.ready(t, p.ctx, p.base+"#sh=bash&f=shorthand")
	start := authorize(t, store.New(store.Example()))
	text := "aws ec2 authorize-security-group-ingress --group-id sg-0retry --protocol tcp --port 443 --cidr 198.51.100.0/24"
	p.run(t, paste(text), poll(`document.getElementById("import-status").textContent.includes("could not be loaded")`))
	status := evalString(t, p, `document.getElementById("import-status").textContent`)
	assert.Contains(t, status, "HTTP 404")
	assert.Contains(t, status, "Your text is still in the box")
	assert.Equal(t, text, evalString(t, p, `document.getElementById("import-text").value`))
	p.run(t, waitText("#cmd-authorize", start))

	restore()
	p.run(t, chromedp.Click("#import-button", chromedp.ByQuery), waitText("#cmd-authorize", imported(t, core.ImportRequest{Text: text}, core.ShellBash)))
	assert.Empty(t, strings.TrimSpace(evalString(t, p, `document.getElementById("import-status").textContent`)))
	p.mu.Lock()
	for _, e := range p.errors {
		assert.Contains(t, e, "404", "only the missing importer.wasm may be reported")
	}
	p.mu.Unlock()
}

// TestImportUndoAlsoUndoesAnExample: Undo is the store's, not the paste
// box's: an example loaded over an edited form is undone the same way.
func TestImportUndoAlsoUndoesAnExample(t *testing.T) {
	p := open(t)
	p.ready(t, p.ctx, p.base+"#sh=bash&f=shorthand")
	p.run(t, chromedp.WaitVisible("#group-id", chromedp.ByQuery), setText("group-id", "sg-0mine"), poll(`document.getElementById("cmd-authorize").textContent.includes("sg-0mine")`))
	mine := evalString(t, p, `document.getElementById("cmd-authorize").textContent`)
	e, _ := core.ExampleNamed("ingress-multiple")
	p.run(t, chromedp.Click("#examples summary", chromedp.ByQuery), chromedp.WaitVisible("#ex-"+e.Name, chromedp.ByQuery),
		chromedp.Click("#ex-"+e.Name, chromedp.ByQuery),
		waitText("#cmd-authorize", command(t, core.Generate(e.Input()), core.Ingress, core.ShellBash, core.FormShorthand)),
		poll(`document.querySelector(".undo") !== null`))
	assert.Contains(t, evalString(t, p, `document.querySelector(".undo").textContent`), "replaced by the example")
	p.run(t, chromedp.Click(".undo button", chromedp.ByQuery), waitText("#cmd-authorize", mine))
	assert.False(t, p.requested("/importer.wasm"), "Undo needs no importer")
	p.clean(t)
}
