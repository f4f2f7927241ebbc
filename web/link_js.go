//go:build js && wasm

package web

import "sgrules/web/store"

// ReadLink reads a fragment (store.ReadFragment) and calls done with its
// link. A v1 link's Input is compressed: the browser inflates it (a
// promise) first; other links are read at once. The page and the command
// card (wasm/embed) open their links with it.
func ReadLink(frag string, done func(store.Link, error)) {
	packed, err := store.ReadFragment(frag)
	if err != nil || packed.Deflated == nil {
		done(packed.Link, err)
		return
	}
	Inflate(packed.Deflated, store.MaxDocument, func(doc []byte, err error) {
		if err != nil {
			done(store.Link{}, err)
			return
		}
		done(packed.Inflated(doc))
	})
}
