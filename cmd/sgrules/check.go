package main

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"sgrules/core"
)

// This file is the check subcommand's front: its flags, the files it reads
// and writes, its report and its exit code. What a command's findings are is
// check_lint.go's; how a command is rewritten is check_fix.go's.

func runCheck(e *env, args []string) int {
	fs := newFlags(e, "check", "[--shell S] [--fix] FILE...",
		"Lints the aws ec2 authorize|revoke-security-group-ingress|egress commands in runbooks:\n"+
			"Markdown (the commands of code fences labelled bash, sh, shell, console, zsh, powershell, ps1,\n"+
			"pwsh, bat, cmd, …), shell scripts (.sh, .bash), PowerShell (.ps1) and batch files (.bat, .cmd).\n"+
			"Each command is read as the CLI would read it in the fence's or file's shell (PowerShell fences\n"+
			"and .ps1 files as PowerShell 7.3+; --shell powershell5 for unlabelled 5.1 ones), and everything\n"+
			"the CLI would reject or read otherwise than meant is printed to standard output as\n"+
			"FILE:LINE:COL: severity: message (columns count characters): typographic dashes and quotes,\n"+
			"quoting for another shell, invalid values, conflicting options, and sgrules's warnings\n"+
			"(admin ports open to the world, host bits, ICMP 8/8). --fix rewrites each command whose\n"+
			"spelling is the problem with the exact spelling for its shell, keeping its form and the rest\n"+
			"of the file byte for byte, then reports what is left. A value check cannot know (a variable,\n"+
			"a file://) is reported as a note, and the command is left as it is. Exit 0: no errors or\n"+
			"warnings (notes allowed); 1: errors or warnings; 2: usage or I/O error.")
	shell := fs.String("shell", "", "the shell of unlabelled fences and of files whose extension says none: "+strings.Join(core.Shells, ", ")+" (default: detect in fences, bash in files)")
	fix := fs.Bool("fix", false, "rewrite the commands in place with the exact spelling for their shell")
	files, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if *shell != "" && !slices.Contains(core.Shells, *shell) {
		return fail(e, "check", fmt.Errorf("--shell %q: want one of %s", *shell, strings.Join(core.Shells, ", ")))
	}
	if len(files) == 0 {
		fs.Usage()
		return exitUsage
	}
	// The files are checked in parallel, one per CPU, and reported in the
	// order they were named.
	results := make([]fileResult, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = checkOne(files[i], *shell, *fix)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	code = exitOK
	for _, r := range results {
		if r.err != nil {
			fmt.Fprintf(e.stderr, "sgrules check: %v\n", r.err)
			code = exitUsage
			continue
		}
		if r.rewrote > 0 {
			fmt.Fprintf(e.stderr, "%s: rewrote %d command%s\n", r.name, r.rewrote, plural(r.rewrote))
		}
		for _, f := range r.findings {
			fmt.Fprintln(e.stdout, f)
		}
		if code == exitOK && slices.ContainsFunc(r.findings, func(f finding) bool { return f.severity != "note" }) {
			code = exitFindings
		}
	}
	return code
}

// fileResult is what check did with one file.
type fileResult struct {
	name     string
	err      error // the file could not be read or written
	rewrote  int   // commands --fix rewrote
	findings []finding
}

// checkOne checks one file, after rewriting it under --fix.
func checkOne(name, shell string, fix bool) fileResult {
	r := fileResult{name: name}
	data, err := os.ReadFile(name)
	if err != nil {
		r.err = err
		return r
	}
	content := string(data)
	if fix {
		fixed, n := fixFile(name, content, shell)
		if fixed != content {
			if err := writeInPlace(name, fixed); err != nil {
				r.err = err
				return r
			}
			r.rewrote, content = n, fixed
		}
	}
	r.findings = checkFile(name, content, shell, fix)
	return r
}

// writeInPlace replaces a file's content, keeping its permissions.
func writeInPlace(name, content string) error {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	return os.WriteFile(name, []byte(content), info.Mode().Perm())
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// checkFile returns a file's findings, in the order of the file. After
// --fix (fixed), a command --fix could have repaired but left as it is gets
// a note saying why.
func checkFile(name, content, shell string, fixed bool) []finding {
	var out []finding
	var lines []string
	for _, b := range blocks(name, content, shell) {
		for _, s := range spans(b) {
			lt := lintSpan(b, s)
			for _, f := range lt.findings {
				f.file = name
				out = append(out, f)
			}
			if !fixed || !lt.repairable {
				continue
			}
			if lines == nil {
				lines = strings.SplitAfter(content, "\n")
			}
			if _, why := fixText(lines, s, lt); why != "" {
				out = append(out, finding{file: name, line: lt.line, col: lt.col, severity: "note", message: "--fix left this command as it is: " + why})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].line < out[j].line || out[i].line == out[j].line && out[i].col < out[j].col
	})
	return out
}
