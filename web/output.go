package web

import (
	"slices"
	"strconv"

	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
	"github.com/hexops/vecty/prop"

	"sgrules/core"
	"sgrules/web/store"
)

// OutputView shows the commands for the chosen shell and form, the files
// they read, why a form is unavailable, every problem, and the predicted
// answer.
type OutputView struct {
	vecty.Core
	Store *store.Store `vecty:"prop"`
	Env   Env          `vecty:"prop"`
}

// Copy implements vecty.Copier; see copyOf.
func (o *OutputView) Copy() vecty.Component { cp := *o; return copyOf(&cp) }

var shellOptions = []option{
	{core.ShellBash, "bash / zsh"}, {core.ShellCmd, "cmd.exe"},
	{core.ShellPowerShell, "PowerShell 7.3+"}, {core.ShellPowerShell5, "Windows PowerShell 5.1"},
}

var formLabels = map[string]string{
	core.FormSugar: "--protocol/--port/--cidr", core.FormShorthand: "--ip-permissions shorthand",
	core.FormJSON: "--ip-permissions JSON", core.FormCliInputJSON: "--cli-input-json file",
	core.FormCliInputYAML: "--cli-input-yaml file",
}

// formOrder is the order the form selector lists forms: simplest first.
var formOrder = []string{core.FormSugar, core.FormShorthand, core.FormJSON, core.FormCliInputJSON, core.FormCliInputYAML}

// Render implements vecty.Component.
func (o *OutputView) Render() vecty.ComponentOrHTML {
	s := o.Store
	if s.Starting {
		// The first frame: the command a visitor from a docs link came for,
		// in its place (the choosers' is kept, so nothing moves and the
		// command's elements stay when the rest arrives with store.Started).
		return elem.Section(vecty.Markup(vecty.Class("output"), vecty.Attribute("aria-label", "Commands and predicted answer"), vecty.Attribute("aria-busy", "true")),
			elem.Div(vecty.Markup(vecty.Class("row", "choosers"))),
			o.command("authorize", false),
		)
	}
	// The choosers and the share line are Parts: a key press in the form
	// changes neither.
	avail := s.FormsAvailable()
	return elem.Section(vecty.Markup(vecty.Class("output"), vecty.Attribute("aria-label", "Commands and predicted answer")),
		&Part{Key: key(s.Shell, s.Form, key(avail...)), Build: func() *vecty.HTML { return o.choosers(avail) }},
		o.command("authorize", false),
		o.summary(),
		o.command("revoke", true),
		o.prediction(),
		&Part{Key: s.Copied, Build: func() *vecty.HTML {
			return elem.Div(vecty.Markup(vecty.Class("share")),
				button("Copy link to this page", "copy", "", func() { o.copy("link", "") }),
				o.copiedNote("link"),
				o.shareMenu(),
			)
		}},
	)
}

// choosers are the shell and form selectors; avail are the forms that can
// express the authorize command in the chosen shell.
func (o *OutputView) choosers(avail []string) *vecty.HTML {
	s := o.Store
	forms := make([]option, len(formOrder))
	for i, f := range formOrder {
		label := formLabels[f]
		if !slices.Contains(avail, f) {
			label += " (not available)"
		}
		forms[i] = option{f, label}
	}
	return elem.Div(vecty.Markup(vecty.Class("row", "choosers")),
		field{id: "shell", label: "Shell"}.choice(s.Shell, shellOptions, func(v string) { s.Dispatch(store.SetShell{Shell: v}) }),
		field{id: "form", label: "Form"}.choice(s.Form, forms, func(v string) { s.Dispatch(store.SetForm{Form: v}) }),
	)
}

// copy puts text on the clipboard (the page's own address when what is
// "link") and shows a short note.
func (o *OutputView) copy(what, text string) {
	if o.Env.Copy != nil {
		o.Env.Copy(text)
	}
	s := o.Store
	s.Dispatch(store.SetCopied{What: what})
	if o.Env.Later != nil {
		o.Env.Later(1500, func() {
			if s.Copied == what {
				s.Dispatch(store.SetCopied{})
			}
		})
	}
}

func (o *OutputView) copiedNote(what string) vecty.ComponentOrHTML {
	if o.Store.Copied != what {
		return elem.Span(vecty.Markup(vecty.Class("copied"), vecty.Attribute("role", "status")))
	}
	return elem.Span(vecty.Markup(vecty.Class("copied"), vecty.Attribute("role", "status")), vecty.Text("Copied"))
}

