package core

import (
	"bufio"
	"encoding/json"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shorthandOracle parses words with the AWS CLI's own shorthand parser
// (Debian's awscli.shorthand, run by ../tools/awsdriver/shorthand.py).
type shorthandOracle struct {
	cmd *exec.Cmd
	in  *json.Encoder
	out *bufio.Scanner
}

func startShorthandOracle(t *testing.T) *shorthandOracle {
	t.Helper()
	if exec.Command("/usr/bin/python3", "-c", "import awscli.shorthand").Run() != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("Debian's awscli (python3 awscli.shorthand) is required under CI=true")
		}
		t.Skip("Debian's awscli not installed; skipping (CI=true makes this a failure)")
	}
	cmd := exec.Command("/usr/bin/python3", filepath.Join("..", "tools", "awsdriver", "shorthand.py"))
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	return &shorthandOracle{cmd: cmd, in: json.NewEncoder(stdin), out: sc}
}

// parse returns the parsed value (JSON-decoded) or the parser's error.
func (o *shorthandOracle) parse(t *testing.T, word string) (any, string) {
	t.Helper()
	require.NoError(t, o.in.Encode(map[string]string{"word": word}))
	require.True(t, o.out.Scan(), "shorthand oracle died")
	var ans struct {
		Out   any
		Error string
	}
	require.NoError(t, json.Unmarshal(o.out.Bytes(), &ans))
	return ans.Out, ans.Error
}

// TestShorthandOracleVectors checks the oracle itself against the spec's
// parser vectors (docs/awscli-parsing.md §2.9, the ones both versions agree on).
func TestShorthandOracleVectors(t *testing.T) {
	o := startShorthandOracle(t)
	f, err := os.Open("testdata/shorthand/vectors.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var v struct {
			In  string
			Out any
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v))
		got, perr := o.parse(t, v.In)
		assert.Empty(t, perr, v.In)
		assert.Equal(t, v.Out, got, v.In)
		n++
	}
	assert.Greater(t, n, 100)
}

// shorthandCorpus is every string value of the spec's vectors, hostile
// values, and pseudo-random strings over a hostile alphabet.
func shorthandCorpus(t *testing.T) []string {
	corpus := []string{"", " ", "a", " padded ", "a,b", "a\\,b", `a\`, `\`, `\\`, `a\"b`, `'`, `"`, `''`, `""`,
		"=", "a=b", "[", "]", "{", "}", "{a,b}", "]}", "}]", ",", ",,", "\t", "\n", "a\nb", "x\r\n",
		"😀", "caf\u00e9 ✓", "\u00a0nbsp\u00a0", "\u2028", "$(x)", "`y`", "%PATH%", "!x!", "^", "& | < > ;",
		"#", "*?[", "-lead", "--%", "file://x", strings.Repeat("long ", 1000)}
	f, err := os.Open("testdata/shorthand/vectors.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	var leaves func(v any)
	leaves = func(v any) {
		switch x := v.(type) {
		case string:
			corpus = append(corpus, x)
		case []any:
			for _, e := range x {
				leaves(e)
			}
		case map[string]any:
			for k, e := range x {
				corpus = append(corpus, k)
				leaves(e)
			}
		}
	}
	for sc.Scan() {
		var v struct {
			In  string
			Out any
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v))
		corpus = append(corpus, v.In)
		leaves(v.Out)
	}
	alphabet := []rune("ab ,=[]{}'\"\\\t\n:/@+-_.#$`%!^&|<>;*?()\u00e9\u00a0\u2028😀\u0001")
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 1500; i++ {
		n := rng.Intn(12)
		var b strings.Builder
		for j := 0; j < n; j++ {
			b.WriteRune(alphabet[rng.Intn(len(alphabet))])
		}
		corpus = append(corpus, b.String())
	}
	return corpus
}

// TestShorthandEncoderAgainstCLIParser: what shorthandPermission and
// shorthandTagSpec write, the CLI's parser reads back as the intended value,
// for both quote characters, or the encoder refuses.
func TestShorthandEncoderAgainstCLIParser(t *testing.T) {
	o := startShorthandOracle(t)
	corpus := shorthandCorpus(t)
	checked, refused := 0, 0
	for i, s := range corpus {
		other := corpus[(i*7+3)%len(corpus)]
		for _, q := range []byte{'"', '\''} {
			perm := IpPermission{
				IpProtocol: Str("tcp"), FromPort: Int(22), ToPort: Int(int64(i)),
				IpRanges:         []IpRange{{CidrIp: Str("10.0.0.0/8"), Description: Str(s)}, {CidrIp: Str(other)}},
				UserIdGroupPairs: []UserIdGroupPair{{GroupName: Str(other), Description: Str(s)}},
			}
			want := map[string]any{
				"IpProtocol": "tcp", "FromPort": "22", "ToPort": strconv.Itoa(i),
				"IpRanges":         []any{map[string]any{"CidrIp": "10.0.0.0/8", "Description": s}, map[string]any{"CidrIp": other}},
				"UserIdGroupPairs": []any{map[string]any{"GroupName": other, "Description": s}},
			}
			word, _, err := shorthandPermission(perm, q)
			if err != nil {
				refused++
				continue
			}
			got, perr := o.parse(t, word)
			if assert.Empty(t, perr, "word %q", word) {
				assert.Equal(t, want, got, "word %q", word)
			}
			spec := TagSpecification{ResourceType: Str("security-group-rule"), Tags: []Tag{{Key: Str(other), Value: Str(s)}}}
			word, err = shorthandTagSpec(spec, q)
			if err != nil {
				refused++
				continue
			}
			got, perr = o.parse(t, word)
			if assert.Empty(t, perr, "word %q", word) {
				assert.Equal(t, map[string]any{"ResourceType": "security-group-rule",
					"Tags": []any{map[string]any{"Key": other, "Value": s}}}, got, "word %q", word)
			}
			checked += 2
		}
	}
	t.Logf("shorthand: %d words read back exactly by awscli.shorthand, %d refused", checked, refused)
}
