package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cmdCommands are the cmd commands Generate prints for in, by command and
// form, and the Unavailable entries that concern the cmd shell.
func cmdCommands(t *testing.T, in Input) (map[string]Command, []Unavailable) {
	t.Helper()
	res := Generate(in)
	cmds := map[string]Command{}
	for _, c := range res.Commands {
		if c.Shell == ShellCmd {
			cmds[c.Command+" "+c.Form] = c
		}
	}
	var unav []Unavailable
	for _, u := range res.Unavailable {
		if u.Shell == ShellCmd || u.Shell == "" {
			unav = append(unav, u)
		}
	}
	return cmds, unav
}

func TestCmdGenerateDocsStyle(t *testing.T) {
	in := Input{Command: Ingress, Request: Request{
		GroupId: Str("sg-0123456789abcdef0"),
		IpPermissions: []IpPermission{{IpProtocol: Str("tcp"), FromPort: Int(22), ToPort: Int(22),
			IpRanges: []IpRange{{CidrIp: Str("203.0.113.0/24"), Description: Str("SSH from HQ")}}}},
	}}
	cmds, _ := cmdCommands(t, in)
	sh, ok := cmds[Ingress+" "+FormShorthand]
	require.True(t, ok)
	assert.Equal(t, "aws ec2 authorize-security-group-ingress ^\n"+
		"    --group-id sg-0123456789abcdef0 ^\n"+
		`    --ip-permissions "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description=SSH from HQ}]"`, sh.Text)
	in.Request.IpPermissions[0].IpRanges[0].Description = Str("SSH from HQ, bldg 2")
	cmds2, _ := cmdCommands(t, in)
	assert.Equal(t, "aws ec2 authorize-security-group-ingress ^\n"+
		"    --group-id sg-0123456789abcdef0 ^\n"+
		`    --ip-permissions "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description='SSH from HQ, bldg 2'}]"`,
		cmds2[Ingress+" "+FormShorthand].Text)
	js, ok := cmds[Ingress+" "+FormJSON]
	require.True(t, ok)
	assert.Contains(t, js.Text, `    --ip-permissions "[{\"IpProtocol\":\"tcp\",`)
	for _, c := range cmds {
		lines := strings.Split(c.Text, "\n")
		for _, l := range lines[:len(lines)-1] {
			assert.True(t, strings.HasSuffix(l, " ^"), "%q", l)
		}
		assert.False(t, strings.HasSuffix(lines[len(lines)-1], "^"), c.Text)
	}
}

func TestCmdGenerateRefusals(t *testing.T) {
	in := Input{Command: Ingress, Request: Request{
		GroupId: Str("sg-1"),
		IpPermissions: []IpPermission{{IpProtocol: Str("tcp"), FromPort: Int(22), ToPort: Int(22),
			IpRanges: []IpRange{{CidrIp: Str("203.0.113.0/24"), Description: Str(strings.Repeat("x", 9000))}}}},
	}}
	cmds, unav := cmdCommands(t, in)
	assert.Contains(t, cmds, Ingress+" "+FormCliInputJSON)
	assert.NotContains(t, cmds, Ingress+" "+FormShorthand)
	found := false
	for _, u := range unav {
		if u.Form == FormShorthand && u.Shell == ShellCmd {
			found = true
			assert.Contains(t, u.Reason, "8191")
			assert.Contains(t, u.Reason, "cli-input-json")
		}
	}
	assert.True(t, found, "%v", unav)

	in.Request.IpPermissions[0].IpRanges[0].Description = Str("two\nlines")
	cmds, _ = cmdCommands(t, in)
	assert.NotContains(t, cmds, Ingress+" "+FormShorthand)
	assert.Contains(t, cmds, Ingress+" "+FormCliInputJSON)
}
