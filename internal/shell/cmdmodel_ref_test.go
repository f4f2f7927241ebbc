package shell

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// cmdPhase2Ref is cmdPhase2 as it was before it appended runs of plain
// characters at once: the reference FuzzCmdPhase2 holds it to.
func cmdPhase2Ref(lines []string) (string, error) {
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	out := make([]byte, 0, n)
	inQuote := false
	escapeNext := false
	// handle is where an unescaped digit that could be a redirection's
	// handle (as in 2>nul) starts in out, or -1.
	handle := -1
	li, line, i := 0, lines[0], 0
	for {
		if i == len(line) {
			if escapeNext {
				return "", errors.New("line " + strconv.Itoa(li+1) + " after a continuation caret is empty")
			}
			if li == len(lines)-1 {
				return string(out), nil
			}
			return "", errors.New("line " + strconv.Itoa(li+1) + " ends the command (no continuation caret outside quotes); the next line would run as a command of its own")
		}
		c := line[i]
		if inQuote && !escapeNext {
			// Everything up to and including the next " is literal.
			k := strings.IndexByte(line[i:], '"')
			if k < 0 {
				out = append(out, line[i:]...)
				i = len(line)
			} else {
				out = append(out, line[i:i+k+1]...)
				i += k + 1
				inQuote = false
			}
			handle = -1
			continue
		}
		if escapeNext || inQuote {
			escapeNext = false
			if c == '"' && inQuote {
				inQuote = false
			}
			out = append(out, c)
			handle = -1
			i++
			continue
		}
		switch c {
		case '"':
			inQuote = true
			out = append(out, c)
			handle = -1
			i++
		case '^':
			handle = -1
			if i+1 == len(line) {
				if li == len(lines)-1 {
					return "", errors.New("the command ends with a caret; cmd would ask More? for another line")
				}
				li++
				line, i = lines[li], 0
				escapeNext = true
				continue
			}
			out = append(out, line[i+1])
			i += 2
		case '&':
			return "", errors.New("an unquoted & ends the command and starts another")
		case '|':
			return "", errors.New("an unquoted | pipes the command into another")
		case '<', '>':
			if handle >= 0 {
				out = out[:handle]
			}
			handle = -1
			var err error
			if i, err = cmdRedirection(line, i); err != nil {
				return "", err
			}
		default:
			if c >= '0' && c <= '9' && (len(out) == 0 || out[len(out)-1] == ' ' || out[len(out)-1] == '\t') {
				handle = len(out)
			} else {
				handle = -1
			}
			out = append(out, c)
			i++
		}
	}
}

// FuzzCmdPhase2 holds cmdPhase2 to cmdPhase2Ref, on text split into lines as
// CmdArgv splits it.
func FuzzCmdPhase2(f *testing.F) {
	f.Add("aws ec2 x ^\n    --a \"b & c\" 2>nul d^&e ^\n 1 >> \"f g\" 3<&4 x|y")
	f.Add("a 12>x 1>y z1<w ^^ \"q")
	f.Add("1>x a \"q\"2>y b^ 3<z c^\t4>w 5^>v 6")
	f.Add("a ^\n 7>x ^\n8>y")
	f.Add("aws \"[{\\\"a\\\":\\\"b c\\\"}]\" ^\n    --x 9")
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Split(text, "\n")
		got, err := cmdPhase2(lines)
		want, wantErr := cmdPhase2Ref(lines)
		if got != want || (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
			t.Fatalf("%q: cmdPhase2 gives %q, %v; the reference %q, %v", text, got, err, want, wantErr)
		}
	})
}
