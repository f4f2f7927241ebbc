package core_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
	"sgrules/tools/harness"
)

// TestImportCLIJudge holds Import's reading of argv to the real CLI
// (Debian's 2.9.19 against a loopback endpoint), over the spec's vectors and
// unusual spellings (testdata/import/cli_vectors.jsonl): when the CLI sends a
// request, Import reports no error and its Input, sent with
// --cli-input-json, makes the same request; when the CLI refuses, Import
// reports an error worded as the CLI words it.
func TestImportCLIJudge(t *testing.T) {
	harness.RequireOracle(t, "Debian's aws CLI", harness.HaveAWS())
	drv, err := harness.StartDriver()
	require.NoError(t, err)
	defer drv.Close()
	ep := harness.NewEndpoint()
	defer ep.Close()

	f, err := os.Open("testdata/import/cli_vectors.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var sent, refused, silent, notCarriedOver int
	for sc.Scan() {
		var v struct {
			Bash  string
			Argv  []string
			Files map[string]string
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v))
		dir := t.TempDir()
		for name, content := range v.Files {
			require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
		}
		// The endpoint goes first: a global option is read anywhere, and
		// before "ec2" nothing of the command's own can take it.
		out, err := drv.Run(append([]string{"--endpoint-url", ep.URL()}, v.Argv...), dir)
		require.NoError(t, err)
		reqs := ep.Take()
		in, _, problems, _ := core.ImportArgvForTest(v.Argv, v.Files)
		if why := notCarried(problems); why != "" && len(reqs) == 1 {
			// The CLI sends what an Input cannot hold; Import says so.
			notCarriedOver++
			t.Logf("not carried over: %s: %s", v.Bash, why)
			continue
		}
		switch {
		case len(reqs) == 1:
			sent++
			for _, p := range problems {
				assert.NotEqual(t, core.SeverityError, p.Severity, "%s\nthe CLI sent a request, Import reports %s: %s", v.Bash, p.Path, p.Message)
			}
			if !assert.NotNil(t, in, v.Bash) {
				continue
			}
			ref := referenceRequest(t, drv, ep, operation(v.Argv), in)
			assert.Equal(t, strings.Join(reqs[0], "\n"), strings.Join(ref, "\n"), "%s\nInput %s", v.Bash, core.EncodeInput(*in))
		case out.RC == 0:
			// --generate-cli-skeleton: nothing is sent.
			silent++
		default:
			refused++
			msg := cliMessage(out.Stderr)
			assert.True(t, hasMessage(problems, msg), "%s\nthe CLI refuses with %q\nImport reports %s", v.Bash, msg, describe(problems))
		}
	}
	require.NoError(t, sc.Err())
	report := "Import held to the CLI (testdata/import/cli_vectors.jsonl): " + strconv.Itoa(sent) + " commands the CLI sends, read to the same request; " +
		strconv.Itoa(refused) + " the CLI refuses, refused with its words; " + strconv.Itoa(silent) + " that send nothing; " +
		strconv.Itoa(notCarriedOver) + " whose request an Input cannot hold, reported as such\n"
	t.Log(report)
	harness.WriteReport("import-cli-judge.txt", report)
	assert.Greater(t, sent+refused, 100)
}

// notCarried is Import's report that the request cannot be held by an
// Input (rule IDs, the legacy top-level parameters, integers beyond 64
// bits), or "".
func notCarried(problems []core.Problem) string {
	for _, p := range problems {
		if p.Code == core.CodeNotImported || strings.Contains(p.Message, "legacy top-level parameter") ||
			strings.Contains(p.Message, "integers that fit in 64 bits") || strings.Contains(p.Message, "not a number; write a port number") {
			return p.Message
		}
	}
	return ""
}

// operation is the command the words name after "ec2".
func operation(argv []string) string {
	for i, w := range argv {
		if w == "ec2" && i+1 < len(argv) {
			return argv[i+1]
		}
	}
	return ""
}

// referenceRequest is the request the CLI sends for op with in as
// --cli-input-json.
func referenceRequest(t *testing.T, drv *harness.Driver, ep *harness.Endpoint, op string, in *core.Input) []string {
	var doc struct{ Input json.RawMessage }
	require.NoError(t, json.Unmarshal(core.EncodeInput(*in), &doc))
	out, err := drv.Run([]string{"--endpoint-url", ep.URL(), "ec2", op, "--cli-input-json", string(doc.Input)}, "")
	require.NoError(t, err)
	reqs := ep.Take()
	require.Len(t, reqs, 1, "reference request for %s: %s", doc.Input, out.Stderr)
	return reqs[0]
}

// cliMessage is the CLI's message in its stderr, without argparse's usage
// block and "aws: error: " prefix.
func cliMessage(stderr string) string {
	s := strings.Trim(stderr, "\n")
	// argparse names the program: aws, or driver.py under the driver.
	for _, prog := range []string{"aws: error: ", "driver.py: error: "} {
		if i := strings.LastIndex(s, prog); i >= 0 {
			return s[i+len(prog):]
		}
	}
	if strings.HasPrefix(s, "usage: ") {
		lines := strings.Split(s, "\n")
		return lines[len(lines)-1]
	}
	return s
}

// hasMessage reports whether Import reports the CLI's message: one error
// Problem says it, or, for botocore's validation, each of its lines.
func hasMessage(problems []core.Problem, msg string) bool {
	said := map[string]bool{}
	for _, p := range problems {
		if p.Severity == core.SeverityError {
			said[p.Message] = true
		}
	}
	if said[msg] {
		return true
	}
	if strings.Contains(msg, "Unable to load paramfile") {
		// The file is not here: Import asks for its content instead.
		for _, p := range problems {
			if p.Code == core.CodeFile {
				return true
			}
		}
	}
	const header = "Parameter validation failed:\n"
	if !strings.HasPrefix(msg, header) {
		return false
	}
	for _, line := range strings.Split(msg[len(header):], "\n") {
		if !said[line] {
			return false
		}
	}
	return true
}

func describe(problems []core.Problem) string {
	var lines []string
	for _, p := range problems {
		lines = append(lines, p.Severity+" "+p.Code+" "+p.Path+": "+strconv.Quote(p.Message))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
