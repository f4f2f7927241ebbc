package bashword

import (
	"strings"
	"unicode/utf8"
)

// Read reads text as bash reads a sequence of commands (Bash manual §3.2.4
// "Lists of Commands" and §3.2.3 "Pipelines"): every simple command of every
// list and pipeline, in order. It returns an *Error for text it cannot read.
func Read(text string) ([]Command, error) {
	r := newReader(text)
	if k := strings.IndexByte(text, 0); k >= 0 {
		return nil, r.fail(k, "the text contains a NUL character, which bash drops")
	}
	if !utf8.ValidString(text) {
		k := 0
		for k < len(text) {
			r, size := utf8.DecodeRuneInString(text[k:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			k += size
		}
		return nil, r.fail(k, "the text is not valid UTF-8")
	}
	if k := strings.IndexByte(text, '\r'); k >= 0 {
		// bash reads a carriage return as part of a word (so a CRLF
		// line's continuation backslash escapes the CR instead); the
		// caller decides whether the text meant LF.
		return nil, r.fail(k, "the text contains a carriage return, which bash reads as part of a word")
	}
	return r.list(-1)
}

// reader holds the text and the place reached in it.
type reader struct {
	src   string
	i     int
	lines []int // the offset at which each line starts
}

func newReader(text string) *reader {
	r := &reader{src: text, lines: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			r.lines = append(r.lines, i+1)
		}
	}
	return r
}

// pos is the Pos of the byte at off.
func (r *reader) pos(off int) Pos {
	lo, hi := 0, len(r.lines)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if r.lines[m] <= off {
			lo = m
		} else {
			hi = m
		}
	}
	return Pos{Offset: off, Line: lo + 1, Column: 1 + utf8.RuneCountInString(r.src[r.lines[lo]:off])}
}

func (r *reader) fail(off int, msg string) error {
	return &Error{Pos: r.pos(off), Msg: msg}
}

// reserved are bash's reserved words (§3.1.1 step 2, §3.2): at a command's
// start they begin a compound command, which the reader does not follow.
var reserved = []string{"!", "[[", "]]", "{", "}", "case", "coproc", "do", "done", "elif", "else", "esac", "fi", "for", "function", "if", "in", "select", "then", "time", "until", "while"}

// list reads commands up to the end of the text or, when open >= 0, up to the
// ")" that closes the "$(" at open.
func (r *reader) list(open int) ([]Command, error) {
	var cmds []Command
	var cur Command
	more := "" // the operator after which another command must follow
	empty := func() bool { return len(cur.Words) == 0 && len(cur.Assigns) == 0 && len(cur.Redirects) == 0 }
	end := func(op string, at int) error {
		if empty() {
			if op == "\n" {
				return nil
			}
			if more != "" {
				return r.fail(at, "syntax error: "+op+" right after "+more)
			}
			return r.fail(at, "syntax error: "+op+" with no command before it")
		}
		cur.End = op
		cmds = append(cmds, cur)
		cur = Command{}
		more = ""
		if op == "&&" || op == "||" || op == "|" || op == "|&" {
			more = op
		}
		return nil
	}
	for {
		if err := r.blanks(); err != nil {
			return nil, err
		}
		if r.i >= len(r.src) {
			if open >= 0 {
				return nil, r.fail(open, "a $( is never closed")
			}
			break
		}
		at := r.i
		var err error
		switch c := r.src[r.i]; c {
		case '#':
			if k := strings.IndexByte(r.src[r.i:], '\n'); k >= 0 {
				r.i += k
			} else {
				r.i = len(r.src)
			}
		case '\n':
			r.i++
			err = end("\n", at)
		case ';':
			if strings.HasPrefix(r.src[r.i:], ";;") || strings.HasPrefix(r.src[r.i:], ";&") {
				return nil, r.fail(at, "syntax error: "+r.src[at:at+2]+" belongs to a case command, which the reader does not follow")
			}
			r.i++
			err = end(";", at)
		case '&':
			switch {
			case strings.HasPrefix(r.src[r.i:], "&&"):
				r.i += 2
				err = end("&&", at)
			case strings.HasPrefix(r.src[r.i:], "&>"):
				err = r.redirect(&cur, at)
			default:
				r.i++
				err = end("&", at)
			}
		case '|':
			op := "|"
			if strings.HasPrefix(r.src[r.i:], "||") || strings.HasPrefix(r.src[r.i:], "|&") {
				op = r.src[r.i : r.i+2]
			}
			r.i += len(op)
			err = end(op, at)
		case ')':
			if open < 0 {
				return nil, r.fail(at, "syntax error: ) with no ( before it")
			}
			r.i++
			if empty() && more == "" {
				return cmds, nil
			}
			if err := end(")", at); err != nil {
				return nil, err
			}
			return cmds, nil
		case '(':
			return nil, r.fail(at, "a ( … ) subshell or group is outside what the reader follows")
		case '<', '>':
			err = r.redirect(&cur, at)
		default:
			var w Word
			w, err = r.word(false)
			if err != nil {
				break
			}
			if r.i < len(r.src) && (r.src[r.i] == '<' || r.src[r.i] == '>') && allDigits(w.Source) {
				err = r.redirect(&cur, at)
				break
			}
			if len(cur.Words) == 0 {
				if assignment(w.Source) {
					cur.Assigns = append(cur.Assigns, w)
					break
				}
				if strings.IndexByte(w.Source, '=') >= 0 {
					// Never aws, and mvdan.cc/sh takes some of them
					// (0=x, !=x) for assignments where bash does not.
					return nil, r.fail(at, "a command name that looks like an assignment is outside what the reader follows")
				}
				if k := nameEnd(w.Source); k > 0 && k < len(w.Source) && w.Source[k] == '[' {
					// NAME[…]=… assigns an array element; mvdan.cc/sh reads
					// any NAME[ here as the start of one.
					return nil, r.fail(at, "a command starting NAME[ (an array element assignment) is outside what the reader follows")
				}
				for _, s := range reserved {
					if w.Source == s {
						return nil, r.fail(at, "the reserved word "+s+" starts a compound command, which the reader does not follow")
					}
				}
			}
			cur.Words = append(cur.Words, w)
		}
		if err != nil {
			return nil, err
		}
	}
	if !empty() {
		cmds = append(cmds, cur)
	} else if more != "" {
		return nil, r.fail(len(r.src), "the text ends right after "+more)
	}
	return cmds, nil
}

