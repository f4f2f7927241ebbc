//go:build js && wasm

package importbox

import (
	"github.com/hexops/vecty"

	"sgrules/web/paste"
)

// BrowserEnv is the view's Env in a browser.
func BrowserEnv() Env {
	return Env{ReadFile: func(e *vecty.Event, done func(name, text, failed string)) bool {
		files := e.Target.Get("files")
		if !files.Truthy() || files.Length() == 0 {
			return false
		}
		paste.ReadFile(files.Index(0), done)
		return true
	}}
}
