"""The schema model of the generator: lib/types/schema.yaml loaded into
structs and fields, checked, with the bundle and dialect masks resolved, and
the naming helpers every emitter shares."""
import json
import os
import re

import yaml

BANNER = ("/* GENERATED FILE - do not edit.\n"
          " * Produced by lib/types/generator/generate.py from lib/types/schema.yaml;\n"
          " * regenerate with `cmake --build build --target generate`. */\n")

SCALAR_C = {
    "string": "const char *",
    "quantity": "const char *",
    "int32": "int32_t ",
    "int64": "int64_t ",
    "bool": "bool ",
    "double": "double ",
}
FTYPE = {
    "string": "INFEXT__F_STRING", "int32": "INFEXT__F_INT32", "int64": "INFEXT__F_INT64",
    "bool": "INFEXT__F_BOOL", "double": "INFEXT__F_DOUBLE", "quantity": "INFEXT__F_QUANTITY",
    "object": "INFEXT__F_OBJECT", "list": "INFEXT__F_LIST", "strlist": "INFEXT__F_STRLIST",
    "map": "INFEXT__F_MAP", "raw": "INFEXT__F_RAW",
}


def snake(name):
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    return s.lower()


def c_string(s):
    return json.dumps(s)


class Field:
    def __init__(self, spec, index):
        self.spec = spec
        self.json = spec["json"]
        self.c = snake(self.json)
        self.member = self.c + "_" if self.c in ("continue", "default") else self.c
        t = spec["type"]
        self.kind, _, self.elem = t.partition(":")
        self.index = index
        self.doc = spec.get("doc", "")
        self.required = bool(spec.get("required"))
        self.bundles = 0        # mask of the bundles that have the field (set by load)
        self.required_in = 0    # mask of the bundles that require it
        self.dialects = 0       # mask of the EndpointPickerConfig dialects defining it
        self.integer_in = 0     # mask of the dialects in which it is an integer


class Struct:
    def __init__(self, name, spec):
        self.name = name
        self.spec = spec
        self.c = spec["c"]
        self.type = "infext_" + self.c
        self.doc = spec.get("doc", "")
        self.fields = [Field(f, i) for i, f in enumerate(spec["fields"])]
        self.kind = spec.get("kind")
        if len(self.fields) > 64:
            raise SystemExit(f"{name}: more than 64 fields")


def bundle_mask(where, spec, bundles):
    """Mask of the bundles from spec's `since` (first bundle having it) to its
    `until` (last one); every bundle when neither is given. Bit i = bundle i."""
    names = [b["name"] for b in bundles]
    first, last = 0, len(names) - 1
    for key in ("since", "until"):
        if key in spec:
            if spec[key] not in names:
                raise SystemExit(f"{where}: {key}: unknown bundle {spec[key]}")
            if key == "since":
                first = names.index(spec[key])
            else:
                last = names.index(spec[key])
    if first > last:
        raise SystemExit(f"{where}: since is after until")
    return sum(1 << i for i in range(first, last + 1))


def load(root):
    with open(os.path.join(root, "lib/types/schema.yaml")) as f:
        schema = yaml.safe_load(f)
    bundles = schema["bundles"]
    if len(bundles) > 8:
        raise SystemExit("more than 8 bundles: widen the masks of infext__field")
    structs = {n: Struct(n, s) for n, s in schema["structs"].items()}
    dialects = [d["name"] for d in schema.get("epcDialects", [])]
    if len(dialects) > 8:
        raise SystemExit("more than 8 EndpointPickerConfig dialects: widen infext__field.dialects")
    for row in schema.get("epcPluginTypes", []):
        for d in row:
            if d not in dialects:
                raise SystemExit(f"epcPluginTypes: unknown dialect {d}")
    ids = {}
    for s in structs.values():
        if s.kind:
            if not isinstance(s.kind.get("id"), int) or s.kind["id"] < 1:
                raise SystemExit(f"{s.name}: a kind needs `id:`, a positive number never used before")
            if s.kind["id"] in ids:
                raise SystemExit(f"{s.name}: kind id {s.kind['id']} is already {ids[s.kind['id']]}'s")
            ids[s.kind["id"]] = s.name
            s.bundles = bundle_mask(s.name, s.kind, bundles)
        for f in s.fields:
            if f.elem and f.elem not in structs:
                raise SystemExit(f"{s.name}.{f.json}: unknown struct {f.elem}")
            where = f"{s.name}.{f.json}"
            f.bundles = bundle_mask(where, f.spec, bundles)
            req = f.spec.get("required")
            if isinstance(req, dict):
                f.required_in = bundle_mask(where + ".required", req, bundles) & f.bundles
            elif req:
                f.required_in = f.bundles
            f.dialects = (1 << len(dialects)) - 1
            if "dialects" in f.spec:
                f.dialects = 0
                for d in f.spec["dialects"]:
                    if d not in dialects:
                        raise SystemExit(f"{where}: dialects: unknown dialect {d}")
                    f.dialects |= 1 << dialects.index(d)
            for d in f.spec.get("integerIn", []):
                if d not in dialects:
                    raise SystemExit(f"{where}: integerIn: unknown dialect {d}")
                f.integer_in |= 1 << dialects.index(d)
    return schema, structs


def bundle_enum_name(b):
    return "INFEXT_BUNDLE_" + b["name"].upper().replace(".", "_")


def dialect_enum_name(name):
    return "INFEXT_EPC_DIALECT_" + re.sub(r"[^A-Za-z0-9]", "_", name).upper()


def kind_enum_name(s):
    return "INFEXT_KIND_" + s.c.upper()
