#!/usr/bin/env python3
"""`infext validate` against the corpus of tests/data/validate: for every
case, `infext validate -o json [args] input.*` run in the case's folder must
print exactly expected.jsonl and exit with the status in `exit`. Then the
rest of the contract: text output, several inputs with standard input among
them, and usage errors."""
import os
import subprocess
import sys


def run(tool, args, cwd=None, stdin=None):
    p = subprocess.run([tool, "validate"] + args, cwd=cwd, input=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def run_corpus(tool, corpus, bundle, failures):
    """Every case of a corpus folder under --bundle (a case's args may name
    another); returns the number of cases."""
    cases = sorted(os.listdir(corpus))
    for case in cases:
        d = os.path.join(corpus, case)
        inputs = [f for f in os.listdir(d) if f.startswith("input.")]
        args = []
        if os.path.exists(os.path.join(d, "args")):
            args = open(os.path.join(d, "args")).read().split()
        code, out, err = run(tool, ["-o", "json", "--bundle", bundle] + args + inputs, cwd=d)
        want = open(os.path.join(d, "expected.jsonl"), encoding="utf-8").read()
        want_code = int(open(os.path.join(d, "exit")).read())
        if out != want:
            failures.append("%s/%s: output differs:\n%s" % (bundle, case, out))
        if code != want_code:
            failures.append("%s/%s: exit %d, expected %d (stderr: %s)" % (bundle, case, code, want_code, err))
        if want_code == 2 and not err:
            failures.append("%s/%s: undecodable input but nothing on stderr" % (bundle, case))
    return len(cases)


def main():
    # the corpus of bundle v1.2.0, then tests/data/bundles/<bundle>/
    tool, corpus = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    failures = []
    cases = run_corpus(tool, corpus, "v1.2.0", failures)
    bundles = os.path.join(os.path.dirname(corpus), "bundles")
    for bundle in sorted(os.listdir(bundles)):
        cases += run_corpus(tool, os.path.join(bundles, bundle), bundle, failures)
    # the endpoint picker loader's checks (tests/data/epp-check), newest bundle
    cases += run_corpus(tool, os.path.join(os.path.dirname(corpus), "epp-check"), "v1.6.0", failures)
    # the newest bundle is the default: the same answers as --bundle v1.6.0
    d = os.path.join(bundles, "v1.6.0", "served-kinds")
    code, out, _ = run(tool, ["-o", "json", "input.yaml"], cwd=d)
    if (code, out) != (1, open(os.path.join(d, "expected.jsonl"), encoding="utf-8").read()):
        failures.append("default bundle: exit %d\n%s" % (code, out))
    code, _, err = run(tool, ["--bundle", "v1.7.0", "input.yaml"], cwd=d)
    if code != 2 or "v1.2.0 v1.3.1 v1.4.0 v1.5.0 v1.6.0" not in err:
        failures.append("unknown bundle: exit %d, stderr %r" % (code, err))
    code, out, _ = run(tool, ["--help"])
    for line in ("v1.3.1  InferenceModelRewrite rules[].split renamed to rules[].targets",
                 "v1.6.0  v1 spec.endpointPickerRef optional"):
        if line not in out:
            failures.append("--help does not list %r" % line)

    # Text output: FILE:LINE:COL: KIND/NAME: FIELD: MESSAGE, compiler style.
    d = os.path.join(corpus, "v1-target-port-number")
    code, out, _ = run(tool, ["--bundle", "v1.2.0", "input.yaml"], cwd=d)
    want = ("input.yaml:11:5: InferencePool/pool: spec.targetPorts[0].number: Invalid value: 0: "
            "spec.targetPorts[0].number in body should be greater than or equal to 1\n"
            "input.yaml:59:5: InferencePool/pool: spec.targetPorts[0].number: Invalid value: 65536: "
            "spec.targetPorts[0].number in body should be less than or equal to 65535\n")
    if (code, out) != (1, want):
        failures.append("text output: exit %d\n%s" % (code, out))

    # Warnings alone: printed with "warning: " after the place, exit 0.
    d = os.path.join(os.path.dirname(corpus), "epp-check", "weight-zero")
    code, out, _ = run(tool, ["input.yaml"], cwd=d)
    want = ('input.yaml:13:5: warning: EndpointPickerConfig/: schedulingProfiles[0].plugins[0].weight: '
            'scorer "queue-scorer" has weight 0: it does not count\n'
            'input.yaml:17:5: warning: EndpointPickerConfig/: schedulingProfiles[0].plugins[2].weight: '
            'ignored: "max-score-picker" is not a scorer\n')
    if (code, out) != (0, want):
        failures.append("warnings only: exit %d\n%s" % (code, out))

    # Several inputs, standard input among them; the worst status wins.
    valid = os.path.join(corpus, "valid-json", "input.json")
    bad = os.path.join(corpus, "v1-required", "input.yaml")
    code, out, _ = run(tool, ["-o", "json", "--bundle", "v1.2.0", valid, "-", bad], stdin=open(valid, "rb").read())
    files = [l.split('"file":')[1].split(",")[0] for l in out.splitlines()]
    if code != 1 or files != ['"%s"' % valid] * 2 + ['"-"'] * 2 + ['"%s"' % bad] * 7:
        failures.append("several inputs: exit %d, files %s" % (code, files))
    code, out, _ = run(tool, ["--bundle=v1.2.0", valid, valid])
    if (code, out) != (0, ""):
        failures.append("valid inputs: exit %d, output %r" % (code, out))

    # Usage errors.
    for args in ([], ["-o"], ["-o", "yaml", valid], ["--strict", valid], ["does-not-exist.yaml"]):
        code, _, err = run(tool, args)
        if code != 2 or not err:
            failures.append("usage %s: exit %d" % (args, code))

    for f in failures:
        print(f)
    print("%d cases, %d failures" % (cases, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
