package core

import "sgrules/internal/pyjson"

// This file writes a Request as JSON: pretty, in the key order of the CLI's
// --generate-cli-skeleton (Debian's 2.9.19), for the --cli-input-json file;
// compact, in the order AWS's docs write rules, for --ip-permissions and
// --tag-specifications arguments.

// cliInputJSON is the --cli-input-json file for command, ending in a newline.
func cliInputJSON(command string, r Request) string {
	w := pyjson.NewWriterSize("    ", permissionsSizeHint(r.IpPermissions)*5/2)
	w.BeginObject()
	if isEgress(command) {
		if r.DryRun != nil {
			w.BoolField("DryRun", *r.DryRun)
		}
		w.OptStr("GroupId", r.GroupId)
		w.OptStr("GroupName", r.GroupName) // not a member on egress: the CLI refuses it, as it should
		writePermissionsJSON(w, r.IpPermissions, skeletonOrder)
		writeTagSpecsJSON(w, r.TagSpecifications)
	} else {
		w.OptStr("GroupId", r.GroupId)
		w.OptStr("GroupName", r.GroupName)
		writePermissionsJSON(w, r.IpPermissions, skeletonOrder)
		if r.DryRun != nil {
			w.BoolField("DryRun", *r.DryRun)
		}
		writeTagSpecsJSON(w, r.TagSpecifications)
	}
	w.EndObject()
	w.EndLine()
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

func writePermissionsJSON(w *pyjson.Writer, perms []IpPermission, order memberOrder) {
	if perms == nil {
		return
	}
	w.Key("IpPermissions")
	writePermissionList(w, perms, order)
}

func writePermissionList(w *pyjson.Writer, perms []IpPermission, order memberOrder) {
	w.BeginArray()
	for i := range perms {
		w.Elem()
		writePermission(w, &perms[i], order)
	}
	w.EndArray()
}

func writePermission(w *pyjson.Writer, p *IpPermission, order memberOrder) {
	w.BeginObject()
	if order == docsOrder {
		w.OptStr("IpProtocol", p.IpProtocol)
		w.OptInt("FromPort", p.FromPort)
		w.OptInt("ToPort", p.ToPort)
		writeSources(w, p, false)
	} else {
		w.OptInt("FromPort", p.FromPort)
		w.OptStr("IpProtocol", p.IpProtocol)
		writeSources(w, p, true)
	}
	w.EndObject()
}

// writeSources writes the four source lists; in skeleton (alphabetical)
// order ToPort stands between PrefixListIds and UserIdGroupPairs.
func writeSources(w *pyjson.Writer, p *IpPermission, skeleton bool) {
	for _, kind := range SourceKinds {
		if skeleton && kind == KindSecurityGroup {
			w.OptInt("ToPort", p.ToPort)
		}
		t := &sourceKinds[kind]
		if !kind.present(p) {
			continue
		}
		w.Key(t.key)
		w.BeginArray()
		for i, n := 0, kind.len(p); i < n; i++ {
			w.Elem()
			w.BeginObject()
			for m, name := range t.members {
				w.OptStr(name, *kind.field(p, i, m))
			}
			w.EndObject()
		}
		w.EndArray()
	}
}

func writeTagSpecsJSON(w *pyjson.Writer, specs []TagSpecification) {
	if specs == nil {
		return
	}
	w.Key("TagSpecifications")
	writeTagSpecList(w, specs)
}

func writeTagSpecList(w *pyjson.Writer, specs []TagSpecification) {
	w.BeginArray()
	for _, s := range specs {
		w.Elem()
		w.BeginObject()
		w.OptStr("ResourceType", s.ResourceType)
		if s.Tags != nil {
			w.Key("Tags")
			writeTags(w, s.Tags)
		}
		w.EndObject()
	}
	w.EndArray()
}

func writeTags(w *pyjson.Writer, tags []Tag) {
	w.BeginArray()
	for _, t := range tags {
		w.Elem()
		w.BeginObject()
		w.OptStr("Key", t.Key)
		w.OptStr("Value", t.Value)
		w.EndObject()
	}
	w.EndArray()
}

// compactPermissions is the --ip-permissions JSON argument.
func compactPermissions(perms []IpPermission) string {
	w := pyjson.NewWriterSize("", permissionsSizeHint(perms))
	writePermissionList(w, perms, docsOrder)
	return w.String()
}

// compactTagSpecs is the --tag-specifications JSON argument.
func compactTagSpecs(specs []TagSpecification) string {
	w := pyjson.NewWriter("")
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
