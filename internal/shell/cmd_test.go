package shell

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
	s, err := Cmd{}.Word(w)
	reason := why(err)
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
		for _, env := range []map[string]string{CmdTypicalEnv(), CmdHostileEnv(s, []string{w})} {
			delete(env, "UNDEF_1")
			got, err := CmdArgv(tc.line, env)
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
		_, err := Cmd{}.Word(w)
		reason := why(err)
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
		got, err := Cmd{}.Word(tc.word)
		reason := why(err)
		require.Empty(t, reason, tc.word)
		assert.Equal(t, tc.want, got, tc.word)
	}
}

func TestCmdCheckCommand(t *testing.T) {
	sh := Cmd{}
	assert.Empty(t, why(sh.checkCommand("aws ec2 x ^\n    --a b", []string{"ec2", "x", "--a", "b"})))
	assert.Contains(t, why(sh.checkCommand("aws ec2 x ^\n    --a b", []string{"ec2", "x", "--a", "c"})), "internal error")
	assert.Contains(t, why(sh.checkCommand("aws ec2 x ^\n--a b", []string{"ec2", "x", "--a", "b"})), "internal error")
	assert.Contains(t, why(sh.checkCommand("aws ec2 x a&b", []string{"ec2", "x", "a&b"})), "internal error")
	assert.Contains(t, why(sh.checkCommand("aws ec2 x ^", []string{"ec2", "x"})), "internal error")
	// A name between two % in the words is defined in the second check.
	assert.Contains(t, why(sh.checkCommand("aws ec2 x %Q%", []string{"ec2", "x", "%Q%"})), "internal error")
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

// why is err's text, or "" for nil: the tests compare refusals by their
// words.
func why(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
