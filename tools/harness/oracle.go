package harness

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// AWSPath is the Debian AWS CLI. A pyenv shim named aws may come first on
// PATH on the development machines, so it is always called by full path.
const AWSPath = "/usr/bin/aws"

// RequireOracle skips the test with a one-line reason when an oracle is
// missing, or fails it under CI=true, where every oracle must run.
func RequireOracle(t testing.TB, name string, ok bool) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is required under CI=true but is not installed", name)
	}
	t.Skipf("%s not installed; skipping (CI=true makes this a failure)", name)
}

// HaveAWS reports whether the Debian AWS CLI and its Python are installed.
func HaveAWS() bool {
	if _, err := os.Stat(AWSPath); err != nil {
		return false
	}
	return exec.Command("/usr/bin/python3", "-c", "import awscli.clidriver").Run() == nil
}

// HaveBash reports whether a real bash is installed.
func HaveBash() bool {
	_, err := exec.LookPath("bash")
	return err == nil
}

// WriteReport saves a count table for ./build.sh test to print after the
// tests pass (go test shows a passing test's log only with -v). It does
// nothing outside build.sh.
func WriteReport(name, text string) {
	if dir := os.Getenv("SGRULES_REPORT_DIR"); dir != "" {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
}
