package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/internal/shell"
)

// TestPowerShellGenerate checks every PowerShell command Generate prints, for
// Inputs with hostile descriptions and tags, against the model: what aws.exe
// receives is exactly the form's argv.
func TestPowerShellGenerate(t *testing.T) {
	perm := func(desc string) IpPermission {
		return IpPermission{IpProtocol: Str("tcp"), FromPort: Int(22), ToPort: Int(22),
			IpRanges: []IpRange{{CidrIp: Str("203.0.113.0/24"), Description: Str(desc)}}}
	}
	tags := func(k, v string) []TagSpecification {
		return []TagSpecification{{ResourceType: Str("security-group-rule"), Tags: []Tag{{Key: Str(k), Value: Str(v)}}}}
	}
	inputs := []Input{
		{Command: Ingress, Request: Request{GroupId: Str("sg-0123456789abcdef0"), IpPermissions: []IpPermission{perm("SSH from HQ, bldg 2")}}},
		{Command: Ingress, Request: Request{GroupId: Str("sg-0123456789abcdef0"), IpPermissions: []IpPermission{perm("SSH")},
			TagSpecifications: tags("Name", `Bob's "rule", v2 $(x) `+"`"+` %PATH% \`), DryRun: Bool(false)}},
		{Command: Egress, Request: Request{GroupId: Str("--%"), IpPermissions: []IpPermission{perm(`R&D; a|b <c> #d {e} [f] @g ^h !i! *?`)},
			TagSpecifications: tags("\u2018k\u2019", "caf\u00e9 \u201cx\u201d \U0001F600")}},
		{Command: Ingress, Request: Request{GroupName: Str("-my group"), IpPermissions: []IpPermission{perm(""), perm(`"quoted desc"`)}, DryRun: Bool(true)}},
		{Command: Ingress, Request: Request{GroupId: Str("sg-1"), IpPermissions: []IpPermission{perm(`trailing\`), perm(`a\" b`)},
			TagSpecifications: tags("", "")}},
		{Command: Egress, Request: Request{GroupId: Str("sg-1"), IpPermissions: []IpPermission{{IpProtocol: Str("-1")}},
			TagSpecifications: tags("k", "tab\there")}},
	}
	seen := map[string]int{}
	for i, in := range inputs {
		res := Generate(in)
		for _, c := range res.Commands {
			if c.Shell != ShellPowerShell && c.Shell != ShellPowerShell5 {
				continue
			}
			seen[c.Shell]++
			req := in.Request
			if strings.HasPrefix(c.Command, "revoke-") {
				req = req.withoutTags()
			}
			inv, err := formInvocation(c.Form, c.Command, req, '\'', nil)
			require.NoError(t, err)
			got, err := shell.PowerShellArgv(c.Text, c.Shell == ShellPowerShell5)
			if assert.NoError(t, err, "input %d %s %s %s:\n%s", i, c.Command, c.Shell, c.Form, c.Text) {
				assert.Equal(t, inv.Argv(), got, "input %d %s %s %s:\n%s", i, c.Command, c.Shell, c.Form, c.Text)
			}
			assert.True(t, strings.HasPrefix(c.Text, "aws "))
			assert.False(t, strings.HasSuffix(c.Text, "`"))
		}
		if i == 0 {
			// The §5.4 example: 5.1 refuses only the JSON form, with advice.
			var reasons []string
			for _, u := range res.Unavailable {
				if u.Shell == ShellPowerShell5 {
					reasons = append(reasons, u.Form+": "+u.Reason)
				}
			}
			assert.Equal(t, []string{"json: Windows PowerShell 5.1 cannot pass this JSON with a space inside quotes to aws.exe; use the shorthand or cli-input-json form"}, reasons)
			for _, c := range res.Commands {
				if c.Command == Ingress && c.Form == FormShorthand && (c.Shell == ShellPowerShell || c.Shell == ShellPowerShell5) {
					assert.Equal(t, "aws ec2 authorize-security-group-ingress `\n    --group-id sg-0123456789abcdef0 `\n"+
						"    --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description=''SSH from HQ, bldg 2''}]'", c.Text)
				}
				if c.Command == Ingress && c.Form == FormJSON && c.Shell == ShellPowerShell {
					assert.Contains(t, c.Text, `--ip-permissions '[{"IpProtocol":"tcp",`)
				}
			}
		}
	}
	assert.Greater(t, seen[ShellPowerShell], 30)
	assert.Greater(t, seen[ShellPowerShell5], 25)
}
