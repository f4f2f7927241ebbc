// Package base64url encodes and decodes the unpadded base64url alphabet
// (RFC 4648 §5, no "=") of the page's links, exactly as
// encoding/base64.RawURLEncoding does: FuzzDecode and FuzzEncode hold it to
// that package. It exists because encoding/base64 costs the page's
// WebAssembly about 3 KB compressed, for two functions this small.
package base64url

import "strconv"

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// Encode returns the base64url text of b, without padding.
func Encode(b []byte) string {
	out := make([]byte, 0, (len(b)*8+5)/6)
	for len(b) >= 3 {
		v := uint(b[0])<<16 | uint(b[1])<<8 | uint(b[2])
		out = append(out, alphabet[v>>18&63], alphabet[v>>12&63], alphabet[v>>6&63], alphabet[v&63])
		b = b[3:]
	}
	switch len(b) {
	case 2:
		v := uint(b[0])<<16 | uint(b[1])<<8
		out = append(out, alphabet[v>>18&63], alphabet[v>>12&63], alphabet[v>>6&63])
	case 1:
		v := uint(b[0]) << 16
		out = append(out, alphabet[v>>18&63], alphabet[v>>12&63])
	}
	return string(out)
}

// CorruptInputError is the offset of the first byte of the text that is not
// valid base64url, as encoding/base64 reports it.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// value is the six bits a base64url character stands for, or -1.
func value(c byte) int {
	switch {
	case 'A' <= c && c <= 'Z':
		return int(c - 'A')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 26
	case '0' <= c && c <= '9':
		return int(c-'0') + 52
	case c == '-':
		return 62
	case c == '_':
		return 63
	}
	return -1
}

// Decode returns the bytes of base64url text s (unpadded). Like
// encoding/base64, it skips CR and LF anywhere in s and accepts nonzero
// bits after the last whole byte.
func Decode(s string) ([]byte, error) {
	out := make([]byte, 0, len(s)*6/8)
	var acc uint
	n := 0 // characters in acc
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' || c == '\n' {
			continue
		}
		v := value(c)
		if v < 0 {
			return nil, CorruptInputError(i)
		}
		acc, n = acc<<6|uint(v), n+1
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch n {
	case 1:
		// One character carries no whole byte; encoding/base64 blames
		// the text's last byte.
		return nil, CorruptInputError(len(s) - 1)
	case 2:
		out = append(out, byte(acc>>4))
	case 3:
		out = append(out, byte(acc>>10), byte(acc>>2))
	}
	return out, nil
}
