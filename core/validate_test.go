package core

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// base is a valid ingress Input: tcp/443 from 10.0.0.0/8.
func base() Input {
	return Input{Command: Ingress, Request: Request{
		GroupId: Str("sg-0123456789abcdef0"),
		IpPermissions: []IpPermission{{IpProtocol: Str("tcp"), FromPort: Int(443), ToPort: Int(443),
			IpRanges: []IpRange{{CidrIp: Str("10.0.0.0/8")}}}},
	}}
}

// with returns base changed by f.
func with(f func(in *Input)) Input {
	in := base()
	f(&in)
	return in
}

func perm0(in *Input) *IpPermission { return &in.Request.IpPermissions[0] }

// TestValidateRules checks each rule: the problem it raises (path, severity,
// code, and a part of the message), or none.
func TestValidateRules(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		in                    Input
		path, sev, code, text string // "" code: no problem at all
	}{
		{"valid", base(), "", "", "", ""},
		{"command", with(func(in *Input) { in.Command = "x" }), "Command", SeverityError, CodeParamValidation, "Command must be"},
		{"egress without GroupId", with(func(in *Input) { in.Command = Egress; in.Request.GroupId = nil }), "GroupId", SeverityError, CodeParamValidation, `Missing required parameter in input: "GroupId"`},
		{"egress GroupName", with(func(in *Input) { in.Command = Egress; in.Request.GroupName = Str("x") }), "GroupName", SeverityError, CodeParamValidation, `Unknown parameter in input: "GroupName"`},
		{"no group", with(func(in *Input) { in.Request.GroupId = nil }), "GroupId", SeverityError, codeMissingParameter, "groupName or groupId"},
		{"group name", with(func(in *Input) { in.Request.GroupId = nil; in.Request.GroupName = Str("web") }), "GroupName", SeverityWarning, WarnGroupName, "default VPC"},
		{"group id empty", with(func(in *Input) { in.Request.GroupId = Str("") }), "GroupId", SeverityError, codeGroupIDMalformed, "The security-group ID '' is malformed"},
		{"group id malformed", with(func(in *Input) { in.Request.GroupId = Str("abc") }), "GroupId", SeverityError, codeGroupIDMalformed, `Invalid id: "abc" (expecting "sg-...")`},
		{"group id short", with(func(in *Input) { in.Request.GroupId = Str("sg-123abc") }), "", "", "", ""},
		{"no permissions", with(func(in *Input) { in.Request.IpPermissions = nil }), "", SeverityError, codeMissingParameter, "Missing source specification"},
		{"egress no permissions", with(func(in *Input) { in.Command = Egress; in.Request.IpPermissions = nil }), "", SeverityWarning, WarnNoDestination, "creates no rule"},
		{"protocol null", with(func(in *Input) { perm0(in).IpProtocol = nil }), "IpPermissions[0].IpProtocol", SeverityError, codeInvalidParameterValue, "Invalid value 'null' for protocol"},
		{"protocol unknown", with(func(in *Input) { perm0(in).IpProtocol = Str("gre") }), "IpPermissions[0].IpProtocol", SeverityError, codeInvalidParameterValue, "Invalid value 'gre' for IP protocol. Unknown protocol."},
		{"protocol 256", with(func(in *Input) { perm0(in).IpProtocol = Str("256") }), "IpPermissions[0].IpProtocol", SeverityError, codeInvalidParameterValue, "'256'"},
		{"protocol -2", with(func(in *Input) { perm0(in).IpProtocol = Str("-2") }), "IpPermissions[0].IpProtocol", SeverityError, codeInvalidParameterValue, "'-2'"},
		{"protocol all", with(func(in *Input) { perm0(in).IpProtocol = Str("all") }), "IpPermissions[0].IpProtocol", SeverityWarning, WarnProtocolAll, `write "-1"`},
		{"protocol ALL", with(func(in *Input) { perm0(in).IpProtocol = Str("ALL") }), "IpPermissions[0].IpProtocol", SeverityError, codeInvalidParameterValue, "'ALL'"},
		{"protocol Tcp", with(func(in *Input) { perm0(in).IpProtocol = Str("Tcp") }), "", "", "", ""},
		{"tcp no ports", with(func(in *Input) { perm0(in).FromPort, perm0(in).ToPort = nil, nil }), "IpPermissions[0]", SeverityError, codeInvalidParameterValue, "Must specify both from and to ports with TCP/UDP."},
		{"udp one port", with(func(in *Input) { perm0(in).IpProtocol = Str("udp"); perm0(in).ToPort = nil }), "IpPermissions[0]", SeverityError, codeInvalidParameterValue, "TCP/UDP"},
		{"tcp 65536", with(func(in *Input) { perm0(in).ToPort = Int(65536) }), "IpPermissions[0].ToPort", SeverityError, codeInvalidParameterValue, "TCP/UDP port (65536) out of range"},
		{"tcp -1", with(func(in *Input) { perm0(in).FromPort = Int(-1) }), "IpPermissions[0].FromPort", SeverityError, codeInvalidParameterValue, "TCP/UDP port (-1) out of range"},
		{"tcp from > to", with(func(in *Input) { perm0(in).FromPort = Int(444) }), "IpPermissions[0].ToPort", SeverityError, codeInvalidParameterValue, "FromPort (444)"},
		{"tcp 0-65535", with(func(in *Input) { perm0(in).FromPort, perm0(in).ToPort = Int(0), Int(65535) }), "", "", "", ""},
		{"icmp no ports", with(func(in *Input) { perm0(in).IpProtocol = Str("icmp"); perm0(in).FromPort, perm0(in).ToPort = nil, nil }), "IpPermissions[0]", SeverityError, codeInvalidParameterValue, "ports with ICMP."},
		{"icmp type 256", with(func(in *Input) {
			perm0(in).IpProtocol = Str("icmp")
			perm0(in).FromPort, perm0(in).ToPort = Int(256), Int(0)
		}), "IpPermissions[0].FromPort", SeverityError, codeInvalidParameterValue, "ICMP type (256) out of range"},
		{"icmp type -2", with(func(in *Input) {
			perm0(in).IpProtocol = Str("icmp")
			perm0(in).FromPort, perm0(in).ToPort = Int(-2), Int(-1)
		}), "IpPermissions[0].FromPort", SeverityError, codeInvalidParameterValue, "ICMP type (-2)"},
		{"icmp code 65535", with(func(in *Input) {
			perm0(in).IpProtocol = Str("icmp")
			perm0(in).FromPort, perm0(in).ToPort = Int(3), Int(65535)
		}), "IpPermissions[0].ToPort", SeverityError, codeInvalidParameterValue, "ICMP code (65535) out of range"},
		{"icmp -1/0", with(func(in *Input) {
			perm0(in).IpProtocol = Str("icmp")
			perm0(in).FromPort, perm0(in).ToPort = Int(-1), Int(0)
		}), "IpPermissions[0].ToPort", SeverityError, codeInvalidParameterValue, "type is -1"},
		{"icmp 8/-1", with(func(in *Input) {
			perm0(in).IpProtocol = Str("icmp")
			perm0(in).FromPort, perm0(in).ToPort = Int(8), Int(-1)
		}), "", "", "", ""},
		{"icmp 8/8", with(func(in *Input) {
			perm0(in).IpProtocol = Str("icmp")
			perm0(in).FromPort, perm0(in).ToPort = Int(8), Int(8)
		}), "IpPermissions[0].ToPort", SeverityWarning, WarnICMPCode, "use 8/-1"},
		{"icmpv6 no ports", with(func(in *Input) { perm0(in).IpProtocol = Str("icmpv6"); perm0(in).FromPort, perm0(in).ToPort = nil, nil }), "", "", "", ""},
		{"icmpv6 one port", with(func(in *Input) { perm0(in).IpProtocol = Str("icmpv6"); perm0(in).ToPort = nil }), "IpPermissions[0]", SeverityError, codeInvalidParameterValue, "ports with ICMPv6."},
		{"-1 with ports", with(func(in *Input) { perm0(in).IpProtocol = Str("-1") }), "IpPermissions[0]", SeverityWarning, WarnPortsIgnored, "ignores FromPort/ToPort"},
		{"50 with ports", with(func(in *Input) { perm0(in).IpProtocol = Str("50") }), "IpPermissions[0]", SeverityWarning, WarnPortsIgnored, "protocol 50"},
		{"no source", with(func(in *Input) { perm0(in).IpRanges = nil }), "IpPermissions[0]", SeverityError, codeMissingParameter, "Missing source specification"},
		{"egress no destination", with(func(in *Input) { in.Command = Egress; perm0(in).IpRanges = nil }), "IpPermissions[0]", SeverityWarning, WarnNoDestination, ""},
		{"range without cidr", with(func(in *Input) { perm0(in).IpRanges[0].CidrIp = nil }), "IpPermissions[0].IpRanges[0]", SeverityError, codeMissingParameter, "Missing source"},
		{"cidr malformed", with(func(in *Input) { perm0(in).IpRanges[0].CidrIp = Str("10.0.0.0/33") }), "IpPermissions[0].IpRanges[0].CidrIp", SeverityError, codeInvalidParameterValue, "CIDR block 10.0.0.0/33 is malformed"},
		{"cidr bare", with(func(in *Input) { perm0(in).IpRanges[0].CidrIp = Str("10.0.0.1") }), "IpPermissions[0].IpRanges[0].CidrIp", SeverityError, codeInvalidParameterValue, "malformed"},
		{"ipv6 in CidrIp", with(func(in *Input) { perm0(in).IpRanges[0].CidrIp = Str("::/0") }), "IpPermissions[0].IpRanges[0].CidrIp", SeverityError, codeInvalidParameterValue, "CIDR block ::/0 is malformed"},
		{"ipv4 in CidrIpv6", with(func(in *Input) { perm0(in).Ipv6Ranges = []Ipv6Range{{CidrIpv6: Str("10.0.0.0/8")}} }), "IpPermissions[0].Ipv6Ranges[0].CidrIpv6", SeverityError, codeInvalidParameterValue, "malformed"},
		{"host bits", with(func(in *Input) { perm0(in).IpRanges[0].CidrIp = Str("10.1.2.3/8") }), "IpPermissions[0].IpRanges[0].CidrIp", SeverityWarning, WarnHostBits, "stores 10.0.0.0/8"},
		{"ipv6 spelling", with(func(in *Input) {
			perm0(in).IpRanges = nil
			perm0(in).Ipv6Ranges = []Ipv6Range{{CidrIpv6: Str("2001:DB8::/32")}}
		}), "IpPermissions[0].Ipv6Ranges[0].CidrIpv6", SeverityWarning, WarnCIDRSpelling, "2001:db8::/32"},
		{"description ok", with(func(in *Input) { perm0(in).IpRanges[0].Description = Str("R&D {a}") }), "", "", "", ""},
		{"description quote", with(func(in *Input) { perm0(in).IpRanges[0].Description = Str("Bob's") }), "IpPermissions[0].IpRanges[0].Description", SeverityError, codeInvalidParameterValue, "Invalid rule description."},
		{"description 255", with(func(in *Input) { perm0(in).IpRanges[0].Description = Str(strings.Repeat("a", 255)) }), "", "", "", ""},
		{"description 256", with(func(in *Input) { perm0(in).IpRanges[0].Description = Str(strings.Repeat("a", 256)) }), "IpPermissions[0].IpRanges[0].Description", SeverityError, codeInvalidParameterValue, "less than 256"},
		{"prefix list malformed", with(func(in *Input) { perm0(in).PrefixListIds = []PrefixListId{{PrefixListId: Str("x")}} }), "IpPermissions[0].PrefixListIds[0].PrefixListId", SeverityError, codePrefixListMalformed, `"pl-..."`},
		{"pair without group", with(func(in *Input) { perm0(in).UserIdGroupPairs = []UserIdGroupPair{{UserId: Str("123456789012")}} }), "IpPermissions[0].UserIdGroupPairs[0]", SeverityError, codeMissingParameter, "Source group ID missing."},
		{"pair group malformed", with(func(in *Input) { perm0(in).UserIdGroupPairs = []UserIdGroupPair{{GroupId: Str("g")}} }), "IpPermissions[0].UserIdGroupPairs[0].GroupId", SeverityError, codeGroupIDMalformed, ""},
		{"pair user malformed", with(func(in *Input) {
			perm0(in).UserIdGroupPairs = []UserIdGroupPair{{GroupId: Str("sg-1"), UserId: Str("1234")}}
		}), "IpPermissions[0].UserIdGroupPairs[0].UserId", SeverityError, codeUserIDMalformed, ""},
		{"pair vpc malformed", with(func(in *Input) {
			perm0(in).UserIdGroupPairs = []UserIdGroupPair{{GroupId: Str("sg-1"), VpcId: Str("v")}}
		}), "IpPermissions[0].UserIdGroupPairs[0].VpcId", SeverityError, codeVpcIDMalformed, ""},
		{"pair pcx malformed", with(func(in *Input) {
			perm0(in).UserIdGroupPairs = []UserIdGroupPair{{GroupId: Str("sg-1"), VpcPeeringConnectionId: Str("p")}}
		}), "IpPermissions[0].UserIdGroupPairs[0].VpcPeeringConnectionId", SeverityError, codePeeringMalformed, ""},
		{"pair peering status", with(func(in *Input) {
			perm0(in).UserIdGroupPairs = []UserIdGroupPair{{GroupId: Str("sg-1"), PeeringStatus: Str("active")}}
		}), "IpPermissions[0].UserIdGroupPairs[0].PeeringStatus", SeverityWarning, WarnIgnoredField, ""},
		{"egress peering", with(func(in *Input) {
			in.Command = Egress
			perm0(in).IpRanges = nil
			perm0(in).UserIdGroupPairs = []UserIdGroupPair{{GroupId: Str("sg-1"), VpcPeeringConnectionId: Str("pcx-1")}}
		}), "IpPermissions[0].UserIdGroupPairs[0]", SeverityWarning, WarnEgressPeering, "peering"},
		{"duplicate", with(func(in *Input) { perm0(in).IpRanges = append(perm0(in).IpRanges, IpRange{CidrIp: Str("10.0.0.0/8")}) }), "IpPermissions[0].IpRanges[1]", SeverityError, codeInvalidParameterValue, "The same permission must not appear multiple times"},
		{"world ssh", with(func(in *Input) {
			perm0(in).FromPort, perm0(in).ToPort = Int(22), Int(22)
			perm0(in).IpRanges[0].CidrIp = Str("0.0.0.0/0")
		}), "IpPermissions[0].IpRanges[0].CidrIp", SeverityWarning, WarnWorldOpenPort, "SSH"},
		{"world https", with(func(in *Input) { perm0(in).IpRanges[0].CidrIp = Str("0.0.0.0/0") }), "", "", "", ""},
		{"world all", with(func(in *Input) {
			perm0(in).IpProtocol = Str("-1")
			perm0(in).FromPort, perm0(in).ToPort = nil, nil
			perm0(in).IpRanges[0].CidrIp = Str("0.0.0.0/0")
		}), "IpPermissions[0].IpRanges[0].CidrIp", SeverityWarning, WarnWorldOpenAll, ""},
		{"egress world all", with(func(in *Input) {
			in.Command = Egress
			perm0(in).IpProtocol = Str("-1")
			perm0(in).FromPort, perm0(in).ToPort = nil, nil
			perm0(in).IpRanges[0].CidrIp = Str("0.0.0.0/0")
		}), "", "", "", ""},
		{"tag type", with(func(in *Input) { in.Request.TagSpecifications = []TagSpecification{{ResourceType: Str("instance")}} }), "TagSpecifications[0].ResourceType", SeverityError, codeInvalidParameterValue, "'instance' is not a valid taggable resource type"},
		{"tag type missing", with(func(in *Input) { in.Request.TagSpecifications = []TagSpecification{{}} }), "TagSpecifications[0].ResourceType", SeverityError, codeTagSpecMalformed, ""},
		{"tag aws:", with(func(in *Input) { in.Request.TagSpecifications = tagSpec(Tag{Key: Str("AWS:x")}) }), "TagSpecifications[0].Tags[0].Key", SeverityError, codeInvalidParameterValue, "reserved"},
		{"tag key 127", with(func(in *Input) { in.Request.TagSpecifications = tagSpec(Tag{Key: Str(strings.Repeat("é", 127))}) }), "", "", "", ""},
		{"tag key 128", with(func(in *Input) { in.Request.TagSpecifications = tagSpec(Tag{Key: Str(strings.Repeat("k", 128))}) }), "TagSpecifications[0].Tags[0].Key", SeverityError, codeInvalidParameterValue, "127"},
		{"tag key empty", with(func(in *Input) { in.Request.TagSpecifications = tagSpec(Tag{Key: Str("")}) }), "TagSpecifications[0].Tags[0].Key", SeverityError, codeInvalidParameterValue, ""},
		{"tag value 257", with(func(in *Input) {
			in.Request.TagSpecifications = tagSpec(Tag{Key: Str("k"), Value: Str(strings.Repeat("v", 257))})
		}), "TagSpecifications[0].Tags[0].Value", SeverityError, codeInvalidParameterValue, "256"},
		{"51 tags", with(func(in *Input) { in.Request.TagSpecifications = tagSpec(make([]Tag, 51)...) }), "TagSpecifications[0].Tags[0].Key", SeverityError, codeInvalidParameterValue, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps := validate(tc.in)
			if tc.code == "" {
				assert.Empty(t, ps)
				return
			}
			if assert.NotEmpty(t, ps) {
				p := ps[0]
				assert.Equal(t, tc.path, p.Path)
				assert.Equal(t, tc.sev, p.Severity)
				assert.Equal(t, tc.code, p.Code)
				assert.Contains(t, p.Message, tc.text)
			}
		})
	}
}

