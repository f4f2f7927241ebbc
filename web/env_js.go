//go:build js && wasm

package web

import (
	"syscall/js"
)

// BrowserEnv is the Env of a real browser page. link returns the address
// that restores the current page.
func BrowserEnv(link func() string) Env {
	return Env{
		Copy: func(text string) {
			if text == "" && link != nil {
				text = link()
			}
			copyText(text)
		},
		Download:     download,
		FirstCommand: func() { Mark("sgrules-first-command") },
		PageShown:    func() { Mark("sgrules-page") },
		Later:        later,
	}
}

// Mark records a start-up step for the benchmark (tools/bench), as
// static/loader.js does for the steps before Go runs.
func Mark(step string) {
	if perf := js.Global().Get("performance"); perf.Truthy() && perf.Get("mark").Truthy() {
		perf.Call("mark", step)
	}
}

// later runs f after ms milliseconds on the page's event loop. It uses
// setTimeout rather than package time, which would add its runtime support
// to the page's WebAssembly.
func later(ms int, f func()) {
	var cb js.Func
	cb = js.FuncOf(func(js.Value, []js.Value) any {
		cb.Release()
		f()
		return nil
	})
	js.Global().Call("setTimeout", cb, ms)
}

// copyText writes text to the clipboard without waiting: the async
// Clipboard API when the page is a secure context, else (or when it
// refuses) a hidden textarea and execCommand("copy"). It is called inside
// the click handler, so the browser sees the user's gesture.
func copyText(text string) {
	g := js.Global()
	clip := g.Get("navigator").Get("clipboard")
	if g.Get("isSecureContext").Bool() && clip.Truthy() && clip.Get("writeText").Truthy() {
		var onErr js.Func
		onErr = js.FuncOf(func(js.Value, []js.Value) any {
			onErr.Release()
			copyFallback(text)
			return nil
		})
		clip.Call("writeText", text).Call("catch", onErr)
		return
	}
	copyFallback(text)
}

func copyFallback(text string) {
	doc := js.Global().Get("document")
	ta := doc.Call("createElement", "textarea")
	ta.Set("value", text)
	ta.Call("setAttribute", "readonly", "")
	ta.Get("classList").Call("add", "offscreen")
	doc.Get("body").Call("appendChild", ta)
	ta.Call("select")
	doc.Call("execCommand", "copy")
	ta.Call("remove")
}

// download offers text as a file named name.
func download(name, text string) {
	g := js.Global()
	parts := g.Get("Array").New(text)
	blob := g.Get("Blob").New(parts, map[string]any{"type": "text/plain;charset=utf-8"})
	url := g.Get("URL").Call("createObjectURL", blob)
	a := g.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	g.Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	g.Call("setTimeout", js.FuncOf(func(js.Value, []js.Value) any {
		g.Get("URL").Call("revokeObjectURL", url)
		return nil
	}), 1000)
}
