package core

// powerShell quotes for PowerShell 7.3+ (legacy false) and Windows PowerShell
// 5.1 (legacy true). Placeholder: it refuses every command until the
// PowerShell quoting lands, so nothing wrong is ever printed.
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
