// Package bashword reads the part of bash that matters in a pasted command:
// the words of each simple command, as bash hands them to the program, with
// the place in the text where each word starts.
//
// It follows the GNU Bash Reference Manual, sections 3.1.2 "Quoting"
// (escape character, single quotes, double quotes, ANSI-C quoting, locale
// translation), 3.1.3 "Comments", 3.2 "Shell Commands" (simple commands,
// pipelines, lists), 3.5 "Shell Expansions" and 3.6 "Redirections", and what
// real bash 5 does where the manual is silent (tested in this package against
// /bin/bash and, by a differential fuzz target, against mvdan.cc/sh/v3/syntax).
//
// A pasted command is text, not a program to run: the reader evaluates only
// what has one meaning everywhere (quotes, escapes, line continuations) and
// refuses everything whose value depends on the machine it would run on
// (docs/awscli-parsing.md §5 shows how bash changes a command's words). There
// are two kinds of refusal:
//
//   - A word that uses a variable, a command substitution, an arithmetic
//     expansion or a tilde prefix keeps its literal parts in Text and lists
//     the parts it cannot know in Unknown; it is never returned as if the
//     expansion were literal text.
//   - Text whose words cannot be known at all — unbalanced quotes, brace
//     expansion ({a,b} makes several words), process substitution, here
//     documents, compound commands — is an *Error with the place it happened.
//
// What bash does around the words is reported, not followed: redirections
// (Command.Redirects), assignments before the command name (Command.Assigns),
// unquoted glob characters (Word.Globs: bash replaces the word by the names
// of matching files, if there are any) and ! characters that an interactive
// bash would take for history expansion (Word.History).
//
// The text must be UTF-8. Columns count characters (code points), lines count line feeds; both start at 1. A carriage return
// is an ordinary character to bash (mvdan.cc/sh reads it as a blank), so the
// reader refuses it: callers reading CRLF text turn it into LF first.
//
// The package imports only small parts of the standard library so that it
// stays cheap in a WebAssembly build.
package bashword
