package core

import (
	"strconv"
	"testing"
)

// BenchmarkImport reads back the bash shorthand and JSON commands Generate
// prints for 1 and 60 rules (benchInput, the page's bench shape): "text" is
// Import of the whole text (its shell reader included, a stub until branch
// bashread lands), "argv" the CLI's part alone, from the words real bash
// hands the CLI.
func BenchmarkImport(b *testing.B) {
	for _, n := range []int{1, 60} {
		res := Generate(benchInput(n))
		for _, form := range []string{FormShorthand, FormJSON} {
			var text string
			for _, c := range res.Commands {
				if c.Command == Ingress && c.Shell == ShellBash && c.Form == form {
					text = c.Text
				}
			}
			if text == "" {
				b.Fatalf("no bash %s command for %d rules", form, n)
			}
			name := "rules=" + strconv.Itoa(n) + "/" + form
			b.Run(name+"/text", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					Import(ImportRequest{Text: text, Shell: ShellBash})
				}
			})
			args := argsOf(bashArgvs(b, []string{text})[0])
			b.Run(name+"/argv", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if r := importCommand(args, nil); len(r.problems) > 0 {
						b.Fatal(r.problems)
					}
				}
			})
		}
	}
}
