package store

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
)

func TestExampleIsCoresDefault(t *testing.T) {
	e, ok := core.ExampleNamed(core.ExampleDefault)
	require.True(t, ok)
	assert.Equal(t, e.Input(), Example())
	s := New(Example())
	assert.Empty(t, s.Result.Problems, "the page opens on a command without a problem")
	assert.NotNil(t, s.Result.Response)
}

// TestNewRuleIsVisibleType: a new rule has a named type with its ports.
func TestNewRuleIsVisibleType(t *testing.T) {
	s := New(Example())
	s.Dispatch(AddRule{})
	p, ok := s.PresetOf(1)
	require.True(t, ok)
	assert.Equal(t, "HTTPS", p.Name)
}

func TestSetPresetFillsAndIsRecognisedBack(t *testing.T) {
	s := New(Example())
	for _, pr := range core.Presets {
		s.Dispatch(SetPreset{Rule: 0, Name: pr.Name})
		got, ok := s.PresetOf(0)
		if pr.Fields == core.FieldsProtocol {
			assert.Equal(t, core.PresetCustomProtocol, got.Name)
			s.Dispatch(SetProtocol{Rule: 0, Value: "47", Custom: true})
			got, ok = s.PresetOf(0)
		}
		require.True(t, ok, pr.Name)
		assert.Equal(t, pr.Name, got.Name)
		// A fresh page opened on the same Input (a link) recognises it too,
		// except a Custom type whose values are a named type's.
		back, _ := New(s.Input).PresetOf(0)
		if pr.Fields == core.FieldsNone {
			assert.Equal(t, pr.Name, back.Name)
		}
	}
	// Custom TCP keeps the ports; typing SSH's port keeps the port fields.
	s.Dispatch(SetPreset{Rule: 0, Name: "SSH"})
	s.Dispatch(SetPreset{Rule: 0, Name: core.PresetCustomTCP})
	r := s.Input.Request.IpPermissions[0]
	assert.Equal(t, int64(22), *r.FromPort)
	got, _ := s.PresetOf(0)
	assert.Equal(t, core.PresetCustomTCP, got.Name)
	s.Dispatch(SetPort{Rule: 0, Text: "2x"})
	got, _ = s.PresetOf(0)
	assert.Equal(t, core.PresetCustomTCP, got.Name)
	// Editing an SSH rule's protocol by hand makes it recognised anew.
	s = New(Example())
	s.Dispatch(SetPort{Rule: 0, Text: "22"})
	s.Dispatch(SetPort{Rule: 0, To: true, Text: "22"})
	got, _ = s.PresetOf(0)
	assert.Equal(t, "SSH", got.Name)
}

func TestICMPStoredAsTheConsole(t *testing.T) {
	s := New(Example())
	s.Dispatch(SetPreset{Rule: 0, Name: core.PresetCustomICMP})
	r := s.Input.Request.IpPermissions[0]
	assert.Equal(t, "icmp", *r.IpProtocol)
	assert.Equal(t, []int64{8, -1}, []int64{*r.FromPort, *r.ToPort}, "Echo Request")
	s.Dispatch(SetICMP{Rule: 0, Type: 3, Code: 3})
	r = s.Input.Request.IpPermissions[0]
	name, _ := core.ICMPName(false, *r.FromPort, *r.ToPort)
	assert.Equal(t, "Destination Unreachable › Port Unreachable", name)
	s.Dispatch(SetICMP{Rule: 0, Type: -1, Code: -1})
	assert.Empty(t, s.Result.Problems)
}

func TestDuplicateAndMoveRules(t *testing.T) {
	s := New(Example())
	s.Dispatch(AddRule{})
	s.Dispatch(SetSource{Rule: 1, Kind: core.KindIPv4, Index: 0, Field: "CidrIp", Text: "10.0.0.0/8"})
	s.Dispatch(DuplicateRule{Rule: 1})
	require.Len(t, s.Input.Request.IpPermissions, 3)
	require.Len(t, s.Rules, 3)
	s.Dispatch(SetSource{Rule: 2, Kind: core.KindIPv4, Index: 0, Field: "CidrIp", Text: "10.1.0.0/16"})
	assert.Equal(t, "10.0.0.0/8", *s.Input.Request.IpPermissions[1].IpRanges[0].CidrIp, "the copy is a copy")
	assert.NotEqual(t, s.Rules[1].ID, s.Rules[2].ID)
	id := s.Rules[2].ID
	s.Dispatch(MoveRule{Rule: 2, By: -1})
	s.Dispatch(MoveRule{Rule: 1, By: -1})
	assert.Equal(t, id, s.Rules[0].ID)
	assert.Equal(t, "10.1.0.0/16", *s.Input.Request.IpPermissions[0].IpRanges[0].CidrIp)
	s.Dispatch(MoveRule{Rule: 0, By: -1}) // no-op at the top
	assert.Equal(t, id, s.Rules[0].ID)
	s.Dispatch(RemoveRule{Rule: 0})
	assert.Len(t, s.Rules, 2)
}

