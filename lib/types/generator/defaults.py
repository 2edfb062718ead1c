"""Schema defaults as typed constant data.

schema.yaml writes a field's `default` as JSON text. check() parses it and
checks it against the field's type (a default that does not fit is refused
here, at generation time, so the library never meets one), and emit() writes
it as static const infext__default_value data (lib/types/schema.h) for the
one copy routine in lib/convert/default.c. infext_explain prints a default
by rendering that data (lib/types/explain.c); the text in the schema must be
that rendering, so the schema, the tables and explain say the same thing.
"""
import json

from model import c_string

INT_RANGE = {"int32": (-2 ** 31, 2 ** 31 - 1), "int64": (-2 ** 63, 2 ** 63 - 1)}


class Pairs(list):
    """A JSON object as its (key, value) pairs, in the order of the text."""


def parse(where, text):
    if not isinstance(text, str):
        raise SystemExit(f"{where}: default: write the value as JSON text in a YAML string, e.g. '\"x\"'")
    try:
        return json.loads(text, object_pairs_hook=Pairs)
    except json.JSONDecodeError as e:
        raise SystemExit(f"{where}: default is not JSON text: {e}")


def typed(where, kind, elem, value, structs):
    """The parsed default `value` for a field of type kind[:elem] as a
    (tag, payload) tree; SystemExit with the path when it does not fit."""
    def refuse(need):
        raise SystemExit(f"{where}: the default does not fit the type {kind}{':' + elem if elem else ''}: {need}")

    if kind in ("string", "quantity"):
        if not isinstance(value, str):
            refuse("a string is needed")
        return ("STRING", value)
    if kind in INT_RANGE:
        if isinstance(value, bool) or not isinstance(value, int):
            refuse("an integer is needed")
        lo, hi = INT_RANGE[kind]
        if not lo <= value <= hi:
            refuse(f"it is out of the range {lo} to {hi}")
        return ("INT", value)
    if kind == "bool":
        if not isinstance(value, bool):
            refuse("true or false is needed")
        return ("BOOL", value)
    if kind == "double":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            refuse("a number is needed")
        return ("DOUBLE", float(value))
    if kind == "object":
        if not isinstance(value, Pairs):
            refuse("an object is needed")
        s = structs[elem]
        members, seen = [], set()
        for key, v in value:
            f = next((f for f in s.fields if f.json == key), None) or \
                next((f for f in s.fields if f.spec.get("alias") == key), None)
            if f is None:
                refuse(f"{elem} has no field {key}")
            if f.index in seen:
                refuse(f"it sets {elem}.{f.json} twice")
            seen.add(f.index)
            members.append((f, typed(f"{where}.{key}", f.kind, f.elem, v, structs)))
        return ("OBJECT", members)
    if kind == "list":
        if not isinstance(value, list) or isinstance(value, Pairs):
            refuse("an array of objects is needed")
        return ("LIST", [typed(f"{where}[{i}]", "object", elem, v, structs) for i, v in enumerate(value)])
    if kind == "strlist":
        if not isinstance(value, list) or isinstance(value, Pairs) or not all(isinstance(v, str) for v in value):
            refuse("an array of strings is needed")
        return ("STRLIST", list(value))
    if kind == "map":
        if not isinstance(value, Pairs) or not all(isinstance(v, str) for _, v in value):
            refuse("an object of strings is needed")
        if len({k for k, _ in value}) != len(value):
            refuse("a key is given twice")
        return ("MAP", list(value))
    refuse("a field of this type takes no default")


def shortest_double(x):
    """x as explain prints it (lib/types/default_value.c): the fewest
    significant digits that read back as x, fixed notation for a decimal
    exponent from -4 to 16, exponent notation beyond."""
    digits = next((p for p in range(1, 17) if float("%.*e" % (p - 1, x)) == x), 17)
    exponent = int(("%.*e" % (digits - 1, x)).split("e")[1])
    if -4 <= exponent < 17 and exponent + 1 > digits:
        digits = exponent + 1
    return "%.*g" % (digits, x)


def render(tree):
    """The default as infext_explain prints it: compact JSON, members in
    the schema's order."""
    tag, v = tree
    text = lambda s: json.dumps(s, ensure_ascii=False)
    if tag == "STRING":
        return text(v)
    if tag == "INT":
        return str(v)
    if tag == "BOOL":
        return "true" if v else "false"
    if tag == "DOUBLE":
        return shortest_double(v)
    if tag == "OBJECT":
        return "{" + ",".join(text(f.json) + ":" + render(t) for f, t in v) + "}"
    if tag == "LIST":
        return "[" + ",".join(render(t) for t in v) + "]"
    if tag == "STRLIST":
        return "[" + ",".join(text(s) for s in v) + "]"
    return "{" + ",".join(text(k) + ":" + text(s) for k, s in v) + "}"


def check(where, field, structs):
    """The typed default of `field` (a model.Field), or None when it has none."""
    if "default" not in field.spec:
        return None
    text = field.spec["default"]
    tree = typed(where, field.kind, field.elem, parse(where, text), structs)
    canonical = render(tree)
    if canonical != text:
        raise SystemExit(f"{where}: write the default as {canonical} (compact JSON, as infext explain prints it)")
    return tree


def emit(name, tree, decls, arrays):
    """A C initializer of infext__default_value for `tree`; the arrays it
    points to are appended to decls, named after `name` (an array gets
    `__m`, `__i` or `__s`, a member `_<field>`, an item `_<index>`). An
    array equal to one already in `arrays` (type and items -> name, shared
    by the whole file) is not written again: that one is used."""
    tag, v = tree

    def array(suffix, ctype, items):
        if not items:
            return "NULL"
        if (ctype, tuple(items)) in arrays:
            return arrays[(ctype, tuple(items))]
        arrays[(ctype, tuple(items))] = f"{name}__{suffix}"
        decls.append(f"static const {ctype} {name}__{suffix}[] = {{\n" +
                     "".join(f"    {i},\n" for i in items) + "};\n")
        return f"{name}__{suffix}"

    def value(member, init, length=0):
        return f"{{INFEXT__D_{tag}, {length}, {{.{member} = {init}}}}}"

    if tag == "STRING":
        return value("s", c_string(v))
    if tag == "INT":
        return value("i", f"INT64_C({v})")
    if tag == "BOOL":
        return value("b", "true" if v else "false")
    if tag == "DOUBLE":
        return value("d", repr(v))
    if tag == "OBJECT":
        members = [f"{{{f.index}, {emit(f'{name}_{f.c}', t, decls, arrays)}}}" for f, t in v]
        return value("members", array("m", "infext__default_member", members), len(v))
    if tag == "LIST":
        items = [emit(f"{name}_{i}", t, decls, arrays) for i, t in enumerate(v)]
        return value("items", array("i", "infext__default_value", items), len(v))
    strings = v if tag == "STRLIST" else [x for kv in v for x in kv]
    return value("strings", array("s", "char *const", [c_string(x) for x in strings]), len(v))