func tagSpec(tags ...Tag) []TagSpecification {
	return []TagSpecification{{ResourceType: Str("security-group-rule"), Tags: tags}}
}

// TestTagLimit checks the 50-tag limit on its own: 51 valid tags.
func TestTagLimit(t *testing.T) {
	tags := make([]Tag, 51)
	for i := range tags {
		tags[i] = Tag{Key: Str(strings.Repeat("k", i+1))}
	}
	in := with(func(in *Input) { in.Request.TagSpecifications = tagSpec(tags...) })
	ps := validate(in)
	if assert.Len(t, ps, 1) {
		assert.Equal(t, codeTagLimitExceeded, ps[0].Code)
	}
}

// TestQuotaWarning checks the 60-rule quota per IP version.
func TestQuotaWarning(t *testing.T) {
	for _, n := range []int{60, 61} {
		in := with(func(in *Input) {
			perm0(in).IpRanges = nil
			for i := 0; i < n; i++ {
				perm0(in).Ipv6Ranges = append(perm0(in).Ipv6Ranges, Ipv6Range{CidrIpv6: Str(fmt.Sprintf("2001:db8:%x::/48", i+1))})
			}
		})
		ps := validate(in)
		if n == 60 {
			assert.Empty(t, ps)
		} else if assert.Len(t, ps, 1) {
			assert.Equal(t, WarnRulesQuota, ps[0].Code)
			assert.Contains(t, ps[0].Message, "61 IPv6 inbound rules")
		}
	}
}

