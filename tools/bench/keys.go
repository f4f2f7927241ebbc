package main

import (
	"context"
	"fmt"
	"log"
	"math"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"
)

// The key-press rows measure one press three ways, in the same presses:
//
//   - Event Timing (the browser's own measure, the basis of Interaction to
//     Next Paint): the duration of the press's keydown or input entry, from
//     the key's timestamp to the next frame presented after its handlers
//     ran, in steps of 8 ms. The observer reports entries of 16 ms or more
//     (durationThreshold: 16, the least allowed); a press without one took
//     under 16 ms and counts as 0 (shown as "< 16 ms").
//   - DOM: from the key's timestamp to the first DOM change inside the
//     watched element (a MutationObserver), which is early in the press's
//     work: the rest of Vecty's render, style, layout and paint follow.
//   - Frame done: from the key's timestamp to a task posted at that DOM
//     change, which runs once the main thread has finished the frame that
//     shows it (rendering steps run in one task): Event Timing's end without
//     the compositor and its rounding.
//
// A press is sent once the previous one's frame has been presented (two
// animation frames after its DOM change), so presses do not overlap.
const keyProbe = `(() => {
  const L = window.__lat = {t0: null, resolve: null, downs: [], entries: []};
  document.addEventListener("keydown", e => { L.t0 = e.timeStamp; L.downs.push(e.timeStamp); }, true);
  new PerformanceObserver(list => {
    for (const e of list.getEntries())
      if (e.name === "keydown" || e.name === "keypress" || e.name === "input") L.entries.push([e.name, e.startTime, e.duration]);
  }).observe({type: "event", durationThreshold: 16, buffered: true});
  new MutationObserver(recs => {
    const target = document.querySelector(%q);
    if (L.t0 === null || !L.resolve || !target) return;
    if (!recs.some(r => target.contains(r.target))) return;
    const t0 = L.t0, dom = performance.now() - t0; L.t0 = null;
    const r = L.resolve; L.resolve = null;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      const frame = performance.now() - t0;
      requestAnimationFrame(() => requestAnimationFrame(() => r([dom, frame])));
    };
    ch.port2.postMessage(0);
  }).observe(document.body, {subtree: true, childList: true, characterData: true});
  return true;
})()`

// keySettle waits for the Event Timing entries of the last presses: they are
// reported once their frame has been presented, a frame or two later.
const keySettle = `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(true), 250))))`

// keyRun is one page's presses, measured the three ways (ms; Event Timing 0
// for a press under its 16 ms floor).
type keyRun struct {
	dom, frame, et []float64
}

// pressKeys focuses input on the page loaded at url, presses a key n times
// (+5 warm-up), each time waiting until sel changed and its frame was
// presented, and returns the measurements. around, when set, runs around
// the measured presses (the breakdown's trace): start before the first,
// stop after the last.
func pressKeys(ctx context.Context, url, ready, input, sel string, n int, around *tracer) (keyRun, error) {
	tctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	var ok bool
	err := chromedp.Run(tctx,
		chromedp.Navigate("about:blank"), chromedp.Navigate(url),
		chromedp.WaitVisible(ready, chromedp.ByQuery),
		chromedp.Evaluate(fmt.Sprintf(keyProbe, sel), &ok),
		chromedp.Focus(input, chromedp.ByQuery),
	)
	if err != nil {
		return keyRun{}, err
	}
	var run keyRun
	const warm = 5
	for i := 0; i < n+warm; i++ {
		if i == warm && around != nil {
			if err := around.start(tctx); err != nil {
				return keyRun{}, err
			}
		}
		var ms []float64
		err := chromedp.Run(tctx,
			chromedp.Evaluate(`(window.__lat.p = new Promise(r => window.__lat.resolve = r), true)`, &ok),
			chromedp.KeyEvent("x"),
			chromedp.Evaluate(`window.__lat.p`, &ms, awaitPromise),
		)
		if err != nil {
			return keyRun{}, fmt.Errorf("press %d: %v", i, err)
		}
		if i >= warm && len(ms) == 2 {
			run.dom, run.frame = append(run.dom, ms[0]), append(run.frame, ms[1])
		}
	}
	var done struct {
		Downs   []float64
		Entries [][]any
	}
	if err := chromedp.Run(tctx, chromedp.Evaluate(keySettle, &ok, awaitPromise),
		chromedp.Evaluate(`({Downs: window.__lat.downs, Entries: window.__lat.entries})`, &done)); err != nil {
		return keyRun{}, err
	}
	if around != nil {
		if err := around.stop(tctx); err != nil {
			return keyRun{}, err
		}
	}
	run.et = matchEntries(done.Downs, done.Entries)
	if len(run.et) >= warm {
		run.et = run.et[warm:]
	}
	return run, nil
}

