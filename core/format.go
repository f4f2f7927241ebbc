package core

import (
	"strconv"
	"strings"
)

// The package formats its messages with these helpers and strconv instead of
// fmt, which would add about 200 KB to the WebAssembly build. Each helper
// prints exactly what the fmt verb named in its comment prints.

// indexed is name[i], the path of a list element (fmt "%s[%d]").
func indexed(name string, i int) string {
	return name + "[" + strconv.Itoa(i) + "]"
}

// fill returns template with each %s or %d replaced by the next of args,
// already formatted (strconv.FormatInt for %d), and %% by %. Its templates,
// the messages of facts.go and a few long warnings, use no other verb.
func fill(template string, args ...string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(template, '%')
		if i < 0 || i+1 == len(template) {
			b.WriteString(template)
			return b.String()
		}
		b.WriteString(template[:i])
		switch c := template[i+1]; {
		case c == '%':
			b.WriteByte('%')
		case (c == 's' || c == 'd') && len(args) > 0:
			b.WriteString(args[0])
			args = args[1:]
		default:
			b.WriteString(template[i : i+2])
		}
		template = template[i+2:]
	}
}

// hexPad is v in hexadecimal, upper or lower case, zero-padded to at least
// width digits (fmt "%0<width>X" or "%0<width>x").
func hexPad(v uint64, width int, upper bool) string {
	s := strconv.FormatUint(v, 16)
	if upper {
		s = strings.ToUpper(s)
	}
	if len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	return s
}

// hexBytes is b in lowercase hexadecimal, two digits a byte (fmt "%x").
func hexBytes(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&0xf])
	}
	return string(out)
}

// writeInt writes n in decimal to b, without the string strconv.FormatInt
// would allocate.
func writeInt(b *strings.Builder, n int64) {
	var digits [20]byte
	b.Write(strconv.AppendInt(digits[:0], n, 10))
}
