package yamlread

import "unicode/utf8"

// This file reads the block structure: mappings and sequences laid out by
// indentation. Each function leaves pos just after the last character of
// what it read, so that its caller decides, by the next token's column,
// whether the collection it is in goes on.

// node reads the node at pos, in a block whose indentation is parent (-1 at
// the top). inline says the node starts on its key's line ("key: node") or
// on the "---" line, where no block collection may start.
func (p *parser) node(parent int, inline bool) (*Node, error) {
	if p.depth++; p.depth > maxDepth {
		return nil, p.fail("the document nests too deeply")
	}
	defer func() { p.depth-- }()
	c, line, start := p.col(), p.line, p.pos
	switch ch := p.peek(); {
	case ch == '-' && isBlankOrEnd(p.at(1)):
		if inline {
			return nil, p.fail("sequence entries are not allowed here")
		}
		return p.blockSeq(c)
	case ch == '[' || ch == '{':
		n, err := p.flowNode()
		if err != nil {
			return nil, err
		}
		st := p.save()
		if err := p.skipSpaces(); err != nil {
			return nil, err
		}
		if p.peek() == ':' && isBlankOrEnd(p.at(1)) {
			return nil, p.unsupported("a flow collection as a mapping key is not supported")
		}
		p.restore(st)
		return n, nil
	case ch == '"' || ch == '\'':
		n, err := p.quoted()
		if err != nil {
			return nil, err
		}
		st := p.save()
		if err := p.skipSpaces(); err != nil {
			return nil, err
		}
		if p.peek() == ':' && isBlankOrEnd(p.at(1)) {
			if inline || p.line != line {
				return nil, p.fail("mapping values are not allowed here")
			}
			if err := p.simpleKey(start); err != nil {
				return nil, err
			}
			return p.blockMap(c, n)
		}
		p.restore(st)
		return n, nil
	}
	if err := p.indicator(); err != nil {
		return nil, err
	}
	n := p.newNode(String)
	text, key, err := p.plainLine(false)
	if err != nil {
		return nil, err
	}
	if key {
		if inline {
			return nil, p.fail("mapping values are not allowed here")
		}
		if err := p.simpleKey(start); err != nil {
			return nil, err
		}
		if err := resolve(n, text); err != nil {
			return nil, err
		}
		return p.blockMap(c, n)
	}
	if text, err = p.plainMore(text, parent+1, false); err != nil {
		return nil, err
	}
	return n, resolve(n, text)
}

// blockMap reads a block mapping at column c whose first key has been
// read; pos is at that key's ":".
func (p *parser) blockMap(c int, key *Node) (*Node, error) {
	m := &Node{Kind: Mapping, Line: key.Line, Column: key.Column}
	for {
		for i := 0; i < len(m.Items); i += 2 {
			if sameKey(m.Items[i], key) {
				return nil, &Error{Line: key.Line, Column: key.Column, Msg: "duplicate key " + quote(key) + " (first at line " + itoa(m.Items[i].Line) + "); the CLI's loader refuses it"}
			}
		}
		p.pos++ // ':'
		v, err := p.mapValue(c)
		if err != nil {
			return nil, err
		}
		m.Items = append(m.Items, key, v)
		more, err := p.next(c)
		if err != nil || !more {
			return m, err
		}
		if p.peek() == '-' && isBlankOrEnd(p.at(1)) {
			return nil, p.fail("expected a mapping key, found a sequence entry")
		}
		if key, err = p.mapKey(); err != nil {
			return nil, err
		}
	}
}

// next finds the next token after an entry of a collection at column c. It
// reports whether that token is at column c (the collection goes on, pos at
// the token); otherwise pos is put back after the entry.
func (p *parser) next(c int) (bool, error) {
	st := p.save()
	if err := p.skipSpaces(); err != nil {
		return false, err
	}
	p.skipComment()
	if !isBreakOrEnd(p.peek()) {
		return false, p.fail("expected the end of the line")
	}
	if err := p.skipLines(); err != nil {
		return false, err
	}
	switch {
	case p.eof() || p.marker("---") || p.marker("..."):
	case p.col() > c:
		return false, p.fail("bad indentation: this line is indented more than the entry above it")
	case p.col() == c:
		return true, nil
	}
	p.restore(st)
	return false, nil
}

// mapKey reads a key at pos and the ":" after it, leaving pos at the ":".
func (p *parser) mapKey() (*Node, error) {
	var n *Node
	line, start := p.line, p.pos
	switch p.peek() {
	case '[', '{':
		return nil, p.unsupported("a flow collection as a mapping key is not supported")
	case '"', '\'':
		var err error
		if n, err = p.quoted(); err != nil {
			return nil, err
		}
		if err := p.skipSpaces(); err != nil {
			return nil, err
		}
		if p.line != line {
			return nil, p.fail("a mapping key must be on one line")
		}
		if p.peek() != ':' || !isBlankOrEnd(p.at(1)) {
			return nil, p.fail("could not find the expected ':' after the key")
		}
		return n, p.simpleKey(start)
	}
	if err := p.indicator(); err != nil {
		return nil, err
	}
	n = p.newNode(String)
	text, key, err := p.plainLine(false)
	if err != nil {
		return nil, err
	}
	if !key {
		return nil, p.fail("could not find the expected ':' after the key")
	}
	if err := p.simpleKey(start); err != nil {
		return nil, err
	}
	return n, resolve(n, text)
}

