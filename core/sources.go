package core

import "strconv"

// This file is the one table of the four source lists of an IpPermission
// (destinations, for egress). Every place that walks the lists — the decoder,
// the JSON, YAML and shorthand writers, validation, prediction and the page —
// goes through it, so a kind cannot be forgotten in one of them, and a kind
// is a typed constant rather than a string a typo would silently skip.

// SourceKind is one of the four lists of sources an IpPermission holds.
type SourceKind int

// The source kinds, one per list of IpPermission.
const (
	KindIPv4          SourceKind = iota // IpRanges
	KindIPv6                            // Ipv6Ranges
	KindPrefixList                      // PrefixListIds
	KindSecurityGroup                   // UserIdGroupPairs
)

// SourceKinds lists the kinds in the order of the API's model, which is the
// order of IpPermission's fields: the order in which the CLI's skeleton, the
// JSON and YAML files, shorthand and the page list them. EC2 returns their
// rules in another order (facts.go factSourceOrder).
var SourceKinds = [...]SourceKind{KindIPv4, KindIPv6, KindPrefixList, KindSecurityGroup}

// sourceKind is what the table knows of one kind.
type sourceKind struct {
	// key is the member of IpPermission holding the list, as the API (and
	// so every document) spells it.
	key string
	// members are the members of one source, all strings, in the model's
	// (alphabetical) order: the order of botocore's "must be one of" list
	// and of the JSON and YAML files.
	members []string
	// shorthand is the order of members (indexes into members) in which
	// AWS's docs, and so the shorthand writer, spell a source.
	shorthand []int
}

// The methods below reach one kind's list inside an IpPermission. They are
// plain switches over the four lists, rather than a generic type behind an
// interface, because the page's linker keeps every method of every
// instantiation of such a type, and the page's size is budgeted.

// present reports whether the list of kind k is there (non-nil), even empty.
func (k SourceKind) present(p *IpPermission) bool {
	switch k {
	case KindIPv4:
		return p.IpRanges != nil
	case KindIPv6:
		return p.Ipv6Ranges != nil
	case KindPrefixList:
		return p.PrefixListIds != nil
	case KindSecurityGroup:
		return p.UserIdGroupPairs != nil
	}
	return false
}

func (k SourceKind) len(p *IpPermission) int {
	switch k {
	case KindIPv4:
		return len(p.IpRanges)
	case KindIPv6:
		return len(p.Ipv6Ranges)
	case KindPrefixList:
		return len(p.PrefixListIds)
	case KindSecurityGroup:
		return len(p.UserIdGroupPairs)
	}
	return 0
}

// reset makes the list of kind k empty but present, with room for n sources.
func (k SourceKind) reset(p *IpPermission, n int) {
	switch k {
	case KindIPv4:
		p.IpRanges = make([]IpRange, 0, n)
	case KindIPv6:
		p.Ipv6Ranges = make([]Ipv6Range, 0, n)
	case KindPrefixList:
		p.PrefixListIds = make([]PrefixListId, 0, n)
	case KindSecurityGroup:
		p.UserIdGroupPairs = make([]UserIdGroupPair, 0, n)
	}
}

// add appends an empty source of kind k and returns its index.
func (k SourceKind) add(p *IpPermission) int {
	switch k {
	case KindIPv4:
		p.IpRanges = append(p.IpRanges, IpRange{})
	case KindIPv6:
		p.Ipv6Ranges = append(p.Ipv6Ranges, Ipv6Range{})
	case KindPrefixList:
		p.PrefixListIds = append(p.PrefixListIds, PrefixListId{})
	case KindSecurityGroup:
		p.UserIdGroupPairs = append(p.UserIdGroupPairs, UserIdGroupPair{})
	}
	return k.len(p) - 1
}

// remove removes source i of kind k; removing the last one makes the list
// nil. Each list gets a new array, so that a list the caller still holds is
// not changed.
func (k SourceKind) remove(p *IpPermission, i int) {
	if i < 0 || i >= k.len(p) {
		return
	}
	switch k {
	case KindIPv4:
		p.IpRanges = append(p.IpRanges[:i:i], p.IpRanges[i+1:]...)
		if len(p.IpRanges) == 0 {
			p.IpRanges = nil
		}
	case KindIPv6:
		p.Ipv6Ranges = append(p.Ipv6Ranges[:i:i], p.Ipv6Ranges[i+1:]...)
		if len(p.Ipv6Ranges) == 0 {
			p.Ipv6Ranges = nil
		}
	case KindPrefixList:
		p.PrefixListIds = append(p.PrefixListIds[:i:i], p.PrefixListIds[i+1:]...)
		if len(p.PrefixListIds) == 0 {
			p.PrefixListIds = nil
		}
	case KindSecurityGroup:
		p.UserIdGroupPairs = append(p.UserIdGroupPairs[:i:i], p.UserIdGroupPairs[i+1:]...)
		if len(p.UserIdGroupPairs) == 0 {
			p.UserIdGroupPairs = nil
		}
	}
}

