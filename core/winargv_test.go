package core

import (
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
