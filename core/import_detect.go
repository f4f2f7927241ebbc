package core

import (
	"strconv"
	"strings"

	"sgrules/internal/pyjson"
	"sgrules/internal/yamlread"
)

// This file tells a pasted document from a pasted command, and words where
// a document stops being JSON or YAML.

// unfence returns the text inside a Markdown code fence (```json … ```)
// when the whole text is one, with the fence lines blanked so that line
// numbers stay those of the text; and drops a leading byte order mark (a
// file saved by a Windows editor).
func unfence(text string) (string, bool) {
	text = strings.TrimPrefix(text, "\uFEFF")
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "```") || !strings.HasSuffix(t, "```") || len(t) < 6 {
		return text, false
	}
	open := strings.Index(text, "```")
	eol := strings.IndexByte(text[open:], '\n')
	closing := strings.LastIndex(text, "```")
	if eol < 0 || open+eol >= closing {
		return text, false
	}
	return strings.Repeat("\n", strings.Count(text[:open+eol], "\n")) + text[open+eol:closing], true
}

// looksLikeYAML reports whether the first line that says something starts a
// YAML mapping ("Key: …" with an API member name, or a quoted key), a
// sequence ("- ") or a document ("---", a directive). Almost any text is YAML (a plain scalar), so only the
// shape of a document counts: a command or a shorthand value never has it.
func looksLikeYAML(t string) bool {
	for _, line := range strings.Split(t, "\n") {
		line = strings.TrimRight(line, " \t\r")
		trimmed := strings.TrimLeft(line, " ")
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			continue
		case strings.HasPrefix(trimmed, "- ") && bulletedCommand(trimmed[2:]):
			// A Markdown list item holding the command (the seed
			// pages print example 7 so): the command reader sets the
			// bullet aside.
			return false
		case line == "---" || strings.HasPrefix(line, "--- ") || trimmed == "-" || strings.HasPrefix(trimmed, "- "):
			return true
		}
		if strings.HasPrefix(line, "%YAML") || strings.HasPrefix(line, "%TAG") {
			return true
		}
		i := 0
		if q := trimmed[0]; q == '"' || q == '\'' {
			// A quoted key: "GroupId": …
			if j := strings.IndexByte(trimmed[1:], q); j >= 0 {
				i = j + 2
			}
		}
		for i < len(trimmed) && (trimmed[i] == '_' || trimmed[i] >= 'a' && trimmed[i] <= 'z' || trimmed[i] >= 'A' && trimmed[i] <= 'Z' || i > 0 && trimmed[i] >= '0' && trimmed[i] <= '9') {
			i++
		}
		rest := trimmed[i:]
		return i > 0 && strings.HasPrefix(rest, ":") && (len(rest) == 1 || rest[1] == ' ' || rest[1] == '\t')
	}
	return false
}

// jsonSyntax reports where a text that starts like JSON stops being JSON.
func (r *docReader) jsonSyntax(body string, err error) {
	msg, line, col := jsonErrorAt(body, err)
	r.problem("", CodeImportSyntax, "the text starts like a JSON document but is not JSON: "+msg)
	r.res.Notes = append(r.res.Notes, Note{Message: "not JSON here: " + msg, Line: line, Column: col})
}

// yamlSyntax reports where a text that looks like YAML stops being a
// document the CLI reads (or one sgrules reads).
func (r *docReader) yamlSyntax(err error) {
	e, ok := err.(*yamlread.Error)
	if !ok {
		r.problem("", CodeImportSyntax, "the text looks like a YAML document but is not one: "+err.Error())
		return
	}
	msg := "the text looks like a YAML document but the CLI's YAML loader would refuse it: " + e.Error()
	if e.Unsupported {
		msg = "the text looks like a YAML document that sgrules cannot read (the CLI can): " + e.Error()
	}
	r.problem("", CodeImportSyntax, msg)
	r.res.Notes = append(r.res.Notes, Note{Message: e.Msg, Line: e.Line, Column: e.Column})
}

// lineCol is the 1-based line and column (in characters) of a byte offset.
func lineCol(s string, offset int) (int, int) {
	if offset > len(s) {
		offset = len(s)
	}
	start := strings.LastIndexByte(s[:offset], '\n') + 1
	return strings.Count(s[:offset], "\n") + 1, len([]rune(s[start:offset])) + 1
}

// jsonErrorAt words a parseJSON error with its line and column.
func jsonErrorAt(body string, err error) (msg string, line, col int) {
	emsg, offset, ok := pyjson.SyntaxOffset(err)
	if !ok {
		return err.Error(), 0, 0
	}
	line, col = lineCol(body, offset)
	return emsg + " (line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ")", line, col
}

// bulletedCommand reports whether the text after a list bullet starts an
// aws command: its first word is aws (or a path to it).
func bulletedCommand(rest string) bool {
	word, _, _ := strings.Cut(strings.TrimLeft(rest, " \t"), " ")
	word = strings.TrimSuffix(strings.ToLower(word), ".exe")
	return word == "aws" || strings.HasSuffix(word, "/aws") || strings.HasSuffix(word, "\\aws")
}
