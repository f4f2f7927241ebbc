package shell

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	ps7 = PowerShell{Legacy: false}
	ps5 = PowerShell{Legacy: true}
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
		s, err := ps7.Word(tc.w)
		reason := why(err)
		assert.Equal(t, tc.ps7, s, "7.3 %q: %s", tc.w, reason)
		if tc.ps7 == "" {
			assert.NotEmpty(t, reason, tc.w)
		}
		s, err = ps5.Word(tc.w)
		reason = why(err)
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
	for _, sh := range []PowerShell{ps7, ps5} {
		s, err := sh.Word(w)
		reason := why(err)
		if sh.Legacy && psUnpassable(w, true) == nil && psLegacySpaceTrap(w) {
			// word refuses these without trying: the model must agree.
			if s, err := sh.wordByCandidates(w); err == nil {
				t.Errorf("%s: %q is a space trap, yet the model carries it as %q", psName(sh), w, s)
			}
		}
		if psExpectRefusal(w, sh.Legacy) {
			if reason == "" {
				t.Errorf("%s: %q should be refused, spelled %q", psName(sh), w, s)
			}
			continue
		}
		if reason != "" {
			t.Errorf("%s: %q refused: %s", psName(sh), w, reason)
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
			got, err := PowerShellArgv(tc.text, sh.Legacy)
			if err != nil {
				t.Errorf("%s: %q spelled %q: %v", psName(sh), w, s, err)
			} else if !assert.ObjectsAreEqual(tc.want, got) {
				t.Errorf("%s: %q spelled %q gives %q", psName(sh), w, s, got)
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
	for _, sh := range []PowerShell{ps7, ps5} {
		inv := Invocation{Words: []string{"ec2", "authorize-security-group-ingress"}}
		for i, w := range corpus {
			if _, err := sh.Word(w); err == nil && len(w) < 200 {
				inv.Options = append(inv.Options, Option{Flag: "--x" + string(rune('a'+i%26)), Values: []string{w, w}})
			}
		}
		require.Greater(t, len(inv.Options), 100)
		text, err := Render(sh, inv, nil)
		require.NoError(t, err, psName(sh))
		assert.Empty(t, why(sh.checkCommand(text, inv.Argv())), psName(sh))
		got, err := PowerShellArgv(text, sh.Legacy)
		require.NoError(t, err)
		assert.Equal(t, inv.Argv(), got, psName(sh))
	}
}

func TestPowerShellCheckCommand(t *testing.T) {
	argv := []string{"ec2", "x", "--a", "b c"}
	assert.Empty(t, why(ps7.checkCommand("aws ec2 x `\n    --a 'b c'", argv)))
	assert.NotEmpty(t, why(ps7.checkCommand("aws ec2 x `\n    --a b c", argv)))
	assert.NotEmpty(t, why(ps7.checkCommand("aws ec2 x `\n    --a 'b c' ", append(argv, "d"))))
	long := "aws ec2 x --a '" + strings.Repeat("x", psMaxCommandLine) + "'"
	assert.Contains(t, why(ps5.checkCommand(long, []string{"ec2", "x", "--a", strings.Repeat("x", psMaxCommandLine)})), "32767")
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
			argv, err := PowerShellArgv(text, legacy)
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

// psName names a PowerShell in test messages.
func psName(p PowerShell) string {
	if p.Legacy {
		return "powershell5"
	}
	return "powershell"
}
