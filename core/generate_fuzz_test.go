package core

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzGenerateJSON: GenerateJSON never panics on any bytes, fails only on
// bytes that are not a JSON object, and always answers a complete Result.
func FuzzGenerateJSON(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "cases", "*.json"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"Command":"authorize-security-group-egress","Input":{"IpPermissions":[{"FromPort":"x"}]}}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := GenerateJSON(data)
		var obj map[string]json.RawMessage
		isObject := json.Unmarshal(data, &obj) == nil
		if err != nil {
			if isObject {
				t.Fatalf("error for a JSON object: %v", err)
			}
			return
		}
		var res map[string]json.RawMessage
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatalf("result is not JSON: %v", err)
		}
		for _, k := range []string{"Problems", "Commands", "Unavailable", "Response", "Error", "Output"} {
			if _, ok := res[k]; !ok {
				t.Fatalf("result lacks %s", k)
			}
		}
		for _, k := range []string{"Problems", "Commands", "Unavailable"} {
			if string(res[k]) == "null" {
				t.Fatalf("%s is null", k)
			}
		}
	})
}
