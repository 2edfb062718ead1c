#!/bin/sh
# Decode cost in instructions: for every sample (tests/data/samples) and
# every EndpointPickerConfig (the top-level files of tests/data/epp-configs),
# callgrind counts our decode and the bare parse of the same bytes by the
# library underneath (jansson's json_loadb with duplicate rejection on, a
# libyaml yaml_parser_parse event loop), per document; prints each file's
# figures and ratio, then the sums per format against their budgets.
# Instruction counts do not move with the machine's load, unlike times.
#
# usage: ratios.sh BENCH_BIN_DIR DATA_DIR [ITERATIONS]
# (the `bench` target runs it when valgrind is installed; VALGRIND names
# another valgrind program)
set -eu

bin=$1
data=$2
n=${3:-20}
json_budget=1.10
yaml_budget=1.25

# Instructions of one run of `which` on `file`, per document.
count() {
    prog=$1 which=$2 file=$3
    out=$("${VALGRIND:-valgrind}" --tool=callgrind --toggle-collect='counted_loop*' --callgrind-out-file=/dev/null \
        "$bin/$prog" --count "$which" "$file" "$n" 2>&1) || {
        printf '%s\n' "$out" >&2
        echo "ratios.sh: $prog --count $which $file failed" >&2
        exit 1
    }
    printf '%s\n' "$out" | sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | awk -v n="$n" '{ printf "%d", $1 / n }'
}

printf '%-80s %6s %10s %10s %7s\n' "document (instructions per document)" bytes decode parse ratio
for format in json yaml; do
    if [ "$format" = json ]; then prog=bench_json base=jansson budget=$json_budget
    else prog=bench_yaml base=libyaml budget=$yaml_budget; fi
    sum_ours=0 sum_base=0
    for file in "$data"/samples/*."$format" "$data"/epp-configs/*."$format"; do
        [ -f "$file" ] || continue
        ours=$(count "$prog" decode "$file")
        theirs=$(count "$prog" "$base" "$file")
        bytes=$(wc -c <"$file" | tr -d ' ')
        name=${file#"$data"/}
        printf '%s %s %s %s %s\n' "$name" "$bytes" "$ours" "$theirs" "$budget" | awk '{
            r = $3 / $4
            printf "%-80s %6d %10d %10d %6.3fx%s\n", $1, $2, $3, $4, r, (r > $5 ? "  over budget" : "") }'
        sum_ours=$((sum_ours + ours))
        sum_base=$((sum_base + theirs))
    done
    printf '%s %s %s %s %s\n' "$format" "$sum_ours" "$sum_base" "$budget" "$base" | awk '{
        r = $2 / $3
        printf "%-80s %6s %10d %10d %6.3fx  (budget %sx %s, every file)\n", "all " $1 " files", "", $2, $3, r, $4, $5 }'
done
