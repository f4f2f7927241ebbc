package cliout

// Tests of the --output yaml printer (yaml.go). The expected strings
// were printed by Debian's AWS CLI 2.9.19 (awscli/formatter.py's YAMLDumper:
// ruamel.yaml + libyaml) for the same values.

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// yamlScalarCases: a Description, and the lines the CLI prints for it.
var yamlScalarCases = []struct{ in, want string }{
	{"SSH from office", "  Description: SSH from office\n"},
	{"203.0.113.0/24", "  Description: 203.0.113.0/24\n"},
	{"-1", "  Description: '-1'\n"},
	{"0", "  Description: '0'\n"},
	{"012", "  Description: '012'\n"},
	{"True", "  Description: 'True'\n"},
	{"true", "  Description: 'true'\n"},
	{"null", "  Description: 'null'\n"},
	{"Null", "  Description: 'Null'\n"},
	{"~", "  Description: '~'\n"},
	{"", "  Description: ''\n"},
	{"1e5", "  Description: '1e5'\n"},
	{"1.5", "  Description: '1.5'\n"},
	{".5", "  Description: '.5'\n"},
	{"0x1F", "  Description: '0x1F'\n"},
	{"0o17", "  Description: '0o17'\n"},
	{"+1", "  Description: '+1'\n"},
	{"1_000", "  Description: '1_000'\n"},
	{"2024-01-01", "  Description: '2024-01-01'\n"},
	{"2024-1-1 10:00:00", "  Description: '2024-1-1 10:00:00'\n"},
	{"=", "  Description: '='\n"},
	{"<<", "  Description: '<<'\n"},
	{"a: b", "  Description: 'a: b'\n"},
	{"a:b", "  Description: a:b\n"},
	{"x #y", "  Description: 'x #y'\n"},
	{"x#y", "  Description: x#y\n"},
	{"#x", "  Description: '#x'\n"},
	{"- x", "  Description: '- x'\n"},
	{"-x", "  Description: -x\n"},
	{"---", "  Description: '---'\n"},
	{"...x", "  Description: '...x'\n"},
	{"? x", "  Description: '? x'\n"},
	{"?x", "  Description: ?x\n"},
	{":x", "  Description: :x\n"},
	{"[x]", "  Description: '[x]'\n"},
	{"{x}", "  Description: '{x}'\n"},
	{"!x", "  Description: '!x'\n"},
	{"&x", "  Description: '&x'\n"},
	{"*x", "  Description: '*x'\n"},
	{"|x", "  Description: '|x'\n"},
	{">x", "  Description: '>x'\n"},
	{"%x", "  Description: '%x'\n"},
	{"@x", "  Description: '@x'\n"},
	{"'x'", "  Description: '''x'''\n"},
	{"\"x\"", "  Description: '\"x\"'\n"},
	{"it's", "  Description: it's\n"},
	{"back\\slash", "  Description: back\\slash\n"},
	{" lead", "  Description: ' lead'\n"},
	{"trail ", "  Description: 'trail '\n"},
	{"tab\there", "  Description: \"tab\\there\"\n"},
	{"line\nbreak", "  Description: 'line\n\n    break'\n"},
	{"two\n\nbreaks", "  Description: 'two\n\n\n    breaks'\n"},
	{"cr\rhere", "  Description: \"cr\\rhere\"\n"},
	{"nel\u0085x", "  Description: \"nel\\Nx\"\n"},
	{"ls\u2028x", "  Description: 'ls\u2028    x'\n"},
	{"bom\ufeffx", "  Description: \"bom\\uFEFFx\"\n"},
	{"nbsp\u00a0x", "  Description: nbsp\u00a0x\n"},
	{"emoji 😀", "  Description: \"emoji \\U0001F600\"\n"},
	{"del\x7fx", "  Description: \"del\\x7Fx\"\n"},
	{"c1\u0080x", "  Description: \"c1\\x80x\"\n"},
	{"日本語の説明", "  Description: 日本語の説明\n"},
	{"é", "  Description: é\n"},
	{"Ωmega", "  Description: Ωmega\n"},
	{"ｱｲｳ", "  Description: ｱｲｳ\n"},
	{"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "  Description: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"},
	{"it's quoted words quoted words quoted words quoted words quoted words quoted words quoted words quoted words quoted words quoted words quoted words quoted words ", "  Description: 'it''s quoted words quoted words quoted words quoted words quoted words\n    quoted words quoted words quoted words quoted words quoted words quoted words\n    quoted words '\n"},
	{"emoji 😀 long words long words long words long words long words long words long words long words long words long words long words long words ", "  Description: \"emoji \\U0001F600 long words long words long words long words long\n    words long words long words long words long words long words long words long words \"\n"},
	{"spaced  out spaced  out spaced  out spaced  out spaced  out spaced  out spaced  out spaced  out spaced  out spaced  out spaced  out spaced  out ", "  Description: 'spaced  out spaced  out spaced  out spaced  out spaced  out spaced  out\n    spaced  out spaced  out spaced  out spaced  out spaced  out spaced  out '\n"},
	{"line\nlong words long words long words long words long words long words long words long words long words long words long words long words ", "  Description: 'line\n\n    long words long words long words long words long words long words long words long\n    words long words long words long words long words '\n"},
	{strings.Repeat("word ", 40) + "end", "  Description: word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word word word\n    word word word word word word word word word word end\n"},
}

func TestOutputYAMLScalars(t *testing.T) {
	for _, c := range yamlScalarCases {
		// A Description where the CLI prints one: in a rule of the list of
		// rules, after CidrIpv4 and before FromPort.
		b := NewBuilder(8)
		rule := b.Dict([]Field{{"FromPort", b.Int(0)}, {"Description", b.Str(c.in)}, {"CidrIpv4", b.Str("10.0.0.0/8")}})
		top := b.Dict([]Field{{"SecurityGroupRules", b.List([]*Value{rule})}, {"Return", b.Bool(true)}})
		y, err := Format("yaml", "", top)
		require.NoError(t, err)
		a, e := strings.Index(y, "  Description:"), strings.Index(y, "  FromPort:")
		if assert.True(t, a >= 0 && e > a, "%q:\n%s", c.in, y) {
			assert.Equal(t, c.want, y[a:e], "%q", c.in)
		}
	}
}

func TestYAMLResolvesToStr(t *testing.T) {
	for _, s := range []string{"", "true", "FALSE", "null", "~", "-1", "0b101", "0o17", "017", "0x1f", "1_0", "1.", "-.5", ".inf", ".NaN", ".nan", "1e3", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "=", "<<", "*", "!", "&"} {
		assert.False(t, yamlResolvesToStr(s), "%q", s)
	}
	for _, s := range []string{"yes", "no", "on", "off", "Yes", "y", "n", "truex", "nullx", "1.2.3", "0x", "0b2", "1e", "1:30", "2024-01", "1e+", "<<<", "==", "**", "_", "+", "-", "."} {
		assert.True(t, yamlResolvesToStr(s), "%q", s)
	}
}
