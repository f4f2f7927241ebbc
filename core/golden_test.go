package core

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite core/testdata/golden from the current output")

// TestGolden pins the commands Generate prints for every case of the shared
// table (../testdata/cases): every command × shell × form, with its files, or
// the reason it is unavailable, in one readable file per case under
// testdata/golden. A change shows up as a diff to review; the oracles
// (tools/harness, the Wine check) say whether it is right. Problems and
// predicted outputs have golden tests of their own.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "cases", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".json")
		t.Run(name, func(t *testing.T) {
			doc, err := os.ReadFile(p)
			require.NoError(t, err)
			in, decodeProblems, err := decodeInput(doc)
			require.NoError(t, err)
			got := goldenText(generate(in, decodeProblems, all))
			file := filepath.Join("testdata", "golden", name+".txt")
			if *updateGolden {
				require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
				require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(file)
			require.NoError(t, err, "run go test ./core -run TestGolden -update-golden")
			assert.Equal(t, string(want), got)
		})
	}
}

// goldenText lays the commands of a Result out for reading in a diff.
func goldenText(r Result) string {
	var b strings.Builder
	for _, c := range r.Commands {
		fmt.Fprintf(&b, "=== %s | %s | %s\n%s\n", c.Command, c.Shell, c.Form, c.Text)
		for _, f := range c.Files {
			fmt.Fprintf(&b, "--- file %s\n%s", f.Name, f.Content)
		}
		b.WriteString("\n")
	}
	for _, u := range r.Unavailable {
		fmt.Fprintf(&b, "unavailable %q %q %q: %s\n", u.Command, u.Shell, u.Form, u.Reason)
	}
	return b.String()
}
