// Package web is the sgrules page: Vecty components that show a store.Store
// and turn DOM events into store actions. Views own no state, and hold no EC2
// or quoting rules: they map the Input to form fields and back, and show the
// Result core computes. Browser services (clipboard, downloads, performance
// marks) come in through Env so the package also builds natively.
package web

import "github.com/hexops/vecty"

// Env is what the page needs from the browser beyond the DOM.
type Env struct {
	// Copy puts text on the clipboard; it must not block. "" and the
	// share requests of store.Shared stand for the page's link and texts
	// built from it.
	Copy func(text string)
	// Download offers text as a file named name.
	Download func(name, text string)
	// FirstCommand is called once, when the first command is in the DOM.
	FirstCommand func()
	// PageShown is called when the whole page, form included, is in the DOM.
	PageShown func()
	// Later runs f after ms milliseconds (to clear a "Copied" note).
	Later func(ms int, f func())
	// Focus moves the keyboard focus to the first of the elements ids
	// names that is in the page, and scrolls it into view.
	Focus func(ids []string)
}

// value is the current value of the element an event fired on.
func value(e *vecty.Event) string { return e.Target.Get("value").String() }

// copyOf clears the vecty.Core of c, a fresh copy of a component, and
// returns it. Vecty keeps a copy of every component it renders, to pass to
// SkipRender next time; its default copy is shallow, so each copy held the
// previous copy and the tree it rendered, and every render of a component
// kept all its earlier trees alive: typing in a 60-rule page grew the Go
// heap by ~130 KB a key press. The copies need only their props.
func copyOf(c vecty.Component) vecty.Component {
	*c.Context() = vecty.Core{}
	return c
}
