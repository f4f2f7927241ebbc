package core

import (
	"strconv"
	"strings"
)

// This file finds where Python's json.loads (the C scanner of CPython 3.11,
// Modules/_json.c, which Debian's CLI runs) stops reading a text that is not
// JSON, and words it as Python does, because the CLI prints that message in
// "Error parsing parameter '--ip-permissions': Invalid JSON: <message>".
// Positions are counted in code points, as Python counts them.

// pyJSON walks one text as the C scanner does.
type pyJSON struct {
	s []rune
}

// pyJSONError is Python's message for text, or "" when Python reads it.
func pyJSONError(text string) string {
	p := &pyJSON{s: []rune(text)}
	i := p.ws(0)
	end, msg, at := p.value(i)
	if msg == "" {
		if end = p.ws(end); end != len(p.s) {
			msg, at = "Extra data", end
		}
	}
	if msg == "" {
		return ""
	}
	line := 1 + strings.Count(string(p.s[:at]), "\n")
	col := at + 1
	for j := at - 1; j >= 0; j-- {
		if p.s[j] == '\n' {
			col = at - j
			break
		}
	}
	return msg + ": line " + strconv.Itoa(line) + " column " + strconv.Itoa(col) + " (char " + strconv.Itoa(at) + ")"
}

// ws skips JSON whitespace.
func (p *pyJSON) ws(i int) int {
	for i < len(p.s) && (p.s[i] == ' ' || p.s[i] == '\t' || p.s[i] == '\n' || p.s[i] == '\r') {
		i++
	}
	return i
}

func (p *pyJSON) has(i int, word string) bool {
	w := []rune(word)
	if i+len(w) > len(p.s) {
		return false
	}
	for k, r := range w {
		if p.s[i+k] != r {
			return false
		}
	}
	return true
}

// value is scan_once: the end of the value at i, or a message and where.
// A value that does not start is "Expecting value" (StopIteration).
func (p *pyJSON) value(i int) (int, string, int) {
	if i >= len(p.s) {
		return 0, "Expecting value", i
	}
	switch p.s[i] {
	case '"':
		return p.str(i + 1)
	case '{':
		return p.object(i + 1)
	case '[':
		return p.array(i + 1)
	case 'n':
		if p.has(i, "null") {
			return i + 4, "", 0
		}
	case 't':
		if p.has(i, "true") {
			return i + 4, "", 0
		}
	case 'f':
		if p.has(i, "false") {
			return i + 5, "", 0
		}
	case 'N':
		if p.has(i, "NaN") {
			return i + 3, "", 0
		}
	case 'I':
		if p.has(i, "Infinity") {
			return i + 8, "", 0
		}
	case '-':
		if p.has(i, "-Infinity") {
			return i + 9, "", 0
		}
	}
	return p.number(i)
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// number is _match_number_unicode.
func (p *pyJSON) number(start int) (int, string, int) {
	i, last := start, len(p.s)-1
	if p.s[i] == '-' {
		i++
		if i > last {
			return 0, "Expecting value", start
		}
	}
	switch {
	case p.s[i] >= '1' && p.s[i] <= '9':
		i++
		for i <= last && isASCIIDigit(p.s[i]) {
			i++
		}
	case p.s[i] == '0':
		i++
	default:
		return 0, "Expecting value", start
	}
	if i < last && p.s[i] == '.' && isASCIIDigit(p.s[i+1]) {
		i += 2
		for i <= last && isASCIIDigit(p.s[i]) {
			i++
		}
	}
	if i < last && (p.s[i] == 'e' || p.s[i] == 'E') {
		e := i
		i++
		if i < last && (p.s[i] == '-' || p.s[i] == '+') {
			i++
		}
		for i <= last && isASCIIDigit(p.s[i]) {
			i++
		}
		if !isASCIIDigit(p.s[i-1]) {
			i = e
		}
	}
	return i, "", 0
}

// str is scanstring_unicode, from just after the opening quote.
func (p *pyJSON) str(end int) (int, string, int) {
	begin := end - 1
	for {
		next := end
		var c rune
		for ; next < len(p.s); next++ {
			c = p.s[next]
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f {
				return 0, "Invalid control character at", next
			}
		}
		if next >= len(p.s) {
			return 0, "Unterminated string starting at", begin
		}
		next++
		if c == '"' {
			return next, "", 0
		}
		if next == len(p.s) {
			return 0, "Unterminated string starting at", begin
		}
		if c = p.s[next]; c != 'u' {
			end = next + 1
			if !strings.ContainsRune(`"\/bfnrt`, c) {
				return 0, "Invalid \\escape", end - 2
			}
			continue
		}
		next++
		end = next + 4
		if end >= len(p.s) {
			return 0, "Invalid \\uXXXX escape", next - 1
		}
		if !hex4(p.s[next:end]) {
			return 0, "Invalid \\uXXXX escape", end - 5
		}
		// A high surrogate followed by \u and four more digits is a pair,
		// and those digits must be hexadecimal too.
		if v, _ := strconv.ParseUint(string(p.s[next:end]), 16, 32); v >= 0xd800 && v <= 0xdbff &&
			end+6 < len(p.s) && p.s[end] == '\\' && p.s[end+1] == 'u' {
			if !hex4(p.s[end+2 : end+6]) {
				return 0, "Invalid \\uXXXX escape", end + 1
			}
			v2, _ := strconv.ParseUint(string(p.s[end+2:end+6]), 16, 32)
			if v2 >= 0xdc00 && v2 <= 0xdfff {
				end += 6
			}
		}
	}
}

func hex4(rs []rune) bool {
	for _, r := range rs {
		if !(isASCIIDigit(r) || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F') {
			return false
		}
	}
	return true
}

// object is _parse_object_unicode, from just after "{".
func (p *pyJSON) object(i int) (int, string, int) {
	i = p.ws(i)
	if i < len(p.s) && p.s[i] == '}' {
		return i + 1, "", 0
	}
	for {
		if i >= len(p.s) || p.s[i] != '"' {
			return 0, "Expecting property name enclosed in double quotes", i
		}
		next, msg, at := p.str(i + 1)
		if msg != "" {
			return 0, msg, at
		}
		i = p.ws(next)
		if i >= len(p.s) || p.s[i] != ':' {
			return 0, "Expecting ':' delimiter", i
		}
		i = p.ws(i + 1)
		if next, msg, at = p.value(i); msg != "" {
			return 0, msg, at
		}
		i = p.ws(next)
		if i < len(p.s) && p.s[i] == '}' {
			return i + 1, "", 0
		}
		if i >= len(p.s) || p.s[i] != ',' {
			return 0, "Expecting ',' delimiter", i
		}
		i = p.ws(i + 1)
	}
}

// array is _parse_array_unicode, from just after "[".
func (p *pyJSON) array(i int) (int, string, int) {
	i = p.ws(i)
	if i < len(p.s) && p.s[i] == ']' {
		return i + 1, "", 0
	}
	for {
		next, msg, at := p.value(i)
		if msg != "" {
			return 0, msg, at
		}
		i = p.ws(next)
		if i < len(p.s) && p.s[i] == ']' {
			return i + 1, "", 0
		}
		if i >= len(p.s) || p.s[i] != ',' {
			return 0, "Expecting ',' delimiter", i
		}
		i = p.ws(i + 1)
	}
}
