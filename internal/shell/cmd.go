package shell

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Cmd spells commands for the interactive cmd.exe prompt. Two programs
// read every word: cmd.exe (percent expansion, then ^ " & | < > outside its
// quote state, which flips at every ") and then the C runtime of aws.exe
// (ucrtSplit: quotes, backslashes before quotes). See cmdmodel.go and
// docs/windows-quoting.md §2.4 and §6.
//
// Each word is first spelled for the C runtime: bare when it has nothing
// either program treats specially, else in "…" with every " written \" and
// the backslashes before a " or the closing quote doubled. Then for cmd:
//
//   - plain (the usual case, as AWS's docs write it): used as is when cmd's
//     reading of it cannot matter. A word without " becomes "…", all inside
//     cmd's quotes, where & | < > ^ are literal (windows-quoting.md §2.4 case
//     2), e.g. "IpProtocol=tcp,…,Description='SSH from HQ'}]". A word with "
//     (JSON) is written the docs' way, "[{\"IpProtocol\":…}]", only when it
//     has none of & | < > ^ and an even number of " in all: cmd's quote
//     state then flips at every " but nothing it would act on lies outside
//     its quotes, and its quotes are closed at the end of the word.
//   - escaped (§2.4 case 10): every " gets a caret too, so cmd never enters
//     its quote state, and every & | < > ^ is caret-escaped. Used for words
//     with %, and for words with " and one of & | < > ^ or an odd number of
//     " in all. (Carets only where cmd's quote state is off would be right
//     on Windows, whose cmd flips its quote state at every ", but Wine 8's
//     cmd decides with a look-ahead whether a " inside quotes ends them —
//     WCMD_IsEndQuote in programs/cmd/wcmdmain.c — so such spellings could
//     not be checked against Wine; the escaped spelling is right under
//     either rule.)
//
// Percent signs: at the prompt %NAME% expands wherever it stands, inside
// quotes too, and no escape exists for % itself; an undefined name stays
// literal (dbenham's model, phase 1, command-line context). So every % the
// cmd shell prints is immediately followed by a caret (a word with % always
// gets the escaped spelling, whose C-runtime quotes ensure a character
// follows every %): every name cmd could try begins with ^, and phase 2
// then removes the caret. This is the documented prompt idiom (%^OS% prints
// %OS%); it assumes no variable whose name begins with ^ is defined, which
// only a deliberate `set "^X=…"` could do. Wine 8 cannot check it (§3 D1).
//
// ! is literal: delayed expansion is off at the prompt unless the user turned
// it on. What a pasted cmd line cannot carry at all is refused: NUL, line
// breaks, tabs (the prompt takes a pasted tab as file-name completion) and
// other control characters, and invalid UTF-8; so is a command longer than
// cmd's limit of 8191 characters once its continuations are joined (each
// " ^" line end and the line feed are removed; the next line's first
// character, always a blank here, is taken literally).
//
// checkCommand finally runs the whole command through CmdArgv, with a
// typical environment and with every %NAME% the words contain defined, and
// refuses it unless the model gives back exactly the intended argv, so no
// wrong command is ever printed.
type Cmd struct{}

// ShorthandQuote is ', which a "…" cmd word holds for free.
func (Cmd) ShorthandQuote() byte { return '\'' }

// Continuation is a caret before the line break.
func (Cmd) Continuation() string { return " ^" }

// cmdUseFile is the advice of every refusal.
const cmdUseFile = "; use the cli-input-json form, whose file carries any value"

// Word spells w as described at Cmd, or refuses what a pasted cmd line
// cannot carry.
func (Cmd) Word(w string) (string, error) {
	if reason := cmdCannotCarry(w); reason != "" {
		return "", refusal(reason + cmdUseFile)
	}
	return cmdSpell(w), nil
}

