// Command serve serves the sgrules page (or any static folder) on a loopback
// address, with application/wasm and precompressed .br/.gz siblings:
//
//	go run ./tools/serve -addr 127.0.0.1:8080 -root .
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"sgrules/tools/serve/servefs"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one)")
	root := flag.String("root", ".", "folder to serve")
	flag.Parse()
	if fi, err := os.Stat(*root); err != nil || !fi.IsDir() {
		log.Fatalf("serve: -root %s is not a folder", *root)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("serve: %v", err)
	}
	fmt.Printf("serving %s at http://%s/\n", *root, ln.Addr())
	srv := &http.Server{Handler: servefs.Handler(*root), ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(srv.Serve(ln))
}
