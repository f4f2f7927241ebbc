package core

import (
	"strconv"
	"strings"
)

// This file holds the one documented list of warning codes — the Code of a
// Problem with severity "warning": the call would succeed, but the user
// probably wants to know — and the checks that only warn.

// Warning codes.
const (
	// WarnHostBits: a CIDR has host bits set; EC2 zeroes them and stores
	// the canonical network (shown in the message).
	WarnHostBits = "HostBitsSet"
	// WarnCIDRSpelling: an IPv6 CIDR is not in RFC 5952 form; EC2 stores
	// the canonical spelling (shown in the message).
	WarnCIDRSpelling = "CidrNotCanonical"
	// WarnWorldOpenPort: 0.0.0.0/0 or ::/0 may reach SSH, RDP or a
	// database port (ingress).
	WarnWorldOpenPort = "WorldOpenSensitivePort"
	// WarnWorldOpenAll: 0.0.0.0/0 or ::/0 with protocol -1: all traffic
	// from anywhere (ingress).
	WarnWorldOpenAll = "WorldOpenAllTraffic"
	// WarnPortsIgnored: ports given with -1 or a protocol number without
	// ports; EC2 ignores them and reports -1/-1.
	WarnPortsIgnored = "PortsIgnored"
	// WarnICMPCode: an ICMP type/code pair that does not exist, most often
	// FromPort/ToPort read as a port range (8/8 for Echo Request, which is
	// 8/-1).
	WarnICMPCode = "IcmpCodeUnlikely"
	// WarnProtocolAll: IpProtocol "all", which EC2 has both accepted and
	// refused (facts.go factAcceptAll); "-1" is safe.
	WarnProtocolAll = "ProtocolAll"
	// WarnRulesQuota: the call adds more rules than the default quota of
	// 60 per group, direction and IP version.
	WarnRulesQuota = "RulesQuotaExceeded"
	// WarnEgressPeering: an egress rule references a group across a
	// peering connection.
	WarnEgressPeering = "EgressPeeringReference"
	// WarnGroupName: a group named by GroupName, which EC2 finds only in
	// the default VPC.
	WarnGroupName = "GroupNameDefaultVpc"
	// WarnIgnoredField: a request field EC2 ignores (PeeringStatus).
	WarnIgnoredField = "FieldIgnored"
	// WarnNoDestination: an egress call with no destination; it succeeds
	// and creates nothing (facts.go factEgressNoDestinationAccepted).
	WarnNoDestination = "NoDestination"
)

// WarningCodes lists every warning code, for documentation and tests.
var WarningCodes = []string{
	WarnHostBits, WarnCIDRSpelling, WarnWorldOpenPort, WarnWorldOpenAll,
	WarnPortsIgnored, WarnICMPCode, WarnProtocolAll, WarnRulesQuota,
	WarnEgressPeering, WarnGroupName, WarnIgnoredField, WarnNoDestination,
}

// sensitivePorts are the ports a world-open rule should not reach: remote
// shells and databases.
var sensitivePorts = []struct {
	port int64
	name string
}{
	{22, "SSH"}, {23, "Telnet"}, {3389, "RDP"}, {1433, "SQL Server"}, {1521, "Oracle"},
	{3306, "MySQL"}, {5432, "PostgreSQL"}, {5439, "Redshift"}, {6379, "Redis"},
	{9200, "Elasticsearch"}, {27017, "MongoDB"},
}

// icmpTypes are the ICMP (and ICMPv6) types with their highest code and
// name (IANA registries), to spot type/code pairs that cannot occur. It is a
// slice searched by icmpTypeCodes rather than a map, because a map literal
// costs the page far more code than the search.
var icmpTypes = []struct {
	proto   string
	typ     int64
	maxCode int64
	name    string
}{
	{"icmp", 0, 0, "Echo Reply"}, {"icmp", 3, 15, "Destination Unreachable"}, {"icmp", 4, 0, "Source Quench"},
	{"icmp", 5, 3, "Redirect"}, {"icmp", 8, 0, "Echo Request"}, {"icmp", 9, 16, "Router Advertisement"},
	{"icmp", 10, 0, "Router Solicitation"}, {"icmp", 11, 1, "Time Exceeded"}, {"icmp", 12, 2, "Parameter Problem"},
	{"icmp", 13, 0, "Timestamp"}, {"icmp", 14, 0, "Timestamp Reply"},
	{"icmpv6", 1, 8, "Destination Unreachable"}, {"icmpv6", 2, 0, "Packet Too Big"}, {"icmpv6", 3, 1, "Time Exceeded"},
	{"icmpv6", 4, 10, "Parameter Problem"}, {"icmpv6", 128, 0, "Echo Request"}, {"icmpv6", 129, 0, "Echo Reply"},
	{"icmpv6", 133, 0, "Router Solicitation"}, {"icmpv6", 134, 0, "Router Advertisement"},
	{"icmpv6", 135, 0, "Neighbor Solicitation"}, {"icmpv6", 136, 0, "Neighbor Advertisement"},
}

