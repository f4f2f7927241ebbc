package core

// The golden test of the --output yaml printer (internal/cliout) on
// Responses; the expected strings were printed by Debian's AWS CLI 2.9.19 (awscli/formatter.py's YAMLDumper:
// ruamel.yaml + libyaml) for the same values.

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sgrules/internal/cliout"
)

func TestOutputYAMLGolden(t *testing.T) {
	checkGolden(t, "yaml", func(r *Response) string { return printed(t, "yaml", r, Ingress) })
}

// checkGolden compares a renderer with goldOutputs.
func checkGolden(t *testing.T, format string, render func(*Response) string) {
	t.Helper()
	names := []string{"refsAndTags", "horizontal", "wide", "egressOneTag"}
	for i, r := range goldResponses() {
		g, ok := goldOutputs[names[i]+"/"+format]
		if assert.True(t, ok, names[i]) {
			assert.Equal(t, g.want, render(r), names[i]+"/"+format)
		}
	}
}

// printed is resp as the CLI prints the answer of command with --output
// format (yaml, text or table).
func printed(t testing.TB, format string, resp *Response, command string) string {
	t.Helper()
	out, err := cliout.Format(format, operationName(command), responseTree(resp))
	if err != nil {
		t.Fatal(err)
	}
	return out
}
