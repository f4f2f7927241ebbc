package cliout

import (
	"strings"
	"testing"
)

// yamlAnalyzeRef is yamlAnalyze without the yamlPlainWord shortcut: the
// reference FuzzYAMLAnalyze holds it to.
func yamlAnalyzeRef(s string) (blockPlain, singleQuoted bool) {
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

func FuzzYAMLAnalyze(f *testing.F) {
	for _, s := range []string{"", "a", "rule 0", "a ", "-", "a-b", "10.0.0.0/24", "a: b", "a #b", "ab\n", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, q := yamlAnalyze(s)
		rp, rq := yamlAnalyzeRef(s)
		if p != rp || q != rq {
			t.Fatalf("%q: %v %v, the reference %v %v", s, p, q, rp, rq)
		}
	})
}
