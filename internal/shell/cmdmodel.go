package shell

import (
	"errors"
	"strconv"
	"strings"
)

// This file is a model of how cmd.exe, at its interactive prompt, turns the
// text a user pastes into the argv a C-runtime program (aws.exe, python.exe)
// receives. It is the authority the cmd shell checks every command against,
// and the unit tests pin it to the documented behaviour of real Windows.
//
// Sources:
//   - dbenham's model of cmd's parser, Stack Overflow question 4094699 "How
//     does the Windows Command Interpreter (CMD.EXE) parse scripts?", the
//     command-line (prompt) parts: phase 1 percent expansion, phase 2 special
//     characters, line continuation;
//   - Microsoft, "Command prompt (Cmd.exe) command-line string limitation":
//     8191 characters;
//   - Microsoft, "Parsing C command-line arguments" for the C runtime's split
//     (ucrtSplit in winargv.go);
//   - docs/windows-quoting.md §2.4 (cases observed under Wine 8,
//     and which of them Wine gets wrong, §3 D1–D7).
//
// The model covers what a single external command needs: it refuses command
// chains and pipes, and the parenthesised blocks, FOR, CALL and delayed
// expansion (!VAR!, off at the prompt unless the user turned it on) are out
// of its scope.

// cmdMaxLine is the longest command cmd.exe accepts, in characters
// (Microsoft, "Command prompt (Cmd.exe) command-line string limitation").
const cmdMaxLine = 8191

// CmdArgv returns the argv (argv[0] included) that a C-runtime program
// receives when text — one command, possibly continued over several lines
// with a line-final caret — is pasted at the cmd.exe prompt, with env as the
// environment (names compare case-insensitively, as on Windows). It returns an
// error when cmd would not run exactly one external command from it.
func CmdArgv(text string, env map[string]string) ([]string, error) {
	line, err := cmdCommandLine(text, env)
	if err != nil {
		return nil, err
	}
	return ucrtSplit(line), nil
}

