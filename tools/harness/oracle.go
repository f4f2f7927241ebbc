package harness

import (
	"os"
	"os/exec"
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
