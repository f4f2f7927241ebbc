package base64url

import (
	"bytes"
	"encoding/base64"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\x00\xff\xfe", "{\"Command\":\"x\"}"} {
		enc := Encode([]byte(s))
		if want := base64.RawURLEncoding.EncodeToString([]byte(s)); enc != want {
			t.Errorf("Encode(%q) = %q, want %q", s, enc, want)
		}
		dec, err := Decode(enc)
		if err != nil || string(dec) != s {
			t.Errorf("Decode(%q) = %q, %v; want %q", enc, dec, err, s)
		}
	}
}

func TestDecodeRefuses(t *testing.T) {
	for _, s := range []string{"a", "abcde", "ab=", "ab+c", "ab/c", "a b", "ab\x00", "é"} {
		_, err := Decode(s)
		_, want := base64.RawURLEncoding.DecodeString(s)
		if err == nil || want == nil || err.Error() != want.Error() {
			t.Errorf("Decode(%q): error %v, encoding/base64 says %v", s, err, want)
		}
	}
}

// FuzzDecode holds Decode to encoding/base64.RawURLEncoding on any text:
// the same bytes, or the same error.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "Zm9vYmFy", "Zm9vYmE", "Zm9vYg", "Zm9vY", "Zm\r\n9v", "a=", "-_-_", "ab\ncd\re", "0\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Decode(s)
		want, wantErr := base64.RawURLEncoding.DecodeString(s)
		if (err == nil) != (wantErr == nil) {
			t.Fatalf("Decode(%q): error %v, encoding/base64: %v", s, err, wantErr)
		}
		if err != nil {
			if err.Error() != wantErr.Error() {
				t.Fatalf("Decode(%q): error %q, encoding/base64: %q", s, err, wantErr)
			}
			return
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("Decode(%q) = %x, encoding/base64: %x", s, got, want)
		}
	})
}

// FuzzEncode holds Encode to encoding/base64.RawURLEncoding.
func FuzzEncode(f *testing.F) {
	f.Add([]byte("foobar"))
	f.Add([]byte{0xff, 0xfe})
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := Encode(b), base64.RawURLEncoding.EncodeToString(b); got != want {
			t.Fatalf("Encode(%x) = %q, encoding/base64: %q", b, got, want)
		}
	})
}
