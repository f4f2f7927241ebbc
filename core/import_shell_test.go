package core

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
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
			req := in.Request
			if c.Command != in.Command {
				req = in.Request.withoutTags()
			}
			inv, err := formInvocation(c.Form, c.Command, req, shellByName(c.Shell).ShorthandQuote(), &permMemo{})
			if err != nil {
				t.Fatalf("%s %s %s: %v", p, c.Shell, c.Form, err)
			}
			want := append([]string(nil), inv.Argv()...)
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

// readingText lays a reading out for a golden file.
func readingText(r shellReading) string {
	var b strings.Builder
	if r.Err != nil {
		b.WriteString("  error: " + r.Err.Error() + "\n")
	}
	for _, c := range r.Commands {
		b.WriteString("  command " + strconv.Itoa(c.Line) + ":" + strconv.Itoa(c.Column) + " " + strconv.Quote(c.Label) + "\n")
		for _, a := range c.Args {
			b.WriteString("    " + strconv.Itoa(a.Line) + ":" + strconv.Itoa(a.Column) + " " + strconv.Quote(a.Text))
			for _, u := range a.Unknown {
				b.WriteString(" unknown " + u)
			}
			b.WriteString("\n")
		}
	}
	for _, n := range r.Notes {
		b.WriteString("  note " + strconv.Itoa(n.Line) + ":" + strconv.Itoa(n.Column) + " " + n.Message + "\n")
	}
	return b.String()
}

// TestImportShellGolden reads every text under testdata/import_shell (the
// seed pages' examples as published, and real pastes: prompts, fences, sudo
// and paths, CRLF, variables, script excerpts, typographic characters) with
// detection and in each shell, against its .golden file.
func TestImportShellGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "import_shell", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no texts: %v", err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			text, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			r, shells := readPasted(string(text), "")
			var b strings.Builder
			b.WriteString("detected " + r.Shell + ", read the same by " + strings.Join(shells, " ") + "\n" + readingText(r))
			for _, sh := range Shells {
				e, _ := readPasted(string(text), sh)
				switch {
				case e.Err != nil:
					b.WriteString(sh + ": error: " + e.Err.Error() + "\n")
				case slices.Contains(shells, sh):
					b.WriteString(sh + ": the same argv\n")
				default:
					b.WriteString(sh + ":\n" + readingText(e))
				}
			}
			checkPositions(t, string(text), r)
			golden := strings.TrimSuffix(p, ".txt") + ".golden"
			if *updateImportShell {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./core -run TestImportShellGolden -update-import-shell)", err)
			}
			if string(want) != b.String() {
				t.Errorf("reading changed:\n%s\nwant:\n%s", b.String(), want)
			}
		})
	}
}

// checkPositions fails when a position of r lies outside text.
func checkPositions(t *testing.T, text string, r shellReading) {
	t.Helper()
	lines := strings.Split(text, "\n")
	in := func(what string, l, c int) {
		if l < 1 || l > len(lines) || c < 1 || c > len([]rune(lines[l-1]))+1 {
			t.Fatalf("%q: %s at %d:%d is outside the text", text, what, l, c)
		}
	}
	for _, c := range r.Commands {
		in("command", c.Line, c.Column)
		for _, a := range c.Args {
			in("word "+strconv.Quote(a.Text), a.Line, a.Column)
		}
	}
	for _, n := range r.Notes {
		in("note "+strconv.Quote(n.Message), n.Line, n.Column)
	}
}

// FuzzReadPasted: readPasted never panics, in any shell or detecting, and
// every position it reports is inside the text.
func FuzzReadPasted(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "import_shell", "*.txt"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b), "")
		}
	}
	for _, s := range []string{"aws ec2 x `\n y", "aws ec2 x ^\n y", "PS> aws ec2 x $(a b) @x \"$y\"", "C:\\>aws ec2 %a%b%c% !x!", "$ aws \\ --x", "– “’"} {
		for _, sh := range append([]string{""}, Shells...) {
			f.Add(s, sh)
		}
	}
	f.Fuzz(func(t *testing.T, text, shell string) {
		r, shells := readPasted(text, shell)
		checkPositions(t, text, r)
		for _, sh := range shells {
			if !slices.Contains(Shells, sh) {
				t.Fatalf("shell %q", sh)
			}
		}
	})
}
