package store

import (
	"slices"
	"strconv"
	"strings"

	"sgrules/core"
)

// This file is the store of the command card (embed.html, wasm/embed): the
// command of one link, for an iframe in a docs page. It reads the same
// links as the page and keeps a Store of the link's form; the reader picks
// a shell and copies. Its views own no state: events become the actions
// below.

// Card is the command card's state. Read its fields; change them only by
// its actions (SetShell, SetCopied).
type Card struct {
	// Problem says, as text, why the link cannot be shown; "" when it can.
	Problem string
	// Store holds the link's form in the chosen shell; nil when Problem
	// is set.
	Store *Store
	// Fragment is the card's link without "#": the one it was opened at,
	// with the chosen shell.
	Fragment string
	// Copied names what was just copied, for a short "Copied" note.
	Copied string

	// OnChange is called after every action.
	OnChange func()
}

// OpenCard is the card of the link read from frag (l, or err when it could
// not be read). The link's shell wins over remembered, the reader's last
// choice; a link that holds no form, or values the CLI would refuse, is
// a Problem rather than a command unlike what its author meant.
func OpenCard(frag string, l Link, err error, remembered string) *Card {
	c := &Card{Fragment: strings.TrimPrefix(frag, "#")}
	switch {
	case err != nil:
		c.Problem = "This card's link could not be read: " + err.Error() + "."
	case !l.HasInput:
		c.Problem = "This card's link holds no rules. Make them in sgrules and copy the card from its Share menu."
	case len(l.Problems) > 0:
		// A message may quote a value from the link: the card keeps it
		// short.
		msg := strings.ToValidUTF8(l.Problems[0].Message, "?")
		if r := []rune(msg); len(r) > 120 {
			msg = string(r[:120]) + "…"
		}
		c.Problem = "This card's link holds values the AWS CLI would refuse: " + msg
	}
	if c.Problem != "" {
		return c
	}
	if !slices.Contains(core.Shells, l.Shell) {
		l.Shell = Remembered(remembered, "").Shell
	}
	c.Store = l.NewStore()
	return c
}

// SetShell shows the command for another shell; the card's link says so.
func (c *Card) SetShell(shell string) {
	if c.Store != nil && slices.Contains(core.Shells, shell) {
		c.Store.Dispatch(SetShell{Shell: shell})
		c.Fragment = withShell(c.Fragment, shell)
	}
	c.changed()
}

// SetCopied records what was just copied ("" clears the note).
func (c *Card) SetCopied(what string) {
	c.Copied = what
	c.changed()
}

func (c *Card) changed() {
	if c.OnChange != nil {
		c.OnChange()
	}
}

// withShell is a link's fragment with its sh= parameter (if any) replaced
// by shell.
func withShell(frag, shell string) string {
	var kept []string
	for _, p := range strings.Split(frag, "&") {
		if p != "" && !strings.HasPrefix(p, "sh=") {
			kept = append(kept, p)
		}
	}
	return strings.Join(append(kept, "sh="+escapeValue(shell)), "&")
}

// Command is the authorize command the card shows: in the link's form, or,
// when that form cannot express the Input in the chosen shell, in the
// first of core.Forms that can (Instead then names it).
func (c *Card) Command() (cmd core.Command, instead string, ok bool) {
	if c.Store == nil {
		return core.Command{}, "", false
	}
	s := c.Store
	if cmd, ok := s.Command(false); ok {
		return cmd, "", true
	}
	for _, f := range core.Forms {
		for _, cmd := range s.Result.Commands {
			if cmd.Command == s.Input.Command && cmd.Shell == s.Shell && cmd.Form == f {
				return cmd, f, true
			}
		}
	}
	return core.Command{}, "", false
}

// Predicted is the card's one line on what EC2 will answer: the rules it
// creates ("→ 2 rules: tcp 443 from 0.0.0.0/0, ::/0") or the error it
// (or the CLI) answers with.
func (c *Card) Predicted() string {
	if c.Store == nil {
		return ""
	}
	r := c.Store.Result
	if r.Error != nil {
		return "→ fails with " + r.Error.Code + ": " + r.Error.Message
	}
	if r.Response == nil {
		return ""
	}
	rules := r.Response.SecurityGroupRules
	var groups []string // "tcp 443 from a, b", in the order EC2 lists them
	last := ""
	for _, g := range rules {
		what := ruleTraffic(g)
		if g.IsEgress {
			what += " to "
		} else {
			what += " from "
		}
		if what != last {
			groups = append(groups, what+ruleSource(g))
			last = what
		} else {
			groups[len(groups)-1] += ", " + ruleSource(g)
		}
	}
	n := strconv.Itoa(len(rules)) + " rules: "
	if len(rules) == 1 {
		n = "1 rule: "
	}
	return "→ " + n + strings.Join(groups, "; ")
}

// ruleTraffic names a rule's protocol and ports (or ICMP type and code).
func ruleTraffic(g core.SecurityGroupRule) string {
	from, to := strconv.FormatInt(g.FromPort, 10), strconv.FormatInt(g.ToPort, 10)
	switch g.IpProtocol {
	case "-1":
		return "all traffic"
	case "tcp", "udp":
		if from == to {
			return g.IpProtocol + " " + from
		}
		return g.IpProtocol + " " + from + "–" + to
	case "icmp", "icmpv6":
		switch {
		case g.FromPort == -1:
			return g.IpProtocol + " (all types)"
		case g.ToPort == -1:
			return g.IpProtocol + " type " + from
		}
		return g.IpProtocol + " type " + from + " code " + to
	}
	return "protocol " + g.IpProtocol
}

// ruleSource names the address range, prefix list or group a rule allows.
func ruleSource(g core.SecurityGroupRule) string {
	switch {
	case g.CidrIpv4 != nil:
		return *g.CidrIpv4
	case g.CidrIpv6 != nil:
		return *g.CidrIpv6
	case g.PrefixListId != nil:
		return *g.PrefixListId
	case g.ReferencedGroupInfo != nil && g.ReferencedGroupInfo.GroupId != nil:
		return *g.ReferencedGroupInfo.GroupId
	}
	return "?"
}
