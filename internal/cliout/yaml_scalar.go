package cliout

// This file holds the character classes and the scalar analysis of libyaml's
// emitter (emitter.c, yaml_private.h) and the implicit resolvers of
// ruamel.yaml's Resolver (ruamel/yaml/resolver.py, YAML 1.2 rules), which
// together decide how yaml.go quotes a string (see its header).

import (
	"strings"
)

// yamlSpaceAt reports whether s has a space at byte offset i.
func yamlSpaceAt(s string, i int) bool { return i < len(s) && s[i] == ' ' }

// yamlPrintable is libyaml's IS_PRINTABLE: LF, printable ASCII, and the
// Basic Multilingual Plane from U+00A0 except surrogates, U+FFFE and U+FFFF.
func yamlPrintable(r rune) bool {
	return r == '\n' || (r >= 0x20 && r <= 0x7E) || (r >= 0xA0 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD && r != 0xFEFF)
}

// yamlIsBreak is libyaml's IS_BREAK.
func yamlIsBreak(r rune) bool {
	return r == '\r' || r == '\n' || r == 0x85 || r == 0x2028 || r == 0x2029
}

func yamlIsBlankZ(r rune) bool { return r == ' ' || r == '\t' || r == 0 || yamlIsBreak(r) }

// yamlAnalyze is libyaml's yaml_emitter_analyze_scalar, reduced to what a
// block mapping value needs: whether plain style and single quotes may hold
// s.
func yamlAnalyze(s string) (blockPlain, singleQuoted bool) {
	if s == "" || yamlPlainWord(s) {
		return true, true
	}
	runes := []rune(s)
	at := func(i int) rune {
		if i < len(runes) {
			return runes[i]
		}
		return 0
	}
	var blockIndicators, lineBreaks, special bool
	var leadingSpace, leadingBreak, trailingSpace, trailingBreak, breakSpace, spaceBreak bool
	if strings.HasPrefix(s, "---") || strings.HasPrefix(s, "...") {
		blockIndicators = true
	}
	preceded := true
	followed := yamlIsBlankZ(at(1))
	var prevSpace, prevBreak bool
	last := len(runes) - 1
	for i, r := range runes {
		if i == 0 {
			switch r {
			case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
				blockIndicators = true
			case '?', ':':
				if followed {
					blockIndicators = true
				}
			case '-':
				if followed {
					blockIndicators = true
				}
			}
		} else {
			if r == ':' && followed {
				blockIndicators = true
			}
			if r == '#' && preceded {
				blockIndicators = true
			}
		}
		if !yamlPrintable(r) {
			special = true
		}
		brk := yamlIsBreak(r)
		if brk {
			lineBreaks = true
		}
		switch {
		case r == ' ':
			if i == 0 {
				leadingSpace = true
			}
			if i == last {
				trailingSpace = true
			}
			if prevBreak {
				breakSpace = true
			}
			prevSpace, prevBreak = true, false
		case brk:
			if i == 0 {
				leadingBreak = true
			}
			if i == last {
				trailingBreak = true
			}
			if prevSpace {
				spaceBreak = true
			}
			prevSpace, prevBreak = false, true
		default:
			prevSpace, prevBreak = false, false
		}
		preceded = yamlIsBlankZ(r)
		followed = yamlIsBlankZ(at(i + 2))
	}
	blockPlain, singleQuoted = true, true
	if leadingSpace || leadingBreak || trailingSpace || trailingBreak || lineBreaks || blockIndicators {
		blockPlain = false
	}
	if breakSpace || spaceBreak || special {
		blockPlain, singleQuoted = false, false
	}
	return blockPlain, singleQuoted
}

