package core

// Tests of the --output text printer (internal/cliout) against what Debian's
// AWS CLI 2.9.19 (awscli/text.py) printed for the same Responses.

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOutputTextGolden(t *testing.T) {
	checkGolden(t, "text", func(r *Response) string { return printed(t, "text", r, Ingress) })
}

func TestOutputTextMissingKeys(t *testing.T) {
	// Rules without a Description get an empty column in its place; tags
	// without a Value likewise (text.py fills the sorted union of keys).
	a := goldRule("sgr-a", "10.0.0.0/8")
	a.Description = Str("d")
	a.Tags = []Tag{{Key: Str("k")}, {Key: Str("k2"), Value: Str("v2")}}
	b := goldRule("sgr-b", "10.0.0.0/9")
	b.Tags = a.Tags
	got := printed(t, "text", &Response{Return: true, SecurityGroupRules: []SecurityGroupRule{a, b}}, Ingress)
	want := "True\n" +
		"SECURITYGROUPRULES\t10.0.0.0/8\td\t22\tsg-0123456789abcdef0\t123456789012\ttcp\tFalse\tsgr-a\t22\n" +
		"TAGS\tk\t\n" +
		"TAGS\tk2\tv2\n" +
		"SECURITYGROUPRULES\t10.0.0.0/9\t\t22\tsg-0123456789abcdef0\t123456789012\ttcp\tFalse\tsgr-b\t22\n" +
		"TAGS\tk\t\n" +
		"TAGS\tk2\tv2\n"
	assert.Equal(t, want, got)
}

func TestOutputTextNoRules(t *testing.T) {
	assert.Equal(t, "True\n", printed(t, "text", &Response{Return: true, SecurityGroupRules: []SecurityGroupRule{}}, Ingress))
}
