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

// wordMemo remembers one shell's answers for words: word's in checked,
// quickWord's in quick.
type wordMemo struct {
	checked map[string]spelledWord
	quick   map[string]quickWord
}

// quickWord is a quickSpeller's answer for one word.
type quickWord struct {
	text string
	ok   bool
}

func newWordMemo() *wordMemo {
	return &wordMemo{checked: map[string]spelledWord{}, quick: map[string]quickWord{}}
}

// renderMemo is render with memo (when not nil) remembering sh's answer for
// each word, so an identical word is spelled and checked once.
func renderMemo(sh shell, inv invocation, memo *wordMemo) (string, string) {
	if q, ok := sh.(quickSpeller); ok {
		if text, ok := renderQuick(q, inv, memo); ok {
			return text, ""
		}
	}
	var checked map[string]spelledWord
	if memo != nil {
		checked = memo.checked
	}
	text, reason := spellAll(inv, sh.continuation(), func(w string) (string, string) {
		sw, ok := checked[w]
		if !ok {
			sw.text, sw.reason = sh.word(w)
			if checked != nil {
				checked[w] = sw
			}
		}
		return sw.text, sw.reason
	})
	if reason != "" {
		return "", reason
	}
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

// spellAll spells every word of inv (flag, then its values, option by
// option) and lays them out as the command text, one option per line ending
// in cont; it stops at the first word spell refuses, with the reason.
func spellAll(inv invocation, cont string, spell func(w string) (string, string)) (string, string) {
	nWords := 0
	for _, o := range inv.Options {
		nWords += 1 + len(o.Values)
	}
	spelled := make([]string, 0, nWords)
	size := len("aws ec2 ") + len(inv.Command)
	for _, o := range inv.Options {
		size += len(cont) + len("\n   ")
		for i := -1; i < len(o.Values); i++ {
			w := o.Flag
			if i >= 0 {
				w = o.Values[i]
			}
			text, reason := spell(w)
			if reason != "" {
				return "", reason
			}
			spelled = append(spelled, text)
			size += 1 + len(text)
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
	return b.String(), ""
}

// A quickSpeller is a shell whose word check is dear (its model runs once per
// word and position): it offers each word's first spelling unchecked, and the
// whole command made of them is then checked alone — the check every command
// gets anyway. Only when that fails, or a word has no first spelling, are the
// words spelled and checked one by one (renderMemo), to find another spelling
// or the reason to give.
type quickSpeller interface {
	commandChecker
	shell
	// quickWord is w's first spelling, or false when w needs the careful
	// path.
	quickWord(w string) (string, bool)
}

// renderQuick renders inv from quick spellings; it reports false unless the
// whole command passes the shell's check.
func renderQuick(q quickSpeller, inv invocation, memo *wordMemo) (string, bool) {
	text, reason := spellAll(inv, q.continuation(), func(w string) (string, string) {
		var qw quickWord
		known := false
		if memo != nil {
			qw, known = memo.quick[w]
		}
		if !known {
			qw.text, qw.ok = q.quickWord(w)
			if memo != nil {
				memo.quick[w] = qw
			}
		}
		if !qw.ok {
			return "", "no quick spelling"
		}
		return qw.text, ""
	})
	return text, reason == "" && q.checkCommand(text, inv.argv()) == ""
}
