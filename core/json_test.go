package core

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEncodeResultMatchesEncodingJSON: the hand-written Result document says
// what encoding/json says of the same Result, for every case of the shared
// table — but for an optional member left unset inside a rule (a tag without
// a Value), which it leaves out as the CLI's --output json does, where
// encoding/json writes null.
func TestEncodeResultMatchesEncodingJSON(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "cases", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		doc, err := os.ReadFile(p)
		require.NoError(t, err)
		r, err := GenerateDocument(doc, Only{})
		require.NoError(t, err)
		std, err := json.Marshal(r)
		require.NoError(t, err)
		var want, got map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(std, &want))
		require.NoError(t, json.Unmarshal(encodeResult(r), &got), p)
		for k, v := range want {
			if k == "Response" {
				continue // compared as a Result below
			}
			assert.JSONEq(t, string(v), string(got[k]), p+" "+k)
		}
		assert.Len(t, got, len(want))
		// And it reads back into the same Result.
		var back Result
		require.NoError(t, json.Unmarshal(encodeResult(r), &back))
		assert.Equal(t, r, back, p)
	}
}

// TestEncodeInputRoundTrip: every case's Input survives EncodeInput and
// DecodeInput, and the document has no null member.
func TestEncodeInputRoundTrip(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "cases", "*.json"))
	require.NoError(t, err)
	for _, p := range paths {
		doc, err := os.ReadFile(p)
		require.NoError(t, err)
		in, problems, err := DecodeInput(doc)
		require.NoError(t, err)
		if len(problems) > 0 && problems[0].Code == CodeParamValidation {
			continue // the Input lost what was refused
		}
		enc := EncodeInput(in)
		assert.NotContains(t, string(enc), ":null", p)
		back, problems, err := DecodeInput(enc)
		require.NoError(t, err)
		assert.Empty(t, problems)
		assert.Equal(t, in, back, p)
	}
}

// TestGenerateOnlyIsGenerateFiltered: asking for one shell or one form gives
// that shell's or form's commands of the full Result, and the same reasons
// for the rest; asking for one output format gives that format of the full
// Result; asking for nothing still gives every problem and the error.
func TestGenerateOnlyIsGenerateFiltered(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "cases", "*.json"))
	require.NoError(t, err)
	reasons := func(list []Unavailable, command, shell, form string) []string {
		var out []string
		for _, u := range list {
			if (u.Command == "" || u.Command == command) && (u.Shell == "" || u.Shell == shell) && (u.Form == "" || u.Form == form) {
				out = append(out, u.Reason)
			}
		}
		return out
	}
	for _, p := range paths {
		doc, err := os.ReadFile(p)
		require.NoError(t, err)
		full, err := GenerateDocument(doc, Only{})
		require.NoError(t, err)
		for _, sh := range Shells {
			one, err := GenerateDocument(doc, Only{Shells: []string{sh}})
			require.NoError(t, err)
			want := []Command{}
			for _, c := range full.Commands {
				if c.Shell == sh {
					want = append(want, c)
				}
			}
			assert.Equal(t, want, one.Commands, p)
			for _, command := range []string{Ingress, Egress, RevokeIngress, RevokeEgress} {
				for _, form := range Forms {
					assert.Equal(t, reasons(full.Unavailable, command, sh, form), reasons(one.Unavailable, command, sh, form), p)
				}
			}
			assert.Equal(t, full.Problems, one.Problems)
			assert.Equal(t, full.Output, one.Output)
			assert.Equal(t, full.Error, one.Error)
		}
		for _, form := range Forms {
			one, err := GenerateDocument(doc, Only{Forms: []string{form}})
			require.NoError(t, err)
			want := []Command{}
			for _, c := range full.Commands {
				if c.Form == form {
					want = append(want, c)
				}
			}
			assert.Equal(t, want, one.Commands, p)
			for _, command := range []string{Ingress, Egress, RevokeIngress, RevokeEgress} {
				for _, sh := range Shells {
					for _, f := range Forms {
						got := reasons(one.Unavailable, command, sh, f)
						if f == form {
							assert.Equal(t, reasons(full.Unavailable, command, sh, f), got, p)
						} else {
							// Only a reason for no form at all (a missing command).
							assert.Equal(t, reasons(one.Unavailable, command, sh, ""), got, p)
						}
					}
				}
			}
			assert.Equal(t, full.Problems, one.Problems)
			assert.Equal(t, full.Output, one.Output)
			assert.Equal(t, full.Error, one.Error)
		}
		none, err := GenerateDocument(doc, Only{Shells: []string{}, Forms: []string{}, Outputs: []string{}})
		require.NoError(t, err)
		assert.Empty(t, none.Commands, p)
		assert.Empty(t, none.Output, p)
		assert.Equal(t, full.Problems, none.Problems)
		assert.Equal(t, full.Error, none.Error)
		for _, f := range OutputFormats {
			one, err := GenerateDocument(doc, Only{Outputs: []string{f}})
			require.NoError(t, err)
			if full.Error == nil {
				assert.Equal(t, map[string]string{f: full.Output[f]}, one.Output, p)
			} else {
				assert.Empty(t, one.Output, p)
			}
			assert.Equal(t, full.Commands, one.Commands, p)
		}
	}
}
