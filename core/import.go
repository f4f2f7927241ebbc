package core

import (
	"sgrules/internal/pyjson"

	"sort"
	"strings"
)

// This file is Import, the reverse of Generate: pasted text (a whole aws
// command for bash, cmd.exe or PowerShell, or a document) back to the Input
// that sends the same request (docs/contract.md, "Import"). The shell's part
// — which words the CLI receives — is import_shell.go's; documents are
// import_document.go's; the CLI's part — what those words mean — is
// import_command.go's and the files it names.

// ImportRequest is what Import reads.
type ImportRequest struct {
	Text  string // what was pasted
	Shell string // "" to detect, or ShellBash/ShellCmd/ShellPowerShell/ShellPowerShell5
	Pick  int    // which of the result's Choices to load (0: the first)
	// Files holds the files the text reads (file://NAME, fileb://NAME), by
	// NAME as written after the prefix, with their content. A file the text
	// reads that is not here is a Problem asking for its content.
	Files map[string]string
}

// ImportResult is what Import read.
type ImportResult struct {
	Input    *Input    // nil when nothing could be read
	Shell    string    // the shell the text was read as; "" for a document
	Shells   []string  // every shell that reads the text the same (the page lets the user switch)
	Output   string    // the --output format the command asked for, if any
	Problems []Problem // Path into the Input where it applies; CLI refusals worded as the CLI words them
	Notes    []Note    // what was repaired, assumed, or set aside, with positions
	Choices  []Choice  // several commands or groups in the text: the user picks one
	Pick     int       // the index of the loaded choice
	// Positions says where the words stand that set the Input's members,
	// for a command (not a document); Go-side only, ImportJSON leaves it
	// out.
	Positions []ArgPosition
}

// Choice is one of several things the text holds.
type Choice struct {
	Label string
	Line  int
}

// The codes of Import's own findings (Problem.Code). The CLI's refusals
// keep CodeParamValidation, and their messages are the CLI's.
const (
	// CodeVariable: a value comes from a shell variable or substitution
	// ($SG_ID, %SG%, $env:SG, $(…)) whose value cannot be known; the field
	// is left empty for the user.
	CodeVariable = "Variable"
	// CodeFile: a value is read from a file (file://, fileb://) that was
	// not supplied; the field is left empty until its content is given.
	CodeFile = "File"
	// CodeNotImported: something the text asks for that an Input cannot
	// hold (rule IDs, another command), so it is not carried over.
	CodeNotImported = "NotImported"
	// CodeNoCommand: the text holds no command or document Import reads.
	CodeNoCommand = "NoCommand"
	// CodeShell: the shell could not read the text (an unclosed quote, …).
	CodeShell = "ShellSyntax"
)

// Import reads pasted text: a document (cli-input JSON or YAML, an
// --ip-permissions value, describe output) or aws commands for a shell.
// When the text holds several commands, Choices lists them and Pick says
// which one was loaded. It never panics.
func Import(req ImportRequest) ImportResult {
	if res, ok := importDocument(req.Text, req.Pick); ok {
		return normalized(res)
	}
	reading, shells := readPasted(req.Text, req.Shell)
	if len(shells) == 0 && reading.Shell != "" {
		// The text was read as one shell even when it holds no command
		// that could tell the shells apart.
		shells = []string{reading.Shell}
	}
	res := ImportResult{Shell: reading.Shell, Shells: shells, Notes: reading.Notes}
	if reading.Err != nil {
		res.Problems = append(res.Problems, Problem{Severity: SeverityError, Code: CodeShell, Message: reading.Err.Error()})
		return normalized(res)
	}
	if len(reading.Commands) == 0 {
		res.Problems = append(res.Problems, Problem{Severity: SeverityError, Code: CodeNoCommand,
			Message: "no aws command found: paste an aws ec2 authorize-security-group-ingress|egress (or revoke-…) command, or a document"})
		return normalized(res)
	}
	if len(reading.Commands) > 1 {
		for _, c := range reading.Commands {
			res.Choices = append(res.Choices, Choice{Label: c.Label, Line: c.Line})
		}
	}
	if req.Pick > 0 && req.Pick < len(reading.Commands) {
		res.Pick = req.Pick
	}
	cmd := importCommand(reading.Commands[res.Pick].Args, req.Files)
	res.Input, res.Output, res.Positions = cmd.input, cmd.output, cmd.positions
	res.Problems = append(res.Problems, cmd.problems...)
	res.Notes = append(res.Notes, cmd.notes...)
	return normalized(res)
}

