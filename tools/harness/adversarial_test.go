package harness

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"sgrules/core"
)

// hostileValues are the values issue 4 names, each placed in every free-text
// field of one Input at once.
var hostileValues = map[string]string{
	"single-quote":        `it's`,
	"double-quote":        `say "hi"`,
	"backslash-quote":     `a\"b\\"c`,
	"trailing-backslash":  `dir\`,
	"command-subst":       `$(touch pwned)`,
	"backticks":           "`touch pwned`",
	"dollar-var":          `$HOME and ${PATH}`,
	"percent-var":         `%PATH% %OS%`,
	"bang-var":            `!x! !PATH!`,
	"caret":               `a^b^^`,
	"metachars":           `a & b | c < d > e ; f`,
	"hash":                `# not a comment`,
	"globs":               `*?[a-z]`,
	"braces":              `{a,b}`,
	"leading-dash":        `-rf`,
	"double-dash-percent": `--% stop`,
	"equals":              `a=b==c`,
	"comma":               `a,b,,c`,
	"brackets":            `[]{}[{}]`,
	"spaces":              `  two  spaces  `,
	"tab":                 "a\tb",
	"newline":             "line1\nline2",
	"nul":                 "a\x00b",
	"non-ascii":           "café – Zürich ✓ 😀",
	"typographic-quotes":  "‘single’ “double” „low‟",
	"5kb":                 strings.Repeat("abc de,f ", 570),
	"empty":               "",
	"file-prefix":         "file://etc/passwd",
}

// hostileInput places v in every free-text field of an Input for command:
// shape "full" has every kind of source (so only the flag-free forms and
// --ip-permissions can say it), shape "sugar" is one group reference the sugar
// flags can say.
func hostileInput(shape, command, v string) core.Input {
	if shape == "sugar" {
		r := core.Request{
			GroupId: core.Str(v),
			IpPermissions: []core.IpPermission{{IpProtocol: core.Str("udp"), FromPort: core.Int(53), ToPort: core.Int(53),
				UserIdGroupPairs: []core.UserIdGroupPair{{GroupName: core.Str(v), UserId: core.Str(v)}}}},
			TagSpecifications: []core.TagSpecification{{ResourceType: core.Str(v), Tags: []core.Tag{{Key: core.Str(v), Value: core.Str(v)}}}},
		}
		if command == core.Ingress {
			r.GroupId, r.GroupName = nil, core.Str(v)
		}
		return core.Input{Command: command, Request: r}
	}
	r := core.Request{
		IpPermissions: []core.IpPermission{{
			IpProtocol: core.Str("tcp"), FromPort: core.Int(22), ToPort: core.Int(22),
			IpRanges:         []core.IpRange{{CidrIp: core.Str("10.0.0.0/8"), Description: core.Str(v)}},
			Ipv6Ranges:       []core.Ipv6Range{{CidrIpv6: core.Str("2001:db8::/32"), Description: core.Str(v)}},
			PrefixListIds:    []core.PrefixListId{{PrefixListId: core.Str("pl-12345678"), Description: core.Str(v)}},
			UserIdGroupPairs: []core.UserIdGroupPair{{GroupName: core.Str(v), Description: core.Str(v)}},
		}},
		TagSpecifications: []core.TagSpecification{{ResourceType: core.Str("security-group-rule"),
			Tags: []core.Tag{{Key: core.Str(v), Value: core.Str(v)}}}},
	}
	if command == core.Egress {
		r.GroupId = core.Str("sg-0123456789abcdef0")
	} else {
		r.GroupName = core.Str(v)
	}
	return core.Input{Command: command, Request: r}
}

// TestAdversarial: every hostile value, in every free-text field at once, for
// both commands and their revokes, every shell and every form, is either
// carried exactly (the real CLI sends the reference request) or refused with
// a reason. Zero exceptions.
func TestAdversarial(t *testing.T) {
	RequireOracle(t, "Debian's awscli (/usr/bin/aws)", HaveAWS())
	RequireOracle(t, "bash", HaveBash())

	type job struct{ name, shape, authorize string }
	var jobs []job
	names := make([]string, 0, len(hostileValues))
	for n := range hostileValues {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, shape := range []string{"full", "sugar"} {
			for _, authorize := range []string{core.Ingress, core.Egress} {
				jobs = append(jobs, job{name, shape, authorize})
			}
		}
	}

	// One CLI driver and endpoint per worker: the CLI is the slow part.
	var drivers []*Driver
	var mu sync.Mutex
	counts := map[[2]string]*tally{}
	queue := make(chan job)
	var wg sync.WaitGroup
	for w := 0; w < workers(); w++ {
		drv, err := StartDriver()
		require.NoError(t, err)
		defer drv.Close()
		drivers = append(drivers, drv)
		ep := NewEndpoint()
		defer ep.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range queue {
				local := adversarialJob(t, drv, ep, j.name, j.shape, j.authorize)
				mu.Lock()
				for k, c := range local {
					if counts[k] == nil {
						counts[k] = &tally{}
					}
					counts[k].carried += c.carried
					counts[k].refused += c.refused
					counts[k].failed += c.failed
				}
				mu.Unlock()
			}
		}()
	}
	for _, j := range jobs {
		queue <- j
	}
	close(queue)
	wg.Wait()
	for _, d := range drivers {
		if err := d.Check(); err != nil {
			t.Errorf("the runs share the service models and must not change them: %v", err)
		}
	}

	var b strings.Builder
	fmt.Fprintf(&b, "adversarial: %d hostile values x 2 input shapes x 2 commands x 2 (authorize, revoke)\n%-12s %-15s %8s %8s %7s\n", len(hostileValues), "shell", "form", "carried", "refused", "failed")
	var total tally
	for _, shell := range core.Shells {
		for _, form := range core.Forms {
			c := counts[[2]string{shell, form}]
			if c == nil {
				c = &tally{}
			}
			fmt.Fprintf(&b, "%-12s %-15s %8d %8d %7d\n", shell, form, c.carried, c.refused, c.failed)
			total.carried += c.carried
			total.refused += c.refused
			total.failed += c.failed
		}
	}
	fmt.Fprintf(&b, "%-28s %8d %8d %7d\n", "total", total.carried, total.refused, total.failed)
	t.Log("\n" + b.String())
	WriteReport("adversarial.txt", b.String())
}

