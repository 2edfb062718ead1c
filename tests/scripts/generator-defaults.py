#!/usr/bin/env python3
"""The generator's typed defaults (lib/types/generator/defaults.py): every
default of the schema is accepted and prints as its own text; a default that
does not fit its field, or is not written as infext explain prints it, is
refused with the field's path and the reason; the C data emitted for one is
exact; doubles print as lib/types/default_value.c prints them.

usage: generator-defaults.py SOURCE_DIR
"""
import os
import sys

sys.dont_write_bytecode = True
root = os.path.abspath(sys.argv[1])
sys.path.insert(0, os.path.join(root, "lib/types/generator"))

import defaults  # noqa: E402
from model import Field, load  # noqa: E402

failures = []


def expect(what, got, want):
    if got != want:
        failures.append(f"{what}:\n  got  {got!r}\n  want {want!r}")


schema, structs = load(root)
n = 0
for s in structs.values():
    for f in s.fields:
        tree = defaults.check(f"{s.name}.{f.json}", f, structs)
        if "default" in f.spec:
            n += 1
            expect(f"{s.name}.{f.json} renders as its text", defaults.render(tree), f.spec["default"])
        else:
            expect(f"{s.name}.{f.json} has no default", tree, None)
# As test_default.c counts them (once per schema struct).
expect("defaults in the schema", n, 18)


def field_of(struct, name):
    return next(f for f in structs[struct].fields if f.json == name)


def refusal(struct, name, text):
    """The message check() stops with for `text` as the default of struct.name."""
    real = field_of(struct, name)
    f = Field(dict(real.spec, default=text), real.index)
    try:
        defaults.check(f"{struct}.{name}", f, structs)
    except SystemExit as e:
        return str(e)
    return None


REFUSED = [
    ("V1EndpointPickerRef", "kind", "5",
     "V1EndpointPickerRef.kind: the default does not fit the type string: a string is needed"),
    ("V1EndpointPickerRef", "kind", '"Service',
     "V1EndpointPickerRef.kind: default is not JSON text: Unterminated string starting at: "
     "line 1 column 1 (char 0)"),
    ("V1EndpointPickerRef", "kind", '"Serv\\u0069ce"',
     'V1EndpointPickerRef.kind: write the default as "Service" (compact JSON, as infext explain prints it)'),
    ("V1Port", "number", '"8000"',
     "V1Port.number: the default does not fit the type int32: an integer is needed"),
    ("V1Port", "number", "2147483648",
     "V1Port.number: the default does not fit the type int32: it is out of the range -2147483648 to 2147483647"),
    ("V1Port", "number", "true",
     "V1Port.number: the default does not fit the type int32: an integer is needed"),
    ("ObjectMeta", "generation", "1.5",
     "ObjectMeta.generation: the default does not fit the type int64: an integer is needed"),
    ("V1alpha1SaturationDetector", "kvCacheUtilThreshold", '"0.8"',
     "V1alpha1SaturationDetector.kvCacheUtilThreshold: the default does not fit the type double: a number is needed"),
    ("V1alpha1SaturationDetector", "kvCacheUtilThreshold", "1e2",
     "V1alpha1SaturationDetector.kvCacheUtilThreshold: write the default as 100 "
     "(compact JSON, as infext explain prints it)"),
    ("OwnerReference", "controller", "1",
     "OwnerReference.controller: the default does not fit the type bool: true or false is needed"),
    ("ObjectMeta", "labels", '{"a":1}',
     "ObjectMeta.labels: the default does not fit the type map: an object of strings is needed"),
    ("ObjectMeta", "labels", '{"a":"1","a":"2"}',
     "ObjectMeta.labels: the default does not fit the type map: a key is given twice"),
    ("ObjectMeta", "finalizers", '["a",1]',
     "ObjectMeta.finalizers: the default does not fit the type strlist: an array of strings is needed"),
    ("ObjectMeta", "finalizers", '{"a":"b"}',
     "ObjectMeta.finalizers: the default does not fit the type strlist: an array of strings is needed"),
    ("ObjectMeta", "managedFields", "[]",
     "ObjectMeta.managedFields: the default does not fit the type raw: a field of this type takes no default"),
    ("V1alpha2InferencePool", "status", '{"parent":[{"parentRef":{"kind":"Status","nam":"default"}}]}',
     "V1alpha2InferencePool.status.parent[0].parentRef: the default does not fit the type "
     "object:V1alpha2ParentGatewayReference: V1alpha2ParentGatewayReference has no field nam"),
    ("V1alpha2InferencePool", "status", '{"parent":[{"parentRef":{"kind":"Status","kind":"X"}}]}',
     "V1alpha2InferencePool.status.parent[0].parentRef: the default does not fit the type "
     "object:V1alpha2ParentGatewayReference: it sets V1alpha2ParentGatewayReference.kind twice"),
    ("V1alpha2InferencePool", "status", '{"parent":[{"conditions":[{"status":5}]}]}',
     "V1alpha2InferencePool.status.parent[0].conditions[0].status: the default does not fit the type string: "
     "a string is needed"),
    ("V1alpha2InferencePool", "status", '{"parent":{}}',
     "V1alpha2InferencePool.status.parent: the default does not fit the type list:V1alpha2PoolStatus: "
     "an array of objects is needed"),
    ("V1alpha2InferencePool", "status", '[]',
     "V1alpha2InferencePool.status: the default does not fit the type object:V1alpha2InferencePoolStatus: "
     "an object is needed"),
    ("V1alpha2InferencePool", "status", '{"parent": []}',
     'V1alpha2InferencePool.status: write the default as {"parent":[]} (compact JSON, as infext explain prints it)'),
]
for struct, name, text, want in REFUSED:
    expect(f"{struct}.{name} default {text}", refusal(struct, name, text), want)

