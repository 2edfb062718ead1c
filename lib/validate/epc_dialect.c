/* EndpointPickerConfig dialects: which one a config is written in.
 *
 * Every member carries the mask of the dialects that define it (schema.yaml
 * `dialects:`, generated into infext__field.dialects); a feature gate counts
 * as a member of the dialects whose loader registers it, and the apiVersion
 * as one of the dialects whose loader accepts it. The config's dialect is
 * the oldest one left in the intersection of the masks of everything
 * present. Members are visited in schema order, so the member reported for
 * a mixed config does not depend on the order of the text. */
#include "validate/epc_dialect.h"

#include "types/generated/types_gen.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/quantity.h"
#include "util/table.h"

#include <limits.h>
#include <math.h>
#include <string.h>

#define ALL_DIALECTS ((uint8_t)((1u << INFEXT__N_EPC_DIALECTS) - 1u))
#define MAX_SEEN 32

typedef struct seen {
    uint8_t mask;
    size_t at; /* offset of its description in names */
} seen;

typedef struct detect {
    const void *root;
    uint8_t running;
    seen marks[MAX_SEEN];
    size_t n_marks;
    infext__buf path;
    infext__buf names;     /* NUL-separated descriptions of the marks */
    bool conflict;
    infext__buf conflict_path;
    infext__buf unknown; /* NUL-separated paths of members no dialect defines */
    size_t n_unknown;
    infext__buf message;
    bool oom;
} detect;

const infext__epc_dialect_desc *infext__epc_dialect_desc_of(infext_epc_dialect dialect)
{
    for (size_t i = 0; i < infext__n_epc_dialects; i++)
        if (infext__epc_dialects[i].dialect == dialect) return &infext__epc_dialects[i];
    return NULL;
}

uint8_t infext__epc_dialect_bit(infext_epc_dialect dialect)
{
    return dialect >= 1 && (size_t)dialect <= infext__n_epc_dialects ? (uint8_t)(1u << (dialect - 1)) : 0;
}

bool infext__epc_is_config(const void *obj)
{
    const infext__hdr *h = obj;
    if (!h || !h->desc || !h->desc->kind) return false;
    infext_kind k = h->desc->kind->kind;
    return k == INFEXT_KIND_V1ALPHA1_ENDPOINT_PICKER_CONFIG || k == INFEXT_KIND_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG;
}

size_t infext__epc_gate_name_len(const char *gate)
{
    const char *eq = strchr(gate, '=');
    return eq ? (size_t)(eq - gate) : strlen(gate);
}

bool infext__epc_gate_registered(const infext__epc_dialect_desc *d, const char *gate, size_t len)
{
    for (const char *const *g = d->gates; *g; g++)
        if (strlen(*g) == len && !memcmp(*g, gate, len)) return true;
    return false;
}

uint8_t infext__epc_gate_mask(const char *gate)
{
    size_t len = infext__epc_gate_name_len(gate);
    uint8_t mask = 0;
    for (size_t i = 0; i < infext__n_epc_dialects; i++)
        if (infext__epc_gate_registered(&infext__epc_dialects[i], gate, len)) mask |= (uint8_t)(1u << i);
    if (!mask) return ALL_DIALECTS; /* a gate nobody registers says nothing about the dialect */
    /* name=true / name=false is llm-d-router's syntax */
    if (gate[len] == '=') mask &= infext__epc_dialect_bit(INFEXT_EPC_DIALECT_LLM_D_V0_10);
    return mask;
}

uint8_t infext__epc_plugin_type_mask(const char *type, size_t *row_out)
{
    for (size_t r = 0; r < infext__n_epc_plugin_types; r++) {
        uint8_t mask = 0;
        for (size_t c = 0; c < infext__n_epc_dialects; c++)
            if (infext__epc_plugin_types[r][c] && !strcmp(infext__epc_plugin_types[r][c], type))
                mask |= (uint8_t)(1u << c);
        if (mask) {
            if (row_out) *row_out = r;
            return mask;
        }
    }
    return ALL_DIALECTS;
}

