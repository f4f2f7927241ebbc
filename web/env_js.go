//go:build js && wasm

package web

import (
	"syscall/js"

	"sgrules/web/store"
)

// BrowserEnv is the Env of a real browser page. link calls done with the
// address that restores the current page (compressing it takes a moment).
func BrowserEnv(link func(done func(string))) Env {
	return Env{
		Copy: func(text string) {
			if link != nil && (text == "" || text[0] == 0) {
				link(func(address string) { copyText(store.Shared(text, address)) })
				return
			}
			copyText(text)
		},
		Focus:        focus,
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

// AfterPainted calls f once, when the element whose elementtiming attribute
// is name has been painted, as the browser's Element Timing reports it, or
// 500 ms after the call at the latest (a page in a background tab paints
// nothing). When the browser has no Element Timing, or no such element is in
// the DOM, it calls f after the next frame.
//
// Starting work right after the next frame is not enough: in Chromium the
// first frame's paint then waits for that work, and the visitor sees both
// at once.
func AfterPainted(name string, f func()) {
	g := js.Global()
	var fns []js.Func
	hook := func(fn func(args []js.Value)) js.Func {
		j := js.FuncOf(func(_ js.Value, args []js.Value) any {
			fn(args)
			return nil
		})
		fns = append(fns, j)
		return j
	}
	observer := g.Get("PerformanceObserver")
	types := js.Undefined()
	if observer.Truthy() {
		types = observer.Get("supportedEntryTypes")
	}
	el := g.Get("document").Call("querySelector", `[elementtiming="`+name+`"]`)
	if !types.Truthy() || !types.Call("includes", "element").Bool() || !el.Truthy() {
		g.Call("requestAnimationFrame", hook(func([]js.Value) {
			later(0, func() {
				f()
				release(fns)
			})
		}))
		return
	}
	var obs, timer js.Value
	done := false
	finish := func() {
		if done {
			return
		}
		done = true
		obs.Call("disconnect")
		g.Call("clearTimeout", timer)
		f()
		release(fns)
	}
	obs = observer.New(hook(func(args []js.Value) {
		entries := args[0].Call("getEntries")
		for i, n := 0, entries.Length(); i < n; i++ {
			if entries.Index(i).Get("identifier").String() == name {
				finish()
				return
			}
		}
	}))
	obs.Call("observe", map[string]any{"type": "element", "buffered": true})
	timer = g.Call("setTimeout", hook(func([]js.Value) { finish() }), 500)
}

// release frees the callbacks of a finished AfterPainted. It runs from
// inside one of them, so it waits for the current call to return.
func release(fns []js.Func) {
	later(0, func() {
		for _, f := range fns {
			f.Release()
		}
	})
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
