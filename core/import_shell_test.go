package core

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var updateImportShell = flag.Bool("update-import-shell", false, "rewrite core/testdata/import_shell/*.golden from the current readings")

// argTexts is the argv a reading gives the CLI, with unknown parts marked.
func argTexts(c pastedCommand) []string {
	out := make([]string, len(c.Args))
	for i, a := range c.Args {
		out[i] = a.Text
		if len(a.Unknown) > 0 {
			out[i] += " ?" + strings.Join(a.Unknown, " ?")
		}
	}
	return out
}

// TestPastedRoundTrip reads back every command Generate prints for every
// Input of testdata/cases, in the shell it was printed for: each gives
// exactly the argv the generator meant (invocation.argv), with nothing
// unknown. Detection must then name that shell among those that read the
// text the same, or read it to the same argv.
func TestPastedRoundTrip(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "cases", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	counts := map[string]int{}
	detected := map[string]int{}
	otherPS := 0
	for _, p := range paths {
		doc, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		in, problems, err := decodeInput(doc)
		if err != nil {
			t.Fatal(err)
		}
		res := generate(in, problems, all)
		for _, c := range res.Commands {
			req := in.Input
			if c.Command != in.Command {
				req = in.Input.withoutTags()
			}
			inv, reason := formInvocationMemo(c.Form, c.Command, req, shellByName(c.Shell).shorthandQuote(), &permMemo{})
			if reason != "" {
				t.Fatalf("%s %s %s: %s", p, c.Shell, c.Form, reason)
			}
			want := append([]string(nil), inv.argv()...)
			r, _ := readPasted(c.Text, c.Shell)
			name := filepath.Base(p) + " " + c.Command + " " + c.Shell + " " + c.Form
			if r.Err != nil || len(r.Commands) != 1 {
				t.Errorf("%s: %q: error %v, %d commands", name, c.Text, r.Err, len(r.Commands))
				continue
			}
			if got := argTexts(r.Commands[0]); !slices.Equal(got, want) {
				t.Errorf("%s: %q:\n got %q\nwant %q", name, c.Text, got, want)
				continue
			}
			counts[c.Shell]++
			d, shells := readPasted(c.Text, "")
			switch {
			case slices.Contains(shells, c.Shell) || d.Err == nil && len(d.Commands) == 1 && slices.Equal(argTexts(d.Commands[0]), want):
				detected[c.Shell]++
			case c.Shell == ShellPowerShell5 && d.Shell == ShellPowerShell:
				// Both PowerShells read the text, to different argv, and
				// nothing in it says which was meant: detection prefers
				// 7.3+, and the user switches.
				otherPS++
			default:
				t.Errorf("%s: %q: detected %s %v, which reads %v", name, c.Text, d.Shell, shells, d.Commands)
			}
		}
	}
	t.Logf("read back exactly, per shell: %v; detected to the same argv: %v; 5.1 commands detected as 7.3+: %d", counts, detected, otherPS)
}
