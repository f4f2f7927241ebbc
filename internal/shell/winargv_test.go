package shell

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUCRTSplit(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{`aws a b`, []string{"aws", "a", "b"}},
		{`aws "a b" c`, []string{"aws", "a b", "c"}},
		{`aws a\"b`, []string{"aws", `a"b`}},
		{`aws "C:\dir\\" next`, []string{"aws", `C:\dir\`, "next"}},
		{`aws "C:\dir\" next x\\\"y z\\y`, []string{"aws", `C:\dir" next x\"y z\\y`}},
		{`aws "a b c"" d" """x""" "" e`, []string{"aws", `a b c" d`, `"x"`, "", "e"}},
		{`aws ""`, []string{"aws", ""}},
		{"aws \ta\t ", []string{"aws", "a"}},
		// windows-quoting.md §2.4 case 8: the & is quoted for cmd, not for the CRT.
		{`aws Description=\"a & b\"`, []string{"aws", `Description="a`, "&", `b"`}},
	} {
		assert.Equal(t, tc.want, ucrtSplit(tc.line), tc.line)
	}
}

// FuzzUCRTSplitEqual holds ucrtSplitEqual to ucrtSplit: true for the split
// itself, and the same answer as comparing the split for argument lists near
// it (one changed, added or removed).
func FuzzUCRTSplitEqual(f *testing.F) {
	f.Add(`aws a b`, 0, "x")
	f.Add(`"C:\Program Files\aws.exe" "a \"b\" c\\" d\\\"e f""g"`, 1, `\`)
	f.Add(`a"b c"d e\\\\"f g" "" """x"""`, 2, `"`)
	f.Fuzz(func(t *testing.T, line string, k int, extra string) {
		split := ucrtSplit(line)
		if !ucrtSplitEqual(line, split[0], split[1:]) {
			t.Fatalf("%q: not equal to its own split %q", line, split)
		}
		if k < 0 {
			k = -k
		}
		k %= len(split) + 1
		variants := [][]string{
			slices.Insert(slices.Clone(split), k, extra),
		}
		if k < len(split) {
			changed := slices.Clone(split)
			changed[k] += extra
			variants = append(variants, changed, slices.Delete(slices.Clone(split), k, k+1))
			cut := slices.Clone(split)
			cut[k] = cut[k][:len(cut[k])/2]
			variants = append(variants, cut)
			swapped := slices.Clone(split)
			swapped[k] = extra
			variants = append(variants, swapped)
		}
		for _, want := range variants {
			if len(want) == 0 {
				continue
			}
			if got := ucrtSplitEqual(line, want[0], want[1:]); got != slices.Equal(split, want) {
				t.Fatalf("%q against %q: ucrtSplitEqual says %v, ucrtSplit is %q", line, want, got, split)
			}
		}
	})
}