// yamlPlainWord reports the common case yamlAnalyze need not walk: a letter
// or digit, then letters, digits, spaces and . / _ - (no indicator, break or
// unprintable character), not ending in a space. FuzzYAMLAnalyze holds
// yamlAnalyze to its walk.
func yamlPlainWord(s string) bool {
	isAlnum := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
	if !isAlnum(s[0]) || s[len(s)-1] == ' ' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isAlnum(c) && c != ' ' && c != '.' && c != '/' && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// The implicit resolvers of ruamel.yaml's Resolver (YAML 1.2 rules), each
// tried only when the string starts with one of its first characters. A
// string one of them matches is not a plain string when read back, so it is
// quoted. They are written out by hand (no regexp, which would cost the page
// a regexp engine); each comment gives the resolver's regular expression,
// which the tests compare them with.

// yamlMatchBool is ^(?:true|True|TRUE|false|False|FALSE)$.
func yamlMatchBool(s string) bool {
	switch s {
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return true
	}
	return false
}

// yamlMatchNull is ^(?:~|null|Null|NULL|)$.
func yamlMatchNull(s string) bool {
	switch s {
	case "~", "null", "Null", "NULL", "":
		return true
	}
	return false
}

// yamlMatchFloat is
//
//	^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
//	|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
//	|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
//	|[-+]?\.(?:inf|Inf|INF)
//	|\.(?:nan|NaN|NAN))$
func yamlMatchFloat(s string) bool {
	switch s {
	case ".nan", ".NaN", ".NAN":
		return true
	}
	t := yamlSkipSign(s)
	switch t {
	case ".inf", ".Inf", ".INF":
		return true
	case "":
		return false
	}
	if yamlIsDigit(t[0]) {
		t = t[1+yamlSpan(t[1:], true):]
		if t != "" && t[0] == '.' {
			t = t[1+yamlSpan(t[1:], true):]
			return t == "" || yamlMatchExponent(t, false)
		}
		return yamlMatchExponent(t, false)
	}
	if t[0] == '.' {
		n := yamlSpan(t[1:], true)
		if n == 0 {
			return false
		}
		t = t[1+n:]
		return t == "" || yamlMatchExponent(t, true)
	}
	return false
}

// yamlMatchExponent is ^[eE][-+]?[0-9]+$, with the sign required when
// signed is true.
func yamlMatchExponent(t string, signed bool) bool {
	if t == "" || t[0] != 'e' && t[0] != 'E' {
		return false
	}
	t = t[1:]
	if u := yamlSkipSign(t); u != t {
		t = u
	} else if signed {
		return false
	}
	n := yamlSpan(t, false)
	return n > 0 && n == len(t)
}

// yamlMatchInt is
// ^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$.
func yamlMatchInt(s string) bool {
	t := yamlSkipSign(s)
	if t == "" {
		return false
	}
	if yamlSpan(t, true) == len(t) {
		return true // [0-9_]+, which covers 0[0-7_]+
	}
	if len(t) < 3 || t[0] != '0' {
		return false
	}
	rest := t[2:]
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		var ok bool
		switch t[1] {
		case 'b':
			ok = c == '0' || c == '1' || c == '_'
		case 'o':
			ok = c >= '0' && c <= '7' || c == '_'
		case 'x':
			ok = yamlIsDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '_'
		}
		if !ok {
			return false
		}
	}
	return true
}

// yamlMatchTimestamp is
//
//	^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
//	|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
//	(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$
//
// Every optional digit and repetition is followed by something a digit (or
// blank) is not, so reading greedily decides the match.
func yamlMatchTimestamp(s string) bool {
	if len(s) == 10 && yamlDigits(s[:4], 4) && s[4] == '-' && yamlDigits(s[5:7], 2) && s[7] == '-' && yamlDigits(s[8:], 2) {
		return true
	}
	t := s
	// digits consumes between min and max digits, or fails.
	digits := func(min, max int) bool {
		n := 0
		for n < max && n < len(t) && yamlIsDigit(t[n]) {
			n++
		}
		t = t[n:]
		return n >= min
	}
	lit := func(c byte) bool {
		if t != "" && t[0] == c {
			t = t[1:]
			return true
		}
		return false
	}
	blanks := func() int {
		n := 0
		for n < len(t) && (t[n] == ' ' || t[n] == '\t') {
			n++
		}
		t = t[n:]
		return n
	}
	if !digits(4, 4) || !lit('-') || !digits(1, 2) || !lit('-') || !digits(1, 2) {
		return false
	}
	if !lit('T') && !lit('t') && blanks() == 0 {
		return false
	}
	if !digits(1, 2) || !lit(':') || !digits(2, 2) || !lit(':') || !digits(2, 2) {
		return false
	}
	if lit('.') {
		digits(0, len(t))
	}
	if t == "" {
		return true
	}
	blanks()
	if lit('Z') {
		return t == ""
	}
	if !lit('-') && !lit('+') || !digits(1, 2) {
		return false
	}
	if lit(':') && !digits(2, 2) {
		return false
	}
	return t == ""
}

func yamlIsDigit(c byte) bool { return c >= '0' && c <= '9' }

// yamlDigits reports whether s is n ASCII digits.
func yamlDigits(s string, n int) bool {
	return len(s) == n && yamlSpan(s, false) == n
}

// yamlSpan is the length of the run of digits (and underscores, when
// underscore is true) that s starts with.
func yamlSpan(s string, underscore bool) int {
	n := 0
	for n < len(s) && (yamlIsDigit(s[n]) || underscore && s[n] == '_') {
		n++
	}
	return n
}

// yamlSkipSign drops one leading - or +.
func yamlSkipSign(s string) string {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		return s[1:]
	}
	return s
}

// yamlResolvesToStr reports whether a plain scalar s reads back as a string.
func yamlResolvesToStr(s string) bool {
	if s == "" {
		return false // null
	}
	switch c := s[0]; {
	case c == 't' || c == 'T' || c == 'f' || c == 'F':
		return !yamlMatchBool(s)
	case c == '~' || c == 'n' || c == 'N':
		return !yamlMatchNull(s)
	case c == '<':
		return s != "<<"
	case c == '=':
		return s != "="
	case c == '!' || c == '&' || c == '*':
		return len(s) != 1
	case c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'):
		if yamlMatchFloat(s) {
			return false
		}
		if c != '.' && yamlMatchInt(s) {
			return false
		}
		if c >= '0' && c <= '9' && yamlMatchTimestamp(s) {
			return false
		}
	}
	return true
}
