package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"sort"
	"sync"

	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// tracer records a Chromium trace (the DevTools timeline categories) around
// a page's key presses, for the breakdown of where a press's time goes.
// Long Animation Frame entries would say the same without a trace, but only
// of frames of 50 ms or more: the frames to explain are shorter.
type tracer struct {
	mu     sync.Mutex
	events []traceEvent
	raw    []json.RawMessage // every event, for DevTools (save)
	done   chan struct{}
}

// traceEvent is one complete ("X") event of the trace, in µs.
type traceEvent struct {
	Name string  `json:"name"`
	Ph   string  `json:"ph"`
	Ts   float64 `json:"ts"`
	Dur  float64 `json:"dur"`
	Pid  int     `json:"pid"`
	Tid  int     `json:"tid"`
	Args struct {
		Data struct {
			Type string `json:"type"`
		} `json:"data"`
	} `json:"args"`
}

func (t *tracer) start(ctx context.Context) error {
	t.done = make(chan struct{})
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			t.mu.Lock()
			for _, raw := range ev.Value {
				t.raw = append(t.raw, json.RawMessage(raw))
				var e traceEvent
				if json.Unmarshal(raw, &e) == nil && e.Ph == "X" {
					t.events = append(t.events, e)
				}
			}
			t.mu.Unlock()
		case *tracing.EventTracingComplete:
			close(t.done)
		}
	})
	return chromedp.Run(ctx, tracing.Start().
		WithTransferMode(tracing.TransferModeReportEvents).
		WithTraceConfig(&tracing.TraceConfig{IncludedCategories: []string{
			"toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "blink.user_timing",
		}}))
}

func (t *tracer) stop(ctx context.Context) error {
	if err := chromedp.Run(ctx, tracing.End()); err != nil {
		return err
	}
	select {
	case <-t.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// save writes the trace as a file DevTools' Performance panel opens.
func (t *tracer) save(name string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	b, err := json.Marshal(map[string]any{"traceEvents": t.raw})
	if err != nil {
		return err
	}
	return os.WriteFile(name, b, 0o644)
}

// The parts a key press's main-thread time is split into, in the order the
// breakdown lists them.
const (
	partHandler = "input handlers (Go: Dispatch → Generate → store)"
	partRAF     = "animation-frame callbacks (Vecty's render)"
	partStyle   = "style (UpdateLayoutTree)"
	partLayout  = "layout"
	partPaint   = "pre-paint, paint, layerize"
	partGC      = "V8 garbage collection"
	partTimer   = "timers (link write, Go's scheduler)"
	partOther   = "other tasks"
	partTotal   = "main thread busy, in all"
)

var partOrder = []string{partHandler, partRAF, partStyle, partLayout, partPaint, partGC, partTimer, partOther, partTotal}

// partOf is the part an event's own time (not its children's) counts to,
// or "" for an event not followed.
func partOf(name string) string {
	switch name {
	case "EventDispatch":
		return partHandler
	case "FireAnimationFrame":
		return partRAF
	case "UpdateLayoutTree", "RecalculateStyles":
		return partStyle
	case "Layout":
		return partLayout
	case "PrePaint", "Paint", "Layerize", "UpdateLayer", "CompositeLayers", "PaintImage", "Commit":
		return partPaint
	case "MinorGC", "MajorGC", "V8.GC_SCAVENGER", "V8.GC_MARK_COMPACTOR", "V8.GCIncrementalMarking", "V8.GCFinalizeMC", "BlinkGC.AtomicPhase":
		return partGC
	case "TimerFire":
		return partTimer
	case "RunTask", "ThreadControllerImpl::RunTask":
		return partOther
	}
	return ""
}

// breakdown splits the main thread's time between consecutive keydowns
// into parts, by each followed event's own time (its duration less its
// followed children's), and returns per part the ms of each press.
func (t *tracer) breakdown() (map[string][]float64, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	// The renderer's main thread is the one that dispatched the keydowns.
	type thread struct{ pid, tid int }
	var main thread
	var downs []float64
	for _, e := range t.events {
		if e.Name == "EventDispatch" && e.Args.Data.Type == "keydown" {
			main = thread{e.Pid, e.Tid}
		}
	}
	var evs []traceEvent
	for _, e := range t.events {
		if (thread{e.Pid, e.Tid}) != main || partOf(e.Name) == "" {
			continue
		}
		if e.Name == "EventDispatch" && e.Args.Data.Type == "keydown" {
			downs = append(downs, e.Ts)
		}
		evs = append(evs, e)
	}
	if len(downs) == 0 {
		return nil, errors.New("no keydown in the trace")
	}
	sort.Float64s(downs)
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].Ts != evs[j].Ts {
			return evs[i].Ts < evs[j].Ts
		}
		return evs[i].Dur > evs[j].Dur
	})
	// own[i] is evs[i]'s duration less its direct followed children's.
	own := make([]float64, len(evs))
	var stack []int
	for i, e := range evs {
		for len(stack) > 0 && evs[stack[len(stack)-1]].Ts+evs[stack[len(stack)-1]].Dur <= e.Ts {
			stack = stack[:len(stack)-1]
		}
		own[i] = e.Dur
		if len(stack) > 0 {
			own[stack[len(stack)-1]] -= e.Dur
		}
		stack = append(stack, i)
	}
	per := map[string][]float64{}
	for _, p := range partOrder {
		per[p] = make([]float64, len(downs))
	}
	for i, e := range evs {
		k := sort.SearchFloat64s(downs, e.Ts+0.001) - 1 // the last keydown at or before e
		if k < 0 {
			continue
		}
		ms := max(own[i], 0) / 1000
		per[partOf(e.Name)][k] += ms
		per[partTotal][k] += ms
	}
	return per, nil
}
