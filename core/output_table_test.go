package core

// Tests of the --output table printer (internal/cliout) against what
// Debian's AWS CLI 2.9.19 (awscli/table.py) printed for the same Responses.

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"sgrules/internal/cliout"
)

func TestOutputTableGolden(t *testing.T) {
	checkGolden(t, "table", func(r *Response) string { return printed(t, "table", r, Ingress) })
}

// tableLinesEven reports whether every line of a table has the same width,
// as table.py measures it.
func tableLinesEven(out string) bool {
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for _, l := range lines {
		if cliout.Width(l) != cliout.Width(lines[0]) {
			return false
		}
	}
	return true
}

// TestTableOperationName: the table's title is the API operation's name.
func TestTableOperationName(t *testing.T) {
	assert.Equal(t, "AuthorizeSecurityGroupIngress", operationName(Ingress))
	assert.Equal(t, "AuthorizeSecurityGroupEgress", operationName(Egress))
}

func TestOutputTableEven(t *testing.T) {
	for _, r := range goldResponses() {
		assert.True(t, tableLinesEven(printed(t, "table", r, Egress)))
	}
}
