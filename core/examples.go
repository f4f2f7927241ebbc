package core

// This file holds the examples a page offers: the ten of AWS's two reference
// pages (docs/seeds.md), with their published mistakes corrected and a note
// saying what AWS printed and why it is wrong, and a few everyday recipes.
// Each is kept as the text of its Input document (docs/contract.md) and
// decoded when asked for, so a page that never opens the menu pays only for
// the text, and the examples do not depend on the Go names of Input's fields.

// Example is one example Input with where it comes from.
type Example struct {
	// Name is stable: a page links to an example as #ex=<Name>.
	Name string
	// Title says what the example does.
	Title string
	// Source names the AWS page and example number, or "" for a recipe.
	Source string
	// Note says where AWS's published example is wrong and why, or what
	// to change before running it; "" when there is nothing to say.
	Note string
	// Form is the form (FormSugar, FormShorthand, ...) the example is
	// published in.
	Form string
	// doc is the Input document.
	doc string
}

// Input decodes the example's Input document. The documents are tested to
// decode without a problem (TestExamplesDecode), so none is returned.
func (e Example) Input() Input {
	in, _, _ := DecodeInput([]byte(e.doc))
	return in
}

// Document is the example's Input document, as GenerateJSON reads it.
func (e Example) Document() string { return e.doc }

// ExampleNamed returns the example called name.
func ExampleNamed(name string) (Example, bool) {
	for _, e := range Examples {
		if e.Name == name {
			return e, true
		}
	}
	return Example{}, false
}

const (
	exIngress     = `{"Command":"authorize-security-group-ingress","Input":{"GroupId":"sg-1234567890abcdef0","IpPermissions":[`
	exEgress      = `{"Command":"authorize-security-group-egress","Input":{"GroupId":"sg-1a2b3c4d","IpPermissions":[`
	exEnd         = `]}}`
	seedIngress   = "AWS CLI reference, authorize-security-group-ingress, example "
	seedEgress    = "AWS CLI reference, authorize-security-group-egress, example "
	noteTypeQuote = "AWS's page prints this example with typographic characters (an en dash in –group-id, curly quotes ” and ’): pasted as printed, the CLI refuses it. The command here uses -- and straight quotes."
)

// ExampleDefault is the example a page opens on: HTTPS from a documentation
// range (RFC 5737), so the first command a visitor sees is one that works and
// whose source is clearly a placeholder.
const ExampleDefault = "https-from-example-range"

