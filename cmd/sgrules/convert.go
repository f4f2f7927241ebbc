package main

func runConvert(e *env, args []string) int {
	fs := newFlags(e, "convert", "--to SHELL [--form F] [TEXT|FILE|-]", "Not built yet: waits for core.Import.")
	_, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	return exitUsage
}

func runCheck(e *env, args []string) int {
	fs := newFlags(e, "check", "[--shell S] [--fix] FILE...", "Not built yet: waits for core.Import.")
	_, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	return exitUsage
}
