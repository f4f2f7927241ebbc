// Package paste is the page's paste box, run by the importer module
// (wasm/importer) once the user first uses the box: its store reads the
// pasted text with core.Import and hands the Input to the page's form; its
// view (web/importbox) is the notice of what was repaired, assumed or not
// carried over, with the choices the text leaves open. The box itself (a
// textarea and a button) is plain HTML in index.html, so the page's own
// WebAssembly holds none of this.
package paste

import (
	"slices"

	"sgrules/core"
)

// Store is the paste box's state. Read its fields; change them only by
// Dispatch.
type Store struct {
	// Text is what is in the box; nothing clears it but the user.
	Text string
	// Shell is the shell to read Text as; "" lets Import detect it.
	Shell string
	// Pick is which of several commands or groups to load.
	Pick int
	// Files holds the contents of files the text reads (file://NAME) that
	// the user pasted or picked, by NAME. They are read in the browser;
	// nothing is uploaded.
	Files map[string]string
	// Found is what the last import found, for its notice; nil before one.
	Found *core.ImportResult
	// Wanted lists the files Found asks for.
	Wanted []string
	// Failed says why a file the user gave could not be read.
	Failed string

	// Replace hands an Input the text was read into to the page's form,
	// with the --output format the command asked for; again says it is the
	// same text read once more (another shell, choice or file).
	Replace func(in core.Input, output string, again bool)
	// OnChange is called after every Dispatch.
	OnChange func()

	read bool // Found is Text's reading
}

// Action is one thing the user did in the paste box.
type Action interface{ apply(s *Store) }

// Dispatch applies one action.
func (s *Store) Dispatch(a Action) {
	a.apply(s)
	if s.OnChange != nil {
		s.OnChange()
	}
}

// SetText records what is in the box. New text is read afresh: its shell
// detected, its first command or group loaded.
type SetText struct{ Text string }

func (a SetText) apply(s *Store) {
	if a.Text != s.Text {
		s.Text, s.Shell, s.Pick, s.read = a.Text, "", 0, false
	}
}

// Import reads the box's text into the form.
type Import struct{}

func (Import) apply(s *Store) { s.importText() }

// ReadAs reads the text again as Shell ("" detects it).
type ReadAs struct{ Shell string }

func (a ReadAs) apply(s *Store) { s.Shell = a.Shell; s.importText() }

// PickChoice loads choice Pick of the text's commands or groups.
type PickChoice struct{ Pick int }

func (a PickChoice) apply(s *Store) { s.Pick = max(a.Pick, 0); s.importText() }

// SupplyFile gives the content of the file Name (file://Name) and reads the
// text again.
type SupplyFile struct{ Name, Text string }

func (a SupplyFile) apply(s *Store) {
	if s.Files == nil {
		s.Files = map[string]string{}
	}
	s.Files[a.Name] = a.Text
	s.importText()
}

// FileFailed says a file the user picked or dropped could not be read.
type FileFailed struct{ Name, Reason string }

func (a FileFailed) apply(s *Store) {
	s.Failed = "The file " + a.Name + " could not be read (" + a.Reason + "). Your text is still in the box."
}

// Dismiss hides the notice.
type Dismiss struct{}

func (Dismiss) apply(s *Store) { s.Found, s.Wanted, s.Failed = nil, nil, "" }

// importText reads Text and hands what it holds to the form.
func (s *Store) importText() {
	s.Failed = ""
	if s.Text == "" {
		return
	}
	res := core.Import(core.ImportRequest{Text: s.Text, Shell: s.Shell, Pick: s.Pick, Files: s.Files})
	s.Found, s.Pick, s.Wanted = &res, res.Pick, nil
	for _, p := range res.Problems {
		if n, ok := core.RequestedFile(p); ok && !slices.Contains(s.Wanted, n) {
			s.Wanted = append(s.Wanted, n)
		}
	}
	if res.Input != nil && s.Replace != nil {
		s.Replace(*res.Input, res.Output, s.read)
		s.read = true
	}
}
