package core

import (
	"sgrules/internal/pyjson"

	"strings"

	"sgrules/internal/yamlread"
)

// This file is the document side of Import: pasted text that is a JSON or
// YAML document rather than a command. What it reads:
//
//   - an Input document of docs/contract.md;
//   - a --cli-input-json or --cli-input-yaml document (the request), and
//     --generate-cli-skeleton input or yaml-input output, whose placeholders
//     become empty fields (import_skeleton.go);
//   - an --ip-permissions value in JSON (a list of IpPermission);
//   - the rules of an existing group: describe-security-groups,
//     describe-security-group-rules, and the answer of an authorize call
//     (import_describe.go).
//
// Text that is not a JSON or YAML document is left to the command reader
// (ok false). A document of none of these kinds is a Problem that says what
// it looks like.

// The codes of the Problems the document reader reports.
const (
	// CodeImportSyntax: the text starts like a JSON or YAML document but
	// is not one.
	CodeImportSyntax = "DocumentSyntax"
	// CodeImportUnknown: a JSON or YAML document of no kind Import reads.
	CodeImportUnknown = "UnknownDocument"
	// CodeImportNoRules: describe output whose groups hold no rules.
	CodeImportNoRules = "NoRules"
	// CodeImportUnsupported: something the CLI takes that an Input cannot
	// carry (SecurityGroupRuleIds of a revoke).
	CodeImportUnsupported = "Unsupported"
)

// docReader collects what importDocument found.
type docReader struct {
	text string // the whole pasted text
	body string // the document in it (inside a code fence), same lines
	// yamlRoot is the document's tree when it was read as YAML (for the
	// lines of its elements).
	yamlRoot *yamlread.Node
	format   string // "JSON" or "YAML"
	// skeletonRead is set when the document was --generate-cli-skeleton
	// output and its placeholders were left out.
	skeletonRead bool
	res          ImportResult
}

// importDocument reads text as a document; ok is false when the text is not
// a JSON or YAML document (the caller then reads it as a command).
func importDocument(text string, pick int) (res ImportResult, ok bool) {
	body, fenced := unfence(text)
	t := strings.TrimLeft(body, " \t\r\n")
	if t == "" {
		return ImportResult{}, false
	}
	r := &docReader{text: text, body: body, format: "JSON"}
	if fenced {
		r.note("read the text inside the Markdown code fence (```)")
	}
	var doc any
	switch {
	case t[0] == '{' || t[0] == '[':
		v, err := pyjson.Parse([]byte(body))
		if err != nil {
			// A flow-style YAML document ({GroupId: sg-1}) starts
			// the same way.
			n, yerr := yamlread.Read(body)
			if yerr != nil || n.Kind != yamlread.Mapping && n.Kind != yamlread.Sequence {
				r.jsonSyntax(body, err)
				return r.res, true
			}
			r.format, r.yamlRoot = "YAML", n
			v = fromYAML(n)
			msg, _, _ := jsonErrorAt(body, err)
			r.note("the text is not valid JSON (" + msg + "): read it as YAML, which allows this (a trailing comma, an unquoted key)")
		}
		doc = v
	case looksLikeYAML(t):
		r.format = "YAML"
		n, err := yamlread.Read(body)
		if err != nil {
			r.yamlSyntax(err)
			return r.res, true
		}
		if n.Kind != yamlread.Mapping && n.Kind != yamlread.Sequence {
			return ImportResult{}, false
		}
		r.yamlRoot = n
		doc = fromYAML(n)
	default:
		return ImportResult{}, false
	}
	switch v := doc.(type) {
	case *pyjson.Object:
		r.object(v, pick)
	case []any:
		r.list(v, pick)
	}
	return r.res, true
}

func (r *docReader) note(msg string) {
	r.res.Notes = append(r.res.Notes, Note{Message: msg})
}

func (r *docReader) problem(path, code, msg string) {
	r.res.Problems = append(r.res.Problems, Problem{Path: path, Severity: SeverityError, Code: code, Message: msg})
}

