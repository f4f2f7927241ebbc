package bashword

import (
	"strings"
	"unicode/utf8"
)

// Markers in a word's shape for what is not an unquoted ASCII character.
const (
	shapeQuoted   = 0x01 // a quoted or escaped character
	shapeExpanded = 0x02 // an expansion (Unknown)
	shapeOther    = 0x80 // an unquoted non-ASCII character
)

// wordBuilder collects a word's value and its shape: one element per source
// character or part, which the expansions bash performs on the word as
// written (brace, tilde, pathname) are decided on.
type wordBuilder struct {
	text  strings.Builder
	w     Word
	shape []byte
	off   []int // the source offset of each shape element
	at    []int // the Text index of each shape element
}

func (b *wordBuilder) add(kind byte, off int) {
	b.shape = append(b.shape, kind)
	b.off = append(b.off, off)
	b.at = append(b.at, b.text.Len())
}

// word reads one word starting at r.i (§3.1.2 Quoting), stopping at a blank
// or a metacharacter.
func (r *reader) word(_ bool) (Word, error) {
	start := r.i
	b := &wordBuilder{}
	b.w.Pos = r.pos(start)
loop:
	for r.i < len(r.src) {
		c := r.src[r.i]
		switch c {
		case ' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>':
			break loop
		case '\\':
			if r.i+1 >= len(r.src) {
				return Word{}, r.fail(r.i, "the text ends with a backslash")
			}
			if r.src[r.i+1] == '\n' {
				// bash removes it before reading words, so it joins what
				// stands on either side. Here that is a word's text and
				// what follows it, read on as if adjacent; only a $ before
				// it (whose name or brace it would join: $\<newline>0 is
				// $0) is outside what the reader follows.
				if r.i > start && r.src[r.i-1] == '$' {
					return Word{}, r.fail(r.i, "a line continuation right after $ is outside what the reader follows")
				}
				if r.i > start && (r.i+2 >= len(r.src) || strings.IndexByte(" \t\n;&|()<>", r.src[r.i+2]) >= 0) {
					break loop // the word ends here; blanks skips it
				}
				r.i += 2
				continue
			}
			_, size := utf8.DecodeRuneInString(r.src[r.i+1:])
			b.add(shapeQuoted, r.i)
			b.text.WriteString(r.src[r.i+1 : r.i+1+size])
			r.i += 1 + size
		case '\'':
			k := strings.IndexByte(r.src[r.i+1:], '\'')
			if k < 0 {
				return Word{}, r.fail(r.i, "a ' is never closed")
			}
			b.add(shapeQuoted, r.i)
			b.text.WriteString(r.src[r.i+1 : r.i+1+k])
			r.i += k + 2
		case '"':
			if err := r.double(b); err != nil {
				return Word{}, err
			}
		case '$':
			if err := r.dollar(b, false); err != nil {
				return Word{}, err
			}
		case '`':
			if err := r.backtick(b, false); err != nil {
				return Word{}, err
			}
		default:
			if c == '!' {
				r.history(b, false)
			}
			if c < utf8.RuneSelf {
				b.add(c, r.i)
				b.text.WriteByte(c)
				r.i++
				continue
			}
			_, size := utf8.DecodeRuneInString(r.src[r.i:])
			b.add(shapeOther, r.i)
			b.text.WriteString(r.src[r.i : r.i+size])
			r.i += size
		}
	}
	b.w.Source = r.src[start:r.i]
	if err := r.expansions(b); err != nil {
		return Word{}, err
	}
	return b.w, nil
}

// history notes a ! at r.i that an interactive bash would expand from its
// history (§9.3: not before a blank, a newline, = or (, nor before the
// closing quote of a double-quoted string).
func (r *reader) history(b *wordBuilder, inDouble bool) {
	if r.i+1 >= len(r.src) {
		return
	}
	switch n := r.src[r.i+1]; {
	case n == ' ' || n == '\t' || n == '\n' || n == '=' || n == '(' || n == '\r':
		return
	case inDouble && n == '"':
		return
	}
	b.w.History = append(b.w.History, r.pos(r.i))
}

