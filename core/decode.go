package core

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// This file turns the Input JSON document into an Input, reporting everything
// wrong inside it the way the AWS CLI's parameter validation words it (botocore
// ParamValidation), so a user who pastes a --cli-input-json document sees the
// error the CLI would print.

// decodeInput decodes one Input document. It returns an error only when the
// bytes are not a JSON object; everything else is a Problem.
func decodeInput(data []byte) (Input, []Problem, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return Input{}, nil, fmt.Errorf("input is not JSON: %v", err)
	}
	if dec.More() {
		return Input{}, nil, fmt.Errorf("input has data after the JSON object")
	}
	obj, ok := doc.(map[string]any)
	if !ok {
		return Input{}, nil, fmt.Errorf("input is not a JSON object")
	}
	d := &decoder{}
	var in Input
	for _, k := range sortedKeys(obj) {
		v := obj[k]
		switch k {
		case "Command":
			if s, ok := v.(string); ok {
				in.Command = s
			} else {
				d.problem("Command", "Command must be a string, got %s", pyTypeName(v))
			}
		case "Input":
			if m, ok := v.(map[string]any); ok {
				in.Input = d.request(m)
			} else {
				d.problem("", "Invalid type: expecting map, received %s", pyClass(v))
			}
		case "OwnerId":
			if s, ok := v.(string); ok {
				in.OwnerId = &s
			} else {
				d.problem("OwnerId", "OwnerId must be a string, got %s", pyTypeName(v))
			}
		default:
			d.problem(k, "Unknown key %q in the input document, must be one of: Command, Input, OwnerId", k)
		}
	}
	return in, d.problems, nil
}

type decoder struct {
	problems []Problem
}

func (d *decoder) problem(path, format string, args ...any) {
	d.problems = append(d.problems, Problem{
		Path: path, Severity: SeverityError, Code: CodeParamValidation,
		Message: fmt.Sprintf(format, args...),
	})
}

// CodeParamValidation is the code of the AWS CLI's own client-side checks.
const CodeParamValidation = "ParamValidation"

// legacyTopLevel are the undocumented top-level members of the ingress request
// that the CLI still accepts; this tool expresses every rule through
// IpPermissions instead.
var legacyTopLevel = map[string]bool{
	"CidrIp": true, "FromPort": true, "ToPort": true, "IpProtocol": true,
	"SourceSecurityGroupName": true, "SourceSecurityGroupOwnerId": true,
}

// requestMembers is the order botocore's "must be one of" lists the members of
// AuthorizeSecurityGroupIngressRequest in Debian's 2.9.19.
const requestMembers = "CidrIp, FromPort, GroupId, GroupName, IpPermissions, IpProtocol, SourceSecurityGroupName, SourceSecurityGroupOwnerId, ToPort, DryRun, TagSpecifications"

func (d *decoder) request(m map[string]any) Request {
	var r Request
	for _, k := range sortedKeys(m) {
		v := m[k]
		switch k {
		case "GroupId":
			r.GroupId = d.str(k, v)
		case "GroupName":
			r.GroupName = d.str(k, v)
		case "DryRun":
			r.DryRun = d.boolean(k, v)
		case "IpPermissions":
			list := d.list(k, v)
			if list != nil {
				r.IpPermissions = make([]IpPermission, 0, len(list))
				for i, e := range list {
					p := fmt.Sprintf("%s[%d]", k, i)
					if em := d.structure(p, e); em != nil {
						r.IpPermissions = append(r.IpPermissions, d.permission(p, em))
					}
				}
			}
		case "TagSpecifications":
			list := d.list(k, v)
			if list != nil {
				r.TagSpecifications = make([]TagSpecification, 0, len(list))
				for i, e := range list {
					p := fmt.Sprintf("%s[%d]", k, i)
					if em := d.structure(p, e); em != nil {
						r.TagSpecifications = append(r.TagSpecifications, d.tagSpecification(p, em))
					}
				}
			}
		default:
			if legacyTopLevel[k] {
				d.problem(k, "%s is a legacy top-level parameter; sgrules describes every rule in IpPermissions (put it there instead)", k)
			} else {
				d.problem(k, "Unknown parameter in input: %q, must be one of: %s", k, requestMembers)
			}
		}
	}
	return r
}

