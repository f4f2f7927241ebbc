package main

import (
	"path/filepath"
	"strings"

	"sgrules/core"
)

// A block is a run of lines of one shell in a file: a whole script, or one
// Markdown code fence.
type block struct {
	shell string // a core shell name; "" to detect (an unlabelled fence without --shell)
	line  int    // 1-based line of the block's first line in the file
	lines []string
	// cut is, by line, how many characters of fence indentation were
	// removed from it (nil for a script): a column in lines[i] is
	// cut[i] more in the file.
	cut []int
	// what says where the shell came from, for messages: "the fence says"
	// or "the file's extension says".
	what string
}

// A span is one aws command inside a block: its first line and how many
// lines its continuations take.
type span struct {
	line, count int // line is 1-based in the file
	text        string
}

// fenceShells maps a Markdown fence's info string to the shell its commands
// are written for. "console" and "shell-session" are terminal transcripts,
// with prompts; the reader strips those.
var fenceShells = map[string]string{
	"bash": core.ShellBash, "sh": core.ShellBash, "shell": core.ShellBash, "zsh": core.ShellBash,
	"console": core.ShellBash, "shell-session": core.ShellBash,
	// A fence says PowerShell without saying which; check reads it as
	// 7.3+, the PowerShell that is installed today and that the 5.1 quoting
	// rules are a trap of.
	"powershell": core.ShellPowerShell, "ps1": core.ShellPowerShell, "ps": core.ShellPowerShell,
	"pwsh": core.ShellPowerShell, "posh": core.ShellPowerShell,
	"bat": core.ShellCmd, "batch": core.ShellCmd, "cmd": core.ShellCmd, "dos": core.ShellCmd,
}

// fileShells maps a script's extension to its shell.
var fileShells = map[string]string{
	".sh": core.ShellBash, ".bash": core.ShellBash, ".zsh": core.ShellBash,
	".ps1": core.ShellPowerShell, ".psm1": core.ShellPowerShell,
	".bat": core.ShellCmd, ".cmd": core.ShellCmd,
}

// markdownExts are the extensions read as Markdown.
var markdownExts = map[string]bool{".md": true, ".markdown": true, ".mdx": true}

// blocks splits a file into the blocks check reads. A forced shell (--shell)
// is the shell of unlabelled fences and of files whose extension says none;
// without it they are bash for a file and detected for a fence. Markdown
// text outside fences is skipped, and so are fences of other languages.
func blocks(path, content, forced string) []block {
	lines := splitLines(content)
	ext := strings.ToLower(filepath.Ext(path))
	if markdownExts[ext] {
		return markdownBlocks(lines, forced)
	}
	shell, what := fileShells[ext], "the file's extension says"
	if shell == "" {
		shell, what = forced, "--shell says"
	}
	if shell == "" {
		shell, what = core.ShellBash, "check assumes"
	}
	return []block{{shell: shell, line: 1, lines: lines, what: what}}
}

// splitLines splits text into lines without their line ends (LF or CRLF).
func splitLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

// markdownBlocks finds the fenced code blocks (``` or ~~~, CommonMark §4.5)
// whose info string names a shell.
func markdownBlocks(lines []string, forced string) []block {
	var out []block
	for i := 0; i < len(lines); i++ {
		indent, marker, info, ok := openFence(lines[i])
		if !ok {
			continue
		}
		start := i + 1
		end := start
		for end < len(lines) && !closesFence(lines[end], marker) {
			end++
		}
		lang := strings.ToLower(strings.Fields(info + " x")[0])
		shell, known := fenceShells[lang]
		what := "the fence says"
		if lang == "x" {
			shell, known, what = forced, true, "--shell says"
		}
		if known {
			body := make([]string, end-start)
			cut := make([]int, end-start)
			for j := start; j < end; j++ {
				body[j-start] = trimIndent(lines[j], indent)
				cut[j-start] = len(lines[j]) - len(body[j-start])
			}
			out = append(out, block{shell: shell, line: start + 1, lines: body, cut: cut, what: what})
		}
		i = end
	}
	return out
}

