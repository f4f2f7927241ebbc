package core

import (
	"strings"

	"sgrules/internal/yamlread"
)

// This file finds the line of each choice in the pasted text: from the
// YAML tree's positions, or by following the brackets of the JSON text
// (which jsonread.go does not keep positions for).

// elementLine is the line where element i of the document's list starts
// (the list under key of the top-level mapping, or the document itself
// when key is ""), or where its member starts when member is set; 0 when
// it cannot tell.
func (r *docReader) elementLine(key string, i int, member string) int {
	if n := r.yamlRoot; n != nil {
		if key != "" {
			_, n = yamlMember(n, key)
		}
		if n == nil || n.Kind != yamlread.Sequence || i >= len(n.Items) {
			return 0
		}
		e := n.Items[i]
		if k, _ := yamlMember(e, member); member != "" && k != nil {
			return k.Line
		}
		return e.Line
	}
	starts := jsonElementStarts(r.body, key)
	if i >= len(starts) {
		return 0
	}
	start, end := starts[i], len(r.body)
	if i+1 < len(starts) {
		end = starts[i+1]
	}
	if member != "" {
		if j := strings.Index(r.body[start:end], `"`+member+`"`); j >= 0 {
			start += j
		}
	}
	line, _ := lineCol(r.body, start)
	return line
}

// yamlMember is the key and the value of member key in a YAML mapping, or
// nils.
func yamlMember(n *yamlread.Node, key string) (*yamlread.Node, *yamlread.Node) {
	if n.Kind != yamlread.Mapping {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Items); i += 2 {
		if n.Items[i].Kind == yamlread.String && n.Items[i].Value == key {
			return n.Items[i], n.Items[i+1]
		}
	}
	return nil, nil
}

// jsonElementStarts are the offsets where the elements of a list start in
// a JSON text: the list under key of the top-level object, or the top-level
// list when key is "". The text has been read by parseJSON already, so the
// scan only follows strings and brackets.
func jsonElementStarts(s, key string) []int {
	var starts []int
	var stack []byte
	target := -1 // the depth of the list whose elements are wanted
	want := false
	pending, last := "", ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			continue
		}
		if want && c != ']' {
			starts = append(starts, i)
			want = false
		}
		switch c {
		case '"':
			j := i + 1
			for j < len(s) && s[j] != '"' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if len(stack) == 1 && stack[0] == '{' {
				pending = s[i+1 : min(j, len(s))]
			}
			i = j
		case ':':
			if len(stack) == 1 {
				last = pending
			}
		case '{', '[':
			if c == '[' && target < 0 && (key == "" && len(stack) == 0 || key != "" && len(stack) == 1 && last == key) {
				target = len(stack) + 1
				want = true
			}
			stack = append(stack, c)
		case '}', ']':
			if len(stack) == target {
				return starts
			}
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case ',':
			if len(stack) == target {
				want = true
			}
		}
	}
	return starts
}
