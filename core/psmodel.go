package core

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file is a pure-Go model of what happens between a PowerShell prompt and
// aws.exe's argv, for exactly the constructs the PowerShell shells emit. It is
// the authority the PowerShell renderer checks every word and command against
// (there is no PowerShell on this project's machines, see
// ../shared/spec/windows-quoting.md §4). Four stages:
//
//  1. PowerShell's tokenizer, argument mode (tokenizer.cs): bare words of a
//     conservative grammar (psBare), '…' single-quoted strings, whitespace and
//     the backtick line continuation. Anything else is outside the model and
//     an error, never a guess.
//  2. The native-argument builder, NativeCommandParameterBinder.cs:
//     - Windows PowerShell 5.1 ("Legacy"): psLegacyArgs;
//     - PowerShell 7.3+ with $PSNativeCommandArgumentPassing = Windows, which
//     is Standard for aws.exe (PR #15408): every argument goes into
//     ProcessStartInfo.ArgumentList and .NET's PasteArguments.AppendArgument
//     builds the line: psStandardArgs.
//  3. .NET's Process.Start puts the program path, in quotes, in front.
//  4. The Microsoft C runtime splits the line into argv: ucrtSplit
//     (winargv.go). A line whose meaning depends on the 2008 rule for ""
//     inside quotes is an error, because older CRTs and CommandLineToArgvW
//     read it differently.

// psAwsPath is where the AWS CLI v2 MSI installs aws.exe; PowerShell passes the
// resolved path as argv[0].
const psAwsPath = `C:\Program Files\Amazon\AWSCLIV2\aws.exe`

// psMaxCommandLine is CreateProcess's limit on lpCommandLine, in UTF-16 code
// units, including the terminating NUL.
const psMaxCommandLine = 32767

// errPSTooLong is wrapped by psArgv's error when the command line is longer
// than psMaxCommandLine allows.
var errPSTooLong = errors.New("the command line is too long for Windows")

// psIsSingleQuote reports whether PowerShell's tokenizer treats r as a single
// quote: CharTraits.cs IsSingleQuote accepts ' and the typographic ‘ ’ ‚ ‛
// (SpecialChars.QuoteSingleLeft/Right/Base, QuoteReversed). Any of them opens
// or closes a '…' string, and two in a row inside one stand for the second.
func psIsSingleQuote(r rune) bool {
	return r == '\'' || r == '\u2018' || r == '\u2019' || r == '\u201a' || r == '\u201b'
}

// psIsDoubleQuote is CharTraits.cs IsDoubleQuote: " and the typographic “ ” „.
// They are literal inside '…'; the model never accepts them in a bare word.
func psIsDoubleQuote(r rune) bool {
	return r == '"' || r == '\u201c' || r == '\u201d' || r == '\u201e'
}

// psIsWhiteSpace is .NET's char.IsWhiteSpace, which both native-argument
// builders use to decide whether to quote: U+0009–U+000D, U+0085, and the
// Unicode separators (SpaceSeparator, LineSeparator, ParagraphSeparator). The
// C runtime itself splits only on space and tab.
func psIsWhiteSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r == ' ', r == 0x85, r == 0xa0, r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// psUncertainWhiteSpace is U+180E MONGOLIAN VOWEL SEPARATOR: a space separator
// before Unicode 6.3, a format character since. Whether Windows PowerShell
// 5.1's char.IsWhiteSpace counts it depends on the .NET Framework's Unicode
// tables, so the legacy model refuses to guess.
const psUncertainWhiteSpace = '\u180e'

