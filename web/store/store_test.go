package store

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
)

func TestEncodeInputLeavesOutAbsentKeys(t *testing.T) {
	doc := core.EncodeInput(core.Input{Command: core.Ingress, Request: core.Request{
		GroupId:       core.Str("sg-1"),
		DryRun:        core.Bool(false),
		IpPermissions: []core.IpPermission{{IpProtocol: core.Str("tcp"), FromPort: core.Int(22), IpRanges: []core.IpRange{{CidrIp: core.Str("")}}}},
	}})
	assert.JSONEq(t, `{"Command":"authorize-security-group-ingress","Input":{"GroupId":"sg-1","DryRun":false,
		"IpPermissions":[{"IpProtocol":"tcp","FromPort":22,"IpRanges":[{"CidrIp":""}]}]}}`, string(doc))
}

func TestTypingEditsTheInput(t *testing.T) {
	s := New(Example())
	s.Dispatch(SetSource{Rule: 0, Kind: core.KindIPv4, Index: 0, Field: "CidrIp", Text: "203.0.113.0/24"})
	s.Dispatch(SetSource{Rule: 0, Kind: core.KindIPv4, Index: 0, Field: "Description", Text: "office"})
	s.Dispatch(AddSource{Rule: 0, Kind: core.KindIPv6})
	s.Dispatch(SetSource{Rule: 0, Kind: core.KindIPv6, Index: 0, Field: "CidrIpv6", Text: "2001:db8::/64"})
	s.Dispatch(AddRule{})
	s.Dispatch(SetPreset{Rule: 1, Name: core.PresetAllTraffic})
	s.Dispatch(RemoveSource{Rule: 1, Kind: core.KindIPv4, Index: 0})
	s.Dispatch(AddTag{})
	s.Dispatch(SetTag{Index: 0, Text: "team"})
	s.Dispatch(SetDryRun{Value: "false"})
	want := core.Input{Command: core.Ingress, Request: core.Request{
		GroupId: core.Str("sg-1234567890abcdef0"),
		IpPermissions: []core.IpPermission{
			{IpProtocol: core.Str("tcp"), FromPort: core.Int(443), ToPort: core.Int(443),
				IpRanges:   []core.IpRange{{CidrIp: core.Str("203.0.113.0/24"), Description: core.Str("office")}},
				Ipv6Ranges: []core.Ipv6Range{{CidrIpv6: core.Str("2001:db8::/64")}}},
			{IpProtocol: core.Str("-1")},
		},
		TagSpecifications: []core.TagSpecification{{ResourceType: core.Str("security-group-rule"), Tags: []core.Tag{{Key: core.Str("team")}}}},
		DryRun:            core.Bool(false),
	}}
	assert.Equal(t, want, s.Input)
	assert.Equal(t, core.GenerateOnly(want, core.Only{Shells: []string{s.Shell}, Outputs: []string{s.Tab}}), s.Result)
	assert.Len(t, s.Rules, 2)
	assert.NotEqual(t, s.Rules[0].ID, s.Rules[1].ID)
}

func TestPortTextIsKeptAndReportedByCore(t *testing.T) {
	s := New(Example())
	s.Dispatch(SetPort{Rule: 0, Text: "22a"})
	assert.Nil(t, s.Input.Request.IpPermissions[0].FromPort)
	require.NotNil(t, s.Rules[0].FromText)
	assert.Equal(t, "22a", *s.Rules[0].FromText)
	assert.NotEmpty(t, s.At["IpPermissions[0].FromPort"], "core reports the typed text: %+v", s.Result.Problems)

	s.Dispatch(SetPort{Rule: 0, Text: "080"})
	assert.Equal(t, int64(80), *s.Input.Request.IpPermissions[0].FromPort)
	assert.Equal(t, "080", *s.Rules[0].FromText)
	s.Dispatch(SetPort{Rule: 0, Text: "80"})
	assert.Nil(t, s.Rules[0].FromText)
	s.Dispatch(SetPort{Rule: 0, Text: ""})
	assert.Nil(t, s.Input.Request.IpPermissions[0].FromPort)
}

func TestRemovingTheLastRuleLeavesTheKeyOut(t *testing.T) {
	s := New(Example())
	s.Dispatch(RemoveRule{Rule: 0})
	assert.Nil(t, s.Input.Request.IpPermissions)
	assert.Empty(t, s.Rules)
	s.Dispatch(RemoveRule{Rule: 3}) // out of range: no-op, no panic
}