// requestKeys are the top-level members of the authorize and revoke
// requests: a document with one of them is a cli-input document.
var requestKeys = map[string]bool{
	"GroupId": true, "GroupName": true, "IpPermissions": true, "TagSpecifications": true, "DryRun": true,
	"SecurityGroupRuleIds": true, "CidrIp": true, "FromPort": true, "ToPort": true, "IpProtocol": true,
	"SourceSecurityGroupName": true, "SourceSecurityGroupOwnerId": true,
}

// sourceKeys are the source lists of an IpPermission, which no request
// has at its top.
var sourceKeys = []string{"IpRanges", "Ipv6Ranges", "PrefixListIds", "UserIdGroupPairs"}

// object reads a document that is a mapping.
func (r *docReader) object(o *pyjson.Object, pick int) {
	has := func(k string) bool { _, ok := o.Values[k]; return ok }
	switch {
	case has("SecurityGroups"):
		r.groups(o.Values["SecurityGroups"], "SecurityGroups", pick, "describe-security-groups output")
	case has("SecurityGroupRules"):
		r.rules(o.Values["SecurityGroupRules"], "SecurityGroupRules", pick, has("Return"))
	case has("Command") || has("Input"):
		r.input(o)
	case isGroup(o):
		r.groups([]any{o}, "", pick, "a security group of describe-security-groups output")
	case isPermission(o):
		r.permissions([]any{o}, "one IpPermission")
	case anyKey(o, requestKeys):
		r.cliInput(o)
	default:
		r.unknown("a "+r.format+" object with the keys "+keyList(o.Keys), "")
	}
}

// list reads a document that is a sequence.
func (r *docReader) list(l []any, pick int) {
	if len(l) == 0 {
		r.problem("", CodeImportNoRules, "the document is an empty list: there are no permissions in it")
		return
	}
	first, ok := l[0].(*pyjson.Object)
	switch {
	case !ok:
		r.unknown("a "+r.format+" list of "+pyjson.TypeName(l[0])+" values", "an --ip-permissions value is a list of objects (IpProtocol, FromPort, ToPort, IpRanges …)")
	case isRule(first):
		r.rules(l, "", pick, false)
	case isGroup(first):
		r.groups(l, "", pick, "a list of security groups (describe-security-groups output)")
	default:
		r.permissions(l, "an --ip-permissions value")
	}
}

func anyKey(o *pyjson.Object, keys map[string]bool) bool {
	for _, k := range o.Keys {
		if keys[k] {
			return true
		}
	}
	return false
}

// isGroup reports whether o is a SecurityGroup of describe-security-groups:
// its egress rules, or members that no request has.
func isGroup(o *pyjson.Object) bool {
	_, egress := o.Values["IpPermissionsEgress"]
	_, perms := o.Values["IpPermissions"]
	_, owner := o.Values["OwnerId"]
	_, vpc := o.Values["VpcId"]
	return egress || perms && (owner || vpc)
}

// isPermission reports whether o is one IpPermission (a protocol and a
// source list, and no request member but the legacy ones).
func isPermission(o *pyjson.Object) bool {
	if _, ok := o.Values["IpProtocol"]; !ok {
		return false
	}
	for _, k := range []string{"GroupId", "GroupName", "IpPermissions"} {
		if _, ok := o.Values[k]; ok {
			return false
		}
	}
	for _, k := range sourceKeys {
		if _, ok := o.Values[k]; ok {
			return true
		}
	}
	return false
}

// isRule reports whether o is a SecurityGroupRule.
func isRule(o *pyjson.Object) bool {
	for _, k := range []string{"SecurityGroupRuleId", "IsEgress", "CidrIpv4", "CidrIpv6", "ReferencedGroupInfo", "GroupOwnerId"} {
		if _, ok := o.Values[k]; ok {
			return true
		}
	}
	return false
}

// keyList names the first keys of a document, for a message.
func keyList(keys []string) string {
	if len(keys) == 0 {
		return "(none)"
	}
	if len(keys) > 5 {
		return strings.Join(keys[:5], ", ") + " …"
	}
	return strings.Join(keys, ", ")
}

