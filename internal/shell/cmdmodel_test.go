package shell

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cmdWineEnv is the environment of the Wine runs of windows-quoting.md §2.4.
var cmdWineEnv = map[string]string{"PATH": `C:\windows\system32;C:\windows`, "OS": "Windows_NT"}

// TestCmdArgv pins the model of the cmd.exe prompt plus the C runtime to
// windows-quoting.md §2.4 (cases on which Wine 8 agrees with the documented
// Windows behaviour) and, marked "Wine 8 diverges", to dbenham's model where
// Wine 8 is known to be wrong (§3 D1–D7).
func TestCmdArgv(t *testing.T) {
	for _, tc := range []struct {
		name string
		line string
		env  map[string]string
		want []string // nil: CmdArgv must fail
	}{
		// §2.4, Wine 8 agrees.
		{"case 1 carets", `aws a^b "c^d" e^^f`, nil, []string{"ab", "c^d", "e^f"}},
		{"case 2 metachars", `aws "a&b" a^&b a^|b "a|b" "a<b>c" a^<b^>c`, nil, []string{"a&b", "a&b", "a|b", "a|b", "a<b>c", "a<b>c"}},
		{"case 3 ampersand", `aws a&aws b`, nil, nil},
		{"case 4 delimiters", `aws a,b;c=d e==f ,g; [h] {i} (j) !k! @l`, nil, []string{"a,b;c=d", "e==f", ",g;", "[h]", "{i}", "(j)", "!k!", "@l"}},
		{"case 5 escaped quote", `aws x ^"a b^" "^"`, nil, []string{"x", "a b", "^"}},
		{"case 6", `aws "a"^&"b" a"^&"b`, nil, []string{"a&b", "a^&b"}},
		{"case 7 backslashes", `aws "C:\dir\\" "C:\dir\" next x\\\"y z\\y`, nil, []string{`C:\dir\`, `C:\dir" next x\"y z\\y`}},
		{"case 8", `aws Description=\"a & b\"`, nil, []string{`Description="a`, "&", `b"`}},
		{"case 9 classic mismatch", `aws "Description=\"a & b\""`, nil, nil},
		{"case 10 all escaped", `aws ^"IpRanges=[{Description=\^"a ^& b ^| c ^<d^> ^^ e\^"}]^"`, nil, []string{`IpRanges=[{Description="a & b | c <d> ^ e"}]`}},
		{"case 11 2008 rule", `aws "a b c"" d" """x""" "" e`, nil, []string{`a b c" d`, `"x"`, "", "e"}},
		{"case 12 percent", `aws %PATH:~0,10% "%OS%" %NOPE% "%NOPE%" %% 100%`, cmdWineEnv, []string{`C:\windows`, "Windows_NT", "%NOPE%", "%NOPE%", "%%", "100%"}},
		{"case 19 redirection", `aws a <NUL b`, nil, []string{"a", "b"}},
		{"case 21 long", "aws " + strings.Repeat("x", 8000), nil, []string{strings.Repeat("x", 8000)}},
		{"pipe", `aws a | more`, nil, nil},
		{"quoted pipe", `aws "a | more"`, nil, []string{"a | more"}},
		{"output redirection", `aws a >out.txt b`, nil, []string{"a", "b"}},
		{"handle redirection", `aws a 2>nul b`, nil, []string{"a", "b"}},
		{"handle duplication", `aws a 2>&1 b`, nil, []string{"a", "b"}},
		{"digit glued to a word is no handle", `aws a2>nul b`, nil, []string{"a2", "b"}},
		{"quoted redirection target", `aws a >"x y" b`, nil, []string{"a", "b"}},
		{"redirection without target", `aws a >`, nil, nil},
		{"leading blanks", "  aws a", nil, []string{"a"}},
		{"command name with a quote", `"aws" a`, nil, nil},
		{"NUL", "aws a\x00", nil, nil},

		// Wine 8 diverges (§3 D1, D2): percent expansion at the prompt.
		{"case 13 caret in percent pair (Wine 8 diverges)", `aws ^%OS^%`, cmdWineEnv, []string{"%OS%"}},
		{"case 14 percent-caret idiom (Wine 8 diverges)", `aws %^b%`, map[string]string{"b": "a"}, []string{"%b%"}},
		{"case 15 resume after kept percent (Wine 8 diverges)", `aws [%a %b%]`, map[string]string{"b": "a"}, []string{"[%a", "a]"}},
		{"dbenham pairing example (Wine 8 diverges)", `aws %a %b% c%`, map[string]string{"a ": "b"}, []string{"bb%", "c%"}},
		{"50 percent of OS (Wine 8 diverges)", `aws "50% of %OS%"`, cmdWineEnv, []string{"50% of Windows_NT"}},
		{"names are case-insensitive (Wine 8 diverges)", `aws %os%`, cmdWineEnv, []string{"Windows_NT"}},
		{"percent expands inside quotes (Wine 8 diverges)", `aws "%OS%"`, cmdWineEnv, []string{"Windows_NT"}},
		{"value with specials is parsed after expansion (Wine 8 diverges)", `aws %X%`, map[string]string{"X": "a&b"}, nil},
		{"substring from the end (Wine 8 diverges)", `aws %OS:~-2%`, cmdWineEnv, []string{"NT"}},
		{"substring with negative length (Wine 8 diverges)", `aws %OS:~1,-3%`, cmdWineEnv, []string{"indows"}},
		{"substitution (Wine 8 diverges)", `aws %OS:_nt=%`, cmdWineEnv, []string{"Windows"}},
		{"prefix substitution (Wine 8 diverges)", `aws %OS:*_=X%`, cmdWineEnv, []string{"XNT"}},
		{"undefined with modifier stays (Wine 8 diverges)", `aws %NOPE:~0,1%`, cmdWineEnv, []string{"%NOPE:~0,1%"}},
		{"caret-percent policy (Wine 8 diverges)", `aws ^"%^PATH%^ and %^OS%^"`, cmdWineEnv, []string{"%PATH% and %OS%"}},

		// Wine 8 diverges: its cmd decides with a look-ahead whether a " inside
		// quotes ends them (WCMD_IsEndQuote, "quotes within quotes"); Windows
		// flips the quote state at every " (dbenham). Wine gives "a^^" here.
		{"quote state flips at every quote (Wine 8 diverges)", `aws "\"a^^\""`, nil, []string{`"a^"`}},

		// Wine 8 diverges (§3 D3, D4): continuations.
		{"case 16 line-final caret (Wine 8 diverges)", `aws a^b "c^d" e^^f g^`, nil, nil},
		{"case 17 continuation keeps indentation (Wine 8 diverges)", "aws a^\n  b ^\n  c", nil, []string{"a", "b", "c"}},
		{"case 18 escaped first quote (Wine 8 diverges)", "aws a ^\n\"b&c\"", nil, nil},
		{"continued word (Wine 8 diverges)", "aws a^\nb", nil, []string{"ab"}},
		{"escaped first caret (Wine 8 diverges)", "aws a ^\n^b", nil, []string{"a", "^b"}},
		{"caret inside quotes does not continue (Wine 8 diverges)", "aws \"a ^\n b\"", nil, nil},
		{"line without caret ends the command (Wine 8 diverges)", "aws a\n b", nil, nil},
		{"empty line after caret (Wine 8 diverges)", "aws a ^\n", nil, nil},
		{"percent pairs per line (Wine 8 diverges)", "aws %O^\nS%", cmdWineEnv, []string{"%OS%"}},

		// Wine 8 diverges (§3 D7): the 8191-character limit.
		{"8191 characters (Wine 8 diverges)", "aws " + strings.Repeat("x", cmdMaxLine-4), nil, []string{strings.Repeat("x", cmdMaxLine-4)}},
		{"8192 characters (Wine 8 diverges)", "aws " + strings.Repeat("x", cmdMaxLine-3), nil, nil},
		{"8191 characters joined (Wine 8 diverges)", "aws ^\n " + strings.Repeat("x", cmdMaxLine-5), nil, []string{strings.Repeat("x", cmdMaxLine-5)}},
		{"8192 characters joined (Wine 8 diverges)", "aws ^\n " + strings.Repeat("x", cmdMaxLine-4), nil, nil},
		{"expansion over the limit (Wine 8 diverges)", "aws %X%", map[string]string{"X": strings.Repeat("x", cmdMaxLine)}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := CmdArgv(tc.line, tc.env)
			if tc.want == nil {
				assert.Error(t, err, "got %q", got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, append([]string{"aws"}, tc.want...), got)
		})
	}
}
