//go:build js && wasm

// Command wasm is the sgrules page compiled to WebAssembly: it restores the
// Input from the URL fragment, renders the web components, keeps the
// fragment up to date, and defines globalThis.sgrules.generate for docs
// sites (see docs/contract.md and static/loader.js).
package main

import (
	"syscall/js"

	"github.com/hexops/vecty"

	"sgrules/core"
	"sgrules/web"
	"sgrules/web/store"
)

func main() {
	web.Mark("loader-main")
	api()
	start, _ := hashLink()
	// The first frame is the chosen command alone; the whole page follows
	// once it is painted (store.Link.StartStore, store.Started).
	s := start.StartStore()
	web.Mark("sgrules-generated")
	app := &web.App{Store: s, Env: web.BrowserEnv(func() string { return link(s) })}
	written := s.Revision
	pending := false
	writeLink := js.FuncOf(func(js.Value, []js.Value) any {
		pending = false
		if s.Revision != written {
			written = s.Revision
			js.Global().Get("history").Call("replaceState", nil, "", link(s))
		}
		return nil
	})
	// The link is written once typing pauses (250 ms), and then only when
	// the browser is idle, so encoding the Input and replaceState never
	// delay a key press's frame (at most 1 s later if it never idles).
	whenIdle := js.FuncOf(func(js.Value, []js.Value) any {
		if ric := js.Global().Get("requestIdleCallback"); ric.Truthy() {
			ric.Invoke(writeLink, map[string]any{"timeout": 1000})
		} else {
			writeLink.Invoke()
		}
		return nil
	})
	s.OnChange = func() {
		vecty.Rerender(app)
		if !pending {
			pending = true
			js.Global().Call("setTimeout", whenIdle, 250)
		}
	}
	js.Global().Call("addEventListener", "hashchange", js.FuncOf(func(js.Value, []js.Value) any {
		restore(s)
		return nil
	}))
	if err := vecty.RenderInto("#app", app); err != nil {
		panic(err)
	}
	dropLoader()
	// The rest once the command is on screen.
	web.AfterPainted(web.FirstCommandTiming, func() { s.Dispatch(store.Started{}) })
	if ready := js.Global().Get("sgrules").Get("_ready"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// dropLoader removes the loading screen once the page has rendered.
func dropLoader() {
	doc := js.Global().Get("document")
	if l := doc.Call("getElementById", "loading"); l.Truthy() {
		l.Call("remove")
	}
	doc.Get("body").Get("classList").Call("add", "ready")
}

// hashLink is what the URL fragment holds; ok is false
// when it holds no valid link (an invalid one is reported on the console).
func hashLink() (l store.Link, ok bool) {
	hash := js.Global().Get("location").Get("hash").String()
	if hash == "" || hash == "#" {
		return store.Link{}, false
	}
	l, err := store.ParseFragment(hash)
	if err != nil {
		js.Global().Get("console").Call("warn", "sgrules: ignoring the link: "+err.Error())
		return store.Link{}, false
	}
	return l, true
}

// restore loads the Input, shell and form the URL fragment names, if any,
// when the fragment changes.
func restore(s *store.Store) {
	l, ok := hashLink()
	if !ok || "#"+s.Fragment() == js.Global().Get("location").Get("hash").String() {
		return // no link, or our own replaceState echoed back
	}
	l.Apply(s)
}

// link is the page's address with the current state in the fragment.
func link(s *store.Store) string {
	loc := js.Global().Get("location")
	return loc.Get("origin").String() + loc.Get("pathname").String() + loc.Get("search").String() + "#" + s.Fragment()
}

// api defines globalThis.sgrules.generate(inputJSON) → resultJSON. When the
// argument is not a JSON object it returns an Error object, which the
// wrapper in static/loader.js throws.
func api() {
	g := js.Global()
	ns := g.Get("sgrules")
	if !ns.Truthy() {
		ns = g.Get("Object").New()
		g.Set("sgrules", ns)
	}
	ns.Set("generate", js.FuncOf(func(_ js.Value, args []js.Value) (ret any) {
		defer func() {
			if e := recover(); e != nil {
				msg := "unexpected panic"
				switch v := e.(type) {
				case error:
					msg = v.Error()
				case string:
					msg = v
				}
				ret = g.Get("Error").New("sgrules.generate: internal error: " + msg)
			}
		}()
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return g.Get("TypeError").New("sgrules.generate takes one string: the Input JSON document")
		}
		out, err := core.GenerateJSON([]byte(args[0].String()))
		if err != nil {
			return g.Get("Error").New("sgrules.generate: " + err.Error())
		}
		return string(out)
	}))
}