// normalized makes every list of res non-nil, as ImportJSON promises.
func normalized(res ImportResult) ImportResult {
	if res.Shells == nil {
		res.Shells = []string{}
	}
	if res.Problems == nil {
		res.Problems = []Problem{}
	}
	if res.Notes == nil {
		res.Notes = []Note{}
	}
	if res.Choices == nil {
		res.Choices = []Choice{}
	}
	return res
}

// importCommandResult is what one command's words make.
type importCommandResult struct {
	input    *Input
	output   string
	problems []Problem
	notes    []Note
	// positions is where the options stand (ImportResult.Positions).
	positions []ArgPosition
}

// importCommand reads the words after "aws": the global options, "ec2", the
// operation and its options.
func importCommand(args []pastedArg, files map[string]string) (res importCommandResult) {
	defer func() {
		// Notes are listed in the order of the text.
		sort.SliceStable(res.notes, func(i, j int) bool {
			a, b := res.notes[i], res.notes[j]
			return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
		})
	}()
	args, res.notes = repairDashes(args)
	global := parseArgs(globalArgs, args)
	for _, msg := range global.problems {
		res.problems = append(res.problems, Problem{Severity: SeverityError, Code: CodeParamValidation, Message: msg})
	}
	output, gNotes, choiceProblems := globalNotes(global)
	res.output = output
	res.notes = append(res.notes, gNotes...)
	res.problems = append(res.problems, choiceProblems...)
	rest := global.remaining
	if len(rest) == 0 || rest[0].Text != "ec2" {
		res.problems = append(res.problems, Problem{Severity: SeverityError, Code: CodeNoCommand,
			Message: "not an aws ec2 command: sgrules reads aws ec2 authorize-security-group-ingress|egress and revoke-security-group-ingress|egress"})
		return res
	}
	if len(rest) < 2 {
		res.problems = append(res.problems, Problem{Severity: SeverityError, Code: CodeNoCommand, Message: "aws ec2 names no command"})
		return res
	}
	op := rest[1]
	command := op.Text
	switch command {
	case Ingress, Egress:
	case RevokeIngress:
		command = Ingress
	case RevokeEgress:
		command = Egress
	default:
		res.problems = append(res.problems, Problem{Severity: SeverityError, Code: CodeNoCommand,
			Message: "aws ec2 " + op.Text + " is not a command sgrules reads: it reads authorize-security-group-ingress|egress and revoke-security-group-ingress|egress"})
		return res
	}
	if command != op.Text {
		res.notes = append(res.notes, Note{Message: op.Text + " read as the rules it removes: the form shows " + command + ", and the revoke command is printed beside it",
			Line: op.Line, Column: op.Column})
	}
	table := operationArgs(op.Text)
	rd := &requestReader{op: op.Text, command: command, parse: parseArgs(table, rest[2:]), files: files}
	for _, msg := range rd.parse.problems {
		rd.problem("", CodeParamValidation, msg)
	}
	obj := rd.build(table)
	d := &decoder{}
	r := d.request(obj, isEgress(command))
	rd.problems = append(rd.problems, d.problems...)
	r = rd.mergeCLIInput(r, obj)
	// argparse stops at its first error, so the checks after parsing
	// (required options, unknown words) speak only when it had none.
	parsed := len(global.problems) == 0 && len(rd.parse.problems) == 0
	if parsed {
		rd.checkRequired(r)
	}
	if parsed && len(rd.parse.remaining) > 0 {
		texts := make([]string, len(rd.parse.remaining))
		for i, w := range rd.parse.remaining {
			texts[i] = w.Text
		}
		rd.problem("", CodeParamValidation, "Unknown options: "+strings.Join(texts, ", "))
	}
	res.input = &Input{Command: command, Request: r}
	res.positions = rd.argPositions(op)
	res.problems = append(res.problems, rd.problems...)
	res.notes = append(res.notes, rd.notes...)
	return res
}

