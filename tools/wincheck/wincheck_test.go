package wincheck

import (
	"os"
	"testing"
)

// TestRunRetriesALineThatStartsNothing: a line that starts no program is run
// a second time and still reported as it failed; a line that runs aws.exe is
// run once.
func TestRunRetriesALineThatStartsNothing(t *testing.T) {
	if _, err := Find(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the Wine oracle is required under CI: %v", err)
		}
		t.Skipf("skipping the Wine oracle: %v", err)
	}
	o, err := Start(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := o.Close(); err != nil {
			t.Error(err)
		}
	}()
	results, err := o.Run([]string{"no-such-program x", "aws ec2 x"})
	if err != nil {
		t.Fatal(err)
	}
	if r := results[0]; !r.Retried || len(r.Runs) != 0 || r.Exit == 0 || r.FirstStderr == "" {
		t.Errorf("a line that starts nothing: %+v", r)
	}
	if r := results[1]; r.Retried || len(r.Runs) != 1 || r.Exit != 0 {
		t.Errorf("a line that runs aws.exe: %+v", r)
	}
}
