package harness

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
)

// TestConformance is the promise, checked with the real AWS CLI: for every
// case, every generated bash command, run through real bash with its files
// beside it, makes the CLI send exactly the request --cli-input-json sends;
// and the CLI prints the predicted answer exactly as predicted.
func TestConformance(t *testing.T) {
	RequireOracle(t, "Debian's awscli (/usr/bin/aws)", HaveAWS())
	RequireOracle(t, "bash", HaveBash())
	cases, err := LoadCases()
	require.NoError(t, err)
	require.NotEmpty(t, cases)

	drv, err := StartDriver()
	require.NoError(t, err)
	defer drv.Close()
	ep := NewEndpoint()
	defer ep.Close()

	var commandsChecked, outputsChecked, errorsChecked int
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			out, err := core.GenerateJSON(c.Doc)
			require.NoError(t, err)
			var res core.Result
			require.NoError(t, json.Unmarshal(out, &res))

			ep.Answer(200, successXML("Any"))
			for _, command := range []string{c.Command, revokeOf(c.Command)} {
				ref, refReqs := runCLI(t, drv, ep, []string{"ec2", command, "--cli-input-json", c.ReferenceJSON(command)}, "")
				for _, cmd := range res.Commands {
					if cmd.Command != command || cmd.Shell != core.ShellBash {
						continue
					}
					dir := t.TempDir()
					for _, f := range cmd.Files {
						require.NoError(t, os.WriteFile(filepath.Join(dir, f.Name), []byte(f.Content), 0o644))
					}
					argv, err := BashArgv(cmd.Text, dir)
					require.NoError(t, err, "%s %s:\n%s", cmd.Form, cmd.Command, cmd.Text)
					got, gotReqs := runCLI(t, drv, ep, argv, dir)
					assert.Equal(t, refReqs, gotReqs, "%s %s sends a different request:\n%s\nreference: %+v\ngenerated: %+v", cmd.Form, command, cmd.Text, ref, got)
					assert.Equal(t, ref.RC, got.RC, "%s %s exit code:\n%s\nstderr: %s", cmd.Form, command, cmd.Text, got.Stderr)
					commandsChecked++
				}
			}

			action := "AuthorizeSecurityGroupIngress"
			if c.Command == core.Egress {
				action = "AuthorizeSecurityGroupEgress"
			}
			switch {
			case res.Response != nil:
				ep.Answer(200, ResponseXML(action, res.Response))
				require.Contains(t, res.Output, "json")
				for format, want := range res.Output {
					o, _ := runCLI(t, drv, ep, []string{"ec2", c.Command, "--cli-input-json", c.ReferenceJSON(c.Command), "--output", format}, "")
					assert.Equal(t, 0, o.RC, "stderr: %s", o.Stderr)
					assert.Equal(t, want, o.Stdout, "--output %s", format)
					outputsChecked++
				}
			case res.Error != nil && res.Error.Code != core.CodeParamValidation:
				ep.Answer(400, ErrorXML(res.Error.Code, res.Error.Message))
				o, _ := runCLI(t, drv, ep, []string{"ec2", c.Command, "--cli-input-json", c.ReferenceJSON(c.Command)}, "")
				want := strings.TrimPrefix(res.Error.Output, "aws: [ERROR]: ")
				assert.Equal(t, "\n"+want+"\n", o.Stderr)
				assert.Equal(t, 254, o.RC)
				errorsChecked++
			}
		})
	}
	t.Logf("conformance: %d cases, %d generated bash commands compared with the reference request, %d outputs and %d errors compared with the CLI's, %d CLI runs",
		len(cases), commandsChecked, outputsChecked, errorsChecked, drv.Runs)
}

// runCLI runs the CLI against the endpoint and returns what it did and the
// requests it sent.
func runCLI(t *testing.T, drv *Driver, ep *Endpoint, argv []string, dir string) (Outcome, [][]string) {
	t.Helper()
	full := append(append([]string{}, argv...), "--endpoint-url", ep.URL())
	o, err := drv.Run(full, dir)
	require.NoError(t, err)
	require.NotEqual(t, -1, o.RC, "driver failure: %s", o.Stderr)
	return o, ep.Take()
}

func revokeOf(command string) string {
	return strings.Replace(command, "authorize-", "revoke-", 1)
}

var _ = fmt.Sprint
