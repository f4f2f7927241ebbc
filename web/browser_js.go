//go:build js && wasm

package web

import (
	"errors"
	"syscall/js"
)

// This file holds the page's browser calls beyond Vecty that the editor
// needs: link compression (through static/loader.js, which uses the
// browser's CompressionStream, so the WebAssembly carries no compressor),
// remembered choices (localStorage) and moving the focus.

// Deflate compresses data with deflate-raw and calls done with the result;
// ok is false when the browser cannot compress (done then gets nil).
func Deflate(data []byte, done func(out []byte, ok bool)) {
	f := js.Global().Get("sgrules").Get("_deflate")
	if f.Type() != js.TypeFunction {
		done(nil, false)
		return
	}
	settle(f.Invoke(bytesToJS(data)), func(v js.Value, err error) {
		if err != nil {
			done(nil, false)
			return
		}
		done(bytesFromJS(v), true)
	})
}

// Inflate decompresses deflate-raw data of at most max bytes and calls done
// with the result or why it could not.
func Inflate(data []byte, max int, done func(out []byte, err error)) {
	f := js.Global().Get("sgrules").Get("_inflate")
	if f.Type() != js.TypeFunction {
		done(nil, errors.New("this browser cannot read compressed links (no DecompressionStream)"))
		return
	}
	settle(f.Invoke(bytesToJS(data), max), func(v js.Value, err error) {
		if err != nil {
			done(nil, errors.New("the link's data is damaged ("+err.Error()+")"))
			return
		}
		done(bytesFromJS(v), nil)
	})
}

// settle calls done once the promise p settles.
func settle(p js.Value, done func(js.Value, error)) {
	var ok, fail js.Func
	release := func() { ok.Release(); fail.Release() }
	ok = js.FuncOf(func(_ js.Value, args []js.Value) any {
		release()
		done(args[0], nil)
		return nil
	})
	fail = js.FuncOf(func(_ js.Value, args []js.Value) any {
		release()
		msg := "failed"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done(js.Undefined(), errors.New(msg))
		return nil
	})
	p.Call("then", ok, fail)
}

func bytesToJS(b []byte) js.Value {
	a := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}

func bytesFromJS(v js.Value) []byte {
	b := make([]byte, v.Get("byteLength").Int())
	js.CopyBytesToGo(b, v)
	return b
}

// Recall returns what Remember stored under key, or "" (also when the
// browser refuses storage, as it may for a file:// page or in a sandbox).
func Recall(key string) (v string) {
	defer func() {
		if recover() != nil {
			v = ""
		}
	}()
	ls := js.Global().Get("localStorage")
	if !ls.Truthy() {
		return ""
	}
	item := ls.Call("getItem", key)
	if item.Type() != js.TypeString {
		return ""
	}
	return item.String()
}

// Remember stores value under key in localStorage, if the browser lets it.
func Remember(key, value string) {
	defer func() { recover() }()
	if ls := js.Global().Get("localStorage"); ls.Truthy() {
		ls.Call("setItem", key, value)
	}
}

// focus moves the focus to the first element of ids in the page.
func focus(ids []string) {
	doc := js.Global().Get("document")
	for _, id := range ids {
		if el := doc.Call("getElementById", id); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "center"})
			el.Call("focus", map[string]any{"preventScroll": true})
			return
		}
	}
}
