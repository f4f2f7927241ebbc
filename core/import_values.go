package core

import (
	"sgrules/internal/pyjson"

	"sort"
	"strconv"
	"strings"
	"unicode"
)

// This file turns the value of --ip-permissions or --tag-specifications into
// the JSON values the decoder checks (decode.go), as the CLI does
// (awscli/argprocess.py; docs/awscli-parsing.md §2.1, §2.7, §3): a value whose
// first word starts with "[" or "{" is JSON, anything else is shorthand, one
// element per word; shorthand leaves are strings until the model says a
// member is an integer, and then Python's int() reads them.

// valueShape is the part of the EC2 model the CLI's BackCompatVisitor walks.
type valueShape struct {
	list    *valueShape   // the element shape of a list
	members []valueMember // the members of a structure, in model order
	integer bool
}

type valueMember struct {
	name  string
	shape *valueShape
}

var (
	shapeString  = &valueShape{}
	shapeInteger = &valueShape{integer: true}
	// The members of the structures in 2.9.19's model order (the order the
	// visitor, and so the first int() failure, follows).
	shapePermissions = &valueShape{list: &valueShape{members: []valueMember{
		{"FromPort", shapeInteger},
		{"IpProtocol", shapeString},
		// The lists of structures whose members are all strings are
		// spelled out rather than built by a function, so that the linker
		// initialises them statically and drops them from the page, which
		// never imports.
		{"IpRanges", &valueShape{list: &valueShape{members: []valueMember{
			{"CidrIp", shapeString}, {"Description", shapeString}}}}},
		{"Ipv6Ranges", &valueShape{list: &valueShape{members: []valueMember{
			{"CidrIpv6", shapeString}, {"Description", shapeString}}}}},
		{"PrefixListIds", &valueShape{list: &valueShape{members: []valueMember{
			{"Description", shapeString}, {"PrefixListId", shapeString}}}}},
		{"ToPort", shapeInteger},
		{"UserIdGroupPairs", &valueShape{list: &valueShape{members: []valueMember{
			{"Description", shapeString}, {"GroupId", shapeString}, {"GroupName", shapeString},
			{"PeeringStatus", shapeString}, {"UserId", shapeString}, {"VpcId", shapeString},
			{"VpcPeeringConnectionId", shapeString}}}}},
	}}}
	shapeTagSpecs = &valueShape{list: &valueShape{members: []valueMember{
		{"ResourceType", shapeString},
		{"Tags", &valueShape{list: &valueShape{members: []valueMember{
			{"Key", shapeString}, {"Value", shapeString}}}}},
	}}}
)

// valueVisitor is BackCompatVisitor with two additions: a string leaf that
// holds a shell variable's placeholder is left out and reported, and an int()
// failure, which makes the CLI exit with Python's message, is reported at its
// member and the member left out, so that the rest is still read.
type valueVisitor struct {
	vars     *placeholders
	problems []Problem
}

// visit returns the value to store for v (shape s, at path) and whether to
// keep it.
func (w *valueVisitor) visit(v any, s *valueShape, path string) (any, bool) {
	if str, ok := v.(string); ok {
		if names := w.vars.in(str); len(names) > 0 {
			w.problems = append(w.problems, variableProblem(path, names))
			return nil, false
		}
	}
	switch {
	case s.list != nil:
		l, ok := v.([]any)
		if !ok {
			// "IpRanges={…}" means a list of one; the element is not
			// visited (the CLI does not visit it either).
			return []any{v}, true
		}
		out := l[:0:0]
		for i, e := range l {
			if nv, keep := w.visit(e, s.list, indexed(path, i)); keep {
				out = append(out, nv)
			}
		}
		return out, true
	case s.members != nil:
		m, ok := v.(*pyjson.Object)
		if !ok {
			return v, true
		}
		for _, mem := range s.members {
			e, present := m.Values[mem.name]
			if !present {
				continue
			}
			if nv, keep := w.visit(e, mem.shape, joinPath(path, mem.name)); keep {
				m.Values[mem.name] = nv
			} else {
				m.Remove(mem.name)
			}
		}
		return m, true
	case s.integer:
		n, msg := pyInt(v)
		if msg != "" {
			w.problems = append(w.problems, Problem{Path: path, Severity: SeverityError, Code: CodeParamValidation, Message: msg})
			return nil, false
		}
		return n, true
	}
	return v, true
}