// globalNotes says what was done with each global option: --output picks
// the output shown; the others do not change the request and are set aside.
// A value outside an option's choices is the CLI's refusal.
func globalNotes(g argParse) (output string, notes []Note, problems []Problem) {
	for _, spec := range globalArgs {
		pa := g.args[spec.name]
		if pa == nil {
			continue
		}
		value := ""
		if len(pa.values) == 1 {
			value = pa.values[0].Text
			if u := pa.values[0].Unknown; len(u) > 0 {
				notes = append(notes, Note{Message: "--" + spec.name + " uses " + strings.Join(u, " and ") + ", whose value cannot be known; set aside",
					Line: pa.flag.Line, Column: pa.flag.Column})
				continue
			}
		}
		if choices, ok := globalChoices[spec.name]; ok && !containsString(choices, value) {
			problems = append(problems, Problem{Severity: SeverityError, Code: CodeParamValidation, Message: invalidChoice(spec.name, choices)})
			continue
		}
		msg := "--" + spec.name
		if value != "" {
			msg += " " + value
		}
		if spec.name == "output" {
			output = value
			msg += ": the predicted output is shown as " + value
		} else {
			msg += " set aside: it does not change the request"
		}
		notes = append(notes, Note{Message: msg, Line: pa.flag.Line, Column: pa.flag.Column})
	}
	return output, notes, problems
}

// invalidChoice is the message of awscli's argparser (CLIArgParser) for a
// value outside an option's choices: the choices two to a line, each padded
// to 40 columns. (The CLI adds "maybe you meant" lines for a close match,
// which this does not.)
func invalidChoice(name string, choices []string) string {
	var b strings.Builder
	b.WriteString("argument --" + name + ": Invalid choice, valid choices are:\n")
	for i := 0; i < len(choices); i += 2 {
		b.WriteString("\n")
		for j := i; j < i+2 && j < len(choices); j++ {
			if j > i {
				b.WriteString(" | ")
			}
			b.WriteString(choices[j] + strings.Repeat(" ", max(0, 40-len(choices[j]))))
		}
	}
	return b.String()
}

func containsString(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

// checkRequired is argparse's check of required options: egress needs
// --group-id unless a cli-input document or a skeleton request stands in,
// and then botocore's validation needs GroupId in the request.
func (rd *requestReader) checkRequired(r Request) {
	if !isEgress(rd.command) || rd.parse.args["group-id"] != nil {
		return
	}
	if rd.parse.args["cli-input-json"] != nil || rd.parse.args["cli-input-yaml"] != nil {
		if r.GroupId == nil && !rd.cliInputUnread && !rd.hasProblemAt("GroupId") {
			rd.problem("GroupId", CodeParamValidation, "Missing required parameter in input: \"GroupId\"")
		}
		return
	}
	if sk := rd.parse.args["generate-cli-skeleton"]; sk != nil && (len(sk.values) == 0 || sk.values[0].Text != "output") {
		return
	}
	rd.problem("GroupId", CodeParamValidation, "the following arguments are required: --group-id")
}

// hasProblemAt reports whether a Problem is already reported at path.
func (rd *requestReader) hasProblemAt(path string) bool {
	for _, p := range rd.problems {
		if p.Path == path {
			return true
		}
	}
	return false
}

// mergeCLIInput merges --cli-input-json or --cli-input-yaml into r as the
// CLI does: a top-level key the command line set wins; the others come
// from the document (docs/awscli-parsing.md §4.1).
func (rd *requestReader) mergeCLIInput(r Request, fromArgs *pyjson.Object) Request {
	js, ym := rd.parse.args["cli-input-json"], rd.parse.args["cli-input-yaml"]
	if js == nil && ym == nil {
		return r
	}
	if js != nil && ym != nil {
		rd.problem("", CodeParamValidation, "Only one --cli-input- parameter may be specified.")
		return r
	}
	pa, flag, yaml := js, "--cli-input-json", false
	if ym != nil {
		pa, flag, yaml = ym, "--cli-input-yaml", true
	}
	text, ok := rd.scalar(pa, flag, "")
	if !ok {
		rd.cliInputUnread = true
		return r
	}
	doc, problems, err := decodeCLIInput(text, yaml, rd.op)
	if err != nil {
		rd.problem("", CodeParamValidation, err.Error())
		return r
	}
	set := func(key string) bool { _, ok := fromArgs.Values[key]; return ok }
	for _, p := range problems {
		if !set(topKey(p.Path)) {
			rd.problems = append(rd.problems, p)
		}
	}
	if !set("GroupId") {
		r.GroupId = doc.GroupId
	}
	if !set("GroupName") {
		r.GroupName = doc.GroupName
	}
	if !set("IpPermissions") {
		r.IpPermissions = doc.IpPermissions
	}
	if !set("TagSpecifications") {
		r.TagSpecifications = doc.TagSpecifications
	}
	if !set("DryRun") {
		r.DryRun = doc.DryRun
	}
	return r
}

// topKey is the top-level member a Problem path is in.
func topKey(path string) string {
	if i := strings.IndexAny(path, ".["); i >= 0 {
		return path[:i]
	}
	return path
}
