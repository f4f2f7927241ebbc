package web

import (
	"strings"

	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
	"github.com/hexops/vecty/prop"

	"sgrules/core"
)

// str shows an optional Input string in a text field.
func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// field is one labelled control with the problems core reports at its Path.
type field struct {
	id, label, placeholder, hint string
	problems                     []core.Problem
	class                        string
}

// text renders a labelled text input whose every keystroke calls onInput.
func (f field) text(v string, onInput func(string)) *vecty.HTML {
	return f.wrap(elem.Input(
		vecty.Markup(
			prop.Type(prop.TypeText), prop.ID(f.id), prop.Value(v),
			vecty.MarkupIf(f.placeholder != "", prop.Placeholder(f.placeholder)),
			vecty.Attribute("spellcheck", "false"), vecty.Attribute("autocomplete", "off"),
			f.aria(),
			event.Input(func(e *vecty.Event) { onInput(value(e)) }),
		),
	))
}

// option is one choice of a select.
type option struct{ value, label string }

// choice renders a labelled select.
func (f field) choice(cur string, opts []option, onChange func(string)) *vecty.HTML {
	items := make(vecty.List, len(opts))
	for i, o := range opts {
		items[i] = elem.Option(vecty.Markup(prop.Value(o.value), vecty.Property("selected", o.value == cur)), vecty.Text(o.label))
	}
	return f.wrap(elem.Select(
		vecty.Markup(prop.ID(f.id), f.aria(), event.Change(func(e *vecty.Event) { onChange(value(e)) })),
		items,
	))
}

func (f field) aria() vecty.Applyer {
	return vecty.Markup(
		vecty.MarkupIf(len(f.problems) > 0, vecty.Attribute("aria-describedby", f.id+"-problems")),
		vecty.MarkupIf(hasError(f.problems), vecty.Attribute("aria-invalid", "true")),
	)
}

func (f field) wrap(control *vecty.HTML) *vecty.HTML {
	return elem.Div(vecty.Markup(vecty.Class(append([]string{"field"}, strings.Fields(f.class)...)...), vecty.MarkupIf(hasError(f.problems), vecty.Class("invalid"))),
		elem.Label(vecty.Markup(prop.For(f.id)), vecty.Text(f.label)),
		control,
		vecty.If(f.hint != "", elem.Small(vecty.Markup(vecty.Class("hint")), vecty.Text(f.hint))),
		problemList(f.id+"-problems", f.problems),
	)
}

func hasError(ps []core.Problem) bool {
	for _, p := range ps {
		if p.Severity == core.SeverityError {
			return true
		}
	}
	return false
}

// problemList shows problems, errors and warnings styled apart; nothing when
// there are none.
func problemList(id string, ps []core.Problem) vecty.ComponentOrHTML {
	if len(ps) == 0 {
		return nil
	}
	items := make(vecty.List, len(ps))
	for i, p := range ps {
		items[i] = elem.ListItem(vecty.Markup(vecty.Class(p.Severity)),
			elem.Strong(vecty.Text(severityLabel(p.Severity)+" ")),
			vecty.Text(p.Message),
			elem.Small(vecty.Markup(vecty.Class("code")), vecty.Text(" "+p.Code)),
		)
	}
	return elem.UnorderedList(vecty.Markup(vecty.Class("problems"), vecty.MarkupIf(id != "", prop.ID(id)),
		vecty.Attribute("aria-live", "polite")), items)
}

func severityLabel(s string) string {
	if s == core.SeverityError {
		return "Error:"
	}
	return "Warning:"
}

// button renders a button that never submits anything.
func button(label, class, ariaLabel string, onClick func()) *vecty.HTML {
	return elem.Button(vecty.Markup(
		prop.Type(prop.TypeButton), vecty.MarkupIf(class != "", vecty.Class(strings.Fields(class)...)),
		vecty.MarkupIf(ariaLabel != "", vecty.Attribute("aria-label", ariaLabel)),
		event.Click(func(*vecty.Event) { onClick() }),
	), vecty.Text(label))
}

// onClick is a click listener that ignores the event.
func onClick(f func()) vecty.Applyer {
	return event.Click(func(*vecty.Event) { f() })
}
