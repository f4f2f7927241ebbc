//go:build js && wasm

// Command wasm is the sgrules page compiled to WebAssembly: it restores the
// Input from the URL fragment, renders the web components, keeps the
// fragment up to date, and defines globalThis.sgrules.generate for docs
// sites (see docs/contract.md and static/loader.js).
package main

import (
	"strings"
	"syscall/js"

	"github.com/hexops/vecty"

	"sgrules/core"
	"sgrules/web"
	"sgrules/web/store"
)

func main() {
	web.Mark("loader-main")
	api()
	readLink(hash(), start)
	select {}
}

// readLink reads a fragment and calls done with its link. A v1 link's
// Input is compressed: the browser inflates it (a promise) first; other
// links are read at once.
func readLink(frag string, done func(store.Link, error)) {
	packed, err := store.ReadFragment(frag)
	if err != nil || packed.Deflated == nil {
		done(packed.Link, err)
		return
	}
	web.Inflate(packed.Deflated, store.MaxDocument, func(doc []byte, err error) {
		if err != nil {
			done(store.Link{}, err)
			return
		}
		done(packed.Inflated(doc))
	})
}

// Keys of the choices the page remembers in localStorage.
const (
	rememberShell = "sgrules.shell"
	rememberForm  = "sgrules.form"
)

