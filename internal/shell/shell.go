package shell

import "strings"

// A Shell spells an invocation as text its users paste: one option per line,
// joined by the shell's line continuation, every word quoted so that the
// program receives it exactly. A shell that cannot carry a word exactly
// refuses the whole command with an error saying why, rather than print
// something else. Bash, Cmd and PowerShell are the shells.
type Shell interface {
	// ShorthandQuote is the quote character shorthand values should use so
	// the word stays cheap to quote in this shell.
	ShorthandQuote() byte
	// Word spells one argv word, or says why it cannot.
	Word(w string) (string, error)
	// Continuation ends every line but the last.
	Continuation() string
}

// refusal is the error a shell gives when it cannot carry a word or a
// command: its text says why and what to use instead, and reaches the user
// as it is.
type refusal string

func (r refusal) Error() string { return string(r) }

// Option is one command-line option with its value words, printed on a line
// of its own.
type Option struct {
	Flag   string
	Values []string
}

// Invocation is the AWS CLI called with some words on the first line (such
// as ec2 and an operation), then options, one per line.
type Invocation struct {
	// Words follow "aws" on the first line, written as they are: each must
	// read the same bare in every shell.
	Words   []string
	Options []Option
	// Args, when not nil, is Argv() worked out once: an invocation rendered
	// for several shells need not build it for each.
	Args []string
}

// Argv is the complete word list the AWS CLI receives, without "aws".
func (v Invocation) Argv() []string {
	if v.Args != nil {
		return v.Args
	}
	n := len(v.Words)
	for _, o := range v.Options {
		n += 1 + len(o.Values)
	}
	words := make([]string, 0, n)
	words = append(words, v.Words...)
	for _, o := range v.Options {
		words = append(words, o.Flag)
		words = append(words, o.Values...)
	}
	return words
}

// spelledWord is a shell's answer for one word: its spelling, or why not.
type spelledWord struct {
	text string
	err  error
}

// Memo remembers one shell's answers for words, so that a word met again, in
// the same or another command, is spelled and checked once. Its zero value
// is not ready: use NewMemo.
type Memo struct {
	checked map[string]spelledWord
	quick   map[string]quickWord
}

// quickWord is a quickSpeller's answer for one word.
type quickWord struct {
	text string
	ok   bool
}

// NewMemo returns an empty Memo.
func NewMemo() *Memo {
	return &Memo{checked: map[string]spelledWord{}, quick: map[string]quickWord{}}
}

// Render lays out inv in sh: "aws" and its words, then one option and its
// values per line, indented by four spaces. memo, when not nil, remembers
// sh's answer for each word (it must serve sh alone). The error is a refusal
// whose text says why the command cannot be printed.
func Render(sh Shell, inv Invocation, memo *Memo) (string, error) {
	if q, ok := sh.(quickSpeller); ok {
		if text, ok := renderQuick(q, inv, memo); ok {
			return text, nil
		}
	}
	var checked map[string]spelledWord
	if memo != nil {
		checked = memo.checked
	}
	text, err := spellAll(inv, sh.Continuation(), func(w string) (string, error) {
		sw, ok := checked[w]
		if !ok {
			sw.text, sw.err = sh.Word(w)
			if checked != nil {
				checked[w] = sw
			}
		}
		return sw.text, sw.err
	})
	if err != nil {
		return "", err
	}
	if c, ok := sh.(commandChecker); ok {
		if err := c.checkCommand(text, inv.Argv()); err != nil {
			return "", err
		}
	}
	return text, nil
}

// commandChecker is a shell that vets each whole command it rendered
// against the argv it must deliver (length limits, a model of the shell),
// and refuses the command when it must not be printed.
type commandChecker interface {
	checkCommand(text string, argv []string) error
}

// spellAll spells every word of inv (flag, then its values, option by
// option) and lays them out as the command text, one option per line ending
// in cont; it stops at the first word spell refuses, with its error.
func spellAll(inv Invocation, cont string, spell func(w string) (string, error)) (string, error) {
	nWords := 0
	for _, o := range inv.Options {
		nWords += 1 + len(o.Values)
	}
	spelled := make([]string, 0, nWords)
	size := len("aws")
	for _, w := range inv.Words {
		size += 1 + len(w)
	}
	for _, o := range inv.Options {
		size += len(cont) + len("\n   ")
		for i := -1; i < len(o.Values); i++ {
			w := o.Flag
			if i >= 0 {
				w = o.Values[i]
			}
			text, err := spell(w)
			if err != nil {
				return "", err
			}
			spelled = append(spelled, text)
			size += 1 + len(text)
		}
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString("aws")
	for _, w := range inv.Words {
		b.WriteByte(' ')
		b.WriteString(w)
	}
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
	return b.String(), nil
}

// A quickSpeller is a shell whose word check is dear (its model runs once per
// word and position): it offers each word's first spelling unchecked, and the
// whole command made of them is then checked alone — the check every command
// gets anyway. Only when that fails, or a word has no first spelling, are the
// words spelled and checked one by one (Render), to find another spelling
// or the reason to give.
type quickSpeller interface {
	commandChecker
	Shell
	// quickWord is w's first spelling, or false when w needs the careful
	// path.
	quickWord(w string) (string, bool)
}

// errNoQuickSpelling stops renderQuick at a word without a first spelling.
var errNoQuickSpelling = refusal("no quick spelling")

// renderQuick renders inv from quick spellings; it reports false unless the
// whole command passes the shell's check.
func renderQuick(q quickSpeller, inv Invocation, memo *Memo) (string, bool) {
	text, err := spellAll(inv, q.Continuation(), func(w string) (string, error) {
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
			return "", errNoQuickSpelling
		}
		return qw.text, nil
	})
	return text, err == nil && q.checkCommand(text, inv.Argv()) == nil
}
