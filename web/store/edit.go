package store

import (
	"slices"

	"sgrules/core"
)

// This file holds the actions of the console-like editor: rule types
// (core.Presets), ICMP types by name, duplicating and moving rules, quick
// sources, a source's kind, examples and the link notice.

// keepsExample marks an Action after which the form still holds the example
// it was loaded with (Store.Example).
type keepsExample interface{ keepsExample() }

func (SetShell) keepsExample()      {}
func (SetForm) keepsExample()       {}
func (SetTab) keepsExample()        {}
func (SetCopied) keepsExample()     {}
func (Started) keepsExample()       {}
func (LoadExample) keepsExample()   {}
func (DismissNotice) keepsExample() {}

// PresetOf is the rule type rule i shows: the Custom type the user chose
// while the rule's protocol is still that type's, else the type
// core.PresetFor recognises in its fields. ok is false for a rule with no
// protocol, or no such rule.
func (s *Store) PresetOf(i int) (p core.Preset, ok bool) {
	if i < 0 || i >= len(s.Input.Request.IpPermissions) || i >= len(s.Rules) {
		return core.Preset{}, false
	}
	r, m := s.Input.Request.IpPermissions[i], s.Rules[i]
	if m.CustomProtocol || (r.IpProtocol != nil && !slices.Contains(NamedProtocols, *r.IpProtocol)) {
		return core.PresetNamed(core.PresetCustomProtocol)
	}
	if r.IpProtocol == nil {
		return core.Preset{}, false
	}
	if p, ok := core.PresetNamed(m.Preset); ok && p.Protocol == *r.IpProtocol {
		return p, true
	}
	// Ports typed as text that is not a number are not in the Input: the
	// rule is a Custom one, whose port fields show the text.
	from, to := r.FromPort, r.ToPort
	if m.FromText != nil && from == nil || m.ToText != nil && to == nil {
		return core.CustomPreset(*r.IpProtocol), true
	}
	return core.PresetFor(*r.IpProtocol, from, to)
}

// SetPreset gives rule Rule the type Name (a core.Preset): its protocol and
// ports. A Custom TCP/UDP type keeps the rule's port range, a Custom ICMP
// type the rule's type and code when the protocol stays; otherwise the
// type's own values are filled in, so the rule stays a valid one.
type SetPreset struct {
	Rule int
	Name string
}

func (a SetPreset) apply(s *Store) bool {
	pr, ok := core.PresetNamed(a.Name)
	if !ok {
		return false
	}
	p, m := s.rule(a.Rule)
	if p == nil {
		return false
	}
	proto := ""
	if p.IpProtocol != nil {
		proto = *p.IpProtocol
	}
	m.Preset, m.CustomProtocol = "", false
	switch pr.Fields {
	case core.FieldsProtocol:
		m.Preset, m.CustomProtocol = pr.Name, true
		if slices.Contains(NamedProtocols, proto) {
			p.IpProtocol = nil
		}
		p.FromPort, p.ToPort, m.FromText, m.ToText = nil, nil, nil, nil
		return true
	case core.FieldsPorts:
		m.Preset = pr.Name
		if (proto == "tcp" || proto == "udp") && p.FromPort != nil && p.ToPort != nil {
			p.IpProtocol = core.Str(pr.Protocol)
			return true
		}
	case core.FieldsICMP:
		m.Preset = pr.Name
		if proto == pr.Protocol && p.FromPort != nil && p.ToPort != nil {
			return true
		}
	}
	p.IpProtocol = core.Str(pr.Protocol)
	p.FromPort, p.ToPort, m.FromText, m.ToText = nil, nil, nil, nil
	if pr.FromPort != core.NoPorts {
		p.FromPort, p.ToPort = core.Int(pr.FromPort), core.Int(pr.ToPort)
	}
	return true
}

// SetICMP sets an ICMP rule's type and code (-1: all).
type SetICMP struct {
	Rule       int
	Type, Code int64
}