// field is the address of member m (an index into the kind's members) of
// source i of kind k.
func (k SourceKind) field(p *IpPermission, i, m int) **string {
	switch k {
	case KindIPv4:
		r := &p.IpRanges[i]
		switch m {
		case 0:
			return &r.CidrIp
		case 1:
			return &r.Description
		}
	case KindIPv6:
		r := &p.Ipv6Ranges[i]
		switch m {
		case 0:
			return &r.CidrIpv6
		case 1:
			return &r.Description
		}
	case KindPrefixList:
		r := &p.PrefixListIds[i]
		switch m {
		case 0:
			return &r.Description
		case 1:
			return &r.PrefixListId
		}
	case KindSecurityGroup:
		g := &p.UserIdGroupPairs[i]
		switch m {
		case 0:
			return &g.Description
		case 1:
			return &g.GroupId
		case 2:
			return &g.GroupName
		case 3:
			return &g.PeeringStatus
		case 4:
			return &g.UserId
		case 5:
			return &g.VpcId
		case 6:
			return &g.VpcPeeringConnectionId
		}
	}
	panic("core: no member " + strconv.Itoa(m) + " in " + k.String())
}

var sourceKinds = [...]sourceKind{
	KindIPv4:       {key: "IpRanges", members: []string{"CidrIp", "Description"}, shorthand: []int{0, 1}},
	KindIPv6:       {key: "Ipv6Ranges", members: []string{"CidrIpv6", "Description"}, shorthand: []int{0, 1}},
	KindPrefixList: {key: "PrefixListIds", members: []string{"Description", "PrefixListId"}, shorthand: []int{1, 0}},
	KindSecurityGroup: {
		key: "UserIdGroupPairs",
		members: []string{"Description", "GroupId", "GroupName", "PeeringStatus", "UserId", "VpcId",
			"VpcPeeringConnectionId"},
		// GroupId, GroupName, UserId, VpcId, VpcPeeringConnectionId,
		// PeeringStatus, Description.
		shorthand: []int{1, 2, 4, 5, 6, 3, 0},
	},
}

// sourceKindOf returns the kind whose list is the member key of IpPermission.
func sourceKindOf(key string) (SourceKind, bool) {
	for k, t := range sourceKinds {
		if t.key == key {
			return SourceKind(k), true
		}
	}
	return 0, false
}

// IsValid reports whether k is one of the four kinds.
func (k SourceKind) IsValid() bool { return k >= 0 && int(k) < len(sourceKinds) }

// String returns the name of k's list in IpPermission, which is also its key
// in every document and in a Problem's Path: "IpRanges", "Ipv6Ranges",
// "PrefixListIds" or "UserIdGroupPairs".
func (k SourceKind) String() string {
	if !k.IsValid() {
		return "SourceKind(" + strconv.Itoa(int(k)) + ")"
	}
	return sourceKinds[k].key
}

// Len returns the number of sources of kind k in p (0 for an invalid k).
func (k SourceKind) Len(p *IpPermission) int {
	if !k.IsValid() {
		return 0
	}
	return k.len(p)
}

// Field returns the address of the member named member (the API's name, such
// as "CidrIp") of source i of kind k in p, or nil when there is no such
// source or member.
func (k SourceKind) Field(p *IpPermission, i int, member string) **string {
	if i < 0 || i >= k.Len(p) {
		return nil
	}
	t := &sourceKinds[k]
	for m, name := range t.members {
		if name == member {
			return k.field(p, i, m)
		}
	}
	return nil
}

// Add appends an empty source of kind k to p, creating the list if it is
// absent. It does nothing for an invalid k.
func (k SourceKind) Add(p *IpPermission) {
	if k.IsValid() {
		k.add(p)
	}
}

// Remove removes source i of kind k from p; removing the last one makes the
// list nil, so the key is left out of every document. It does nothing when
// there is no such source. The list gets a new array, so a copy of p made
// before is not changed.
func (k SourceKind) Remove(p *IpPermission, i int) {
	if k.IsValid() {
		k.remove(p, i)
	}
}

// sourceCount is the number of sources of p, of every kind: the number of
// rules it makes.
func sourceCount(p *IpPermission) int {
	n := 0
	for _, k := range SourceKinds {
		n += k.len(p)
	}
	return n
}