// double reads a "…" string at r.i (§3.1.2.3): \ escapes only $ ` " \ and
// newline; $ and ` still expand.
func (r *reader) double(b *wordBuilder) error {
	open := r.i
	r.i++
	b.add(shapeQuoted, open)
	for {
		if r.i >= len(r.src) {
			return r.fail(open, `a " is never closed`)
		}
		switch c := r.src[r.i]; c {
		case '"':
			r.i++
			return nil
		case '\\':
			if r.i+1 >= len(r.src) {
				return r.fail(open, `a " is never closed`)
			}
			switch d := r.src[r.i+1]; d {
			case '\n':
				if r.src[r.i-1] == '$' || r.i+2 < len(r.src) && isNameChar(r.src[r.i+2]) && dollarName(r.src[:r.i]) {
					return r.fail(r.i, "a line continuation inside a $ expansion is outside what the reader follows")
				}
				r.i += 2
			case '$', '`', '"', '\\':
				b.text.WriteByte(d)
				r.i += 2
			default:
				b.text.WriteByte('\\')
				r.i++
			}
		case '$':
			if err := r.dollar(b, true); err != nil {
				return err
			}
			b.add(shapeQuoted, r.i)
		case '`':
			if err := r.backtick(b, true); err != nil {
				return err
			}
			b.add(shapeQuoted, r.i)
		default:
			if c == '!' {
				r.history(b, true)
			}
			b.text.WriteByte(c)
			r.i++
		}
	}
}

// dollarName reports whether s ends with $NAME.
func dollarName(s string) bool {
	k := len(s)
	for k > 0 && isNameChar(s[k-1]) {
		k--
	}
	return k < len(s) && k > 0 && s[k-1] == '$' && isNameStart(s[k])
}

// unknown records the expansion src[start:r.i] of the given kind.
func (r *reader) unknown(b *wordBuilder, start int, kind string) {
	b.add(shapeExpanded, start)
	b.w.Unknown = append(b.w.Unknown, Unknown{Source: r.src[start:r.i], Kind: kind, At: b.text.Len(), Pos: r.pos(start)})
}

// dollar reads what a $ at r.i introduces (§3.5.3, §3.5.4, §3.5.5, and
// ANSI-C and locale quoting, §3.1.2.4–5).
func (r *reader) dollar(b *wordBuilder, inDouble bool) error {
	start := r.i
	var next byte
	if r.i+1 < len(r.src) {
		next = r.src[r.i+1]
	}
	switch {
	case next == '\'' && !inDouble:
		return r.ansiC(b)
	case next == '"' && !inDouble:
		// $"…" is translated by the locale's message catalog; without one
		// it is "…".
		r.i++
		return r.double(b)
	case next == '{':
		if err := r.braceParam(); err != nil {
			return err
		}
		r.unknown(b, start, "variable")
	case next == '(' && strings.HasPrefix(r.src[r.i:], "$(("):
		if err := r.arithmetic(start, "))"); err != nil {
			return err
		}
		r.unknown(b, start, "arithmetic")
	case next == '(':
		r.i += 2
		if _, err := r.list(start); err != nil {
			return err
		}
		r.unknown(b, start, "command substitution")
	case next == '[':
		if err := r.arithmetic(start, "]"); err != nil {
			return err
		}
		r.unknown(b, start, "arithmetic")
	case isNameStart(next):
		r.i += 1 + nameEnd(r.src[r.i+1:])
		r.unknown(b, start, "variable")
	case next >= '0' && next <= '9' || next != 0 && strings.IndexByte("@*#?-$!", next) >= 0:
		r.i += 2
		r.unknown(b, start, "variable")
	default:
		// A $ before anything else is literal.
		if !inDouble {
			b.add('$', r.i)
		}
		b.text.WriteByte('$')
		r.i++
	}
	return nil
}

