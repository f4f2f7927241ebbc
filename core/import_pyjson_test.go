package core

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pyJSONOracle is Python's own json.loads, answering one text a line with
// its error message ("" when it reads the text).
const pyJSONOracle = `
import json, sys
for line in sys.stdin:
    text = json.loads(line)
    try:
        json.loads(text)
        msg = ""
    except ValueError as e:
        msg = str(e)
    sys.stdout.write(json.dumps(msg) + "\n")
    sys.stdout.flush()
`

// TestPyJSONErrorAgainstPython holds pyJSONError to CPython's json module
// (the system Python 3.11 that Debian's CLI runs) over valid documents and
// every one-character deletion, duplication and replacement of them.
func TestPyJSONErrorAgainstPython(t *testing.T) {
	if exec.Command("/usr/bin/python3", "-c", "import json").Run() != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 is required under CI=true")
		}
		t.Skip("python3 not installed")
	}
	cmd := exec.Command("/usr/bin/python3", "-c", pyJSONOracle)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	defer func() { stdin.Close(); cmd.Wait() }()
	out := bufio.NewScanner(stdout)
	out.Buffer(make([]byte, 1<<20), 1<<20)
	enc := json.NewEncoder(stdin)

	seeds := []string{
		`[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"10.0.0.0/8","Description":"SSH, from HQ"}]}]`,
		"{\"a\": [1, -2.5e+3, true, false, null, \"\\u00e9\\ud83d\\ude00\\n\\\\\"],\n \"b\": {}}",
		`[NaN, Infinity, -Infinity, 0, -0.0, 1E9]`,
		"  [ ]  ", `"x"`, `{"é": "✓"}`,
	}
	var texts []string
	for _, s := range seeds {
		rs := []rune(s)
		texts = append(texts, s)
		for i := range rs {
			texts = append(texts, string(rs[:i])+string(rs[i+1:]), string(rs[:i+1])+string(rs[i:]))
			for _, r := range []rune{'"', ',', '}', ']', '\\', 'x', ' ', '\n', '\x01', 'u'} {
				texts = append(texts, string(rs[:i])+string(r)+string(rs[i+1:]))
			}
		}
	}
	for _, text := range texts {
		require.NoError(t, enc.Encode(text))
		require.True(t, out.Scan())
		var want string
		require.NoError(t, json.Unmarshal(out.Bytes(), &want))
		assert.Equal(t, want, pyJSONError(text), "%q", text)
	}
	t.Logf("pyJSONError: %d texts worded as Python's json module words them", len(texts))
}

// pyIntOracle is Python's int(), answering one text a line with the decimal
// value or null.
const pyIntOracle = `
import json, sys
for line in sys.stdin:
    text = json.loads(line)
    try:
        v = str(int(text))
    except ValueError:
        v = None
    sys.stdout.write(json.dumps(v) + "\n")
    sys.stdout.flush()
`

// TestPyIntAgainstPython holds pyIntText (how FromPort, ToPort and the
// sugar flags' numbers are read) to Python's int().
func TestPyIntAgainstPython(t *testing.T) {
	if exec.Command("/usr/bin/python3", "-c", "pass").Run() != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 is required under CI=true")
		}
		t.Skip("python3 not installed")
	}
	cmd := exec.Command("/usr/bin/python3", "-c", pyIntOracle)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	defer func() { stdin.Close(); cmd.Wait() }()
	out := bufio.NewScanner(stdout)
	enc := json.NewEncoder(stdin)
	parts := []string{"", "0", "7", "22", "-", "+", "_", " ", "\t", "\u00a0", "\u2003", "\x1c", "２", "٢", "۳", "𝟘", "𝟡", "a", ".", "e", "x", "0x", "00"}
	var texts []string
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range []string{"", "1", "_1", " ", "-1"} {
				texts = append(texts, a+b+c, b+a+c+a)
			}
		}
	}
	texts = append(texts, "99999999999999999999", "-0", "+0_0", "1__2", "_1", "1_")
	for _, text := range texts {
		require.NoError(t, enc.Encode(text))
		require.True(t, out.Scan())
		var want *string
		require.NoError(t, json.Unmarshal(out.Bytes(), &want))
		got, ok := pyIntText(text)
		if want == nil {
			assert.False(t, ok, "%q read as %s", text, got)
		} else if assert.True(t, ok, "%q", text) {
			assert.Equal(t, *want, got, "%q", text)
		}
	}
}
