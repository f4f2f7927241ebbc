package yamlread

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file reads quoted scalars and resolves plain ones as ruamel.yaml's
// YAML 1.2 resolver does (ruamel/yaml/resolver.py, the (1, 2) entries):
//
//	null   ~ | null | Null | NULL
//	bool   true | True | TRUE | false | False | FALSE
//	float  [-+]? [0-9][0-9_]* "." [0-9_]* ( [eE] [-+]? [0-9]+ )?
//	     | [-+]? [0-9][0-9_]* [eE] [-+]? [0-9]+
//	     | [-+]? "." [0-9_]+ ( [eE] [-+] [0-9]+ )?
//	     | [-+]? "." ( inf | Inf | INF ) | "." ( nan | NaN | NAN )
//	int    [-+]? ( 0b [01_]+ | 0o [0-7_]+ | [0-9_]+ | 0x [0-9a-fA-F_]+ )
//	timestamp  YYYY-MM-DD, or YYYY-M-D with a time (ruamel's regexp)
//
// tried in that order (floats before ints); anything else is a string. The
// constructor drops the underscores; an int or float left without digits
// ("-_", "0x_", "._") makes ruamel fail, so it is an error here.

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

// escape reads one escape of a double-quoted scalar, as ruamel's scanner
// knows them (ESCAPE_REPLACEMENTS and ESCAPE_CODES).
func (p *parser) escape(b *strings.Builder) error {
	c := p.at(1)
	simple := map[byte]string{
		'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", '\t': "\t", 'n': "\n", 'v': "\v",
		'f': "\f", 'r': "\r", 'e': "\x1b", ' ': " ", '"': "\"", '/': "/", '\\': "\\",
		'N': "\u0085", '_': "\u00a0", 'L': "\u2028", 'P': "\u2029",
	}
	if s, ok := simple[c]; ok {
		b.WriteString(s)
		p.pos += 2
		return nil
	}
	width := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
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

// resolve sets n's Kind and Value from the text of a plain scalar.
func resolve(n *Node, text string) error {
	n.Plain = true
	n.Kind, n.Value = String, text
	switch text {
	case "", "~", "null", "Null", "NULL":
		n.Kind, n.Value = Null, ""
		return nil
	case "true", "True", "TRUE":
		n.Kind, n.Value = Bool, "true"
		return nil
	case "false", "False", "FALSE":
		n.Kind, n.Value = Bool, "false"
		return nil
	case "=":
		// ruamel resolves it to its "value" tag, which the safe
		// constructor refuses.
		return &Error{Line: n.Line, Column: n.Column, Msg: "the plain scalar = is refused by the CLI's YAML loader; quote it"}
	case "<<":
		// ruamel's "merge" tag: a merge key, or refused as a value.
		return &Error{Line: n.Line, Column: n.Column, Msg: "merge keys (<<) are not supported; quote the text", Unsupported: true}
	}
	if c := text[0]; !(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
		return nil
	}
	if isFloat(text) {
		v, ok := floatValue(text)
		if !ok {
			return &Error{Line: n.Line, Column: n.Column, Msg: strconv.Quote(text) + " reads as a number without digits, which the CLI's YAML loader cannot build; quote it"}
		}
		n.Kind, n.Value = Float, v
		return nil
	}
	if digits, base, neg, ok := intParts(text); ok {
		v, ok := decimal(digits, base, neg)
		if !ok {
			return &Error{Line: n.Line, Column: n.Column, Msg: strconv.Quote(text) + " reads as a number without digits, which the CLI's YAML loader cannot build; quote it"}
		}
		n.Kind, n.Value = Int, v
		return nil
	}
	if isTimestamp(text) {
		n.Kind = Timestamp
	}
	return nil
}

// span returns how many bytes at the start of s are in set.
func span(s, set string) int {
	i := 0
	for i < len(s) && strings.IndexByte(set, s[i]) >= 0 {
		i++
	}
	return i
}

const (
	digitsU = "0123456789_"
	digits  = "0123456789"
)

func sign(s string) string {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		return s[1:]
	}
	return s
}

// exponent reports whether s is [eE] [-+]? [0-9]+ (signRequired: [-+]).
func exponent(s string, signRequired bool) bool {
	if s == "" || s[0] != 'e' && s[0] != 'E' {
		return false
	}
	s = s[1:]
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	} else if signRequired {
		return false
	}
	return s != "" && span(s, digits) == len(s)
}

