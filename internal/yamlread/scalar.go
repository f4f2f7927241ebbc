package yamlread

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file reads quoted scalars, and compares keys.

// quoted reads a single- or double-quoted scalar at pos.
func (p *parser) quoted() (*Node, error) {
	n := p.newNode(String)
	q := p.peek()
	p.pos++
	var b strings.Builder
	for {
		if p.eof() {
			return nil, p.fail("the document ends inside a quoted scalar")
		}
		ch := p.peek()
		switch {
		case q == '\'' && ch == '\'':
			if p.at(1) == '\'' {
				b.WriteByte('\'')
				p.pos += 2
				continue
			}
			p.pos++
			n.Value = b.String()
			return n, nil
		case q == '"' && ch == '"':
			p.pos++
			n.Value = b.String()
			return n, nil
		case q == '"' && ch == '\\':
			if isBreakOrEnd(p.at(1)) && !p.eof() && p.pos+1 < len(p.s) {
				// An escaped line break joins the lines without a
				// space.
				p.pos++
				p.eatBreak()
				if err := p.quotedBreaks(&b, true); err != nil {
					return nil, err
				}
				continue
			}
			if err := p.escape(&b); err != nil {
				return nil, err
			}
		case ch == ' ' || ch == '\t' || isBreakOrEnd(ch):
			// Spaces before a line break are dropped; otherwise kept.
			start := p.pos
			for p.peek() == ' ' || p.peek() == '\t' {
				p.pos++
			}
			if !isBreakOrEnd(p.peek()) || p.eof() {
				b.WriteString(p.s[start:p.pos])
				continue
			}
			p.eatBreak()
			if err := p.quotedBreaks(&b, false); err != nil {
				return nil, err
			}
		default:
			_, size := utf8.DecodeRuneInString(p.s[p.pos:])
			b.WriteString(p.s[p.pos : p.pos+size])
			p.pos += size
		}
	}
}

// quotedBreaks folds the line breaks inside a quoted scalar after the first
// one (consumed by the caller): one break is a space, each further break a
// newline; escaped (after "\") the first break adds nothing.
func (p *parser) quotedBreaks(b *strings.Builder, escaped bool) error {
	breaks := 1
	for {
		for p.peek() == ' ' || p.peek() == '\t' {
			p.pos++
		}
		if p.marker("---") || p.marker("...") {
			return p.fail("the document ends inside a quoted scalar")
		}
		if p.eof() || !isBreakOrEnd(p.peek()) {
			break
		}
		p.eatBreak()
		breaks++
	}
	switch {
	case escaped:
		for i := 1; i < breaks; i++ {
			b.WriteByte('\n')
		}
	case breaks == 1:
		b.WriteByte(' ')
	default:
		for i := 1; i < breaks; i++ {
			b.WriteByte('\n')
		}
	}
	return nil
}

// escape reads one escape of a double-quoted scalar.
func (p *parser) escape(b *strings.Builder) error {
	c := p.at(1)
	if s, ok := simpleEscape(c); ok {
		b.WriteString(s)
		p.pos += 2
		return nil
	}
	width := 0
	switch c {
	case 'x':
		width = 2
	case 'u':
		width = 4
	case 'U':
		width = 8
	}
	if width == 0 {
		p.pos++
		return p.fail("unknown escape " + strconv.Quote("\\"+string(rune(c))) + " in a double-quoted scalar")
	}
	if len(p.s)-p.pos-2 < width {
		p.pos++
		return p.fail("a \\" + string(rune(c)) + " escape needs " + itoa(width) + " hexadecimal digits")
	}
	v, err := strconv.ParseUint(p.s[p.pos+2:p.pos+2+width], 16, 32)
	if err != nil || strings.ContainsAny(p.s[p.pos+2:p.pos+2+width], "+-_") {
		p.pos++
		return p.fail("a \\" + string(rune(c)) + " escape needs " + itoa(width) + " hexadecimal digits")
	}
	r := rune(v)
	if r >= 0xd800 && r <= 0xdfff || r > utf8.MaxRune {
		p.pos++
		return p.fail("the escape \\" + p.s[p.pos+1:p.pos+2+width] + " is not a character")
	}
	b.WriteRune(r)
	p.pos += 2 + width
	return nil
}

// sameKey reports whether two keys are the same key of a Python dict: the
// same resolved value (True is 1 and False 0 there, and 1.0 is 1).
func sameKey(a, b *Node) bool {
	ka, va := keyOf(a)
	kb, vb := keyOf(b)
	return ka == kb && va == vb
}

func keyOf(n *Node) (Kind, string) {
	switch n.Kind {
	case Bool:
		if n.Value == "true" {
			return Int, "1"
		}
		return Int, "0"
	case Float:
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil && f == float64(int64(f)) && f < 1e18 && f > -1e18 {
			return Int, strconv.FormatInt(int64(f), 10)
		}
	case Sequence, Mapping:
		return n.Kind, strconv.Itoa(n.Line) + ":" + strconv.Itoa(n.Column) // never equal
	}
	return n.Kind, n.Value
}

func quote(n *Node) string {
	if n.Kind == Null {
		return "null"
	}
	return strconv.Quote(n.Value)
}

func quoteByte(c byte) string {
	if c == 0 {
		return "the end of the text"
	}
	return strconv.QuoteRune(rune(c))
}

func itoa(i int) string { return strconv.Itoa(i) }

// simpleEscape is a one-character escape of a double-quoted scalar, as
// ruamel's scanner knows them (ESCAPE_REPLACEMENTS); \x, \u and \U are its
// ESCAPE_CODES.
func simpleEscape(c byte) (string, bool) {
	switch c {
	case '0':
		return "\x00", true
	case 'a':
		return "\a", true
	case 'b':
		return "\b", true
	case 't', '\t':
		return "\t", true
	case 'n':
		return "\n", true
	case 'v':
		return "\v", true
	case 'f':
		return "\f", true
	case 'r':
		return "\r", true
	case 'e':
		return "\x1b", true
	case ' ', '"', '/', '\\':
		return string(rune(c)), true
	case 'N':
		return "\u0085", true
	case '_':
		return "\u00a0", true
	case 'L':
		return "\u2028", true
	case 'P':
		return "\u2029", true
	}
	return "", false
}
