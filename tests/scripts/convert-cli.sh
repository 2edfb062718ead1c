#!/bin/sh
# The contract of `infext default` and `infext convert` that scripts rely on:
# exit codes, stdout empty on a refusal, the field named on stderr, warnings
# with --allow-lossy, other documents passed through (other kinds canonical,
# other API groups verbatim), order kept, several inputs and standard input.
# usage: convert-cli.sh INFEXT_BINARY TESTS_DATA_DIR
set -u
infext=$1
data=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
V1=inference.networking.k8s.io/v1
A2=inference.networking.x-k8s.io/v1alpha2
. "$(dirname "$0")/cli-checks.sh"

c=$data/convert

# A conversion: exact output, and the Service port warning on stderr.
run to_v1 0 -- convert --to $V1 "$c/a2-to-v1-implied-port-no-kind/input.yaml"
same to_v1 "$c/a2-to-v1-implied-port-no-kind/expected.yaml"
stderr_has to_v1 "warning: spec.extensionRef.portNumber: absent for a Service, which implies port 9002"

run to_v1alpha2 0 -- convert --to=$A2 "$c/v1-to-a2-every-field/input.yaml"
same to_v1alpha2 "$c/v1-to-a2-every-field/expected.yaml"
[ ! -s "$tmp/to_v1alpha2.err" ] || fail "to_v1alpha2: unexpected stderr"

# A refusal: exit 1, nothing on stdout, each field named with its position.
run refused 1 -- convert --to $A2 "$c/v1-to-a2-several-ports/input.yaml"
empty_stdout refused
stderr_has refused "v1-to-a2-several-ports/input.yaml:12:5: spec.targetPorts[1]: would be lost in the conversion"
stderr_has refused "spec.targetPorts[2]: would be lost"

# One refused document spoils the whole output, even after good ones.
run refused_later 1 -- convert --to $A2 "$c/v1-to-a2-every-field/input.yaml" "$c/v1-to-a2-controller-name/input.yaml"
empty_stdout refused_later
stderr_has refused_later "status.parents[0].controllerName"

# --allow-lossy: converted, the first port kept, a warning per dropped value.
run lossy 0 -- convert --allow-lossy --to $A2 "$c/v1-to-a2-several-ports/input.yaml"
same lossy "$c/v1-to-a2-several-ports-lossy/expected.yaml"
stderr_has lossy "warning: spec.targetPorts[1]: dropped in the conversion"
stderr_has lossy "warning: spec.targetPorts[2]: dropped in the conversion"

# Zero target ports never convert.
run zero 1 -- convert --allow-lossy --to $A2 "$c/v1-to-a2-zero-ports/input.yaml"
empty_stdout zero
stderr_has zero "spec.targetPorts: cannot be converted to v1alpha2"

# llm-d.ai/v1alpha2, the version the "no matches" hint of bundle v1.6.0
# names for objectives and rewrites: a single object converts exactly; a
# refusal in a List names the item's field with its position.
LLMD=llm-d.ai/v1alpha2
run to_llmd 0 -- convert --to $LLMD "$c/a2-rewrite-split-to-llmd/input.yaml"
same to_llmd "$c/a2-rewrite-split-to-llmd/expected.yaml"
run from_llmd 0 -- convert --to $A2 "$c/llmd-objective-to-a2/input.yaml"
same from_llmd "$c/llmd-objective-to-a2/expected.yaml"
run llmd_refused 1 -- convert --to $LLMD "$c/a2-objective-list-priority-range/input.yaml"
empty_stdout llmd_refused
stderr_has llmd_refused "a2-objective-list-priority-range/input.yaml:20:5: spec.priority: would be lost in the conversion"
run bad_target 2 -- convert --to v9 "$c/llmd-objective-to-a2/input.yaml"
stderr_has bad_target "--to takes inference.networking.k8s.io/v1, inference.networking.x-k8s.io/v1alpha2 or llm-d.ai/v1alpha2"

