package core

import (
	"sgrules/internal/pyjson"

	"strconv"
	"strings"
)

// This file turns the options of one authorize or revoke command, as
// argparse stored them (import_args.go), into the request the CLI would
// build: each value loaded from its file first (file://, fileb://), then
// unpacked (JSON or shorthand, import_values.go), the sugar flags applied
// (import_sugar.go), and the result checked by the same decoder that checks
// an Input document (decode.go), which words its findings as botocore's
// parameter validation does. The request is built as the JSON values the
// decoder reads, so that a shorthand value and a JSON value with the same
// meaning end in the same Request and the same messages.

// requestReader reads one command's options.
type requestReader struct {
	op       string // the operation as written (authorize or revoke)
	command  string // the authorize command it imports as
	parse    argParse
	files    map[string]string
	vars     placeholders
	problems []Problem
	notes    []Note
	// cliInputUnread says a --cli-input-json or --cli-input-yaml value
	// could not be read (a variable, a file not supplied), so what it
	// holds is unknown.
	cliInputUnread bool
}

func (rd *requestReader) problem(path, code, msg string) {
	rd.problems = append(rd.problems, Problem{Path: path, Severity: SeverityError, Code: code, Message: msg})
}

func (rd *requestReader) note(at pastedArg, msg string) {
	rd.notes = append(rd.notes, Note{Message: msg, Line: at.Line, Column: at.Column})
}

// load is paramfile's step: a value that starts with file:// or fileb:// is
// the file's content. It reports false, with a Problem at path, when the
// file was not supplied.
func (rd *requestReader) load(v pastedArg, flag, path string) (pastedArg, bool) {
	for _, prefix := range []string{"file://", "fileb://"} {
		if !strings.HasPrefix(v.Text, prefix) {
			continue
		}
		name := v.Text[len(prefix):]
		content, ok := rd.files[name]
		if !ok || len(v.Unknown) > 0 {
			rd.problem(path, CodeFile, flag+fileRequest+name+fileRequestEnd+" (or pick the file; it is read here, nothing is uploaded)")
			return v, false
		}
		if prefix == "fileb://" && flag != "--cli-input-json" && flag != "--cli-input-yaml" {
			rd.problem(path, CodeParamValidation, "Invalid type for parameter "+path+", value: b"+pyjson.Quote(content)+", type: <class 'bytes'>, valid types: <class 'str'>")
			return v, false
		}
		return pastedArg{Text: content, Line: v.Line, Column: v.Column}, true
	}
	return v, true
}

// scalar is the value of a one-value option, loaded from its file; false,
// with a Problem at path, when its value cannot be known.
func (rd *requestReader) scalar(pa *parsedArg, flag, path string) (string, bool) {
	v := pa.values[0]
	if len(v.Unknown) > 0 {
		rd.problems = append(rd.problems, variableProblem(path, v.Unknown))
		return "", false
	}
	v, ok := rd.load(v, flag, path)
	return v.Text, ok
}

// topLevel is the top-level string member an option sets, or "" for an
// option that sets none. It is a switch rather than a map, because a map
// literal is built when the page starts even though the page never imports.
func topLevel(option string) string {
	switch option {
	case "group-id":
		return "GroupId"
	case "group-name":
		return "GroupName"
	case "cidr-ip":
		return "CidrIp"
	case "ip-protocol":
		return "IpProtocol"
	case "source-security-group-name":
		return "SourceSecurityGroupName"
	case "source-security-group-owner-id":
		return "SourceSecurityGroupOwnerId"
	}
	return ""
}

// build returns the request the options make, before --cli-input-json or
// --cli-input-yaml is merged in.
func (rd *requestReader) build(table []argSpec) *pyjson.Object {
	obj := &pyjson.Object{Values: map[string]any{}}
	var dryRun *parsedArg
	for _, spec := range table {
		pa := rd.parse.args[spec.name]
		if pa == nil {
			continue
		}
		switch name := spec.name; name {
		case "group-id", "group-name", "cidr-ip", "ip-protocol", "source-security-group-name", "source-security-group-owner-id":
			key := topLevel(name)
			if v, ok := rd.scalar(pa, "--"+name, key); ok {
				obj.Set(key, v)
			}
		case "from-port", "to-port":
			key := "FromPort"
			if name == "to-port" {
				key = "ToPort"
			}
			if v, ok := rd.scalar(pa, "--"+name, key); ok {
				if n, msg := pyInt(v); msg != "" {
					rd.problem(key, CodeParamValidation, msg)
				} else {
					obj.Set(key, n)
				}
			}
		case "ip-permissions":
			if v, ok := rd.list(pa, "--ip-permissions", "IpPermissions", shapePermissions); ok {
				obj.Set("IpPermissions", v)
			}
		case "tag-specifications":
			if v, ok := rd.list(pa, "--tag-specifications", "TagSpecifications", shapeTagSpecs); ok {
				obj.Set("TagSpecifications", v)
			}
		case "dry-run", "no-dry-run":
			// One destination: the later of the two wins.
			if dryRun == nil || before(dryRun.flag, pa.flag) {
				dryRun = pa
			}
		case "security-group-rule-ids":
			rd.problem("", CodeNotImported, "--security-group-rule-ids names rules by ID; sgrules imports rules by what they allow (paste the rules, or describe-security-group-rules output)")
		case "generate-cli-skeleton":
			rd.note(pa.flag, "--generate-cli-skeleton prints a skeleton and sends nothing; the rest of the command was read")
		}
	}
	if dryRun != nil {
		obj.Set("DryRun", dryRun.name == "dry-run")
	}
	if msg := rd.sugarConflict(); msg != "" {
		rd.problem("IpPermissions", CodeParamValidation, msg)
	} else {
		rd.applySugar(obj)
	}
	return obj
}

