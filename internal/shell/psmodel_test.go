package shell

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPSTokenize(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{`aws ec2 --group-id sg-1`, []string{"aws", "ec2", "--group-id", "sg-1"}},
		{"aws `\n    --dry-run `\r\n  x", []string{"aws", "--dry-run", "x"}},
		{"aws\t'a b'  ''", []string{"aws", "a b", ""}},
		// '' inside '…' is one ', and so is any pair of single-quote
		// characters (tokenizer.cs ScanStringLiteral keeps the second).
		{`aws 'it''s' '''' 'a''''b'`, []string{"aws", "it's", "'", "a''b"}},
		{"aws 'a\u2019\u2019b' 'c\u2018\u2018d' 'e\u201a\u201af' 'g\u201b\u201bh'", []string{"aws", "a\u2019b", "c\u2018d", "e\u201af", "g\u201bh"}},
		{"aws 'x'\u2019y'", []string{"aws", "x\u2019y"}},
		// Typographic quotes also open and close a string.
		{"aws \u2018a b\u2019", []string{"aws", "a b"}},
		// Nothing else is special inside '…'.
		{"aws '$(x) `n $a \"b\" \u201cc\u201d # @{} --% %P% ^ \\ \n'", []string{"aws", "$(x) `n $a \"b\" \u201cc\u201d # @{} --% %P% ^ \\ \n"}},
		{`aws 22 0 999999999 -a --b-c file://x.json a.b_c:d/e=f+g-h`, []string{"aws", "22", "0", "999999999", "-a", "--b-c", "file://x.json", "a.b_c:d/e=f+g-h"}},
		{"aws", []string{"aws"}},
		{"", nil},
	} {
		got, err := psTokenize(tc.text)
		require.NoError(t, err, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
}

func TestPSTokenizeOutsideModel(t *testing.T) {
	for _, text := range []string{
		`aws 'unterminated`,
		`aws 'a'b`,       // PowerShell glues it; the model does not follow
		`aws a'b'`,       // a quote in a bare word
		`aws $x`,         // variable
		`aws $(x)`,       // subexpression
		"aws a`b",        // backtick escape in a bare word
		"aws a `b",       // backtick not before a line break
		"aws a\nb",       // a new statement
		"aws a ` \nb",    // space after the continuation backtick
		`aws --%`,        // stop-parsing token
		`aws --% x`,      // stop-parsing token
		`aws "a b"`,      // double-quoted (expandable) string
		`aws @{a=1}`,     // hashtable
		`aws {x}`,        // script block
		`aws (x)`,        // expression
		`aws a,b`,        // array
		`aws a;b`,        // statement separator
		`aws a|b`,        // pipeline
		`aws a&b`,        // & is reserved
		`aws a>b`,        // redirection
		`aws #x`,         // comment
		`aws 1.10`,       // number, becomes 1.1
		`aws 0x10`,       // number, becomes 16
		`aws 1kb`,        // number, becomes 1024
		`aws 010`,        // number, becomes 10
		`aws 1234567890`, // beyond the small-integer grammar
		`aws -1`,         // a negative number, not a parameter
		`aws -a.b`,       // PowerShell splits -a.b into -a and .b
		`aws -a:b`,       // -name:value parameter syntax
		`aws --`,         // end-of-parameters token
		`aws -`,
		`aws .5`,
		`aws +5`,
		`aws ~/x`,
		`aws *`,
		`aws a[0]`,
		"aws \u2013x", // en dash starts a parameter too
		"aws a\xffb",  // not UTF-8
	} {
		_, err := psTokenize(text)
		if err == nil {
			_, err = PowerShellArgv(text, false)
		}
		assert.Error(t, err, text)
	}
}

func TestPSLegacyArgs(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"a", "b c", ""}, `a "b c" `},
		// Wrapped only when a whitespace follows an even number of ".
		{[]string{`a"b c"d`}, `a"b c"d`},
		{[]string{`a "b c"`}, `"a "b c""`},
		// Escaped quotes count too (5.1; fixed in 7.0 by PR #2182).
		{[]string{`{\"a\":\"b c\"}`}, `{\"a\":\"b c\"}`},
		{[]string{`\"x\" y`}, `"\"x\" y"`},
		// Trailing backslashes are not doubled.
		{[]string{`C:\a b\`}, `"C:\a b\"`},
		// Any char.IsWhiteSpace triggers it, not just space and tab.
		{[]string{"a\u00a0b"}, "\"a\u00a0b\""},
		{[]string{"a\u3000b"}, "\"a\u3000b\""},
		{[]string{"a\u200bb"}, "a\u200bb"}, // zero-width space is not whitespace
		{[]string{""}, ``},
		{[]string{"", "x"}, ` x`},
	} {
		assert.Equal(t, tc.want, psLegacyArgs(tc.args), "%q", tc.args)
	}
}

