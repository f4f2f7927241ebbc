package harness

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
)

// The CLI as judge (issue 11, Proof): for every bash command of the corpus
// (judge_corpus_test.go), real bash turns the text into argv and the Debian
// CLI runs it against the capture endpoint; Import reads the same text. When
// the CLI sent a request, Import's Input, sent with --cli-input-json through
// the same CLI, must make the same request; when the CLI refused, Import must
// report an error whose message contains the CLI's (cliMessage).
//
// TestJudgeCorpusRunsInCLI checks the CLI side alone against the goldens
// under testdata/judge/golden (one file per source: for each command the
// argv, the request or the refusal), which are also what to read when Import
// disagrees. -judge.update rewrites them.

var judgeUpdate = flag.Bool("judge.update", false, "rewrite the CLI-as-judge goldens under testdata/judge/golden")

// cliOutcome is what bash and the CLI did with one corpus command.
type cliOutcome struct {
	Name   string
	Origin string
	Text   string
	// RunError is set when the text could not be judged: bash failed, or the
	// CLI sent several requests, or none and exited 0.
	RunError string `json:",omitempty"`
	// Argv is what bash gave aws.
	Argv []string `json:",omitempty"`
	// RC is the CLI's exit code.
	RC int
	// Request is the one request the CLI sent, as sorted form parameters;
	// nil when it sent none.
	Request []string `json:",omitempty"`
	// Message is the CLI's message when it sent nothing (cliMessage), and
	// Stderr all it printed then.
	Message string `json:",omitempty"`
	Stderr  string `json:",omitempty"`
	// AsPublished is what the CLI does with a seed's text as published,
	// when that differs from the straightened Text.
	AsPublished *cliOutcome `json:",omitempty"`
}

// sent reports whether the CLI sent the command's request.
func (o cliOutcome) sent() bool { return o.Request != nil }

// judgeCLI caches the CLI side, which both tests need, for one test binary
// run: it is the slow part.
var judgeCLI struct {
	sync.Mutex
	done     bool
	entries  []judgeEntry
	outcomes []cliOutcome
	seconds  float64
}

// judgeOutcomes runs every corpus command through bash and the CLI, once.
func judgeOutcomes(t *testing.T) ([]judgeEntry, []cliOutcome) {
	t.Helper()
	RequireOracle(t, "Debian's awscli (/usr/bin/aws)", HaveAWS())
	RequireOracle(t, "bash", HaveBash())
	judgeCLI.Lock()
	defer judgeCLI.Unlock()
	if judgeCLI.done {
		return judgeCLI.entries, judgeCLI.outcomes
	}
	start := time.Now()
	entries, err := loadJudgeCorpus()
	require.NoError(t, err)
	drv, err := StartDriver()
	require.NoError(t, err)
	defer drv.Close()
	ep := NewEndpoint()
	defer ep.Close()
	outcomes := make([]cliOutcome, len(entries))
	for i, e := range entries {
		outcomes[i] = runJudgeCLI(t, drv, ep, e, e.Text)
		if e.ImportText != e.Text {
			p := runJudgeCLI(t, drv, ep, e, e.ImportText)
			outcomes[i].AsPublished = &p
		}
	}
	judgeCLI.entries, judgeCLI.outcomes, judgeCLI.done = entries, outcomes, true
	judgeCLI.seconds = time.Since(start).Seconds()
	t.Logf("CLI side: %d commands, %d CLI runs in %.1f s", len(entries), drv.Runs, judgeCLI.seconds)
	return entries, outcomes
}

// runJudgeCLI runs text through real bash, in a directory holding the
// entry's files, and what bash gives aws through the CLI.
func runJudgeCLI(t *testing.T, drv *Driver, ep *Endpoint, e judgeEntry, text string) cliOutcome {
	t.Helper()
	o := cliOutcome{Name: e.Name, Origin: e.Origin, Text: text}
	dir := t.TempDir()
	for name, content := range e.Files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	argv, err := BashArgv(text, dir)
	if err != nil {
		o.RunError = err.Error()
		return o
	}
	o.Argv = argv
	if len(argv) == 0 {
		o.RunError = "aws was run without arguments"
		return o
	}
	ep.Answer(200, successXML("Any"))
	run, reqs := runCLI(t, drv, ep, argv, dir)
	o.RC = run.RC
	switch {
	case len(reqs) == 1:
		o.Request = reqs[0]
	case len(reqs) > 1:
		o.RunError = fmt.Sprintf("the CLI sent %d requests", len(reqs))
	case run.RC == 0:
		o.RunError = "the CLI sent nothing and exited 0: " + run.Stdout
	default:
		o.Message = cliMessage(run.Stderr)
		o.Stderr = run.Stderr
	}
	return o
}