void infext__epc_mask_names(infext__buf *b, uint8_t mask)
{
    const char *sep = "";
    for (size_t i = 0; i < infext__n_epc_dialects; i++)
        if (mask & (1u << i)) {
            infext__buf_printf(b, "%s%s", sep, infext__epc_dialects[i].name);
            sep = ", ";
        }
    if (!*sep) infext__buf_puts(b, "no dialect");
}

bool infext__epc_quantity_int(long long *out, const char *text)
{
    infext__quantity q;
    return infext__quantity_parse(&q, text) == INFEXT__QTY_OK && !q.negative &&
           infext__quantity_int(out, &q) == INFEXT__QTY_OK;
}

bool infext__epc_is_integer(const void *obj, const infext__field *f)
{
    if (f->type == INFEXT__F_DOUBLE) {
        double v = *INFEXT__CAT(obj, f, double);
        return v == floor(v);
    }
    if (f->type != INFEXT__F_QUANTITY) return true;
    const char *t = *INFEXT__CAT(obj, f, char *);
    if (!t) return true;
    if (*t == '+' || *t == '-') t++;
    if (!*t) return false;
    for (; *t; t++)
        if (*t < '0' || *t > '9') return false;
    return true;
}

static size_t popcount8(uint8_t m)
{
    size_t n = 0;
    for (; m; m &= (uint8_t)(m - 1)) n++;
    return n;
}

/* The member at d->path (described by `what`) belongs to `mask`. */
static void mark(detect *d, const char *what, uint8_t mask)
{
    if (mask == ALL_DIALECTS) return;
    if (d->names.failed || d->path.failed) {
        d->oom = true;
        return;
    }
    if (!d->conflict && !(d->running & mask)) {
        /* name the earlier member sharing the fewest dialects with this one */
        size_t best = 0, best_common = SIZE_MAX;
        for (size_t i = 0; i < d->n_marks; i++) {
            size_t common = popcount8(d->marks[i].mask & mask);
            if (common < best_common) best = i, best_common = common;
        }
        d->conflict = true;
        infext__buf_puts(&d->conflict_path, d->path.data ? d->path.data : "");
        infext__buf_printf(&d->message, "Forbidden: %s (", what);
        infext__epc_mask_names(&d->message, mask);
        if (d->n_marks) {
            infext__buf_printf(&d->message, ") and %s (", d->names.data + d->marks[best].at);
            infext__epc_mask_names(&d->message, d->marks[best].mask);
        }
        infext__buf_puts(&d->message, ") belong to different dialects; a config is written in one");
    }
    d->running &= mask;
    if (d->n_marks < MAX_SEEN) {
        d->marks[d->n_marks].mask = mask;
        d->marks[d->n_marks].at = d->names.len;
        d->n_marks++;
        infext__buf_puts(&d->names, what);
        infext__buf_putc(&d->names, '\0');
    }
}

static void walk(detect *d, const void *obj, uint8_t within);

