package shell

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"
)

// PowerShell quotes for PowerShell 7.3+ (Legacy false) and Windows PowerShell
// 5.1 (Legacy true) calling aws.exe.
//
// A word is written bare when psBare allows it and otherwise in single quotes,
// inside which only the single-quote characters ' ‘ ’ ‚ ‛ are special (each is
// doubled); $, backticks, double quotes, #, @, braces and a quoted --% are all
// literal there. The line continuation is " `" (a backtick right before the
// line break).
//
// What reaches aws.exe then depends on the version (psmodel.go):
//
//   - 7.3+ passes aws.exe every argument exactly (Standard passing), so the
//     literal is the word itself: '[{"a":"b c"}]'.
//   - 5.1 does not escape embedded " and counts every " when deciding
//     whether to add quotes, so the literal must carry the C runtime's
//     escapes: '[{\"a\":\"b\"}]'. When some space in the word follows an odd
//     number of " (and no other whitespace breaks the tie) no literal works —
//     see psLegacyLiterals — and the command is refused. An empty word is
//     written '""', since 5.1 drops empty arguments.
//
// Every whole command is checked through the model (checkCommand), so nothing
// the model cannot vouch for is printed. Words are first spelled by their
// first candidate unchecked (quickWord); only when the whole command fails is
// each word's literal checked on its own (word), to pick another candidate or
// to say which value cannot be carried.
type PowerShell struct {
	// Legacy selects Windows PowerShell 5.1.
	Legacy bool
}

// ShorthandQuote is ', which PowerShell's single quotes hold doubled and
// 5.1 passes without escapes.
func (PowerShell) ShorthandQuote() byte { return '\'' }

// Continuation is a backtick before the line break.
func (PowerShell) Continuation() string { return " `" }

// Word spells w as described at PowerShell, or refuses it when no literal
// the model vouches for carries it.
func (p PowerShell) Word(w string) (string, error) {
	if err := psUnpassable(w, p.Legacy); err != nil {
		return "", err
	}
	if p.Legacy && psLegacySpaceTrap(w) {
		// No candidate can work (see psLegacyLiterals): say so without
		// running the model on each.
		return "", p.cannotPass(w)
	}
	return p.wordByCandidates(w)
}

// wordByCandidates tries each candidate literal through the model.
func (p PowerShell) wordByCandidates(w string) (string, error) {
	// The first candidate is w itself (for 5.1 and an empty w, `""`); the
	// others are built only when it fails.
	first := w
	if p.Legacy && w == "" {
		first = `""`
	}
	if s := psLiteral(first); p.carries(s, w) {
		return s, nil
	}
	if p.Legacy {
		candidates := psLegacyLiterals(w)
		for i, v := range candidates {
			if v == first || slices.Contains(candidates[:i], v) {
				continue // the same check again
			}
			s := psLiteral(v)
			if p.carries(s, w) {
				return s, nil
			}
		}
	}
	return "", p.cannotPass(w)
}

// quickWord is the candidate that usually carries w, unchecked (see
// quickSpeller): w itself, except that 5.1 needs `""` for an empty word and
// the C runtime's escapes for a word with a double quote.
func (p PowerShell) quickWord(w string) (string, bool) {
	if psUnpassable(w, p.Legacy) != nil || p.Legacy && psLegacySpaceTrap(w) {
		return "", false // word says why
	}
	if p.Legacy {
		if w == "" {
			return psLiteral(`""`), true
		}
		if strings.IndexByte(w, '"') >= 0 {
			return psLiteral(crtEscape(w, false, -1)), true
		}
	}
	return psLiteral(w), true
}

// carries reports whether the spelled word s reaches aws.exe as exactly w, both
// between other words and at the end of the command.
func (p PowerShell) carries(s, w string) bool {
	got, err := PowerShellArgv("aws x "+s+" `\n    y", p.Legacy)
	if want := [...]string{"x", w, "y"}; err != nil || !slices.Equal(got, want[:]) {
		return false
	}
	got, err = PowerShellArgv("aws "+s, p.Legacy)
	return err == nil && slices.Equal(got, []string{w})
}

// checkCommand vets a whole rendered command against the argv it must deliver
// (render calls it when the shell offers it).
func (p PowerShell) checkCommand(text string, argv []string) error {
	// PowerShellArgv(text) equals argv, without building PowerShellArgv's answer.
	line, err := psVettedLine(text, p.Legacy)
	if err != nil {
		if errors.Is(err, errPSTooLong) {
			return refusal("the command is longer than the 32767 characters Windows allows; use the cli-input forms")
		}
		return refusal("PowerShell would not pass this command to aws.exe exactly (" + err.Error() + "); use the cli-input forms")
	}
	if !ucrtSplitEqual(line, psAwsPath, argv) {
		return refusal("PowerShell would not pass this command to aws.exe exactly; use the cli-input forms")
	}
	return nil
}

// psLiteral writes a value PowerShell must produce as one word: bare, or in
// single quotes with every single-quote character doubled.
func psLiteral(v string) string {
	if psBare(v) {
		return v
	}
	var b strings.Builder
	b.Grow(len(v) + 8)
	b.WriteByte('\'')
	seg := 0
	for i := 0; i < len(v); i++ {
		// Every single-quote character is ' or starts with 0xE2.
		if c := v[i]; c != '\'' && c != 0xe2 {
			continue
		}
		r, size := utf8.DecodeRuneInString(v[i:])
		if psIsSingleQuote(r) {
			// Written twice.
			b.WriteString(v[seg : i+size])
			seg = i
		}
		i += size - 1
	}
	b.WriteString(v[seg:])
	b.WriteByte('\'')
	return b.String()
}

