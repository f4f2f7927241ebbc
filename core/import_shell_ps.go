package core

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"sgrules/internal/shell"
)

// This file reads a paste as PowerShell 7.3+ and Windows PowerShell 5.1: the
// words as written (for positions and the variables no one can know), and
// the argv from the model (import_shell_models.go).

// psWord is one word of a PowerShell command as written.
type psWord struct {
	start, end int
	unknown    bool // it uses a variable, a subexpression or splatting
}

// psWords finds the words of text[from:to], up to a # comment: blanks and a
// backtick before a newline separate them; '…' and "…" strings and $(…)
// subexpressions are kept whole.
func psWords(text string, from, to int) []psWord {
	var out []psWord
	k := from
	for k < to {
		c := text[k]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			k++
			continue
		case c == '`' && k+1 < to && text[k+1] == '\n':
			k += 2
			continue
		case c == '#':
			for k < to && text[k] != '\n' {
				k++
			}
			continue
		}
		w := psWord{start: k, unknown: c == '@'}
		depth := 0
		for k < to {
			c := text[k]
			if depth == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '`' && k+1 < to && text[k+1] == '\n') {
				break
			}
			r, size := utf8.DecodeRuneInString(text[k:to])
			switch {
			case depth == 0 && shell.IsPowerShellSingleQuote(r):
				k += size
				for k < to {
					r, size := utf8.DecodeRuneInString(text[k:to])
					k += size
					if shell.IsPowerShellSingleQuote(r) {
						if n, _ := utf8.DecodeRuneInString(text[k:to]); k < to && shell.IsPowerShellSingleQuote(n) {
							_, nsize := utf8.DecodeRuneInString(text[k:to])
							k += nsize
							continue
						}
						break
					}
				}
				continue
			case depth == 0 && shell.IsPowerShellDoubleQuote(r):
				k += size
				for k < to {
					r, size := utf8.DecodeRuneInString(text[k:to])
					if r == '`' {
						k += size + 1
						continue
					}
					if r == '$' && k+1 < to && (isPSVarStart(text[k+1])) {
						w.unknown = true
					}
					k += size
					if shell.IsPowerShellDoubleQuote(r) {
						break
					}
				}
				continue
			case c == '$' && k+1 < to && isPSVarStart(text[k+1]):
				w.unknown = true
				if text[k+1] == '(' {
					depth++
					k++
				}
			case c == '(' && depth > 0:
				depth++
			case c == ')' && depth > 0:
				depth--
			}
			k += size
		}
		w.end = min(k, to)
		out = append(out, w)
	}
	return out
}

func isPSVarStart(c byte) bool {
	return c == '_' || c == '{' || c == '(' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '?' || c == '^'
}

// psContinues reports whether a PowerShell line ends with a backtick.
func psContinues(line string) bool { return strings.HasSuffix(line, "`") }

// psPlaceholder stands for the i-th unknown word in the line given to the
// model: a bare word the model passes on as it is.
func psPlaceholder(i int) string { return "sgrulesunknownword" + strconv.Itoa(i) }

// readPowerShell reads the cleaned text as PowerShell 7.3+ or, legacy,
// Windows PowerShell 5.1.
func readPowerShell(p *pasteText, r *shellReading, legacy bool) {
	text := string(p.b)
	var skip skipped
	for _, g := range groups(text, psContinues) {
		words := psWords(text, g.start, g.end)
		if len(words) == 0 {
			continue
		}
		first := text[words[0].start:words[0].end]
		if first != "aws" {
			skip.other(p, words[0].start, first)
			continue
		}
		// The model reads one line of bare and '…' words; a "…" string
		// without $ or ` has the same value as '…' with ' doubled.
		var line strings.Builder
		line.WriteString("aws")
		for i, w := range words[1:] {
			src := text[w.start:w.end]
			line.WriteByte(' ')
			switch {
			case w.unknown:
				line.WriteString(psPlaceholder(i))
			case psDoubleQuoted(src):
				_, size := utf8.DecodeRuneInString(src)
				_, last := utf8.DecodeLastRuneInString(src)
				inner := src[size : len(src)-last]
				line.WriteString("'" + strings.ReplaceAll(inner, "'", "''") + "'")
			default:
				line.WriteString(src)
			}
		}
		argv, err := pastePSArgv(line.String(), legacy)
		if err != nil {
			r.Err = posError(p, words[0].start, "PowerShell: "+err.Error())
			return
		}
		skip.aws(r)
		last := words[len(words)-1]
		pc := pastedCommand{Label: label(text[words[0].start:last.end])}
		pc.Line, pc.Column = p.pos(words[0].start)
		for i, a := range argv {
			at := words[0].start
			if len(argv) == len(words)-1 {
				at = words[i+1].start
			}
			arg := pastedArg{Text: a}
			arg.Line, arg.Column = p.pos(at)
			if len(argv) == len(words)-1 && words[i+1].unknown && a == psPlaceholder(i) {
				w := words[i+1]
				arg.Text, arg.Unknown = "", []string{unknownLabel(strings.Trim(text[w.start:w.end], "\"\u201c\u201d\u201e"))}
			}
			pc.Args = append(pc.Args, arg)
		}
		r.Commands = append(r.Commands, pc)
	}
}

// psDoubleQuoted reports whether s is one "…" string whose value is its
// text: no $ or ` inside, and no quote character but the two around it.
func psDoubleQuoted(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	l, last := utf8.DecodeLastRuneInString(s)
	if !shell.IsPowerShellDoubleQuote(r) || !shell.IsPowerShellDoubleQuote(l) || len(s) < size+last {
		return false
	}
	for _, c := range s[size : len(s)-last] {
		if c == '$' || c == '`' || shell.IsPowerShellDoubleQuote(c) {
			return false
		}
	}
	return true
}
