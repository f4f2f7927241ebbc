"""Runs the real AWS CLI (Debian's awscli package) in one long-lived process.

The conformance tests start this once and feed it one request per line on stdin:

    {"argv": ["ec2", "authorize-security-group-ingress", ...], "cwd": "/tmp/x"}

and read one answer per line on stdout:

    {"rc": 0, "stdout": "...", "stderr": "..."}

Starting the CLI costs about a second per process; creating a fresh driver inside
one interpreter costs a fraction of that, which is what lets the test suite run
thousands of cases. Each case gets a new CLIDriver, so no state leaks between cases.
"""
import io
import json
import os
import sys

from awscli.clidriver import AWSCLIEntryPoint


def run(argv, cwd):
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", newline="\n", write_through=True)
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="replace", newline="\n",
                           write_through=True)
    saved = sys.stdout, sys.stderr, os.getcwd()
    sys.stdout, sys.stderr = out, err
    try:
        if cwd:
            os.chdir(cwd)
        try:
            rc = AWSCLIEntryPoint().main(argv)
        except SystemExit as e:  # argparse exits through here
            rc = e.code if isinstance(e.code, int) else 255
    finally:
        out.flush()
        err.flush()
        sys.stdout, sys.stderr = saved[0], saved[1]
        os.chdir(saved[2])
    return {
        "rc": rc,
        "stdout": out_bytes.getvalue().decode("utf-8", "replace"),
        "stderr": err_bytes.getvalue().decode("utf-8", "replace"),
    }


def main():
    real_out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        try:
            answer = run(req["argv"], req.get("cwd"))
        except BaseException as e:  # never let one case kill the driver
            answer = {"rc": -1, "stdout": "", "stderr": "driver: %r" % (e,)}
        real_out.write(json.dumps(answer) + "\n")
        real_out.flush()


if __name__ == "__main__":
    main()
