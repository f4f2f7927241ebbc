package bashword

import "unicode/utf8"

// ansiC reads a $'…' string at r.i (§3.1.2.4 "ANSI-C Quoting"), decoding its
// backslash escapes as bash 5 does. A NUL, which would end the string in
// bash, and a \u or \U beyond Unicode are refused.
func (r *reader) ansiC(b *wordBuilder) error {
	start := r.i
	j := r.i + 2
	b.add(shapeQuoted, start)
	t := &b.text
	hex := func(max int) (v rune, n int) {
		for n < max && j+n < len(r.src) {
			d := unhex(r.src[j+n])
			if d < 0 {
				break
			}
			v = v*16 + rune(d)
			n++
		}
		return v, n
	}
	nul := func() error {
		return r.fail(start, "a $'…' string holds a NUL character, where bash would cut it short")
	}
	for {
		if j >= len(r.src) {
			return r.fail(start, "a $' is never closed")
		}
		c := r.src[j]
		if c == '\'' {
			r.i = j + 1
			return nil
		}
		if c != '\\' {
			t.WriteByte(c)
			j++
			continue
		}
		if j+1 >= len(r.src) {
			return r.fail(start, "a $' is never closed")
		}
		d := r.src[j+1]
		j += 2
		switch d {
		case 'a':
			t.WriteByte(7)
		case 'b':
			t.WriteByte(8)
		case 'e', 'E':
			t.WriteByte(27)
		case 'f':
			t.WriteByte(12)
		case 'n':
			t.WriteByte('\n')
		case 'r':
			t.WriteByte('\r')
		case 't':
			t.WriteByte('\t')
		case 'v':
			t.WriteByte(11)
		case '\\', '\'', '"', '?':
			t.WriteByte(d)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(d - '0')
			for n := 1; n < 3 && j < len(r.src) && r.src[j] >= '0' && r.src[j] <= '7'; n++ {
				v = v*8 + int(r.src[j]-'0')
				j++
			}
			if v&0xff == 0 {
				return nul()
			}
			t.WriteByte(byte(v))
		case 'x':
			v, n := hex(2)
			if n == 0 {
				t.WriteString(`\x`)
				break
			}
			if v == 0 {
				return nul()
			}
			j += n
			t.WriteByte(byte(v))
		case 'u', 'U':
			max := 4
			if d == 'U' {
				max = 8
			}
			v, n := hex(max)
			if n == 0 {
				t.WriteByte('\\')
				t.WriteByte(d)
				break
			}
			if v == 0 {
				return nul()
			}
			if v < utf8.RuneSelf {
				t.WriteByte(byte(v))
			} else if !utf8.ValidRune(v) {
				return r.fail(start, "a $'…' string holds \\"+string(d)+r.src[j:j+n]+", which is not a Unicode character")
			} else {
				t.WriteRune(v)
			}
			j += n
		case 'c':
			if j >= len(r.src) || r.src[j] == '\'' {
				t.WriteString(`\c`)
				break
			}
			e := r.src[j]
			j++
			if e >= utf8.RuneSelf {
				return r.fail(start, "a $'…' string holds \\c before a non-ASCII character")
			}
			if e == '\\' {
				// bash reads \c\\ as one escape; a single backslash
				// after \c pairs with the next character when the string
				// is scanned, so its end is not where it seems.
				if j >= len(r.src) || r.src[j] != '\\' {
					return r.fail(start, "a $'…' string with \\c\\ not followed by \\ is outside what the reader follows")
				}
				j++
			}
			v := e
			if v >= 'a' && v <= 'z' {
				v -= 'a' - 'A'
			}
			v &= 0x1f
			if e == '?' {
				v = 0x7f
			}
			if v == 0 {
				return nul()
			}
			t.WriteByte(v)
		default:
			t.WriteByte('\\')
			t.WriteByte(d)
		}
	}
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
