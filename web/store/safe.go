package store

import (
	"sgrules/core"
)

// safeGenerate calls core.GenerateOnly and turns a panic (a bug in core)
// into a Problem, so one bad keystroke never stops the page.
func safeGenerate(in core.Input, only core.Only) (r core.Result) {
	defer func() {
		if e := recover(); e != nil {
			r = internalError(e)
		}
	}()
	return core.GenerateOnly(in, only)
}

// safeGenerateTyped generates from the Input document of in with the typed
// texts in its numeric fields (core.EncodeInputWithText), with the same
// guard; if the document cannot be generated from, it falls back to in.
func safeGenerateTyped(in core.Input, typed map[string]string, only core.Only) (r core.Result) {
	defer func() {
		if e := recover(); e != nil {
			r = internalError(e)
		}
	}()
	r, err := core.GenerateDocument(core.EncodeInputWithText(in, typed), only)
	if err != nil {
		return core.GenerateOnly(in, only)
	}
	return r
}

func internalError(e any) core.Result {
	return core.Result{
		Problems: []core.Problem{{Severity: core.SeverityError, Code: "InternalError",
			Message: "sgrules could not handle this input (a bug; please report it with the page's link): " + panicText(e)}},
		Commands: []core.Command{}, Unavailable: []core.Unavailable{}, Output: map[string]string{},
	}
}

// panicText is what a recovered panic value says.
func panicText(e any) string {
	switch v := e.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "unexpected panic"
}