// braceParam reads a ${…} parameter expansion at r.i of the common forms:
// ${NAME}, ${#NAME}, ${NAME[SUB]}, and ${NAME OP WORD} for the operators of
// §3.5.3 with a WORD of plain characters. Anything else is refused.
func (r *reader) braceParam() error {
	start := r.i
	j := r.i + 2
	refuse := func() error { return r.fail(start, "a ${…} form the reader does not follow") }
	if j < len(r.src) && r.src[j] == '#' && j+1 < len(r.src) && r.src[j+1] != '}' {
		j++
	}
	named := false
	switch k := nameEnd(r.src[j:]); {
	case k > 0:
		j += k
		named = true
	case j < len(r.src) && r.src[j] >= '0' && r.src[j] <= '9':
		for j < len(r.src) && r.src[j] >= '0' && r.src[j] <= '9' {
			j++
		}
	case j < len(r.src) && strings.IndexByte("@*#?-$!", r.src[j]) >= 0:
		j++
	default:
		return refuse()
	}
	if named && j < len(r.src) && r.src[j] == '[' {
		k := strings.IndexByte(r.src[j:], ']')
		if sub := r.src[j+1 : j+max(k, 1)]; k < 2 || !(allDigits(sub) || sub == "@" || sub == "*" || nameEnd(sub) == len(sub)) {
			return refuse()
		}
		j += k + 1
	}
	if j < len(r.src) && r.src[j] != '}' {
		op := 0
		for _, o := range []string{":-", ":=", ":+", ":?", "##", "%%", "-", "=", "+", "?", "#", "%"} {
			if strings.HasPrefix(r.src[j:], o) {
				op = len(o)
				break
			}
		}
		if op == 0 {
			return refuse()
		}
		j += op
		k := strings.IndexByte(r.src[j:], '}')
		if k < 0 || !plainParamWord(r.src[j:j+k]) {
			return refuse()
		}
		j += k
	}
	if j >= len(r.src) {
		return r.fail(start, "a ${ is never closed")
	}
	r.i = j + 1
	return nil
}

// plainParamWord reports whether s holds only characters that need no
// further reading inside ${…}.
func plainParamWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isNameChar(c) && strings.IndexByte("./:,@+=-*?^ ", c) < 0 {
			return false
		}
	}
	return true
}

// arithmetic reads $((…)) or $[…] at r.i, whose text must close with the
// given delimiter at parenthesis depth 0; quotes and substitutions inside it
// are refused.
func (r *reader) arithmetic(start int, close string) error {
	j := r.i + len(close) + 1
	depth := 0
	for ; j < len(r.src); j++ {
		switch c := r.src[j]; c {
		case '\'', '"', '`', '$', '\\', '#', '{', '}':
			return r.fail(start, "an arithmetic expansion with "+string(c)+" inside is outside what the reader follows")
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
				continue
			}
			if close == "))" && strings.HasPrefix(r.src[j:], "))") {
				r.i = j + 2
				return nil
			}
			return r.fail(start, "an arithmetic expansion the reader does not follow")
		case ']':
			if close == "]" && depth == 0 {
				r.i = j + 1
				return nil
			}
		case '[':
			if close == "]" {
				return r.fail(start, "an arithmetic expansion with [ inside is outside what the reader follows")
			}
		}
	}
	return r.fail(start, "an arithmetic expansion is never closed")
}

// backtick reads a `…` command substitution at r.i (§3.5.4): inside it, \
// quotes only $ ` \ (and " within double quotes); the rest is a command list
// read like any other.
func (r *reader) backtick(b *wordBuilder, inDouble bool) error {
	start := r.i
	var inner strings.Builder
	j := r.i + 1
	for {
		if j >= len(r.src) {
			return r.fail(start, "a ` is never closed")
		}
		c := r.src[j]
		if c == '`' {
			break
		}
		if c == '\\' && j+1 < len(r.src) {
			d := r.src[j+1]
			if d == '$' || d == '`' || d == '\\' || inDouble && d == '"' {
				inner.WriteByte(d)
				j += 2
				continue
			}
		}
		inner.WriteByte(c)
		j++
	}
	if _, err := newReader(inner.String()).list(-1); err != nil {
		return r.fail(start, "in the command substitution: "+err.(*Error).Msg)
	}
	r.i = j + 1
	r.unknown(b, start, "command substitution")
	return nil
}
