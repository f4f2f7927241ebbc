package store

import (
	"strconv"
	"strings"

	"sgrules/core"
)

// Action is one change the user asked for. apply reports whether the Input
// (or the typed text beside it) changed.
type Action interface {
	apply(s *Store) bool
}

// linkNeutral marks an Action that changes nothing a link holds.
type linkNeutral interface{ linkNeutral() }

// optional maps a text field to an Input value: empty means "not set".
func optional(text string) *string {
	if text == "" {
		return nil
	}
	return &text
}

// Load replaces the whole Input (a permalink, or New).
type Load struct{ Input core.Input }

func (a Load) apply(s *Store) bool { s.load(a.Input); return true }

// SetCommand chooses the authorize command (core.Ingress or core.Egress).
type SetCommand struct{ Command string }

func (a SetCommand) apply(s *Store) bool { s.Input.Command = a.Command; return true }

// SetField sets one top-level text field: "GroupId", "GroupName" or
// "OwnerId".
type SetField struct{ Field, Text string }

func (a SetField) apply(s *Store) bool {
	switch a.Field {
	case "GroupId":
		s.Input.Request.GroupId = optional(a.Text)
	case "GroupName":
		s.Input.Request.GroupName = optional(a.Text)
	case "OwnerId":
		s.Input.OwnerId = optional(a.Text)
	default:
		return false
	}
	return true
}

// SetDryRun sets DryRun: "" leaves it out, "true" or "false" send it.
type SetDryRun struct{ Value string }

func (a SetDryRun) apply(s *Store) bool {
	switch a.Value {
	case "true", "false":
		s.Input.Request.DryRun = core.Bool(a.Value == "true")
	default:
		s.Input.Request.DryRun = nil
	}
	return true
}

// AddRule appends a rule of a visible type, HTTPS (tcp 443–443), with one
// IPv4 source for the user to fill in.
type AddRule struct{}

func (AddRule) apply(s *Store) bool {
	s.Input.Request.IpPermissions = append(s.Input.Request.IpPermissions,
		core.IpPermission{IpProtocol: core.Str("tcp"), FromPort: core.Int(443), ToPort: core.Int(443), IpRanges: []core.IpRange{{}}})
	s.Rules = append(s.Rules, s.newRule())
	return true
}

// RemoveRule removes rule Rule. Removing the last rule leaves the key out.
type RemoveRule struct{ Rule int }

func (a RemoveRule) apply(s *Store) bool {
	perms := s.Input.Request.IpPermissions
	if a.Rule < 0 || a.Rule >= len(perms) {
		return false
	}
	perms = append(perms[:a.Rule:a.Rule], perms[a.Rule+1:]...)
	if len(perms) == 0 {
		perms = nil
	}
	s.Input.Request.IpPermissions = perms
	s.Rules = append(s.Rules[:a.Rule:a.Rule], s.Rules[a.Rule+1:]...)
	return true
}

// rule returns the rule at i and marks it changed, or nil.
func (s *Store) rule(i int) (*core.IpPermission, *RuleMeta) {
	if i < 0 || i >= len(s.Input.Request.IpPermissions) || i >= len(s.Rules) {
		return nil, nil
	}
	s.Rules[i].Version++
	return &s.Input.Request.IpPermissions[i], &s.Rules[i]
}

// SetProtocol sets a rule's IpProtocol. Custom says the user picks it by
// number (Value is then the number's text).
type SetProtocol struct {
	Rule   int
	Value  string
	Custom bool
}

func (a SetProtocol) apply(s *Store) bool {
	p, m := s.rule(a.Rule)
	if p == nil {
		return false
	}
	m.CustomProtocol = a.Custom
	p.IpProtocol = optional(a.Value)
	return true
}

// SetPort sets a rule's FromPort (To false) or ToPort (To true) from the
// text typed. Text that is not exactly a number is kept beside the Input so
// nothing typed is lost.
type SetPort struct {
	Rule int
	To   bool
	Text string
}

func (a SetPort) apply(s *Store) bool {
	p, m := s.rule(a.Rule)
	if p == nil {
		return false
	}
	var value *int64
	var text *string
	if a.Text != "" {
		if n, err := strconv.ParseInt(strings.TrimSpace(a.Text), 10, 64); err == nil {
			value = &n
		}
		if value == nil || strconv.FormatInt(*value, 10) != a.Text {
			t := a.Text
			text = &t
		}
	}
	if a.To {
		p.ToPort, m.ToText = value, text
	} else {
		p.FromPort, m.FromText = value, text
	}
	return true
}

