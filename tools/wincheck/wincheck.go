// Package wincheck drives the Wine oracle of
// docs/windows-quoting.md: a fresh Wine prefix with a persistent
// wineserver, an argv dumper built as aws.exe (argvdump) and a launcher
// (runcmd) that hands cmd.exe raw lines exactly as a user would type them at
// the prompt. It reports, per line, the argv the Microsoft UCRT gives aws.exe
// and shell32's CommandLineToArgvW view.
//
// The helpers are Go programs cross-built for windows/amd64; Wine 8 (Debian
// 12) lacks bcryptprimitives.dll, which Go 1.22+ programs need, so the
// prefix gets ForwarderDLL (§2.1). Wine's cmd.exe is trusted only for quotes,
// carets and metacharacters on one line (§3): callers keep %, continuations
// and lines of 8191 characters or more out of it.
package wincheck

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Find returns the path of wine, or an error saying what is missing.
func Find() (string, error) {
	for _, name := range []string{"wine", "wineserver"} {
		if _, err := exec.LookPath(name); err != nil {
			return "", fmt.Errorf("%s is not installed (apt-get install --no-install-recommends wine wine64)", name)
		}
	}
	return exec.LookPath("wine")
}

// Oracle is a Wine prefix with the helpers built and a persistent wineserver.
type Oracle struct {
	dir string   // bin/ (helpers, line files), prefix/, home/
	env []string // the clean environment every wine process gets
}

// Dump is what the argv dumper printed for one run of aws.exe.
type Dump struct {
	Raw     string   `json:"raw"`
	GoArgs  []string `json:"goargs"`
	Shell32 []string `json:"shell32"`
	UCRT    []string `json:"ucrt"`
}

// Result is what one raw line did under cmd.exe.
type Result struct {
	Line   string
	Runs   []Dump // one per aws.exe run the line caused
	Stderr string
	Exit   int
	// Retried is set when the line's first run started no program and
	// failed (see Run); FirstStderr is what that run printed.
	Retried     bool
	FirstStderr string
}

// timeout bounds every wine call, so a hung Wine fails instead of hanging.
const timeout = 3 * time.Minute

// Start creates a prefix under dir (which must be empty or missing and is
// left to the caller to delete), builds the helpers and starts a persistent
// wineserver. Call Close when done.
func Start(dir string) (*Oracle, error) {
	o := &Oracle{dir: dir}
	for _, d := range []string{"bin", "prefix", "home"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return nil, err
		}
	}
	// A clean environment (§1.2): Wine passes Unix variables into cmd's
	// environment, and no display is needed.
	o.env = []string{
		"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
		"HOME=" + filepath.Join(dir, "home"),
		"WINEPREFIX=" + filepath.Join(dir, "prefix"),
		"WINEDEBUG=-all",
		"WINEDLLOVERRIDES=mscoree,mshtml=",
	}
	if err := o.build(); err != nil {
		return nil, err
	}
	// The server first, persistent (-p), so every later call reuses it; it
	// would outlive a killed test for good, so it lingers at most 60 s once
	// no Wine process is left (-p60). Close stops it at once.
	if _, err := o.run(dir, "wineserver", "-p60"); err != nil {
		return nil, fmt.Errorf("wineserver -p60: %w", err)
	}
	// Creates the prefix (about 5 s).
	if out, err := o.run(dir, "wine", "cmd", "/d", "/c", "ver"); err != nil {
		o.Close()
		return nil, fmt.Errorf("creating the Wine prefix: %w\n%s", err, out)
	}
	dll := filepath.Join(dir, "prefix", "drive_c", "windows", "system32", "bcryptprimitives.dll")
	if _, err := os.Stat(dll); errors.Is(err, os.ErrNotExist) {
		if err := os.WriteFile(dll, ForwarderDLL(), 0o644); err != nil {
			o.Close()
			return nil, err
		}
	}
	return o, nil
}

