package core

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadCaseInputs reads every Input of the shared table (../testdata/cases)
// that decodes without a problem.
func loadCaseInputs(t *testing.T) map[string]Input {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "cases", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	ins := map[string]Input{}
	for _, p := range paths {
		doc, err := os.ReadFile(p)
		require.NoError(t, err)
		in, ps, err := decodeInput(doc)
		if err != nil || len(ps) > 0 {
			continue
		}
		ins[strings.TrimSuffix(filepath.Base(p), ".json")] = in
	}
	return ins
}

// TestCLIInputRoundTrip: the --cli-input-json and --cli-input-yaml files
// the generator writes for every case, authorize and revoke, read back by
// decodeCLIInput as the request they were written from, with no problem.
func TestCLIInputRoundTrip(t *testing.T) {
	n := 0
	for name, in := range loadCaseInputs(t) {
		res := Generate(in)
		for _, c := range res.Commands {
			if c.Form != FormCliInputJSON && c.Form != FormCliInputYAML || len(c.Files) != 1 {
				continue
			}
			want := in.Request
			if c.Command == RevokeIngress || c.Command == RevokeEgress {
				want = want.withoutTags()
			}
			got, ps, err := decodeCLIInput(c.Files[0].Content, c.Form == FormCliInputYAML, c.Command)
			if !assert.NoError(t, err, "%s %s %s", name, c.Command, c.Form) {
				continue
			}
			// A document the CLI refuses for the Input's own reasons
			// (GroupName on egress) is refused again, alike.
			wantPs := requestProblems(in, c.Command)
			assert.Equal(t, wantPs, ps, "%s %s %s:\n%s", name, c.Command, c.Form, c.Files[0].Content)
			if len(wantPs) == 0 {
				assert.Equal(t, EncodeInput(Input{Command: in.Command, Request: want}), EncodeInput(Input{Command: in.Command, Request: got}), "%s %s %s:\n%s", name, c.Command, c.Form, c.Files[0].Content)
			}
			n++
		}
	}
	assert.Greater(t, n, 400)
	t.Logf("%d cli-input files read back", n)
}

// requestProblems is what decodeCLIInput should report for the file of an
// Input that decodes cleanly: only the CLI's refusal of GroupName on an
// egress command.
func requestProblems(in Input, command string) []Problem {
	if isEgress(command) && in.Request.GroupName != nil {
		members := egressRequestMembers
		if command == RevokeEgress {
			members = revokeEgressMembers
		}
		return []Problem{{Path: "GroupName", Severity: SeverityError, Code: CodeParamValidation,
			Message: `Unknown parameter in input: "GroupName", must be one of: ` + members}}
	}
	return nil
}

// TestImportPredictedAnswer: the answer the generator predicts for every
// valid case, as the CLI prints it with --output json and --output yaml,
// imports as rules that predict the same answer (the same rules, in the
// same order, with the same IDs).
func TestImportPredictedAnswer(t *testing.T) {
	n := 0
	for name, in := range loadCaseInputs(t) {
		res := Generate(in)
		if res.Response == nil || len(res.Response.SecurityGroupRules) == 0 || in.Request.GroupId == nil {
			continue
		}
		for _, format := range []string{"json", "yaml"} {
			text := res.Output[format]
			got, ok := importDocument(text, 0)
			require.True(t, ok, "%s %s", name, format)
			if !assert.NotNil(t, got.Input, "%s %s: %+v", name, format, got.Problems) {
				continue
			}
			assert.Empty(t, got.Problems, "%s %s", name, format)
			assert.Empty(t, got.Choices, "%s %s", name, format)
			again := Generate(*got.Input)
			if assert.NotNil(t, again.Response, "%s %s: %+v", name, format, again.Problems) {
				assert.Equal(t, res.Output["json"], again.Output["json"], "%s %s:\n%s", name, format, EncodeInput(*got.Input))
			}
			n++
		}
	}
	assert.Greater(t, n, 50)
	t.Logf("%d predicted answers imported", n)
}
