package core

import (
	"strings"

	"sgrules/internal/pyjson"
)

// This file reads the sugar flags --protocol --port --cidr --source-group
// --group-owner as awscli/customizations/ec2/secgroupsimplify.py applies them
// (docs/awscli-parsing.md §1.2): after every model argument, in that order,
// each into IpPermissions[0], an empty value ignored. Their traps are kept,
// not repaired: --port splits at the first "-" (so 8 with icmp is 8/8, and
// -1-0 is refused), --cidr always makes an IpRanges entry (even for an IPv6
// range), --protocol takes only tcp, udp, icmp, all (sent as -1) or a number
// from -1 to 255 (sent as typed, so icmpv6 is refused), and --source-group
// is a GroupId exactly when it starts with "sg-".

// sugarFlags are the flags in the order the CLI applies and checks them,
// with the Python names its conflict message prints.
var sugarFlags = []struct{ flag, pyName string }{
	{"protocol", "protocol"}, {"port", "port"}, {"cidr", "cidr"},
	{"source-group", "source_group"}, {"group-owner", "group_owner"},
}

// The sugar flags' refusals, worded as the CLI words them.
const (
	msgSugarProtocolRange = "protocol numbers must be in the range 0-255 or -1 to specify all protocols"
	msgSugarProtocol      = "protocol parameter should be one of: tcp|udp|icmp|all or any valid protocol number."
	msgSugarPort          = "port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)"
)

// sugarConflict is the CLI's refusal of a sugar flag beside a non-empty
// --ip-permissions (its trailing space included), or "".
func (rd *requestReader) sugarConflict() string {
	ip := rd.parse.args["ip-permissions"]
	if ip == nil || len(ip.values) == 0 {
		return ""
	}
	for _, s := range sugarFlags {
		if pa := rd.parse.args[s.flag]; pa != nil && len(pa.values) == 1 && pa.values[0].Text != "" {
			return "The --" + s.pyName + " option is not compatible with the --ip-permissions option "
		}
	}
	return ""
}

// applySugar builds IpPermissions[0] of obj from the sugar flags.
func (rd *requestReader) applySugar(obj *pyjson.Object) {
	const perm = "IpPermissions[0]"
	var p *pyjson.Object
	// permission is IpPermissions[0], made on first use as the CLI makes
	// it ("if 'IpPermissions' not in params").
	permission := func() *pyjson.Object {
		if p != nil {
			return p
		}
		if v, ok := obj.Values["IpPermissions"]; ok {
			if l, ok := v.([]any); ok && len(l) > 0 {
				if m, ok := l[0].(*pyjson.Object); ok {
					p = m
					return p
				}
			}
			// An empty --ip-permissions left an empty list, which the
			// CLI then indexes.
			rd.problem("IpPermissions", CodeParamValidation, "list index out of range")
			p = &pyjson.Object{Values: map[string]any{}}
			return p
		}
		p = &pyjson.Object{Values: map[string]any{}}
		obj.Set("IpPermissions", []any{p})
		return p
	}
	pair := func() *pyjson.Object {
		m := permission()
		if l, ok := m.Values["UserIdGroupPairs"].([]any); ok && len(l) > 0 {
			return l[0].(*pyjson.Object)
		}
		g := &pyjson.Object{Values: map[string]any{}}
		m.Set("UserIdGroupPairs", []any{g})
		return g
	}
	if v, ok := rd.sugarValue("protocol", perm+".IpProtocol", permission); ok {
		if msg := sugarProtocol(v); msg != "" {
			rd.problem(perm+".IpProtocol", CodeParamValidation, msg)
		} else {
			if v == "all" {
				v = "-1"
			}
			permission().Set("IpProtocol", v)
		}
	}
	if v, ok := rd.sugarValue("port", perm+".FromPort", permission); ok {
		from, to, good := sugarPort(v)
		if !good {
			rd.problem(perm+".FromPort", CodeParamValidation, msgSugarPort)
		} else {
			m := permission()
			m.Set("FromPort", pyjson.Number(from))
			m.Set("ToPort", pyjson.Number(to))
		}
	}
	if v, ok := rd.sugarValue("cidr", perm+".IpRanges[0].CidrIp", func() *pyjson.Object {
		r := &pyjson.Object{Values: map[string]any{}}
		permission().Set("IpRanges", []any{r})
		return r
	}); ok {
		permission().Set("IpRanges", []any{&pyjson.Object{Keys: []string{"CidrIp"}, Values: map[string]any{"CidrIp": v}}})
	}
	if v, ok := rd.sugarValue("source-group", perm+".UserIdGroupPairs[0].GroupId", pair); ok {
		if strings.HasPrefix(v, "sg-") {
			pair().Set("GroupId", v)
		} else {
			pair().Set("GroupName", v)
		}
	}
	if v, ok := rd.sugarValue("group-owner", perm+".UserIdGroupPairs[0].UserId", pair); ok {
		pair().Set("UserId", v)
	}
}

// sugarValue is the value of a sugar flag when it is given and not empty.
// A value that cannot be known (a variable, a file not supplied) is
// reported at path, and make is called so that the structure the value
// would have gone into is there for the user to fill in.
func (rd *requestReader) sugarValue(flag, path string, make func() *pyjson.Object) (string, bool) {
	pa := rd.parse.args[flag]
	if pa == nil || len(pa.values) != 1 {
		return "", false
	}
	v, known := rd.scalar(pa, "--"+flag, path)
	if !known {
		make()
		return "", false
	}
	return v, v != ""
}

// sugarProtocol is the CLI's refusal of a --protocol value, or "".
func sugarProtocol(v string) string {
	if n, ok := pyIntText(v); ok {
		if n != "-1" && (strings.HasPrefix(n, "-") || len(n) > 3 || len(n) == 3 && n > "255") {
			return msgSugarProtocolRange
		}
		return ""
	}
	switch v {
	case "tcp", "udp", "icmp", "all":
		return ""
	}
	return msgSugarProtocol
}

// sugarPort reads a --port value: -1 or all is -1/-1; otherwise it splits at
// the first "-" and reads both halves with Python's int().
func sugarPort(v string) (from, to string, ok bool) {
	if v == "-1" || v == "all" {
		return "-1", "-1", true
	}
	f, t := v, v
	if i := strings.IndexByte(v, '-'); i >= 0 {
		f, t = v[:i], v[i+1:]
	}
	from, ok1 := pyIntText(f)
	to, ok2 := pyIntText(t)
	return from, to, ok1 && ok2
}
