#!/bin/sh
# Compare the built shared library with the committed ABI baseline
# (libabigail). Added symbols are fine; any other change fails: a removed
# or changed function, or a change to a public type.
#   check-abi.sh LIB BASELINE           check
#   check-abi.sh LIB BASELINE --update  rewrite the baseline (at a release)
set -eu
lib=$1
baseline=$2
# Only types of the public headers make the ABI; no source locations or
# build directories go into the baseline, so it is the same from any checkout.
root=$(cd "$(dirname "$0")/../.." && pwd)
headers=$root/include/infext
# Translation units are named by their path; keep it relative to the tree.
dump() {
    abidw --no-corpus-path --no-show-locs --no-comp-dir-path --headers-dir "$headers" "$lib" |
        sed "s|path='$root/|path='|" >"$1"
}
if [ "${3:-}" = "--update" ]; then
    dump "$baseline"
    echo "ABI baseline written to $baseline"
    exit 0
fi
if ! command -v abidiff >/dev/null 2>&1; then
    echo "abidiff not installed (package abigail-tools)"; exit 1
fi
tmp=$(mktemp)
suppr=$(mktemp)
trap 'rm -f "$tmp" "$suppr"' EXIT
dump "$tmp"
# The layout of an opaque type (declared in the public headers, defined in
# lib/) is no part of the ABI: callers only hold pointers to it. Only the
# structs the headers define (options, plugin tables) are compared.
public=$(grep -rhoE '^(typedef )?struct infext_[a-z0-9_]+ \{' "$headers" |
         sed -E 's/^(typedef )?struct ([a-z0-9_]+) \{/\2/' | sort -u | paste -sd'|' -)
printf '[suppress_type]\n  type_kind = struct\n  name_not_regexp = ^(%s)$\n' "$public" >"$suppr"
if abidiff --no-added-syms --suppressions "$suppr" --suppressions "$root/tests/abi/suppressions.abignore" "$baseline" "$tmp"; then
    echo "ABI: compatible with the baseline (additions allowed)"
else
    echo "ABI: incompatible with the committed baseline (see the report above)"
    exit 1
fi
