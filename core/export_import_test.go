package core

// ImportArgvForTest is importCommand for the tests outside the package
// (import_judge_test.go, which drives the real CLI through tools/harness):
// the Input, --output, Problems and Notes that the words after "aws" make.
func ImportArgvForTest(argv []string, files map[string]string) (*Input, string, []Problem, []Note) {
	r := importCommand(argsOf(argv), files)
	return r.input, r.output, r.problems, r.notes
}
