package yamlread

import (
	"encoding/hex"
	"encoding/json"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// dump renders a tree in a form that the ruamel side of TestYAMLReadRuamel
// prints too: strings as hex of their UTF-8, so no quoting rule differs.
func dump(n *Node) string {
	switch n.Kind {
	case Mapping:
		parts := []string{}
		for i := 0; i < len(n.Items); i += 2 {
			parts = append(parts, dump(n.Items[i])+": "+dump(n.Items[i+1]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case Sequence:
		parts := []string{}
		for _, e := range n.Items {
			parts = append(parts, dump(e))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case Null:
		return "null"
	case Bool:
		return n.Value
	case Int:
		return "int:" + n.Value
	case Float:
		f, err := strconv.ParseFloat(n.Value, 64)
		if err != nil {
			return "float:?" + n.Value
		}
		switch {
		case f != f:
			return "float:nan"
		case math.IsInf(f, 1):
			return "float:inf"
		case math.IsInf(f, -1):
			return "float:-inf"
		}
		return "float:" + strconv.FormatFloat(f, 'g', 17, 64)
	case Timestamp:
		return "ts"
	}
	return "str:" + hex.EncodeToString([]byte(n.Value))
}

// yamlCases are documents with what ruamel.yaml 0.17 (typ='safe',
// pure=True, as Debian's CLI loads --cli-input-yaml) reads from them;
// TestYAMLReadRuamel checks the expectations against ruamel itself. An
// expectation "error" means both refuse the text.
var yamlCases = []struct{ in, want string }{
	{"GroupId: sg-1", "{str:47726f75704964: str:73672d31}"},
	{"a: 017", "{str:61: int:17}"},
	{"a: 0o17", "{str:61: int:15}"},
	{"a: 0x1F", "{str:61: int:31}"},
	{"a: 0b11", "{str:61: int:3}"},
	{"a: 1_000", "{str:61: int:1000}"},
	{"a: -0", "{str:61: int:0}"},
	{"a: +12", "{str:61: int:12}"},
	{"a: 123456789012345678901234567890", "{str:61: int:123456789012345678901234567890}"},
	{"a: yes", "{str:61: str:796573}"},
	{"a: on", "{str:61: str:6f6e}"},
	{"a: True", "{str:61: true}"},
	{"a: FALSE", "{str:61: false}"},
	{"a: ~", "{str:61: null}"},
	{"a:", "{str:61: null}"},
	{"a: Null", "{str:61: null}"},
	{"a: 1.5", "{str:61: float:1.5}"},
	{"a: 1.", "{str:61: float:1}"},
	{"a: 1e5", "{str:61: float:100000}"},
	{"a: .5", "{str:61: float:0.5}"},
	{"a: -.5e3", "{str:61: str:2d2e356533}"},
	{"a: -.5e+3", "{str:61: float:-500}"},
	{"a: .inf", "{str:61: float:inf}"},
	{"a: -.Inf", "{str:61: float:-inf}"},
	{"a: .nan", "{str:61: float:nan}"},
	{"a: 1:20", "{str:61: str:313a3230}"},
	{"a: 2001-12-14", "{str:61: ts}"},
	{"a: 10.0.0.0/8", "{str:61: str:31302e302e302e302f38}"},
	{"a: 0.0.0.0/0", "{str:61: str:302e302e302e302f30}"},
	{"a: -1", "{str:61: int:-1}"},
	{"a: '-1'", "{str:61: str:2d31}"},
	{"a: \"\\x41\\u00e9\\N\\_\"", "{str:61: str:41c3a9c285c2a0}"},
	{"a: 'it''s'", "{str:61: str:69742773}"},
	{"a: \"x\ny\"", "{str:61: str:782079}"},
	{"a: 'x\n\n  y'", "{str:61: str:780a79}"},
	{"a: \"x \\\n  y\"", "{str:61: str:782079}"},
	{"a: \"x\\\n  y\"", "{str:61: str:7879}"},
	{"a: b\n  c", "{str:61: str:622063}"},
	{"a: b\n\n  c", "{str:61: str:620a63}"},
	{"a: b #c", "{str:61: str:62}"},
	{"a: b#c", "{str:61: str:622363}"},
	{"a: \"b\"#c", "{str:61: str:62}"},
	{"a: :x", "{str:61: str:3a78}"},
	{"a: ?x", "{str:61: str:3f78}"},
	{"-a", "str:2d61"},
	{"x", "str:78"},
	{"", "null"},
	{"# only a comment\n", "null"},
	{"---\na: 1\n...\n", "{str:61: int:1}"},
	{"--- x", "str:78"},
	{"--- {a: 1}", "{str:61: int:1}"},
	{"{a:1}", "{str:613a31: null}"},
	{"{\"a\":1}", "{str:61: int:1}"},
	{"[a: b]", "[{str:61: str:62}]"},
	{"{a, b: c}", "{str:61: null, str:62: str:63}"},
	{"a: [b,\nc]", "{str:61: [str:62, str:63]}"},
	{"a: [ 1, {b: c} ]", "{str:61: [int:1, {str:62: str:63}]}"},
	{"a: [b, ]", "{str:61: [str:62]}"},
	{"- - a\n  - b", "[[str:61, str:62]]"},
	{"a:\n- b\n  c", "{str:61: [str:622063]}"},
	{"a:\n- b: 1\n  c: 2\nd: 3", "{str:61: [{str:62: int:1, str:63: int:2}], str:64: int:3}"},
	{"a:\n  - b\n  -\n  - c", "{str:61: [str:62, null, str:63]}"},
	{"'a b': 1\n\"c\": 2", "{str:612062: int:1, str:63: int:2}"},
	{"1: x", "{int:1: str:78}"},
	{"a: 1\r\nb: 2\r\n", "{str:61: int:1, str:62: int:2}"},
	{"\uFEFFa: 1", "{str:61: int:1}"},
	{"a: b: c", "error"},
	{"a: - b", "error"},
	{"a: 1\n b: 2", "error"},
	{" a: 1\nb: 2", "error"},
	{"a: 1\na: 2", "error"},
	{"{a: 1, a: 2}", "error"},
	{"a: 1\n---\nb: 2", "error"},
	{"a: 1\n...\nb", "error"},
	{"a:\tb", "error"},
	{"\ta: b", "error"},
	{"a: [b", "error"},
	{"a: 'b", "error"},
	{"a: -_", "error"},
	{"a: =", "error"},
	{"a: \"\\q\"", "error"},
	{"key:\n  - x\n - y", "error"},
	{"a: {b: c}d", "error"},
	{"a:\n  b\n  c: d", "error"},
	{"a: b\n  # c\n  d", "error"},
	{"a: \x07", "error"},
}

func TestYAMLRead(t *testing.T) {
	for _, c := range yamlCases {
		n, err := Read(c.in)
		got := "error"
		if err == nil {
			got = dump(n)
		}
		if got != c.want {
			t.Errorf("Read(%q) = %s (err %v), want %s", c.in, got, err, c.want)
		}
		if e, ok := err.(*Error); ok && e.Unsupported {
			t.Errorf("Read(%q): %v is marked Unsupported, but the CLI's loader refuses the text too", c.in, err)
		}
	}
}

// refusedCases are YAML that ruamel reads but this package refuses on
// purpose, each with the message's start.
var refusedCases = []struct{ in, msg string }{
	{"a: &x 1\nb: *x", "line 1, column 4: anchors (&) are not supported"},
	{"a: !!str 1", "line 1, column 4: tags (!) are not supported"},
	{"a: |\n  x\n", "line 1, column 4: block scalars (| and >) are not supported"},
	{"? a\n: b", "line 1, column 1: complex mapping keys (?) are not supported"},
	{"<<: {b: 1}", "line 1, column 1: merge keys (<<) are not supported"},
	{"%YAML 1.2\n---\na: 1", "line 1, column 1: directives (%YAML, %TAG) are not supported"},
	{"[a]: b", "line 1, column 4: a flow collection as a mapping key is not supported"},
	{"a: b\u2028c", "line 1, column 5: the line break"},
}

func TestYAMLReadRefuses(t *testing.T) {
	for _, c := range refusedCases {
		_, err := Read(c.in)
		if err == nil || !strings.HasPrefix(err.Error(), c.msg) || !err.(*Error).Unsupported {
			t.Errorf("Read(%q) error %v, want %q… (Unsupported)", c.in, err, c.msg)
		}
	}
}

// ruamelScript prints, for each document on stdin (a JSON list of
// strings), the dump of what the CLI's loader reads, or "error".
const ruamelScript = `
import json, sys, datetime
from ruamel.yaml import YAML
def dump(v):
    if isinstance(v, dict):
        return "{" + ", ".join(dump(k) + ": " + dump(x) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x) for x in v) + "]"
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, int): return "int:" + str(v)
    if isinstance(v, float):
        if v != v: return "float:nan"
        if v in (float("inf"), float("-inf")): return "float:" + ("inf" if v > 0 else "-inf")
        return "float:" + ("%.17g" % v)
    if isinstance(v, (datetime.date, datetime.datetime)): return "ts"
    return "str:" + v.encode("utf-8").hex()
out = []
for doc in json.load(sys.stdin):
    try:
        out.append(dump(YAML(typ="safe", pure=True).load(doc)))
    except Exception:
        out.append("error")
print(json.dumps(out))
`

// ruamel runs the CLI's own YAML loader (the system Python's ruamel.yaml,
// which Debian's awscli imports) over docs. Under CI it must be there.
func ruamel(t *testing.T, docs []string) []string {
	t.Helper()
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import ruamel.yaml").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the CLI's YAML loader (ruamel.yaml under %s) is missing: %v", py, err)
		}
		t.Skip("ruamel.yaml not available")
	}
	in, _ := json.Marshal(docs)
	cmd := exec.Command(py, "-c", ruamelScript)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("ruamel: %v", err)
	}
	var got []string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("ruamel output: %v", err)
	}
	return got
}

