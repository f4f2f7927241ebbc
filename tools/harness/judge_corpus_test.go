package harness

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// This file gathers the judge's corpus: bash commands nobody here generated,
// from four sources.
//
//   - seeds: the examples of AWS's two reference pages as published
//     (testdata/judge/seeds.txt), typographic dashes and quotes included;
//   - debian: every `aws ec2 …` command in the examples of Debian's awscli
//     package, extracted from the installed .rst files at test time;
//   - vectors: the shorthand parser vectors (core/testdata/shorthand/vectors.jsonl,
//     docs/awscli-parsing.md §2.9) wrapped into --ip-permissions commands;
//   - handwritten: unusual but valid spellings and some the CLI refuses
//     (testdata/judge/handwritten.txt).

// judgeEntry is one command of the corpus.
type judgeEntry struct {
	// Source is the corpus it comes from: seeds, debian, vectors, handwritten.
	Source string
	// Name is unique within Source.
	Name string
	// Origin says where the text was found, for a reader of the goldens.
	Origin string
	// Text is the bash text that bash and the CLI run.
	Text string
	// ImportText is what Import is given: the published text for a seed,
	// Text otherwise. When it differs from Text, Import must read it as
	// Text and say so in a Note.
	ImportText string
	// Files are the command's file:// files, by name, written beside it.
	Files map[string]string
	// Expect is the corpus author's expectation of the CLI: "sends", or
	// "refuses: <part of its message>"; "" when not stated.
	Expect string
}

// Key names an entry in reports and goldens.
func (e judgeEntry) Key() string { return e.Source + "/" + e.Name }

// judgeSources are the sources in report order.
var judgeSources = []string{"seeds", "debian", "vectors", "handwritten"}

// judgeDir is the directory of the corpus files and goldens.
const judgeDir = "testdata/judge"

// debianExamplesDir holds the examples of Debian's awscli package.
const debianExamplesDir = "/usr/lib/python3/dist-packages/awscli/examples/ec2"

// debianExampleFiles are the example pages of the four commands.
var debianExampleFiles = []string{
	"authorize-security-group-ingress.rst",
	"authorize-security-group-egress.rst",
	"revoke-security-group-ingress.rst",
	"revoke-security-group-egress.rst",
}

// loadJudgeCorpus reads every source.
func loadJudgeCorpus() ([]judgeEntry, error) {
	var all []judgeEntry
	seeds, err := readCorpusFile(filepath.Join(judgeDir, "seeds.txt"), "seeds")
	if err != nil {
		return nil, err
	}
	for i := range seeds {
		seeds[i].ImportText = seeds[i].Text
		seeds[i].Text = straighten(seeds[i].Text)
	}
	all = append(all, seeds...)
	deb, err := debianExamples(debianExamplesDir)
	if err != nil {
		return nil, err
	}
	all = append(all, deb...)
	vec, err := vectorCommands(filepath.Join("..", "..", "core", "testdata", "shorthand", "vectors.jsonl"))
	if err != nil {
		return nil, err
	}
	all = append(all, vec...)
	hand, err := readCorpusFile(filepath.Join(judgeDir, "handwritten.txt"), "handwritten")
	if err != nil {
		return nil, err
	}
	all = append(all, hand...)
	seen := map[string]bool{}
	for _, e := range all {
		if seen[e.Key()] {
			return nil, fmt.Errorf("corpus: %s appears twice", e.Key())
		}
		seen[e.Key()] = true
	}
	return all, nil
}

// readCorpusFile reads a corpus file: "=== name" starts an entry, the "@ key:
// value" lines right after it are its metadata (source, cli, file), the lines
// up to the next "===" its text (trailing blank lines dropped). Lines before
// the first entry are comments.
func readCorpusFile(path, source string) ([]judgeEntry, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var entries []judgeEntry
	var cur *judgeEntry
	var text []string
	inMeta := false
	finish := func() {
		if cur == nil {
			return
		}
		for len(text) > 0 && strings.TrimSpace(text[len(text)-1]) == "" {
			text = text[:len(text)-1]
		}
		cur.Text = strings.Join(text, "\n")
		cur.ImportText = cur.Text
		entries = append(entries, *cur)
	}
	for n, line := range strings.Split(string(raw), "\n") {
		if name, ok := strings.CutPrefix(line, "=== "); ok {
			finish()
			cur = &judgeEntry{Source: source, Name: strings.TrimSpace(name), Origin: fmt.Sprintf("%s:%d", filepath.Base(path), n+1)}
			text, inMeta = nil, true
			continue
		}
		if cur == nil {
			continue
		}
		if meta, ok := strings.CutPrefix(line, "@ "); ok && inMeta {
			key, value, _ := strings.Cut(meta, ": ")
			switch key {
			case "source":
				cur.Origin = value
			case "cli":
				cur.Expect = value
			case "file":
				// "@ file: NAME CONTENT", CONTENT a JSON string.
				name, content, _ := strings.Cut(value, " ")
				var s string
				if err := json.Unmarshal([]byte(content), &s); err != nil {
					return nil, fmt.Errorf("%s:%d: file content: %v", path, n+1, err)
				}
				if cur.Files == nil {
					cur.Files = map[string]string{}
				}
				cur.Files[name] = s
			default:
				return nil, fmt.Errorf("%s:%d: unknown metadata %q", path, n+1, key)
			}
			continue
		}
		inMeta = false
		text = append(text, line)
	}
	finish()
	return entries, nil
}

