package core

import (
	"math/bits"
	"strconv"

	"sgrules/internal/netaddr"
)

// This file predicts the SecurityGroupRules EC2 returns for a valid Input
// (docs/ec2-semantics.md §0–§2): one rule per source; permissions
// in request order; within a permission the sources in factSourceOrder, each
// list in request order; protocol and ports as EC2 stores them; CIDRs in
// canonical form.

// predict returns the predicted response of a valid Input.
func predict(in Input) *Response {
	r := in.Request
	owner := DefaultOwnerId
	if in.OwnerId != nil {
		owner = *in.OwnerId
	}
	groupID := ""
	if r.GroupId != nil {
		groupID = *r.GroupId
	} else if r.GroupName != nil {
		groupID = groupNameID(*r.GroupName)
	}
	tags := ruleTags(r.TagSpecifications)
	n := 0 // one rule per source
	for i := range r.IpPermissions {
		n += sourceCount(&r.IpPermissions[i])
	}
	resp := &Response{Return: true, SecurityGroupRules: make([]SecurityGroupRule, 0, n)}
	egress := isEgress(in.Command)
	for _, p := range r.IpPermissions {
		proto, _ := normalizeProtocol(p.IpProtocol)
		from, to := predictedPorts(proto, p)
		base := SecurityGroupRule{
			GroupId: groupID, GroupOwnerId: owner, IsEgress: egress,
			IpProtocol: proto, FromPort: from, ToPort: to, Tags: tags,
		}
		add := func(rule SecurityGroupRule, desc *string, source string) {
			if desc != nil && (*desc != "" || !factDropEmptyDescription) {
				rule.Description = desc
			}
			rule.SecurityGroupRuleId = placeholderID("sgr-", strconv.FormatBool(egress)+"|"+groupID+"|"+proto+"|"+strconv.FormatInt(from, 10)+"|"+strconv.FormatInt(to, 10)+"|"+source)
			resp.SecurityGroupRules = append(resp.SecurityGroupRules, rule)
		}
		for _, kind := range factSourceOrder {
			switch kind {
			case KindIPv4:
				for _, ipr := range p.IpRanges {
					rule := base
					c := canonicalCIDR(deref(ipr.CidrIp))
					rule.CidrIpv4 = &c
					add(rule, ipr.Description, "v4:"+c)
				}
			case KindIPv6:
				for _, ipr := range p.Ipv6Ranges {
					rule := base
					c := canonicalCIDR(deref(ipr.CidrIpv6))
					rule.CidrIpv6 = &c
					add(rule, ipr.Description, "v6:"+c)
				}
			case KindSecurityGroup:
				for _, g := range p.UserIdGroupPairs {
					rule := base
					rule.ReferencedGroupInfo = referencedGroup(g, owner)
					add(rule, g.Description, "sg:"+deref(rule.ReferencedGroupInfo.GroupId))
				}
			case KindPrefixList:
				for _, pl := range p.PrefixListIds {
					rule := base
					rule.PrefixListId = pl.PrefixListId
					add(rule, pl.Description, "pl:"+deref(pl.PrefixListId))
				}
			}
		}
	}
	return resp
}

// referencedGroup is ReferencedGroupInfo (§1.3): GroupId (a placeholder
// derived from the name when the pair names the group), UserId defaulting
// to the owner of the target group, and VpcId/VpcPeeringConnectionId when
// the request gives them. PeeringStatus is EC2's to report, not the
// request's; what EC2 reports for a peered group was not found, so it is
// left out.
func referencedGroup(g UserIdGroupPair, owner string) *ReferencedGroup {
	ref := &ReferencedGroup{GroupId: g.GroupId, UserId: g.UserId, VpcId: g.VpcId, VpcPeeringConnectionId: g.VpcPeeringConnectionId}
	if ref.GroupId == nil && g.GroupName != nil {
		id := groupNameID(*g.GroupName)
		ref.GroupId = &id
	}
	if ref.UserId == nil {
		ref.UserId = &owner
	}
	return ref
}

// groupNameID is the placeholder GroupId shown for a group given by name:
// EC2 would report the real id, which only the account knows.
func groupNameID(name string) string {
	return placeholderID("sg-", "group-name:"+name)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// predictedPorts are the ports EC2 reports (§2.2): as sent for tcp, udp,
// icmp and icmpv6; -1/-1 for -1, for other protocol numbers (which ignore
// ports) and for icmpv6 sent without ports.
func predictedPorts(proto string, p IpPermission) (int64, int64) {
	if takesPorts(proto) && p.FromPort != nil && p.ToPort != nil {
		return *p.FromPort, *p.ToPort
	}
	return -1, -1
}

// canonicalCIDR is a CIDR as EC2 stores it: host bits zeroed, IPv6 in RFC
// 5952 form (netaddr prints that form, as netip does). A CIDR that does not parse is
// returned as given.
func canonicalCIDR(s string) string {
	p, ok := netaddr.ParsePrefix(s)
	if !ok {
		if a, aok := netaddr.ParseAddr(s); aok && !factBareAddressIsMalformed {
			return netaddr.PrefixFrom(a, a.BitLen()).String() // without the zone, as netip.PrefixFrom
		}
		return s
	}
	return p.Masked().String()
}

// placeholderID is prefix + 17 hex digits derived from key, so an ID stays
// the same while the user edits other fields.
func placeholderID(prefix, key string) string {
	sum := fnv128a(key)
	return prefix + hexBytes(sum[:])[:17]
}

// fnv128a is the 128-bit FNV-1a hash of s, as hash/fnv.New128a sums it
// (TestFNV128aIsHashFNV): written out because package hash/fnv costs the
// page's WebAssembly more than these lines.
func fnv128a(s string) [16]byte {
	hi, lo := uint64(0x6c62272e07bb0142), uint64(0x62b821756295c58d) // the offset basis
	for i := 0; i < len(s); i++ {
		lo ^= uint64(s[i])
		// × the FNV prime, 2^88 + 0x13b, modulo 2^128.
		carry, low := bits.Mul64(0x13b, lo)
		hi = carry + lo<<24 + 0x13b*hi
		lo = low
	}
	var out [16]byte
	for i := 0; i < 8; i++ {
		out[i], out[8+i] = byte(hi>>(56-8*i)), byte(lo>>(56-8*i))
	}
	return out
}