// unknown reports a document of no kind Import reads.
func (r *docReader) unknown(what, hint string) {
	msg := "the text is " + what + ", not a document sgrules reads: an Input document (Command, Input), a --cli-input-json or --cli-input-yaml document (GroupId, IpPermissions …), an --ip-permissions value, --generate-cli-skeleton output, or the output of describe-security-groups or describe-security-group-rules"
	if hint != "" {
		msg += "; " + hint
	}
	r.problem("", CodeImportUnknown, msg)
}

// input reads an Input document of docs/contract.md, as decodeInput does.
func (r *docReader) input(o *pyjson.Object) {
	in, problems := decodeInputObject(o)
	switch in.Command {
	case "":
		in.Command = Ingress
		r.note("the Input document names no Command: read as " + Ingress)
	case RevokeIngress, RevokeEgress:
		r.note("the Input document's Command is " + in.Command + ": read as the rules it removes, under " + authorizeOf(in.Command))
		in.Command = authorizeOf(in.Command)
	}
	r.res.Input = &in
	r.res.Problems = append(r.res.Problems, problems...)
}

// authorizeOf is the authorize command a command's rules belong to.
func authorizeOf(command string) string {
	if isEgress(command) {
		return Egress
	}
	return Ingress
}

// permissions reads a list of IpPermission: an --ip-permissions value.
func (r *docReader) permissions(l []any, what string) {
	d := &decoder{}
	req := d.request(&pyjson.Object{Keys: []string{"IpPermissions"}, Values: map[string]any{"IpPermissions": l}}, false)
	r.res.Input = &Input{Command: Ingress, Request: req}
	r.res.Problems = append(r.res.Problems, d.problems...)
	r.note("read as " + what + " (" + r.format + "): it names neither the command nor the group — read as " + Ingress + "; type the GroupId")
}

// cliInput reads a --cli-input-json or --cli-input-yaml document, or
// --generate-cli-skeleton output.
func (r *docReader) cliInput(o *pyjson.Object) {
	skeleton := isSkeleton(o)
	command := r.commandOf(o, skeleton)
	if skeleton {
		r.skeleton(o)
	}
	req, ps := requestFor(o, command)
	if r.skeletonRead && len(req.IpPermissions) == 0 {
		// One empty permission to fill in, as the skeleton shows one.
		req.IpPermissions = []IpPermission{{}}
	}
	r.res.Input = &Input{Command: authorizeOf(command), Request: req}
	r.res.Problems = append(r.res.Problems, ps...)
}

// commandOf tells from a request document which command it is for, with a
// note saying how: a revoke has SecurityGroupRuleIds; only ingress has
// GroupName; the egress skeleton (and so a file made from it, and the
// cli-input-json files sgrules writes) lists DryRun first, ingress lists it
// after IpPermissions. Otherwise ingress.
func (r *docReader) commandOf(o *pyjson.Object, skeleton bool) string {
	index := map[string]int{}
	for i, k := range o.Keys {
		index[k] = i + 1
	}
	egressOrder := index["DryRun"] > 0 && (index["GroupId"] > index["DryRun"] || index["IpPermissions"] > index["DryRun"])
	revoke := index["SecurityGroupRuleIds"] > 0
	command, why := Ingress, "the document does not say which command it is for: read as "+Ingress+" (switch to egress for outbound rules)"
	switch {
	case skeleton && index["GroupName"] > 0:
		command, why = Ingress, "read as "+Ingress+": the skeleton has GroupName, which only the ingress skeleton prints"
	case skeleton && egressOrder:
		command, why = Egress, "read as "+Egress+": the skeleton lists DryRun first, as the egress skeleton does"
	case index["GroupName"] > 0:
		command, why = Ingress, "read as "+Ingress+": the document has GroupName, which only ingress takes"
	case egressOrder:
		command, why = Egress, "read as "+Egress+": DryRun comes first, in the order the egress skeleton prints (ingress prints it after IpPermissions)"
	}
	if revoke {
		command = RevokeOf(command)
		why = "read as the rules " + command + " removes: the document has SecurityGroupRuleIds, which only revoke takes"
	}
	r.note(why)
	return command
}
