package core

import (
	"slices"
	"testing"
)

// TestSourceKinds checks the table of source kinds against the model: every
// kind once in SourceKinds and in factSourceOrder, every member of every
// source reachable by name, the shorthand order a permutation of the
// members, and Add, Field and Remove on the field they name.
func TestSourceKinds(t *testing.T) {
	if len(SourceKinds) != len(sourceKinds) {
		t.Fatalf("SourceKinds has %d kinds, the table %d", len(SourceKinds), len(sourceKinds))
	}
	for i, k := range SourceKinds {
		if int(k) != i || !k.IsValid() {
			t.Errorf("SourceKinds[%d] = %d", i, k)
		}
		if !slices.Contains(factSourceOrder[:], k) {
			t.Errorf("factSourceOrder lacks %v", k)
		}
		if got, ok := sourceKindOf(k.String()); !ok || got != k {
			t.Errorf("sourceKindOf(%q) = %v, %v", k.String(), got, ok)
		}
	}
	want := map[SourceKind]string{KindIPv4: "IpRanges", KindIPv6: "Ipv6Ranges", KindPrefixList: "PrefixListIds", KindSecurityGroup: "UserIdGroupPairs"}
	for k, name := range want {
		if k.String() != name {
			t.Errorf("%d.String() = %q, want %q", k, k.String(), name)
		}
	}
	for _, k := range SourceKinds {
		tab := sourceKinds[k]
		if !slices.IsSorted(tab.members) {
			t.Errorf("%v members %v are not in the model's (alphabetical) order", k, tab.members)
		}
		order := slices.Clone(tab.shorthand)
		slices.Sort(order)
		for i, m := range order {
			if m != i || len(order) != len(tab.members) {
				t.Errorf("%v shorthand order %v is not a permutation of its %d members", k, tab.shorthand, len(tab.members))
				break
			}
		}
		var p IpPermission
		if k.Field(&p, 0, tab.members[0]) != nil {
			t.Errorf("%v: Field of a missing source is not nil", k)
		}
		k.Add(&p)
		k.Add(&p)
		if n := k.Len(&p); n != 2 || sourceCount(&p) != 2 {
			t.Fatalf("%v: two Adds give Len %d, sourceCount %d", k, n, sourceCount(&p))
		}
		seen := map[**string]bool{}
		for _, m := range tab.members {
			f := k.Field(&p, 1, m)
			if f == nil || seen[f] {
				t.Fatalf("%v: Field(1, %q) = %v", k, m, f)
			}
			seen[f] = true
			*f = Str(m)
		}
		if k.Field(&p, 1, "NoSuchMember") != nil || k.Field(&p, 2, tab.members[0]) != nil || k.Field(&p, -1, tab.members[0]) != nil {
			t.Errorf("%v: Field of a missing member or source is not nil", k)
		}
		before := p
		k.Remove(&p, 0)
		for _, m := range tab.members {
			if f := k.Field(&p, 0, m); f == nil || *f == nil || **f != m {
				t.Errorf("%v: after Remove(0), member %q of the remaining source is %v", k, m, f)
			}
		}
		if k.Len(&before) != 2 {
			t.Errorf("%v: Remove changed a copy made before", k)
		}
		k.Remove(&p, 5)
		k.Remove(&p, 0)
		if k.present(&p) {
			t.Errorf("%v: removing the last source leaves the list present", k)
		}
	}
	bad := SourceKind(len(sourceKinds))
	var p IpPermission
	bad.Add(&p)
	bad.Remove(&p, 0)
	if bad.IsValid() || bad.Len(&p) != 0 || bad.Field(&p, 0, "CidrIp") != nil || bad.String() != "SourceKind(4)" || sourceCount(&p) != 0 {
		t.Errorf("an invalid kind is not inert: %v", bad)
	}
}
