package core

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cliJudge runs the real AWS CLI (Debian's, in one Python process:
// ../tools/awsdriver/driver.py) against a loopback endpoint that records
// what it is sent. tools/harness has the full version; core's tests cannot
// import it (it imports core).
type cliJudge struct {
	in   io.WriteCloser
	out  *bufio.Reader
	srv  *httptest.Server
	mu   sync.Mutex
	sent []string // the form parameters of the last request, sorted
}

func startCLIJudge(t *testing.T) *cliJudge {
	t.Helper()
	if exec.Command("/usr/bin/python3", "-c", "import awscli.clidriver").Run() != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("Debian's awscli (/usr/bin/python3 awscli) is required under CI=true")
		}
		t.Skip("Debian's awscli not installed; skipping (CI=true makes this a failure)")
	}
	j := &cliJudge{}
	j.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		form, _ := url.ParseQuery(string(body))
		var sent []string
		for k, vs := range form {
			if k == "Action" || k == "Version" {
				continue
			}
			for _, v := range vs {
				sent = append(sent, k+"="+v)
			}
		}
		slices.Sort(sent)
		j.mu.Lock()
		j.sent = sent
		j.mu.Unlock()
		action := form.Get("Action")
		w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
		io.WriteString(w, "<"+action+"Response><return>true</return></"+action+"Response>")
	}))
	t.Cleanup(j.srv.Close)
	cmd := exec.Command("/usr/bin/python3", filepath.Join("..", "tools", "awsdriver", "driver.py"))
	cmd.Env = []string{"PATH=/usr/bin:/bin", "HOME=" + os.TempDir(), "LANG=C.UTF-8", "PYTHONIOENCODING=utf-8",
		"AWS_ACCESS_KEY_ID=AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY=secret", "AWS_DEFAULT_REGION=us-east-1",
		"AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null", "AWS_PAGER=", "AWS_EC2_METADATA_DISABLED=true"}
	cmd.Stderr = os.Stderr
	var err error
	j.in, err = cmd.StdinPipe()
	require.NoError(t, err)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { j.in.Close(); cmd.Wait() })
	j.out = bufio.NewReaderSize(out, 1<<20)
	return j
}

// run runs `aws ec2 command args… --endpoint-url …` and returns the
// parameters it sent (nil when it sent nothing) and its stderr.
func (j *cliJudge) run(t *testing.T, command string, args ...string) ([]string, string) {
	t.Helper()
	j.mu.Lock()
	j.sent = nil
	j.mu.Unlock()
	argv := append([]string{"ec2", command}, args...)
	argv = append(argv, "--endpoint-url", j.srv.URL)
	req, _ := json.Marshal(map[string]any{"argv": argv})
	_, err := j.in.Write(append(req, '\n'))
	require.NoError(t, err)
	line, err := j.out.ReadBytes('\n')
	require.NoError(t, err)
	var o struct {
		RC     int
		Stderr string
	}
	require.NoError(t, json.Unmarshal(line, &o))
	j.mu.Lock()
	defer j.mu.Unlock()
	if o.RC != 0 {
		return nil, o.Stderr
	}
	return j.sent, o.Stderr
}