func (a SetICMP) apply(s *Store) bool {
	p, m := s.rule(a.Rule)
	if p == nil {
		return false
	}
	p.FromPort, p.ToPort, m.FromText, m.ToText = core.Int(a.Type), core.Int(a.Code), nil, nil
	return true
}

// DuplicateRule inserts a copy of rule Rule after it.
type DuplicateRule struct{ Rule int }

func (a DuplicateRule) apply(s *Store) bool {
	perms := s.Input.Request.IpPermissions
	if a.Rule < 0 || a.Rule >= len(perms) || a.Rule >= len(s.Rules) {
		return false
	}
	// Plain appends rather than slices.Insert and slices.Clone: each of
	// their instances costs the page's WebAssembly ~3 KB.
	p := perms[a.Rule]
	if p.IpRanges != nil {
		p.IpRanges = append([]core.IpRange{}, p.IpRanges...)
	}
	if p.Ipv6Ranges != nil {
		p.Ipv6Ranges = append([]core.Ipv6Range{}, p.Ipv6Ranges...)
	}
	if p.PrefixListIds != nil {
		p.PrefixListIds = append([]core.PrefixListId{}, p.PrefixListIds...)
	}
	if p.UserIdGroupPairs != nil {
		p.UserIdGroupPairs = append([]core.UserIdGroupPair{}, p.UserIdGroupPairs...)
	}
	m := s.Rules[a.Rule]
	m.ID, m.Version = s.newRule().ID, 1
	at := a.Rule + 1
	perms = append(perms, core.IpPermission{})
	copy(perms[at+1:], perms[at:])
	perms[at] = p
	s.Input.Request.IpPermissions = perms
	s.Rules = append(s.Rules, RuleMeta{})
	copy(s.Rules[at+1:], s.Rules[at:])
	s.Rules[at] = m
	return true
}

// MoveRule moves rule Rule one place up (By -1) or down (By 1). EC2 keeps
// the request's order in its answer, so the order is the user's to choose.
type MoveRule struct{ Rule, By int }

func (a MoveRule) apply(s *Store) bool {
	perms := s.Input.Request.IpPermissions
	j := a.Rule + a.By
	if a.By != -1 && a.By != 1 || a.Rule < 0 || a.Rule >= len(perms) || j < 0 || j >= len(perms) || len(s.Rules) != len(perms) {
		return false
	}
	perms[a.Rule], perms[j] = perms[j], perms[a.Rule]
	s.Rules[a.Rule], s.Rules[j] = s.Rules[j], s.Rules[a.Rule]
	s.Rules[a.Rule].Version++
	s.Rules[j].Version++
	return true
}

// Quick sources (QuickSource.Which), as the console's source choices
// (docs/peers.md §1.2). There is no "My IP": it would need a request to a
// third party, and the page makes none.
const (
	QuickAnywhereIPv4 = "anywhere-ipv4" // 0.0.0.0/0
	QuickAnywhereIPv6 = "anywhere-ipv6" // ::/0
	QuickIPv6Twin     = "ipv6-twin"     // ::/0 beside each 0.0.0.0/0, same description
)

// QuickSource adds a ready-made source to rule Rule: it fills the first
// empty source of its kind, or appends one.
type QuickSource struct {
	Rule  int
	Which string
}

func (a QuickSource) apply(s *Store) bool {
	p, _ := s.rule(a.Rule)
	if p == nil {
		return false
	}
	switch a.Which {
	case QuickAnywhereIPv4:
		for i := range p.IpRanges {
			if p.IpRanges[i].CidrIp == nil {
				p.IpRanges[i].CidrIp = core.Str("0.0.0.0/0")
				return true
			}
		}
		p.IpRanges = append(p.IpRanges, core.IpRange{CidrIp: core.Str("0.0.0.0/0")})
	case QuickAnywhereIPv6:
		for i := range p.Ipv6Ranges {
			if p.Ipv6Ranges[i].CidrIpv6 == nil {
				p.Ipv6Ranges[i].CidrIpv6 = core.Str("::/0")
				return true
			}
		}
		p.Ipv6Ranges = append(p.Ipv6Ranges, core.Ipv6Range{CidrIpv6: core.Str("::/0")})
	case QuickIPv6Twin:
		if !NeedsIPv6Twin(*p) {
			return false
		}
		for _, r := range p.IpRanges {
			if r.CidrIp != nil && *r.CidrIp == "0.0.0.0/0" {
				p.Ipv6Ranges = append(p.Ipv6Ranges, core.Ipv6Range{CidrIpv6: core.Str("::/0"), Description: r.Description})
				break
			}
		}
	default:
		return false
	}
	return true
}

