package main

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// usableID is the group ID the visitor types; the default page shows another.
const usableID = "sg-0fedcba9876543210"

// usableProbe runs in every page before its own scripts
// (Page.addScriptToEvaluateOnNewDocument, installUsableProbe) and does
// something only in a page whose query names it (usableQuery). As soon as the group-id field is
// in the DOM it focuses and selects it, as a visitor's click would, and
// resolves __usable.field; the bench then types the new ID with a real input
// event (Input.insertText, as a paste or an input method sends it), and
// __usable.shown resolves with when the command first showed the new ID in
// the DOM, and when the main thread was done with that frame, in ms since
// navigation start.
const usableProbe = `(() => {
  if (!location.search.includes("bench-usable")) return;
  const U = window.__usable = {};
  U.field = new Promise(res => {
    const obs = new MutationObserver(() => {
      const f = document.getElementById("group-id");
      if (!f) return;
      obs.disconnect();
      f.focus(); f.select();
      res(performance.now());
    });
    obs.observe(document, {subtree: true, childList: true});
  });
  U.shown = new Promise(res => {
    const obs = new MutationObserver(() => {
      const c = document.getElementById("cmd-authorize");
      if (!c || !c.textContent.includes(%q)) return;
      obs.disconnect();
      const dom = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => res([dom, performance.now()]);
      ch.port2.postMessage(0);
    });
    obs.observe(document, {subtree: true, childList: true, characterData: true});
  });
})()`

// usableQuery is the query of a page load that types (usableProbe).
const usableQuery = "?bench-usable"

// installUsableProbe adds usableProbe to every document the browser loads
// from now on.
func installUsableProbe(ctx context.Context) error {
	return chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(fmt.Sprintf(usableProbe, usableID)).Do(ctx)
		return err
	}))
}

// usable loads url (the default page) and returns when the group-id field
// appeared, when the command showed the group ID typed into it as soon as
// it did, and when that frame was done on the main thread, in ms since
// navigation start.
func usable(ctx context.Context, url string) (field, dom, frame float64, err error) {
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	var shown []float64
	err = chromedp.Run(tctx,
		chromedp.Navigate("about:blank"),
		// Not chromedp.Navigate, which waits for the load event: the field
		// may be there before it.
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, _, text, _, err := page.Navigate(url + usableQuery).Do(ctx)
			if err == nil && text != "" {
				err = fmt.Errorf("navigating: %s", text)
			}
			return err
		}),
		chromedp.Evaluate(`window.__usable.field`, &field, awaitPromise),
		input.InsertText(usableID),
		chromedp.Evaluate(`window.__usable.shown`, &shown, awaitPromise),
	)
	if err == nil && len(shown) != 2 {
		err = fmt.Errorf("usable probe answered %v", shown)
	}
	if err != nil {
		return 0, 0, 0, err
	}
	return field, shown[0], shown[1], nil
}
