package bashword

import "strings"

// expansions decides, on the word's shape, the expansions bash performs on a
// word as written (§3.5 "Shell Expansions"): brace expansion (refused: it
// makes several words), tilde expansion (an Unknown; the prefix leaves Text)
// and filename expansion (noted in Globs).
func (r *reader) expansions(b *wordBuilder) error {
	s := b.shape
	if k := braceAt(s); k >= 0 {
		return r.fail(b.off[k], "bash expands {…} with a comma or .. into several words (quote the word to keep it)")
	}
	// Tilde prefixes (§3.5.2): at the start of the word, and in a word that
	// reads as an assignment also after the = and after each unquoted :.
	starts := []int{0}
	if k := nameEnd(string(s)); k > 0 {
		if k+1 < len(s) && s[k] == '+' && s[k+1] == '=' {
			k++
		}
		if k < len(s) && s[k] == '=' {
			starts = append(starts, k+1)
			for j := k + 1; j < len(s); j++ {
				if s[j] == ':' {
					starts = append(starts, j+1)
				}
			}
		}
	}
	type cut struct{ from, to, unknown int }
	var cuts []cut
	for _, st := range starts {
		if st >= len(s) || s[st] != '~' {
			continue
		}
		end := st + 1
		for end < len(s) && s[end] != '/' && !(st > 0 && s[end] == ':') {
			end++
		}
		if strings.IndexByte(string(s[st:end]), shapeQuoted) >= 0 {
			continue // a quoted character in the prefix stops the expansion
		}
		srcEnd := len(b.w.Source) + b.w.Offset
		textEnd := b.text.Len()
		if end < len(s) {
			srcEnd, textEnd = b.off[end], b.at[end]
		}
		cuts = append(cuts, cut{b.at[st], textEnd, len(b.w.Unknown)})
		b.w.Unknown = append(b.w.Unknown, Unknown{Source: r.src[b.off[st]:srcEnd], Kind: "tilde", At: b.at[st], Pos: r.pos(b.off[st])})
	}
	text := b.text.String()
	if len(cuts) > 0 {
		// Take each prefix out of Text and move every later part's At back.
		var t strings.Builder
		last := 0
		for _, c := range cuts {
			t.WriteString(text[last:c.from])
			last = c.to
		}
		t.WriteString(text[last:])
		shift := func(at int) int {
			n := at
			for _, c := range cuts {
				if at >= c.to {
					n -= c.to - c.from
				} else if at > c.from {
					n -= at - c.from
				}
			}
			return n
		}
		for i := range b.w.Unknown {
			b.w.Unknown[i].At = shift(b.w.Unknown[i].At)
		}
		sortUnknown(b.w.Unknown)
		text = t.String()
	}
	b.w.Text = text
	// Filename expansion (§3.5.8): unquoted * and ?, and [ with a ] after it.
	for k, c := range s {
		if c == '*' || c == '?' || c == '[' && strings.IndexByte(string(s[k+1:]), ']') >= 0 {
			b.w.Globs = append(b.w.Globs, r.pos(b.off[k]))
		}
	}
	return nil
}

// sortUnknown orders parts by their place in the source (insertion sort:
// the lists are short).
func sortUnknown(u []Unknown) {
	for i := 1; i < len(u); i++ {
		for j := i; j > 0 && u[j].Offset < u[j-1].Offset; j-- {
			u[j], u[j-1] = u[j-1], u[j]
		}
	}
}

// braceAt is the index of the first { in shape s that bash's brace
// expansion (§3.5.1) expands: an unquoted { with a matching unquoted } and,
// between them at its own level, an unquoted comma, or a sequence
// expression x..y[..incr]. It is -1 when there is none.
func braceAt(s []byte) int {
	for k := 0; k < len(s); k++ {
		if s[k] != '{' {
			continue
		}
		depth, comma := 0, false
		for j := k + 1; j < len(s); j++ {
			switch s[j] {
			case '{':
				depth++
			case ',':
				if depth == 0 {
					comma = true
				}
			case '}':
				if depth > 0 {
					depth--
					continue
				}
				if comma || sequence(string(s[k+1:j])) {
					return k
				}
				j = len(s)
			}
		}
	}
	return -1
}

// sequence reports whether s is a brace sequence expression: two integers
// or two single letters separated by "..", optionally followed by ".." and an
// integer increment.
func sequence(s string) bool {
	parts := strings.Split(s, "..")
	if len(parts) != 2 && len(parts) != 3 {
		return false
	}
	if len(parts) == 3 && !integer(parts[2]) {
		return false
	}
	letter := func(p string) bool { return len(p) == 1 && isNameStart(p[0]) && p[0] != '_' }
	return integer(parts[0]) && integer(parts[1]) || letter(parts[0]) && letter(parts[1])
}

func integer(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	return allDigits(s)
}
