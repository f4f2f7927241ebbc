package core

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzImportDocument: importDocument and decodeCLIInput never panic, on
// any text; whatever Input they read encodes and generates.
func FuzzImportDocument(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(importDocumentDir, "*.*"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b), 0)
		}
	}
	f.Add(`{"SecurityGroups": [{"GroupId": "sg-1", "IpPermissions": [{"IpProtocol": "tcp"}], "IpPermissionsEgress": [{"IpProtocol": "-1"}]}]}`, 1)
	f.Add(`{"SecurityGroupRules": [{"GroupId": "sg-1", "IsEgress": true, "IpProtocol": "-1", "FromPort": -1, "ToPort": -1, "CidrIpv4": "0.0.0.0/0", "Tags": [{"Key": "a"}]}]}`, 0)
	f.Add("- IpProtocol: tcp\n  FromPort: 22\n", -1)
	f.Fuzz(func(t *testing.T, text string, pick int) {
		res, ok := importDocument(text, pick)
		if !ok && (res.Input != nil || len(res.Problems) > 0) {
			t.Fatalf("not a document, but read: %+v", res)
		}
		if res.Input != nil {
			EncodeInput(*res.Input)
			Generate(*res.Input)
		}
		if len(res.Choices) > 0 && (res.Pick < 0 || res.Pick >= len(res.Choices)) {
			t.Fatalf("pick %d of %d choices", res.Pick, len(res.Choices))
		}
		for _, yaml := range []bool{false, true} {
			for _, command := range []string{Ingress, Egress, RevokeIngress, RevokeEgress} {
				r, _, err := decodeCLIInput(text, yaml, command)
				if err == nil {
					cliInputJSON(command, r)
				}
			}
		}
	})
}
