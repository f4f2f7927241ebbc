package shell

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
	args := make([]string, 0, 8)
	i := 0
	// Arguments the rules change are written one after another to buf, one
	// allocation for all; cooked records which args take which part of it.
	var buf strings.Builder
	type span struct{ arg, from, to int }
	var cookedSpace [4]span
	cooked := cookedSpace[:0]
	// argv[0]
	start, raw := 0, true
	inQuote := false
	if len(line) > 0 && line[0] == '"' {
		// The usual "path" followed by a blank or the end: the loop below
		// would take just what is between the quotes.
		if k := strings.IndexByte(line[1:], '"') + 1; k > 0 && (k+1 == len(line) || line[k+1] == ' ' || line[k+1] == '\t') {
			i = k + 1
			args = append(args, line[1:k])
			goto rest
		}
	}
	for ; i < len(line); i++ {
		c := line[i]
		if c == '"' {
			if raw {
				growOnce(&buf, len(line))
				buf.WriteString(line[start:i])
				raw = false
			}
			inQuote = !inQuote
			continue
		}
		if !inQuote && (c == ' ' || c == '\t') {
			break
		}
		if !raw {
			buf.WriteByte(c)
		}
	}
	if raw {
		args = append(args, line[start:i])
	} else {
		cooked = append(cooked, span{0, 0, buf.Len()})
		args = append(args, "")
	}
rest:
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i >= len(line) {
			break
		}
		inQuote = false
		// raw says the argument so far is line[start:i] as is; once not,
		// it is buf from from on.
		start, raw = i, true
		from := buf.Len()
		for i < len(line) {
			c := line[i]
			if !inQuote && (c == ' ' || c == '\t') {
				break
			}
			if c == '\\' {
				j := i
				for j < len(line) && line[j] == '\\' {
					j++
				}
				n := j - i
				if j < len(line) && line[j] == '"' {
					if raw {
						growOnce(&buf, len(line))
						buf.WriteString(line[start:i])
						raw = false
					}
					writeBackslashes(&buf, n/2)
					i = j
					if n%2 == 1 {
						buf.WriteByte('"')
						i++
					}
					continue
				}
				if !raw {
					buf.WriteString(line[i:j])
				}
				i = j
				continue
			}
			if c == '"' {
				if raw {
					growOnce(&buf, len(line))
					buf.WriteString(line[start:i])
					raw = false
				}
				if inQuote && i+1 < len(line) && line[i+1] == '"' {
					buf.WriteByte('"')
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
			if !raw {
				buf.WriteString(line[i:j])
			}
			i = j
		}
		if raw {
			args = append(args, line[start:i])
		} else {
			cooked = append(cooked, span{len(args), from, buf.Len()})
			args = append(args, "")
		}
	}
	if len(cooked) > 0 {
		all := buf.String()
		for _, c := range cooked {
			args[c.arg] = all[c.from:c.to]
		}
	}
	return args
}

// growOnce gives b room for n bytes the first time it is called: the
// arguments ucrtSplit writes are never longer than the line in all.
func growOnce(b *strings.Builder, n int) {
	if b.Cap() == 0 {
		b.Grow(n)
	}
}

// ucrtSplitEqual reports whether ucrtSplit(line) is argv0 followed by args.
// It follows ucrtSplit step by step but compares each piece the rules
// produce with the expected argument instead of building the argument, so
// the shells' checks, which only need the yes or no, allocate nothing.
// FuzzUCRTSplitEqual holds it to ucrtSplit.
func ucrtSplitEqual(line, argv0 string, args []string) bool {
	i := 0
	if len(line) > 0 && line[0] == '"' {
		// ucrtSplit's "path" shortcut.
		if k := strings.IndexByte(line[1:], '"') + 1; k > 0 && (k+1 == len(line) || line[k+1] == ' ' || line[k+1] == '\t') {
			if line[1:k] != argv0 {
				return false
			}
			i = k + 1
			goto rest
		}
	}
	{
		// argv[0]: quotes toggle, everything else is literal.
		p := 0 // argv0[:p] is matched
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
			if p == len(argv0) || argv0[p] != c {
				return false
			}
			p++
		}
		if p != len(argv0) {
			return false
		}
	}
rest:
	k := 0 // args[:k] are matched
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i >= len(line) {
			return k == len(args)
		}
		if k == len(args) {
			return false
		}
		// w is what is left of args[k] to match.
		w := args[k]
		inQuote := false
		for i < len(line) {
			c := line[i]
			if !inQuote && (c == ' ' || c == '\t') {
				break
			}
			if c == '\\' {
				// i starts a run of backslashes. The usual one is \" (JSON
				// in quotes): a literal ".
				if i+1 < len(line) && line[i+1] == '"' {
					if w == "" || w[0] != '"' {
						return false
					}
					w = w[1:]
					i += 2
					continue
				}
				j := i
				for j < len(line) && line[j] == '\\' {
					j++
				}
				n := j - i
				if j < len(line) && line[j] == '"' {
					// n/2 backslashes, and a literal " when n is odd.
					if !hasBackslashes(w, n/2) {
						return false
					}
					w = w[n/2:]
					i = j
					if n%2 == 1 {
						if w == "" || w[0] != '"' {
							return false
						}
						w = w[1:]
						i++
					}
					continue
				}
				if !strings.HasPrefix(w, line[i:j]) {
					return false
				}
				w = w[n:]
				i = j
				continue
			}
			if c == '"' {
				if inQuote && i+1 < len(line) && line[i+1] == '"' {
					if w == "" || w[0] != '"' {
						return false
					}
					w = w[1:]
					i += 2
					continue
				}
				inQuote = !inQuote
				i++
				continue
			}
			// A run of ordinary characters, as in ucrtSplit, compared as it
			// is read: the runs between escaped quotes are short.
			p := 0 // w[:p] is matched
			stop := ucrtStopQuoted
			if !inQuote {
				stop = ucrtStopQuoted | ucrtStopBlank
			}
			for {
				if p == len(w) || w[p] != c {
					return false
				}
				p++
				i++
				if i == len(line) {
					break
				}
				c = line[i]
				if ucrtStops[c]&stop != 0 {
					break
				}
			}
			w = w[p:]
		}
		if w != "" {
			return false
		}
		k++
	}
}

// ucrtStops classes the bytes that end a run of ordinary characters in
// ucrtSplitEqual, to test each byte with one look-up: \ and " end it
// everywhere, a blank only outside quotes.
var ucrtStops = [256]uint8{'\\': ucrtStopQuoted, '"': ucrtStopQuoted, ' ': ucrtStopBlank, '\t': ucrtStopBlank}

const (
	ucrtStopQuoted uint8 = 1 << iota
	ucrtStopBlank
)

// hasBackslashes reports whether w starts with n backslashes.
func hasBackslashes(w string, n int) bool {
	if len(w) < n {
		return false
	}
	for i := 0; i < n; i++ {
		if w[i] != '\\' {
			return false
		}
	}
	return true
}
