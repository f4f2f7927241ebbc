package core

import (
	"strconv"
	"strings"
)

// This file reads a paste as cmd.exe, and holds what the PowerShell reader
// (import_shell_ps.go) shares with it: it splits the text into commands
// (continued lines joined), finds where each word starts, sets the variables
// it cannot know aside, and leaves the argv itself to the models
// (import_shell_models.go).

// span is a range of the cleaned text.
type span struct{ start, end int }

// textLines splits s into lines (without their newlines).
func textLines(s string) []span {
	var out []span
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			out = append(out, span{start, i})
			start = i + 1
		}
	}
	return out
}

// groups joins the lines that continue into one another: continues reports
// whether a line does.
func groups(s string, continues func(string) bool) []span {
	lines := textLines(s)
	var out []span
	for i := 0; i < len(lines); i++ {
		g := lines[i]
		for i+1 < len(lines) && continues(s[lines[i].start:lines[i].end]) {
			i++
			g.end = lines[i].end
		}
		out = append(out, g)
	}
	return out
}

// skipped collects the commands other than aws between aws commands, for a
// note each.
type skipped struct {
	others []Note
	seen   bool
}

func (k *skipped) other(p *pasteText, off int, name string) {
	l, c := p.pos(off)
	k.others = append(k.others, Note{Message: name + " is not an aws command: skipped", Line: l, Column: c})
}

func (k *skipped) aws(r *shellReading) {
	if k.seen {
		r.Notes = append(r.Notes, k.others...)
	}
	k.others, k.seen = nil, true
}

// pasteError is text a shell cannot read, at a place in the pasted text.
type pasteError struct {
	Line, Column int
	Msg          string
}

func (e *pasteError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": " + e.Msg
}

func posError(p *pasteText, off int, msg string) error {
	l, c := p.pos(off)
	return &pasteError{Line: l, Column: c, Msg: msg}
}

// cmdContinues reports whether a cmd.exe line ends with a continuation
// caret outside quotes (cmdmodel.go, phase 2).
func cmdContinues(line string) bool {
	inQuote := false
	for k := 0; k < len(line); k++ {
		switch line[k] {
		case '"':
			inQuote = !inQuote
		case '^':
			if !inQuote {
				if k == len(line)-1 {
					return true
				}
				k++
			}
		}
	}
	return false
}

// readCmd reads the cleaned text as cmd.exe at its prompt.
func readCmd(p *pasteText, r *shellReading) {
	text := string(p.b)
	var skip skipped
	delayed := false
	for _, g := range groups(text, cmdContinues) {
		s := text[g.start:g.end]
		t := strings.TrimLeft(s, " \t")
		lead := g.end - len(t)
		lower := strings.ToLower(t)
		if t == "" || lower == "rem" || strings.HasPrefix(lower, "rem ") || strings.HasPrefix(t, "::") {
			continue
		}
		name := t
		if k := strings.IndexAny(t, " \t"); k >= 0 {
			name = t[:k]
		}
		if !strings.EqualFold(name, "aws") {
			skip.other(p, lead, name)
			continue
		}
		// Every %NAME% the text refers to is defined, to a marker the
		// argv is then searched for: a reference the user typed expects a
		// value (and a defined variable changes how the next % pairs),
		// while one the text escapes (%^NAME%) stays literal.
		env, names := cmdReferences(t)
		argv, err := pasteCmdArgv(t, env)
		if err != nil {
			r.Err = posError(p, lead, "cmd.exe: "+err.Error())
			return
		}
		skip.aws(r)
		starts := cmdWordStarts(text, lead, g.end)
		pc := pastedCommand{Label: label(t)}
		pc.Line, pc.Column = p.pos(lead)
		for i, a := range argv[1:] {
			at := lead
			if len(starts) == len(argv) {
				at = starts[i+1]
			}
			arg := pastedArg{}
			arg.Line, arg.Column = p.pos(at)
			arg.Text, arg.Unknown = cmdUnknowns(a, names)
			delayed = delayed || cmdDelayed(a)
			pc.Args = append(pc.Args, arg)
		}
		r.Commands = append(r.Commands, pc)
	}
	if delayed {
		r.Notes = append(r.Notes, Note{Message: "!NAME! is read as written, as cmd.exe does at its prompt; with delayed expansion on (cmd /V:ON, or setlocal EnableDelayedExpansion in a script) it would be a variable", Line: 1, Column: 1})
	}
}

// cmdWordStarts is where each word of the command in text[from:to] starts as
// the C runtime splits it: at a blank outside quotes; carets outside quotes
// are cmd.exe's escapes and continuations.
func cmdWordStarts(text string, from, to int) []int {
	var starts []int
	inQuote, inWord := false, false
	for k := from; k < to; k++ {
		c := text[k]
		if c == '^' && !inQuote {
			if k+1 < to && text[k+1] == '\n' {
				// A continuation: the next line's blanks separate.
				k++
				inWord = false
				continue
			}
			if !inWord {
				starts = append(starts, k)
				inWord = true
			}
			k++
			continue
		}
		if !inQuote && (c == ' ' || c == '\t' || c == '\n') {
			inWord = false
			continue
		}
		if !inWord {
			starts = append(starts, k)
			inWord = true
		}
		if c == '"' {
			inQuote = !inQuote
		}
	}
	return starts
}

// cmdReferences finds the %NAME% references of text (NAME a letter or _
// and then letters, digits and _; cmdmodel.go's phase 1 decides which of them
// expand) and gives each a marker value made of letters, which cmd.exe and
// the C runtime pass through unchanged.
func cmdReferences(text string) (env map[string]string, names map[string]string) {
	for i := 0; i < len(text); i++ {
		if text[i] != '%' {
			continue
		}
		k := strings.IndexByte(text[i+1:], '%')
		if k <= 0 {
			continue
		}
		name := text[i+1 : i+1+k]
		if !cmdPlainName(name) {
			continue
		}
		if env == nil {
			env, names = map[string]string{}, map[string]string{}
		}
		if _, ok := env[strings.ToLower(name)]; !ok {
			marker := "qzsgrulesvar" + strings.Repeat("q", len(env)) + "z"
			env[strings.ToLower(name)] = marker
			names[marker] = "%" + name + "%"
		}
	}
	return env, names
}

func cmdPlainName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// cmdUnknowns takes the markers of cmdReferences out of a word.
func cmdUnknowns(w string, names map[string]string) (string, []string) {
	if len(names) == 0 || !strings.Contains(w, "qzsgrulesvar") {
		return w, nil
	}
	var unknown []string
	var b strings.Builder
	for {
		i := strings.Index(w, "qzsgrulesvar")
		if i < 0 {
			b.WriteString(w)
			break
		}
		j := strings.IndexByte(w[i+len("qzsgrulesvar"):], 'z')
		if j < 0 {
			b.WriteString(w)
			break
		}
		m := w[i : i+len("qzsgrulesvar")+j+1]
		name, ok := names[m]
		if !ok {
			b.WriteString(w[:i+1])
			w = w[i+1:]
			continue
		}
		b.WriteString(w[:i])
		unknown = append(unknown, name)
		w = w[i+len(m):]
	}
	return b.String(), unknown
}

// cmdDelayed reports whether a word holds !NAME!, which delayed expansion
// would take for a variable.
func cmdDelayed(w string) bool {
	i := strings.IndexByte(w, '!')
	if i < 0 {
		return false
	}
	k := strings.IndexByte(w[i+1:], '!')
	return k > 0 && cmdPlainName(w[i+1:i+1+k])
}
