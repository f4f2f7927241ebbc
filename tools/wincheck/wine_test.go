package wincheck

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
	"sgrules/internal/shell"
)

// The Wine oracle for the cmd shell (docs/windows-quoting.md §1, §2, §5):
// every cmd command core generates for hostile inputs, and every
// hostile word on its own, is run through Wine's cmd.exe (prompt mode, via
// runcmd) into an argv dumper built as aws.exe, and the argv the Microsoft UCRT
// hands it must be exactly the intended one. Wine 8's cmd.exe is trusted only
// for quotes, carets and metacharacters on one line (§3), so lines are joined
// by the documented continuation rule first, and lines with % (D1, D2) or of
// 8191 characters or more (D7) are left to the model tests.
//
// The results are kept in core/testdata/wine/cmd_prompt.json (rewrite it
// with go test ./tools/wincheck -run TestCmdWine -update-wine-golden), and
// TestCmdWineGolden checks the model against them on every run, without Wine.

var updateWineGolden = flag.Bool("update-wine-golden", false, "rewrite testdata/wine/cmd_prompt.json from a Wine run")

const wineGolden = "../../core/testdata/wine/cmd_prompt.json"

// cmdMaxLine is cmd.exe's limit on a command, in characters.
const cmdMaxLine = 8191

// wineCase is one raw line and the argv (argv[0] included) it must give.
type wineCase struct {
	Line    string   `json:"line"`
	Argv    []string `json:"-"`
	UCRT    []string `json:"ucrt,omitempty"`
	Shell32 []string `json:"shell32,omitempty"`
}

// cmdHostileWords is argv words that stress every quoting layer (the same
// as internal/shell's cmd tests use).
var cmdHostileWords = []string{
	"", " ", "plain", "sg-0123456789abcdef0", "--group-id", "-1", "--x=y", "a=b", "a,b", "a;b", "#x",
	"it's", `say "hi"`, `"`, `""`, `"a"`, `a"`, `"a`, `a"b"c`, `'`, `''`, `'a b'`,
	`\`, `\\`, `a\`, `a\\`, `a b\`, `a b\\`, `\"`, `\\"`, `a\"b`, `a\\"b`, `C:\dir\`, `"C:\dir\"`, `\\server\share\`,
	"$(id)", "`id`", "$var", "${var}", "%PATH%", "%OS%", "%os% and %PATH%", "%", "%%", "100%", "50% of %OS%",
	"%^OS%", "^%OS^%", "%PATH:~0,3%", "%=C:%", "%CD%", "!x!", "!PATH!", "^", "^^", "a^", "^a", "a^b", "^\"",
	"&", "|", "<", ">", ";", "a&b", "a|b", "a<b>c", "a >nul", "2>&1", "a && b", "a || b", "(a)", ")", "@echo",
	"*", "?", "[a]", "*?[", "{a,b}", "[]{}", "a b", "a  b", " a ", "a\u00a0b",
	"café ü € 😀", "ÿ", "日本語 & 中文", "R&D, bldg \"2\" ^ 50%",
	`IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description='SSH from HQ'}]`,
	`[{"IpProtocol":"tcp","IpRanges":[{"CidrIp":"10.0.0.0/8","Description":"a & b | c <d> ^ e"}]}]`,
	`[{"Key":"k","Value":"a\\\"b%OS%"}]`,
	"tab\there", "line\nbreak", "cr\rhere", "nul\x00here", "bell\x07", "esc\x1b[0m", "del\x7f", "c1\u0085", "\xff\xfe",
	strings.Repeat("x", 5000), strings.Repeat(`a "b" & c %OS% `, 300),
}

