package cliout

// This file prints a response as the CLI prints it with --output table to a
// non-terminal, following awscli/formatter.py's TableFormatter
// (which sections and rows a response makes) and awscli/table.py's
// MultiTable (how they are laid out):
//
//   - the first section is titled with the operation name
//     (AuthorizeSecurityGroupIngress); a dict with one scalar member is a
//     two-cell row [key, value] without headers; with more, a header row of
//     the sorted scalar keys and one row of values; its non-scalar members
//     follow as sections one level deeper ("|" added on both sides);
//   - a list of dicts is one section with the sorted union of scalar keys as
//     headers ("" where an element lacks one), one row per element; when any
//     element has non-scalar members, every element after the first starts a
//     new section with the same title and headers, each followed by its own
//     nested sections; empty lists and dicts make no section;
//   - widths count East Asian Wide, Fullwidth and Ambiguous characters as two
//     columns; the table is as wide as its widest section (cell widths + 4
//     each, + 2 for the borders, + 2 per level); columns are stretched
//     proportionally (Python round(), half to even) to the section's width;
//   - when stdout is not a terminal, the terminal width is taken as 80; if
//     the table is wider, every section that has headers and exactly one row
//     is turned into key/value rows, and the table is re-measured (it may
//     stay wider than 80; nothing is cut).

import (
	"math"
	"slices"
	"strings"
)

const tableTerminalWidth = 80

// tableSection is table.py's Section.
type tableSection struct {
	title     string
	headers   []string
	hasHeader bool
	rows      [][]string
	indent    int
	maxWidths []int
}

func newTableSection(title string, indent int) *tableSection {
	return &tableSection{title: title, indent: indent}
}

func (s *tableSection) updateMaxWidths(row []string) {
	if len(s.maxWidths) == 0 {
		s.maxWidths = s.maxWidths[:0]
		for _, el := range row {
			s.maxWidths = append(s.maxWidths, Width(el))
		}
		return
	}
	for i, el := range row {
		if i < len(s.maxWidths) {
			s.maxWidths[i] = max(s.maxWidths[i], Width(el))
		}
	}
}

func (s *tableSection) addHeader(headers []string) {
	s.updateMaxWidths(headers)
	s.headers = headers
	s.hasHeader = len(headers) > 0
}

func (s *tableSection) addRow(row []string) {
	s.rows = append(s.rows, row)
	s.updateMaxWidths(row)
}

// columnWidths is Section.calculate_column_widths(padding=4, max_width).
func (s *tableSection) columnWidths(maxWidth int) []int {
	n := len(s.maxWidths)
	if n == 0 {
		return nil
	}
	sum := 0
	for _, w := range s.maxWidths {
		sum += w + 4
	}
	scale := float64(maxWidth) / float64(sum)
	scaled := make([]int, n)
	total := 0
	for i, w := range s.maxWidths {
		scaled[i] = int(math.RoundToEven(scale * float64(w+4)))
		total += scaled[i]
	}
	off := total - maxWidth
	for off != 0 {
		if off > 0 {
			for i := 0; i < n && off != 0; i++ {
				scaled[i]--
				off--
			}
		} else {
			for i := n - 1; i >= 0 && off != 0; i-- {
				scaled[i]++
				off++
			}
		}
	}
	return scaled
}

// totalWidth is Section.total_width(padding=4, with_border=True,
// outer_padding=indent).
func (s *tableSection) totalWidth() int {
	total := 2 + 2*s.indent
	for _, w := range s.maxWidths {
		total += w + 4
	}
	return max(Width(s.title)+2+2*s.indent, total)
}

// tableBuilder is formatter.py's TableFormatter building a MultiTable.
type tableBuilder struct {
	sections []*tableSection
	cur      *tableSection
}

func (t *tableBuilder) newSection(title string, indent int) {
	t.cur = newTableSection(title, indent)
	t.sections = append(t.sections, t.cur)
}

func (t *tableBuilder) build(title string, n *Value, indent int) {
	if (n.kind == kindDict && len(n.dict) == 0) || (n.kind == kindList && len(n.items) == 0) {
		return
	}
	t.newSection(title, indent)
	switch n.kind {
	case kindList:
		if n.items[0].kind == kindDict {
			t.fromList(n, indent, title)
			return
		}
		for _, it := range n.items { // lists of scalars: not in a Response
			if it.scalar() {
				t.cur.addRow([]string{it.pyStr()})
			}
		}
	case kindDict:
		t.fromDict(n, indent)
	}
}

func (t *tableBuilder) fromDict(n *Value, indent int) {
	var headers []string
	var more []Field
	for _, f := range n.dict {
		if f.Value.scalar() {
			headers = append(headers, f.Key)
		} else {
			more = append(more, f)
		}
	}
	switch {
	case len(headers) == 1:
		t.cur.addRow([]string{headers[0], n.get(headers[0]).pyStr()})
	case len(headers) > 1:
		t.cur.addHeader(headers)
		row := make([]string, len(headers))
		for i, h := range headers {
			row[i] = n.get(h).pyStr()
		}
		t.cur.addRow(row)
	}
	for _, f := range more {
		t.build(f.Key, f.Value, indent+1)
	}
}

