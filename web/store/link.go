package store

import (
	"errors"
	"sgrules/internal/base64url"
	"slices"
	"strconv"
	"strings"

	"sgrules/core"
)

// This file reads and writes the page's links. Three fragments open a page:
//
//	v1=<base64url of the deflate-raw compressed Input document>&sh=<shell>&f=<form>
//	ex=<example name>[&sh=<shell>&f=<form>]
//	i=<base64url of the Input document>&sh=<shell>&f=<form>   (links before v1)
//
// The page writes v1. Compression is the browser's (CompressionStream), so it
// costs the page's WebAssembly nothing; this package only packs and unpacks
// the compressed bytes, and the page calls Inflated with what the browser
// inflated.

// LinkVersion is the version of the links the page writes.
const LinkVersion = 1

// MaxFragment is the longest fragment the page reads: a 60-rule form with
// every field filled is under a tenth of it.
const MaxFragment = 64 << 10

// MaxDocument is the largest Input document a compressed link may inflate to;
// the page stops inflating there.
const MaxDocument = 1 << 20

// Packed is a fragment read but not yet unpacked: a v1 link's compressed
// document, for the browser to inflate.
type Packed struct {
	// Link holds the shell and form (and, for i= and ex= links, the Input).
	Link Link
	// Deflated is the v1 link's compressed Input document; nil for other
	// links.
	Deflated []byte
}

// ReadFragment reads a fragment (with or without "#"). An empty fragment is
// an empty Link; an error says, in words for the page's notice, why the
// fragment cannot be read.
func ReadFragment(frag string) (Packed, error) {
	frag = strings.TrimPrefix(frag, "#")
	if len(frag) > MaxFragment {
		return Packed{}, errors.New("the link is too long (" + strconv.Itoa(len(frag)) + " characters; at most " + strconv.Itoa(MaxFragment) + " are read)")
	}
	v, err := parseQuery(frag)
	if err != nil {
		return Packed{}, err
	}
	// A link always starts with its version (v1=...), so a newer one is
	// told by its start.
	if name, _, _ := strings.Cut(frag, "="); len(name) > 1 && name[0] == 'v' && name != "v1" && isDigits(name[1:]) {
		return Packed{}, errors.New("the link was made by a newer version of sgrules (" + safeText(name) + "); this page reads links up to v1")
	}
	switch {
	case v["v1"] != "":
		doc, err := base64url.Decode(strings.TrimRight(v["v1"], "="))
		if err != nil {
			return Packed{}, errors.New("the link's data is damaged (not base64url)")
		}
		return Packed{Link: Link{Shell: v["sh"], Form: v["f"]}, Deflated: doc}, nil
	case v["ex"] != "":
		e, ok := core.ExampleNamed(v["ex"])
		if !ok {
			return Packed{}, errors.New("the link names an example this page does not have: " + safeText(v["ex"]))
		}
		return Packed{Link: Link{Input: e.Input(), HasInput: true, Shell: v["sh"], Form: v["f"], Example: e.Name}}, nil
	case v["i"] != "":
		l, err := ParseFragment(frag)
		return Packed{Link: l}, err
	}
	if frag != "" && v["sh"] == "" && v["f"] == "" {
		return Packed{}, errors.New("the link holds no form")
	}
	return Packed{Link: Link{Shell: v["sh"], Form: v["f"]}}, nil
}

// Inflated completes a v1 link with its inflated Input document.
func (p Packed) Inflated(doc []byte) (Link, error) {
	l := p.Link
	if len(doc) > MaxDocument {
		return l, errors.New("the link's form is too large")
	}
	in, problems, err := core.DecodeInput(doc)
	if err != nil {
		return l, errors.New("the link's data is not a form (" + err.Error() + ")")
	}
	l.Input, l.HasInput, l.Problems = in, true, problems
	return l, nil
}

// LinkTail is what follows a link's data: the chosen shell and form.
func (s *Store) LinkTail() string {
	return "&sh=" + escapeValue(s.Shell) + "&f=" + escapeValue(s.Form)
}

// LinkV1 is the fragment of a v1 link, from the compressed Input document.
func (s *Store) LinkV1(deflated []byte) string {
	return "v" + strconv.Itoa(LinkVersion) + "=" + base64url.Encode(deflated) + s.LinkTail()
}

// Document is the Input document a link holds.
func (s *Store) Document() []byte { return core.EncodeInput(s.Input) }

// ExampleLink is the fragment of the example the page shows, or "".
func (s *Store) ExampleLink() string {
	if s.Example == "" {
		return ""
	}
	return "ex=" + s.Example
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// safeText shortens text from a link for a notice and quotes it: the page
// shows it as text, never as markup, but a notice need not repeat a whole
// hostile link. (Not strconv.Quote, whose Unicode tables would cost the
// page ~15 KB.)
func safeText(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return `"` + strings.ToValidUTF8(s, "?") + `"`
}

// Open loads a link into the store: see resolve.
func (l Link) Open(s *Store, err error, remembered Link) {
	l, notice := l.resolve(err, remembered)
	if l.HasInput {
		s.keep("the link", false)
	}
	l.Apply(s)
	s.Example = l.Example
	s.Dispatch(ShowNotice{Text: notice}) // and re-render
}

// OpenStart is StartStore for a page opened at l: see resolve.
func (l Link) OpenStart(err error, remembered Link) *Store {
	l, notice := l.resolve(err, remembered)
	s := l.StartStore()
	s.Example, s.Notice = l.Example, notice
	return s
}

// resolve is the link a page opens: l, or, when l could not be read (err),
// the default form, with a notice saying so. Problems the link's document
// had (values the CLI would refuse, which are left out) are named in the
// notice too. Shell and form fall back to remembered ones: the link's
// choice wins.
func (l Link) resolve(err error, remembered Link) (Link, string) {
	if err != nil {
		l = Link{}
	}
	if l.Shell == "" {
		l.Shell = remembered.Shell
	}
	if l.Form == "" {
		l.Form = remembered.Form
	}
	if !l.HasInput {
		l.Input, l.HasInput, l.Example = Example(), true, core.ExampleDefault
	}
	switch {
	case err != nil:
		return l, "This link could not be read: " + err.Error() + ". The page shows its starting form instead."
	case len(l.Problems) > 0:
		var b strings.Builder
		for i, p := range l.Problems {
			if i == 3 {
				b.WriteString("; …")
				break
			}
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(strings.ToValidUTF8(p.Message, "?"))
		}
		return l, "Parts of this link could not be read and were left out: " + b.String()
	}
	return l, ""
}

// Remembered picks a remembered shell and form, dropping unknown ones.
func Remembered(shell, form string) Link {
	var l Link
	if slices.Contains(core.Shells, shell) {
		l.Shell = shell
	}
	if slices.Contains(core.Forms, form) {
		l.Form = form
	}
	return l
}