// cmdHostileValues are free-text values for descriptions, names and tags.
var cmdHostileValues = []string{
	"SSH from HQ", "SSH from HQ, bldg 2", "R&D, bldg 2", "it's", `say "hi"`, `a "b" & c`, `"`, `a"`, `""`,
	`\`, `a\`, `a\\`, `C:\dir\`, `a\"b`, `a\\"b`, `end\"`, "$(id) `id` $var ${x}", "!x! !PATH!", "^", "a^", "^^b",
	"& | < > ;", "a&b", "a|b", "a<b>c", "2>&1", "a && b || c", "(a) )", "#x", "*?[", "{a,b}", "[]{}", "-x",
	"--dry-run", "=", "a=b,c", "a, b", " lead", "trail ", "a  b", "", "café ü € 😀", "日本語 & 中文",
	"50% off", "%PATH%", "%OS% and %USERNAME%", "%", "%%", "%^OS%", "tab\there", "two\nlines", "nul\x00",
	strings.Repeat("long & ", 600),
}

// cmdHostileInputs places the hostile values in every free-text field: each
// value Wine can judge shares an Input with five others (one per field), so
// few commands cover them all; a value with % or a control character, which
// keeps its commands out of the Wine run or gets them refused, has Inputs of
// its own.
func cmdHostileInputs() []core.Input {
	var groups [][]string
	var shared []string
	for _, v := range cmdHostileValues {
		if strings.ContainsAny(v, "%\t\n\x00") {
			groups = append(groups, []string{v})
		} else {
			shared = append(shared, v)
		}
	}
	for len(shared) > 0 {
		n := min(6, len(shared))
		groups = append(groups, shared[:n])
		shared = shared[n:]
	}
	var ins []core.Input
	for _, g := range groups {
		v := func(i int) *string { return core.Str(g[i%len(g)]) }
		tags := []core.TagSpecification{{ResourceType: core.Str("security-group-rule"), Tags: []core.Tag{{Key: v(4), Value: v(5)}}}}
		ins = append(ins,
			core.Input{Command: core.Ingress, Request: core.Request{
				GroupId: core.Str("sg-0123456789abcdef0"),
				IpPermissions: []core.IpPermission{{IpProtocol: core.Str("tcp"), FromPort: core.Int(22), ToPort: core.Int(22),
					IpRanges:         []core.IpRange{{CidrIp: core.Str("203.0.113.0/24"), Description: v(0)}},
					Ipv6Ranges:       []core.Ipv6Range{{CidrIpv6: core.Str("2001:db8::/32"), Description: v(1)}},
					PrefixListIds:    []core.PrefixListId{{PrefixListId: core.Str("pl-12345678"), Description: v(2)}},
					UserIdGroupPairs: []core.UserIdGroupPair{{GroupId: core.Str("sg-11111111"), UserId: core.Str("123456789012"), Description: v(3)}}}},
				TagSpecifications: tags}},
			core.Input{Command: core.Ingress, Request: core.Request{
				GroupName:         v(0),
				IpPermissions:     []core.IpPermission{{IpProtocol: core.Str("tcp"), FromPort: core.Int(443), ToPort: core.Int(443), IpRanges: []core.IpRange{{CidrIp: core.Str("0.0.0.0/0")}}}},
				TagSpecifications: []core.TagSpecification{{ResourceType: core.Str("security-group-rule"), Tags: []core.Tag{{Key: core.Str("Name"), Value: v(1)}}}},
				DryRun:            core.Bool(true)}},
			core.Input{Command: core.Egress, Request: core.Request{
				GroupId:           core.Str("sg-0123456789abcdef0"),
				IpPermissions:     []core.IpPermission{{IpProtocol: core.Str("-1"), IpRanges: []core.IpRange{{CidrIp: core.Str("10.0.0.0/8"), Description: v(2)}}}},
				TagSpecifications: tags}},
		)
	}
	return ins
}

