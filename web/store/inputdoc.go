package store

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"sgrules/core"
)

// EncodeInput returns the Input document of in (contract.md): the keys that
// are set and no others, so a key the user never set stays absent.
func EncodeInput(in core.Input) ([]byte, error) {
	doc, err := inputTree(in)
	if err != nil {
		return nil, err
	}
	return json.Marshal(doc)
}

// DecodeInput reads an Input document written by EncodeInput (or by hand).
// It is lenient: whatever core would report as a problem is core's to report,
// so callers that need the problems should pass the bytes to
// core.GenerateJSON.
func DecodeInput(data []byte) (core.Input, error) {
	var in core.Input
	dec := json.NewDecoder(bytes.NewReader(data))
	err := dec.Decode(&in)
	return in, err
}

// inputTree is the Input as a generic JSON tree without absent (null) keys.
func inputTree(in core.Input) (any, error) {
	raw, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	return dropNulls(doc), nil
}

// dropNulls removes every object member whose value is null.
func dropNulls(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			if e == nil {
				delete(t, k)
				continue
			}
			t[k] = dropNulls(e)
		}
	case []any:
		for i, e := range t {
			t[i] = dropNulls(e)
		}
	}
	return v
}

// setAt puts value at a Problem-style path ("IpPermissions[0].FromPort")
// below tree["Input"], creating nothing: a path that does not exist is left
// alone.
func setAt(tree any, path string, value any) {
	root, ok := tree.(map[string]any)
	if !ok {
		return
	}
	cur, ok := root["Input"].(map[string]any)
	if !ok {
		return
	}
	for path != "" {
		step, rest, _ := strings.Cut(path, ".")
		path = rest
		key, index, indexed := strings.Cut(step, "[")
		if !indexed {
			if path == "" {
				cur[key] = value
			}
			return
		}
		list, ok := cur[key].([]any)
		i, err := strconv.Atoi(strings.TrimSuffix(index, "]"))
		if !ok || err != nil || i < 0 || i >= len(list) {
			return
		}
		if cur, ok = list[i].(map[string]any); !ok {
			return
		}
	}
}
