package bashword

import "strconv"

// Pos is a place in the text.
type Pos struct {
	Offset int // bytes from the start of the text
	Line   int // 1-based
	Column int // 1-based, in characters
}

// Unknown is a part of a word whose value cannot be known from the text.
type Unknown struct {
	// Source is the part as written: "$SG_ID", "${VPC_CIDR}",
	// "$(curl -s checkip.amazonaws.com)", "`date`", "$((1+2))", "~".
	Source string
	// Kind is "variable", "command substitution", "arithmetic" or "tilde".
	Kind string
	// At is the index in the word's Text where the part's value would go.
	At int
	Pos
}

// Word is one word of a command.
type Word struct {
	// Text is the word's value: its literal parts with quotes and escapes
	// removed. When Unknown is empty it is exactly what the program receives
	// (unless Globs match files).
	Text string
	// Source is the word as written in the text.
	Source string
	Pos
	// Unknown lists the expansions whose values are not in Text, in order.
	Unknown []Unknown
	// Globs are the unquoted pattern characters (* ? [) of the word: bash
	// replaces it by the names of the files it matches, and passes it as
	// written only when none does.
	Globs []Pos
	// History are the ! characters an interactive bash takes for history
	// expansion (a script does not).
	History []Pos
}

// Redirect is a redirection of a command: "> out.json", "2>&1", "< in".
type Redirect struct {
	Op     string // the operator with its file descriptor, as written: ">", "2>", ">&", "&>>"
	Target Word
	Pos
}

// Command is one simple command.
type Command struct {
	// Assigns are the NAME=value words before the command name, which set
	// variables for the command rather than become its arguments.
	Assigns []Word
	// Words are the command name and its arguments.
	Words     []Word
	Redirects []Redirect
	// End is the operator that ends the command: ";", "&", "&&", "||",
	// "|", "|&", "\n", or "" at the end of the text.
	End string
}

// Error is text the reader cannot read, at the place it starts.
type Error struct {
	Pos
	Msg string
}

func (e *Error) Error() string {
	return "line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": " + e.Msg
}