// cmdCorpus returns every cmd command core generates for the hostile inputs,
// as the text users paste and the argv it must give. The argv is read from
// the PowerShell 7.3+ command of the same command and form: both shells write
// shorthand with the same quote, so the words are the same, and core printed
// that command only once its model of PowerShell gave back exactly them.
func cmdCorpus(t *testing.T) (texts []string, argvs [][]string) {
	seen := map[string]bool{}
	for _, in := range cmdHostileInputs() {
		res := core.Generate(in)
		ps := map[string]string{}
		for _, c := range res.Commands {
			if c.Shell == core.ShellPowerShell {
				ps[c.Command+" "+c.Form] = c.Text
			}
		}
		for _, c := range res.Commands {
			if c.Shell != core.ShellCmd || seen[c.Text] {
				continue
			}
			seen[c.Text] = true
			psText, ok := ps[c.Command+" "+c.Form]
			require.True(t, ok, "no PowerShell command to read the argv of %s from", c.Text)
			argv, err := core.WindowsArgv(core.ShellPowerShell, psText)
			require.NoError(t, err, psText)
			texts = append(texts, c.Text)
			argvs = append(argvs, append([]string{"aws"}, argv...))
		}
	}
	return texts, argvs
}

// cmdJoin joins continued lines by the documented rule — a caret before the
// line feed is removed with it, and the next line's first character, always
// a blank here, is taken literally — which Wine 8 does not follow (§3 D4).
func cmdJoin(t *testing.T, text string) string {
	lines := strings.Split(text, "\n")
	for _, l := range lines[:len(lines)-1] {
		require.True(t, strings.HasSuffix(l, " ^"), "%q", l)
	}
	for _, l := range lines[1:] {
		require.True(t, strings.HasPrefix(l, " "), "%q", l)
	}
	return strings.ReplaceAll(text, "^\n", "")
}

// cmdWineCases is the corpus Wine can judge: generated commands and
// hostile words, joined, without % and shorter than 8191 characters. A
// generated command is kept only if it spells some word no earlier one did,
// and the hostile words go ten to a line, so the run stays short.
func cmdWineCases(t *testing.T) []wineCase {
	var cases []wineCase
	spelled := map[string]bool{}
	add := func(line string, argv []string) {
		if strings.Contains(line, "%") || len(line) >= cmdMaxLine {
			return
		}
		fresh := false
		for _, w := range argv[1:] {
			s, _ := shell.Cmd{}.Word(w)
			fresh = fresh || !spelled[s]
			spelled[s] = true
		}
		if fresh {
			cases = append(cases, wineCase{Line: line, Argv: argv})
		}
	}
	texts, argvs := cmdCorpus(t)
	for i, text := range texts {
		add(cmdJoin(t, text), argvs[i])
	}
	var words []string
	for _, w := range append(cmdHostileWords, cmdHostileValues...) {
		if _, err := (shell.Cmd{}).Word(w); err == nil && !strings.Contains(w, "%") {
			words = append(words, w)
		}
	}
	for len(words) > 0 {
		n := min(10, len(words))
		line, argv := "aws ec2 x", []string{"aws", "ec2", "x"}
		for _, w := range words[:n] {
			s, _ := shell.Cmd{}.Word(w)
			line += " " + s
			argv = append(argv, w)
		}
		add(line+" end", append(argv, "end"))
		words = words[n:]
	}
	return cases
}

// TestCmdCorpusModel checks every generated command, continuations and %
// included, against the model with the typical and the hostile environment.
func TestCmdCorpusModel(t *testing.T) {
	texts, argvs := cmdCorpus(t)
	require.NotEmpty(t, texts)
	for i, text := range texts {
		for _, env := range []map[string]string{shell.CmdTypicalEnv(), shell.CmdHostileEnv(text, argvs[i][1:])} {
			got, err := shell.CmdArgv(text, env)
			require.NoError(t, err, text)
			require.Equal(t, argvs[i], got, text)
		}
	}
	t.Logf("%d cmd commands", len(texts))
}

