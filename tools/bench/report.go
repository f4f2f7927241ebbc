package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/build"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"sgrules/tools/pagekit"
)

type sizeRow struct {
	name  string
	sizes pagekit.Sizes
}

type timeRow struct {
	name string
	ms   []float64
}

type genRow struct {
	name                string
	nsOp, bOp, allocsOp float64
}

type report struct {
	header string
	sizes  []sizeRow
	load   []timeRow
	steps  []timeRow // where a load's time goes, by loader mark
	keys   []timeRow // the DOM and frame-done probes of the key presses
	// et is per page the key presses' Event Timing durations (0: under
	// 16 ms).
	et  []timeRow
	gen []genRow
	// imp is core.Import's go test -bench rows.
	imp []genRow
	// breakdown is, per part (partOrder), the ms of each traced key press
	// at 60 rules; breakdownET the same presses' Event Timing durations.
	breakdown   map[string][]float64
	breakdownET []float64
}

// goBench runs core's BenchmarkGenerate and BenchmarkImport (the commands
// Generate prints for 1 and 60 rules, read back: "text" the whole of
// Import, "argv" the CLI's part alone) and parses their lines.
func goBench(root string) (gen, imp []genRow) {
	goBin := filepath.Join(build.Default.GOROOT, "bin", "go")
	cmd := exec.Command(goBin, "test", "-run", "^$", "-bench", "^(BenchmarkGenerate|BenchmarkImport)$", "-benchmem", "-count", "1", "./core")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		fmt.Printf("go test -bench failed: %v\n%s\n", err, out)
		return nil, nil
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 8 {
			continue
		}
		rows := &gen
		name, ok := strings.CutPrefix(f[0], "BenchmarkGenerate/")
		if !ok {
			rows = &imp
			if name, ok = strings.CutPrefix(f[0], "BenchmarkImport/"); !ok {
				continue
			}
		}
		if i := strings.LastIndex(name, "-"); i > 0 {
			name = name[:i]
		}
		ns, _ := strconv.ParseFloat(f[2], 64)
		b, _ := strconv.ParseFloat(f[4], 64)
		a, _ := strconv.ParseFloat(f[6], 64)
		*rows = append(*rows, genRow{name, ns, b, a})
	}
	return gen, imp
}

func (r *report) size(name string) (pagekit.Sizes, bool) {
	for _, s := range r.sizes {
		if s.name == name {
			return s.sizes, true
		}
	}
	return pagekit.Sizes{}, false
}

func (r *report) timing(rows []timeRow, prefix string) ([]float64, bool) {
	for _, t := range rows {
		if strings.HasPrefix(t.name, prefix) {
			return t.ms, true
		}
	}
	return nil, false
}

func kb(n int64) string { return fmt.Sprintf("%.0f KiB", float64(n)/1024) }

// String renders the table as Markdown.
func (r *report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "### Benchmark\n\n%s\n\n", r.header)
	b.WriteString("| wasm (" + strings.Join(pagekit.WasmBuildFlags, " ") + ") | raw | gzip -9 | brotli 11 |\n|---|---:|---:|---:|\n")
	for _, s := range r.sizes {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", s.name, kb(s.sizes.Raw), kb(s.sizes.Gzip), kb(s.sizes.Brotli))
	}
	if len(r.load) > 0 {
		b.WriteString("\n| page timing (headless Chromium, loopback, cache off) | n | median | p95 |\n|---|---:|---:|---:|\n")
		for _, t := range append(append(append([]timeRow{}, r.load...), r.steps...), r.keys...) {
			fmt.Fprintf(&b, "| %s | %d | %.1f ms | %.1f ms |\n", t.name, len(t.ms), percentile(t.ms, 50), percentile(t.ms, 95))
		}
	}
	if len(r.et) > 0 {
		b.WriteString("\n| key press → next paint (Event Timing: the keydown/input entry's duration, 8 ms steps; none: under 16 ms) | n | under 16 ms | median | p95 |\n|---|---:|---:|---:|---:|\n")
		for _, t := range r.et {
			fmt.Fprintf(&b, "| %s | %d | %d %% | %s | %s |\n", t.name, len(t.ms), under16(t.ms), etMs(percentile(t.ms, 50)), etMs(percentile(t.ms, 95)))
		}
	}
	if len(r.breakdown) > 0 {
		n := len(r.breakdown[partTotal])
		fmt.Fprintf(&b, "\n| one key press at 60 rules, main thread (Chromium trace, %d presses, keydown to next keydown; tracing slows the page) | median | p95 | mean |\n|---|---:|---:|---:|\n", n)
		for _, p := range partOrder {
			ms := r.breakdown[p]
			fmt.Fprintf(&b, "| %s | %.1f ms | %.1f ms | %.1f ms |\n", p, percentile(ms, 50), percentile(ms, 95), mean(ms))
		}
		fmt.Fprintf(&b, "| the same presses: key press → next paint (Event Timing) | %s | %s | |\n", etMs(percentile(r.breakdownET, 50)), etMs(percentile(r.breakdownET, 95)))
	}
	if len(r.gen) > 0 {
		b.WriteString("\n| core.Generate (go test -bench, native) | ns/op | B/op | allocs/op |\n|---|---:|---:|---:|\n")
		for _, g := range r.gen {
			fmt.Fprintf(&b, "| %s | %.0f | %.0f | %.0f |\n", g.name, g.nsOp, g.bOp, g.allocsOp)
		}
	}
	if len(r.imp) > 0 {
		b.WriteString("\n| core.Import (go test -bench, native; text: the whole import, argv: the CLI's part alone) | ns/op | B/op | allocs/op |\n|---|---:|---:|---:|\n")
		for _, g := range r.imp {
			fmt.Fprintf(&b, "| %s | %.0f | %.0f | %.0f |\n", g.name, g.nsOp, g.bOp, g.allocsOp)
		}
	}
	b.WriteString("\n| target | measured | met |\n|---|---|---|\n")
	for _, t := range r.targets() {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", t[0], t[1], t[2])
	}
	if ratio, ok := r.ratio(rowMainPaint, rowHelloPaint); ok {
		fmt.Fprintf(&b, "\nPainted (Element Timing, not a target): the first command took %.2f× hello's first render (median).\n", ratio)
	}
	return b.String()
}

