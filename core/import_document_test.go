package core

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateImportGolden = flag.Bool("update-import-golden", false, "rewrite core/testdata/import_document/golden from the current output")

// importDocumentDir holds the documents TestImportDocument reads, and under
// golden/ what it read from each.
const importDocumentDir = "testdata/import_document"

// importDocumentPicks are the documents read with a pick other than 0.
var importDocumentPicks = map[string][]int{
	"describe_groups_two.json":    {0, 2, 7},
	"describe_groups_two.yaml":    {1},
	"describe_rules_example.json": {1},
}

// TestImportDocument pins what importDocument reads from every document in
// testdata/import_document: the Input (as its Input document), the pick and
// the choices, the problems and the notes, in one readable file per
// document and pick.
func TestImportDocument(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(importDocumentDir, "*.*"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		base := filepath.Base(p)
		picks := importDocumentPicks[base]
		if picks == nil {
			picks = []int{0}
		}
		for _, pick := range picks {
			name := base
			if pick != 0 {
				name += ".pick" + strconv.Itoa(pick)
			}
			t.Run(name, func(t *testing.T) {
				text, err := os.ReadFile(p)
				require.NoError(t, err)
				res, ok := importDocument(string(text), pick)
				require.True(t, ok, "read as a document")
				got := importGoldenText(res)
				file := filepath.Join(importDocumentDir, "golden", name+".txt")
				if *updateImportGolden {
					require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
					require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
					return
				}
				want, err := os.ReadFile(file)
				require.NoError(t, err, "run go test ./core -run TestImportDocument -update-import-golden")
				assert.Equal(t, string(want), got)
			})
		}
	}
}

// importGoldenText renders an ImportResult for a golden file.
func importGoldenText(res ImportResult) string {
	var b strings.Builder
	b.WriteString("Input: ")
	if res.Input == nil {
		b.WriteString("null\n")
	} else {
		b.Write(EncodeInput(*res.Input))
		b.WriteString("\n")
	}
	b.WriteString("Pick: " + strconv.Itoa(res.Pick) + "\n")
	for _, c := range res.Choices {
		b.WriteString("Choice: " + c.Label + " (line " + strconv.Itoa(c.Line) + ")\n")
	}
	for _, p := range res.Problems {
		b.WriteString("Problem: " + p.Severity + " " + p.Code + " [" + p.Path + "] " + p.Message + "\n")
	}
	for _, n := range res.Notes {
		b.WriteString("Note: (" + strconv.Itoa(n.Line) + ":" + strconv.Itoa(n.Column) + ") " + n.Message + "\n")
	}
	return b.String()
}

// TestImportDocumentNotADocument: text that is no JSON or YAML document is
// left to the command reader.
func TestImportDocumentNotADocument(t *testing.T) {
	for _, text := range []string{
		"",
		"   \n",
		"aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp --port 22 --cidr 0.0.0.0/0",
		"$ aws ec2 authorize-security-group-ingress --group-id sg-1 --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22'",
		"aws ec2 authorize-security-group-ingress --group-id sg-1 --description \"SSH: office\"",
		"PS C:\\> aws ec2 authorize-security-group-egress --group-id sg-1",
		"C:\\> aws ec2 authorize-security-group-egress --group-id sg-1",
		"IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8,Description=\"a: b\"}]",
		"IpProtocol=tcp,FromPort=22,ToPort=22 IpProtocol=udp,FromPort=53,ToPort=53",
		"sg-0123456789abcdef0",
		"# a comment\naws ec2 revoke-security-group-ingress --group-id sg-1",
		"'[{\"IpProtocol\": \"tcp\"}]'",
	} {
		res, ok := importDocument(text, 0)
		assert.False(t, ok, "%q read as a document: %+v", text, res)
	}
}
