package core

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	ps7 = powerShell{legacy: false}
	ps5 = powerShell{legacy: true}
)

func TestPowerShellWordSpellings(t *testing.T) {
	const jsonNoSpace = `[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"203.0.113.0/24","Description":"SSH"}]}]`
	const jsonSpace = `[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"203.0.113.0/24","Description":"SSH from HQ, bldg 2"}]}]`
	const shorthand = `IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description='SSH from HQ, bldg 2'}]`
	for _, tc := range []struct {
		w         string
		ps7, ps5  string // spelling; "" when refused
		ps5reason string
	}{
		{w: "--group-id", ps7: "--group-id", ps5: "--group-id"},
		{w: "sg-0123456789abcdef0", ps7: "sg-0123456789abcdef0", ps5: "sg-0123456789abcdef0"},
		{w: "file://sg-rule.json", ps7: "file://sg-rule.json", ps5: "file://sg-rule.json"},
		{w: "22", ps7: "22", ps5: "22"},
		{w: "-1", ps7: "'-1'", ps5: "'-1'"},
		{w: "203.0.113.0/24", ps7: "'203.0.113.0/24'", ps5: "'203.0.113.0/24'"},
		{w: "--group-name=-x", ps7: "'--group-name=-x'", ps5: "'--group-name=-x'"},
		{w: "it's", ps7: "'it''s'", ps5: "'it''s'"},
		{w: "a\u2019b\u2018c\u201ad\u201be", ps7: "'a\u2019\u2019b\u2018\u2018c\u201a\u201ad\u201b\u201be'", ps5: "'a\u2019\u2019b\u2018\u2018c\u201a\u201ad\u201b\u201be'"},
		{w: "$(Get-Date) `n $env:X", ps7: "'$(Get-Date) `n $env:X'", ps5: "'$(Get-Date) `n $env:X'"},
		{w: "\u201cquoted\u201d", ps7: "'\u201cquoted\u201d'", ps5: "'\u201cquoted\u201d'"},
		{w: "", ps7: "''", ps5: `'""'`},
		{w: "--%", ps7: "", ps5: `'"--%"'`},
		{w: "--% x", ps7: "'--% x'", ps5: "'--% x'"},
		{w: `C:\dir\`, ps7: `'C:\dir\'`, ps5: `'C:\dir\'`},
		{w: `C:\my dir\`, ps7: `'C:\my dir\'`, ps5: `'C:\my dir\\'`},
		{w: `a"b`, ps7: `'a"b'`, ps5: `'a\"b'`},
		{w: `a\"b`, ps7: `'a\"b'`, ps5: `'a\\\"b'`},
		{w: shorthand, ps7: "'" + strings.ReplaceAll(shorthand, "'", "''") + "'", ps5: "'" + strings.ReplaceAll(shorthand, "'", "''") + "'"},
		{w: jsonNoSpace, ps7: "'" + jsonNoSpace + "'", ps5: "'" + strings.ReplaceAll(jsonNoSpace, `"`, `\"`) + "'"},
		{w: jsonSpace, ps7: "'" + jsonSpace + "'", ps5reason: "Windows PowerShell 5.1 cannot pass this JSON with a space inside quotes to aws.exe; use the shorthand or cli-input-json form"},
		{w: `Value='say "hi there"'`, ps7: `'Value=''say "hi there"'''`, ps5: `'Value=''say \"hi there\"'''`},
		{w: `Value='"hi there"'`, ps7: `'Value=''"hi there"'''`, ps5reason: "Windows PowerShell 5.1 cannot pass a value with a space inside double quotes to aws.exe; use the cli-input-json form"},
		// A no-break space lets 5.1 wrap the argument after all.
		{w: "\"a b\u00a0", ps7: "'\"a b\u00a0'", ps5: "'\\\"a b\"\u00a0\"'"},
		{w: "a\tb", ps5reason: "control character"},
		{w: "a\nb", ps5reason: "control character"},
		{w: "a\x00b", ps5reason: "NUL"},
		{w: "a\xffb", ps5reason: "UTF-8"},
		{w: "a\u180eb", ps7: "'a\u180eb'", ps5reason: "U+180E"},
	} {
		s, reason := ps7.word(tc.w)
		assert.Equal(t, tc.ps7, s, "7.3 %q: %s", tc.w, reason)
		if tc.ps7 == "" {
			assert.NotEmpty(t, reason, tc.w)
		}
		s, reason = ps5.word(tc.w)
		assert.Equal(t, tc.ps5, s, "5.1 %q: %s", tc.w, reason)
		if tc.ps5reason != "" {
			assert.Contains(t, reason, tc.ps5reason, tc.w)
		}
	}
}

// psExpectRefusal is when a word must be refused, independently of the
// search: characters no paste or command line carries, --% on 7.3, and on 5.1
// U+180E and psLegacySpaceTrap. Everything else must be carried.
func psExpectRefusal(w string, legacy bool) bool {
	if !utf8.ValidString(w) {
		return true
	}
	for _, r := range w {
		if r < 0x20 || r >= 0x7f && r < 0xa0 {
			return true
		}
	}
	if !legacy {
		return w == "--%"
	}
	return strings.ContainsRune(w, psUncertainWhiteSpace) || psLegacySpaceTrap(w)
}

// checkPowerShellWord checks one word in both shells: carried exactly (alone,
// between words, at either end, after a continuation) or refused exactly
// when psExpectRefusal says so.
func checkPowerShellWord(t *testing.T, w string) {
	t.Helper()
	for _, sh := range []powerShell{ps7, ps5} {
		s, reason := sh.word(w)
		if sh.legacy && psUnpassable(w, true) == "" && psLegacySpaceTrap(w) {
			// word refuses these without trying: the model must agree.
			if s, r := sh.wordByCandidates(w); r == "" {
				t.Errorf("%s: %q is a space trap, yet the model carries it as %q", sh.name(), w, s)
			}
		}
		if psExpectRefusal(w, sh.legacy) {
			if reason == "" {
				t.Errorf("%s: %q should be refused, spelled %q", sh.name(), w, s)
			}
			continue
		}
		if reason != "" {
			t.Errorf("%s: %q refused: %s", sh.name(), w, reason)
			continue
		}
		for _, tc := range []struct {
			text string
			want []string
		}{
			{"aws " + s, []string{w}},
			{"aws " + s + " x", []string{w, "x"}},
			{"aws x " + s, []string{"x", w}},
			{"aws ec2 `\n    " + s + " `\n    --x " + s, []string{"ec2", w, "--x", w}},
		} {
			got, err := psArgv(tc.text, sh.legacy)
			if err != nil {
				t.Errorf("%s: %q spelled %q: %v", sh.name(), w, s, err)
			} else if !assert.ObjectsAreEqual(tc.want, got) {
				t.Errorf("%s: %q spelled %q gives %q", sh.name(), w, s, got)
			}
		}
	}
}

// psHostileCorpus is every hazard the issue lists, alone and combined.
func psHostileCorpus() []string {
	words := []string{
		`it's`, `''`, `'`, `"`, `""`, `"a"`, `say "hi"`, `"a b"`, `a "b c"`, `a"b c"d`,
		"\u2018a\u2019", "\u201a\u201b", "\u201cx\u201d \u201e", "a\u2019\u2019b", "\u2019",
		`\`, `\\`, `a\`, `a b\`, `a b\\`, `\"`, `\\"`, `a\"b`, `a\\"b c`, `"a b\"`, `C:\Program Files\`,
		`$(whoami)`, `$env:PATH`, `$x`, "`", "``", "a`b", "`$x", "a `", "`\n",
		`%PATH%`, `!x!`, `^`, `a^&b`, `&`, `|`, `<`, `>`, `;`, `a & b | c < d > e; f`,
		`#`, `#x`, `a #b`, `*`, `?`, `[`, `*?[`, `a*`, `{a,b}`, `{`, `}`, `@`, `@(1)`, `@{a=1}`, `(x)`,
		`-`, `--`, `-x`, `--x`, `-1`, `-1.5`, `--%`, `--% x`, `-a.b`, `-a:b`, `--a=b`, `=`, `a=b`, `=a`,
		`,`, `a,b`, `[]`, `{}`, `[{}]`, ` `, `  `, ` a`, `a `, `a  b`, "a\tb", "a\nb", "a\r\nb", "\x00", "a\x00b",
		"caf\u00e9", "\u65e5\u672c\u8a9e", "\U0001F600", "a\u00a0b", "\u00a0", "a\u3000b", "a\u2028b", "a\u0085b", "a\u180eb",
		"\u2013x", "\u2014", "\xff", "a\xc0b", "1.10", "0x10", "1kb", "010", "1e3", "~", "~/x", ".5", "+5", "..",
		`[{"a":"b"}]`, `[{"a":"b c"}]`, `{"Key":"k","Value":"v w"}`, `[{"a":"b\\"}]`, `[{"a":"b\\\" c"}]`,
		`ResourceType=security-group-rule,Tags=[{Key=Name,Value='Bob''s rule, v2'}]`,
		"", "22", "0", "999999999", "1234567890", "sg-1", "file://x.json", "file://a b.json",
	}
	long := strings.Repeat(`a "b" c\ 'd' $e `+"\u2019", 5*1024/19)
	words = append(words, long, `"`+long, long+`\`, strings.Repeat("x", 5*1024))
	// Pairs of hazards.
	atoms := []string{`"`, `'`, `\`, " ", "\u2019", "$", "`", "--%", "a", "\u00a0"}
	for _, a := range atoms {
		for _, b := range atoms {
			for _, c := range atoms {
				words = append(words, a+b+c)
			}
		}
	}
	return words
}

func TestPowerShellHostileCorpus(t *testing.T) {
	corpus := psHostileCorpus()
	for _, w := range corpus {
		checkPowerShellWord(t, w)
	}
	// All carried words of the corpus in one rendered command.
	for _, sh := range []powerShell{ps7, ps5} {
		inv := invocation{Command: "authorize-security-group-ingress"}
		for i, w := range corpus {
			if _, reason := sh.word(w); reason == "" && len(w) < 200 {
				inv.Options = append(inv.Options, option{Flag: "--x" + string(rune('a'+i%26)), Values: []string{w, w}})
			}
		}
		require.Greater(t, len(inv.Options), 100)
		text, reason := render(sh, inv)
		require.Empty(t, reason, sh.name())
		assert.Empty(t, sh.checkCommand(text, inv.argv()), sh.name())
		got, err := psArgv(text, sh.legacy)
		require.NoError(t, err)
		assert.Equal(t, inv.argv(), got, sh.name())
	}
}

func TestPowerShellCheckCommand(t *testing.T) {
	argv := []string{"ec2", "x", "--a", "b c"}
	assert.Empty(t, ps7.checkCommand("aws ec2 x `\n    --a 'b c'", argv))
	assert.NotEmpty(t, ps7.checkCommand("aws ec2 x `\n    --a b c", argv))
	assert.NotEmpty(t, ps7.checkCommand("aws ec2 x `\n    --a 'b c' ", append(argv, "d")))
	long := "aws ec2 x --a '" + strings.Repeat("x", psMaxCommandLine) + "'"
	assert.Contains(t, ps5.checkCommand(long, []string{"ec2", "x", "--a", strings.Repeat("x", psMaxCommandLine)}), "32767")
}

// TestPowerShellGenerate checks every PowerShell command Generate prints, for
// Inputs with hostile descriptions and tags, against the model: what aws.exe
// receives is exactly the form's argv.
func TestPowerShellGenerate(t *testing.T) {
	perm := func(desc string) IpPermission {
		return IpPermission{IpProtocol: Str("tcp"), FromPort: Int(22), ToPort: Int(22),
			IpRanges: []IpRange{{CidrIp: Str("203.0.113.0/24"), Description: Str(desc)}}}
	}
	tags := func(k, v string) []TagSpecification {
		return []TagSpecification{{ResourceType: Str("security-group-rule"), Tags: []Tag{{Key: Str(k), Value: Str(v)}}}}
	}
	inputs := []Input{
		{Command: Ingress, Request: Request{GroupId: Str("sg-0123456789abcdef0"), IpPermissions: []IpPermission{perm("SSH from HQ, bldg 2")}}},
		{Command: Ingress, Request: Request{GroupId: Str("sg-0123456789abcdef0"), IpPermissions: []IpPermission{perm("SSH")},
			TagSpecifications: tags("Name", `Bob's "rule", v2 $(x) `+"`"+` %PATH% \`), DryRun: Bool(false)}},
		{Command: Egress, Request: Request{GroupId: Str("--%"), IpPermissions: []IpPermission{perm(`R&D; a|b <c> #d {e} [f] @g ^h !i! *?`)},
			TagSpecifications: tags("\u2018k\u2019", "caf\u00e9 \u201cx\u201d \U0001F600")}},
		{Command: Ingress, Request: Request{GroupName: Str("-my group"), IpPermissions: []IpPermission{perm(""), perm(`"quoted desc"`)}, DryRun: Bool(true)}},
		{Command: Ingress, Request: Request{GroupId: Str("sg-1"), IpPermissions: []IpPermission{perm(`trailing\`), perm(`a\" b`)},
			TagSpecifications: tags("", "")}},
		{Command: Egress, Request: Request{GroupId: Str("sg-1"), IpPermissions: []IpPermission{{IpProtocol: Str("-1")}},
			TagSpecifications: tags("k", "tab\there")}},
	}
	seen := map[string]int{}
	for i, in := range inputs {
		res := Generate(in)
		for _, c := range res.Commands {
			if c.Shell != ShellPowerShell && c.Shell != ShellPowerShell5 {
				continue
			}
			seen[c.Shell]++
			req := in.Request
			if strings.HasPrefix(c.Command, "revoke-") {
				req = req.withoutTags()
			}
			inv, reason := formInvocation(c.Form, c.Command, req, '\'')
			require.Empty(t, reason)
			got, err := psArgv(c.Text, c.Shell == ShellPowerShell5)
			if assert.NoError(t, err, "input %d %s %s %s:\n%s", i, c.Command, c.Shell, c.Form, c.Text) {
				assert.Equal(t, inv.argv(), got, "input %d %s %s %s:\n%s", i, c.Command, c.Shell, c.Form, c.Text)
			}
			assert.True(t, strings.HasPrefix(c.Text, "aws "))
			assert.False(t, strings.HasSuffix(c.Text, "`"))
		}
		if i == 0 {
			// The §5.4 example: 5.1 refuses only the JSON form, with advice.
			var reasons []string
			for _, u := range res.Unavailable {
				if u.Shell == ShellPowerShell5 {
					reasons = append(reasons, u.Form+": "+u.Reason)
				}
			}
			assert.Equal(t, []string{"json: Windows PowerShell 5.1 cannot pass this JSON with a space inside quotes to aws.exe; use the shorthand or cli-input-json form"}, reasons)
			for _, c := range res.Commands {
				if c.Command == Ingress && c.Form == FormShorthand && (c.Shell == ShellPowerShell || c.Shell == ShellPowerShell5) {
					assert.Equal(t, "aws ec2 authorize-security-group-ingress `\n    --group-id sg-0123456789abcdef0 `\n"+
						"    --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description=''SSH from HQ, bldg 2''}]'", c.Text)
				}
				if c.Command == Ingress && c.Form == FormJSON && c.Shell == ShellPowerShell {
					assert.Contains(t, c.Text, `--ip-permissions '[{"IpProtocol":"tcp",`)
				}
			}
		}
	}
	assert.Greater(t, seen[ShellPowerShell], 30)
	assert.Greater(t, seen[ShellPowerShell5], 25)
}

func FuzzPowerShellWord(f *testing.F) {
	for _, w := range psHostileCorpus() {
		if len(w) < 100 {
			f.Add(w)
		}
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkPowerShellWord(t, w)
	})
}

// FuzzPSArgv feeds the model arbitrary text: it must never panic, and what it
// accepts must tokenize the same way again once respelled.
func FuzzPSArgv(f *testing.F) {
	f.Add("aws ec2 x --a 'b c' `\n    --d ''''")
	f.Add(`aws '"a""b"' '--%'`)
	f.Add("aws \u2018x\u2019\u2019y\u2019 1 -a")
	f.Fuzz(func(t *testing.T, text string) {
		for _, legacy := range []bool{false, true} {
			argv, err := psArgv(text, legacy)
			if err != nil {
				continue
			}
			words, err := psTokenize(text)
			require.NoError(t, err)
			var b strings.Builder
			b.WriteString("aws")
			for _, w := range words[1:] {
				b.WriteString(" " + psLiteral(w))
			}
			again, err := psTokenize(b.String())
			require.NoError(t, err, b.String())
			require.Equal(t, words, again)
			_ = argv
		}
	})
}
