package core

import (
	"sgrules/internal/pyjson"

	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// plain turns a shorthand or JSON value into what encoding/json decodes the
// same value to, for comparison with the oracle's answers.
func plain(v any) any {
	switch x := v.(type) {
	case *pyjson.Object:
		m := map[string]any{}
		for _, k := range x.Keys {
			m[k] = plain(x.Values[k])
		}
		return m
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = plain(e)
		}
		return l
	}
	return v
}

// readShorthandPlain is readShorthand's answer in the oracle's terms: the
// value, or the message without the exception's class name.
func readShorthandPlain(word string) (any, string) {
	m, err := readShorthand(word)
	if err != nil {
		return nil, err.Error()
	}
	return plain(m), ""
}

// oracleMessage strips the exception class the oracle prefixes.
func oracleMessage(e string) string {
	for _, c := range []string{"ShorthandParseSyntaxError: ", "DuplicateKeyInObjectError: "} {
		if strings.HasPrefix(e, c) {
			return e[len(c):]
		}
	}
	return e
}

// TestShorthandReadVectors: the spec's parser vectors (docs/awscli-parsing.md
// §2.9, upstream's table and the edge cases), as 2.9.19 reads them.
func TestShorthandReadVectors(t *testing.T) {
	f, err := os.Open("testdata/import/shorthand_vectors.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var v struct {
			In          string
			Out         any
			Error       string
			ErrorPrefix string
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v))
		got, msg := readShorthandPlain(v.In)
		switch {
		case v.ErrorPrefix != "":
			assert.True(t, strings.HasPrefix(msg, v.ErrorPrefix), "%q: %q", v.In, msg)
		case v.Error != "":
			assert.Equal(t, v.Error, msg, "%q", v.In)
		default:
			if assert.Empty(t, msg, "%q", v.In) {
				assert.Equal(t, v.Out, got, "%q", v.In)
			}
		}
		n++
	}
	assert.Equal(t, 215, n)
}

// TestShorthandReadAgainstCLIParser holds the reader to the CLI's own parser
// (Debian's awscli.shorthand) over the spec's vectors, the encoder's corpus
// of hostile values and words built from them: the same value, or the same
// message.
func TestShorthandReadAgainstCLIParser(t *testing.T) {
	o := startShorthandOracle(t)
	words := shorthandReadCorpus(t)
	refused := 0
	for _, w := range words {
		want, werr := o.parse(t, w)
		got, gerr := readShorthandPlain(w)
		if werr != "" {
			refused++
			assert.Equal(t, oracleMessage(werr), gerr, "word %q", w)
			continue
		}
		if assert.Empty(t, gerr, "word %q", w) {
			assert.Equal(t, want, got, "word %q", w)
		}
	}
	t.Logf("shorthand reader: %d words read exactly as awscli.shorthand reads them (%d of them refused with its message)", len(words), refused)
	assert.Greater(t, refused, 1000)
}

// shorthandReadCorpus is the differential corpus: the vectors, and for
// every hostile string of the encoder's corpus a few words that hold it in
// each position of the grammar.
func shorthandReadCorpus(t *testing.T) []string {
	var words []string
	f, err := os.Open("testdata/import/shorthand_vectors.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v struct{ In string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v))
		words = append(words, v.In)
	}
	for _, s := range shorthandCorpus(t) {
		if len(s) > 200 {
			continue
		}
		words = append(words, s, "a="+s, "a="+s+",b=c", "a=[{b="+s+"}]", "a={b="+s+",c="+s+"}",
			"a='"+s+"'", `a="`+s+`"`, "a=x,"+s, s+"=b")
	}
	return words
}

// FuzzShorthandRead: the reader never panics, and what it reads it reads
// the same way twice (TestShorthandReadAgainstCLIParser holds it to the
// CLI's parser over the seed corpus).
func FuzzShorthandRead(f *testing.F) {
	for _, s := range []string{"foo=bar", "a=[{b=c}]", `a="x\\",b="y"`, "a=b,c", "a={b=}}", "foo='", "IpProtocol=tcp,FromPort=22"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		got, gerr := readShorthandPlain(word)
		again, aerr := readShorthandPlain(word)
		assert.Equal(t, gerr, aerr)
		assert.Equal(t, got, again)
	})
}