/* within: the dialects of the enclosing member */
static void member(detect *d, const void *obj, const infext__field *f, bool root, uint8_t within)
{
    uint8_t mask = (uint8_t)(f->dialects & within);
    size_t mark_len = d->path.len;
    if (mark_len) infext__buf_putc(&d->path, '.');
    infext__buf_puts(&d->path, f->json);
    if (d->path.failed) {
        d->oom = true;
        return;
    }
    if (!mask) {
        /* no dialect has this member here (a struct shared by two places,
         * each with its own members): unknown, as strict decoding says */
        infext__buf_puts(&d->unknown, d->path.data);
        infext__buf_putc(&d->unknown, '\0');
        d->n_unknown++;
        infext__buf_truncate(&d->path, mark_len);
        return;
    }
    infext__buf what = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_printf(&what, "\"%s\"", d->path.data);
    mark(d, what.data ? what.data : "", mask);
    infext__buf_reset(&what);
    if (f == INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_TYPE && *INFEXT__CAT(obj, f, char *)) {
        /* a type spelled as only some dialects spell it (epcPluginTypes) */
        const char *type = *INFEXT__CAT(obj, f, char *);
        infext__buf_printf(&what, "plugin type \"%s\"", type);
        mark(d, what.data ? what.data : "", (uint8_t)(mask & infext__epc_plugin_type_mask(type, NULL)));
        infext__buf_reset(&what);
    }
    if (f->integer_in && !infext__epc_is_integer(obj, f)) {
        infext__buf_printf(&what, "\"%s\" with a value that is not an integer", d->path.data);
        mark(d, what.data ? what.data : "", (uint8_t)(mask & ~f->integer_in));
        infext__buf_reset(&what);
    }
    const infext__list *l = f->type == INFEXT__F_LIST || f->type == INFEXT__F_STRLIST ? INFEXT__CAT(obj, f, infext__list)
                                                                                    : NULL;
    if (f->type == INFEXT__F_OBJECT) {
        const void *sub = *INFEXT__CAT(obj, f, void *);
        if (sub) walk(d, sub, mask);
    } else if (f->type == INFEXT__F_LIST) {
        for (size_t i = 0; i < l->len; i++) {
            size_t item = d->path.len;
            infext__buf_printf(&d->path, "[%zu]", i);
            walk(d, l->items[i], mask);
            infext__buf_truncate(&d->path, item);
        }
    } else if (f->type == INFEXT__F_STRLIST && root && !strcmp(f->json, "featureGates")) {
        for (size_t i = 0; i < l->len; i++) {
            const char *gate = l->items[i];
            size_t item = d->path.len;
            infext__buf_printf(&d->path, "[%zu]", i);
            infext__buf_printf(&what, "feature gate \"%s\"", gate);
            mark(d, what.data ? what.data : "", infext__epc_gate_mask(gate));
            infext__buf_reset(&what);
            infext__buf_truncate(&d->path, item);
        }
    }
    if (what.failed) d->oom = true;
    infext__buf_truncate(&d->path, mark_len);
}

static void walk(detect *d, const void *obj, uint8_t within)
{
    const infext__hdr *h = obj;
    for (uint32_t i = 0; i < h->desc->n_fields; i++) {
        const infext__field *f = &h->desc->fields[i];
        if (infext__has(obj, f)) member(d, obj, f, obj == d->root, within);
    }
}

/* Each member no dialect defines, in the loader's words for an unknown
 * field; INFEXT_EVALIDATION when there is one. */
static infext_status report_unknown(const detect *d, const void *pos_root, infext_diags *diags, size_t *errors)
{
    const char *path = d->unknown.data;
    for (size_t i = 0; i < d->n_unknown; i++, path += strlen(path) + 1) {
        infext__pos pos = {0, 0};
        infext__path_position(&pos, pos_root, path);
        if (errors) (*errors)++;
        infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
        infext__unknown_field_text(&msg, ((const infext__hdr *)d->root)->desc->kind->kind, path);
        infext_status rc = msg.failed ? INFEXT_ENOMEM
                                      : infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_UNKNOWN, path,
                                                          pos.line, pos.column, "%s", msg.data);
        infext__buf_reset(&msg);
        if (rc != INFEXT_OK) return rc;
    }
    return d->n_unknown ? INFEXT_EVALIDATION : INFEXT_OK;
}

