package core

import (
	"strings"
	"unicode"
)

// This file reads the words after "aws" the way AWS CLI v2's argparse-based
// parsers do (awscli/clidriver.py, awscli/argparser.py; docs/awscli-parsing.md
// §1.2, §6): first the global parser, which takes its options wherever they
// stand, then "ec2" and the operation, then the operation's own parser.
// Options may be abbreviated to a unique prefix and written --opt=value; a
// word that starts with "-" is an option unless it is a negative number or
// holds a space, so a value such as -1-0 must be written --port=-1-0.

// argKind is how many words an option takes.
type argKind int

const (
	argOne  argKind = iota // exactly one value
	argFlag                // no value
	argList                // nargs='*': every following value
	argOpt                 // nargs='?': one value if one follows
)

type argSpec struct {
	name string
	kind argKind
}

// globalArgs are the global options of 2.9.19 (awscli/data/cli.json).
var globalArgs = []argSpec{
	{"debug", argFlag}, {"endpoint-url", argOne}, {"no-verify-ssl", argFlag}, {"no-paginate", argFlag},
	{"output", argOne}, {"query", argOne}, {"profile", argOne}, {"region", argOne}, {"version", argFlag},
	{"color", argOne}, {"no-sign-request", argFlag}, {"ca-bundle", argOne}, {"cli-read-timeout", argOne},
	{"cli-connect-timeout", argOne}, {"cli-binary-format", argOne}, {"no-cli-pager", argFlag},
	{"cli-auto-prompt", argFlag}, {"no-cli-auto-prompt", argFlag},
}

// globalChoices are the values argparse allows for a global option.
var globalChoices = map[string][]string{
	"output":            {"json", "text", "table", "yaml", "yaml-stream"},
	"color":             {"on", "off", "auto"},
	"cli-binary-format": {"base64", "raw-in-base64-out"},
}

// operationArgs are the four commands' argument tables, in the CLI's order
// (which is the order argparse lists an ambiguous prefix's matches in).
func operationArgs(op string) []argSpec {
	legacy := []argSpec{{"cidr-ip", argOne}, {"from-port", argOne}, {"group-id", argOne}, {"group-name", argOne},
		{"ip-permissions", argList}, {"ip-protocol", argOne}, {"source-security-group-name", argOne},
		{"source-security-group-owner-id", argOne}, {"to-port", argOne}}
	var t []argSpec
	switch op {
	case Ingress:
		t = append(legacy, argSpec{"tag-specifications", argList}, argSpec{"dry-run", argFlag}, argSpec{"no-dry-run", argFlag})
	case RevokeIngress:
		t = append(legacy, argSpec{"security-group-rule-ids", argList}, argSpec{"dry-run", argFlag}, argSpec{"no-dry-run", argFlag})
	case Egress, RevokeEgress:
		first := argSpec{"tag-specifications", argList}
		if op == RevokeEgress {
			first = argSpec{"security-group-rule-ids", argList}
		}
		t = []argSpec{first, {"dry-run", argFlag}, {"no-dry-run", argFlag}, {"group-id", argOne},
			{"source-security-group-name", argOne}, {"source-security-group-owner-id", argOne}, {"ip-protocol", argOne},
			{"from-port", argOne}, {"to-port", argOne}, {"cidr-ip", argOne}, {"ip-permissions", argList}}
	}
	return append(t, argSpec{"protocol", argOne}, argSpec{"port", argOne}, argSpec{"cidr", argOne},
		argSpec{"source-group", argOne}, argSpec{"group-owner", argOne}, argSpec{"cli-input-json", argOne},
		argSpec{"cli-input-yaml", argOne}, argSpec{"generate-cli-skeleton", argOpt})
}

// parsedArg is one option as argparse stored it: the last occurrence wins.
type parsedArg struct {
	name   string      // the option's name, without "--"
	flag   pastedArg   // the option word
	values []pastedArg // its values; one for argOne, any number for argList
	// explicit says the value was written --opt=value.
	explicit bool
}

// argParse is the outcome of one argparse parser.
type argParse struct {
	args      map[string]*parsedArg
	remaining []pastedArg // words no option took, in order
	problems  []string    // argparse's errors, in the order it meets them
}

