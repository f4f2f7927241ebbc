package core

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// importCase is one table entry: the words after "aws" (a word holding $NAME
// or ${NAME} carries it as an unknown part, as a shell reader reports a
// variable), and the files supplied.
type importCase struct {
	name  string
	argv  []string
	files map[string]string
}

var importCases = []importCase{
	{"sugar-basic", []string{"ec2", Ingress, "--group-id", "sg-1", "--protocol", "tcp", "--port", "22", "--cidr", "203.0.113.0/24"}, nil},
	{"sugar-icmp-port-8", []string{"ec2", Ingress, "--group-id", "sg-1", "--protocol", "icmp", "--port", "8", "--cidr", "10.0.0.0/8"}, nil},
	{"sugar-cidr-ipv6", []string{"ec2", Ingress, "--group-id", "sg-1", "--protocol", "58", "--port", "-1", "--cidr", "::/0"}, nil},
	{"sugar-icmpv6-refused", []string{"ec2", Ingress, "--group-id", "sg-1", "--protocol", "icmpv6", "--port", "-1", "--cidr", "::/0"}, nil},
	{"sugar-all", []string{"ec2", Egress, "--group-id", "sg-1", "--protocol", "all", "--port", "all", "--cidr", "0.0.0.0/0"}, nil},
	{"sugar-range", []string{"ec2", Ingress, "--group-id", "sg-1", "--protocol", "tcp", "--port", "22-25", "--source-group", "sg-2", "--group-owner", "123456789012"}, nil},
	{"sugar-leading-dash-name", []string{"ec2", Ingress, "--group-id", "sg-1", "--protocol", "tcp", "--port", "22", "--source-group=-web"}, nil},
	{"sugar-leading-dash-refused", []string{"ec2", Ingress, "--group-id", "sg-1", "--protocol", "tcp", "--port", "-1-0", "--source-group", "-web"}, nil},
	{"sugar-conflict", []string{"ec2", Ingress, "--group-id", "sg-1", "--source-group", "x", "--ip-permissions", "IpProtocol=tcp,FromPort=80,ToPort=80"}, nil},
	{"sugar-file", []string{"ec2", Ingress, "--group-id", "file://gid", "--protocol", "tcp", "--port", "file://port", "--cidr", "10.0.0.0/8"}, map[string]string{"port": "443"}},
	{"shorthand-two-rules", []string{"ec2", Ingress, "--group-id", "sg-1", "--ip-permissions",
		"IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8,Description=\"SSH, office\"}]",
		"IpProtocol=udp,FromPort=２２,ToPort=2_2,Ipv6Ranges={CidrIpv6=::/0}"}, nil},
	{"shorthand-syntax-error", []string{"ec2", Ingress, "--group-id", "sg-1", "--ip-permissions", "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8,Description=}]"}, nil},
	{"shorthand-int-errors", []string{"ec2", Ingress, "--group-id", "sg-1", "--ip-permissions", "IpProtocol=tcp,FromPort=abc,ToPort=[22],Foo=bar"}, nil},
	{"json-errors", []string{"ec2", Ingress, "--group-id", "sg-1", "--ip-permissions", `[{"IpProtocol":"tcp","FromPort":"22",}]`}, nil},
	{"json-types", []string{"ec2", Ingress, "--group-id", "sg-1", "--ip-permissions", `[{"IpProtocol":6,"FromPort":"22","ToPort":22.5}]`}, nil},
	{"tags", []string{"ec2", Ingress, "--group-id", "sg-1", "--protocol", "tcp", "--port", "22", "--cidr", "10.0.0.0/8",
		"--tag-specifications", "ResourceType=security-group-rule,Tags=[{Key=Name,Value=\"a,b\"},{Key=x,Value=\"\"}]"}, nil},
	{"variables", []string{"ec2", Ingress, "--group-id", "$SG_ID", "--protocol", "tcp", "--port", "$PORT", "--cidr", "${VPC_CIDR}"}, nil},
	{"variables-in-shorthand", []string{"ec2", Ingress, "--group-id", "sg-1", "--ip-permissions",
		"IpProtocol=tcp,FromPort=$P,ToPort=$P,IpRanges=[{CidrIp=${CIDR},Description=from-$WHO}]"}, nil},
	{"variables-in-json", []string{"ec2", Ingress, "--group-id", "sg-1", "--ip-permissions",
		`[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"$CIDR"}]}]`}, nil},
	{"cli-input-merge", []string{"ec2", Ingress, "--cli-input-json", `{"GroupId":"sg-doc","IpPermissions":[{"IpProtocol":"tcp","FromPort":"80"}],"DryRun":true}`,
		"--ip-permissions", "IpProtocol=udp,FromPort=53,ToPort=53", "--group-name", "web"}, nil},
	{"cli-input-file-missing", []string{"ec2", Egress, "--cli-input-json", "file://sg-rule.json"}, nil},
	{"cli-input-file", []string{"ec2", Egress, "--cli-input-json", "file://sg-rule.json"},
		map[string]string{"sg-rule.json": `{"GroupId":"sg-1","IpPermissions":[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]}`}},
	{"revoke", []string{"ec2", RevokeEgress, "--group-id", "sg-1", "--protocol", "tcp", "--port", "443", "--cidr", "0.0.0.0/0"}, nil},
	{"revoke-rule-ids", []string{"ec2", RevokeIngress, "--group-id", "sg-1", "--security-group-rule-ids", "sgr-1"}, nil},
	{"globals", []string{"--region", "eu-west-1", "ec2", "--output", "table", Ingress, "--group-id", "sg-1", "--no-cli-pager", "--debug",
		"--protocol", "tcp", "--port", "22", "--cidr", "10.0.0.0/8", "--query=SecurityGroupRules", "--cli-read-timeout", "5"}, nil},
	{"global-bad-choice", []string{"ec2", Ingress, "--group-id", "sg-1", "--output", "xml"}, nil},
	{"abbreviations", []string{"ec2", Ingress, "--group-i", "sg-1", "--proto", "tcp", "--por", "22", "--cid", "1.1.1.1/32"}, nil},
	{"unknown-options", []string{"ec2", Ingress, "--group-id", "sg-1", "--bogus", "x", "--cidr-ipv6", "::/0", "stray"}, nil},
	{"egress-required", []string{"ec2", Egress, "--protocol", "tcp", "--port", "22", "--cidr", "10.0.0.0/8"}, nil},
	{"egress-group-name", []string{"ec2", Egress, "--group-id", "sg-1", "--group-name", "x"}, nil},
	{"dry-run-last-wins", []string{"ec2", Ingress, "--group-id", "sg-1", "--dry-run", "--no-dry-run", "--dry-run=x"}, nil},
	{"legacy-flags", []string{"ec2", Ingress, "--group-id", "sg-1", "--ip-protocol", "tcp", "--from-port", "x", "--cidr-ip", "10.0.0.0/8"}, nil},
	{"seed-en-dashes", []string{"ec2", Ingress, "\u2013group-id", "sg-1234567890abcdef0", "\u2013ip-permissions",
		"IpProtocol=tcp,FromPort=3389,ToPort=3389,IpRanges=[{CidrIp=172.31.0.0/16}]", "IpProtocol=icmp,FromPort=-1,ToPort=-1,IpRanges=[{CidrIp=172.31.0.0/16}]",
		"\u2014dry-run", "\u2013 not-an-option", "\u2013description"}, nil},
	{"not-ec2", []string{"s3", "ls"}, nil},
	{"other-ec2-command", []string{"ec2", "describe-security-groups"}, nil},
}