func (t *tableBuilder) fromList(n *Value, indent int, title string) {
	var headers, more []string
	for _, it := range n.items {
		for _, f := range it.dict {
			if f.Value.scalar() {
				if !slices.Contains(headers, f.Key) {
					headers = append(headers, f.Key)
				}
			} else if !slices.Contains(more, f.Key) {
				more = append(more, f.Key)
			}
		}
	}
	sortStrings(headers)
	sortStrings(more)
	t.cur.addHeader(headers)
	for i, el := range n.items {
		if i > 0 && len(more) > 0 {
			t.newSection(title, indent)
			t.cur.addHeader(headers)
		}
		row := make([]string, len(headers))
		for j, h := range headers {
			if v := el.get(h); v != nil {
				row[j] = v.pyStr()
			}
		}
		t.cur.addRow(row)
		for _, k := range more {
			if v := el.get(k); v != nil {
				t.build(k, v, indent+1)
			}
		}
	}
}

// printTable is the table formatter: v as a table titled operation, the API
// operation's name (AuthorizeSecurityGroupIngress).
func printTable(operation string, v *Value) string {
	t := &tableBuilder{}
	t.build(operation, v, 0)
	return renderTable(t.sections)
}

// renderTable is MultiTable.render.
func renderTable(sections []*tableSection) string {
	maxWidth := tableMaxWidth(sections)
	if maxWidth > tableTerminalWidth {
		for i, s := range sections {
			if len(s.rows) == 1 && s.hasHeader {
				v := newTableSection(s.title, s.indent)
				for j, h := range s.headers {
					if j < len(s.rows[0]) {
						v.addRow([]string{h, s.rows[0][j]})
					}
				}
				sections[i] = v
			}
		}
		maxWidth = tableMaxWidth(sections)
	}
	// Every line is maxWidth columns and a newline: the top line, then per
	// section a title, two lines for headers and one per row, plus two
	// rules around the rows (room for more is no harm).
	lines := 1
	for _, s := range sections {
		lines += 4 + len(s.rows)
		if s.hasHeader {
			lines += 2
		}
	}
	var b strings.Builder
	b.Grow(lines * (maxWidth + 1))
	tableRepeat(&b, '-', maxWidth)
	b.WriteByte('\n')
	for _, s := range sections {
		renderTableSection(&b, s, maxWidth)
	}
	return b.String()
}

func tableMaxWidth(sections []*tableSection) int {
	m := 0
	for _, s := range sections {
		m = max(m, s.totalWidth())
	}
	return m
}

func renderTableSection(b *strings.Builder, s *tableSection, maxWidth int) {
	// Each line is s.indent bars, the text, s.indent bars and a newline.
	begin := func() { tableRepeat(b, '|', s.indent) }
	end := func() {
		tableRepeat(b, '|', s.indent)
		b.WriteByte('\n')
	}
	width := maxWidth - 2*s.indent
	if s.title != "" {
		begin()
		tableCenter(b, s.title, width, "|", "|")
		end()
		if !s.hasHeader && len(s.rows) == 0 {
			begin()
			b.WriteByte('+')
			tableRepeat(b, '-', width-2)
			b.WriteByte('+')
			end()
		}
	}
	if s.hasHeader {
		widths := s.columnWidths(width)
		begin()
		tableLineBreak(b, widths)
		end()
		begin()
		for i := 0; i < len(widths) && i < len(s.headers); i++ {
			left := ""
			if i == 0 {
				left = "|"
			}
			tableCenter(b, s.headers[i], widths[i], left, "|")
		}
		end()
	}
	if len(s.rows) == 0 {
		return
	}
	widths := s.columnWidths(width)
	if len(widths) == 0 {
		return
	}
	begin()
	tableLineBreak(b, widths)
	end()
	for _, row := range s.rows {
		begin()
		for i := 0; i < len(widths) && i < len(row); i++ {
			left := ""
			if i == 0 {
				left = "|"
			}
			tableAlignLeft(b, row[i], widths[i], left, "|")
		}
		end()
	}
	begin()
	tableLineBreak(b, widths)
	end()
}

// tableLineBreak writes "+-----+------+" for the given column widths.
func tableLineBreak(b *strings.Builder, widths []int) {
	for i, w := range widths {
		if i == 0 {
			b.WriteByte('+')
			tableRepeat(b, '-', w-2)
		} else {
			tableRepeat(b, '-', w-1)
		}
		b.WriteByte('+')
	}
}

// tableCenter writes table.py's center_text (edges are ASCII).
func tableCenter(b *strings.Builder, text string, length int, left, right string) {
	tl := Width(text)
	start := length/2 - tl/2 - 1
	b.WriteString(left)
	tableRepeat(b, ' ', start)
	b.WriteString(text)
	tableRepeat(b, ' ', length-len(right)-(len(left)+start+tl))
	b.WriteString(right)
}

// tableAlignLeft writes table.py's align_left with a left padding of 2.
func tableAlignLeft(b *strings.Builder, text string, length int, left, right string) {
	tl := Width(text)
	padding := 0
	if length-(tl+2+len(left)+len(right)) >= 0 {
		padding = 2
	}
	b.WriteString(left)
	tableRepeat(b, ' ', padding)
	b.WriteString(text)
	tableRepeat(b, ' ', length-(len(left)+padding+tl)-len(right))
	b.WriteString(right)
}

// tableRepeat writes Python's c * n: nothing for n <= 0.
func tableRepeat(b *strings.Builder, c byte, n int) {
	// The table's padding and rules are runs of these, written a chunk at
	// a time.
	const spaces, dashes, bars = "                                ", "--------------------------------", "||||||||||||||||||||||||||||||||"
	run := ""
	switch c {
	case ' ':
		run = spaces
	case '-':
		run = dashes
	case '|':
		run = bars
	}
	if run == "" {
		for ; n > 0; n-- {
			b.WriteByte(c)
		}
		return
	}
	for n > 0 {
		k := min(n, len(run))
		b.WriteString(run[:k])
		n -= k
	}
}
