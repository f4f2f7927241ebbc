package pyjson

import (
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// This file reads a JSON document into generic values. The grammar is RFC 8259's, read as encoding/json reads it, because the tests
// compare with what that package accepted before:
//
//	document = ws value ws
//	value    = object | array | string | number | "true" | "false" | "null"
//	object   = "{" ws [ member *( ws "," ws member ) ws ] "}"
//	member   = string ws ":" ws value
//	array    = "[" ws [ value *( ws "," ws value ) ws ] "]"
//	number   = [ "-" ] ( "0" | digit1-9 *digit ) [ "." 1*digit ] [ ( "e" | "E" ) [ "+" | "-" ] 1*digit ]
//	string   = quote *( char | escape ) quote
//	escape   = "\" ( quote | "\" | "/" | "b" | "f" | "n" | "r" | "t" | "u" 4hexdig )
//	ws       = *( " " | tab | lf | cr )
//
// A string may not hold a control character (below U+0020). Invalid UTF-8 and
// an escaped surrogate without its pair become U+FFFD, as in encoding/json.
//
// Values: an object is *Object (key order kept, a repeated key keeps its first
// place and its last value, as a Python dict does), an array []any, a string
// string, a number Number (its text), true/false bool, null nil.

// Number is a JSON number, kept as its text so that an integer too large
// for int64 and a float are told apart the way Python tells them apart.
type Number string

// IsFloat reports whether Python's json module reads n as a float.
func (n Number) IsFloat() bool {
	for i := 0; i < len(n); i++ {
		switch n[i] {
		case '.', 'e', 'E':
			return true
		}
	}
	return false
}

// maxDepth bounds nesting, as encoding/json does, so that a hostile
// document cannot exhaust the stack.
const maxDepth = 10000

// syntaxError says where a document stops being JSON.
type syntaxError struct {
	msg    string
	offset int
}

// SyntaxOffset returns where err, an error of Parse, says the document stops
// being JSON (a byte offset) and what it says there; ok is false for other
// errors.
func SyntaxOffset(err error) (msg string, offset int, ok bool) {
	e, ok := err.(*syntaxError)
	if !ok {
		return "", 0, false
	}
	return e.msg, e.offset, true
}

func (e *syntaxError) Error() string {
	return e.msg + " at offset " + strconv.Itoa(e.offset)
}

// Parse reads one JSON document.
func Parse(data []byte) (any, error) {
	p := &parser{data: data}
	p.ws()
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.ws()
	if p.pos < len(p.data) {
		return nil, errors.New("input has data after the JSON value")
	}
	return v, nil
}

type parser struct {
	data []byte
	pos  int
}

func (p *parser) fail(msg string) error {
	return &syntaxError{msg: msg, offset: p.pos}
}

func (p *parser) ws() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// value = object | array | string | number | "true" | "false" | "null"
func (p *parser) value(depth int) (any, error) {
	if p.pos >= len(p.data) {
		return nil, p.fail("unexpected end of JSON input")
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(depth + 1)
	case c == '[':
		return p.array(depth + 1)
	case c == '"':
		return p.string()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case c == 't':
		return true, p.literal("true")
	case c == 'f':
		return false, p.literal("false")
	case c == 'n':
		return nil, p.literal("null")
	}
	return nil, p.fail("invalid character " + strconv.QuoteRune(rune(p.data[p.pos])) + " looking for beginning of value")
}

func (p *parser) literal(word string) error {
	if len(p.data)-p.pos < len(word) || string(p.data[p.pos:p.pos+len(word)]) != word {
		return p.fail("invalid literal, expected " + word)
	}
	p.pos += len(word)
	return nil
}

// object = "{" ws [ member *( ws "," ws member ) ws ] "}"
func (p *parser) object(depth int) (any, error) {
	if depth > maxDepth {
		return nil, p.fail("exceeded max depth")
	}
	p.pos++ // {
	o := &Object{Values: map[string]any{}}
	p.ws()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return o, nil
	}
	for {
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return nil, p.fail("expected a string for an object key")
		}
		k, err := p.string()
		if err != nil {
			return nil, err
		}
		p.ws()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, p.fail("expected ':' after an object key")
		}
		p.pos++
		p.ws()
		v, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		if _, dup := o.Values[k]; !dup {
			o.Keys = append(o.Keys, k)
		}
		o.Values[k] = v
		p.ws()
		if p.pos >= len(p.data) {
			return nil, p.fail("unexpected end of JSON input")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.ws()
		case '}':
			p.pos++
			return o, nil
		default:
			return nil, p.fail("expected ',' or '}' after an object member")
		}
	}
}

