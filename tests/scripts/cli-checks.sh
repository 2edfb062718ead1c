# Checks shared by the CLI contract scripts (sourced; they set $infext and
# $tmp first): each failed check prints FAIL and counts in $failures.
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# run NAME EXPECTED_EXIT -- ARGS...: stdout in $tmp/NAME.out, stderr in $tmp/NAME.err
run() {
    name=$1
    want=$2
    shift 3
    "$infext" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
    got=$?
    [ "$got" = "$want" ] || fail "$name: exit $got, expected $want; stderr: $(cat "$tmp/$name.err")"
}

same() { # same NAME FILE: stdout of NAME equals FILE
    cmp -s "$tmp/$1.out" "$2" || { fail "$1: stdout differs from $2"; diff "$2" "$tmp/$1.out" | head -20; }
}

empty_stdout() { [ ! -s "$tmp/$1.out" ] || fail "$1: stdout is not empty"; }

stderr_has() { grep -qF -- "$2" "$tmp/$1.err" || fail "$1: stderr lacks '$2': $(cat "$tmp/$1.err")"; }
