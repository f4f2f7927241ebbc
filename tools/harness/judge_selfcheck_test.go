package harness

import (
	"encoding/json"
	"flag"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/core"
)

var judgeSelfCheck = flag.Bool("judge.selfcheck", false, "run TestJudgeSelfCheck (about one CLI run per corpus command)")

// TestJudgeSelfCheck judges a perfect importer: one that knows the CLI's
// answer, giving the Input rebuilt from the request the CLI sent, or an error
// in the CLI's words. It must pass on every command: this shows that the
// judge's comparison works and that every request of the corpus can be said
// as an Input (so a failure of TestJudge is Import's). It costs a CLI run
// per request, so it runs only with -judge.selfcheck.
func TestJudgeSelfCheck(t *testing.T) {
	if !*judgeSelfCheck {
		t.Skip("run with -judge.selfcheck")
	}
	entries, outcomes := judgeOutcomes(t)
	drv, err := StartDriver()
	require.NoError(t, err)
	defer drv.Close()
	ep := NewEndpoint()
	defer ep.Close()
	byText := map[string]cliOutcome{}
	for i, e := range entries {
		byText[e.ImportText] = outcomes[i]
	}
	oracle := func(req core.ImportRequest) core.ImportResult {
		o := byText[req.Text]
		if !o.sent() {
			return core.ImportResult{Problems: []core.Problem{{Severity: core.SeverityError, Message: o.Message}}}
		}
		in, err := inputFromRequest(o.Request)
		if err != nil {
			return core.ImportResult{Problems: []core.Problem{{Severity: core.SeverityError, Message: err.Error()}}}
		}
		return core.ImportResult{Input: &in, Notes: []core.Note{{Message: "straightened"}}}
	}
	for i, e := range entries {
		assert.Empty(t, judgeImport(t, drv, ep, oracle, e, outcomes[i]), "%s", e.Key())
	}
}

// inputFromRequest rebuilds the Input of an EC2 query request (sorted
// "key=value" form parameters): the query names (Groups, TagSpecification,
// Tag, 1-based indices) mapped back to the model's.
func inputFromRequest(params []string) (core.Input, error) {
	root := map[string]any{}
	var command string
	for _, p := range params {
		k, v, _ := strings.Cut(p, "=")
		switch k {
		case "Action":
			command = map[string]string{
				"AuthorizeSecurityGroupIngress": core.Ingress, "AuthorizeSecurityGroupEgress": core.Egress,
				"RevokeSecurityGroupIngress": core.Ingress, "RevokeSecurityGroupEgress": core.Egress}[v]
			continue
		case "Version":
			continue
		}
		var leaf any = v
		switch {
		case strings.HasSuffix(k, "Port"):
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return core.Input{}, fmt.Errorf("%s: %v", k, err)
			}
			leaf = n
		case k == "DryRun":
			leaf = v == "true"
		}
		if err := setPath(root, strings.Split(k, "."), leaf); err != nil {
			return core.Input{}, fmt.Errorf("%s: %v", k, err)
		}
	}
	b, err := json.Marshal(listify(root))
	if err != nil {
		return core.Input{}, err
	}
	var r core.Request
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return core.Input{}, fmt.Errorf("%s: %v", b, err)
	}
	return core.Input{Command: command, Request: r}, nil
}

// queryNames are the query names that differ from the model's.
var queryNames = map[string]string{"Groups": "UserIdGroupPairs", "TagSpecification": "TagSpecifications", "Tag": "Tags"}

// setPath stores leaf under path, a list index becoming a map key "#n" that
// listify turns into a list.
func setPath(m map[string]any, path []string, leaf any) error {
	for i := 0; i < len(path); i++ {
		name := path[i]
		if q, ok := queryNames[name]; ok {
			name = q
		}
		if i == len(path)-1 {
			m[name] = leaf
			return nil
		}
		if _, err := strconv.Atoi(path[i+1]); err == nil {
			list, _ := m[name].(map[string]any)
			if list == nil {
				list = map[string]any{}
				m[name] = list
			}
			i++
			elem, _ := list["#"+path[i]].(map[string]any)
			if elem == nil {
				elem = map[string]any{}
				list["#"+path[i]] = elem
			}
			if i == len(path)-1 {
				return fmt.Errorf("a list of scalars")
			}
			m = elem
			continue
		}
		next, _ := m[name].(map[string]any)
		if next == nil {
			next = map[string]any{}
			m[name] = next
		}
		m = next
	}
	return nil
}

// listify turns the "#n" maps of setPath into lists, in index order.
func listify(v any) any {
	m, ok := v.(map[string]any)
	if !ok {
		return v
	}
	var idx []int
	for k := range m {
		if n, err := strconv.Atoi(strings.TrimPrefix(k, "#")); err == nil && strings.HasPrefix(k, "#") {
			idx = append(idx, n)
		}
	}
	if len(idx) > 0 && len(idx) == len(m) {
		sort.Ints(idx)
		list := make([]any, len(idx))
		for i, n := range idx {
			list[i] = listify(m["#"+strconv.Itoa(n)])
		}
		return list
	}
	for k, e := range m {
		m[k] = listify(e)
	}
	return m
}
