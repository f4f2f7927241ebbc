package core

import (
	"errors"
	"strconv"
)

// This file is ImportJSON, Import's JSON twin for the page's JS API
// (sgrules.import) and other programs (docs/contract.md, "Import"). It reads
// and writes with core's own JSON reader and writer, as GenerateJSON does.

// ImportJSON reads an import request document
//
//	{"Text": "<what was pasted>", "Shell": ""|"bash"|"cmd"|"powershell"|"powershell5",
//	 "Pick": 0, "Files": {"<name>": "<content>", …}}
//
// (only Text is required) and returns the result document
//
//	{"Input": <an Input document, or null>, "Shell": "…", "Shells": […], "Output": "…",
//	 "Problems": [{"Path", "Severity", "Code", "Message"}], "Notes": [{"Message", "Line", "Column"}],
//	 "Choices": [{"Label", "Line"}], "Pick": 0}
//
// with every key present. It returns an error only when request is not
// that JSON object; everything about the text is in Problems and Notes.
func ImportJSON(request []byte) ([]byte, error) {
	req, err := decodeImportRequest(request)
	if err != nil {
		return nil, err
	}
	return encodeImportResult(Import(req)), nil
}

func decodeImportRequest(data []byte) (ImportRequest, error) {
	var req ImportRequest
	doc, err := parseJSON(data)
	if err != nil {
		return req, errors.New("import request is not JSON: " + err.Error())
	}
	obj, ok := doc.(*object)
	if !ok {
		return req, errors.New("import request is not a JSON object")
	}
	if _, ok := obj.vals["Text"]; !ok {
		return req, errors.New(`import request has no "Text"`)
	}
	for _, k := range obj.keys {
		v := obj.vals[k]
		bad := func(want string) error {
			return errors.New("import request: " + strconv.Quote(k) + " must be " + want + ", got " + pyTypeName(v))
		}
		switch k {
		case "Text", "Shell":
			s, ok := v.(string)
			if !ok {
				return req, bad("a string")
			}
			if k == "Text" {
				req.Text = s
			} else {
				req.Shell = s
			}
		case "Pick":
			n, ok := v.(jsonNumber)
			i, err := strconv.Atoi(string(n))
			if !ok || err != nil || i < 0 {
				return req, bad("a non-negative integer")
			}
			req.Pick = i
		case "Files":
			m, ok := v.(*object)
			if !ok {
				return req, bad("an object of file contents")
			}
			req.Files = make(map[string]string, len(m.keys))
			for _, name := range m.keys {
				s, ok := m.vals[name].(string)
				if !ok {
					return req, errors.New("import request: file " + strconv.Quote(name) + " must be a string")
				}
				req.Files[name] = s
			}
		default:
			return req, errors.New("import request: unknown key " + strconv.Quote(k) + ", must be one of: Text, Shell, Pick, Files")
		}
	}
	return req, nil
}

// encodeImportResult writes the result document of res.
func encodeImportResult(res ImportResult) []byte {
	res = normalized(res)
	w := newJSONWriter("")
	w.beginObject()
	w.key("Input")
	if res.Input != nil {
		w.b.Write(EncodeInput(*res.Input))
	} else {
		w.null()
	}
	w.strField("Shell", res.Shell)
	w.key("Shells")
	w.beginArray()
	for _, s := range res.Shells {
		w.elem()
		w.str(s)
	}
	w.endArray()
	w.strField("Output", res.Output)
	w.key("Problems")
	w.beginArray()
	for _, p := range res.Problems {
		w.elem()
		w.beginObject()
		w.strField("Path", p.Path)
		w.strField("Severity", p.Severity)
		w.strField("Code", p.Code)
		w.strField("Message", p.Message)
		w.endObject()
	}
	w.endArray()
	w.key("Notes")
	w.beginArray()
	for _, n := range res.Notes {
		w.elem()
		w.beginObject()
		w.strField("Message", n.Message)
		w.intField("Line", int64(n.Line))
		w.intField("Column", int64(n.Column))
		w.endObject()
	}
	w.endArray()
	w.key("Choices")
	w.beginArray()
	for _, c := range res.Choices {
		w.elem()
		w.beginObject()
		w.strField("Label", c.Label)
		w.intField("Line", int64(c.Line))
		w.endObject()
	}
	w.endArray()
	w.intField("Pick", int64(res.Pick))
	w.endObject()
	return []byte(w.String())
}