func (d *decoder) permission(path string, m map[string]any) IpPermission {
	var p IpPermission
	for _, k := range sortedKeys(m) {
		v := m[k]
		kp := path + "." + k
		switch k {
		case "IpProtocol":
			p.IpProtocol = d.str(kp, v)
		case "FromPort":
			p.FromPort = d.integer(kp, v)
		case "ToPort":
			p.ToPort = d.integer(kp, v)
		case "IpRanges":
			if list := d.list(kp, v); list != nil {
				p.IpRanges = make([]IpRange, 0, len(list))
				for i, e := range list {
					ep := fmt.Sprintf("%s[%d]", kp, i)
					if em := d.structure(ep, e); em != nil {
						var r IpRange
						d.fields(ep, em, "CidrIp, Description", map[string]**string{"CidrIp": &r.CidrIp, "Description": &r.Description})
						p.IpRanges = append(p.IpRanges, r)
					}
				}
			}
		case "Ipv6Ranges":
			if list := d.list(kp, v); list != nil {
				p.Ipv6Ranges = make([]Ipv6Range, 0, len(list))
				for i, e := range list {
					ep := fmt.Sprintf("%s[%d]", kp, i)
					if em := d.structure(ep, e); em != nil {
						var r Ipv6Range
						d.fields(ep, em, "CidrIpv6, Description", map[string]**string{"CidrIpv6": &r.CidrIpv6, "Description": &r.Description})
						p.Ipv6Ranges = append(p.Ipv6Ranges, r)
					}
				}
			}
		case "PrefixListIds":
			if list := d.list(kp, v); list != nil {
				p.PrefixListIds = make([]PrefixListId, 0, len(list))
				for i, e := range list {
					ep := fmt.Sprintf("%s[%d]", kp, i)
					if em := d.structure(ep, e); em != nil {
						var r PrefixListId
						d.fields(ep, em, "Description, PrefixListId", map[string]**string{"Description": &r.Description, "PrefixListId": &r.PrefixListId})
						p.PrefixListIds = append(p.PrefixListIds, r)
					}
				}
			}
		case "UserIdGroupPairs":
			if list := d.list(kp, v); list != nil {
				p.UserIdGroupPairs = make([]UserIdGroupPair, 0, len(list))
				for i, e := range list {
					ep := fmt.Sprintf("%s[%d]", kp, i)
					if em := d.structure(ep, e); em != nil {
						var r UserIdGroupPair
						d.fields(ep, em, "Description, GroupId, GroupName, PeeringStatus, UserId, VpcId, VpcPeeringConnectionId", map[string]**string{
							"Description": &r.Description, "GroupId": &r.GroupId, "GroupName": &r.GroupName,
							"PeeringStatus": &r.PeeringStatus, "UserId": &r.UserId, "VpcId": &r.VpcId,
							"VpcPeeringConnectionId": &r.VpcPeeringConnectionId,
						})
						p.UserIdGroupPairs = append(p.UserIdGroupPairs, r)
					}
				}
			}
		default:
			d.problem(kp, "Unknown parameter in %s: %q, must be one of: FromPort, IpProtocol, IpRanges, Ipv6Ranges, PrefixListIds, ToPort, UserIdGroupPairs", path, k)
		}
	}
	return p
}

