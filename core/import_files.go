package core

import "strings"

// This file tells the paste box (web/paste) which file an import needs, so
// that it can offer to paste or pick it and import again with
// ImportRequest.Files.

// RequestedFile is the name of the file a CodeFile Problem asks for (the
// NAME of file://NAME), as ImportRequest.Files wants it.
func RequestedFile(p Problem) (string, bool) {
	if p.Code != CodeFile {
		return "", false
	}
	_, rest, ok := strings.Cut(p.Message, fileRequest)
	end := strings.LastIndex(rest, fileRequestEnd)
	if !ok || end < 0 {
		return "", false
	}
	return rest[:end], true
}

// The words around the file's name in a CodeFile Problem's message.
const (
	fileRequest    = " reads the file "
	fileRequestEnd = ": paste the file's content"
)