// tally counts the outcomes of one (shell, form).
type tally struct{ carried, refused, failed int }

// workers is how many CLI drivers run at once: one per CPU, at most four.
func workers() int {
	n := runtime.NumCPU()
	if n > 4 {
		n = 4
	}
	return n
}

// adversarialJob checks one hostile Input (one value, one shape, one
// authorize command) and its revoke, in every shell and form.
func adversarialJob(t *testing.T, drv *Driver, ep *Endpoint, name, shape, authorize string) map[[2]string]*tally {
	counts := map[[2]string]*tally{}
	in := hostileInput(shape, authorize, hostileValues[name])
	res := core.Generate(in)
	for _, command := range []string{authorize, core.RevokeOf(authorize)} {
		// The reference: the typed Input's own JSON document, written by
		// encoding/json, which carries any value.
		ref, err := drv.Run([]string{"ec2", command, "--cli-input-json", referenceDoc(in, command), "--endpoint-url", ep.URL()}, "")
		if err != nil || ref.RC == -1 {
			t.Errorf("%s %s: reference run failed: %v %s", name, command, err, ref.Stderr)
			return counts
		}
		refReqs := ep.Take()
		cache := map[string][][]string{}
		for _, shell := range core.Shells {
			for _, form := range core.Forms {
				k := [2]string{shell, form}
				if counts[k] == nil {
					counts[k] = &tally{}
				}
				label := fmt.Sprintf("%s/%s %s %s %s", name, shape, command, shell, form)
				cmd, ok := findCommand(res, command, shell, form)
				if !ok {
					if !isUnavailable(res, command, shell, form) {
						t.Errorf("%s: neither a command nor a reason", label)
						counts[k].failed++
						continue
					}
					counts[k].refused++
					continue
				}
				dir := t.TempDir()
				for _, f := range cmd.Files {
					if err := os.WriteFile(filepath.Join(dir, f.Name), []byte(f.Content), 0o644); err != nil {
						t.Error(err)
					}
				}
				argv, err := argvFor(shell, cmd.Text, dir)
				if err != nil {
					t.Errorf("%s: %v\n%s", label, err, cmd.Text)
					counts[k].failed++
					continue
				}
				key := strings.Join(argv, "\x00") + "\x01" + strings.Join(fileNames(cmd), ",")
				got, seen := cache[key]
				if !seen {
					o, err := drv.Run(append(argv, "--endpoint-url", ep.URL()), dir)
					if err != nil || o.RC == -1 {
						t.Errorf("%s: run failed: %v %s", label, err, o.Stderr)
					}
					got = ep.Take()
					cache[key] = got
				}
				if fmt.Sprint(got) != fmt.Sprint(refReqs) {
					t.Errorf("%s sends a different request:\n%s\nreference: %v\ngot:       %v", label, cmd.Text, refReqs, got)
					counts[k].failed++
					continue
				}
				counts[k].carried++
			}
		}
	}
	return counts
}

// referenceDoc is the --cli-input-json text of a typed Input, written with
// encoding/json — independent of core's own writers.
func referenceDoc(in core.Input, command string) string {
	r := in.Request
	if strings.HasPrefix(command, "revoke-") {
		r.TagSpecifications = nil
	}
	b, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	// encoding/json writes absent (nil) members as null; the CLI would
	// refuse those, so drop them.
	var m any
	json.Unmarshal(b, &m)
	b, _ = json.Marshal(dropNulls(m))
	return string(b)
}

func dropNulls(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if e == nil {
				delete(x, k)
			} else {
				x[k] = dropNulls(e)
			}
		}
	case []any:
		for i, e := range x {
			x[i] = dropNulls(e)
		}
	}
	return v
}

func findCommand(res core.Result, command, shell, form string) (core.Command, bool) {
	for _, c := range res.Commands {
		if c.Command == command && c.Shell == shell && c.Form == form {
			return c, true
		}
	}
	return core.Command{}, false
}

func isUnavailable(res core.Result, command, shell, form string) bool {
	for _, u := range res.Unavailable {
		if (u.Command == "" || u.Command == command) && (u.Shell == "" || u.Shell == shell) && (u.Form == "" || u.Form == form) && u.Reason != "" {
			return true
		}
	}
	return false
}

func fileNames(c core.Command) []string {
	var n []string
	for _, f := range c.Files {
		n = append(n, f.Name+"="+f.Content)
	}
	return n
}

// argvFor is what the CLI receives when text is pasted into shell: real bash
// for bash, core's models of cmd.exe, PowerShell and the C runtime for the
// Windows shells (the cmd model is cross-checked with Wine elsewhere).
func argvFor(shell, text, dir string) ([]string, error) {
	if shell == core.ShellBash {
		return BashArgv(text, dir)
	}
	return core.WindowsArgv(shell, text)
}