func (d *decoder) tagSpecification(path string, m map[string]any) TagSpecification {
	var t TagSpecification
	for _, k := range sortedKeys(m) {
		v := m[k]
		kp := path + "." + k
		switch k {
		case "ResourceType":
			t.ResourceType = d.str(kp, v)
		case "Tags":
			if list := d.list(kp, v); list != nil {
				t.Tags = make([]Tag, 0, len(list))
				for i, e := range list {
					ep := fmt.Sprintf("%s[%d]", kp, i)
					if em := d.structure(ep, e); em != nil {
						var tag Tag
						d.fields(ep, em, "Key, Value", map[string]**string{"Key": &tag.Key, "Value": &tag.Value})
						t.Tags = append(t.Tags, tag)
					}
				}
			}
		default:
			d.problem(kp, "Unknown parameter in %s: %q, must be one of: ResourceType, Tags", path, k)
		}
	}
	return t
}

// fields decodes a structure whose members are all strings.
func (d *decoder) fields(path string, m map[string]any, members string, dst map[string]**string) {
	for _, k := range sortedKeys(m) {
		p, ok := dst[k]
		if !ok {
			d.problem(path+"."+k, "Unknown parameter in %s: %q, must be one of: %s", path, k, members)
			continue
		}
		*p = d.str(path+"."+k, m[k])
	}
}

func (d *decoder) invalidType(path string, v any, valid string) {
	d.problem(path, "Invalid type for parameter %s, value: %s, type: %s, valid types: %s", path, pyStr(v), pyClass(v), valid)
}

func (d *decoder) str(path string, v any) *string {
	s, ok := v.(string)
	if !ok {
		d.invalidType(path, v, "<class 'str'>")
		return nil
	}
	return &s
}

func (d *decoder) boolean(path string, v any) *bool {
	b, ok := v.(bool)
	if !ok {
		d.invalidType(path, v, "<class 'bool'>")
		return nil
	}
	return &b
}

func (d *decoder) integer(path string, v any) *int64 {
	n, ok := v.(json.Number)
	if !ok || strings.ContainsAny(string(n), ".eE") {
		d.invalidType(path, v, "<class 'int'>")
		return nil
	}
	i, err := strconv.ParseInt(string(n), 10, 64)
	if err != nil {
		d.problem(path, "Invalid value for parameter %s, value: %s: sgrules only handles integers that fit in 64 bits", path, n)
		return nil
	}
	return &i
}

func (d *decoder) list(path string, v any) []any {
	l, ok := v.([]any)
	if !ok {
		d.invalidType(path, v, "<class 'list'>, <class 'tuple'>")
		return nil
	}
	if l == nil {
		l = []any{}
	}
	return l
}

func (d *decoder) structure(path string, v any) map[string]any {
	m, ok := v.(map[string]any)
	if !ok {
		d.invalidType(path, v, "<class 'dict'>")
		return nil
	}
	return m
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// pyClass is how Python prints the type of a decoded JSON value.
func pyClass(v any) string { return "<class '" + pyTypeName(v) + "'>" }

func pyTypeName(v any) string {
	switch x := v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case string:
		return "str"
	case json.Number:
		if strings.ContainsAny(string(x), ".eE") {
			return "float"
		}
		return "int"
	case []any:
		return "list"
	case map[string]any:
		return "dict"
	}
	return "object"
}

// pyStr is Python's str() of a decoded JSON value, as botocore prints it.
func pyStr(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return pyRepr(v)
}

// pyRepr is Python's repr() of a decoded JSON value.
func pyRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return pyQuote(x)
	case json.Number:
		if f, err := x.Float64(); err == nil && strings.ContainsAny(string(x), ".eE") {
			s := strconv.FormatFloat(f, 'g', -1, 64)
			if !strings.ContainsAny(s, ".eEn") {
				s += ".0"
			}
			return s
		}
		return string(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pyRepr(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		// Python keeps the document's key order; Go's map has none, so the
		// keys are sorted. Only the wording of a ParamValidation message
		// depends on it.
		parts := make([]string, 0, len(x))
		for _, k := range sortedKeys(x) {
			parts = append(parts, pyQuote(k)+": "+pyRepr(x[k]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}

// pyQuote is Python's repr() of a str, for the printable cases.
func pyQuote(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == q:
			b.WriteString(`\` + q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	return b.String()
}
