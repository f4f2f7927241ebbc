package cliout

// This file prints a response as the CLI prints it with --output yaml.
// awscli/formatter.py's YAMLDumper uses ruamel.yaml's YAML(typ='safe'),
// which (with ruamel.yaml.clib installed, as on Debian) is ruamel's
// SafeRepresenter and its YAML 1.2 Resolver (ruamel/yaml/resolver.py) in front
// of libyaml's C emitter (emitter.c). What follows from that:
//
//   - block style throughout, keys sorted, sequences inside mappings not
//     indented ("- " under the key), two spaces per level; empty
//     collections as " []" / " {}";
//   - booleans true/false, integers as digits;
//   - a string is plain unless libyaml's scalar analysis forbids it (leading
//     or trailing space, indicators, ": ", " #", line breaks, characters
//     libyaml does not count printable: tab, C1 controls, anything above
//     U+FFFF, BOM) or the resolver would read it back as something other
//     than a string ('-1', '012', 'True', 'null', '', '1e5', '2024-01-01',
//     '=', '<<' …); then single-quoted, or double-quoted with escapes when
//     single quotes cannot hold it;
//   - long scalars are folded at a space once the line is past column 80
//     (columns count code points), continuing at the value's indent + 2.

import (
	"strings"
	"unicode/utf8"
)

const yamlBestWidth = 80

// printYAML is the yaml formatter: v, a dict, as a YAML document.
func printYAML(_ string, v *Value) string {
	e := &yamlEmitter{whitespace: true, indention: true}
	e.b.Grow(512 + 400*listItems(v))
	e.mapping(v, 0)
	e.putBreak() // libyaml's document end
	return e.b.String()
}

// yamlEmitter tracks what libyaml's emitter tracks while writing.
type yamlEmitter struct {
	b          strings.Builder
	column     int
	indent     int
	whitespace bool // the last character written was whitespace
	indention  bool // only indentation written on this line so far
}

func (e *yamlEmitter) put(c byte) {
	e.b.WriteByte(c)
	e.column++
}

func (e *yamlEmitter) write(r rune) {
	e.b.WriteRune(r)
	e.column++
}

func (e *yamlEmitter) putBreak() {
	e.b.WriteByte('\n')
	e.column = 0
}

// writeIndent goes to a fresh line at e.indent unless already there.
func (e *yamlEmitter) writeIndent() {
	if !e.indention || e.column > e.indent || (e.column == e.indent && !e.whitespace) {
		e.putBreak()
	}
	for e.column < e.indent {
		e.put(' ')
	}
	e.whitespace, e.indention = true, true
}

// mapping writes a non-empty block mapping whose keys start at column
// indent. As a sequence item, its first key follows "- " on the line of the
// "-" (writeIndent only pads there).
func (e *yamlEmitter) mapping(n *Value, indent int) {
	for _, f := range n.dict {
		e.indent = indent
		e.writeIndent()
		e.b.WriteString(f.Key) // as put byte by byte
		e.column += len(f.Key)
		e.put(':')
		e.whitespace, e.indention = false, false
		e.value(f.Value, indent)
	}
}

// value writes the value of a mapping member whose key is at column indent.
func (e *yamlEmitter) value(v *Value, indent int) {
	switch v.kind {
	case kindDict:
		if len(v.dict) == 0 {
			e.flowEmpty("{}")
			return
		}
		e.mapping(v, indent+2)
	case kindList:
		if len(v.items) == 0 {
			e.flowEmpty("[]")
			return
		}
		for _, it := range v.items {
			e.indent = indent // indentless sequence
			e.writeIndent()
			e.put('-')
			e.whitespace = false
			switch {
			case it.kind == kindDict && len(it.dict) > 0:
				e.mapping(it, indent+2)
			case it.kind == kindDict:
				e.flowEmpty("{}")
			case it.kind == kindList:
				e.flowEmpty("[]") // not produced by responseTree
			default:
				e.indent = indent + 2
				e.scalar(it)
			}
		}
	default:
		e.indent = indent + 2
		e.scalar(v)
	}
}

func (e *yamlEmitter) flowEmpty(s string) {
	e.put(' ')
	e.put(s[0])
	e.put(s[1])
	e.whitespace, e.indention = false, false
}

// scalar writes a scalar value after an indicator; e.indent is where folded
// lines continue.
func (e *yamlEmitter) scalar(v *Value) {
	switch v.kind {
	case kindBool:
		if v.b {
			e.plain("true")
		} else {
			e.plain("false")
		}
		return
	case kindInt:
		e.plain(v.s)
		return
	}
	s := v.s
	blockPlain, singleOK := yamlAnalyze(s)
	switch {
	case blockPlain && s != "" && yamlResolvesToStr(s):
		e.plain(s)
	case singleOK:
		e.singleQuoted(s)
	default:
		e.doubleQuoted(s)
	}
}