// TestYAMLReadRuamel holds the table's expectations to the CLI's loader.
func TestYAMLReadRuamel(t *testing.T) {
	docs := make([]string, len(yamlCases))
	for i, c := range yamlCases {
		docs[i] = c.in
	}
	for i, got := range ruamel(t, docs) {
		if got != yamlCases[i].want {
			t.Errorf("ruamel reads %q as %s, the table says %s", docs[i], got, yamlCases[i].want)
		}
	}
}

// yamlPieces build the documents of TestYAMLReadRuamelGenerated.
var (
	genScalars = []string{
		"sg-1", "10.0.0.0/8", "::/0", "2001:db8::/32", "-1", "0", "017", "0o17", "0x1F", "1_000", "+5", "1.5", "1.", ".5",
		"1e5", "-.5e3", ".inf", ".NaN", "true", "True", "yes", "no", "on", "null", "~", "2001-12-14", "2001-12-14 21:59:43.10 -5",
		"1:20", "a b", "a:b", "a#b", "-a", ":x", "?x", "'it''s'", "''", `""`, `"a\tb\u00e9\x41"`, `"a\\b"`, `"\N\_"`,
		"'multi\n  line'", "\"multi\n\n  line\"", "plain\n  continued", "a # comment", "@x", "`x", "%x", "&a x", "*a", "!!str 1", "|\n  x",
		"[a, b]", "[]", "{}", "{a: 1, b: [c, d]}", "{\"a\":1}", "[a: b]", "{a, b}", "[a,]", "[ 'x' , \"y\" ]", "\"x\\\n  y\"", "=", "<<",
		"GroupId", "-", "- x", "a: b", "[a", "'a", "\"a", "a\tb", "{a: 1, a: 2}",
	}
	genKeys = []string{"GroupId", "IpPermissions", "a", "'quoted key'", "\"dq\"", "1", "true", "~", "a b", "-k", "FromPort"}
)

