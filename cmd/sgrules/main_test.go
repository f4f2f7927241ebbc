package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// runArgs runs sgrules with args and stdin and returns its streams and code.
func runArgs(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(&env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return out.String(), errb.String(), code
}

// golden compares got with testdata/NAME, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cmd/sgrules -update to create it")
	assert.Equal(t, string(want), got)
}

// cases are the Input documents every oracle test of the repository runs.
func cases(t *testing.T) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/cases/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	docs := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		docs[strings.TrimSuffix(filepath.Base(p), ".json")] = data
	}
	return docs
}

// TestGenerateAgreesWithCore: for every case, shell, form and direction,
// generate prints exactly core.Generate's text and writes exactly its files,
// or fails with the reason when core has no such command.
func TestGenerateAgreesWithCore(t *testing.T) {
	n := 0
	for name, doc := range cases(t) {
		res, err := core.GenerateDocument(doc, core.Only{})
		require.NoError(t, err, name)
		for _, shell := range core.Shells {
			for _, form := range core.Forms {
				for _, revoke := range []bool{false, true} {
					var want *core.Command
					for i, c := range res.Commands {
						if c.Shell == shell && c.Form == form && isRevoke(c.Command) == revoke {
							want = &res.Commands[i]
						}
					}
					dir := t.TempDir()
					args := []string{"generate", "--shell", shell, "--form", form, "--out", dir}
					if revoke {
						args = append(args, "--revoke")
					}
					out, _, code := runArgs(t, string(doc), append(args, "-")...)
					if want == nil {
						assert.Equal(t, exitFindings, code, "%s %s %s", name, shell, form)
						assert.Empty(t, out)
						continue
					}
					n++
					assert.Equal(t, want.Text+"\n", out, "%s %s %s revoke=%v", name, shell, form, revoke)
					for _, f := range want.Files {
						got, err := os.ReadFile(filepath.Join(dir, f.Name))
						require.NoError(t, err)
						assert.Equal(t, f.Content, string(got))
					}
				}
			}
		}
	}
	t.Logf("%d commands printed as core.Generate prints them", n)
}

func TestGenerateGolden(t *testing.T) {
	doc := cases(t)["seed-ingress-7-description"]
	out, _, code := runArgs(t, string(doc), "generate", "--shell", "all", "--form", "shorthand", "-")
	assert.Equal(t, exitOK, code)
	golden(t, "generate/seed-ingress-7-all-shells.txt", out)
}

func TestSnippetGolden(t *testing.T) {
	docs := cases(t)
	for _, c := range []struct{ name, form string }{
		{"seed-ingress-7-description", core.FormShorthand},
		{"seed-egress-2-group", core.FormCliInputJSON},
		{"field-description-all-chars", core.FormJSON},
	} {
		for _, style := range snippetStyles {
			out, stderr, code := runArgs(t, string(docs[c.name]), "snippet", "--style", style, "--form", c.form)
			assert.Equal(t, exitOK, code, stderr)
			golden(t, "snippet/"+c.name+"."+c.form+"."+style, out)
		}
	}
}

// TestSnippetFenceOutlastsBackticks: a value holding a run of backticks
// cannot close the code fence early.
func TestSnippetFenceOutlastsBackticks(t *testing.T) {
	var b strings.Builder
	fence(&b, "", "bash", "echo ```` x")
	assert.Equal(t, "`````bash\necho ```` x\n`````\n", b.String())
}

