package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"sgrules/core"
)

// selection is the --shell, --form and --revoke choice of generate and
// convert: which of a Result's commands to print.
type selection struct {
	shell, form string
	revoke      bool
}

// addFlags declares the selection's flags on fs.
func (s *selection) addFlags(fs interface {
	StringVar(p *string, name, value, usage string)
	BoolVar(p *bool, name string, value bool, usage string)
}, shellUsage string) {
	fs.StringVar(&s.shell, "shell", core.ShellBash, shellUsage+": "+strings.Join(core.Shells, ", ")+", or all")
	fs.StringVar(&s.form, "form", core.FormShorthand, "the form: "+strings.Join(core.Forms, ", ")+", or all")
	fs.BoolVar(&s.revoke, "revoke", false, "print the revoke command that removes the rules instead of the authorize command")
}

// check reports a --shell or --form value that names nothing.
func (s selection) check() error {
	if s.shell != "all" && !slices.Contains(core.Shells, s.shell) {
		return fmt.Errorf("--shell %q: want one of %s, or all", s.shell, strings.Join(core.Shells, ", "))
	}
	if s.form != "all" && !slices.Contains(core.Forms, s.form) {
		return fmt.Errorf("--form %q: want one of %s, or all", s.form, strings.Join(core.Forms, ", "))
	}
	return nil
}

// only is what core needs to compute for the selection.
func (s selection) only() core.Only {
	o := core.Only{Outputs: []string{}}
	if s.shell != "all" {
		o.Shells = []string{s.shell}
	}
	if s.form != "all" {
		o.Forms = []string{s.form}
	}
	return o
}

func runGenerate(e *env, args []string) int {
	fs := newFlags(e, "generate", "[--shell S] [--form F] [--revoke] [--out DIR] [FILE|-]",
		"Reads an Input document (the JSON of the page's link and of sgrules.generate) and prints the\n"+
			"exact AWS CLI command for one shell and form. Forms that read a file (cli-input-json,\n"+
			"cli-input-yaml) need --out: the file is written there, to be saved beside the command.\n"+
			"Problems go to standard error; the exit code is 1 when there is an error-severity problem\n"+
			"or the shell and form cannot express the input.")
	var sel selection
	sel.addFlags(fs, "the shell to spell the command for")
	out := fs.String("out", "", "write the files the command reads into this directory")
	pos, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if err := sel.check(); err != nil {
		return fail(e, "generate", err)
	}
	data, name, err := readInput(e, pos)
	if err != nil {
		return fail(e, "generate", err)
	}
	res, err := core.GenerateDocument(data, sel.only())
	if err != nil {
		return fail(e, "generate", fmt.Errorf("%s: %v", name, err))
	}
	return printGenerated(e, "generate", name, res, sel, *out)
}

// printGenerated prints res's problems to standard error and the selected
// commands to standard output, writing their files into out, and returns the
// exit code. A failing problem still prints the commands that exist: a docs
// build may want to see them, and the exit code says that EC2 would refuse.
func printGenerated(e *env, verb, name string, res core.Result, sel selection, out string) int {
	code := exitOK
	for _, p := range res.Problems {
		fmt.Fprintf(e.stderr, "%s: %s\n", name, problemText(p))
		if p.Severity == core.SeverityError {
			code = exitFindings
		}
	}
	var cmds []core.Command
	for _, c := range res.Commands {
		if isRevoke(c.Command) == sel.revoke {
			cmds = append(cmds, c)
		}
	}
	if len(cmds) == 0 {
		for _, u := range res.Unavailable {
			fmt.Fprintf(e.stderr, "%s: %s\n", name, unavailableText(u))
		}
		if len(res.Unavailable) == 0 {
			fmt.Fprintf(e.stderr, "%s: no command to print\n", name)
		}
		return exitFindings
	}
	needFiles := false
	for _, c := range cmds {
		needFiles = needFiles || len(c.Files) > 0
	}
	if needFiles && out == "" {
		return fail(e, verb, errors.New("the command reads a file; say where to write it with --out DIR"))
	}
	if needFiles {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return fail(e, verb, err)
		}
	}
	written := map[string]bool{}
	for i, c := range cmds {
		if len(cmds) > 1 {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			fmt.Fprintf(e.stdout, "%s %s, %s:\n", commentMark(c.Shell), shellLabel(c.Shell), c.Form)
		}
		fmt.Fprintln(e.stdout, c.Text)
		for _, f := range c.Files {
			path := filepath.Join(out, f.Name)
			if written[path] {
				continue
			}
			written[path] = true
			if err := os.WriteFile(path, []byte(f.Content), 0o644); err != nil {
				return fail(e, verb, err)
			}
			fmt.Fprintf(e.stderr, "%s: wrote %s\n", name, path)
		}
	}
	return code
}

// isRevoke reports whether a command name is one of the revoke commands.
func isRevoke(command string) bool {
	return command == core.RevokeIngress || command == core.RevokeEgress
}

// problemText is one Problem as a line: severity, the field, the message.
func problemText(p core.Problem) string {
	where := ""
	if p.Path != "" {
		where = p.Path + ": "
	}
	return p.Severity + ": " + where + p.Message
}

// unavailableText says why a shell or form cannot express the input.
func unavailableText(u core.Unavailable) string {
	var what []string
	if u.Shell != "" {
		what = append(what, shellLabel(u.Shell))
	}
	if u.Form != "" {
		what = append(what, u.Form)
	}
	if len(what) == 0 {
		return "error: " + u.Reason
	}
	return "error: " + strings.Join(what, ", ") + ": " + u.Reason
}

// shellLabel is a shell's name as people call it.
func shellLabel(shell string) string {
	switch shell {
	case core.ShellBash:
		return "bash / zsh"
	case core.ShellCmd:
		return "cmd.exe"
	case core.ShellPowerShell:
		return "PowerShell 7.3+"
	case core.ShellPowerShell5:
		return "Windows PowerShell 5.1"
	}
	return shell
}

// commentMark starts a comment line in a shell, so a header printed above
// each of several commands can be pasted along with them.
func commentMark(shell string) string {
	if shell == core.ShellCmd {
		return "REM"
	}
	return "#"
}
