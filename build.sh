#!/usr/bin/env bash
# build.sh — build, serve, test, package and measure sgrules.
#   ./build.sh build   main.wasm, importer.wasm, embed.wasm and wasm_exec.js into static/
#   ./build.sh serve   build, then serve on http://127.0.0.1:${PORT:-8080}/
#   ./build.sh test    vet, build, and every test (oracles required when CI=true)
#   ./build.sh dist    a deployable folder dist/ with precompressed copies, and dist/bin/sgrules
#   ./build.sh bench   size and speed, side by side with hello-world fixtures
set -euo pipefail
cd "$(dirname "$0")"

need_go() {
  if ! command -v go >/dev/null 2>&1; then
    for d in /usr/local/go/bin /usr/lib/go/bin; do [ -x "$d/go" ] && PATH="$d:$PATH"; done
  fi
  command -v go >/dev/null 2>&1 || { echo "build.sh: Go is not installed (need Go 1.26 or later: https://go.dev/dl/)" >&2; exit 1; }
  local v; v=$(go env GOVERSION | sed 's/^go//')
  local major=${v%%.*} rest=${v#*.}; local minor=${rest%%.*}
  if [ "$major" -lt 1 ] || { [ "$major" -eq 1 ] && [ "$minor" -lt 26 ]; }; then
    echo "build.sh: Go $v is too old (need 1.26 or later)" >&2; exit 1
  fi
}

# The page's build flags; tools/pagekit.WasmBuildFlags must say the same.
WASM_FLAGS=("-trimpath" "-ldflags=-s -w" "-gcflags=sgrules/...=-l")

build() {
  need_go
  GOOS=js GOARCH=wasm go build "${WASM_FLAGS[@]}" -o static/main.wasm ./wasm
  # The importer: a second module, fetched only when the paste box is used.
  GOOS=js GOARCH=wasm go build "${WASM_FLAGS[@]}" -o static/importer.wasm ./wasm/importer
  # The command card (embed.html) is its own module: main.wasm has no room.
  GOOS=js GOARCH=wasm go build "${WASM_FLAGS[@]}" -o static/embed.wasm ./wasm/embed
  cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" static/wasm_exec.js
  for m in main importer embed; do echo "built static/$m.wasm ($(wc -c < static/$m.wasm) bytes)"; done
}

case "${1:-}" in
  build) build ;;
  serve)
    build
    exec go run ./tools/serve -addr "127.0.0.1:${PORT:-8080}" -root .
    ;;
  test)
    need_go
    test -z "$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
    go vet ./...
    GOOS=js GOARCH=wasm go vet ./wasm/... ./web/...
    go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
    build
    # Tests that count things (the conformance and adversarial tables) write
    # their tables here; they are printed once every test has passed.
    SGRULES_REPORT_DIR=$(mktemp -d)
    export SGRULES_REPORT_DIR
    log=$(mktemp)
    trap 'rm -rf "$SGRULES_REPORT_DIR" "$log"' EXIT
    start=$(date +%s)
    go test -count=1 -timeout 40m ./... 2>&1 | tee "$log"
    for f in "$SGRULES_REPORT_DIR"/*; do [ -f "$f" ] && { echo; cat "$f"; }; done
    # Each package's test time as go test printed it (the run of its test
    # binary; packages run two at a time, so they add up to more than the whole).
    echo; echo "package                          seconds"
    awk '$1 == "ok" || $1 == "FAIL" { if ($3 ~ /s$/) printf "%-32s %7.1f\n", $2, $3 }' "$log" | sort -k2 -rn
    echo "go test: $(( $(date +%s) - start )) s"
    ;;
  dist)
    build
    go run ./tools/dist -root . -out dist
    ;;
  bench)
    need_go
    go run ./tools/bench "${@:2}"   # flags: -loads N -presses N -wasm-opt
    ;;
  *)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
