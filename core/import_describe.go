package core

import (
	"sgrules/internal/pyjson"

	"slices"
	"strconv"
	"strings"
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
		g, ok := e.(*pyjson.Object)
		if !ok {
			r.problem("", CodeImportUnknown, "SecurityGroups["+strconv.Itoa(i)+"] is not a security group (an object)")
			continue
		}
		id, name, owner := memberStr(g, "GroupId"), memberStr(g, "GroupName"), memberStr(g, "OwnerId")
		for _, dir := range []struct {
			key    string
			egress bool
		}{{"IpPermissions", false}, {"IpPermissionsEgress", true}} {
			perms, _ := g.Values[dir.key].([]any)
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
	req := d.request(&pyjson.Object{Keys: []string{"IpPermissions"}, Values: map[string]any{"IpPermissions": o.perms}}, o.egress)
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
	r.res.Input = &Input{Command: command, Request: req, OwnerId: o.owner}
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

func memberStr(o *pyjson.Object, k string) *string {
	if s, ok := o.Values[k].(string); ok {
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
	p, ok := v.(*pyjson.Object)
	if !ok {
		return v
	}
	out := o.only(p, "", "")
	for _, list := range sourceKeys {
		l, ok := out.Values[list].([]any)
		if !ok {
			continue
		}
		if len(l) == 0 {
			// describe prints every source list, most of them
			// empty; an empty list sends nothing.
			delete(out.Values, list)
			keys := out.Keys[:0]
			for _, k := range out.Keys {
				if k != list {
					keys = append(keys, k)
				}
			}
			out.Keys = keys
			continue
		}
		kept := make([]any, 0, len(l))
		for _, e := range l {
			if eo, ok := e.(*pyjson.Object); ok {
				kept = append(kept, o.only(eo, list, list+"[]."))
			} else {
				kept = append(kept, e)
			}
		}
		out.Values[list] = kept
	}
	return out
}

// only copies the members of p that the request takes at level.
func (o *groupOption) only(p *pyjson.Object, level, prefix string) *pyjson.Object {
	out := &pyjson.Object{Values: map[string]any{}}
	for _, k := range p.Keys {
		if !slices.Contains(takenMembers[level], k) {
			o.dropped[prefix+k]++
			continue
		}
		out.Keys = append(out.Keys, k)
		out.Values[k] = p.Values[k]
	}
	return out
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	insertionSort(keys, func(a, b string) bool { return a < b })
	return keys
}

// insertionSort sorts a short list stably, in less code than package sort
// or slices brings into the page.
func insertionSort(l []string, less func(a, b string) bool) {
	for i := 1; i < len(l); i++ {
		for j := i; j > 0 && less(l[j], l[j-1]); j-- {
			l[j], l[j-1] = l[j-1], l[j]
		}
	}
}
