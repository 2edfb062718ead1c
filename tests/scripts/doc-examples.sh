#!/bin/sh
# Every complete C program in README.md and docs/*.md (a ```c block with a
# main function) compiles against the headers and links with the library,
# and runs successfully.
set -eu
src=$1
build=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
for doc in "$src"/README.md "$src"/docs/*.md; do
    awk -v dir="$tmp" -v base="$(basename "$doc" .md)" '
        /^```c$/ { inblock = 1; k++; file = dir "/" base "-" k ".c"; printf "" > file; next }
        /^```/ && inblock { inblock = 0; close(file); next }
        inblock { print >> file }
    ' "$doc"
done
for c in "$tmp"/*.c; do
    [ -e "$c" ] || continue
    grep -q 'int main' "$c" || continue
    n=$((n + 1))
    cc -std=c11 -Wall -Wextra -Werror -I"$src/include" "$c" -o "${c%.c}" -L"$build" -linfext \
        -Wl,-rpath,"$build" || { echo "does not compile: $c"; cat "$c"; exit 1; }
    "${c%.c}" >/dev/null || { echo "example failed when run: $c"; exit 1; }
done
echo "$n documented example program(s) compile and run"