// summary counts the problems and lists every one with the field it names,
// so none is missed even when its field is scrolled away.
func (o *OutputView) summary() vecty.ComponentOrHTML {
	ps := o.Store.Result.Problems
	if len(ps) == 0 {
		return elem.Paragraph(vecty.Markup(vecty.Class("summary", "ok"), prop.ID("summary")), vecty.Text("No problems found."))
	}
	errs := 0
	for _, p := range ps {
		if p.Severity == core.SeverityError {
			errs++
		}
	}
	// Each entry names its field as a place in the form and is a link that
	// focuses it.
	items := make(vecty.List, len(ps))
	for i, p := range ps {
		where, ids := place(o.Store, p.Path)
		var target vecty.ComponentOrHTML = elem.Strong(vecty.Text(where))
		if len(ids) > 0 {
			target = elem.Anchor(vecty.Markup(prop.Href("#"+ids[0]), vecty.Class("place"),
				event.Click(func(*vecty.Event) {
					if o.Env.Focus != nil {
						o.Env.Focus(ids)
					}
				}).PreventDefault()), vecty.Text(where))
		}
		items[i] = elem.ListItem(vecty.Markup(vecty.Class(p.Severity)),
			elem.Span(vecty.Markup(vecty.Class("sev")), vecty.Text(severityLabel(p.Severity)+" ")),
			target, vecty.Text(": "+p.Message))
	}
	return elem.Details(vecty.Markup(vecty.Class("summary"), prop.ID("summary"), vecty.Property("open", errs > 0)),
		elem.Summary(vecty.Text(plural(errs, "error")+", "+plural(len(ps)-errs, "warning"))),
		elem.UnorderedList(vecty.Markup(vecty.Class("problems")), items),
	)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func (o *OutputView) command(what string, revoke bool) *vecty.HTML {
	s := o.Store
	title := "Authorize"
	if revoke {
		title = "Revoke (undo)"
	}
	c, ok := s.Command(revoke)
	if !ok {
		return elem.Div(vecty.Markup(vecty.Class("command", "unavailable"), prop.ID("cmd-"+what)),
			elem.Heading3(vecty.Text(title)),
			o.unavailable(revoke),
		)
	}
	files := make(vecty.List, len(c.Files))
	for i, f := range c.Files {
		key := what + "-file-" + strconv.Itoa(i)
		files[i] = elem.Div(vecty.Markup(vecty.Class("file")),
			elem.Div(vecty.Markup(vecty.Class("file-head")),
				elem.Span(vecty.Text("Save as ")), elem.Code(vecty.Text(f.Name)),
				button("Copy", "copy", "Copy "+f.Name, func() { o.copy(key, f.Content) }),
				button("Download", "download", "Download "+f.Name, func() {
					if o.Env.Download != nil {
						o.Env.Download(f.Name, f.Content)
					}
				}),
				o.copiedNote(key),
			),
			elem.Preformatted(vecty.Markup(vecty.Class("file-text")), elem.Code(vecty.Text(f.Content))),
		)
	}
	return elem.Div(vecty.Markup(vecty.Class("command")),
		&Part{Key: key(title, strconv.FormatBool(s.Copied == what)), Build: func() *vecty.HTML {
			return elem.Div(vecty.Markup(vecty.Class("command-head")),
				elem.Heading3(vecty.Text(title)),
				// The text is read when clicked, so the head need not be
				// rebuilt when it changes.
				button("Copy", "copy", "Copy the "+what+" command", func() {
					if c, ok := s.Command(revoke); ok {
						o.copy(what, c.Text)
					}
				}),
				o.copiedNote(what),
			)
		}},
		&CommandText{ID: "cmd-" + what, Text: c.Text, Env: o.Env, First: !revoke},
		vecty.If(len(files) > 0, elem.Paragraph(vecty.Markup(vecty.Class("hint")),
			vecty.Text("The command reads these files; save them in the directory you run it from."))),
		files,
	)
}

// unavailable says why the chosen form cannot express the Input, and offers
// the forms that can.
func (o *OutputView) unavailable(revoke bool) vecty.ComponentOrHTML {
	s := o.Store
	var reasons vecty.List
	for _, u := range s.Unavailable(revoke) {
		reasons = append(reasons, elem.ListItem(vecty.Text(u.Reason)))
	}
	var offers vecty.List
	for _, f := range s.FormsAvailable() {
		offers = append(offers, button(formLabels[f], "offer", "Show the "+formLabels[f]+" form", func() {
			s.Dispatch(store.SetForm{Form: f})
		}))
	}
	return elem.Div(
		elem.Paragraph(vecty.Text("This form cannot express the input:")),
		elem.UnorderedList(vecty.Markup(vecty.Class("reasons")), reasons),
		vecty.If(len(offers) > 0, elem.Paragraph(vecty.Markup(vecty.Class("offers")), vecty.Text("Use instead: "), offers)),
	)
}

func (o *OutputView) prediction() *vecty.HTML {
	s := o.Store
	r := s.Result
	head := elem.Heading3(vecty.Text("Predicted answer"))
	if r.Error != nil {
		return elem.Div(vecty.Markup(vecty.Class("prediction")), head,
			elem.Preformatted(vecty.Markup(vecty.Class("error-output"), prop.ID("prediction")), vecty.Text(r.Error.Output)))
	}
	// The Result holds the chosen tab's format only (store.SetTab).
	tab := s.Tab
	note := "The SecurityGroupRuleIds are placeholders derived from each rule; EC2 assigns the real ones."
	if s.Input.Request.GroupId == nil && s.Input.Request.GroupName != nil {
		note += " The group is given by name: the GroupId shown is a placeholder too; EC2 answers with the group's real ID."
	}
	return elem.Div(vecty.Markup(vecty.Class("prediction")), head,
		&Part{Key: key(tab), Build: func() *vecty.HTML { return o.tabs(tab) }},
		elem.Preformatted(vecty.Markup(prop.ID("prediction"), vecty.Attribute("role", "tabpanel")), vecty.Text(r.Output[tab])),
		vecty.If(note != "", elem.Paragraph(vecty.Markup(vecty.Class("hint")), vecty.Text(note))),
	)
}

// tabs are the output format tabs, tab selected.
func (o *OutputView) tabs(tab string) *vecty.HTML {
	s := o.Store
	var tabs vecty.List
	for _, f := range core.OutputFormats {
		tabs = append(tabs, elem.Button(vecty.Markup(prop.Type(prop.TypeButton), vecty.Class("tab"),
			vecty.Attribute("role", "tab"), vecty.Attribute("aria-selected", strconv.FormatBool(f == tab)),
			vecty.MarkupIf(f == tab, vecty.Class("selected")),
			onClick(func() { s.Dispatch(store.SetTab{Tab: f}) })), vecty.Text("--output "+f)))
	}
	return elem.Div(vecty.Markup(vecty.Class("tabs"), vecty.Attribute("role", "tablist")), tabs)
}

// CommandText is one command's text. The first one mounted tells Env, so the
// page can mark the time for the benchmark; the authorize command carries
// the Element Timing name FirstCommandTiming, so the page (and the
// benchmark) can tell when it is on screen.
type CommandText struct {
	vecty.Core
	ID    string `vecty:"prop"`
	Text  string `vecty:"prop"`
	First bool   `vecty:"prop"`
	Env   Env    `vecty:"prop"`
}

// Copy implements vecty.Copier; see copyOf.
func (c *CommandText) Copy() vecty.Component { cp := *c; return copyOf(&cp) }

// Render implements vecty.Component.
func (c *CommandText) Render() vecty.ComponentOrHTML {
	return elem.Preformatted(vecty.Markup(prop.ID(c.ID), vecty.Class("command-text"),
		vecty.MarkupIf(c.First, vecty.Attribute("elementtiming", FirstCommandTiming))), elem.Code(vecty.Text(c.Text)))
}

// FirstCommandTiming is the elementtiming name of the authorize command's
// text.
const FirstCommandTiming = "sgrules-command"

// SkipRender implements vecty.RenderSkipper.
func (c *CommandText) SkipRender(prev vecty.Component) bool {
	p, ok := prev.(*CommandText)
	return ok && p.ID == c.ID && p.Text == c.Text
}

var firstCommandSeen bool

// Mount implements vecty.Mounter.
func (c *CommandText) Mount() {
	if c.First && !firstCommandSeen && c.Env.FirstCommand != nil {
		firstCommandSeen = true
		c.Env.FirstCommand()
	}
}