// before reports whether a stands before b in the paste.
func before(a, b pastedArg) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
}

// list unpacks the words of a list-of-structures option (argprocess.py):
// JSON when the first word, stripped, starts with "[" or "{", shorthand
// otherwise, one element per word.
func (rd *requestReader) list(pa *parsedArg, flag, path string, shape *valueShape) (any, bool) {
	words := make([]string, len(pa.values))
	for i, v := range pa.values {
		if len(pa.values) == 1 {
			loaded, ok := rd.load(v, flag, path)
			if !ok {
				return nil, false
			}
			if loaded.Text != v.Text {
				// A file's content is one string, not a list of words.
				return rd.listFromFile(loaded.Text, flag, path, shape)
			}
		}
		text, ok := rd.vars.mark(v.Text, v.Unknown)
		if !ok {
			rd.problems = append(rd.problems, variableProblem(path, v.Unknown))
			return nil, false
		}
		words[i] = text
	}
	if len(words) > 0 && startsJSON(words[0]) {
		return rd.jsonList(words, flag, path)
	}
	out := make([]any, 0, len(words))
	for _, w := range words {
		m, err := readShorthand(w)
		if err != nil {
			rd.problem(path, CodeParamValidation, "Error parsing parameter '"+flag+"': "+rd.unmark(err.Error()))
			return nil, false
		}
		out = append(out, m)
	}
	vis := valueVisitor{vars: &rd.vars}
	v, _ := vis.visit(out, shape, path)
	rd.problems = append(rd.problems, vis.problems...)
	return v, true
}

// unmark writes a variable's spelling back where a message quotes a word.
func (rd *requestReader) unmark(s string) string {
	for i, n := range rd.vars.names {
		s = strings.ReplaceAll(s, string(placeholderOpen)+strconv.Itoa(i)+string(placeholderClose), n)
	}
	return s
}

// startsJSON is the CLI's test: the value, stripped, starts with [ or {.
func startsJSON(s string) bool {
	t := strings.TrimFunc(s, pyIsSpace)
	return strings.HasPrefix(t, "[") || strings.HasPrefix(t, "{")
}

// jsonList is the JSON path: one word that is a JSON list, or words that
// are each one JSON object. JSON values are not coerced.
func (rd *requestReader) jsonList(words []string, flag, path string) (any, bool) {
	if len(words) == 1 && strings.HasPrefix(strings.TrimFunc(words[0], pyIsSpace), "[") {
		return rd.jsonValue(words[0], flag, path)
	}
	out := make([]any, 0, len(words))
	for _, w := range words {
		if !strings.HasPrefix(strings.TrimLeftFunc(w, pyIsSpace), "{") {
			rd.problem(path, CodeParamValidation, "Error parsing parameter '"+flag+"': Invalid JSON:\n"+rd.unmark(w))
			return nil, false
		}
		v, ok := rd.jsonValue(w, flag, path)
		if !ok {
			return nil, false
		}
		out = append(out, v)
	}
	return out, true
}

func (rd *requestReader) jsonValue(text, flag, path string) (any, bool) {
	v, err := pyjson.Parse([]byte(text))
	if err != nil {
		msg := pyJSONError(text)
		if msg == "" {
			// Python reads what JSON does not allow (NaN, Infinity), and
			// no Input member holds such a value.
			rd.problem(path, CodeNotImported, flag+" holds a value Python's JSON reader accepts but JSON does not ("+err.Error()+"); an Input cannot hold it")
			return nil, false
		}
		rd.problem(path, CodeParamValidation, "Error parsing parameter '"+flag+"': Invalid JSON: "+msg+"\nJSON received: "+rd.unmark(text))
		return nil, false
	}
	vis := valueVisitor{vars: &rd.vars}
	// JSON is not coerced; the visit only finds the variables' markers.
	v = vis.markersOnly(v, path)
	rd.problems = append(rd.problems, vis.problems...)
	return v, true
}

// listFromFile unpacks a list option whose value was read from a file: one
// string, which the CLI reads as JSON when it starts with "[", and
// otherwise as one shorthand structure that it leaves unwrapped (botocore
// then refuses it: a list is expected).
func (rd *requestReader) listFromFile(content, flag, path string, shape *valueShape) (any, bool) {
	if startsJSON(content) {
		if strings.HasPrefix(strings.TrimLeftFunc(content, pyIsSpace), "[") {
			return rd.jsonValue(content, flag, path)
		}
		rd.problem(path, CodeParamValidation, "Error parsing parameter '"+flag+"': Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)\nJSON received: {")
		return nil, false
	}
	m, err := readShorthand(content)
	if err != nil {
		rd.problem(path, CodeParamValidation, "Error parsing parameter '"+flag+"': "+err.Error())
		return nil, false
	}
	return m, true
}