// array = "[" ws [ value *( ws "," ws value ) ws ] "]"
func (p *parser) array(depth int) (any, error) {
	if depth > maxDepth {
		return nil, p.fail("exceeded max depth")
	}
	p.pos++ // [
	l := []any{}
	p.ws()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return l, nil
	}
	for {
		v, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		l = append(l, v)
		p.ws()
		if p.pos >= len(p.data) {
			return nil, p.fail("unexpected end of JSON input")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.ws()
		case ']':
			p.pos++
			return l, nil
		default:
			return nil, p.fail("expected ',' or ']' after an array element")
		}
	}
}

// number = [ "-" ] ( "0" | digit1-9 *digit ) [ "." 1*digit ] [ ( "e" | "E" ) [ "+" | "-" ] 1*digit ]
func (p *parser) number() (any, error) {
	start := p.pos
	if p.data[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos < len(p.data) && p.data[p.pos] == '0':
		p.pos++
	case p.digits() == 0:
		return nil, p.fail("invalid number")
	}
	if p.pos < len(p.data) && p.data[p.pos] == '.' {
		p.pos++
		if p.digits() == 0 {
			return nil, p.fail("invalid number: no digit after the decimal point")
		}
	}
	if p.pos < len(p.data) && (p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.data) && (p.data[p.pos] == '+' || p.data[p.pos] == '-') {
			p.pos++
		}
		if p.digits() == 0 {
			return nil, p.fail("invalid number: no digit in the exponent")
		}
	}
	return Number(p.data[start:p.pos]), nil
}

func (p *parser) digits() int {
	start := p.pos
	for p.pos < len(p.data) && p.data[p.pos] >= '0' && p.data[p.pos] <= '9' {
		p.pos++
	}
	return p.pos - start
}

// string = quote *( char | escape ) quote
func (p *parser) string() (string, error) {
	p.pos++ // opening quote
	start := p.pos
	// The common case has no escape and valid UTF-8: one slice, no copy
	// loop.
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		if c == '"' {
			s := string(p.data[start:p.pos])
			p.pos++
			return s, nil
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
		p.pos++
	}
	buf := append(make([]byte, 0, p.pos-start+16), p.data[start:p.pos]...)
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			return string(buf), nil
		case c < 0x20:
			return "", p.fail("invalid character " + strconv.QuoteRune(rune(c)) + " in string literal")
		case c == '\\':
			r, err := p.escape()
			if err != nil {
				return "", err
			}
			buf = utf8.AppendRune(buf, r)
		case c < utf8.RuneSelf:
			buf = append(buf, c)
			p.pos++
		default:
			r, size := utf8.DecodeRune(p.data[p.pos:])
			if r == utf8.RuneError && size == 1 {
				buf = append(buf, "\uFFFD"...)
			} else {
				buf = append(buf, p.data[p.pos:p.pos+size]...)
			}
			p.pos += size
		}
	}
	return "", p.fail("unexpected end of JSON input")
}

// escape = "\" ( quote | "\" | "/" | "b" | "f" | "n" | "r" | "t" | "u" 4hexdig )
func (p *parser) escape() (rune, error) {
	if p.pos+1 >= len(p.data) {
		return 0, p.fail("unexpected end of JSON input")
	}
	c := p.data[p.pos+1]
	p.pos += 2
	switch c {
	case '"', '\\', '/':
		return rune(c), nil
	case 'b':
		return '\b', nil
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'u':
		r, ok := p.hex4()
		if !ok {
			return 0, p.fail("invalid \\u escape")
		}
		if utf16.IsSurrogate(r) {
			// A high surrogate followed by an escaped low one is one
			// character; anything else is U+FFFD, as in encoding/json.
			save := p.pos
			if p.pos+1 < len(p.data) && p.data[p.pos] == '\\' && p.data[p.pos+1] == 'u' {
				p.pos += 2
				if r2, ok := p.hex4(); ok {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						return dec, nil
					}
				}
			}
			p.pos = save
			return utf8.RuneError, nil
		}
		return r, nil
	}
	p.pos--
	return 0, p.fail("invalid escape character " + strconv.QuoteRune(rune(c)) + " in string literal")
}

func (p *parser) hex4() (rune, bool) {
	if len(p.data)-p.pos < 4 {
		return 0, false
	}
	var r rune
	for _, c := range p.data[p.pos : p.pos+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	p.pos += 4
	return r, true
}
