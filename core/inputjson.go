package core

import "sgrules/internal/pyjson"

// This file writes the Input document (docs/contract.md) of an Input: the keys that
// are set and no others, compact, in the order AWS's docs write a rule. The
// page keeps its permalink in this form.

// EncodeInput returns the Input document of in. DecodeInput reads it back.
func EncodeInput(in Input) []byte {
	return EncodeInputWithText(in, nil)
}

// EncodeInputWithText is EncodeInput with text typed into numeric fields that
// is not a number: text maps a Problem path such as
// "IpPermissions[0].FromPort" to the text, which the document carries as a
// JSON string in that member, so that GenerateDocument reports it the way
// the CLI would. Only FromPort and ToPort paths are read.
func EncodeInputWithText(in Input, text map[string]string) []byte {
	w := pyjson.NewWriter("")
	w.BeginObject()
	w.StrField("Command", in.Command)
	w.Key("Input")
	r := in.Request
	w.BeginObject()
	w.OptStr("GroupId", r.GroupId)
	w.OptStr("GroupName", r.GroupName)
	if r.IpPermissions != nil {
		w.Key("IpPermissions")
		w.BeginArray()
		for i := range r.IpPermissions {
			p := &r.IpPermissions[i]
			w.Elem()
			w.BeginObject()
			w.OptStr("IpProtocol", p.IpProtocol)
			path := indexed("IpPermissions", i)
			writePortOrText(w, "FromPort", p.FromPort, text, path)
			writePortOrText(w, "ToPort", p.ToPort, text, path)
			writeSources(w, p, false)
			w.EndObject()
		}
		w.EndArray()
	}
	writeTagSpecsJSON(w, r.TagSpecifications)
	if r.DryRun != nil {
		w.BoolField("DryRun", *r.DryRun)
	}
	w.EndObject()
	w.OptStr("OwnerId", in.OwnerId)
	w.EndObject()
	return []byte(w.String())
}

func writePortOrText(w *pyjson.Writer, key string, port *int64, text map[string]string, path string) {
	if t, ok := text[path+"."+key]; ok {
		w.Key(key)
		w.Str(t)
		return
	}
	w.OptInt(key, port)
}

// DecodeInput reads an Input document. Problems lists what the CLI would
// refuse in it (the values refused are left out of the Input); err is set
// only when data is not a JSON object.
func DecodeInput(data []byte) (in Input, problems []Problem, err error) {
	return decodeInput(data)
}

// GenerateDocument decodes an Input document and generates what only names,
// as GenerateOnly does: GenerateJSON without encoding the Result.
func GenerateDocument(input []byte, only Only) (Result, error) {
	in, decodeProblems, err := decodeInput(input)
	if err != nil {
		return Result{}, err
	}
	return generate(in, decodeProblems, only.known()), nil
}
