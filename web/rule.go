package web

import (
	"slices"
	"strconv"

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

var protocolOptions = []option{
	{"tcp", "TCP"}, {"udp", "UDP"}, {"icmp", "ICMP"}, {"icmpv6", "ICMPv6"},
	{"-1", "All traffic (-1)"}, {"number", "Protocol number…"}, {"unset", "(not set)"},
}

// Render implements vecty.Component.
func (r *RuleView) Render() vecty.ComponentOrHTML {
	s, i, p := r.Store, r.Index, r.Rule
	path := "IpPermissions[" + strconv.Itoa(i) + "]"
	id := "r" + strconv.Itoa(r.Meta.ID)
	at := func(suffix string) []core.Problem { return s.At[path+suffix] }

	proto := str(p.IpProtocol)
	choice := proto
	if p.IpProtocol == nil {
		choice = "unset"
	}
	if r.Meta.CustomProtocol || (p.IpProtocol != nil && !slices.Contains(store.NamedProtocols, proto)) {
		choice = "number"
	}
	fromLabel, toLabel := "From port", "To port"
	if proto == "icmp" || proto == "icmpv6" {
		fromLabel, toLabel = "ICMP type", "ICMP code"
	}
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
	from, to := portText(r.Meta.FromText, p.FromPort), portText(r.Meta.ToText, p.ToPort)
	// The protocol and ports row, the sources and the add buttons are Parts:
	// typing in one source rebuilds only that source's row.
	headKey := key(strconv.Itoa(i), id, proto, choice, from, to,
		problemKey(at(".IpProtocol")), problemKey(at(".FromPort")), problemKey(at(".ToPort")))
	return elem.FieldSet(vecty.Markup(vecty.Class("rule"), prop.ID(id)),
		elem.Legend(vecty.Text("Rule "+strconv.Itoa(i+1))),
		problemList(id+"-problems", s.At[path]),
		&Part{Key: headKey, Build: func() *vecty.HTML {
			return r.head(id, choice, proto, fromLabel, toLabel, from, to)
		}},
		elem.Heading4(vecty.Text(sources)),
		r.sources(id, path),
		&Part{Key: key(strconv.Itoa(i)), Build: func() *vecty.HTML { return r.addSource() }},
	)
}

// head is a rule's protocol, ports and Remove button.
func (r *RuleView) head(id, choice, proto, fromLabel, toLabel, from, to string) *vecty.HTML {
	s, i := r.Store, r.Index
	path := "IpPermissions[" + strconv.Itoa(i) + "]"
	at := func(suffix string) []core.Problem { return s.At[path+suffix] }
	return elem.Div(vecty.Markup(vecty.Class("row")),
		field{id: id + "-proto", label: "Protocol", problems: at(".IpProtocol")}.
			choice(choice, protocolOptions, func(v string) {
				if v == "number" {
					s.Dispatch(store.SetProtocol{Rule: i, Custom: true})
					return
				}
				if v == "unset" {
					v = ""
				}
				s.Dispatch(store.SetProtocol{Rule: i, Value: v})
			}),
		vecty.If(choice == "number", field{id: id + "-protonum", label: "Protocol number", placeholder: "47",
			class: "narrow"}.text(proto, func(v string) { s.Dispatch(store.SetProtocol{Rule: i, Value: v, Custom: true}) })),
		field{id: id + "-from", label: fromLabel, placeholder: "22", class: "narrow", problems: at(".FromPort")}.
			text(from, func(v string) { s.Dispatch(store.SetPort{Rule: i, Text: v}) }),
		field{id: id + "-to", label: toLabel, placeholder: "22", class: "narrow", problems: at(".ToPort")}.
			text(to, func(v string) { s.Dispatch(store.SetPort{Rule: i, To: true, Text: v}) }),
		elem.Div(vecty.Markup(vecty.Class("field", "actions")),
			button("Remove rule", "remove", "Remove rule "+strconv.Itoa(i+1), func() { s.Dispatch(store.RemoveRule{Rule: i}) })),
	)
}

// addSource is a rule's buttons that add a source.
func (r *RuleView) addSource() *vecty.HTML {
	s, i := r.Store, r.Index
	return elem.Div(vecty.Markup(vecty.Class("add-source")),
		button("+ IPv4 CIDR", "add", "", func() { s.Dispatch(store.AddSource{Rule: i, Kind: core.KindIPv4}) }),
		button("+ IPv6 CIDR", "add", "", func() { s.Dispatch(store.AddSource{Rule: i, Kind: core.KindIPv6}) }),
		button("+ Prefix list", "add", "", func() { s.Dispatch(store.AddSource{Rule: i, Kind: core.KindPrefixList}) }),
		button("+ Security group", "add", "", func() { s.Dispatch(store.AddSource{Rule: i, Kind: core.KindSecurityGroup}) }),
	)
}

// sourceField is one member of a source as the form shows it.
type sourceField struct{ name, label, placeholder string }

var sourceFields = [...][]sourceField{
	core.KindIPv4:       {{"CidrIp", "IPv4 CIDR", "203.0.113.0/24"}, {"Description", "Description", "optional"}},
	core.KindIPv6:       {{"CidrIpv6", "IPv6 CIDR", "2001:db8::/64"}, {"Description", "Description", "optional"}},
	core.KindPrefixList: {{"PrefixListId", "Prefix list ID", "pl-0123456789abcdef0"}, {"Description", "Description", "optional"}},
	core.KindSecurityGroup: {{"GroupId", "Security group ID", "sg-0123456789abcdef0"}, {"UserId", "Account ID", "optional"},
		{"VpcId", "VPC ID", "optional"}, {"VpcPeeringConnectionId", "Peering connection ID", "optional"},
		{"Description", "Description", "optional"}},
}

// optionalSourceFields are shown only when the Input already has them.
var optionalSourceFields = []sourceField{{"GroupName", "Security group name", ""}, {"PeeringStatus", "Peering status", ""}}

var kindNames = [...]string{core.KindIPv4: "IPv4", core.KindIPv6: "IPv6",
	core.KindPrefixList: "Prefix list", core.KindSecurityGroup: "Security group"}

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
	fields := sourceFields[kind]
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
		elem.Span(vecty.Markup(vecty.Class("kind")), vecty.Text(kindNames[kind])),
		controls,
		elem.Div(vecty.Markup(vecty.Class("field", "actions")),
			button("Remove", "remove", "Remove "+kindNames[kind]+" source "+strconv.Itoa(j+1)+" of rule "+strconv.Itoa(i+1),
				func() { s.Dispatch(store.RemoveSource{Rule: i, Kind: kind, Index: j}) })),
		problemList(sid+"-problems", s.At[sp]),
	)
}
