package core

import (
	"strings"
	"unicode/utf8"
)

// This file repairs what surrounds a command in a real paste before a shell
// reads it: terminal prompts, Markdown fences and backticks, sudo and a path
// to aws, CRLF line ends, the typographic dashes and quotes of AWS's
// published pages (docs/seeds.md), and an option line that lost its
// continuation. Every repair is a Note at the place it was made. The cleaned
// text keeps, for each of its bytes, the offset of the byte it came from, so
// that every position reported is one in the text as pasted.

// pasteText is a paste cleaned for one shell.
type pasteText struct {
	orig  string
	b     []byte
	from  []int // the offset in orig of each byte of b
	lines []int // the offsets at which orig's lines start
	notes []Note
}

// emit appends s, which stands for the text at orig offset off.
func (p *pasteText) emit(s string, off int) {
	p.b = append(p.b, s...)
	for range len(s) {
		p.from = append(p.from, off)
	}
}

// copyOrig appends orig[i:j] unchanged.
func (p *pasteText) copyOrig(i, j int) {
	p.b = append(p.b, p.orig[i:j]...)
	for k := i; k < j; k++ {
		p.from = append(p.from, k)
	}
}

// origPos is the 1-based line and column (in characters) of orig offset off.
func (p *pasteText) origPos(off int) (int, int) {
	lo, hi := 0, len(p.lines)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if p.lines[m] <= off {
			lo = m
		} else {
			hi = m
		}
	}
	off = min(off, len(p.orig))
	return lo + 1, 1 + utf8.RuneCountInString(p.orig[p.lines[lo]:off])
}

// pos is origPos of the byte at offset off of the cleaned text.
func (p *pasteText) pos(off int) (int, int) {
	if off >= len(p.from) {
		return p.origPos(len(p.orig))
	}
	return p.origPos(p.from[off])
}

func (p *pasteText) note(off int, msg string) {
	l, c := p.origPos(off)
	p.notes = append(p.notes, Note{Message: msg, Line: l, Column: c})
}

// continuation is the line continuation of a shell.
func continuation(shell string) string {
	switch shell {
	case ShellCmd:
		return "^"
	case ShellPowerShell, ShellPowerShell5:
		return "`"
	}
	return `\`
}

// openQuote is the quote left open at the end of s, a line that starts
// inside quote q (0: none), as shell reads quotes: ' and " (for cmd only "),
// and bash's $'…'. Escapes outside quotes and in double quotes are skipped;
// a comment ends the line. It tells the cleaner which lines are a quoted
// string's text, not lines to repair.
func openQuote(s string, q byte, shell string) byte {
	ps := shell == ShellPowerShell || shell == ShellPowerShell5
	bash := shell != ShellCmd && !ps
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case q == 0:
			switch {
			case c == '"' || c == '\'' && shell != ShellCmd:
				q = c
				if c == '\'' && bash && i > 0 && s[i-1] == '$' {
					q = '$' // $'…', where \ escapes
				}
			case c == '\\' && bash, c == '^' && shell == ShellCmd, c == '`' && ps:
				i++
			case c == '#' && shell != ShellCmd && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t'):
				return 0
			}
		case c == q || q == '$' && c == '\'':
			q = 0
		case c == '\\' && (q == '$' || q == '"' && bash), c == '`' && q == '"' && ps:
			i++
		}
	}
	return q
}