// openFence reports whether line opens a code fence: up to three spaces, then
// three or more backticks or tildes, then the info string.
func openFence(line string) (indent int, marker, info string, ok bool) {
	for indent < len(line) && indent < 4 && line[indent] == ' ' {
		indent++
	}
	if indent > 3 || indent >= len(line) || (line[indent] != '`' && line[indent] != '~') {
		return 0, "", "", false
	}
	c := line[indent]
	n := indent
	for n < len(line) && line[n] == c {
		n++
	}
	if n-indent < 3 {
		return 0, "", "", false
	}
	info = strings.TrimSpace(line[n:])
	if c == '`' && strings.Contains(info, "`") {
		return 0, "", "", false
	}
	return indent, line[indent:n], info, true
}

// closesFence reports whether line closes a fence opened with marker.
func closesFence(line, marker string) bool {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || !strings.HasPrefix(t, marker) {
		return false
	}
	return strings.TrimSpace(strings.TrimLeft(t, marker[:1])) == ""
}

// trimIndent removes up to n leading spaces, as CommonMark does for the
// lines of a fence indented by n.
func trimIndent(line string, n int) string {
	i := 0
	for i < n && i < len(line) && line[i] == ' ' {
		i++
	}
	return line[i:]
}

// spans finds the security-group commands in a block: a line holding
// "aws" … "ec2" … "authorize-security-group-" or "revoke-security-group-",
// with the lines a continuation joins to it. Any shell's continuation
// joins, and so does a next line that starts with an option: a command
// written for another shell, or one whose continuation was lost, is still
// one command, which check then reports.
func spans(b block) []span {
	var out []span
	for i := 0; i < len(b.lines); i++ {
		if !startsCommand(b.lines[i]) {
			continue
		}
		j := i
		for j+1 < len(b.lines) && (continuesAny(b.lines[j]) || startsOption(b.lines[j+1])) {
			j++
		}
		out = append(out, span{line: b.line + i, count: j - i + 1, text: strings.Join(b.lines[i:j+1], "\n") + "\n"})
		i = j
	}
	return out
}

// startsCommand reports whether a line starts one of the four commands (after
// a prompt or sudo; the reader checks the rest). A comment that mentions one
// is not a command.
func startsCommand(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "::") || strings.HasPrefix(strings.ToUpper(t), "REM ") {
		return false
	}
	if !strings.Contains(t, "security-group-") {
		return false
	}
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, "`")
		base := strings.ToLower(w[strings.LastIndexAny(w, `/\`)+1:])
		if base == "aws" || base == "aws.exe" {
			return true
		}
	}
	return false
}

// continuesAny reports whether a line ends in any shell's continuation.
func continuesAny(line string) bool {
	return continues(core.ShellBash, line) || continues(core.ShellCmd, line) || continues(core.ShellPowerShell, line)
}

// startsOption reports whether a line starts with an option (--name, or a
// typographic dash where -- was meant).
func startsOption(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return strings.HasPrefix(t, "--") || strings.HasPrefix(t, "\u2013") || strings.HasPrefix(t, "\u2014")
}

// continues reports whether a line ends in its shell's line continuation
// (bash's \, cmd's ^, PowerShell's backtick), so the next line belongs to the
// same command.
func continues(shell, line string) bool {
	t := strings.TrimRight(line, " \t")
	switch shell {
	case core.ShellCmd:
		return strings.HasSuffix(t, "^")
	case core.ShellPowerShell, core.ShellPowerShell5:
		return strings.HasSuffix(t, "`")
	}
	// bash joins only a backslash right before the newline; a space after
	// it ends the command, and check reports that as a finding of its own.
	return strings.HasSuffix(line, `\`) || (strings.HasSuffix(t, `\`) && t != line)
}
