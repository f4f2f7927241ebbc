package cliout

// Tests of the --output table printer's parts (table.go, table_width.go)
// against what Debian's AWS CLI 2.9.19 (awscli/table.py) does.

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTableTextLen(t *testing.T) {
	for s, n := range map[string]int{"": 0, "abc": 3, "日本": 4, "é": 2, "e\u0301": 3, "ｱ": 1, "Ａ": 2, "🚀": 2, "Ω": 2, "ключ": 8, "\ufffd": 2, "\u00a0": 1} {
		assert.Equal(t, n, Width(s), "%q", s)
	}
}

func TestColumnWidthsRounding(t *testing.T) {
	// Python's round() takes halves to even: 2.5 -> 2, 3.5 -> 4; the
	// remainder is then taken from the first columns or given to the last
	// (values checked with table.py's Section.calculate_column_widths).
	s := &tableSection{maxWidths: []int{1, 3}}
	assert.Equal(t, []int{5, 7}, s.columnWidths(12))
	s = &tableSection{maxWidths: []int{0, 0, 0}}
	assert.Equal(t, []int{4, 5, 5}, s.columnWidths(14))
	assert.Equal(t, []int{5, 6, 6}, s.columnWidths(17))
}
