package bashword_test

import (
	"strings"
	"testing"

	"sgrules/internal/bashword"
)

// show lays a reading out in one line per command for the table below.
func show(cmds []bashword.Command) string {
	var b strings.Builder
	for _, c := range cmds {
		for _, w := range c.Assigns {
			b.WriteString("assign " + w.Source + " ")
		}
		for _, w := range c.Words {
			b.WriteString("[" + w.Text)
			for _, u := range w.Unknown {
				b.WriteString(" ?" + u.Kind + ":" + u.Source + "@" + itoa(u.At) + "=" + itoa(u.Line) + ":" + itoa(u.Column))
			}
			for _, g := range w.Globs {
				b.WriteString(" glob@" + itoa(g.Column))
			}
			for _, h := range w.History {
				b.WriteString(" history@" + itoa(h.Column))
			}
			b.WriteString("]" + itoa(w.Line) + ":" + itoa(w.Column) + " ")
		}
		for _, r := range c.Redirects {
			b.WriteString("redirect " + r.Op + " " + r.Target.Text + " ")
		}
		b.WriteString("end " + strings.ReplaceAll(c.End, "\n", `\n`) + "\n")
	}
	return b.String()
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestBashRead(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{in: `aws ec2 x`, want: "[aws]1:1 [ec2]1:5 [x]1:9 end \n"},
		{in: "aws \\\n  --port 22", want: "[aws]1:1 [--port]2:3 [22]2:10 end \n"},
		{in: `aws --group-id $SG_ID`, want: "[aws]1:1 [--group-id]1:5 [ ?variable:$SG_ID@0=1:16]1:16 end \n"},
		{in: `a "${VPC}x" $(curl -s b)/32 ` + "`c`", want: "[a]1:1 [x ?variable:${VPC}@0=1:4]1:3 [/32 ?command substitution:$(curl -s b)@0=1:13]1:13 [ ?command substitution:`c`@0=1:29]1:29 end \n"},
		{in: `a ~/x k=~/y`, want: "[a]1:1 [/x ?tilde:~@0=1:3]1:3 [k=/y ?tilde:~@2=1:9]1:7 end \n"},
		{in: `é "日本" $X`, want: "[é]1:1 [日本]1:3 [ ?variable:$X@0=1:8]1:8 end \n"},
		{in: `a * b[c] 'd*'`, want: "[a]1:1 [* glob@3]1:3 [b[c] glob@6]1:5 [d*]1:10 end \n"},
		{in: `a "hi!x" hi!`, want: "[a]1:1 [hi!x history@6]1:3 [hi!]1:10 end \n"},
		{in: `AWS_PROFILE=p aws x > o 2>&1; b && c | d`, want: "assign AWS_PROFILE=p [aws]1:15 [x]1:19 redirect > o redirect 2>& 1 end ;\n[b]1:31 end &&\n[c]1:36 end |\n[d]1:40 end \n"},
		{in: "# only a comment\n\n", want: ""},
		{in: `a IpRanges=[{CidrIp=x,Description=y}]`, err: "line 1, column 13: bash expands {…} with a comma or .. into several words (quote the word to keep it)"},
		{in: `a 'x`, err: "line 1, column 3: a ' is never closed"},
		{in: "a\nb \"x", err: `line 2, column 3: a " is never closed`},
		{in: `a <<EOF`, err: "line 1, column 3: a here document (<<) is outside what the reader follows"},
		{in: `a &&`, err: "line 1, column 5: the text ends right after &&"},
		{in: "a\r\n", err: "line 1, column 2: the text contains a carriage return, which bash reads as part of a word"},
	} {
		cmds, err := bashword.Read(tc.in)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("%q: error %v, want %s", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if got := show(cmds); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
