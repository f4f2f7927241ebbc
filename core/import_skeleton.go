package core

import (
	"sgrules/internal/pyjson"

	"strconv"
	"strings"
)

// This file reads --generate-cli-skeleton output (docs/awscli-parsing.md
// §4.3): `input` (JSON) and `yaml-input` print every member of the request
// with a placeholder — "" for a string, 0 for an integer, true for a
// boolean, the first enum value ("capacity-reservation") for ResourceType —
// and one element in every list. The CLI sends the placeholders as written
// (and EC2 refuses most of them), so a skeleton, even half filled in,
// imports with its placeholders left out: the fields stay empty for the
// user to fill, and a note lists what was left out.

// skeletonLegacy are the top-level members every 2.9.19 and 2.36 skeleton
// prints and no one fills in (sgrules never writes them): the sign of a
// skeleton.
var skeletonLegacy = []string{"CidrIp", "SourceSecurityGroupName", "SourceSecurityGroupOwnerId"}

// isSkeleton reports whether a request document is skeleton output: a
// legacy member still holding its placeholder, or nothing but placeholders.
func isSkeleton(o *pyjson.Object) bool {
	for _, k := range skeletonLegacy {
		if v, ok := o.Values[k]; ok && isPlaceholder(k, v) {
			return true
		}
	}
	return onlyPlaceholders(o)
}

// isPlaceholder reports whether v is what the skeleton prints for member k.
func isPlaceholder(k string, v any) bool {
	switch x := v.(type) {
	case string:
		return x == "" || k == "ResourceType" && x == "capacity-reservation"
	case pyjson.Number:
		return x == "0" && (k == "FromPort" || k == "ToPort")
	case bool:
		return x && k == "DryRun"
	}
	return false
}

func onlyPlaceholders(v any) bool {
	switch x := v.(type) {
	case *pyjson.Object:
		for _, k := range x.Keys {
			e := x.Values[k]
			switch e.(type) {
			case *pyjson.Object, []any:
				if !onlyPlaceholders(e) {
					return false
				}
			default:
				if !isPlaceholder(k, e) {
					return false
				}
			}
		}
		return len(x.Keys) > 0
	case []any:
		for _, e := range x {
			if !onlyPlaceholders(e) {
				return false
			}
		}
		return true
	}
	return false
}

// skeleton leaves the placeholders out of o and notes what it left out.
func (r *docReader) skeleton(o *pyjson.Object) {
	r.skeletonRead = true
	var dropped []string
	dryRun := false
	stripPlaceholders(o, "", &dropped)
	for i, p := range dropped {
		if p == "DryRun true" {
			dryRun = true
			dropped = append(dropped[:i:i], dropped[i+1:]...)
			break
		}
	}
	kind := "input"
	if r.format == "YAML" {
		kind = "yaml-input"
	}
	// The top-level members first: they say most about what is left to
	// type.
	insertionSort(dropped, func(a, b string) bool {
		return strings.Count(a, ".") < strings.Count(b, ".")
	})
	msg := "read as the output of --generate-cli-skeleton " + kind + ": left out " + strconv.Itoa(len(dropped)) + " placeholder"
	if len(dropped) != 1 {
		msg += "s"
	}
	shown := dropped
	if len(shown) > 6 {
		shown = shown[:6]
	}
	msg += " (" + strings.Join(shown, ", ")
	if len(dropped) > len(shown) {
		msg += ", …"
	}
	msg += ")"
	msg += " — type the values you mean; the CLI would send the placeholders as written"
	if len(dropped) > 0 {
		r.note(msg)
	}
	if dryRun {
		r.note("left out DryRun: true, the skeleton's placeholder: with it the CLI only checks the call (a dry run) and creates no rule")
	}
}

// stripPlaceholders removes from o, depth first, every member that holds
// its placeholder, every list element and structure left empty by that,
// and records each path with its placeholder. Some members stay when they
// mean something beside a filled-in member: FromPort and ToPort 0 beside an
// IpProtocol (port 0, or ICMP type 0), ResourceType beside Tags, and a tag's
// empty Value beside its Key (an empty value is a value).
func stripPlaceholders(o *pyjson.Object, path string, dropped *[]string) {
	keep := o.Keys[:0:0]
	for _, k := range o.Keys {
		p := joinPath(path, k)
		switch v := o.Values[k].(type) {
		case *pyjson.Object:
			stripPlaceholders(v, p, dropped)
			if len(v.Keys) == 0 {
				delete(o.Values, k)
				continue
			}
		case []any:
			l := v[:0:0]
			for i, e := range v {
				if eo, ok := e.(*pyjson.Object); ok {
					stripPlaceholders(eo, indexed(p, i), dropped)
					if len(eo.Keys) == 0 {
						continue
					}
				}
				if e == "" {
					// SecurityGroupRuleIds [""] of a revoke skeleton.
					*dropped = append(*dropped, indexed(p, i)+` ""`)
					continue
				}
				l = append(l, e)
			}
			if len(l) == 0 && len(v) > 0 {
				delete(o.Values, k)
				continue
			}
			o.Values[k] = l
		}
		keep = append(keep, k)
	}
	o.Keys = keep
	_, proto := o.Values["IpProtocol"]
	if proto && isPlaceholder("IpProtocol", o.Values["IpProtocol"]) {
		proto = false
	}
	others := 0
	for _, k := range o.Keys {
		if !isPlaceholder(k, o.Values[k]) {
			others++
		}
	}
	keep = o.Keys[:0:0]
	for _, k := range o.Keys {
		v := o.Values[k]
		switch {
		case !isPlaceholder(k, v),
			(k == "FromPort" || k == "ToPort") && proto && path != "",
			(k == "ResourceType" || k == "Value") && others > 0:
			keep = append(keep, k)
			continue
		}
		*dropped = append(*dropped, joinPath(path, k)+" "+skeletonValue(v))
		delete(o.Values, k)
	}
	o.Keys = keep
}

// skeletonValue prints a placeholder as the skeleton writes it.
func skeletonValue(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case bool:
		return strconv.FormatBool(x)
	case pyjson.Number:
		return string(x)
	}
	return pyjson.Repr(v)
}
