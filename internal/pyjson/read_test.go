package pyjson

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stdJSON is what encoding/json makes of data, in Parse's value types:
// the reference Parse is held to.
func stdJSON(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := stdValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errTrailing
	}
	return v, nil
}

var errTrailing = &syntaxError{msg: "trailing data"}

func stdValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '{' {
			o := &Object{Values: map[string]any{}}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k := kt.(string)
				v, err := stdValue(dec)
				if err != nil {
					return nil, err
				}
				if _, dup := o.Values[k]; !dup {
					o.Keys = append(o.Keys, k)
				}
				o.Values[k] = v
			}
			_, err := dec.Token()
			return o, err
		}
		l := []any{}
		for dec.More() {
			v, err := stdValue(dec)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		_, err := dec.Token()
		return l, err
	case json.Number:
		return Number(t), nil
	}
	return tok, nil
}

func TestParseJSON(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want any
	}{
		{`{}`, &Object{Values: map[string]any{}}},
		{` [1, -0.5e+3, "a\u00e9\ud83d\ude00\ud800x", true, false, null] `,
			[]any{Number("1"), Number("-0.5e+3"), "aé😀\uFFFDx", true, false, nil}},
		{`{"b":1,"a":2,"b":3}`, &Object{Keys: []string{"b", "a"}, Values: map[string]any{"a": Number("2"), "b": Number("3")}}},
		{"\"\xff\\/\\b\\f\\n\\r\\t\"", "\uFFFD/\b\f\n\r\t"},
	} {
		got, err := Parse([]byte(tc.in))
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
	for _, bad := range []string{``, ` `, `{`, `{"a"}`, `{"a":1,}`, `[1,]`, `01`, `1.`, `1e`, `-`, `"a`, "\"\x01\"",
		`"\x"`, `"\u12"`, `tru`, `nul`, `{} {}`, `{}x`, `NaN`, `Infinity`, `{'a':1}`} {
		_, err := Parse([]byte(bad))
		assert.Error(t, err, "%q", bad)
		_, err = stdJSON([]byte(bad))
		assert.Error(t, err, "encoding/json should refuse %q too", bad)
	}
	// Nesting deeper than encoding/json's limit (which its Token reader
	// does not apply) is refused too.
	_, err := Parse([]byte(strings.Repeat("[", 10001) + strings.Repeat("]", 10001)))
	assert.Error(t, err)
}

// FuzzParseJSON: Parse accepts exactly what encoding/json accepts and
// reads the same values from it.
func FuzzParseJSON(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "cases", "*.json"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	// A failure the fuzzer once found (core/testdata/fuzz/FuzzParseJSON,
	// from when this reader lived in core).
	f.Add([]byte("\"\"\"0"))
	for _, s := range []string{`{"a":[1,2.5e-3,"\ud83d\ude00"]}`, `"\ud800\u0041"`, "\"\xed\xa0\x80\"", `[[[]]]`, ` -0 `} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := Parse(data)
		want, stdErr := stdJSON(data)
		if (err == nil) != (stdErr == nil) {
			t.Fatalf("Parse error %v, encoding/json error %v", err, stdErr)
		}
		if err == nil {
			assert.Equal(t, want, got)
		}
	})
}
