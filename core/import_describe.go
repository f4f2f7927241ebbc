package core

import (
	"slices"
	"strconv"
	"strings"

	"sgrules/internal/yamlread"
)

// This file reads the rules of existing groups: the JSON (or YAML) that
// `aws ec2 describe-security-groups` prints (SecurityGroups[*].IpPermissions
// and IpPermissionsEgress), that `aws ec2 describe-security-group-rules`
// prints (SecurityGroupRules), and the answer of an authorize call, which
// sgrules predicts (Result.Response: Return and SecurityGroupRules). Each
// group × direction that holds rules is one Choice; pick loads one. The
// target of the Input is the group the rules were read from, which the user
// changes to copy them to another group. Describe output carries members a
// request does not take (rule IDs, PeeringStatus, …): they are left out,
// with a note.

// groupOption is one group × direction of describe output.
type groupOption struct {
	label   string
	index   int    // the list element it starts at, for its line
	member  string // the element's member that holds the rules, if any
	groupID string
	egress  bool
	owner   *string
	perms   []any // IpPermission values for the decoder
	tags    *tagSet
	dropped map[string]int // what the request does not take, by member
}

// groups reads a SecurityGroups list.
func (r *docReader) groups(v any, key string, pick int, what string) {
	l, ok := v.([]any)
	if !ok {
		r.unknown("describe-security-groups output whose SecurityGroups is not a list", "")
		return
	}
	var opts []*groupOption
	for i, e := range l {
		g, ok := e.(*object)
		if !ok {
			r.problem("", CodeImportUnknown, "SecurityGroups["+strconv.Itoa(i)+"] is not a security group (an object)")
			continue
		}
		id, name, owner := memberStr(g, "GroupId"), memberStr(g, "GroupName"), memberStr(g, "OwnerId")
		for _, dir := range []struct {
			key    string
			egress bool
		}{{"IpPermissions", false}, {"IpPermissionsEgress", true}} {
			perms, _ := g.vals[dir.key].([]any)
			if len(perms) == 0 {
				continue
			}
			o := &groupOption{index: i, member: dir.key, groupID: deref(id), egress: dir.egress, owner: owner, dropped: map[string]int{}}
			for _, p := range perms {
				o.perms = append(o.perms, o.takenPermission(p))
			}
			o.label = groupLabel(deref(id), deref(name), dir.egress, len(perms), "permission")
			opts = append(opts, o)
		}
	}
	r.choose(opts, key, pick, what, "the groups hold no rules")
}

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

// choose offers the options as Choices when there are several and loads
// the one picked.
func (r *docReader) choose(opts []*groupOption, key string, pick int, what, none string) {
	if len(opts) == 0 {
		r.problem("", CodeImportNoRules, "read as "+what+", but "+none+": nothing to import")
		return
	}
	if len(opts) > 1 {
		for _, o := range opts {
			r.res.Choices = append(r.res.Choices, Choice{Label: o.label, Line: r.elementLine(key, o.index, o.member)})
		}
	}
	if pick < 0 || pick >= len(opts) {
		if pick != 0 {
			r.note("there is no choice " + strconv.Itoa(pick+1) + " of " + strconv.Itoa(len(opts)) + ": loaded the first")
		}
		pick = 0
	}
	r.res.Pick = pick
	o := opts[pick]
	command := Ingress
	if o.egress {
		command = Egress
	}
	d := &decoder{}
	req := d.request(&object{keys: []string{"IpPermissions"}, vals: map[string]any{"IpPermissions": o.perms}}, o.egress)
	r.note("read as " + what + ": " + o.label)
	if o.groupID != "" {
		req.GroupId = Str(o.groupID)
		r.note("GroupId is " + o.groupID + ", the group these rules were read from: change it to copy the rules to another group")
	}
	if o.tags != nil {
		if tags, ok := o.tags.common(); ok {
			req.TagSpecifications = []TagSpecification{{ResourceType: Str("security-group-rule"), Tags: tags}}
			r.note("the rules' Tags became TagSpecifications (ResourceType security-group-rule), so the new rules are tagged alike")
		} else if o.tags.any {
			r.note("left out the rules' Tags: they differ from rule to rule, and one call tags every rule it creates alike")
		}
	}
	r.res.Input = &Input{Command: command, Input: req, OwnerId: o.owner}
	r.res.Problems = append(r.res.Problems, d.problems...)
	if len(o.dropped) > 0 {
		var parts []string
		for _, k := range sortedKeys(o.dropped) {
			parts = append(parts, k+" ("+strconv.Itoa(o.dropped[k])+"×)")
		}
		r.note("left out what the request does not take: " + strings.Join(parts, ", "))
	}
}

// groupLabel names an option: "sg-0123… (web) — inbound, 3 permissions".
func groupLabel(id, name string, egress bool, n int, unit string) string {
	if id == "" {
		id = "a group without GroupId"
	}
	if name != "" {
		id += " (" + name + ")"
	}
	dir := "inbound"
	if egress {
		dir = "outbound"
	}
	if n != 1 {
		unit += "s"
	}
	return id + " — " + dir + ", " + strconv.Itoa(n) + " " + unit
}