func TestExitCodes(t *testing.T) {
	docs := cases(t)
	for _, c := range []struct {
		name  string
		stdin string
		args  []string
		code  int
		err   string
	}{
		{"no command", "", nil, exitUsage, "usage: sgrules"},
		{"unknown command", "", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"unknown flag", "", []string{"generate", "--shel", "bash"}, exitUsage, "flag provided but not defined: -shel"},
		{"unknown shell", "", []string{"generate", "--shell", "fish"}, exitUsage, `--shell "fish"`},
		{"unknown form", "", []string{"generate", "--form", "xml"}, exitUsage, `--form "xml"`},
		{"missing file", "", []string{"generate", "no-such-file.json"}, exitUsage, "no-such-file.json"},
		{"two files", "", []string{"generate", "a.json", "b.json"}, exitUsage, "one input at most"},
		{"not JSON", "not json", []string{"generate"}, exitUsage, "<stdin>"},
		{"file form without --out", string(docs["seed-ingress-1-ssh"]), []string{"generate", "--form", "cli-input-json"}, exitUsage, "--out DIR"},
		{"EC2 would refuse", string(docs["error-bad-port"]), []string{"generate"}, exitFindings, "error: "},
		{"ok, flags after the file", string(docs["seed-ingress-1-ssh"]), []string{"generate", "-", "--shell", "cmd"}, exitOK, ""},
		{"snippet without style", string(docs["seed-ingress-1-ssh"]), []string{"snippet"}, exitUsage, "--style"},
		{"snippet of a failing input", string(docs["error-bad-port"]), []string{"snippet", "--style", "html"}, exitFindings, "error: "},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, stderr, code := runArgs(t, c.stdin, c.args...)
			assert.Equal(t, c.code, code, stderr)
			assert.Contains(t, stderr, c.err)
		})
	}
}

func TestHelp(t *testing.T) {
	out, _, code := runArgs(t, "", "--help")
	assert.Equal(t, exitOK, code)
	for _, s := range subcommands {
		assert.Contains(t, out, s.name)
		sub, _, code := runArgs(t, "", s.name, "--help")
		assert.Equal(t, exitOK, code, s.name)
		assert.Contains(t, sub, "usage: sgrules "+s.name, s.name)
	}
	out, _, code = runArgs(t, "", "--version")
	assert.Equal(t, exitOK, code)
	assert.True(t, strings.HasPrefix(out, "sgrules "), out)
}

// TestConvertAgreesWithCore: every case's bash shorthand command, converted
// to each shell and form, prints exactly what core.Generate prints for the
// case (the round trip of Import is proven in core; this holds the CLI's
// plumbing to it).
func TestConvertAgreesWithCore(t *testing.T) {
	n := 0
	for name, doc := range cases(t) {
		res, err := core.GenerateDocument(doc, core.Only{})
		require.NoError(t, err, name)
		if len(res.Problems) > 0 {
			continue // a case with problems need not survive a round trip through text
		}
		var source string
		for _, c := range res.Commands {
			if c.Shell == core.ShellBash && c.Form == core.FormShorthand && !isRevoke(c.Command) {
				source = c.Text
			}
		}
		if source == "" {
			continue
		}
		for _, want := range res.Commands {
			if isRevoke(want.Command) || len(want.Files) > 0 {
				continue
			}
			out, stderr, code := runArgs(t, source, "convert", "--from", "bash", "--to", want.Shell, "--form", want.Form)
			if !assert.Equal(t, exitOK, code, "%s %s %s: %s", name, want.Shell, want.Form, stderr) {
				continue
			}
			assert.Equal(t, want.Text+"\n", out, "%s %s %s", name, want.Shell, want.Form)
			n++
		}
	}
	assert.Greater(t, n, 100)
	t.Logf("%d conversions printed as core.Generate prints them", n)
}

func TestConvertGolden(t *testing.T) {
	published := "aws ec2 authorize-security-group-ingress \\\n    –group-id sg-1 \\\n" +
		"    --ip-permissions IpProtocol=tcp,FromPort=3389,ToPort=3389,IpRanges=\"[{CidrIp=203.0.113.0/24,Description=’RDP access from NY office’}]\"\n"
	out, stderr, code := runArgs(t, published, "convert", "--to", "powershell5")
	assert.Equal(t, exitOK, code)
	golden(t, "convert/example-7-published.powershell5.txt", out+"--- stderr\n"+stderr)
	_, stderr, code = runArgs(t, "", "convert", "aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22 --cidr 10.0.0.0/8")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stderr, "uses $SG")
}
