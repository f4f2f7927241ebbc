package store

import (
	"slices"

	"sgrules/core"
)

// This file is the page's Undo: an import, an example or a link that
// replaces the form keeps the form it replaced, and Undo brings it back.
// Undo swaps the two, so pressing it again (Redo) brings back what was
// undone, and nothing the user typed is lost either way.

// savedForm is a form set aside: everything the page keeps about it.
type savedForm struct {
	input   core.Input
	rules   []RuleMeta
	example string
	nextID  int
}

// Undoable is the undo notice's text and its button's label ("Undo" or
// "Redo"); text is "" when there is nothing to undo.
func (s *Store) Undoable() (text, label string) {
	if s.saved == nil {
		return "", ""
	}
	if s.undoRedo {
		return "The form from before " + s.undoWhat + " is back. ", "Redo"
	}
	return "The form was replaced by " + s.undoWhat + ". ", "Undo"
}

// keep sets the current form aside before what replaces it. Unless always,
// an unchanged example is not kept: there is nothing of the user's in it.
func (s *Store) keep(what string, always bool) {
	s.imported, s.undoRedo, s.undoWhat, s.saved = false, false, what, nil
	if always || s.Example == "" {
		s.saved = &savedForm{s.Input, s.Rules, s.Example, s.nextID}
	}
}

// Undo brings back the form the last import, example or link replaced, and
// keeps the one it replaces for a Redo.
type Undo struct{}

func (Undo) keepsExample() {}

func (Undo) apply(s *Store) bool {
	f := s.saved
	if f == nil {
		return false
	}
	*f, s.Input, s.Rules, s.Example, s.nextID = savedForm{s.Input, s.Rules, s.Example, s.nextID}, f.input, f.rules, f.example, f.nextID
	s.undoRedo, s.imported = !s.undoRedo, false
	return true
}

// ReplaceForm loads what the importer read (wasm/importer) into the form,
// which Undo brings back. Again says it is the same text read once more
// (as another shell, another of its commands, with a file supplied): a form
// that is still that text's first reading, unedited, is replaced without
// being kept. Output, when it is a format, is the tab to show (the
// command's --output). The chosen shell stays: it is the one the user
// copies commands for.
type ReplaceForm struct {
	Input  core.Input
	Output string
	Again  bool
}

func (a ReplaceForm) apply(s *Store) bool {
	if !a.Again || !s.imported {
		s.keep("the import", true)
	}
	s.load(a.Input)
	s.imported = true
	if slices.Contains(core.OutputFormats, a.Output) {
		s.Tab = a.Output
	}
	return true
}
