package main

import (
	"context"
	"encoding/base64"
	"fmt"
	"log"
	"sort"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"sgrules/core"
	"sgrules/tools/pagekit"
)

// benchInput is the Input the key-press runs load: n TCP rules, each with
// one described IPv4 source (the same shape as core's BenchmarkGenerate).
func benchInput(n int) core.Input {
	in := core.Input{Command: core.Ingress, Request: core.Request{GroupId: core.Str("sg-1234567890abcdef0")}}
	for i := 0; i < n; i++ {
		in.Request.IpPermissions = append(in.Request.IpPermissions, core.IpPermission{
			IpProtocol: core.Str("tcp"), FromPort: core.Int(int64(1000 + i)), ToPort: core.Int(int64(1000 + i)),
			IpRanges: []core.IpRange{{CidrIp: core.Str(fmt.Sprintf("10.%d.%d.0/24", i/256, i%256)), Description: core.Str(fmt.Sprintf("rule %d", i))}},
		})
	}
	return in
}

func fragment(in core.Input) string {
	doc := core.EncodeInput(in)
	return "#i=" + base64.RawURLEncoding.EncodeToString(doc) + "&sh=bash&f=shorthand"
}

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

// The first-command rows: when the page put the command in the DOM (a
// performance mark, as hello marks its text), and when the browser painted
// it (Element Timing), which is when a visitor sees it.
const (
	rowMainMark   = "sgrules: navigation → first command in the DOM (mark)"
	rowHelloMark  = "hello: navigation → first render in the DOM (mark)"
	rowMainPaint  = "sgrules: navigation → first command painted"
	rowHelloPaint = "hello: navigation → first render painted"
	// The whole page usable, as a visitor meets it (usable): a group ID
	// typed into its field as soon as the field is there shows in the
	// command.
	rowUsable      = "sgrules: navigation → whole page usable (a group ID typed at once shows in the command, DOM)"
	rowUsableFrame = "sgrules: navigation → whole page usable, that frame done on the main thread"
	rowField       = "sgrules: navigation → group-id field in the DOM"
)

// loadSteps are the marks that split a load: static/loader.js's (download
// and compile), "loader-main" when Go's main starts (both pages), and the
// page's own steps: the first Generate done (wasm/main.go), then — after the
// first command (the timed mark) — the whole page, form included, rendered
// in a later task (web.FormView's Mount).
var loadSteps = []struct {
	mark, name string
	pageOnly   bool
}{
	{"loader-compiled", "navigation → wasm compiled", false},
	{"loader-main", "navigation → Go main runs", false},
	{"sgrules-generated", "navigation → first Generate done (chosen command)", true},
	{"sgrules-page", "navigation → whole page rendered", true},
}

// firstMark loads url (a fresh navigation, cache disabled) and returns, in
// ms since navigation start, when the performance mark was set, when the
// element named painted (its elementtiming attribute) was first painted as
// Element Timing reports it, and when each of loadSteps was (-1 for the
// page's own steps when page is false).
func firstMark(ctx context.Context, url, mark, painted string, page bool) (float64, float64, []float64, error) {
	var ms, paint float64
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Run(tctx, chromedp.Navigate("about:blank"), chromedp.Navigate(url),
		chromedp.Evaluate(markTime(mark), &ms, awaitPromise),
		chromedp.Evaluate(paintTime(painted), &paint, awaitPromise)); err != nil {
		return 0, 0, nil, err
	}
	steps := make([]float64, len(loadSteps))
	for i, s := range loadSteps {
		if s.pageOnly && !page {
			steps[i] = -1
			continue
		}
		// A step after the timed mark (the whole page) may still be coming.
		if err := chromedp.Run(tctx, chromedp.Evaluate(markTime(s.mark), &steps[i], awaitPromise)); err != nil {
			return 0, 0, nil, fmt.Errorf("mark %s: %v", s.mark, err)
		}
	}
	return ms, paint, steps, nil
}

// paintTime is a promise of when the element whose elementtiming attribute
// is name was first painted (Element Timing's renderTime, which Chromium
// rounds to 4 ms), in ms since navigation start.
func paintTime(name string) string {
	return fmt.Sprintf(`new Promise(r => new PerformanceObserver((list, obs) => {
  for (const e of list.getEntries()) if (e.identifier === %q) { obs.disconnect(); r(e.renderTime); return; }
}).observe({type: "element", buffered: true}))`, name)
}

// markTime is a promise of the time of the performance mark named mark, in
// ms since navigation start, once the page has set it.
func markTime(mark string) string {
	return fmt.Sprintf(`new Promise(r => { const f = () => { const e = performance.getEntriesByName(%q); if (e.length) r(e[0].startTime); else setTimeout(f, 5); }; f(); })`, mark)
}

// measure fills r's browser timings.
func measure(ctx context.Context, urls map[string]string, loads, presses int, out string, r *report) error {
	if err := chromedp.Run(ctx, network.Enable(), network.SetCacheDisabled(true)); err != nil {
		return err
	}
	if err := installUsableProbe(ctx); err != nil {
		return err
	}
	var mainMs, helloMs, mainPaint, helloPaint, fieldMs, usableMs, usableFrame []float64
	mainSteps, helloSteps := make([][]float64, len(loadSteps)), make([][]float64, len(loadSteps))
	for i := 0; i < loads+1; i++ { // the first pair warms the browser up
		log.Printf("load %d/%d", i+1, loads+1)
		m, mp, ms, err := firstMark(ctx, urls["main"], "sgrules-first-command", pagekit.FirstCommandTiming, true)
		if err != nil {
			return fmt.Errorf("main page load: %v", err)
		}
		h, hp, hs, err := firstMark(ctx, urls["hello"], "hello-first-render", "hello", false)
		if err != nil {
			return fmt.Errorf("hello page load: %v", err)
		}
		f, u, uf, err := usable(ctx, urls["main"])
		if err != nil {
			return fmt.Errorf("main page load, typing: %v", err)
		}
		if i > 0 {
			fieldMs, usableMs, usableFrame = append(fieldMs, f), append(usableMs, u), append(usableFrame, uf)
			mainMs, helloMs = append(mainMs, m), append(helloMs, h)
			mainPaint, helloPaint = append(mainPaint, mp), append(helloPaint, hp)
			for k := range loadSteps {
				mainSteps[k], helloSteps[k] = append(mainSteps[k], ms[k]), append(helloSteps[k], hs[k])
			}
		}
	}
	r.load = []timeRow{{rowMainMark, mainMs}, {rowHelloMark, helloMs}, {rowMainPaint, mainPaint}, {rowHelloPaint, helloPaint},
		{rowUsable, usableMs}, {rowUsableFrame, usableFrame}, {rowField, fieldMs}}
	for k, s := range loadSteps {
		r.steps = append(r.steps, timeRow{"sgrules: " + s.name, mainSteps[k]})
		if !s.pageOnly {
			r.steps = append(r.steps, timeRow{"hello: " + s.name, helloSteps[k]})
		}
	}

	return measureKeys(ctx, urls, presses, out, r)
}

// percentile of sorted-on-demand samples (nearest rank).
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(p/100*float64(len(s))+0.5) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(s) {
		i = len(s) - 1
	}
	return s[i]
}
