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

// App is the whole page below the header: the form on one side, the
// commands and the predicted answer on the other.
type App struct {
	vecty.Core
	Store *store.Store
	Env   Env
}

// Copy implements vecty.Copier; see copyOf.
func (a *App) Copy() vecty.Component { cp := *a; return copyOf(&cp) }

// Render implements vecty.Component.
func (a *App) Render() vecty.ComponentOrHTML {
	s := a.Store
	// While the page starts (store.Link.StartStore) the form's column holds
	// its place, empty and marked busy.
	var form vecty.ComponentOrHTML = elem.Section(vecty.Markup(vecty.Class("form"), vecty.Attribute("aria-label", "Rules"), vecty.Attribute("aria-busy", "true")))
	if !s.Starting {
		form = &FormView{Store: s, Env: a.Env}
	}
	return elem.Main(vecty.Markup(prop.ID("app"), vecty.Class("app")),
		notice(s),
		undoBar(s),
		form,
		&OutputView{Store: s, Env: a.Env},
	)
}

// FormView is the form: the security group, its rules and their tags.
type FormView struct {
	vecty.Core
	Store *store.Store `vecty:"prop"`
	Env   Env          `vecty:"prop"`
}

// Copy implements vecty.Copier; see copyOf.
func (a *FormView) Copy() vecty.Component { cp := *a; return copyOf(&cp) }

// Render implements vecty.Component. The group's fields and the tags are
// Parts: typing in a rule rebuilds neither.
func (a *FormView) Render() vecty.ComponentOrHTML {
	s := a.Store
	r := s.Input.Request
	targetKey := key(s.Input.Command, opt(r.GroupId), opt(r.GroupName), opt(s.Input.OwnerId), dryRunChoice(r.DryRun))
	for _, path := range []string{"", "Command", "GroupId", "GroupName", "OwnerId", "DryRun"} {
		targetKey = key(targetKey, problemKey(s.At[path]))
	}
	return elem.Section(vecty.Markup(vecty.Class("form"), vecty.Attribute("aria-label", "Rules")),
		&Part{Key: "examples", Build: a.examples},
		&Part{Key: key("example", s.Example), Build: a.exampleNote},
		&Part{Key: targetKey, Build: a.target},
		a.rules(),
		&Part{Key: a.tagsKey(), Build: a.tags},
	)
}

// dryRunChoice is the Dry run selector's value for v.
func dryRunChoice(v *bool) string {
	if v == nil {
		return "unset"
	}
	return strconv.FormatBool(*v)
}

// Mount implements vecty.Mounter: the form is the last of the page to show.
func (a *FormView) Mount() {
	if a.Env.PageShown != nil {
		a.Env.PageShown()
	}
}

func (a *FormView) target() *vecty.HTML {
	s := a.Store
	r := s.Input.Request
	ingress := s.Input.Command != core.Egress
	dry := dryRunChoice(r.DryRun)
	return elem.FieldSet(vecty.Markup(vecty.Class("target")),
		elem.Legend(vecty.Text("Security group")),
		problemList("request-problems", s.At[""]),
		elem.Div(vecty.Markup(vecty.Class("row")),
			field{id: "command", label: "Direction", problems: s.At["Command"]}.choice(s.Input.Command, []option{
				{core.Ingress, "Inbound (authorize-security-group-ingress)"},
				{core.Egress, "Outbound (authorize-security-group-egress)"},
			}, func(v string) { s.Dispatch(store.SetCommand{Command: v}) }),
		),
		elem.Div(vecty.Markup(vecty.Class("row")),
			field{id: "group-id", label: "Group ID", placeholder: "e.g. sg-0123456789abcdef0", problems: s.At["GroupId"]}.
				text(str(r.GroupId), func(v string) { s.Dispatch(store.SetField{Field: "GroupId", Text: v}) }),
			vecty.If(ingress || r.GroupName != nil, field{id: "group-name", label: "or group name (default VPC, inbound only)",
				placeholder: "optional", problems: s.At["GroupName"]}.
				text(str(r.GroupName), func(v string) { s.Dispatch(store.SetField{Field: "GroupName", Text: v}) })),
		),
		elem.Div(vecty.Markup(vecty.Class("row")),
			field{id: "owner-id", label: "Owner account (for the predicted answer)", placeholder: "default " + core.DefaultOwnerId,
				problems: s.At["OwnerId"]}.
				text(str(s.Input.OwnerId), func(v string) { s.Dispatch(store.SetField{Field: "OwnerId", Text: v}) }),
			field{id: "dry-run", label: "Dry run", problems: s.At["DryRun"]}.choice(dry, []option{
				{"unset", "(not set)"}, {"true", "--dry-run"}, {"false", "--no-dry-run"},
			}, func(v string) { s.Dispatch(store.SetDryRun{Value: v}) }),
		),
	)
}