// straighten is the text a published seed example means: en dashes for "--",
// typographic quotes for the straight ones (docs/seeds.md).
func straighten(s string) string {
	return strings.NewReplacer("–", "--", "”", `"`, "“", `"`, "’", "'", "‘", "'").Replace(s)
}

// debianExamples extracts every `aws ec2 …` command from Debian's example
// pages: a line that starts, after its indentation, with "aws ec2 ", and
// the lines it continues onto with a final backslash, as bash would join
// them. The text is taken as printed (indentation removed); where an
// example forgot a backslash, the command ends there, as it would in bash.
// The files have CRLF line ends, which the rendered pages people copy from
// do not: lines are split at LF and a CR before it dropped.
func debianExamples(dir string) ([]judgeEntry, error) {
	var entries []judgeEntry
	for _, name := range debianExampleFiles {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		lines := strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n")
		heading := ""
		for i := 0; i < len(lines); i++ {
			line := lines[i]
			if t := strings.TrimSpace(line); strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") {
				heading = strings.Trim(t, "*")
			}
			trimmed := strings.TrimLeft(line, " \t")
			if !strings.HasPrefix(trimmed, "aws ec2 ") {
				continue
			}
			indent := len(line) - len(trimmed)
			start := i
			cmd := []string{trimmed}
			for strings.HasSuffix(lines[i], `\`) && i+1 < len(lines) {
				i++
				cmd = append(cmd, dedent(lines[i], indent))
			}
			variant := ""
			for j := start - 1; j >= 0 && j >= start-3; j-- {
				if v, ok := strings.CutPrefix(strings.TrimSpace(lines[j]), "Command ("); ok {
					variant = " (" + strings.TrimSuffix(v, "::")
				}
			}
			entries = append(entries, judgeEntry{
				Source: "debian",
				Name:   strings.TrimSuffix(name, ".rst") + ":" + strconv.Itoa(start+1),
				Origin: fmt.Sprintf("%s line %d: %s%s", filepath.Join(dir, name), start+1, heading, variant),
				Text:   strings.Join(cmd, "\n"),
			})
			entries[len(entries)-1].ImportText = entries[len(entries)-1].Text
		}
	}
	return entries, nil
}

// dedent removes up to n leading blanks.
func dedent(s string, n int) string {
	i := 0
	for i < n && i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return s[i:]
}

// vectorsLeftOut and vectorsDuplicate count the vectors vectorCommands left
// out, for the report.
var vectorsLeftOut, vectorsDuplicate int

// vectorPrefix is the rule the wrapped vectors complete: every member but
// IpProtocol, so that the vector's value, written last, is parsed exactly as
// in the vector.
const vectorPrefix = "FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8}],"

// vectorCommands wraps the shorthand vectors into --ip-permissions commands
// where that means something for a permission:
//   - a vector that already is an IpPermission is sent as it is;
//   - a vector with one key, which is where its text starts, gets that key
//     renamed IpProtocol, the one string member of an IpPermission, after
//     vectorPrefix: the CLI then sends the parsed string, or refuses a list or
//     a hash as the wrong type for IpProtocol, in its own words;
//   - vectors with several other keys are left out (there is no member to
//     give them), and so are duplicates.
//
// It returns the wrapped commands in file order.
func vectorCommands(path string) ([]judgeEntry, error) {
	vectorsLeftOut, vectorsDuplicate = 0, 0
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	permission := map[string]bool{"IpProtocol": true, "FromPort": true, "ToPort": true, "IpRanges": true,
		"Ipv6Ranges": true, "PrefixListIds": true, "UserIdGroupPairs": true}
	var entries []judgeEntry
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var v struct {
			In  string         `json:"in"`
			Out map[string]any `json:"out"`
		}
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		keys := make([]string, 0, len(v.Out))
		all := true
		for k := range v.Out {
			keys = append(keys, k)
			all = all && permission[k]
		}
		sort.Strings(keys)
		var word string
		switch {
		case all:
			word = v.In
		case len(keys) == 1 && strings.HasPrefix(v.In, keys[0]):
			word = vectorPrefix + "IpProtocol" + v.In[len(keys[0]):]
		default:
			vectorsLeftOut++
			continue
		}
		text := "aws ec2 authorize-security-group-ingress --group-id sg-1234567890abcdef0 --ip-permissions " + shellQuote(word)
		if seen[text] {
			vectorsDuplicate++
			continue
		}
		seen[text] = true
		entries = append(entries, judgeEntry{
			Source:     "vectors",
			Name:       "line-" + strconv.Itoa(n),
			Origin:     fmt.Sprintf("core/testdata/shorthand/vectors.jsonl line %d: %s", n, strconv.Quote(v.In)),
			Text:       text,
			ImportText: text,
		})
	}
	return entries, sc.Err()
}