func TestPSPasteArgument(t *testing.T) {
	for _, tc := range []struct{ arg, want string }{
		{`abc`, `abc`},
		{``, `""`},
		{`a b`, `"a b"`},
		{`a"b`, `"a\"b"`},
		{`a\"b`, `"a\\\"b"`},
		{`a\\"b`, `"a\\\\\"b"`},
		{`a\b`, `a\b`},
		{`a b\`, `"a b\\"`},
		{`a b\\`, `"a b\\\\"`},
		{`a\ b`, `"a\ b"`},
		{"a\u00a0b", "\"a\u00a0b\""},
		{`'--%'`, `'--%'`},
	} {
		got := psPasteArgument(tc.arg)
		assert.Equal(t, tc.want, got, tc.arg)
		// The C runtime reads back exactly the argument.
		assert.Equal(t, []string{"x", tc.arg}, ucrtSplit("x "+got), tc.arg)
	}
}

func TestPSArgv(t *testing.T) {
	for _, tc := range []struct {
		text   string
		legacy bool
		want   []string
	}{
		{`aws ec2 x --group-id sg-1`, true, []string{"ec2", "x", "--group-id", "sg-1"}},
		// 5.1 drops empty strings; 7.3 passes them.
		{`aws a '' b`, true, []string{"a", "b"}},
		{`aws a '' b`, false, []string{"a", "", "b"}},
		{`aws a '""' b`, true, []string{"a", "", "b"}},
		{`aws a '""' b`, false, []string{"a", `""`, "b"}},
		// Trailing backslash inside the quotes 5.1 adds.
		{`aws 'a b\' c`, true, []string{`a b" c`}},
		{`aws 'a b\' c`, false, []string{`a b\`, "c"}},
		{`aws 'a b\\' c`, true, []string{`a b\`, "c"}},
		// The portable shorthand of §5.4.
		{`aws 'Description=''SSH from HQ, bldg 2'''`, true, []string{"Description='SSH from HQ, bldg 2'"}},
		{`aws 'Description=''SSH from HQ, bldg 2'''`, false, []string{"Description='SSH from HQ, bldg 2'"}},
		// Per-version JSON.
		{`aws '[{"a":"b c"}]'`, false, []string{`[{"a":"b c"}]`}},
		{`aws '[{\"a\":\"b\"}]'`, true, []string{`[{"a":"b"}]`}},
		{`aws '[{\"a\":\"b c\"}]'`, true, []string{`[{"a":"b`, `c"}]`}},
		// A quoted --% is an ordinary value in 5.1 once it is not exactly --%.
		{`aws '"--%"'`, true, []string{"--%"}},
		// A value with " and whitespace in another place still works on 5.1.
		{`aws 'Value=''say \"hi there\"'''`, true, []string{`Value='say "hi there"'`}},
	} {
		got, err := PowerShellArgv(tc.text, tc.legacy)
		require.NoError(t, err, tc.text)
		assert.Equal(t, tc.want, got, "%s (legacy %v)", tc.text, tc.legacy)
	}
}

func TestPSArgvRefuses(t *testing.T) {
	for _, tc := range []struct {
		text   string
		legacy bool
		err    string
	}{
		// BindParameters compares the value, so quoting does not help.
		{`aws '--%' x`, false, "stop-parsing"},
		{`aws '--%' x`, true, "stop-parsing"},
		{"aws 'a\u180eb'", true, "U+180E"},
		// 5.1 passes "a""b c" raw; the C runtime reads "" inside quotes by
		// the 2008 rule, older ones differently.
		{`aws '"a""b"'`, true, `""`},
		{"aws '" + strings.Repeat("x", psMaxCommandLine) + "'", false, "too long"},
	} {
		_, err := PowerShellArgv(tc.text, tc.legacy)
		if assert.Error(t, err, tc.text) {
			assert.Contains(t, err.Error(), tc.err, tc.text)
		}
	}
	// The U+180E doubt is 5.1's only.
	_, err := PowerShellArgv("aws 'a\u180eb'", false)
	assert.NoError(t, err)
}

func TestCRTDoubledQuote(t *testing.T) {
	for line, want := range map[string]bool{
		`"C:\x y\aws.exe" a`:      false,
		`x "" a`:                  false,
		`x "a""b"`:                true,
		`x "a\"" b`:               false, // \" is literal, then the quote closes
		`x "a\\""b"`:              true,
		`x a""b`:                  false, // opens and closes outside
		`x """"`:                  true,
		`x "a" "b"`:               false,
		`"C:\a""b\aws.exe" a`:     false, // argv[0] has its own rules
		`x "a b"c"d e"`:           false,
		`x \\\"" a`:               false,
		`x "\\\"" a`:              false,
		`x "abc"""`:               true,
		`x "abc\\\\"" next "x""`:  true,
		`x "a"  "" "b" "" "c" ""`: false,
	} {
		assert.Equal(t, want, crtDoubledQuote(line), line)
	}
}

// TestPSSpecVectors checks the model against the PowerShell rows of
// awscli-parsing.md §5.3 (testdata/powershell/awscli-parsing-5.3.txt).
func TestPSSpecVectors(t *testing.T) {
	data, err := os.ReadFile("../../core/testdata/powershell/awscli-parsing-5.3.txt")
	require.NoError(t, err)
	n := 0
	for _, block := range strings.Split(string(data), "\n\n") {
		fields := map[string]string{}
		for _, l := range strings.Split(block, "\n") {
			if k, v, ok := strings.Cut(l, ": "); ok && !strings.HasPrefix(l, "#") {
				fields[k] = v
			}
		}
		if fields["text"] == "" {
			continue
		}
		n++
		legacy := fields["version"] == "5.1"
		line, err := psCommandLine(fields["text"], legacy)
		require.NoError(t, err, fields["text"])
		assert.Equal(t, `"`+psAwsPath+`" `+fields["line"], line, fields["text"])
		var value []string
		require.NoError(t, json.Unmarshal([]byte(fields["value"]), &value))
		argv, err := PowerShellArgv(fields["text"], legacy)
		require.NoError(t, err)
		i := strings.Index(strings.Join(argv, "\x00"), "--ip-permissions")
		require.GreaterOrEqual(t, i, 0)
		assert.Equal(t, value, argv[len(strings.Split(strings.Join(argv, "\x00")[:i], "\x00")):], fields["text"])
	}
	assert.Equal(t, 8, n)

	// The double-quoted rows of §5.3 are outside the modelled subset: the
	// renderer never writes "…" strings.
	for _, text := range []string{
		"aws ec2 x --ip-permissions \"[{`\"IpProtocol`\":`\"tcp`\"}]\"",
		"aws ec2 x --ip-permissions \"[{\\`\"IpProtocol\\`\":\\`\"tcp\\`\"}]\"",
	} {
		_, err := PowerShellArgv(text, true)
		assert.Error(t, err, text)
	}
}

// TestPSLegacyNoLiteralExists backs the 5.1 refusals with a search: for words
// over { " \ a b space } in which every space follows an odd number of ", no
// value of up to 9 characters over the same alphabet (the C runtime only
// removes " and \, so no other character can help) makes 5.1 deliver the word
// without the 2008 "" rule. With the rule, solutions exist: that is the only
// way out, and the model refuses it.
func TestPSLegacyNoLiteralExists(t *testing.T) {
	if testing.Short() {
		t.Skip("exhaustive search")
	}
	alphabet := []byte{'"', '\\', 'a', 'b', ' '}
	targets := map[string]bool{`"a b"`: false, `"a b`: false, `a"b b`: false, `""" a`: false}
	for w := range targets {
		// The characterization psLegacyLiterals relies on.
		require.True(t, psLegacySpaceTrap(w), w)
	}
	withRule := map[string]string{}
	value := make([]byte, 0, 9)
	var walk func()
	walk = func() {
		if len(value) > 0 {
			line := `"` + psAwsPath + `" ` + psLegacyArgs([]string{string(value)}) + " z"
			argv := ucrtSplit(line)[1:]
			if len(argv) == 2 && argv[1] == "z" {
				if _, ok := targets[argv[0]]; ok {
					if crtDoubledQuote(line) {
						if _, seen := withRule[argv[0]]; !seen {
							withRule[argv[0]] = string(value)
						}
					} else {
						targets[argv[0]] = true
						t.Errorf("5.1 delivers %q from %q after all", argv[0], value)
					}
				}
			}
		}
		if len(value) == cap(value) {
			return
		}
		for _, c := range alphabet {
			value = append(value, c)
			walk()
			value = value[:len(value)-1]
		}
	}
	walk()
	for w, v := range withRule {
		t.Logf("%q needs the 2008 rule: %q", w, v)
	}
	assert.NotEmpty(t, withRule)
}

// psLegacyArgs is the argument string Windows PowerShell 5.1 builds for args
// (psWriteLegacyArgs).
func psLegacyArgs(args []string) string {
	var b strings.Builder
	psWriteLegacyArgs(&b, args)
	return b.String()
}

// psPasteArgument is .NET's PasteArguments.AppendArgument of one argument
// (psAppendPasted).
func psPasteArgument(a string) string {
	var b strings.Builder
	psAppendPasted(&b, a)
	return b.String()
}
