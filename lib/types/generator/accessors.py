"""The accessor definitions (in types_gen.c) and lib/codec/generated/codec_gen.c."""
from model import BANNER, SCALAR_C, kind_enum_name

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
