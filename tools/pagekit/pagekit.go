// Package pagekit builds the sgrules page (or a fixture page) into a folder,
// serves it on a loopback port, and starts headless Chromium the same way
// for the browser test and the benchmark.
package pagekit

import (
	"context"
	"errors"
	"fmt"
	"go/build"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"sgrules/tools/serve/servefs"
)

// Chromium is where Debian installs Chromium (CI installs it there).
const Chromium = "/usr/bin/chromium"

// FirstCommandTiming is the elementtiming name of the page's first command
// (web.FirstCommandTiming, which a native program cannot import: Vecty
// refuses to start outside a browser). The browser test checks that the
// page uses it; the benchmark waits for its paint.
const FirstCommandTiming = "sgrules-command"

// RepoRoot finds the module root (the folder with go.mod) above the working
// directory.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("pagekit: no go.mod above the working directory")
		}
		dir = parent
	}
}

// WasmBuildFlags are the go build flags of every page and fixture, the same
// as build.sh's (TestBuildShUsesWasmBuildFlags holds them together):
// -trimpath and no symbol or DWARF tables, and no inlining in this module's
// own packages — inlining there buys about 10 % of Generate's time for 8 %
// of main.wasm's compressed size, so the page takes the smaller code (the
// fixtures have no packages of this module, so they are built as before).
var WasmBuildFlags = []string{"-trimpath", "-ldflags=-s -w", "-gcflags=sgrules/...=-l"}

// BuildWasm compiles the package pkg (an import path or ./path relative to
// root) for GOOS=js GOARCH=wasm, the way build.sh does, into out.
func BuildWasm(root, pkg, out string) error {
	goBin := filepath.Join(build.Default.GOROOT, "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		goBin = "go"
	}
	args := append(append([]string{"build"}, WasmBuildFlags...), "-o", out, pkg)
	cmd := exec.Command(goBin, args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building %s for wasm: %v\n%s", pkg, err, b)
	}
	return nil
}

// WasmExec is the wasm_exec.js of the Go that runs this program.
func WasmExec() string { return filepath.Join(build.Default.GOROOT, "lib", "wasm", "wasm_exec.js") }

// BuildSite writes the page into dir: index.html and static/ (style, loader,
// skeleton takeover, icon) from root, wasm_exec.js, and static/main.wasm compiled from pkg.
func BuildSite(root, pkg, dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "static"), 0o755); err != nil {
		return err
	}
	copies := [][2]string{{filepath.Join(root, "index.html"), "index.html"}, {WasmExec(), "static/wasm_exec.js"}}
	for _, name := range []string{"style.css", "loader.js", "skeleton.js", "favicon.svg"} {
		copies = append(copies, [2]string{filepath.Join(root, "static", name), "static/" + name})
	}
	for _, c := range copies {
		if err := CopyFile(c[0], filepath.Join(dir, c[1])); err != nil {
			return err
		}
	}
	return BuildWasm(root, pkg, filepath.Join(dir, "static", "main.wasm"))
}

// BuildPage writes the sgrules page into dir: BuildSite of ./wasm, the
// importer module (./wasm/importer) beside main.wasm, which the page
// fetches when its paste box is first used, and the command card
// (BuildEmbed).
func BuildPage(root, dir string) error {
	if err := BuildSite(root, "./wasm", dir); err != nil {
		return err
	}
	if err := BuildWasm(root, "./wasm/importer", filepath.Join(dir, "static", "importer.wasm")); err != nil {
		return err
	}
	return BuildEmbed(root, dir)
}

// CopyFile copies one file.
func CopyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// Serve serves dir on a free loopback port and returns its base URL
// ("http://127.0.0.1:PORT/") and a function that stops the server.
func Serve(dir string) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: servefs.Handler(dir), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String() + "/", func() { srv.Close() }, nil
}

// Browser starts headless Chromium with a fresh profile in userDataDir and
// returns a browser context (the first tab) and its cancel function.
func Browser(parent context.Context, userDataDir string) (context.Context, context.CancelFunc) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Chromium),
		chromedp.UserDataDir(userDataDir),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(parent, opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	return ctx, func() { cancelCtx(); cancelAlloc() }
}

// SameOrigin reports whether url is served by base's origin (or is a
// data:/blob: URL the page made itself).
func SameOrigin(base, url string) bool {
	if strings.HasPrefix(url, "data:") || strings.HasPrefix(url, "blob:"+strings.TrimSuffix(base, "/")) {
		return true
	}
	return strings.HasPrefix(url, base) || url == strings.TrimSuffix(base, "/")
}