// cleanPaste prepares text for shell.
func cleanPaste(text, shell string) *pasteText {
	// The cleaned text is about as long as the paste: room for it up
	// front spares the appends below their regrowth.
	p := &pasteText{orig: text, lines: []int{0}, b: make([]byte, 0, len(text)+16), from: make([]int, 0, len(text)+16)}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			p.lines = append(p.lines, i+1)
		}
	}
	cont := continuation(shell)
	crlf := false
	prevCont := false // the previous line ended with a continuation
	inAws := false    // an aws command is being read (since the last blank line)
	lastNL := -1      // the index in b of the last newline emitted
	quote := byte(0)  // the quote an aws command's line left open
	seen := map[string]bool{}
	for li, ls := range p.lines {
		le := len(text)
		if li+1 < len(p.lines) {
			le = p.lines[li+1] - 1
		}
		if le > ls && text[le-1] == '\r' {
			le--
			crlf = true
		}
		line := text[ls:le]
		if quote != 0 {
			// The line is inside a quoted string (a --cli-input-yaml
			// value written inline, say): it is the string's text, kept
			// as it is, indentation and all.
			from := len(p.b)
			p.copyOrig(ls, le)
			quote = openQuote(string(p.b[from:]), quote, shell)
			prevCont = quote == 0 && (endsWithContinuation(line, `\`) || endsWithContinuation(line, "^") || endsWithContinuation(line, "`"))
			if li+1 < len(p.lines) {
				lastNL = len(p.b)
				p.emit("\n", p.lines[li+1]-1)
			}
			continue
		}
		trimmed := strings.TrimLeft(line, " \t")
		ind := ls + len(line) - len(trimmed)
		switch {
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			line, trimmed = "", ""
		default:
			if k := promptLen(trimmed, prevCont); k > 0 {
				if pr := strings.TrimSpace(trimmed[:k]); !seen[pr] {
					seen[pr] = true
					what := "the prompt "
					if pr == "-" || pr == "*" {
						what = "the list bullet "
					}
					p.note(ind, what+pr+" is set aside")
				}
				trimmed = strings.TrimLeft(trimmed[k:], " \t")
			}
		}
		start := ls + len(line) - len(trimmed)
		if trimmed != "" && !prevCont && inAws && strings.HasPrefix(typographicDashes(trimmed), "--") && lastNL >= 0 {
			// An option line after an aws line that does not continue:
			// the page lost the continuation (seed examples 3–8).
			p.insert(lastNL, " "+cont)
			p.note(p.from[lastNL], "this line has no continuation ("+cont+") but the next one continues the command: read as one command")
		}
		if trimmed == "" {
			inAws = false
		} else if strings.HasPrefix(trimmed, "aws ") || strings.Contains(trimmed, "aws ec2") || strings.Contains(trimmed, "aws.exe") {
			inAws = true
		}
		from := len(p.b)
		p.cleanLine(ls, start, start+len(trimmed), shell, seen)
		if inAws {
			quote = openQuote(string(p.b[from:]), 0, shell)
		}
		// Any shell's continuation counts: a line ending in another one's is
		// the wrong shell, not a lost continuation.
		prevCont = endsWithContinuation(text[ls:ls+len(line)], `\`) || endsWithContinuation(text[ls:ls+len(line)], "^") || endsWithContinuation(text[ls:ls+len(line)], "`")
		if li+1 < len(p.lines) {
			lastNL = len(p.b)
			p.emit("\n", p.lines[li+1]-1)
		}
	}
	if crlf {
		p.notes = append([]Note{{Message: "Windows line ends (CRLF) are read as line ends", Line: 1, Column: 1}}, p.notes...)
	}
	return p
}

// insert puts s into the cleaned text before index at.
func (p *pasteText) insert(at int, s string) {
	off := p.from[at]
	p.b = append(p.b[:at], append([]byte(s), p.b[at:]...)...)
	f := make([]int, len(s))
	for i := range f {
		f[i] = off
	}
	p.from = append(p.from[:at], append(f, p.from[at:]...)...)
}

// endsWithContinuation reports whether line ends with cont (trailing blanks
// allowed, as terminals and pages leave them).
func endsWithContinuation(line, cont string) bool {
	return strings.HasSuffix(strings.TrimRight(line, " \t"), cont)
}

// promptLen is the length of the prompt at the start of line, or 0: "$ ",
// "% ", "# " (before aws or sudo), "PS C:\…> ", "PS> ", "C:\…>", a Markdown
// list bullet before aws, and on a line that continues the previous one "> "
// (bash), ">> " (PowerShell) or "More? " (cmd.exe).
func promptLen(line string, continued bool) int {
	before := func(k int) bool {
		rest := strings.TrimLeft(line[k:], " \t")
		return strings.HasPrefix(rest, "aws") || strings.HasPrefix(rest, "sudo ") || strings.HasPrefix(rest, "& ") || strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, "/") || len(rest) > 2 && rest[1] == ':'
	}
	switch {
	case strings.HasPrefix(line, "PS ") || strings.HasPrefix(line, "PS>"):
		if k := strings.IndexByte(line, '>'); k >= 0 && before(k+1) {
			return k + 1
		}
	case len(line) > 3 && line[1] == ':' && line[2] == '\\' && letter(rune(line[0])):
		if k := strings.IndexByte(line, '>'); k >= 0 && !strings.ContainsAny(line[:k], " \"") && before(k+1) {
			return k + 1
		}
	case continued && strings.HasPrefix(line, ">> "):
		return 3 // PowerShell's continuation prompt
	case continued && strings.HasPrefix(line, "> "):
		return 2
	case continued && strings.HasPrefix(line, "More? "):
		return 6 // cmd.exe's

	case strings.HasPrefix(line, "$ ") || strings.HasPrefix(line, "% ") || strings.HasPrefix(line, "# ") || strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* "):
		if before(2) {
			return 2
		}
	}
	return 0
}

// typographicDashes replaces a leading en or em dash by "--", for deciding
// whether a line starts with an option.
func typographicDashes(s string) string {
	for _, d := range []string{"\u2013", "\u2014"} {
		if strings.HasPrefix(s, d) {
			return "--" + strings.TrimPrefix(s[len(d):], "-")
		}
	}
	return s
}

// cleanLine appends orig[start:end], one line's text after its prompt, with
// Markdown backticks, sudo, a PowerShell call operator and a path to aws set
// aside and typographic characters read as what was meant.
func (p *pasteText) cleanLine(ls, start, end int, shell string, seen map[string]bool) {
	if start > ls {
		p.emit(" ", start-1)
	}
	s := p.orig[start:end]
	if i := strings.Index(s, "`aws "); i > 0 && strings.Count(s, "`") == 2 {
		// A Markdown code span in prose: the command is the span.
		if !seen["prose"] {
			seen["prose"] = true
			p.note(start, "the text around the Markdown code span is set aside")
		}
		start += i
		end = start + strings.LastIndexByte(p.orig[start:end], '`') + 1
		s = p.orig[start:end]
	}
	if len(s) >= 2 && s[0] == '`' && s[len(s)-1] == '`' && strings.Count(s, "`") == 2 {
		if !seen["`"] {
			seen["`"] = true
			p.note(start, "the Markdown backticks around the command are set aside")
		}
		p.emit(" ", start)
		start, end = start+1, end-1
		s = p.orig[start:end]
	}
	if strings.HasPrefix(s, "sudo ") {
		k := len("sudo ")
		for {
			w := s[k:]
			w = w[:len(w)-len(strings.TrimLeft(w, " \t"))]
			k += len(w)
			word := s[k:]
			if i := strings.IndexAny(word, " \t"); i >= 0 {
				word = word[:i]
			}
			if !strings.HasPrefix(word, "-") || word == "" {
				break
			}
			k += len(word)
			if word == "-u" || word == "-g" {
				w := s[k:]
				k += len(w) - len(strings.TrimLeft(w, " \t"))
				if i := strings.IndexAny(s[k:], " \t"); i >= 0 {
					k += i
				}
			}
		}
		p.note(start, strings.TrimSpace(s[:k])+" is set aside: it changes who runs the command, not what the command is given")
		p.emit(" ", start)
		start += k
		s = p.orig[start:end]
	}
	if strings.HasPrefix(s, "& ") {
		p.emit(" ", start)
		start += len(s) - len(strings.TrimLeft(s[1:], " \t"))
		s = p.orig[start:end]
	}
	if k := awsPathLen(s); k > 0 {
		p.note(start, "the path "+s[:k]+" is read as aws")
		base := strings.LastIndexAny(strings.Trim(s[:k], `"'`), `/\`) + 1
		if s[0] == '"' || s[0] == '\'' {
			base++
		}
		p.emit("aws", start+base)
		start += k
	}
	p.typographic(start, end, shell == ShellBash)
}

// letter reports whether r is an ASCII letter or a character beyond Latin-1's
// punctuation (most of which are letters), which is all the repairs need to
// tell an apostrophe from a quote; it keeps the unicode tables out of the
// page.
func letter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xc0 && r != 0xd7 && r != 0xf7 && (r < 0x2000 || r > 0x2bff)
}

// lostBreak reports whether s, the text after a backslash, is blanks and
// then an option: "\ --port 22" on one line.
func lostBreak(s string) bool {
	t := strings.TrimLeft(s, " ")
	return len(t) < len(s) && (strings.HasPrefix(t, "-") || strings.HasPrefix(t, "\u2013") || strings.HasPrefix(t, "\u2014"))
}

// awsPathLen is the length of the first word of s when it is a path to aws or
// aws.exe (possibly quoted), or aws.exe itself; 0 otherwise.
func awsPathLen(s string) int {
	w := s
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		k := strings.IndexByte(s[1:], s[0])
		if k < 0 {
			return 0
		}
		w = s[:k+2]
	} else if k := strings.IndexAny(s, " \t"); k >= 0 {
		w = s[:k]
	}
	path := strings.Trim(w, `"'`)
	base := strings.ToLower(path[strings.LastIndexAny(path, `/\`)+1:])
	if path == "aws" || base != "aws" && base != "aws.exe" {
		return 0
	}
	return len(w)
}

// typographic copies orig[start:end], reading an en or em dash at the start
// of a word as -- and typographic quotes as ' and " (an apostrophe between
// two letters stays), with a note at each. For bash, " \ " before an option
// is a continuation whose line break the page lost (seed examples 1 and 2).
func (p *pasteText) typographic(start, end int, bash bool) {
	i := start
	lost := false
	for i < end {
		c := p.orig[i]
		if bash && c == '\\' && i > start && p.orig[i-1] == ' ' && lostBreak(p.orig[i+1:end]) {
			if !lost {
				lost = true
				p.note(i, `\ before a space where a line break was meant: read as a continuation; as printed, bash would pass the space and the option as one word`)
			}
			p.emit("\\\n", i)
			i++
			continue
		}
		if c < utf8.RuneSelf {
			p.copyOrig(i, i+1)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(p.orig[i:end])
		prev := byte(' ')
		if i > start {
			prev = p.orig[i-1]
		}
		next, _ := utf8.DecodeRuneInString(p.orig[i+size : end])
		switch {
		case (r == '\u2013' || r == '\u2014') && (prev == ' ' || prev == '\t') && (next == '-' || letter(next)):
			word := p.orig[i:end]
			if k := strings.IndexAny(word, " \t"); k >= 0 {
				word = word[:k]
			}
			meant := "--" + strings.TrimPrefix(word[size:], "-")
			dash := "an en dash (U+2013)"
			if r == '\u2014' {
				dash = "an em dash (U+2014)"
			}
			p.note(i, word+" is printed with "+dash+" where -- was meant: read as "+meant+"; the CLI would reject the text as printed")
			if next == '-' {
				p.emit("-", i)
			} else {
				p.emit("--", i)
			}
		case r == '\u201c' || r == '\u201d' || r == '\u201e':
			p.note(i, string(r)+" is a typographic quote where \" was meant: read as \"; as printed, the shell would pass it on as part of the value")
			p.emit(`"`, i)
		case (r == '\u2018' || r == '\u2019') && !(letter(rune(prev)) && letter(next)):
			p.note(i, string(r)+" is a typographic quote where ' was meant: read as '; as printed, the shell would pass it on as part of the value")
			p.emit("'", i)
		default:
			p.copyOrig(i, i+size)
		}
		i += size
	}
}