// cmdCannotCarry says why w cannot be typed at the cmd prompt, or "".
func cmdCannotCarry(w string) string {
	if !utf8.ValidString(w) {
		return "a value is not valid UTF-8 text"
	}
	if r, ok := firstControl(w); ok {
		switch {
		case r == 0:
			return "a value contains a NUL character, which no command line can carry"
		case r == '\n' || r == '\r':
			return "a value contains a line break, which a cmd.exe command cannot carry"
		case r == '\t':
			return "a value contains a tab, which the cmd.exe prompt takes as file-name completion when pasted"
		default:
			return "a value contains the control character U+" + upperHex4(r) + ", which cannot be pasted at the cmd.exe prompt"
		}
	}
	return ""
}

// firstControl returns the first control character of the valid UTF-8 text
// w (U+0000–U+001F, U+007F–U+009F), if any.
func firstControl(w string) (rune, bool) {
	for i := 0; i < len(w); i++ {
		if !controlLead[w[i]] {
			continue // one look-up for the usual byte
		}
		switch c := w[i]; {
		case c < 0x20 || c == 0x7f:
			return rune(c), true
		case c == 0xc2 && i+1 < len(w) && w[i+1] >= 0x80 && w[i+1] < 0xa0:
			// U+0080–U+009F are C2 80 – C2 9F.
			return rune(w[i+1]), true
		}
	}
	return 0, false
}

// controlLead marks the bytes that can start a control character in UTF-8:
// 0x00–0x1F, 0x7F, and 0xC2 (U+0080–U+009F).
var controlLead = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t[0x7f], t[0xc2] = true, true
	return t
}()

// cmdSpell spells a word cmdCannotCarry accepts.
func cmdSpell(w string) string {
	percent := strings.ContainsRune(w, '%')
	q := cmdCRTQuote(w, percent)
	if !percent && (!strings.ContainsRune(w, '"') ||
		!strings.ContainsAny(w, cmdSpecial) && strings.Count(q, `"`)%2 == 0) {
		return q
	}
	return cmdCaretAll(q)
}

// cmdSpecial are the characters cmd acts on outside its quote state.
const cmdSpecial = `&|<>^`

// cmdCRTQuote spells w for the C runtime: bare if it is non-empty and has no
// blank, " or character cmd acts on (and quoting is not forced), else in
// quotes, escaped by writeCRTEscaped.
func cmdCRTQuote(w string, force bool) string {
	if !force && w != "" && !strings.ContainsAny(w, " \t\"%"+cmdSpecial) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w) + 8 + strings.Count(w, `"`)) // a backslash for each "
	b.WriteByte('"')
	writeCRTEscaped(&b, w, true, -1)
	b.WriteByte('"')
	return b.String()
}

// cmdCaretAll caret-escapes every " and every character cmd acts on, so cmd
// never enters its quote state, and follows every % by a caret (escaping the
// next character, which is harmless). q is quoted whenever it has a %, so a
// character follows every %.
func cmdCaretAll(q string) string {
	var b strings.Builder
	b.Grow(len(q) + len(q)/4)
	afterPercent := false
	for i := 0; i < len(q); i++ {
		c := q[i]
		if afterPercent || c == '"' || strings.IndexByte(cmdSpecial, c) >= 0 {
			b.WriteByte('^')
		}
		b.WriteByte(c)
		afterPercent = c == '%'
	}
	return b.String()
}

