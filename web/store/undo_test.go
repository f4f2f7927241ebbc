package store

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
)

// imported is an Input as the importer hands it to the form.
func imported(group string) core.Input {
	return core.Input{Command: core.Egress, Request: core.Request{GroupId: core.Str(group),
		IpPermissions: []core.IpPermission{{IpProtocol: core.Str("udp"), FromPort: core.Int(53), ToPort: core.Int(53),
			IpRanges: []core.IpRange{{CidrIp: core.Str("10.0.0.2/32")}}}}}}
}

// TestUndoBringsBackWhatReplacedTheForm: each way of replacing the form
// (an import, an example, a link) over each kind of form, and what Undo
// then brings back; Undo twice is a Redo.
func TestUndoBringsBackWhatReplacedTheForm(t *testing.T) {
	edited := func(s *Store) { s.Dispatch(SetField{Field: "GroupId", Text: "sg-0mine"}) }
	link := func(s *Store) { Link{Input: imported("sg-0link"), HasInput: true}.Open(s, nil, Link{}) }
	for _, tc := range []struct {
		name     string
		before   func(*Store) // nil: the starting example, unchanged
		replace  func(*Store)
		undoable bool
		text     string
	}{
		{"import over the example", nil, func(s *Store) { s.Dispatch(ReplaceForm{Input: imported("sg-0imp")}) }, true, "The form was replaced by the import. "},
		{"import over an edited form", edited, func(s *Store) { s.Dispatch(ReplaceForm{Input: imported("sg-0imp")}) }, true, "The form was replaced by the import. "},
		{"example over an edited form", edited, func(s *Store) { s.Dispatch(LoadExample{Name: "egress-to-range"}) }, true, "The form was replaced by the example. "},
		{"example over the example", nil, func(s *Store) { s.Dispatch(LoadExample{Name: "egress-to-range"}) }, false, ""},
		{"link over an edited form", edited, link, true, "The form was replaced by the link. "},
		{"link over the example", nil, link, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(Example())
			s.Example = core.ExampleDefault
			if tc.before != nil {
				tc.before(s)
			}
			before, example := s.Input, s.Example
			tc.replace(s)
			replaced := s.Input
			require.NotEqual(t, before, replaced)
			text, label := s.Undoable()
			assert.Equal(t, tc.text, text)
			if !tc.undoable {
				assert.Empty(t, label)
				s.Dispatch(Undo{})
				assert.Equal(t, replaced, s.Input, "nothing to undo")
				return
			}
			assert.Equal(t, "Undo", label)
			s.Dispatch(Undo{})
			assert.Equal(t, before, s.Input)
			assert.Equal(t, example, s.Example)
			assert.Len(t, s.Rules, len(before.Request.IpPermissions))
			assert.Equal(t, core.GenerateOnly(before, core.Only{Shells: []string{s.Shell}, Outputs: []string{s.Tab}}), s.Result)
			_, label = s.Undoable()
			assert.Equal(t, "Redo", label)
			s.Dispatch(Undo{})
			assert.Equal(t, replaced, s.Input)
		})
	}
}

// TestReplaceFormAgain: reading the same text again (another shell, choice
// or file) replaces the import's own reading without losing the form from
// before it; once the user edits the import, reading again keeps the edit.
func TestReplaceFormAgain(t *testing.T) {
	s := New(Example())
	s.Dispatch(SetField{Field: "GroupId", Text: "sg-0mine"})
	mine := s.Input
	s.Dispatch(SetShell{Shell: core.ShellPowerShell5})
	s.Dispatch(ReplaceForm{Input: imported("sg-0first"), Output: core.OutputTable})
	assert.Equal(t, core.ShellPowerShell5, s.Shell, "the user's shell stays")
	assert.Equal(t, core.OutputTable, s.Tab, "the command's --output picks the tab")
	s.Dispatch(SetShell{Shell: core.ShellCmd}) // changes no field
	s.Dispatch(ReplaceForm{Input: imported("sg-0second"), Output: "no such format", Again: true})
	assert.Equal(t, core.OutputTable, s.Tab)
	s.Dispatch(Undo{})
	assert.Equal(t, mine, s.Input, "Undo goes back to before the first reading")

	s.Dispatch(Undo{}) // Redo: the second reading
	s.Dispatch(SetField{Field: "GroupId", Text: "sg-0edited"})
	edited := s.Input
	s.Dispatch(ReplaceForm{Input: imported("sg-0third"), Again: true})
	s.Dispatch(Undo{})
	assert.Equal(t, edited, s.Input, "the edited import is kept")
}
