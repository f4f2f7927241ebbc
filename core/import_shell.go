package core

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"sgrules/internal/bashword"
)

// This file is the shell front end of Import: it reads pasted text as each
// shell would and finds the aws commands in it, with the argv each shell
// hands the CLI and where each word stands in the text. The words are read by
// internal/bashword for bash and by the project's models for cmd.exe and
// PowerShell (import_shell_models.go); what surrounds a command in a real
// paste is repaired first (import_clean.go).

// pastedArg is one word as the shell hands it to the CLI.
type pastedArg struct {
	Text         string   // the word's value (its known parts)
	Line, Column int      // where the word starts in the pasted text, 1-based
	Unknown      []string // variables/substitutions whose values cannot be known ("$SG_ID", "%SG%", "!SG!", "$env:SG", "$(curl -s …)"); empty when Text is exact
}

// pastedCommand is one `aws …` command found in the text.
type pastedCommand struct {
	Line, Column int         // where `aws` stands
	Label        string      // a one-line summary for a chooser (e.g. the command's first 80 chars)
	Args         []pastedArg // every word after `aws` (global options, "ec2", the subcommand, its options)
}

// shellReading is the text read as one shell.
type shellReading struct {
	Shell    string // ShellBash, ShellCmd, ShellPowerShell, ShellPowerShell5
	Commands []pastedCommand
	Notes    []Note // what was repaired or set aside, with positions
	Err      error  // the text cannot be read in this shell (unbalanced quote, …), with position in the message
}

// readPasted reads text as shell; shell "" means detect: it returns the reading of the most likely shell and, in shells, every shell whose argv for all commands is identical to it.
func readPasted(text, shell string) (reading shellReading, shells []string) {
	if shell != "" {
		r := readShell(text, shell)
		if r.Err != nil {
			return r, nil
		}
		return r, []string{shell}
	}
	type scored struct {
		r     shellReading
		score int
	}
	var all []scored
	for _, sh := range []string{ShellBash, ShellPowerShell, ShellPowerShell5, ShellCmd} {
		all = append(all, scored{readShell(text, sh), shellEvidence(text, sh)})
	}
	best := -1
	for i, s := range all {
		if s.r.Err != nil || len(s.r.Commands) == 0 {
			continue
		}
		if best < 0 || s.score > all[best].score {
			best = i
		}
	}
	if best < 0 {
		// No shell reads an aws command: report the likeliest shell's
		// reading, with its error.
		best = 0
		for i, s := range all {
			if s.score > all[best].score {
				best = i
			}
		}
		return all[best].r, nil
	}
	for _, s := range all {
		if s.r.Err == nil && sameArgv(s.r.Commands, all[best].r.Commands) {
			shells = append(shells, s.r.Shell)
		}
	}
	r := all[best].r
	if e, ok := all[0].r.Err.(*pasteError); ok && r.Shell != ShellBash {
		// Most pastes are bash: say why it is not read so.
		r.Notes = append(r.Notes, Note{Message: "not read as bash, which cannot read it: " + e.Msg, Line: e.Line, Column: e.Column})
	}
	return r, shells
}

// readShell reads text as one shell.
func readShell(text, shell string) shellReading {
	p := cleanPaste(text, shell)
	r := shellReading{Shell: shell}
	switch shell {
	case ShellBash:
		readBash(p, &r)
	case ShellCmd:
		readCmd(p, &r)
	case ShellPowerShell, ShellPowerShell5:
		readPowerShell(p, &r, shell == ShellPowerShell5)
	default:
		r.Err = errors.New("unknown shell " + strconv.Quote(shell))
	}
	r.Notes = append(p.notes, r.Notes...)
	if r.Err != nil {
		r.Commands = nil
	}
	return r
}

// sameArgv reports whether two readings give the CLI the same words.
func sameArgv(a, b []pastedCommand) bool {
	return slices.EqualFunc(a, b, func(x, y pastedCommand) bool {
		return slices.EqualFunc(x.Args, y.Args, func(u, v pastedArg) bool {
			return u.Text == v.Text && slices.Equal(u.Unknown, v.Unknown)
		})
	})
}