// start renders the page opened at l (or, when err says it could not be
// read, the starting form with a notice) and keeps the address up to date.
func start(l store.Link, err error) {
	// The first frame is the chosen command alone; the whole page follows
	// once it is painted (store.Link.StartStore, store.Started).
	s := l.OpenStart(err, store.Remembered(web.Recall(rememberShell), web.Recall(rememberForm)))
	// What the visitor typed into index.html's skeleton of the page before
	// the generator arrived is taken over: the group's fields at once, so
	// the first command shows them, the rest once the form is there.
	// (static/skeleton.js).
	current := strings.TrimPrefix(hash(), "#")
	opened := s.Revision
	if current == "" {
		takeover = js.Global().Get("sgrules").Get("_skeleton")
		if early := skeleton("early"); early.Truthy() {
			for _, f := range [...]string{"GroupId", "GroupName", "OwnerId"} {
				if v := early.Get(f); v.Type() == js.TypeString {
					s.Dispatch(store.SetField{Field: f, Text: v.String()})
				}
			}
		}
	}
	web.Mark("sgrules-generated")
	// The address says what the page shows (or says nothing readable,
	// which the first edit replaces).
	links := &linker{s: s, written: opened, current: current}
	app := &web.App{Store: s, Env: web.BrowserEnv(links.link)}
	shell, form := s.Shell, s.Form
	s.OnChange = func() {
		vecty.Rerender(app)
		links.schedule()
		if s.Shell != shell || s.Form != form {
			shell, form = s.Shell, s.Form
			web.Remember(rememberShell, shell)
			web.Remember(rememberForm, form)
		}
	}
	js.Global().Call("addEventListener", "hashchange", js.FuncOf(func(js.Value, []js.Value) any {
		links.restore()
		return nil
	}))
	replaceForm(s)
	skeleton("hold")
	if err := vecty.RenderInto("#app", app); err != nil {
		panic(err)
	}
	skeleton("moveIn")
	dropLoader()
	// The rest once the command is on screen.
	web.AfterPainted(web.FirstCommandTiming, func() {
		s.Dispatch(store.Started{})
		skeleton("handover")
	})
	if ready := js.Global().Get("sgrules").Get("_ready"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
}

// linker keeps the address's fragment the page's link: a v1 link, written
// a moment after the last change (compressing is a promise), or the
// example's ex= link while the form holds an example unchanged.
type linker struct {
	s       *store.Store
	written int    // the Revision the address holds
	current string // the fragment written, without "#"
	pending bool
	fn      js.Func // writes the address
	idle    js.Func // asks for fn when the page is idle
}

func (k *linker) schedule() {
	if k.pending || k.s.Revision == k.written {
		return
	}
	k.pending = true
	if k.fn.IsUndefined() {
		k.fn = js.FuncOf(func(js.Value, []js.Value) any {
			k.pending = false
			if k.s.Revision != k.written {
				rev := k.s.Revision
				k.fragment(func(frag string) {
					if k.s.Revision == rev {
						k.written, k.current = rev, frag
						js.Global().Get("history").Call("replaceState", nil, "", address(frag))
					} else {
						k.schedule()
					}
				})
			}
			return nil
		})
	}
	// A moment after the last change, and then only when the browser is
	// idle: compressing the link must not delay the next key press.
	if k.idle.IsUndefined() {
		k.idle = js.FuncOf(func(js.Value, []js.Value) any {
			if ric := js.Global().Get("requestIdleCallback"); ric.Type() == js.TypeFunction {
				ric.Invoke(k.fn, map[string]any{"timeout": 1000})
			} else {
				k.fn.Invoke()
			}
			return nil
		})
	}
	js.Global().Call("setTimeout", k.idle, 250)
}

// fragment calls done with the fragment of the page as it is now.
func (k *linker) fragment(done func(string)) {
	s := k.s
	if e := s.ExampleLink(); e != "" {
		done(e + s.LinkTail())
		return
	}
	web.Deflate(s.Document(), func(out []byte, ok bool) {
		if !ok {
			done(s.Fragment()) // a browser without CompressionStream: an i= link
			return
		}
		done(s.LinkV1(out))
	})
}

// link calls done with the address of the page as it is now.
func (k *linker) link(done func(string)) {
	k.fragment(func(frag string) { done(address(frag)) })
}

// restore opens the link the address holds when it changes, unless it is
// the page's own replaceState echoed back.
func (k *linker) restore() {
	h := strings.TrimPrefix(hash(), "#")
	if h == "" || h == k.current {
		return
	}
	k.current = h
	readLink(h, func(l store.Link, err error) {
		if err != nil {
			// The form stays as it is: only opening the page replaces it.
			k.s.Dispatch(store.ShowNotice{Text: "This link could not be read: " + err.Error() + ". The form is unchanged."})
			return
		}
		l.Open(k.s, nil, store.Link{Shell: k.s.Shell, Form: k.s.Form})
		k.written = k.s.Revision
	})
}

// takeover is static/skeleton.js's takeover of index.html's skeleton, when
// the page has one and was opened without a link (the skeleton is the
// default page's).
var takeover js.Value

// skeleton calls a step of the takeover, if there is one.
func skeleton(step string) js.Value {
	if !takeover.Truthy() {
		return js.Undefined()
	}
	return takeover.Call(step)
}

// replaceForm defines sgrules._replaceForm(inputJSON, output, again), by
// which the importer module (wasm/importer) loads what it read into the
// form (store.ReplaceForm). The page holds no importer: only the Input
// document's reader it already has.
func replaceForm(s *store.Store) {
	js.Global().Get("sgrules").Set("_replaceForm", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) != 3 {
			return nil
		}
		in, _, err := core.DecodeInput([]byte(args[0].String()))
		if err == nil {
			s.Dispatch(store.ReplaceForm{Input: in, Output: args[1].String(), Again: args[2].Bool()})
		}
		return nil
	}))
}

// dropLoader removes the loading screen once the page has rendered.
func dropLoader() {
	doc := js.Global().Get("document")
	if l := doc.Call("getElementById", "loading"); l.Truthy() {
		l.Call("remove")
	}
	doc.Get("body").Get("classList").Call("add", "ready")
}

// hash is the address's fragment, with its "#".
func hash() string { return js.Global().Get("location").Get("hash").String() }

// address is the page's address with frag as its fragment.
func address(frag string) string {
	loc := js.Global().Get("location")
	return loc.Get("origin").String() + loc.Get("pathname").String() + loc.Get("search").String() + "#" + frag
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
