package core

// This file holds the Responses the output renderers' golden tests use; the
// golden strings in output_*_test.go were printed by Debian's AWS CLI 2.9.19
// (awscli/formatter.py) for exactly these values.

func goldRule(id, cidr string) SecurityGroupRule {
	return SecurityGroupRule{SecurityGroupRuleId: id, GroupId: "sg-0123456789abcdef0", GroupOwnerId: "123456789012",
		IpProtocol: "tcp", FromPort: 22, ToPort: 22, CidrIpv4: Str(cidr)}
}

func goldResponses() []*Response {
	tags := []Tag{{Key: Str("team"), Value: Str("web")}, {Key: Str("Name"), Value: Str("Bob's rule, v2")}}
	ref := goldRule("sgr-0000000000000000b", "")
	ref.CidrIpv4 = nil
	ref.IpProtocol, ref.FromPort, ref.ToPort = "-1", -1, -1
	ref.ReferencedGroupInfo = &ReferencedGroup{GroupId: Str("sg-0fedcba9876543210"), UserId: Str("000123456789"),
		VpcId: Str("vpc-0123456789abcdef0"), VpcPeeringConnectionId: Str("pcx-0123456789abcdef0")}
	ref.Description = Str("peer: app tier #2")
	ref.Tags = tags
	first := goldRule("sgr-0000000000000000a", "203.0.113.0/24")
	first.Description = Str("SSH from office")
	first.Tags = tags

	h1 := goldRule("sgr-0000000000000000c", "0.0.0.0/0")
	h2 := goldRule("sgr-0000000000000000d", "198.51.100.0/24")
	h2.Description = Str("office")
	h3 := goldRule("sgr-0000000000000000e", "")
	h3.CidrIpv4, h3.CidrIpv6 = nil, Str("2001:db8::/32")

	wide := goldRule("sgr-0000000000000000f", "10.0.0.0/8")
	wide.Description = Str("Ωmega é")
	wide.Tags = []Tag{{Key: Str("名前"), Value: Str("データベース")}, {Key: Str("emoji"), Value: Str("🚀 launch")},
		{Key: Str("owner"), Value: Str("José")}, {Key: Str("k"), Value: Str("")}}

	eg := goldRule("sgr-00000000000000010", "")
	eg.IsEgress, eg.CidrIpv4 = true, nil
	eg.IpProtocol, eg.FromPort, eg.ToPort = "icmpv6", -1, -1
	eg.CidrIpv6 = Str("::/0")
	eg.PrefixListId = nil
	eg.Tags = []Tag{{Key: Str("k"), Value: Str("v")}}
	pl := goldRule("sgr-00000000000000011", "")
	pl.IsEgress, pl.CidrIpv4, pl.PrefixListId = true, nil, Str("pl-0123456789abcdef0")
	pl.Tags = eg.Tags

	return []*Response{
		{Return: true, SecurityGroupRules: []SecurityGroupRule{first, ref}},
		{Return: true, SecurityGroupRules: []SecurityGroupRule{h1, h2, h3}},
		{Return: true, SecurityGroupRules: []SecurityGroupRule{wide}},
		{Return: true, SecurityGroupRules: []SecurityGroupRule{eg, pl}},
	}
}
