package main

func runCheck(e *env, args []string) int {
	fs := newFlags(e, "check", "[--shell S] [--fix] FILE...", "Not built yet.")
	_, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	return exitUsage
}
