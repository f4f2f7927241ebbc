package core

// This file renders a predicted Response as the CLI prints it with --output
// json (awscli/formatter.py: json.dumps(indent=4, ensure_ascii=False) plus a
// newline), members in the order of the API's SecurityGroupRule shape.

func outputJSON(resp *Response) string {
	w := newJSONWriterSize("    ", 64+384*len(resp.SecurityGroupRules)) // about what a rule takes
	w.beginObject()
	w.boolField("Return", resp.Return)
	w.key("SecurityGroupRules")
	w.beginArray()
	for _, r := range resp.SecurityGroupRules {
		w.elem()
		writeSecurityGroupRule(w, r)
	}
	w.endArray()
	w.endObject()
	w.b.WriteByte('\n')
	return w.String()
}

// writeSecurityGroupRule writes one rule, members in the API shape's order,
// optional ones only when set: as the CLI prints it, and as the Result
// document carries it (resultjson.go).
func writeSecurityGroupRule(w *jsonWriter, r SecurityGroupRule) {
	w.beginObject()
	w.strField("SecurityGroupRuleId", r.SecurityGroupRuleId)
	w.strField("GroupId", r.GroupId)
	w.strField("GroupOwnerId", r.GroupOwnerId)
	w.boolField("IsEgress", r.IsEgress)
	w.strField("IpProtocol", r.IpProtocol)
	w.intField("FromPort", r.FromPort)
	w.intField("ToPort", r.ToPort)
	w.optStr("CidrIpv4", r.CidrIpv4)
	w.optStr("CidrIpv6", r.CidrIpv6)
	w.optStr("PrefixListId", r.PrefixListId)
	if g := r.ReferencedGroupInfo; g != nil {
		w.key("ReferencedGroupInfo")
		w.beginObject()
		w.optStr("GroupId", g.GroupId)
		w.optStr("PeeringStatus", g.PeeringStatus)
		w.optStr("UserId", g.UserId)
		w.optStr("VpcId", g.VpcId)
		w.optStr("VpcPeeringConnectionId", g.VpcPeeringConnectionId)
		w.endObject()
	}
	w.optStr("Description", r.Description)
	if r.Tags != nil {
		w.key("Tags")
		writeTags(w, r.Tags)
	}
	w.endObject()
}
