package store

import (
	"errors"
	"sgrules/internal/base64url"
	"slices"
	"strings"

	"sgrules/core"
)

// Fragment is the URL fragment (without "#") that restores the page:
// i=<base64url of the Input document>, and the chosen shell and form as
// sh= and f=. Docs sites may build the same fragment to deep-link.
func (s *Store) Fragment() string {
	doc := core.EncodeInput(s.Input)
	return "i=" + base64url.Encode(doc) +
		"&sh=" + escapeValue(s.Shell) + "&f=" + escapeValue(s.Form)
}

// Link is what a fragment holds.
type Link struct {
	Input       core.Input
	HasInput    bool
	Shell, Form string
	// Problems are what the link's document held that the CLI would
	// refuse; those values are left out of Input.
	Problems []core.Problem
	// Example names the example an ex= link opens.
	Example string
}

// ParseFragment reads a fragment written by Fragment (with or without the
// leading "#"). Unknown parameters are ignored; base64 with or without
// padding, URL or standard alphabet, is accepted. The Input document is read
// leniently: what core would report as a problem in it is left out.
func ParseFragment(frag string) (Link, error) {
	var l Link
	v, err := parseQuery(strings.TrimPrefix(frag, "#"))
	if err != nil {
		return l, err
	}
	l.Shell, l.Form = v["sh"], v["f"]
	if enc := v["i"]; enc != "" {
		enc = strings.TrimRight(urlAlphabet(enc), "=")
		doc, err := base64url.Decode(enc)
		if err != nil {
			return l, errors.New("the link's i= is not base64url: " + err.Error())
		}
		if l.Input, l.Problems, err = core.DecodeInput(doc); err != nil {
			return l, errors.New("the link's Input is not an Input document: " + err.Error())
		}
		l.HasInput = true
	}
	return l, nil
}

// urlAlphabet turns standard base64 into base64url (a "+" read from a query
// is a space). A loop, not strings.NewReplacer, which would add ~10 KB to
// the page's WebAssembly.
func urlAlphabet(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch c {
		case '+', ' ':
			b[i] = '-'
		case '/':
			b[i] = '_'
		}
	}
	return string(b)
}

// parseQuery reads name=value pairs separated by "&", percent-decoding
// both, the first value of a name winning (as url.Values.Get does).
func parseQuery(q string) (map[string]string, error) {
	out := map[string]string{}
	for q != "" {
		var pair string
		pair, q, _ = strings.Cut(q, "&")
		if pair == "" {
			continue
		}
		name, value, _ := strings.Cut(pair, "=")
		name, err := unescape(name)
		if err != nil {
			return nil, err
		}
		if value, err = unescape(value); err != nil {
			return nil, err
		}
		if _, seen := out[name]; !seen {
			out[name] = value
		}
	}
	return out, nil
}

// unescape decodes %XX escapes and "+" as a space, as a query string is
// read.
func unescape(s string) (string, error) {
	if !strings.ContainsAny(s, "%+") {
		return s, nil
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b = append(b, ' ')
		case '%':
			if i+2 >= len(s) || unhex(s[i+1]) < 0 || unhex(s[i+2]) < 0 {
				return "", errors.New("the link has a bad %-escape: " + strings.ToValidUTF8(s, "?"))
			}
			b = append(b, byte(unhex(s[i+1])<<4|unhex(s[i+2])))
			i += 2
		default:
			b = append(b, c)
		}
	}
	return string(b), nil
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// escapeValue percent-encodes what a query value cannot hold as is. Shells
// and forms are plain words, so this is a safeguard, not a common path.
func escapeValue(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// Apply loads a parsed link into the store.
func (l Link) Apply(s *Store) {
	if slices.Contains(core.Forms, l.Form) {
		s.Form = l.Form
	}
	if l.HasInput {
		if slices.Contains(core.Shells, l.Shell) {
			s.Shell = l.Shell
		}
		s.Dispatch(Load{Input: l.Input})
	} else if slices.Contains(core.Shells, l.Shell) {
		s.Dispatch(SetShell{Shell: l.Shell})
	} else {
		s.Dispatch(SetTab{Tab: s.Tab})
	}
}

// NewStore is the store a page opened at this link starts with: its Input
// (or the Example), shell and form, generated once.
func (l Link) NewStore() *Store { return l.newStore(false) }

// StartStore is NewStore for a page starting up: the store is Starting, and
// its Result holds only the chosen shell and form's commands, which is what
// the first frame shows. Dispatch Started, after that frame, for the rest.
func (l Link) StartStore() *Store { return l.newStore(true) }

func (l Link) newStore(starting bool) *Store {
	s := &Store{Shell: core.ShellBash, Form: core.FormShorthand, Tab: core.OutputJSON, Starting: starting}
	if slices.Contains(core.Shells, l.Shell) {
		s.Shell = l.Shell
	}
	if slices.Contains(core.Forms, l.Form) {
		s.Form = l.Form
	}
	in := Example()
	if l.HasInput {
		in = l.Input
	}
	s.load(in)
	return s
}
