package core

import (
	"sgrules/internal/pyjson"

	"slices"
	"strconv"
)

// This file reads SecurityGroupRules: the output of
// describe-security-group-rules and the answer of an authorize call (which
// sgrules predicts), and --generate-cli-skeleton output, whose rule is all
// placeholders.

// rules reads a SecurityGroupRules list: each rule is one source of one
// permission; rules of one group and direction with the same protocol and
// ports make one IpPermission, in the order the rules come.
func (r *docReader) rules(v any, key string, pick int, answer bool) {
	what := "describe-security-group-rules output"
	if answer {
		what = "the answer of an authorize call (Return, SecurityGroupRules)"
	}
	l, ok := v.([]any)
	if !ok {
		r.unknown(what+" whose SecurityGroupRules is not a list", "")
		return
	}
	if first, ok := firstObject(l); ok && first.Values["SecurityGroupRuleId"] == "SecurityGroupRuleId" {
		r.outputSkeleton(l)
		what = "--generate-cli-skeleton output"
	}
	var opts []*groupOption
	byTarget := map[string]*groupOption{}
	byPerm := map[*groupOption]map[string]*pyjson.Object{}
	counts := map[*groupOption]int{}
	for i, e := range l {
		rule, ok := e.(*pyjson.Object)
		if !ok {
			r.problem("", CodeImportUnknown, "SecurityGroupRules["+strconv.Itoa(i)+"] is not a rule (an object)")
			continue
		}
		id := deref(memberStr(rule, "GroupId"))
		egress, _ := rule.Values["IsEgress"].(bool)
		key := strconv.FormatBool(egress) + "|" + id
		o := byTarget[key]
		if o == nil {
			o = &groupOption{index: i, groupID: id, egress: egress, owner: memberStr(rule, "GroupOwnerId"), dropped: map[string]int{}, tags: &tagSet{}}
			byTarget[key] = o
			byPerm[o] = map[string]*pyjson.Object{}
			opts = append(opts, o)
		}
		counts[o]++
		o.tags.add(rule.Values["Tags"])
		perm, source := o.ruleParts(rule)
		pk := pyjson.Repr(perm)
		p := byPerm[o][pk]
		if p == nil {
			p = perm
			byPerm[o][pk] = p
			o.perms = append(o.perms, p)
		}
		if source.list != "" {
			sources, _ := p.Values[source.list].([]any)
			if sources == nil {
				p.Keys = append(p.Keys, source.list)
			}
			p.Values[source.list] = append(sources, source.entry)
		}
	}
	for _, o := range opts {
		o.label = groupLabel(o.groupID, "", o.egress, counts[o], "rule")
	}
	r.choose(opts, key, pick, what, "there are no rules in it")
}

// ruleSource is one rule's source: the list of IpPermission it goes in
// and its entry.
type ruleSource struct {
	list  string
	entry *pyjson.Object
}

// ruleParts splits a SecurityGroupRule into its permission (protocol and
// ports, as an IpPermission without sources) and its source. Ports EC2
// reports as -1/-1 for a protocol without ports (-1, or a number other
// than the four) are left out, as describe-security-groups leaves them.
func (o *groupOption) ruleParts(rule *pyjson.Object) (*pyjson.Object, ruleSource) {
	perm := &pyjson.Object{Values: map[string]any{}}
	set := func(o *pyjson.Object, k string, v any) {
		o.Keys = append(o.Keys, k)
		o.Values[k] = v
	}
	proto, hasProto := rule.Values["IpProtocol"]
	if hasProto {
		set(perm, "IpProtocol", proto)
	}
	from, to := rule.Values["FromPort"], rule.Values["ToPort"]
	ps, _ := proto.(string)
	norm, _ := normalizeProtocol(&ps)
	if !(from == pyjson.Number("-1") && to == pyjson.Number("-1") && !takesPorts(norm)) {
		if from != nil {
			set(perm, "FromPort", from)
		}
		if to != nil {
			set(perm, "ToPort", to)
		}
	}
	src := ruleSource{entry: &pyjson.Object{Values: map[string]any{}}}
	desc, hasDesc := rule.Values["Description"]
	for _, k := range rule.Keys {
		v := rule.Values[k]
		switch k {
		case "IpProtocol", "FromPort", "ToPort", "Description", "GroupId", "IsEgress", "GroupOwnerId", "Tags":
		case "CidrIpv4":
			src.list = "IpRanges"
			set(src.entry, "CidrIp", v)
		case "CidrIpv6":
			src.list = "Ipv6Ranges"
			set(src.entry, "CidrIpv6", v)
		case "PrefixListId":
			src.list = "PrefixListIds"
			set(src.entry, "PrefixListId", v)
		case "ReferencedGroupInfo":
			src.list = "UserIdGroupPairs"
			if ref, ok := v.(*pyjson.Object); ok {
				for _, rk := range ref.Keys {
					if slices.Contains(takenMembers["UserIdGroupPairs"], rk) {
						set(src.entry, rk, ref.Values[rk])
					} else {
						o.dropped["ReferencedGroupInfo."+rk]++
					}
				}
			}
		default:
			o.dropped[k]++
		}
	}
	if hasDesc && src.list != "" {
		set(src.entry, "Description", desc)
	}
	return perm, src
}

