#!/bin/sh
# The shared library exports exactly the symbols of its version script, and
# every one of them is named infext_*.
set -eu
lib=$1
map=$2
exported=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBR]$/ {print $3}' | sed 's/@.*//' | sort -u)
listed=$(sed -n 's/^ *\(infext_[A-Za-z0-9_]*\);$/\1/p' "$map" | sort -u)
bad=$(printf '%s\n' "$exported" | grep -v '^infext_' || true)
if [ -n "$bad" ]; then
    echo "symbols exported without the infext_ prefix:"; echo "$bad"; exit 1
fi
missing=$(printf '%s\n' "$listed" | grep -vxF "$exported" || true)
extra=$(printf '%s\n' "$exported" | grep -v '^infext_[0-9]' | grep -vxF "$listed" || true)
if [ -n "$missing" ]; then echo "listed in the version script but not defined:"; echo "$missing"; exit 1; fi
if [ -n "$extra" ]; then echo "exported but not in the version script:"; echo "$extra"; exit 1; fi
echo "exports: $(printf '%s\n' "$exported" | grep -c '^infext_[a-z]') symbols, all infext_*, matching the version script"
