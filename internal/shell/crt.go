package shell

import (
	"strings"
	"unicode/utf8"
)

// This file is the one C-runtime quoter: how a word must be written for the
// Microsoft C runtime's argv rules (ucrtSplit in winargv.go; Microsoft,
// "Parsing C command-line arguments"), which the cmd shell, .NET's
// PasteArguments and Windows PowerShell 5.1's literals all need.

// writeCRTEscaped writes w to b as the C runtime must read it: each " as \"
// with the backslashes before it doubled; when closed (a closing quote
// follows), the backslashes at the end doubled; and, when toggleAt is not -1,
// the character at byte offset toggleAt between two quote toggles ("c"), with
// the backslashes before it doubled (a backslash or " there is not
// toggled). It jumps from one " to the next and
// counts the backslashes before each backwards, which is cheap on long lines
// of JSON. FuzzPSAppendPasted holds it to the three quoters it replaced.
func writeCRTEscaped(b *strings.Builder, w string, closed bool, toggleAt int) {
	if toggleAt >= len(w) || toggleAt >= 0 && (w[toggleAt] == '\\' || w[toggleAt] == '"') {
		toggleAt = -1
	}
	// w[seg:] is not written yet; from is where the next " is looked for.
	seg := 0
	for from := 0; ; {
		i := len(w)
		if k := strings.IndexByte(w[from:], '"'); k >= 0 {
			i = from + k
		}
		if toggleAt >= from && toggleAt < i {
			// The backslashes before it doubled (the segment holds them
			// once), then the character between two toggles.
			_, size := utf8.DecodeRuneInString(w[toggleAt:])
			b.WriteString(w[seg:toggleAt])
			writeBackslashes(b, backslashesBefore(w, toggleAt))
			b.WriteByte('"')
			b.WriteString(w[toggleAt : toggleAt+size])
			b.WriteByte('"')
			seg, from = toggleAt+size, toggleAt+size
			continue
		}
		if i == len(w) {
			break
		}
		// The backslashes before it doubled, plus one escaping it; the "
		// itself starts the next segment.
		b.WriteString(w[seg:i])
		writeBackslashes(b, backslashesBefore(w, i)+1)
		seg, from = i, i+1
	}
	b.WriteString(w[seg:])
	if closed {
		// The backslashes at the end doubled, since the closing quote
		// follows.
		writeBackslashes(b, backslashesBefore(w, len(w)))
	}
}

// crtEscape is writeCRTEscaped's text, for 5.1's candidate literals.
func crtEscape(w string, closed bool, toggleAt int) string {
	var b strings.Builder
	b.Grow(len(w) + len(w)/4 + 4)
	writeCRTEscaped(&b, w, closed, toggleAt)
	return b.String()
}

// writeBackslashes writes n backslashes to b.
func writeBackslashes(b *strings.Builder, n int) {
	for ; n > 0; n-- {
		b.WriteByte('\\')
	}
}