// TestErrorOrder checks which error a call ends in: the CLI's first, all
// of botocore's lines together; EC2's first in validate's order; DryRun.
func TestErrorOrder(t *testing.T) {
	in := with(func(in *Input) {
		in.Request.GroupId = Str("bad")
		perm0(in).ToPort = Int(70000)
	})
	e := predictError(in, validate(in))
	assert.Equal(t, codeGroupIDMalformed, e.Code)
	assert.Equal(t, `aws: [ERROR]: An error occurred (InvalidGroupId.Malformed) when calling the AuthorizeSecurityGroupIngress operation: Invalid id: "bad" (expecting "sg-...")`, e.Output)

	in.Request.DryRun = Bool(true)
	assert.Equal(t, codeGroupIDMalformed, predictError(in, validate(in)).Code, "a dry run still checks ids")
	in.Request.GroupId = Str("sg-1")
	e = predictError(in, validate(in))
	assert.Equal(t, "DryRunOperation", e.Code, "a dry run does not check ports")
	assert.Equal(t, "Request would have succeeded, but DryRun flag is set.", e.Message)

	eg := with(func(in *Input) { in.Command = Egress; in.Request.GroupId = nil; in.Request.GroupName = Str("x") })
	e = predictError(eg, validate(eg))
	assert.Equal(t, CodeParamValidation, e.Code)
	assert.Equal(t, "Parameter validation failed:\nMissing required parameter in input: \"GroupId\"\nUnknown parameter in input: \"GroupName\", must be one of: "+egressRequestMembers, e.Message)
	assert.Equal(t, "aws: [ERROR]: An error occurred (ParamValidation): "+e.Message, e.Output)
}

