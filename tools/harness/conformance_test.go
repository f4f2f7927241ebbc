package harness

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
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

	// A pool of CLI drivers, each with its own endpoint: the cases run in
	// parallel, one per driver, since the CLI is the slow part.
	type worker struct {
		drv *Driver
		ep  *Endpoint
	}
	pool := make(chan worker, workers())
	var drivers []*Driver
	for i := 0; i < cap(pool); i++ {
		drv, err := StartDriver()
		require.NoError(t, err)
		defer drv.Close()
		ep := NewEndpoint()
		defer ep.Close()
		drivers = append(drivers, drv)
		pool <- worker{drv, ep}
	}

	var mu sync.Mutex // guards the tallies below
	var commandsChecked, outputsChecked, errorsChecked, cliErrorsChecked int
	var ownRefusals []string
	fields, codes := map[string]int{}, map[string]int{}
	t.Run("cases", func(t *testing.T) {
		for _, c := range cases {
			t.Run(c.Name, func(t *testing.T) {
				t.Parallel()
				w := <-pool
				defer func() { pool <- w }()
				n := conformanceCase(t, w.drv, w.ep, c)
				mu.Lock()
				defer mu.Unlock()
				countCase(c, n.res, fields, codes)
				commandsChecked += n.commands
				outputsChecked += n.outputs
				errorsChecked += n.errors
				cliErrorsChecked += n.cliErrors
				if n.ownRefusal {
					ownRefusals = append(ownRefusals, c.Name)
				}
			})
		}
	})
	runs := 0
	for _, d := range drivers {
		runs += d.Runs
		assert.NoError(t, d.Check(), "the runs share the service models and must not change them")
	}
	sort.Strings(ownRefusals)
	summary := fmt.Sprintf("conformance: %d cases, %d generated bash commands compared with the reference request, %d outputs, %d EC2 errors and %d CLI errors compared with the CLI's, %d CLI runs; sgrules' own refusals (not compared): %v\n",
		len(cases), commandsChecked, outputsChecked, errorsChecked, cliErrorsChecked, runs, ownRefusals)
	report := summary + "cases per field:\n" + countTable(fields) + "cases per problem code:\n" + countTable(codes)
	t.Log(report)
	WriteReport("conformance.txt", report)
}

// caseTally is what one conformance case checked.
type caseTally struct {
	res                                  core.Result
	commands, outputs, errors, cliErrors int
	ownRefusal                           bool
}

// conformanceCase checks one case with one driver and its endpoint.
func conformanceCase(t *testing.T, drv *Driver, ep *Endpoint, c Case) (n caseTally) {
	out, err := core.GenerateJSON(c.Doc)
	require.NoError(t, err)
	var res core.Result
	require.NoError(t, json.Unmarshal(out, &res))
	n.res = res

	ep.Answer(200, successXML("Any"))
	for _, command := range []string{c.Command, core.RevokeOf(c.Command)} {
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
			n.commands++
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
			n.outputs++
		}
	case res.Error != nil && res.Error.Code != core.CodeParamValidation:
		ep.Answer(400, ErrorXML(res.Error.Code, res.Error.Message))
		o, _ := runCLI(t, drv, ep, []string{"ec2", c.Command, "--cli-input-json", c.ReferenceJSON(c.Command)}, "")
		want := strings.TrimPrefix(res.Error.Output, "aws: [ERROR]: ")
		assert.Equal(t, "\n"+want+"\n", o.Stderr)
		assert.Equal(t, 254, o.RC)
		n.errors++
	case res.Error != nil && isCLIMessage(res.Error.Message):
		// A client-side error: the CLI prints it and sends
		// nothing. botocore lists its problems in the
		// document's key order, so the case's own bytes are
		// sent, not the key-sorted ReferenceJSON.
		o, reqs := runCLI(t, drv, ep, []string{"ec2", c.Command, "--cli-input-json", rawInput(t, c.Doc)}, "")
		want := strings.TrimPrefix(res.Error.Output, "aws: [ERROR]: An error occurred (ParamValidation): ")
		assert.Equal(t, "\n"+want+"\n", o.Stderr)
		assert.Equal(t, 252, o.RC)
		assert.Empty(t, reqs)
		n.cliErrors++
	case res.Error != nil:
		// sgrules' own refusal (a legacy top-level key, a bad
		// outer field): the CLI has nothing to compare with.
		n.ownRefusal = true
	}
	return n
}

// isCLIMessage reports whether an error message is one the CLI prints
// itself: botocore's parameter validation, or a --cli-input-json that is
// not an object.
func isCLIMessage(msg string) bool {
	return strings.HasPrefix(msg, "Parameter validation failed:\n") || strings.HasPrefix(msg, "Error parsing parameter ")
}

// rawInput is the case's "Input" member exactly as written.
func rawInput(t *testing.T, doc []byte) string {
	var d struct{ Input json.RawMessage }
	require.NoError(t, json.Unmarshal(doc, &d))
	return string(d.Input)
}

// countCase adds a case to the tallies: each field its Input uses (a path
// without list indices, e.g. IpPermissions.IpRanges.CidrIp), and each code
// among the Problems of its Result; a case counts once per field and code.
func countCase(c Case, res core.Result, fields, codes map[string]int) {
	seen := map[string]bool{}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				p := k
				if path != "" {
					p = path + "." + k
				}
				walk(p, e)
			}
		case []any:
			for _, e := range x {
				walk(path, e)
			}
			if len(x) == 0 && path != "" {
				seen[path] = true
			}
		default:
			seen[path] = true
		}
	}
	var doc struct{ Input any }
	if json.Unmarshal(c.Doc, &doc) == nil {
		walk("", doc.Input)
	}
	for f := range seen {
		fields[f]++
	}
	seenCode := map[string]bool{}
	for _, p := range res.Problems {
		k := p.Severity + " " + p.Code
		if !seenCode[k] {
			seenCode[k] = true
			codes[k]++
		}
	}
}

// countTable formats tallies one per line, sorted by name.
func countTable(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "  %4d  %s\n", m[k], k)
	}
	return b.String()
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
