package core

import "sgrules/internal/shell"

// This file is the one place the paste reader (import_shell*.go) calls the
// Windows shell models, so that a change of their API changes only these
// functions.

// pasteCmdArgv is the argv (argv[0] included) that cmd.exe gives a C-runtime
// program for one command, continued with line-final carets, where env holds
// the variables the paste refers to (internal/shell).
func pasteCmdArgv(text string, env map[string]string) ([]string, error) {
	return shell.CmdArgv(text, env)
}

// pastePSArgv is the argv after argv[0] that aws.exe receives from
// PowerShell 7.3+ (legacy false) or Windows PowerShell 5.1 (legacy true) for
// one command of the modelled subset (internal/shell).
func pastePSArgv(text string, legacy bool) ([]string, error) {
	return shell.PowerShellArgv(text, legacy)
}
