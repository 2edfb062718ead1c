#!/bin/sh
# Compare the built shared library with the committed ABI baseline
# (libabigail). Added symbols are fine; any other change fails: a removed
# or changed function, or a change to a public type.
#   check-abi.sh LIB BASELINE           check
#   check-abi.sh LIB BASELINE --update  rewrite the baseline (at a release)
set -eu
lib=$1
baseline=$2
if [ "${3:-}" = "--update" ]; then
    abidw --no-corpus-path --out-file "$baseline" "$lib"
    echo "ABI baseline written to $baseline"
    exit 0
fi
if ! command -v abidiff >/dev/null 2>&1; then
    echo "abidiff not installed (package abigail-tools)"; exit 1
fi
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
abidw --no-corpus-path --out-file "$tmp" "$lib"
if abidiff --no-added-syms "$baseline" "$tmp"; then
    echo "ABI: compatible with the baseline (additions allowed)"
else
    echo "ABI: incompatible with the committed baseline (see the report above)"
    exit 1
fi
