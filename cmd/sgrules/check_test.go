package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
)

// corpusDir holds the runbooks check is tested on; want/ their goldens.
const corpusDir = "testdata/check/corpus"

// planted is every finding planted in the corpus, by file: its line and
// column, its severity, and a phrase its message must hold. The goldens
// hold the whole lines; this table says, independently of check's output,
// what each file was written to make check find.
var planted = map[string][]struct {
	line, col int
	severity  string
	phrase    string
}{
	"runbook.md": {
		{10, 5, "error", "–-protocol is printed with an en dash"},
		{16, 91, "error", "“ is a typographic quote"},
		{16, 168, "error", "” is a typographic quote"},
		{22, 102, "error", "this line has no continuation (\\)"},
		{29, 106, "warning", "0.0.0.0/0 opens port 22 (SSH)"},
		{36, 37, "error", "CIDR block 10.0.0.300/16 is malformed"},
		{43, 20, "error", "The --protocol option is not compatible with the --ip-permissions option"},
		{49, 1, "error", "this is written for bash / zsh, but the fence says PowerShell 7.3+"},
		{61, 1, "error", "this is written for bash / zsh, but the fence says cmd.exe"},
		{76, 98, "warning", "10.40.0.7/24 has host bits set"},
		{82, 100, "warning", "ICMP type 8 (Echo Request) has no code 8"},
		{88, 144, "warning", "bash would replace IpProtocol=tcp"},
		{94, 53, "note", "uses $SG_ID"},
	},
	"deploy.sh": {
		{12, 74, "error", `\ before a space where a line break was meant`},
		{15, 98, "error", "FromPort (3306) must not be greater than ToPort (3305)"},
		{23, 50, "error", "FromPort (9443) must not be greater than ToPort (9400)"},
		{23, 151, "warning", "0.0.0.0/0 opens port 22 (SSH)"},
	},
	"open-ports.ps1": {
		{8, 1, "error", "this is written for bash / zsh, but the file's extension says PowerShell 7.3+"},
		{11, 14, "note", "uses $env:SG_ID"},
		{14, 1, "note", "reader does not cover this command"},
		{14, 89, "error", "—-port is printed with an em dash"},
		{16, 1, "note", "reader does not cover this command"},
	},
	"firewall.bat": {
		{9, 53, "note", "uses %SG%"},
		{9, 92, "warning", "0.0.0.0/0 opens port 3389 (RDP)"},
		{11, 107, "error", "CIDR block 10.9.0.0/33 is malformed"},
		{15, 1, "error", "this is written for bash / zsh, but the file's extension says cmd.exe"},
		{17, 100, "error", "–-cidr is printed with an en dash"},
	},
	"fixable.md": {
		{6, 74, "error", "—-protocol is printed with an em dash"},
		{6, 108, "error", "‘ is a typographic quote"},
		{6, 121, "error", "’ is a typographic quote"},
		{10, 75, "error", `\ before a space where a line break was meant`},
		{14, 3, "error", "this is written for bash / zsh, but the fence says PowerShell 7.3+"},
		{19, 103, "error", "–-cidr is printed with an en dash"},
	},
	"kept.md": {
		{7, 74, "error", "–-protocol is printed with an en dash"},
		{8, 74, "error", "–-protocol is printed with an en dash"},
		{9, 74, "error", "–-protocol is printed with an en dash"},
		{10, 74, "error", "–-protocol is printed with an en dash"},
		{11, 96, "error", "–-protocol is printed with an en dash"},
		{12, 53, "note", "uses $SG"},
		{12, 57, "error", "–-protocol is printed with an en dash"},
		{17, 74, "error", "–-protocol is printed with an en dash"},
		{21, 1, "note", "reader does not cover this command"},
		{21, 74, "error", "–-protocol is printed with an en dash"},
	},
	"clean.md": {},
}

// corpusCopy copies the corpus into a temporary directory and makes it the
// working directory, so that check's report names the files as the goldens
// do and --fix rewrites the copies.
func corpusCopy(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(corpusDir)
	require.NoError(t, err)
	dir := t.TempDir()
	var names []string
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(corpusDir, e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644))
		names = append(names, e.Name())
	}
	sort.Strings(names)
	t.Chdir(dir)
	return names
}

// goldenIn compares got with the golden file testdata/NAME, read (or
// written under -update) from the package directory wd.
func goldenIn(t *testing.T, wd, name, got string) {
	t.Helper()
	path := filepath.Join(wd, "testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cmd/sgrules -update to create it")
	assert.Equal(t, string(want), got, name)
}

var findingLine = regexp.MustCompile(`^([^:]+):(\d+):(\d+): (error|warning|note): (.*)$`)