// cliMessage is the part of the CLI's stderr that Import's error must
// contain: the first non-blank line, trimmed, except that
//   - after "Parameter validation failed:" the next line, which names the
//     problem, is taken instead;
//   - for argparse's refusals (usage text first) the last line is taken,
//     without its "<program>: error: " prefix (the program is driver.py
//     inside the driver, aws outside it).
func cliMessage(stderr string) string {
	var lines []string
	for _, l := range strings.Split(stderr, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	switch {
	case len(lines) == 0:
		return ""
	case strings.HasPrefix(lines[0], "usage: "):
		last := lines[len(lines)-1]
		if i := strings.Index(last, ": error: "); i >= 0 {
			last = last[i+len(": error: "):]
		}
		return last
	case lines[0] == "Parameter validation failed:" && len(lines) > 1:
		return lines[1]
	}
	return lines[0]
}

// TestJudgeCorpusRunsInCLI checks the CLI side of the judge alone: every
// corpus command runs through bash, every source has commands, the author's
// expectations (sends / refuses) hold, every seed as published is refused,
// and every outcome equals its golden.
func TestJudgeCorpusRunsInCLI(t *testing.T) {
	entries, outcomes := judgeOutcomes(t)
	bySource := map[string][]cliOutcome{}
	for i, e := range entries {
		o := outcomes[i]
		bySource[e.Source] = append(bySource[e.Source], o)
		if !assert.Empty(t, o.RunError, "%s: %s", e.Key(), e.Text) {
			continue
		}
		switch want := e.Expect; {
		case want == "sends":
			assert.True(t, o.sent(), "%s: the CLI refused: %s\n%s", e.Key(), o.Stderr, e.Text)
		case strings.HasPrefix(want, "refuses: "):
			if assert.False(t, o.sent(), "%s: the CLI sent %v\n%s", e.Key(), o.Request, e.Text) {
				assert.Contains(t, o.Message, strings.TrimPrefix(want, "refuses: "), "%s: %s", e.Key(), e.Text)
			}
		case want != "":
			t.Errorf("%s: unknown expectation %q", e.Key(), want)
		}
		if p := o.AsPublished; p != nil {
			assert.False(t, p.sent(), "%s as published: the CLI sent %v", e.Key(), p.Request)
		}
	}
	for _, src := range judgeSources {
		assert.NotEmpty(t, bySource[src], "source %s has no commands", src)
		path := filepath.Join(judgeDir, "golden", src+".json")
		got, err := json.MarshalIndent(bySource[src], "", "  ")
		require.NoError(t, err)
		got = append(got, '\n')
		if *judgeUpdate {
			require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
			require.NoError(t, os.WriteFile(path, got, 0o644))
			continue
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err, "run with -judge.update to write the goldens")
		if !bytes.Equal(want, got) {
			var w []cliOutcome
			require.NoError(t, json.Unmarshal(want, &w))
			assert.Equal(t, w, bySource[src], "%s differs from the CLI's outcomes (-judge.update rewrites it)", path)
		}
	}
}

// judgeTally counts one source's commands.
type judgeTally struct{ commands, sent, refused, sameRequest, sameRefusal, gaps, failed int }

// TestJudge is the CLI as judge of core.Import.
func TestJudge(t *testing.T) {
	entries, outcomes := judgeOutcomes(t)
	start := time.Now()
	drv, err := StartDriver()
	require.NoError(t, err)
	defer drv.Close()
	ep := NewEndpoint()
	defer ep.Close()

	tallies := map[string]*judgeTally{}
	for _, src := range judgeSources {
		tallies[src] = &judgeTally{}
	}
	for i, e := range entries {
		n := tallies[e.Source]
		n.commands++
		o := outcomes[i]
		if o.sent() {
			n.sent++
		} else {
			n.refused++
		}
		problem := judgeImport(t, drv, ep, core.Import, e, o)
		if gap, known := importGaps[e.Key()]; known {
			// A known gap must still fail: when Import learns it, the
			// entry leaves the list and is judged like the rest.
			if problem == "" {
				t.Errorf("%s now reads as the CLI does: remove it from importGaps", e.Key())
			}
			n.gaps++
			t.Logf("%s: known gap (%s)", e.Key(), gap)
			continue
		}
		if problem != "" {
			n.failed++
			t.Errorf("%s (%s):\n%s\n%s", e.Key(), e.Origin, e.ImportText, problem)
		} else if o.sent() {
			n.sameRequest++
		} else {
			n.sameRefusal++
		}
	}

	var b strings.Builder
	fmt.Fprintf(&b, "import-judge: bash commands nobody here generated, run by real bash and the Debian CLI, read by core.Import\n")
	fmt.Fprintf(&b, "%-12s %8s %8s %8s %13s %13s %7s %7s\n", "source", "commands", "cli-sent", "cli-refd", "same-request", "same-refusal", "gaps", "failed")
	var total judgeTally
	for _, src := range judgeSources {
		c := tallies[src]
		fmt.Fprintf(&b, "%-12s %8d %8d %8d %13d %13d %7d %7d\n", src, c.commands, c.sent, c.refused, c.sameRequest, c.sameRefusal, c.gaps, c.failed)
		total.commands += c.commands
		total.sent += c.sent
		total.refused += c.refused
		total.sameRequest += c.sameRequest
		total.sameRefusal += c.sameRefusal
		total.failed += c.failed
		total.gaps += c.gaps
	}
	fmt.Fprintf(&b, "%-12s %8d %8d %8d %13d %13d %7d %7d\n", "total", total.commands, total.sent, total.refused, total.sameRequest, total.sameRefusal, total.gaps, total.failed)
	fmt.Fprintf(&b, "vectors left out: %d with several keys no permission member can take, %d duplicates\n", vectorsLeftOut, vectorsDuplicate)
	t.Log("\n" + b.String())
	t.Logf("Import side: %d CLI runs in %.1f s (CLI side: %.1f s)", drv.Runs, time.Since(start).Seconds(), judgeCLI.seconds)
	WriteReport("import-judge.txt", b.String())
}

// judgeImport checks Import on one entry against the CLI's outcome, and
// says what is wrong ("" when nothing is).
func judgeImport(t *testing.T, drv *Driver, ep *Endpoint, importer func(core.ImportRequest) core.ImportResult, e judgeEntry, o cliOutcome) string {
	t.Helper()
	if o.RunError != "" {
		return "not judged: " + o.RunError
	}
	res := importer(core.ImportRequest{Text: e.ImportText, Shell: core.ShellBash, Files: e.Files})
	var errs []string
	for _, p := range res.Problems {
		if p.Severity == core.SeverityError {
			errs = append(errs, p.Message)
		}
	}
	if !o.sent() {
		for _, m := range errs {
			if strings.Contains(m, o.Message) {
				return ""
			}
		}
		return fmt.Sprintf("the CLI refuses it (exit %d) with\n  %s\nbut Import's errors are %q", o.RC, o.Message, errs)
	}
	if res.Input == nil {
		return fmt.Sprintf("the CLI sends %v\nbut Import gives no Input; its errors: %q", o.Request, errs)
	}
	if len(errs) > 0 {
		return fmt.Sprintf("the CLI sends %v\nbut Import reports errors %q", o.Request, errs)
	}
	command := subcommand(o.Argv)
	if ic := res.Input.Command; ic != command && ic != strings.Replace(command, "revoke-", "authorize-", 1) {
		return fmt.Sprintf("the command is %s but Import's Input is for %s", command, ic)
	}
	if e.ImportText != e.Text && len(res.Notes) == 0 {
		return "Import read the published text without a Note saying what it repaired"
	}
	doc := referenceDoc(*res.Input, command)
	ep.Answer(200, successXML("Any"))
	run, reqs := runCLI(t, drv, ep, []string{"ec2", command, "--cli-input-json", doc}, "")
	if len(reqs) != 1 {
		return fmt.Sprintf("Import's Input, sent with --cli-input-json %s, sends %d requests (exit %d): %s", doc, len(reqs), run.RC, run.Stderr)
	}
	if fmt.Sprint(reqs[0]) != fmt.Sprint(o.Request) {
		return fmt.Sprintf("the command sends    %v\nImport's Input sends %v\n(--cli-input-json %s)", o.Request, reqs[0], doc)
	}
	return ""
}

// subcommand is the word after "ec2" in argv: global options may come
// before it.
func subcommand(argv []string) string {
	for i := 0; i+1 < len(argv); i++ {
		if argv[i] == "ec2" {
			return argv[i+1]
		}
	}
	return ""
}

// importGaps are corpus entries the CLI reads and Import does not yet, with
// why: each is counted as a gap and must keep failing until it is fixed.
var importGaps = map[string]string{}
