package core

import (
	"fmt"
	"hash/fnv"
	"net/netip"
)

// This file predicts the SecurityGroupRules EC2 returns
// (../shared/spec/ec2-semantics.md §0–§2): one rule per source, in request
// order, IpRanges then Ipv6Ranges then UserIdGroupPairs then PrefixListIds
// within a permission.

// predict returns the predicted response of a valid Input.
func predict(in Input) *Response {
	r := in.Input
	owner := DefaultOwnerId
	if in.OwnerId != nil {
		owner = *in.OwnerId
	}
	groupID := ""
	if r.GroupId != nil {
		groupID = *r.GroupId
	} else if r.GroupName != nil {
		groupID = placeholderID("sg-", "group-name:"+*r.GroupName)
	}
	var tags []Tag
	for _, ts := range r.TagSpecifications {
		tags = append(tags, ts.Tags...)
	}
	resp := &Response{Return: true, SecurityGroupRules: []SecurityGroupRule{}}
	egress := isEgress(in.Command)
	for _, p := range r.IpPermissions {
		proto, _ := normalizeProtocol(p.IpProtocol)
		from, to := predictedPorts(proto, p)
		base := SecurityGroupRule{
			GroupId: groupID, GroupOwnerId: owner, IsEgress: egress,
			IpProtocol: proto, FromPort: from, ToPort: to, Tags: tags,
		}
		add := func(rule SecurityGroupRule, source string) {
			rule.SecurityGroupRuleId = placeholderID("sgr-", fmt.Sprintf("%v|%s|%s|%d|%d|%s", egress, groupID, proto, from, to, source))
			resp.SecurityGroupRules = append(resp.SecurityGroupRules, rule)
		}
		for _, ipr := range p.IpRanges {
			rule := base
			c := canonicalCIDR(*ipr.CidrIp)
			rule.CidrIpv4 = &c
			rule.Description = ipr.Description
			add(rule, "v4:"+c)
		}
		for _, ipr := range p.Ipv6Ranges {
			rule := base
			c := canonicalCIDR(*ipr.CidrIpv6)
			rule.CidrIpv6 = &c
			rule.Description = ipr.Description
			add(rule, "v6:"+c)
		}
		for _, g := range p.UserIdGroupPairs {
			rule := base
			ref := &ReferencedGroup{GroupId: g.GroupId, UserId: g.UserId, VpcId: g.VpcId, VpcPeeringConnectionId: g.VpcPeeringConnectionId}
			if ref.UserId == nil {
				ref.UserId = &owner
			}
			rule.ReferencedGroupInfo = ref
			rule.Description = g.Description
			id := ""
			if g.GroupId != nil {
				id = *g.GroupId
			}
			add(rule, "sg:"+id)
		}
		for _, pl := range p.PrefixListIds {
			rule := base
			rule.PrefixListId = pl.PrefixListId
			rule.Description = pl.Description
			id := ""
			if pl.PrefixListId != nil {
				id = *pl.PrefixListId
			}
			add(rule, "pl:"+id)
		}
	}
	return resp
}

// predictedPorts are the ports EC2 reports: as sent for tcp, udp and icmp;
// -1/-1 for -1, for other protocol numbers and for icmpv6 without ports.
func predictedPorts(proto string, p IpPermission) (int64, int64) {
	switch proto {
	case "tcp", "udp", "icmp", "icmpv6":
		if p.FromPort != nil && p.ToPort != nil {
			return *p.FromPort, *p.ToPort
		}
	}
	return -1, -1
}

// canonicalCIDR is a CIDR as EC2 stores it: host bits zeroed, IPv6 in RFC 5952
// form. A CIDR that does not parse is returned as given.
func canonicalCIDR(s string) string {
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return s
	}
	return p.Masked().String()
}

// placeholderID is prefix + 17 hex digits derived from key, so an ID stays
// the same while the user edits other fields.
func placeholderID(prefix, key string) string {
	h := fnv.New128a()
	h.Write([]byte(key))
	return prefix + fmt.Sprintf("%x", h.Sum(nil))[:17]
}
