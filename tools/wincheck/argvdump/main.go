//go:build windows

// Command argvdump is the argv dumper of the Wine oracle
// (docs/windows-quoting.md §2.2). Built as aws.exe, it prints
// one JSON object: the raw command line (GetCommandLineW), Go's os.Args, the
// split by shell32's CommandLineToArgvW, and the split the Microsoft UCRT
// gives a C program such as python.exe or aws.exe (ucrtbase's
// _configure_wide_argv, then __p___argc and __p___wargv).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"syscall"
	"unsafe"
)

type dump struct {
	Raw     string   `json:"raw"`
	GoArgs  []string `json:"goargs"`
	Shell32 []string `json:"shell32"`
	UCRT    []string `json:"ucrt"`
}

// utf16At reads the NUL-terminated UTF-16 string at p.
func utf16At(p *uint16) string {
	if p == nil {
		return ""
	}
	n := 0
	for *(*uint16)(unsafe.Add(unsafe.Pointer(p), 2*n)) != 0 {
		n++
	}
	return syscall.UTF16ToString(unsafe.Slice(p, n))
}

// pointer reinterprets an address returned by a DLL call.
func pointer(a uintptr) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&a))
}

func ucrtArgv() ([]string, error) {
	ucrt := syscall.NewLazyDLL("ucrtbase.dll")
	// 1 = _crt_argv_unexpanded_arguments: split, no wildcard expansion.
	if r, _, err := ucrt.NewProc("_configure_wide_argv").Call(1); r != 0 {
		return nil, fmt.Errorf("_configure_wide_argv: %d %v", r, err)
	}
	a, _, _ := ucrt.NewProc("__p___argc").Call()
	w, _, _ := ucrt.NewProc("__p___wargv").Call()
	argc := int(*(*int32)(pointer(a)))
	base := *(*unsafe.Pointer)(pointer(w))
	args := make([]string, argc)
	for i := range args {
		args[i] = utf16At(*(**uint16)(unsafe.Add(base, i*int(unsafe.Sizeof(uintptr(0))))))
	}
	return args, nil
}

func shell32Argv(cmdline *uint16) ([]string, error) {
	var argc int32
	argv, err := syscall.CommandLineToArgv(cmdline, &argc)
	if err != nil {
		return nil, err
	}
	args := make([]string, argc)
	for i := range args {
		args[i] = utf16At(&argv[i][0])
	}
	return args, nil
}

func main() {
	cmdline := syscall.GetCommandLine()
	d := dump{Raw: utf16At(cmdline), GoArgs: os.Args}
	var err error
	if d.Shell32, err = shell32Argv(cmdline); err != nil {
		fmt.Fprintln(os.Stderr, "CommandLineToArgvW:", err)
		os.Exit(2)
	}
	if d.UCRT, err = ucrtArgv(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if err := json.NewEncoder(os.Stdout).Encode(d); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}
