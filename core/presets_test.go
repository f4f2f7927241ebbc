package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPresetsAreTheConsoles checks the list against docs/peers.md §1.1: 34
// types, unique names, and each fixed type's protocol and ports.
func TestPresetsAreTheConsoles(t *testing.T) {
	require.Len(t, Presets, 34)
	seen := map[string]bool{}
	for _, p := range Presets {
		assert.False(t, seen[p.Name], "duplicate %q", p.Name)
		seen[p.Name] = true
	}
	for _, tc := range []struct {
		name, proto string
		from, to    int64
	}{
		{"SSH", "tcp", 22, 22}, {"SMTP", "tcp", 25, 25}, {"DNS (UDP)", "udp", 53, 53}, {"DNS (TCP)", "tcp", 53, 53},
		{"HTTP", "tcp", 80, 80}, {"POP3", "tcp", 110, 110}, {"IMAP", "tcp", 143, 143}, {"LDAP", "tcp", 389, 389},
		{"HTTPS", "tcp", 443, 443}, {"SMB", "tcp", 445, 445}, {"SMTPS", "tcp", 465, 465}, {"IMAPS", "tcp", 993, 993},
		{"POP3S", "tcp", 995, 995}, {"MSSQL", "tcp", 1433, 1433}, {"NFS", "tcp", 2049, 2049},
		{"MYSQL/Aurora", "tcp", 3306, 3306}, {"RDP", "tcp", 3389, 3389}, {"Redshift", "tcp", 5439, 5439},
		{"PostgreSQL", "tcp", 5432, 5432}, {"Oracle-RDS", "tcp", 1521, 1521}, {"WinRM-HTTP", "tcp", 5985, 5985},
		{"WinRM-HTTPS", "tcp", 5986, 5986}, {"Elastic Graphics", "tcp", 2007, 2007}, {"CQLSH / Cassandra", "tcp", 9042, 9042},
		{"All TCP", "tcp", 0, 65535}, {"All UDP", "udp", 0, 65535}, {"All ICMP - IPv4", "icmp", -1, -1},
		{"All ICMP - IPv6", "icmpv6", -1, -1}, {"All traffic", "-1", NoPorts, NoPorts},
	} {
		p, ok := PresetNamed(tc.name)
		require.True(t, ok, tc.name)
		assert.Equal(t, Preset{tc.name, tc.proto, tc.from, tc.to, FieldsNone}, p)
	}
}

// TestPresetRoundTrip: every preset's own fields are recognised as it, and
// a new rule of any preset is valid (with a source).
func TestPresetRoundTrip(t *testing.T) {
	for _, p := range Presets {
		proto := p.Protocol
		if p.Fields == FieldsProtocol {
			proto = "47"
		}
		var from, to *int64
		if p.FromPort != NoPorts {
			from, to = Int(p.FromPort), Int(p.ToPort)
		}
		got, ok := PresetFor(proto, from, to)
		require.True(t, ok, p.Name)
		assert.Equal(t, p.Name, got.Name)

		in := Input{Command: Ingress, Request: Request{GroupId: Str("sg-1234567890abcdef0"), IpPermissions: []IpPermission{{
			IpProtocol: Str(proto), FromPort: from, ToPort: to, IpRanges: []IpRange{{CidrIp: Str("203.0.113.0/24")}}}}}}
		for _, pr := range Generate(in).Problems {
			assert.NotEqual(t, SeverityError, pr.Severity, "%s: %+v", p.Name, pr)
		}
	}
}

func TestPresetForFallsBackToCustom(t *testing.T) {
	for _, tc := range []struct {
		proto    string
		from, to *int64
		want     string
	}{
		{"tcp", Int(22), Int(23), PresetCustomTCP},
		{"tcp", nil, nil, PresetCustomTCP},
		{"udp", Int(22), Int(22), PresetCustomUDP},
		{"icmp", Int(8), Int(-1), PresetCustomICMP},
		{"icmpv6", Int(128), Int(-1), PresetCustomICMPv6},
		{"icmpv6", nil, nil, "All ICMP - IPv6"},
		{"-1", Int(0), Int(10), PresetCustomProtocol},
		{"6", Int(22), Int(22), PresetCustomProtocol},
		{"TCP", Int(22), Int(22), PresetCustomProtocol},
		{"all", nil, nil, PresetCustomProtocol},
	} {
		got, ok := PresetFor(tc.proto, tc.from, tc.to)
		assert.True(t, ok)
		assert.Equal(t, tc.want, got.Name, "%s %v %v", tc.proto, tc.from, tc.to)
	}
	_, ok := PresetFor("", nil, nil)
	assert.False(t, ok)
}

