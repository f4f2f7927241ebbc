package main

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCheckDamagedFiles: check and --fix neither panic nor loop on the
// corpus damaged at random (bytes changed, dropped, quotes and operators
// inserted), read under every extension and --shell, and a second --fix
// finds nothing more to rewrite. The damage is seeded, so a failure
// repeats.
func TestCheckDamagedFiles(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*"))
	require.NoError(t, err)
	r := rand.New(rand.NewSource(14))
	const inserts = "\"'`\\$%^|&;[{(\n –“"
	for range 40 {
		p := paths[r.Intn(len(paths))]
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		for range 1 + r.Intn(4) {
			i := r.Intn(len(b))
			switch r.Intn(3) {
			case 0:
				b[i] = byte(r.Intn(256))
			case 1:
				b = append(b[:i], b[i+1:]...)
			default:
				k := r.Intn(len(inserts))
				b = append(b[:i], append([]byte(inserts[k:k+1]), b[i:]...)...)
			}
		}
		content := string(b)
		for _, name := range []string{filepath.Base(p), "x.sh", "x.ps1", "x.bat", "x.md", "x"} {
			for _, shell := range []string{"", "bash", "cmd", "powershell", "powershell5"} {
				checkFile(name, content, shell, false)
				fixed, _ := fixFile(name, content, shell)
				again, n := fixFile(name, fixed, shell)
				require.Equal(t, fixed, again, "%s as %s --shell %q: a second --fix rewrote %d more commands", p, name, shell, n)
				checkFile(name, fixed, shell, true)
			}
		}
	}
}