// TestImportDocumentCLI holds the cli-input documents of
// testdata/import_document to the real CLI: the document sent with
// --cli-input-json or --cli-input-yaml makes the same request as the
// imported Input's own --cli-input-json file; a document the CLI refuses
// imports with an error, and the CLI's words when they are botocore's.
func TestImportDocumentCLI(t *testing.T) {
	j := startCLIJudge(t)
	paths, err := filepath.Glob(filepath.Join(importDocumentDir, "cliinput_*"))
	require.NoError(t, err)
	paths = append(paths, filepath.Join(importDocumentDir, "fenced.md"))
	dir := t.TempDir()
	n := 0
	for _, p := range paths {
		text, err := os.ReadFile(p)
		require.NoError(t, err)
		doc := string(text)
		res, ok := importDocument(doc, 0)
		require.True(t, ok, p)
		require.NotNil(t, res.Input, p)
		command := res.Input.Command
		if strings.Contains(doc, "SecurityGroupRuleIds") {
			command = RevokeOf(command)
		}
		if strings.HasSuffix(p, ".md") {
			doc, _ = unfence(doc)
		}
		flag := "--cli-input-json"
		if strings.HasSuffix(p, ".yaml") {
			flag = "--cli-input-yaml"
		}
		docFile := filepath.Join(dir, "doc")
		require.NoError(t, os.WriteFile(docFile, []byte(doc), 0o644))
		want, stderr := j.run(t, command, flag, "file://"+docFile)
		hasError := false
		for _, pr := range res.Problems {
			hasError = hasError || pr.Severity == SeverityError
		}
		if want == nil {
			assert.True(t, hasError, "%s: the CLI refuses it (%s), the import has no error", p, stderr)
			for _, pr := range res.Problems {
				if pr.Code == CodeParamValidation && botocoreLine(pr.Message) {
					assert.Contains(t, stderr, pr.Message, p)
				}
			}
			n++
			continue
		}
		assert.False(t, hasError, "%s: the CLI takes it, the import has errors: %+v", p, res.Problems)
		inFile := filepath.Join(dir, "input.json")
		require.NoError(t, os.WriteFile(inFile, []byte(cliInputJSON(command, res.Input.Request)), 0o644))
		got, stderr := j.run(t, command, "--cli-input-json", "file://"+inFile)
		assert.Equal(t, want, got, "%s (%s)", p, stderr)
		n++
	}
	t.Logf("%d documents judged by the CLI", n)
}

// cliInputVectors are values of --cli-input-json and --cli-input-yaml that
// the CLI refuses before botocore validates anything.
var cliInputVectors = []struct {
	text    string
	yaml    bool
	command string
	err     string
}{
	{`[1]`, false, Ingress, "Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'list'>"},
	{`{bad`, false, Ingress, "Error parsing parameter 'cli-input-json': Invalid JSON received."},
	{"\uFEFF{}", false, Ingress, "Error parsing parameter 'cli-input-json': Invalid JSON received."},
	{`"sg-1"`, false, Egress, "Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'str'>"},
	{`a: [b`, true, Ingress, "Error parsing parameter 'cli-input-yaml': Invalid YAML received."},
	{"", true, Ingress, "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received <class 'NoneType'>"},
	{"5", true, RevokeIngress, "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received <class 'int'>"},
	{"- GroupId: sg-1", true, Egress, "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received <class 'list'>"},
	{"GroupId: sg-1\nGroupId: sg-2", true, Ingress, "Error parsing parameter 'cli-input-yaml': Invalid YAML received."},
	{"GroupId: a\tb", true, Ingress, "Error parsing parameter 'cli-input-yaml': Invalid YAML received."},
}

// TestDecodeCLIInputErrors checks decodeCLIInput's refusals, and each
// against the CLI's own words.
func TestDecodeCLIInputErrors(t *testing.T) {
	j := startCLIJudge(t)
	for _, v := range cliInputVectors {
		_, _, err := decodeCLIInput(v.text, v.yaml, v.command)
		if assert.Error(t, err, v.text) {
			assert.Equal(t, v.err, err.Error(), v.text)
		}
		flag := "--cli-input-json"
		if v.yaml {
			flag = "--cli-input-yaml"
		}
		f := filepath.Join(t.TempDir(), "doc")
		require.NoError(t, os.WriteFile(f, []byte(v.text), 0o644))
		sent, stderr := j.run(t, v.command, flag, "file://"+f, "--group-id", "sg-cli")
		assert.Nil(t, sent, v.text)
		assert.Contains(t, stderr, v.err, v.text)
	}
}

// TestDecodeCLIInputRevoke: a revoke's document is checked against the
// revoke shapes, in the CLI's words.
func TestDecodeCLIInputRevoke(t *testing.T) {
	j := startCLIJudge(t)
	for _, c := range []struct{ command, doc string }{
		{RevokeIngress, `{"GroupId": "sg-1", "TagSpecifications": [], "Bogus": 1}`},
		{RevokeEgress, `{"GroupId": "sg-1", "GroupName": "x", "IpPermissions": [{"IpProtocol": "tcp", "FromPort": "1"}]}`},
		{Egress, `{"GroupId": "sg-1", "GroupName": "x", "DryRun": "yes"}`},
	} {
		_, ps, err := decodeCLIInput(c.doc, false, c.command)
		require.NoError(t, err)
		require.NotEmpty(t, ps)
		_, stderr := j.run(t, c.command, "--cli-input-json", c.doc)
		for _, p := range ps {
			assert.Contains(t, stderr, p.Message, c.doc)
		}
	}
}
