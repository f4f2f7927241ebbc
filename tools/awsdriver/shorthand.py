"""Parses shorthand words with the AWS CLI's own parser (Debian's awscli).

Reads one JSON object per line, {"word": "..."}, and answers one per line:
{"out": <parsed value, leaves are strings>} or {"error": "<message>"}. Used by
the tests to check that what core writes is read back exactly.
"""
import json
import sys

from awscli.shorthand import ShorthandParser


def main():
    parser = ShorthandParser()
    for line in sys.stdin:
        req = json.loads(line)
        try:
            answer = {"out": parser.parse(req["word"])}
        except Exception as e:  # every parse failure is an answer, not a crash
            answer = {"error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
