package core

import "strconv"

// This file parses and prints IP addresses and CIDR prefixes exactly as Go's
// net/netip does (the tests hold it to that package), which is also how EC2
// reads and stores them: netip and the unique/weak machinery it brings would
// be a tenth of the page's WebAssembly for what fits in this file.
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

// ipAddr is an IPv4 or IPv6 address; an IPv4 address is held in the last four
// bytes. zone is the IPv6 zone ("" for none).
type ipAddr struct {
	b    [16]byte
	v6   bool
	zone string
}

// ipPrefix is an address and a prefix length.
type ipPrefix struct {
	addr ipAddr
	bits int
}

// bitLen is 32 for IPv4 and 128 for IPv6.
func (a ipAddr) bitLen() int {
	if a.v6 {
		return 128
	}
	return 32
}

// parseAddr parses an address as netip.ParseAddr does.
func parseAddr(s string) (ipAddr, bool) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			return parseIPv4(s)
		case ':':
			return parseIPv6(s)
		case '%':
			return ipAddr{}, false // a zone without an address
		}
	}
	return ipAddr{}, false
}

// parseIPv4 reads four decimal fields of 0 to 255 without leading zeros.
func parseIPv4(s string) (ipAddr, bool) {
	var a ipAddr
	field, val, digits := 0, 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if digits == 1 && val == 0 {
				return ipAddr{}, false // leading zero
			}
			val = val*10 + int(c-'0')
			digits++
			if val > 255 {
				return ipAddr{}, false
			}
		case c == '.':
			if digits == 0 || field == 3 {
				return ipAddr{}, false
			}
			a.b[12+field] = byte(val)
			field++
			val, digits = 0, 0
		default:
			return ipAddr{}, false
		}
	}
	if field != 3 || digits == 0 {
		return ipAddr{}, false
	}
	a.b[15] = byte(val)
	return a, true
}

// parseIPv6 reads an IPv6 address with an optional zone.
func parseIPv6(in string) (ipAddr, bool) {
	s := in
	a := ipAddr{v6: true}
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			s, a.zone = s[:i], s[i+1:]
			if a.zone == "" {
				return ipAddr{}, false
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
				return ipAddr{}, false // more than four digits
			}
			acc = acc<<4 + d
		}
	end:
		if off == 0 {
			return ipAddr{}, false // no digits
		}
		if off < len(s) && s[off] == '.' {
			// An IPv4 address in the last 32 bits.
			if ellipsis < 0 && i != 12 || i+4 > 16 {
				return ipAddr{}, false
			}
			v4, ok := parseIPv4(s)
			if !ok {
				return ipAddr{}, false
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
			return ipAddr{}, false
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis >= 0 {
				return ipAddr{}, false // a second "::"
			}
			ellipsis = i
			s = s[1:]
			if s == "" {
				break
			}
		}
	}
	if s != "" {
		return ipAddr{}, false // too long
	}
	if i < 16 {
		if ellipsis < 0 {
			return ipAddr{}, false // too short
		}
		n := 16 - i
		for j := i - 1; j >= ellipsis; j-- {
			a.b[j+n] = a.b[j]
		}
		for j := ellipsis + n - 1; j >= ellipsis; j-- {
			a.b[j] = 0
		}
	} else if ellipsis >= 0 {
		return ipAddr{}, false // "::" must stand for at least one group
	}
	return a, true
}

// parsePrefix parses a CIDR as netip.ParsePrefix does: no zone, and a
// prefix length with neither sign nor leading zero.
func parsePrefix(s string) (ipPrefix, bool) {
	slash := -1
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			slash = i
			break
		}
	}
	if slash < 0 {
		return ipPrefix{}, false
	}
	a, ok := parseAddr(s[:slash])
	if !ok || a.zone != "" {
		return ipPrefix{}, false
	}
	bs := s[slash+1:]
	if bs == "" || len(bs) > 1 && (bs[0] < '1' || bs[0] > '9') || len(bs) > 3 {
		return ipPrefix{}, false
	}
	bits := 0
	for i := 0; i < len(bs); i++ {
		if bs[i] < '0' || bs[i] > '9' {
			return ipPrefix{}, false
		}
		bits = bits*10 + int(bs[i]-'0')
	}
	if bits > a.bitLen() {
		return ipPrefix{}, false
	}
	return ipPrefix{addr: a, bits: bits}, true
}

// masked is p with the bits after its length zeroed.
func (p ipPrefix) masked() ipPrefix {
	first := 16 - p.addr.bitLen()/8
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
func (p ipPrefix) String() string {
	return p.addr.String() + "/" + strconv.Itoa(p.bits)
}

// String prints a as netip.Addr does: dotted decimal, or RFC 5952 (the
// first longest run of two or more zero groups as "::", lower-case hex), an
// IPv4-mapped address with its IPv4 part dotted; then the zone.
func (a ipAddr) String() string {
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
