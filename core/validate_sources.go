package core

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"sgrules/internal/netaddr"
)

// This file checks the sources (destinations, for egress) of a permission:
// CIDRs (§3.2), prefix lists and group references (§3.6, §3.7), their
// descriptions (§3.3), that a permission has one (§3.4), and that no
// permission appears twice (§3.4); sections of docs/ec2-semantics.md.

// msgMissingSource is EC2's answer for a permission without a source (High).
const msgMissingSource = "Missing source specification: include source security group or CIDR information"

// msgDescription is EC2's answer for a bad description (cfn-lint#173, 2018).
const msgDescription = "Invalid rule description. Valid descriptions are strings less than 256 characters from the following set: " + factDescriptionChars

// msgDuplicate is EC2's answer for the same permission twice in one request
// (terraform-provider-aws#2587, High).
const msgDuplicate = "The same permission must not appear multiple times"

// noSource reports a permission (or, with path "", a request) that gives
// EC2 nothing to allow traffic from or to.
func noSource(ps *problems, path string, egress bool) {
	if egress && factEgressNoDestinationAccepted {
		ps.warn(path, WarnNoDestination, "this egress call names no destination: EC2 answers Return true and creates no rule")
		return
	}
	ps.err(path, codeMissingParameter, msgMissingSource)
}

// validateSources checks every source of one permission, in the order EC2
// reports the rules (facts.go factSourceOrder).
func validateSources(ps *problems, path string, p IpPermission, egress bool) {
	for _, kind := range factSourceOrder {
		switch kind {
		case KindIPv4:
			for j, r := range p.IpRanges {
				rp := indexed(path+"."+kind.String(), j)
				if r.CidrIp == nil {
					ps.err(rp, codeMissingParameter, msgMissingSource)
				} else {
					checkCIDR(ps, rp+".CidrIp", *r.CidrIp, false)
				}
				checkDescription(ps, rp, r.Description)
			}
		case KindIPv6:
			for j, r := range p.Ipv6Ranges {
				rp := indexed(path+"."+kind.String(), j)
				if r.CidrIpv6 == nil {
					ps.err(rp, codeMissingParameter, msgMissingSource)
				} else {
					checkCIDR(ps, rp+".CidrIpv6", *r.CidrIpv6, true)
				}
				checkDescription(ps, rp, r.Description)
			}
		case KindSecurityGroup:
			for j, g := range p.UserIdGroupPairs {
				checkGroupPair(ps, indexed(path+"."+kind.String(), j), g, egress)
			}
		case KindPrefixList:
			for j, pl := range p.PrefixListIds {
				rp := indexed(path+"."+kind.String(), j)
				if pl.PrefixListId == nil {
					ps.err(rp, codeMissingParameter, msgMissingSource)
				} else {
					checkPrefixedID(ps, rp+".PrefixListId", *pl.PrefixListId, "pl-", codePrefixListMalformed)
				}
				checkDescription(ps, rp, pl.Description)
			}
		}
	}
	if sourceCount(&p) == 0 {
		noSource(ps, path, egress)
	}
	if egress && !factEgressMixAllowed && len(p.UserIdGroupPairs) > 0 && len(p.IpRanges)+len(p.Ipv6Ranges) > 0 {
		ps.err(path, codeInvalidParameterValue, factMsgEgressMix)
	}
}

// parseCIDR parses a CIDR as EC2 takes it: IPv4 for CidrIp, IPv6 for
// CidrIpv6; a bare address is a /32 or /128 unless factBareAddressIsMalformed.
func parseCIDR(s string, v6 bool) (netaddr.Prefix, bool) {
	pfx, ok := netaddr.ParsePrefix(s)
	if !ok && !factBareAddressIsMalformed {
		if a, aok := netaddr.ParseAddr(s); aok && a.Zone() == "" {
			pfx, ok = netaddr.PrefixFrom(a, a.BitLen()), true
		}
	}
	if !ok || pfx.Addr().Is6() != v6 {
		return netaddr.Prefix{}, false
	}
	return pfx, true
}

// checkCIDR reports a CIDR EC2 cannot parse, and warns about one it will
// store in another form.
func checkCIDR(ps *problems, path, s string, v6 bool) {
	pfx, ok := parseCIDR(s, v6)
	if !ok {
		msg := "CIDR block %s is malformed"
		if v6 {
			msg = factMsgCIDRv6Malformed
		}
		ps.err(path, codeInvalidParameterValue, fill(msg, s))
		return
	}
	canon := pfx.Masked().String()
	switch {
	case pfx.Masked() != pfx:
		ps.warn(path, WarnHostBits, s+" has host bits set; EC2 zeroes them and stores "+canon+" (a later "+s+" is then a duplicate of this rule)")
	case canon != s:
		ps.warn(path, WarnCIDRSpelling, "EC2 stores "+s+" as "+canon+" (RFC 5952 form); later comparisons must use that form")
	}
}