# Other kinds pass through, pools of the target version stay, order is kept,
# several inputs and standard input mix.
cat >"$tmp/mixed.yaml" <<'EOF'
apiVersion: inference.networking.x-k8s.io/v1alpha2
kind: InferenceObjective
metadata: {name: chat}
spec: {poolRef: {name: pool}}
---
apiVersion: inference.networking.x-k8s.io/v1alpha2
kind: InferencePool
metadata: {name: old}
spec: {selector: {app: a}, targetPortNumber: 8000, extensionRef: {name: e, portNumber: 9002}}
---
apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins: [{type: queue-scorer}]
EOF
cat >"$tmp/mixed-expected.yaml" <<'EOF'
apiVersion: inference.networking.x-k8s.io/v1alpha2
kind: InferenceObjective
metadata:
  name: chat
spec:
  poolRef:
    name: pool
---
apiVersion: inference.networking.k8s.io/v1
kind: InferencePool
metadata:
  name: old
spec:
  selector:
    matchLabels:
      app: a
  targetPorts:
  - number: 8000
  endpointPickerRef:
    name: e
    port:
      number: 9002
---
apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: queue-scorer
---
EOF
cat "$c/v1-same-version/expected.yaml" >>"$tmp/mixed-expected.yaml"
"$infext" convert --to $V1 "$tmp/mixed.yaml" - <"$c/v1-same-version/input.yaml" >"$tmp/mixed.out" 2>"$tmp/mixed.err" ||
    fail "mixed: non-zero exit: $(cat "$tmp/mixed.err")"
same mixed "$tmp/mixed-expected.yaml"

# Documents of other API groups (a manifest bundle) pass through verbatim,
# comments included; a document of the inference groups that cannot be
# decoded is an error, never passed through.
cat >"$tmp/bundle.yaml" <<'EOF2'
# the model servers
apiVersion: apps/v1
kind: Deployment
metadata:
  name: vllm   # keep this comment
spec:
  replicas: 3
--- # the pool
apiVersion: inference.networking.x-k8s.io/v1alpha2
kind: InferencePool
metadata: {name: p}
spec: {selector: {app: vllm}, targetPortNumber: 8000, extensionRef: {name: e, portNumber: 9002}}
---
apiVersion: v1
kind: Service
metadata: {name: "e"}
spec: {ports: [{port: 9002}]}
EOF2
cat >"$tmp/bundle-expected.yaml" <<'EOF2'
# the model servers
apiVersion: apps/v1
kind: Deployment
metadata:
  name: vllm   # keep this comment
spec:
  replicas: 3
---
apiVersion: inference.networking.k8s.io/v1
kind: InferencePool
metadata:
  name: p
spec:
  selector:
    matchLabels:
      app: vllm
  targetPorts:
  - number: 8000
  endpointPickerRef:
    name: e
    port:
      number: 9002
---
apiVersion: v1
kind: Service
metadata: {name: "e"}
spec: {ports: [{port: 9002}]}
EOF2
run bundle 0 -- convert --to $V1 "$tmp/bundle.yaml"
same bundle "$tmp/bundle-expected.yaml"
run bundle_default 0 -- default --bundle v1.2.0 "$tmp/bundle.yaml"
grep -q "^  name: vllm   # keep this comment$" "$tmp/bundle_default.out" || fail "bundle_default: Deployment not passed through"
run bundle_json 2 -- convert --to $V1 -o json "$tmp/bundle.yaml"
empty_stdout bundle_json
stderr_has bundle_json "passes through only into YAML output"
# A JSON stream passes documents of other groups through too: on one line
# into JSON output, as they are into YAML output (JSON text is YAML).
cat >"$tmp/bundle.json" <<'EOF2'
{"apiVersion": "apps/v1", "kind": "Deployment",
 "metadata": {"name": "vllm", "annotations": {"note": "a b  c"}}}
{"apiVersion":"inference.networking.x-k8s.io/v1alpha2","kind":"InferencePool","metadata":{"name":"p"},"spec":{"selector":{"app":"vllm"},"targetPortNumber":8000,"extensionRef":{"name":"e","portNumber":9002}}}
EOF2
cat >"$tmp/bundle-json-expected.json" <<'EOF2'
{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"vllm","annotations":{"note":"a b  c"}}}
{"apiVersion":"inference.networking.k8s.io/v1","kind":"InferencePool","metadata":{"name":"p"},"spec":{"selector":{"matchLabels":{"app":"vllm"}},"targetPorts":[{"number":8000}],"endpointPickerRef":{"name":"e","port":{"number":9002}}}}
EOF2
run bundle_json_in 0 -- convert --to $V1 "$tmp/bundle.json"
same bundle_json_in "$tmp/bundle-json-expected.json"
run bundle_json_to_yaml 0 -- convert --to $V1 -o yaml "$tmp/bundle.json"
grep -q '^ "metadata": {"name": "vllm", "annotations": {"note": "a b  c"}}}$' "$tmp/bundle_json_to_yaml.out" ||
    fail "bundle_json_to_yaml: Deployment not passed through as it is"
