package core

import (
	"strconv"
	"strings"
)

// This file is the Python side of decode.go: JSON values (as jsonread.go
// reads them, keeping the key order Python's json module keeps) printed the
// way Python prints them, because botocore's ParamValidation messages quote
// the values and types in Python's words.

// object is a decoded JSON object that remembers its key order, as Python's
// json module (and so botocore's messages) does. A repeated key keeps its
// first position and its last value, as a Python dict does.
type object struct {
	keys []string
	vals map[string]any
}

// pyClass is how Python prints the type of a decoded JSON value.
func pyClass(v any) string { return "<class '" + pyTypeName(v) + "'>" }

func pyTypeName(v any) string {
	switch x := v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case string:
		return "str"
	case jsonNumber:
		if x.isFloat() {
			return "float"
		}
		return "int"
	case []any:
		return "list"
	case *object:
		return "dict"
	case pyLiteral:
		return x.class
	}
	return "object"
}

// pyStr is Python's str() of a decoded JSON value, as botocore prints it.
func pyStr(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return pyRepr(v)
}

// pyRepr is Python's repr() of a decoded JSON value.
func pyRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return pyQuote(x)
	case jsonNumber:
		if f, err := strconv.ParseFloat(string(x), 64); err == nil && x.isFloat() {
			s := strconv.FormatFloat(f, 'g', -1, 64)
			if !strings.ContainsAny(s, ".eEn") {
				s += ".0"
			}
			return s
		}
		return string(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pyRepr(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *object:
		// Python keeps the document's key order, and so does object.
		parts := make([]string, 0, len(x.keys))
		for _, k := range x.keys {
			parts = append(parts, pyQuote(k)+": "+pyRepr(x.vals[k]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case pyLiteral:
		return x.str
	}
	return "?"
}

// pyQuote is Python's repr() of a str, for the printable cases.
func pyQuote(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == q:
			b.WriteString(`\` + q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x`)
			b.WriteByte("0123456789abcdef"[r>>4])
			b.WriteByte("0123456789abcdef"[r&0xf])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	return b.String()
}