// TestCheckCorpus: each file's report is its golden, and holds exactly the
// findings planted in it, each at its line and column; the exit code is 1
// when a finding is an error or warning, 0 for notes alone or none.
func TestCheckCorpus(t *testing.T) {
	wd, err := os.Getwd()
	require.NoError(t, err)
	names := corpusCopy(t)
	require.Len(t, names, len(planted), "every corpus file has its planted findings listed")
	for _, name := range names {
		out, stderr, code := runArgs(t, "", "check", name)
		assert.Empty(t, stderr, name)
		goldenIn(t, wd, "check/want/"+name+".txt", out)
		want := planted[name]
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if out == "" {
			lines = nil
		}
		if !assert.Len(t, lines, len(want), "%s: one line per planted finding, nothing else:\n%s", name, out) {
			continue
		}
		failing := false
		for i, l := range lines {
			m := findingLine.FindStringSubmatch(l)
			if !assert.NotNil(t, m, "FILE:LINE:COL: severity: message: %q", l) {
				continue
			}
			w := want[i]
			assert.Equal(t, name, m[1])
			assert.Equal(t, []string{strconv.Itoa(w.line), strconv.Itoa(w.col), w.severity}, []string{m[2], m[3], m[4]}, "%s: %s", name, l)
			assert.Contains(t, m[5], w.phrase, "%s:%d:%d", name, w.line, w.col)
			failing = failing || w.severity != "note"
		}
		if failing {
			assert.Equal(t, exitFindings, code, name)
		} else {
			assert.Equal(t, exitOK, code, name)
		}
	}
}

// TestCheckFix: --fix rewrites each file as its golden; what it reports is
// what a check of the rewritten file reports, and only findings a rewrite
// must not touch are left (the rules themselves, values check cannot know,
// commands sgrules cannot read); a file of fixable findings checks clean
// afterwards, and a clean file is left byte for byte.
func TestCheckFix(t *testing.T) {
	wd, err := os.Getwd()
	require.NoError(t, err)
	names := corpusCopy(t)
	for _, name := range names {
		before, err := os.ReadFile(name)
		require.NoError(t, err)
		out, stderr, code := runArgs(t, "", "check", "--fix", name)
		after, err := os.ReadFile(name)
		require.NoError(t, err)
		goldenIn(t, wd, "check/want/"+name+".fixed", string(after))
		goldenIn(t, wd, "check/want/"+name+".fixed.txt", out)
		if string(after) == string(before) {
			assert.Empty(t, stderr, name)
		} else {
			assert.Regexp(t, `^`+regexp.QuoteMeta(name)+`: rewrote \d+ commands?\n$`, stderr)
		}
		again, _, againCode := runArgs(t, "", "check", name)
		assert.Equal(t, withoutKeptNotes(out), again, "%s: --fix reports what a check of its result reports, and why it left a command", name)
		assert.Equal(t, code, againCode, name)
		for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if l == "" || name == "kept.md" {
				continue // kept.md's commands are all left as they are, below
			}
			assert.Regexp(t, `: (note: |warning: IpPermissions|error: IpPermissions\[0\]\.(IpRanges|ToPort)|error: IpPermissions: The --protocol)`, l,
				"%s: only findings about the rules, values check cannot know and refusals a rewrite must not guess at are left", name)
		}
		rewritten, _ := fixFile(name, string(after), "")
		assert.Equal(t, string(after), rewritten, "%s: a second --fix changes nothing", name)
	}
	for _, name := range []string{"clean.md", "kept.md"} {
		was, err := os.ReadFile(filepath.Join(wd, corpusDir, name))
		require.NoError(t, err)
		got, err := os.ReadFile(name)
		require.NoError(t, err)
		assert.Equal(t, string(was), string(got), "%s is left byte for byte", name)
	}
	kept, _, _ := runArgs(t, "", "check", "--fix", "kept.md")
	assert.Equal(t, 8, strings.Count(kept, ": note: --fix left this command as it is: "), "each command kept says why:\n%s", kept)
	for _, name := range []string{"fixable.md", "clean.md"} {
		out, _, code := runArgs(t, "", "check", name)
		assert.Empty(t, out, name)
		assert.Equal(t, exitOK, code, name)
	}
}

// withoutKeptNotes is a --fix report without the notes on the commands it
// left as they are, which a plain check does not print.
func withoutKeptNotes(report string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(report, "\n") {
		if !strings.Contains(l, ": note: --fix left this command as it is: ") {
			b.WriteString(l)
		}
	}
	return b.String()
}

