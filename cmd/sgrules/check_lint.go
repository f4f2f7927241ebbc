package main

import (
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"sgrules/core"
)

// This file is what check finds in one command: Import's reading of it in
// the shell its fence or file says (and, when that reading fails or differs,
// in the shell it was written for), the notes and problems of that reading,
// and Generate's problems and warnings for the Input it makes — each put at
// the line and column of the file it concerns.

// A finding is one line of check's report.
type finding struct {
	file              string
	line, col         int
	severity, message string
}

func (f finding) String() string {
	return f.file + ":" + strconv.Itoa(f.line) + ":" + strconv.Itoa(f.col) + ": " + f.severity + ": " + f.message
}

// lint is what check makes of one command.
type lint struct {
	findings []finding
	// input is the Input the command was meant to send. repairable says
	// a finding is one a rewrite with the exact spelling for shell
	// resolves; kept, when not "", says why the command must be left as
	// it is all the same; fix is repairable without a kept.
	input      *core.Input
	repairable bool
	kept       string
	fix        bool
	shell      string
	// line and col are where the command's aws word stands in the file.
	line, col int
	// form is the form the author used (the form to rewrite in first),
	// revoke whether the command is a revoke.
	form   string
	revoke bool
}

// hardError reports whether p is a refusal: something the CLI would reject,
// or the shell could not read. Variables and files not supplied are not:
// the command may well work where their values are known.
func hardError(p core.Problem) bool {
	return p.Severity == core.SeverityError && p.Code != core.CodeVariable && p.Code != core.CodeFile
}

func hasHardError(res core.ImportResult) bool {
	return slices.ContainsFunc(res.Problems, hardError)
}

// lintSpan reads the command of span s of block b.
func lintSpan(b block, s span) lint {
	lt := lint{shell: b.shell}
	at := func(line, col int) (int, int) {
		i := s.line - b.line + line - 1
		if i >= 0 && i < len(b.cut) {
			col += b.cut[i]
		}
		return s.line + line - 1, col
	}
	add := func(line, col int, severity, msg string) {
		l, c := at(line, col)
		lt.findings = append(lt.findings, finding{line: l, col: c, severity: severity, message: oneLine(msg)})
	}
	awsLine, awsCol := 1, awsColumn(b.lines[s.line-b.line])
	lt.line, lt.col = at(awsLine, awsCol)
	res := core.Import(core.ImportRequest{Text: s.text, Shell: b.shell})
	if b.shell != "" && mayBeOtherShell(s.text, res) {
		// The text read as the shell the author wrote it for, when that
		// is another one: a command that fails, or means something else,
		// in its fence's shell but reads cleanly in another.
		det := core.Import(core.ImportRequest{Text: s.text})
		if det.Shell != "" && det.Shell != b.shell && det.Input != nil && !hasHardError(det) &&
			!slices.Contains(det.Shells, b.shell) && (hasHardError(res) || !reflect.DeepEqual(res.Input, det.Input)) {
			var why string
			if i := slices.IndexFunc(res.Problems, hardError); i >= 0 {
				_, _, why = problemPlace(res.Problems[i])
				for _, name := range []string{"PowerShell: ", "cmd.exe: ", "bash: "} {
					why = strings.TrimPrefix(why, name)
				}
			}
			if readerLimit(why) && !writtenFor(s.text, det.Shell) {
				// sgrules's model of the fence's shell does not cover
				// the command, and nothing in it belongs to the shell it
				// was read as instead: say so, and go on with that
				// reading, which the rewrite spells for the fence's shell.
				add(awsLine, awsCol, "note", "sgrules's "+shellLabel(b.shell)+" reader does not cover this command ("+why+"); checked as "+shellLabel(det.Shell)+" reads it")
			} else {
				msg := "this is written for " + shellLabel(det.Shell) + ", but " + b.what + " " + shellLabel(b.shell)
				if why != "" && !readerLimit(why) {
					msg += "; as " + shellLabel(b.shell) + " reads it: " + why
				} else if why == "" {
					msg += ", which reads it otherwise"
				}
				add(awsLine, awsCol, core.SeverityError, msg)
			}
			res = det
			lt.repairable = true
		}
	} else if res.Shell != "" {
		lt.shell = res.Shell
	}
	keep := func(why string) {
		if lt.kept == "" {
			lt.kept = why
		}
	}
	if len(res.Choices) > 1 {
		keep("the lines hold several commands")
	}
	for _, n := range res.Notes {
		severity, blocks := noteSeverity(n.Message)
		if blocks {
			keep("a rewrite would drop what Import set aside here: " + n.Message)
		}
		if severity == "" {
			continue
		}
		lt.repairable = true
		add(n.Line, n.Column, severity, n.Message)
	}
	var reported []string
	place := func(p core.Problem) {
		line, col, msg := problemPlace(p)
		if line == 0 {
			line, col = awsLine, awsCol
			if pos, ok := positionOf(res.Positions, p.Path); ok {
				line, col = pos.Line, pos.Column
				if pos.Path != p.Path {
					// The word holds a whole structure (JSON, shorthand):
					// the member's own spelling in it, when it is there
					// once.
					line, col = refine(s.text, line, col, needles(res.Input, p.Path))
				}
			} else if p.Path != "" {
				msg += " (placed at the command: sgrules cannot tell which word set " + p.Path + ")"
			}
		}
		severity := p.Severity
		if p.Code == core.CodeShell && readerLimit(msg) {
			// A limit of sgrules's model of the shell, not of the
			// command: said, and not a failure.
			severity, msg = "note", "sgrules's "+shellLabel(lt.shell)+" reader does not cover this command ("+strings.TrimPrefix(msg, "PowerShell: ")+"): not checked"
		}
		if p.Code == core.CodeVariable || p.Code == core.CodeFile {
			// A value check cannot know is how runbooks are written
			// ($SG_ID from the step before); it is said, and does not
			// fail the check.
			severity = "note"
		}
		add(line, col, severity, msg)
		reported = append(reported, p.Path)
	}
	for _, p := range res.Problems {
		place(p)
		if p.Code == core.CodeVariable || p.Code == core.CodeFile {
			keep("it uses a value check cannot know (" + p.Message + ")")
		}
	}
	if hasHardError(res) || res.Input == nil {
		// The CLI stops here: what EC2 would say does not matter, and
		// no rewrite can say what was meant.
		lt.repairable = false
		return lt
	}
	lt.input = res.Input
	lt.form = authorForm(s.text, res.Positions)
	lt.revoke = strings.Contains(wordAt(s.text, res.Positions, "Command"), "revoke-")
	gen := core.GenerateOnly(*res.Input, core.Only{Shells: []string{}, Forms: []string{}, Outputs: []string{}})
	for _, p := range gen.Problems {
		if slices.ContainsFunc(reported, func(r string) bool { return related(r, p.Path) }) {
			// Import already said what is wrong there (a variable, a
			// file): EC2's view of the empty value adds nothing.
			continue
		}
		place(p)
	}
	if !onlyCommand(s.text[max(0, awsWord(s.text)):], lt.shell) {
		keep("the lines hold more than the aws command (an operator, a pipe, a redirection, a comment), which a rewrite would drop")
	}
	lt.fix = lt.repairable && lt.kept == "" && lt.shell != ""
	return lt
}

