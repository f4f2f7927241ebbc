package pyjson

import (
	"strconv"
	"strings"
)

// This file prints JSON values (as Parse reads them, keeping the key order
// Python's json module keeps) the way Python prints them, because botocore's
// ParamValidation messages quote the values and types in Python's words.

// Object is a decoded JSON object that remembers its key order, as Python's
// json module (and so botocore's messages) does. A repeated key keeps its
// first position and its last value, as a Python dict does.
type Object struct {
	// Keys are the object's keys in document order, each once.
	Keys []string
	// Values maps each key to its (last) value.
	Values map[string]any
}

// Set stores a member, keeping the first position of a repeated key and its
// last value, as a Python dict does.
func (o *Object) Set(key string, v any) {
	if o.Values == nil {
		o.Values = map[string]any{}
	}
	if _, ok := o.Values[key]; !ok {
		o.Keys = append(o.Keys, key)
	}
	o.Values[key] = v
}

// Remove deletes a member, as del d[key] does.
func (o *Object) Remove(key string) {
	if _, ok := o.Values[key]; !ok {
		return
	}
	delete(o.Values, key)
	for i, k := range o.Keys {
		if k == key {
			o.Keys = append(o.Keys[:i:i], o.Keys[i+1:]...)
			break
		}
	}
}

// Quote is Python's repr() of a str, for the printable cases.
func Quote(s string) string { return quote(s) }

// Literal is a value another loader (the CLI's YAML loader) builds that JSON
// has no spelling for, such as a float inf or a datetime.date: Python prints
// its type as Class and its repr() as Text.
type Literal struct {
	Class, Text string
}

// Class is how Python prints the type of a decoded JSON value.
func Class(v any) string { return "<class '" + TypeName(v) + "'>" }

// TypeName is the name of the Python type of a decoded JSON value: NoneType,
// bool, str, int, float, list or dict.
func TypeName(v any) string {
	switch x := v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case string:
		return "str"
	case Number:
		if x.IsFloat() {
			return "float"
		}
		return "int"
	case []any:
		return "list"
	case *Object:
		return "dict"
	case Literal:
		return x.Class
	}
	return "object"
}

// Str is Python's str() of a decoded JSON value, as botocore prints it.
func Str(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return Repr(v)
}

// Repr is Python's repr() of a decoded JSON value.
func Repr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return quote(x)
	case Number:
		if f, err := strconv.ParseFloat(string(x), 64); err == nil && x.IsFloat() {
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
			parts[i] = Repr(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *Object:
		// Python keeps the document's key order, and so does Object.
		parts := make([]string, 0, len(x.Keys))
		for _, k := range x.Keys {
			parts = append(parts, quote(k)+": "+Repr(x.Values[k]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case Literal:
		return x.Text
	}
	return "?"
}

// quote is Python's repr() of a str, for the printable cases.
func quote(s string) string {
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
