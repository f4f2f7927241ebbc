package store

import (
	"fmt"

	"sgrules/core"
)

// safeGenerate calls core.Generate and turns a panic (a bug in core) into a
// Problem, so one bad keystroke never stops the page.
func safeGenerate(in core.Input) (r core.Result) {
	defer func() {
		if e := recover(); e != nil {
			r = internalError(e)
		}
	}()
	return core.Generate(in)
}

// safeGenerateJSON is core.GenerateJSON with the same guard.
func safeGenerateJSON(doc []byte) (out []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("internal error in core: %v", e)
		}
	}()
	return core.GenerateJSON(doc)
}

func internalError(e any) core.Result {
	return core.Result{
		Problems: []core.Problem{{Severity: core.SeverityError, Code: "InternalError",
			Message: fmt.Sprintf("sgrules could not handle this input (a bug; please report it with the page's link): %v", e)}},
		Commands: []core.Command{}, Unavailable: []core.Unavailable{}, Output: map[string]string{},
	}
}
