package core

// This file names ICMP and ICMPv6 types and codes, for a Custom ICMP rule
// (docs/peers.md §1.1). A rule stores them as the console does
// (docs/ec2-semantics.md §2.2): FromPort is the type, ToPort the code, and -1
// means all; a type picked without a code is stored with code -1 ("Echo
// Request" is 8 / -1), and "All" is -1 / -1. The console's lists are not
// published, so the names are IANA's registries' ("ICMP Type Numbers",
// "ICMPv6 Parameters"), shortened where IANA's are sentences; numbers the
// lists leave out can still be typed.

// ICMPType is one ICMP or ICMPv6 message type.
type ICMPType struct {
	Type int64
	Name string
	// Codes are the type's named codes; none means the type has no codes
	// worth choosing (it is stored with code -1).
	Codes []ICMPCode
}

// ICMPCode is one code of an ICMPType.
type ICMPCode struct {
	Code int64
	Name string
}

// ICMPAll is the name of type -1 and of code -1: every type, or every code
// of one type.
const ICMPAll = "All"

var icmpV4Types = []ICMPType{
	{0, "Echo Reply", nil},
	{3, "Destination Unreachable", []ICMPCode{
		{0, "Net Unreachable"}, {1, "Host Unreachable"}, {2, "Protocol Unreachable"}, {3, "Port Unreachable"},
		{4, "Fragmentation Needed"}, {5, "Source Route Failed"}, {6, "Destination Network Unknown"},
		{7, "Destination Host Unknown"}, {8, "Source Host Isolated"}, {9, "Network Administratively Prohibited"},
		{10, "Host Administratively Prohibited"}, {11, "Network Unreachable for ToS"},
		{12, "Host Unreachable for ToS"}, {13, "Communication Administratively Prohibited"},
		{14, "Host Precedence Violation"}, {15, "Precedence Cutoff in Effect"}}},
	{4, "Source Quench", nil},
	{5, "Redirect", []ICMPCode{
		{0, "Redirect for Network"}, {1, "Redirect for Host"}, {2, "Redirect for ToS and Network"},
		{3, "Redirect for ToS and Host"}}},
	{6, "Alternate Host Address", nil},
	{8, "Echo Request", nil},
	{9, "Router Advertisement", nil},
	{10, "Router Solicitation", nil},
	{11, "Time Exceeded", []ICMPCode{{0, "Time to Live Exceeded in Transit"}, {1, "Fragment Reassembly Time Exceeded"}}},
	{12, "Parameter Problem", []ICMPCode{{0, "Pointer Indicates the Error"}, {1, "Missing a Required Option"}, {2, "Bad Length"}}},
	{13, "Timestamp", nil},
	{14, "Timestamp Reply", nil},
	{15, "Information Request", nil},
	{16, "Information Reply", nil},
	{17, "Address Mask Request", nil},
	{18, "Address Mask Reply", nil},
	{30, "Traceroute", nil},
	{40, "Photuris", nil},
}

var icmpV6Types = []ICMPType{
	{1, "Destination Unreachable", []ICMPCode{
		{0, "No Route to Destination"}, {1, "Administratively Prohibited"}, {2, "Beyond Scope of Source Address"},
		{3, "Address Unreachable"}, {4, "Port Unreachable"}, {5, "Source Address Failed Policy"},
		{6, "Reject Route to Destination"}}},
	{2, "Packet Too Big", nil},
	{3, "Time Exceeded", []ICMPCode{{0, "Hop Limit Exceeded in Transit"}, {1, "Fragment Reassembly Time Exceeded"}}},
	{4, "Parameter Problem", []ICMPCode{{0, "Erroneous Header Field"}, {1, "Unrecognized Next Header"}, {2, "Unrecognized IPv6 Option"}}},
	{128, "Echo Request", nil},
	{129, "Echo Reply", nil},
	{130, "Multicast Listener Query", nil},
	{131, "Multicast Listener Report", nil},
	{132, "Multicast Listener Done", nil},
	{133, "Router Solicitation", nil},
	{134, "Router Advertisement", nil},
	{135, "Neighbor Solicitation", nil},
	{136, "Neighbor Advertisement", nil},
	{137, "Redirect", nil},
	{138, "Router Renumbering", nil},
	{143, "Multicast Listener Report v2", nil},
}

// ICMPTypes lists the named types of ICMP (v6 false) or ICMPv6 (v6 true),
// in type order. Type -1 (ICMPAll) is not in the list.
func ICMPTypes(v6 bool) []ICMPType {
	if v6 {
		return icmpV6Types
	}
	return icmpV4Types
}

// ICMPTypeOf returns the named type typ of ICMP or ICMPv6.
func ICMPTypeOf(v6 bool, typ int64) (ICMPType, bool) {
	for _, t := range ICMPTypes(v6) {
		if t.Type == typ {
			return t, true
		}
	}
	return ICMPType{}, false
}

// ICMPName names a rule's type and code as stored: "All" for -1 / -1,
// "Echo Request" for 8 / -1, "Destination Unreachable › Port Unreachable"
// for 3 / 3, and "Destination Unreachable › All" for 3 / -1 when the type
// has codes. ok is false when the pair has no name (an unnamed type or
// code, or type -1 with a code, which EC2 refuses).
func ICMPName(v6 bool, typ, code int64) (name string, ok bool) {
	if typ == -1 {
		if code != -1 {
			return "", false
		}
		return ICMPAll, true
	}
	t, ok := ICMPTypeOf(v6, typ)
	if !ok {
		return "", false
	}
	if code == -1 {
		if len(t.Codes) > 0 {
			return t.Name + " › " + ICMPAll, true
		}
		return t.Name, true
	}
	for _, c := range t.Codes {
		if c.Code == code {
			return t.Name + " › " + c.Name, true
		}
	}
	return "", false
}