// checkDescription reports a description EC2 refuses: more than 255
// characters, or a character outside factDescriptionChars.
func checkDescription(ps *problems, path string, d *string) {
	if d == nil {
		return
	}
	if utf8.RuneCountInString(*d) > 255 || strings.IndexFunc(*d, func(r rune) bool { return !descriptionRune(r) }) >= 0 {
		ps.err(path+".Description", codeInvalidParameterValue, msgDescription)
	}
}

// descriptionRune reports whether r is in factDescriptionChars.
func descriptionRune(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	}
	return strings.ContainsRune(". _-:/()#,@[]+=&;{}!$*", r)
}

// checkGroupPair checks a referenced security group.
func checkGroupPair(ps *problems, path string, g UserIdGroupPair, egress bool) {
	switch {
	case g.GroupId != nil:
		checkGroupID(ps, path+".GroupId", *g.GroupId)
	case g.GroupName != nil:
		ps.warn(path+".GroupName", WarnGroupName, "a group referenced by GroupName is found only in the default VPC; for any other VPC use GroupId")
	default:
		// aws-sdk-js#417 (2014), terraform-provider-aws#38221 (2024).
		ps.err(path, codeMissingParameter, "Source group ID missing.")
	}
	if g.UserId != nil && !isAccountID(*g.UserId) {
		ps.err(path+".UserId", codeUserIDMalformed, fill(factMsgUserID, *g.UserId))
	}
	if g.VpcId != nil {
		checkPrefixedID(ps, path+".VpcId", *g.VpcId, "vpc-", codeVpcIDMalformed)
	}
	if g.VpcPeeringConnectionId != nil {
		checkPrefixedID(ps, path+".VpcPeeringConnectionId", *g.VpcPeeringConnectionId, "pcx-", codePeeringMalformed)
	}
	checkDescription(ps, path, g.Description)
	if g.PeeringStatus != nil {
		ps.warn(path+".PeeringStatus", WarnIgnoredField, "PeeringStatus is an output-only field: EC2 ignores it in a request")
	}
	if egress && g.VpcPeeringConnectionId != nil {
		ps.warn(path, WarnEgressPeering, "this egress rule references a group across a peering connection: it works only while the peering is active and in the same Region, and outbound references across a transit gateway are not supported at all")
	}
}

// isAccountID reports whether s is a 12-digit AWS account id.
func isAccountID(s string) bool {
	if len(s) != 12 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// validateDuplicates reports a rule that the request asks for twice (§3.4),
// comparing rules as EC2 stores them (normalised protocol, ports, canonical
// CIDR), so 10.0.0.5/8 repeats 10.0.0.0/8 and "6" repeats "tcp".
func validateDuplicates(ps *problems, r Request) {
	seen := map[string]bool{}
	var sources []source
	for i, p := range r.IpPermissions {
		proto, ok := normalizeProtocol(p.IpProtocol)
		if !ok {
			continue
		}
		from, to := predictedPorts(proto, p)
		sources = permissionSources(sources[:0], p)
		for _, s := range sources {
			if s.key == "" {
				continue
			}
			k := proto + "|" + strconv.FormatInt(from, 10) + "|" + strconv.FormatInt(to, 10) + "|" + s.key
			if seen[k] {
				ps.err(indexed("IpPermissions["+strconv.Itoa(i)+"]."+s.kind.String(), s.index), codeInvalidParameterValue, msgDuplicate)
			}
			seen[k] = true
		}
	}
}

// source is one source of a permission: where it is (kind[index]), and the
// key that identifies the rule it makes ("" when it cannot make one). The
// path is spelled only for an error.
type source struct {
	kind  SourceKind
	index int
	key   string
}

// permissionSources appends the sources of a permission to out, in
// factSourceOrder.
func permissionSources(out []source, p IpPermission) []source {
	for _, kind := range factSourceOrder {
		switch kind {
		case KindIPv4:
			for j, r := range p.IpRanges {
				s := source{kind: kind, index: j}
				if r.CidrIp != nil {
					if pfx, ok := parseCIDR(*r.CidrIp, false); ok {
						s.key = "v4:" + pfx.Masked().String()
					}
				}
				out = append(out, s)
			}
		case KindIPv6:
			for j, r := range p.Ipv6Ranges {
				s := source{kind: kind, index: j}
				if r.CidrIpv6 != nil {
					if pfx, ok := parseCIDR(*r.CidrIpv6, true); ok {
						s.key = "v6:" + pfx.Masked().String()
					}
				}
				out = append(out, s)
			}
		case KindSecurityGroup:
			for j, g := range p.UserIdGroupPairs {
				s := source{kind: kind, index: j}
				switch {
				case g.GroupId != nil:
					s.key = "sg:" + *g.GroupId
				case g.GroupName != nil:
					s.key = "sgname:" + *g.GroupName
				}
				out = append(out, s)
			}
		case KindPrefixList:
			for j, pl := range p.PrefixListIds {
				s := source{kind: kind, index: j}
				if pl.PrefixListId != nil {
					s.key = "pl:" + *pl.PrefixListId
				}
				out = append(out, s)
			}
		}
	}
	return out
}
