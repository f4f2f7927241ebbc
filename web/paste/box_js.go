//go:build js && wasm

package paste

import "syscall/js"

// Attach turns the events of the paste box (index.html's #import-text and
// #import-button) into s's actions: pasting or dropping imports at once,
// typing waits for the Import button. The box is plain HTML, so the page
// shows it before any WebAssembly runs; static/loader.js saw the events
// before this module was loaded, and stops once Attach is done.
func Attach(s *Store) {
	doc := js.Global().Get("document")
	box, button := doc.Call("getElementById", "import-text"), doc.Call("getElementById", "import-button")
	if !box.Truthy() || !button.Truthy() {
		return
	}
	text := func() { s.Dispatch(SetText{Text: box.Get("value").String()}) }
	listen(box, "input", func(e js.Value) {
		text()
		if t := e.Get("inputType").String(); t == "insertFromPaste" || t == "insertFromDrop" {
			s.Dispatch(Import{})
		}
	})
	listen(box, "dragover", func(e js.Value) { e.Call("preventDefault") })
	listen(box, "drop", func(e js.Value) {
		files := e.Get("dataTransfer").Get("files")
		if !files.Truthy() || files.Length() == 0 {
			return // text dropped: the input event imports it
		}
		e.Call("preventDefault")
		ReadFile(files.Index(0), func(name, content, failed string) {
			if failed != "" {
				s.Dispatch(FileFailed{Name: name, Reason: failed})
				return
			}
			box.Set("value", content)
			text()
			s.Dispatch(Import{})
		})
	})
	listen(button, "click", func(js.Value) {
		text()
		s.Dispatch(Import{})
	})
}

func listen(el js.Value, name string, f func(js.Value)) {
	el.Call("addEventListener", name, js.FuncOf(func(_ js.Value, args []js.Value) any {
		f(args[0])
		return nil
	}))
}

// ReadFile reads a File as text with the browser's File.text(): the file
// stays on the user's machine.
func ReadFile(f js.Value, done func(name, text, failed string)) {
	name := f.Get("name").String()
	var ok, fail js.Func
	ok = js.FuncOf(func(_ js.Value, args []js.Value) any {
		ok.Release()
		fail.Release()
		done(name, args[0].String(), "")
		return nil
	})
	fail = js.FuncOf(func(_ js.Value, args []js.Value) any {
		ok.Release()
		fail.Release()
		done(name, "", args[0].Call("toString").String())
		return nil
	})
	f.Call("text").Call("then", ok, fail)
}
