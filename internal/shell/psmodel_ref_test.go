package shell

import (
	"strings"
	"testing"
)

// psAppendPastedRef is psAppendPasted as it was, counting backslashes
// forwards: the reference FuzzPSAppendPasted holds it to.
func psAppendPastedRef(b *strings.Builder, a string) {
	if psPastePlain(a) {
		b.WriteString(a)
		return
	}
	b.WriteByte('"')
	// a[seg:i] is written as is; backslashes counts those right before i.
	seg, backslashes := 0, 0
	for i := 0; i < len(a); i++ {
		switch a[i] {
		case '\\':
			backslashes++
		case '"':
			// The backslashes before it doubled, plus one escaping it.
			b.WriteString(a[seg:i])
			writeBackslashes(b, backslashes+1)
			seg, backslashes = i, 0
		default:
			backslashes = 0
		}
	}
	b.WriteString(a[seg:])
	// The backslashes at the end doubled, since the closing quote follows.
	writeBackslashes(b, backslashes)
	b.WriteByte('"')
}

func FuzzPSAppendPasted(f *testing.F) {
	for _, a := range []string{"", "a", `a b`, `"`, `\"`, `a\\"b c\`, `[{"a":"b \\"}]\\`, "\u00a0x\"y"} {
		f.Add(a)
	}
	f.Fuzz(func(t *testing.T, a string) {
		var got, want strings.Builder
		psAppendPasted(&got, a)
		psAppendPastedRef(&want, a)
		if got.String() != want.String() {
			t.Fatalf("%q: %q, the reference %q", a, got.String(), want.String())
		}
	})
}

// psLegacySpaceTrapRef is psLegacySpaceTrap as it was, decoding every rune:
// the reference FuzzPSLegacySpaceTrap holds it to.
func psLegacySpaceTrapRef(w string) bool {
	if strings.IndexByte(w, '"') < 0 {
		return false
	}
	quotes, spaces := 0, 0
	for _, r := range w {
		switch {
		case r == '"':
			quotes++
		case r == ' ' || r == '\t':
			if quotes%2 == 0 {
				return false
			}
			spaces++
		case psIsWhiteSpace(r):
			return false
		}
	}
	return spaces > 0
}

func FuzzPSLegacySpaceTrap(f *testing.F) {
	for _, w := range []string{"", `"a b"`, `"a b" c`, "\"a\u00a0b\" c", "\"a\nb\" ", "\"\xc2\x85 \"", "\"\xff \""} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := psLegacySpaceTrap(w), psLegacySpaceTrapRef(w); got != want {
			t.Fatalf("%q: %v, the reference %v", w, got, want)
		}
	})
}

// FuzzPSLineScans holds containsDoubledQuote and asciiOnly to what they stand
// for.
func FuzzPSLineScans(f *testing.F) {
	for _, s := range []string{"", `"`, `""`, `a""`, `a"b"c""`, "\"é\"", "abcdefgh\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := containsDoubledQuote(s), strings.Contains(s, `""`); got != want {
			t.Fatalf("%q: containsDoubledQuote %v", s, got)
		}
		ascii := true
		for i := 0; i < len(s); i++ {
			ascii = ascii && s[i] < 0x80
		}
		if asciiOnly(s) != ascii {
			t.Fatalf("%q: asciiOnly %v", s, !ascii)
		}
	})
}

// firstControlRef is firstControl as it was, without its table: the
// reference FuzzFirstControl holds it to.
func firstControlRef(w string) (rune, bool) {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c < 0x20 || c == 0x7f:
			return rune(c), true
		case c == 0xc2 && i+1 < len(w) && w[i+1] >= 0x80 && w[i+1] < 0xa0:
			// U+0080–U+009F are C2 80 – C2 9F.
			return rune(w[i+1]), true
		}
	}
	return 0, false
}

func FuzzFirstControl(f *testing.F) {
	for _, w := range []string{"", "a", "a\tb", "\x7f", "\u0085", "\u00a0", "é\u009f", "\xc2", "abc\x00"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		r, ok := firstControl(w)
		rr, rok := firstControlRef(w)
		if r != rr || ok != rok {
			t.Fatalf("%q: %U %v, the reference %U %v", w, r, ok, rr, rok)
		}
	})
}
