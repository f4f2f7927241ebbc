package core

import (
	"sgrules/internal/pyjson"

	"strings"
	"testing"
)

// FuzzImport: Import never panics, on any bytes in any shell, and its JSON
// twin always answers a well-formed request with a result document.
func FuzzImport(f *testing.F) {
	for _, s := range []string{
		"aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp --port 22 --cidr 10.0.0.0/8",
		"aws ec2 revoke-security-group-egress --group-id $SG --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=${CIDR}}]",
		"aws --region x ec2 authorize-security-group-egress --ip-permissions [{\"IpProtocol\":\"tcp\"}] --cli-input-json {}",
		"aws ec2 authorize-security-group-ingress --port=-1-0 --source-group=-x --ip-p --cid --output=xml --",
		"aws ec2 authorize-security-group-ingress --cli-input-json file://x.json --tag-specifications file://t",
		"aws ec2 authorize-security-group-ingress \\\n --ip-permissions 'a=[{b=\"\\\\\",c=}]'\naws ec2 x",
	} {
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, text, shell string) {
		res := Import(ImportRequest{Text: text, Shell: shell, Pick: len(text) % 3, Files: map[string]string{"x.json": text}})
		if res.Pick < 0 || len(res.Choices) > 0 && res.Pick >= len(res.Choices) {
			t.Fatalf("Pick %d of %d choices", res.Pick, len(res.Choices))
		}
		req := `{"Text": "` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`, "\r", `\r`).Replace(text) + `"}`
		if out, err := ImportJSON([]byte(req)); err == nil {
			if _, err := pyjson.Parse(out); err != nil {
				t.Fatalf("ImportJSON wrote no JSON: %v\n%s", err, out)
			}
		}
	})
}
