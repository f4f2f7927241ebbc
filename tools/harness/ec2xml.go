package harness

import (
	"encoding/xml"
	"strconv"
	"strings"

	"sgrules/core"
)

// This file writes EC2 Query API answers: the XML EC2 sends, with element
// names from the EC2 service model's locationNames (securityGroupRuleSet,
// item, tagSet, …).

func successXML(action string) string {
	return "<" + action + "Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>00000000-0000-0000-0000-000000000000</requestId><return>true</return></" + action + "Response>"
}

// ResponseXML is the XML of a successful authorize call.
func ResponseXML(action string, r *core.Response) string {
	var b strings.Builder
	b.WriteString("<" + action + "Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">")
	b.WriteString("<requestId>00000000-0000-0000-0000-000000000000</requestId>")
	elem(&b, "return", strconv.FormatBool(r.Return))
	b.WriteString("<securityGroupRuleSet>")
	for _, rule := range r.SecurityGroupRules {
		b.WriteString("<item>")
		elem(&b, "securityGroupRuleId", rule.SecurityGroupRuleId)
		elem(&b, "groupId", rule.GroupId)
		elem(&b, "groupOwnerId", rule.GroupOwnerId)
		elem(&b, "isEgress", strconv.FormatBool(rule.IsEgress))
		elem(&b, "ipProtocol", rule.IpProtocol)
		elem(&b, "fromPort", strconv.FormatInt(rule.FromPort, 10))
		elem(&b, "toPort", strconv.FormatInt(rule.ToPort, 10))
		optElem(&b, "cidrIpv4", rule.CidrIpv4)
		optElem(&b, "cidrIpv6", rule.CidrIpv6)
		optElem(&b, "prefixListId", rule.PrefixListId)
		if g := rule.ReferencedGroupInfo; g != nil {
			b.WriteString("<referencedGroupInfo>")
			optElem(&b, "groupId", g.GroupId)
			optElem(&b, "peeringStatus", g.PeeringStatus)
			optElem(&b, "userId", g.UserId)
			optElem(&b, "vpcId", g.VpcId)
			optElem(&b, "vpcPeeringConnectionId", g.VpcPeeringConnectionId)
			b.WriteString("</referencedGroupInfo>")
		}
		optElem(&b, "description", rule.Description)
		if rule.Tags != nil {
			b.WriteString("<tagSet>")
			for _, t := range rule.Tags {
				b.WriteString("<item>")
				optElem(&b, "key", t.Key)
				optElem(&b, "value", t.Value)
				b.WriteString("</item>")
			}
			b.WriteString("</tagSet>")
		}
		b.WriteString("</item>")
	}
	b.WriteString("</securityGroupRuleSet>")
	b.WriteString("</" + action + "Response>")
	return b.String()
}

// ErrorXML is the XML of an EC2 error answer (HTTP 400).
func ErrorXML(code, message string) string {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error>")
	elem(&b, "Code", code)
	elem(&b, "Message", message)
	b.WriteString("</Error></Errors><RequestID>00000000-0000-0000-0000-000000000000</RequestID></Response>")
	return b.String()
}

func elem(b *strings.Builder, name, text string) {
	b.WriteString("<" + name + ">")
	xml.EscapeText(b, []byte(text))
	b.WriteString("</" + name + ">")
}

func optElem(b *strings.Builder, name string, text *string) {
	if text != nil {
		elem(b, name, *text)
	}
}
