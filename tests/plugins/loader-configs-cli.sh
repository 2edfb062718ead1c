#!/bin/sh
# Upstream's loader-test configs through the tool, with the test plugin
# types loaded: the ones valid upstream validate (exit 0) and `infext
# default` prints their effective config (tests/data/epp-configs/effective);
# the ones invalid upstream too are invalid (exit 1); without the module,
# the test-only types are unknown (exit 1).
#   loader-configs-cli.sh INFEXT LOADER_TEST_PLUGINS.so tests/data/epp-configs
tool=$1 plugin=$2
cd "$3" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=1; }
for f in v1.2.0-configloader-1 v1.5.0-datalayer; do
    "$tool" validate --plugin "$plugin" "$f.yaml" || fail "validate $f: exit $?"
    out=$("$tool" default --plugin "$plugin" "$f.yaml") || fail "default $f: exit $?"
    printf '%s\n' "$out" | diff "effective/$f.yaml" - || fail "default $f: not effective/$f.yaml"
done
for f in v1.5.0-configloader-1 llm-d-router-v0.10.0-testdata_configloader_1_test; do
    "$tool" validate --plugin "$plugin" "$f.yaml" > /dev/null
    st=$?
    [ $st -eq 1 ] || fail "validate $f: exit $st, expected 1"
done
out=$("$tool" validate v1.2.0-configloader-1.yaml)
st=$?
[ $st -eq 1 ] || fail "validate without the module: exit $st, expected 1"
case $out in *'plugin type "test-one" is not found in the registry'*) ;; *) fail "without the module: $out" ;; esac
"$tool" default --plugin does-not-exist.so v1.2.0-configloader-1.yaml 2> /dev/null
st=$?
[ $st -eq 2 ] || fail "default --plugin of no file: exit $st, expected 2"
exit $failed
