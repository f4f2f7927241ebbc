package core

// cmdShell quotes for Windows cmd.exe. Placeholder: it refuses every command
// until the cmd.exe quoting lands, so nothing wrong is ever printed.
type cmdShell struct{}

func (cmdShell) name() string         { return ShellCmd }
func (cmdShell) shorthandQuote() byte { return '\'' }
func (cmdShell) continuation() string { return " ^" }
func (cmdShell) word(string) (string, string) {
	return "", "cmd.exe commands are not available yet"
}
