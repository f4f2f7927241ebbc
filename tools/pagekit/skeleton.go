package pagekit

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
)

// index.html carries a skeleton of the default page: the #app element as
// the page renders it when opened without a link, so a visitor sees the form
// and the command, and can type, before main.wasm has arrived (the page
// takes over what was typed: web/skeleton_js.go). The skeleton is made from
// the page itself by `go run ./tools/prerender`, and the browser test
// TestSkeletonIsThePage fails when it no longer matches.

// skeletonJS serializes the live page's #app as the skeleton: control
// values (properties, which Vecty sets) become attributes, so the static
// copy shows them; elementtiming attributes are dropped, since the page
// waits for its own first command's paint; data-skeleton marks it; and
// every element's attributes (and classes) are in name order.
const skeletonJS = `(() => {
  const live = document.getElementById("app");
  const app = live.cloneNode(true);
  const from = live.querySelectorAll("input, select, textarea");
  const to = app.querySelectorAll("input, select, textarea");
  from.forEach((el, i) => {
    const d = to[i];
    if (el.tagName === "SELECT") {
      Array.from(el.options).forEach((o, j) => o.selected ? d.options[j].setAttribute("selected", "") : d.options[j].removeAttribute("selected"));
    } else if (el.tagName === "TEXTAREA") {
      d.textContent = el.value;
    } else if (el.type === "checkbox" || el.type === "radio") {
      el.checked ? d.setAttribute("checked", "") : d.removeAttribute("checked");
    } else {
      d.setAttribute("value", el.value);
    }
  });
  app.querySelectorAll("[elementtiming]").forEach(e => e.removeAttribute("elementtiming"));
  app.setAttribute("data-skeleton", "");
  // Vecty sets an element's attributes and classes in map order, which
  // varies from one render to the next: sorted, the same page serializes the same.
  [app, ...app.querySelectorAll("*")].forEach(e => {
    const attrs = Array.from(e.attributes, a => [a.name, a.name === "class" ? a.value.split(/\s+/).sort().join(" ") : a.value])
      .sort((a, b) => a[0] < b[0] ? -1 : 1);
    attrs.forEach(([n]) => e.removeAttribute(n));
    attrs.forEach(([n, v]) => e.setAttribute(n, v));
  });
  return app.outerHTML;
})()`

// pageSettled is true once the page has started and shows its whole form.
const pageSettled = `document.body.classList.contains("ready") && !!document.getElementById("add-rule") && !document.querySelector("#app [aria-busy]")`

// LiveSkeleton opens the default page at base (a browser with a fresh
// profile, so no remembered shell or form) and returns its skeleton as
// index.html should carry it.
func LiveSkeleton(ctx context.Context, base string) (string, error) {
	var skel string
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	err := chromedp.Run(tctx,
		chromedp.Navigate(base),
		chromedp.Poll(pageSettled, nil, chromedp.WithPollingTimeout(50*time.Second)),
		chromedp.Evaluate(skeletonJS, &skel),
	)
	if err != nil {
		return "", fmt.Errorf("pagekit: reading the page's skeleton: %w", err)
	}
	return skel, nil
}

// skeletonBounds finds the #app element in index.html: from the `<main`
// whose tag holds id="app" to the first `</main>` after it.
func skeletonBounds(index []byte) (start, end int, err error) {
	id := bytes.Index(index, []byte(` id="app"`))
	if id >= 0 {
		start = bytes.LastIndex(index[:id], []byte("<main"))
	}
	if id < 0 || start < 0 || bytes.IndexByte(index[start:id], '>') >= 0 {
		return 0, 0, errors.New(`pagekit: index.html has no <main id="app">`)
	}
	n := bytes.Index(index[start:], []byte("</main>"))
	if n < 0 {
		return 0, 0, errors.New(`pagekit: index.html's <main id="app"> is not closed`)
	}
	return start, start + n + len("</main>"), nil
}

// Skeleton returns the #app element index.html carries.
func Skeleton(index []byte) (string, error) {
	start, end, err := skeletonBounds(index)
	if err != nil {
		return "", err
	}
	return string(index[start:end]), nil
}

// WithSkeleton returns index with its #app element replaced by skel.
func WithSkeleton(index []byte, skel string) ([]byte, error) {
	start, end, err := skeletonBounds(index)
	if err != nil {
		return nil, err
	}
	out := append([]byte{}, index[:start]...)
	out = append(out, skel...)
	return append(out, index[end:]...), nil
}
