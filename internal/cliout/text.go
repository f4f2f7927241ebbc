package cliout

// This file prints a response as the CLI prints it with --output text,
// following awscli/text.py:
//
//   - a dict prints one line: its scalar values, tab-separated, in sorted key
//     order, prefixed with the upper-cased name it hangs under (none at the
//     top); then each non-scalar member, in sorted key order, under its own
//     name;
//   - a list of dicts uses, for every element, the sorted union of the
//     elements' scalar keys, printing "" where an element lacks one, then
//     each element's remaining (non-scalar) members;
//   - an empty list prints nothing; scalars print as Python's str() does
//     (True/False), with no quoting or escaping of tabs or newlines.

import (
	"slices"
	"strings"
)

// printText is the text formatter: v as text.py prints it.
func printText(_ string, v *Value) string {
	var b strings.Builder
	b.Grow(256 + 256*listItems(v))
	textNode(&b, v, "", nil)
	return b.String()
}

// textNode is text.py's _format_text: identifier "" stands for None.
func textNode(b *strings.Builder, n *Value, identifier string, scalarKeys []string) {
	switch n.kind {
	case kindDict:
		textDict(b, n, identifier, scalarKeys)
	case kindList:
		textList(b, n, identifier)
	default:
		b.WriteString(n.pyStr())
		b.WriteByte('\n')
	}
}

func textList(b *strings.Builder, n *Value, identifier string) {
	if len(n.items) == 0 {
		return
	}
	hasDict, hasList := false, false
	for _, it := range n.items {
		hasDict = hasDict || it.kind == kindDict
		hasList = hasList || it.kind == kindList
	}
	switch {
	case hasDict:
		keys := textAllScalarKeys(n.items)
		for _, it := range n.items {
			textNode(b, it, identifier, keys)
		}
	case hasList:
		var scalars []*Value
		for _, it := range n.items {
			if it.scalar() {
				scalars = append(scalars, it)
			}
		}
		if len(scalars) > 0 {
			textScalarList(b, scalars, identifier)
		}
		for _, it := range n.items {
			if !it.scalar() {
				textNode(b, it, identifier, nil)
			}
		}
	default:
		textScalarList(b, n.items, identifier)
	}
}

func textScalarList(b *strings.Builder, items []*Value, identifier string) {
	if identifier != "" {
		for _, it := range items {
			textUpper(b, identifier)
			b.WriteByte('\t')
			b.WriteString(it.pyStr())
			b.WriteByte('\n')
		}
		return
	}
	for i, it := range items {
		if i > 0 {
			b.WriteByte('\t')
		}
		b.WriteString(it.pyStr())
	}
	b.WriteByte('\n')
}

// textAllScalarKeys is the sorted union of the scalar keys of the dicts in
// items.
func textAllScalarKeys(items []*Value) []string {
	var keys []string
	for _, it := range items {
		if it.kind != kindDict {
			continue
		}
		for _, f := range it.dict {
			if f.Value.scalar() && !slices.Contains(keys, f.Key) {
				keys = append(keys, f.Key)
			}
		}
	}
	sortStrings(keys)
	return keys
}

func textDict(b *strings.Builder, n *Value, identifier string, scalarKeys []string) {
	// The scalars go on one line, tab-separated, after the upper-cased
	// identifier; the other members follow.
	wrote := false
	put := func(v string) {
		if !wrote {
			if identifier != "" {
				textUpper(b, identifier)
				b.WriteByte('\t')
			}
			wrote = true
		} else {
			b.WriteByte('\t')
		}
		b.WriteString(v)
	}
	if scalarKeys == nil {
		for _, f := range n.dict {
			if f.Value.scalar() {
				put(f.Value.pyStr())
			}
		}
	} else {
		for _, k := range scalarKeys {
			v := ""
			if m := n.get(k); m != nil {
				v = m.pyStr()
			}
			put(v)
		}
	}
	if wrote {
		b.WriteByte('\n')
	}
	for _, f := range n.dict {
		if scalarKeys == nil && !f.Value.scalar() || scalarKeys != nil && !slices.Contains(scalarKeys, f.Key) {
			textNode(b, f.Value, f.Key, nil)
		}
	}
}

// textUpper writes strings.ToUpper(s).
func textUpper(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			b.WriteString(strings.ToUpper(s))
			return
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b.WriteByte(c)
	}
}

// sortStrings sorts a short list by code point (Go's < on strings orders
// UTF-8 bytes, which is code point order, as Python's sorted() on str).
func sortStrings(list []string) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j] < list[j-1]; j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}
