package core

import (
	"strconv"
	"strings"

	"sgrules/internal/shell"
)

// This file turns a Request into the argv words of each form, shell-neutral:
// the shells (internal/shell) only decide how to spell words, never which
// words.

// refusal is why a form or a shell cannot express a request: its text
// reaches Unavailable.Reason as it is, so it says what to use instead.
type refusal string

func (r refusal) Error() string { return string(r) }

// invocation is `aws ec2 COMMAND` followed by options (shell.Invocation,
// whose Words are "ec2" and Command), plus the files they read.
type invocation struct {
	shell.Invocation
	Command string
	Files   []File
}

// newInvocation is `aws ec2 command` without options.
func newInvocation(command string) invocation {
	return invocation{Invocation: shell.Invocation{Words: []string{"ec2", command}}, Command: command}
}

// scalarOption is an option with one value. A value argparse would take for
// an option (it starts with "-" and is not a plain negative number) is joined
// to its flag as --flag=value, which argparse always reads as the value.
func scalarOption(flag, value string) shell.Option {
	if strings.HasPrefix(value, "-") {
		if _, err := strconv.Atoi(value); err != nil || strings.ContainsAny(value, " _") {
			return shell.Option{Flag: flag + "=" + value}
		}
	}
	return shell.Option{Flag: flag, Values: []string{value}}
}

// loadsFile reports whether the CLI would replace a value by a file's contents.
func loadsFile(s string) bool {
	return strings.HasPrefix(s, "file://") || strings.HasPrefix(s, "fileb://")
}

// targetOptions are --group-id, --group-name and --dry-run, shared by every
// flag form, or why a value cannot be passed on the command line.
func targetOptions(r Request) ([]shell.Option, error) {
	var opts []shell.Option
	for _, t := range []struct {
		flag string
		v    *string
	}{{"--group-id", r.GroupId}, {"--group-name", r.GroupName}} {
		if t.v == nil {
			continue
		}
		if loadsFile(*t.v) {
			return nil, refusal(t.flag + " starts with file:// or fileb://, so the CLI would read a file instead; use --cli-input-json")
		}
		opts = append(opts, scalarOption(t.flag, *t.v))
	}
	if r.DryRun != nil {
		if *r.DryRun {
			opts = append(opts, shell.Option{Flag: "--dry-run"})
		} else {
			opts = append(opts, shell.Option{Flag: "--no-dry-run"})
		}
	}
	return opts, nil
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

// permValues is the shorthand of some permissions, or why there is none.
type permValues struct {
	values []string
	err    error
}

// shorthandValues are the --ip-permissions shorthand words of perms, or why
// they cannot be written.
func (m *permMemo) shorthandValues(perms []IpPermission, quote byte) ([]string, error) {
	if m != nil {
		if m.anyQuote != nil {
			return m.anyQuote.values, m.anyQuote.err
		}
		if v, ok := m.shorthand[quote]; ok {
			return v.values, v.err
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
		word, quoted, err := shorthandPermission(p, quote)
		anyQuote = anyQuote && !quoted
		if err != nil {
			v = permValues{err: err}
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
	return v.values, v.err
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

// formInvocation builds the invocation of one form, or says why the form
// cannot express the request. quote is the shorthand quote character the
// target shell prefers. m, when not nil, shares the permission values
// between requests with the same IpPermissions.
func formInvocation(form, command string, r Request, quote byte, m *permMemo) (invocation, error) {
	inv := newInvocation(command)
	if isEgress(command) && r.GroupName != nil && form != FormCliInputJSON && form != FormCliInputYAML {
		return invocation{}, refusal("the egress commands have no --group-name option; use GroupId")
	}
	switch form {
	case FormCliInputJSON:
		name := fileName(command, ".json")
		inv.Options = []shell.Option{{Flag: "--cli-input-json", Values: []string{"file://" + name}}}
		inv.Files = []File{{Name: name, Content: m.fileContent(form, command, r, cliInputJSON)}}
		return inv, nil
	case FormCliInputYAML:
		name := fileName(command, ".yaml")
		inv.Options = []shell.Option{{Flag: "--cli-input-yaml", Values: []string{"file://" + name}}}
		inv.Files = []File{{Name: name, Content: m.fileContent(form, command, r, cliInputYAML)}}
		return inv, nil
	}
	opts, err := targetOptions(r)
	if err != nil {
		return invocation{}, err
	}
	inv.Options = opts
	switch form {
	case FormSugar:
		sugar, err := sugarOptions(r, quote)
		if err != nil {
			return invocation{}, err
		}
		inv.Options = append(inv.Options, sugar...)
	case FormShorthand:
		if r.IpPermissions != nil {
			values, err := m.shorthandValues(r.IpPermissions, quote)
			if err != nil {
				return invocation{}, err
			}
			inv.Options = append(inv.Options, shell.Option{Flag: "--ip-permissions", Values: values})
		}
		if r.TagSpecifications != nil {
			o, err := tagSpecOption(r.TagSpecifications, quote)
			if err != nil {
				return invocation{}, err
			}
			inv.Options = append(inv.Options, o)
		}
	case FormJSON:
		if r.IpPermissions != nil {
			inv.Options = append(inv.Options, shell.Option{Flag: "--ip-permissions", Values: []string{m.jsonValue(r.IpPermissions)}})
		}
		if r.TagSpecifications != nil {
			inv.Options = append(inv.Options, shell.Option{Flag: "--tag-specifications", Values: []string{compactTagSpecs(r.TagSpecifications)}})
		}
	}
	return inv, nil
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
func tagSpecOption(specs []TagSpecification, quote byte) (shell.Option, error) {
	o := shell.Option{Flag: "--tag-specifications"}
	if len(specs) == 0 {
		o.Values = []string{"[]"}
	}
	for _, t := range specs {
		word, err := shorthandTagSpec(t, quote)
		if err != nil {
			return shell.Option{}, err
		}
		o.Values = append(o.Values, word)
	}
	return o, nil
}
