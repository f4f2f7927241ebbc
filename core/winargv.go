package core

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
	buf := make([]byte, 0, len(line))
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
		buf = append(buf, c)
	}
	args = append(args, string(buf))
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i >= len(line) {
			return args
		}
		buf = buf[:0]
		inQuote = false
		// raw says the argument so far is line[start:i] as is.
		start, raw := i, true
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
					raw = false
					buf = appendBackslashes(buf, n/2)
					if n%2 == 1 {
						buf = append(buf, '"')
						i++
					}
					continue
				}
				buf = appendBackslashes(buf, n)
				continue
			}
			if c == '"' {
				raw = false
				if inQuote && i+1 < len(line) && line[i+1] == '"' {
					buf = append(buf, '"')
					i += 2
					continue
				}
				inQuote = !inQuote
				i++
				continue
			}
			// A run of ordinary characters: up to the next backslash or
			// quote, or blank outside quotes.
			j := i + 1
			for j < len(line) {
				d := line[j]
				if d == '\\' || d == '"' || !inQuote && (d == ' ' || d == '\t') {
					break
				}
				j++
			}
			buf = append(buf, line[i:j]...)
			i = j
		}
		if raw {
			args = append(args, line[start:i])
		} else {
			args = append(args, string(buf))
		}
	}
}

// appendBackslashes appends n backslashes to b.
func appendBackslashes(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, '\\')
	}
	return b
}
