package web

import (
	"strings"

	"github.com/hexops/vecty"

	"sgrules/core"
)

// Part is a piece of a view that Vecty re-renders only when its Key
// changes: a key press in one field then rebuilds that field's piece, not
// the whole page (each rebuilt element costs several calls between Go and
// JavaScript, and a finalizer for each JavaScript value it touches).
//
// Key must name everything Build shows and every value its event handlers
// use other than the Store; key builds one from strings.
type Part struct {
	vecty.Core
	Key   string             `vecty:"prop"`
	Build func() *vecty.HTML `vecty:"prop"`
}

// Render implements vecty.Component.
func (p *Part) Render() vecty.ComponentOrHTML { return p.Build() }

// SkipRender implements vecty.RenderSkipper.
func (p *Part) SkipRender(prev vecty.Component) bool {
	q, ok := prev.(*Part)
	return ok && q.Key == p.Key
}

// Copy implements vecty.Copier; see copyOf.
func (p *Part) Copy() vecty.Component { cp := *p; return copyOf(&cp) }

// key joins the values a Part shows into its Key.
func key(values ...string) string { return strings.Join(values, "\x00") }

// opt is an optional Input string as a key value: nil and "" differ.
func opt(p *string) string {
	if p == nil {
		return "\x01"
	}
	return *p
}

// problemKey is the key value of a list of problems.
func problemKey(ps []core.Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Severity)
		b.WriteByte(0)
		b.WriteString(p.Code)
		b.WriteByte(0)
		b.WriteString(p.Message)
		b.WriteByte(1)
	}
	return b.String()
}