printf 'apiVersion: inference.networking.x-k8s.io/v1alpha3\nkind: InferencePool\nmetadata: {name: p}\n' >"$tmp/misspelt.yaml"
run misspelt 2 -- convert --to $V1 "$tmp/misspelt.yaml"
empty_stdout misspelt
stderr_has misspelt 'unknown apiVersion/kind "inference.networking.x-k8s.io/v1alpha3" "InferencePool"'

# JSON output: one compact document per line, in order.
run json 0 -- convert --to $V1 -o json "$tmp/mixed.yaml"
[ "$(wc -l <"$tmp/json.out")" = 3 ] || fail "json: expected 3 lines"
sed -n 2p "$tmp/json.out" | grep -q '^{"apiVersion":"inference.networking.k8s.io/v1","kind":"InferencePool"' ||
    fail "json: second line is not the converted pool"

# Usage and input errors: exit 2, nothing on stdout.
run no_target 2 -- convert "$tmp/mixed.yaml"
empty_stdout no_target
stderr_has no_target "--to is required"
run bad_target 2 -- convert --to inference.networking.k8s.io/v2 "$tmp/mixed.yaml"
stderr_has bad_target "cannot convert to 'inference.networking.k8s.io/v2'"
run bad_option 2 -- convert --to $V1 --lossy "$tmp/mixed.yaml"
stderr_has bad_option "unknown option '--lossy'"
run missing_file 2 -- convert --to $V1 "$tmp/mixed.yaml" "$tmp/does-not-exist.yaml"
empty_stdout missing_file
printf 'apiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\nspec: [\n' >"$tmp/broken.yaml"
run broken 2 -- convert --to $A2 "$tmp/broken.yaml"
empty_stdout broken
run help 0 -- convert --help
grep -q "^usage: infext convert --to" "$tmp/help.out" || fail "help: no usage line"

# infext default: exact output per case, several documents in order. The
# cases are v1.2.0 documents (v1alpha2 kinds), so they name that bundle; under
# the newest bundle a v1alpha2 pool is a kind the server does not serve.
d=$data/default
run default 0 -- default --bundle v1.2.0 "$d/v1alpha2-status-absent/input.yaml"
same default "$d/v1alpha2-status-absent/expected.yaml"
run default_newest 1 -- default "$d/v1alpha2-status-absent/input.yaml"
empty_stdout default_newest
stderr_has default_newest 'no matches for kind "InferencePool" in version "inference.networking.x-k8s.io/v1alpha2"'
# (an EndpointPickerConfig also gets what the loader adds: tests/data/epp-default)
{ cat "$data/epp-default/complete/expected.yaml"; echo ---; cat "$d/objective-pool-ref/expected.yaml"; } >"$tmp/two.yaml"
"$infext" default --bundle v1.2.0 "$data/epp-default/complete/input.yaml" - <"$d/objective-pool-ref/input.yaml" >"$tmp/default_two.out" 2>&1 ||
    fail "default_two: non-zero exit"
same default_two "$tmp/two.yaml"
run default_broken 2 -- default --bundle v1.2.0 "$d/v1-endpoint-picker-ref/input.yaml" "$tmp/broken.yaml"
empty_stdout default_broken

# A pipe: default, then convert, as the help text suggests.
"$infext" default --bundle v1.2.0 "$c/a2-to-v1-implied-port-no-kind/input.yaml" | "$infext" convert --to $V1 - >"$tmp/pipe.out" 2>"$tmp/pipe.err" ||
    fail "pipe: non-zero exit"
grep -q "failureMode: FailClose" "$tmp/pipe.out" || fail "pipe: defaults missing after default | convert"
grep -q "kind: Service" "$tmp/pipe.out" || fail "pipe: kind default missing"

if [ "$failures" = 0 ]; then
    echo "infext default and convert keep their command-line contract"
    exit 0
fi
echo "$failures failure(s)"
exit 1
