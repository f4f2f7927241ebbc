package core

import "sgrules/internal/pyjson"

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
