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
	lines := []string{"aws ec2 " + inv.Command}
	for _, o := range inv.Options {
		words := append([]string{o.Flag}, o.Values...)
		spelled := make([]string, len(words))
		for i, w := range words {
			s, reason := sh.word(w)
			if reason != "" {
				return "", reason
			}
			spelled[i] = s
		}
		lines = append(lines, "    "+strings.Join(spelled, " "))
	}
	text := strings.Join(lines, sh.continuation()+"\n")
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
