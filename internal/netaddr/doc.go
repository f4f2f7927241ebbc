// Package netaddr parses and prints IP addresses and CIDR prefixes exactly as
// Go's net/netip does, which is also how EC2 reads and stores them
// (docs/ec2-semantics.md §3.2). It exists because net/netip, with the
// unique/weak machinery it brings, would be a tenth of the page's
// WebAssembly for what fits in one file. FuzzCIDRParse holds ParseAddr,
// ParsePrefix, Masked and String to net/netip on any text.
//
// Sources: the net/netip package documentation and source (ParseAddr,
// ParsePrefix, Prefix.Masked, Addr.String), and RFC 5952 for the printed
// IPv6 form.
package netaddr