// genDoc writes a small document from r's choices.
func genDoc(r *rand.Rand, depth int) string {
	switch n := r.Intn(6); {
	case depth > 2 || n < 2:
		return genScalars[r.Intn(len(genScalars))]
	case n < 4:
		var b strings.Builder
		for i, k := 0, 1+r.Intn(3); i < k; i++ {
			b.WriteString(genKeys[r.Intn(len(genKeys))] + ":")
			v := genDoc(r, depth+1)
			if strings.Contains(v, "\n") || strings.HasPrefix(v, "- ") || strings.Contains(v, ": ") {
				b.WriteString("\n" + indent(v, "  "[:r.Intn(2)*2]+"  "[:r.Intn(2)]))
			} else {
				b.WriteString(" " + v)
			}
			if r.Intn(5) == 0 {
				b.WriteString("  # c")
			}
			b.WriteString("\n")
		}
		return b.String()
	default:
		var b strings.Builder
		for i, k := 0, 1+r.Intn(3); i < k; i++ {
			v := genDoc(r, depth+1)
			b.WriteString("- " + indent(v, "  ")[2:] + "\n")
		}
		return b.String()
	}
}

func indent(s, by string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = by + l
	}
	return strings.Join(lines, "\n")
}

// TestYAMLReadRuamelGenerated holds Read to the CLI's loader on generated
// documents: the same tree where both read the text; a refusal by ruamel
// a refusal here; a refusal here of what ruamel reads only for what the
// package refuses on purpose (Unsupported).
func TestYAMLReadRuamelGenerated(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	docs := make([]string, 3000)
	for i := range docs {
		docs[i] = genDoc(r, 0)
	}
	wants := ruamel(t, docs)
	same, refused, unsupported := 0, 0, 0
	for i, want := range wants {
		n, err := Read(docs[i])
		switch {
		case err == nil && dump(n) == want:
			same++
		case err != nil && want == "error":
			refused++
		case err != nil && err.(*Error).Unsupported:
			unsupported++
		case err != nil:
			t.Errorf("Read(%q): %v; ruamel reads %s", docs[i], err, want)
		default:
			t.Errorf("Read(%q) = %s; ruamel: %s", docs[i], dump(n), want)
		}
	}
	t.Logf("of %d generated documents: %d read alike, %d refused by both, %d refused here as unsupported", len(docs), same, refused, unsupported)
	if same < len(docs)/3 {
		t.Errorf("only %d documents read alike: the generator makes too few valid ones", same)
	}
}
