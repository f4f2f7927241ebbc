//go:build js && wasm

// Command embed is the sgrules command card (embed.html) compiled to
// WebAssembly: it reads the card's link from the URL fragment (the same
// links as the page), renders web/embed's view of a store.Card, remembers
// the reader's shell and keeps the fragment's sh= the shell shown, so a
// reload keeps it. It is its own module so that the page's main.wasm does
// not grow.
package main

import (
	"syscall/js"

	"github.com/hexops/vecty"

	"sgrules/web"
	"sgrules/web/embed"
	"sgrules/web/store"
)

// rememberShell is the card's own localStorage key for the reader's shell
// (the page's is sgrules.shell): a card's reader chooses for cards.
const rememberShell = "sgrules.embed.shell"

func main() {
	frag := js.Global().Get("location").Get("hash").String()
	web.ReadLink(frag, func(l store.Link, err error) {
		c := store.OpenCard(frag, l, err, web.Recall(rememberShell))
		view := &embed.View{Card: c, Env: web.BrowserEnv(nil)}
		shell := ""
		if c.Store != nil {
			shell = c.Store.Shell
		}
		c.OnChange = func() {
			vecty.Rerender(view)
			if c.Store != nil && c.Store.Shell != shell {
				shell = c.Store.Shell
				web.Remember(rememberShell, shell)
				js.Global().Get("history").Call("replaceState", nil, "", "#"+c.Fragment)
			}
		}
		// A host that points the iframe at another link by its fragment
		// alone does not reload it: the card opens the new link afresh.
		// (Its own replaceState fires no hashchange.)
		js.Global().Call("addEventListener", "hashchange", js.FuncOf(func(js.Value, []js.Value) any {
			js.Global().Get("location").Call("reload")
			return nil
		}))
		if err := vecty.RenderInto("#card", view); err != nil {
			panic(err)
		}
		doc := js.Global().Get("document")
		if l := doc.Call("getElementById", "loading"); l.Truthy() {
			l.Call("remove")
		}
		doc.Get("body").Get("classList").Call("add", "ready")
	})
	select {}
}
