package harness

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// BashArgv runs text through real bash, with a stub named aws first on PATH
// that records its arguments, in dir (where the command's files are), and
// returns the words aws received. bash only turns the text into argv; the
// CLI itself runs in the Driver.
func BashArgv(text, dir string) ([]string, error) {
	stubDir, err := os.MkdirTemp("", "sgrules-stub-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(stubDir)
	record := filepath.Join(stubDir, "argv")
	stub := "#!/bin/bash\nprintf '%s\\0' \"$@\" > " + shellQuote(record) + "\n"
	if err := os.WriteFile(filepath.Join(stubDir, "aws"), []byte(stub), 0o755); err != nil {
		return nil, err
	}
	cmd := exec.Command("bash", "--norc", "--noprofile", "-c", text)
	cmd.Dir = dir
	cmd.Env = []string{"PATH=" + stubDir + ":/usr/bin:/bin", "HOME=" + dir, "LANG=C.UTF-8"}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("bash: %v: %s", err, stderr.String())
	}
	if stderr.Len() > 0 {
		return nil, fmt.Errorf("bash printed: %s", stderr.String())
	}
	raw, err := os.ReadFile(record)
	if err != nil {
		return nil, fmt.Errorf("aws stub was not run: %v", err)
	}
	words := strings.Split(string(raw), "\x00")
	return words[:len(words)-1], nil
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }
