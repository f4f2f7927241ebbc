package store

import (
	"slices"
	"strconv"
	"strings"

	"sgrules/core"
)

// RuleMeta is what the page keeps about one IpPermission beyond the Input.
type RuleMeta struct {
	// ID is stable while the rule exists: the key of its keyed list entry.
	ID int
	// Version changes whenever the rule's fields change, so a view can skip
	// re-rendering an unchanged rule.
	Version int
	// CustomProtocol is set while the user picks a protocol by number.
	CustomProtocol bool
	// Preset is the Custom rule type (core.Preset) the user chose last, kept
	// while the rule's protocol is that type's, so that typing ports that
	// happen to be a named type's (22–22) does not hide the port fields.
	Preset string
	// FromText and ToText hold what the user typed in a port field when it
	// is not exactly the number in the Input (for example "08" or "22a").
	FromText, ToText *string
}

// Store is the page's state. Read its fields; change them only by Dispatch.
type Store struct {
	Input core.Input
	Rules []RuleMeta // parallel to Input.Request.IpPermissions
	Shell string
	Form  string
	Tab   string // the output format shown, one of core.OutputFormats; a page starts on core.OutputJSON
	// Copied names the last thing copied to the clipboard, for a short
	// "Copied" note.
	Copied string
	// Starting is set while a page starting up shows its first frame: the
	// chosen command alone, and Result holds only what that needs (see
	// Link.StartStore and Started).
	Starting bool
	// Notice says why the link the page was opened at could not be read
	// (or what of it was left out); "" when there is nothing to say.
	Notice string
	// Example names the core.Example the form holds, until the user
	// changes the Input.
	Example string

	// Result is core's answer for Input (and the typed port texts).
	Result core.Result
	// At holds Result.Problems by Path.
	At map[string][]core.Problem
	// RuleSig is, per rule, a string that changes whenever the rule's
	// problems change.
	RuleSig []string
	// Revision counts the Dispatches that may change what a link holds
	// (Fragment), for permalink writers: not Started, SetTab or SetCopied.
	Revision int

	// OnChange is called after every Dispatch.
	OnChange func()

	nextID int
	// saved is the form Undo brings back (undo.go); undoWhat says what
	// replaced it, undoRedo whether Undo was the last thing done; imported
	// is set while the form is an import's, unedited.
	saved    *savedForm
	undoWhat string
	undoRedo bool
	imported bool
}

// New returns a store holding in (Shell bash, Form shorthand).
func New(in core.Input) *Store {
	return Link{Input: in, HasInput: true}.NewStore()
}

// Example is the Input the page starts with when the URL carries none:
// core's ExampleDefault, HTTPS from a documentation range marked as an
// example, so the first command a visitor sees works. It is built here
// rather than decoded from core.Examples, which would put the JSON reader
// in the first frame's way (TestExampleIsCoresDefault holds the two equal).
func Example() core.Input {
	return core.Input{Command: core.Ingress, Request: core.Request{
		GroupId: core.Str("sg-1234567890abcdef0"),
		IpPermissions: []core.IpPermission{{
			IpProtocol: core.Str("tcp"), FromPort: core.Int(443), ToPort: core.Int(443),
			IpRanges: []core.IpRange{{CidrIp: core.Str("203.0.113.0/24"), Description: core.Str("example range")}},
		}},
	}}
}

func (s *Store) load(in core.Input) {
	s.Input = in
	s.nextID = 0
	s.Rules = make([]RuleMeta, len(in.Request.IpPermissions))
	for i := range s.Rules {
		s.Rules[i] = s.newRule()
		if p := in.Request.IpPermissions[i].IpProtocol; p != nil && !slices.Contains(NamedProtocols, *p) {
			s.Rules[i].CustomProtocol = true
		}
	}
	s.regenerate()
}

func (s *Store) newRule() RuleMeta {
	s.nextID++
	return RuleMeta{ID: s.nextID, Version: 1}
}

// NamedProtocols are the protocol choices the page offers by name; anything
// else is entered as a number.
var NamedProtocols = []string{"tcp", "udp", "icmp", "icmpv6", "-1"}

