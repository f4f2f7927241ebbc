package netaddr

import "strconv"

// The grammar this file reads, as net/netip reads it:
//
//	prefix  = addr "/" bits           ; bits: decimal, no sign, no leading zero
//	addr    = ipv4 | ipv6 [ "%" zone ]
//	ipv4    = dec "." dec "." dec "." dec   ; 0-255, no leading zero
//	ipv6    = groups of 1-4 hex digits separated by ":", at most one "::"
//	          standing for one or more zero groups, optionally ending in an
//	          ipv4 that fills the last two groups
//
// Which of ipv4 and ipv6 an address is, is decided by the first ".", ":" or
// "%" in it.

// Addr is an IPv4 or IPv6 address; an IPv4 address is held in the last four
// bytes. zone is the IPv6 zone ("" for none).
type Addr struct {
	b    [16]byte
	v6   bool
	zone string
}

// Prefix is an address and a prefix length.
type Prefix struct {
	addr Addr
	bits int
}

// BitLen is 32 for IPv4 and 128 for IPv6.
func (a Addr) BitLen() int {
	if a.v6 {
		return 128
	}
	return 32
}

// Is6 reports whether a is an IPv6 address (an IPv4-mapped one included).
func (a Addr) Is6() bool { return a.v6 }

// Zone is a's IPv6 zone, or "" when it has none.
func (a Addr) Zone() string { return a.zone }

// As16 is a's 16 bytes; an IPv4 address is in the last four.
func (a Addr) As16() [16]byte { return a.b }

// PrefixFrom is the prefix of a with length bits, as netip.PrefixFrom: a's
// zone is dropped. bits is not checked.
func PrefixFrom(a Addr, bits int) Prefix {
	a.zone = ""
	return Prefix{addr: a, bits: bits}
}

// Addr is p's address.
func (p Prefix) Addr() Addr { return p.addr }

// Bits is p's prefix length.
func (p Prefix) Bits() int { return p.bits }

// ParseAddr parses an address as netip.ParseAddr does; ok is false exactly
// when netip returns an error.
func ParseAddr(s string) (Addr, bool) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			return parseIPv4(s)
		case ':':
			return parseIPv6(s)
		case '%':
			return Addr{}, false // a zone without an address
		}
	}
	return Addr{}, false
}

// parseIPv4 reads four decimal fields of 0 to 255 without leading zeros.
func parseIPv4(s string) (Addr, bool) {
	var a Addr
	field, val, digits := 0, 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if digits == 1 && val == 0 {
				return Addr{}, false // leading zero
			}
			val = val*10 + int(c-'0')
			digits++
			if val > 255 {
				return Addr{}, false
			}
		case c == '.':
			if digits == 0 || field == 3 {
				return Addr{}, false
			}
			a.b[12+field] = byte(val)
			field++
			val, digits = 0, 0
		default:
			return Addr{}, false
		}
	}
	if field != 3 || digits == 0 {
		return Addr{}, false
	}
	a.b[15] = byte(val)
	return a, true
}

// parseIPv6 reads an IPv6 address with an optional zone.
func parseIPv6(in string) (Addr, bool) {
	s := in
	a := Addr{v6: true}
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			s, a.zone = s[:i], s[i+1:]
			if a.zone == "" {
				return Addr{}, false
			}
			break
		}
	}
	ellipsis := -1 // where "::" stands, in bytes of a.b
	if len(s) >= 2 && s[0] == ':' && s[1] == ':' {
		ellipsis = 0
		s = s[2:]
		if s == "" {
			return a, true
		}
	}
	i := 0
	for i < 16 {
		// One group of hex digits.
		off, acc := 0, uint32(0)
		for ; off < len(s); off++ {
			c := s[off]
			var d uint32
			switch {
			case c >= '0' && c <= '9':
				d = uint32(c - '0')
			case c >= 'a' && c <= 'f':
				d = uint32(c-'a') + 10
			case c >= 'A' && c <= 'F':
				d = uint32(c-'A') + 10
			default:
				goto end
			}
			if off > 3 {
				return Addr{}, false // more than four digits
			}
			acc = acc<<4 + d
		}
	end:
		if off == 0 {
			return Addr{}, false // no digits
		}
		if off < len(s) && s[off] == '.' {
			// An IPv4 address in the last 32 bits.
			if ellipsis < 0 && i != 12 || i+4 > 16 {
				return Addr{}, false
			}
			v4, ok := parseIPv4(s)
			if !ok {
				return Addr{}, false
			}
			copy(a.b[i:], v4.b[12:])
			i += 4
			s = ""
			break
		}
		a.b[i], a.b[i+1] = byte(acc>>8), byte(acc)
		i += 2
		s = s[off:]
		if s == "" {
			break
		}
		if s[0] != ':' || len(s) == 1 {
			return Addr{}, false
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis >= 0 {
				return Addr{}, false // a second "::"
			}
			ellipsis = i
			s = s[1:]
			if s == "" {
				break
			}
		}
	}
	if s != "" {
		return Addr{}, false // too long
	}
	if i < 16 {
		if ellipsis < 0 {
			return Addr{}, false // too short
		}
		n := 16 - i
		for j := i - 1; j >= ellipsis; j-- {
			a.b[j+n] = a.b[j]
		}
		for j := ellipsis + n - 1; j >= ellipsis; j-- {
			a.b[j] = 0
		}
	} else if ellipsis >= 0 {
		return Addr{}, false // "::" must stand for at least one group
	}
	return a, true
}

