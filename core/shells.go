package core

import (
	"errors"
	"strconv"

	"sgrules/internal/shell"
)

// shellByName returns the speller of a Shell value, or nil.
func shellByName(name string) shell.Shell {
	switch name {
	case ShellBash:
		return shell.Bash{}
	case ShellCmd:
		return shell.Cmd{}
	case ShellPowerShell:
		return shell.PowerShell{Legacy: false}
	case ShellPowerShell5:
		return shell.PowerShell{Legacy: true}
	}
	return nil
}

// WindowsArgv returns the words aws.exe receives, after "aws", when text is
// pasted into a Windows shell (ShellCmd, ShellPowerShell or ShellPowerShell5),
// according to internal/shell's models of cmd.exe (with a typical Windows
// environment), PowerShell and the C runtime. Tests use it to replay Windows
// commands through the real CLI; the models are the same ones every printed
// command is checked against.
func WindowsArgv(shellName, text string) ([]string, error) {
	switch shellName {
	case ShellCmd:
		argv, err := shell.CmdArgv(text, shell.CmdTypicalEnv())
		if err != nil {
			return nil, err
		}
		if len(argv) == 0 || argv[0] != "aws" {
			return nil, errors.New("cmd.exe would not run aws")
		}
		return argv[1:], nil
	case ShellPowerShell, ShellPowerShell5:
		return shell.PowerShellArgv(text, shellName == ShellPowerShell5)
	}
	return nil, errors.New("no model for shell " + strconv.Quote(shellName))
}
