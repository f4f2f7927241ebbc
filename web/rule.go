package web

import (
	"strconv"
	"strings"

	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/prop"

	"sgrules/core"
	"sgrules/web/store"
)

// RuleView shows one IpPermission. It re-renders only when its rule, its
// position, its problems or the command direction changed.
type RuleView struct {
	vecty.Core
	Store  *store.Store      `vecty:"prop"`
	Index  int               `vecty:"prop"`
	Rule   core.IpPermission `vecty:"prop"`
	Meta   store.RuleMeta    `vecty:"prop"`
	Sig    string            `vecty:"prop"`
	Egress bool              `vecty:"prop"`
}

// Copy implements vecty.Copier; see copyOf.
func (r *RuleView) Copy() vecty.Component { cp := *r; return copyOf(&cp) }

// SkipRender implements vecty.RenderSkipper.
func (r *RuleView) SkipRender(prev vecty.Component) bool {
	p, ok := prev.(*RuleView)
	return ok && p.Index == r.Index && p.Meta == r.Meta && p.Sig == r.Sig && p.Egress == r.Egress
}

// presetOptions are the rule types, each with what it fills in; built on
// first use, so the first frame does not wait for them.
var presetOptions []option

func presetChoices() []option {
	if presetOptions == nil {
		presetOptions = make([]option, len(core.Presets))
		for i, p := range core.Presets {
			presetOptions[i] = option{p.Name, p.Name}
			if p.Fields == core.FieldsNone {
				presetOptions[i].label += " (" + presetSummary(p) + ")"
			}
		}
	}
	return presetOptions
}

// presetSummary says what a fixed rule type allows: "TCP 443",
// "TCP 0–65535", "ICMP" (every type), "all protocols".
func presetSummary(p core.Preset) string {
	var s string
	switch p.Protocol {
	case "-1":
		return "all protocols"
	case "icmpv6":
		s = "ICMPv6"
	default:
		s = strings.ToUpper(p.Protocol)
	}
	if p.FromPort >= 0 {
		s += " " + strconv.FormatInt(p.FromPort, 10)
		if p.ToPort != p.FromPort {
			s += "–" + strconv.FormatInt(p.ToPort, 10)
		}
	}
	return s
}

// icmpOptions are the named ICMP (or ICMPv6) types and codes, valued
// "type/code" as the rule stores them and labelled by core.ICMPName, and
// an entry for other numbers.
func icmpOptions(v6 bool) []option {
	opts := []option{{"-1/-1", core.ICMPAll}}
	add := func(t, c int64) {
		name, _ := core.ICMPName(v6, t, c)
		n := strconv.FormatInt(t, 10) + "/" + strconv.FormatInt(c, 10)
		opts = append(opts, option{n, name + " (" + n + ")"})
	}
	for _, t := range core.ICMPTypes(v6) {
		add(t.Type, -1)
		for _, c := range t.Codes {
			add(t.Type, c.Code)
		}
	}
	return append(opts, option{"other", "Other: type and code below"})
}

var icmpV4Options, icmpV6Options []option

// Render implements vecty.Component.
func (r *RuleView) Render() vecty.ComponentOrHTML {
	s, i, p := r.Store, r.Index, r.Rule
	path := "IpPermissions[" + strconv.Itoa(i) + "]"
	id := "r" + strconv.Itoa(r.Meta.ID)
	at := func(suffix string) []core.Problem { return s.At[path+suffix] }

	preset, known := s.PresetOf(i)
	portText := func(typed *string, n *int64) string {
		if typed != nil {
			return *typed
		}
		if n == nil {
			return ""
		}
		return strconv.FormatInt(*n, 10)
	}
	sources := "Sources"
	if r.Egress {
		sources = "Destinations"
	}
	proto := str(p.IpProtocol)
	from, to := portText(r.Meta.FromText, p.FromPort), portText(r.Meta.ToText, p.ToPort)
	last := i == len(s.Input.Request.IpPermissions)-1
	// The type and ports row, the sources and the add buttons are Parts:
	// typing in one source rebuilds only that source's row.
	headKey := key(strconv.Itoa(i), id, proto, preset.Name, strconv.FormatBool(known), strconv.FormatBool(last), from, to,
		opt(p.IpProtocol), problemKey(at(".IpProtocol")), problemKey(at(".FromPort")), problemKey(at(".ToPort")))
	twin := store.NeedsIPv6Twin(p)
	return elem.FieldSet(vecty.Markup(vecty.Class("rule"), prop.ID(id)),
		elem.Legend(vecty.Text("Rule "+strconv.Itoa(i+1))),
		problemList(id+"-problems", s.At[path]),
		&Part{Key: headKey, Build: func() *vecty.HTML {
			return r.head(id, preset, known, proto, from, to, last)
		}},
		elem.Heading4(vecty.Text(sources)),
		r.sources(id, path),
		&Part{Key: key(strconv.Itoa(i), strconv.FormatBool(twin)), Build: func() *vecty.HTML { return r.addSource(twin) }},
	)
}

