package core

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cmdHostileWords is argv words that stress every quoting layer.
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

// cmdRoundTrip checks that the cmd spelling of w is refused with a reason,
// or gives back exactly w through the model, alone and between other words.
func cmdRoundTrip(t testing.TB, w string) {
	s, reason := cmdShell{}.word(w)
	if reason != "" {
		assert.Empty(t, s)
		assert.Contains(t, reason, "cli-input-json", "a refusal says what to use instead")
		return
	}
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"aws " + s, []string{"aws", w}},
		{"aws x " + s + " y", []string{"aws", "x", w, "y"}},
		{"aws %UNDEF_1% " + s + " " + s + " %UNDEF_1%", []string{"aws", "%UNDEF_1%", w, w, "%UNDEF_1%"}},
		{"aws x ^\n    " + s + " ^\n    " + s, []string{"aws", "x", w, w}},
	} {
		if len(tc.line) > cmdMaxLine {
			continue
		}
		// The hostile environment defines the names between two % of the
		// spelled word (not of the test line, whose own %OS% would pair).
		for _, env := range []map[string]string{cmdTypicalEnv(), cmdHostileEnv(s, []string{w})} {
			delete(env, "UNDEF_1")
			got, err := cmdArgv(tc.line, env)
			if err != nil || !slices.Equal(got, tc.want) {
				t.Fatalf("word %s spelled %s: got %s, %v", cmdShort(w), cmdShort(s), cmdShort(fmt.Sprintf("%q", got)), err)
			}
		}
	}
	assert.NotContains(t, s, "\n")
	assert.False(t, strings.HasSuffix(s, "^") && !strings.HasSuffix(s, "^^"), "a word never ends with a lone caret: %q", s)
	for i := strings.IndexByte(s, '%'); i >= 0; i = strings.IndexByte(s[i+1:], '%') + i + 1 {
		if !assert.True(t, i+1 < len(s) && s[i+1] == '^', "every %% is followed by a caret: %q", s) {
			return
		}
		if strings.IndexByte(s[i+1:], '%') < 0 {
			break
		}
	}
}

// cmdShort abbreviates long test values in messages.
func cmdShort(s string) string {
	if len(s) > 200 {
		return fmt.Sprintf("%q…(%d bytes)", s[:200], len(s))
	}
	return fmt.Sprintf("%q", s)
}

func TestCmdWordRoundTrip(t *testing.T) {
	for _, w := range cmdHostileWords {
		cmdRoundTrip(t, w)
	}
}

func TestCmdWordRefusals(t *testing.T) {
	for w, want := range map[string]string{
		"a\nb":  "line break",
		"a\rb":  "line break",
		"a\x00": "NUL",
		"a\tb":  "tab",
		"a\x1b": "U+001B",
		"a\x7f": "U+007F",
		"\xff":  "UTF-8",
	} {
		_, reason := cmdShell{}.word(w)
		assert.Contains(t, reason, want, "%q", w)
		assert.Contains(t, reason, "use the cli-input-json form", "%q", w)
	}
}

