"""include/infext/types.h: the public typedefs, enums and the accessor
declarations with their Doxygen comments."""
from model import BANNER, SCALAR_C, kind_enum_name, bundle_enum_name, dialect_enum_name

TYPE_WORDS = {
    "string": "a string", "quantity": "a Kubernetes quantity kept as text",
    "int32": "a 32-bit integer", "int64": "a 64-bit integer", "bool": "a boolean",
    "double": "a number",
}


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


# The accessors of a field by its type: (Doxygen lines, signature), filled
# in with the field's words by gen_public_field. Every type also gets
# FIELD_PRESENCE's two.
FIELD_ACCESSORS = {
    "string": [
        (("{doc}{req}",
          "@return {path} as a borrowed string, or NULL when absent."),
         "const char *{p}_get_{c}(const {t} *obj)"),
        (("Set {path} to a copy of @p value ({words}).",
          "@param value NUL-terminated UTF-8, or NULL to clear the field.",
          "@return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM."),
         "infext_status {p}_set_{c}({t} *obj, const char *value)"),
    ],
    "scalar": [
        (("{doc}{req}",
          "@param[out] out receives {path} when present.",
          "@return true when present, false when absent (or NULL arguments)."),
         "bool {p}_get_{c}({ct} *out, const {t} *obj)"),
        (("Set {path} ({words}) and mark it present.",
          "@return INFEXT_OK, or INFEXT_EINVAL for NULL."),
         "infext_status {p}_set_{c}({t} *obj, {ct} value)"),
    ],
    "object": [
        (("{doc}{req}",
          "@return {path}, borrowed from the root, or NULL when absent."),
         "{et} *{p}_get_{c}(const {t} *obj)"),
        (("Get {path}, creating it empty when absent.",
          "@param[out] out receives the borrowed sub-object.",
          "@return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM."),
         "infext_status {p}_ensure_{c}({et} **out, {t} *obj)"),
    ],
    "list": [
        (("Number of items of {path} ({doc}) 0 when absent.",),
         "size_t {p}_{c}_count(const {t} *obj)"),
        (("Item @p index of {path}.",
          "@return the borrowed item, or NULL when out of range."),
         "{et} *{p}_{c}_at(const {t} *obj, size_t index)"),
        (("Append a new empty item to {path} (marking the list present).",
          "@param[out] out receives the borrowed new item; may be NULL.",
          "@return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM."),
         "infext_status {p}_{c}_append({et} **out, {t} *obj)"),
        (("Insert a new empty item into {path} before position @p index",
          "(index == count appends).",
          "@param[out] out receives the borrowed new item; may be NULL.",
          "@return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM."),
         "infext_status {p}_{c}_insert({et} **out, {t} *obj, size_t index)"),
        (("Remove item @p index of {path}; pointers to it become invalid",
          "for use through the list (the memory stays in the arena).",
          "@return INFEXT_OK, INFEXT_EINVAL when out of range."),
         "infext_status {p}_{c}_remove({t} *obj, size_t index)"),
    ],
    "strlist": [
        (("Number of strings in {path} ({doc}) 0 when absent.",),
         "size_t {p}_{c}_count(const {t} *obj)"),
        (("String @p index of {path}.",
          "@return a borrowed string, or NULL when out of range."),
         "const char *{p}_{c}_at(const {t} *obj, size_t index)"),
        (("Append a copy of @p value to {path}.",
          "@return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM."),
         "infext_status {p}_{c}_append({t} *obj, const char *value)"),
        (("Insert a copy of @p value into {path} before @p index.",
          "@return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM."),
         "infext_status {p}_{c}_insert({t} *obj, size_t index, const char *value)"),
        (("Remove string @p index of {path}.",
          "@return INFEXT_OK, INFEXT_EINVAL when out of range."),
         "infext_status {p}_{c}_remove({t} *obj, size_t index)"),
    ],
    "map": [
        (("Value of @p key in {path} ({doc})",
          "@return a borrowed string, or NULL when the key is absent."),
         "const char *{p}_{c}_get(const {t} *obj, const char *key)"),
        (("Set @p key of {path} to a copy of @p value, replacing an existing",
          "entry in place or appending a new one.",
          "@return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM."),
         "infext_status {p}_{c}_set({t} *obj, const char *key, const char *value)"),
        (("Remove @p key from {path}.",
          "@return INFEXT_OK, INFEXT_ENOTFOUND, INFEXT_EINVAL."),
         "infext_status {p}_{c}_remove({t} *obj, const char *key)"),
        (("Number of entries of {path}; 0 when absent.",),
         "size_t {p}_{c}_count(const {t} *obj)"),
        (("Entry @p index of {path}, in insertion order (for iteration).",
          "@param[out] key,value receive borrowed strings; either may be NULL.",
          "@return INFEXT_OK, INFEXT_EINVAL when out of range."),
         "infext_status {p}_{c}_at(const char **key, const char **value, const {t} *obj, size_t index)"),
    ],
    "raw": [
        (("{doc}",
          "@param[out] out receives {path} as compact JSON text owned by the",
          "           caller (infext_free()), or NULL when absent.",
          "@return INFEXT_OK, INFEXT_ENOTFOUND when absent, INFEXT_EINVAL, INFEXT_ENOMEM."),
         "infext_status {p}_get_{c}_json(char **out, const {t} *obj)"),
        (("Set {path} from JSON text (any JSON value); NULL clears it.",
          "@return INFEXT_OK, INFEXT_EPARSE for text that is not JSON,",
          "        INFEXT_EINVAL, INFEXT_ENOMEM."),
         "infext_status {p}_set_{c}_json({t} *obj, const char *json)"),
    ],
}
FIELD_ACCESSORS["quantity"] = FIELD_ACCESSORS["string"]
for _scalar in ("int32", "int64", "bool", "double"):
    FIELD_ACCESSORS[_scalar] = FIELD_ACCESSORS["scalar"]
FIELD_PRESENCE = [
    (("Whether {path} is present. @return false for NULL.",),
     "bool {p}_has_{c}(const {t} *obj)"),
    (("Remove {path}; its memory stays in the arena until the root is freed.",
      "NULL is a no-op."),
     "void {p}_clear_{c}({t} *obj)"),
]


def gen_public_field(s, f, structs):
    req = " Required by the schema." if f.required else ""
    if isinstance(f.spec.get("required"), dict):
        req = f" Required by the schema until bundle {f.spec['required']['until']}."
    if "since" in f.spec or "until" in f.spec:
        req += f" In bundles {f.spec.get('since', 'v1.2.0')} to {f.spec.get('until', 'the newest')}."
    if f.kind not in FIELD_ACCESSORS or f.kind == "scalar":
        raise SystemExit(f"unknown field type {f.kind}")
    words = {"path": f"`{f.json}`", "doc": f.doc, "req": req, "p": s.type, "t": s.type, "c": f.c,
             "et": structs[f.elem].type if f.elem else "", "ct": SCALAR_C.get(f.kind, "").strip(),
             "words": TYPE_WORDS.get(f.kind, "")}
    return [decl(doc_lines(*(l.format(**words) for l in lines)), sig.format(**words))
            for lines, sig in FIELD_ACCESSORS[f.kind] + FIELD_PRESENCE]
