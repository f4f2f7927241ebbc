package core

// This file writes the Result document (docs/contract.md) for GenerateJSON:
// compact, members in the order of the Go types, Output's keys sorted. It is
// written by hand because encoding/json and the reflection it drives would
// be a fifth of the page's WebAssembly.

// encodeResult returns the Result document of r.
func encodeResult(r Result) []byte {
	w := newJSONWriter("")
	w.b.Grow(4096)
	w.beginObject()
	w.key("Problems")
	w.beginArray()
	for _, p := range r.Problems {
		w.elem()
		w.beginObject()
		w.strField("Path", p.Path)
		w.strField("Severity", p.Severity)
		w.strField("Code", p.Code)
		w.strField("Message", p.Message)
		w.endObject()
	}
	w.endArray()
	w.key("Commands")
	w.beginArray()
	for _, c := range r.Commands {
		w.elem()
		w.beginObject()
		w.strField("Command", c.Command)
		w.strField("Shell", c.Shell)
		w.strField("Form", c.Form)
		w.strField("Text", c.Text)
		w.key("Files")
		w.beginArray()
		for _, f := range c.Files {
			w.elem()
			w.beginObject()
			w.strField("Name", f.Name)
			w.strField("Content", f.Content)
			w.endObject()
		}
		w.endArray()
		w.endObject()
	}
	w.endArray()
	w.key("Unavailable")
	w.beginArray()
	for _, u := range r.Unavailable {
		w.elem()
		w.beginObject()
		w.strField("Command", u.Command)
		w.strField("Shell", u.Shell)
		w.strField("Form", u.Form)
		w.strField("Reason", u.Reason)
		w.endObject()
	}
	w.endArray()
	w.key("Response")
	writeResponse(w, r.Response)
	w.key("Error")
	if e := r.Error; e == nil {
		w.null()
	} else {
		w.beginObject()
		w.strField("Code", e.Code)
		w.strField("Message", e.Message)
		w.strField("Output", e.Output)
		w.endObject()
	}
	w.key("Output")
	w.beginObject()
	for _, k := range []string{OutputJSON, OutputTable, OutputText, OutputYAML} { // in sorted order
		if v, ok := r.Output[k]; ok {
			w.key(k)
			w.str(v)
		}
	}
	w.endObject()
	w.endObject()
	return []byte(w.String())
}

func writeResponse(w *jsonWriter, resp *Response) {
	if resp == nil {
		w.null()
		return
	}
	w.beginObject()
	w.boolField("Return", resp.Return)
	w.key("SecurityGroupRules")
	if resp.SecurityGroupRules == nil {
		w.null()
	} else {
		w.beginArray()
		for _, g := range resp.SecurityGroupRules {
			w.elem()
			writeSecurityGroupRule(w, g)
		}
		w.endArray()
	}
	w.endObject()
}
