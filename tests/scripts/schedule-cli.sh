#!/bin/sh
# `infext schedule` says why a request was admitted or refused: every
# tests/data/schedule-cli/<case>/ holds `args` (the command line, @DATA@
# standing for tests/data) and `expected`: "exit N" and then the exact
# standard output. Standard error must stay empty, or be exactly
# `expected.err` when the case has one. @PLUGINS@ stands for the folder of
# examples/plugin's modules; a case naming it is skipped without one.
# usage: schedule-cli.sh INFEXT_BINARY TESTS_DATA_DIR [PLUGIN_DIR]
set -u
infext=$1
data=$2
plugins=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
cases=0
for dir in "$data"/schedule-cli/*/; do
    name=$(basename "$dir")
    if [ -z "$plugins" ] && grep -q @PLUGINS@ "$dir/args"; then
        echo "skipped: $name (no plugin folder)"
        continue
    fi
    cases=$((cases + 1))
    # shellcheck disable=SC2046 # the arguments are words on purpose
    "$infext" schedule $(sed -e "s|@DATA@|$data|g" -e "s|@PLUGINS@|$plugins|g" "$dir/args") \
        >"$tmp/out" 2>"$tmp/err"
    echo "exit $?" >"$tmp/got"
    cat "$tmp/out" >>"$tmp/got"
    if ! cmp -s "$tmp/got" "$dir/expected"; then
        echo "FAIL: $name"
        diff "$dir/expected" "$tmp/got" | head -20
        failures=$((failures + 1))
    fi
    if [ -f "$dir/expected.err" ]; then # the exact standard error, @DATA@ for tests/data
        sed "s|$data|@DATA@|g" "$tmp/err" >"$tmp/err.got"
        if ! cmp -s "$tmp/err.got" "$dir/expected.err"; then
            echo "FAIL: $name: stderr"
            diff "$dir/expected.err" "$tmp/err.got" | head -20
            failures=$((failures + 1))
        fi
    elif [ -s "$tmp/err" ]; then
        echo "FAIL: $name: stderr: $(cat "$tmp/err")"
        failures=$((failures + 1))
    fi
done
[ "$cases" -gt 0 ] || { echo "FAIL: no case under $data/schedule-cli"; exit 1; }
echo "$cases schedule case(s), $failures failure(s)"
[ "$failures" = 0 ]