// checkCommand refuses a command that is too long for cmd.exe, or that the
// model of cmd.exe and the C runtime would not turn into exactly argv.
func (Cmd) checkCommand(text string, argv []string) error {
	joined := len(text) - 2*strings.Count(text, "\n")
	if joined > cmdMaxLine {
		return refusal("the cmd.exe command would be " + strconv.Itoa(joined) + " characters long, over cmd.exe's limit of " + strconv.Itoa(cmdMaxLine) + cmdUseFile)
	}
	for rest := text; ; {
		_, next, ok := strings.Cut(rest, "\n")
		if !ok {
			break
		}
		// A continued line's first character is escaped; only a blank is
		// sure to mean the same escaped or not.
		if !strings.HasPrefix(next, " ") {
			return refusal("internal error: a continued cmd.exe line does not start with a blank" + cmdUseFile)
		}
		rest = next
	}
	// Without a % CmdArgv does not read the environment: one run stands
	// for both.
	envs := []map[string]string{nil}
	if strings.IndexByte(text, '%') >= 0 {
		envs = []map[string]string{CmdTypicalEnv(), CmdHostileEnv(text, argv)}
	}
	for _, env := range envs {
		// CmdArgv(text, env) equals "aws" and argv, without building
		// CmdArgv's answer.
		line, err := cmdCommandLine(text, env)
		if err != nil {
			return refusal("internal error: cmd.exe would not run this command as printed (" + err.Error() + ")" + cmdUseFile)
		}
		if !ucrtSplitEqual(line, "aws", argv) {
			return refusal("internal error: cmd.exe would not pass these values exactly as printed" + cmdUseFile)
		}
	}
	return nil
}

// CmdTypicalEnv is a Windows environment, including cmd's dynamic variables
// (help set), which expand although set does not list them.
func CmdTypicalEnv() map[string]string {
	return map[string]string{
		"PATH": `C:\Windows\system32;C:\Windows;C:\Program Files\Amazon\AWSCLIV2\`, "OS": "Windows_NT",
		"USERNAME": "user", "USERPROFILE": `C:\Users\user`, "HOMEDRIVE": "C:", "HOMEPATH": `\Users\user`,
		"TEMP": `C:\Users\user\AppData\Local\Temp`, "TMP": `C:\Users\user\AppData\Local\Temp`,
		"COMPUTERNAME": "HOST", "SYSTEMROOT": `C:\Windows`, "WINDIR": `C:\Windows`, "COMSPEC": `C:\Windows\system32\cmd.exe`,
		"PATHEXT": ".COM;.EXE;.BAT;.CMD", "PROMPT": "$P$G", "APPDATA": `C:\Users\user\AppData\Roaming`,
		"PROCESSOR_ARCHITECTURE": "AMD64", "NUMBER_OF_PROCESSORS": "8", "USERDOMAIN": "HOST",
		"AWS_PROFILE": "default", "AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1",
		"CD": `C:\Users\user`, "DATE": "Mon 01/01/2024", "TIME": "12:00:00.00", "RANDOM": "4242",
		"ERRORLEVEL": "0", "CMDEXTVERSION": "2", "CMDCMDLINE": `"C:\Windows\system32\cmd.exe"`,
		"HIGHESTNUMANODENUMBER": "0", "__CD__": `C:\Users\user\`, "__APPDIR__": `C:\Windows\system32\`,
		"=C:": `C:\Users\user`, "=ExitCode": "00000000",
	}
}

// CmdHostileEnv is CmdTypicalEnv plus, defined to a value full of cmd
// specials, every name between two % in the words and every name cmd could
// try in the printed text, except those beginning with ^ (see Cmd).
func CmdHostileEnv(text string, argv []string) map[string]string {
	env := CmdTypicalEnv()
	define := func(s string) {
		for i := strings.IndexByte(s, '%'); i >= 0; {
			j := strings.IndexByte(s[i+1:], '%')
			if j < 0 {
				return
			}
			name := s[i+1 : i+1+j]
			if name, _, _ = strings.Cut(name, ":"); name != "" && name[0] != '^' {
				env[name] = `"x & y^|z`
			}
			i += 1 + j
		}
	}
	for _, w := range argv {
		define(w)
	}
	define(text)
	return env
}

// upperHex4 is r in upper-case hexadecimal, at least four digits (fmt
// "%04X").
func upperHex4(r rune) string {
	s := strings.ToUpper(strconv.FormatUint(uint64(r), 16))
	if len(s) < 4 {
		s = strings.Repeat("0", 4-len(s)) + s
	}
	return s
}
