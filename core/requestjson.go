package core

// This file writes a Request as JSON: pretty, in the key order of the CLI's
// --generate-cli-skeleton (Debian's 2.9.19), for the --cli-input-json file;
// compact, in the order AWS's docs write rules, for --ip-permissions and
// --tag-specifications arguments.

// cliInputJSON is the --cli-input-json file for command, ending in a newline.
func cliInputJSON(command string, r Request) string {
	w := newJSONWriterSize("    ", permissionsSizeHint(r.IpPermissions)*5/2)
	w.beginObject()
	if isEgress(command) {
		if r.DryRun != nil {
			w.boolField("DryRun", *r.DryRun)
		}
		w.optStr("GroupId", r.GroupId)
		w.optStr("GroupName", r.GroupName) // not a member on egress: the CLI refuses it, as it should
		writePermissionsJSON(w, r.IpPermissions, skeletonOrder)
		writeTagSpecsJSON(w, r.TagSpecifications)
	} else {
		w.optStr("GroupId", r.GroupId)
		w.optStr("GroupName", r.GroupName)
		writePermissionsJSON(w, r.IpPermissions, skeletonOrder)
		if r.DryRun != nil {
			w.boolField("DryRun", *r.DryRun)
		}
		writeTagSpecsJSON(w, r.TagSpecifications)
	}
	w.endObject()
	w.b.WriteByte('\n')
	return w.String()
}

// memberOrder selects the order of IpPermission members.
type memberOrder int

const (
	// docsOrder is IpProtocol, FromPort, ToPort, then the sources: how AWS's
	// documentation writes a rule.
	docsOrder memberOrder = iota
	// skeletonOrder is the alphabetical model order of 2.9.19's skeleton.
	skeletonOrder
)

func writePermissionsJSON(w *jsonWriter, perms []IpPermission, order memberOrder) {
	if perms == nil {
		return
	}
	w.key("IpPermissions")
	writePermissionList(w, perms, order)
}

func writePermissionList(w *jsonWriter, perms []IpPermission, order memberOrder) {
	w.beginArray()
	for i := range perms {
		w.elem()
		writePermission(w, &perms[i], order)
	}
	w.endArray()
}

func writePermission(w *jsonWriter, p *IpPermission, order memberOrder) {
	w.beginObject()
	if order == docsOrder {
		w.optStr("IpProtocol", p.IpProtocol)
		w.optInt("FromPort", p.FromPort)
		w.optInt("ToPort", p.ToPort)
		writeSources(w, p, false)
	} else {
		w.optInt("FromPort", p.FromPort)
		w.optStr("IpProtocol", p.IpProtocol)
		writeSources(w, p, true)
	}
	w.endObject()
}

// writeSources writes the four source lists; in skeleton (alphabetical)
// order ToPort stands between PrefixListIds and UserIdGroupPairs.
func writeSources(w *jsonWriter, p *IpPermission, skeleton bool) {
	for _, kind := range SourceKinds {
		if skeleton && kind == KindSecurityGroup {
			w.optInt("ToPort", p.ToPort)
		}
		t := &sourceKinds[kind]
		if !t.list.present(p) {
			continue
		}
		w.key(t.key)
		w.beginArray()
		for i, n := 0, t.list.len(p); i < n; i++ {
			w.elem()
			w.beginObject()
			for m, name := range t.members {
				w.optStr(name, *t.list.field(p, i, m))
			}
			w.endObject()
		}
		w.endArray()
	}
}

func writeTagSpecsJSON(w *jsonWriter, specs []TagSpecification) {
	if specs == nil {
		return
	}
	w.key("TagSpecifications")
	writeTagSpecList(w, specs)
}

func writeTagSpecList(w *jsonWriter, specs []TagSpecification) {
	w.beginArray()
	for _, s := range specs {
		w.elem()
		w.beginObject()
		w.optStr("ResourceType", s.ResourceType)
		if s.Tags != nil {
			w.key("Tags")
			writeTags(w, s.Tags)
		}
		w.endObject()
	}
	w.endArray()
}

func writeTags(w *jsonWriter, tags []Tag) {
	w.beginArray()
	for _, t := range tags {
		w.elem()
		w.beginObject()
		w.optStr("Key", t.Key)
		w.optStr("Value", t.Value)
		w.endObject()
	}
	w.endArray()
}

// compactPermissions is the --ip-permissions JSON argument.
func compactPermissions(perms []IpPermission) string {
	w := newJSONWriterSize("", permissionsSizeHint(perms))
	writePermissionList(w, perms, docsOrder)
	return w.String()
}

// compactTagSpecs is the --tag-specifications JSON argument.
func compactTagSpecs(specs []TagSpecification) string {
	w := newJSONWriter("")
	writeTagSpecList(w, specs)
	return w.String()
}

// permissionsSizeHint is about how many bytes perms take as compact JSON,
// to size a builder once.
func permissionsSizeHint(perms []IpPermission) int {
	n := 128
	for _, p := range perms {
		n += 48 + 72*(len(p.IpRanges)+len(p.Ipv6Ranges)+len(p.PrefixListIds)) + 128*len(p.UserIdGroupPairs)
	}
	return n
}
