package core

import (
	"strconv"
	"strings"
)

// This file writes the --cli-input-yaml file. The CLI loads it with ruamel.yaml
// (typ='safe', YAML 1.2), so every string is written so that it cannot be read
// as anything else: plain only when made of a conservative safe set and not a
// YAML keyword or number; single-quoted when it is printable; double-quoted with
// escapes otherwise.

type yamlWriter struct {
	b strings.Builder
}

// yamlPlainSafe reports whether s can be written as a plain scalar.
func yamlPlainSafe(s string) bool {
	if s == "" {
		return false
	}
	c0 := s[0]
	if !(c0 >= 'a' && c0 <= 'z' || c0 >= 'A' && c0 <= 'Z') {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == '.', c == '_', c == '/', c == '-':
		default:
			return false
		}
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf":
		return false
	}
	return true
}

// yamlSingleQuotable reports whether s is printable on one line, so that a
// single-quoted scalar carries it with no escape but ”.
func yamlSingleQuotable(s string) bool {
	for _, r := range s {
		switch {
		case r >= 0x20 && r <= 0x7e:
		case r >= 0xa0 && r <= 0xd7ff && r != 0x2028 && r != 0x2029:
		case r >= 0xe000 && r <= 0xfffd && r != 0xfeff:
		case r >= 0x10000 && r <= 0x10ffff:
		default:
			return false
		}
	}
	// Leading or trailing spaces survive single quotes, but keep them
	// visible and unambiguous with double quotes.
	return !strings.HasPrefix(s, " ") && !strings.HasSuffix(s, " ")
}

func yamlScalar(s string) string {
	var b strings.Builder
	writeYAMLScalar(&b, s)
	return b.String()
}

// writeYAMLScalar writes yamlScalar(s) to b.
func writeYAMLScalar(b *strings.Builder, s string) {
	switch {
	case yamlPlainSafe(s):
		b.WriteString(s)
		return
	case yamlSingleQuotable(s):
		b.WriteByte('\'')
		for {
			i := strings.IndexByte(s, '\'')
			if i < 0 {
				break
			}
			b.WriteString(s[:i+1])
			b.WriteByte('\'') // doubled
			s = s[i+1:]
		}
		b.WriteString(s)
		b.WriteByte('\'')
		return
	}
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r >= 0x20 && r <= 0x7e:
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(`\x` + hexPad(uint64(r), 2, false))
		case r <= 0xffff:
			b.WriteString(`\u` + hexPad(uint64(r), 4, false))
		default:
			b.WriteString(`\U` + hexPad(uint64(r), 8, false))
		}
	}
	b.WriteByte('"')
}

// yamlMap collects the members of one mapping, each line prefixed by indent;
// the first line of a list item uses "- " instead.
type yamlMap struct {
	w      *yamlWriter
	indent string
	first  string // prefix of the first member line ("- " + indent) or ""
	count  int
}

func (m *yamlMap) prefix() string {
	m.count++
	if m.count == 1 && m.first != "" {
		return m.first
	}
	return m.indent
}

// line writes prefix, k, ": ", v and a newline.
func (m *yamlMap) line(k, v string) {
	m.key(k)
	m.w.b.WriteString(v)
	m.w.b.WriteByte('\n')
}

// key writes prefix, k and ": ".
func (m *yamlMap) key(k string) {
	b := &m.w.b
	b.WriteString(m.prefix())
	b.WriteString(k)
	b.WriteString(": ")
}

func (m *yamlMap) str(k string, v *string) {
	if v != nil {
		m.key(k)
		writeYAMLScalar(&m.w.b, *v)
		m.w.b.WriteByte('\n')
	}
}

func (m *yamlMap) int(k string, v *int64) {
	if v != nil {
		m.key(k)
		writeInt(&m.w.b, *v)
		m.w.b.WriteByte('\n')
	}
}

func (m *yamlMap) bool(k string, v *bool) {
	if v != nil {
		m.line(k, strconv.FormatBool(*v))
	}
}

// list writes k: followed by one mapping per element.
func (m *yamlMap) list(k string, n int, elem func(i int, e *yamlMap)) {
	b := &m.w.b
	b.WriteString(m.prefix())
	b.WriteString(k)
	if n == 0 {
		b.WriteString(": []\n")
		return
	}
	b.WriteString(":\n")
	indent, first := m.indent+"  ", m.indent+"- "
	for i := 0; i < n; i++ {
		e := &yamlMap{w: m.w, indent: indent, first: first}
		elem(i, e)
		if e.count == 0 {
			m.w.b.WriteString(m.indent + "- {}\n")
		}
	}
}

// cliInputYAML is the --cli-input-yaml file for command.
func cliInputYAML(command string, r Request) string {
	w := &yamlWriter{}
	w.b.Grow(permissionsSizeHint(r.IpPermissions))
	top := &yamlMap{w: w}
	perms := func() {
		if r.IpPermissions != nil {
			top.list("IpPermissions", len(r.IpPermissions), func(i int, e *yamlMap) {
				yamlPermission(e, &r.IpPermissions[i])
			})
		}
	}
	tags := func() {
		if r.TagSpecifications != nil {
			top.list("TagSpecifications", len(r.TagSpecifications), func(i int, e *yamlMap) {
				t := r.TagSpecifications[i]
				e.str("ResourceType", t.ResourceType)
				if t.Tags != nil {
					e.list("Tags", len(t.Tags), func(j int, g *yamlMap) {
						g.str("Key", t.Tags[j].Key)
						g.str("Value", t.Tags[j].Value)
					})
				}
			})
		}
	}
	if isEgress(command) {
		top.bool("DryRun", r.DryRun)
		top.str("GroupId", r.GroupId)
		top.str("GroupName", r.GroupName)
		perms()
		tags()
	} else {
		top.str("GroupId", r.GroupId)
		top.str("GroupName", r.GroupName)
		perms()
		top.bool("DryRun", r.DryRun)
		tags()
	}
	if top.count == 0 {
		return "{}\n"
	}
	return w.b.String()
}

func yamlPermission(e *yamlMap, p *IpPermission) {
	e.int("FromPort", p.FromPort)
	e.str("IpProtocol", p.IpProtocol)
	for _, kind := range SourceKinds {
		if kind == KindSecurityGroup {
			// The model's alphabetical order puts ToPort here.
			e.int("ToPort", p.ToPort)
		}
		t := &sourceKinds[kind]
		if kind.present(p) {
			e.list(t.key, kind.len(p), func(i int, g *yamlMap) {
				for m, name := range t.members {
					g.str(name, *kind.field(p, i, m))
				}
			})
		}
	}
}
