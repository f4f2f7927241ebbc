package core

import (
	"errors"
	"strconv"
	"strings"

	"sgrules/internal/pyjson"
)

// This file turns the Input JSON document into an Input, reporting everything
// wrong inside it the way the AWS CLI's parameter validation words it (botocore
// ParamValidation), so a user who pastes a --cli-input-json document sees the
// error the CLI would print. botocore checks each structure in this order:
// missing required members, then unknown members in document order, then the
// known members (recursively) in document order; it reports every problem.
// The decoder keeps the document's key order (pyjson.Object) to report them in the
// same order, and the same words (checked against Debian's 2.9.19).

// decodeInput decodes one Input document. It returns an error only when the
// bytes are not a JSON object; everything else is a Problem.
func decodeInput(data []byte) (Input, []Problem, error) {
	doc, err := pyjson.Parse(data)
	if err != nil {
		return Input{}, nil, errors.New("input is not JSON: " + err.Error())
	}
	obj, ok := doc.(*pyjson.Object)
	if !ok {
		return Input{}, nil, errors.New("input is not a JSON object")
	}
	in, problems := decodeInputObject(obj)
	return in, problems, nil
}

// decodeInputObject decodes the object of an Input document (read from JSON,
// or from YAML by the importer).
func decodeInputObject(obj *pyjson.Object) (Input, []Problem) {
	d := &decoder{}
	var in Input
	// The command decides which members the request has, so it is read
	// first, wherever it stands in the document.
	if v, ok := obj.Values["Command"]; ok {
		if s, ok := v.(string); ok {
			in.Command = s
		} else {
			d.problem("Command", "Command must be a string, got "+pyjson.TypeName(v))
		}
	}
	for _, k := range obj.Keys {
		v := obj.Values[k]
		switch k {
		case "Command":
		case "Input":
			if m, ok := v.(*pyjson.Object); ok {
				in.Request = d.request(m, in.Command == Egress)
			} else {
				// What the CLI prints for a --cli-input-json that is not
				// an object.
				d.problem("", "Error parsing parameter '--cli-input-json': Invalid type: expecting map, received "+pyjson.Class(v))
			}
		case "OwnerId":
			if s, ok := v.(string); ok {
				in.OwnerId = &s
			} else {
				d.problem("OwnerId", "OwnerId must be a string, got "+pyjson.TypeName(v))
			}
		default:
			d.problem(k, "Unknown key "+strconv.Quote(k)+" in the input document, must be one of: Command, Input, OwnerId")
		}
	}
	return in, d.problems
}

type decoder struct {
	problems []Problem
}

func (d *decoder) problem(path, message string) {
	d.problems = append(d.problems, Problem{
		Path: path, Severity: SeverityError, Code: CodeParamValidation,
		Message: message,
	})
}

// CodeParamValidation is the code of the AWS CLI's own client-side checks.
const CodeParamValidation = "ParamValidation"

// legacyTopLevel reports whether member is one of the undocumented top-level
// members of the ingress request that the CLI still accepts; this tool
// expresses every rule through IpPermissions instead. It is a switch rather
// than a map, so that the page does not build a map when it starts.
func legacyTopLevel(member string) bool {
	switch member {
	case "CidrIp", "FromPort", "ToPort", "IpProtocol", "SourceSecurityGroupName", "SourceSecurityGroupOwnerId":
		return true
	}
	return false
}

// requestMembers and egressRequestMembers are botocore's "must be one of"
// lists of the two request shapes, in the order Debian's 2.9.19 prints them
// (checked with the real CLI; 2.36.x prints other orders,
// docs/awscli-parsing.md §6).
const (
	requestMembers       = "CidrIp, FromPort, GroupId, GroupName, IpPermissions, IpProtocol, SourceSecurityGroupName, SourceSecurityGroupOwnerId, ToPort, DryRun, TagSpecifications"
	egressRequestMembers = "DryRun, GroupId, IpPermissions, TagSpecifications, CidrIp, FromPort, IpProtocol, ToPort, SourceSecurityGroupName, SourceSecurityGroupOwnerId"
	permissionMembers    = "FromPort, IpProtocol, IpRanges, Ipv6Ranges, PrefixListIds, ToPort, UserIdGroupPairs"
)

// unknown reports, in document order, the keys of m that are not members,
// worded as botocore words it; it returns the known keys, in document order,
// to be checked afterwards (botocore's order).
func (d *decoder) unknown(path string, m *pyjson.Object, known func(string) bool, members string) []string {
	var ok []string
	where := path
	if where == "" {
		where = "input"
	}
	for _, k := range m.Keys {
		if known(k) {
			ok = append(ok, k)
			continue
		}
		d.problem(joinPath(path, k), "Unknown parameter in "+where+": "+strconv.Quote(k)+", must be one of: "+members)
	}
	return ok
}