// head is a rule's type, protocol and ports, and the rule's buttons.
func (r *RuleView) head(id string, preset core.Preset, known bool, proto, from, to string, last bool) *vecty.HTML {
	s, i := r.Store, r.Index
	path := "IpPermissions[" + strconv.Itoa(i) + "]"
	at := func(suffix string) []core.Problem { return s.At[path+suffix] }
	n := strconv.Itoa(i + 1)
	opts := presetChoices()
	cur := preset.Name
	if !known {
		cur = ""
		opts = append([]option{{"", "Choose a type…"}}, opts...)
	}
	var fields vecty.List
	fromLabel, toLabel, placeholder := "From port", "To port", "e.g. 8080"
	showPorts := preset.Fields == core.FieldsPorts || preset.Fields == core.FieldsICMP ||
		(preset.Fields == core.FieldsProtocol && (from != "" || to != "")) || !known && (from != "" || to != "")
	switch preset.Fields {
	case core.FieldsProtocol:
		fields = append(fields, field{id: id + "-protonum", label: "Protocol number", placeholder: "e.g. 47", class: "narrow",
			problems: at(".IpProtocol")}.text(proto, func(v string) { s.Dispatch(store.SetProtocol{Rule: i, Value: v, Custom: true}) }))
	case core.FieldsICMP:
		v6 := preset.Protocol == "icmpv6"
		fromLabel, toLabel, placeholder = "ICMP type", "ICMP code", "e.g. -1"
		if icmpV4Options == nil {
			icmpV4Options, icmpV6Options = icmpOptions(false), icmpOptions(true)
		}
		icmp := icmpV4Options
		if v6 {
			icmp = icmpV6Options
		}
		choice := "other"
		if f, err := strconv.ParseInt(from, 10, 64); err == nil {
			if t, err := strconv.ParseInt(to, 10, 64); err == nil {
				if _, ok := core.ICMPName(v6, f, t); ok {
					choice = from + "/" + to
				}
			}
		}
		fields = append(fields, field{id: id + "-icmp", label: "ICMP type and code", class: "wide"}.choice(choice, icmp, func(v string) {
			t, c, ok := strings.Cut(v, "/")
			if !ok {
				return
			}
			tn, _ := strconv.ParseInt(t, 10, 64)
			cn, _ := strconv.ParseInt(c, 10, 64)
			s.Dispatch(store.SetICMP{Rule: i, Type: tn, Code: cn})
		}))
	case core.FieldsNone:
		fields = append(fields, elem.Div(vecty.Markup(vecty.Class("field", "fixed")),
			elem.Span(vecty.Markup(vecty.Class("label")), vecty.Text("Allows")),
			elem.Span(vecty.Markup(prop.ID(id+"-allows")), vecty.Text(presetSummary(preset)))))
	}
	if showPorts {
		fields = append(fields,
			field{id: id + "-from", label: fromLabel, placeholder: placeholder, class: "narrow", problems: at(".FromPort")}.
				text(from, func(v string) { s.Dispatch(store.SetPort{Rule: i, Text: v}) }),
			field{id: id + "-to", label: toLabel, placeholder: placeholder, class: "narrow", problems: at(".ToPort")}.
				text(to, func(v string) { s.Dispatch(store.SetPort{Rule: i, To: true, Text: v}) }))
	}
	typeProblems := at(".IpProtocol")
	if preset.Fields == core.FieldsProtocol {
		typeProblems = nil // shown at the protocol number
	}
	hint := ""
	if preset.Fields == core.FieldsPorts || preset.Fields == core.FieldsICMP {
		if named, ok := core.PresetFor(proto, intOf(from), intOf(to)); ok && named.Fields == core.FieldsNone {
			hint = "Same as the type " + named.Name + "."
		}
	}
	return elem.Div(
		elem.Div(vecty.Markup(vecty.Class("row")),
			field{id: id + "-type", label: "Type", problems: typeProblems, class: "type", hint: hint}.
				choice(cur, opts, func(v string) { s.Dispatch(store.SetPreset{Rule: i, Name: v}) }),
			fields,
		),
		elem.Div(vecty.Markup(vecty.Class("rule-actions")),
			button("Duplicate", "", "Duplicate rule "+n, func() { s.Dispatch(store.DuplicateRule{Rule: i}) }),
			vecty.If(i > 0, button("↑ Up", "", "Move rule "+n+" up", func() { s.Dispatch(store.MoveRule{Rule: i, By: -1}) })),
			vecty.If(!last, button("↓ Down", "", "Move rule "+n+" down", func() { s.Dispatch(store.MoveRule{Rule: i, By: 1}) })),
			button("Remove rule", "remove", "Remove rule "+n, func() { s.Dispatch(store.RemoveRule{Rule: i}) }),
		),
	)
}

