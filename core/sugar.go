package core

import (
	"strconv"
	"strings"
)

// This file decides when the CLI's sugar flags (--protocol --port --cidr
// --source-group --group-owner, awscli/customizations/ec2/secgroupsimplify.py)
// send exactly the request, and writes them. Their traps
// (docs/awscli-parsing.md §1.2): they make one permission with at
// most one IPv4 range and one group and no description; --protocol takes only
// tcp, udp, icmp, all (sent as -1) or a number -1..255 (sent as typed);
// --port splits at the first "-" and says -1/-1 only as "-1"; an empty value
// is ignored; --source-group is a GroupId exactly when it starts with "sg-".

// sugarProtocolNumber reports whether s is what Python's int() accepts that
// is also safe to show: ASCII digits with an optional sign and single
// underscores, ^[+-]?[0-9]+(_[0-9]+)*$.
func sugarProtocolNumber(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	digit := false // the previous byte was a digit
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == '_' && digit:
			digit = false
		default:
			return false
		}
	}
	return digit
}

func sugarOptions(r Request, quote byte) ([]option, string) {
	if len(r.IpPermissions) != 1 {
		if r.IpPermissions == nil || len(r.IpPermissions) == 0 {
			return nil, "the sugar flags describe exactly one permission; this request has none"
		}
		return nil, "the sugar flags describe one permission; this request has " + strconv.Itoa(len(r.IpPermissions)) + " (use --ip-permissions)"
	}
	p := r.IpPermissions[0]
	var opts []option
	if p.IpProtocol != nil {
		proto := *p.IpProtocol
		switch {
		case proto == "tcp" || proto == "udp" || proto == "icmp":
		case sugarProtocolNumber(proto):
			n, err := strconv.Atoi(strings.ReplaceAll(proto, "_", ""))
			if err != nil || n < -1 || n > 255 {
				return nil, "--protocol takes numbers from -1 to 255"
			}
		case proto == "":
			return nil, "--protocol ignores an empty value"
		case proto == "icmpv6":
			return nil, "--protocol does not take icmpv6 (use 58, or --ip-permissions)"
		default:
			return nil, "--protocol takes only tcp, udp, icmp or a protocol number, in lower case; it cannot send " + strconv.Quote(proto)
		}
		opts = append(opts, scalarOption("--protocol", proto))
	}
	switch {
	case p.FromPort == nil && p.ToPort == nil:
	case p.FromPort == nil || p.ToPort == nil:
		return nil, "--port always sends both FromPort and ToPort; this permission has only one"
	default:
		from, to := *p.FromPort, *p.ToPort
		var port string
		switch {
		case from == -1 && to == -1:
			port = "-1"
		case from < 0:
			return nil, "--port cannot say a negative FromPort other than -1/-1"
		case from == to:
			port = strconv.FormatInt(from, 10)
		default:
			port = strconv.FormatInt(from, 10) + "-" + strconv.FormatInt(to, 10)
		}
		opts = append(opts, scalarOption("--port", port))
	}
	if len(p.Ipv6Ranges) > 0 {
		return nil, "--cidr takes one IPv4 range; this permission has an IPv6 range"
	}
	if len(p.PrefixListIds) > 0 {
		return nil, "the sugar flags cannot name a prefix list"
	}
	switch len(p.IpRanges) {
	case 0:
	case 1:
		ipr := p.IpRanges[0]
		switch {
		case ipr.Description != nil:
			return nil, "the sugar flags cannot carry a description"
		case ipr.CidrIp == nil || *ipr.CidrIp == "":
			return nil, "--cidr ignores an empty value"
		case loadsFile(*ipr.CidrIp):
			return nil, "--cidr would read a file for a value starting with file://"
		}
		opts = append(opts, scalarOption("--cidr", *ipr.CidrIp))
	default:
		return nil, "--cidr takes one IPv4 range; this permission has " + strconv.Itoa(len(p.IpRanges))
	}
	switch len(p.UserIdGroupPairs) {
	case 0:
	case 1:
		g := p.UserIdGroupPairs[0]
		switch {
		case g.Description != nil:
			return nil, "the sugar flags cannot carry a description"
		case g.VpcId != nil || g.VpcPeeringConnectionId != nil || g.PeeringStatus != nil:
			return nil, "the sugar flags cannot name a VPC or peering connection"
		case g.GroupId != nil && g.GroupName != nil:
			return nil, "--source-group takes a group ID or a name, not both"
		case g.GroupId == nil && g.GroupName == nil && g.UserId == nil:
			return nil, "the sugar flags cannot send an empty group pair"
		}
		if g.GroupId != nil {
			v := *g.GroupId
			if len(v) < 3 || v[:3] != "sg-" {
				return nil, "--source-group sends a value as GroupId only when it starts with sg-"
			}
			if loadsFile(v) {
				return nil, "--source-group would read a file"
			}
			opts = append(opts, scalarOption("--source-group", v))
		}
		if g.GroupName != nil {
			v := *g.GroupName
			switch {
			case v == "":
				return nil, "--source-group ignores an empty value"
			case len(v) >= 3 && v[:3] == "sg-":
				return nil, "--source-group would send a name starting with sg- as a GroupId"
			case loadsFile(v):
				return nil, "--source-group would read a file for a value starting with file://"
			}
			opts = append(opts, scalarOption("--source-group", v))
		}
		if g.UserId != nil {
			v := *g.UserId
			if v == "" {
				return nil, "--group-owner ignores an empty value"
			}
			if loadsFile(v) {
				return nil, "--group-owner would read a file for a value starting with file://"
			}
			opts = append(opts, scalarOption("--group-owner", v))
		}
	default:
		return nil, "--source-group takes one group; this permission has " + strconv.Itoa(len(p.UserIdGroupPairs))
	}
	if r.TagSpecifications != nil {
		o, reason := tagSpecOption(r.TagSpecifications, quote)
		if reason != "" {
			return nil, reason
		}
		opts = append(opts, o)
	}
	return opts, ""
}
