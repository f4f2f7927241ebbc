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
	list      sourceList
}

// sourceList reaches one kind's list inside an IpPermission.
type sourceList interface {
	// present reports whether the list is there (non-nil), even empty.
	present(p *IpPermission) bool
	len(p *IpPermission) int
	// reset makes the list empty but present, with room for n sources.
	reset(p *IpPermission, n int)
	// add appends an empty source and returns its index.
	add(p *IpPermission) int
	// remove removes source i; removing the last one makes the list nil.
	remove(p *IpPermission, i int)
	// field is the address of member m (an index into members) of source i.
	field(p *IpPermission, i, m int) **string
}

// sourceSlice is a sourceList of sources of type T.
type sourceSlice[T any] struct {
	of     func(p *IpPermission) *[]T
	member func(s *T, m int) **string
}

func (s sourceSlice[T]) present(p *IpPermission) bool { return *s.of(p) != nil }
func (s sourceSlice[T]) len(p *IpPermission) int      { return len(*s.of(p)) }
func (s sourceSlice[T]) reset(p *IpPermission, n int) { *s.of(p) = make([]T, 0, n) }

func (s sourceSlice[T]) add(p *IpPermission) int {
	l := s.of(p)
	var zero T
	*l = append(*l, zero)
	return len(*l) - 1
}

func (s sourceSlice[T]) remove(p *IpPermission, i int) {
	l := s.of(p)
	if i < 0 || i >= len(*l) {
		return
	}
	// A new array, so that a list the caller still holds is not changed.
	*l = append((*l)[:i:i], (*l)[i+1:]...)
	if len(*l) == 0 {
		*l = nil
	}
}

func (s sourceSlice[T]) field(p *IpPermission, i, m int) **string {
	return s.member(&(*s.of(p))[i], m)
}

var sourceKinds = [...]sourceKind{
	KindIPv4: {
		key: "IpRanges", members: []string{"CidrIp", "Description"}, shorthand: []int{0, 1},
		list: sourceSlice[IpRange]{
			of: func(p *IpPermission) *[]IpRange { return &p.IpRanges },
			member: func(r *IpRange, m int) **string {
				return [...]**string{&r.CidrIp, &r.Description}[m]
			},
		},
	},
	KindIPv6: {
		key: "Ipv6Ranges", members: []string{"CidrIpv6", "Description"}, shorthand: []int{0, 1},
		list: sourceSlice[Ipv6Range]{
			of: func(p *IpPermission) *[]Ipv6Range { return &p.Ipv6Ranges },
			member: func(r *Ipv6Range, m int) **string {
				return [...]**string{&r.CidrIpv6, &r.Description}[m]
			},
		},
	},
	KindPrefixList: {
		key: "PrefixListIds", members: []string{"Description", "PrefixListId"}, shorthand: []int{1, 0},
		list: sourceSlice[PrefixListId]{
			of: func(p *IpPermission) *[]PrefixListId { return &p.PrefixListIds },
			member: func(r *PrefixListId, m int) **string {
				return [...]**string{&r.Description, &r.PrefixListId}[m]
			},
		},
	},
	KindSecurityGroup: {
		key: "UserIdGroupPairs",
		members: []string{"Description", "GroupId", "GroupName", "PeeringStatus", "UserId", "VpcId",
			"VpcPeeringConnectionId"},
		// GroupId, GroupName, UserId, VpcId, VpcPeeringConnectionId,
		// PeeringStatus, Description.
		shorthand: []int{1, 2, 4, 5, 6, 3, 0},
		list: sourceSlice[UserIdGroupPair]{
			of: func(p *IpPermission) *[]UserIdGroupPair { return &p.UserIdGroupPairs },
			member: func(g *UserIdGroupPair, m int) **string {
				return [...]**string{&g.Description, &g.GroupId, &g.GroupName, &g.PeeringStatus,
					&g.UserId, &g.VpcId, &g.VpcPeeringConnectionId}[m]
			},
		},
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
	return sourceKinds[k].list.len(p)
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
			return t.list.field(p, i, m)
		}
	}
	return nil
}

// Add appends an empty source of kind k to p, creating the list if it is
// absent. It does nothing for an invalid k.
func (k SourceKind) Add(p *IpPermission) {
	if k.IsValid() {
		sourceKinds[k].list.add(p)
	}
}

// Remove removes source i of kind k from p; removing the last one makes the
// list nil, so the key is left out of every document. It does nothing when
// there is no such source. The list gets a new array, so a copy of p made
// before is not changed.
func (k SourceKind) Remove(p *IpPermission, i int) {
	if k.IsValid() {
		sourceKinds[k].list.remove(p, i)
	}
}

// sourceCount is the number of sources of p, of every kind: the number of
// rules it makes.
func sourceCount(p *IpPermission) int {
	n := 0
	for _, t := range sourceKinds {
		n += t.list.len(p)
	}
	return n
}
