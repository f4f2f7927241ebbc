// Command prerender writes the skeleton of the default page into
// index.html: the page is built, served and opened in headless Chromium, and
// its rendered #app replaces the one index.html carries (see
// tools/pagekit/skeleton.go). Run it after changing what the default page
// shows; the browser test TestSkeletonIsThePage says when it is due.
//
//	go run ./tools/prerender
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"sgrules/tools/pagekit"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("prerender: ")
	root, err := pagekit.RepoRoot()
	if err != nil {
		log.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "sgrules-prerender-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	site := filepath.Join(tmp, "site")
	if err := pagekit.BuildSite(root, "./wasm", site); err != nil {
		log.Fatal(err)
	}
	base, stop, err := pagekit.Serve(site)
	if err != nil {
		log.Fatal(err)
	}
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	bctx, bcancel := pagekit.Browser(ctx, filepath.Join(tmp, "profile"))
	defer bcancel()
	skel, err := pagekit.LiveSkeleton(bctx, base)
	if err != nil {
		log.Fatal(err)
	}
	name := filepath.Join(root, "index.html")
	index, err := os.ReadFile(name)
	if err != nil {
		log.Fatal(err)
	}
	out, err := pagekit.WithSkeleton(index, skel)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(name, out, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("index.html: skeleton of %d bytes\n", len(skel))
}
