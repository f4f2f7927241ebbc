package harness

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
)

// Driver is one Python process running the AWS CLI once per Run.
type Driver struct {
	mu   sync.Mutex
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Reader
	Runs int // number of CLI runs so far
}

// Outcome is what one CLI run did.
type Outcome struct {
	RC     int    `json:"rc"`
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
}

// driverScript is the path of driver.py, found from this source file so
// tests in any package can start it.
func driverScript() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "awsdriver", "driver.py")
}

// StartDriver starts the Python driver with an environment that keeps the CLI
// off the network and away from any real configuration: fake credentials, no
// config files, no pager, one attempt.
func StartDriver() (*Driver, error) {
	cmd := exec.Command("/usr/bin/python3", driverScript())
	cmd.Env = []string{
		"PATH=/usr/bin:/bin",
		"HOME=" + os.TempDir(),
		"LANG=C.UTF-8",
		"PYTHONIOENCODING=utf-8",
		"AWS_ACCESS_KEY_ID=AKIDEXAMPLE",
		"AWS_SECRET_ACCESS_KEY=secret",
		"AWS_DEFAULT_REGION=us-east-1",
		"AWS_CONFIG_FILE=/dev/null",
		"AWS_SHARED_CREDENTIALS_FILE=/dev/null",
		"AWS_PAGER=",
		"AWS_EC2_METADATA_DISABLED=true",
	}
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &Driver{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<20)}, nil
}

// Run runs `aws ARGV...` with the working directory cwd ("" for the
// driver's own) and returns what it did.
func (d *Driver) Run(argv []string, cwd string) (Outcome, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	req, _ := json.Marshal(struct {
		Argv []string `json:"argv"`
		Cwd  string   `json:"cwd,omitempty"`
	}{argv, cwd})
	if _, err := d.in.Write(append(req, '\n')); err != nil {
		return Outcome{}, fmt.Errorf("driver: %w", err)
	}
	line, err := d.out.ReadBytes('\n')
	if err != nil {
		return Outcome{}, fmt.Errorf("driver: %w", err)
	}
	var o Outcome
	if err := json.Unmarshal(line, &o); err != nil {
		return Outcome{}, fmt.Errorf("driver answer %q: %w", line, err)
	}
	d.Runs++
	return o, nil
}

// Check asks the driver whether any run so far changed the service models
// its runs share (driver.py reads each once for all of them), and returns an
// error naming the changed ones.
func (d *Driver) Check() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, err := d.in.Write([]byte(`{"check": true}` + "\n")); err != nil {
		return fmt.Errorf("driver: %w", err)
	}
	line, err := d.out.ReadBytes('\n')
	if err != nil {
		return fmt.Errorf("driver: %w", err)
	}
	var o Outcome
	if err := json.Unmarshal(line, &o); err != nil {
		return fmt.Errorf("driver answer %q: %w", line, err)
	}
	if o.RC != 0 {
		return fmt.Errorf("driver check: %s", o.Stderr)
	}
	return nil
}

// Close stops the driver.
func (d *Driver) Close() error {
	d.in.Close()
	return d.cmd.Wait()
}
