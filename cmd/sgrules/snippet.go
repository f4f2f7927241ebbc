package main

import (
	"fmt"
	"slices"
	"strings"

	"sgrules/core"
)

// snippetStyles are the docs tools snippet writes tabs for.
var snippetStyles = []string{"mkdocs", "docusaurus", "html"}

func runSnippet(e *env, args []string) int {
	fs := newFlags(e, "snippet", "--style mkdocs|docusaurus|html [--form F] [--revoke] [FILE|-]",
		"Reads an Input document and prints the command for each of the four shells as content tabs\n"+
			"in a docs tool's own syntax: mkdocs-material (=== \"tab\"), Docusaurus MDX (<Tabs>/<TabItem>),\n"+
			"or plain HTML (<details>). Each tab holds the command and the files it reads. A shell that\n"+
			"cannot spell the form gets the reason in its tab. The exit code is 1 when the input has an\n"+
			"error-severity problem (printed to standard error) and nothing is printed then.")
	style := fs.String("style", "", "the docs tool: "+strings.Join(snippetStyles, ", "))
	form := fs.String("form", core.FormShorthand, "the form: "+strings.Join(core.Forms, ", "))
	revoke := fs.Bool("revoke", false, "the revoke command instead of the authorize command")
	pos, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if !slices.Contains(snippetStyles, *style) {
		return fail(e, "snippet", fmt.Errorf("--style %q: want one of %s", *style, strings.Join(snippetStyles, ", ")))
	}
	if !slices.Contains(core.Forms, *form) {
		return fail(e, "snippet", fmt.Errorf("--form %q: want one of %s", *form, strings.Join(core.Forms, ", ")))
	}
	data, name, err := readInput(e, pos)
	if err != nil {
		return fail(e, "snippet", err)
	}
	res, err := core.GenerateDocument(data, core.Only{Forms: []string{*form}, Outputs: []string{}})
	if err != nil {
		return fail(e, "snippet", fmt.Errorf("%s: %v", name, err))
	}
	failed := false
	for _, p := range res.Problems {
		fmt.Fprintf(e.stderr, "%s: %s\n", name, problemText(p))
		failed = failed || p.Severity == core.SeverityError
	}
	if failed {
		return exitFindings
	}
	var tabs []tab
	for _, sh := range core.Shells {
		tabs = append(tabs, tabFor(res, sh, *form, *revoke))
	}
	var b strings.Builder
	switch *style {
	case "mkdocs":
		writeMkDocs(&b, tabs)
	case "docusaurus":
		writeDocusaurus(&b, tabs)
	case "html":
		writeHTML(&b, tabs)
	}
	fmt.Fprint(e.stdout, b.String())
	return exitOK
}

// tab is one shell's content: its command and files, or why it has none.
type tab struct {
	shell, label, lang string
	command            string
	files              []core.File
	reason             string
}

// tabFor picks the shell's command of the form out of res.
func tabFor(res core.Result, shell, form string, revoke bool) tab {
	t := tab{shell: shell, label: shellLabel(shell), lang: fenceLanguage(shell)}
	for _, c := range res.Commands {
		if c.Shell == shell && c.Form == form && isRevoke(c.Command) == revoke {
			t.command, t.files = c.Text, c.Files
			return t
		}
	}
	t.reason = "This form cannot be spelled exactly for " + t.label + "."
	for _, u := range res.Unavailable {
		if (u.Shell == "" || u.Shell == shell) && (u.Form == "" || u.Form == form) {
			t.reason = "Not available for " + t.label + ": " + u.Reason + "."
			break
		}
	}
	return t
}

// fenceLanguage is the code fence's info string for a shell, as highlighters
// (Pygments, Prism) name them.
func fenceLanguage(shell string) string {
	switch shell {
	case core.ShellCmd:
		return "bat"
	case core.ShellPowerShell, core.ShellPowerShell5:
		return "powershell"
	}
	return "bash"
}

// fileLanguage is the info string for a file a command reads.
func fileLanguage(name string) string {
	if strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml") {
		return "yaml"
	}
	return "json"
}

// fence writes text as a fenced code block, its fence longer than any run of
// backticks inside, so no content can close it early (CommonMark §4.5).
func fence(b *strings.Builder, indent, lang, text string) {
	n, run := 3, 0
	for _, r := range text {
		if r == '`' {
			run++
			n = max(n, run+1)
		} else {
			run = 0
		}
	}
	f := strings.Repeat("`", n)
	b.WriteString(indent + f + lang + "\n")
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if line == "" {
			b.WriteString("\n")
			continue
		}
		b.WriteString(indent + line + "\n")
	}
	b.WriteString(indent + f + "\n")
}

// markdownBody writes a tab's content as Markdown, each line after indent.
func markdownBody(b *strings.Builder, t tab, indent string) {
	if t.reason != "" {
		b.WriteString(indent + markdownText(t.reason) + "\n")
		return
	}
	fence(b, indent, t.lang, t.command)
	for _, f := range t.files {
		b.WriteString("\n" + indent + "Save as `" + f.Name + "` beside it:\n\n")
		fence(b, indent, fileLanguage(f.Name), f.Content)
	}
}

// markdownText escapes the characters that would turn a reason's text into
// markup or, in MDX, into JSX.
func markdownText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;", "{", `\{`, "}", `\}`, "[", `\[`, "]", `\]`)
	return r.Replace(s)
}

// writeMkDocs writes mkdocs-material content tabs (pymdownx.tabbed): each
// tab's content indented by four spaces under its === line.
func writeMkDocs(b *strings.Builder, tabs []tab) {
	for i, t := range tabs {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(`=== "` + t.label + `"` + "\n\n")
		markdownBody(b, t, "    ")
	}
}

// writeDocusaurus writes Docusaurus's MDX tabs; groupId makes every snippet
// on a site follow the reader's last choice of shell.
func writeDocusaurus(b *strings.Builder, tabs []tab) {
	b.WriteString("import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n")
	b.WriteString(`<Tabs groupId="sgrules-shell">` + "\n")
	for _, t := range tabs {
		b.WriteString(`<TabItem value="` + t.shell + `" label="` + t.label + `">` + "\n\n")
		markdownBody(b, t, "")
		b.WriteString("\n</TabItem>\n")
	}
	b.WriteString("</Tabs>\n")
}

// writeHTML writes one <details> element per shell, the first open; every
// text is escaped, so a hostile value in the Input stays text.
func writeHTML(b *strings.Builder, tabs []tab) {
	for i, t := range tabs {
		open := ""
		if i == 0 {
			open = " open"
		}
		b.WriteString(`<details class="sgrules-shell" data-shell="` + t.shell + `"` + open + ">\n")
		b.WriteString("<summary>" + escapeText(t.label) + "</summary>\n")
		if t.reason != "" {
			b.WriteString("<p>" + escapeText(t.reason) + "</p>\n")
		} else {
			b.WriteString(`<pre><code class="language-` + t.lang + `">` + escapeText(t.command) + "</code></pre>\n")
			for _, f := range t.files {
				b.WriteString("<p>Save as <code>" + escapeText(f.Name) + "</code> beside it:</p>\n")
				b.WriteString(`<pre><code class="language-` + fileLanguage(f.Name) + `">` + escapeText(f.Content) + "</code></pre>\n")
			}
		}
		b.WriteString("</details>\n")
	}
}

// escapeText escapes text for an HTML element's content: a hostile value in
// the Input stays text. Quotes need no escaping outside attributes.
func escapeText(s string) string {
	return htmlText.Replace(s)
}

var htmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
