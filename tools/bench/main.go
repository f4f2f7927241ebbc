// Command bench measures the sgrules page against two Vecty baselines built
// the same way (pagekit.WasmBuildFlags): hello (one text) and echo (one
// input rendered back). It prints one table — wasm size raw/gzip/brotli,
// navigation → first command vs hello's first render, key press → updated
// DOM at 1, 10 and 60 rules vs echo, and core.Generate's go test -bench —
// says which targets are met, and writes the table to bench-out/bench.md.
// Timings are measured, never asserted.
//
//	go run ./tools/bench [-loads 12] [-presses 60] [-wasm-opt]
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"sgrules/tools/pagekit"
)

func main() {
	loads := flag.Int("loads", 12, "page loads per page for the navigation timings (≥10)")
	presses := flag.Int("presses", 60, "key presses per measurement (≥50)")
	out := flag.String("out", "bench-out", "folder for the built pages and bench.md")
	opt := flag.Bool("wasm-opt", false, "also measure main.wasm after wasm-opt -Oz (Debian's binaryen; slow)")
	flag.Parse()
	log.SetFlags(0)
	root, err := pagekit.RepoRoot()
	if err != nil {
		log.Fatal(err)
	}
	if !filepath.IsAbs(*out) {
		*out = filepath.Join(root, *out)
	}
	r := &report{}
	sites := map[string]string{}
	for _, s := range []struct{ name, pkg string }{
		{"main", "./wasm"}, {"hello", "./tools/bench/fixtures/hello"}, {"echo", "./tools/bench/fixtures/echo"},
	} {
		dir := filepath.Join(*out, "site-"+s.name)
		os.RemoveAll(dir)
		log.Printf("building %s", s.pkg)
		build := func() error { return pagekit.BuildSite(root, s.pkg, dir) }
		if s.name == "main" {
			build = func() error { return pagekit.BuildPage(root, dir) } // with importer.wasm
		}
		if err := build(); err != nil {
			log.Fatal(err)
		}
		if s.name != "main" {
			if err := writeFixtureIndex(filepath.Join(root, "index.html"), filepath.Join(dir, "index.html")); err != nil {
				log.Fatal(err)
			}
		}
		sz, err := precompressSite(dir)
		if err != nil {
			log.Fatal(err)
		}
		r.sizes = append(r.sizes, sizeRow{s.name, sz["main.wasm"]})
		if imp, ok := sz["importer.wasm"]; ok {
			r.sizes = append(r.sizes, sizeRow{"importer (fetched on first use of the paste box)", imp})
		}
		sites[s.name] = dir
	}
	if *opt {
		for _, name := range []string{"main", "hello"} {
			if row, ok := tryWasmOpt(name, sites[name]); ok {
				r.sizes = append(r.sizes, row)
			}
		}
	}

	log.Printf("go test -bench core.Generate, core.Import")
	r.gen, r.imp = goBench(root)

	if _, err := os.Stat(pagekit.Chromium); err != nil {
		log.Printf("no %s: skipping the browser timings", pagekit.Chromium)
	} else {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
		defer cancel()
		tmp, _ := os.MkdirTemp("", "sgrules-bench-profile-")
		defer os.RemoveAll(tmp)
		bctx, bcancel := pagekit.Browser(ctx, tmp)
		defer bcancel()
		urls := map[string]string{}
		for name, dir := range sites {
			u, stop, err := pagekit.Serve(dir)
			if err != nil {
				log.Fatal(err)
			}
			defer stop()
			urls[name] = u
		}
		if err := measure(bctx, urls, *loads, *presses, *out, r); err != nil {
			log.Fatal(err)
		}
	}

	host, _ := os.Hostname()
	r.header = fmt.Sprintf("sgrules bench, %s, %s (%s/%s, %d CPUs, %s), %s",
		time.Now().UTC().Format("2006-01-02 15:04 UTC"), host, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel(), runtime.Version())
	table := r.String()
	fmt.Print(table)
	if err := os.WriteFile(filepath.Join(*out, "bench.md"), []byte(table), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("\nwrote %s\n", filepath.Join(*out, "bench.md"))
}

// writeFixtureIndex writes a fixture's index.html: the page's own head (CSP,
// loader) with an empty main, so both load the same way.
func writeFixtureIndex(pageIndex, dst string) error {
	b, err := os.ReadFile(pageIndex)
	if err != nil {
		return err
	}
	s := string(b)
	head := s[:strings.Index(s, "<body>")]
	body := `<body>
<div id="loading" class="loading"><p id="loading-text">Loading…</p><progress id="loading-bar"></progress></div>
<main id="app"></main>
</body>
</html>
`
	return os.WriteFile(dst, []byte(head+body), 0o644)
}

// precompressSite writes .gz/.br siblings of every file and returns the
// sizes of its .wasm files, by name.
func precompressSite(dir string) (map[string]pagekit.Sizes, error) {
	wasm := map[string]pagekit.Sizes{}
	err := filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() || strings.HasSuffix(p, ".gz") || strings.HasSuffix(p, ".br") {
			return err
		}
		s, err := pagekit.Precompress(p)
		if strings.HasSuffix(p, ".wasm") {
			wasm[filepath.Base(p)] = s
		}
		return err
	})
	return wasm, err
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "model name") {
			if i := strings.Index(line, ":"); i >= 0 {
				return strings.TrimSpace(line[i+1:])
			}
		}
	}
	return "unknown CPU"
}

// tryWasmOpt runs wasm-opt -Oz (Debian's binaryen) on a copy of a site's
// main.wasm and reports its size. It does not replace the built file: on
// this page it saves about 6 % raw and under 2 % gzip for over a minute of
// build time, so build.sh does not use it.
func tryWasmOpt(name, site string) (sizeRow, bool) {
	bin, err := exec.LookPath("wasm-opt")
	if err != nil {
		log.Printf("wasm-opt not installed (apt-get install binaryen): skipping that row")
		return sizeRow{}, false
	}
	src := filepath.Join(site, "static", "main.wasm")
	dst := filepath.Join(filepath.Dir(site), name+".opt.wasm")
	cmd := exec.Command(bin, "-Oz", "--enable-bulk-memory", "--enable-sign-ext", "--enable-nontrapping-float-to-int", "--enable-mutable-globals", src, "-o", dst)
	if b, err := cmd.CombinedOutput(); err != nil {
		log.Printf("wasm-opt failed: %v\n%s", err, b)
		return sizeRow{}, false
	}
	data, err := os.ReadFile(dst)
	if err != nil {
		return sizeRow{}, false
	}
	s, _, _ := pagekit.Compressed(data)
	return sizeRow{name + " + wasm-opt -Oz", s}, true
}