// etMs shows an Event Timing duration; 0 is a press under the 16 ms floor.
func etMs(ms float64) string {
	if ms < 16 {
		return "< 16 ms"
	}
	return fmt.Sprintf("%.0f ms", ms)
}

// under16 is the share of presses under Event Timing's 16 ms floor, in %.
func under16(ms []float64) int {
	if len(ms) == 0 {
		return 0
	}
	n := 0
	for _, m := range ms {
		if m < 16 {
			n++
		}
	}
	return (100*n + len(ms)/2) / len(ms)
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func yes(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}

// ratio is the ratio of two load rows' medians.
func (r *report) ratio(main, hello string) (float64, bool) {
	m, ok1 := r.timing(r.load, main)
	h, ok2 := r.timing(r.load, hello)
	if !ok1 || !ok2 {
		return 0, false
	}
	return percentile(m, 50) / percentile(h, 50), true
}

// targets checks each target of issues 5 and 13 that was measured. The
// first command is timed with performance marks, as issue 5 times it; the
// same ratio of the painted times follows the table (String), stricter and
// not a target. Key presses are timed by Event Timing (issue 13).
func (r *report) targets() [][3]string {
	var out [][3]string
	m, ok1 := r.size("main")
	h, ok2 := r.size("hello")
	if ok1 && ok2 {
		ratio := float64(m.Gzip) / float64(h.Gzip)
		out = append(out, [3]string{"main.wasm gzip ≤ 1.5× hello gzip", fmt.Sprintf("%.2f×", ratio), yes(ratio <= 1.5)})
	}
	if ratio, ok := r.ratio(rowMainMark, rowHelloMark); ok {
		out = append(out, [3]string{"first command ≤ 1.3× hello first render (median, marks)", fmt.Sprintf("%.2f×", ratio), yes(ratio <= 1.3)})
	}
	if ratio, ok := r.ratio(rowUsable, rowHelloMark); ok {
		out = append(out, [3]string{"whole page usable ≤ 1.5× hello first render (median; typed group ID in the command vs hello's mark)", fmt.Sprintf("%.2f×", ratio), yes(ratio <= 1.5)})
	}
	echo, okE := r.timing(r.et, "echo")
	one, ok1 := r.timing(r.et, "sgrules, 1 rule")
	sixty, ok60 := r.timing(r.et, "sgrules, 60 rule")
	if okE && ok1 {
		// Event Timing says only "under 16 ms" of a faster press: the echo
		// page's median then counts as 16 ms, one frame.
		e := max(percentile(echo, 50), 16)
		m := max(percentile(one, 50), 16)
		out = append(out, [3]string{"key press → next paint median ≤ 1.5× echo at 1 rule (Event Timing; under 16 ms counts as 16)",
			fmt.Sprintf("%.2f× (%s vs %s)", m/e, etMs(percentile(one, 50)), etMs(percentile(echo, 50))), yes(m <= 1.5*e)})
	}
	if ok60 {
		med, p95 := percentile(sixty, 50), percentile(sixty, 95)
		out = append(out, [3]string{"key press → next paint median ≤ 33 ms at 60 rules (Event Timing)", etMs(med), yes(med <= 33)})
		out = append(out, [3]string{"key press → next paint p95 ≤ 50 ms at 60 rules (Event Timing)", etMs(p95), yes(p95 <= 50)})
	}
	for _, g := range r.gen {
		if g.name == "rules=10" {
			out = append(out, [3]string{"core.Generate < 200 µs at 10 rules", fmt.Sprintf("%.0f µs", g.nsOp/1000), yes(g.nsOp < 200000)})
		}
	}
	return out
}
