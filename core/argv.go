package core

import (
	"strconv"
	"strings"
)

// This file turns a Request into the argv words of each form, shell-neutral:
// the shells (shell_*.go) only decide how to spell words, never which words.

// option is one command-line option with its value words, printed on a line of
// its own.
type option struct {
	Flag   string
	Values []string
}

// invocation is `aws ec2 COMMAND` followed by options, plus the files they read.
type invocation struct {
	Command string
	Options []option
	Files   []File
	// words, when set, is argv(): commands renders one invocation for
	// several shells.
	words []string
}

// argv is the complete word list the AWS CLI receives, without "aws".
func (v invocation) argv() []string {
	if v.words != nil {
		return v.words
	}
	n := 2
	for _, o := range v.Options {
		n += 1 + len(o.Values)
	}
	words := make([]string, 0, n)
	words = append(words, "ec2", v.Command)
	for _, o := range v.Options {
		words = append(words, o.Flag)
		words = append(words, o.Values...)
	}
	return words
}

// scalarOption is an option with one value. A value argparse would take for
// an option (it starts with "-" and is not a plain negative number) is joined
// to its flag as --flag=value, which argparse always reads as the value.
func scalarOption(flag, value string) option {
	if strings.HasPrefix(value, "-") {
		if _, err := strconv.Atoi(value); err != nil || strings.ContainsAny(value, " _") {
			return option{Flag: flag + "=" + value}
		}
	}
	return option{Flag: flag, Values: []string{value}}
}

// loadsFile reports whether the CLI would replace a value by a file's contents.
func loadsFile(s string) bool {
	return strings.HasPrefix(s, "file://") || strings.HasPrefix(s, "fileb://")
}

// targetOptions are --group-id, --group-name and --dry-run, shared by every
// flag form. reason is set when a value cannot be passed on the command line.
func targetOptions(r Request) (opts []option, reason string) {
	for _, t := range []struct {
		flag string
		v    *string
	}{{"--group-id", r.GroupId}, {"--group-name", r.GroupName}} {
		if t.v == nil {
			continue
		}
		if loadsFile(*t.v) {
			return nil, t.flag + " starts with file:// or fileb://, so the CLI would read a file instead; use --cli-input-json"
		}
		opts = append(opts, scalarOption(t.flag, *t.v))
	}
	if r.DryRun != nil {
		if *r.DryRun {
			opts = append(opts, option{Flag: "--dry-run"})
		} else {
			opts = append(opts, option{Flag: "--no-dry-run"})
		}
	}
	return opts, ""
}

// formInvocation builds the invocation of one form. quote is the shorthand
// quote character the target shell prefers. reason is set, and the invocation
// empty, when the form cannot express the request.
func formInvocation(form, command string, r Request, quote byte) (invocation, string) {
	return formInvocationMemo(form, command, r, quote, nil)
}

// permMemo remembers the --ip-permissions values of the shorthand (per quote
// character) and JSON forms, and the cli-input files of requests without
// TagSpecifications, for invocations of requests that differ at most in
// TagSpecifications (an authorize command and its revoke).
type permMemo struct {
	shorthand map[byte]permValues
	// anyQuote, when set, is the shorthand of every quote character: no
	// value needed quoting.
	anyQuote *permValues
	json     *string
	files    map[fileKey]string
}

// fileKey names a cli-input file's content: cliInputJSON and cliInputYAML
// read the command only through isEgress.
type fileKey struct {
	form   string
	egress bool
}

// fileContent is build(command, r), shared between the requests of m when r
// has no TagSpecifications: those requests are then equal.
func (m *permMemo) fileContent(form, command string, r Request, build func(string, Request) string) string {
	if m == nil || r.TagSpecifications != nil {
		return build(command, r)
	}
	k := fileKey{form, isEgress(command)}
	c, ok := m.files[k]
	if !ok {
		c = build(command, r)
		if m.files == nil {
			m.files = make(map[fileKey]string, 2)
		}
		m.files[k] = c
	}
	return c
}

type permValues struct {
	values []string
	reason string
}

