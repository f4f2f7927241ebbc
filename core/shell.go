package core

import "strings"

// A shell spells an invocation as text its users paste: one option per line,
// joined by the shell's line continuation, every word quoted so that the
// program receives it exactly. A shell that cannot carry a word exactly
// refuses the whole command with a reason, rather than print something else.
type shell interface {
	// name is the Shell value of the Commands it renders.
	name() string
	// shorthandQuote is the quote character shorthand values should use so
	// the word stays cheap to quote in this shell.
	shorthandQuote() byte
	// word spells one argv word, or says why it cannot.
	word(w string) (string, string)
	// continuation ends every line but the last.
	continuation() string
}

// shellByName returns the renderer of a Shell value.
func shellByName(name string) shell {
	switch name {
	case ShellBash:
		return bashShell{}
	case ShellCmd:
		return cmdShell{}
	case ShellPowerShell:
		return powerShell{legacy: false}
	case ShellPowerShell5:
		return powerShell{legacy: true}
	}
	return nil
}

// render lays out an invocation: "aws ec2 COMMAND", then one option and its
// values per line, indented by four spaces.
func render(sh shell, inv invocation) (string, string) {
	return renderMemo(sh, inv, nil)
}

// spelledWord is a shell's answer for one word: its spelling, or why not.
type spelledWord struct{ text, reason string }

// renderMemo is render with memo (when not nil) remembering sh's answer for
// each word, so an identical word is spelled and checked once.
func renderMemo(sh shell, inv invocation, memo map[string]spelledWord) (string, string) {
	nWords := 0
	for _, o := range inv.Options {
		nWords += 1 + len(o.Values)
	}
	spelled := make([]string, 0, nWords)
	size := len("aws ec2 ") + len(inv.Command)
	cont := sh.continuation()
	for _, o := range inv.Options {
		size += len(cont) + len("\n   ")
		for i := -1; i < len(o.Values); i++ {
			w := o.Flag
			if i >= 0 {
				w = o.Values[i]
			}
			sw, ok := memo[w]
			if !ok {
				sw.text, sw.reason = sh.word(w)
				if memo != nil {
					memo[w] = sw
				}
			}
			if sw.reason != "" {
				return "", sw.reason
			}
			spelled = append(spelled, sw.text)
			size += 1 + len(sw.text)
		}
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString("aws ec2 ")
	b.WriteString(inv.Command)
	k := 0
	for _, o := range inv.Options {
		b.WriteString(cont)
		b.WriteString("\n    ")
		for i := 0; i <= len(o.Values); i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(spelled[k])
			k++
		}
	}
	text := b.String()
	if c, ok := sh.(commandChecker); ok {
		if reason := c.checkCommand(text, inv.argv()); reason != "" {
			return "", reason
		}
	}
	return text, ""
}

// commandChecker is a shell that vets each whole command it rendered
// against the argv it must deliver (length limits, a model of the shell),
// and returns a reason when the command must not be printed.
type commandChecker interface {
	checkCommand(text string, argv []string) string
}
