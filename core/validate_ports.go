package core

import (
	"strconv"
	"strings"
)

// This file checks IpProtocol and the port range (docs/ec2-semantics.md §2, §3.1):
// tcp/udp take ports 0..65535, from ≤ to; icmp and icmpv6 take an ICMP type
// (FromPort) and code (ToPort), each -1..255, where type -1 (all types)
// needs code -1; icmpv6 may leave both out; -1 and other protocol numbers
// ignore ports.

// validateProtocol reports a missing or unknown protocol and returns the
// protocol as EC2 stores it.
func validateProtocol(ps *problems, path string, p *string) (string, bool) {
	if p == nil {
		ps.err(path+".IpProtocol", codeInvalidParameterValue, "Invalid value 'null' for protocol. VPC security group rules must specify protocols explicitly.")
		return "", false
	}
	proto, ok := normalizeProtocol(p)
	if !ok {
		ps.err(path+".IpProtocol", codeInvalidParameterValue, "Invalid value '"+*p+"' for IP protocol. Unknown protocol.")
		return "", false
	}
	if *p == "all" {
		ps.warn(path+".IpProtocol", WarnProtocolAll, `EC2 has both accepted "all" (as -1) and refused it as an unknown protocol; write "-1" for all protocols`)
	}
	return proto, true
}

// normalizeProtocol is the protocol as EC2 stores it (§2.1): the four names
// in any letter case become lower case, 1/6/17/58 become names, other
// numbers 0..255 and -1 stay as they are, and "all" is -1 if factAcceptAll.
// Numbers are plain decimals while factStrictProtocolNumbers holds. ok is
// false for anything EC2 refuses.
func normalizeProtocol(p *string) (proto string, ok bool) {
	if p == nil {
		return "", false
	}
	if factAcceptAll && *p == "all" {
		return "-1", true
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
		if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && n >= 0 && n <= 255 {
			if strconv.Itoa(n) == s {
				return s, true
			}
			if !factStrictProtocolNumbers {
				// EC2 would store the number it read.
				return normalizeProtocol(Str(strconv.Itoa(n)))
			}
		}
	}
	return "", false
}

// takesPorts reports whether EC2 uses the ports of a protocol at all.
func takesPorts(proto string) bool {
	switch proto {
	case "tcp", "udp", "icmp", "icmpv6":
		return true
	}
	return false
}

// validatePorts checks FromPort/ToPort for a known protocol.
func validatePorts(ps *problems, path, proto string, p IpPermission) {
	switch proto {
	case "tcp", "udp":
		if p.FromPort == nil || p.ToPort == nil {
			ps.err(path, codeInvalidParameterValue, msgPortRangeBoth("TCP/UDP"))
			return
		}
		bad := false
		for _, port := range []struct {
			name string
			v    int64
		}{{"FromPort", *p.FromPort}, {"ToPort", *p.ToPort}} {
			if port.v < 0 || port.v > 65535 {
				ps.err(path+"."+port.name, codeInvalidParameterValue, fill(factMsgTCPPortRange, strconv.FormatInt(port.v, 10)))
				bad = true
			}
		}
		if !bad && *p.FromPort > *p.ToPort {
			ps.err(path+".ToPort", codeInvalidParameterValue, fill(factMsgPortOrder, strconv.FormatInt(*p.FromPort, 10), strconv.FormatInt(*p.ToPort, 10)))
		}
	case "icmp", "icmpv6":
		label := "ICMP"
		if proto == "icmpv6" {
			label = "ICMPv6"
			if p.FromPort == nil && p.ToPort == nil {
				return // all ICMPv6 types and codes (§2.4)
			}
		}
		if p.FromPort == nil || p.ToPort == nil {
			ps.err(path, codeInvalidParameterValue, msgPortRangeBoth(label))
			return
		}
		typ, code := *p.FromPort, *p.ToPort
		switch {
		case typ < -1 || typ > 255:
			ps.err(path+".FromPort", codeInvalidParameterValue, fill(factMsgICMPType, strconv.FormatInt(typ, 10)))
		case code < -1 || code > 255:
			ps.err(path+".ToPort", codeInvalidParameterValue, fill(factMsgICMPCode, strconv.FormatInt(code, 10)))
		case typ == -1 && code != -1:
			ps.err(path+".ToPort", codeInvalidParameterValue, factMsgICMPAllTypesCode)
		}
	}
}

// portsValid reports whether validatePorts finds nothing wrong; the fuzz
// and unit tests use it to relate checking and prediction.
func portsValid(proto string, p IpPermission) bool {
	var ps problems
	validatePorts(&ps, "", proto, p)
	return len(ps.list) == 0
}
