package core

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonWriter writes JSON the way Python's json.dumps does with
// ensure_ascii=False: the AWS CLI prints its output that way, and the files and
// arguments this package writes are read by Python's json.loads. It writes keys
// in the order it is given them, which encoding/json cannot do for maps.
type jsonWriter struct {
	b      strings.Builder
	indent string // "" for compact output
	depth  int
	first  []bool // per open container: nothing written yet
	sep    string // between a key and its value
	pad    string // "\n" and indentation, see newline
}

func newJSONWriter(indent string) *jsonWriter {
	return newJSONWriterSize(indent, 512)
}

// newJSONWriterSize is newJSONWriter with room for about size bytes.
func newJSONWriterSize(indent string, size int) *jsonWriter {
	w := &jsonWriter{indent: indent, sep: ":", first: make([]bool, 0, 8)}
	w.b.Grow(size)
	if indent != "" {
		w.sep = ": "
	}
	return w
}

func (w *jsonWriter) newline() {
	if w.indent == "" {
		return
	}
	// w.pad is a newline and indentation for some depth, extended as
	// needed.
	n := 1 + w.depth*len(w.indent)
	for len(w.pad) < n {
		if w.pad == "" {
			w.pad = "\n"
		}
		w.pad += w.indent
	}
	w.b.WriteString(w.pad[:n])
}

// item starts a value inside the current container.
func (w *jsonWriter) item() {
	n := len(w.first)
	if n == 0 {
		return
	}
	if !w.first[n-1] {
		w.b.WriteByte(',')
	}
	w.first[n-1] = false
	w.newline()
}

func (w *jsonWriter) open(c byte) {
	w.b.WriteByte(c)
	w.depth++
	w.first = append(w.first, true)
}

func (w *jsonWriter) close(c byte) {
	empty := w.first[len(w.first)-1]
	w.first = w.first[:len(w.first)-1]
	w.depth--
	if !empty {
		w.newline()
	}
	w.b.WriteByte(c)
}

func (w *jsonWriter) beginObject() { w.open('{') }
func (w *jsonWriter) endObject()   { w.close('}') }
func (w *jsonWriter) beginArray()  { w.open('[') }
func (w *jsonWriter) endArray()    { w.close(']') }

// key writes an object key; the value follows.
func (w *jsonWriter) key(k string) {
	w.item()
	writeJSONString(&w.b, k)
	w.b.WriteString(w.sep)
}

// elem starts an array element.
func (w *jsonWriter) elem() { w.item() }

func (w *jsonWriter) str(s string) { writeJSONString(&w.b, s) }
func (w *jsonWriter) int(n int64)  { writeInt(&w.b, n) }
func (w *jsonWriter) bool(v bool) {
	if v {
		w.b.WriteString("true")
	} else {
		w.b.WriteString("false")
	}
}

func (w *jsonWriter) null() { w.b.WriteString("null") }

// strField, intField and boolField write a member "k": v.
func (w *jsonWriter) strField(k, v string) {
	w.key(k)
	w.str(v)
}

func (w *jsonWriter) intField(k string, v int64) {
	w.key(k)
	w.int(v)
}

func (w *jsonWriter) boolField(k string, v bool) {
	w.key(k)
	w.bool(v)
}

// optStr writes "k": v when v is set.
func (w *jsonWriter) optStr(k string, v *string) {
	if v != nil {
		w.key(k)
		w.str(*v)
	}
}

func (w *jsonWriter) optInt(k string, v *int64) {
	if v != nil {
		w.key(k)
		w.int(*v)
	}
}

func (w *jsonWriter) String() string { return w.b.String() }

// writeInt writes n in decimal to b, without the string strconv.FormatInt
// would allocate.
func writeInt(b *strings.Builder, n int64) {
	var digits [20]byte
	b.Write(strconv.AppendInt(digits[:0], n, 10))
}

// writeJSONString quotes s as Python's json.dumps(ensure_ascii=False) does.
func writeJSONString(b *strings.Builder, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	// s[seg:i] is a run written as is.
	seg := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				// Invalid UTF-8 is written as U+FFFD.
				b.WriteString(s[seg:i])
				b.WriteString("\uFFFD")
				i++
				seg = i
				continue
			}
			i += size
			continue
		}
		if c >= 0x20 && c != '"' && c != '\\' {
			i++
			continue
		}
		b.WriteString(s[seg:i])
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			b.WriteString(`\u00`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		}
		i++
		seg = i
	}
	b.WriteString(s[seg:])
	b.WriteByte('"')
}
