package core

import (
	"sgrules/internal/pyjson"

	"strings"
	"unicode"
)

// This file reads the AWS CLI's shorthand syntax exactly as Debian's 2.9.19
// reads it (awscli/shorthand.py, ShorthandParser; docs/awscli-parsing.md §2.2–2.6).
// It is a port of that parser, one function per rule, so that a value the
// CLI reads one way is read the same way here, and a value the CLI refuses is
// refused with the CLI's own message (held to the CLI's parser by
// shorthand_read_test.go).
//
//	parameter     = keyval *( ws "," ws keyval )     ; a repeated key is an error
//	keyval        = key ws "=" ws values
//	key           = *( ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":" )  ; may be empty
//	values        = <end> / explicit-list / hash-literal / csv-value
//	csv-value     = first-value [ ws "," ws second-value *( ws "," ws second-value ) ]
//	                ; one item is a scalar; the list ends (backtracking to the
//	                ; last comma) where a second value cannot be read
//	explicit-list = "[" ws [ element ws *( "," ws element ws ) ] "]"
//	hash-literal  = "{" ws [ key ws "=" ws element ws *( "," ws … ) ] "}"  ; a repeated key: the last wins
//	element       = explicit-list / hash-literal / first-value
//	first-value   = sq-string / dq-string / unquoted-1          ; unquoted-1 may be empty
//	second-value  = sq-string / dq-string / unquoted-2          ; unquoted-2 may not
//	sq-string     = "'" *( "\\" "\\" / "\'" / not-' ) "'"       ; 2.9.19's regex, with backtracking
//	dq-string     = DQUOTE *( "\\" "\\" / "\" DQUOTE / not-DQUOTE ) DQUOTE
//	ws            = *( SP / HTAB / LF / CR / VT / FF )
//
// Positions are counted in code points, as Python counts them, because the
// error message draws a caret under the position.

// shorthandError is a shorthand syntax error, with the CLI's message.
type shorthandError struct{ msg string }

func (e *shorthandError) Error() string { return e.msg }

// shorthandReader reads one shorthand word.
type shorthandReader struct {
	in []rune
	i  int
	// failedQuote memoises, per quote start, the content positions from
	// which the quoted-string regex cannot match (see quotedEnd).
	failedQuote map[int]bool
}

// readShorthand parses one word of shorthand into an *pyjson.Object whose leaves are
// strings, []any lists and *pyjson.Object maps, as ShorthandParser.parse does.
func readShorthand(word string) (*pyjson.Object, error) {
	r := &shorthandReader{in: []rune(word)}
	return r.parameter()
}

// parameter = keyval *( ws "," ws keyval )
func (r *shorthandReader) parameter() (*pyjson.Object, error) {
	params := &pyjson.Object{Values: map[string]any{}}
	key, val, err := r.keyval()
	if err != nil {
		return nil, err
	}
	params.Set(key, val)
	last := r.i
	for r.i < len(r.in) {
		if err := r.expect(',', true); err != nil {
			return nil, err
		}
		key, val, err := r.keyval()
		if err != nil {
			return nil, err
		}
		if _, dup := params.Values[key]; dup {
			return nil, &shorthandError{"Second instance of key \"" + key + "\" encountered for input:\n" +
				r.location(last+1) + "\nThis is often because there is a preceding \",\" instead of a space."}
		}
		params.Set(key, val)
		last = r.i
	}
	return params, nil
}

// keyval = key ws "=" ws values
func (r *shorthandReader) keyval() (string, any, error) {
	key := r.key()
	if err := r.expect('=', true); err != nil {
		return "", nil, err
	}
	v, err := r.values()
	return key, v, err
}

// key = *( ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":" )
func (r *shorthandReader) key() string {
	start := r.i
	for r.i < len(r.in) {
		c := r.in[r.i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("-_.#/:", c)) {
			break
		}
		r.i++
	}
	return string(r.in[start:r.i])
}

// values = <end> / explicit-list / hash-literal / csv-value
func (r *shorthandReader) values() (any, error) {
	switch r.current() {
	case -1:
		return "", nil
	case '[':
		return r.explicitList()
	case '{':
		return r.hashLiteral()
	}
	return r.csvValue()
}

