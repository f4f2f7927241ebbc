package core

// This file writes the Result document (contract.md) for GenerateJSON:
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
		w.key("Path")
		w.str(p.Path)
		w.key("Severity")
		w.str(p.Severity)
		w.key("Code")
		w.str(p.Code)
		w.key("Message")
		w.str(p.Message)
		w.endObject()
	}
	w.endArray()
	w.key("Commands")
	w.beginArray()
	for _, c := range r.Commands {
		w.elem()
		w.beginObject()
		w.key("Command")
		w.str(c.Command)
		w.key("Shell")
		w.str(c.Shell)
		w.key("Form")
		w.str(c.Form)
		w.key("Text")
		w.str(c.Text)
		w.key("Files")
		w.beginArray()
		for _, f := range c.Files {
			w.elem()
			w.beginObject()
			w.key("Name")
			w.str(f.Name)
			w.key("Content")
			w.str(f.Content)
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
		w.key("Command")
		w.str(u.Command)
		w.key("Shell")
		w.str(u.Shell)
		w.key("Form")
		w.str(u.Form)
		w.key("Reason")
		w.str(u.Reason)
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
		w.key("Code")
		w.str(e.Code)
		w.key("Message")
		w.str(e.Message)
		w.key("Output")
		w.str(e.Output)
		w.endObject()
	}
	w.key("Output")
	w.beginObject()
	for _, k := range []string{"json", "table", "text", "yaml"} {
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
	w.key("Return")
	w.bool(resp.Return)
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