// ParsePrefix parses a CIDR as netip.ParsePrefix does: no zone, and a
// prefix length with neither sign nor leading zero.
func ParsePrefix(s string) (Prefix, bool) {
	slash := -1
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			slash = i
			break
		}
	}
	if slash < 0 {
		return Prefix{}, false
	}
	a, ok := ParseAddr(s[:slash])
	if !ok || a.zone != "" {
		return Prefix{}, false
	}
	bs := s[slash+1:]
	if bs == "" || len(bs) > 1 && (bs[0] < '1' || bs[0] > '9') || len(bs) > 3 {
		return Prefix{}, false
	}
	bits := 0
	for i := 0; i < len(bs); i++ {
		if bs[i] < '0' || bs[i] > '9' {
			return Prefix{}, false
		}
		bits = bits*10 + int(bs[i]-'0')
	}
	if bits > a.BitLen() {
		return Prefix{}, false
	}
	return Prefix{addr: a, bits: bits}, true
}

// Masked is p with the bits after its length zeroed.
func (p Prefix) Masked() Prefix {
	first := 16 - p.addr.BitLen()/8
	for i := first; i < 16; i++ {
		keep := p.bits - (i-first)*8
		switch {
		case keep <= 0:
			p.addr.b[i] = 0
		case keep < 8:
			p.addr.b[i] &= byte(0xff << (8 - keep))
		}
	}
	return p
}

// String prints p as netip.Prefix does.
func (p Prefix) String() string {
	return p.addr.String() + "/" + strconv.Itoa(p.bits)
}

// String prints a as netip.Addr does: dotted decimal, or RFC 5952 (the
// first longest run of two or more zero groups as "::", lower-case hex), an
// IPv4-mapped address with its IPv4 part dotted; then the zone.
func (a Addr) String() string {
	if !a.v6 {
		return ipv4String(a.b[12:])
	}
	b := make([]byte, 0, 46)
	if a.b == [16]byte{10: 0xff, 11: 0xff, 12: a.b[12], 13: a.b[13], 14: a.b[14], 15: a.b[15]} {
		b = append(b, "::ffff:"...)
		b = append(b, ipv4String(a.b[12:])...)
	} else {
		// The longest run of zero groups, at least two long.
		zStart, zEnd := -1, -1
		for i := 0; i < 8; i++ {
			j := i
			for j < 8 && a.b[2*j] == 0 && a.b[2*j+1] == 0 {
				j++
			}
			if j-i >= 2 && j-i > zEnd-zStart {
				zStart, zEnd = i, j
			}
			if j > i {
				i = j
			}
		}
		for i := 0; i < 8; i++ {
			if i == zStart {
				b = append(b, "::"...)
				i = zEnd - 1
				continue
			}
			if i > 0 && i != zEnd {
				b = append(b, ':')
			}
			b = strconv.AppendUint(b, uint64(a.b[2*i])<<8|uint64(a.b[2*i+1]), 16)
		}
	}
	if a.zone != "" {
		b = append(b, '%')
		b = append(b, a.zone...)
	}
	return string(b)
}

// ipv4String prints four bytes in dotted decimal.
func ipv4String(b []byte) string {
	out := make([]byte, 0, 15)
	for i, x := range b {
		if i > 0 {
			out = append(out, '.')
		}
		out = strconv.AppendUint(out, uint64(x), 10)
	}
	return string(out)
}