// csvValue = first-value [ ws "," ws second-value *( ws "," ws second-value ) ]
func (r *shorthandReader) csvValue() (any, error) {
	first, err := r.firstValue()
	if err != nil {
		return nil, err
	}
	r.whitespace()
	if r.atEOF() || r.in[r.i] != ',' {
		return first, nil
	}
	if err := r.expect(',', true); err != nil {
		return nil, err
	}
	list := []any{first}
	for {
		cur, err := r.secondValue()
		if err == nil {
			r.whitespace()
			if r.atEOF() {
				list = append(list, cur)
				break
			}
			err = r.expect(',', true)
			if err == nil {
				list = append(list, cur)
				continue
			}
		}
		// What was read is the next key (a=b,c=d): back to the comma
		// before it, and the list ends there. At the end of the input
		// there is no next key, and the error stands.
		if r.atEOF() {
			return nil, err
		}
		for r.i >= 0 && r.in[r.i] != ',' {
			r.i--
		}
		break
	}
	if len(list) == 1 {
		return first, nil
	}
	return list, nil
}

// explicitList = "[" ws [ element ws *( "," ws element ws ) ] "]"
func (r *shorthandReader) explicitList() (any, error) {
	if err := r.expect('[', true); err != nil {
		return nil, err
	}
	values := []any{}
	for r.current() != ']' {
		v, err := r.element()
		if err != nil {
			return nil, err
		}
		values = append(values, v)
		r.whitespace()
		if r.current() != ']' {
			if err := r.expect(',', false); err != nil {
				return nil, err
			}
			r.whitespace()
		}
	}
	return values, r.expect(']', false)
}

// element = explicit-list / hash-literal / first-value
func (r *shorthandReader) element() (any, error) {
	switch r.current() {
	case '[':
		return r.explicitList()
	case '{':
		return r.hashLiteral()
	}
	return r.firstValue()
}

// hashLiteral = "{" ws [ key ws "=" ws element ws *( "," ws … ) ] "}"
func (r *shorthandReader) hashLiteral() (any, error) {
	if err := r.expect('{', true); err != nil {
		return nil, err
	}
	kv := &pyjson.Object{Values: map[string]any{}}
	for r.current() != '}' {
		key := r.key()
		if err := r.expect('=', true); err != nil {
			return nil, err
		}
		v, err := r.element()
		if err != nil {
			return nil, err
		}
		r.whitespace()
		if r.current() != '}' {
			if err := r.expect(',', false); err != nil {
				return nil, err
			}
			r.whitespace()
		}
		kv.Set(key, v)
	}
	return kv, r.expect('}', false)
}

// firstValue = sq-string / dq-string / unquoted-1
func (r *shorthandReader) firstValue() (any, error) {
	switch r.current() {
	case '\'', '"':
		return r.quoted(r.in[r.i])
	}
	end := r.unquotedEnd(shorthandFollow1)
	return r.take(end), nil
}

// secondValue = sq-string / dq-string / unquoted-2
func (r *shorthandReader) secondValue() (any, error) {
	switch r.current() {
	case '\'', '"':
		return r.quoted(r.in[r.i])
	}
	end := r.unquotedEnd(shorthandFollow2)
	if end == r.i {
		return nil, r.syntaxError("<second>", "<none>", r.i)
	}
	return r.take(end), nil
}

// take consumes an unquoted value up to end: "\," becomes ",", and trailing
// (Unicode) whitespace is dropped, as Python's rstrip drops it.
func (r *shorthandReader) take(end int) string {
	v := strings.ReplaceAll(string(r.in[r.i:end]), `\,`, ",")
	r.i = end
	return strings.TrimRightFunc(v, pyIsSpace)
}

// unquotedEnd is where the regex ( "\," / START ) *( "\," / FOLLOW ) stops,
// or r.i when it does not match.
func (r *shorthandReader) unquotedEnd(follow func(rune) bool) int {
	j := r.i
	step := func(class func(rune) bool) bool {
		if j+1 < len(r.in) && r.in[j] == '\\' && r.in[j+1] == ',' {
			j += 2
			return true
		}
		if j < len(r.in) && class(r.in[j]) {
			j++
			return true
		}
		return false
	}
	if !step(shorthandStart) {
		return r.i
	}
	for step(follow) {
	}
	return j
}

