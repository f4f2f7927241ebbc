package cliout

// This file measures text as awscli/table.py does, with the East Asian Width
// data of eaw.go.

// Width is how many columns the table printer gives s, table.py's
// get_text_length: code points, two for East Asian Wide, Fullwidth and
// Ambiguous ones.
func Width(s string) int {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return len(s) // one column a byte
	}
	n := 0
	for _, r := range s {
		n++
		if r >= 0xA1 && tableWide(r) {
			n++
		}
	}
	return n
}

func tableWide(r rune) bool {
	lo, hi := 0, len(tableWideRanges)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < tableWideRanges[m][0]:
			hi = m
		case r > tableWideRanges[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}
