package core

import (
	"sgrules/internal/cliout"
	"sgrules/internal/shell"
)

// Generate returns everything the page shows for in: problems, the commands of
// every (command, shell, form) that can express it, why the others cannot, and
// the predicted answer. It never panics.
func Generate(in Input) Result {
	return generate(in, nil, all)
}

// Only narrows what GenerateOnly computes to what a page shows: the Commands
// and Unavailable entries of some shells (values of Shells) and some forms
// (values of Forms), and some formats of Output (values of OutputFormats). A
// nil list means all of them; an empty one, none. A page that shows one shell
// and one format at a time then pays nothing for the other shells' quoting
// models or the other formats.
type Only struct {
	Shells  []string
	Forms   []string
	Outputs []string
}

// all is what Generate computes.
var all = Only{Shells: Shells, Forms: Forms, Outputs: OutputFormats}

// OutputFormats are the keys of Result.Output, in the order a page offers
// them.
var OutputFormats = []string{OutputJSON, OutputYAML, OutputText, OutputTable}

// GenerateOnly is Generate narrowed by only. In its Unavailable, an empty
// Shell means every shell asked for; everything else is as Generate returns
// it.
func GenerateOnly(in Input, only Only) Result {
	return generate(in, nil, only.known())
}

// known is only with nil lists made whole and unknown names left out, in
// the order of Shells and OutputFormats.
func (o Only) known() Only {
	return Only{Shells: knownNames(Shells, o.Shells), Forms: knownNames(Forms, o.Forms), Outputs: knownNames(OutputFormats, o.Outputs)}
}

func knownNames(names, want []string) []string {
	if want == nil {
		return names
	}
	known := []string{}
	for _, n := range names {
		for _, w := range want {
			if n == w {
				known = append(known, n)
				break
			}
		}
	}
	return known
}

// GenerateJSON decodes an Input document, generates, and encodes the Result.
// It returns an error only when input is not a JSON object; everything wrong
// inside the object is reported in Result.Problems.
func GenerateJSON(input []byte) ([]byte, error) {
	r, err := GenerateDocument(input, Only{})
	if err != nil {
		return nil, err
	}
	return encodeResult(r), nil
}

// generate computes the Result, with the commands and outputs only names.
func generate(in Input, decodeProblems []Problem, only Only) Result {
	res := Result{
		Problems:    append([]Problem{}, decodeProblems...),
		Commands:    []Command{},
		Unavailable: []Unavailable{},
		Output:      map[string]string{},
	}
	res.Problems = append(res.Problems, validate(in)...)
	if in.Command != Ingress && in.Command != Egress {
		res.Unavailable = append(res.Unavailable, Unavailable{Reason: "choose a command: " + Ingress + " or " + Egress})
		res.Error = predictError(in, res.Problems)
		return res
	}
	if len(decodeProblems) > 0 {
		// The CLI would refuse this document before sending anything, and
		// the typed Input has lost the values it refused: no command could
		// send what the document says.
		for _, f := range only.Forms {
			res.Unavailable = append(res.Unavailable, Unavailable{Form: f,
				Reason: "the input has values of the wrong type or unknown keys (see Problems); the CLI would refuse it"})
		}
	} else {
		res.Commands, res.Unavailable = commands(in, only.Shells, only.Forms)
	}
	if e := predictError(in, res.Problems); e != nil {
		res.Error = e
		return res
	}
	res.Response = predict(in)
	// The three Python-printed formats read one tree, which none of them
	// changes.
	var tree *cliout.Value
	for _, f := range only.Outputs {
		if f == OutputJSON {
			res.Output[f] = outputJSON(res.Response)
			continue
		}
		if tree == nil {
			tree = responseTree(res.Response)
		}
		if out, err := cliout.Format(f, operationName(in.Command), tree); err == nil {
			res.Output[f] = out
		}
	}
	return res
}

