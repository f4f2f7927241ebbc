package web

import (
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
	"github.com/hexops/vecty/prop"

	"sgrules/core"
	"sgrules/web/store"
)

// examples is the Examples menu: every core.Example with its source, and a
// button that loads it. It is a Part with a fixed key: built once.
func (a *FormView) examples() *vecty.HTML {
	s := a.Store
	items := make(vecty.List, len(core.Examples))
	for i, e := range core.Examples {
		e := e
		source := "Recipe"
		if e.Source != "" {
			source = e.Source
		}
		items[i] = elem.ListItem(
			elem.Button(vecty.Markup(prop.Type(prop.TypeButton), vecty.Class("example"), prop.ID("ex-"+e.Name),
				event.Click(func(ev *vecty.Event) {
					// Close the menu: the form it replaced is what changed.
					if d := ev.Target.Call("closest", "details"); d.Truthy() {
						d.Set("open", false)
					}
					s.Dispatch(store.LoadExample{Name: e.Name})
				})),
				vecty.Text(e.Title)),
			elem.Small(vecty.Markup(vecty.Class("hint")), vecty.Text(" "+source)),
		)
	}
	return elem.Details(vecty.Markup(vecty.Class("examples"), prop.ID("examples")),
		elem.Summary(vecty.Text("Examples: AWS's reference examples and everyday recipes")),
		elem.Paragraph(vecty.Markup(vecty.Class("hint")), vecty.Text("Loading an example replaces the form.")),
		elem.UnorderedList(items),
	)
}

// exampleNote shows the example the form holds: its title, where it comes
// from, the note on what AWS's page gets wrong, and its link.
func (a *FormView) exampleNote() *vecty.HTML {
	e, ok := core.ExampleNamed(a.Store.Example)
	if !ok {
		return elem.Div()
	}
	source := e.Source
	if source == "" {
		source = "Recipe"
	}
	return elem.Div(elem.Aside(vecty.Markup(vecty.Class("example-note"), prop.ID("example-note")),
		elem.Strong(vecty.Text("Example: "+e.Title)),
		elem.Paragraph(vecty.Markup(vecty.Class("hint")), vecty.Text(source+" · "),
			elem.Anchor(vecty.Markup(prop.Href("#ex="+e.Name), prop.ID("example-link")), vecty.Text("link to this example"))),
		elem.Paragraph(vecty.Markup(prop.ID("example-text")), vecty.Text(e.Note)),
	))
}

// notice says why the page's link could not be read. Its text is shown as
// text: it may quote the link.
func notice(s *store.Store) vecty.ComponentOrHTML {
	if s.Notice == "" {
		return nil
	}
	return elem.Div(vecty.Markup(vecty.Class("notice"), prop.ID("notice"), vecty.Attribute("role", "alert")),
		elem.Span(vecty.Text(s.Notice)),
		button("Dismiss", "", "Dismiss this notice", func() { s.Dispatch(store.DismissNotice{}) }),
	)
}
