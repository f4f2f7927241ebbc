package core

import (
	"sgrules/internal/cliout"
	"sgrules/internal/pyjson"
)

// This file renders a predicted Response as the CLI prints it with --output
// json (awscli/formatter.py: json.dumps(indent=4, ensure_ascii=False) plus a
// newline), members in the order of the API's SecurityGroupRule shape.

func outputJSON(resp *Response) string {
	w := pyjson.NewWriterSize("    ", 64+384*len(resp.SecurityGroupRules)) // about what a rule takes
	w.BeginObject()
	w.BoolField("Return", resp.Return)
	w.Key("SecurityGroupRules")
	w.BeginArray()
	for _, r := range resp.SecurityGroupRules {
		w.Elem()
		writeSecurityGroupRule(w, r)
	}
	w.EndArray()
	w.EndObject()
	w.EndLine()
	return w.String()
}

// writeSecurityGroupRule writes one rule, members in the API shape's order,
// optional ones only when set: as the CLI prints it, and as the Result
// document carries it (resultjson.go).
func writeSecurityGroupRule(w *pyjson.Writer, r SecurityGroupRule) {
	w.BeginObject()
	w.StrField("SecurityGroupRuleId", r.SecurityGroupRuleId)
	w.StrField("GroupId", r.GroupId)
	w.StrField("GroupOwnerId", r.GroupOwnerId)
	w.BoolField("IsEgress", r.IsEgress)
	w.StrField("IpProtocol", r.IpProtocol)
	w.IntField("FromPort", r.FromPort)
	w.IntField("ToPort", r.ToPort)
	w.OptStr("CidrIpv4", r.CidrIpv4)
	w.OptStr("CidrIpv6", r.CidrIpv6)
	w.OptStr("PrefixListId", r.PrefixListId)
	if g := r.ReferencedGroupInfo; g != nil {
		w.Key("ReferencedGroupInfo")
		w.BeginObject()
		w.OptStr("GroupId", g.GroupId)
		w.OptStr("PeeringStatus", g.PeeringStatus)
		w.OptStr("UserId", g.UserId)
		w.OptStr("VpcId", g.VpcId)
		w.OptStr("VpcPeeringConnectionId", g.VpcPeeringConnectionId)
		w.EndObject()
	}
	w.OptStr("Description", r.Description)
	if r.Tags != nil {
		w.Key("Tags")
		writeTags(w, r.Tags)
	}
	w.EndObject()
}

// responseTree builds the tree of a Response that the CLI's yaml, text and
// table formatters print (internal/cliout).
func responseTree(resp *Response) *cliout.Value {
	slab := cliout.NewBuilder(4 + 10*len(resp.SecurityGroupRules))
	// The members of every rule's dict, 13 at most, from one allocation.
	const ruleFields = 13
	fields := make([]cliout.Field, ruleFields*len(resp.SecurityGroupRules))
	rules := slab.List(make([]*cliout.Value, 0, len(resp.SecurityGroupRules)))
	for i := range resp.SecurityGroupRules {
		r := &resp.SecurityGroupRules[i]
		d := dictBuilder{fields: fields[ruleFields*i : ruleFields*i : ruleFields*(i+1)], slab: slab}
		d.add("SecurityGroupRuleId", slab.Str(r.SecurityGroupRuleId))
		d.add("GroupId", slab.Str(r.GroupId))
		d.add("GroupOwnerId", slab.Str(r.GroupOwnerId))
		d.add("IsEgress", slab.Bool(r.IsEgress))
		d.add("IpProtocol", slab.Str(r.IpProtocol))
		d.add("FromPort", slab.Int(r.FromPort))
		d.add("ToPort", slab.Int(r.ToPort))
		d.opt("CidrIpv4", r.CidrIpv4)
		d.opt("CidrIpv6", r.CidrIpv6)
		d.opt("PrefixListId", r.PrefixListId)
		if g := r.ReferencedGroupInfo; g != nil {
			gd := dictBuilder{slab: slab}
			gd.opt("GroupId", g.GroupId)
			gd.opt("PeeringStatus", g.PeeringStatus)
			gd.opt("UserId", g.UserId)
			gd.opt("VpcId", g.VpcId)
			gd.opt("VpcPeeringConnectionId", g.VpcPeeringConnectionId)
			d.add("ReferencedGroupInfo", gd.done())
		}
		d.opt("Description", r.Description)
		if r.Tags != nil {
			tags := slab.List(make([]*cliout.Value, 0, len(r.Tags)))
			for _, t := range r.Tags {
				td := dictBuilder{slab: slab}
				td.opt("Key", t.Key)
				td.opt("Value", t.Value)
				tags.Append(td.done())
			}
			d.add("Tags", tags)
		}
		rules.Append(d.done())
	}
	top := dictBuilder{slab: slab}
	top.add("Return", slab.Bool(resp.Return))
	top.add("SecurityGroupRules", rules)
	return top.done()
}

// dictBuilder collects the members of one dict of the tree.
type dictBuilder struct {
	fields []cliout.Field
	slab   *cliout.Builder
}

func (d *dictBuilder) add(k string, v *cliout.Value) {
	d.fields = append(d.fields, cliout.Field{Key: k, Value: v})
}

// opt adds a string member when v is set.
func (d *dictBuilder) opt(k string, v *string) {
	if v != nil {
		d.add(k, d.slab.Str(*v))
	}
}

func (d *dictBuilder) done() *cliout.Value { return d.slab.Dict(d.fields) }
