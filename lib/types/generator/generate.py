#!/usr/bin/env python3
"""Generate libinfext's typed object model from lib/types/schema.yaml.

Writes (all bannered as generated; never edit them by hand):
  include/infext/types.h            public typedefs, kind enum, accessor declarations
  lib/types/generated/types_gen.h   struct layouts (private)
  lib/types/generated/types_gen.c   descriptor tables and accessor definitions
  lib/codec/generated/codec_gen.c   typed decode/encode entry points per kind
  lib/infext.map                    linker version script: every INFEXT_API
                                    function declared in include/infext/*.h

--check compares instead of writing and exits 1 when anything differs.
"""
import argparse
import json
import os
import re
import sys

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
TYPE_WORDS = {
    "string": "a string", "quantity": "a Kubernetes quantity kept as text",
    "int32": "a 32-bit integer", "int64": "a 64-bit integer", "bool": "a boolean",
    "double": "a number",
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
        if self.c in ("default", "continue", "type" "_"):
            pass
        self.member = self.c + "_" if self.c in ("continue", "default") else self.c
        t = spec["type"]
        self.kind, _, self.elem = t.partition(":")
        self.index = index
        self.doc = spec.get("doc", "")
        self.required = bool(spec.get("required"))
        self.bundles = 0        # mask of the bundles that have the field (set by load)
        self.required_in = 0    # mask of the bundles that require it
        self.dialects = 0       # mask of the EndpointPickerConfig dialects defining it


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
    return schema, structs


def bundle_enum_name(b):
    return "INFEXT_BUNDLE_" + b["name"].upper().replace(".", "_")


def dialect_enum_name(name):
    return "INFEXT_EPC_DIALECT_" + re.sub(r"[^A-Za-z0-9]", "_", name).upper()


def kind_enum_name(s):
    return "INFEXT_KIND_" + s.c.upper()


# ---------------------------------------------------------------- public --
def gen_public(schema, structs):
    out = [BANNER, "/**\n * @file types.h\n * @brief Typed objects of every kind: opaque types and their accessors.\n *\n"
           " * Conventions for every accessor below (see docs/object-model.md):\n"
           " * - Objects are opaque and live in the arena of their root object; every\n"
           " *   pointer a getter returns is borrowed and stays valid until the root is\n"
           " *   freed (or, for list items, until the item is removed).\n"
           " * - String getters return NULL when the field is absent; setters copy the\n"
           " *   string into the root's arena, and a NULL value clears the field.\n"
           " * - Scalar getters return true and write *out when the field is present.\n"
           " * - Functions returning #infext_status give INFEXT_EINVAL for a NULL object\n"
           " *   or an out-of-range index and INFEXT_ENOMEM when memory runs out.\n"
           " * - Thread-safety: distinct objects may be used from distinct threads; one\n"
           " *   object tree may be read from many threads at once but written by one\n"
           " *   thread only, with no concurrent reader.\n */\n",
           "#ifndef INFEXT_TYPES_H\n#define INFEXT_TYPES_H\n\n#include \"infext/common.h\"\n\n",
           "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n"]
    out.append("/** Every kind the library knows; values are stable (the schema's `id`). */\n")
    out.append("typedef enum infext_kind {\n    INFEXT_KIND_NONE = 0, /**< not a kind */\n")
    for s in sorted((s for s in structs.values() if s.kind), key=lambda s: s.kind["id"]):
        out.append(f"    {kind_enum_name(s)} = {s.kind['id']}, /**< {s.kind['apiVersion']} {s.kind['kind']} */\n")
    out.append("} infext_kind;\n\n")
    out.append("/**\n * The CRD bundles validation and defaulting can judge by (see\n"
               " * docs/validation.md); values are stable, a later bundle gets the next one.\n */\n")
    out.append("typedef enum infext_bundle {\n"
               "    INFEXT_BUNDLE_NEWEST = 0, /**< the newest bundle this library knows */\n")
    for i, b in enumerate(schema["bundles"]):
        out.append(f"    {bundle_enum_name(b)} = {i + 1}, /**< {b['title']} */\n")
    out.append("} infext_bundle;\n\n")
    out.append("/**\n * The dialects an EndpointPickerConfig can be written in (see infext/epc.h\n"
               " * and docs/epp-config.md); values are stable, a later dialect gets the next one.\n */\n")
    out.append("typedef enum infext_epc_dialect {\n"
               "    INFEXT_EPC_DIALECT_UNKNOWN = 0, /**< not known, or not one dialect */\n")
    for i, d in enumerate(schema.get("epcDialects", [])):
        out.append(f"    {dialect_enum_name(d['name'])} = {i + 1}, /**< {d['name']}: {d['title']} */\n")
    out.append("} infext_epc_dialect;\n\n")
    out.append("/** Options of the decoders; see infext/codec.h. */\n"
               "typedef struct infext_decode_options infext_decode_options;\n"
               "/** Options of the encoders; see infext/codec.h. */\n"
               "typedef struct infext_encode_options infext_encode_options;\n"
               "/** A root object of any kind; see infext/object.h. */\n"
               "typedef struct infext_object infext_object;\n\n")
    for s in structs.values():
        out.append(f"/** {s.doc} */\ntypedef struct {s.type} {s.type};\n")
    out.append("\n")
    for s in structs.values():
        out.extend(gen_public_struct(s, structs))
    out.append("#ifdef __cplusplus\n}\n#endif\n\n#endif /* INFEXT_TYPES_H */\n")
    return "".join(out)


def decl(doc, sig):
    return f"/**\n{doc}\n */\nINFEXT_API {sig};\n"


def doc_lines(*lines):
    return "\n".join(" * " + l if l else " *" for l in lines)


def gen_public_struct(s, structs):
    t, p = s.type, s.type
    out = [f"/** @name {s.name}\n * {s.doc}\n * @{{ */\n"]
    if s.kind:
        k = s.kind
        what = f"{k['apiVersion']} {k['kind']}"
        out.append(decl(doc_lines(f"Create an empty {what}.",
                                  "@param[out] out receives the new root object, owned by the caller",
                                  f"           (release it with {p}_free()).",
                                  "@return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe."),
                        f"infext_status {p}_new({t} **out)"))
        out.append(decl(doc_lines(f"Free a {what} and everything it owns.",
                                  "NULL is a no-op, and so is an object that is not a root (an item",
                                  "of a List object belongs to the List)."),
                        f"void {p}_free({t} *obj)"))
        out.append(decl(doc_lines("Deep-copy an object into a new root.",
                                  f"@param[out] out receives the copy, owned by the caller ({p}_free()).",
                                  "@return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM."),
                        f"infext_status {p}_clone({t} **out, const {t} *obj)"))
        out.append(decl(doc_lines(f"Decode one {what} from JSON or YAML text.",
                                  "@param[out] out receives the object, owned by the caller; NULL on error.",
                                  "@param data,len the text; need not be NUL-terminated.",
                                  "@param opts decoder options, or NULL for the defaults.",
                                  "@param diags receives the reasons of a failure; may be NULL.",
                                  "@return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,",
                                  "        INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),",
                                  "        INFEXT_EINVAL, INFEXT_ENOMEM."),
                        f"infext_status {p}_decode({t} **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)"))
        out.append(decl(doc_lines("Encode an object as JSON or YAML.",
                                  "@param[out] out receives NUL-terminated text owned by the caller",
                                  "           (infext_free()).",
                                  "@param[out] out_len receives the length without the NUL; may be NULL.",
                                  "@param opts encoder options, or NULL for compact JSON.",
                                  "@return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM."),
                        f"infext_status {p}_encode(char **out, size_t *out_len, const {t} *obj, const infext_encode_options *opts)"))
        out.append(decl(doc_lines("View the object through the generic handle (no copy).",
                                  "@return the same object as an #infext_object, borrowed; NULL for NULL."),
                        f"infext_object *{p}_as_object({t} *obj)"))
        out.append(decl(doc_lines(f"Checked down-cast of a generic handle to a {what}.",
                                  "@return the same object, borrowed, or NULL when @p obj is NULL or of",
                                  "        another kind."),
                        f"{t} *infext_object_as_{s.c}(infext_object *obj)"))
    out.append(decl(doc_lines("Deep equality: same fields present with equal values, same map",
                              "entries in any order, same preserved unknown members.",
                              "@return true when equal; two NULLs are equal. Thread-safe for readers."),
                    f"bool {p}_equal(const {t} *a, const {t} *b)"))
    for f in s.fields:
        out.extend(gen_public_field(s, f, structs))
    out.append("/** @} */\n\n")
    return out


def gen_public_field(s, f, structs):
    t, p = s.type, s.type
    path = f"`{f.json}`"
    req = " Required by the schema." if f.required else ""
    if isinstance(f.spec.get("required"), dict):
        req = f" Required by the schema until bundle {f.spec['required']['until']}."
    if "since" in f.spec or "until" in f.spec:
        req += f" In bundles {f.spec.get('since', 'v1.2.0')} to {f.spec.get('until', 'the newest')}."
    out = []
    has = decl(doc_lines(f"Whether {path} is present. @return false for NULL."),
               f"bool {p}_has_{f.c}(const {t} *obj)")
    clear = decl(doc_lines(f"Remove {path}; its memory stays in the arena until the root is freed.",
                           "NULL is a no-op."),
                 f"void {p}_clear_{f.c}({t} *obj)")
    if f.kind in ("string", "quantity"):
        out.append(decl(doc_lines(f"{f.doc}{req}",
                                  f"@return {path} as a borrowed string, or NULL when absent."),
                        f"const char *{p}_get_{f.c}(const {t} *obj)"))
        out.append(decl(doc_lines(f"Set {path} to a copy of @p value ({TYPE_WORDS[f.kind]}).",
                                  "@param value NUL-terminated UTF-8, or NULL to clear the field.",
                                  "@return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM."),
                        f"infext_status {p}_set_{f.c}({t} *obj, const char *value)"))
        out.append(has)
        out.append(clear)
    elif f.kind in ("int32", "int64", "bool", "double"):
        ct = SCALAR_C[f.kind].strip()
        out.append(decl(doc_lines(f"{f.doc}{req}",
                                  f"@param[out] out receives {path} when present.",
                                  "@return true when present, false when absent (or NULL arguments)."),
                        f"bool {p}_get_{f.c}({ct} *out, const {t} *obj)"))
        out.append(decl(doc_lines(f"Set {path} ({TYPE_WORDS[f.kind]}) and mark it present.",
                                  "@return INFEXT_OK, or INFEXT_EINVAL for NULL."),
                        f"infext_status {p}_set_{f.c}({t} *obj, {ct} value)"))
        out.append(has)
        out.append(clear)
    elif f.kind == "object":
        et = structs[f.elem].type
        out.append(decl(doc_lines(f"{f.doc}{req}",
                                  f"@return {path}, borrowed from the root, or NULL when absent."),
                        f"{et} *{p}_get_{f.c}(const {t} *obj)"))
        out.append(decl(doc_lines(f"Get {path}, creating it empty when absent.",
                                  "@param[out] out receives the borrowed sub-object.",
                                  "@return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM."),
                        f"infext_status {p}_ensure_{f.c}({et} **out, {t} *obj)"))
        out.append(has)
        out.append(clear)
    elif f.kind == "list":
        et = structs[f.elem].type
        out.append(decl(doc_lines(f"Number of items of {path} ({f.doc}) 0 when absent."),
                        f"size_t {p}_{f.c}_count(const {t} *obj)"))
        out.append(decl(doc_lines(f"Item @p index of {path}.",
                                  "@return the borrowed item, or NULL when out of range."),
                        f"{et} *{p}_{f.c}_at(const {t} *obj, size_t index)"))
        out.append(decl(doc_lines(f"Append a new empty item to {path} (marking the list present).",
                                  "@param[out] out receives the borrowed new item; may be NULL.",
                                  "@return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM."),
                        f"infext_status {p}_{f.c}_append({et} **out, {t} *obj)"))
        out.append(decl(doc_lines(f"Insert a new empty item into {path} before position @p index",
                                  "(index == count appends).",
                                  "@param[out] out receives the borrowed new item; may be NULL.",
                                  "@return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM."),
                        f"infext_status {p}_{f.c}_insert({et} **out, {t} *obj, size_t index)"))
        out.append(decl(doc_lines(f"Remove item @p index of {path}; pointers to it become invalid",
                                  "for use through the list (the memory stays in the arena).",
                                  "@return INFEXT_OK, INFEXT_EINVAL when out of range."),
                        f"infext_status {p}_{f.c}_remove({t} *obj, size_t index)"))
        out.append(has)
        out.append(clear)
    elif f.kind == "strlist":
        out.append(decl(doc_lines(f"Number of strings in {path} ({f.doc}) 0 when absent."),
                        f"size_t {p}_{f.c}_count(const {t} *obj)"))
        out.append(decl(doc_lines(f"String @p index of {path}.",
                                  "@return a borrowed string, or NULL when out of range."),
                        f"const char *{p}_{f.c}_at(const {t} *obj, size_t index)"))
        out.append(decl(doc_lines(f"Append a copy of @p value to {path}.",
                                  "@return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM."),
                        f"infext_status {p}_{f.c}_append({t} *obj, const char *value)"))
        out.append(decl(doc_lines(f"Insert a copy of @p value into {path} before @p index.",
                                  "@return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM."),
                        f"infext_status {p}_{f.c}_insert({t} *obj, size_t index, const char *value)"))
        out.append(decl(doc_lines(f"Remove string @p index of {path}.",
                                  "@return INFEXT_OK, INFEXT_EINVAL when out of range."),
                        f"infext_status {p}_{f.c}_remove({t} *obj, size_t index)"))
        out.append(has)
        out.append(clear)
    elif f.kind == "map":
        out.append(decl(doc_lines(f"Value of @p key in {path} ({f.doc})",
                                  "@return a borrowed string, or NULL when the key is absent."),
                        f"const char *{p}_{f.c}_get(const {t} *obj, const char *key)"))
        out.append(decl(doc_lines(f"Set @p key of {path} to a copy of @p value, replacing an existing",
                                  "entry in place or appending a new one.",
                                  "@return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM."),
                        f"infext_status {p}_{f.c}_set({t} *obj, const char *key, const char *value)"))
        out.append(decl(doc_lines(f"Remove @p key from {path}.",
                                  "@return INFEXT_OK, INFEXT_ENOTFOUND, INFEXT_EINVAL."),
                        f"infext_status {p}_{f.c}_remove({t} *obj, const char *key)"))
        out.append(decl(doc_lines(f"Number of entries of {path}; 0 when absent."),
                        f"size_t {p}_{f.c}_count(const {t} *obj)"))
        out.append(decl(doc_lines(f"Entry @p index of {path}, in insertion order (for iteration).",
                                  "@param[out] key,value receive borrowed strings; either may be NULL.",
                                  "@return INFEXT_OK, INFEXT_EINVAL when out of range."),
                        f"infext_status {p}_{f.c}_at(const char **key, const char **value, const {t} *obj, size_t index)"))
        out.append(has)
        out.append(clear)
    elif f.kind == "raw":
        out.append(decl(doc_lines(f"{f.doc}",
                                  f"@param[out] out receives {path} as compact JSON text owned by the",
                                  "           caller (infext_free()), or NULL when absent.",
                                  "@return INFEXT_OK, INFEXT_ENOTFOUND when absent, INFEXT_EINVAL, INFEXT_ENOMEM."),
                        f"infext_status {p}_get_{f.c}_json(char **out, const {t} *obj)"))
        out.append(decl(doc_lines(f"Set {path} from JSON text (any JSON value); NULL clears it.",
                                  "@return INFEXT_OK, INFEXT_EPARSE for text that is not JSON,",
                                  "        INFEXT_EINVAL, INFEXT_ENOMEM."),
                        f"infext_status {p}_set_{f.c}_json({t} *obj, const char *json)"))
        out.append(has)
        out.append(clear)
    else:
        raise SystemExit(f"unknown field type {f.kind}")
    return out


# --------------------------------------------------------------- private --
def gen_private_h(schema, structs):
    out = [BANNER, "#ifndef INFEXT_TYPES_GEN_H\n#define INFEXT_TYPES_GEN_H\n\n#include \"types/schema.h\"\n\n"]
    for s in structs.values():
        out.append(f"struct {s.type} {{\n    infext__hdr hdr;\n")
        for f in s.fields:
            if f.kind in SCALAR_C:
                out.append(f"    {SCALAR_C[f.kind]}{f.member};\n")
            elif f.kind == "object":
                out.append(f"    {structs[f.elem].type} *{f.member};\n")
            elif f.kind in ("list", "strlist"):
                out.append(f"    infext__list {f.member};\n")
            elif f.kind == "map":
                out.append(f"    infext__map {f.member};\n")
            elif f.kind == "raw":
                out.append(f"    infext__value *{f.member};\n")
        out.append("};\n\n")
    for s in structs.values():
        out.append(f"extern const infext__struct_desc infext__desc_{s.c};\n")
    for s in structs.values():
        for f in s.fields:
            out.append(f"#define INFEXT__FIELD_{s.c.upper()}_{f.c.upper()} (&infext__desc_{s.c}.fields[{f.index}])\n")
    n = len(schema.get("epcDialects", []))
    out.append(f"\n/* EndpointPickerConfig dialects (schema.yaml epcDialects, epcPluginTypes). */\n"
               f"#define INFEXT__N_EPC_DIALECTS {n}\n"
               "extern const infext__epc_dialect_desc infext__epc_dialects[];\n"
               "extern const size_t infext__n_epc_dialects;\n"
               f"extern const char *const infext__epc_plugin_types[][{max(n, 1)}];\n"
               "extern const size_t infext__n_epc_plugin_types;\n")
    out.append("\n#endif\n")
    return "".join(out)


def constraints_c(name, spec, patterns, extra_decls):
    flags = []
    vals = {}
    if spec.get("required"):
        flags.append("INFEXT__C_REQUIRED")
    for key, flag, member in (("minimum", "MINIMUM", "minimum"), ("maximum", "MAXIMUM", "maximum"),
                              ("minLength", "MIN_LENGTH", "min_length"), ("maxLength", "MAX_LENGTH", "max_length"),
                              ("minItems", "MIN_ITEMS", "min_items"), ("maxItems", "MAX_ITEMS", "max_items"),
                              ("minProperties", "MIN_PROPS", "min_props"), ("maxProperties", "MAX_PROPS", "max_props")):
        if key in spec:
            flags.append("INFEXT__C_" + flag)
            vals[member] = str(spec[key])
    enum_ref = "NULL"
    if "enum" in spec:
        extra_decls.append(f"static const char *const {name}_enum[] = {{{', '.join(c_string(str(v)) for v in spec['enum'])}, NULL}};\n")
        enum_ref = f"{name}_enum"
    pat = -1
    if "pattern" in spec:
        pat = list(patterns).index(spec["pattern"])
    value_ref = "NULL"
    if "value" in spec:
        constraints_c(name + "_value", spec["value"], patterns, extra_decls)
        value_ref = f"&{name}_value"
    default = spec.get("default")
    if default is not None:
        json.loads(default)  # must be valid JSON text
    has_any = flags or enum_ref != "NULL" or pat >= 0 or value_ref != "NULL" or default is not None \
        or "format" in spec or "listMapKey" in spec
    if not has_any:
        return None
    body = (f"static const infext__constraints {name} = {{\n"
            f"    .flags = {' | '.join(flags) if flags else '0'},\n")
    for member, v in vals.items():
        body += f"    .{member} = {v},\n"
    body += f"    .enum_values = {enum_ref},\n    .pattern = {pat},\n"
    body += f"    .format = {c_string(spec['format']) if 'format' in spec else 'NULL'},\n"
    body += f"    .list_map_key = {c_string(spec['listMapKey']) if 'listMapKey' in spec else 'NULL'},\n"
    body += f"    .default_json = {c_string(default) if default is not None else 'NULL'},\n"
    body += f"    .value = {value_ref},\n}};\n"
    extra_decls.append(body)
    return f"&{name}"


def gen_private_c(schema, structs):
    patterns = schema["patterns"]
    out = [BANNER, "#include \"types/generated/types_gen.h\"\n\n#include <stddef.h>\n#include <string.h>\n\n"]
    out.append("const char *const infext__patterns[] = {\n")
    for n, p in patterns.items():
        out.append(f"    {c_string(p)}, /* {n} */\n")
    out.append("};\nconst char *const infext__pattern_names[] = {\n")
    for n in patterns:
        out.append(f"    {c_string(n)},\n")
    out.append(f"}};\nconst size_t infext__n_patterns = {len(patterns)};\n\n")
    # constraints
    cons = {}
    for s in structs.values():
        for f in s.fields:
            decls = []
            ref = constraints_c(f"c_{s.c}_{f.c}", f.spec, patterns, decls)
            out.extend(decls)
            cons[(s.name, f.json)] = ref or "NULL"
    out.append("\n")
    # forward kind descs
    kinds = [s for s in structs.values() if s.kind]
    for s in structs.values():
        out.append(f"extern const infext__struct_desc infext__desc_{s.c};\n")
    out.append("\n")
    for s in structs.values():
        out.append(f"static const infext__field fields_{s.c}[] = {{\n")
        for f in s.fields:
            elem = f"&infext__desc_{structs[f.elem].c}" if f.elem else "NULL"
            alias = c_string(f.spec["alias"]) if "alias" in f.spec else "NULL"
            out.append(f"    {{{c_string(f.json)}, {alias}, {c_string(f.doc)}, {len(f.json)}, {FTYPE[f.kind]}, {f.index}, "
                       f"offsetof(struct {s.type}, {f.member}), {elem}, {cons[(s.name, f.json)]}, "
                       f"0x{f.bundles:02x}, 0x{f.required_in:02x}, 0x{f.dialects:02x}}},\n")
        out.append("};\n")
    out.append("\n")
    kind_index = {s.name: i for i, s in enumerate(kinds)}
    for s in structs.values():
        kref = f"&infext__kinds[{kind_index[s.name]}]" if s.kind else "NULL"
        out.append(f"const infext__struct_desc infext__desc_{s.c} = {{{c_string(s.name)}, {c_string(s.c)}, {c_string(s.doc)}, "
                   f"sizeof(struct {s.type}), fields_{s.c}, {len(s.fields)}, {kref}}};\n")
    out.append("\nconst infext__kind_desc infext__kinds[] = {\n")
    for s in kinds:
        k = s.kind
        list_of = "NULL"
        if s.name.endswith("List"):
            items = [f for f in s.fields if f.json == "items"][0]
            list_of = f"&infext__desc_{structs[items.elem].c}"
        list_kind = f"&infext__kinds[{kind_index[k['list']]}]" if "list" in k else "NULL"
        unknown = "INFEXT__UNKNOWN_STRICT" if k.get("unknown") == "strict" else "INFEXT__UNKNOWN_PRESERVE"
        has_meta = "0" if k.get("metadata") is False else "1"
        out.append(f"    {{{kind_enum_name(s)}, {c_string(k['apiVersion'])}, {c_string(k['kind'])}, &infext__desc_{s.c}, "
                   f"{list_of}, {list_kind}, {unknown}, {has_meta}, 0x{s.bundles:02x}}},\n")
    out.append(f"}};\nconst size_t infext__n_kinds = {len(kinds)};\n\n")
    out.append("const infext__bundle_desc infext__bundles[] = {\n")
    for i, b in enumerate(schema["bundles"]):
        out.append(f"    {{{bundle_enum_name(b)}, {c_string(b['name'])}, {c_string(b['title'])}, {c_string(b['changes'])}}},\n")
    out.append(f"}};\nconst size_t infext__n_bundles = {len(schema['bundles'])};\n\n")
    out.extend(gen_dialects_c(schema))
    # accessors
    for s in structs.values():
        out.extend(gen_accessors(s, structs))
    return "".join(out)


def c_strlist(items):
    return "{" + "".join(c_string(x) + ", " for x in items) + "NULL}"


def gen_dialects_c(schema):
    dialects = schema.get("epcDialects", [])
    names = [d["name"] for d in dialects]
    out = ["const infext__epc_dialect_desc infext__epc_dialects[] = {\n"]
    for d in dialects:
        out.append(f"    {{{dialect_enum_name(d['name'])}, {c_string(d['name'])}, {c_string(d['title'])},\n"
                   f"     {c_strlist(d['apiVersions'])},\n"
                   f"     {c_strlist(d.get('featureGates', []))},\n"
                   f"     {c_strlist(d.get('dropGates', []))}}},\n")
    out.append(f"}};\nconst size_t infext__n_epc_dialects = {len(dialects)};\n\n")
    rows = schema.get("epcPluginTypes", [])
    out.append(f"const char *const infext__epc_plugin_types[][INFEXT__N_EPC_DIALECTS] = {{\n")
    for row in rows:
        out.append("    {" + ", ".join(c_string(row[n]) if n in row else "NULL" for n in names) + "},\n")
    out.append(f"}};\nconst size_t infext__n_epc_plugin_types = {len(rows)};\n\n")
    return out


def gen_accessors(s, structs):
    t, p, c = s.type, s.type, s.c
    out = [f"/* ---- {s.name} ---- */\n"]
    if s.kind:
        out.append(f"INFEXT_API infext_status {p}_new({t} **out)\n{{\n    if (!out) return INFEXT_EINVAL;\n"
                   f"    *out = infext__root_new(&infext__desc_{c});\n    return *out ? INFEXT_OK : INFEXT_ENOMEM;\n}}\n\n")
        out.append(f"INFEXT_API void {p}_free({t} *obj) {{ infext__root_free(obj); }}\n\n")
        out.append(f"INFEXT_API infext_status {p}_clone({t} **out, const {t} *obj)\n{{\n"
                   f"    if (!out || !obj) return INFEXT_EINVAL;\n    *out = infext__root_clone(obj);\n"
                   f"    return *out ? INFEXT_OK : INFEXT_ENOMEM;\n}}\n\n")
        out.append(f"INFEXT_API infext_object *{p}_as_object({t} *obj) {{ return (infext_object *)obj; }}\n\n")
        out.append(f"INFEXT_API {t} *infext_object_as_{c}(infext_object *obj)\n{{\n"
                   f"    return obj && ((infext__hdr *)obj)->desc == &infext__desc_{c} ? ({t} *)obj : NULL;\n}}\n\n")
    out.append(f"INFEXT_API bool {p}_equal(const {t} *a, const {t} *b) {{ return infext__struct_equal(a, b); }}\n\n")
    for f in s.fields:
        F = f"INFEXT__FIELD_{c.upper()}_{f.c.upper()}"
        m = f.member
        out.append(f"INFEXT_API bool {p}_has_{f.c}(const {t} *obj) {{ return obj && infext__has(obj, {F}); }}\n")
        out.append(f"INFEXT_API void {p}_clear_{f.c}({t} *obj) {{ if (obj) infext__clear_field(obj, {F}); }}\n")
        if f.kind in ("string", "quantity"):
            out.append(f"INFEXT_API const char *{p}_get_{f.c}(const {t} *obj) {{ return obj ? obj->{m} : NULL; }}\n")
            out.append(f"INFEXT_API infext_status {p}_set_{f.c}({t} *obj, const char *value)\n"
                       f"{{\n    return infext__set_string(obj, {F}, value);\n}}\n")
        elif f.kind in ("int32", "int64", "bool", "double"):
            ct = SCALAR_C[f.kind].strip()
            out.append(f"INFEXT_API bool {p}_get_{f.c}({ct} *out, const {t} *obj)\n{{\n"
                       f"    if (!out || !obj || !infext__has(obj, {F})) return false;\n    *out = obj->{m};\n    return true;\n}}\n")
            out.append(f"INFEXT_API infext_status {p}_set_{f.c}({t} *obj, {ct} value)\n{{\n"
                       f"    if (!obj) return INFEXT_EINVAL;\n    obj->{m} = value;\n    infext__mark(obj, {F});\n    return INFEXT_OK;\n}}\n")
        elif f.kind == "object":
            et = structs[f.elem].type
            out.append(f"INFEXT_API {et} *{p}_get_{f.c}(const {t} *obj) {{ return obj ? obj->{m} : NULL; }}\n")
            out.append(f"INFEXT_API infext_status {p}_ensure_{f.c}({et} **out, {t} *obj)\n{{\n"
                       f"    return infext__ensure_object((void **)out, obj, {F});\n}}\n")
        elif f.kind == "list":
            et = structs[f.elem].type
            out.append(f"INFEXT_API size_t {p}_{f.c}_count(const {t} *obj) {{ return obj ? obj->{m}.len : 0; }}\n")
            out.append(f"INFEXT_API {et} *{p}_{f.c}_at(const {t} *obj, size_t index)\n{{\n"
                       f"    return obj && index < obj->{m}.len ? ({et} *)obj->{m}.items[index] : NULL;\n}}\n")
            out.append(f"INFEXT_API infext_status {p}_{f.c}_append({et} **out, {t} *obj)\n{{\n"
                       f"    return infext__list_insert((void **)out, obj, {F}, obj ? obj->{m}.len : 0);\n}}\n")
            out.append(f"INFEXT_API infext_status {p}_{f.c}_insert({et} **out, {t} *obj, size_t index)\n{{\n"
                       f"    return infext__list_insert((void **)out, obj, {F}, index);\n}}\n")
            out.append(f"INFEXT_API infext_status {p}_{f.c}_remove({t} *obj, size_t index)\n{{\n"
                       f"    return infext__list_remove(obj, {F}, index);\n}}\n")
        elif f.kind == "strlist":
            out.append(f"INFEXT_API size_t {p}_{f.c}_count(const {t} *obj) {{ return obj ? obj->{m}.len : 0; }}\n")
            out.append(f"INFEXT_API const char *{p}_{f.c}_at(const {t} *obj, size_t index)\n{{\n"
                       f"    return obj && index < obj->{m}.len ? (const char *)obj->{m}.items[index] : NULL;\n}}\n")
            out.append(f"INFEXT_API infext_status {p}_{f.c}_append({t} *obj, const char *value)\n{{\n"
                       f"    return infext__strlist_insert(obj, {F}, obj ? obj->{m}.len : 0, value);\n}}\n")
            out.append(f"INFEXT_API infext_status {p}_{f.c}_insert({t} *obj, size_t index, const char *value)\n{{\n"
                       f"    return infext__strlist_insert(obj, {F}, index, value);\n}}\n")
            out.append(f"INFEXT_API infext_status {p}_{f.c}_remove({t} *obj, size_t index)\n{{\n"
                       f"    return infext__list_remove(obj, {F}, index);\n}}\n")
        elif f.kind == "map":
            out.append(f"INFEXT_API const char *{p}_{f.c}_get(const {t} *obj, const char *key)\n{{\n"
                       f"    return infext__map_get(obj, {F}, key);\n}}\n")
            out.append(f"INFEXT_API infext_status {p}_{f.c}_set({t} *obj, const char *key, const char *value)\n{{\n"
                       f"    return infext__map_set(obj, {F}, key, value);\n}}\n")
            out.append(f"INFEXT_API infext_status {p}_{f.c}_remove({t} *obj, const char *key)\n{{\n"
                       f"    return infext__map_remove(obj, {F}, key);\n}}\n")
            out.append(f"INFEXT_API size_t {p}_{f.c}_count(const {t} *obj) {{ return obj ? obj->{m}.len : 0; }}\n")
            out.append(f"INFEXT_API infext_status {p}_{f.c}_at(const char **key, const char **value, const {t} *obj, size_t index)\n{{\n"
                       f"    return infext__map_at(key, value, obj, {F}, index);\n}}\n")
        out.append("\n")
    return out


def gen_codec_c(structs):
    out = [BANNER, "#include \"codec/decode.h\"\n#include \"types/generated/types_gen.h\"\n\n"]
    for s in structs.values():
        t, p = s.type, s.type
        for f in s.fields:
            if f.kind != "raw":
                continue
            F = f"INFEXT__FIELD_{s.c.upper()}_{f.c.upper()}"
            out.append(f"INFEXT_API infext_status {p}_get_{f.c}_json(char **out, const {t} *obj)\n{{\n"
                       f"    return infext__raw_get_json(out, obj, {F});\n}}\n\n")
            out.append(f"INFEXT_API infext_status {p}_set_{f.c}_json({t} *obj, const char *json)\n{{\n"
                       f"    return infext__raw_set_json(obj, {F}, json);\n}}\n\n")
        if not s.kind:
            continue
        out.append(f"INFEXT_API infext_status {p}_decode({t} **out, const char *data, size_t len, "
                   f"const infext_decode_options *opts, infext_diags *diags)\n{{\n"
                   f"    return infext__decode_kind((void **)out, {kind_enum_name(s)}, data, len, opts, diags);\n}}\n\n")
        out.append(f"INFEXT_API infext_status {p}_encode(char **out, size_t *out_len, const {t} *obj, "
                   f"const infext_encode_options *opts)\n{{\n"
                   f"    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);\n}}\n\n")
    return "".join(out)


# ------------------------------------------------------------ symbol map --
SYMBOLS_DIR = "lib/types/generator/symbols"


def gen_map(root, generated_public):
    """The version script: one node per release. Each released node lists
    exactly the symbols frozen for it in SYMBOLS_DIR/<node>.txt (written once,
    at the release, never changed); every declared symbol no frozen list
    holds goes into the open node named in SYMBOLS_DIR/next, so a new
    function needs no step of its own."""
    text = ""
    inc = os.path.join(root, "include/infext")
    for name in sorted(set(os.listdir(inc)) | {"types.h"}):
        if not name.endswith(".h"):
            continue
        if name == "types.h":
            text += generated_public
        else:
            with open(os.path.join(inc, name)) as f:
                text += f.read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    syms = set(re.findall(r"INFEXT_API\s[^;{]*?\b(infext_\w+)\s*\(", text))
    sdir = os.path.join(root, SYMBOLS_DIR)
    with open(os.path.join(sdir, "next")) as f:
        open_node = f.read().strip()
    released = sorted((n[:-4] for n in os.listdir(sdir) if n.endswith(".txt")),
                      key=lambda n: [int(x) for x in n.split("_", 1)[1].split(".")])
    nodes, taken = [], set()
    for node in released:
        with open(os.path.join(sdir, node + ".txt")) as f:
            frozen = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        gone = sorted(set(frozen) - syms)
        if gone:
            raise SystemExit(f"symbols of released node {node} are no longer declared "
                             f"(removing one breaks the ABI): {', '.join(gone)}")
        nodes.append((node, sorted(frozen)))
        taken |= set(frozen)
    if open_node in released:
        raise SystemExit(f"{SYMBOLS_DIR}/next names the released node {open_node}")
    new = sorted(syms - taken)
    if new:
        nodes.append((open_node, new))
    lines = ["/* GENERATED FILE - do not edit. Linker version script, produced by\n"
             " * lib/types/generator/generate.py from every INFEXT_API declaration in\n"
             " * include/infext/ and the frozen symbol lists of lib/types/generator/symbols/.\n"
             " * A release adds a new version node; existing nodes never change. Node\n"
             " * names start with infext_ so that the shared library defines no symbol\n"
             " * outside that prefix (docs/abi.md). */\n"]
    for i, (node, names) in enumerate(nodes):
        lines.append(f"{node} {{\n  global:\n")
        lines += [f"    {s};\n" for s in names]
        if i == 0:
            lines.append("  local:\n    *;\n};\n")
        else:
            lines.append(f"}} {nodes[i - 1][0]};\n")
    return "".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=os.path.join(os.path.dirname(__file__), "../../.."))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    schema, structs = load(root)
    public = gen_public(schema, structs)
    files = {
        "include/infext/types.h": public,
        "lib/types/generated/types_gen.h": gen_private_h(schema, structs),
        "lib/types/generated/types_gen.c": gen_private_c(schema, structs),
        "lib/codec/generated/codec_gen.c": gen_codec_c(structs),
        "lib/infext.map": gen_map(root, public),
    }
    stale = []
    for rel, content in files.items():
        path = os.path.join(root, rel)
        old = None
        if os.path.exists(path):
            with open(path) as f:
                old = f.read()
        if old == content:
            continue
        if args.check:
            stale.append(rel)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(content)
    if stale:
        print("generated files differ from the schema: " + ", ".join(stale), file=sys.stderr)
        print("run `cmake --build build --target generate` and commit the result", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
