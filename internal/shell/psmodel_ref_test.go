package shell

import (
	"strings"
	"testing"
	"unicode/utf8"
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

// cmdCRTQuoteRef is cmdCRTQuote as it was, counting backslashes forwards
// (the second of the C-runtime quoters before writeCRTEscaped).
func cmdCRTQuoteRef(w string, force bool) string {
	if !force && w != "" && !strings.ContainsAny(w, " \t\"%"+cmdSpecial) {
		return w
	}
	var b strings.Builder
	b.WriteByte('"')
	seg, backslashes := 0, 0
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '\\':
			backslashes++
		case '"':
			b.WriteString(w[seg:i])
			writeBackslashes(&b, backslashes+1)
			seg, backslashes = i, 0
		default:
			backslashes = 0
		}
	}
	b.WriteString(w[seg:])
	writeBackslashes(&b, backslashes)
	b.WriteByte('"')
	return b.String()
}

// FuzzPSAppendPasted holds the one C-runtime quoter, writeCRTEscaped, to the
// three it replaced: .NET's PasteArguments (psAppendPasted), the cmd shell's
// quoting (cmdCRTQuote) and 5.1's escapes with a quote toggle (crtEscape).
func FuzzPSAppendPasted(f *testing.F) {
	for _, a := range []string{"", "a", `a b`, `"`, `\"`, `a\\"b c\`, `[{"a":"b \\"}]\\`, "\u00a0x\"y", `a\ b"c d\`} {
		f.Add(a)
	}
	f.Fuzz(func(t *testing.T, a string) {
		var got, want strings.Builder
		psAppendPasted(&got, a)
		psAppendPastedRef(&want, a)
		if got.String() != want.String() {
			t.Fatalf("%q: %q, the reference %q", a, got.String(), want.String())
		}
		for _, force := range []bool{false, true} {
			if got, want := cmdCRTQuote(a, force), cmdCRTQuoteRef(a, force); got != want {
				t.Fatalf("cmdCRTQuote(%q, %v) = %q, the reference %q", a, force, got, want)
			}
		}
		toggles := []int{-1}
		for i := range a {
			toggles = append(toggles, i)
		}
		for _, closed := range []bool{false, true} {
			for _, at := range toggles {
				if got, want := crtEscape(a, closed, at), crtEscapeRef(a, closed, at); got != want {
					t.Fatalf("crtEscape(%q, %v, %d) = %q, the reference %q", a, closed, at, got, want)
				}
			}
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

// crtEscapeRef is crtEscape as it was, one byte at a time (the third of
// the C-runtime quoters before writeCRTEscaped): crtEscape writes w for the C runtime's argv rules: each " as \" with the
// backslashes before it doubled. closed says a quote follows the end (so
// trailing backslashes are doubled); toggleAt, when not -1, is the byte offset
// of a character to put between two quote toggles ("c"), with the
// backslashes before it doubled.
func crtEscapeRef(w string, closed bool, toggleAt int) string {
	var b strings.Builder
	b.Grow(len(w) + len(w)/4 + 4)
	backslashes := 0
	for i := 0; i < len(w); {
		switch c := w[i]; {
		case c == '\\':
			backslashes++
			i++
		case c == '"':
			writeBackslashes(&b, 2*backslashes)
			backslashes = 0
			b.WriteString(`\"`)
			i++
		case i == toggleAt:
			_, size := utf8.DecodeRuneInString(w[i:])
			writeBackslashes(&b, 2*backslashes)
			backslashes = 0
			b.WriteByte('"')
			b.WriteString(w[i : i+size])
			b.WriteByte('"')
			i += size
		default:
			writeBackslashes(&b, backslashes)
			backslashes = 0
			b.WriteByte(c)
			i++
		}
	}
	if closed {
		backslashes *= 2
	}
	writeBackslashes(&b, backslashes)
	return b.String()
}