func TestFragmentRoundTrip(t *testing.T) {
	s := New(Example())
	s.Dispatch(SetSource{Rule: 0, Kind: core.KindIPv4, Index: 0, Field: "Description", Text: "a & b 'q' ü"})
	s.Dispatch(SetShell{Shell: core.ShellPowerShell5})
	s.Dispatch(SetForm{Form: core.FormJSON})
	frag := s.Fragment()

	l, err := ParseFragment("#" + frag)
	require.NoError(t, err)
	t2 := New(core.Input{})
	l.Apply(t2)
	assert.Equal(t, s.Input, t2.Input)
	assert.Equal(t, core.ShellPowerShell5, t2.Shell)
	assert.Equal(t, core.FormJSON, t2.Form)

	_, err = ParseFragment("i=***")
	assert.Error(t, err)
}

func TestCommandPicksShellAndForm(t *testing.T) {
	s := New(Example())
	s.Dispatch(SetSource{Rule: 0, Kind: core.KindIPv4, Index: 0, Field: "CidrIp", Text: "198.51.100.0/24"})
	c, ok := s.Command(false)
	require.True(t, ok)
	assert.Equal(t, core.Ingress, c.Command)
	assert.Equal(t, core.ShellBash, c.Shell)
	assert.Equal(t, core.FormShorthand, c.Form)
	r, ok := s.Command(true)
	require.True(t, ok)
	assert.Equal(t, core.RevokeIngress, r.Command)
	assert.Contains(t, s.FormsAvailable(), core.FormShorthand)
}

func TestGenerateTypedMatchesGenerateJSON(t *testing.T) {
	s := New(Example())
	s.Dispatch(SetPort{Rule: 0, To: true, Text: "x"})
	doc := `{"Command":"authorize-security-group-ingress","Input":{"GroupId":"sg-1234567890abcdef0",
		"IpPermissions":[{"IpProtocol":"tcp","FromPort":443,"ToPort":"x","IpRanges":[{"CidrIp":"203.0.113.0/24","Description":"example range"}]}]}}`
	want, err := core.GenerateDocument([]byte(doc), core.Only{Shells: []string{core.ShellBash}, Outputs: []string{"json"}})
	require.NoError(t, err)
	assert.Equal(t, want, s.Result)
}

func TestShellChoiceRegenerates(t *testing.T) {
	s := New(Example())
	for _, c := range s.Result.Commands {
		assert.Equal(t, core.ShellBash, c.Shell)
	}
	s.Dispatch(SetShell{Shell: core.ShellCmd})
	_, ok := s.Command(false)
	require.True(t, ok)
	for _, c := range s.Result.Commands {
		assert.Equal(t, core.ShellCmd, c.Shell)
	}
	// A link without an Input keeps the Input and switches the shell.
	l, err := ParseFragment("sh=powershell5")
	require.NoError(t, err)
	l.Apply(s)
	c, ok := s.Command(false)
	require.True(t, ok)
	assert.Equal(t, core.ShellPowerShell5, c.Shell)
}

func TestStartStoreShowsTheCommandThenEverything(t *testing.T) {
	for _, frag := range []string{"", "sh=cmd&f=json", "sh=powershell5&f=cli-input-yaml"} {
		l, err := ParseFragment(frag)
		require.NoError(t, err)
		full := l.NewStore()
		s := l.StartStore()
		require.True(t, s.Starting, frag)
		for _, revoke := range []bool{false, true} {
			want, wantOK := full.Command(revoke)
			got, ok := s.Command(revoke)
			assert.Equal(t, wantOK, ok, frag)
			assert.Equal(t, want, got, "the first frame's command is the whole page's (%q)", frag)
		}
		assert.Equal(t, full.Result.Problems, s.Result.Problems, frag)
		assert.Empty(t, s.Result.Output, "no output is printed for the first frame")
		assert.Equal(t, []string{s.Form}, s.FormsAvailable(), "only the chosen form is computed (%q)", frag)

		rev := s.Revision
		s.Dispatch(Started{})
		assert.False(t, s.Starting)
		assert.Equal(t, rev, s.Revision, "starting changes nothing a link holds")
		assert.Equal(t, full.Result, s.Result, frag)
		r := s.Result
		s.Dispatch(Started{})
		assert.Equal(t, r, s.Result, "Started twice changes nothing")
	}
}

func TestRevisionCountsWhatALinkHolds(t *testing.T) {
	s := New(Example())
	rev := s.Revision
	s.Dispatch(SetTab{Tab: core.OutputYAML})
	s.Dispatch(SetCopied{What: "link"})
	s.Dispatch(Started{})
	assert.Equal(t, rev, s.Revision, "the tab, a copy note and starting are not in the link")
	s.Dispatch(SetShell{Shell: core.ShellCmd})
	assert.Equal(t, rev+1, s.Revision)
	s.Dispatch(SetField{Field: "GroupId", Text: "sg-1"})
	assert.Equal(t, rev+2, s.Revision)
}
