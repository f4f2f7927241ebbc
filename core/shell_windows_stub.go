package core

// cmdShell and powerShell are placeholders until the Windows quoting lands;
// they refuse every command so nothing wrong is ever printed.
type cmdShell struct{}

func (cmdShell) name() string         { return ShellCmd }
func (cmdShell) shorthandQuote() byte { return '\'' }
func (cmdShell) continuation() string { return " ^" }
func (cmdShell) word(string) (string, string) {
	return "", "cmd.exe commands are not available yet"
}

type powerShell struct{ legacy bool }

func (p powerShell) name() string {
	if p.legacy {
		return ShellPowerShell5
	}
	return ShellPowerShell
}
func (powerShell) shorthandQuote() byte { return '\'' }
func (powerShell) continuation() string { return " `" }
func (powerShell) word(string) (string, string) {
	return "", "PowerShell commands are not available yet"
}
