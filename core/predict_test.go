package core

import (
	"bytes"
	"hash/fnv"
	"net/netip"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPredictProtocolAndPorts checks the protocol and ports each rule
// reports (docs/ec2-semantics.md §2).
func TestPredictProtocolAndPorts(t *testing.T) {
	for _, tc := range []struct {
		proto    string
		from, to *int64
		want     string
		wf, wt   int64
	}{
		{"tcp", Int(22), Int(22), "tcp", 22, 22},
		{"TCP", Int(80), Int(81), "tcp", 80, 81},
		{"6", Int(443), Int(443), "tcp", 443, 443},
		{"Udp", Int(53), Int(53), "udp", 53, 53},
		{"17", Int(53), Int(53), "udp", 53, 53},
		{"ICMP", Int(8), Int(-1), "icmp", 8, -1},
		{"1", Int(3), Int(4), "icmp", 3, 4},
		{"icmp", Int(-1), Int(-1), "icmp", -1, -1},
		{"icmpv6", nil, nil, "icmpv6", -1, -1},
		{"58", Int(128), Int(0), "icmpv6", 128, 0},
		{"-1", nil, nil, "-1", -1, -1},
		{"-1", Int(0), Int(65535), "-1", -1, -1},
		{"all", nil, nil, "-1", -1, -1},
		{"50", Int(0), Int(65535), "50", -1, -1},
		{"0", nil, nil, "0", -1, -1},
		{"255", nil, nil, "255", -1, -1},
	} {
		in := with(func(in *Input) {
			p := perm0(in)
			p.IpProtocol, p.FromPort, p.ToPort = Str(tc.proto), tc.from, tc.to
		})
		res := Generate(in)
		require.NotNil(t, res.Response, "%s: %+v", tc.proto, res.Error)
		r := res.Response.SecurityGroupRules[0]
		assert.Equal(t, tc.want, r.IpProtocol, tc.proto)
		assert.Equal(t, [2]int64{tc.wf, tc.wt}, [2]int64{r.FromPort, r.ToPort}, tc.proto)
	}
}

// TestPredictCIDRs checks the canonical CIDRs (§3.2): host bits zeroed,
// IPv6 in RFC 5952 form.
func TestPredictCIDRs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"10.0.0.5/16", "10.0.0.0/16"},
		{"100.68.0.18/18", "100.68.0.0/18"},
		{"0.0.0.0/0", "0.0.0.0/0"},
		{"1.2.3.4/32", "1.2.3.4/32"},
		{"::0/0", "::/0"},
		{"2001:DB8:0:0::/32", "2001:db8::/32"},
		{"2001:db8:0:1:0:0:0:1/128", "2001:db8:0:1::1/128"},
		{"2001:aaaa:bbbb:0:cccc:dddd:fe2b:7e9f/128", "2001:aaaa:bbbb:0:cccc:dddd:fe2b:7e9f/128"},
		{"2001:db8::ffff/64", "2001:db8::/64"},
	} {
		assert.Equal(t, tc.want, canonicalCIDR(tc.in), tc.in)
	}
}

