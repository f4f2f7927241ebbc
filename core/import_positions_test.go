package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestImportPositions: Positions puts each member the options set at the
// word that set it, in the order of the text, so a Problem's Path finds its
// place; ImportJSON's document does not carry them.
func TestImportPositions(t *testing.T) {
	for _, c := range []struct {
		name, shell, text string
		want              []ArgPosition
	}{
		{"sugar over two lines", ShellBash, "$ aws ec2 authorize-security-group-ingress --group-id sg-1 \\\n  --protocol tcp --port 22 --cidr 10.0.0.0/8\n", []ArgPosition{
			{Path: "Command", Line: 1, Column: 11},
			{Path: "GroupId", Option: "--group-id", Line: 1, Column: 55},
			{Path: "IpPermissions[0].IpProtocol", Option: "--protocol", Line: 2, Column: 14},
			{Path: "IpPermissions[0].FromPort", Option: "--port", Line: 2, Column: 25},
			{Path: "IpPermissions[0].ToPort", Option: "--port", Line: 2, Column: 25},
			{Path: "IpPermissions[0].IpRanges[0]", Option: "--cidr", Line: 2, Column: 35},
		}},
		{"one shorthand word per permission, --opt=value", ShellCmd, "aws ec2 revoke-security-group-egress --group-id=sg-1 --ip-permissions IpProtocol=tcp,FromPort=1,ToPort=1 IpProtocol=udp,FromPort=2,ToPort=2 --dry-run\n", []ArgPosition{
			{Path: "Command", Line: 1, Column: 9},
			{Path: "GroupId", Option: "--group-id", Line: 1, Column: 49},
			{Path: "IpPermissions", Option: "--ip-permissions", Line: 1, Column: 71},
			{Path: "IpPermissions[0]", Option: "--ip-permissions", Line: 1, Column: 71},
			{Path: "IpPermissions[1]", Option: "--ip-permissions", Line: 1, Column: 106},
			{Path: "DryRun", Option: "--dry-run", Line: 1, Column: 141},
		}},
		{"a document stands for what the options do not set", ShellPowerShell, "aws ec2 authorize-security-group-ingress --cli-input-json '{\"GroupId\":\"sg-1\"}' --group-name web\n", []ArgPosition{
			{Path: "Command", Line: 1, Column: 9},
			{Path: "DryRun", Option: "--cli-input-json", Line: 1, Column: 59},
			{Path: "GroupId", Option: "--cli-input-json", Line: 1, Column: 59},
			{Path: "IpPermissions", Option: "--cli-input-json", Line: 1, Column: 59},
			{Path: "TagSpecifications", Option: "--cli-input-json", Line: 1, Column: 59},
			{Path: "GroupName", Option: "--group-name", Line: 1, Column: 93},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := Import(ImportRequest{Text: c.text, Shell: c.shell})
			assert.Equal(t, c.want, res.Positions)
		})
	}
	out, err := ImportJSON([]byte(`{"Text": "aws ec2 authorize-security-group-ingress --group-id sg-1"}`))
	assert.NoError(t, err)
	assert.NotContains(t, string(out), "Positions")
	assert.Empty(t, Import(ImportRequest{Text: `{"GroupId": "sg-1"}`}).Positions, "a document has no option words")
}