// mapValue reads the value after a key's ":" in a mapping at column c.
func (p *parser) mapValue(c int) (*Node, error) {
	st := p.save()
	if err := p.skipSpaces(); err != nil {
		return nil, err
	}
	if ch := p.peek(); ch != '#' && !isBreakOrEnd(ch) {
		return p.node(c, true)
	}
	if err := p.skipLines(); err != nil {
		return nil, err
	}
	if !p.eof() && !p.marker("---") && !p.marker("...") {
		switch {
		case p.col() > c:
			return p.node(c, false)
		case p.col() == c && p.peek() == '-' && isBlankOrEnd(p.at(1)):
			// A sequence may stand at its key's column.
			return p.blockSeq(c)
		}
	}
	p.restore(st)
	return p.null(), nil
}

// blockSeq reads a block sequence at column c; pos is at its first "-".
func (p *parser) blockSeq(c int) (*Node, error) {
	s := p.newNode(Sequence)
	for {
		p.pos++ // '-'
		st := p.save()
		if err := p.skipSpaces(); err != nil {
			return nil, err
		}
		var item *Node
		if ch := p.peek(); ch != '#' && !isBreakOrEnd(ch) {
			// "- a: b" and "- - a": a compact collection on the
			// entry's line.
			v, err := p.node(c, false)
			if err != nil {
				return nil, err
			}
			item = v
		} else {
			if err := p.skipLines(); err != nil {
				return nil, err
			}
			if !p.eof() && !p.marker("---") && !p.marker("...") && p.col() > c {
				v, err := p.node(c, false)
				if err != nil {
					return nil, err
				}
				item = v
			} else {
				p.restore(st)
				item = p.null()
			}
		}
		s.Items = append(s.Items, item)
		st = p.save()
		more, err := p.next(c)
		if err != nil || !more {
			return s, err
		}
		if p.peek() != '-' || !isBlankOrEnd(p.at(1)) {
			// A key at the column of a sequence that stands at its
			// own key's column ends the sequence.
			p.restore(st)
			return s, nil
		}
	}
}

// plainLine reads the part of a plain scalar on the current line, in block
// (flow=false) or flow context. key reports that it ended at a ":" followed
// by a space or the line's end (pos is then at the ":"): the scalar was a
// mapping key. In flow context a ":" before a flow indicator is part of the
// scalar, as ruamel reads it ("[a:,b]" is ["a:", "b"]). Trailing spaces are
// not part of the text.
func (p *parser) plainLine(flow bool) (text string, key bool, err error) {
	start, end := p.pos, p.pos
	for {
		ch := p.peek()
		switch {
		case isBreakOrEnd(ch):
			return p.s[start:end], false, nil
		case ch == ':' && isBlankOrEnd(p.at(1)):
			if end == start {
				return "", false, p.fail("a mapping key is missing before ':'")
			}
			p.pos = end
			return p.s[start:end], true, nil
		case flow && isFlowIndicator(ch):
			p.pos = end
			return p.s[start:end], false, nil
		case ch == ' ':
			p.pos++
			if p.peek() == '#' {
				p.pos = end
				return p.s[start:end], false, nil
			}
			continue
		case ch == '\t':
			return "", false, p.fail("a tab character is not allowed in a plain scalar; quote the text")
		}
		p.pos++
		end = p.pos
	}
}

// plainMore folds the continuation lines of a plain scalar (those indented
// at least min, in block context) into text; pos ends after its last
// character.
func (p *parser) plainMore(text string, min int, flow bool) (string, error) {
	for {
		st := p.save()
		for p.peek() == ' ' {
			p.pos++
		}
		if !isBreakOrEnd(p.peek()) || p.eof() {
			// The line ended in a comment or a flow indicator.
			p.restore(st)
			return text, nil
		}
		breaks := 0
		for !p.eof() && isBreakOrEnd(p.peek()) {
			p.eatBreak()
			breaks++
			for p.peek() == ' ' {
				p.pos++
			}
		}
		ch := p.peek()
		if p.eof() || ch == '#' || ch == '\t' || !flow && p.col() < min || p.marker("---") || p.marker("...") ||
			flow && (isFlowIndicator(ch) || ch == ':' && isBlankOrEnd(p.at(1))) {
			p.restore(st)
			return text, nil
		}
		line, key, err := p.plainLine(flow)
		if err != nil {
			return "", err
		}
		if key && !flow {
			return "", p.fail("mapping values are not allowed here")
		}
		text = fold(text, breaks) + line
		if key {
			return text, nil
		}
	}
}

// fold joins lines as YAML folds them: one line break is a space, n breaks
// are n-1 newlines.
func fold(text string, breaks int) string {
	if breaks == 1 {
		return text + " "
	}
	for i := 1; i < breaks; i++ {
		text += "\n"
	}
	return text
}

func isFlowIndicator(c byte) bool {
	return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'
}

// simpleKey refuses a key longer than YAML's limit for keys written
// without "?": from its first character to the ":" at pos, at most 1024
// characters (ruamel and yaml.v3 both keep it).
func (p *parser) simpleKey(start int) error {
	if utf8.RuneCountInString(p.s[start:p.pos]) > 1024 {
		return p.fail("mapping values are not allowed here: a key may be at most 1024 characters long")
	}
	return nil
}
