package core

// Tests of the --output table renderer (output_table.go) against what
// Debian's AWS CLI 2.9.19 (awscli/table.py) printed for the same Responses.

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOutputTableGolden(t *testing.T) {
	checkGolden(t, "table", func(r *Response) string { return outputTable(r, Ingress) })
}

func TestTableOperationName(t *testing.T) {
	assert.Equal(t, "AuthorizeSecurityGroupIngress", tableOperationName(Ingress))
	assert.Equal(t, "AuthorizeSecurityGroupEgress", tableOperationName(Egress))
}

func TestTableTextLen(t *testing.T) {
	for s, n := range map[string]int{"": 0, "abc": 3, "日本": 4, "é": 2, "e\u0301": 3, "ｱ": 1, "Ａ": 2, "🚀": 2, "Ω": 2, "ключ": 8, "\ufffd": 2, "\u00a0": 1} {
		assert.Equal(t, n, tableTextLen(s), "%q", s)
	}
}

// tableLinesEven reports whether every line of a table has the same width,
// as table.py measures it.
func tableLinesEven(out string) bool {
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for _, l := range lines {
		if tableTextLen(l) != tableTextLen(lines[0]) {
			return false
		}
	}
	return true
}

func TestOutputTableEven(t *testing.T) {
	for _, r := range goldResponses() {
		assert.True(t, tableLinesEven(outputTable(r, Egress)))
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
