package browsertest

import (
	"context"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sgrules/tools/pagekit"
	"sgrules/tools/serve/servefs"
)

// TestSkeletonIsThePage holds index.html's skeleton (tools/pagekit/skeleton.go)
// to the page it copies: the default page, rendered, serializes to exactly
// the skeleton index.html carries.
func TestSkeletonIsThePage(t *testing.T) {
	p := open(t)
	live, err := pagekit.LiveSkeleton(p.ctx, p.base)
	require.NoError(t, err)
	root, err := pagekit.RepoRoot()
	require.NoError(t, err)
	index, err := os.ReadFile(filepath.Join(root, "index.html"))
	require.NoError(t, err)
	carried, err := pagekit.Skeleton(index)
	require.NoError(t, err)
	if live != carried {
		at := 0
		for at < len(live) && at < len(carried) && live[at] == carried[at] {
			at++
		}
		lo := max(at-120, 0)
		t.Fatalf("index.html's skeleton is not the page: run `go run ./tools/prerender`.\nfirst difference at byte %d:\n index.html: …%s…\n page:       …%s…",
			at, carried[lo:min(at+120, len(carried))], live[lo:min(at+120, len(live))])
	}
	// Nothing moved while the generator took the skeleton over: the
	// layout shifts the browser recorded (Layout Instability API) add up
	// to almost nothing.
	var shift struct {
		N, Sum float64
		What   []string
	}
	p.run(t, chromedp.Evaluate(`(() => { const o = new PerformanceObserver(() => {});
		o.observe({type: "layout-shift", buffered: true});
		const list = o.takeRecords(); o.disconnect();
		return {N: list.length, Sum: list.reduce((sum, e) => sum + (e.hadRecentInput ? 0 : e.value), 0),
			What: list.map(e => e.startTime.toFixed(0) + "ms " + e.value.toFixed(4) + ": " + e.sources.map(s => s.node ? (s.node.id || s.node.className || s.node.nodeName) + " " + JSON.stringify(s.previousRect) + "→" + JSON.stringify(s.currentRect) : "?").join("; "))}; })()`, &shift))
	t.Logf("layout shifts: %v", shift)
	assert.Less(t, shift.Sum, 0.05, "cumulative layout shift of the default page's start (0.1 is the web's \"good\" limit)")
	p.clean(t)
}

// gatedServe serves the built page like pagekit.Serve, but holds every
// request for main.wasm until release is called: the skeleton is all the
// page has until then.
func gatedServe(t *testing.T) (base string, release func()) {
	t.Helper()
	site, err := builtSite()
	require.NoError(t, err)
	gate := make(chan struct{})
	files := servefs.Handler(site)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := &http.Server{ReadHeaderTimeout: 10 * time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/static/main.wasm" {
			select {
			case <-gate:
			case <-r.Context().Done():
				return
			}
		}
		files.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	var released bool
	return "http://" + ln.Addr().String() + "/", func() {
		if !released {
			released = true
			close(gate)
		}
	}
}

// navigateNoWait starts loading url without waiting for its load event,
// which the held main.wasm (preloaded) would hold back.
func navigateNoWait(url string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		_, _, _, _, err := cdppage.Navigate(url).Do(ctx)
		return err
	})
}

// TestTypingBeforeTheGeneratorArrives types into the skeleton while
// main.wasm is held back, then lets it through: nothing typed is lost, the
// command shows it (the group ID already in the first command), and the
// caret is where the visitor left it.
func TestTypingBeforeTheGeneratorArrives(t *testing.T) {
	p := open(t)
	base, release := gatedServe(t)
	t.Cleanup(release)
	p.base = base
	const id = "sg-0aaaabbbbccccdddd"
	var ready bool
	p.run(t,
		navigateNoWait(base),
		chromedp.Poll(`!!document.querySelector("main[data-skeleton] #r1-IpRanges0-Description")`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Evaluate(`document.body.classList.contains("ready")`, &ready),
	)
	require.False(t, ready, "the generator started although main.wasm was held back")
	p.run(t,
		chromedp.Evaluate(`(() => { const g = document.getElementById("group-id"); g.focus(); g.select(); return true; })()`, &ready),
		chromedp.SendKeys("#group-id", id, chromedp.ByQuery),
		chromedp.Evaluate(`(() => { const s = document.getElementById("dry-run"); s.value = "true"; s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`, &ready),
		chromedp.Evaluate(`(() => { const d = document.getElementById("r1-IpRanges0-Description"); d.focus(); d.select(); return true; })()`, &ready),
		chromedp.SendKeys("#r1-IpRanges0-Description", "office", chromedp.ByQuery),
		chromedp.Evaluate(`(() => { const d = document.getElementById("r1-IpRanges0-Description"); d.focus(); d.setSelectionRange(2, 2); return true; })()`, &ready),
	)
	release()
	var caret struct {
		ID    string
		Start int
		Value string
		Group string
	}
	p.run(t,
		chromedp.Poll(`document.body.classList.contains("ready")`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		// The group ID is in the first command the generator shows.
		chromedp.Poll(`document.getElementById("cmd-authorize").textContent.includes("`+id+`")`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		// The rest once the form is there.
		chromedp.Poll(`(() => { const c = document.getElementById("cmd-authorize").textContent;
			return c.includes("Description=office") && c.includes("--dry-run") && !document.querySelector("[data-skeleton], [aria-busy]"); })()`,
			nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Evaluate(`(() => { const a = document.activeElement;
			return {ID: a.id, Start: a.selectionStart || 0, Value: a.value, Group: document.getElementById("group-id").value}; })()`, &caret),
	)
	assert.Equal(t, "r1-IpRanges0-Description", caret.ID, "the focus stays in the field it was in")
	assert.Equal(t, 2, caret.Start, "the caret stays where it was")
	assert.Equal(t, "office", caret.Value)
	assert.Equal(t, id, caret.Group)
	var forms, descriptions int
	p.run(t,
		chromedp.Evaluate(`document.querySelectorAll("section.form").length`, &forms),
		chromedp.Evaluate(`document.querySelectorAll("#r1-IpRanges0-Description").length`, &descriptions),
	)
	assert.Equal(t, 1, forms, "one form: the skeleton's is gone")
	assert.Equal(t, 1, descriptions)
	p.clean(t)
}
