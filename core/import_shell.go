package core

import "strings"

// TEMPORARY STUB (branch importcmd): the real reader of pasted text comes from
// branch bashread, which replaces this file when merging. It splits lines on
// blanks, joins lines ending in a backslash, reads no quotes, and marks $NAME
// and ${NAME} as unknown parts — just enough for Import's own tests to run.

// pastedArg is one word of a pasted command, as its shell hands it to the
// CLI. Text holds the word; each part whose value cannot be known (a shell
// variable or substitution) is written in Text as it appears in the paste,
// and Unknown lists those spellings.
type pastedArg struct {
	Text         string
	Line, Column int
	Unknown      []string
}

// pastedCommand is one aws command of the paste: where it starts, a label
// for choosing it, and every word after "aws".
type pastedCommand struct {
	Line, Column int
	Label        string
	Args         []pastedArg
}

// shellReading is what a shell makes of the paste.
type shellReading struct {
	Shell    string
	Commands []pastedCommand
	Notes    []Note
	Err      error
}

// readPasted reads text as shell would ("" to detect) and returns the
// reading and every shell that reads the text the same.
func readPasted(text, shell string) (shellReading, []string) {
	if shell == "" {
		shell = ShellBash
	}
	rd := shellReading{Shell: shell}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	var cur *pastedCommand
	for li := 0; li < len(lines); li++ {
		line := lines[li]
		cont := strings.HasSuffix(line, "\\")
		if cont {
			line = line[:len(line)-1]
		}
		col := 0
		for col < len(line) {
			for col < len(line) && (line[col] == ' ' || line[col] == '\t') {
				col++
			}
			start := col
			for col < len(line) && line[col] != ' ' && line[col] != '\t' {
				col++
			}
			if start == col {
				break
			}
			w := line[start:col]
			if cur == nil {
				if w == "aws" {
					rd.Commands = append(rd.Commands, pastedCommand{Line: li + 1, Column: start + 1})
					cur = &rd.Commands[len(rd.Commands)-1]
				}
				continue
			}
			cur.Args = append(cur.Args, pastedArg{Text: w, Line: li + 1, Column: start + 1, Unknown: stubVariables(w)})
		}
		if !cont && cur != nil {
			cur.Label = "aws " + strings.Join(firstTexts(cur.Args, 2), " ")
			cur = nil
		}
	}
	if cur != nil {
		cur.Label = "aws " + strings.Join(firstTexts(cur.Args, 2), " ")
	}
	return rd, []string{shell}
}

func firstTexts(args []pastedArg, n int) []string {
	var out []string
	for i := 0; i < len(args) && i < n; i++ {
		out = append(out, args[i].Text)
	}
	return out
}

// stubVariables finds $NAME and ${NAME} spellings in w.
func stubVariables(w string) []string {
	var out []string
	for i := 0; i < len(w); i++ {
		if w[i] != '$' {
			continue
		}
		j := i + 1
		if j < len(w) && w[j] == '{' {
			if k := strings.IndexByte(w[j:], '}'); k > 0 {
				out = append(out, w[i:j+k+1])
				i = j + k
			}
			continue
		}
		for j < len(w) && (w[j] == '_' || w[j] >= 'a' && w[j] <= 'z' || w[j] >= 'A' && w[j] <= 'Z' || w[j] >= '0' && w[j] <= '9') {
			j++
		}
		if j > i+1 {
			out = append(out, w[i:j])
			i = j - 1
		}
	}
	return out
}