// icmpTypeCodes returns the highest code and the name of type typ of proto
// ("icmp" or "icmpv6"); ok is false for a type icmpTypes does not list.
func icmpTypeCodes(proto string, typ int64) (maxCode int64, name string, ok bool) {
	for _, t := range icmpTypes {
		if t.proto == proto && t.typ == typ {
			return t.maxCode, t.name, true
		}
	}
	return 0, "", false
}

// warnPermission adds the warnings of one permission with a known protocol.
func warnPermission(ps *problems, path, proto string, p IpPermission, egress bool) {
	if !takesPorts(proto) && (p.FromPort != nil || p.ToPort != nil) {
		what := "protocol " + proto
		if proto == "-1" {
			what = "-1 (all protocols)"
		}
		ps.warn(path, WarnPortsIgnored, what+" allows every port: EC2 ignores FromPort/ToPort and reports -1/-1")
	}
	if (proto == "icmp" || proto == "icmpv6") && p.FromPort != nil && p.ToPort != nil && portsValid(proto, p) {
		typ, code := *p.FromPort, *p.ToPort
		if maxCode, name, ok := icmpTypeCodes(proto, typ); ok && code > maxCode {
			ps.warn(path+".ToPort", WarnICMPCode, fill(
				"%s type %d (%s) has no code %d: FromPort/ToPort are the ICMP type and code, not a range; for every %s code use %d/-1",
				strings.Replace(strings.ToUpper(proto), "V6", "v6", 1), strconv.FormatInt(typ, 10), name, strconv.FormatInt(code, 10), name, strconv.FormatInt(typ, 10)))
		}
	}
	if egress {
		return
	}
	world := func(rp, cidr string) {
		switch {
		case proto == "-1":
			ps.warn(rp, WarnWorldOpenAll, cidr+" with protocol -1 allows all traffic from anywhere")
		case (proto == "tcp" || proto == "udp") && p.FromPort != nil && p.ToPort != nil:
			for _, s := range sensitivePorts {
				if *p.FromPort <= s.port && s.port <= *p.ToPort {
					ps.warn(rp, WarnWorldOpenPort, cidr+" opens port "+strconv.FormatInt(s.port, 10)+" ("+s.name+") to the whole internet; allow only the addresses that need it")
					return
				}
			}
		}
	}
	for j, r := range p.IpRanges {
		if r.CidrIp != nil {
			if pfx, ok := parseCIDR(*r.CidrIp, false); ok && pfx.Bits() == 0 {
				world(indexed(path+"."+KindIPv4.String(), j)+".CidrIp", "0.0.0.0/0")
			}
		}
	}
	for j, r := range p.Ipv6Ranges {
		if r.CidrIpv6 != nil {
			if pfx, ok := parseCIDR(*r.CidrIpv6, true); ok && pfx.Bits() == 0 {
				world(indexed(path+"."+KindIPv6.String(), j)+".CidrIpv6", "::/0")
			}
		}
	}
}

// warnRequest adds the warnings about the request as a whole: the rules
// quota (docs/ec2-semantics.md §4), counted per IP version; group references
// and prefix lists count in both versions (facts.go), a prefix list as one
// rule although EC2 counts its MaxEntries, so the count is a lower bound.
func warnRequest(ps *problems, r Request, egress bool) {
	var v4, v6 int
	for _, p := range r.IpPermissions {
		v4 += len(p.IpRanges)
		v6 += len(p.Ipv6Ranges)
		refs := len(p.UserIdGroupPairs) + len(p.PrefixListIds)
		if factReferenceCountsInBothBuckets {
			v4 += refs
			v6 += refs
		} else {
			v4 += refs
		}
	}
	dir := "inbound"
	if egress {
		dir = "outbound"
	}
	for _, b := range []struct {
		version string
		n       int
	}{{"IPv4", v4}, {"IPv6", v6}} {
		if b.n > factRulesPerGroup {
			ps.warn("IpPermissions", WarnRulesQuota, fill(
				"this call adds %d %s %s rules; the default quota is %d per security group, so EC2 answers RulesPerSecurityGroupLimitExceeded unless the quota was raised",
				strconv.Itoa(b.n), b.version, dir, strconv.Itoa(factRulesPerGroup)))
		}
	}
}
