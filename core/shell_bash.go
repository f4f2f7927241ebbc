package core

import "strings"

// bashShell quotes for bash, zsh and POSIX sh: a word made only of characters
// no shell treats specially is left bare; anything else goes in single quotes,
// inside which nothing is special, and a ' is written '\”.
type bashShell struct{}

func (bashShell) name() string         { return ShellBash }
func (bashShell) shorthandQuote() byte { return '"' }
func (bashShell) continuation() string { return ` \` }

func (bashShell) word(w string) (string, string) {
	if strings.IndexByte(w, 0) >= 0 {
		return "", "a value contains a NUL character, which no command-line argument can carry; use the cli-input forms"
	}
	if w != "" && bashBare(w) {
		return w, ""
	}
	return "'" + strings.ReplaceAll(w, "'", `'\''`) + "'", ""
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