// goldenImport is an import result as the golden files hold it: the words,
// then the result document, indented.
func goldenImport(t *testing.T, argv []string, res ImportResult) []byte {
	var doc any
	require.NoError(t, json.Unmarshal(encodeImportResult(res), &doc))
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(map[string]any{"Argv": argv, "Result": doc}))
	return b.Bytes()
}

// TestImportCommandGolden pins what the words of each case import as.
func TestImportCommandGolden(t *testing.T) {
	for _, c := range importCases {
		t.Run(c.name, func(t *testing.T) {
			args := argsOf(c.argv)
			for i := range args {
				args[i].Unknown = stubVariables(args[i].Text)
			}
			r := importCommand(args, c.files)
			got := goldenImport(t, c.argv, ImportResult{Input: r.input, Output: r.output, Problems: r.problems, Notes: r.notes})
			checkImportGolden(t, filepath.Join("testdata", "import", "golden", c.name+".json"), got)
		})
	}
}

func checkImportGolden(t *testing.T, file string, got []byte) {
	t.Helper()
	if *updateGolden {
		require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
		require.NoError(t, os.WriteFile(file, got, 0o644))
		return
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run go test ./core/ -run TestImport -update-golden")
	assert.Equal(t, string(want), string(got))
}

// TestImportJSON: the JSON twin reads its request, refuses what is not that
// object, and writes every key.
func TestImportJSON(t *testing.T) {
	out, err := ImportJSON([]byte(`{"Text": "aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp --port 22 --cidr 10.0.0.0/8\naws ec2 revoke-security-group-ingress --group-id sg-1 --protocol tcp --port 22 --cidr 10.0.0.0/8", "Shell": "", "Pick": 1, "Files": {}}`))
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(out, &doc))
	for _, k := range []string{"Input", "Shell", "Shells", "Output", "Problems", "Notes", "Choices", "Pick"} {
		assert.Contains(t, doc, k)
	}
	assert.Equal(t, float64(1), doc["Pick"])
	assert.Len(t, doc["Choices"], 2)
	assert.Equal(t, map[string]any{"Command": Ingress, "Input": map[string]any{"GroupId": "sg-1", "IpPermissions": []any{map[string]any{
		"IpProtocol": "tcp", "FromPort": float64(22), "ToPort": float64(22), "IpRanges": []any{map[string]any{"CidrIp": "10.0.0.0/8"}}}}}}, doc["Input"])

	out, err = ImportJSON([]byte(`{"Text": "hello"}`))
	require.NoError(t, err)
	assert.JSONEq(t, `{"Input": null, "Shell": "bash", "Shells": ["bash"], "Output": "", "Problems": [{"Path": "", "Severity": "error", "Code": "NoCommand",
		"Message": "no aws command found: paste an aws ec2 authorize-security-group-ingress|egress (or revoke-…) command, or a document"}], "Notes": [], "Choices": [], "Pick": 0}`, string(out))

	for _, bad := range []string{``, `[]`, `"x"`, `{}`, `{"Text": 1}`, `{"Text": "", "Pick": -1}`, `{"Text": "", "Pick": 1.5}`, `{"Text": "", "Files": {"a": 1}}`, `{"Text": "", "Bogus": 1}`} {
		_, err := ImportJSON([]byte(bad))
		assert.Error(t, err, bad)
	}
}

