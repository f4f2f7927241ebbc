package core

import (
	"sort"
	"strconv"
)

// This file records, for a command Import read, where in the pasted text the
// words stand that set each member of the Input, so that a program that
// lints commands in files (sgrules check) can put a Problem, which names a
// path into the Input, at the word that caused it. It is Go-side only:
// ImportJSON's result document does not carry it.

// ArgPosition is where the word stands that set the Input members under
// Path: the option's value, or the option word when it takes none.
type ArgPosition struct {
	// Path is a path as Problem.Path spells it; it stands for itself and
	// every path under it ("IpPermissions" for IpPermissions[0].FromPort,
	// unless a longer entry such as "IpPermissions[0]" is listed too).
	// "Command" is the operation word.
	Path string
	// Option is the option as argparse knows it, with its dashes
	// ("--cidr"); "" for the operation word.
	Option       string
	Line, Column int // 1-based, columns in characters, as Note's
}

// argPositions lists the positions of the options rd read, in the order of
// the text.
func (rd *requestReader) argPositions(op pastedArg) []ArgPosition {
	out := []ArgPosition{{Path: "Command", Line: op.Line, Column: op.Column}}
	at := func(path string, pa *parsedArg, w pastedArg) {
		out = append(out, ArgPosition{Path: path, Option: "--" + pa.name, Line: w.Line, Column: w.Column})
	}
	for name, pa := range rd.parse.args {
		value := pa.flag
		if len(pa.values) > 0 {
			value = pa.values[0]
		}
		const perm = "IpPermissions[0]"
		switch name {
		case "ip-permissions", "tag-specifications":
			key := "IpPermissions"
			if name == "tag-specifications" {
				key = "TagSpecifications"
			}
			at(key, pa, value)
			if len(pa.values) > 1 {
				// One shorthand or JSON word per element.
				for i, v := range pa.values {
					at(key+"["+strconv.Itoa(i)+"]", pa, v)
				}
			}
		case "protocol":
			at(perm+".IpProtocol", pa, value)
		case "port":
			at(perm+".FromPort", pa, value)
			at(perm+".ToPort", pa, value)
		case "cidr":
			at(perm+".IpRanges[0]", pa, value)
		case "source-group":
			at(perm+".UserIdGroupPairs[0].GroupId", pa, value)
			at(perm+".UserIdGroupPairs[0].GroupName", pa, value)
		case "group-owner":
			at(perm+".UserIdGroupPairs[0].UserId", pa, value)
		case "dry-run", "no-dry-run":
			at("DryRun", pa, value)
		case "from-port":
			at("FromPort", pa, value)
		case "to-port":
			at("ToPort", pa, value)
		case "cli-input-json", "cli-input-yaml":
			// The document sets what the options do not.
			for _, key := range []string{"GroupId", "GroupName", "IpPermissions", "TagSpecifications", "DryRun"} {
				if rd.parse.args[optionOf(key)] == nil {
					at(key, pa, value)
				}
			}
		default:
			if key := topLevel(name); key != "" {
				at(key, pa, value)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Line != b.Line || a.Column != b.Column {
			return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
		}
		return a.Path < b.Path
	})
	return out
}

// optionOf is the option that sets a top-level member, as argparse names it.
func optionOf(key string) string {
	switch key {
	case "GroupId":
		return "group-id"
	case "GroupName":
		return "group-name"
	case "IpPermissions":
		return "ip-permissions"
	case "TagSpecifications":
		return "tag-specifications"
	}
	return "dry-run"
}
