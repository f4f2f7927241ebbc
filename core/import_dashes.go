package core

import (
	"strings"
	"unicode/utf8"
)

// This file repairs the one typographic change a docs renderer makes to an
// option's name: "--group-id" printed as "–group-id" (an en dash) or
// "—group-id" (an em dash). AWS's own reference pages carry it
// (docs/seeds.md); the CLI would take the word as an unknown positional, so
// the repair is reported, with where it was made. A word is repaired only
// when its repaired name is an option of the command or a global option, so
// a value that merely starts with a dash is left alone.

// dashNames names the dashes a renderer substitutes.
var dashNames = map[rune]string{'\u2010': "hyphen", '\u2011': "non-breaking hyphen", '\u2012': "figure dash",
	'\u2013': "en dash", '\u2014': "em dash", '\u2015': "horizontal bar", '\u2212': "minus sign"}

// repairDashes rewrites the option words of args that start with
// typographic dashes, and notes each repair.
func repairDashes(args []pastedArg) ([]pastedArg, []Note) {
	var notes []Note
	var out []pastedArg
	for i, a := range args {
		fixed, dash, ok := undash(a.Text)
		if !ok {
			continue
		}
		if out == nil {
			out = append([]pastedArg(nil), args...)
		}
		out[i].Text = fixed
		notes = append(notes, Note{Message: "an " + dashNames[dash] + " (" + string(dash) + ") in " + quoteWord(a.Text) + " read as " +
			quoteWord(fixed) + "; the CLI would reject the text as printed", Line: a.Line, Column: a.Column})
	}
	if out == nil {
		return args, nil
	}
	return out, notes
}

// undash is word with its leading run of dashes made "--", when that names
// an option; dash is the first typographic dash of the run.
func undash(word string) (string, rune, bool) {
	i := 0
	var dash rune
	for i < len(word) {
		r, n := utf8.DecodeRuneInString(word[i:])
		if _, typographic := dashNames[r]; typographic {
			if dash == 0 {
				dash = r
			}
		} else if r != '-' {
			break
		}
		i += n
	}
	if dash == 0 || i == len(word) {
		return "", 0, false
	}
	fixed := "--" + word[i:]
	name := fixed
	if j := strings.IndexByte(name, '='); j >= 0 {
		name = name[:j]
	}
	for _, table := range [][]argSpec{globalArgs, operationArgs(Ingress), operationArgs(RevokeEgress)} {
		if spec, _, _, _, _ := resolve(table, name); spec != nil && "--"+spec.name == name {
			return fixed, dash, true
		}
	}
	return "", 0, false
}

// quoteWord quotes a word for a note.
func quoteWord(s string) string { return "\"" + s + "\"" }
