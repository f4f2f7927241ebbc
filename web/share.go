package web

import (
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"

	"sgrules/web/store"
)

// shareMenu is the Share menu beside "Copy link": it copies the page's
// link, an iframe of its command card (embed.html) or Markdown of the link
// and the command. Each text is built when its button is clicked, from
// the link the page makes then (store.Shared), so it holds the form as it
// is; the menu shows no texts of its own, which keeps it small in the
// page's WebAssembly.
func (o *OutputView) shareMenu() *vecty.HTML {
	s := o.Store
	item := func(request, label string) *vecty.HTML {
		return elem.ListItem(button(label, "copy", "", func() { o.copy("share", s.ShareText(request)) }))
	}
	return elem.Details(vecty.Markup(vecty.Class("share-menu"), vecty.Attribute("id", "share")),
		elem.Summary(vecty.Text("Share")),
		elem.UnorderedList(
			item(store.ShareLink, "Copy the link"),
			item(store.ShareIframe, "Copy an iframe of the command card"),
			item(store.ShareMarkdown, "Copy Markdown: the link and the command"),
		), o.copiedNote("share"))
}
