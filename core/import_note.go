package core

// Note is something Import repaired, assumed or set aside, at the place in
// the pasted text it concerns (1-based line and column; columns count
// characters).
type Note struct {
	Message      string
	Line, Column int
}