# A map's values take no default.
spec = dict(field_of("ObjectMeta", "labels").spec, value={"default": '"x"'})
try:
    import tables  # noqa: E402
    tables.constraints_c("c_x", spec, schema["patterns"], [])
    failures.append("a default in a map's value constraints was accepted")
except SystemExit as e:
    expect("map value default", str(e), "c_x: value: a map's values take no default")

# The C data of a structured default: arrays before their use, members by
# field index in the schema's order.
decls = []
tree = defaults.check("x", Field(dict(field_of("ObjectMeta", "finalizers").spec, default='["a","b"]'), 0), structs)
expect("strlist initializer", defaults.emit("d_x", tree, decls, {}), "{INFEXT__D_STRLIST, 2, {.strings = d_x__s}}")
expect("strlist array", decls, ['static const char *const d_x__s[] = {\n    "a",\n    "b",\n};\n'])
decls = []
f = Field(dict(field_of("V1alpha2InferencePool", "status").spec,
               default='{"parent":[{"parentRef":{"name":"n","kind":"K"}}]}'), 0)
init = defaults.emit("d_s", defaults.check("s", f, structs), decls, {})
expect("object initializer", init, "{INFEXT__D_OBJECT, 1, {.members = d_s__m}}")
expect("object arrays", "".join(decls),
       "static const infext__default_member d_s_parent_0_parent_ref__m[] = {\n"
       '    {2, {INFEXT__D_STRING, 0, {.s = "n"}}},\n'
       '    {1, {INFEXT__D_STRING, 0, {.s = "K"}}},\n'
       "};\n"
       "static const infext__default_member d_s_parent_0__m[] = {\n"
       "    {0, {INFEXT__D_OBJECT, 2, {.members = d_s_parent_0_parent_ref__m}}},\n"
       "};\n"
       "static const infext__default_value d_s_parent__i[] = {\n"
       "    {INFEXT__D_OBJECT, 1, {.members = d_s_parent_0__m}},\n"
       "};\n"
       "static const infext__default_member d_s__m[] = {\n"
       "    {0, {INFEXT__D_LIST, 1, {.items = d_s_parent__i}}},\n"
       "};\n")
# An array equal to one written before is that one.
decls, arrays = [], {}
f = Field(dict(field_of("ObjectMeta", "finalizers").spec, default='["a","b"]'), 0)
first = defaults.emit("d_1", defaults.check("x", f, structs), decls, arrays)
expect("shared array", defaults.emit("d_2", defaults.check("x", f, structs), decls, arrays), first)
expect("shared array written once", len(decls), 1)
decls = []
f = Field(dict(field_of("ObjectMeta", "labels").spec, default="{}"), 0)
expect("empty map", defaults.emit("d_m", defaults.check("m", f, structs), decls, {}),
       "{INFEXT__D_MAP, 0, {.strings = NULL}}")
expect("empty map arrays", decls, [])
for kind, text, init in (("int64", "-9007199254740993", "{INFEXT__D_INT, 0, {.i = INT64_C(-9007199254740993)}}"),
                         ("bool", "false", "{INFEXT__D_BOOL, 0, {.b = false}}"),
                         ("double", "0.8", "{INFEXT__D_DOUBLE, 0, {.d = 0.8}}"),
                         ("double", "1e-07", "{INFEXT__D_DOUBLE, 0, {.d = 1e-07}}")):
    tree = defaults.typed("x", kind, "", defaults.parse("x", text), structs)
    expect(f"{kind} {text} renders as its text", defaults.render(tree), text)
    expect(f"{kind} {text} initializer", defaults.emit("d", tree, [], {}), init)

# The same doubles and texts as test_default.c's test_typed_values.
for x, text in ((0.8, "0.8"), (0.1 + 0.2, "0.30000000000000004"), (1e-7, "1e-07"), (100.0, "100"),
                (-2.5e300, "-2.5e+300"), (0.0, "0"), (1e16, "10000000000000000"), (1e17, "1e+17"),
                (0.0001, "0.0001"), (123456.789, "123456.789")):
    expect(f"double {x!r}", defaults.shortest_double(x), text)

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"ok: {n} schema defaults, {len(REFUSED)} refusals")
