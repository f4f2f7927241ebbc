// Package core turns a description of EC2 security-group rules into the AWS CLI
// commands that send it, for every supported shell and form, and predicts what
// EC2 answers. It is pure Go: no browser, no syscall/js, and none of fmt,
// encoding/json, net/netip or regexp, so that the page's WebAssembly stays
// small.
//
// An Input is what the user entered: the command, its --cli-input-json
// document (Input.Request) and the account that owns the group. A Result is
// everything the page shows: the problems found, the command text of every
// (command, shell, form) that can send the request, why the others cannot, and
// the predicted answer as the CLI prints it. The two JSON documents that carry
// them, and the promise every command keeps, are described in
// docs/contract.md.
//
// The entry points:
//
//   - Generate computes the whole Result of an Input; it never panics.
//   - GenerateOnly computes part of it (some shells, forms and output
//     formats, see Only), for a page that shows one at a time.
//   - GenerateDocument decodes an Input document and generates as
//     GenerateOnly does; GenerateJSON decodes, generates everything and
//     encodes the Result document.
//   - DecodeInput and EncodeInput read and write the Input document (the
//     page keeps its permalink in it); EncodeInputWithText carries text
//     typed into a port field that is not a number.
//   - WindowsArgv replays a command through this package's models of
//     cmd.exe, PowerShell and the C runtime, returning the words aws.exe
//     receives.
//   - ImportJSON (and Import, per shell) will be GenerateJSON's twin once it
//     exists: a command the user already has, read back into an Input.
//
// SourceKind and SourceKinds name the four source lists of an IpPermission
// for code that walks them; Shells, Forms and OutputFormats list the names a
// Result uses.
package core
