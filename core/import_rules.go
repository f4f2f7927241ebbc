package core

import (
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
	if first, ok := firstObject(l); ok && first.vals["SecurityGroupRuleId"] == "SecurityGroupRuleId" {
		r.outputSkeleton(l)
		what = "--generate-cli-skeleton output"
	}
	var opts []*groupOption
	byTarget := map[string]*groupOption{}
	byPerm := map[*groupOption]map[string]*object{}
	counts := map[*groupOption]int{}
	for i, e := range l {
		rule, ok := e.(*object)
		if !ok {
			r.problem("", CodeImportUnknown, "SecurityGroupRules["+strconv.Itoa(i)+"] is not a rule (an object)")
			continue
		}
		id := deref(memberStr(rule, "GroupId"))
		egress, _ := rule.vals["IsEgress"].(bool)
		key := strconv.FormatBool(egress) + "|" + id
		o := byTarget[key]
		if o == nil {
			o = &groupOption{index: i, groupID: id, egress: egress, owner: memberStr(rule, "GroupOwnerId"), dropped: map[string]int{}, tags: &tagSet{}}
			byTarget[key] = o
			byPerm[o] = map[string]*object{}
			opts = append(opts, o)
		}
		counts[o]++
		o.tags.add(rule.vals["Tags"])
		perm, source := o.ruleParts(rule)
		pk := pyRepr(perm)
		p := byPerm[o][pk]
		if p == nil {
			p = perm
			byPerm[o][pk] = p
			o.perms = append(o.perms, p)
		}
		if source.list != "" {
			sources, _ := p.vals[source.list].([]any)
			if sources == nil {
				p.keys = append(p.keys, source.list)
			}
			p.vals[source.list] = append(sources, source.entry)
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
	entry *object
}

// ruleParts splits a SecurityGroupRule into its permission (protocol and
// ports, as an IpPermission without sources) and its source. Ports EC2
// reports as -1/-1 for a protocol without ports (-1, or a number other
// than the four) are left out, as describe-security-groups leaves them.
func (o *groupOption) ruleParts(rule *object) (*object, ruleSource) {
	perm := &object{vals: map[string]any{}}
	set := func(o *object, k string, v any) {
		o.keys = append(o.keys, k)
		o.vals[k] = v
	}
	proto, hasProto := rule.vals["IpProtocol"]
	if hasProto {
		set(perm, "IpProtocol", proto)
	}
	from, to := rule.vals["FromPort"], rule.vals["ToPort"]
	ps, _ := proto.(string)
	norm, _ := normalizeProtocol(&ps)
	if !(from == jsonNumber("-1") && to == jsonNumber("-1") && !takesPorts(norm)) {
		if from != nil {
			set(perm, "FromPort", from)
		}
		if to != nil {
			set(perm, "ToPort", to)
		}
	}
	src := ruleSource{entry: &object{vals: map[string]any{}}}
	desc, hasDesc := rule.vals["Description"]
	for _, k := range rule.keys {
		v := rule.vals[k]
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
			if ref, ok := v.(*object); ok {
				for _, rk := range ref.keys {
					if slices.Contains(takenMembers["UserIdGroupPairs"], rk) {
						set(src.entry, rk, ref.vals[rk])
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
	repr := pyRepr(v)
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
	spec := d.tagSpecification("TagSpecifications[0]", &object{keys: []string{"Tags"}, vals: map[string]any{"Tags": l}})
	if len(d.problems) > 0 {
		return nil, false
	}
	return spec.Tags, true
}

func firstObject(l []any) (*object, bool) {
	if len(l) == 0 {
		return nil, false
	}
	o, ok := l[0].(*object)
	return o, ok
}

// outputSkeleton leaves out the placeholders of `--generate-cli-skeleton
// output`, which prints every string as its member's name
// ("GroupId": "GroupId"), every integer as 0 and every boolean as true.
func (r *docReader) outputSkeleton(l []any) {
	n := 0
	var strip func(o *object)
	strip = func(o *object) {
		keep := o.keys[:0:0]
		for _, k := range o.keys {
			switch v := o.vals[k].(type) {
			case *object:
				strip(v)
				if len(v.keys) > 0 {
					keep = append(keep, k)
					continue
				}
			case []any:
				kept := v[:0:0]
				for _, e := range v {
					if eo, ok := e.(*object); ok {
						if strip(eo); len(eo.keys) == 0 {
							continue
						}
					}
					kept = append(kept, e)
				}
				if len(kept) > 0 {
					o.vals[k] = kept
					keep = append(keep, k)
					continue
				}
			default:
				if v != k && v != jsonNumber("0") && v != true {
					keep = append(keep, k)
					continue
				}
			}
			n++
			delete(o.vals, k)
		}
		o.keys = keep
	}
	for _, e := range l {
		if o, ok := e.(*object); ok {
			strip(o)
		}
	}
	r.note("read as --generate-cli-skeleton output: left out its " + strconv.Itoa(n) + " placeholders (each string is its member's name, each number 0, each boolean true) — type the values you mean")
}
