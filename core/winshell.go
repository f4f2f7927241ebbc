package core

import (
	"errors"
	"strconv"
)

// WindowsArgv returns the words aws.exe receives, after "aws", when text is
// pasted into a Windows shell (ShellCmd, ShellPowerShell or ShellPowerShell5),
// according to this package's models of cmd.exe (cmdmodel.go, with a typical
// Windows environment), PowerShell (psmodel.go) and the C runtime
// (winargv.go). Tests use it to replay Windows commands through the real CLI;
// the models are the same ones every printed command is checked against.
func WindowsArgv(shell, text string) ([]string, error) {
	switch shell {
	case ShellCmd:
		argv, err := cmdArgv(text, cmdTypicalEnv())
		if err != nil {
			return nil, err
		}
		if len(argv) == 0 || argv[0] != "aws" {
			return nil, errors.New("cmd.exe would not run aws")
		}
		return argv[1:], nil
	case ShellPowerShell, ShellPowerShell5:
		return psArgv(text, shell == ShellPowerShell5)
	}
	return nil, errors.New("no model for shell " + strconv.Quote(shell))
}