// TestCheckExitCodes: usage and I/O errors exit 2 with a message on
// standard error (and the files that can be read are still checked);
// --help prints the usage to standard output and exits 0.
func TestCheckExitCodes(t *testing.T) {
	wd, err := os.Getwd()
	require.NoError(t, err)
	corpusCopy(t)
	for _, c := range []struct {
		name   string
		args   []string
		code   int
		stdout string // a line standard output must hold, or "" for none
		stderr string
	}{
		{"no file", []string{"check"}, exitUsage, "", "usage: sgrules check"},
		{"missing file", []string{"check", "clean.md", "missing.md", "deploy.sh"}, exitUsage, "deploy.sh:12:74: error:", "missing.md: no such file"},
		{"unknown shell", []string{"check", "--shell", "fish", "clean.md"}, exitUsage, "", `--shell "fish": want one of bash, cmd, powershell, powershell5`},
		{"unknown flag", []string{"check", "--fixx", "clean.md"}, exitUsage, "", "flag provided but not defined: -fixx\nusage: sgrules check"},
		{"clean", []string{"check", "clean.md"}, exitOK, "", ""},
		{"notes only", []string{"check", "--shell", "bash", "notes.md"}, exitOK, "notes.md:2:53: note: GroupId: uses $SG", ""},
		{"findings", []string{"check", "clean.md", "deploy.sh"}, exitFindings, "deploy.sh:15:98: error:", ""},
		{"flags after files", []string{"check", "firewall.bat", "--shell", "cmd"}, exitFindings, "firewall.bat:11:107: error:", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.NoError(t, os.WriteFile("notes.md", []byte("```\naws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 443 --cidr 10.0.0.0/8\n```\n"), 0o644))
			out, stderr, code := runArgs(t, "", c.args...)
			assert.Equal(t, c.code, code, "stdout: %s\nstderr: %s", out, stderr)
			if c.stdout == "" {
				assert.Empty(t, out)
			} else {
				assert.Contains(t, out, c.stdout)
			}
			if c.stderr == "" {
				assert.Empty(t, stderr)
			} else {
				assert.Contains(t, stderr, c.stderr)
			}
		})
	}
	out, stderr, code := runArgs(t, "", "check", "--help")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, stderr)
	goldenIn(t, wd, "check/help.txt", out)
}

// TestAuthorForm: --fix rewrites in the form the author used: sugar stays
// sugar, shorthand shorthand, JSON JSON (also a quoted or here-string one),
// a cli-input document a cli-input document.
func TestAuthorForm(t *testing.T) {
	for text, want := range map[string]string{
		"aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp --port 22 --cidr 10.0.0.0/8":            core.FormSugar,
		"aws ec2 authorize-security-group-ingress --group-id sg-1 --cidr-ip 10.0.0.0/8 --ip-protocol tcp":                core.FormSugar,
		"aws ec2 authorize-security-group-ingress --group-id sg-1 --ip-permissions 'IpProtocol=tcp,FromPort=1,ToPort=1'": core.FormShorthand,
		"aws ec2 authorize-security-group-ingress --group-id sg-1 --ip-permissions '[{\"IpProtocol\":\"tcp\"}]'":         core.FormJSON,
		"aws ec2 authorize-security-group-ingress --group-id sg-1 --ip-permissions \"{\\\"IpProtocol\\\":\\\"tcp\\\"}\"": core.FormJSON,
		"aws ec2 authorize-security-group-ingress --cli-input-json '{\"GroupId\":\"sg-1\"}'":                             core.FormCliInputJSON,
	} {
		res := core.Import(core.ImportRequest{Text: text, Shell: core.ShellBash})
		assert.Equal(t, want, authorForm(text, res.Positions), text)
	}
}

// TestRefine: a finding in a word that holds a whole structure moves to the
// member's own spelling when it stands there once, and stays at the word
// when it is not there or stands there twice.
func TestRefine(t *testing.T) {
	text := "aws ec2 x \\\n  --ip-permissions 'IpProtocol=tcp,FromPort=1,ToPort=2' 'IpProtocol=udp,FromPort=1,ToPort=3'\n"
	for _, c := range []struct {
		needles   []string
		line, col int
	}{
		{[]string{"ToPort=3"}, 2, 84},
		{[]string{"FromPort=1"}, 2, 20},
		{[]string{"CidrIp=10.0.0.0/8"}, 2, 20},
		{[]string{"ToPort=2", `"ToPort":2`}, 2, 47},
		{nil, 2, 20},
	} {
		line, col := refine(text, 2, 20, c.needles)
		assert.Equal(t, []int{c.line, c.col}, []int{line, col}, "%v", c.needles)
	}
}
