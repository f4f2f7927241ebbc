"""Runs the real AWS CLI (Debian's awscli package) in one long-lived process.

The conformance tests start this once and feed it one request per line on stdin:

    {"argv": ["ec2", "authorize-security-group-ingress", ...], "cwd": "/tmp/x"}

and read one answer per line on stdout:

    {"rc": 0, "stdout": "...", "stderr": "..."}

Starting the CLI costs about a second per process; creating a fresh driver inside
one interpreter costs a fraction of that, which is what lets the test suite run
thousands of cases. Each case gets a new CLIDriver, so no state leaks between cases.

One thing is shared: the botocore Loader, which reads the service models from disk.
A new CLIDriver makes a new session, whose Loader would read and parse the models
again (the EC2 model alone is megabytes of JSON): that was most of a run's time.
What the shared Loader caches is each model exactly as read, which botocore only
reads; the endpoints data is the exception, botocore's EndpointResolver writes into
it (botocore/regions.py, _resolve: result = endpoint_data), so each run reads that
one afresh, as before. The request {"check": true} proves the rest is only read:
it answers rc 0 when every cached entry is as it was when first read, rc 1 (and the
changed entries on stderr) when a run changed one.
"""
import io
import json
import os
import sys

from awscli.clidriver import AWSCLIEntryPoint
import botocore.session  # awscli's own botocore: importing awscli put it on the path

_loaders = {}
_create_loader = botocore.session.create_loader


def _dump(value):
    return json.dumps(value, sort_keys=True, default=repr)


# Entries every run reads afresh: botocore writes into them.
_FRESH = {("load_data_with_path", "endpoints")}


class _Remembering(dict):
    """A Loader's cache that remembers how each entry looked when it was stored,
    and keeps none of _FRESH."""

    def __init__(self):
        super().__init__()
        self.first = {}

    def __setitem__(self, key, value):
        if key in _FRESH:
            return
        super().__setitem__(key, value)
        self.first[key] = _dump(value)


def shared_loader(search_path_string=None):
    """One Loader per data path for every session of the process."""
    loader = _loaders.get(search_path_string)
    if loader is None:
        loader = _create_loader(search_path_string)
        loader._cache = _Remembering()
        _loaders[search_path_string] = loader
    return loader


botocore.session.create_loader = shared_loader


def check():
    """Reports whether any run changed what the shared Loaders cached."""
    changed, n = [], 0
    for loader in _loaders.values():
        for key, first in loader._cache.first.items():
            n += 1
            if _dump(loader._cache[key]) != first:
                changed.append(repr(key))
    if changed:
        return {"rc": 1, "stdout": "", "stderr": "changed by a run: " + ", ".join(changed)}
    return {"rc": 0, "stdout": "%d cached entries unchanged" % n, "stderr": ""}


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
            if req.get("check"):
                answer = check()
            else:
                answer = run(req["argv"], req.get("cwd"))
        except BaseException as e:  # never let one case kill the driver
            answer = {"rc": -1, "stdout": "", "stderr": "driver: %r" % (e,)}
        real_out.write(json.dumps(answer) + "\n")
        real_out.flush()


if __name__ == "__main__":
    main()
