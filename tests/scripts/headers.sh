#!/bin/sh
# Every public header compiles on its own, as C11 with every warning and as
# C++ (the extern "C" guards work), so users can include them in any order.
set -eu
inc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for h in "$inc"/infext/*.h; do
    name=$(basename "$h")
    printf '#include <infext/%s>\n#include <infext/%s>\nint infext_header_test_unused;\n' "$name" "$name" > "$tmp/t.c"
    cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I"$inc" -c "$tmp/t.c" -o "$tmp/t.o" || { echo "C: $name"; status=1; }
    if command -v c++ >/dev/null 2>&1; then
        cp "$tmp/t.c" "$tmp/t.cpp"
        c++ -std=c++11 -Wall -Wextra -Werror -I"$inc" -c "$tmp/t.cpp" -o "$tmp/t.o" || { echo "C++: $name"; status=1; }
    fi
done
[ "$status" = 0 ] && echo "every public header compiles alone, as C11 and C++"
exit $status
