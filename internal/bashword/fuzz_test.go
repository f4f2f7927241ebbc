package bashword_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sgrules/core"
	"sgrules/internal/bashword"
)

// hostile are spellings chosen to trip a reader: every quoting form, every
// expansion, separators and redirections in awkward places.
var hostile = []string{
	`aws ec2 describe-security-groups`,
	`aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp --port 22 --cidr 203.0.113.0/24`,
	`aws ec2 x --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=1.1.1.1/32,Description="a b"}]'`,
	`aws ec2 x --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=1.1.1.1/32,Description=x}]`,
	`aws ec2 x --ip-permissions IpProtocol=tcp,IpRanges=[{CidrIp=1.1.1.1/32}]`,
	"aws ec2 x \\\n    --group-id sg-1 \\\n    --port 22",
	`aws ec2 x --description 'Bob'\''s rule' --d "a \"b\" \$c \\ \x" $'\x41\u00e9\n\t\'\c?\101' $"loc"`,
	`aws ec2 x --group-id $SG_ID --cidr "${VPC_CIDR}" --cidr "$(curl -s checkip.amazonaws.com)/32" ` + "`date` $((1+2)) $[3] $1 $@ ${#a} ${a:-def}",
	`FOO=1 BAR+=2 aws ec2 x > out.json 2>&1 &>> log < in <<< here; aws ec2 y && aws ec2 z || true | cat |& cat & wait`,
	`~ ~/x ~root a=~/x b:~/y a=x:~/z --a=~/q '~' \~ "~"`,
	`* ? [a] a[ b] 'x*' "y?" \*`,
	`{a,b} {1..3} {a..c} {a} {} x{,} '{a,b}' "{a,b}" \{a,b} {a,"b"} ${a}{b,c}`,
	`echo # comment` + "\n" + `# whole line` + "\n" + `a#b`,
	`echo "unterminated`, `echo 'unterminated`, `echo $'unterminated`, "echo `x", `echo $(x`, `echo ${x`, `echo \`,
	`( a )`, `{ a; }`, `if a; then b; fi`, `for i in 1; do a; done`, `case x in a) b;; esac`, `a <(b)`, `a >(b)`, `a << EOF`,
	`a ;; b`, `; a`, `a && `, `a |`, `&& b`, `a & ; b`, `a=(1 2) b`, `a[1]=x b`, `! a`, `time a`, `[[ a ]]`,
	`echo $(a | b; c && d)`, "echo `a \\`b\\` c`", `echo "$(echo ")")"`, `echo $(echo '(')`, `echo $( )`,
	`echo !x "!y" '!z' "a!" a!= a!(`, "a\rb\r\n", `echo $'\0' $'\x00' $'\u0000' $'\c@' $'\U110000' $'\ud800'`,
	`echo $, $. $/ $% $= $+ $^ $\ $ "$" "$ x" $'' $""`,
	`echo "a\
b" 'a\
b' $'a\
b' a\
b`,
	`aws ec2 x –-group-id sg-1 --description “quoted” ‘single’`,
	`echo ${a[0]} ${a[@]} ${a#x} ${a%%y*} ${!a} ${a/b/c} ${a:1:2} ${a^^} ${a@Q}`,
	`2>x 3<y a 1>&2 2>&- >| z <> w`,
	`echo a\ b a\'b a\"b a\\b a\$b`,
	`echo 1>x a2>y`,
	"echo é ü\t日本 '日本'",
}

// generated returns the bash spellings core.Generate prints for every
// Input of testdata/cases.
func generated(t testing.TB) []string {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "cases", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	var out []string
	for _, p := range paths {
		doc, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		res, err := core.GenerateJSON(doc)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var r struct {
			Commands []struct{ Shell, Text string }
		}
		if err := json.Unmarshal(res, &r); err != nil {
			t.Fatal(err)
		}
		for _, c := range r.Commands {
			if c.Shell == core.ShellBash {
				out = append(out, c.Text)
			}
		}
	}
	return out
}

func addSeeds(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	for _, s := range generated(f) {
		f.Add(s)
	}
}

// FuzzBashWords holds Read to mvdan.cc/sh/v3/syntax (see diff_test.go) and to
// its own invariants: no panic, positions inside the text.
func FuzzBashWords(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src string) {
		cmds, err := bashword.Read(src)
		if err == nil {
			for _, c := range cmds {
				for _, w := range append(c.Assigns, c.Words...) {
					if w.Offset < 0 || w.Offset >= len(src) || !strings.HasPrefix(src[w.Offset:], w.Source) {
						t.Fatalf("%q: word %q at %d", src, w.Source, w.Offset)
					}
					for _, u := range w.Unknown {
						if u.At < 0 || u.At > len(w.Text) || !strings.HasPrefix(src[u.Offset:], u.Source) {
							t.Fatalf("%q: unknown %+v in %q", src, u, w.Text)
						}
					}
				}
			}
		}
		differential(t, src)
	})
}

func TestBashDifferentialSeeds(t *testing.T) {
	for _, s := range hostile {
		differential(t, s)
	}
	gen := generated(t)
	for _, s := range gen {
		differential(t, s)
	}
	t.Logf("%d hostile strings, %d generated commands", len(hostile), len(gen))
}