func TestCmdWine(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipping the Wine oracle in -short mode")
	}
	if _, err := Find(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the Wine oracle is required under CI: %v", err)
		}
		t.Skipf("skipping the Wine oracle: %v", err)
	}
	start := time.Now()
	cases := cmdWineCases(t)
	var golden []wineCase
	if data, err := os.ReadFile(wineGolden); err == nil {
		require.NoError(t, json.Unmarshal(data, &golden))
	}
	// The recorded lines are run again (once, if the corpus has them too),
	// so the golden file stays Wine's word.
	lines := make([]string, 0, len(cases)+len(golden))
	index := map[string]int{}
	for _, c := range cases {
		index[c.Line] = len(lines)
		lines = append(lines, c.Line)
	}
	for _, g := range golden {
		if _, ok := index[g.Line]; !ok {
			index[g.Line] = len(lines)
			lines = append(lines, g.Line)
		}
	}

	dir := t.TempDir()
	oracle, err := Start(dir)
	require.NoError(t, err)
	defer func() { assert.NoError(t, oracle.Close()) }()
	results, err := oracle.Run(lines)
	require.NoError(t, err)

	check := func(c wineCase, r Result) (wineCase, bool) {
		ok := assert.Empty(t, r.Stderr, c.Line) && assert.Zero(t, r.Exit, c.Line) &&
			assert.Len(t, r.Runs, 1, "%s: cmd must run aws.exe exactly once", c.Line)
		if !ok {
			return c, false
		}
		d := r.Runs[0]
		c.UCRT, c.Shell32 = d.UCRT, d.Shell32
		ok = assert.Equal(t, c.Argv, d.UCRT, "UCRT argv of %s", c.Line)
		ok = assert.Equal(t, d.UCRT, d.Shell32, "shell32 and the UCRT disagree on %s", c.Line) && ok
		return c, ok
	}
	var record []wineCase
	for i, c := range cases {
		if got, ok := check(c, results[i]); ok {
			record = append(record, got)
		}
	}
	for _, g := range golden {
		r := results[index[g.Line]]
		if assert.Len(t, r.Runs, 1, g.Line) {
			assert.Equal(t, g.UCRT, r.Runs[0].UCRT, "recorded UCRT argv of %s", g.Line)
			assert.Equal(t, g.Shell32, r.Runs[0].Shell32, "recorded shell32 argv of %s", g.Line)
		}
	}
	for _, r := range results {
		if r.Retried {
			t.Logf("Wine ran this line twice: the first run started nothing (%s): %s", strings.TrimSpace(r.FirstStderr), r.Line)
		}
	}
	t.Logf("Wine ran %d lines (%d generated, %d recorded) in %v", len(lines), len(cases), len(golden), time.Since(start).Round(time.Millisecond))
	if *updateWineGolden && !t.Failed() {
		// One case per line, so a change shows as a small diff.
		var b strings.Builder
		for i, c := range record {
			line, err := json.Marshal(c)
			require.NoError(t, err)
			b.WriteString(map[bool]string{true: "[\n", false: ",\n"}[i == 0])
			b.Write(line)
		}
		b.WriteString("\n]\n")
		require.NoError(t, os.MkdirAll(filepath.Dir(wineGolden), 0o755))
		require.NoError(t, os.WriteFile(wineGolden, []byte(b.String()), 0o644))
		t.Logf("wrote %s (%d lines)", wineGolden, len(record))
	}
}

// TestCmdWineGolden checks the model against Wine's recorded results (only
// lines whose UCRT argv was the intended one are recorded): on every line,
// shell32 agreed with the UCRT, and the model gives the same argv.
func TestCmdWineGolden(t *testing.T) {
	data, err := os.ReadFile(wineGolden)
	require.NoError(t, err)
	var golden []wineCase
	require.NoError(t, json.Unmarshal(data, &golden))
	require.NotEmpty(t, golden)
	for _, g := range golden {
		assert.Equal(t, g.UCRT, g.Shell32, g.Line)
		got, err := shell.CmdArgv(g.Line, nil)
		if assert.NoError(t, err, g.Line) {
			assert.Equal(t, g.UCRT, got, g.Line)
		}
	}
}