// NeedsIPv6Twin reports whether a rule allows IPv4 from anywhere but not
// IPv6 from anywhere: what the console's tutorials add a second row for.
func NeedsIPv6Twin(p core.IpPermission) bool {
	v4 := false
	for _, r := range p.IpRanges {
		v4 = v4 || r.CidrIp != nil && *r.CidrIp == "0.0.0.0/0"
	}
	for _, r := range p.Ipv6Ranges {
		if r.CidrIpv6 != nil && *r.CidrIpv6 == "::/0" {
			return false
		}
	}
	return v4
}

// SourceCount is how many sources of kind a rule has.
func SourceCount(p core.IpPermission, kind core.SourceKind) int {
	if !kind.IsValid() {
		return 0
	}
	return kind.Len(&p)
}

// AddressField names the member of source kind k that says where the
// traffic comes from (or goes to), or "" for an invalid k. It is a switch
// rather than a map, so that the page does not build a map when it starts.
func AddressField(k core.SourceKind) string {
	switch k {
	case core.KindIPv4:
		return "CidrIp"
	case core.KindIPv6:
		return "CidrIpv6"
	case core.KindPrefixList:
		return "PrefixListId"
	case core.KindSecurityGroup:
		return "GroupId"
	}
	return ""
}

// SetSourceKind moves source Index of Kind in rule Rule to the list of kind
// To, with its address and description: the user picked the wrong kind. It
// goes last in its new list.
type SetSourceKind struct {
	Rule  int
	Kind  core.SourceKind
	Index int
	To    core.SourceKind
}

func (a SetSourceKind) apply(s *Store) bool {
	if a.Rule < 0 || a.Rule >= len(s.Input.Request.IpPermissions) || a.Kind == a.To || !a.Kind.IsValid() || AddressField(a.To) == "" {
		return false
	}
	p := &s.Input.Request.IpPermissions[a.Rule]
	addr, desc := a.Kind.Field(p, a.Index, AddressField(a.Kind)), a.Kind.Field(p, a.Index, "Description")
	if addr == nil || desc == nil {
		return false
	}
	av, dv := *addr, *desc
	RemoveSource{Rule: a.Rule, Kind: a.Kind, Index: a.Index}.apply(s)
	AddSource{Rule: a.Rule, Kind: a.To}.apply(s)
	n := SourceCount(*p, a.To)
	*a.To.Field(p, n-1, AddressField(a.To)) = av
	*a.To.Field(p, n-1, "Description") = dv
	return true
}

// LoadExample loads the core.Example called Name into the form.
type LoadExample struct{ Name string }

func (a LoadExample) apply(s *Store) bool {
	e, ok := core.ExampleNamed(a.Name)
	if !ok {
		return false
	}
	s.keep("the example", false)
	s.load(e.Input())
	s.Example, s.Notice = e.Name, ""
	return true
}

// ShowNotice shows a notice about a link (a fragment typed into the
// address that could not be read).
type ShowNotice struct{ Text string }

func (ShowNotice) linkNeutral()  {}
func (ShowNotice) keepsExample() {}

func (a ShowNotice) apply(s *Store) bool { s.Notice = a.Text; return false }

// DismissNotice hides the link notice.
type DismissNotice struct{}

func (DismissNotice) linkNeutral() {}

func (DismissNotice) apply(s *Store) bool { s.Notice = ""; return false }
