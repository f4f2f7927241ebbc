package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchRunbook is a generated 100-line runbook: prose, a fence of another
// language, and six security-group commands (bash, console, PowerShell,
// cmd), two of them with findings.
func benchRunbook(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Runbook %d\n\n", i)
	cmds := []string{
		"```bash\naws ec2 authorize-security-group-ingress \\\n    --group-id sg-0a1b2c3d4e5f6%04d \\\n    --protocol tcp \\\n    --port 443 \\\n    --cidr 10.%d.0.0/16\n```\n",
		"```console\n$ aws ec2 authorize-security-group-ingress --group-id sg-0a1b2c3d4e5f6%04d --protocol tcp –-port 22 --cidr 10.%d.0.0/16\n```\n",
		"```powershell\naws ec2 authorize-security-group-egress `\n    --group-id sg-0a1b2c3d4e5f6%04d `\n    --ip-permissions 'IpProtocol=tcp,FromPort=5432,ToPort=5432,IpRanges=[{CidrIp=10.%d.0.0/16}]'\n```\n",
		"```cmd\naws ec2 authorize-security-group-ingress ^\n    --group-id sg-0a1b2c3d4e5f6%04d ^\n    --ip-permissions \"[{\\\"IpProtocol\\\":\\\"udp\\\",\\\"FromPort\\\":514,\\\"ToPort\\\":514,\\\"IpRanges\\\":[{\\\"CidrIp\\\":\\\"10.%d.0.0/16\\\"}]}]\"\n```\n",
		"```sh\naws ec2 revoke-security-group-ingress --group-id sg-0a1b2c3d4e5f6%04d --protocol tcp --port 3389 --cidr 0.0.0.0/0 # %d\n```\n",
		"```bash\naws ec2 authorize-security-group-ingress --group-id sg-0a1b2c3d4e5f6%04d --ip-permissions 'IpProtocol=icmp,FromPort=8,ToPort=-1,IpRanges=[{CidrIp=10.%d.0.0/16}]'\n```\n",
	}
	for k, c := range cmds {
		fmt.Fprintf(&b, "## Step %d\n\nRun this from the bastion host, then check the console.\n\n", k+1)
		fmt.Fprintf(&b, c, i%10000, i%256)
		b.WriteString("\n")
	}
	b.WriteString("```python\nprint('not a shell')\n```\n\n")
	lines := strings.Count(b.String(), "\n")
	for ; lines < 100; lines++ {
		b.WriteString("More prose about what the rule is for and who to ask.\n")
	}
	return b.String()
}

// BenchmarkCheck1000Files: sgrules check on 1,000 runbooks of 100 lines
// (the issue asks for under a second).
func BenchmarkCheck1000Files(b *testing.B) {
	dir := b.TempDir()
	files := make([]string, 1000)
	for i := range files {
		files[i] = filepath.Join(dir, fmt.Sprintf("runbook-%04d.md", i))
		text := benchRunbook(i)
		if n := strings.Count(text, "\n"); n != 100 {
			b.Fatalf("a generated runbook has %d lines", n)
		}
		if err := os.WriteFile(files[i], []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	args := append([]string{"check"}, files...)
	b.ResetTimer()
	for range b.N {
		if code := run(&env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}, args); code != exitFindings {
			b.Fatalf("exit %d, want %d", code, exitFindings)
		}
	}
}
