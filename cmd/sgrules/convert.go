package main

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"sgrules/core"
)

func runConvert(e *env, args []string) int {
	fs := newFlags(e, "convert", "--to SHELL [--form F] [--from SHELL] [--pick N] [--revoke] [--out DIR] [TEXT|FILE|-]",
		"Reads what core.Import reads — an aws ec2 authorize|revoke-security-group-* command written for\n"+
			"any shell, an --ip-permissions value, a cli-input JSON or YAML document, describe-security-groups\n"+
			"or describe-security-group-rules output — and prints the exact command for another shell and\n"+
			"form. The argument is a file when one of that name exists, else the text itself; none or \"-\"\n"+
			"reads standard input. What was repaired, assumed or left out goes to standard error, as\n"+
			"LINE:COL: message; the exit code is 1 when something could not be carried over.")
	var sel selection
	sel.addFlags(fs, "the shell to spell the command for")
	fs.StringVar(&sel.shell, "to", core.ShellBash, "the shell to spell the command for (same as --shell)")
	from := fs.String("from", "", "the shell the text is written for (default: detect)")
	pick := fs.Int("pick", 0, "which command or group to convert when the text holds several (0 is the first)")
	out := fs.String("out", "", "write the files the command reads into this directory")
	pos, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if err := sel.check(); err != nil {
		return fail(e, "convert", err)
	}
	if *from != "" && !slices.Contains(core.Shells, *from) {
		return fail(e, "convert", fmt.Errorf("--from %q: want one of %s", *from, strings.Join(core.Shells, ", ")))
	}
	text, name, err := readTextArg(e, pos)
	if err != nil {
		return fail(e, "convert", err)
	}
	res := core.Import(core.ImportRequest{Text: text, Shell: *from, Pick: *pick})
	code = reportImport(e, name, res)
	if res.Input == nil {
		return exitFindings
	}
	gen := core.GenerateOnly(*res.Input, sel.only())
	if c := printGenerated(e, "convert", name, gen, sel, *out); c != exitOK {
		return c
	}
	return code
}

// readTextArg reads convert's one argument: a file when one of that name
// exists, the text itself otherwise, standard input for "-" or nothing.
func readTextArg(e *env, args []string) (text, name string, err error) {
	if len(args) == 1 && args[0] != "-" {
		if _, statErr := os.Stat(args[0]); statErr != nil {
			return args[0], "<argument>", nil
		}
	}
	data, name, err := readInput(e, args)
	return string(data), name, err
}

// reportImport prints what Import read: the shell, the choices, notes and
// problems, each at its place. It returns exitFindings when a problem is an
// error (something the user must supply, or the CLI would refuse).
func reportImport(e *env, name string, res core.ImportResult) int {
	code := exitOK
	if res.Shell != "" {
		fmt.Fprintf(e.stderr, "%s: read as %s", name, shellLabel(res.Shell))
		if len(res.Shells) > 1 {
			var labels []string
			for _, s := range res.Shells {
				labels = append(labels, shellLabel(s))
			}
			fmt.Fprintf(e.stderr, " (reads the same in %s; --from picks one)", strings.Join(labels, ", "))
		}
		fmt.Fprintln(e.stderr)
	}
	if len(res.Choices) > 1 {
		fmt.Fprintf(e.stderr, "%s: the text holds %d commands or groups; converting %d (--pick N for another):\n", name, len(res.Choices), res.Pick)
		for i, c := range res.Choices {
			fmt.Fprintf(e.stderr, "  %d  line %d: %s\n", i, c.Line, c.Label)
		}
	}
	for _, n := range res.Notes {
		fmt.Fprintf(e.stderr, "%s%s: note: %s\n", name, place(n.Line, n.Column), n.Message)
	}
	for _, p := range res.Problems {
		fmt.Fprintf(e.stderr, "%s: %s\n", name, problemText(p))
		if p.Severity == core.SeverityError {
			code = exitFindings
		}
	}
	return code
}

// place is ":LINE:COL" for a position, or "" when there is none.
func place(line, col int) string {
	if line <= 0 {
		return ""
	}
	s := ":" + strconv.Itoa(line)
	if col > 0 {
		s += ":" + strconv.Itoa(col)
	}
	return s
}
