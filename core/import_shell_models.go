package core

// This file is the one place the paste reader (import_shell*.go) calls the
// Windows shell models, so that moving them (to internal/shell) changes only
// these two functions.

// pasteCmdArgv is the argv (argv[0] included) that cmd.exe gives a C-runtime
// program for one command, continued with line-final carets, where env holds
// the variables the paste refers to (cmdmodel.go).
func pasteCmdArgv(text string, env map[string]string) ([]string, error) {
	return cmdArgv(text, env)
}

// pastePSArgv is the argv after argv[0] that aws.exe receives from
// PowerShell 7.3+ (legacy false) or Windows PowerShell 5.1 (legacy true) for
// one command of the modelled subset (psmodel.go, psargs.go).
func pastePSArgv(text string, legacy bool) ([]string, error) {
	return psArgv(text, legacy)
}
