#!/bin/sh
# Every symbol frozen for a release is exported at that release's version
# node, and every other one at the open node (lib/types/generator/symbols/next),
# as `nm -D --with-symbol-versions` shows them (name@@node); every frozen
# symbol is still exported there.
#   check-version-nodes.sh LIB SYMBOLS_DIR
set -eu
lib=$1
dir=$2
open_node=$(cat "$dir/next")
nodes=$(nm -D --with-symbol-versions --defined-only "$lib" | awk '$2 ~ /^[TDBR]$/ && $3 ~ /^infext_[a-z]/ {print $3}' | sort -u)
frozen=$(cat "$dir"/infext_*.txt | grep -v '^#' | sort -u)
tmp_nodes=$(mktemp)
trap 'rm -f "$tmp_nodes"' EXIT
printf '%s\n' "$nodes" >"$tmp_nodes"
bad=0
for entry in $nodes; do
    sym=${entry%%@*}
    node=${entry##*@}
    want=$open_node
    for list in "$dir"/infext_*.txt; do
        if grep -qxF "$sym" "$list"; then want=$(basename "$list" .txt); fi
    done
    if [ "$node" != "$want" ]; then echo "$sym is at $node, expected $want"; bad=1; fi
done
# and every frozen symbol is still exported, at its own node (a release's
# symbols never go away or move)
for list in "$dir"/infext_*.txt; do
    node=$(basename "$list" .txt)
    missing=$(grep -v '^#' "$list" | sed "s/\$/@@$node/" | sort -u | comm -23 - "$tmp_nodes")
    if [ -n "$missing" ]; then echo "not exported at $node:" $missing; bad=1; fi
done
n_open=$(printf '%s\n' "$nodes" | grep -c "@@$open_node\$" || true)
n_frozen=$(printf '%s\n' "$frozen" | grep -c . || true)
if [ "$n_open" -eq 0 ]; then echo "no symbol at $open_node"; bad=1; fi
# one symbol each way, named, so that the test cannot pass on an empty list
printf '%s\n' "$nodes" | grep -qx 'infext_validate@@infext_1.0' || { echo "infext_validate not at infext_1.0"; bad=1; }
printf '%s\n' "$nodes" | grep -qx "infext_bundle_name@@$open_node" || { echo "infext_bundle_name not at $open_node"; bad=1; }
[ "$bad" = 0 ] || exit 1
echo "version nodes: $n_frozen symbols frozen in released nodes, $n_open at $open_node"
