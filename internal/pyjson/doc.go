// Package pyjson reads and writes JSON as the AWS CLI's Python does: Parse
// reads a document as encoding/json does (FuzzParseJSON holds it to that
// package) but keeps each object's key order, as Python's json module does;
// Writer writes JSON as json.dumps(ensure_ascii=False) does, keys in the order
// given; Class, TypeName, Str and Repr print a parsed value the way botocore's
// ParamValidation messages print it (docs/awscli-parsing.md §6, §4).
//
// It exists so that the page need not ship encoding/json, which with the
// reflection it drives would be a fifth of the page's WebAssembly.
//
// Sources: RFC 8259; Go's encoding/json (the reference Parse is held to);
// Python's json module (json.dumps, json.loads) and repr(); botocore's
// validate.py for the messages.
package pyjson