// AddSource appends an empty source of Kind to rule Rule.
type AddSource struct {
	Rule int
	Kind core.SourceKind
}

func (a AddSource) apply(s *Store) bool {
	p, _ := s.rule(a.Rule)
	if p == nil || !a.Kind.IsValid() {
		return false
	}
	a.Kind.Add(p)
	return true
}

// RemoveSource removes source Index of Kind from rule Rule; the last one
// removed leaves the key out.
type RemoveSource struct {
	Rule  int
	Kind  core.SourceKind
	Index int
}

func (a RemoveSource) apply(s *Store) bool {
	p, _ := s.rule(a.Rule)
	if p == nil || !a.Kind.IsValid() {
		return false
	}
	a.Kind.Remove(p, a.Index)
	return true
}

func removeAt[T any](list []T, i int) []T {
	if i < 0 || i >= len(list) {
		return list
	}
	list = append(list[:i:i], list[i+1:]...)
	if len(list) == 0 {
		return nil
	}
	return list
}

// SetSource sets one member (Field, the API's name) of source Index of Kind
// in rule Rule.
type SetSource struct {
	Rule  int
	Kind  core.SourceKind
	Index int
	Field string
	Text  string
}

func (a SetSource) apply(s *Store) bool {
	p, _ := s.rule(a.Rule)
	if p == nil {
		return false
	}
	f := a.Kind.Field(p, a.Index, a.Field)
	if f == nil {
		return false
	}
	*f = optional(a.Text)
	return true
}

// AddTag appends an empty tag; the first one creates the tag specification
// for the rules the call creates.
type AddTag struct{}

func (AddTag) apply(s *Store) bool {
	specs := &s.Input.Request.TagSpecifications
	if len(*specs) == 0 {
		*specs = []core.TagSpecification{{ResourceType: core.Str("security-group-rule")}}
	}
	(*specs)[0].Tags = append((*specs)[0].Tags, core.Tag{})
	return true
}

// RemoveTag removes tag Index; removing the last one removes the
// TagSpecifications key.
type RemoveTag struct{ Index int }

func (a RemoveTag) apply(s *Store) bool {
	specs := s.Input.Request.TagSpecifications
	if len(specs) == 0 {
		return false
	}
	specs[0].Tags = removeAt(specs[0].Tags, a.Index)
	if len(specs[0].Tags) == 0 && len(specs) == 1 {
		s.Input.Request.TagSpecifications = nil
	}
	return true
}

// SetTag sets the Key (Value false) or Value (Value true) of tag Index.
type SetTag struct {
	Index int
	Value bool
	Text  string
}

func (a SetTag) apply(s *Store) bool {
	specs := s.Input.Request.TagSpecifications
	if len(specs) == 0 || a.Index < 0 || a.Index >= len(specs[0].Tags) {
		return false
	}
	t := &specs[0].Tags[a.Index]
	if a.Value {
		t.Value = optional(a.Text)
	} else {
		t.Key = optional(a.Text)
	}
	return true
}

// SetShell chooses the shell whose commands are shown. The Result holds
// that shell's commands only, so a new shell regenerates.
type SetShell struct{ Shell string }

func (a SetShell) apply(s *Store) bool {
	changed := s.Shell != a.Shell
	s.Shell = a.Shell
	return changed
}

// SetForm chooses the form whose commands are shown.
type SetForm struct{ Form string }

func (a SetForm) apply(s *Store) bool { s.Form = a.Form; return false }

// SetTab chooses the output format tab. The Result holds that format only,
// so a new tab regenerates.
type SetTab struct{ Tab string }

func (SetTab) linkNeutral() {}

func (a SetTab) apply(s *Store) bool {
	changed := s.Tab != a.Tab
	s.Tab = a.Tab
	return changed
}

// SetCopied records what was just copied ("" clears the note).
type SetCopied struct{ What string }

func (a SetCopied) apply(s *Store) bool { s.Copied = a.What; return false }

func (SetCopied) linkNeutral() {}

// Started ends a page's start-up (Link.StartStore): everything is computed
// and the whole page shows.
type Started struct{}

func (Started) linkNeutral() {}

func (Started) apply(s *Store) bool {
	if !s.Starting {
		return false
	}
	s.Starting = false
	return true
}