// blanks skips spaces, tabs and line continuations (§3.1.2.1: a backslash
// before a newline removes both). A continuation that would join two
// operator characters into one operator is refused.
func (r *reader) blanks() error {
	for r.i < len(r.src) {
		switch {
		case r.src[r.i] == ' ' || r.src[r.i] == '\t':
			r.i++
		case strings.HasPrefix(r.src[r.i:], "\\\n"):
			if r.i > 0 && strings.IndexByte(";&|<>", r.src[r.i-1]) >= 0 && r.i+2 < len(r.src) && strings.IndexByte(";&|<>", r.src[r.i+2]) >= 0 {
				return r.fail(r.i, "a line continuation inside an operator is outside what the reader follows")
			}
			r.i += 2
		default:
			return nil
		}
	}
	return nil
}

// redirect reads a redirection (§3.6) starting at at, where a file
// descriptor number may stand before the operator at r.i.
func (r *reader) redirect(cur *Command, at int) error {
	rest := r.src[r.i:]
	switch {
	case strings.HasPrefix(rest, "<<<"):
		r.i += 3
	case strings.HasPrefix(rest, "<<"):
		return r.fail(at, "a here document (<<) is outside what the reader follows")
	case strings.HasPrefix(rest, "<("), strings.HasPrefix(rest, ">("):
		return r.fail(r.i, "process substitution "+rest[:2]+"…) is outside what the reader follows")
	case strings.HasPrefix(rest, "&>>"):
		r.i += 3
	case strings.HasPrefix(rest, "<>"), strings.HasPrefix(rest, "<&"), strings.HasPrefix(rest, ">>"), strings.HasPrefix(rest, ">&"), strings.HasPrefix(rest, ">|"), strings.HasPrefix(rest, "&>"):
		r.i += 2
	default:
		r.i++
	}
	if at != r.i-1 && r.src[at] == '&' && r.src[r.i-1] == '&' {
		return r.fail(at, "syntax error near "+r.src[at:r.i])
	}
	op := r.src[at:r.i]
	if err := r.blanks(); err != nil {
		return err
	}
	if r.i >= len(r.src) || strings.IndexByte(" \t\n;&|()<>", r.src[r.i]) >= 0 || r.src[r.i] == '#' {
		if r.i < len(r.src) && r.src[r.i] == '(' {
			return r.fail(r.i, "a ( … ) after a redirection is outside what the reader follows")
		}
		return r.fail(at, "the redirection "+op+" has no file name after it")
	}
	w, err := r.word(false)
	if err != nil {
		return err
	}
	cur.Redirects = append(cur.Redirects, Redirect{Op: op, Target: w, Pos: r.pos(at)})
	return nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isNameStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isNameChar(c byte) bool  { return isNameStart(c) || c >= '0' && c <= '9' }

// nameEnd is the end of the NAME at the start of s (0 when there is none).
func nameEnd(s string) int {
	if s == "" || !isNameStart(s[0]) {
		return 0
	}
	k := 1
	for k < len(s) && isNameChar(s[k]) {
		k++
	}
	return k
}

// assignment reports whether a word as written is NAME=… or NAME+=… with
// NAME unquoted (§3.4 "Shell Parameters"), which bash takes for an
// assignment before the command name.
func assignment(src string) bool {
	k := nameEnd(src)
	if k == 0 {
		return false
	}
	if strings.HasPrefix(src[k:], "+=") {
		return true
	}
	return k < len(src) && src[k] == '='
}
