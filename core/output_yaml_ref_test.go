package core

import (
	"strings"
	"testing"
)

// yamlScalarRef is yamlScalar as it was, before it was written straight to
// the file's builder: the reference FuzzYAMLScalar holds it to.
func yamlScalarRef(s string) string {
	switch {
	case yamlPlainSafe(s):
		return s
	case yamlSingleQuotable(s):
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r >= 0x20 && r <= 0x7e:
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(`\x` + hexPad(uint64(r), 2, false))
		case r <= 0xffff:
			b.WriteString(`\u` + hexPad(uint64(r), 4, false))
		default:
			b.WriteString(`\U` + hexPad(uint64(r), 8, false))
		}
	}
	b.WriteByte('"')
	return b.String()
}

func FuzzYAMLScalar(f *testing.F) {
	for _, s := range []string{"", "a", "it's", "''", "rule 0", " a", "a\nb", "true", "é\x00", "\"\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := yamlScalar(s), yamlScalarRef(s); got != want {
			t.Fatalf("%q: %q, the reference %q", s, got, want)
		}
	})
}
