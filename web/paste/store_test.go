package paste

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
)

// replaced records what the store handed to the form.
type replaced struct {
	in     core.Input
	output string
	again  bool
}

func newStore(got *[]replaced) *Store {
	return &Store{Replace: func(in core.Input, output string, again bool) { *got = append(*got, replaced{in, output, again}) }}
}

// TestPasteReadsLikeCore: each action of the box reads the text as
// core.Import does with the same request, and hands its Input to the form
// (again when the text is the same).
func TestPasteReadsLikeCore(t *testing.T) {
	const two = "aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp --port 22 --cidr 10.0.0.0/8 --output table\n" +
		"aws ec2 authorize-security-group-egress --group-id sg-2 --protocol udp --port 53 --cidr 10.0.0.2/32\n"
	const file = "aws ec2 authorize-security-group-ingress --group-id sg-1 --ip-permissions file://rules.json"
	const rules = `[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"10.0.0.0/8"}]}]`
	var got []replaced
	s := newStore(&got)
	check := func(req core.ImportRequest, again bool) {
		t.Helper()
		want := core.Import(req)
		require.NotNil(t, s.Found)
		assert.Equal(t, want, *s.Found)
		require.NotNil(t, want.Input)
		require.NotEmpty(t, got)
		assert.Equal(t, replaced{*want.Input, want.Output, again}, got[len(got)-1])
	}
	s.Dispatch(SetText{Text: two})
	assert.Nil(t, s.Found, "typing does not import")
	s.Dispatch(Import{})
	check(core.ImportRequest{Text: two}, false)
	assert.Equal(t, core.OutputTable, got[0].output)
	s.Dispatch(PickChoice{Pick: 1})
	check(core.ImportRequest{Text: two, Pick: 1}, true)
	s.Dispatch(ReadAs{Shell: core.ShellCmd})
	check(core.ImportRequest{Text: two, Pick: 1, Shell: core.ShellCmd}, true)

	s.Dispatch(SetText{Text: file})
	assert.Zero(t, s.Pick, "new text is read afresh")
	assert.Empty(t, s.Shell)
	s.Dispatch(Import{})
	check(core.ImportRequest{Text: file}, false)
	assert.Equal(t, []string{"rules.json"}, s.Wanted)
	s.Dispatch(SupplyFile{Name: "rules.json", Text: rules})
	check(core.ImportRequest{Text: file, Files: map[string]string{"rules.json": rules}}, true)
	assert.Empty(t, s.Wanted)

	s.Dispatch(FileFailed{Name: "x.json", Reason: "NotReadableError"})
	assert.Contains(t, s.Failed, "x.json could not be read")
	s.Dispatch(Dismiss{})
	assert.Nil(t, s.Found)
	assert.Empty(t, s.Failed)
	assert.Equal(t, file, s.Text, "nothing clears the box's text")
}

// TestPasteWithNothingToRead: text that holds no command leaves the form
// alone and says why; an empty box does nothing.
func TestPasteWithNothingToRead(t *testing.T) {
	var got []replaced
	s := newStore(&got)
	s.Dispatch(Import{})
	assert.Nil(t, s.Found)
	s.Dispatch(SetText{Text: "hello"})
	s.Dispatch(Import{})
	require.NotNil(t, s.Found)
	assert.Nil(t, s.Found.Input)
	assert.NotEmpty(t, s.Found.Problems)
	assert.Empty(t, got)
}
