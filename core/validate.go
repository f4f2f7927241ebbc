package core

import (
	"fmt"
	"net/netip"
	"strings"
)

// This file finds what EC2 (or the CLI) would refuse, and what it would
// accept but the user probably does not want. Facts and message texts:
// ../shared/spec/ec2-semantics.md §3.

// validate returns the problems of an Input, errors in the order EC2 would
// find them first.
func validate(in Input) []Problem {
	var ps problems
	if in.Command != Ingress && in.Command != Egress {
		ps.err("Command", CodeParamValidation, fmt.Sprintf("Command must be %s or %s", Ingress, Egress))
		return ps.list
	}
	r := in.Input
	if in.Command == Egress {
		if r.GroupName != nil {
			ps.err("GroupName", CodeParamValidation, `Unknown parameter in input: "GroupName", must be one of: DryRun, GroupId, IpPermissions, TagSpecifications, CidrIp, FromPort, IpProtocol, ToPort, SourceSecurityGroupName, SourceSecurityGroupOwnerId`)
		}
		if r.GroupId == nil {
			ps.err("GroupId", CodeParamValidation, `Missing required parameter in input: "GroupId"`)
		}
	}
	if r.GroupId == nil && r.GroupName == nil {
		ps.err("GroupId", "MissingParameter", "The request must contain the parameter groupId or groupName")
	}
	for i, p := range r.IpPermissions {
		validatePermission(&ps, fmt.Sprintf("IpPermissions[%d]", i), p)
	}
	return ps.list
}

// problems accumulates Problems.
type problems struct{ list []Problem }

func (ps *problems) err(path, code, msg string) {
	ps.list = append(ps.list, Problem{Path: path, Severity: SeverityError, Code: code, Message: msg})
}

func (ps *problems) warn(path, code, msg string) {
	ps.list = append(ps.list, Problem{Path: path, Severity: SeverityWarning, Code: code, Message: msg})
}

func validatePermission(ps *problems, path string, p IpPermission) {
	proto, known := normalizeProtocol(p.IpProtocol)
	switch {
	case p.IpProtocol == nil:
		ps.err(path+".IpProtocol", "InvalidParameterValue", "Invalid value 'null' for protocol. VPC security group rules must specify protocols explicitly.")
	case !known:
		ps.err(path+".IpProtocol", "InvalidParameterValue", fmt.Sprintf("Invalid value '%s' for IP protocol. Unknown protocol.", *p.IpProtocol))
	case proto == "tcp" || proto == "udp":
		if p.FromPort == nil || p.ToPort == nil {
			ps.err(path, "InvalidParameterValue", "Invalid value for portRange. Must specify both from and to ports with TCP/UDP.")
		} else {
			for _, port := range []struct {
				name string
				v    int64
			}{{"FromPort", *p.FromPort}, {"ToPort", *p.ToPort}} {
				if port.v < 0 || port.v > 65535 {
					ps.err(path+"."+port.name, "InvalidParameterValue", fmt.Sprintf("TCP/UDP port (%d) out of range", port.v))
				}
			}
		}
	}
	for j, r := range p.IpRanges {
		rp := fmt.Sprintf("%s.IpRanges[%d]", path, j)
		if r.CidrIp == nil {
			ps.err(rp+".CidrIp", "InvalidParameterValue", "CIDR block is missing")
			continue
		}
		pfx, err := netip.ParsePrefix(*r.CidrIp)
		if err != nil || !pfx.Addr().Is4() {
			ps.err(rp+".CidrIp", "InvalidParameterValue", fmt.Sprintf("CIDR block %s is malformed", *r.CidrIp))
		} else if m := pfx.Masked(); m != pfx {
			ps.warn(rp+".CidrIp", WarnHostBits, fmt.Sprintf("%s has host bits set; EC2 stores it as %s", *r.CidrIp, m))
		}
	}
}

// Warning codes: the Code of a Problem with severity "warning".
const (
	// WarnHostBits: a CIDR has host bits set; EC2 zeroes them.
	WarnHostBits = "HostBitsSet"
)

// normalizeProtocol is the protocol as EC2 stores it: the four names in lower
// case, 1/6/17/58 as names, other numbers 0..255 and -1 unchanged. known is
// false for anything EC2 refuses.
func normalizeProtocol(p *string) (string, bool) {
	if p == nil {
		return "", false
	}
	switch s := strings.ToLower(*p); s {
	case "tcp", "6":
		return "tcp", true
	case "udp", "17":
		return "udp", true
	case "icmp", "1":
		return "icmp", true
	case "icmpv6", "58":
		return "icmpv6", true
	case "-1":
		return "-1", true
	default:
		var n int
		if _, err := fmt.Sscanf(s, "%d", &n); err == nil && fmt.Sprint(n) == s && n >= 0 && n <= 255 {
			return s, true
		}
	}
	return "", false
}
