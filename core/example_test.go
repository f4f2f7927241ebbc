package core_test

import (
	"encoding/json"
	"fmt"

	"sgrules/core"
)

// GenerateJSON takes the Input document and returns the Result document
// (docs/contract.md). This example prints three of the Result's members: the
// problems, one of the commands and the predicted answer as --output text
// prints it.
func ExampleGenerateJSON() {
	input := `{
	  "Command": "authorize-security-group-ingress",
	  "Input": {
	    "GroupId": "sg-1234567890abcdef0",
	    "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
	      "IpRanges": [{"CidrIp": "203.0.113.0/24", "Description": "SSH from office"}]}]
	  }
	}`
	out, err := core.GenerateJSON([]byte(input))
	if err != nil {
		fmt.Println(err)
		return
	}
	var result struct {
		Problems []core.Problem
		Commands []core.Command
		Output   map[string]string
	}
	if err := json.Unmarshal(out, &result); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("problems:", len(result.Problems))
	for _, c := range result.Commands {
		if c.Command == core.Ingress && c.Shell == core.ShellBash && c.Form == core.FormShorthand {
			fmt.Println(c.Text)
		}
	}
	fmt.Print(result.Output[core.OutputText])
	// Output:
	// problems: 0
	// aws ec2 authorize-security-group-ingress \
	//     --group-id sg-1234567890abcdef0 \
	//     --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description=SSH from office}]'
	// True
	// SECURITYGROUPRULES	203.0.113.0/24	SSH from office	22	sg-1234567890abcdef0	123456789012	tcp	False	sgr-593b21ba407e90ce9	22
}

// Generate is GenerateJSON on Go values. This example asks for an egress
// rule whose IPv4 destination has host bits set (a warning) and which the
// sugar flags cannot express (it has an IPv6 destination too), and prints
// the warning, why sugar is unavailable, the PowerShell 7.3+ command in the
// --ip-permissions JSON form and how many rules EC2 creates.
func ExampleGenerate() {
	in := core.Input{
		Command: core.Egress,
		Request: core.Request{
			GroupId: core.Str("sg-1234567890abcdef0"),
			IpPermissions: []core.IpPermission{{
				IpProtocol: core.Str("tcp"), FromPort: core.Int(443), ToPort: core.Int(443),
				IpRanges:   []core.IpRange{{CidrIp: core.Str("10.0.0.5/8")}},
				Ipv6Ranges: []core.Ipv6Range{{CidrIpv6: core.Str("::/0")}},
			}},
		},
	}
	r := core.Generate(in)
	for _, p := range r.Problems {
		fmt.Println(p.Severity, p.Path+":", p.Message)
	}
	for _, u := range r.Unavailable {
		if u.Form == core.FormSugar && (u.Command == "" || u.Command == core.Egress) {
			fmt.Println("sugar:", u.Reason)
		}
	}
	for _, c := range r.Commands {
		if c.Command == core.Egress && c.Shell == core.ShellPowerShell && c.Form == core.FormJSON {
			fmt.Println(c.Text)
		}
	}
	fmt.Println("rules:", len(r.Response.SecurityGroupRules))
	// Output:
	// warning IpPermissions[0].IpRanges[0].CidrIp: 10.0.0.5/8 has host bits set; EC2 zeroes them and stores 10.0.0.0/8 (a later 10.0.0.5/8 is then a duplicate of this rule)
	// sugar: --cidr takes one IPv4 range; this permission has an IPv6 range
	// aws ec2 authorize-security-group-egress `
	//     --group-id sg-1234567890abcdef0 `
	//     --ip-permissions '[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[{"CidrIp":"10.0.0.5/8"}],"Ipv6Ranges":[{"CidrIpv6":"::/0"}]}]'
	// rules: 2
}

// ImportJSON reads a pasted command back into an Input document. This
// example pastes example 7 of AWS's ingress reference page as it was
// published — an en dash and typographic quotes — and prints the notes, then
// the Input as PowerShell 5.1's command spells it.
func ExampleImportJSON() {
	pasted := "aws ec2 authorize-security-group-ingress \\\n" +
		"    \u2013group-id sg-1234567890abcdef0 \\\n" +
		"    --ip-permissions IpProtocol=tcp,FromPort=3389,ToPort=3389,IpRanges=\"[{CidrIp=203.0.113.0/24,Description=\u2019RDP access from NY office\u2019}]\"\n"
	req, _ := json.Marshal(map[string]string{"Text": pasted})
	out, err := core.ImportJSON(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	var result struct {
		Input json.RawMessage
		Shell string
		Notes []struct {
			Message      string
			Line, Column int
		}
	}
	if err := json.Unmarshal(out, &result); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("read as", result.Shell)
	for _, n := range result.Notes {
		fmt.Printf("%d:%d: %s\n", n.Line, n.Column, n.Message)
	}
	in, _, _ := core.DecodeInput(result.Input)
	for _, c := range core.GenerateOnly(in, core.Only{Shells: []string{core.ShellPowerShell5}, Forms: []string{core.FormShorthand}, Outputs: []string{}}).Commands {
		if c.Command == core.Ingress {
			fmt.Println(c.Text)
		}
	}
	// Output:
	// read as bash
	// 2:5: –group-id is printed with an en dash (U+2013) where -- was meant: read as --group-id; the CLI would reject the text as printed
	// 3:109: ’ is a typographic quote where ' was meant: read as '; as printed, the shell would pass it on as part of the value
	// 3:135: ’ is a typographic quote where ' was meant: read as '; as printed, the shell would pass it on as part of the value
	// aws ec2 authorize-security-group-ingress `
	//     --group-id sg-1234567890abcdef0 `
	//     --ip-permissions 'IpProtocol=tcp,FromPort=3389,ToPort=3389,IpRanges=[{CidrIp=203.0.113.0/24,Description=RDP access from NY office}]'
}
