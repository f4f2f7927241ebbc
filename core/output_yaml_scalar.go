package core

// This file holds the character classes and the scalar analysis of libyaml's
// emitter (emitter.c, yaml_private.h) and the implicit resolvers of
// ruamel.yaml's Resolver (ruamel/yaml/resolver.py, YAML 1.2 rules), which
// together decide how output_yaml.go quotes a string (see its header).

import (
	"regexp"
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
	if s == "" {
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

// The implicit resolvers of ruamel.yaml's Resolver (YAML 1.2 rules), each
// tried only when the string starts with one of its first characters. A
// string one of them matches is not a plain string when read back, so it is
// quoted.
var (
	yamlBoolRE  = regexp.MustCompile(`^(?:true|True|TRUE|false|False|FALSE)$`)
	yamlFloatRE = regexp.MustCompile(`^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?` +
		`|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)` +
		`|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?` +
		`|[-+]?\.(?:inf|Inf|INF)` +
		`|\.(?:nan|NaN|NAN))$`)
	yamlIntRE       = regexp.MustCompile(`^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$`)
	yamlNullRE      = regexp.MustCompile(`^(?:~|null|Null|NULL|)$`)
	yamlTimestampRE = regexp.MustCompile(`^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]` +
		`|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?` +
		`(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$`)
)

// yamlResolvesToStr reports whether a plain scalar s reads back as a string.
func yamlResolvesToStr(s string) bool {
	if s == "" {
		return false // null
	}
	switch c := s[0]; {
	case c == 't' || c == 'T' || c == 'f' || c == 'F':
		return !yamlBoolRE.MatchString(s)
	case c == '~' || c == 'n' || c == 'N':
		return !yamlNullRE.MatchString(s)
	case c == '<':
		return s != "<<"
	case c == '=':
		return s != "="
	case c == '!' || c == '&' || c == '*':
		return len(s) != 1
	case c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'):
		if yamlFloatRE.MatchString(s) {
			return false
		}
		if c != '.' && yamlIntRE.MatchString(s) {
			return false
		}
		if c >= '0' && c <= '9' && yamlTimestampRE.MatchString(s) {
			return false
		}
	}
	return true
}