func isFloat(text string) bool {
	switch text {
	case ".nan", ".NaN", ".NAN":
		return true
	}
	s := sign(text)
	switch s {
	case ".inf", ".Inf", ".INF":
		return true
	}
	if s != "" && s[0] == '.' {
		i := 1 + span(s[1:], digitsU)
		return i > 1 && (i == len(s) || exponent(s[i:], true))
	}
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	i := span(s, digitsU)
	if i < len(s) && s[i] == '.' {
		j := i + 1 + span(s[i+1:], digitsU)
		return j == len(s) || exponent(s[j:], false)
	}
	return i < len(s) && exponent(s[i:], false)
}

// floatValue is the float's text without underscores, in lower case, as
// ruamel's constructor passes it to Python's float(), spelled for
// strconv.ParseFloat.
func floatValue(text string) (string, bool) {
	s := strings.ToLower(strings.ReplaceAll(text, "_", ""))
	neg := s[0] == '-'
	body := sign(s)
	switch body {
	case ".inf":
		if neg {
			return "-Inf", true
		}
		return "+Inf", true
	case ".nan":
		return "NaN", true
	}
	if strings.Trim(body, ".e+-") == "" || body[0] == '.' && (len(body) == 1 || body[1] == 'e') {
		return "", false
	}
	if neg {
		return "-" + body, true
	}
	return body, true
}

// intParts splits an int of ruamel's YAML 1.2 regexp into its digits
// (underscores kept), base and sign.
func intParts(text string) (digitsPart string, base int, neg bool, ok bool) {
	neg = text[0] == '-'
	s := sign(text)
	switch {
	case strings.HasPrefix(s, "0b") && len(s) > 2 && span(s[2:], "01_") == len(s)-2:
		return s[2:], 2, neg, true
	case strings.HasPrefix(s, "0o") && len(s) > 2 && span(s[2:], "01234567_") == len(s)-2:
		return s[2:], 8, neg, true
	case strings.HasPrefix(s, "0x") && len(s) > 2 && span(s[2:], "0123456789abcdefABCDEF_") == len(s)-2:
		return s[2:], 16, neg, true
	case s != "" && span(s, digitsU) == len(s):
		return s, 10, neg, true
	}
	return "", 0, false, false
}

// decimal converts digits in base to decimal text of any size.
func decimal(ds string, base int, neg bool) (string, bool) {
	var out []byte // little-endian decimal digits
	any := false
	for i := 0; i < len(ds); i++ {
		c := ds[i]
		var d int
		switch {
		case c == '_':
			continue
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'f':
			d = int(c-'a') + 10
		default:
			d = int(c-'A') + 10
		}
		any = true
		carry := d
		for j := range out {
			v := int(out[j])*base + carry
			out[j], carry = byte(v%10), v/10
		}
		for carry > 0 {
			out = append(out, byte(carry%10))
			carry /= 10
		}
	}
	if !any {
		return "", false
	}
	if len(out) == 0 {
		return "0", true
	}
	b := make([]byte, 0, len(out)+1)
	if neg {
		b = append(b, '-')
	}
	for i := len(out) - 1; i >= 0; i-- {
		b = append(b, '0'+out[i])
	}
	return string(b), true
}

// isTimestamp is ruamel's timestamp regexp: YYYY-MM-DD, or YYYY-M-D then
// [Tt] or blanks, H:MM:SS, an optional fraction and an optional zone.
func isTimestamp(s string) bool {
	if len(s) == 10 && span(s[:4], digits) == 4 && s[4] == '-' && span(s[5:7], digits) == 2 && s[7] == '-' && span(s[8:], digits) == 2 {
		return true
	}
	n := func(min, max int) bool {
		i := span(s, digits)
		if i < min || i > max {
			return false
		}
		s = s[i:]
		return true
	}
	lit := func(c byte) bool {
		if s == "" || s[0] != c {
			return false
		}
		s = s[1:]
		return true
	}
	if !n(4, 4) || !lit('-') || !n(1, 2) || !lit('-') || !n(1, 2) {
		return false
	}
	if s != "" && (s[0] == 'T' || s[0] == 't') {
		s = s[1:]
	} else if i := span(s, " \t"); i > 0 {
		s = s[i:]
	} else {
		return false
	}
	if !n(1, 2) || !lit(':') || !n(2, 2) || !lit(':') || !n(2, 2) {
		return false
	}
	if s != "" && s[0] == '.' {
		s = s[1:]
		s = s[span(s, digits):]
	}
	s = s[span(s, " \t"):]
	switch {
	case s == "" || s == "Z":
		return true
	case s[0] == '-' || s[0] == '+':
		s = s[1:]
		if !n(1, 2) {
			return false
		}
		if s == "" {
			return true
		}
		return lit(':') && n(2, 2) && s == ""
	}
	return false
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
