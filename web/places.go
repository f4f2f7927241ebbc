package web

import (
	"strconv"
	"strings"

	"sgrules/web/store"
)

// place names the field a Problem's Path points at as a person reads the
// form ("Rule 2 › source 1 (IPv4 CIDR)") and lists the ids of the controls
// that show it, best first (a field the rule's type hides falls back to the
// type). ids is empty when no control shows the path.
func place(s *store.Store, path string) (name string, ids []string) {
	switch path {
	case "":
		return "The request", []string{"group-id"}
	case "Command":
		return "Direction", []string{"command"}
	case "GroupId":
		return "Group ID", []string{"group-id"}
	case "GroupName":
		return "Group name", []string{"group-name"}
	case "OwnerId":
		return "Owner account", []string{"owner-id"}
	case "DryRun":
		return "Dry run", []string{"dry-run"}
	case "IpPermissions":
		return "Rules", []string{"add-rule"}
	case "TagSpecifications":
		return "Tags", []string{"add-tag"}
	}
	segs := strings.Split(path, ".")
	head, i, ok := indexed(segs[0])
	switch {
	case ok && head == "IpPermissions" && i < len(s.Rules):
		return rulePlace(s, i, segs[1:])
	case head == "TagSpecifications":
		if len(segs) >= 2 {
			if h, j, ok := indexed(segs[1]); ok && h == "Tags" {
				n := "Tag " + strconv.Itoa(j+1)
				id := "tag" + strconv.Itoa(j)
				if len(segs) == 3 && (segs[2] == "Key" || segs[2] == "Value") {
					return n + " › " + segs[2], []string{id + "-" + strings.ToLower(segs[2])}
				}
				return n, []string{id + "-key"}
			}
		}
		return "Tags", []string{"add-tag"}
	}
	return path, nil
}

// rulePlace is place for a path below IpPermissions[i].
func rulePlace(s *store.Store, i int, segs []string) (string, []string) {
	rule := "Rule " + strconv.Itoa(i+1)
	id := "r" + strconv.Itoa(s.Rules[i].ID)
	if len(segs) == 0 {
		return rule, []string{id + "-type"}
	}
	icmp := false
	if p := s.Input.Input.IpPermissions[i].IpProtocol; p != nil && (*p == "icmp" || *p == "icmpv6") {
		icmp = true
	}
	switch segs[0] {
	case "IpProtocol":
		return rule + " › Type", []string{id + "-protonum", id + "-type"}
	case "FromPort", "ToPort":
		label, ctl := "From port", "-from"
		if segs[0] == "ToPort" {
			label, ctl = "To port", "-to"
		}
		if icmp {
			label = "ICMP type"
			if ctl == "-to" {
				label = "ICMP code"
			}
		}
		return rule + " › " + label, []string{id + ctl, id + "-icmp", id + "-type"}
	}
	kind, j, ok := indexed(segs[0])
	if !ok {
		if _, known := kindNames[segs[0]]; known {
			return rule + " › " + kindNames[segs[0]] + " sources", []string{id + "-type"}
		}
		return rule + " › " + strings.Join(segs, "."), []string{id + "-type"}
	}
	name, known := kindNames[kind]
	if !known {
		return rule + " › " + strings.Join(segs, "."), []string{id + "-type"}
	}
	// Sources are numbered in the order the rule shows them.
	p := s.Input.Input.IpPermissions[i]
	n := j + 1
	for _, k := range store.Kinds {
		if k == kind {
			break
		}
		n += store.SourceCount(p, k)
	}
	src := rule + " › source " + strconv.Itoa(n) + " (" + name + ")"
	sid := id + "-" + kind + strconv.Itoa(j)
	if len(segs) == 2 {
		return src + " › " + fieldLabel(kind, segs[1]), []string{sid + "-" + segs[1], sid + "-" + store.AddressField[kind]}
	}
	return src, []string{sid + "-" + store.AddressField[kind], sid + "-kind"}
}

// fieldLabel is the form's label of a source member.
func fieldLabel(kind, member string) string {
	for _, f := range append(sourceFields[kind], optionalSourceFields...) {
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