// matchEntries gives each press (its keydown's timestamp in downs) the
// longest duration among the Event Timing entries of its keydown (same start)
// and of the keypress and input events that followed it before the next
// press; 0 when there is none (the press took under 16 ms).
func matchEntries(downs []float64, entries [][]any) []float64 {
	out := make([]float64, len(downs))
	for _, e := range entries {
		if len(e) != 3 {
			continue
		}
		name, _ := e[0].(string)
		start, _ := e[1].(float64)
		dur, _ := e[2].(float64)
		for i, t := range downs {
			next := math.Inf(1)
			if i+1 < len(downs) {
				next = downs[i+1]
			}
			if name == "keydown" && math.Abs(start-t) > 0.01 {
				continue
			}
			if start < t-0.01 || start >= next {
				continue
			}
			out[i] = max(out[i], dur)
			break
		}
	}
	return out
}

// The names of the key-press rows; the targets find them by these prefixes.
const (
	rowKeysET    = "key press → next paint (Event Timing)"
	rowKeysDOM   = "key press → first DOM change of the command (not what a visitor sees)"
	rowKeysFrame = "key press → frame done on the main thread"
)

// keyPages are the pages whose key presses are measured, in one run.
func keyPages(urls map[string]string) []struct{ name, url, ready, input, sel string } {
	pages := []struct{ name, url, ready, input, sel string }{}
	for _, n := range []int{1, 10, 60} {
		pages = append(pages, struct{ name, url, ready, input, sel string }{
			fmt.Sprintf("sgrules, %d rule(s)", n), urls["main"] + fragment(benchInput(n)),
			"#cmd-authorize", "#r1-IpRanges0-Description", "#cmd-authorize"})
	}
	return append(pages, struct{ name, url, ready, input, sel string }{"echo", urls["echo"], "#echo-input", "#echo-input", "#echo-out"})
}

// measureKeys fills r's key-press rows, then the breakdown of the 60-rule
// page's presses from a trace (a run of its own: tracing slows the page).
func measureKeys(ctx context.Context, urls map[string]string, presses int, out string, r *report) error {
	for _, p := range keyPages(urls) {
		log.Printf("key presses: %s", p.name)
		run, err := pressKeys(ctx, p.url, p.ready, p.input, p.sel, presses, nil)
		if err != nil {
			return fmt.Errorf("key presses, %s: %v", p.name, err)
		}
		r.et = append(r.et, timeRow{p.name, run.et})
		r.keys = append(r.keys, timeRow{p.name + ": " + rowKeysDOM, run.dom}, timeRow{p.name + ": " + rowKeysFrame, run.frame})
	}
	log.Printf("key presses at 60 rules, traced")
	tr := &tracer{}
	p := keyPages(urls)[2]
	run, err := pressKeys(ctx, p.url, p.ready, p.input, p.sel, presses, tr)
	if err != nil {
		return fmt.Errorf("traced key presses: %v", err)
	}
	r.breakdown, err = tr.breakdown()
	if err != nil {
		return fmt.Errorf("trace: %v", err)
	}
	if err := tr.save(filepath.Join(out, "keys-60-rules.trace.json")); err != nil {
		return err
	}
	r.breakdownET = run.et
	return nil
}