// cmdCommandLine is the line cmd.exe hands to CreateProcess for text, once
// CmdArgv has found nothing wrong with it: what remains is the C runtime's
// split.
func cmdCommandLine(text string, env map[string]string) (string, error) {
	if strings.IndexByte(text, 0) >= 0 || strings.IndexByte(text, '\r') >= 0 {
		return "", errors.New("the text contains a NUL or carriage return")
	}
	lines := strings.Split(text, "\n")
	joined := len(text) - 2*(len(lines)-1) // every continuation removes ^ and LF
	if joined > cmdMaxLine {
		return "", errors.New("the command is " + strconv.Itoa(joined) + " characters long; cmd.exe accepts at most " + strconv.Itoa(cmdMaxLine))
	}
	// Phase 1, prompt mode: percent expansion of each line as it is read
	// (a text without % reads the same in every environment).
	if strings.IndexByte(text, '%') >= 0 {
		lookup := cmdEnv(env)
		for i, l := range lines {
			lines[i] = cmdExpandPercent(l, lookup)
		}
	}
	line, err := cmdPhase2(lines)
	if err != nil {
		return "", err
	}
	if len(line) > cmdMaxLine {
		return "", errors.New("the expanded command is " + strconv.Itoa(len(line)) + " characters long; cmd.exe accepts at most " + strconv.Itoa(cmdMaxLine))
	}
	// cmd skips leading token delimiters before the command name; the model
	// accepts only a plain command name followed by a space or tab.
	for line != "" && (line[0] == ' ' || line[0] == '\t') {
		line = line[1:]
	}
	name := line
	if k := strings.IndexAny(line, " \t"); k >= 0 {
		name = line[:k]
	}
	if name == "" || strings.ContainsAny(name, `,;=@()"^/\`) {
		return "", errors.New("the model covers only a plain command name, not " + strconv.Quote(name))
	}
	return line, nil
}

// cmdEnv returns a case-insensitive lookup in env.
func cmdEnv(env map[string]string) func(string) (string, bool) {
	lower := make(map[string]string, len(env))
	for k, v := range env {
		lower[cmdASCIILower(k)] = v
	}
	return func(name string) (string, bool) {
		v, ok := lower[cmdASCIILower(name)]
		return v, ok
	}
}

// cmdExpandPercent is phase 1 at the prompt (dbenham, "Phase 1) Percent
// Expansion", command-line context): for each % the text up to the next % is
// a variable reference; a defined variable (with an optional :~ substring or
// :a=b substitution) is replaced by its value and scanning resumes after the
// closing %. Otherwise — undefined, empty name, no closing % — the % stays
// literal and scanning resumes right after it, so that % may not pair with
// the next one (his example: with b=a, `%a %b% c%` gives `%a a c%`). %% is
// not special at the prompt (it is in batch files).
//
// Wine 8 diverges (windows-quoting.md §3 D1, D2): it expands after phase 2
// and resumes after the closing %, so these rules are tested against the
// model only.
func cmdExpandPercent(line string, lookup func(string) (string, bool)) string {
	if strings.IndexByte(line, '%') < 0 {
		return line
	}
	var b strings.Builder
	i := 0
	for i < len(line) {
		c := line[i]
		if c != '%' {
			b.WriteByte(c)
			i++
			continue
		}
		j := strings.IndexByte(line[i+1:], '%')
		if j < 0 {
			b.WriteString(line[i:])
			break
		}
		if v, ok := cmdExpandVar(line[i+1:i+1+j], lookup); ok {
			b.WriteString(v)
			i += j + 2
			continue
		}
		b.WriteByte('%')
		i++
	}
	return b.String()
}

// cmdExpandVar expands the body of one %…% reference: NAME, NAME:~n[,m] or
// NAME:[*]find=replace. ok is false when it stays literal (the name is empty
// or undefined, or the modifier is malformed — the last is an assumption,
// not verified on Windows; the cmd shell never relies on it).
func cmdExpandVar(body string, lookup func(string) (string, bool)) (string, bool) {
	name, mod, hasMod := strings.Cut(body, ":")
	if name == "" {
		return "", false
	}
	v, ok := lookup(name)
	if !ok {
		return "", false
	}
	if !hasMod {
		return v, true
	}
	if strings.HasPrefix(mod, "~") {
		return cmdSubstring(v, mod[1:])
	}
	find, repl, ok := strings.Cut(mod, "=")
	if !ok || find == "" || find == "*" {
		return "", false
	}
	// Case-insensitive search, folding ASCII letters only (so byte offsets
	// stay aligned; the cmd shell never relies on substitution).
	lower, lf := cmdASCIILower(v), cmdASCIILower(find)
	if strings.HasPrefix(find, "*") {
		k := strings.Index(lower, lf[1:])
		if k < 0 {
			return v, true
		}
		return repl + v[k+len(lf)-1:], true
	}
	var b strings.Builder
	for {
		k := strings.Index(lower, lf)
		if k < 0 {
			b.WriteString(v)
			return b.String(), true
		}
		b.WriteString(v[:k])
		b.WriteString(repl)
		v, lower = v[k+len(lf):], lower[k+len(lf):]
	}
}

// cmdASCIILower lower-cases the ASCII letters of s.
func cmdASCIILower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// cmdSubstring applies ~start[,length]: a negative start counts from the
// end, a negative length stops that many characters before the end.
func cmdSubstring(v, spec string) (string, bool) {
	startS, lenS, hasLen := strings.Cut(spec, ",")
	start, err := strconv.Atoi(strings.TrimSpace(startS))
	if err != nil {
		return "", false
	}
	n := len(v)
	if start < 0 {
		start = max(n+start, 0)
	}
	start = min(start, n)
	end := n
	if hasLen {
		l, err := strconv.Atoi(strings.TrimSpace(lenS))
		if err != nil {
			return "", false
		}
		if l < 0 {
			end = max(n+l, start)
		} else {
			end = min(start+l, n)
		}
	}
	return v[start:end], true
}

// cmdPhase2 is phase 2 for one command (dbenham, "Phase 2) Process special
// characters"): a " toggles the quote state and is kept; inside quotes every
// character is literal; outside, ^ escapes the next character (and is
// removed), & and | end the command, < and > start a redirection, which is
// removed. A ^ that ends a line outside quotes continues the command: the
// caret and line feed are removed and the first character of the next line
// is taken as escaped. Any other line end ends the command. It returns the
// command text with carets and redirections removed — the text cmd hands to
// CreateProcess.
//
// Wine 8 diverges on continuations (§3 D3, D4): it drops a command whose
// last character is a caret, and strips the next line's indentation.
func cmdPhase2(lines []string) (string, error) {
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	var out strings.Builder
	out.Grow(n)
	inQuote := false
	escapeNext := false
	li, line, i := 0, lines[0], 0
	for {
		if i == len(line) {
			if escapeNext {
				return "", errors.New("line " + strconv.Itoa(li+1) + " after a continuation caret is empty")
			}
			if li == len(lines)-1 {
				return out.String(), nil
			}
			return "", errors.New("line " + strconv.Itoa(li+1) + " ends the command (no continuation caret outside quotes); the next line would run as a command of its own")
		}
		c := line[i]
		if inQuote && !escapeNext {
			// Everything up to and including the next " is literal.
			k := strings.IndexByte(line[i:], '"')
			if k < 0 {
				out.WriteString(line[i:])
				i = len(line)
			} else {
				out.WriteString(line[i : i+k+1])
				i += k + 1
				inQuote = false
			}
			continue
		}
		if escapeNext || inQuote {
			escapeNext = false
			if c == '"' && inQuote {
				inQuote = false
			}
			out.WriteByte(c)
			i++
			continue
		}
		switch c {
		case '"':
			inQuote = true
			out.WriteByte(c)
			i++
		case '^':
			if i+1 == len(line) {
				if li == len(lines)-1 {
					return "", errors.New("the command ends with a caret; cmd would ask More? for another line")
				}
				li++
				line, i = lines[li], 0
				escapeNext = true
				continue
			}
			out.WriteByte(line[i+1])
			i += 2
		case '&':
			return "", errors.New("an unquoted & ends the command and starts another")
		case '|':
			return "", errors.New("an unquoted | pipes the command into another")
		case '<', '>':
			var err error
			if i, err = cmdRedirection(line, i); err != nil {
				return "", err
			}
		default:
			// A run of characters phase 2 keeps as they are, written at
			// once, up to the next character it acts on.
			j := i + 1
			for j < len(line) && !cmdPhase2Special(line[j]) {
				j++
			}
			run := line[i:j]
			// An unescaped digit right after a blank (or first), right
			// before < or >, is the redirection's handle (as in 2>nul):
			// removed with it.
			if j < len(line) && (line[j] == '<' || line[j] == '>') {
				last := run[len(run)-1]
				before := byte(' ') // what precedes last in the output
				if len(run) > 1 {
					before = run[len(run)-2]
				} else if written := out.String(); written != "" {
					before = written[len(written)-1]
				}
				if last >= '0' && last <= '9' && (before == ' ' || before == '\t') {
					run = run[:len(run)-1]
				}
			}
			out.WriteString(run)
			i = j
		}
	}
}

// cmdPhase2Special reports whether phase 2 acts on c outside quotes.
func cmdPhase2Special(c byte) bool {
	return c == '"' || c == '^' || c == '&' || c == '|' || c == '<' || c == '>'
}

// cmdRedirection skips the redirection that starts at line[i] (< > >> and
// an optional &N), the blanks after it and its target word, and returns the
// index after them. The target ends at an unquoted blank or operator;
// carets in it escape as elsewhere. A redirection never continues over a
// line end in this model.
func cmdRedirection(line string, i int) (int, error) {
	op := line[i]
	i++
	if op == '>' && i < len(line) && line[i] == '>' {
		i++
	}
	if i+1 < len(line) && line[i] == '&' && line[i+1] >= '0' && line[i+1] <= '9' {
		return i + 2, nil
	}
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	start := i
	inQuote := false
	for i < len(line) {
		c := line[i]
		if inQuote {
			if c == '"' {
				inQuote = false
			}
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '&' || c == '|' || c == '<' || c == '>' {
			break
		}
		if c == '"' {
			inQuote = true
		}
		if c == '^' && i+1 < len(line) {
			i++
		}
		i++
	}
	if i == start {
		return 0, errors.New("a redirection has no target")
	}
	return i, nil
}
