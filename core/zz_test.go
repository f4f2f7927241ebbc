package core

import (
	"testing"
	"time"
)

func TestZZPhases(t *testing.T) {
	in := benchInput(10)
	const n = 1000
	tm := func(name string, f func()) {
		best := time.Hour
		for r := 0; r < 5; r++ {
			s := time.Now()
			for i := 0; i < n; i++ {
				f()
			}
			if d := time.Since(s) / n; d < best {
				best = d
			}
		}
		t.Logf("%-12s %v", name, best)
	}
	resp := predict(in)
	tm("validate", func() { validate(in) })
	tm("commands", func() { commands(in) })
	tm("predict", func() { predict(in) })
	tm("json", func() { outputJSON(resp) })
	tm("yaml", func() { outputYAML(resp) })
	tm("text", func() { outputText(resp) })
	tm("table", func() { outputTable(resp, in.Command) })
	tm("generate", func() { Generate(in) })
	for _, form := range Forms {
		tm("inv "+form, func() { formInvocation(form, in.Command, in.Input, '\'') })
	}
	for _, sh := range Shells {
		s := shellByName(sh)
		tot := time.Duration(0)
		for _, form := range Forms {
			inv, _ := formInvocation(form, in.Command, in.Input, s.shorthandQuote())
			st := time.Now()
			for i := 0; i < n; i++ {
				renderMemo(s, inv, map[string]spelledWord{})
			}
			tot += time.Since(st) / n
		}
		t.Logf("shell %s %v", sh, tot)
	}
}
