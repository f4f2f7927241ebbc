package shell

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file is stages 2 to 4 of the PowerShell model (psmodel.go has the
// overview and stage 1, the tokenizer): the native-argument builders of 5.1
// (Legacy) and 7.3+ (Standard), the command line Process.Start makes of them,
// and the C runtime's split of that line into aws.exe's argv.

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

// psWriteLegacyArgs writes the argument string Windows PowerShell 5.1
// builds (NativeCommandParameterBinder.BindParameters and
// appendOneNativeArgument) to b: arguments joined by spaces; an empty string
// is dropped (!string.IsNullOrEmpty(arg)); an argument psLegacyNeedQuotes is
// wrapped in "…" as is — embedded quotes are not escaped, and trailing
// backslashes are not doubled (PowerShell 7 doubles them, 5.1 does not).
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

// psPastePlain reports whether .NET's PasteArguments writes a as is.
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

// psAppendPasted is .NET's PasteArguments.AppendArgument (System.Private.
// CoreLib, used by Process for ProcessStartInfo.ArgumentList), writing to b:
// an argument that is non-empty and has no whitespace (char.IsWhiteSpace)
// and no " is written as is; otherwise it is put in quotes, with " written
// \", the backslashes before a " doubled (plus the one escaping it), and the
// backslashes at the end doubled, since the closing quote follows them —
// writeCRTEscaped's rules.
func psAppendPasted(b *strings.Builder, a string) {
	if psPastePlain(a) {
		b.WriteString(a)
		return
	}
	b.WriteByte('"')
	writeCRTEscaped(b, a, true, -1)
	b.WriteByte('"')
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

// psWriteStandardArgs writes the argument string PowerShell 7.3+ makes in
// Standard mode to b: every argument, empty ones included, through
// psAppendPasted, joined by spaces.
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

// PowerShellArgv returns the argv aws.exe receives, after argv[0], when text is
// entered in PowerShell 7.3+ (legacy false) or Windows PowerShell 5.1
// (legacy true). It errors when text is outside the modelled subset, when
// PowerShell would not pass its words one by one, when the line depends on
// the C runtime's version, or when it is too long for CreateProcess.
func PowerShellArgv(text string, legacy bool) ([]string, error) {
	line, err := psVettedLine(text, legacy)
	if err != nil {
		return nil, err
	}
	return ucrtSplit(line)[1:], nil
}

// psVettedLine is psCommandLine(text, legacy) once PowerShellArgv has found nothing
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
