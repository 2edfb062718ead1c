#!/bin/sh
# Install the built library into a temporary prefix and build small
# programs against it: with pkg-config (shared, and static with the private
# requirements), and with find_package(infext).
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
# static: libinfext.a and pkg-config --static's private requirements
pc_static=$(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --static --libs infext | sed 's/-linfext//')
# shellcheck disable=SC2086 # the flags are words on purpose
cc -std=c11 -Wall -Werror -o "$tmp/with-static" "$src/main.c" \
    $(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --cflags infext) "$libdir/libinfext.a" $pc_static
"$tmp/with-static" "$src/pool.yaml"
# find_package
cmake -S "$src" -B "$tmp/cmake-build" -DCMAKE_PREFIX_PATH="$tmp/prefix" >/dev/null
cmake --build "$tmp/cmake-build" >/dev/null
LD_LIBRARY_PATH="$libdir" "$tmp/cmake-build/downstream" "$src/pool.yaml"
echo "downstream builds with pkg-config (shared and static) and find_package: ok"