// psUnpassable says why no PowerShell literal can carry w, for reasons that do
// not depend on quoting: characters a command line or a paste cannot carry,
// and the stop-parsing token.
func psUnpassable(w string, legacy bool) error {
	if !utf8.ValidString(w) {
		return refusal("a value is not valid UTF-8 text, which a PowerShell command cannot carry; use the cli-input forms")
	}
	if strings.IndexByte(w, 0) >= 0 {
		return refusal("a value contains a NUL character, which no command-line argument can carry; use the cli-input forms")
	}
	// Tabs trigger completion and line breaks are rewritten when text is
	// pasted into a PowerShell console, so no control character is trusted
	// to arrive as typed.
	if _, ok := firstControl(w); ok {
		return refusal("a value contains a control character (such as a tab or a line break), which does not survive being pasted into PowerShell; use the cli-input forms")
	}
	if w == "--%" && !legacy {
		return refusal("PowerShell reads an argument --% as its stop-parsing token, so it cannot pass it to aws.exe; use the cli-input forms")
	}
	if legacy && strings.ContainsRune(w, psUncertainWhiteSpace) {
		return refusal("a value contains U+180E (Mongolian vowel separator), which Windows PowerShell 5.1 may or may not treat as a space; use the cli-input forms")
	}
	return nil
}

// psLegacyLiterals lists the values worth trying for Windows PowerShell 5.1,
// the plainest first. Each is checked through the model; the first that
// delivers w wins.
//
// Why some words have none: 5.1 wraps an argument in "…" when some whitespace
// follows an even number of " in it, counting escaped \" too, and the C
// runtime then needs every space inside a quoted run. Without the 2008 ""
// rule, which the model refuses, a literal " costs one " (\") and a quote
// toggle one, so at every space of a word w the count 5.1 sees is
// lit + toggles, where lit is the number of " before it in w. Not wrapped,
// the space needs an odd number of toggles before it (to be quoted) and an
// odd count (to stay unwrapped), so lit even. Wrapped, it needs an even
// number of toggles; wrapping needs some whitespace with an even count, so
// lit even or a toggle before it — possible only at whitespace that is not a
// space or tab (the C runtime does not split there). So when every
// whitespace of w is a space that follows an odd number of " — JSON with a
// space inside a string, a shorthand value "a b" — no literal works.
func psLegacyLiterals(w string) []string {
	if w == "" {
		// Dropped when empty; "" is a non-empty PowerShell string that the C
		// runtime reads as an empty argument.
		return []string{`""`}
	}
	open := crtEscape(w, false, -1)
	closed := crtEscape(w, true, -1)
	cands := []string{w, open, closed, `"` + closed + `"`}
	// A toggle pair around one whitespace character that is not a space or
	// tab and follows an odd number of ": it makes 5.1 wrap the argument
	// while the spaces stay inside the quoted run.
	quotes := 0
	for i, r := range w {
		if r == '"' {
			quotes++
		} else if quotes%2 == 1 && r != ' ' && r != '\t' && psIsWhiteSpace(r) {
			cands = append(cands, crtEscape(w, true, i))
			break
		}
	}
	return cands
}

// psLegacySpaceTrap is the characterization of the words Windows PowerShell
// 5.1 cannot pass (apart from psUnpassable), argued at psLegacyLiterals: some
// space, every whitespace a space (or tab), and an odd number of " before
// each.
func psLegacySpaceTrap(w string) bool {
	if strings.IndexByte(w, '"') < 0 {
		return false
	}
	quotes, spaces := 0, 0
	for i := 0; i < len(w); {
		c := w[i]
		if !psTrapClass[c] {
			i++ // one look-up for the usual byte
			continue
		}
		if c < utf8.RuneSelf {
			// The ASCII whitespace of psIsWhiteSpace is U+0009–U+000D and
			// the space.
			switch {
			case c == '"':
				quotes++
			case c == ' ' || c == '\t':
				if quotes%2 == 0 {
					return false
				}
				spaces++
			case c >= 0x0a && c <= 0x0d:
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if psIsWhiteSpace(r) {
			return false
		}
		i += size
	}
	return spaces > 0
}

// psTrapClass marks the bytes psLegacySpaceTrap looks at: ", ASCII
// whitespace, and the bytes of other characters.
var psTrapClass = func() (t [256]bool) {
	for c := 0x09; c <= 0x0d; c++ {
		t[c] = true
	}
	t[' '], t['"'] = true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// cannotPass explains why the model found no literal for w.
func (p PowerShell) cannotPass(w string) error {
	if p.Legacy && strings.ContainsRune(w, '"') && strings.ContainsRune(w, ' ') {
		if strings.HasPrefix(w, "[") || strings.HasPrefix(w, "{") {
			return refusal("Windows PowerShell 5.1 cannot pass this JSON with a space inside quotes to aws.exe; use the shorthand or cli-input-json form")
		}
		return refusal("Windows PowerShell 5.1 cannot pass a value with a space inside double quotes to aws.exe; use the cli-input-json form")
	}
	return refusal("PowerShell cannot pass this value to aws.exe exactly; use the cli-input forms")
}
