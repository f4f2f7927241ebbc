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
	var n judgeTally
	for sc.Scan() {
		var v struct {
			Bash  string
			Argv  []string
			Files map[string]string
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v))
		judge(t, drv, ep, v.Bash, v.Argv, v.Argv, v.Files, &n)
	}
	require.NoError(t, sc.Err())
	vectors := n
	// Text nobody here wrote: the examples of Debian's awscli package and
	// AWS's reference pages (docs/seeds.md), split into words by real
	// bash. The pages' typographic quotes are straightened (a shell
	// reader's repair); their en dashes are left for Import to repair, and
	// the CLI runs the intended "--".
	var real judgeTally
	for _, text := range realWorldCommands(t) {
		argv, err := harness.BashArgv(text, t.TempDir())
		require.NoError(t, err, text)
		intended := make([]string, len(argv))
		for i, w := range argv {
			intended[i] = strings.Replace(strings.Replace(w, "\u2013", "--", 1), "\u2014", "--", 1)
			if !strings.HasPrefix(w, "\u2013") && !strings.HasPrefix(w, "\u2014") {
				intended[i] = w
			}
		}
		judge(t, drv, ep, text, argv, intended, nil, &real)
	}
	report := "Import held to the CLI (Debian's 2.9.19, loopback endpoint):\n" +
		"  spec vectors and unusual spellings (testdata/import/cli_vectors.jsonl): " + vectors.String() + "\n" +
		"  Debian's awscli examples and AWS's reference pages, through real bash: " + real.String() + "\n"
	t.Log(report)
	harness.WriteReport("import-cli-judge.txt", report)
	assert.Greater(t, vectors.sent+vectors.refused, 100)
	assert.Greater(t, real.sent+real.refused, 15)
}

// judgeTally counts the judge's verdicts.
type judgeTally struct{ sent, refused, silent, notCarried int }

func (n judgeTally) String() string {
	return strconv.Itoa(n.sent) + " sent, read to the same request; " + strconv.Itoa(n.refused) + " refused, refused in the CLI's words; " +
		strconv.Itoa(n.silent) + " sending nothing; " + strconv.Itoa(n.notCarried) + " an Input cannot hold, reported as such"
}

// judge runs cliArgv through the CLI and argv through Import, and checks
// that they agree.
func judge(t *testing.T, drv *harness.Driver, ep *harness.Endpoint, label string, argv, cliArgv []string, files map[string]string, n *judgeTally) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	// The endpoint goes first: a global option is read anywhere, and
	// before "ec2" nothing of the command's own can take it.
	out, err := drv.Run(append([]string{"--endpoint-url", ep.URL()}, cliArgv...), dir)
	require.NoError(t, err)
	reqs := ep.Take()
	in, _, problems, _ := core.ImportArgvForTest(argv, files)
	if why := notCarried(problems); why != "" && len(reqs) == 1 {
		// The CLI sends what an Input cannot hold; Import says so.
		n.notCarried++
		t.Logf("not carried over: %s: %s", label, why)
		return
	}
	switch {
	case len(reqs) == 1:
		n.sent++
		for _, p := range problems {
			assert.NotEqual(t, core.SeverityError, p.Severity, "%s\nthe CLI sent a request, Import reports %s: %s", label, p.Path, p.Message)
		}
		if !assert.NotNil(t, in, label) {
			return
		}
		ref := referenceRequest(t, drv, ep, operation(cliArgv), in)
		assert.Equal(t, strings.Join(reqs[0], "\n"), strings.Join(ref, "\n"), "%s\nInput %s", label, core.EncodeInput(*in))
	case out.RC == 0:
		// --generate-cli-skeleton: nothing is sent.
		n.silent++
	default:
		n.refused++
		msg := cliMessage(out.Stderr)
		assert.True(t, hasMessage(problems, msg), "%s\nthe CLI refuses with %q\nImport reports %s", label, msg, describe(problems))
	}
}

// realWorldCommands are the authorize and revoke examples of Debian's
// awscli package (awscli/examples/ec2/*.rst) and of AWS's two reference
// pages as published (docs/seeds.md), typographic quotes straightened.
func realWorldCommands(t *testing.T) []string {
	var cmds []string
	dir := "/usr/lib/python3/dist-packages/awscli/examples/ec2"
	for _, name := range []string{"authorize-security-group-ingress", "authorize-security-group-egress", "revoke-security-group-ingress", "revoke-security-group-egress"} {
		raw, err := os.ReadFile(filepath.Join(dir, name+".rst"))
		require.NoError(t, err)
		lines := strings.Split(string(raw), "\n")
		for i := 0; i < len(lines); i++ {
			if !strings.HasPrefix(strings.TrimSpace(lines[i]), "aws ec2 ") {
				continue
			}
			cmd := strings.TrimSpace(lines[i])
			for strings.HasSuffix(cmd, "\\") && i+1 < len(lines) {
				i++
				cmd += "\n" + strings.TrimSpace(lines[i])
			}
			cmds = append(cmds, cmd)
		}
	}
	straight := strings.NewReplacer("\u201d", "\"", "\u201c", "\"", "\u2019", "'", "\u2018", "'")
	for _, rest := range []string{
		"\u2013group-id sg-1234567890abcdef0 \u2013ip-permissions IpProtocol=tcp,FromPort=3389,ToPort=3389,IpRanges=\u201d[{CidrIp=172.31.0.0/16}]\u201d IpProtocol=icmp,FromPort=-1,ToPort=-1,IpRanges=\u201d[{CidrIp=172.31.0.0/16}]\u201d",
		"\u2013group-id sg-1234567890abcdef0 \u2013ip-permissions IpProtocol=icmp,FromPort=3,ToPort=4,IpRanges=\u201d[{CidrIp=0.0.0.0/0}]\u201d",
		"\u2013group-id sg-1234567890abcdef0 \u2013ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges=\u201d[{CidrIpv6=2001:db8:1234:1a00::/64}]\u201d",
		"\u2013group-id sg-1234567890abcdef0 \u2013ip-permissions IpProtocol=icmpv6,Ipv6Ranges=\u201d[{CidrIpv6=::/0}]\u201d",
		"\u2013group-id sg-1234567890abcdef0 \u2013ip-permissions IpProtocol=tcp,FromPort=3389,ToPort=3389,IpRanges=\u201d[{CidrIp=203.0.113.0/24,Description=\u2019RDP access from NY office\u2019}]\u201d",
		"\u2013group-id sg-04a351bfe432d4e71 \u2013ip-permissions IpProtocol=all,PrefixListIds=\u201d[{PrefixListId=pl-002dc3ec097de1514}]\u201d",
	} {
		cmds = append(cmds, "aws ec2 authorize-security-group-ingress "+straight.Replace(rest))
	}
	cmds = append(cmds,
		"aws ec2 authorize-security-group-egress --group-id sg-1a2b3c4d --ip-permissions IpProtocol=tcp,FromPort=80,ToPort=80,IpRanges='[{CidrIp=10.0.0.0/16}]'",
		"aws ec2 authorize-security-group-egress --group-id sg-1a2b3c4d --ip-permissions IpProtocol=tcp,FromPort=80,ToPort=80,UserIdGroupPairs='[{GroupId=sg-4b51a32f}]'")
	return cmds
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
