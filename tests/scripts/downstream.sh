#!/bin/sh
# Install the built library into a temporary prefix and build two small
# programs against it: one with pkg-config, one with find_package(infext).
set -eu
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
libdir=$(ls -d "$tmp"/prefix/lib* | head -n1)
# pkg-config
PKG_CONFIG_PATH="$libdir/pkgconfig" cc -std=c11 -Wall -Werror -o "$tmp/with-pkgconfig" "$src/main.c" \
    $(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --cflags --libs infext)
LD_LIBRARY_PATH="$libdir" "$tmp/with-pkgconfig" "$src/pool.yaml"
# find_package
cmake -S "$src" -B "$tmp/cmake-build" -DCMAKE_PREFIX_PATH="$tmp/prefix" >/dev/null
cmake --build "$tmp/cmake-build" >/dev/null
LD_LIBRARY_PATH="$libdir" "$tmp/cmake-build/downstream" "$src/pool.yaml"
echo "downstream builds with pkg-config and find_package: ok"