// commands renders the authorize command and its revoke counterpart in every
// (shell, form) of shells × forms.
//
// Within one call the work is shared where it is provably the same: an
// invocation depends on the shell only through its shorthand quote (and the
// cli-input forms not at all), and a shell spells and checks an identical
// word identically wherever it appears. Every whole command is still checked
// by its shell's model.
func commands(in Input, shells, forms []string) ([]Command, []Unavailable) {
	cmds := make([]Command, 0, 2*len(shells)*len(forms))
	var unav []Unavailable
	type invKey struct {
		command, form string
		quote         byte
	}
	type invResult struct {
		inv invocation
		err error
	}
	invs := make(map[invKey]invResult, 2*2*len(forms))
	// Both requests have the same IpPermissions.
	perms := &permMemo{}
	// Per shell, its answer for each word.
	words := make([]*shell.Memo, len(shells))
	for _, c := range []struct {
		name string
		req  Request
	}{{in.Command, in.Request}, {RevokeOf(in.Command), in.Request.withoutTags()}} {
		for si, shName := range shells {
			sh := shellByName(shName)
			if words[si] == nil {
				words[si] = shell.NewMemo()
			}
			memo := words[si]
			for _, form := range forms {
				k := invKey{command: c.name, form: form}
				if form == FormSugar || form == FormShorthand {
					// Only these read the quote character.
					k.quote = sh.ShorthandQuote()
				}
				ir, ok := invs[k]
				if !ok {
					ir.inv, ir.err = formInvocation(form, c.name, c.req, sh.ShorthandQuote(), perms)
					if ir.err == nil {
						ir.inv.Args = ir.inv.Argv()
					}
					invs[k] = ir
				}
				inv, err := ir.inv, ir.err
				if err == nil {
					var text string
					if text, err = shell.Render(sh, inv.Invocation, memo); err == nil {
						files := []File{}
						if inv.Files != nil {
							files = append(make([]File, 0, len(inv.Files)), inv.Files...)
						}
						cmds = append(cmds, Command{Command: c.name, Shell: shName, Form: form, Text: text, Files: files})
						continue
					}
				}
				unav = append(unav, Unavailable{Command: c.name, Shell: shName, Form: form, Reason: err.Error()})
			}
		}
	}
	// By command, shell and form, stably: an insertion sort, for the few
	// commands one Generate makes (at most 2 × 4 × 5), is smaller in the
	// page's WebAssembly than package sort.
	for i := 1; i < len(cmds); i++ {
		for j := i; j > 0 && commandBefore(&cmds[j], &cmds[j-1]); j-- {
			cmds[j], cmds[j-1] = cmds[j-1], cmds[j]
		}
	}
	return cmds, collapseUnavailable(unav, len(shells))
}

// commandBefore reports whether a sorts before b: by command, shell, form.
func commandBefore(a, b *Command) bool {
	if a.Command != b.Command {
		return a.Command < b.Command
	}
	if a.Shell != b.Shell {
		return a.Shell < b.Shell
	}
	return a.Form < b.Form
}

// collapseUnavailable merges entries that say the same for every one of the
// nShells shells (then Shell is "") and for both commands (then Command is
// "").
func collapseUnavailable(in []Unavailable, nShells int) []Unavailable {
	type key struct{ command, form, reason string }
	shells := map[key]int{}
	for _, u := range in {
		shells[key{u.Command, u.Form, u.Reason}]++
	}
	var byShell []Unavailable
	seen := map[key]bool{}
	for _, u := range in {
		k := key{u.Command, u.Form, u.Reason}
		if shells[k] == nShells {
			if !seen[k] {
				seen[k] = true
				byShell = append(byShell, Unavailable{Command: u.Command, Form: u.Form, Reason: u.Reason})
			}
			continue
		}
		byShell = append(byShell, u)
	}
	type key2 struct{ shell, form, reason string }
	cmds := map[key2]int{}
	for _, u := range byShell {
		cmds[key2{u.Shell, u.Form, u.Reason}]++
	}
	out := []Unavailable{}
	seen2 := map[key2]bool{}
	for _, u := range byShell {
		k := key2{u.Shell, u.Form, u.Reason}
		if cmds[k] == 2 {
			if !seen2[k] {
				seen2[k] = true
				out = append(out, Unavailable{Shell: u.Shell, Form: u.Form, Reason: u.Reason})
			}
			continue
		}
		out = append(out, u)
	}
	return out
}
