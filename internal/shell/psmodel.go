package shell

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
// docs/windows-quoting.md §4). Four stages:
//
//  1. PowerShell's tokenizer, argument mode (tokenizer.cs): bare words of a
//     conservative grammar (psBare), '…' single-quoted strings, whitespace and
//     the backtick line continuation. Anything else is outside the model and
//     an error, never a guess.
//  2. The native-argument builder, NativeCommandParameterBinder.cs:
//     - Windows PowerShell 5.1 ("Legacy"): psWriteLegacyArgs;
//     - PowerShell 7.3+ with $PSNativeCommandArgumentPassing = Windows, which
//     is Standard for aws.exe (PR #15408): every argument goes into
//     ProcessStartInfo.ArgumentList and .NET's PasteArguments.AppendArgument
//     builds the line: psWriteStandardArgs.
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

// errPSTooLong is wrapped by PowerShellArgv's error when the command line is longer
// than psMaxCommandLine allows.
var errPSTooLong = errors.New("the command line is too long for Windows")

// wrapError is an error whose text is err's, a colon and detail, and which
// errors.Is sees through to err (fmt.Errorf "%w: ...", without fmt).
type wrapError struct {
	err    error
	detail string
}

func (e *wrapError) Error() string { return e.err.Error() + ": " + e.detail }
func (e *wrapError) Unwrap() error { return e.err }

// psIsSingleQuote reports whether PowerShell's tokenizer treats r as a single
// quote: CharTraits.cs IsSingleQuote accepts ' and the typographic ‘ ’ ‚ ‛
// (SpecialChars.QuoteSingleLeft/Right/Base, QuoteReversed). Any of them opens
// or closes a '…' string, and two in a row inside one stand for the second.
func psIsSingleQuote(r rune) bool {
	return r == '\'' || r == '\u2018' || r == '\u2019' || r == '\u201a' || r == '\u201b'
}

// IsPowerShellSingleQuote reports whether PowerShell reads r as a single
// quote (psIsSingleQuote), for readers of pasted PowerShell text.
func IsPowerShellSingleQuote(r rune) bool { return psIsSingleQuote(r) }

// IsPowerShellDoubleQuote reports whether PowerShell reads r as a double
// quote (psIsDoubleQuote), for readers of pasted PowerShell text.
func IsPowerShellDoubleQuote(r rune) bool { return psIsDoubleQuote(r) }

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