// elementLine is the line where element i of the document's list starts
// (the list under key of the top-level mapping, or the document itself
// when key is ""), or where its member starts when member is set; 0 when
// it cannot tell.
func (r *docReader) elementLine(key string, i int, member string) int {
	if n := r.yamlRoot; n != nil {
		if key != "" {
			_, n = yamlMember(n, key)
		}
		if n == nil || n.Kind != yamlread.Sequence || i >= len(n.Items) {
			return 0
		}
		e := n.Items[i]
		if k, _ := yamlMember(e, member); member != "" && k != nil {
			return k.Line
		}
		return e.Line
	}
	starts := jsonElementStarts(r.body, key)
	if i >= len(starts) {
		return 0
	}
	start, end := starts[i], len(r.body)
	if i+1 < len(starts) {
		end = starts[i+1]
	}
	if member != "" {
		if j := strings.Index(r.body[start:end], `"`+member+`"`); j >= 0 {
			start += j
		}
	}
	line, _ := lineCol(r.body, start)
	return line
}

// yamlMember is the key and the value of member key in a YAML mapping, or
// nils.
func yamlMember(n *yamlread.Node, key string) (*yamlread.Node, *yamlread.Node) {
	if n.Kind != yamlread.Mapping {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Items); i += 2 {
		if n.Items[i].Kind == yamlread.String && n.Items[i].Value == key {
			return n.Items[i], n.Items[i+1]
		}
	}
	return nil, nil
}

// jsonElementStarts are the offsets where the elements of a list start in
// a JSON text: the list under key of the top-level object, or the top-level
// list when key is "". The text has been read by parseJSON already, so the
// scan only follows strings and brackets.
func jsonElementStarts(s, key string) []int {
	var starts []int
	var stack []byte
	target := -1 // the depth of the list whose elements are wanted
	want := false
	pending, last := "", ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			continue
		}
		if want && c != ']' {
			starts = append(starts, i)
			want = false
		}
		switch c {
		case '"':
			j := i + 1
			for j < len(s) && s[j] != '"' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if len(stack) == 1 && stack[0] == '{' {
				pending = s[i+1 : min(j, len(s))]
			}
			i = j
		case ':':
			if len(stack) == 1 {
				last = pending
			}
		case '{', '[':
			if c == '[' && target < 0 && (key == "" && len(stack) == 0 || key != "" && len(stack) == 1 && last == key) {
				target = len(stack) + 1
				want = true
			}
			stack = append(stack, c)
		case '}', ']':
			if len(stack) == target {
				return starts
			}
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case ',':
			if len(stack) == target {
				want = true
			}
		}
	}
	return starts
}

func memberStr(o *object, k string) *string {
	if s, ok := o.vals[k].(string); ok {
		return &s
	}
	return nil
}

// permission members and source members a request takes.
var takenMembers = map[string][]string{
	"":                 {"IpProtocol", "FromPort", "ToPort", "IpRanges", "Ipv6Ranges", "PrefixListIds", "UserIdGroupPairs"},
	"IpRanges":         {"CidrIp", "Description"},
	"Ipv6Ranges":       {"CidrIpv6", "Description"},
	"PrefixListIds":    {"Description", "PrefixListId"},
	"UserIdGroupPairs": {"Description", "GroupId", "GroupName", "UserId", "VpcId", "VpcPeeringConnectionId"},
}

// takenPermission is an IpPermission of describe-security-groups with only
// the members a request takes; PeeringStatus (EC2's to report) and members
// a newer API may add are left out and counted.
func (o *groupOption) takenPermission(v any) any {
	p, ok := v.(*object)
	if !ok {
		return v
	}
	out := o.only(p, "", "")
	for _, list := range sourceKeys {
		l, ok := out.vals[list].([]any)
		if !ok {
			continue
		}
		if len(l) == 0 {
			// describe prints every source list, most of them
			// empty; an empty list sends nothing.
			delete(out.vals, list)
			out.keys = slices.DeleteFunc(out.keys, func(k string) bool { return k == list })
			continue
		}
		kept := make([]any, 0, len(l))
		for _, e := range l {
			if eo, ok := e.(*object); ok {
				kept = append(kept, o.only(eo, list, list+"[]."))
			} else {
				kept = append(kept, e)
			}
		}
		out.vals[list] = kept
	}
	return out
}

// only copies the members of p that the request takes at level.
func (o *groupOption) only(p *object, level, prefix string) *object {
	out := &object{vals: map[string]any{}}
	for _, k := range p.keys {
		if !slices.Contains(takenMembers[level], k) {
			o.dropped[prefix+k]++
			continue
		}
		out.keys = append(out.keys, k)
		out.vals[k] = p.vals[k]
	}
	return out
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

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
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
