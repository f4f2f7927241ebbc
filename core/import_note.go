package core

// Note is something Import repaired, assumed or set aside, with the place in
// the pasted text it concerns (Line and Column count from 1; 0 when the note
// is about the text as a whole).
type Note struct {
	Message string
	Line    int
	Column  int
}
