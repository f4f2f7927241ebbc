package core

import (
	"slices"
	"strings"
)

// This file picks the error an Input ends in. Nothing reaches EC2 while the
// CLI objects, so the CLI's own errors (ParamValidation) come first, and
// botocore reports all of its problems in one message. Otherwise EC2's
// first error, in the order validate lists them (validate.go explains the
// order). A dry run (DryRun true) answers DryRunOperation unless one of
// the few errors a dry run still checks applies (facts.go
// factDryRunReportsOnly).

// operationName is the API operation an authorize command calls.
func operationName(command string) string {
	if command == Egress {
		return "AuthorizeSecurityGroupEgress"
	}
	return "AuthorizeSecurityGroupIngress"
}

// cliErrorPrefix is what current AWS CLI v2 (2.34.0 and later) prints before
// a client-side error; Debian's 2.9.19 prints the message alone.
const cliErrorPrefix = "aws: [ERROR]: An error occurred (ParamValidation): "

// botocoreLine reports whether a ParamValidation message is one of
// botocore's parameter-validation lines (which the CLI prints together
// under "Parameter validation failed:").
func botocoreLine(msg string) bool {
	for _, p := range []string{"Missing required parameter in ", "Unknown parameter in ", "Invalid type for parameter "} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// predictError returns the error the call would end in, or nil.
func predictError(in Input, ps []Problem) *APIError {
	if e := cliError(ps); e != nil {
		return e
	}
	dryRun := in.Request.DryRun != nil && *in.Request.DryRun
	for _, p := range ps {
		if p.Severity != SeverityError || (dryRun && factDryRunReportsOnly != nil && !slices.Contains(factDryRunReportsOnly, p.Code)) {
			continue
		}
		return apiError(in.Command, p.Code, p.Message)
	}
	if dryRun {
		return apiError(in.Command, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.")
	}
	return nil
}

// cliError is the error the CLI prints before sending anything, or nil.
// botocore lists its missing required members first, then the rest in the
// order decode.go found them.
func cliError(ps []Problem) *APIError {
	var required, rest []string
	var first *Problem
	for i, p := range ps {
		if p.Severity != SeverityError || p.Code != CodeParamValidation {
			continue
		}
		switch {
		case strings.HasPrefix(p.Message, "Missing required parameter in "):
			required = append(required, p.Message)
		case botocoreLine(p.Message):
			rest = append(rest, p.Message)
		case first == nil:
			first = &ps[i]
		}
	}
	var msg string
	switch {
	case first != nil && strings.HasPrefix(first.Message, "Error parsing parameter"):
		// --cli-input-json itself is unusable: botocore never runs.
		msg = first.Message
	case len(required)+len(rest) > 0:
		msg = "Parameter validation failed:\n" + strings.Join(append(required, rest...), "\n")
	case first != nil:
		// sgrules' own refusals (a legacy top-level key, a wrong outer
		// field): not the CLI's words, but nothing useful would be sent.
		msg = first.Message
	default:
		return nil
	}
	return &APIError{Code: CodeParamValidation, Message: msg, Output: cliErrorPrefix + msg}
}

func apiError(command, code, msg string) *APIError {
	return &APIError{Code: code, Message: msg,
		Output: "aws: [ERROR]: An error occurred (" + code + ") when calling the " + operationName(command) + " operation: " + msg}
}