infext_status infext__epc_detect(infext_epc_dialect *out, const void *config, const void *pos_root,
                                 infext_diags *diags, size_t *errors)
{
    *out = INFEXT_EPC_DIALECT_UNKNOWN;
    const infext__hdr *h = config;
    const char *api_version = h->desc->kind->api_version;
    detect d;
    memset(&d, 0, sizeof d);
    infext__buf_init(&d.path, INFEXT__BUF_MAX_TEXT);
    infext__buf_init(&d.names, INFEXT__BUF_MAX_TEXT);
    infext__buf_init(&d.conflict_path, INFEXT__BUF_MAX_TEXT);
    infext__buf_init(&d.message, INFEXT__BUF_MAX_TEXT);
    infext__buf_init(&d.unknown, INFEXT__BUF_MAX_TEXT);
    d.root = config;
    d.running = ALL_DIALECTS;
    uint8_t accepting = 0;
    for (size_t i = 0; i < infext__n_epc_dialects; i++)
        for (const char *const *a = infext__epc_dialects[i].api_versions; *a; a++)
            if (!strcmp(*a, api_version)) accepting |= (uint8_t)(1u << i);
    infext__buf what = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_printf(&what, "apiVersion %s", api_version);
    infext__buf_puts(&d.path, "apiVersion");
    mark(&d, what.data ? what.data : "", accepting);
    infext__buf_reset(&what);
    infext__buf_truncate(&d.path, 0);
    walk(&d, config, ALL_DIALECTS);
    infext_status st = INFEXT_OK;
    if (d.oom || d.path.failed || d.names.failed || d.message.failed || d.conflict_path.failed || d.unknown.failed) {
        st = INFEXT_ENOMEM;
    } else if (d.n_unknown || d.conflict) {
        st = report_unknown(&d, pos_root, diags, errors);
    }
    if (st != INFEXT_OK || d.n_unknown) {
        /* reported above */
    } else if (d.conflict) {
        infext__pos pos = {0, 0};
        infext__path_position(&pos, pos_root, d.conflict_path.data);
        if (errors) (*errors)++;
        if (infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_FORBIDDEN, d.conflict_path.data, pos.line,
                              pos.column, "%s", d.message.data) != INFEXT_OK)
            st = INFEXT_ENOMEM;
        else st = INFEXT_EVALIDATION;
    } else {
        size_t first = 0;
        while (!(d.running & (1u << first))) first++;
        const infext__epc_dialect_desc *dd = &infext__epc_dialects[first];
        *out = dd->dialect;
        if (strcmp(dd->api_versions[0], api_version)) {
            infext__pos pos = {0, 0};
            infext__path_position(&pos, pos_root, "apiVersion");
            if (infext__diag_addf(diags, INFEXT_SEVERITY_WARNING, INFEXT_ERR_INVALID, "apiVersion", pos.line,
                                  pos.column,
                                  "written in %s, whose loader reads apiVersion %s as a deprecated spelling "
                                  "of %s",
                                  dd->name, api_version, dd->api_versions[0]) != INFEXT_OK)
                st = INFEXT_ENOMEM;
        }
    }
    infext__buf_reset(&d.path);
    infext__buf_reset(&d.names);
    infext__buf_reset(&d.message);
    infext__buf_reset(&d.conflict_path);
    infext__buf_reset(&d.unknown);
    return st;
}

/* ----------------------------------------------------------- public -- */

/* The dialect's name, or its title; NULL for a dialect there is not. */
static const char *dialect_text(infext_epc_dialect dialect, bool title)
{
    const infext__epc_dialect_desc *d = infext__epc_dialect_desc_of(dialect);
    return !d ? NULL : title ? d->title : d->name;
}

INFEXT_API const char *infext_epc_dialect_name(infext_epc_dialect dialect) { return dialect_text(dialect, false); }

INFEXT_API const char *infext_epc_dialect_title(infext_epc_dialect dialect) { return dialect_text(dialect, true); }

INFEXT_API infext_status infext_epc_dialect_from_name(infext_epc_dialect *out, const char *name)
{
    if (!out || !name) return INFEXT_EINVAL;
    size_t i = INFEXT__TABLE_INDEX(infext__epc_dialects, infext__n_epc_dialects, infext__epc_dialect_desc, name);
    if (i == SIZE_MAX) return INFEXT_ENOTFOUND;
    *out = infext__epc_dialects[i].dialect;
    return INFEXT_OK;
}

INFEXT_API infext_status infext_epc_dialect_of(infext_epc_dialect *out, const infext_object *config,
                                               infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = INFEXT_EPC_DIALECT_UNKNOWN;
    if (!config) return INFEXT_EINVAL;
    if (!infext__epc_is_config(config)) return INFEXT_EKIND;
    return infext__epc_detect(out, config, config, diags, NULL);
}
