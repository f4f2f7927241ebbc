package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sgrules/core"
)

func TestMarkdownBlocks(t *testing.T) {
	md := "# Runbook\n\n" +
		"```bash\naws ec2 authorize-security-group-ingress \\\n    --group-id sg-1 \\\n    --protocol tcp --port 22 --cidr 10.0.0.0/8\necho done\n```\n\n" +
		"text mentioning aws ec2 authorize-security-group-ingress outside a fence\n\n" +
		"~~~python\naws ec2 authorize-security-group-ingress --group-id sg-2\n~~~\n\n" +
		"  ````powershell title=\"x\"\n  aws ec2 revoke-security-group-egress `\n    --group-id sg-3\n  ````\n" +
		"```cmd\r\naws ec2 authorize-security-group-egress ^\r\n  --group-id sg-4\r\n```\r\n"
	bs := blocks("x.md", md, "")
	if assert.Len(t, bs, 3) {
		assert.Equal(t, block{shell: core.ShellBash, line: 4, lines: []string{
			`aws ec2 authorize-security-group-ingress \`, `    --group-id sg-1 \`,
			`    --protocol tcp --port 22 --cidr 10.0.0.0/8`, "echo done"}, cut: []int{0, 0, 0, 0}, what: "the fence says"}, bs[0])
		assert.Equal(t, core.ShellPowerShell, bs[1].shell)
		assert.Equal(t, []int{2, 2}, bs[1].cut)
		assert.Equal(t, 17, bs[1].line)
		assert.Equal(t, "aws ec2 revoke-security-group-egress `", bs[1].lines[0])
		assert.Equal(t, block{shell: core.ShellCmd, line: 21, lines: []string{"aws ec2 authorize-security-group-egress ^", "  --group-id sg-4"}, cut: []int{0, 0}, what: "the fence says"}, bs[2])
		assert.Equal(t, []span{{line: 4, count: 3, text: "aws ec2 authorize-security-group-ingress \\\n    --group-id sg-1 \\\n    --protocol tcp --port 22 --cidr 10.0.0.0/8\n"}}, spans(bs[0]))
		assert.Equal(t, []span{{line: 21, count: 2, text: "aws ec2 authorize-security-group-egress ^\n  --group-id sg-4\n"}}, spans(bs[2]))
	}
	assert.Equal(t, core.ShellBash, blocks("x.md", "```sh\naws\n```\n", core.ShellCmd)[0].shell, "the fence wins over --shell")
	assert.Equal(t, core.ShellCmd, blocks("x.md", "```\naws\n```\n", core.ShellCmd)[0].shell, "--shell is the shell of unlabelled fences")
	assert.Equal(t, "", blocks("x.md", "```\naws\n```\n", "")[0].shell, "an unlabelled fence is detected without --shell")
	assert.Empty(t, blocks("x.md", "```text\naws ec2 authorize-security-group-ingress\n```\n", core.ShellCmd), "--shell does not make other languages shell")
}

func TestScriptBlocks(t *testing.T) {
	for path, shell := range map[string]string{"a.sh": core.ShellBash, "a.ps1": core.ShellPowerShell, "a.BAT": core.ShellCmd, "a.cmd": core.ShellCmd, "README": core.ShellBash} {
		bs := blocks(path, "aws ec2 authorize-security-group-ingress --group-id sg-1\n", "")
		assert.Equal(t, shell, bs[0].shell, path)
		assert.Equal(t, 1, bs[0].line)
	}
}

func TestSpans(t *testing.T) {
	b := block{shell: core.ShellBash, line: 10, lines: []string{
		"# aws ec2 authorize-security-group-ingress in a comment",
		"$ sudo /usr/local/bin/aws --region eu-west-1 ec2 revoke-security-group-ingress \\",
		"> --group-id sg-1",
		"aws s3 ls",
		"aws ec2 authorize-security-group-egress --group-id sg-2 \\ ",
		"  --protocol -1",
	}}
	assert.Equal(t, []span{
		{line: 11, count: 2, text: "$ sudo /usr/local/bin/aws --region eu-west-1 ec2 revoke-security-group-ingress \\\n> --group-id sg-1\n"},
		{line: 14, count: 2, text: "aws ec2 authorize-security-group-egress --group-id sg-2 \\ \n  --protocol -1\n"},
	}, spans(b))
}
