//go:build js && wasm

// Command importer is the page's second WebAssembly module: core.Import,
// which reads pasted commands and documents back into an Input, and the
// paste box that uses it (web/paste). It is kept out of main.wasm, whose
// size budget it would overrun; static/loader.js fetches it only when the
// user first uses the paste box or a script calls sgrules.import.
//
// It defines globalThis.sgrules._importer(requestJSON) → resultJSON (an
// Error object when the request is not an import request, which the
// loader's promise rejects with), takes over the paste box's events,
// imports what the user pasted while it loaded, then calls
// sgrules._importerReady. It hands Inputs to the page's form through
// sgrules._replace (static/loader.js), which main.wasm answers.
package main

import (
	"syscall/js"

	"github.com/hexops/vecty"

	"sgrules/core"
	"sgrules/web/importbox"
	"sgrules/web/paste"
)

func main() {
	g := js.Global()
	ns := g.Get("sgrules")
	if !ns.Truthy() {
		ns = g.Get("Object").New()
		g.Set("sgrules", ns)
	}
	ns.Set("_importer", js.FuncOf(func(_ js.Value, args []js.Value) (ret any) {
		defer func() {
			if e := recover(); e != nil {
				msg := "unexpected panic"
				switch v := e.(type) {
				case error:
					msg = v.Error()
				case string:
					msg = v
				}
				ret = g.Get("Error").New("sgrules.import: internal error: " + msg)
			}
		}()
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return g.Get("TypeError").New("sgrules.import takes one string: the import request JSON document")
		}
		out, err := core.ImportJSON([]byte(args[0].String()))
		if err != nil {
			return g.Get("Error").New("sgrules.import: " + err.Error())
		}
		return string(out)
	}))
	box()
	if ready := ns.Get("_importerReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// box runs the paste box when the page has one: its notice renders into
// #import-found, and the text pasted or dropped while this module loaded
// (static/loader.js sets _importPending) is imported at once.
func box() {
	doc := js.Global().Get("document")
	if !doc.Call("getElementById", "import-found").Truthy() {
		return
	}
	ns := js.Global().Get("sgrules")
	s := &paste.Store{}
	s.Replace = func(in core.Input, output string, again bool) {
		ns.Call("_replace", string(core.EncodeInput(in)), output, again)
	}
	view := &importbox.View{Store: s, Env: importbox.BrowserEnv()}
	s.OnChange = func() { vecty.Rerender(view) }
	if err := vecty.RenderInto("#import-found", view); err != nil {
		panic(err)
	}
	paste.Attach(s)
	if ns.Get("_importPending").Truthy() {
		ns.Set("_importPending", false)
		s.Dispatch(paste.SetText{Text: doc.Call("getElementById", "import-text").Get("value").String()})
		s.Dispatch(paste.Import{})
	}
}