// TestPredictRules checks fan-out, order, references, descriptions, tags and
// ids on one request with every kind of source.
func TestPredictRules(t *testing.T) {
	in := Input{Command: Ingress, OwnerId: Str("210987654321"), Request: Request{
		GroupName: Str("web"),
		IpPermissions: []IpPermission{{
			IpProtocol: Str("tcp"), FromPort: Int(443), ToPort: Int(443),
			PrefixListIds: []PrefixListId{{PrefixListId: Str("pl-63a5400a"), Description: Str("S3")}},
			UserIdGroupPairs: []UserIdGroupPair{
				{GroupId: Str("sg-1a2b3c4d")},
				{GroupId: Str("sg-0aaaabbbbccccdddd"), UserId: Str("012345678901"), VpcId: Str("vpc-1"), VpcPeeringConnectionId: Str("pcx-1"), PeeringStatus: Str("active")},
				{GroupName: Str("app")},
			},
			Ipv6Ranges: []Ipv6Range{{CidrIpv6: Str("2001:DB8::/32"), Description: Str("")}},
			IpRanges:   []IpRange{{CidrIp: Str("10.0.0.5/8"), Description: Str("office")}},
		}},
		TagSpecifications: tagSpec(Tag{Key: Str("team"), Value: Str("web")}),
	}}
	res := Generate(in)
	require.NotNil(t, res.Response, "%+v", res.Error)
	rules := res.Response.SecurityGroupRules
	require.Len(t, rules, 6)
	kinds := []string{}
	idRE := regexp.MustCompile(`^sgr-[0-9a-f]{17}$`)
	ids := map[string]bool{}
	for _, r := range rules {
		switch {
		case r.CidrIpv4 != nil:
			kinds = append(kinds, "v4:"+*r.CidrIpv4)
		case r.CidrIpv6 != nil:
			kinds = append(kinds, "v6:"+*r.CidrIpv6)
		case r.ReferencedGroupInfo != nil:
			kinds = append(kinds, "sg")
		case r.PrefixListId != nil:
			kinds = append(kinds, "pl:"+*r.PrefixListId)
		}
		assert.Regexp(t, idRE, r.SecurityGroupRuleId)
		ids[r.SecurityGroupRuleId] = true
		assert.Equal(t, groupNameID("web"), r.GroupId)
		assert.Equal(t, "210987654321", r.GroupOwnerId)
		assert.Equal(t, []Tag{{Key: Str("team"), Value: Str("web")}}, r.Tags)
	}
	assert.Len(t, ids, 6, "ids are distinct")
	assert.Equal(t, []string{"v4:10.0.0.0/8", "v6:2001:db8::/32", "sg", "sg", "sg", "pl:pl-63a5400a"}, kinds)
	assert.Equal(t, "office", *rules[0].Description)
	assert.Nil(t, rules[1].Description, "an empty description is left out")
	assert.Equal(t, &ReferencedGroup{GroupId: Str("sg-1a2b3c4d"), UserId: Str("210987654321")}, rules[2].ReferencedGroupInfo)
	assert.Equal(t, &ReferencedGroup{GroupId: Str("sg-0aaaabbbbccccdddd"), UserId: Str("012345678901"), VpcId: Str("vpc-1"), VpcPeeringConnectionId: Str("pcx-1")}, rules[3].ReferencedGroupInfo)
	assert.Equal(t, groupNameID("app"), *rules[4].ReferencedGroupInfo.GroupId)
	assert.Equal(t, "S3", *rules[5].Description)

	again := Generate(in)
	assert.Equal(t, res.Response, again.Response, "prediction is deterministic")
}

// TestPredictNoTags: rules carry no Tags member unless the call tags them.
func TestPredictNoTags(t *testing.T) {
	res := Generate(with(func(in *Input) { in.Request.TagSpecifications = tagSpec() }))
	require.NotNil(t, res.Response)
	assert.Nil(t, res.Response.SecurityGroupRules[0].Tags)
	assert.Equal(t, DefaultOwnerId, res.Response.SecurityGroupRules[0].GroupOwnerId)
}

