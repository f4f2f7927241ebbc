package core

import (
	"sgrules/internal/pyjson"

	"errors"
	"strconv"
	"strings"

	"sgrules/internal/yamlread"
)

// This file reads the value of --cli-input-json and --cli-input-yaml as the
// CLI reads it (docs/awscli-parsing.md §4.1, awscli/customizations/
// cliinput.py): json.loads or ruamel.yaml's safe loader, then "expecting
// map", then botocore's parameter validation of the request shape of the
// command (authorize or revoke, which differ in their members).

// decodeCLIInput reads the value of --cli-input-json (yaml=false) or
// --cli-input-yaml (yaml=true) for command (an authorize or revoke command
// name) as the CLI would; err when the CLI would refuse it, worded as the
// CLI words it.
func decodeCLIInput(text string, yaml bool, command string) (Request, []Problem, error) {
	doc, err := loadCLIInput(text, yaml)
	if err != nil {
		return Request{}, nil, err
	}
	obj, ok := doc.(*pyjson.Object)
	if !ok {
		name := "--cli-input-json"
		if yaml {
			name = "--cli-input-yaml"
		}
		return Request{}, nil, errors.New("Error parsing parameter '" + name + "': Invalid type: expecting map, received " + pyjson.Class(doc))
	}
	r, ps := requestFor(obj, command)
	return r, ps, nil
}

// loadCLIInput is the CLI's _load_parameters: the document's value tree, or
// the CLI's error. Where sgrules cannot read what the CLI could (YAML
// features yamlread refuses, the NaN and Infinity of Python's json), the
// error says so instead of claiming the CLI's words.
func loadCLIInput(text string, yaml bool) (any, error) {
	if yaml {
		n, err := yamlread.Read(text)
		if err != nil {
			if e, ok := err.(*yamlread.Error); ok && e.Unsupported {
				return nil, errors.New("sgrules cannot read this --cli-input-yaml value (the CLI may): " + e.Error())
			}
			//lint:ignore ST1005 the CLI's own message, word for word
			return nil, errors.New("Error parsing parameter 'cli-input-yaml': Invalid YAML received.")
		}
		return fromYAML(n), nil
	}
	v, err := pyjson.Parse([]byte(text))
	if err != nil {
		if strings.Contains(text, "NaN") || strings.Contains(text, "Infinity") {
			return nil, errors.New("sgrules cannot read this --cli-input-json value: Python's json module (the CLI's) takes NaN and Infinity, sgrules does not; write a number")
		}
		//lint:ignore ST1005 the CLI's own message, word for word
		return nil, errors.New("Error parsing parameter 'cli-input-json': Invalid JSON received.")
	}
	return v, nil
}

// fromYAML turns a yamlread tree into the values jsonread.go produces, so
// that one decoder checks both: the ruamel types map to the json module's
// ones (int and float to pyjson.Number, str, bool, None, list, dict).
func fromYAML(n *yamlread.Node) any {
	switch n.Kind {
	case yamlread.Mapping:
		o := &pyjson.Object{Values: make(map[string]any, len(n.Items)/2)}
		for i := 0; i+1 < len(n.Items); i += 2 {
			k := yamlKey(n.Items[i])
			if _, dup := o.Values[k]; !dup {
				o.Keys = append(o.Keys, k)
			}
			o.Values[k] = fromYAML(n.Items[i+1])
		}
		return o
	case yamlread.Sequence:
		l := make([]any, 0, len(n.Items))
		for _, e := range n.Items {
			l = append(l, fromYAML(e))
		}
		return l
	case yamlread.Null:
		return nil
	case yamlread.Bool:
		return n.Value == "true"
	case yamlread.Int:
		return pyjson.Number(n.Value)
	case yamlread.Float:
		switch n.Value {
		case "+Inf":
			return pyjson.Literal{Class: "float", Text: "inf"}
		case "-Inf":
			return pyjson.Literal{Class: "float", Text: "-inf"}
		case "NaN":
			return pyjson.Literal{Class: "float", Text: "nan"}
		}
		v := n.Value
		if !strings.ContainsAny(v, ".eE") {
			v += ".0"
		}
		return pyjson.Number(v)
	case yamlread.Timestamp:
		if len(n.Value) == 10 {
			return pyjson.Literal{Class: "datetime.date", Text: n.Value}
		}
		return pyjson.Literal{Class: "datetime.datetime", Text: n.Value}
	}
	return n.Value
}

// yamlKey is a mapping key as botocore prints it: a key that is not a
// string (1, true) by Python's str().
func yamlKey(n *yamlread.Node) string {
	switch n.Kind {
	case yamlread.String:
		return n.Value
	case yamlread.Null:
		return "None"
	case yamlread.Bool:
		if n.Value == "true" {
			return "True"
		}
		return "False"
	}
	return pyjson.Str(fromYAML(n))
}

// The "must be one of" lists of the two revoke request shapes, as Debian's
// 2.9.19 prints them (checked with the real CLI: docs/revoke.md).
const (
	revokeMembers       = "CidrIp, FromPort, GroupId, GroupName, IpPermissions, IpProtocol, SourceSecurityGroupName, SourceSecurityGroupOwnerId, ToPort, DryRun, SecurityGroupRuleIds"
	revokeEgressMembers = "DryRun, GroupId, IpPermissions, SecurityGroupRuleIds, CidrIp, FromPort, IpProtocol, ToPort, SourceSecurityGroupName, SourceSecurityGroupOwnerId"
)

// requestFor checks a loaded document against the request shape of command
// as botocore does. An authorize command's shape is decode.go's; a revoke
// command has no TagSpecifications and has SecurityGroupRuleIds, which
// sgrules cannot carry (it describes every rule in IpPermissions), so it is
// refused in sgrules' own words.
func requestFor(obj *pyjson.Object, command string) (Request, []Problem) {
	d := &decoder{}
	egress := isEgress(command)
	if command != RevokeIngress && command != RevokeEgress {
		return d.request(obj, egress), d.problems
	}
	members := revokeMembers
	if egress {
		members = revokeEgressMembers
	}
	known := &pyjson.Object{Values: map[string]any{}}
	var ids any
	hasIDs := false
	for _, k := range obj.Keys {
		v := obj.Values[k]
		switch {
		case k == "SecurityGroupRuleIds":
			ids, hasIDs = v, true
		case !strings.Contains(", "+members+", ", ", "+k+", "):
			d.problem(k, "Unknown parameter in input: "+strconv.Quote(k)+", must be one of: "+members)
		default:
			known.Keys = append(known.Keys, k)
			known.Values[k] = v
		}
	}
	r := d.request(known, egress)
	if hasIDs {
		if list := d.list("SecurityGroupRuleIds", ids); list != nil {
			for i, e := range list {
				d.str(indexed("SecurityGroupRuleIds", i), e)
			}
		}
		d.problems = append(d.problems, Problem{Path: "SecurityGroupRuleIds", Severity: SeverityError, Code: CodeImportUnsupported,
			Message: "SecurityGroupRuleIds names the rules to revoke by their IDs; sgrules describes them in IpPermissions (describe the rules, or paste the describe-security-group-rules output of the group)"})
	}
	return r, d.problems
}
