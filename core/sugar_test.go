package core

import (
	"math/rand"
	"regexp"
	"testing"
)

// TestSugarProtocolNumberAgreesWithRegexp: sugarProtocolNumber is the
// regular expression ^[+-]?[0-9]+(_[0-9]+)*$ (what Python's int() accepts
// that is also safe to show), on chosen and random strings.
func TestSugarProtocolNumberAgreesWithRegexp(t *testing.T) {
	re := regexp.MustCompile(`^[+-]?[0-9]+(_[0-9]+)*$`)
	for _, s := range []string{"", "~", "1", "-1", "+1", "1_000", "_", "-", "+", "0b101", "017", "0x1F",
		"1.", "1.5", "1e5", "1_2", "+1_2", "1__2", "_1", "1_", "++1", "-+1", "٣", " 1", "1 ", "-0", "00"} {
		if want, got := re.MatchString(s), sugarProtocolNumber(s); want != got {
			t.Errorf("sugarProtocolNumber(%q) = %v, the regexp says %v", s, got, want)
		}
	}
	const alphabet = "0123456789_.-+eExbo:TtZ \tinfINnaNA~lu1"
	rng := rand.New(rand.NewSource(1))
	for range 300000 {
		b := make([]byte, rng.Intn(14))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		if s := string(b); re.MatchString(s) != sugarProtocolNumber(s) {
			t.Errorf("sugarProtocolNumber(%q) = %v, the regexp says otherwise", s, sugarProtocolNumber(s))
		}
	}
}
