package netaddr

import (
	"net/netip"
	"testing"
)

// checkAgainstNetip holds ParseAddr and ParsePrefix to net/netip: the same
// acceptance, family, zone, bytes, masking and printing.
func checkAgainstNetip(t *testing.T, s string) {
	t.Helper()
	a, ok := ParseAddr(s)
	na, err := netip.ParseAddr(s)
	if ok != (err == nil) {
		t.Fatalf("ParseAddr(%q) ok=%v, netip: %v", s, ok, err)
	}
	if ok {
		if a.String() != na.String() || a.Is6() != na.Is6() || a.Zone() != na.Zone() {
			t.Fatalf("ParseAddr(%q) = %s (v6 %v zone %q), netip %s", s, a, a.Is6(), a.Zone(), na)
		}
		if a.Is6() && a.As16() != na.As16() || !a.Is6() && [4]byte(a.b[12:]) != na.As4() {
			t.Fatalf("ParseAddr(%q) bytes %v, netip %s", s, a.b, na)
		}
	}
	p, ok := ParsePrefix(s)
	np, err := netip.ParsePrefix(s)
	if ok != (err == nil) {
		t.Fatalf("ParsePrefix(%q) ok=%v, netip: %v", s, ok, err)
	}
	if ok {
		if p.String() != np.String() || p.Masked().String() != np.Masked().String() ||
			p.Bits() != np.Bits() || p.Addr().Is6() != np.Addr().Is6() || (p.Masked() == p) != (np.Masked() == np) {
			t.Fatalf("ParsePrefix(%q) = %s Masked %s, netip %s Masked %s", s, p, p.Masked(), np, np.Masked())
		}
	}
}

var cidrCorpus = []string{
	"", "/", "0.0.0.0/0", "10.0.0.0/8", "10.1.2.3/8", "255.255.255.255/32", "256.0.0.0/8", "1.2.3/24",
	"1.2.3.4.5/32", "01.2.3.4/32", "1.2.3.4/033", "1.2.3.4/+3", "1.2.3.4/-1", "1.2.3.4/33", "1.2.3.4/",
	"1.2.3.4", ".1.2.3/8", "1..2.3/8", "1.2.3./8", "1.2.3.4%eth0/32", "::/0", "::", "::1", "::1/128",
	"2001:db8::/32", "2001:DB8:0:0:0:0:0:1/64", "2001:db8:0:0:1:0:0:1/128", "2001:0db8:0000::/48",
	"fe80::1%eth0", "fe80::1%eth0/64", "fe80::1%", "::ffff:1.2.3.4", "::ffff:1.2.3.4/120", "::ffff:1.2.3.4/96",
	"::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9",
	"1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "12345::",
	"1:0:0:2:0:0:0:3", "0:0:1:0:0:1:0:0", "::ffff:0:0", "::ffff:0.0.0.0/96", "%eth0", "1.2.3.4/8/8",
	"2001:db8::/129", "2001:db8::/00", "2001:db8::/0", "a:b:c:d:e:f:1.2.3.4", "::ffff:01.2.3.4",
	"::.1.2.3", "1::.1.2.3", "::ffff:1.2.3.4%z", "::%z", ":::", "1:::2",
}

func TestCIDRMatchesNetip(t *testing.T) {
	for _, s := range cidrCorpus {
		checkAgainstNetip(t, s)
	}
}

// FuzzCIDRParse: this package parses and prints as net/netip on any text.
func FuzzCIDRParse(f *testing.F) {
	for _, s := range cidrCorpus {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkAgainstNetip(t, s)
	})
}
