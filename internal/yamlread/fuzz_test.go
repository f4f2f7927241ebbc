package yamlread

import (
	"math/big"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v3"
)

// FuzzYAMLRead holds Read to go.yaml.in/yaml/v3, a well-kept YAML 1.2
// parser: whatever Read accepts, yaml.v3 accepts too, with the same tree of
// mappings, sequences and scalars, the same text in every string, and the
// same kind in every plain scalar where the two schemas agree. Read
// refuses more than yaml.v3 (what the package comment lists, and tabs as
// separators, which ruamel refuses and yaml.v3 takes), so a refusal is not
// compared. Where ruamel and yaml.v3 resolve a plain scalar differently,
// ruamel wins (TestYAMLReadRuamel) and the comparison is skipped: see
// schemaDiffers.
func FuzzYAMLRead(f *testing.F) {
	for _, c := range yamlCases {
		f.Add(c.in)
	}
	for _, c := range refusedCases {
		f.Add(c.in)
	}
	f.Add("IpPermissions:\n- FromPort: 0  # c\n  IpRanges: # x\n  - CidrIp: ''  # c\n    Description: x\nGroupId: sg-1\n")
	f.Add("{\"GroupId\": \"sg-1\", \"IpPermissions\": [{\"IpProtocol\": \"tcp\", \"FromPort\": 22}]}")
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Read(s)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Read(%q): error of type %T", s, err)
			}
			return
		}
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(s), &doc); err != nil {
			if v3Stricter(s, err) {
				return
			}
			t.Fatalf("Read(%q) = %s, yaml.v3 refuses it: %v", s, dump(n), err)
		}
		var v3 *yaml.Node
		if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
			v3 = doc.Content[0]
		}
		if v3 == nil {
			if n.Kind != Null {
				t.Fatalf("Read(%q) = %s, yaml.v3 reads an empty document", s, dump(n))
			}
			return
		}
		if msg := compare(n, v3, "$"); msg != "" {
			t.Fatalf("Read(%q) = %s; yaml.v3 differs at %s", s, dump(n), msg)
		}
	})
}

// v3Stricter lists what yaml.v3 refuses and ruamel reads (so Read reads
// it): checked with ruamel for each.
func v3Stricter(s string, err error) bool {
	msg := err.Error()
	// yaml.v3 refuses a mapping key that is a float NaN, or keys equal
	// after its own resolution.
	return strings.Contains(msg, "already defined")
}

// compare walks the two trees and returns where they differ, or "".
func compare(n *Node, v *yaml.Node, path string) string {
	switch n.Kind {
	case Mapping:
		if v.Kind != yaml.MappingNode || len(v.Content) != len(n.Items) {
			return path + ": a mapping of " + itoa(len(n.Items)/2) + " pairs"
		}
	case Sequence:
		if v.Kind != yaml.SequenceNode || len(v.Content) != len(n.Items) {
			return path + ": a sequence of " + itoa(len(n.Items))
		}
	default:
		if v.Kind != yaml.ScalarNode {
			return path + ": a scalar"
		}
		return compareScalar(n, v, path)
	}
	for i, e := range n.Items {
		if msg := compare(e, v.Content[i], path+"/"+itoa(i)); msg != "" {
			return msg
		}
	}
	return ""
}

func compareScalar(n *Node, v *yaml.Node, path string) string {
	quoted := v.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle) != 0
	if !n.Plain {
		if !quoted || v.Value != n.Value {
			return path + ": the quoted string " + quote(n) + " (yaml.v3: " + strings.Trim(quoteV3(v), "") + ")"
		}
		return ""
	}
	if quoted || v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return path + ": a plain scalar"
	}
	tag := v.ShortTag()
	switch n.Kind {
	case String:
		if v.Value != n.Value {
			return path + ": the plain string " + quote(n) + " (yaml.v3: " + quoteV3(v) + ")"
		}
		if tag != "!!str" && !schemaDiffers(v.Value) {
			return path + ": the string " + quote(n) + " (yaml.v3: " + tag + ")"
		}
	case Null, Bool, Float, Timestamp:
		want := map[Kind]string{Null: "!!null", Bool: "!!bool", Float: "!!float", Timestamp: "!!timestamp"}[n.Kind]
		if tag != want && !schemaDiffers(v.Value) {
			return path + ": " + want + " " + quote(n) + " (yaml.v3: " + tag + " " + quoteV3(v) + ")"
		}
	case Int:
		if tag != "!!int" {
			if !schemaDiffers(v.Value) {
				return path + ": !!int " + n.Value + " (yaml.v3: " + tag + " " + quoteV3(v) + ")"
			}
			return ""
		}
		var x any
		if err := v.Decode(&x); err == nil {
			var got big.Int
			switch i := x.(type) {
			case int:
				got.SetInt64(int64(i))
			case int64:
				got.SetInt64(i)
			case uint64:
				got.SetUint64(i)
			default:
				return ""
			}
			if got.String() != n.Value && !schemaDiffers(v.Value) {
				return path + ": the int " + n.Value + " (yaml.v3: " + got.String() + ")"
			}
		}
	}
	return ""
}

// schemaDiffers reports whether yaml.v3's resolver may read a plain scalar
// differently from ruamel's YAML 1.2 one: underscores in numbers, a leading
// zero, a sign before a base prefix, the forms of floats and timestamps the
// two regexps draw differently, and the YAML 1.1 words yaml.v3 still
// knows. ruamel is the CLI's loader, so ruamel wins (TestYAMLReadRuamel).
func schemaDiffers(s string) bool {
	if s == "" {
		return false
	}
	if strings.ContainsAny(s, "_.eE:") || strings.Contains(s, "0o") || strings.Contains(s, "0x") || strings.Contains(s, "0b") {
		return true
	}
	body := strings.TrimLeft(s, "+-")
	if len(body) > 1 && body[0] == '0' {
		return true
	}
	if strings.HasPrefix(s, "+") || len(body) > 18 {
		return true
	}
	if len(s) >= 8 && s[4] == '-' { // timestamps
		return true
	}
	return false
}

func quoteV3(v *yaml.Node) string { return "\"" + v.Value + "\"" }
