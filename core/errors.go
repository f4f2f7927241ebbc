package core

import "strings"

// This file picks the error EC2 (or the CLI) reports for an Input with
// error-severity problems: the first one, in the order validate lists them.

// operationName is the API operation an authorize command calls.
func operationName(command string) string {
	if command == Egress {
		return "AuthorizeSecurityGroupEgress"
	}
	return "AuthorizeSecurityGroupIngress"
}

// predictError returns the error the call would end in, or nil.
func predictError(in Input, ps []Problem) *APIError {
	for _, p := range ps {
		if p.Severity != SeverityError {
			continue
		}
		if p.Code == CodeParamValidation {
			msg := p.Message
			if !strings.HasPrefix(msg, "Parameter validation failed") && strings.Contains(msg, "parameter") {
				msg = "Parameter validation failed:\n" + msg
			}
			return &APIError{Code: p.Code, Message: msg,
				Output: "aws: [ERROR]: An error occurred (ParamValidation): " + msg}
		}
		return apiError(in.Command, p.Code, p.Message)
	}
	if in.Input.DryRun != nil && *in.Input.DryRun {
		return apiError(in.Command, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.")
	}
	return nil
}

func apiError(command, code, msg string) *APIError {
	return &APIError{Code: code, Message: msg,
		Output: "aws: [ERROR]: An error occurred (" + code + ") when calling the " + operationName(command) + " operation: " + msg}
}