// stubVariables finds $NAME and ${NAME} spellings in w: the golden test of
// importCommand marks its argv's variables with it, as the paste reader would.
func stubVariables(w string) []string {
	var out []string
	for i := 0; i < len(w); i++ {
		if w[i] != '$' {
			continue
		}
		j := i + 1
		if j < len(w) && w[j] == '{' {
			if k := strings.IndexByte(w[j:], '}'); k > 0 {
				out = append(out, w[i:j+k+1])
				i = j + k
			}
			continue
		}
		for j < len(w) && (w[j] == '_' || w[j] >= 'a' && w[j] <= 'z' || w[j] >= 'A' && w[j] <= 'Z' || w[j] >= '0' && w[j] <= '9') {
			j++
		}
		if j > i+1 {
			out = append(out, w[i:j])
			i = j - 1
		}
	}
	return out
}

// TestImportBulletedCommand: a command in a Markdown list item (the seed
// page prints example 7 so) is a command, not a YAML sequence.
func TestImportBulletedCommand(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "import_shell", "seed-ingress-7.txt"))
	require.NoError(t, err)
	for _, pasted := range []string{string(text), "- /usr/bin/aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp --port 22 --cidr 10.0.0.0/8"} {
		res := Import(ImportRequest{Text: pasted})
		require.NotNil(t, res.Input, "%q: %v", pasted, res.Problems)
		assert.Equal(t, "bash", res.Shell)
		bullet := false
		for _, n := range res.Notes {
			bullet = bullet || strings.Contains(n.Message, "list bullet")
		}
		assert.True(t, bullet, "a note says the bullet was set aside: %v", res.Notes)
	}
	// A YAML sequence is still one.
	res := Import(ImportRequest{Text: "- IpProtocol: tcp\n  FromPort: 22\n  ToPort: 22\n"})
	assert.Equal(t, "", res.Shell)
}

// TestImportKeepsQuotedLines: a quoted string over several lines (an inline
// --cli-input-yaml value) is the string's text: its indentation and a "- "
// at a line's start are kept, not repaired as a paste's prompt or bullet.
func TestImportKeepsQuotedLines(t *testing.T) {
	text := "aws ec2 authorize-security-group-egress --cli-input-yaml 'GroupId: sg-1234567890abcdef0\nIpPermissions:\n- IpProtocol: tcp\n  FromPort: 5432\n  ToPort: 5432\n  UserIdGroupPairs:\n  - GroupId: sg-0fedcba9876543210\n    Description: \"to the database\"\n'\n"
	res := Import(ImportRequest{Text: text, Shell: ShellBash})
	require.NotNil(t, res.Input)
	assert.Empty(t, res.Problems)
	assert.Empty(t, res.Notes)
	perms := res.Input.Request.IpPermissions
	require.Len(t, perms, 1)
	require.Len(t, perms[0].UserIdGroupPairs, 1)
	assert.Equal(t, "to the database", *perms[0].UserIdGroupPairs[0].Description)
	// A prose line's apostrophe opens no string: the prompt after it is
	// still set aside.
	res = Import(ImportRequest{Text: "Here's the command:\n$ aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp --port 22 --cidr 10.0.0.0/8\n"})
	require.NotNil(t, res.Input, "%v", res.Problems)
}
