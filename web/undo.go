package web

import (
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"

	"sgrules/web/store"
)

// undoBar offers Undo (or Redo) once an import, an example or a link has
// replaced the form (store.Undo).
func undoBar(s *store.Store) vecty.ComponentOrHTML {
	text, label := s.Undoable()
	if text == "" {
		return nil
	}
	return elem.Paragraph(vecty.Markup(vecty.Class("undo")), vecty.Text(text),
		button(label, "undo", "", func() { s.Dispatch(store.Undo{}) }))
}
