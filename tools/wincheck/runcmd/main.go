//go:build windows

// Command runcmd is the launcher of the Wine oracle
// (docs/windows-quoting.md §2.2, §2.3): for each raw line in
// a JSON array it starts `cmd.exe /d /v:off /s /c "<raw>"` with that verbatim
// command line (no re-quoting), so cmd.exe parses the line as if typed at its
// prompt, and records the line's stdout, stderr and exit code.
//
// Usage: runcmd LINES.json RESULTS.json (the working directory is where
// cmd.exe finds aws.exe).
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
)

type result struct {
	Line   string `json:"line"`
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
	Exit   int    `json:"exit"`
}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "runcmd:", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	if len(args) != 2 {
		return errors.New("usage: runcmd LINES.json RESULTS.json")
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	var lines []string
	if err := json.Unmarshal(data, &lines); err != nil {
		return err
	}
	comspec := filepath.Join(os.Getenv("SystemRoot"), "system32", "cmd.exe")
	results := make([]result, 0, len(lines))
	for _, line := range lines {
		var stdout, stderr bytes.Buffer
		c := exec.Command(comspec)
		c.SysProcAttr = &syscall.SysProcAttr{CmdLine: `cmd.exe /d /v:off /s /c "` + line + `"`}
		c.Stdout, c.Stderr = &stdout, &stderr
		r := result{Line: line}
		if err := c.Run(); err != nil {
			var exit *exec.ExitError
			if !errors.As(err, &exit) {
				return err
			}
			r.Exit = exit.ExitCode()
		}
		r.Stdout, r.Stderr = stdout.String(), stderr.String()
		results = append(results, r)
	}
	out, err := json.Marshal(results)
	if err != nil {
		return err
	}
	return os.WriteFile(args[1], out, 0o644)
}
