package web

import (
	"strconv"
	"strings"

	"sgrules/core"
	"sgrules/web/store"
)

// topPlaces name the request's own fields and the ids of their controls.
// Tables rather than code: data costs the page's WebAssembly less.
var topPlaces = [...]struct{ path, name, id string }{
	{"", "The request", "group-id"}, {"Command", "Direction", "command"}, {"GroupId", "Group ID", "group-id"},
	{"GroupName", "Group name", "group-name"}, {"OwnerId", "Owner account", "owner-id"}, {"DryRun", "Dry run", "dry-run"},
	{"IpPermissions", "Rules", "add-rule"}, {"TagSpecifications", "Tags", "add-tag"},
	{"IpProtocol", "Type", "-protonum"}, {"FromPort", "From port", "-from"}, {"ToPort", "To port", "-to"},
	{"Key", "Key", "-key"}, {"Value", "Value", "-value"},
}

func topPlace(path string) (name, id string) {
	for _, t := range topPlaces {
		if t.path == path {
			return t.name, t.id
		}
	}
	return "", ""
}

// place names the field a Problem's Path points at as a person reads the
// form ("Rule 2 › source 1 (IPv4 CIDR)") and lists the ids of the controls
// that show it, best first (a field the rule's type hides falls back to the
// type select). ids is nil when no control shows the path.
func place(s *store.Store, path string) (name string, ids []string) {
	head, rest, _ := strings.Cut(path, ".")
	seg, i, ok := indexed(head)
	if seg == "IpPermissions" && ok && i < len(s.Rules) {
		return rulePlace(s, i, rest)
	}
	if seg == "TagSpecifications" {
		tag, member, _ := strings.Cut(rest, ".")
		if t, j, ok := indexed(tag); ok && t == "Tags" {
			id := "tag" + strconv.Itoa(j)
			name, ctl := topPlace(member)
			if ctl == "" {
				ctl = "-key"
			}
			return join("Tag "+strconv.Itoa(j+1), name), []string{id + ctl}
		}
		return "Tags", []string{"add-tag"}
	}
	if name, id := topPlace(path); id != "" && id[0] != '-' {
		return name, []string{id}
	}
	return path, nil
}

// rulePlace is place for a path below IpPermissions[i]; rest is the path
// after "IpPermissions[i].".
func rulePlace(s *store.Store, i int, rest string) (string, []string) {
	name := "Rule " + strconv.Itoa(i+1)
	id := "r" + strconv.Itoa(s.Rules[i].ID)
	typ := id + "-type"
	seg, member, _ := strings.Cut(rest, ".")
	kindKey, j, ok := indexed(seg)
	kind, isKind := kindNamed(kindKey)
	if kn := kindName(kind); ok && isKind && kn != "" {
		// Sources are numbered in the order the rule shows them.
		p := s.Input.Request.IpPermissions[i]
		n := j + 1
		for _, k := range core.SourceKinds[:kind] {
			n += store.SourceCount(p, k)
		}
		name += " › source " + strconv.Itoa(n) + " (" + kn + ")"
		sid := id + "-" + kind.String() + strconv.Itoa(j) + "-"
		if member == "" {
			return name, []string{sid + store.AddressField(kind), sid + "kind"}
		}
		return join(name, fieldLabel(kind, member)), []string{sid + member, sid + store.AddressField(kind)}
	}
	label, ctl := topPlace(seg)
	if ctl == "" || ctl[0] != '-' {
		return join(name, rest), []string{typ}
	}
	if p := s.Input.Request.IpPermissions[i].IpProtocol; p != nil && (*p == "icmp" || *p == "icmpv6") && seg != "IpProtocol" {
		label = "ICMP code"
		if seg == "FromPort" {
			label = "ICMP type"
		}
	}
	return join(name, label), []string{id + ctl, id + "-icmp", typ}
}

// join is "a › b", or a when b is empty.
func join(a, b string) string {
	if b == "" {
		return a
	}
	return a + " › " + b
}

// fieldLabel is the form's label of a source member.
func fieldLabel(kind core.SourceKind, member string) string {
	for _, f := range sourceFieldsFor(kind) {
		if f.name == member {
			return f.label
		}
	}
	for _, f := range optionalSourceFields {
		if f.name == member {
			return f.label
		}
	}
	return member
}

// indexed splits "Name[3]" into "Name", 3.
func indexed(seg string) (string, int, bool) {
	open := strings.IndexByte(seg, '[')
	if open < 0 || !strings.HasSuffix(seg, "]") {
		return seg, 0, false
	}
	n, err := strconv.Atoi(seg[open+1 : len(seg)-1])
	if err != nil || n < 0 {
		return seg, 0, false
	}
	return seg[:open], n, true
}

// PlaceName names the field path points at in a form holding in, as the
// form's own problem list does. The paste box (web/paste, in the importer
// module) names the places of what an import could not carry over with it.
func PlaceName(in core.Input, path string) string {
	s := &store.Store{Input: in, Rules: make([]store.RuleMeta, len(in.Request.IpPermissions))}
	name, _ := place(s, path)
	return name
}

// ShellLabel is how the page names a shell ("Windows PowerShell 5.1").
func ShellLabel(shell string) string {
	for _, o := range shellOptions {
		if o.value == shell {
			return o.label
		}
	}
	return shell
}

// ShellChoices are the shells a select offers, as value and label pairs.
func ShellChoices() [][2]string {
	out := make([][2]string, len(shellOptions))
	for i, o := range shellOptions {
		out[i] = [2]string{o.value, o.label}
	}
	return out
}
