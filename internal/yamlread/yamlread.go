// Package yamlread reads the YAML documents that the AWS CLI takes with
// --cli-input-yaml: one document of block mappings and sequences, flow
// collections and scalars, resolved as the CLI's loader resolves them.
//
// The CLI (Debian's awscli 2.9.19, awscli/customizations/cliinput.py) loads
// the text with ruamel.yaml 0.17 as YAML(typ='safe', pure=True). That loader
// defaults to YAML 1.2, so scalars are resolved with ruamel's YAML 1.2
// implicit resolvers (ruamel/yaml/resolver.py), not PyYAML's 1.1 ones: yes,
// no, on and off are strings, 017 is the integer 17, 1:20 is a string. A
// duplicate key is an error there, and so it is here.
//
// The grammar read here, a subset of YAML 1.2:
//
//	stream     = [ bom ] *blank-line [ "---" ] [ node ] *blank-line [ "..." *blank-line ]
//	node       = block-map | block-seq | flow | quoted | plain
//	block-map  = key ":" value *( key ":" value )  (every key at the map's column)
//	block-seq  = "- " node *( "- " node )          (every "-" at the seq's column)
//	value      = node on the key's line (no block collection) | node indented below the key
//	             | block-seq at the key's column | nothing (null)
//	key        = plain | quoted                    (on one line)
//	flow       = "[" [ fentry *( "," fentry ) [ "," ] ] "]"
//	           | "{" [ fpair *( "," fpair ) [ "," ] ] "}"
//	fentry     = fnode [ ":" [ fnode ] ]           (a single pair is a one-key map)
//	fpair      = fnode [ ":" [ fnode ] ]
//	quoted     = "'" *( char | "''" ) "'" | '"' *( char | escape ) '"'
//	comment    = "#" to the end of the line, after a space or at a line start
//
// Multi-line plain and quoted scalars are folded as YAML folds them. What the
// CLI's documents never need is refused with an Error that says what it is:
// anchors, aliases, tags, directives, block scalars (| and >), complex keys
// (?), merge keys (<<), several documents, and tabs outside quoted scalars
// (which ruamel refuses too).
package yamlread

import (
	"strconv"
	"unicode/utf8"
)

// Kind is what a Node holds.
type Kind uint8

// The kinds of Node.
const (
	Null      Kind = iota // null, ~, Null, NULL or nothing
	Bool                  // true, True, TRUE, false, False, FALSE
	Int                   // an integer: decimal, 0b, 0o or 0x, underscores allowed
	Float                 // a float, .inf, .nan
	String                // any other scalar, and every quoted one
	Timestamp             // 2001-12-14 and the longer timestamp forms
	Sequence
	Mapping
)

// Node is one value of the document.
type Node struct {
	Kind Kind
	// Value is the scalar: for String the text; for Bool "true" or
	// "false"; for Int its decimal digits, with a leading "-" when
	// negative (any size); for Float a text that strconv.ParseFloat reads
	// as the same number ("1.5", "1e5", ".5", "+Inf", "-Inf", "NaN"); for
	// Timestamp the text as written; "" for the others.
	Value string
	// Items are a sequence's elements, or a mapping's keys and values
	// alternating (key, value, key, value …) in document order.
	Items []*Node
	// Plain reports whether a scalar was written unquoted.
	Plain bool
	// Line and Column (1-based, Column in characters) are where the node
	// starts.
	Line, Column int
}

// Error says where and why a text is not a document this package reads.
type Error struct {
	Line, Column int
	Msg          string
	// Unsupported is set when the text is YAML that the CLI's loader
	// reads but this package refuses (an anchor, a tag, a block scalar
	// …); otherwise the CLI's loader refuses the text too.
	Unsupported bool
}

func (e *Error) Error() string {
	return "line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": " + e.Msg
}

// maxDepth bounds nesting, so that a hostile document cannot exhaust the
// stack.
const maxDepth = 1000

// Read reads one YAML document. An empty document (nothing but comments) is
// a Null node, as the CLI's loader reads it.
func Read(text string) (*Node, error) {
	p := &parser{s: text, line: 1}
	if err := p.checkChars(); err != nil {
		return nil, err
	}
	if len(p.s) >= 3 && p.s[:3] == "\uFEFF" {
		p.pos, p.lineStart = 3, 3
	}
	st := p.save()
	if err := p.skipLines(); err != nil {
		return nil, err
	}
	if p.peek() == '%' {
		return nil, p.unsupported("directives (%YAML, %TAG) are not supported")
	}
	var n *Node
	explicit := p.marker("---")
	if explicit {
		p.pos += 3
		st = p.save()
		if err := p.skipSpaces(); err != nil {
			return nil, err
		}
		if c := p.peek(); c != '#' && !isBreakOrEnd(c) {
			// A node on the "---" line may not be a block collection.
			v, err := p.node(-1, true)
			if err != nil {
				return nil, err
			}
			n = v
		}
	} else {
		p.restore(st)
	}
	if n == nil {
		if err := p.skipLines(); err != nil {
			return nil, err
		}
		if !explicit && p.marker("...") {
			return nil, p.fail("a document end (...) without a document")
		}
		if p.eof() || p.marker("---") || p.marker("...") {
			p.restore(st)
			n = p.null()
		} else {
			v, err := p.node(-1, false)
			if err != nil {
				return nil, err
			}
			n = v
		}
	}
	return n, p.end()
}

// end checks that only comments, blank lines and a "..." follow the
// document.
func (p *parser) end() error {
	if err := p.skipLines(); err != nil {
		return err
	}
	if p.marker("...") {
		p.pos += 3
		if err := p.skipLines(); err != nil {
			return err
		}
	}
	switch {
	case p.eof():
		return nil
	case p.marker("---") || p.marker("..."):
		return p.fail("a second document: the CLI reads exactly one")
	case p.col() > 0:
		return p.fail("bad indentation: this line is indented more than the one it continues")
	}
	return p.fail("unexpected content after the document")
}