func joinPath(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

func (d *decoder) request(m *pyjson.Object, egress bool) Request {
	var r Request
	members := requestMembers
	if egress {
		members = egressRequestMembers
	}
	known := func(k string) bool {
		switch k {
		case "GroupId", "IpPermissions", "TagSpecifications", "DryRun":
			return true
		case "GroupName":
			// Egress has no GroupName: the CLI refuses it like any
			// unknown key.
			return !egress
		}
		return false
	}
	// The legacy top-level members are known to botocore, so it does not
	// complain; sgrules refuses them in its own words (after botocore's
	// unknown-key lines), because it expresses every rule in IpPermissions.
	isKnown := func(k string) bool { return known(k) || legacyTopLevel(k) }
	for _, k := range d.unknown("", m, isKnown, members) {
		v := m.Values[k]
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
					p := indexed(k, i)
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
					p := indexed(k, i)
					if em := d.structure(p, e); em != nil {
						r.TagSpecifications = append(r.TagSpecifications, d.tagSpecification(p, em))
					}
				}
			}
		default:
			d.problem(k, k+" is a legacy top-level parameter; sgrules describes every rule in IpPermissions (put it there instead)")
		}
	}
	return r
}

func (d *decoder) permission(path string, m *pyjson.Object) IpPermission {
	var p IpPermission
	isKnown := func(k string) bool { return strings.Contains(", "+permissionMembers+", ", ", "+k+", ") }
	for _, k := range d.unknown(path, m, isKnown, permissionMembers) {
		v := m.Values[k]
		kp := path + "." + k
		switch k {
		case "IpProtocol":
			p.IpProtocol = d.str(kp, v)
		case "FromPort":
			p.FromPort = d.integer(kp, v)
		case "ToPort":
			p.ToPort = d.integer(kp, v)
		default:
			if kind, ok := sourceKindOf(k); ok {
				d.sources(kp, v, &p, kind)
			}
		}
	}
	return p
}

// sources decodes the list of sources of kind at path.
func (d *decoder) sources(path string, v any, p *IpPermission, kind SourceKind) {
	list := d.list(path, v)
	if list == nil {
		return
	}
	t := &sourceKinds[kind]
	kind.reset(p, len(list))
	members := strings.Join(t.members, ", ")
	for i, e := range list {
		ep := indexed(path, i)
		if em := d.structure(ep, e); em != nil {
			j := kind.add(p)
			dst := make(map[string]**string, len(t.members))
			for m, name := range t.members {
				dst[name] = kind.field(p, j, m)
			}
			d.fields(ep, em, members, dst)
		}
	}
}

func (d *decoder) tagSpecification(path string, m *pyjson.Object) TagSpecification {
	var t TagSpecification
	isKnown := func(k string) bool { return k == "ResourceType" || k == "Tags" }
	for _, k := range d.unknown(path, m, isKnown, "ResourceType, Tags") {
		v := m.Values[k]
		kp := path + "." + k
		switch k {
		case "ResourceType":
			t.ResourceType = d.str(kp, v)
		case "Tags":
			if list := d.list(kp, v); list != nil {
				t.Tags = make([]Tag, 0, len(list))
				for i, e := range list {
					ep := indexed(kp, i)
					if em := d.structure(ep, e); em != nil {
						var tag Tag
						d.fields(ep, em, "Key, Value", map[string]**string{"Key": &tag.Key, "Value": &tag.Value})
						t.Tags = append(t.Tags, tag)
					}
				}
			}
		}
	}
	return t
}

// fields decodes a structure whose members are all strings.
func (d *decoder) fields(path string, m *pyjson.Object, members string, dst map[string]**string) {
	isKnown := func(k string) bool { _, ok := dst[k]; return ok }
	for _, k := range d.unknown(path, m, isKnown, members) {
		*dst[k] = d.str(path+"."+k, m.Values[k])
	}
}

func (d *decoder) invalidType(path string, v any, valid string) {
	d.problem(path, "Invalid type for parameter "+path+", value: "+pyjson.Str(v)+", type: "+pyjson.Class(v)+", valid types: "+valid)
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
	if b, ok := v.(bool); ok {
		// Python's bool is an int, so botocore lets it through and the
		// CLI sends the text True/False, which is no port: refused in
		// sgrules' own words (checked with Debian's 2.9.19).
		// (Python spells them True and False; pyjson.Repr would say so
		// too, but would bring its float reader into the page.)
		python := "False"
		if b {
			python = "True"
		}
		d.problem(path, path+" is "+strconv.FormatBool(b)+": the CLI would send it as the text "+python+", not a number; write a port number")
		return nil
	}
	n, ok := v.(pyjson.Number)
	if !ok || n.IsFloat() {
		d.invalidType(path, v, "<class 'int'>")
		return nil
	}
	i, err := strconv.ParseInt(string(n), 10, 64)
	if err != nil {
		d.problem(path, "Invalid value for parameter "+path+", value: "+string(n)+": sgrules only handles integers that fit in 64 bits")
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

func (d *decoder) structure(path string, v any) *pyjson.Object {
	m, ok := v.(*pyjson.Object)
	if !ok {
		d.invalidType(path, v, "<class 'dict'>")
		return nil
	}
	return m
}
