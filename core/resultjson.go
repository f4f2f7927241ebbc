package core

import "sgrules/internal/pyjson"

// This file writes the Result document (docs/contract.md) for GenerateJSON:
// compact, members in the order of the Go types, Output's keys sorted. It is
// written by hand because encoding/json and the reflection it drives would
// be a fifth of the page's WebAssembly.

// encodeResult returns the Result document of r.
func encodeResult(r Result) []byte {
	w := pyjson.NewWriter("")
	w.Grow(4096)
	w.BeginObject()
	writeProblems(w, r.Problems)
	w.Key("Commands")
	w.BeginArray()
	for _, c := range r.Commands {
		w.Elem()
		w.BeginObject()
		w.StrField("Command", c.Command)
		w.StrField("Shell", c.Shell)
		w.StrField("Form", c.Form)
		w.StrField("Text", c.Text)
		w.Key("Files")
		w.BeginArray()
		for _, f := range c.Files {
			w.Elem()
			w.BeginObject()
			w.StrField("Name", f.Name)
			w.StrField("Content", f.Content)
			w.EndObject()
		}
		w.EndArray()
		w.EndObject()
	}
	w.EndArray()
	w.Key("Unavailable")
	w.BeginArray()
	for _, u := range r.Unavailable {
		w.Elem()
		w.BeginObject()
		w.StrField("Command", u.Command)
		w.StrField("Shell", u.Shell)
		w.StrField("Form", u.Form)
		w.StrField("Reason", u.Reason)
		w.EndObject()
	}
	w.EndArray()
	w.Key("Response")
	writeResponse(w, r.Response)
	w.Key("Error")
	if e := r.Error; e == nil {
		w.Null()
	} else {
		w.BeginObject()
		w.StrField("Code", e.Code)
		w.StrField("Message", e.Message)
		w.StrField("Output", e.Output)
		w.EndObject()
	}
	w.Key("Output")
	w.BeginObject()
	for _, k := range []string{OutputJSON, OutputTable, OutputText, OutputYAML} { // in sorted order
		if v, ok := r.Output[k]; ok {
			w.Key(k)
			w.Str(v)
		}
	}
	w.EndObject()
	w.EndObject()
	return []byte(w.String())
}

func writeResponse(w *pyjson.Writer, resp *Response) {
	if resp == nil {
		w.Null()
		return
	}
	w.BeginObject()
	w.BoolField("Return", resp.Return)
	w.Key("SecurityGroupRules")
	if resp.SecurityGroupRules == nil {
		w.Null()
	} else {
		w.BeginArray()
		for _, g := range resp.SecurityGroupRules {
			w.Elem()
			writeSecurityGroupRule(w, g)
		}
		w.EndArray()
	}
	w.EndObject()
}

// writeProblems writes the "Problems" member, the list of Problem objects
// both the Result and the Import result documents carry.
func writeProblems(w *pyjson.Writer, problems []Problem) {
	w.Key("Problems")
	w.BeginArray()
	for _, p := range problems {
		w.Elem()
		w.BeginObject()
		w.StrField("Path", p.Path)
		w.StrField("Severity", p.Severity)
		w.StrField("Code", p.Code)
		w.StrField("Message", p.Message)
		w.EndObject()
	}
	w.EndArray()
}
