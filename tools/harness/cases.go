package harness

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// Case is one Input document of the shared table under testdata/cases.
type Case struct {
	Name string
	// Doc is the whole Input document.
	Doc []byte
	// Command is the authorize command it names.
	Command string
	// Request is Doc's "Input" member as raw JSON members.
	Request map[string]json.RawMessage
}

// CasesDir is the repository's table of Inputs, shared by the golden tests.
func CasesDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "cases")
}

// LoadCases reads every case, sorted by name.
func LoadCases() ([]Case, error) {
	paths, err := filepath.Glob(filepath.Join(CasesDir(), "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var cases []Case
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var doc struct {
			Command string
			Input   map[string]json.RawMessage
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			return nil, err
		}
		cases = append(cases, Case{
			Name:    strings.TrimSuffix(filepath.Base(p), ".json"),
			Doc:     raw,
			Command: doc.Command,
			Request: doc.Input,
		})
	}
	return cases, nil
}

// ReferenceJSON is the --cli-input-json document the reference request of
// command is made from: the Input, without TagSpecifications for a revoke.
func (c Case) ReferenceJSON(command string) string {
	m := map[string]json.RawMessage{}
	for k, v := range c.Request {
		if k == "TagSpecifications" && strings.HasPrefix(command, "revoke-") {
			continue
		}
		m[k] = v
	}
	b, _ := json.Marshal(m)
	return string(b)
}
