// Command dist writes a deployable copy of the sgrules page: index.html and
// static/ (main.wasm, importer.wasm, wasm_exec.js, loader, skeleton takeover, styles, icon), and the command
// card (embed.html, embed.wasm, embed.css), with .gz and .br
// siblings of every text and wasm file, for hosts that serve precompressed
// files (tools/serve does), and bin/sgrules, the command-line tool, built
// for the machine dist runs on. build.sh dist builds the page's modules first:
//
//	go run ./tools/dist -root . -out dist
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"sgrules/tools/pagekit"
)

// cliPackage is the command-line tool dist builds, natively, into bin/.
const cliPackage = "./cmd/sgrules"

// files are the page's files, relative to -root.
var files = []string{"index.html", "static/main.wasm", "static/importer.wasm", "static/wasm_exec.js", "static/loader.js", "static/skeleton.js", "static/style.css", "static/favicon.svg",
	// The command card (embed.html, wasm/embed).
	"embed.html", "static/embed.wasm", "static/embed.css"}

func main() {
	root := flag.String("root", ".", "the repository root (with index.html and a built static/main.wasm and static/importer.wasm)")
	out := flag.String("out", "dist", "folder to write; replaced")
	flag.Parse()
	for _, m := range []string{"main.wasm", "importer.wasm", "embed.wasm"} {
		if _, err := os.Stat(filepath.Join(*root, "static", m)); err != nil {
			log.Fatalf("dist: static/%s is missing: run ./build.sh build first", m)
		}
	}
	if err := os.RemoveAll(*out); err != nil {
		log.Fatal(err)
	}
	var total, gz, br int64
	for _, f := range files {
		dst := filepath.Join(*out, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			log.Fatal(err)
		}
		if err := pagekit.CopyFile(filepath.Join(*root, filepath.FromSlash(f)), dst); err != nil {
			log.Fatal(err)
		}
		sizes, err := pagekit.Precompress(dst)
		if err != nil {
			log.Fatal(err)
		}
		total += sizes.Raw
		gz += sizes.Gzip
		br += sizes.Brotli
	}
	fmt.Printf("wrote %s: %d files, %d bytes (%d gzip, %d brotli)\n", *out, len(files), total, gz, br)
	bin, err := buildCLI(*root, *out)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s: %d bytes\n", filepath.Join(*out, "bin", "sgrules"), fileSize(bin))
}

// buildCLI builds the command-line tool into out/bin for this machine: a
// GOOS or GOARCH in the environment (set for the wasm build) is dropped.
func buildCLI(root, out string) (string, error) {
	abs, err := filepath.Abs(filepath.Join(out, "bin", "sgrules"))
	if err != nil {
		return "", err
	}
	cmd := exec.Command("go", "build", "-trimpath", "-o", abs, cliPackage)
	cmd.Dir = root
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOOS=") && !strings.HasPrefix(kv, "GOARCH=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("dist: building %s: %v", cliPackage, err)
	}
	return abs, nil
}

func fileSize(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Size()
}
