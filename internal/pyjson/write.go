package pyjson

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Writer writes JSON the way Python's json.dumps does with
// ensure_ascii=False: the AWS CLI prints its output that way, and the files and
// arguments this package writes are read by Python's json.loads. It writes keys
// in the order it is given them, which encoding/json cannot do for maps.
type Writer struct {
	b      strings.Builder
	indent string // "" for compact output
	depth  int
	first  []bool // per open container: nothing written yet
	sep    string // between a key and its value
	pad    string // "\n" and indentation, see newline
}

// NewWriter returns a Writer that indents by indent per level, as
// json.dumps(indent=…) does, or writes compact JSON when indent is "".
func NewWriter(indent string) *Writer {
	return NewWriterSize(indent, 512)
}

// NewWriterSize is NewWriter with room for about size bytes.
func NewWriterSize(indent string, size int) *Writer {
	w := &Writer{indent: indent, sep: ":", first: make([]bool, 0, 8)}
	w.b.Grow(size)
	if indent != "" {
		w.sep = ": "
	}
	return w
}

func (w *Writer) newline() {
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
func (w *Writer) item() {
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

func (w *Writer) open(c byte) {
	w.b.WriteByte(c)
	w.depth++
	w.first = append(w.first, true)
}

func (w *Writer) close(c byte) {
	empty := w.first[len(w.first)-1]
	w.first = w.first[:len(w.first)-1]
	w.depth--
	if !empty {
		w.newline()
	}
	w.b.WriteByte(c)
}

// BeginObject opens an object; EndObject closes it.
func (w *Writer) BeginObject() { w.open('{') }

// EndObject closes the object BeginObject opened.
func (w *Writer) EndObject() { w.close('}') }

// BeginArray opens an array; EndArray closes it.
func (w *Writer) BeginArray() { w.open('[') }

// EndArray closes the array BeginArray opened.
func (w *Writer) EndArray() { w.close(']') }

// Key writes an object key; the value follows.
func (w *Writer) Key(k string) {
	w.item()
	writeString(&w.b, k)
	w.b.WriteString(w.sep)
}

// Elem starts an array element.
func (w *Writer) Elem() { w.item() }

// Str writes a string value.
func (w *Writer) Str(s string) { writeString(&w.b, s) }

// Int writes an integer value.
func (w *Writer) Int(n int64) { writeInt(&w.b, n) }

// Bool writes true or false.
func (w *Writer) Bool(v bool) {
	if v {
		w.b.WriteString("true")
	} else {
		w.b.WriteString("false")
	}
}

// Null writes null.
func (w *Writer) Null() { w.b.WriteString("null") }

// StrField writes a member "k": v.
func (w *Writer) StrField(k, v string) {
	w.Key(k)
	w.Str(v)
}

// IntField writes a member "k": v.
func (w *Writer) IntField(k string, v int64) {
	w.Key(k)
	w.Int(v)
}

// BoolField writes a member "k": v.
func (w *Writer) BoolField(k string, v bool) {
	w.Key(k)
	w.Bool(v)
}

// OptStr writes "k": v when v is set.
func (w *Writer) OptStr(k string, v *string) {
	if v != nil {
		w.Key(k)
		w.Str(*v)
	}
}

// OptInt writes "k": v when v is set.
func (w *Writer) OptInt(k string, v *int64) {
	if v != nil {
		w.Key(k)
		w.Int(*v)
	}
}

// String is what has been written.
func (w *Writer) String() string { return w.b.String() }

// EndLine writes the newline that ends a document printed by Python's
// print(json.dumps(…)).
func (w *Writer) EndLine() { w.b.WriteByte('\n') }

// Grow makes room for n more bytes.
func (w *Writer) Grow(n int) { w.b.Grow(n) }

// writeInt writes n in decimal to b, without the string strconv.FormatInt
// would allocate.
func writeInt(b *strings.Builder, n int64) {
	var digits [20]byte
	b.Write(strconv.AppendInt(digits[:0], n, 10))
}

// writeString quotes s as Python's json.dumps(ensure_ascii=False) does.
func writeString(b *strings.Builder, s string) {
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

// Raw writes doc, a JSON value written by another Writer, as the next value.
func (w *Writer) Raw(doc []byte) { w.b.Write(doc) }
