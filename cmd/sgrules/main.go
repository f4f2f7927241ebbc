// Command sgrules is the command-line companion of the sgrules page, for docs
// builds and scripts: it turns an Input document into the exact AWS CLI
// command for a shell (generate), renders one Input as the commands of all four
// shells in a docs tool's tab syntax (snippet), reads a pasted command back
// and spells it for another shell (convert), and lints the security-group
// commands in runbooks (check). It is pure Go on sgrules/core: no browser, no
// network.
//
// Every subcommand reads its input from a file named on the command line or,
// for "-" or no name, from standard input, writes its result to standard
// output and its messages to standard error, and exits 0 when all is well, 1
// when the input has problems (or check has findings), and 2 on a usage or
// I/O error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

// Exit codes, as the package doc describes them.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

// subcommand is one verb of sgrules.
type subcommand struct {
	name    string
	summary string
	run     func(env *env, args []string) int
}

// subcommands lists the verbs in the order --help shows them.
var subcommands = []subcommand{
	{"generate", "an Input document → the command for a shell and form", runGenerate},
	{"convert", "a pasted command or document → the command for another shell or form", runConvert},
	{"check", "lint the security-group commands in Markdown, shell, PowerShell and batch files", runCheck},
	{"snippet", "an Input document → the four shells' commands as docs tabs (mkdocs, docusaurus, html)", runSnippet},
}

// env is what a subcommand reads and writes: the process's streams, or
// buffers in tests.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func main() {
	os.Exit(run(&env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:]))
}

// run dispatches args (without the program name) and returns the exit code.
func run(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(e.stdout)
		return exitOK
	case "-version", "--version", "version":
		fmt.Fprintln(e.stdout, "sgrules", version())
		return exitOK
	}
	for _, s := range subcommands {
		if s.name == args[0] {
			return s.run(e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "sgrules: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: sgrules <command> [flags] [FILE|-]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, s := range subcommands {
		fmt.Fprintf(w, "  %-9s %s\n", s.name, s.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'sgrules <command> --help' for a command's flags; 'sgrules --version' for the version.")
}

// version is the module version and VCS revision the binary was built from.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
		if s.Key == "vcs.modified" && s.Value == "true" {
			v += "+dirty"
		}
	}
	return v
}

// newFlags returns a flag set for a subcommand whose help starts with synopsis
// and describe. Errors are returned, not printed and exited on.
func newFlags(e *env, name, synopsis, describe string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "usage: sgrules %s %s\n\n%s\n\nflags:\n", name, synopsis, describe)
		fs.PrintDefaults()
	}
	return fs
}

// parseArgs parses flags that may come before, between or after the
// positional arguments (sgrules generate in.json --shell cmd), as users of
// other command-line tools expect. It returns the positional arguments, or the
// exit code to return when the flags were wrong or --help was asked for.
func parseArgs(e *env, fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var pos []string
	usage := fs.Usage
	// flag prints the usage itself on -help and on a bad flag; -help's
	// goes to standard output below instead, and a bad flag's after the
	// error.
	fs.Usage = func() {}
	defer func() { fs.Usage = usage }()
	for {
		if err := fs.Parse(args); err != nil {
			fs.Usage = usage
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(e.stdout)
				fs.Usage()
				return nil, exitOK, false
			}
			fs.Usage()
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, 0, true
		}
		// flag stops at "--" too; what follows it is all positional.
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), 0, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// readInput reads the file a subcommand names, or standard input for "-" or
// none. The returned name is what messages call it.
func readInput(e *env, args []string) (data []byte, name string, err error) {
	if len(args) > 1 {
		return nil, "", fmt.Errorf("one input at most, got %d: %s", len(args), strings.Join(args, " "))
	}
	if len(args) == 0 || args[0] == "-" {
		data, err = io.ReadAll(e.stdin)
		return data, "<stdin>", err
	}
	data, err = os.ReadFile(args[0])
	return data, args[0], err
}

// fail prints a usage or I/O error and returns its exit code.
func fail(e *env, name string, err error) int {
	fmt.Fprintf(e.stderr, "sgrules %s: %v\n", name, err)
	return exitUsage
}
