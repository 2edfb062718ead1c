"""lib/types/generated/types_gen.{h,c}: the struct layouts, the constraint
and descriptor tables, the kinds, bundles and dialects."""
import defaults
from accessors import gen_accessors
from model import BANNER, SCALAR_C, FTYPE, c_string, kind_enum_name, bundle_enum_name, dialect_enum_name

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


def constraints_c(name, spec, patterns, extra_decls, default_ref="NULL"):
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
        if "default" in spec["value"]:
            raise SystemExit(f"{name}: value: a map's values take no default")
        constraints_c(name + "_value", spec["value"], patterns, extra_decls)
        value_ref = f"&{name}_value"
    has_any = flags or enum_ref != "NULL" or pat >= 0 or value_ref != "NULL" or default_ref != "NULL" \
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
    body += f"    .default_value = {default_ref},\n"
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
    default_arrays = {}
    for s in structs.values():
        for f in s.fields:
            decls = []
            default_ref = "NULL"
            tree = defaults.check(f"{s.name}.{f.json}", f, structs)
            if tree:
                init = defaults.emit(f"d_{s.c}_{f.c}", tree, decls, default_arrays)
                decls.append(f"static const infext__default_value d_{s.c}_{f.c} = {init};\n")
                default_ref = f"&d_{s.c}_{f.c}"
            ref = constraints_c(f"c_{s.c}_{f.c}", f.spec, patterns, decls, default_ref)
            out.extend(decls)
            cons[(s.name, f.json)] = ref or "NULL"
    out.append("\n")
    # the descriptors the tables point at are declared by types_gen.h
    kinds = [s for s in structs.values() if s.kind]
    for s in structs.values():
        out.append(f"static const infext__field fields_{s.c}[] = {{\n")
        for f in s.fields:
            elem = f"&infext__desc_{structs[f.elem].c}" if f.elem else "NULL"
            alias = c_string(f.spec["alias"]) if "alias" in f.spec else "NULL"
            out.append(f"    {{{c_string(f.json)}, {alias}, {c_string(f.doc)}, {len(f.json)}, {FTYPE[f.kind]}, {f.index}, "
                       f"offsetof(struct {s.type}, {f.member}), {elem}, {cons[(s.name, f.json)]}, "
                       f"0x{f.bundles:02x}, 0x{f.required_in:02x}, 0x{f.dialects:02x}, 0x{f.integer_in:02x}}},\n")
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