// psBare reports whether w can be written without quotes and reaches the
// native-argument builder as exactly w. The grammar is deliberately narrow:
//
//   - a letter, then letters, digits and . _ : / = + - (no $ ` @ # { } ( ) ,
//     ; | & < > ' " % * ? [ ] ~, nothing PowerShell reads as an operator,
//     variable, expression, comment, array, redirection or wildcard, and no
//     --% stop-parsing token);
//   - or a parameter token: - or -- then a letter, letters, digits and -
//     (no "." — PowerShell splits -a.b into -a and .b, the mvn -Dx.y problem —
//     and no ":", which makes a -name:value parameter);
//   - or a small canonical decimal 0 … 999999999: argument mode parses digits
//     as a number and passes its ToString, which only equals the text for
//     such numbers (1.10 → 1.1, 0x10 → 16, 1kb → 1024, 010 → 10).
//
// Everything else is single-quoted.
func psBare(w string) bool {
	if w == "" {
		return false
	}
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	switch {
	case isLetter(w[0]):
		for i := 1; i < len(w); i++ {
			c := w[i]
			if !isLetter(c) && !isDigit(c) && !strings.ContainsRune("._:/=+-", rune(c)) {
				return false
			}
		}
		return true
	case w[0] == '-':
		rest := strings.TrimPrefix(w[1:], "-")
		if rest == "" || !isLetter(rest[0]) {
			return false
		}
		for i := 1; i < len(rest); i++ {
			c := rest[i]
			if !isLetter(c) && !isDigit(c) && c != '-' {
				return false
			}
		}
		return true
	case isDigit(w[0]):
		if len(w) > 9 || (w[0] == '0' && len(w) > 1) {
			return false
		}
		for i := 1; i < len(w); i++ {
			if !isDigit(w[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// psTokenize reads a PowerShell command line of the modelled subset and
// returns the value of each word: bare words (psBare) stand for themselves;
// '…' strings (tokenizer.cs ScanStringLiteral) for their text, where two
// single-quote characters in a row give the second one. Words are separated
// by spaces, tabs and the line continuation, a backtick right before a line
// break. A quoted string must be followed by a separator or the end: PowerShell
// would glue 'a'b into one word, which the model does not follow.
func psTokenize(text string) ([]string, error) {
	if !utf8.ValidString(text) {
		return nil, errors.New("the text is not valid UTF-8")
	}
	words := make([]string, 0, 8)
	i := 0
	// Without a 0xE2 byte the only single-quote character is '.
	typographic := strings.IndexByte(text, 0xe2) >= 0
	// separator reports the length of the separator at i, or 0.
	separator := func(i int) int {
		switch {
		case i >= len(text):
			return 0
		case text[i] == ' ' || text[i] == '\t':
			return 1
		case strings.HasPrefix(text[i:], "`\n"):
			return 2
		case strings.HasPrefix(text[i:], "`\r\n"):
			return 3
		}
		return 0
	}
	for {
		for n := separator(i); n > 0; n = separator(i) {
			i += n
		}
		if i >= len(text) {
			if len(words) == 0 {
				return nil, nil
			}
			return words, nil
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if psIsSingleQuote(r) {
			// The string's text is text[seg:i] after buf; buf holds what
			// came before the last doubled quote (nil while there is none).
			var buf []byte
			i += size
			seg := i
			for {
				if i >= len(text) {
					return nil, errors.New("a single-quoted string is not terminated")
				}
				if !typographic {
					if k := strings.IndexByte(text[i:], '\''); k > 0 {
						i += k
					} else if k < 0 {
						i = len(text)
						continue
					}
				}
				// Every single-quote character is ' or starts with 0xE2.
				if c := text[i]; c != '\'' && c != 0xe2 {
					i++
					continue
				}
				r, size := utf8.DecodeRuneInString(text[i:])
				if !psIsSingleQuote(r) {
					i += size
					continue
				}
				end := i
				i += size
				next, nsize := utf8.DecodeRuneInString(text[i:])
				if i >= len(text) || !psIsSingleQuote(next) {
					if buf == nil {
						words = append(words, text[seg:end])
					} else {
						words = append(words, string(append(buf, text[seg:end]...)))
					}
					break
				}
				// Two in a row stand for the second.
				buf = append(buf, text[seg:end]...)
				buf = append(buf, text[i:i+nsize]...)
				i += nsize
				seg = i
			}
			if i < len(text) && separator(i) == 0 {
				return nil, errors.New("a single-quoted string runs into " + strconv.Quote(text[i:min(i+8, len(text))]) + ", outside the modelled subset")
			}
			continue
		}
		if psIsDoubleQuote(r) {
			return nil, errors.New("a double-quoted (expandable) string at offset " + strconv.Itoa(i) + " is outside the modelled subset")
		}
		start := i
		// separator(i) is 0 at any byte other than a blank or backtick.
		for i < len(text) {
			if c := text[i]; c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '`' {
				break
			}
			i++
		}
		if i == start {
			return nil, errors.New(strconv.Quote(text[i:min(i+8, len(text))]) + " at offset " + strconv.Itoa(i) + " is outside the modelled subset (a line break needs a backtick before it)")
		}
		w := text[start:i]
		if !psBare(w) {
			return nil, errors.New("the bare word " + strconv.Quote(w) + " is outside the modelled subset")
		}
		if i < len(text) && separator(i) == 0 {
			return nil, errors.New("the bare word " + strconv.Quote(w) + " runs into " + strconv.Quote(text[i:min(i+8, len(text))]) + ", outside the modelled subset")
		}
		words = append(words, w)
	}
}

// psLegacyNeedQuotes is Windows PowerShell 5.1's test (the inline loop of
// NativeCommandParameterBinder.appendOneNativeArgument): wrap the argument in
// quotes when some whitespace character comes after an even number of ". It
// counts every ", also the ones escaped as \" — PowerShell 7.0 stopped
// counting those (NeedQuotes' followingBackslash, PR #2182), 5.1 never did.
func psLegacyNeedQuotes(a string) bool {
	quotes := 0
	for i := 0; i < len(a); {
		c := a[i]
		if c < utf8.RuneSelf {
			if c == '"' {
				quotes++
			} else if (c == ' ' || c >= 0x09 && c <= 0x0d) && quotes%2 == 0 {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(a[i:])
		if psIsWhiteSpace(r) && quotes%2 == 0 {
			return true
		}
		i += size
	}
	return false
}

// psLegacyArgs is the argument string Windows PowerShell 5.1 builds
// (NativeCommandParameterBinder.BindParameters and appendOneNativeArgument):
// arguments joined by spaces; an empty string is dropped
// (!string.IsNullOrEmpty(arg)); an argument psLegacyNeedQuotes is wrapped in
// "…" as is — embedded quotes are not escaped, and trailing backslashes are
// not doubled (PowerShell 7 doubles them, 5.1 does not).
func psLegacyArgs(args []string) string { return psJoinArgs(args, psWriteLegacyArgs) }

// psWriteLegacyArgs writes psLegacyArgs(args) to b.
func psWriteLegacyArgs(b *strings.Builder, args []string) {
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch {
		case a == "":
		case psLegacyNeedQuotes(a):
			b.WriteByte('"')
			b.WriteString(a)
			b.WriteByte('"')
		default:
			b.WriteString(a)
		}
	}
}

// psPasteArgument is .NET's PasteArguments.AppendArgument (System.Private.
// CoreLib, used by Process for ProcessStartInfo.ArgumentList): an argument
// that is non-empty and has no whitespace (char.IsWhiteSpace) and no " is
// written as is; otherwise it is put in quotes, with " written \", the
// backslashes before a " doubled (plus the one escaping it), and the
// backslashes at the end doubled, since the closing quote follows them.
func psPasteArgument(a string) string {
	var b strings.Builder
	b.Grow(len(a) + 2)
	psAppendPasted(&b, a)
	return b.String()
}

// psPastePlain reports whether psPasteArgument writes a as is.
func psPastePlain(a string) bool {
	if a == "" {
		return false
	}
	for i := 0; i < len(a); {
		c := a[i]
		if c < utf8.RuneSelf {
			if c == '"' || c == ' ' || c >= 0x09 && c <= 0x0d {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(a[i:])
		if psIsWhiteSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// psAppendPasted writes psPasteArgument(a) to b. It jumps from one " to the
// next and counts the backslashes before each backwards, which gives what
// PasteArguments counts forwards (FuzzPSAppendPasted holds it to that).
func psAppendPasted(b *strings.Builder, a string) {
	if psPastePlain(a) {
		b.WriteString(a)
		return
	}
	b.WriteByte('"')
	// a[seg:] is not written yet.
	seg := 0
	for from := 0; ; {
		k := strings.IndexByte(a[from:], '"')
		if k < 0 {
			break
		}
		i := from + k
		// The backslashes before it doubled, plus one escaping it; the "
		// itself starts the next segment.
		b.WriteString(a[seg:i])
		writeBackslashes(b, backslashesBefore(a, i)+1)
		seg, from = i, i+1
	}
	b.WriteString(a[seg:])
	// The backslashes at the end doubled, since the closing quote follows.
	writeBackslashes(b, backslashesBefore(a, len(a)))
	b.WriteByte('"')
}

// writeBackslashes writes n backslashes to b.
func writeBackslashes(b *strings.Builder, n int) {
	for ; n > 0; n-- {
		b.WriteByte('\\')
	}
}

// psStandardArgs is the argument string PowerShell 7.3+ makes in Standard
// mode: every argument, empty ones included, through psPasteArgument, joined
// by spaces.
func psStandardArgs(args []string) string { return psJoinArgs(args, psWriteStandardArgs) }

// psJoinArgs runs one of the argument-string writers into a builder sized
// for args (each argument plus a separator and a pair of quotes).
func psJoinArgs(args []string, write func(*strings.Builder, []string)) string {
	var b strings.Builder
	b.Grow(psArgsSize(args, true))
	write(&b, args)
	return b.String()
}

// psArgsSize is about how long the argument string of args is: each argument
// with a separator and a pair of quotes, and, when escaped (Standard
// passing), a backslash for each " in it, so that a line of JSON is not
// built twice.
func psArgsSize(args []string, escaped bool) int {
	n := 0
	for _, a := range args {
		n += len(a) + 3
		if escaped {
			n += strings.Count(a, `"`)
		}
	}
	return n
}

// psWriteStandardArgs writes psStandardArgs(args) to b.
func psWriteStandardArgs(b *strings.Builder, args []string) {
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		psAppendPasted(b, a)
	}
}

// psCommandLine is the complete command line PowerShell starts aws.exe with
// for text: Process.Start's BuildCommandLine puts the path in quotes and, when
// the arguments are not empty, a space and the arguments after it.
func psCommandLine(text string, legacy bool) (string, error) {
	words, err := psTokenize(text)
	if err != nil {
		return "", err
	}
	if len(words) == 0 || words[0] != "aws" {
		return "", errors.New("the command must start with the bare word aws")
	}
	args := words[1:]
	for _, a := range args {
		// BindParameters compares each argument's value, quoted or not,
		// with "--%" and, if equal, drops it and passes the rest verbatim.
		if a == "--%" {
			return "", errors.New("an argument --% is PowerShell's stop-parsing token")
		}
		if legacy && strings.ContainsRune(a, psUncertainWhiteSpace) {
			return "", errors.New("whether Windows PowerShell 5.1 counts U+180E as whitespace depends on the .NET Framework version")
		}
	}
	var b strings.Builder
	b.Grow(len(psAwsPath) + 3 + psArgsSize(args, !legacy))
	b.WriteString(`"` + psAwsPath + `" `)
	if legacy {
		psWriteLegacyArgs(&b, args)
	} else {
		psWriteStandardArgs(&b, args)
	}
	line := b.String()
	if len(line) == len(psAwsPath)+3 {
		// No arguments: no space after the path.
		line = line[:len(line)-1]
	}
	return line, nil
}

// psArgv returns the argv aws.exe receives, after argv[0], when text is
// entered in PowerShell 7.3+ (legacy false) or Windows PowerShell 5.1
// (legacy true). It errors when text is outside the modelled subset, when
// PowerShell would not pass its words one by one, when the line depends on
// the C runtime's version, or when it is too long for CreateProcess.
func psArgv(text string, legacy bool) ([]string, error) {
	line, err := psVettedLine(text, legacy)
	if err != nil {
		return nil, err
	}
	return ucrtSplit(line)[1:], nil
}

// psVettedLine is psCommandLine(text, legacy) once psArgv has found nothing
// wrong with it: what remains is the C runtime's split, whose argv[0] is
// always psAwsPath.
func psVettedLine(text string, legacy bool) (string, error) {
	line, err := psCommandLine(text, legacy)
	if err != nil {
		return "", err
	}
	if n := utf16Len(line); n >= psMaxCommandLine {
		return "", &wrapError{errPSTooLong, strconv.Itoa(n) + " UTF-16 code units, at most " + strconv.Itoa(psMaxCommandLine-1) + " allowed"}
	}
	if crtDoubledQuote(line) {
		return "", errors.New(`the command line has "" inside quotes, which C runtimes before 2008 and CommandLineToArgvW read differently`)
	}
	return line, nil
}

// utf16Len is the length of s in UTF-16 code units.
func utf16Len(s string) int {
	if asciiOnly(s) {
		return len(s)
	}
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// crtDoubledQuote reports whether splitting line, as ucrtSplit does, ever
// meets "" inside a quoted run after argv[0] — the case the 2008 rule reads as
// a literal " that stays in quotes and older runtimes read differently.
func crtDoubledQuote(line string) bool {
	if !containsDoubledQuote(line) {
		return false // it never meets ""
	}
	i := 0
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
	}
	inQuote = false
	for i < len(line) {
		c := line[i]
		switch {
		case c == '\\':
			n := 0
			for i < len(line) && line[i] == '\\' {
				n++
				i++
			}
			if n%2 == 1 && i < len(line) && line[i] == '"' {
				i++ // an escaped, literal "
			}
		case c == '"':
			if inQuote && i+1 < len(line) && line[i+1] == '"' {
				return true
			}
			inQuote = !inQuote
			i++
		default:
			i++
		}
	}
	return false
}
