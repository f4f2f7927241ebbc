package shell

import "strings"

// Bash quotes for bash, zsh and POSIX sh: a word made only of characters
// no shell treats specially is left bare; anything else goes in single quotes,
// inside which nothing is special, and a ' is written '\”.
type Bash struct{}

// ShorthandQuote is ": a single-quoted bash word holds it for free.
func (Bash) ShorthandQuote() byte { return '"' }

// Continuation is a backslash before the line break.
func (Bash) Continuation() string { return ` \` }

// Word spells w bare or in single quotes; it refuses only a NUL.
func (Bash) Word(w string) (string, error) {
	if strings.IndexByte(w, 0) >= 0 {
		return "", refusal("a value contains a NUL character, which no command-line argument can carry; use the cli-input forms")
	}
	if w != "" && bashBare(w) {
		return w, nil
	}
	return "'" + strings.ReplaceAll(w, "'", `'\''`) + "'", nil
}

// bashBare reports whether w needs no quoting in bash, zsh or sh.
func bashBare(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == '-', c == '_', c == '.', c == '/', c == ':', c == '@', c == '+', c == '=', c == ',', c == '%':
		default:
			return false
		}
	}
	return true
}