// shorthandValues are the --ip-permissions shorthand words of perms, or why
// they cannot be written.
func (m *permMemo) shorthandValues(perms []IpPermission, quote byte) ([]string, string) {
	if m != nil {
		if m.anyQuote != nil {
			return m.anyQuote.values, m.anyQuote.reason
		}
		if v, ok := m.shorthand[quote]; ok {
			return v.values, v.reason
		}
	}
	var v permValues
	if len(perms) == 0 {
		v.values = []string{"[]"}
	} else {
		v.values = make([]string, 0, len(perms))
	}
	anyQuote := true
	for _, p := range perms {
		word, reason, quoted := shorthandPermissionQuoted(p, quote)
		anyQuote = anyQuote && !quoted
		if reason != "" {
			v = permValues{reason: reason}
			break
		}
		v.values = append(v.values, word)
	}
	if m != nil {
		if anyQuote {
			m.anyQuote = &v
		}
		if m.shorthand == nil {
			m.shorthand = map[byte]permValues{}
		}
		m.shorthand[quote] = v
	}
	return v.values, v.reason
}

// jsonValue is compactPermissions(perms).
func (m *permMemo) jsonValue(perms []IpPermission) string {
	if m == nil {
		return compactPermissions(perms)
	}
	if m.json == nil {
		s := compactPermissions(perms)
		m.json = &s
	}
	return *m.json
}

// formInvocationMemo is formInvocation with m (when not nil) sharing the
// permission values between requests with the same IpPermissions.
func formInvocationMemo(form, command string, r Request, quote byte, m *permMemo) (invocation, string) {
	inv := invocation{Command: command}
	if isEgress(command) && r.GroupName != nil && form != FormCliInputJSON && form != FormCliInputYAML {
		return inv, "the egress commands have no --group-name option; use GroupId"
	}
	switch form {
	case FormCliInputJSON:
		name := fileName(command, ".json")
		inv.Options = []option{{Flag: "--cli-input-json", Values: []string{"file://" + name}}}
		inv.Files = []File{{Name: name, Content: m.fileContent(form, command, r, cliInputJSON)}}
		return inv, ""
	case FormCliInputYAML:
		name := fileName(command, ".yaml")
		inv.Options = []option{{Flag: "--cli-input-yaml", Values: []string{"file://" + name}}}
		inv.Files = []File{{Name: name, Content: m.fileContent(form, command, r, cliInputYAML)}}
		return inv, ""
	}
	opts, reason := targetOptions(r)
	if reason != "" {
		return inv, reason
	}
	inv.Options = opts
	switch form {
	case FormSugar:
		sugar, reason := sugarOptions(r, quote)
		if reason != "" {
			return invocation{Command: command}, reason
		}
		inv.Options = append(inv.Options, sugar...)
	case FormShorthand:
		if r.IpPermissions != nil {
			values, reason := m.shorthandValues(r.IpPermissions, quote)
			if reason != "" {
				return invocation{Command: command}, reason
			}
			inv.Options = append(inv.Options, option{Flag: "--ip-permissions", Values: values})
		}
		if r.TagSpecifications != nil {
			o, reason := tagSpecOption(r.TagSpecifications, quote)
			if reason != "" {
				return invocation{Command: command}, reason
			}
			inv.Options = append(inv.Options, o)
		}
	case FormJSON:
		if r.IpPermissions != nil {
			inv.Options = append(inv.Options, option{Flag: "--ip-permissions", Values: []string{m.jsonValue(r.IpPermissions)}})
		}
		if r.TagSpecifications != nil {
			inv.Options = append(inv.Options, option{Flag: "--tag-specifications", Values: []string{compactTagSpecs(r.TagSpecifications)}})
		}
	}
	return inv, ""
}

// fileName is the name of the cli-input file of a command.
func fileName(command, ext string) string {
	if strings.HasPrefix(command, "revoke-") {
		return "sg-rule-revoke" + ext
	}
	return "sg-rule" + ext
}

// tagSpecOption is --tag-specifications in shorthand, one word per
// specification.
func tagSpecOption(specs []TagSpecification, quote byte) (option, string) {
	o := option{Flag: "--tag-specifications"}
	if len(specs) == 0 {
		o.Values = []string{"[]"}
	}
	for _, t := range specs {
		word, reason := shorthandTagSpec(t, quote)
		if reason != "" {
			return option{}, reason
		}
		o.Values = append(o.Values, word)
	}
	return o, ""
}