// checkChars refuses what ruamel's reader refuses (characters YAML does not
// allow in a stream) and the line breaks only YAML 1.1 knows, which this
// package does not fold.
func (p *parser) checkChars() error {
	for i, r := range p.s {
		bad, unsupported := "", false
		switch {
		case r == utf8.RuneError && !validAt(p.s, i):
			bad = "invalid UTF-8"
		case r == '\t' || r == '\n' || r == '\r':
		case r < 0x20 || r >= 0x7f && r <= 0x9f && r != 0x85:
			bad = "the control character " + strconv.QuoteRune(r) + " is not allowed in YAML"
		case r == 0x85 || r == 0x2028 || r == 0x2029:
			bad = "the line break " + strconv.QuoteRune(r) + " is not supported"
			unsupported = true
		case r == 0xfffe || r == 0xffff:
			bad = "the character " + strconv.QuoteRune(r) + " is not allowed in YAML"
		}
		if bad != "" {
			p.pos = i
			p.line, p.lineStart = 1, 0
			for j := 0; j < i; j++ {
				if p.s[j] == '\n' || p.s[j] == '\r' && (j+1 >= len(p.s) || p.s[j+1] != '\n') {
					p.line, p.lineStart = p.line+1, j+1
				}
			}
			if unsupported {
				return p.unsupported(bad)
			}
			return p.fail(bad)
		}
	}
	return nil
}

func validAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 3 // the text holds U+FFFD itself
}

// parser reads the text byte by byte; line and lineStart follow pos, so
// that every node knows its line and column.
type parser struct {
	s         string
	pos       int
	line      int
	lineStart int
	depth     int
}

type state struct{ pos, line, lineStart int }

func (p *parser) save() state     { return state{p.pos, p.line, p.lineStart} }
func (p *parser) restore(s state) { p.pos, p.line, p.lineStart = s.pos, s.line, s.lineStart }

func (p *parser) eof() bool { return p.pos >= len(p.s) }

func (p *parser) peek() byte { return p.at(0) }

func (p *parser) at(i int) byte {
	if p.pos+i < len(p.s) {
		return p.s[p.pos+i]
	}
	return 0
}

// col is the column of pos in bytes, 0-based; indentation is spaces only,
// so bytes and characters agree where it matters.
func (p *parser) col() int { return p.pos - p.lineStart }

func (p *parser) fail(msg string) error {
	return &Error{Line: p.line, Column: utf8.RuneCountInString(p.s[p.lineStart:p.pos]) + 1, Msg: msg}
}

// unsupported is fail for YAML the CLI's loader reads and this package
// does not.
func (p *parser) unsupported(msg string) error {
	return &Error{Line: p.line, Column: utf8.RuneCountInString(p.s[p.lineStart:p.pos]) + 1, Msg: msg, Unsupported: true}
}

func (p *parser) newNode(k Kind) *Node {
	return &Node{Kind: k, Line: p.line, Column: utf8.RuneCountInString(p.s[p.lineStart:p.pos]) + 1}
}

func (p *parser) null() *Node { n := p.newNode(Null); n.Plain = true; return n }

func isBreakOrEnd(c byte) bool { return c == '\n' || c == '\r' || c == 0 }

func isBlankOrEnd(c byte) bool { return c == ' ' || c == '\t' || isBreakOrEnd(c) }

// marker reports whether a document marker ("---" or "...") starts the
// current line at pos.
func (p *parser) marker(m string) bool {
	return p.col() == 0 && len(p.s)-p.pos >= 3 && p.s[p.pos:p.pos+3] == m && isBlankOrEnd(p.at(3))
}

// eatBreak consumes one line break (LF, CRLF or CR) at pos.
func (p *parser) eatBreak() {
	if p.peek() == '\r' && p.at(1) == '\n' {
		p.pos++
	}
	p.pos++
	p.line++
	p.lineStart = p.pos
}

// skipSpaces skips spaces on the current line; a tab there is an error, as
// in ruamel ("found character '\t' that cannot start any token").
func (p *parser) skipSpaces() error {
	for p.peek() == ' ' {
		p.pos++
	}
	if p.peek() == '\t' {
		return p.fail("a tab character is not allowed here; indent and separate with spaces")
	}
	return nil
}

// skipComment skips a comment up to the line break.
func (p *parser) skipComment() {
	if p.peek() != '#' {
		return
	}
	for !isBreakOrEnd(p.peek()) {
		p.pos++
	}
}

// skipLines skips spaces, comments and line breaks up to the next token.
func (p *parser) skipLines() error {
	for {
		if err := p.skipSpaces(); err != nil {
			return err
		}
		p.skipComment()
		if p.eof() || !isBreakOrEnd(p.peek()) {
			return nil
		}
		p.eatBreak()
	}
}

// indicator refuses the YAML features this package does not read, at the
// start of a node.
func (p *parser) indicator() error {
	switch p.peek() {
	case '&':
		return p.unsupported("anchors (&) are not supported")
	case '*':
		return p.unsupported("aliases (*) are not supported")
	case '!':
		return p.unsupported("tags (!) are not supported")
	case '|', '>':
		return p.unsupported("block scalars (| and >) are not supported; write the text in quotes")
	case '?':
		if isBlankOrEnd(p.at(1)) {
			return p.unsupported("complex mapping keys (?) are not supported")
		}
	case '%', '@', '`', ',', ']', '}':
		return p.fail("a plain scalar cannot start with " + strconv.QuoteRune(rune(p.peek())) + "; quote it")
	}
	return nil
}
