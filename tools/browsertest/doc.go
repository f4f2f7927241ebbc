// Package browsertest loads the built sgrules page in headless Chromium and
// checks it end to end: typing updates the command to exactly what core
// generates, the permalink restores the page, the JS API answers like
// core.GenerateJSON, nothing is logged as an error and nothing is fetched
// from another origin. It runs under plain `go test` (it builds the wasm
// itself); without Chromium it skips, except under CI=true where it fails.
package browsertest
