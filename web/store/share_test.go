package store

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sgrules/core"
)

func TestShareTexts(t *testing.T) {
	const page = "https://example.org/tools/sgrules/index.html#v1=abc&sh=bash&f=shorthand"
	s := New(Example())
	c, ok := s.Command(false)
	assert.True(t, ok)
	for _, tc := range []struct {
		name, shell, form, request, want string
	}{
		{"the link", core.ShellBash, core.FormShorthand, ShareLink, page},
		{"the link by its empty request", core.ShellBash, core.FormShorthand, "", page},
		{"the iframe", core.ShellBash, core.FormShorthand, ShareIframe,
			`<iframe src="https://example.org/tools/sgrules/embed.html#v1=abc&sh=bash&f=shorthand" title="sgrules: aws ec2 command" width="100%" height="240" loading="lazy" style="border:0" allow="clipboard-write"></iframe>`},
		{"Markdown in bash", core.ShellBash, core.FormShorthand, ShareMarkdown,
			"[Open in sgrules](" + page + ")\n\n```bash\n" + c.Text + "\n```\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s.Dispatch(SetShell{Shell: tc.shell})
			s.Dispatch(SetForm{Form: tc.form})
			assert.Equal(t, tc.want, Shared(s.ShareText(tc.request), page))
		})
	}
}

// TestShareMarkdownFences: each shell's fence language is the one `sgrules
// check` reads back as that shell, a file is a block of its own, and a
// description with backticks cannot end the fence early.
func TestShareMarkdownFences(t *testing.T) {
	in := Example()
	in.Request.IpPermissions[0].IpRanges[0].Description = core.Str("has ``` and ```` inside")
	s := New(in)
	for shell, lang := range map[string]string{core.ShellBash: "bash", core.ShellCmd: "bat", core.ShellPowerShell: "pwsh", core.ShellPowerShell5: "powershell"} {
		s.Dispatch(SetShell{Shell: shell})
		c, ok := s.Command(false)
		if !ok {
			continue // the shell cannot spell this description in shorthand
		}
		assert.Equal(t, "[Open in sgrules](A)\n\n`````"+lang+"\n"+c.Text+"\n`````\n", Shared(s.ShareText(ShareMarkdown), "A"), shell)
	}
	s.Dispatch(SetShell{Shell: core.ShellBash})
	s.Dispatch(SetForm{Form: core.FormCliInputYAML})
	c, ok := s.Command(false)
	assert.True(t, ok)
	assert.Len(t, c.Files, 1)
	assert.Equal(t, "[Open in sgrules](A)\n\n```bash\n"+c.Text+"\n```\n\nSave as "+c.Files[0].Name+":\n\n`````yaml\n"+c.Files[0].Content+"\n`````\n",
		Shared(s.ShareText(ShareMarkdown), "A"))
	// A form that cannot express the Input: the link alone.
	s.Dispatch(SetForm{Form: core.FormSugar})
	_, ok = s.Command(false)
	assert.False(t, ok)
	assert.Equal(t, "[Open in sgrules](A)\n", Shared(s.ShareText(ShareMarkdown), "A"))
}
