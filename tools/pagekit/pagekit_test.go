package pagekit

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestBuildShUsesWasmBuildFlags: build.sh builds the page with the flags the
// tests and the bench build it with.
func TestBuildShUsesWasmBuildFlags(t *testing.T) {
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(root, "build.sh"))
	if err != nil {
		t.Fatal(err)
	}
	quoted := make([]string, len(WasmBuildFlags))
	for i, f := range WasmBuildFlags {
		quoted[i] = strconv.Quote(f)
	}
	want := "WASM_FLAGS=(" + strings.Join(quoted, " ") + ")"
	if !strings.Contains(string(b), want) {
		t.Fatalf("build.sh should define %s", want)
	}
}
