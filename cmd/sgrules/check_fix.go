package main

import (
	"reflect"
	"strings"

	"sgrules/core"
)

// This file is check --fix: each command whose spelling is what is wrong is
// rewritten with core.Generate's text for its shell, in the form its author
// used when that form can say it without a file beside the command, else in
// the first of shorthand, JSON and sugar that can. Everything else in the
// file — the other lines, line ends, the prompt and indentation of the
// command's first line — is kept byte for byte.

// fixForms are the forms a rewrite falls back on, in order.
var fixForms = []string{core.FormShorthand, core.FormJSON, core.FormSugar}

// fixFile returns content with its fixable commands rewritten, and how many
// were.
func fixFile(name, content, shell string) (string, int) {
	lines := strings.SplitAfter(content, "\n")
	n := 0
	for _, b := range blocks(name, content, shell) {
		for _, s := range spans(b) {
			lt := lintSpan(b, s)
			if !lt.fix {
				continue
			}
			repl, why := fixText(lines, s, lt)
			if why != "" {
				continue
			}
			for i := range s.count {
				lines[s.line-1+i] = ""
			}
			lines[s.line-1] = repl
			n++
		}
	}
	return strings.Join(lines, ""), n
}

// fixText is the file text that replaces span s's lines (lines is the file
// split after each line end), or why the command is left as it is.
func fixText(lines []string, s span, lt lint) (repl, why string) {
	if lt.kept != "" {
		return "", lt.kept
	}
	text, ok := rewrite(lt)
	if !ok {
		return "", "no spelling for " + shellLabel(lt.shell) + " reads back as the same request"
	}
	repl, ok = replaceLines(lines[s.line-1:s.line-1+s.count], text)
	if !ok {
		return "", "aws is called by a quoted path or as aws.exe, which the rewrite would not keep"
	}
	return repl, ""
}

// rewrite is the command text for lt: Generate's, for lt's shell, in the
// author's form or the first fallback that needs no file.
func rewrite(lt lint) (string, bool) {
	forms := append([]string{lt.form}, fixForms...)
	gen := core.GenerateOnly(*lt.input, core.Only{Shells: []string{lt.shell}, Forms: forms, Outputs: []string{}})
	for _, f := range forms {
		for _, c := range gen.Commands {
			if c.Form != f || len(c.Files) > 0 || isRevoke(c.Command) != lt.revoke {
				continue
			}
			// Never a rewrite that reads otherwise than meant: the text
			// must read back, in its shell, as the Input it was made from.
			back := core.Import(core.ImportRequest{Text: c.Text, Shell: lt.shell})
			if back.Input != nil && reflect.DeepEqual(*back.Input, *lt.input) && len(back.Problems) == 0 {
				return c.Text, true
			}
		}
	}
	return "", false
}

// replaceLines is the file text that replaces old, a command's lines with
// their line ends, by text: the first line keeps what stands before aws (a
// prompt, indentation, sudo, a path to aws), the others take the first
// line's indentation, every line takes the first line's line end, and the
// last keeps its own (none at the end of a file).
func replaceLines(old []string, text string) (string, bool) {
	first := strings.TrimRight(old[0], "\r\n")
	eol := old[0][len(first):]
	i := awsWord(first)
	if i < 0 || !strings.HasPrefix(first[i:], "aws ") {
		// aws.exe, or a quoted path: the rewrite could not keep it.
		return "", false
	}
	prefix := first[:i]
	indent := first[:len(first)-len(strings.TrimLeft(first, " \t"))]
	last := old[len(old)-1]
	lastEOL := last[len(strings.TrimRight(last, "\r\n")):]
	if eol == "" {
		eol = "\n"
	}
	out := strings.Split(text, "\n")
	var b strings.Builder
	for k, l := range out {
		if k == 0 {
			b.WriteString(prefix + l)
		} else {
			b.WriteString(indent + l)
		}
		if k < len(out)-1 {
			b.WriteString(eol)
		}
	}
	b.WriteString(lastEOL)
	return b.String(), true
}
