package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRequestedFile: the page learns which file to ask for from the
// Problem Import reports.
func TestRequestedFile(t *testing.T) {
	res := Import(ImportRequest{Text: `aws ec2 authorize-security-group-ingress --group-id sg-1 --ip-permissions "file://my rules: paste the file's content.json"`})
	require.NotEmpty(t, res.Problems)
	n, ok := RequestedFile(res.Problems[0])
	assert.True(t, ok)
	assert.Equal(t, "my rules: paste the file's content.json", n)
	_, ok = RequestedFile(Problem{Code: CodeVariable, Message: "uses $SG_ID — type its value"})
	assert.False(t, ok)
}
