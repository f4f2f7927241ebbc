// Package shell spells command lines for the shells people paste AWS CLI
// commands into — bash/zsh (Bash), the cmd.exe prompt (Cmd), PowerShell 7.3+
// and Windows PowerShell 5.1 (PowerShell) — so that the program receives
// every word exactly, and models how cmd.exe, PowerShell and the Microsoft C
// runtime turn pasted text into a program's argv. Every command Render
// prints is checked against these models; a word or command a shell cannot
// carry is refused with an error saying why and what to use instead.
//
// Layers, each in its own files: the spellers (shell.go, bash.go, cmd.go,
// powershell.go); the one C-runtime quoter (crt.go); the models of cmd.exe
// (cmdmodel.go), of PowerShell (psmodel.go: the tokenizer; psargs.go: the
// native-argument builders and the command line) and of the C runtime's
// split (winargv.go). CmdArgv and PowerShellArgv expose the models.
//
// Sources: docs/windows-quoting.md (§2.4 the cmd.exe cases observed under
// Wine 8, §3 where Wine diverges from Windows, §4 PowerShell, §6 the
// recommendations) and docs/awscli-parsing.md §5 (quoting per shell);
// Microsoft, "Parsing C command-line arguments" and "Command prompt
// (Cmd.exe) command-line string limitation"; dbenham's model of cmd's
// parser (Stack Overflow question 4094699); PowerShell's tokenizer.cs,
// CharTraits.cs and NativeCommandParameterBinder.cs, and .NET's
// PasteArguments. The Wine oracle (tools/wincheck) holds the cmd model to
// a real cmd.exe.
package shell