// tagSet tells whether every rule of a group and direction has the same
// Tags.
type tagSet struct {
	first  any
	repr   string
	n      int
	same   bool // every rule so far has the Tags of the first
	any    bool // some rule has tags
	absent bool // some rule has none
}

func (t *tagSet) add(v any) {
	// No Tags and an empty list (as describe prints a rule without
	// tags) are the same.
	if l, _ := v.([]any); len(l) == 0 {
		t.absent = true
	} else {
		t.any = true
	}
	repr := pyjson.Repr(v)
	if t.n == 0 {
		t.first, t.repr, t.same = v, repr, true
	} else if repr != t.repr {
		t.same = false
	}
	t.n++
}

// common returns the Tags every rule has, when they all have the same.
func (t *tagSet) common() ([]Tag, bool) {
	l, ok := t.first.([]any)
	if !t.same || t.absent || !ok || len(l) == 0 {
		return nil, false
	}
	d := &decoder{}
	spec := d.tagSpecification("TagSpecifications[0]", &pyjson.Object{Keys: []string{"Tags"}, Values: map[string]any{"Tags": l}})
	if len(d.problems) > 0 {
		return nil, false
	}
	return spec.Tags, true
}

func firstObject(l []any) (*pyjson.Object, bool) {
	if len(l) == 0 {
		return nil, false
	}
	o, ok := l[0].(*pyjson.Object)
	return o, ok
}

// outputSkeleton leaves out the placeholders of `--generate-cli-skeleton
// output`, which prints every string as its member's name
// ("GroupId": "GroupId"), every integer as 0 and every boolean as true.
func (r *docReader) outputSkeleton(l []any) {
	n := 0
	var strip func(o *pyjson.Object)
	strip = func(o *pyjson.Object) {
		keep := o.Keys[:0:0]
		for _, k := range o.Keys {
			switch v := o.Values[k].(type) {
			case *pyjson.Object:
				strip(v)
				if len(v.Keys) > 0 {
					keep = append(keep, k)
					continue
				}
			case []any:
				kept := v[:0:0]
				for _, e := range v {
					if eo, ok := e.(*pyjson.Object); ok {
						if strip(eo); len(eo.Keys) == 0 {
							continue
						}
					}
					kept = append(kept, e)
				}
				if len(kept) > 0 {
					o.Values[k] = kept
					keep = append(keep, k)
					continue
				}
			default:
				if v != k && v != pyjson.Number("0") && v != true {
					keep = append(keep, k)
					continue
				}
			}
			n++
			delete(o.Values, k)
		}
		o.Keys = keep
	}
	for _, e := range l {
		if o, ok := e.(*pyjson.Object); ok {
			strip(o)
		}
	}
	r.note("read as --generate-cli-skeleton output: left out its " + strconv.Itoa(n) + " placeholders (each string is its member's name, each number 0, each boolean true) — type the values you mean")
}
