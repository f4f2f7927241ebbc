package core

import "strings"

// This file finds what EC2 (or the CLI) would refuse, and what it would
// accept but the user probably does not want. Facts and message texts:
// docs/ec2-semantics.md §3; what it leaves open is decided in facts.go.
//
// The order of the error problems is the order EC2 is taken to check in, and
// so decides which error the call ends in (errors.go). EC2 does not document
// it; this order follows how a request is read, from the outside in:
//
//  1. the CLI's own checks (ParamValidation; nothing is sent): egress needs
//     GroupId and has no GroupName;
//  2. the target group: present, then well formed;
//  3. each permission in request order: protocol, then ports, then each
//     source (its CIDR or ids, then its description) in request order, then
//     whether it has a source at all;
//  4. the same permission twice in the request (needs every source parsed);
//  5. TagSpecifications (tagging happens after the rules are made).
//
// Warnings are listed where they are found; they never decide the error.

// Error codes used by validation.
const (
	codeInvalidParameterValue = "InvalidParameterValue"
	codeMissingParameter      = "MissingParameter"
	codeGroupIDMalformed      = "InvalidGroupId.Malformed"
	codePrefixListMalformed   = "InvalidPrefixListId.Malformed"
	codeVpcIDMalformed        = "InvalidVpcId.Malformed"
	codePeeringMalformed      = "InvalidVpcPeeringConnectionId.Malformed"
	codeUserIDMalformed       = "InvalidUserID.Malformed"
	codeTagSpecMalformed      = "InvalidTagSpecification.Malformed"
	codeTagLimitExceeded      = "TagLimitExceeded"
)

// validate returns the problems of an Input, errors in the order EC2 would
// find them (see above).
func validate(in Input) []Problem {
	var ps problems
	if in.Command != Ingress && in.Command != Egress {
		ps.err("Command", CodeParamValidation, "Command must be "+Ingress+" or "+Egress)
		return ps.list
	}
	r := in.Request
	egress := in.Command == Egress
	if egress {
		// botocore's required-member check; its unknown-member check
		// for a GroupName (decode.go reports it for JSON documents, with
		// the key's place in the document).
		if r.GroupId == nil {
			ps.err("GroupId", CodeParamValidation, `Missing required parameter in input: "GroupId"`)
		}
		if r.GroupName != nil {
			ps.err("GroupName", CodeParamValidation, `Unknown parameter in input: "GroupName", must be one of: `+egressRequestMembers)
		}
	}
	validateTarget(&ps, r, egress)
	if len(r.IpPermissions) == 0 {
		noSource(&ps, "", egress)
	}
	for i, p := range r.IpPermissions {
		validatePermission(&ps, indexed("IpPermissions", i), p, egress)
	}
	validateDuplicates(&ps, r)
	validateTags(&ps, r.TagSpecifications)
	warnRequest(&ps, r, egress)
	return ps.list
}

// problems accumulates Problems.
type problems struct{ list []Problem }

func (ps *problems) err(path, code, msg string) {
	ps.list = append(ps.list, Problem{Path: path, Severity: SeverityError, Code: code, Message: msg})
}

func (ps *problems) warn(path, code, msg string) {
	ps.list = append(ps.list, Problem{Path: path, Severity: SeverityWarning, Code: code, Message: msg})
}

// validateTarget checks the group the rules are added to.
func validateTarget(ps *problems, r Request, egress bool) {
	switch {
	case r.GroupId != nil:
		checkGroupID(ps, "GroupId", *r.GroupId)
	case r.GroupName != nil && !egress:
		ps.warn("GroupName", WarnGroupName, "GroupName works only for a group in the default VPC; for any other VPC EC2 answers InvalidGroup.NotFound — use GroupId")
	case !egress:
		// Egress without GroupId stops in the CLI already (above).
		ps.err("GroupId", codeMissingParameter, factMsgMissingGroup)
	}
}

// checkGroupID reports a security group id EC2 cannot parse. Only the "sg-"
// prefix is checked: EC2 answers NotFound, not Malformed, for a short id
// such as sg-123abc (§3.6), so the hex digits are not its syntax.
func checkGroupID(ps *problems, path, id string) {
	switch {
	case id == "":
		ps.err(path, codeGroupIDMalformed, "The security-group ID '' is malformed")
	case !strings.HasPrefix(id, "sg-"):
		ps.err(path, codeGroupIDMalformed, `Invalid id: "`+id+`" (expecting "sg-...")`)
	}
}

// checkPrefixedID reports an id without its type prefix, in the pattern of
// the group-id message (facts.go).
func checkPrefixedID(ps *problems, path, id, prefix, code string) {
	if !strings.HasPrefix(id, prefix) {
		ps.err(path, code, fill(factMsgMalformedID, id, prefix))
	}
}

// validatePermission checks one IpPermission in EC2's order (see above).
func validatePermission(ps *problems, path string, p IpPermission, egress bool) {
	proto, ok := validateProtocol(ps, path, p.IpProtocol)
	if ok {
		validatePorts(ps, path, proto, p)
	}
	validateSources(ps, path, p, egress)
	if ok {
		warnPermission(ps, path, proto, p, egress)
	}
}
