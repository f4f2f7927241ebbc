package core

import "strings"

// ucrtSplit splits a Windows command line the way the Microsoft C runtime
// (ucrtbase, 2008 and later rules) builds argv for python.exe and aws.exe —
// "Parsing C command-line arguments" in Microsoft's C++ docs:
//
//   - argv[0] runs to the first space or tab outside quotes; quotes toggle,
//     backslashes are literal;
//   - elsewhere spaces and tabs outside quotes separate arguments;
//   - 2n backslashes before a " give n backslashes and the " toggles quoting;
//     2n+1 backslashes before a " give n backslashes and a literal ";
//   - backslashes not before a " are literal;
//   - inside quotes, "" gives a literal " and quoting goes on (2008 rule).
func ucrtSplit(line string) []string {
	var args []string
	i := 0
	// argv[0]
	var b strings.Builder
	inQuote := false
	for ; i < len(line); i++ {
		c := line[i]
		if c == '"' {
			inQuote = !inQuote
			continue
		}
		if !inQuote && (c == ' ' || c == '\t') {
			break
		}
		b.WriteByte(c)
	}
	args = append(args, b.String())
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i >= len(line) {
			return args
		}
		b.Reset()
		inQuote = false
		for i < len(line) {
			c := line[i]
			if !inQuote && (c == ' ' || c == '\t') {
				break
			}
			if c == '\\' {
				n := 0
				for i < len(line) && line[i] == '\\' {
					n++
					i++
				}
				if i < len(line) && line[i] == '"' {
					b.WriteString(strings.Repeat(`\`, n/2))
					if n%2 == 1 {
						b.WriteByte('"')
						i++
					}
					continue
				}
				b.WriteString(strings.Repeat(`\`, n))
				continue
			}
			if c == '"' {
				if inQuote && i+1 < len(line) && line[i+1] == '"' {
					b.WriteByte('"')
					i += 2
					continue
				}
				inQuote = !inQuote
				i++
				continue
			}
			b.WriteByte(c)
			i++
		}
		args = append(args, b.String())
	}
}
