package store

import (
	"strings"

	"sgrules/core"
)

// This file builds the texts of the page's Share menu: the link, an iframe
// of the command card (embed.html) and Markdown of the link and the
// command. The page's link is made by the browser (its compression is a
// promise), so a Share button copies a share request, which the page turns
// into the text with Shared once it has the link: the text then holds the
// form as it was when clicked. The code is kept short because the page's
// WebAssembly has little room left (a share request rather than a new Env
// member, which would grow every component that holds an Env).

// Share requests start with a NUL byte, which no command or file text
// does (each starts with "aws", "{" or a YAML key).
const (
	// ShareLink is the share request of the page's link ("" is one too).
	ShareLink = "\x00l"
	// ShareIframe is the share request of the iframe that embeds the
	// command card.
	ShareIframe = "\x00i"
	// ShareMarkdown is the share request of a Markdown link to the page
	// and its command (ShareText).
	ShareMarkdown = "\x00m"
)

// fenceLanguages are the Markdown code fence languages of core.Shells, in
// its order: names highlighters know, and that `sgrules check` reads back
// as the same shell (pwsh is PowerShell 7.3+, powershell is Windows
// PowerShell 5.1).
var fenceLanguages = [...]string{"bash", "bat", "pwsh", "powershell"}

// ShareText is the text a Share button copies for a request: the request
// itself, and for ShareMarkdown, when the chosen shell and form can express
// the Input, the command as a fenced code block in the shell's fence
// language, with each file it reads.
func (s *Store) ShareText(request string) string {
	c, ok := s.Command(false)
	if request != ShareMarkdown || !ok {
		return request
	}
	for i, sh := range core.Shells {
		if sh == s.Shell {
			request += fence(fenceLanguages[i], c.Text)
		}
	}
	lang := "json"
	if s.Form == core.FormCliInputYAML {
		lang = "yaml"
	}
	for _, f := range c.Files {
		request += "\nSave as " + f.Name + ":\n" + fence(lang, f.Content)
	}
	return request
}

// Shared is the text a share request (or "", the link) stands for, given
// the page's address (origin, path and fragment). The iframe's address is
// the page's folder, embed.html and the same fragment; the browser writes
// a path with ", < and > percent-encoded, and "&sh=" is not a character
// reference, so the attribute needs no escaping.
func Shared(request, address string) string {
	switch {
	case request == ShareIframe:
		page, frag, _ := strings.Cut(address, "#")
		return `<iframe src="` + page[:strings.LastIndexByte(page, '/')+1] + "embed.html#" + frag +
			`" title="sgrules: aws ec2 command" width="100%" height="240" loading="lazy" style="border:0" allow="clipboard-write"></iframe>`
	case len(request) > 1 && request[1] == ShareMarkdown[1]:
		return "[Open in sgrules](" + address + ")\n" + request[2:]
	}
	return address
}

// fence is text as a fenced code block, after a blank line, whose fence is
// longer than any run of backticks in it, so nothing in a description can
// end it early (CommonMark's fenced code blocks).
func fence(lang, text string) string {
	f := "```"
	for strings.Contains(text, f) {
		f += "`"
	}
	return "\n" + f + lang + "\n" + text + "\n" + f + "\n"
}
