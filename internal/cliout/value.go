package cliout

// This file holds the small value tree the yaml, text and table printers
// walk: a response as botocore hands it to the CLI's formatters (a dict per
// structure holding only the members the service sent, lists, and
// str/int/bool scalars). Dict members are kept sorted by key, because every one of those
// formatters sorts keys (ruamel.yaml's SafeRepresenter sorts mappings;
// awscli/text.py and awscli/table.py sort keys explicitly). Sorting is by
// code point, as Python's sorted() on str does.

import "strconv"

// Kinds of Value.
const (
	kindStr = iota
	kindInt
	kindBool
	kindDict
	kindList
)

// Value is one value of the tree: a string, an integer, a boolean, a dict
// (members sorted by key) or a list. Values are made by a Builder.
type Value struct {
	kind  int
	s     string   // kindStr: the string; kindInt: decimal digits
	b     bool     // kindBool
	dict  []Field  // kindDict, sorted by key
	items []*Value // kindList
}

// Field is one member of a dict.
type Field struct {
	Key   string
	Value *Value
}

func (n *Value) scalar() bool { return n.kind != kindDict && n.kind != kindList }

// pyStr is Python's str() of a scalar: True/False for booleans.
func (n *Value) pyStr() string {
	if n.kind == kindBool {
		if n.b {
			return "True"
		}
		return "False"
	}
	return n.s
}

// get returns the member named key, or nil.
func (n *Value) get(key string) *Value {
	for i := range n.dict {
		if n.dict[i].Key == key {
			return n.dict[i].Value
		}
	}
	return nil
}

// Builder hands out the values of one tree from a few large allocations
// instead of one each: a tree of n rules has about 10n values.
type Builder struct{ free []Value }

// NewBuilder returns a Builder with room for about n values before it
// allocates again.
func NewBuilder(n int) *Builder { return &Builder{free: make([]Value, n)} }

func (s *Builder) node(n Value) *Value {
	if len(s.free) == 0 {
		s.free = make([]Value, 64)
	}
	p := &s.free[0]
	*p = n
	s.free = s.free[1:]
	return p
}

// Str is a string value.
func (s *Builder) Str(v string) *Value { return s.node(Value{kind: kindStr, s: v}) }

// Int is an integer value.
func (s *Builder) Int(v int64) *Value {
	return s.node(Value{kind: kindInt, s: strconv.FormatInt(v, 10)})
}

// Bool is a boolean value.
func (s *Builder) Bool(v bool) *Value { return s.node(Value{kind: kindBool, b: v}) }

// List is a list of items; Append adds more.
func (s *Builder) List(items []*Value) *Value { return s.node(Value{kind: kindList, items: items}) }

// Append adds an item to the list l.
func (l *Value) Append(item *Value) { l.items = append(l.items, item) }

// Dict is a dict of fields, which it sorts by key in place.
func (s *Builder) Dict(fields []Field) *Value {
	f := fields
	for i := 1; i < len(f); i++ { // insertion sort: a handful of keys
		for j := i; j > 0 && f[j].Key < f[j-1].Key; j-- {
			f[j], f[j-1] = f[j-1], f[j]
		}
	}
	return s.node(Value{kind: kindDict, dict: f})
}

// listItems is how many list elements the members of the dict v hold, to
// size a printer's builder.
func listItems(v *Value) int {
	n := 0
	for _, f := range v.dict {
		if f.Value.kind == kindList {
			n += len(f.Value.items)
		}
	}
	return n
}