// isNegativeNumber is argparse's ^-\d+$|^-\d*\.\d+$.
func isNegativeNumber(s string) bool {
	if len(s) < 2 || s[0] != '-' {
		return false
	}
	t := s[1:]
	if i := strings.IndexByte(t, '.'); i >= 0 {
		return allDigits(t[:i], true) && allDigits(t[i+1:], false)
	}
	return allDigits(t, false)
}

func allDigits(s string, emptyOK bool) bool {
	if s == "" {
		return emptyOK
	}
	for _, r := range s {
		if !pyIsDecimal(r) {
			return false
		}
	}
	return true
}

// looksLikeOption is argparse's test of a word that no option names: it
// starts with "-", is not "-" alone, not a negative number, and holds no
// space.
func looksLikeOption(s string) bool {
	return len(s) > 1 && s[0] == '-' && !isNegativeNumber(s) && !strings.Contains(s, " ")
}

// resolve finds the option a word names in table, as argparse's
// _parse_optional does: exactly, as --name=value, or by a unique prefix.
// It returns the option, the explicit value, whether the word is an option
// word at all, and argparse's error for an ambiguous prefix.
func resolve(table []argSpec, word string) (spec *argSpec, value string, explicit, isOption bool, ambiguous string) {
	if len(word) < 2 || word[0] != '-' {
		return nil, "", false, false, ""
	}
	name := word
	if i := strings.IndexByte(word, '='); i >= 0 {
		name, value, explicit = word[:i], word[i+1:], true
	}
	for i := range table {
		if "--"+table[i].name == name {
			return &table[i], value, explicit, true, ""
		}
	}
	if strings.HasPrefix(name, "--") && len(name) > 2 {
		var matches []string
		var match *argSpec
		for i := range table {
			if strings.HasPrefix("--"+table[i].name, name) {
				matches = append(matches, "--"+table[i].name)
				match = &table[i]
			}
		}
		if len(matches) > 1 {
			return nil, "", false, true, "ambiguous option: " + name + " could match " + strings.Join(matches, ", ")
		}
		if match != nil {
			return match, value, explicit, true, ""
		}
	}
	return nil, "", false, looksLikeOption(word), ""
}

// parseArgs runs one parser over words. A word that names no option of table
// is left in remaining (argparse's parse_known_args).
func parseArgs(table []argSpec, words []pastedArg) argParse {
	p := argParse{args: map[string]*parsedArg{}}
	// argparse classifies every word before it consumes any, so an
	// ambiguous prefix is reported wherever it stands.
	isOpt := make([]bool, len(words))
	for i, w := range words {
		_, _, _, isOption, amb := resolve(table, w.Text)
		isOpt[i] = isOption
		if amb != "" {
			p.problems = append(p.problems, amb)
		}
	}
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w.Text == "--" {
			// Everything after "--" is positional, which no parser here
			// takes.
			p.remaining = append(p.remaining, words[i+1:]...)
			break
		}
		spec, value, explicit, _, _ := resolve(table, w.Text)
		if spec == nil {
			p.remaining = append(p.remaining, w)
			continue
		}
		pa := &parsedArg{name: spec.name, flag: w, explicit: explicit}
		if explicit {
			v := w
			v.Text = value
			v.Column += len(w.Text) - len(value)
			if spec.kind == argFlag {
				p.problems = append(p.problems, "argument --"+spec.name+": ignored explicit argument '"+value+"'")
				continue
			}
			pa.values = []pastedArg{v}
		} else {
			switch spec.kind {
			case argOne:
				if i+1 >= len(words) || isOpt[i+1] {
					p.problems = append(p.problems, "argument --"+spec.name+": expected one argument")
					continue
				}
				i++
				pa.values = []pastedArg{words[i]}
			case argOpt:
				if i+1 < len(words) && !isOpt[i+1] {
					i++
					pa.values = []pastedArg{words[i]}
				}
			case argList:
				pa.values = []pastedArg{}
				for i+1 < len(words) && !isOpt[i+1] {
					i++
					pa.values = append(pa.values, words[i])
				}
			}
		}
		p.args[spec.name] = pa
	}
	return p
}

// pyIsDecimal is Python's \d: a Unicode decimal digit.
func pyIsDecimal(r rune) bool { return r >= '0' && r <= '9' || r > 0x7f && unicode.IsDigit(r) }