// markersOnly leaves out, and reports, the string leaves of a JSON value
// that hold a variable's marker; JSON is otherwise taken as it is.
func (w *valueVisitor) markersOnly(v any, path string) any {
	switch x := v.(type) {
	case string:
		if names := w.vars.in(x); len(names) > 0 {
			w.problems = append(w.problems, variableProblem(path, names))
			return nil
		}
	case []any:
		for i, e := range x {
			x[i] = w.markersOnly(e, indexed(path, i))
		}
	case *pyjson.Object:
		for _, k := range append([]string(nil), x.Keys...) {
			if nv := w.markersOnly(x.Values[k], joinPath(path, k)); nv != nil {
				x.Values[k] = nv
			} else if _, isStr := x.Values[k].(string); isStr {
				x.Remove(k)
			}
		}
	}
	return v
}

// pyInt is Python's int(v) for a shorthand leaf: the number as a JSON
// number, or Python's message. int() takes surrounding whitespace, a sign,
// single underscores between digits and every Unicode decimal digit.
func pyInt(v any) (pyjson.Number, string) {
	s, ok := v.(string)
	if !ok {
		return "", "int() argument must be a string, a bytes-like object or a real number, not '" + pyjson.TypeName(v) + "'"
	}
	if n, ok := pyIntText(s); ok {
		return pyjson.Number(n), ""
	}
	return "", "invalid literal for int() with base 10: " + pyjson.Quote(s)
}

// pyIntText reads s as Python's int(s) does and returns its decimal digits.
func pyIntText(s string) (string, bool) {
	t := strings.TrimFunc(s, pyIntSpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	var digits []byte
	prevDigit := false
	for _, r := range t {
		switch {
		case r == '_' && prevDigit:
			prevDigit = false
		case unicode.IsDigit(r):
			digits = append(digits, byte('0'+digitValue(r)))
			prevDigit = true
		default:
			return "", false
		}
	}
	if !prevDigit {
		return "", false
	}
	for len(digits) > 1 && digits[0] == '0' {
		digits = digits[1:]
	}
	if neg && string(digits) != "0" {
		return "-" + string(digits), true
	}
	return string(digits), true
}

// pyIntSpace is the whitespace int() strips: CPython maps non-ASCII
// whitespace to a space and then skips ASCII isspace, so U+001C–U+001F,
// whitespace to str.isspace, are not stripped.
func pyIntSpace(r rune) bool {
	return strings.ContainsRune(" \t\n\v\f\r", r) || r >= 0x7f && pyIsSpace(r)
}

// digitValue is the value of a Unicode decimal digit: decimal digits come in
// runs of whole blocks of ten, 0 to 9.
func digitValue(r rune) int {
	start := r
	for unicode.IsDigit(start - 1) {
		start--
	}
	return int(r-start) % 10
}

// placeholders stands in for the parts of a word that a shell variable or
// substitution would supply: each is replaced by a private-use marker that
// shorthand and JSON read as an ordinary character, so the rest of the word
// is read as the CLI would read it, and the leaves holding a marker are left
// for the user.
type placeholders struct {
	names []string // the variables' spellings, by marker number
}

const placeholderOpen, placeholderClose = '\uE000', '\uE001'

// mark replaces the unknown parts of a word by markers, longest first (so
// that $P does not eat into $PORT); ok is false when a part cannot be found
// in the word.
func (p *placeholders) mark(text string, unknown []string) (string, bool) {
	parts := append([]string(nil), unknown...)
	sort.SliceStable(parts, func(i, j int) bool { return len(parts[i]) > len(parts[j]) })
	seen := map[string]bool{}
	for _, u := range parts {
		if seen[u] {
			continue
		}
		seen[u] = true
		if u == "" || !strings.Contains(text, u) {
			return text, false
		}
		marker := string(placeholderOpen) + strconv.Itoa(len(p.names)) + string(placeholderClose)
		p.names = append(p.names, u)
		text = strings.ReplaceAll(text, u, marker)
	}
	return text, true
}

// in lists the variables whose markers s holds.
func (p *placeholders) in(s string) []string {
	if p == nil || !strings.ContainsRune(s, placeholderOpen) {
		return nil
	}
	var out []string
	for i, n := range p.names {
		if strings.Contains(s, string(placeholderOpen)+strconv.Itoa(i)+string(placeholderClose)) {
			out = append(out, n)
		}
	}
	return out
}

// CodeVariable and the other codes of Import's own findings are listed in
// import.go.

// variableProblem asks the user to type the value a variable would supply.
func variableProblem(path string, names []string) Problem {
	return Problem{Path: path, Severity: SeverityError, Code: CodeVariable,
		Message: "uses " + strings.Join(names, " and ") + " — type its value"}
}
