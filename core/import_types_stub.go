package core

// This file is a stand-in, for the importdoc branch only, for the types that
// core/import.go and core/import_note.go (the importcmd branch) declare. The
// lead deletes it on merge.

// ImportRequest is what Import reads.
type ImportRequest struct {
	Text  string
	Shell string
	Pick  int
}

// ImportResult is what Import read.
type ImportResult struct {
	Input    *Input
	Shell    string
	Shells   []string
	Output   string
	Problems []Problem
	Notes    []Note
	Choices  []Choice
	Pick     int
}

// Choice is one of several things the text holds.
type Choice struct {
	Label string
	Line  int
}

// Note is a remark about the text.
type Note struct {
	Message      string
	Line, Column int
}