func TestICMPNames(t *testing.T) {
	for _, tc := range []struct {
		v6         bool
		typ, code  int64
		want       string
		wantUnamed bool
	}{
		{false, -1, -1, "All", false},
		{false, 8, -1, "Echo Request", false},
		{false, 0, -1, "Echo Reply", false},
		{false, 3, 3, "Destination Unreachable › Port Unreachable", false},
		{false, 3, 4, "Destination Unreachable › Fragmentation Needed", false},
		{false, 3, -1, "Destination Unreachable › All", false},
		{false, 11, 0, "Time Exceeded › Time to Live Exceeded in Transit", false},
		{true, 128, -1, "Echo Request", false},
		{true, 1, 4, "Destination Unreachable › Port Unreachable", false},
		{true, 2, -1, "Packet Too Big", false},
		{false, -1, 3, "", true},
		{false, 8, 8, "", true},
		{false, 200, -1, "", true},
	} {
		got, ok := ICMPName(tc.v6, tc.typ, tc.code)
		assert.Equal(t, !tc.wantUnamed, ok, "%d/%d", tc.typ, tc.code)
		assert.Equal(t, tc.want, got)
	}
}

// TestICMPTablesAreOrdered: types and codes are unique, in order and in
// EC2's range (0..255), so a page can list them as they are.
func TestICMPTablesAreOrdered(t *testing.T) {
	for _, v6 := range []bool{false, true} {
		last := int64(-1)
		for _, ty := range ICMPTypes(v6) {
			assert.Greater(t, ty.Type, last)
			assert.LessOrEqual(t, ty.Type, int64(255))
			last = ty.Type
			lc := int64(-1)
			for _, c := range ty.Codes {
				assert.Greater(t, c.Code, lc)
				lc = c.Code
			}
		}
	}
	echo, ok := ICMPTypeOf(false, 8)
	require.True(t, ok)
	assert.Equal(t, "Echo Request", echo.Name)
	echo6, _ := ICMPTypeOf(true, 128)
	assert.Equal(t, "Echo Request", echo6.Name)
}

// TestExamplesDecode: every example decodes without a problem, generates
// without an error, names are unique and fit a URL fragment, and the seed
// examples are the seed pages' inputs (TestSeeds holds the same documents).
func TestExamplesDecode(t *testing.T) {
	seen := map[string]bool{}
	seeds := 0
	for _, e := range Examples {
		assert.False(t, seen[e.Name], "duplicate %q", e.Name)
		seen[e.Name] = true
		assert.Regexp(t, `^[a-z0-9-]+$`, e.Name)
		assert.NotEmpty(t, e.Title)
		assert.Contains(t, Forms, e.Form, e.Name)
		in, problems, err := DecodeInput([]byte(e.Document()))
		require.NoError(t, err, e.Name)
		assert.Empty(t, problems, e.Name)
		assert.Equal(t, in, e.Input())
		r := Generate(in)
		for _, p := range r.Problems {
			assert.NotEqual(t, SeverityError, p.Severity, "%s: %+v", e.Name, p)
		}
		assert.NotNil(t, r.Response, e.Name)
		if e.Source != "" {
			seeds++
		}
	}
	assert.Equal(t, 10, seeds, "the ten seed examples")
	_, ok := ExampleNamed(ExampleDefault)
	assert.True(t, ok)
	_, ok = ExampleNamed("nope")
	assert.False(t, ok)
}

// TestExampleNotesNameTheSeedMistakes: the notes say what docs/seeds.md says
// is wrong in examples 3, 7 and 8.
func TestExampleNotesNameTheSeedMistakes(t *testing.T) {
	for name, want := range map[string]string{
		"ingress-multiple":    `"IpProtocol": "tcp"`,
		"ingress-description": "splits the argument in bash",
		"ingress-prefix-list": "pl-0721453c7ac4ec009",
		"ingress-icmp":        "en dash",
	} {
		e, ok := ExampleNamed(name)
		require.True(t, ok, name)
		assert.Contains(t, e.Note, want, name)
	}
}