func TestQuickSources(t *testing.T) {
	s := New(Example())
	s.Dispatch(AddRule{})
	s.Dispatch(QuickSource{Rule: 1, Which: QuickAnywhereIPv4})
	r := s.Input.Request.IpPermissions[1]
	require.Len(t, r.IpRanges, 1, "fills the empty source")
	assert.Equal(t, "0.0.0.0/0", *r.IpRanges[0].CidrIp)
	assert.True(t, NeedsIPv6Twin(r))
	s.Dispatch(SetSource{Rule: 1, Kind: core.KindIPv4, Index: 0, Field: "Description", Text: "web"})
	s.Dispatch(QuickSource{Rule: 1, Which: QuickIPv6Twin})
	r = s.Input.Request.IpPermissions[1]
	require.Len(t, r.Ipv6Ranges, 1)
	assert.Equal(t, core.Ipv6Range{CidrIpv6: core.Str("::/0"), Description: core.Str("web")}, r.Ipv6Ranges[0])
	assert.False(t, NeedsIPv6Twin(r))
	s.Dispatch(QuickSource{Rule: 1, Which: QuickAnywhereIPv6})
	assert.Len(t, s.Input.Request.IpPermissions[1].Ipv6Ranges, 2)
}

func TestSetSourceKindKeepsValueAndDescription(t *testing.T) {
	s := New(Example())
	s.Dispatch(SetSource{Rule: 0, Kind: core.KindIPv4, Index: 0, Field: "CidrIp", Text: "2001:db8::/64"})
	s.Dispatch(SetSourceKind{Rule: 0, Kind: core.KindIPv4, Index: 0, To: core.KindIPv6})
	r := s.Input.Request.IpPermissions[0]
	assert.Nil(t, r.IpRanges)
	assert.Equal(t, []core.Ipv6Range{{CidrIpv6: core.Str("2001:db8::/64"), Description: core.Str("example range")}}, r.Ipv6Ranges)
}

func TestLinksV1ExampleAndBadFragments(t *testing.T) {
	p, err := ReadFragment("#v1=AAEC&sh=cmd&f=json")
	require.NoError(t, err)
	assert.Equal(t, []byte{0, 1, 2}, p.Deflated)
	l, err := p.Inflated(core.EncodeInput(Example()))
	require.NoError(t, err)
	assert.Equal(t, Example(), l.Input)
	assert.Equal(t, "cmd", l.Shell)

	p, err = ReadFragment("ex=ping")
	require.NoError(t, err)
	assert.Equal(t, "ping", p.Link.Example)
	s := New(Example())
	p.Link.Open(s, nil, Remembered("powershell", "json"))
	assert.Equal(t, "ping", s.Example)
	assert.Equal(t, "icmp", *s.Input.Request.IpPermissions[0].IpProtocol)
	assert.Equal(t, "powershell", s.Shell, "remembered shell when the link names none")
	s.Dispatch(SetShell{Shell: core.ShellBash})
	assert.Equal(t, "ping", s.Example, "a shell change keeps the example")
	s.Dispatch(SetPort{Rule: 0, Text: "0"})
	assert.Empty(t, s.Example, "an edit leaves it")

	for _, frag := range []string{
		"#%%%garbage", "#v1=!!!", "#v2=AAAA", "#v10=x&v1=AAEC", "#ex=nope", "#zzz",
		"#i=" + string(make([]byte, MaxFragment)),
	} {
		_, err := ReadFragment(frag)
		assert.Error(t, err, frag[:min(len(frag), 20)])
		s := New(Example())
		s.Dispatch(SetSource{Rule: 0, Kind: core.KindIPv4, Index: 0, Field: "CidrIp", Text: "1.2.3.4/32"})
		Link{}.Open(s, err, Link{})
		assert.Contains(t, s.Notice, "could not be read")
		assert.Equal(t, Example(), s.Input, "the default form")
	}
	// Valid JSON with markup in an unknown key: the notice names what was
	// left out, as text.
	s = New(Example())
	l, err = Packed{}.Inflated([]byte(`{"<img src=x onerror=alert(1)>":1,"Command":"authorize-security-group-ingress","Input":{"GroupId":"sg-1"}}`))
	require.NoError(t, err)
	l.Open(s, nil, Link{})
	assert.Contains(t, s.Notice, "left out")
	assert.Equal(t, "sg-1", *s.Input.Request.GroupId)
	s.Dispatch(DismissNotice{})
	assert.Empty(t, s.Notice)
}
