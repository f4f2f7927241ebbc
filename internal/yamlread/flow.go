package yamlread

// This file reads flow collections, [ … ] and { … }, which may span lines.

// flowNode reads a flow collection, a quoted scalar or a plain scalar in
// flow context.
func (p *parser) flowNode() (*Node, error) {
	if p.depth++; p.depth > maxDepth {
		return nil, p.fail("the document nests too deeply")
	}
	defer func() { p.depth-- }()
	switch p.peek() {
	case '[':
		return p.flowSeq()
	case '{':
		return p.flowMap()
	case '"', '\'':
		return p.quoted()
	}
	if err := p.indicator(); err != nil {
		return nil, err
	}
	ch := p.peek()
	if ch == ':' || ch == '?' {
		// ruamel reads these as indicators in some places of a flow
		// collection and as text in others.
		return nil, p.unsupported("in a flow collection, quote a text that starts with " + quoteByte(ch))
	}
	if isFlowIndicator(ch) || ch == '#' || ch == '-' && isBlankOrEnd(p.at(1)) {
		return nil, p.fail("expected a value, found " + quoteByte(ch))
	}
	n := p.newNode(String)
	text, _, err := p.plainLine(true)
	if err != nil {
		return nil, err
	}
	if text, err = p.plainMore(text, 0, true); err != nil {
		return nil, err
	}
	return n, resolve(n, text)
}

// flowSpace skips spaces, line breaks and comments inside a flow
// collection. A line that starts a new document ends the collection too
// early.
func (p *parser) flowSpace() error {
	if err := p.skipLines(); err != nil {
		return err
	}
	if p.marker("---") || p.marker("...") {
		return p.fail("the document ends inside a flow collection")
	}
	return nil
}

// flowSeq = "[" [ fentry *( "," fentry ) [ "," ] ] "]"
func (p *parser) flowSeq() (*Node, error) {
	s := p.newNode(Sequence)
	p.pos++ // '['
	for {
		if err := p.flowSpace(); err != nil {
			return nil, err
		}
		if p.peek() == ']' {
			p.pos++
			return s, nil
		}
		if p.eof() {
			return nil, p.fail("the document ends before the ']' of a flow sequence")
		}
		e, err := p.flowEntry(true)
		if err != nil {
			return nil, err
		}
		s.Items = append(s.Items, e)
		if err := p.flowSpace(); err != nil {
			return nil, err
		}
		switch p.peek() {
		case ',':
			p.pos++
		case ']':
			p.pos++
			return s, nil
		default:
			return nil, p.fail("expected ',' or ']' in a flow sequence")
		}
	}
}

// flowMap = "{" [ fpair *( "," fpair ) [ "," ] ] "}"
func (p *parser) flowMap() (*Node, error) {
	m := p.newNode(Mapping)
	p.pos++ // '{'
	for {
		if err := p.flowSpace(); err != nil {
			return nil, err
		}
		if p.peek() == '}' {
			p.pos++
			return m, nil
		}
		if p.eof() {
			return nil, p.fail("the document ends before the '}' of a flow mapping")
		}
		pair, err := p.flowEntry(false)
		if err != nil {
			return nil, err
		}
		k, v := pair.Items[0], pair.Items[1]
		for i := 0; i < len(m.Items); i += 2 {
			if sameKey(m.Items[i], k) {
				return nil, &Error{Line: k.Line, Column: k.Column, Msg: "duplicate key " + quote(k) + " (first at line " + itoa(m.Items[i].Line) + "); the CLI's loader refuses it"}
			}
		}
		m.Items = append(m.Items, k, v)
		if err := p.flowSpace(); err != nil {
			return nil, err
		}
		switch p.peek() {
		case ',':
			p.pos++
		case '}':
			p.pos++
			return m, nil
		default:
			return nil, p.fail("expected ',' or '}' in a flow mapping")
		}
	}
}

// flowEntry reads "node [ ':' [ node ] ]". In a sequence (inSeq) an entry
// without ':' is the node itself and one with ':' a one-pair mapping; in a
// mapping it is always a pair (a missing value is null), returned as a
// mapping of one pair.
func (p *parser) flowEntry(inSeq bool) (*Node, error) {
	start := p.save()
	k, err := p.flowNode()
	if err != nil {
		return nil, err
	}
	// In a flow mapping a quoted key may be followed by ":" without a
	// space ({"a":1}, as JSON writes it); elsewhere the ":" needs the
	// space, as ruamel reads it.
	adjacent := !k.Plain && !inSeq
	st := p.save()
	if err := p.flowSpace(); err != nil {
		return nil, err
	}
	pair := &Node{Kind: Mapping, Line: k.Line, Column: k.Column}
	if k.Kind == Sequence || k.Kind == Mapping {
		if !inSeq || p.peek() == ':' && isBlankOrEnd(p.at(1)) {
			p.restore(start)
			return nil, p.unsupported("a flow collection as a mapping key is not supported")
		}
	}
	if p.peek() != ':' || !(adjacent || isBlankOrEnd(p.at(1))) {
		if inSeq {
			p.restore(st)
			return k, nil
		}
		p.restore(st)
		pair.Items = []*Node{k, p.null()}
		return pair, nil
	}
	if err := p.simpleKey(start.pos); err != nil {
		return nil, err
	}
	p.pos++ // ':'
	if err := p.flowSpace(); err != nil {
		return nil, err
	}
	v := p.null()
	if ch := p.peek(); ch != ',' && ch != ']' && ch != '}' {
		if v, err = p.flowNode(); err != nil {
			return nil, err
		}
	}
	pair.Items = []*Node{k, v}
	return pair, nil
}
