package cliout

import (
	"errors"
	"strconv"
)

// formatters are the printers by --output name, as awscli/formatter.py's
// get_formatter finds them; each has the one shape Format calls.
var formatters = map[string]func(operation string, v *Value) string{
	"yaml":  printYAML,
	"text":  printText,
	"table": printTable,
}

// Format prints v, a response's tree, as the AWS CLI prints it with --output
// name: "yaml", "text" or "table". operation is the API operation's name
// (AuthorizeSecurityGroupIngress), which only the table prints, as its
// title. The error
// is for a name this package has no printer for ("json" included: the CLI
// prints JSON in the service's member order, which the tree does not keep).
func Format(name, operation string, v *Value) (string, error) {
	f, ok := formatters[name]
	if !ok {
		return "", errors.New("cliout: no printer for --output " + strconv.Quote(name))
	}
	return f(operation, v), nil
}
