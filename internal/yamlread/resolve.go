package yamlread

import (
	"strconv"
	"strings"
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
