#!/bin/sh
# The contract of `infext migrate`: exit codes, stdout empty on a refusal,
# the member named on stderr with its position, warnings with --allow-lossy,
# other documents passed through, usage errors.
# usage: migrate-cli.sh INFEXT_BINARY TESTS_DATA_DIR
set -u
infext=$1
data=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
e=$data/epp-configs
. "$(dirname "$0")/cli-checks.sh"

# A migration: the expected file, nothing on stderr.
run to_llmd 0 -- migrate --to llm-d-v0.10 -o yaml "$e/v1.5.0-datalayer.yaml"
same to_llmd "$e/migrated/v1.5.0-datalayer.to-llm-d-v0.10.yaml"
[ ! -s "$tmp/to_llmd.err" ] || fail "to_llmd: unexpected stderr: $(cat "$tmp/to_llmd.err")"

# And back, from standard input.
run back 0 -- migrate --to=gie-v1.5 -o yaml - <"$e/migrated/v1.5.0-datalayer.to-llm-d-v0.10.yaml"
same back "$e/migrated/v1.5.0-datalayer.to-gie-v1.5.yaml"

# A refusal: exit 1, nothing on stdout, the member and its position named.
run refused 1 -- migrate --to gie-v1.3 "$e/v1.5.0-default.yaml"
empty_stdout refused
stderr_has refused "v1.5.0-default.yaml:16:1: parser: would be lost: a member of gie-v1.5, llm-d-v0.10 only"
stderr_has refused "featureGates[0]: would be lost: feature gate \"enableLegacyMetrics\""

# --allow-lossy writes it without them and warns.
run lossy 0 -- migrate --to gie-v1.3 --allow-lossy -o yaml "$e/v1.5.0-default.yaml"
same lossy "$e/migrated/v1.5.0-default.lossy-to-gie-v1.3.yaml"
stderr_has lossy "warning: parser: dropped in the migration"

# Heimdall: from its dialect, the default detector type dropped with a
# warning; and to it.
run from_heimdall 0 -- migrate --to gie-v1.3 -o yaml "$e/heimdall-datalayer-utilization.yaml"
same from_heimdall "$e/migrated/heimdall-datalayer-utilization.to-gie-v1.3.yaml"
stderr_has from_heimdall "heimdall-datalayer-utilization.yaml:27:3: warning: saturationDetector.type: detector type \"utilization\" dropped: gie-v1.3 runs that detector from the thresholds"
run to_heimdall 0 -- migrate --to heimdall -o yaml "$e/v1.2.0-configloader-1.yaml"
same to_heimdall "$e/migrated/v1.2.0-configloader-1.to-heimdall.yaml"
run heimdall_refused 1 -- migrate --to llm-d-v0.10 "$e/heimdall-pd-running-requests.yaml"
empty_stdout heimdall_refused
stderr_has heimdall_refused "saturationDetector.maxConcurrencyPerPod: would be lost: a member of heimdall only"

# A mixed config is refused with both members named.
run mixed 1 -- migrate --to gie-v1.5 "$e/broken/mix-data-and-datalayer.yaml"
empty_stdout mixed
stderr_has mixed "\"data\" (gie-v1.3, heimdall) and \"dataLayer\" (gie-v1.5, llm-d-v0.10) belong to different dialects"

# Other kinds pass through; one refused config spoils the whole output.
run pass 0 -- migrate --to llm-d-v0.10 -o json "$data/samples/pool-v1.yaml" "$e/v1.5.0-datalayer.yaml"
[ "$(wc -l <"$tmp/pass.out")" = 2 ] || fail "pass: expected two documents"
grep -q '"kind":"InferencePool"' "$tmp/pass.out" || fail "pass: the pool is not passed through"
run spoiled 1 -- migrate --to gie-v1.0 "$e/v1.2.0-configloader-1.yaml" "$e/v1.5.0-default.yaml"
empty_stdout spoiled

# Usage errors: exit 2 and the dialects listed.
run no_to 2 -- migrate "$e/v1.5.0-default.yaml"
stderr_has no_to "--to is required"
stderr_has no_to "llm-d-v0.10"
run bad_to 2 -- migrate --to gie-v9 "$e/v1.5.0-default.yaml"
stderr_has bad_to "unknown dialect 'gie-v9'"
run help 0 -- migrate --help
grep -q "usage: infext migrate --to DIALECT" "$tmp/help.out" || fail "help: no usage line"

[ "$failures" = 0 ] || exit 1
echo "migrate-cli: all checks passed"
