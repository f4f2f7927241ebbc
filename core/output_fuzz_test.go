package core

// FuzzOutputs drives random descriptions, tag keys and values and group
// references through the four --output printers (output.go and
// internal/cliout): none may panic, the JSON
// must parse back to the same strings, and every table line must be as wide
// as the first, as awscli/table.py measures width (unless a value holds a
// line break).

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzOutputs(f *testing.F) {
	f.Add("SSH from office", "team", "web", "sg-0123456789abcdef0", uint8(1))
	f.Add("it's: a #test", "名前", "データベース 🚀", "", uint8(3))
	f.Add(strings.Repeat("word ", 60), "k", " lead\ttab\nline ", "-1", uint8(2))
	f.Add("", "", "", "True", uint8(0))
	f.Fuzz(func(t *testing.T, desc, key, value, group string, n uint8) {
		resp := &Response{Return: n%2 == 0, SecurityGroupRules: []SecurityGroupRule{}}
		for i := 0; i < int(n%5); i++ {
			r := goldRule("sgr-0123456789abcdef0", "10.0.0.0/8")
			switch i {
			case 1:
				r.CidrIpv4, r.CidrIpv6 = nil, Str(desc)
			case 2:
				r.CidrIpv4 = nil
				r.ReferencedGroupInfo = &ReferencedGroup{GroupId: Str(group), UserId: Str(value), VpcId: Str(key)}
			case 3:
				r.CidrIpv4, r.PrefixListId = nil, Str(group)
			}
			r.Description = Str(desc)
			if n&8 != 0 {
				r.Tags = []Tag{{Key: Str(key), Value: Str(value)}, {Key: Str(value)}, {Value: Str(group)}}
			}
			resp.SecurityGroupRules = append(resp.SecurityGroupRules, r)
		}
		js := outputJSON(resp)
		var back Response
		if err := json.Unmarshal([]byte(js), &back); err != nil {
			t.Fatalf("json output does not parse: %v\n%s", err, js)
		}
		if utf8.ValidString(desc) && len(back.SecurityGroupRules) > 0 && *back.SecurityGroupRules[0].Description != desc {
			t.Fatalf("json output changes the description: %q", *back.SecurityGroupRules[0].Description)
		}
		y := printed(t, "yaml", resp, Egress)
		if !strings.HasPrefix(y, "Return: ") || !strings.HasSuffix(y, "\n") {
			t.Fatalf("yaml output:\n%s", y)
		}
		if txt := printed(t, "text", resp, Egress); !strings.HasPrefix(txt, "True\n") && !strings.HasPrefix(txt, "False\n") {
			t.Fatalf("text output:\n%s", txt)
		}
		// A value holding a line break splits its row, in the CLI too; EC2's
		// XML cannot carry one anyway.
		multiline := strings.Contains(desc+key+value+group, "\n")
		if tab := printed(t, "table", resp, Egress); !multiline && !tableLinesEven(tab) {
			t.Fatalf("table lines differ in width:\n%s", tab)
		}
	})
}