// readerLimit reports whether a shell reading's error is a limit of
// sgrules's model of the shell rather than a fault of the command.
func readerLimit(msg string) bool {
	return strings.Contains(msg, "outside the modelled subset") || strings.Contains(msg, "the reader does not follow") ||
		strings.Contains(msg, "the model does not follow")
}

// mayBeOtherShell reports whether a command read in its fence's shell may
// have been written for another: the reading fails or has a variable, or the
// text holds a variable of another shell's syntax ($X and %X% read as
// literal text in cmd.exe and in bash or PowerShell). Detection reads the
// text in four shells, so a command that shows none of these is spared it.
func mayBeOtherShell(text string, res core.ImportResult) bool {
	if len(res.Problems) > 0 {
		return true
	}
	return strings.ContainsAny(text, "$%")
}

// writtenFor reports whether text holds a mark of shell that the other
// shells do not share: its line continuation, or its way of escaping a
// double quote or naming a variable.
func writtenFor(text, shell string) bool {
	for _, l := range strings.Split(text, "\n") {
		if continues(shell, l) {
			return true
		}
	}
	switch shell {
	case core.ShellBash:
		return strings.Contains(text, `\"`)
	case core.ShellCmd:
		return strings.Contains(text, `\"`) || strings.Count(text, "%") >= 2
	}
	return strings.Contains(text, "$env:") || strings.Contains(text, `""`)
}

// noteSeverity classifies one of Import's notes: "" for what it set aside
// without changing the command (a prompt, sudo, --region) and what the page
// alone needs to know, else error when the CLI or the shell would read the
// text as printed otherwise than meant, warning when it might. blocks says
// a rewrite of the command's lines would lose something: the text around a
// Markdown code span, another command on the line, a redirection, a global
// option (--region, --output), which the Input does not hold.
func noteSeverity(m string) (severity string, blocks bool) {
	switch {
	case strings.HasPrefix(m, "the text around the Markdown"), strings.HasPrefix(m, "the Markdown backticks"),
		strings.HasSuffix(m, "is not an aws command: skipped"), strings.HasPrefix(m, "the redirection "),
		strings.Contains(m, "is set aside: it runs the aws command"),
		// Global options and --generate-cli-skeleton are not in the
		// Input, so a rewrite would drop them.
		strings.Contains(m, ": the predicted output is shown as"), strings.Contains(m, "set aside: it does not change the request"),
		strings.Contains(m, "whose value cannot be known; set aside"), strings.HasPrefix(m, "--generate-cli-skeleton"):
		return "", true
	case strings.HasPrefix(m, "the prompt "), strings.HasPrefix(m, "the list bullet "),
		strings.Contains(m, "is set aside: it changes who runs"), strings.HasPrefix(m, "the path "),
		strings.HasPrefix(m, "Windows line ends"), strings.Contains(m, "read as the rules it removes"),
		strings.Contains(m, "is set aside: it sets a variable"):
		return "", false
	case strings.Contains(m, "would reject"), strings.Contains(m, "as printed"), strings.Contains(m, "no continuation"):
		return core.SeverityError, false
	}
	return core.SeverityWarning, false
}

// shellPlace is how a shell's reading error starts: where it is.
var shellPlace = regexp.MustCompile(`^line (\d+), column (\d+): `)

// problemPlace is a problem's message as check prints it, with the position
// a shell's reading error names (0 when it names none).
func problemPlace(p core.Problem) (line, col int, msg string) {
	msg = p.Message
	if p.Path != "" {
		msg = p.Path + ": " + msg
	}
	if m := shellPlace.FindStringSubmatch(p.Message); m != nil {
		line, _ = strconv.Atoi(m[1])
		col, _ = strconv.Atoi(m[2])
		msg = p.Message[len(m[0]):]
	}
	return line, col, msg
}

// oneLine joins a multi-line message (argparse's list of choices) into one
// line, as a FILE:LINE:COL report needs.
func oneLine(s string) string {
	if !strings.Contains(s, "\n") {
		return strings.TrimRight(s, " ")
	}
	return strings.Join(strings.Fields(s), " ")
}
