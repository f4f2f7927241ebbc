package bashword_test

import (
	"strings"
	"testing"

	"sgrules/internal/bashword"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// This file holds the reader to mvdan.cc/sh/v3/syntax, a well-kept bash
// parser: for every text the reader reads, mvdan's parser (bash dialect)
// reads the same commands, the same words at the same places, with the same
// values where the reader knows them and an expansion exactly where the
// reader reports an Unknown; for every text the reader refuses, mvdan's parser
// refuses it too or sees there something the reader does not follow.

// mvCommand is one simple command as mvdan reads it.
type mvCommand struct {
	assigns []*syntax.Assign
	args    []*syntax.Word
	redirs  []*syntax.Redirect
}

// mvCommands lists the simple commands of f in order, or says what other
// construct it holds.
func mvCommands(f *syntax.File) ([]mvCommand, string) {
	var out []mvCommand
	var walk func(s *syntax.Stmt) string
	walk = func(s *syntax.Stmt) string {
		if s.Negated || s.Coprocess {
			return "negated or coprocess"
		}
		for _, r := range s.Redirs {
			if r.Hdoc != nil || r.Op == syntax.Hdoc || r.Op == syntax.DashHdoc {
				return "here-document"
			}
		}
		switch c := s.Cmd.(type) {
		case *syntax.CallExpr:
			out = append(out, mvCommand{c.Assigns, c.Args, s.Redirs})
		case *syntax.BinaryCmd:
			if w := walk(c.X); w != "" {
				return w
			}
			return walk(c.Y)
		case nil:
			if len(s.Redirs) == 0 {
				return "empty statement"
			}
			out = append(out, mvCommand{nil, nil, s.Redirs})
		default:
			return "compound command"
		}
		return ""
	}
	for _, s := range f.Stmts {
		if w := walk(s); w != "" {
			return nil, w
		}
	}
	return out, ""
}

// mvComplex reports what in w the reader does not evaluate: "" for a word of
// plain literals, quotes and the expansions the reader lists as Unknown.
func mvComplex(w *syntax.Word) string {
	what := ""
	syntax.Walk(w, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.ProcSubst:
			what = "process substitution"
		case *syntax.ExtGlob:
			what = "extended glob"
		case *syntax.ParamExp, *syntax.ArithmExp:
			what = "expansion"
		case *syntax.CmdSubst:
			what = "command substitution"
			_ = n
			return false
		case *syntax.SglQuoted:
			if n.Dollar && strings.ContainsAny(n.Value, `\`) {
				what = "$'…' escapes"
			}
		}
		return what == ""
	})
	if c := (&syntax.Word{Parts: append([]syntax.WordPart(nil), w.Parts...)}); what == "" && syntax.SplitBraces(c) {
		// SplitBraces also marks {x}, which expands to itself; {1..1}
		// makes one word, but not the one written.
		//lint:ignore SA1019 the differential wants all of a small sequence at once
		if bs := expand.Braces(c); len(bs) > 1 {
			what = "brace expansion"
		} else if a, b := literal(w), literal(bs[0]); a != b {
			what = "brace expansion"
		}
	}
	return what
}

// octalAbove255 reports whether s holds a backslash, a digit 4–7 and two
// more octal digits.
func octalAbove255(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if s[i] == '\\' && s[i+1] >= '4' && s[i+1] <= '7' && s[i+2] >= '0' && s[i+2] <= '7' && s[i+3] >= '0' && s[i+3] <= '7' {
			return true
		}
	}
	return false
}

// literal is w's text with its quotes, as expand.Literal leaves it.
func literal(w *syntax.Word) string {
	s, _ := expand.Literal(nil, w)
	return s
}

// mvExpansions counts the parameter, command and arithmetic expansions of w,
// not looking inside a command substitution.
func mvExpansions(w *syntax.Word) int {
	n := 0
	syntax.Walk(w, func(node syntax.Node) bool {
		switch node.(type) {
		case *syntax.ParamExp, *syntax.ArithmExp:
			n++
			return false
		case *syntax.CmdSubst:
			n++
			return false
		}
		return true
	})
	return n
}

// mvLiteral is w's value with every expansion taken as empty, as the reader's
// Text holds it.
func mvLiteral(t *testing.T, w *syntax.Word) string {
	var parts func(ps []syntax.WordPart) []syntax.WordPart
	parts = func(ps []syntax.WordPart) []syntax.WordPart {
		out := make([]syntax.WordPart, 0, len(ps))
		for _, p := range ps {
			switch p := p.(type) {
			case *syntax.ParamExp, *syntax.CmdSubst, *syntax.ArithmExp:
				out = append(out, &syntax.Lit{})
			case *syntax.DblQuoted:
				q := *p
				q.Parts = parts(p.Parts)
				out = append(out, &q)
			default:
				out = append(out, p)
			}
		}
		return out
	}
	// Fields removes quotes and escapes as bash does; without a ReadDir
	// it globs nothing, and without expansions it splits nothing.
	fs, err := expand.Fields(nil, &syntax.Word{Parts: parts(w.Parts)})
	if err != nil {
		t.Fatalf("expand.Fields: %v", err)
	}
	if len(fs) > 1 {
		t.Fatalf("expand.Fields: %q", fs)
	}
	return strings.Join(fs, "")
}

func countKinds(u []bashword.Unknown) (exp, tilde int) {
	for _, p := range u {
		if p.Kind == "tilde" {
			tilde++
		} else {
			exp++
		}
	}
	return
}

// compareWord checks one of the reader's words against mvdan's.
func compareWord(t *testing.T, src string, mine bashword.Word, mv *syntax.Word, at syntax.Pos, prefix string) {
	t.Helper()
	if got := int(at.Offset()); got != mine.Offset {
		t.Fatalf("%q: word %q at offset %d, mvdan %d", src, mine.Source, mine.Offset, got)
	}
	if int(at.Line()) != mine.Line {
		t.Fatalf("%q: word %q on line %d, mvdan %d", src, mine.Source, mine.Line, at.Line())
	}
	// A line continuation right after a word belongs to no word; mvdan's
	// span takes it in after a plain character and leaves it out after a
	// quote, so a trailing one is not compared.
	if got := src[mv.Pos().Offset():mv.End().Offset()]; strings.TrimSuffix(got, "\\\n") != mine.Source && prefix == "" {
		t.Fatalf("%q: word %q, mvdan %q", src, mine.Source, got)
	}
	if c := mvComplex(mv); c != "" && c != "expansion" && c != "command substitution" && c != "$'…' escapes" {
		t.Fatalf("%q: the reader reads %q, where mvdan sees %s", src, mine.Source, c)
	}
	exp, tilde := countKinds(mine.Unknown)
	if n := mvExpansions(mv); n != exp {
		t.Fatalf("%q: word %q: %d unknown parts, mvdan %d expansions", src, mine.Source, exp, n)
	}
	if tilde > 0 {
		return
	}
	if strings.Contains(mine.Source, "$'") && (strings.Contains(mine.Source, `\c`) || octalAbove255(mine.Source)) {
		// mvdan's expand does not decode $'\cX', and clamps an octal
		// escape above \377 where bash keeps its low byte (bash_test.go
		// holds the reader to real bash there).
		return
	}
	if got := prefix + mvLiteral(t, mv); got != mine.Text {
		t.Fatalf("%q: word %q reads %q, mvdan %q", src, mine.Source, mine.Text, got)
	}
}

// differential is the property FuzzBashWords checks.
func differential(t *testing.T, src string) {
	cmds, err := bashword.Read(src)
	f, mverr := syntax.NewParser(syntax.Variant(syntax.LangBash)).Parse(strings.NewReader(src), "")
	if err != nil {
		if _, ok := err.(*bashword.Error); !ok {
			t.Fatalf("%q: error %T", src, err)
		}
		if mverr != nil {
			return
		}
		mv, what := mvCommands(f)
		if what != "" {
			return
		}
		for _, c := range mv {
			for _, w := range c.args {
				if mvComplex(w) != "" {
					return
				}
			}
			for _, a := range c.assigns {
				if a.Array != nil || a.Index != nil || a.Naked || a.Value != nil && mvComplex(a.Value) != "" {
					return
				}
			}
			for _, r := range c.redirs {
				if r.Word != nil && mvComplex(r.Word) != "" {
					return
				}
			}
		}
		msg := err.Error()
		for _, deliberate := range []string{"outside what the reader follows", "ends with a backslash", "NUL", "carriage return", "UTF-8", "reserved word", "not a Unicode character", "non-ASCII", "an arithmetic expansion", "${…}"} {
			if strings.Contains(msg, deliberate) {
				return
			}
		}
		t.Fatalf("%q: the reader refuses (%v), mvdan reads only simple commands", src, err)
	}
	for _, line := range strings.Split(src, "\n") {
		if strings.Contains(line, "#") && strings.HasSuffix(line, `\`) {
			// mvdan continues a comment over a backslash-newline; bash
			// ends it at the newline (bash_test.go has such a text).
			return
		}
	}
	if mverr != nil && (strings.Contains(src, "$((") || strings.Contains(src, "$[")) {
		// The reader bounds an arithmetic expansion without reading its
		// grammar (it is an Unknown either way); mvdan checks the grammar.
		return
	}
	if mverr != nil && strings.Contains(src, ")#") {
		// mvdan takes a # right after a $(…) as a comment's start;
		// bash 5.2 reads it as the word's next character
		// (echo $(echo $(echo a)#b) prints a#b).
		return
	}
	if mverr != nil {
		t.Fatalf("%q: the reader reads %d commands, mvdan refuses: %v", src, len(cmds), mverr)
	}
	mv, what := mvCommands(f)
	if what != "" {
		t.Fatalf("%q: the reader reads commands, mvdan sees a %s", src, what)
	}
	if len(mv) != len(cmds) {
		t.Fatalf("%q: %d commands, mvdan %d", src, len(cmds), len(mv))
	}
	for i, c := range cmds {
		m := mv[i]
		if len(c.Words) != len(m.args) || len(c.Assigns) != len(m.assigns) || len(c.Redirects) != len(m.redirs) {
			t.Fatalf("%q: command %d has %d words, %d assignments, %d redirections; mvdan %d, %d, %d", src, i, len(c.Words), len(c.Assigns), len(c.Redirects), len(m.args), len(m.assigns), len(m.redirs))
		}
		for j, w := range c.Words {
			compareWord(t, src, w, m.args[j], m.args[j].Pos(), "")
		}
		for j, w := range c.Assigns {
			a := m.assigns[j]
			if a.Array != nil || a.Index != nil || a.Naked {
				t.Fatalf("%q: assignment %q, mvdan reads an array or index", src, w.Source)
			}
			op := "="
			if a.Append {
				op = "+="
			}
			if a.Value == nil {
				if w.Text != a.Name.Value+op {
					t.Fatalf("%q: assignment %q, mvdan %q", src, w.Text, a.Name.Value+op)
				}
				continue
			}
			compareWord(t, src, w, a.Value, a.Pos(), a.Name.Value+op)
		}
		for j, r := range c.Redirects {
			mr := m.redirs[j]
			op := mr.Op.String()
			if mr.N != nil {
				op = mr.N.Value + op
			}
			if op != r.Op {
				t.Fatalf("%q: redirection %q, mvdan %q", src, r.Op, op)
			}
			compareWord(t, src, r.Target, mr.Word, mr.Word.Pos(), "")
		}
	}
}