// quoted reads a quoted string: the quotes are dropped, then \q becomes q and
// \\ becomes \, in that order; there are no other escapes.
func (r *shorthandReader) quoted(q rune) (any, error) {
	end := r.quotedEnd(q)
	if end < 0 {
		name := "<double quoted>"
		if q == '\'' {
			name = "<singled quoted>"
		}
		return nil, r.syntaxError(name, "<none>", r.i)
	}
	v := string(r.in[r.i+1 : end])
	v = strings.ReplaceAll(v, `\`+string(q), string(q))
	v = strings.ReplaceAll(v, `\\`, `\`)
	r.i = end + 1
	return v, nil
}

// quotedEnd is the position of the closing quote that 2.9.19's regex
// q(?:\\\\|\\q|[^q])*q finds, or -1. Python's regex engine tries, at each
// content position, a backslash pair, then an escaped quote, then any other
// character, and only then the closing quote, backtracking on failure; from
// a given position the outcome never depends on how it was reached, so the
// positions that fail are remembered, which keeps this linear where the
// CLI's engine is exponential.
func (r *shorthandReader) quotedEnd(q rune) int {
	r.failedQuote = nil // made on the first failure: most quotes close at once
	return r.quotedFrom(r.i+1, q)
}

func (r *shorthandReader) quotedFrom(k int, q rune) int {
	if k >= len(r.in) || r.failedQuote[k] {
		return -1
	}
	if k+1 < len(r.in) && r.in[k] == '\\' && (r.in[k+1] == '\\' || r.in[k+1] == q) {
		if end := r.quotedFrom(k+2, q); end >= 0 {
			return end
		}
	}
	if r.in[k] == q {
		return k
	}
	if end := r.quotedFrom(k+1, q); end >= 0 {
		return end
	}
	if r.failedQuote == nil {
		r.failedQuote = map[int]bool{}
	}
	r.failedQuote[k] = true
	return -1
}

// expect consumes c, optionally with the whitespace around it.
func (r *shorthandReader) expect(c rune, ws bool) error {
	if ws {
		r.whitespace()
	}
	if r.atEOF() {
		return r.syntaxError(string(c), "EOF", r.i)
	}
	if r.in[r.i] != c {
		return r.syntaxError(string(c), string(r.in[r.i]), r.i)
	}
	r.i++
	if ws {
		r.whitespace()
	}
	return nil
}

// whitespace skips Python's string.whitespace (ASCII only).
func (r *shorthandReader) whitespace() {
	for r.i < len(r.in) && strings.ContainsRune(" \t\n\r\v\f", r.in[r.i]) {
		r.i++
	}
}

func (r *shorthandReader) atEOF() bool { return r.i >= len(r.in) }

// current is the character at the position, or -1 at the end.
func (r *shorthandReader) current() rune {
	if r.i < len(r.in) {
		return r.in[r.i]
	}
	return -1
}

func (r *shorthandReader) syntaxError(expected, actual string, at int) error {
	return &shorthandError{"Expected: '" + expected + "', received: '" + actual + "' for input:\n" + r.location(at)}
}

// location is the input with a caret line under position at, drawn as
// ShorthandParseError._error_location draws it: the caret line follows the
// line holding the position, indented by the position's column.
func (r *shorthandReader) location(at int) string {
	if at > len(r.in) {
		at = len(r.in)
	}
	consumed, remaining, spaces := r.in, []rune(nil), at
	for j := at - 1; j >= 0; j-- {
		if r.in[j] == '\n' {
			spaces = at - j - 1
			break
		}
	}
	for j := at; j < len(r.in); j++ {
		if r.in[j] == '\n' {
			consumed, remaining = r.in[:j], r.in[j:]
			break
		}
	}
	return string(consumed) + "\n" + strings.Repeat(" ", spaces) + "^" + string(remaining)
}

// The character classes of shorthand.py's regexes (_START_WORD,
// _FIRST_FOLLOW_CHARS, _SECOND_FOLLOW_CHARS). No class holds a character
// outside the Basic Multilingual Plane.

// shorthandStart: ! #-& (-+ --< >-Z \-z |-U+FFFF.
func shorthandStart(c rune) bool {
	return c == '!' || c >= '#' && c <= '&' || c >= '(' && c <= '+' || c >= '-' && c <= '<' ||
		c >= '>' && c <= 'Z' || c >= '\\' && c <= 'z' || c >= '|' && c <= 0xFFFF
}

// shorthandFollow1: \s ! #-& (-+ --\ ^-| ~-U+FFFF (not " ' , ] }).
func shorthandFollow1(c rune) bool {
	return pyIsSpace(c) || c == '!' || c >= '#' && c <= '&' || c >= '(' && c <= '+' || c >= '-' && c <= '\\' ||
		c >= '^' && c <= '|' || c >= '~' && c <= 0xFFFF
}

// shorthandFollow2: \s ! #-& (-+ --< >-U+FFFF (not " ' , =).
func shorthandFollow2(c rune) bool {
	return pyIsSpace(c) || c == '!' || c >= '#' && c <= '&' || c >= '(' && c <= '+' || c >= '-' && c <= '<' ||
		c >= '>' && c <= 0xFFFF
}

// pyIsSpace is Python's str.isspace for one character (what regex \s and
// rstrip use): Go's unicode.IsSpace plus the separators U+001C–U+001F.
func pyIsSpace(c rune) bool {
	return unicode.IsSpace(c) || c >= 0x1c && c <= 0x1f
}
