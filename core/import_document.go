package core

import (
	"errors"

	"sgrules/internal/pyjson"
)

// TEMPORARY STUB (branch importcmd): the real readers of documents come from
// branch importdoc, which replaces this file when merging.

// importDocument reads text as a document (a cli-input JSON or YAML
// document, an --ip-permissions value, describe output); false when text is
// not one.
func importDocument(text string, pick int) (ImportResult, bool) {
	return ImportResult{}, false
}

// decodeCLIInput reads the value of --cli-input-json (yaml false) or
// --cli-input-yaml (yaml true) for command. The stub reads JSON only.
func decodeCLIInput(text string, yaml bool, command string) (Request, []Problem, error) {
	if yaml {
		return Request{}, nil, errors.New("Error parsing parameter 'cli-input-yaml': Invalid YAML received.")
	}
	doc, err := pyjson.Parse([]byte(text))
	if err != nil {
		return Request{}, nil, errors.New("Error parsing parameter 'cli-input-json': Invalid JSON received.")
	}
	m, ok := doc.(*pyjson.Object)
	if !ok {
		return Request{}, nil, errors.New("Error parsing parameter '--cli-input-json': Invalid type: expecting map, received " + pyjson.Class(doc))
	}
	d := &decoder{}
	r := d.request(m, isEgress(command))
	return r, d.problems, nil
}
