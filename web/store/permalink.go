package store

import (
	"encoding/base64"
	"errors"
	"net/url"
	"strings"

	"sgrules/core"
)

// Fragment is the URL fragment (without "#") that restores the page:
// i=<base64url of the Input document>, and the chosen shell and form as
// sh= and f=. Docs sites may build the same fragment to deep-link.
func (s *Store) Fragment() (string, error) {
	doc, err := EncodeInput(s.Input)
	if err != nil {
		return "", err
	}
	return "i=" + base64.RawURLEncoding.EncodeToString(doc) +
		"&sh=" + url.QueryEscape(s.Shell) + "&f=" + url.QueryEscape(s.Form), nil
}

// Link is what a fragment holds.
type Link struct {
	Input       core.Input
	HasInput    bool
	Shell, Form string
}

// ParseFragment reads a fragment written by Fragment (with or without the
// leading "#"). Unknown parameters are ignored; base64 with or without
// padding, URL or standard alphabet, is accepted.
func ParseFragment(frag string) (Link, error) {
	var l Link
	v, err := url.ParseQuery(strings.TrimPrefix(frag, "#"))
	if err != nil {
		return l, err
	}
	l.Shell, l.Form = v.Get("sh"), v.Get("f")
	if enc := v.Get("i"); enc != "" {
		enc = strings.TrimRight(strings.NewReplacer("+", "-", "/", "_", " ", "-").Replace(enc), "=")
		doc, err := base64.RawURLEncoding.DecodeString(enc)
		if err != nil {
			return l, errors.New("the link's i= is not base64url: " + err.Error())
		}
		if l.Input, err = DecodeInput(doc); err != nil {
			return l, errors.New("the link's Input is not an Input document: " + err.Error())
		}
		l.HasInput = true
	}
	return l, nil
}

// Apply loads a parsed link into the store.
func (l Link) Apply(s *Store) {
	if valid(l.Shell, core.Shells) {
		s.Shell = l.Shell
	}
	if valid(l.Form, core.Forms) {
		s.Form = l.Form
	}
	if l.HasInput {
		s.Dispatch(Load{Input: l.Input})
	} else {
		s.Dispatch(SetTab{Tab: s.Tab})
	}
}

func valid(v string, list []string) bool {
	for _, e := range list {
		if e == v {
			return true
		}
	}
	return false
}
