package bashword_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"sgrules/internal/bashword"
)

// bashCorpus are texts whose every word the reader knows, for real bash to
// judge: quoting and escapes in every combination that matters.
var bashCorpus = []string{
	`aws ec2 x --d 'a b' "c d" e\ f $'g\th' $"i j"`,
	`aws ec2 x 'Bob'\''s rule' "Bob's" $'Bob\'s' "say \"hi\"" 'say "hi"' $'say "hi"'`,
	`aws ec2 x "\a\b\$\` + "`" + `\"\\" 'a\b' a\b\\c \$x \~ '$x' "'$'"`,
	`aws ec2 x $'\a\b\e\E\f\n\r\t\v\\\'\"\?' $'\101\0101\1234\777\700\577' $'\x41\x4a\x4g\xg' $'\u00e9\u20AC\U0001F600\u41' $'\cA\cz\c?\c[\c\\x' $'\q\u\U\x'`,
	`aws ec2 x "a\` + "\n" + `b" 'a\` + "\n" + `b' $'a\` + "\n" + `b'`,
	"aws ec2 x \\\n  --group-id sg-1 \\\n  --port 22 # comment \\\naws ec2 y",
	`aws ec2 x a#b '#c' "#d" \#e ; aws ec2 y # ; aws ec2 z`,
	`aws ec2 x && aws ec2 y || aws ec2 z ; aws ec2 w`,
	`aws ec2 x {a} {} '{a,b}' "{1..3}" \{a,b\} a{b a}b { } x{,`,
	`aws ec2 x * ? [a] 'b*' "c?" \[d] e[`,
	`aws ec2 x $, $. $/ $% $= $+ $^ "$" "$ x" $'' $"" '' ""`,
	`aws ec2 x --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=1.1.1.1/32}] --tag-specifications 'ResourceType=security-group-rule,Tags=[{Key=Name,Value="Bob'\''s rule, v2"}]'`,
	`aws ec2 x é "日本" '–' “q” ‘s’`,
	`aws ec2 x a!b "c!d" '!e'`,
	`aws ec2 x b:~/y --a=~/q '~' "~" \~ x~`,
}

// TestBashOracle runs every text of the corpus, and every command the
// generator prints, through /bin/bash with a command_not_found_handle that
// prints each command's words, and compares them with Read's.
func TestBashOracle(t *testing.T) {
	if _, err := os.Stat("/bin/bash"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("bash is missing")
		}
		t.Skip("no /bin/bash")
	}
	texts := append(append([]string(nil), bashCorpus...), hostile...)
	texts = append(texts, generated(t)...)
	dir := t.TempDir()
	ran := 0
	for _, text := range texts {
		cmds, err := bashword.Read(text)
		if err != nil {
			continue
		}
		want := ""
		ok := true
		for _, c := range cmds {
			if len(c.Redirects) > 0 || len(c.Assigns) > 0 || c.End == "|" || c.End == "|&" || c.End == "&" || c.End == "||" {
				ok = false
			}
			for _, w := range c.Words {
				if len(w.Unknown) > 0 {
					ok = false
				}
				want += w.Text + "\x00"
			}
			want += "\x01"
		}
		if !ok {
			continue
		}
		script := "command_not_found_handle() { builtin printf '%s\\0' \"$@\"; builtin printf '\\1'; }\nenable -n echo true false wait kill test\nPATH=/nonexistent\n" + text + "\n"
		cmd := exec.Command("/bin/bash", "--norc", "--noprofile", "-c", script)
		cmd.Dir = dir
		cmd.Env = []string{"LC_ALL=C.UTF-8", "HOME=/nonexistent"}
		out, err := cmd.Output()
		if err != nil && !strings.Contains(text, "&&") {
			t.Errorf("%q: bash: %v", text, err)
			continue
		}
		if string(out) != want {
			t.Errorf("%q:\nbash   %q\nreader %q", text, out, want)
		}
		ran++
	}
	t.Logf("%d texts run through bash", ran)
}