func (e *yamlEmitter) plain(s string) {
	if !e.whitespace && s != "" {
		e.put(' ')
	}
	if yamlPlainASCII(s, e.column) {
		// What the loop below does for such a string.
		e.b.WriteString(s)
		e.column += len(s)
		e.whitespace, e.indention = false, false
		return
	}
	spaces, breaks := false, false
	for i, r := range s {
		switch {
		case r == ' ':
			if !spaces && e.column > yamlBestWidth && !yamlSpaceAt(s, i+1) {
				e.writeIndent()
			} else {
				e.write(r)
			}
			spaces = true
		case yamlIsBreak(r):
			if !breaks && r == '\n' {
				e.putBreak()
			}
			e.writeBreak(r)
			e.indention = true
			breaks = true
		default:
			if breaks {
				e.writeIndent()
			}
			e.write(r)
			e.indention = false
			spaces, breaks = false, false
		}
	}
	e.whitespace, e.indention = false, false
}

// yamlPlainASCII reports whether plain writes s, starting at column, one
// byte per column with nothing folded: s is ASCII without line breaks, and
// has no space or ends by yamlBestWidth.
func yamlPlainASCII(s string, column int) bool {
	space := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c == '\n' || c == '\r':
			return false
		case c == ' ':
			space = true
		}
	}
	return !space || column+len(s) <= yamlBestWidth
}

func (e *yamlEmitter) writeBreak(r rune) {
	if r == '\n' {
		e.putBreak()
		return
	}
	e.b.WriteRune(r)
	e.column = 0
}

func (e *yamlEmitter) singleQuoted(s string) {
	e.indicator('\'', true)
	spaces, breaks := false, false
	last := len(s) - 1
	for i, r := range s {
		switch {
		case r == ' ':
			if !spaces && e.column > yamlBestWidth && i != 0 && i != last && !yamlSpaceAt(s, i+1) {
				e.writeIndent()
			} else {
				e.write(r)
			}
			spaces = true
		case yamlIsBreak(r):
			if !breaks && r == '\n' {
				e.putBreak()
			}
			e.writeBreak(r)
			e.indention = true
			breaks = true
		default:
			if breaks {
				e.writeIndent()
			}
			if r == '\'' {
				e.put('\'')
			}
			e.write(r)
			e.indention = false
			spaces, breaks = false, false
		}
	}
	if breaks {
		e.writeIndent()
	}
	e.indicator('\'', false)
	e.whitespace, e.indention = false, false
}

func (e *yamlEmitter) indicator(c byte, needWhitespace bool) {
	if needWhitespace && !e.whitespace {
		e.put(' ')
	}
	e.put(c)
	e.whitespace = false
	e.indention = false
}

func (e *yamlEmitter) doubleQuoted(s string) {
	const hexDigits = "0123456789ABCDEF"
	e.indicator('"', true)
	spaces := false
	for i, r := range s {
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			_, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case !yamlPrintable(r) || r == 0xFEFF || yamlIsBreak(r) || r == '"' || r == '\\':
			e.put('\\')
			switch r {
			case 0:
				e.put('0')
			case 7:
				e.put('a')
			case 8:
				e.put('b')
			case 9:
				e.put('t')
			case 0xA:
				e.put('n')
			case 0xB:
				e.put('v')
			case 0xC:
				e.put('f')
			case 0xD:
				e.put('r')
			case 0x1B:
				e.put('e')
			case '"':
				e.put('"')
			case '\\':
				e.put('\\')
			case 0x85:
				e.put('N')
			case 0xA0:
				e.put('_')
			case 0x2028:
				e.put('L')
			case 0x2029:
				e.put('P')
			default:
				width := 8
				switch {
				case r <= 0xFF:
					e.put('x')
					width = 2
				case r <= 0xFFFF:
					e.put('u')
					width = 4
				default:
					e.put('U')
				}
				for k := (width - 1) * 4; k >= 0; k -= 4 {
					e.put(hexDigits[(r>>uint(k))&0xF])
				}
			}
			spaces = false
		case r == ' ':
			if !spaces && e.column > yamlBestWidth && i != 0 && i+size != len(s) {
				e.writeIndent()
				if yamlSpaceAt(s, i+1) {
					e.put('\\')
				}
			} else {
				e.write(r)
			}
			spaces = true
		default:
			e.write(r)
			spaces = false
		}
	}
	e.indicator('"', false)
	e.whitespace, e.indention = false, false
}