func (a *FormView) rules() *vecty.HTML {
	s := a.Store
	perms := s.Input.Request.IpPermissions
	items := make(vecty.List, len(perms))
	for i := range perms {
		sig := ""
		if i < len(s.RuleSig) {
			sig = s.RuleSig[i]
		}
		// Not keyed: vecty v0.6.0 removes keyed children whose SkipRender
		// returns true, and skipping is what keeps 60 rules fast.
		items[i] = &RuleView{Store: s, Index: i, Rule: perms[i], Meta: s.Rules[i], Sig: sig,
			Egress: s.Input.Command == core.Egress}
	}
	return elem.Div(vecty.Markup(vecty.Class("rules")),
		problemList("permissions-problems", s.At["IpPermissions"]),
		elem.Div(items),
		elem.Button(vecty.Markup(prop.Type(prop.TypeButton), vecty.Class("add", "add-rule"), prop.ID("add-rule"),
			onClick(func() { s.Dispatch(store.AddRule{}) })), vecty.Text("+ Add rule")),
	)
}

// tagsKey is the tags Part's key: every tag and every problem under
// TagSpecifications.
func (a *FormView) tagsKey() string {
	s := a.Store
	var k []string
	if specs := s.Input.Request.TagSpecifications; len(specs) > 0 {
		for _, t := range specs[0].Tags {
			k = append(k, opt(t.Key), opt(t.Value))
		}
	}
	k = append(k, "\x02")
	for _, p := range s.Result.Problems {
		if strings.HasPrefix(p.Path, "TagSpecifications") {
			k = append(k, p.Path, problemKey([]core.Problem{p}))
		}
	}
	return key(k...)
}

func (a *FormView) tags() *vecty.HTML {
	s := a.Store
	var tags []core.Tag
	if specs := s.Input.Request.TagSpecifications; len(specs) > 0 {
		tags = specs[0].Tags
	}
	rows := make(vecty.List, len(tags))
	for i, t := range tags {
		i := i
		path := "TagSpecifications[0].Tags[" + strconv.Itoa(i) + "]"
		rows[i] = elem.ListItem(vecty.Markup(vecty.Class("row")),
			field{id: "tag" + strconv.Itoa(i) + "-key", label: "Key", problems: s.At[path+".Key"]}.
				text(str(t.Key), func(v string) { s.Dispatch(store.SetTag{Index: i, Text: v}) }),
			field{id: "tag" + strconv.Itoa(i) + "-value", label: "Value", placeholder: "optional", problems: s.At[path+".Value"]}.
				text(str(t.Value), func(v string) { s.Dispatch(store.SetTag{Index: i, Value: true, Text: v}) }),
			elem.Div(vecty.Markup(vecty.Class("field", "actions")),
				button("Remove", "remove", "Remove tag "+strconv.Itoa(i+1), func() { s.Dispatch(store.RemoveTag{Index: i}) })),
			problemList("", s.At[path]),
		)
	}
	return elem.FieldSet(vecty.Markup(vecty.Class("tags")),
		elem.Legend(vecty.Text("Tags on the new rules")),
		problemList("tags-problems", s.At["TagSpecifications"]),
		problemList("", s.At["TagSpecifications[0]"]),
		vecty.If(len(rows) > 0, elem.UnorderedList(rows)),
		elem.Button(vecty.Markup(prop.Type(prop.TypeButton), vecty.Class("add"), prop.ID("add-tag"),
			onClick(func() { s.Dispatch(store.AddTag{}) })), vecty.Text("+ Add tag")),
	)
}
