package core

// This file holds the AWS console's rule types ("Type" in the console's
// "Edit inbound rules" editor, docs/peers.md §1.1): a name, the protocol and
// the ports the console fills in when the type is chosen. The page offers
// them and recognises them back from a rule's fields (PresetFor).

// factPresetElasticGraphicsPort is the port of the "Elastic Graphics" type.
// Sources disagree (docs/peers.md §1.1): the two clones that copy the console
// UI use 2007, one Go tool uses 20049. The console clones are the closer
// evidence, so 2007.
const factPresetElasticGraphicsPort = 2007

// factPresetLDAPPort is the port of the "LDAP" type: 389 in the console
// clones and in IANA's registry; one Terraform helper says 386 (docs/peers.md
// §1.1), which is no LDAP port at all.
const factPresetLDAPPort = 389

// PresetFields says which fields of a rule a preset leaves to the user.
type PresetFields uint8

const (
	// FieldsNone: the preset fixes protocol and ports.
	FieldsNone PresetFields = iota
	// FieldsPorts: the user enters the port range (Custom TCP/UDP).
	FieldsPorts
	// FieldsICMP: the user picks an ICMP or ICMPv6 type and code (Custom
	// ICMP - IPv4/IPv6).
	FieldsICMP
	// FieldsProtocol: the user enters a protocol number; EC2 ignores ports
	// for it (Custom protocol).
	FieldsProtocol
)

// Preset is one of the console's rule types.
type Preset struct {
	// Name is the console's name for the type, e.g. "SSH".
	Name string
	// Protocol is the IpProtocol the console sends: "tcp", "udp", "icmp",
	// "icmpv6" or "-1"; "" for Custom protocol, whose number the user enters.
	Protocol string
	// FromPort and ToPort are the ports (ICMP: type and code) the console
	// sends; for FieldsPorts and FieldsICMP they are the values a new rule
	// of this type starts with. NoPorts means the key is left out.
	FromPort, ToPort int64
	// Fields is what the user enters beyond choosing the preset.
	Fields PresetFields
}

// NoPorts as a Preset's FromPort and ToPort means the ports are left out of
// the request (All traffic, Custom protocol).
const NoPorts int64 = -2

// Names of the presets that PresetFor falls back to, for a page that needs
// to name them.
const (
	PresetCustomTCP      = "Custom TCP"
	PresetCustomUDP      = "Custom UDP"
	PresetCustomICMP     = "Custom ICMP - IPv4"
	PresetCustomICMPv6   = "Custom ICMP - IPv6"
	PresetCustomProtocol = "Custom protocol"
	PresetAllTraffic     = "All traffic"
)

// Presets are the console's 34 rule types in the console's order
// (docs/peers.md §1.1). A Custom TCP/UDP rule starts on port 8080 and a
// Custom ICMP one on Echo Request, so a new rule of any type is a valid one.
var Presets = []Preset{
	{PresetCustomTCP, "tcp", 8080, 8080, FieldsPorts},
	{PresetCustomUDP, "udp", 8080, 8080, FieldsPorts},
	{PresetCustomICMP, "icmp", 8, -1, FieldsICMP},
	{PresetCustomICMPv6, "icmpv6", 128, -1, FieldsICMP},
	{PresetCustomProtocol, "", NoPorts, NoPorts, FieldsProtocol},
	{"All TCP", "tcp", 0, 65535, FieldsNone},
	{"All UDP", "udp", 0, 65535, FieldsNone},
	{"All ICMP - IPv4", "icmp", -1, -1, FieldsNone},
	{"All ICMP - IPv6", "icmpv6", -1, -1, FieldsNone},
	{PresetAllTraffic, "-1", NoPorts, NoPorts, FieldsNone},
	{"SSH", "tcp", 22, 22, FieldsNone},
	{"SMTP", "tcp", 25, 25, FieldsNone},
	{"DNS (UDP)", "udp", 53, 53, FieldsNone},
	{"DNS (TCP)", "tcp", 53, 53, FieldsNone},
	{"HTTP", "tcp", 80, 80, FieldsNone},
	{"POP3", "tcp", 110, 110, FieldsNone},
	{"IMAP", "tcp", 143, 143, FieldsNone},
	{"LDAP", "tcp", factPresetLDAPPort, factPresetLDAPPort, FieldsNone},
	{"HTTPS", "tcp", 443, 443, FieldsNone},
	{"SMB", "tcp", 445, 445, FieldsNone},
	{"SMTPS", "tcp", 465, 465, FieldsNone},
	{"IMAPS", "tcp", 993, 993, FieldsNone},
	{"POP3S", "tcp", 995, 995, FieldsNone},
	{"MSSQL", "tcp", 1433, 1433, FieldsNone},
	{"NFS", "tcp", 2049, 2049, FieldsNone},
	{"MYSQL/Aurora", "tcp", 3306, 3306, FieldsNone},
	{"RDP", "tcp", 3389, 3389, FieldsNone},
	{"Redshift", "tcp", 5439, 5439, FieldsNone},
	{"PostgreSQL", "tcp", 5432, 5432, FieldsNone},
	{"Oracle-RDS", "tcp", 1521, 1521, FieldsNone},
	{"WinRM-HTTP", "tcp", 5985, 5985, FieldsNone},
	{"WinRM-HTTPS", "tcp", 5986, 5986, FieldsNone},
	{"Elastic Graphics", "tcp", factPresetElasticGraphicsPort, factPresetElasticGraphicsPort, FieldsNone},
	{"CQLSH / Cassandra", "tcp", 9042, 9042, FieldsNone},
}

// PresetNamed returns the preset called name.
func PresetNamed(name string) (Preset, bool) {
	for _, p := range Presets {
		if p.Name == name {
			return p, true
		}
	}
	return Preset{}, false
}

// PresetFor recognises the preset a rule's fields make: the named type whose
// protocol and ports are exactly these ("tcp" 22–22 is "SSH"), else the
// Custom type of the protocol. Only the lower-case names the console sends
// are recognised: a rule that spells its protocol "6" or "TCP" is a Custom
// protocol rule, so the page keeps showing what was typed. Ports that a
// fixed type leaves out must be absent ("-1" with ports is Custom protocol,
// not All traffic), so no field of the rule is hidden. ok is false when
// protocol is empty.
func PresetFor(protocol string, from, to *int64) (p Preset, ok bool) {
	if protocol == "" {
		return Preset{}, false
	}
	for _, p := range Presets {
		if p.Fields == FieldsNone && p.Protocol == protocol && portIs(from, p.FromPort) && portIs(to, p.ToPort) {
			return p, true
		}
	}
	// icmpv6 without ports allows every type and code (docs/ec2-semantics.md
	// §2.2), as All ICMP - IPv6 does.
	if protocol == "icmpv6" && from == nil && to == nil {
		return PresetNamed("All ICMP - IPv6")
	}
	return CustomPreset(protocol), true
}

// CustomPreset is the Custom type of a protocol: Custom TCP for "tcp", Custom
// UDP, Custom ICMP - IPv4 or - IPv6, and Custom protocol for anything else.
func CustomPreset(protocol string) Preset {
	name := map[string]string{"tcp": PresetCustomTCP, "udp": PresetCustomUDP, "icmp": PresetCustomICMP,
		"icmpv6": PresetCustomICMPv6}[protocol]
	if name == "" {
		name = PresetCustomProtocol
	}
	p, _ := PresetNamed(name)
	return p
}

// portIs reports whether a rule's port is the preset's value (NoPorts:
// absent).
func portIs(port *int64, want int64) bool {
	if want == NoPorts {
		return port == nil
	}
	return port != nil && *port == want
}
