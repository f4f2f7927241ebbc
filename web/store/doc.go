// Package store holds the one piece of state of the sgrules page: the Input the
// user is building, plus the few things that are about the page rather than the
// Input (chosen shell, form and output tab, and the text of number fields that
// is not a number yet). Views turn DOM events into actions; Dispatch applies an
// action, calls core.Generate and tells the view to re-render. It is pure Go
// (no syscall/js), so it is tested natively.
package store
