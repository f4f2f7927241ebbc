// Package embed is the view of the command card (embed.html): the command
// of one sgrules link, for an iframe in a docs page, with a shell chooser,
// Copy, the predicted rules in a line and a link to edit it in sgrules. It
// shows a store.Card and turns events into its actions; it owns no state.
package embed

import (
	"strings"

	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
	"github.com/hexops/vecty/prop"

	"sgrules/core"
	"sgrules/web"
	"sgrules/web/store"
)

// View is the whole card.
type View struct {
	vecty.Core
	Card *store.Card
	Env  web.Env
}

// shells are the chooser's shells, as the page names them.
var shells = [...][2]string{
	{core.ShellBash, "bash / zsh"}, {core.ShellCmd, "cmd.exe"},
	{core.ShellPowerShell, "PowerShell 7.3+"}, {core.ShellPowerShell5, "Windows PowerShell 5.1"},
}

// formNames name the forms in the note shown when the card falls back to
// another form than its link's.
var formNames = [...][2]string{
	{core.FormSugar, "--protocol/--port/--cidr"}, {core.FormShorthand, "--ip-permissions shorthand"},
	{core.FormJSON, "--ip-permissions JSON"}, {core.FormCliInputJSON, "--cli-input-json file"},
	{core.FormCliInputYAML, "--cli-input-yaml file"},
}

// Render implements vecty.Component.
func (v *View) Render() vecty.ComponentOrHTML {
	c := v.Card
	edit := elem.Anchor(vecty.Markup(vecty.Class("edit"), prop.ID("card-edit"), prop.Href("index.html#"+c.Fragment),
		vecty.Attribute("target", "_blank"), vecty.Attribute("rel", "noopener")), vecty.Text("Edit in sgrules ↗"))
	if c.Problem != "" {
		return elem.Main(vecty.Markup(prop.ID("card"), vecty.Class("card", "broken")),
			elem.Paragraph(vecty.Markup(prop.ID("card-problem"), vecty.Attribute("role", "alert")), vecty.Text(c.Problem)),
			elem.Paragraph(elem.Anchor(vecty.Markup(vecty.Class("edit"), prop.Href("index.html"),
				vecty.Attribute("target", "_blank"), vecty.Attribute("rel", "noopener")), vecty.Text("Open sgrules ↗"))),
		)
	}
	s := c.Store
	cmd, instead, ok := c.Command()
	opts := make(vecty.List, len(shells))
	for i, sh := range shells {
		opts[i] = elem.Option(vecty.Markup(prop.Value(sh[0]), vecty.Property("selected", sh[0] == s.Shell)), vecty.Text(sh[1]))
	}
	bar := elem.Div(vecty.Markup(vecty.Class("card-bar")),
		elem.Label(vecty.Markup(prop.For("card-shell")), vecty.Text("Shell")),
		elem.Select(vecty.Markup(prop.ID("card-shell"), event.Change(func(e *vecty.Event) {
			c.SetShell(e.Target.Get("value").String())
		})), opts),
		vecty.If(ok, v.copyButton("command", "Copy", "Copy the command", cmd.Text)),
		v.copied("command"),
	)
	var body vecty.List
	if !ok {
		body = append(body, elem.Paragraph(vecty.Markup(prop.ID("card-command"), vecty.Class("card-unavailable")),
			vecty.Text("No form of the command can be spelled exactly for this shell; choose another shell, or open it in sgrules for why.")))
	} else {
		body = append(body, elem.Preformatted(vecty.Markup(prop.ID("card-command"), vecty.Class("card-command"), vecty.Attribute("tabindex", "0")),
			elem.Code(lines(cmd.Text))))
		for _, f := range cmd.Files {
			what := "file-" + f.Name
			body = append(body, elem.Div(vecty.Markup(vecty.Class("card-file")),
				elem.Div(vecty.Markup(vecty.Class("card-bar")), vecty.Text("Save beside it as "), elem.Code(vecty.Text(f.Name)),
					v.copyButton(what, "Copy", "Copy "+f.Name, f.Content), v.copied(what)),
				elem.Preformatted(vecty.Markup(vecty.Class("card-command"), vecty.Attribute("tabindex", "0")), elem.Code(lines(f.Content)))))
		}
	}
	if instead != "" {
		name := instead
		for _, f := range formNames {
			if f[0] == instead {
				name = f[1]
			}
		}
		body = append(body, elem.Paragraph(vecty.Markup(vecty.Class("card-note")),
			vecty.Text("Shown as the "+name+" form: the link's form cannot express these rules in this shell.")))
	}
	return elem.Main(vecty.Markup(prop.ID("card"), vecty.Class("card")),
		bar,
		elem.Div(vecty.Markup(vecty.Class("card-body")), body),
		elem.Div(vecty.Markup(vecty.Class("card-foot")),
			elem.Paragraph(vecty.Markup(prop.ID("card-rules"), vecty.Class("card-rules")), vecty.Text(c.Predicted())),
			edit),
	)
}

// lines is text a line to a span, each line ending in its newline, so that
// a line too long for the card wraps with a hanging indent (static/embed.css)
// and reads as one line of the command, while the text (and a selection of
// it) is the command unchanged.
func lines(text string) vecty.List {
	var out vecty.List
	for text != "" {
		line, rest, found := strings.Cut(text, "\n")
		if found {
			line += "\n"
		}
		out = append(out, elem.Span(vecty.Markup(vecty.Class("line")), vecty.Text(line)))
		text = rest
	}
	return out
}

// copyButton copies text and shows the note for what.
func (v *View) copyButton(what, label, aria, text string) *vecty.HTML {
	c := v.Card
	return elem.Button(vecty.Markup(prop.Type(prop.TypeButton), vecty.Class("copy"), vecty.Attribute("aria-label", aria),
		event.Click(func(*vecty.Event) {
			if v.Env.Copy != nil {
				v.Env.Copy(text)
			}
			c.SetCopied(what)
			if v.Env.Later != nil {
				v.Env.Later(1500, func() {
					if c.Copied == what {
						c.SetCopied("")
					}
				})
			}
		})), vecty.Text(label))
}

// copied is the "Copied" note for what, always in the DOM so a screen
// reader announces it (role status).
func (v *View) copied(what string) *vecty.HTML {
	text := ""
	if v.Card.Copied == what {
		text = "Copied"
	}
	return elem.Span(vecty.Markup(vecty.Class("copied"), vecty.Attribute("role", "status")), vecty.Text(text))
}
