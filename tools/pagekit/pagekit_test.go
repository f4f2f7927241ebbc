package pagekit

import (
	"go/build"
	"os"
	"os/exec"
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

// TestPageLeavesOutHeavyPackages: the packages the page was freed of (each
// cost it tens of KiB; README "Size and speed") stay out of it. A package
// that must come back should pay its way in ./build.sh bench first.
func TestPageLeavesOutHeavyPackages(t *testing.T) {
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	goBin := filepath.Join(build.Default.GOROOT, "bin", "go")
	cmd := exec.Command(goBin, "list", "-deps", "./wasm")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	if !deps["sgrules/core"] {
		t.Fatalf("go list -deps ./wasm does not list sgrules/core:\n%s", out)
	}
	for _, p := range []string{"fmt", "encoding/json", "net/netip", "net/url", "time", "regexp", "os"} {
		if deps[p] {
			t.Errorf("the page imports %s again", p)
		}
	}
}

// TestPageDoesNotLinkTheImporter: core.Import and the paste box are the
// importer module's (wasm/importer); the page's main.wasm only loads the
// Input it is handed. The linker's dependency dump of the page names none
// of Import's functions, and does name the Input reader and the generator,
// so that the check cannot pass on an empty dump.
func TestPageDoesNotLinkTheImporter(t *testing.T) {
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	goBin := filepath.Join(build.Default.GOROOT, "bin", "go")
	args := []string{"build", "-trimpath", "-ldflags=-s -w -dumpdep", "-gcflags=sgrules/...=-l", "-o", filepath.Join(t.TempDir(), "main.wasm"), "./wasm"}
	cmd := exec.Command(goBin, args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build -dumpdep: %v\n%.2000s", err, out)
	}
	linked := map[string]bool{}
	for _, line := range strings.Split(string(out), "\n") {
		if _, to, ok := strings.Cut(line, " -> "); ok {
			linked[strings.TrimSpace(to)] = true
		}
	}
	for _, want := range []string{"sgrules/core.DecodeInput", "sgrules/core.GenerateOnly"} {
		if !linked[want] {
			t.Errorf("the dependency dump does not name %s: is -dumpdep still the linker's flag?", want)
		}
	}
	for _, fn := range []string{"sgrules/core.Import", "sgrules/core.ImportJSON", "sgrules/core.importDocument", "sgrules/core.readPasted", "sgrules/core.importCommand"} {
		if linked[fn] {
			t.Errorf("the page links %s: it belongs to the importer module", fn)
		}
	}
	for sym := range linked {
		if strings.HasPrefix(sym, "sgrules/web/paste.") || strings.HasPrefix(sym, "sgrules/web/importbox.") {
			t.Errorf("the page links %s: the paste box runs in the importer module", sym)
		}
	}
}
