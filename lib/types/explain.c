/* infext_explain: the schema's own documentation, read from the descriptor
 * tables, so it can never drift from what the decoder accepts. */
#include "types/schema.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/diag.h"

#include <inttypes.h>
#include <string.h>

static const char *type_word(const infext__field *f)
{
    switch (f->type) {
    case INFEXT__F_STRING: return "string";
    case INFEXT__F_INT32: return "integer (int32)";
    case INFEXT__F_INT64: return "integer (int64)";
    case INFEXT__F_BOOL: return "boolean";
    case INFEXT__F_DOUBLE: return "number";
    case INFEXT__F_QUANTITY: return "quantity (string or integer)";
    case INFEXT__F_OBJECT: return "object";
    case INFEXT__F_LIST: return "[]object";
    case INFEXT__F_STRLIST: return "[]string";
    case INFEXT__F_MAP: return "map[string]string";
    default: return "any JSON value";
    }
}

/* `elem`: the struct of an object or list field, whose default names its fields. */
static void describe_constraints(infext__buf *b, const infext__constraints *c, const infext__struct_desc *elem,
                                 const char *prefix)
{
    if (!c) return;
    if (c->default_value) {
        infext__buf_printf(b, "%sdefault: ", prefix);
        infext__default_render(b, c->default_value, elem);
        infext__buf_putc(b, '\n');
    }
    if (c->enum_values) {
        infext__buf_printf(b, "%sone of:", prefix);
        for (const char *const *e = c->enum_values; *e; e++) infext__buf_printf(b, " %s", *e);
        infext__buf_putc(b, '\n');
    }
    if (c->flags & INFEXT__C_MINIMUM) infext__buf_printf(b, "%sminimum: %" PRId64 "\n", prefix, c->minimum);
    if (c->flags & INFEXT__C_MAXIMUM) infext__buf_printf(b, "%smaximum: %" PRId64 "\n", prefix, c->maximum);
    if (c->flags & INFEXT__C_MIN_LENGTH) infext__buf_printf(b, "%sminimum length: %u\n", prefix, c->min_length);
    if (c->flags & INFEXT__C_MAX_LENGTH) infext__buf_printf(b, "%smaximum length: %u\n", prefix, c->max_length);
    if (c->flags & INFEXT__C_MIN_ITEMS) infext__buf_printf(b, "%sminimum items: %u\n", prefix, c->min_items);
    if (c->flags & INFEXT__C_MAX_ITEMS) infext__buf_printf(b, "%smaximum items: %u\n", prefix, c->max_items);
    if (c->flags & INFEXT__C_MIN_PROPS) infext__buf_printf(b, "%sminimum entries: %u\n", prefix, c->min_props);
    if (c->flags & INFEXT__C_MAX_PROPS) infext__buf_printf(b, "%smaximum entries: %u\n", prefix, c->max_props);
    if (c->pattern >= 0) infext__buf_printf(b, "%spattern: %s\n", prefix, infext__patterns[c->pattern]);
    if (c->format) infext__buf_printf(b, "%sformat: %s\n", prefix, c->format);
    if (c->list_map_key) infext__buf_printf(b, "%sunique by: %s\n", prefix, c->list_map_key);
    if (c->value) describe_constraints(b, c->value, NULL, "values: ");
}

static void list_fields(infext__buf *b, const infext__struct_desc *d)
{
    if (!d || !d->n_fields) return;
    infext__buf_puts(b, "\nFIELDS:\n");
    for (uint32_t i = 0; i < d->n_fields; i++) {
        const infext__field *f = &d->fields[i];
        int required = f->c && (f->c->flags & INFEXT__C_REQUIRED);
        infext__buf_printf(b, "  %s\t<%s>%s\n    %s\n", f->json, type_word(f), required ? " -required-" : "",
                           f->doc ? f->doc : "");
    }
}

INFEXT_API infext_status infext_explain(char **out, infext_kind kind, const char *field_path, infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    const infext__kind_desc *k = infext__kind_by_id(kind);
    if (!k) return INFEXT_EINVAL;
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    const infext__struct_desc *d = k->type;
    const infext__field *f = NULL;
    const char *p = field_path ? field_path : "";
    while (*p) {
        const char *dot = strchr(p, '.');
        size_t len = dot ? (size_t)(dot - p) : strlen(p);
        f = d ? infext__field_lookup(d, p, len) : NULL;
        if (!f) {
            infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, field_path, 0, 0,
                              "%s %s has no field \"%.*s\"", k->api_version, k->kind_name, (int)len, p);
            return INFEXT_ENOTFOUND;
        }
        d = f->elem;
        p = dot ? dot + 1 : p + len;
    }
    infext__buf_printf(&b, "GROUP/VERSION: %s\nKIND: %s\n", k->api_version, k->kind_name);
    if (f) {
        infext__buf_printf(&b, "FIELD: %s <%s>%s\n\nDESCRIPTION:\n    %s\n", field_path, type_word(f),
                           f->c && (f->c->flags & INFEXT__C_REQUIRED) ? " -required-" : "", f->doc ? f->doc : "");
        if (d) infext__buf_printf(&b, "    %s\n", d->doc);
        if (f->c) {
            infext__buf_puts(&b, "\n");
            describe_constraints(&b, f->c, f->elem, "");
        }
    } else {
        infext__buf_printf(&b, "\nDESCRIPTION:\n    %s\n", d->doc);
    }
    list_fields(&b, d);
    *out = infext__buf_detach(&b, NULL);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}
