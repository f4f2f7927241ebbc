package main

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"sgrules/core"
)

// This file finds things in a command's text for check: where its aws word
// stands, the word at one of Import's positions, the form its author wrote
// it in, and whether its lines hold anything but the command.

// positionOf is the position of the word that set path: the entry of
// positions with the longest path that is path or holds it.
func positionOf(positions []core.ArgPosition, path string) (core.ArgPosition, bool) {
	best, found := core.ArgPosition{}, false
	for _, p := range positions {
		if under(path, p.Path) && (!found || len(p.Path) > len(best.Path)) {
			best, found = p, true
		}
	}
	return best, found
}

// under reports whether path is top or a path inside it.
func under(path, top string) bool {
	return path == top || strings.HasPrefix(path, top) && (path[len(top)] == '.' || path[len(top)] == '[')
}

// related reports whether two paths are the same member or one holds the
// other; "" (the request as a whole) is related to nothing.
func related(a, b string) bool {
	return a != "" && b != "" && (under(a, b) || under(b, a))
}

// awsColumn is the 1-based column of the aws word in a command's first line
// (after a prompt, sudo or a path), or 1.
func awsColumn(line string) int {
	if i := awsWord(line); i >= 0 {
		return 1 + utf8.RuneCountInString(line[:i])
	}
	return 1
}

// awsWord is the byte offset of the word aws (or the last element of a path
// to it) that a line's command starts with, or -1.
func awsWord(line string) int {
	for i := 0; i+3 <= len(line); i++ {
		if !strings.HasPrefix(line[i:], "aws") {
			continue
		}
		before := i == 0 || strings.ContainsRune(" \t/\\`\"'>", rune(line[i-1]))
		rest := line[i+3:]
		after := rest == "" || rest[0] == ' ' || rest[0] == '\t' || strings.HasPrefix(strings.ToLower(rest), ".exe")
		if before && after {
			return i
		}
	}
	return -1
}

// wordAt is the text at the position of positions' entry for path in text,
// up to the next blank.
func wordAt(text string, positions []core.ArgPosition, path string) string {
	for _, p := range positions {
		if p.Path != path {
			continue
		}
		lines := strings.Split(text, "\n")
		if p.Line < 1 || p.Line > len(lines) {
			return ""
		}
		r := []rune(lines[p.Line-1])
		if p.Column < 1 || p.Column > len(r) {
			return ""
		}
		w := string(r[p.Column-1:])
		if i := strings.IndexAny(w, " \t"); i >= 0 {
			w = w[:i]
		}
		return w
	}
	return ""
}

// authorForm is the form the command is written in, from the options it
// uses: cli-input documents, --ip-permissions as JSON or shorthand, or the
// sugar flags (and the legacy top-level options, which sugar spells best).
func authorForm(text string, positions []core.ArgPosition) string {
	form := core.FormSugar
	for _, p := range positions {
		switch p.Option {
		case "--cli-input-json":
			return core.FormCliInputJSON
		case "--cli-input-yaml":
			return core.FormCliInputYAML
		case "--ip-permissions":
			w := strings.TrimLeft(wordAt(text, positions, p.Path), `@'"`)
			if strings.HasPrefix(w, "[") || strings.HasPrefix(w, "{") {
				form = core.FormJSON
			} else {
				form = core.FormShorthand
			}
		}
	}
	return form
}

// onlyCommand reports whether text, a command from its aws word on, holds
// nothing but the command's words: no operator, pipe, redirection, comment
// or parenthesis of its shell outside quotes. Import reads the words of the
// aws command alone, so a rewrite of a text that holds more (&& echo ok,
// | tee log, > out.json, # a comment, the ) of $(…)) would drop it.
func onlyCommand(text, shell string) bool {
	ops, escape := ";&|<>()#`", byte('\\')
	switch shell {
	case core.ShellCmd:
		ops, escape = "&|<>", '^'
	case core.ShellPowerShell, core.ShellPowerShell5:
		ops, escape = ";&|<>(){}#", '`'
	}
	var quote byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == escape && quote == '"' && shell != core.ShellCmd {
				i++
			}
		case c == '"' || c == '\'' && shell != core.ShellCmd:
			quote = c
		case c == escape:
			i++
		case strings.IndexByte(ops, c) >= 0:
			return false
		}
	}
	return true
}

// leafPath is a path to one member of one permission.
var leafPath = regexp.MustCompile(`^IpPermissions\[(\d+)\]\.(?:(IpRanges|Ipv6Ranges|PrefixListIds|UserIdGroupPairs)\[(\d+)\]\.)?(\w+)$`)

// needles are the spellings of the member at path, as they stand inside a
// JSON or shorthand word that holds a whole structure: the value of a
// string member of a source, the key and value of a port or protocol. None
// for other paths.
func needles(in *core.Input, path string) []string {
	m := leafPath.FindStringSubmatch(path)
	if m == nil || in == nil {
		return nil
	}
	i, _ := strconv.Atoi(m[1])
	if i >= len(in.Request.IpPermissions) {
		return nil
	}
	p := in.Request.IpPermissions[i]
	j, _ := strconv.Atoi(m[3])
	var v *string
	switch list, key := m[2], m[4]; {
	case list == "IpRanges" && j < len(p.IpRanges) && key == "CidrIp":
		v = p.IpRanges[j].CidrIp
	case list == "Ipv6Ranges" && j < len(p.Ipv6Ranges) && key == "CidrIpv6":
		v = p.Ipv6Ranges[j].CidrIpv6
	case list == "PrefixListIds" && j < len(p.PrefixListIds) && key == "PrefixListId":
		v = p.PrefixListIds[j].PrefixListId
	case list == "UserIdGroupPairs" && j < len(p.UserIdGroupPairs) && key == "GroupId":
		v = p.UserIdGroupPairs[j].GroupId
	case list == "" && (key == "FromPort" || key == "ToPort"):
		n := p.FromPort
		if key == "ToPort" {
			n = p.ToPort
		}
		if n != nil {
			s := strconv.FormatInt(*n, 10)
			return []string{key + "=" + s, `"` + key + `":` + s, `"` + key + `": ` + s}
		}
	}
	if v == nil || *v == "" {
		return nil
	}
	return []string{*v}
}

// refine moves a position (1-based line and column in text) that stands at
// a word holding a whole structure to the one place in the rest of text
// where one of the needles stands; it stays when there is none, or more
// than one.
func refine(text string, line, col int, needles []string) (int, int) {
	start := offsetOf(text, line, col)
	if start < 0 {
		return line, col
	}
	rest := text[start:]
	at := -1
	for _, n := range needles {
		switch strings.Count(rest, n) {
		case 0:
			continue
		case 1:
			if at >= 0 {
				return line, col
			}
			at = strings.Index(rest, n)
		default:
			return line, col
		}
	}
	if at < 0 {
		return line, col
	}
	before := text[:start+at]
	nl := strings.LastIndexByte(before, '\n')
	return strings.Count(before, "\n") + 1, utf8.RuneCountInString(before[nl+1:]) + 1
}

// offsetOf is the byte offset of a 1-based line and column (in characters)
// in text, or -1.
func offsetOf(text string, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	for c := 1; c < col; c++ {
		if off >= len(text) || text[off] == '\n' {
			return -1
		}
		_, size := utf8.DecodeRuneInString(text[off:])
		off += size
	}
	return off
}
