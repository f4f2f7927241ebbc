package store

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
)

func cardOf(t *testing.T, frag, remembered string) *Card {
	t.Helper()
	p, err := ReadFragment(frag)
	require.Nil(t, p.Deflated, "a v1 link needs the browser to inflate it")
	return OpenCard(frag, p.Link, err, remembered)
}

// TestCardShowsTheLinksCommand: the card shows core's command in the
// link's shell and form, the link's shell wins over the remembered one,
// and a shell chosen in the card is written into its link.
func TestCardShowsTheLinksCommand(t *testing.T) {
	e, _ := core.ExampleNamed("web-server")
	want := core.Generate(e.Input())
	find := func(shell, form string) string {
		for _, c := range want.Commands {
			if c.Command == core.Ingress && c.Shell == shell && c.Form == form {
				return c.Text
			}
		}
		t.Fatalf("no %s %s command", shell, form)
		return ""
	}
	c := cardOf(t, "#ex=web-server&sh=cmd&f=json", core.ShellPowerShell)
	require.Empty(t, c.Problem)
	got, instead, ok := c.Command()
	assert.True(t, ok)
	assert.Empty(t, instead)
	assert.Equal(t, find(core.ShellCmd, core.FormJSON), got.Text)

	c = cardOf(t, "ex=web-server&f=json", core.ShellPowerShell)
	got, _, _ = c.Command()
	assert.Equal(t, find(core.ShellPowerShell, core.FormJSON), got.Text, "no shell in the link: the remembered one")
	c = cardOf(t, "ex=web-server", "zsh?")
	assert.Equal(t, core.ShellBash, c.Store.Shell, "an unknown remembered shell: bash")

	changes := 0
	c.OnChange = func() { changes++ }
	c.SetShell(core.ShellPowerShell5)
	got, _, _ = c.Command()
	assert.Equal(t, find(core.ShellPowerShell5, core.FormShorthand), got.Text)
	assert.Equal(t, "ex=web-server&sh=powershell5", c.Fragment)
	c.SetShell("fish")
	assert.Equal(t, core.ShellPowerShell5, c.Store.Shell, "an unknown shell is ignored")
	assert.Equal(t, 2, changes)

	assert.Equal(t, "v1=AAA&f=json&sh=cmd", withShell("v1=AAA&sh=bash&f=json", core.ShellCmd))
	assert.Equal(t, "sh=cmd", withShell("", core.ShellCmd))
}

// TestCardFallsBackToAFormThatWorks: the sugar flags cannot carry a
// description; the card shows the first form that can and says which.
func TestCardFallsBackToAFormThatWorks(t *testing.T) {
	s := New(Example())
	c := cardOf(t, s.Fragment()[:len(s.Fragment())-len("shorthand")]+core.FormSugar, "")
	got, instead, ok := c.Command()
	require.True(t, ok)
	assert.Equal(t, core.Forms[0], instead)
	assert.Equal(t, core.Forms[0], got.Form)
}

func TestCardPredictedLine(t *testing.T) {
	for _, tc := range []struct{ name, frag, want string }{
		{"one rule", "ex=ingress-ssh", "→ 1 rule: tcp 22 from 203.0.113.0/24"},
		{"web server", "ex=web-server", "→ 4 rules: tcp 80 from 0.0.0.0/0, ::/0; tcp 443 from 0.0.0.0/0, ::/0"},
		{"ICMP", "ex=ingress-icmp", "→ 1 rule: icmp type 3 code 4 from 0.0.0.0/0"},
		{"group", "ex=ingress-http-from-group", "→ 1 rule: tcp 80 from sg-1a2b3c4d"},
		{"egress to a prefix list", "ex=egress-to-prefix-list", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := cardOf(t, tc.frag, "")
			require.Empty(t, c.Problem)
			if tc.want == "" {
				assert.Contains(t, c.Predicted(), " to pl-", "egress says to")
				return
			}
			assert.Equal(t, tc.want, c.Predicted())
		})
	}
	// An error: its code and message.
	in := Example()
	in.Request.IpPermissions[0].IpRanges[0].CidrIp = core.Str("10.0.0.300/24")
	s := New(in)
	c := cardOf(t, s.Fragment(), "")
	require.Empty(t, c.Problem, "a value EC2 refuses is still the author's command")
	assert.Equal(t, "→ fails with InvalidParameterValue: CIDR block 10.0.0.300/24 is malformed", c.Predicted())
}

// TestCardProblems: a link that cannot be read, holds no form or holds
// values the CLI refuses is a message, never a command.
func TestCardProblems(t *testing.T) {
	for _, tc := range []struct{ name, frag, want string }{
		{"garbage", "#%zz", "could not be read"},
		{"empty", "", "holds no rules"},
		{"shell only", "#sh=bash", "holds no rules"},
		{"newer version", "#v2=AAAA", "newer version"},
		{"unknown example", "#ex=<b>nope</b>", `"<b>nope</b>"`},
		{"a value the CLI refuses", "#i=" + refused(t), "would refuse"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := cardOf(t, tc.frag, "")
			assert.Contains(t, c.Problem, tc.want)
			assert.Nil(t, c.Store)
			_, _, ok := c.Command()
			assert.False(t, ok)
			assert.Empty(t, c.Predicted())
			assert.Less(t, len([]rune(c.Problem)), 240, "the message is short")
		})
	}
}

// refused is an i= link's data whose document holds a port the CLI would
// refuse (a number too large for it) and a long description.
func refused(t *testing.T) string {
	doc := `{"Command":"authorize-security-group-ingress","Input":{"GroupId":"sg-1","IpPermissions":[{"IpProtocol":"tcp","FromPort":99999999999999999999999,"ToPort":22,"IpRanges":[{"CidrIp":"10.0.0.0/8","Description":"` + strings.Repeat("x", 500) + `"}]}]}}`
	return base64.RawURLEncoding.EncodeToString([]byte(doc))
}
