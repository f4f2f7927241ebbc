package main

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
	"sgrules/tools/harness"
)

// intended is, for each bash command --fix rewrote in the corpus (by fixed
// file and line), the command and the --cli-input-json request its author
// meant, written here by hand from what the runbook says.
var intended = map[string]struct{ command, request string }{
	"runbook.md:8":  {core.Ingress, `{"GroupId":"sg-0a1b2c3d4e5f60001","IpPermissions":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[{"CidrIp":"203.0.113.0/24"}]}]}`},
	"runbook.md:18": {core.Ingress, `{"GroupId":"sg-0a1b2c3d4e5f60001","IpPermissions":[{"IpProtocol":"tcp","FromPort":8080,"ToPort":8080,"IpRanges":[{"CidrIp":"198.51.100.0/24"}]}]}`},
	"runbook.md:26": {core.Ingress, `{"GroupId":"sg-0a1b2c3d4e5f60001","IpPermissions":[{"IpProtocol":"tcp","FromPort":8443,"ToPort":8443,"IpRanges":[{"CidrIp":"192.0.2.0/24"}]}]}`},
	"runbook.md:97": {core.Ingress, `{"GroupId":"sg-0a1b2c3d4e5f60001","IpPermissions":[{"IpProtocol":"tcp","FromPort":9200,"ToPort":9300,"IpRanges":[{"CidrIp":"10.40.0.0/16"}]}]}`},
	"fixable.md:6":  {core.Ingress, `{"GroupId":"sg-0b0b0b0b0b0b00007","IpPermissions":[{"IpProtocol":"tcp","FromPort":6443,"ToPort":6443,"IpRanges":[{"CidrIp":"10.80.0.0/16"}]}]}`},
	"fixable.md:14": {core.Egress, `{"GroupId":"sg-0b0b0b0b0b0b00007","IpPermissions":[{"IpProtocol":"udp","FromPort":123,"ToPort":123,"IpRanges":[{"CidrIp":"10.81.0.0/16"}]}]}`},
	"deploy.sh:12":  {core.Ingress, `{"GroupId":"sg-0f0e0d0c0b0a00002","IpPermissions":[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"10.8.0.0/16"}]}]}`},
}

// TestCheckFixedBashCommandsRunInCLI: every bash command --fix wrote, run
// through real bash (a reader pastes it without its prompt) and the Debian
// CLI against a loopback endpoint, sends exactly the request the author
// meant, as the CLI sends it for that --cli-input-json.
func TestCheckFixedBashCommandsRunInCLI(t *testing.T) {
	harness.RequireOracle(t, "Debian's awscli (/usr/bin/aws)", harness.HaveAWS())
	harness.RequireOracle(t, "bash", harness.HaveBash())
	drv, err := harness.StartDriver()
	require.NoError(t, err)
	defer drv.Close()
	ep := harness.NewEndpoint()
	defer ep.Close()
	send := func(argv []string, dir string) ([][]string, harness.Outcome) {
		o, err := drv.Run(append(argv, "--endpoint-url", ep.URL()), dir)
		require.NoError(t, err)
		return ep.Take(), o
	}

	seen := map[string]bool{}
	for _, name := range []string{"runbook.md", "fixable.md", "deploy.sh"} {
		original, err := os.ReadFile(filepath.Join(corpusDir, name))
		require.NoError(t, err)
		fixed, err := os.ReadFile(filepath.Join("testdata/check/want", name+".fixed"))
		require.NoError(t, err)
		old := map[string]bool{}
		for _, b := range blocks(name, string(original), "") {
			for _, s := range spans(b) {
				old[s.text] = true
			}
		}
		for _, b := range blocks(name, string(fixed), "") {
			if b.shell != core.ShellBash {
				continue
			}
			for _, s := range spans(b) {
				if old[s.text] {
					continue // not rewritten
				}
				key := name + ":" + strconv.Itoa(s.line)
				want, ok := intended[key]
				if !assert.True(t, ok, "%s: a rewritten bash command without its intended request:\n%s", key, s.text) {
					continue
				}
				seen[key] = true
				text := s.text
				if i := awsWord(text); i > 0 {
					text = text[i:] // the prompt
				}
				dir := t.TempDir()
				argv, err := harness.BashArgv(text, dir)
				require.NoError(t, err, "%s:\n%s", key, text)
				got, gotOut := send(argv, dir)
				ref, refOut := send([]string{"ec2", want.command, "--cli-input-json", want.request}, dir)
				require.Len(t, ref, 1, "%s: the reference request was sent: %s", key, refOut.Stderr)
				assert.Equal(t, ref, got, "%s sends another request than meant:\n%s\nstderr: %s", key, text, gotOut.Stderr)
				assert.Equal(t, refOut.RC, gotOut.RC, key)
			}
		}
	}
	for key := range intended {
		assert.True(t, seen[key], "%s: no rewritten bash command there", key)
	}
}
