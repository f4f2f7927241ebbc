// Package importbox is the paste box's notice (web/paste's view), run by
// the importer module: what the last import assumed, the choices it leaves
// open, the files it needs, and what it repaired or could not carry over.
package importbox

import (
	"strconv"
	"strings"

	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
	"github.com/hexops/vecty/prop"

	"sgrules/core"
	"sgrules/web"
	"sgrules/web/paste"
)

// Env is what the view needs from the browser.
type Env struct {
	// ReadFile reads the first file a file input's change event carries,
	// locally, and calls done with its name and content, or with why it
	// could not be read; false when the event carries no file.
	ReadFile func(e *vecty.Event, done func(name, text, failed string)) bool
}

// View is the import's notice, below the paste box: the shell the text was
// read as (and the others it reads the same in, with a way to read it as
// another), the commands or groups to pick from, the files to give, and
// what was repaired or not carried over, with its place.
type View struct {
	vecty.Core
	Store *paste.Store
	Env   Env
}

// Render implements vecty.Component.
func (v *View) Render() vecty.ComponentOrHTML {
	s := v.Store
	res := s.Found
	if res == nil {
		return elem.Div(vecty.Markup(prop.ID("import-found"), vecty.Attribute("role", "status")),
			vecty.If(s.Failed != "", elem.Paragraph(vecty.Markup(vecty.Class("error")), vecty.Text(s.Failed))))
	}
	var parts vecty.List
	if res.Shell != "" {
		text := "Read as " + web.ShellLabel(res.Shell)
		var also []string
		for _, sh := range res.Shells {
			if sh != res.Shell {
				also = append(also, web.ShellLabel(sh))
			}
		}
		if len(also) > 0 {
			text += "; it reads the same in " + strings.Join(also, ", ")
		}
		opts := [][2]string{{"", "the shell it detects"}}
		parts = append(parts, elem.Paragraph(vecty.Markup(prop.ID("import-shell")), vecty.Text(text+".")),
			choice("import-read-as", "Read the text as", s.Shell, append(opts, web.ShellChoices()...),
				func(v string) { s.Dispatch(paste.ReadAs{Shell: v}) }))
	}
	if len(res.Choices) > 1 {
		opts := make([][2]string, len(res.Choices))
		for i, c := range res.Choices {
			opts[i] = [2]string{strconv.Itoa(i), c.Label + " (line " + strconv.Itoa(c.Line) + ")"}
		}
		parts = append(parts, choice("import-pick", "The text holds "+strconv.Itoa(len(opts))+" choices; the form holds", strconv.Itoa(res.Pick), opts,
			func(v string) {
				i, _ := strconv.Atoi(v)
				s.Dispatch(paste.PickChoice{Pick: i})
			}))
	}
	for i, name := range s.Wanted {
		parts = append(parts, v.fileRequest(i, name))
	}
	var items vecty.List
	for _, p := range res.Problems {
		where := "The request"
		if res.Input != nil {
			where = web.PlaceName(*res.Input, p.Path)
		}
		label := "Not carried over: "
		if p.Severity == core.SeverityWarning {
			label = "Warning: "
		}
		items = append(items, elem.ListItem(vecty.Markup(vecty.Class(p.Severity)), vecty.Text(label+where+": "+p.Message)))
	}
	for _, n := range res.Notes {
		where := ""
		if n.Line > 0 {
			where = "line " + strconv.Itoa(n.Line) + ":" + strconv.Itoa(n.Column) + ": "
		}
		items = append(items, elem.ListItem(vecty.Text(where+n.Message)))
	}
	head := "Imported into the form."
	if res.Input == nil {
		head = "Nothing was imported; the form is unchanged."
	}
	return elem.Div(vecty.Markup(prop.ID("import-found"), vecty.Class("import-notice"), vecty.Attribute("role", "status")),
		elem.Paragraph(vecty.Markup(prop.ID("import-head")), vecty.Text(head)),
		parts,
		vecty.If(len(items) > 0, elem.UnorderedList(vecty.Markup(prop.ID("import-findings")), items)),
		vecty.If(s.Failed != "", elem.Paragraph(vecty.Markup(vecty.Class("error")), vecty.Text(s.Failed))),
		elem.Button(vecty.Markup(prop.Type(prop.TypeButton), prop.ID("import-dismiss"),
			event.Click(func(*vecty.Event) { s.Dispatch(paste.Dismiss{}) })), vecty.Text("Dismiss")),
	)
}

// fileRequest asks for the content of the file name: pasted, or picked and
// read in the browser.
func (v *View) fileRequest(i int, name string) *vecty.HTML {
	s := v.Store
	id := "import-file" + strconv.Itoa(i)
	return elem.Div(vecty.Markup(vecty.Class("field")),
		elem.Label(vecty.Markup(prop.For(id)), vecty.Text("The text reads the file "+name+": paste its content here, or pick the file (it is read in your browser; nothing is uploaded)")),
		elem.TextArea(vecty.Markup(prop.ID(id), vecty.Attribute("rows", "3"), vecty.Attribute("spellcheck", "false"),
			event.Change(func(e *vecty.Event) { s.Dispatch(paste.SupplyFile{Name: name, Text: e.Target.Get("value").String()}) }))),
		elem.Input(vecty.Markup(prop.Type(prop.TypeFile), prop.ID(id+"-pick"), vecty.Attribute("aria-label", "Pick the file "+name),
			event.Change(func(e *vecty.Event) {
				if v.Env.ReadFile == nil {
					return
				}
				v.Env.ReadFile(e, func(_, text, failed string) {
					if failed != "" {
						s.Dispatch(paste.FileFailed{Name: name, Reason: failed})
						return
					}
					s.Dispatch(paste.SupplyFile{Name: name, Text: text})
				})
			}))),
	)
}

// choice is a labelled select of value and label pairs.
func choice(id, label, cur string, opts [][2]string, onChange func(string)) *vecty.HTML {
	items := make(vecty.List, len(opts))
	for i, o := range opts {
		items[i] = elem.Option(vecty.Markup(prop.Value(o[0]), vecty.MarkupIf(o[0] == cur, vecty.Property("selected", true))), vecty.Text(o[1]))
	}
	return elem.Div(vecty.Markup(vecty.Class("field")),
		elem.Label(vecty.Markup(prop.For(id)), vecty.Text(label)),
		elem.Select(vecty.Markup(prop.ID(id), event.Change(func(e *vecty.Event) { onChange(e.Target.Get("value").String()) })), items),
	)
}
