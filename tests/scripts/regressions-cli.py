#!/usr/bin/env python3
"""The regression folders of tests/data/regressions through the `infext`
binary: for every case, `infext ARGS input.*` run in the case's folder must
print exactly expected.out on stdout and expected.err on stderr (an absent
file means empty) and exit with the status in `exit`. The same folders'
expected.api is checked against the library by test_regressions."""
import os
import subprocess
import sys


def read(path):
    if not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    tool, corpus = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    write = bool(os.environ.get("INFEXT_CORPUS_WRITE"))
    failures = []
    cases = sorted(os.listdir(corpus))
    for case in cases:
        d = os.path.join(corpus, case)
        inputs = sorted(f for f in os.listdir(d) if f.startswith("input."))
        args = read(os.path.join(d, "args")).split()
        p = subprocess.run([tool] + args + inputs, cwd=d, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = p.stdout.decode("utf-8"), p.stderr.decode("utf-8")
        if write:  # regenerate; review the diff before committing
            for name, text in (("expected.out", out), ("expected.err", err), ("exit", "%d\n" % p.returncode)):
                path = os.path.join(d, name)
                if text or name == "exit":
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(text)
                elif os.path.exists(path):
                    os.remove(path)
            continue
        if out != read(os.path.join(d, "expected.out")):
            failures.append("%s: stdout differs:\n%s" % (case, out))
        if err != read(os.path.join(d, "expected.err")):
            failures.append("%s: stderr differs:\n%s" % (case, err))
        want_code = int(read(os.path.join(d, "exit")))
        if p.returncode != want_code:
            failures.append("%s: exit %d, expected %d" % (case, p.returncode, want_code))
    for f in failures:
        print(f)
    print("%d cases, %d failures" % (len(cases), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
