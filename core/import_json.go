package core

import (
	"sgrules/internal/pyjson"

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
	doc, err := pyjson.Parse(data)
	if err != nil {
		return req, errors.New("import request is not JSON: " + err.Error())
	}
	obj, ok := doc.(*pyjson.Object)
	if !ok {
		return req, errors.New("import request is not a JSON object")
	}
	if _, ok := obj.Values["Text"]; !ok {
		return req, errors.New(`import request has no "Text"`)
	}
	for _, k := range obj.Keys {
		v := obj.Values[k]
		bad := func(want string) error {
			return errors.New("import request: " + strconv.Quote(k) + " must be " + want + ", got " + pyjson.TypeName(v))
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
			n, ok := v.(pyjson.Number)
			i, err := strconv.Atoi(string(n))
			if !ok || err != nil || i < 0 {
				return req, bad("a non-negative integer")
			}
			req.Pick = i
		case "Files":
			m, ok := v.(*pyjson.Object)
			if !ok {
				return req, bad("an object of file contents")
			}
			req.Files = make(map[string]string, len(m.Keys))
			for _, name := range m.Keys {
				s, ok := m.Values[name].(string)
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
	w := pyjson.NewWriter("")
	w.BeginObject()
	w.Key("Input")
	if res.Input != nil {
		w.Raw(EncodeInput(*res.Input))
	} else {
		w.Null()
	}
	w.StrField("Shell", res.Shell)
	w.Key("Shells")
	w.BeginArray()
	for _, s := range res.Shells {
		w.Elem()
		w.Str(s)
	}
	w.EndArray()
	w.StrField("Output", res.Output)
	writeProblems(w, res.Problems)
	w.Key("Notes")
	w.BeginArray()
	for _, n := range res.Notes {
		w.Elem()
		w.BeginObject()
		w.StrField("Message", n.Message)
		w.IntField("Line", int64(n.Line))
		w.IntField("Column", int64(n.Column))
		w.EndObject()
	}
	w.EndArray()
	w.Key("Choices")
	w.BeginArray()
	for _, c := range res.Choices {
		w.Elem()
		w.BeginObject()
		w.StrField("Label", c.Label)
		w.IntField("Line", int64(c.Line))
		w.EndObject()
	}
	w.EndArray()
	w.IntField("Pick", int64(res.Pick))
	w.EndObject()
	return []byte(w.String())
}