// intOf is a port field's number, or nil.
func intOf(text string) *int64 {
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return nil
	}
	return &n
}

// addSource is a rule's buttons that add a source.
func (r *RuleView) addSource(twin bool) *vecty.HTML {
	s, i := r.Store, r.Index
	n := " to rule " + strconv.Itoa(i+1)
	return elem.Div(vecty.Markup(vecty.Class("add-source")),
		button("+ IPv4 CIDR", "add", "Add an IPv4 CIDR"+n, func() { s.Dispatch(store.AddSource{Rule: i, Kind: core.KindIPv4}) }),
		button("+ IPv6 CIDR", "add", "Add an IPv6 CIDR"+n, func() { s.Dispatch(store.AddSource{Rule: i, Kind: core.KindIPv6}) }),
		button("+ Prefix list", "add", "Add a prefix list"+n, func() { s.Dispatch(store.AddSource{Rule: i, Kind: core.KindPrefixList}) }),
		button("+ Security group", "add", "Add a security group"+n, func() { s.Dispatch(store.AddSource{Rule: i, Kind: core.KindSecurityGroup}) }),
		button("Anywhere-IPv4", "quick", "Add Anywhere-IPv4 (0.0.0.0/0)"+n, func() { s.Dispatch(store.QuickSource{Rule: i, Which: store.QuickAnywhereIPv4}) }),
		button("Anywhere-IPv6", "quick", "Add Anywhere-IPv6 (::/0)"+n, func() { s.Dispatch(store.QuickSource{Rule: i, Which: store.QuickAnywhereIPv6}) }),
		vecty.If(twin, button("+ IPv6 twin (::/0)", "quick twin", "Add the IPv6 twin of 0.0.0.0/0"+n, func() {
			s.Dispatch(store.QuickSource{Rule: i, Which: store.QuickIPv6Twin})
		})),
	)
}

// sourceField is one member of a source as the form shows it.
type sourceField struct{ name, label, placeholder string }

// sourceFields are the fields of each kind, indexed by kind. It and
// kindNames are arrays rather than maps, so that the page does not build
// maps when it starts.
var sourceFields = [...][]sourceField{
	core.KindIPv4:       {{"CidrIp", "IPv4 CIDR", "e.g. 203.0.113.0/24"}, {"Description", "Description", "optional"}},
	core.KindIPv6:       {{"CidrIpv6", "IPv6 CIDR", "e.g. 2001:db8::/64"}, {"Description", "Description", "optional"}},
	core.KindPrefixList: {{"PrefixListId", "Prefix list ID", "e.g. pl-0123456789abcdef0"}, {"Description", "Description", "optional"}},
	core.KindSecurityGroup: {{"GroupId", "Security group ID", "e.g. sg-0123456789abcdef0"}, {"UserId", "Owner account ID", "optional"},
		{"VpcId", "VPC ID", "optional"}, {"VpcPeeringConnectionId", "Peering connection ID", "optional"},
		{"Description", "Description", "optional"}},
}

// sourceFieldsFor is sourceFields[kind], or nil for an invalid kind.
func sourceFieldsFor(kind core.SourceKind) []sourceField {
	if !kind.IsValid() {
		return nil
	}
	return sourceFields[kind]
}

// optionalSourceFields are shown only when the Input already has them.
var optionalSourceFields = []sourceField{{"GroupName", "Security group name", ""}, {"PeeringStatus", "Peering status", ""}}