// Dispatch applies one action and re-generates.
func (s *Store) Dispatch(a Action) {
	if a.apply(s) {
		if _, ok := a.(keepsExample); !ok {
			s.Example = ""
			if _, ok := a.(ReplaceForm); !ok {
				s.imported = false // the form is no longer the import's alone
			}
		}
		s.regenerate()
	}
	if _, ok := a.(linkNeutral); !ok {
		s.Revision++
	}
	if s.OnChange != nil {
		s.OnChange()
	}
}

// regenerate computes Result. Port fields whose text is not a whole number
// are sent to core as that text, so core reports them as the CLI would.
func (s *Store) regenerate() {
	var typed map[string]string
	for i, m := range s.Rules {
		for _, t := range []struct {
			key  string
			text *string
		}{{"FromPort", m.FromText}, {"ToPort", m.ToText}} {
			if t.text == nil {
				continue
			}
			if _, err := strconv.ParseInt(strings.TrimSpace(*t.text), 10, 64); err == nil {
				continue
			}
			if typed == nil {
				typed = map[string]string{}
			}
			typed["IpPermissions["+strconv.Itoa(i)+"]."+t.key] = *t.text
		}
	}
	// The page shows one shell's commands and one output format: only that
	// shell's quoting model runs, and only that format is printed
	// (core.GenerateOnly). The first frame shows one form's command and no
	// output: the other forms' code is compiled on first use, which is most
	// of a cold Generate's time.
	only := core.Only{Shells: []string{s.Shell}, Outputs: []string{s.Tab}}
	if s.Starting {
		only.Forms, only.Outputs = []string{s.Form}, []string{}
	}
	if typed == nil {
		s.Result = safeGenerate(s.Input, only)
	} else {
		s.Result = safeGenerateTyped(s.Input, typed, only)
	}
	s.index()
}

// index files the problems by path and computes the per-rule signatures.
func (s *Store) index() {
	s.At = make(map[string][]core.Problem, len(s.Result.Problems))
	for _, p := range s.Result.Problems {
		s.At[p.Path] = append(s.At[p.Path], p)
	}
	s.RuleSig = make([]string, len(s.Rules))
	for _, p := range s.Result.Problems {
		if !strings.HasPrefix(p.Path, "IpPermissions[") {
			continue
		}
		end := strings.IndexByte(p.Path, ']')
		i, err := strconv.Atoi(p.Path[len("IpPermissions["):max(end, len("IpPermissions["))])
		if err != nil || i < 0 || i >= len(s.RuleSig) {
			continue
		}
		s.RuleSig[i] += p.Path + "\x00" + p.Severity + "\x00" + p.Message + "\x00"
	}
}

// Command returns the command text for the chosen shell and form, of the
// authorize command (revoke false) or its revoke counterpart.
func (s *Store) Command(revoke bool) (core.Command, bool) {
	name := s.Input.Command
	if revoke {
		name = core.RevokeOf(name)
	}
	for _, c := range s.Result.Commands {
		if c.Command == name && c.Shell == s.Shell && c.Form == s.Form {
			return c, true
		}
	}
	return core.Command{}, false
}

// Unavailable returns why the chosen shell and form cannot express the
// Input, for the authorize command (revoke false) or its revoke.
func (s *Store) Unavailable(revoke bool) []core.Unavailable {
	name := s.Input.Command
	if revoke {
		name = core.RevokeOf(name)
	}
	var out []core.Unavailable
	for _, u := range s.Result.Unavailable {
		if (u.Command == "" || u.Command == name) && (u.Shell == "" || u.Shell == s.Shell) && (u.Form == "" || u.Form == s.Form) {
			out = append(out, u)
		}
	}
	return out
}

// FormsAvailable lists the forms that can express the authorize command in
// the chosen shell.
func (s *Store) FormsAvailable() []string {
	var out []string
	for _, f := range core.Forms {
		for _, c := range s.Result.Commands {
			if c.Command == s.Input.Command && c.Shell == s.Shell && c.Form == f {
				out = append(out, f)
				break
			}
		}
	}
	return out
}