// shellEvidence scores how much text looks written for shell: line
// continuations, variable syntax, prompts and comment styles only one shell
// uses.
func shellEvidence(text, shell string) int {
	score := 0
	add := func(cond bool, sh string, n int) {
		if cond && sh == shell {
			score += n
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		t := strings.TrimRight(line, " \t")
		l := strings.TrimLeft(t, " \t")
		add(strings.HasSuffix(t, `\`), ShellBash, 4)
		add(strings.HasSuffix(t, "^"), ShellCmd, 4)
		ps := strings.HasSuffix(t, "`") && !strings.HasPrefix(l, "`")
		add(ps, ShellPowerShell, 4)
		add(ps, ShellPowerShell5, 4)
		add(strings.HasPrefix(l, "PS ") || strings.HasPrefix(l, "PS>"), ShellPowerShell, 6)
		add(strings.HasPrefix(l, "PS ") || strings.HasPrefix(l, "PS>"), ShellPowerShell5, 6)
		add(len(l) > 3 && l[1] == ':' && l[2] == '\\' && strings.Contains(l, ">"), ShellCmd, 6)
		add(strings.HasPrefix(l, "$ "), ShellBash, 2)
		rem := strings.HasPrefix(strings.ToLower(l), "rem ") || strings.HasPrefix(l, "::")
		add(rem, ShellCmd, 3)
	}
	add(strings.Contains(text, "$env:"), ShellPowerShell, 4)
	add(strings.Contains(text, "$env:"), ShellPowerShell5, 4)
	add(strings.Contains(text, "$'"), ShellBash, 2)
	add(strings.Contains(text, " \\ -"), ShellBash, 4)
	// Backslash-escaped quotes around JSON keys, and '""' for an empty
	// value, are what Windows PowerShell 5.1's legacy argument passing needs
	// (docs/awscli-parsing.md §5.1); 7.3+ passes them on as written.
	add(strings.Contains(text, `{\"`) || strings.Contains(text, `'""'`), ShellPowerShell5, 1)
	add(strings.Contains(text, "'"), ShellCmd, -3)
	if k := strings.IndexByte(text, '%'); k >= 0 && strings.IndexByte(text[k+1:], '%') > 0 {
		add(true, ShellCmd, 2)
	}
	return score
}

// label is a one-line summary of s: blanks and continuations collapsed, at
// most 80 characters.
func label(s string) string {
	for _, c := range []string{"\\\n", "^\n", "`\n"} {
		s = strings.ReplaceAll(s, c, " ")
	}
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		return string(r[:79]) + "…"
	}
	return s
}

// unknownLabel shortens the source of an unknown part for a message.
func unknownLabel(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 40 {
		return string(r[:37]) + "…" + string(r[len(r)-1])
	}
	return s
}

// readBash reads the cleaned text as bash (internal/bashword).
func readBash(p *pasteText, r *shellReading) {
	cmds, err := bashword.Read(string(p.b))
	if err != nil {
		if e, ok := err.(*bashword.Error); ok {
			err = posError(p, e.Offset, e.Msg)
		}
		r.Err = err
		return
	}
	var others []pastedCommand // commands other than aws, as notes may need them
	lastAws := -1
	for _, c := range cmds {
		words := c.Words
		// Commands that run the next word as a command: sudo and env
		// (with their options and, for env, NAME=value words), command,
		// exec and nohup.
		for len(words) > 1 && len(words[0].Unknown) == 0 {
			name := words[0].Text
			if name != "sudo" && name != "env" && name != "command" && name != "exec" && name != "nohup" {
				break
			}
			k := 1
			for k < len(words) && (strings.HasPrefix(words[k].Text, "-") || name == "env" && strings.Contains(words[k].Text, "=")) {
				k++
			}
			if k == len(words) || words[k].Text != "aws" {
				break
			}
			l, col := p.pos(words[0].Offset)
			r.Notes = append(r.Notes, Note{Message: string(p.b[words[0].Offset:words[k-1].Offset+len(words[k-1].Source)]) + " is set aside: it runs the aws command, and gives it no words", Line: l, Column: col})
			words = words[k:]
		}
		if len(words) == 0 {
			continue
		}
		l, col := p.pos(words[0].Offset)
		if words[0].Text != "aws" || len(words[0].Unknown) > 0 {
			others = append(others, pastedCommand{Line: l, Column: col, Label: words[0].Source})
			continue
		}
		if lastAws >= 0 {
			for _, o := range others {
				r.Notes = append(r.Notes, Note{Message: o.Label + " is not an aws command: skipped", Line: o.Line, Column: o.Column})
			}
		}
		others = nil
		lastAws = len(r.Commands)
		pc := pastedCommand{Line: l, Column: col}
		last := words[len(words)-1]
		pc.Label = label(string(p.b[words[0].Offset : last.Offset+len(last.Source)]))
		for _, w := range c.Assigns {
			l, col := p.pos(w.Offset)
			r.Notes = append(r.Notes, Note{Message: w.Source + " is set aside: it sets a variable for the command, not one of its words", Line: l, Column: col})
		}
		for _, rd := range c.Redirects {
			l, col := p.pos(rd.Offset)
			sep := " "
			if strings.HasSuffix(rd.Op, "&") {
				sep = ""
			}
			r.Notes = append(r.Notes, Note{Message: "the redirection " + rd.Op + sep + rd.Target.Source + " is set aside", Line: l, Column: col})
		}
		for _, w := range words[1:] {
			l, col := p.pos(w.Offset)
			a := pastedArg{Text: w.Text, Line: l, Column: col}
			for _, u := range w.Unknown {
				a.Unknown = append(a.Unknown, unknownLabel(u.Source))
			}
			if len(w.Globs) > 0 {
				gl, gc := p.pos(w.Globs[0].Offset)
				r.Notes = append(r.Notes, Note{Message: "bash would replace " + w.Source + " by the names of the files it matches, if any: read as written", Line: gl, Column: gc})
			}
			for _, h := range w.History {
				hl, hc := p.pos(h.Offset)
				r.Notes = append(r.Notes, Note{Message: "an interactive bash would expand the ! here from its history (a script would not): read as written", Line: hl, Column: hc})
			}
			pc.Args = append(pc.Args, a)
		}
		r.Commands = append(r.Commands, pc)
	}
}