// FuzzCIDR checks CIDR parsing and canonicalisation on any string: no
// panic; an accepted CIDR canonicalises to a fixed point of the same
// family that is accepted again and is warned about exactly when it
// differs from the input.
func FuzzCIDR(f *testing.F) {
	for _, s := range []string{"10.0.0.0/8", "10.0.0.5/16", "::/0", "::0/0", "2001:DB8::/32", "1.2.3.4", "fe80::1%eth0/64", "::ffff:1.2.3.4/120", "10.0.0.300/8", "", "/", "0.0.0.0/0"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, v6 bool) {
		pfx, ok := parseCIDR(s, v6)
		var ps problems
		checkCIDR(&ps, "p", s, v6)
		if !ok {
			if len(ps.list) != 1 || ps.list[0].Severity != SeverityError {
				t.Fatalf("%q refused without exactly one error: %+v", s, ps.list)
			}
			return
		}
		canon := canonicalCIDR(s)
		if canon != pfx.Masked().String() {
			t.Fatalf("%q: canonicalCIDR %q, parse %q", s, canon, pfx.Masked())
		}
		back, ok := parseCIDR(canon, v6)
		if !ok || back.String() != canon || canonicalCIDR(canon) != canon {
			t.Fatalf("%q: canonical %q is not a fixed point", s, canon)
		}
		if np := netip.MustParsePrefix(canon); back.Addr().Is6() != v6 || np.Addr().Is6() != v6 || np.String() != canon {
			t.Fatalf("%q: family changed", s)
		}
		for _, p := range ps.list {
			if p.Severity == SeverityError {
				t.Fatalf("%q accepted with an error: %+v", s, p)
			}
		}
		if (len(ps.list) > 0) != (canon != s) {
			t.Fatalf("%q: warned %v, canonical %q", s, ps.list, canon)
		}
	})
}

// FuzzPorts checks port checking and prediction on any protocol and ports:
// no panic; a protocol EC2 refuses has exactly that error; valid ports are
// reported in range, and -1/-1 wherever EC2 ignores them.
func FuzzPorts(f *testing.F) {
	f.Add("tcp", int64(22), int64(22), true, true)
	f.Add("icmp", int64(-1), int64(0), true, true)
	f.Add("icmpv6", int64(0), int64(0), false, false)
	f.Add("udp", int64(65536), int64(1), true, false)
	f.Add("-1", int64(5), int64(6), true, true)
	f.Add("50", int64(0), int64(0), false, true)
	f.Fuzz(func(t *testing.T, proto string, from, to int64, hasFrom, hasTo bool) {
		p := IpPermission{IpProtocol: &proto, IpRanges: []IpRange{{CidrIp: Str("10.0.0.0/8")}}}
		if hasFrom {
			p.FromPort = &from
		}
		if hasTo {
			p.ToPort = &to
		}
		var ps problems
		validatePermission(&ps, "p", p, false)
		norm, ok := normalizeProtocol(&proto)
		if !ok {
			if len(ps.list) != 1 || ps.list[0].Path != "p.IpProtocol" {
				t.Fatalf("%q: %+v", proto, ps.list)
			}
			return
		}
		valid := portsValid(norm, p)
		errs := 0
		for _, q := range ps.list {
			if q.Severity == SeverityError {
				errs++
			}
		}
		if valid != (errs == 0) {
			t.Fatalf("%q %v: portsValid %v, errors %+v", proto, p, valid, ps.list)
		}
		if !valid {
			return
		}
		f, tp := predictedPorts(norm, p)
		switch norm {
		case "tcp", "udp":
			if f < 0 || tp > 65535 || f > tp {
				t.Fatalf("%q: %d-%d accepted", proto, f, tp)
			}
		case "icmp", "icmpv6":
			if f < -1 || f > 255 || tp < -1 || tp > 255 || (f == -1 && tp != -1) {
				t.Fatalf("%q: %d/%d accepted", proto, f, tp)
			}
		default:
			if f != -1 || tp != -1 {
				t.Fatalf("%q: ports %d/%d reported", proto, f, tp)
			}
		}
	})
}

func TestFNV128aIsHashFNV(t *testing.T) {
	for _, s := range []string{"", "a", "sgr|sg-1234567890abcdef0|tcp|443", strings.Repeat("\xff\x00x", 100)} {
		h := fnv.New128a()
		h.Write([]byte(s))
		got := fnv128a(s)
		if want := h.Sum(nil); !bytes.Equal(got[:], want) {
			t.Errorf("fnv128a(%q) = %x, hash/fnv: %x", s, got, want)
		}
	}
}