var kindNames = [...]string{core.KindIPv4: "IPv4 CIDR", core.KindIPv6: "IPv6 CIDR",
	core.KindPrefixList: "Prefix list", core.KindSecurityGroup: "Security group"}

// kindName is kindNames[kind], or "" for an invalid kind.
func kindName(kind core.SourceKind) string {
	if !kind.IsValid() {
		return ""
	}
	return kindNames[kind]
}

// kindOptions are the choices of a source's kind, by the kind's JSON key.
var kindOptions = []option{{core.KindIPv4.String(), "IPv4 CIDR"}, {core.KindIPv6.String(), "IPv6 CIDR"},
	{core.KindPrefixList.String(), "Prefix list"}, {core.KindSecurityGroup.String(), "Security group"}}

// kindNamed is the source kind whose JSON key is name.
func kindNamed(name string) (core.SourceKind, bool) {
	for _, k := range core.SourceKinds {
		if k.String() == name {
			return k, true
		}
	}
	return 0, false
}

func (r *RuleView) sources(id, path string) *vecty.HTML {
	var rows vecty.List
	p := r.Rule
	for _, kind := range core.SourceKinds {
		for j, n := 0, kind.Len(&p); j < n; j++ {
			kind, j := kind, j
			rows = append(rows, &Part{Key: r.sourceKey(id, path, kind, j), Build: func() *vecty.HTML { return r.source(id, path, kind, j) }})
		}
	}
	if len(rows) == 0 {
		return elem.Paragraph(vecty.Markup(vecty.Class("empty")), vecty.Text("None yet: add one below."))
	}
	return elem.UnorderedList(vecty.Markup(vecty.Class("sources")), rows)
}

// sourceFieldsOf are the fields the form shows for source j of kind.
func (r *RuleView) sourceFieldsOf(kind core.SourceKind, j int) []sourceField {
	rule := r.Rule
	fields := sourceFieldsFor(kind)
	if kind == core.KindSecurityGroup {
		for _, f := range optionalSourceFields {
			if v := kind.Field(&rule, j, f.name); v != nil && *v != nil {
				fields = append(fields, f)
			}
		}
	}
	return fields
}

// sourceKey is the key of source j's Part: its place, its fields' values
// and its problems.
func (r *RuleView) sourceKey(id, path string, kind core.SourceKind, j int) string {
	s := r.Store
	rule := r.Rule
	sp := path + "." + kind.String() + "[" + strconv.Itoa(j) + "]"
	k := []string{strconv.Itoa(r.Index), id, kind.String(), strconv.Itoa(j), problemKey(s.At[sp])}
	for _, f := range r.sourceFieldsOf(kind, j) {
		k = append(k, f.name, opt(*kind.Field(&rule, j, f.name)), problemKey(s.At[sp+"."+f.name]))
	}
	return key(k...)
}

func (r *RuleView) source(id, path string, kind core.SourceKind, j int) *vecty.HTML {
	s, i := r.Store, r.Index
	sp := path + "." + kind.String() + "[" + strconv.Itoa(j) + "]"
	sid := id + "-" + kind.String() + strconv.Itoa(j)
	rule := r.Rule
	var controls vecty.List
	for _, f := range r.sourceFieldsOf(kind, j) {
		f := f
		v := kind.Field(&rule, j, f.name)
		controls = append(controls, field{id: sid + "-" + f.name, label: f.label, placeholder: f.placeholder,
			problems: s.At[sp+"."+f.name]}.text(str(*v), func(t string) {
			s.Dispatch(store.SetSource{Rule: i, Kind: kind, Index: j, Field: f.name, Text: t})
		}))
	}
	return elem.ListItem(vecty.Markup(vecty.Class("source")),
		field{id: sid + "-kind", label: "Kind", class: "kind"}.choice(kind.String(), kindOptions, func(v string) {
			if to, ok := kindNamed(v); ok {
				s.Dispatch(store.SetSourceKind{Rule: i, Kind: kind, Index: j, To: to})
			}
		}),
		controls,
		elem.Div(vecty.Markup(vecty.Class("field", "actions")),
			button("Remove", "remove", "Remove "+kindName(kind)+" source "+strconv.Itoa(j+1)+" of rule "+strconv.Itoa(i+1),
				func() { s.Dispatch(store.RemoveSource{Rule: i, Kind: kind, Index: j}) })),
		problemList(sid+"-problems", s.At[sp]),
	)
}
