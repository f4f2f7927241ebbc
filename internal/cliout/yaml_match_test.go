package cliout

import (
	"math/rand"
	"regexp"
	"testing"
)

// The resolvers' regular expressions, as ruamel.yaml writes them; the
// hand-written matchers must agree with them on every string.
var (
	yamlBoolRE  = regexp.MustCompile(`^(?:true|True|TRUE|false|False|FALSE)$`)
	yamlFloatRE = regexp.MustCompile(`^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?` +
		`|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)` +
		`|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?` +
		`|[-+]?\.(?:inf|Inf|INF)` +
		`|\.(?:nan|NaN|NAN))$`)
	yamlIntRE       = regexp.MustCompile(`^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$`)
	yamlNullRE      = regexp.MustCompile(`^(?:~|null|Null|NULL|)$`)
	yamlTimestampRE = regexp.MustCompile(`^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]` +
		`|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?` +
		`(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$`)
)

func checkMatchers(t *testing.T, s string) {
	t.Helper()
	for _, m := range []struct {
		name string
		re   *regexp.Regexp
		f    func(string) bool
	}{
		{"bool", yamlBoolRE, yamlMatchBool}, {"float", yamlFloatRE, yamlMatchFloat},
		{"int", yamlIntRE, yamlMatchInt}, {"null", yamlNullRE, yamlMatchNull},
		{"timestamp", yamlTimestampRE, yamlMatchTimestamp},
	} {
		if want, got := m.re.MatchString(s), m.f(s); want != got {
			t.Errorf("%s(%q) = %v, the regexp says %v", m.name, s, got, want)
		}
	}
}

func TestYAMLMatchersAgreeWithRegexps(t *testing.T) {
	for _, s := range []string{"", "~", "null", "NULL", "nuLL", "true", "True", "tRue", "false",
		"1", "-1", "+1", "1_000", "_", "-", "+", "0b101", "0b", "-0b1_0", "0o17", "0o8", "017", "018",
		"0x1F", "0x", "0xg", "-0x_", "1.", "1.5", ".5", ".", "._", "1e5", "1e+5", "1E-5", ".5e5", ".5e+5",
		"1.e5", "1._e5", ".inf", "-.Inf", "+.INF", ".nan", "-.nan", ".NaN", "1.5e", "1e",
		"2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-1-1 1:00:00",
		"2001-1-1 1:00:00 ", "2001-1-1 1:00:00Z", "2001-1-1 1:00:00 Z", "2001-1-1\t\t1:00:00.+12",
		"2001-1-1T1:00:00+123", "2001-1-1T1:00:00+12:3", "2001-1-1T1:00:00+1:30", "2001-123-1T1:00:00",
		"2001-12-14x", "20011-12-14", "1_2", "+1_2", "1__2", "_1", "1_", "++1", "-+1", "٣"} {
		checkMatchers(t, s)
	}
	const alphabet = "0123456789_.-+eExbo:TtZ \tinfINnaNA~lu1"
	rng := rand.New(rand.NewSource(1))
	for range 300000 {
		b := make([]byte, rng.Intn(14))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		checkMatchers(t, string(b))
	}
	// Timestamp-shaped strings, which random ones rarely are.
	parts := []string{"2001", "-", "1", "12", "123", "T", "t", " ", "\t", ":", "00", "0", ".", "5", "Z", "+", "-", "x"}
	for range 300000 {
		s := "2001-"
		for range rng.Intn(12) {
			s += parts[rng.Intn(len(parts))]
		}
		checkMatchers(t, s)
	}
}