// TestDecodeMessages checks decode.go's wording against what Debian's
// 2.9.19 printed for the same documents (run by hand; the conformance test
// checks the table's cases with the real CLI).
func TestDecodeMessages(t *testing.T) {
	_, ps, err := decodeInput([]byte(`{"Command":"authorize-security-group-ingress","Input":{"GroupId":5,"Foo":1,"IpPermissions":[{"FromPort":"22","Bar":1,"IpRanges":"10.0.0.0/8"}]}}`))
	assert.NoError(t, err)
	e := cliError(ps)
	assert.Equal(t, "Parameter validation failed:\n"+
		"Unknown parameter in input: \"Foo\", must be one of: CidrIp, FromPort, GroupId, GroupName, IpPermissions, IpProtocol, SourceSecurityGroupName, SourceSecurityGroupOwnerId, ToPort, DryRun, TagSpecifications\n"+
		"Invalid type for parameter GroupId, value: 5, type: <class 'int'>, valid types: <class 'str'>\n"+
		"Unknown parameter in IpPermissions[0]: \"Bar\", must be one of: FromPort, IpProtocol, IpRanges, Ipv6Ranges, PrefixListIds, ToPort, UserIdGroupPairs\n"+
		"Invalid type for parameter IpPermissions[0].FromPort, value: 22, type: <class 'str'>, valid types: <class 'int'>\n"+
		"Invalid type for parameter IpPermissions[0].IpRanges, value: 10.0.0.0/8, type: <class 'str'>, valid types: <class 'list'>, <class 'tuple'>", e.Message)

	_, ps, _ = decodeInput([]byte(`{"Input":[1],"Command":"authorize-security-group-ingress"}`))
	assert.Equal(t, "Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'list'>", cliError(ps).Message)

	_, ps, _ = decodeInput([]byte(`{"Command":"authorize-security-group-ingress","Input":{"GroupId":"sg-1","IpPermissions":[{"IpProtocol":{"a":[1,"x"],"b":null}}]}}`))
	assert.Equal(t, "Invalid type for parameter IpPermissions[0].IpProtocol, value: {'a': [1, 'x'], 'b': None}, type: <class 'dict'>, valid types: <class 'str'>", ps[0].Message)
}