// build cross-compiles the dumper (as aws.exe) and the launcher.
func (o *Oracle) build() error {
	gobin, err := exec.LookPath("go")
	if err != nil {
		gobin = filepath.Join(build.Default.GOROOT, "bin", "go")
	}
	for pkg, exe := range map[string]string{"argvdump": "aws.exe", "runcmd": "runcmd.exe"} {
		cmd := exec.Command(gobin, "build", "-trimpath", "-o", filepath.Join(o.dir, "bin", exe), "sgrules/tools/wincheck/"+pkg)
		cmd.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building %s: %w\n%s", exe, err, out)
		}
	}
	return nil
}

// run runs a Wine program in dir with the clean environment and no stdin,
// and returns its output. The output goes to a file, not a pipe: wineserver
// -p and the first wine call leave daemons behind that would hold a pipe
// open, and a wait for the pipe's end would never return.
func (o *Oracle) run(dir, name string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	out, err := os.CreateTemp(o.dir, "out-*.txt")
	if err != nil {
		return nil, err
	}
	defer os.Remove(out.Name())
	defer out.Close()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = o.env
	cmd.Stdout, cmd.Stderr = out, out
	err = cmd.Run()
	data, rerr := os.ReadFile(out.Name())
	if err == nil {
		err = rerr
	}
	return data, err
}

// Run runs each raw line as typed at the cmd.exe prompt (runcmd: cmd.exe /d
// /v:off /s /c "<raw>"), all in one Wine process, in a directory where
// cmd finds the dumper as aws.exe.
//
// A line that started no program and failed is run once more, and its
// Result says so (Retried): under load Wine's cmd now and then fails to
// start aws.exe and reports the whole line as a command it cannot
// recognize, which the next run does not repeat. A line cmd really cannot
// run fails both times.
func (o *Oracle) Run(lines []string) ([]Result, error) {
	results, err := o.runOnce(lines)
	if err != nil {
		return nil, err
	}
	var again []string
	var at []int
	for i, r := range results {
		if len(r.Runs) == 0 && r.Exit != 0 {
			again, at = append(again, r.Line), append(at, i)
		}
	}
	if len(again) == 0 {
		return results, nil
	}
	retried, err := o.runOnce(again)
	if err != nil {
		return nil, err
	}
	for k, i := range at {
		retried[k].Retried = true
		retried[k].FirstStderr = results[i].Stderr
		results[i] = retried[k]
	}
	return results, nil
}

func (o *Oracle) runOnce(lines []string) ([]Result, error) {
	bin := filepath.Join(o.dir, "bin")
	data, err := json.Marshal(lines)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(bin, "lines.json"), data, 0o644); err != nil {
		return nil, err
	}
	os.Remove(filepath.Join(bin, "results.json"))
	if out, err := o.run(bin, "wine", "runcmd.exe", "lines.json", "results.json"); err != nil {
		return nil, fmt.Errorf("wine runcmd.exe: %w\n%s", err, out)
	}
	data, err = os.ReadFile(filepath.Join(bin, "results.json"))
	if err != nil {
		return nil, err
	}
	var raw []struct {
		Line, Stdout, Stderr string
		Exit                 int
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	if len(raw) != len(lines) {
		return nil, fmt.Errorf("runcmd returned %d results for %d lines", len(raw), len(lines))
	}
	results := make([]Result, len(raw))
	for i, r := range raw {
		res := Result{Line: r.Line, Stderr: r.Stderr, Exit: r.Exit}
		dec := json.NewDecoder(strings.NewReader(r.Stdout))
		for dec.More() {
			var d Dump
			if err := dec.Decode(&d); err != nil {
				res.Stderr += fmt.Sprintf("\n(stdout is not the dumper's JSON: %v: %q)", err, r.Stdout)
				break
			}
			res.Runs = append(res.Runs, d)
		}
		results[i] = res
	}
	return results, nil
}

// Close stops the wineserver and waits until it has exited.
func (o *Oracle) Close() error {
	_, err := o.run(o.dir, "wineserver", "-k")
	if _, werr := o.run(o.dir, "wineserver", "-w"); err == nil {
		err = werr
	}
	return err
}