// TestCmdSpelling pins the readable spellings: bare when nothing needs
// quotes, "…" around words without ", the AWS docs' "…\"…" for JSON, carets
// only where cmd would act.
func TestCmdSpelling(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		{"sg-0123456789abcdef0", "sg-0123456789abcdef0"},
		{"--ip-permissions", "--ip-permissions"},
		{"file://sg-rule.json", "file://sg-rule.json"},
		{"IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24}]", "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24}]"},
		{`IpProtocol=tcp,IpRanges=[{CidrIp=203.0.113.0/24,Description='SSH from HQ'}]`, `"IpProtocol=tcp,IpRanges=[{CidrIp=203.0.113.0/24,Description='SSH from HQ'}]"`},
		{`Description='R&D | <ops> ^'`, `"Description='R&D | <ops> ^'"`},
		{"", `""`},
		{`C:\dir\`, `C:\dir\`},
		{`C:\my dir\`, `"C:\my dir\\"`},
		{`[{"IpProtocol":"tcp","Description":"SSH from HQ"}]`, `"[{\"IpProtocol\":\"tcp\",\"Description\":\"SSH from HQ\"}]"`},
		{`[{"Description":"R&D"}]`, `^"[{\^"Description\^":\^"R^&D\^"}]^"`},
		{`[{"Description":"a|b"}]`, `^"[{\^"Description\^":\^"a^|b\^"}]^"`},
		{`a"b`, `^"a\^"b^"`},
		{"%OS%", `^"%^OS%^"`},
		{"100%", `^"100%^"`},
		{"a&b", `"a&b"`},
		{"!x!", "!x!"},
	} {
		got, reason := cmdShell{}.word(tc.word)
		require.Empty(t, reason, tc.word)
		assert.Equal(t, tc.want, got, tc.word)
	}
}

func cmdCommands(t *testing.T, in Input) (map[string]Command, []Unavailable) {
	t.Helper()
	res := Generate(in)
	cmds := map[string]Command{}
	for _, c := range res.Commands {
		if c.Shell == ShellCmd {
			cmds[c.Command+" "+c.Form] = c
		}
	}
	var unav []Unavailable
	for _, u := range res.Unavailable {
		if u.Shell == ShellCmd || u.Shell == "" {
			unav = append(unav, u)
		}
	}
	return cmds, unav
}

func TestCmdGenerateDocsStyle(t *testing.T) {
	in := Input{Command: Ingress, Request: Request{
		GroupId: Str("sg-0123456789abcdef0"),
		IpPermissions: []IpPermission{{IpProtocol: Str("tcp"), FromPort: Int(22), ToPort: Int(22),
			IpRanges: []IpRange{{CidrIp: Str("203.0.113.0/24"), Description: Str("SSH from HQ")}}}},
	}}
	cmds, _ := cmdCommands(t, in)
	sh, ok := cmds[Ingress+" "+FormShorthand]
	require.True(t, ok)
	assert.Equal(t, "aws ec2 authorize-security-group-ingress ^\n"+
		"    --group-id sg-0123456789abcdef0 ^\n"+
		`    --ip-permissions "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description=SSH from HQ}]"`, sh.Text)
	in.Request.IpPermissions[0].IpRanges[0].Description = Str("SSH from HQ, bldg 2")
	cmds2, _ := cmdCommands(t, in)
	assert.Equal(t, "aws ec2 authorize-security-group-ingress ^\n"+
		"    --group-id sg-0123456789abcdef0 ^\n"+
		`    --ip-permissions "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description='SSH from HQ, bldg 2'}]"`,
		cmds2[Ingress+" "+FormShorthand].Text)
	js, ok := cmds[Ingress+" "+FormJSON]
	require.True(t, ok)
	assert.Contains(t, js.Text, `    --ip-permissions "[{\"IpProtocol\":\"tcp\",`)
	for _, c := range cmds {
		lines := strings.Split(c.Text, "\n")
		for _, l := range lines[:len(lines)-1] {
			assert.True(t, strings.HasSuffix(l, " ^"), "%q", l)
		}
		assert.False(t, strings.HasSuffix(lines[len(lines)-1], "^"), c.Text)
	}
}

func TestCmdGenerateRefusals(t *testing.T) {
	in := Input{Command: Ingress, Request: Request{
		GroupId: Str("sg-1"),
		IpPermissions: []IpPermission{{IpProtocol: Str("tcp"), FromPort: Int(22), ToPort: Int(22),
			IpRanges: []IpRange{{CidrIp: Str("203.0.113.0/24"), Description: Str(strings.Repeat("x", 9000))}}}},
	}}
	cmds, unav := cmdCommands(t, in)
	assert.Contains(t, cmds, Ingress+" "+FormCliInputJSON)
	assert.NotContains(t, cmds, Ingress+" "+FormShorthand)
	found := false
	for _, u := range unav {
		if u.Form == FormShorthand && u.Shell == ShellCmd {
			found = true
			assert.Contains(t, u.Reason, "8191")
			assert.Contains(t, u.Reason, "cli-input-json")
		}
	}
	assert.True(t, found, "%v", unav)

	in.Request.IpPermissions[0].IpRanges[0].Description = Str("two\nlines")
	cmds, _ = cmdCommands(t, in)
	assert.NotContains(t, cmds, Ingress+" "+FormShorthand)
	assert.Contains(t, cmds, Ingress+" "+FormCliInputJSON)
}

func TestCmdCheckCommand(t *testing.T) {
	sh := cmdShell{}
	assert.Empty(t, sh.checkCommand("aws ec2 x ^\n    --a b", []string{"ec2", "x", "--a", "b"}))
	assert.Contains(t, sh.checkCommand("aws ec2 x ^\n    --a b", []string{"ec2", "x", "--a", "c"}), "internal error")
	assert.Contains(t, sh.checkCommand("aws ec2 x ^\n--a b", []string{"ec2", "x", "--a", "b"}), "internal error")
	assert.Contains(t, sh.checkCommand("aws ec2 x a&b", []string{"ec2", "x", "a&b"}), "internal error")
	assert.Contains(t, sh.checkCommand("aws ec2 x ^", []string{"ec2", "x"}), "internal error")
	// A name between two % in the words is defined in the second check.
	assert.Contains(t, sh.checkCommand("aws ec2 x %Q%", []string{"ec2", "x", "%Q%"}), "internal error")
}

// FuzzCmdWord: every word is refused with a reason, or its cmd spelling
// gives it back exactly through the model of cmd.exe and the C runtime.
func FuzzCmdWord(f *testing.F) {
	for _, w := range cmdHostileWords {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		cmdRoundTrip(t, w)
	})
}
