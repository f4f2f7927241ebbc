package core

import (
	"strings"
)

// This file writes IpPermissions and TagSpecifications in the AWS CLI's
// shorthand syntax (awscli/shorthand.py), in the spelling AWS's docs use:
//
//	IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description="SSH from office"}]
//
// The parser's rules that matter here (docs/awscli-parsing.md §2):
//
//	value      = unquoted / "'" … "'" / '"' … '"'
//	unquoted   — surrounding whitespace is dropped, "," "]" "}" end it, only
//	             "\," is an escape, characters outside the BMP are refused;
//	quoted     — the only escapes are \q (q the quote) and \\ ;
//	empty      — must be written "" (an empty unquoted value before "}"
//	             swallows the "}").
//
// So a value is written unquoted only when it is non-empty and made of a
// conservative safe set; otherwise it is quoted with the quote character the
// target shell finds cheapest (a single-quoted bash word holds " for free;
// cmd and PowerShell words hold ' more easily).

// shorthandWriter builds one shorthand word.
type shorthandWriter struct {
	b     strings.Builder
	quote byte // preferred quote character: '"' or '\''
	// trailingBackslash holds, for every quoted value that ends in a
	// backslash, the quote used and the offset just after it. Since AWS CLI
	// 2.18.14 such a value swallows the rest of the word up to the next quote
	// of the same kind, so it is only safe when none follows.
	trailingBackslash []struct {
		quote byte
		end   int
	}
	// quoted says some value was quoted: only then does the word depend on
	// quote.
	quoted bool
}

// isShorthandSafe reports whether s can be written unquoted.
func isShorthandSafe(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == '.', c == '_', c == ':', c == '/', c == '@', c == '+', c == '-', c == ' ':
		default:
			return false
		}
	}
	return true
}

func (w *shorthandWriter) value(s string) {
	if isShorthandSafe(s) {
		w.b.WriteString(s)
		return
	}
	q := w.quote
	w.quoted = true
	w.b.WriteByte(q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' || c == q {
			w.b.WriteByte('\\')
		}
		w.b.WriteByte(c)
	}
	w.b.WriteByte(q)
	if strings.HasSuffix(s, `\`) {
		w.trailingBackslash = append(w.trailingBackslash, struct {
			quote byte
			end   int
		}{q, w.b.Len()})
	}
}

// ambiguous reports whether the word parses differently before and after AWS
// CLI 2.18.14 (see trailingBackslash).
func (w *shorthandWriter) ambiguous() bool {
	s := w.b.String()
	for _, t := range w.trailingBackslash {
		if strings.IndexByte(s[t.end:], t.quote) >= 0 {
			return true
		}
	}
	return false
}

// sep writes the comma between two members unless the container is new.
type shorthandFields struct {
	w     *shorthandWriter
	count int
}

func (f *shorthandFields) key(k string) {
	if f.count > 0 {
		f.w.b.WriteByte(',')
	}
	f.count++
	f.w.b.WriteString(k)
	f.w.b.WriteByte('=')
}

func (f *shorthandFields) str(k string, v *string) {
	if v != nil {
		f.key(k)
		f.w.value(*v)
	}
}

func (f *shorthandFields) int(k string, v *int64) {
	if v != nil {
		f.key(k)
		writeInt(&f.w.b, *v)
	}
}

// list writes k=[{…},{…}] with one hash literal per element.
func (f *shorthandFields) list(k string, n int, elem func(i int, g *shorthandFields)) {
	f.key(k)
	f.w.b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			f.w.b.WriteByte(',')
		}
		f.w.b.WriteByte('{')
		elem(i, &shorthandFields{w: f.w})
		f.w.b.WriteByte('}')
	}
	f.w.b.WriteByte(']')
}

// shorthandPermission writes one --ip-permissions word, or says why the
// permission cannot be written as shorthand. quoted says some value was
// quoted; when none was, the answer is the same for every quote.
func shorthandPermission(p IpPermission, quote byte) (word string, quoted bool, err error) {
	w := &shorthandWriter{quote: quote}
	w.b.Grow(shorthandSizeHint(p))
	f := &shorthandFields{w: w}
	f.str("IpProtocol", p.IpProtocol)
	f.int("FromPort", p.FromPort)
	f.int("ToPort", p.ToPort)
	for _, kind := range SourceKinds {
		t := &sourceKinds[kind]
		if kind.present(&p) {
			f.list(t.key, kind.len(&p), func(i int, g *shorthandFields) {
				for _, m := range t.shorthand {
					g.str(t.members[m], *kind.field(&p, i, m))
				}
			})
		}
	}
	word, err = w.check(f)
	return word, w.quoted, err
}

// shorthandSizeHint is about how long p's shorthand word is, to size its
// builder once.
func shorthandSizeHint(p IpPermission) int {
	return 64 + 56*(len(p.IpRanges)+len(p.Ipv6Ranges)+len(p.PrefixListIds)) + 160*len(p.UserIdGroupPairs)
}

// shorthandTagSpec writes one --tag-specifications word, or says why it
// cannot.
func shorthandTagSpec(t TagSpecification, quote byte) (string, error) {
	w := &shorthandWriter{quote: quote}
	f := &shorthandFields{w: w}
	f.str("ResourceType", t.ResourceType)
	if t.Tags != nil {
		f.list("Tags", len(t.Tags), func(i int, g *shorthandFields) {
			g.str("Key", t.Tags[i].Key)
			g.str("Value", t.Tags[i].Value)
		})
	}
	return w.check(f)
}

// check is the word written, or why it must not be used.
func (w *shorthandWriter) check(f *shorthandFields) (string, error) {
	if f.count == 0 {
		return "", refusal("an empty {} entry cannot be written in shorthand")
	}
	if w.ambiguous() {
		return "", refusal(`a value ends with a backslash, which AWS CLI 2.18.14 and later read differently from older versions in shorthand`)
	}
	return w.b.String(), nil
}
