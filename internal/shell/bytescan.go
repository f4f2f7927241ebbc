package shell

import "unicode/utf8"

// Byte scans the Windows models run over whole command lines, written to be
// cheap on the lines they meet most: long, ASCII, full of " (pasted JSON).

// containsDoubledQuote is strings.Contains(s, `""`), faster on lines full of
// single " (pasted JSON): every pair of adjacent bytes has one at an odd
// offset, so only those are looked at first.
func containsDoubledQuote(s string) bool {
	for i := 1; i < len(s); i += 2 {
		if s[i] == '"' && (s[i-1] == '"' || i+1 < len(s) && s[i+1] == '"') {
			return true
		}
	}
	return false
}

// asciiOnly reports whether s has no byte of U+0080 or above, testing eight
// bytes at a time.
func asciiOnly(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if s[i]|s[i+1]|s[i+2]|s[i+3]|s[i+4]|s[i+5]|s[i+6]|s[i+7] >= utf8.RuneSelf {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// backslashesBefore counts the backslashes right before a[i].
func backslashesBefore(a string, i int) int {
	n := 0
	for ; i > 0 && a[i-1] == '\\'; i-- {
		n++
	}
	return n
}