// Examples are the seed examples, then the recipes.
var Examples = []Example{
	{Name: "ingress-ssh", Title: "Allow inbound SSH from an address range", Source: seedIngress + "1", Form: FormSugar,
		doc: exIngress + `{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"203.0.113.0/24"}]}` + exEnd},
	{Name: "ingress-http-from-group", Title: "Allow inbound HTTP from another security group", Source: seedIngress + "2", Form: FormSugar,
		doc: exIngress + `{"IpProtocol":"tcp","FromPort":80,"ToPort":80,"UserIdGroupPairs":[{"GroupId":"sg-1a2b3c4d"}]}` + exEnd},
	{Name: "ingress-multiple", Title: "Add RDP and ICMP rules in one call", Source: seedIngress + "3", Form: FormShorthand,
		Note: noteTypeQuote + ` Its output is wrong too: the second rule shows "IpProtocol": "tcp" with ports -1/-1, but the permission is IpProtocol=icmp,FromPort=-1,ToPort=-1, and EC2 returns "IpProtocol": "icmp" for it.`,
		doc:  exIngress + `{"IpProtocol":"tcp","FromPort":3389,"ToPort":3389,"IpRanges":[{"CidrIp":"172.31.0.0/16"}]},{"IpProtocol":"icmp","FromPort":-1,"ToPort":-1,"IpRanges":[{"CidrIp":"172.31.0.0/16"}]}` + exEnd},
	{Name: "ingress-icmp", Title: "Allow ICMP Destination Unreachable › Fragmentation Needed (type 3, code 4) from anywhere", Source: seedIngress + "4", Form: FormShorthand,
		Note: noteTypeQuote,
		doc:  exIngress + `{"IpProtocol":"icmp","FromPort":3,"ToPort":4,"IpRanges":[{"CidrIp":"0.0.0.0/0"}]}` + exEnd},
	{Name: "ingress-ipv6-ssh", Title: "Allow inbound SSH from an IPv6 range", Source: seedIngress + "5", Form: FormShorthand, Note: noteTypeQuote,
		doc: exIngress + `{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"Ipv6Ranges":[{"CidrIpv6":"2001:db8:1234:1a00::/64"}]}` + exEnd},
	{Name: "ingress-icmpv6", Title: "Allow all ICMPv6 from anywhere", Source: seedIngress + "6", Form: FormShorthand, Note: noteTypeQuote,
		doc: exIngress + `{"IpProtocol":"icmpv6","Ipv6Ranges":[{"CidrIpv6":"::/0"}]}` + exEnd},
	{Name: "ingress-description", Title: "Allow RDP with a description", Source: seedIngress + "7", Form: FormShorthand,
		Note: noteTypeQuote + ` Since January 2025 the page wraps the whole value in single quotes with single quotes inside (IpRanges='[{…Description='RDP access from NY office'}]'), which splits the argument in bash; the command here quotes it so the description arrives whole.`,
		doc:  exIngress + `{"IpProtocol":"tcp","FromPort":3389,"ToPort":3389,"IpRanges":[{"CidrIp":"203.0.113.0/24","Description":"RDP access from NY office"}]}` + exEnd},
	{Name: "ingress-prefix-list", Title: "Allow all traffic from a prefix list", Source: seedIngress + "8", Form: FormShorthand,
		Note: noteTypeQuote + ` Its output does not match its input: it shows GroupId sg-1234567890abcdef0 and PrefixListId pl-0721453c7ac4ec009, but the command names sg-04a351bfe432d4e71 and pl-002dc3ec097de1514, which is what EC2 returns. IpProtocol=all is the CLI's sugar word: EC2 stores -1, and whether the API itself takes "all" is unsettled, so write -1.`,
		doc:  `{"Command":"authorize-security-group-ingress","Input":{"GroupId":"sg-04a351bfe432d4e71","IpPermissions":[{"IpProtocol":"all","PrefixListIds":[{"PrefixListId":"pl-002dc3ec097de1514"}]}]}}`},
	{Name: "egress-to-range", Title: "Allow outbound HTTP to an address range", Source: seedEgress + "1", Form: FormShorthand,
		Note: "AWS's page shows no output for this example; the predicted answer here follows the same rules as ingress, with IsEgress true.",
		doc:  exEgress + `{"IpProtocol":"tcp","FromPort":80,"ToPort":80,"IpRanges":[{"CidrIp":"10.0.0.0/16"}]}` + exEnd},
	{Name: "egress-to-group", Title: "Allow outbound HTTP to another security group", Source: seedEgress + "2", Form: FormShorthand,
		Note: "AWS's page shows no output for this example; the predicted answer here follows the same rules as ingress, with IsEgress true.",
		doc:  exEgress + `{"IpProtocol":"tcp","FromPort":80,"ToPort":80,"UserIdGroupPairs":[{"GroupId":"sg-4b51a32f"}]}` + exEnd},

	{Name: ExampleDefault, Title: "HTTPS from an example range", Form: FormShorthand,
		Note: "203.0.113.0/24 is a documentation range (RFC 5737): put your own range there.",
		doc:  exIngress + `{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[{"CidrIp":"203.0.113.0/24","Description":"example range"}]}` + exEnd},
	{Name: "web-server", Title: "Web server: HTTP and HTTPS from anywhere, IPv4 and IPv6", Form: FormShorthand,
		doc: exIngress + `{"IpProtocol":"tcp","FromPort":80,"ToPort":80,"IpRanges":[{"CidrIp":"0.0.0.0/0"}],"Ipv6Ranges":[{"CidrIpv6":"::/0"}]},{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[{"CidrIp":"0.0.0.0/0"}],"Ipv6Ranges":[{"CidrIpv6":"::/0"}]}` + exEnd},
	{Name: "ssh-from-office", Title: "SSH from one office range", Form: FormShorthand,
		Note: "198.51.100.0/24 is a documentation range (RFC 5737): put your office's range there.",
		doc:  exIngress + `{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"198.51.100.0/24","Description":"Office"}]}` + exEnd},
	{Name: "database-from-app", Title: "Database port (PostgreSQL) from the app's security group", Form: FormShorthand,
		Note: "sg-0a1b2c3d4e5f67890 stands for your application servers' group: only instances in it reach the database.",
		doc:  exIngress + `{"IpProtocol":"tcp","FromPort":5432,"ToPort":5432,"UserIdGroupPairs":[{"GroupId":"sg-0a1b2c3d4e5f67890","Description":"app servers"}]}` + exEnd},
	{Name: "ping", Title: "Ping (Echo Request) from anywhere, IPv4 and IPv6", Form: FormShorthand,
		Note: "Echo Request is type 8 with code -1 (ICMPv6: 128 / -1), as the console stores it; FromPort=8,ToPort=8 would mean type 8 code 8, which is not ping.",
		doc:  exIngress + `{"IpProtocol":"icmp","FromPort":8,"ToPort":-1,"IpRanges":[{"CidrIp":"0.0.0.0/0"}]},{"IpProtocol":"icmpv6","FromPort":128,"ToPort":-1,"Ipv6Ranges":[{"CidrIpv6":"::/0"}]}` + exEnd},
	{Name: "all-from-self", Title: "All traffic between the group's own members", Form: FormShorthand,
		Note: "The source is the group itself: every instance in it may reach every other, as a default security group allows.",
		doc:  exIngress + `{"IpProtocol":"-1","UserIdGroupPairs":[{"GroupId":"sg-1234567890abcdef0","Description":"members of this group"}]}` + exEnd},
	{Name: "egress-to-prefix-list", Title: "Outbound HTTPS to a prefix list (e.g. an AWS service's)", Form: FormShorthand,
		Note: "pl-0123456789abcdef0 stands for a managed prefix list: look up the one you need with aws ec2 describe-managed-prefix-lists.",
		doc:  exEgress + `{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"PrefixListIds":[{"PrefixListId":"pl-0123456789abcdef0","Description":"HTTPS to the service"}]}` + exEnd},
}
