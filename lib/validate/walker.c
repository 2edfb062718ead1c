/* The schema walker: one pass over an object by its descriptor tables,
 * checking each OpenAPI keyword the way kube-openapi's validators do
 * (pkg/validation/validate) and reporting it the way apiextensions-apiserver
 * turns their results into field errors (kubeOpenAPIResultToFieldErrors). */
#include "validate/validate_int.h"
#include "util/diag.h"
#include "util/goformat.h"
#include "types/generated/types_gen.h"
#include "types/bundle_int.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* Items and map values of the wrong type never reach the object: the
 * decoder dropped them, and the owner records each (with its source index
 * for a list item). The server counts them, and numbers the items after
 * them by their place in the source, so the walker does too. */
static size_t count_dropped(const void *obj, const infext__field *f)
{
    const infext__extra *x = ((const infext__hdr *)obj)->extra;
    size_t n = 0;
    for (uint32_t i = 0; x && i < x->n_dropped; i++) n += x->dropped[i].field == f->index;
    return n;
}

static bool was_dropped(const infext__extra *x, const infext__field *f, size_t index)
{
    for (uint32_t i = 0; x && i < x->n_dropped; i++)
        if (x->dropped[i].field == f->index && x->dropped[i].index == index) return true;
    return false;
}

/* Source index of the field's first item, or of the one after `prev`. */
static size_t source_index(const void *obj, const infext__field *f, size_t prev, bool first)
{
    const infext__extra *x = ((const infext__hdr *)obj)->extra;
    size_t next = first ? 0 : prev + 1;
    if (!x || !x->n_dropped) return next;
    while (was_dropped(x, f, next)) next++;
    return next;
}

/* JSON type names as the decoder's type errors use them. */
static const char *const json_type_of[] = {
    [INFEXT__F_STRING] = "string",  [INFEXT__F_INT32] = "integer", [INFEXT__F_INT64] = "integer",
    [INFEXT__F_BOOL] = "boolean",   [INFEXT__F_DOUBLE] = "number", [INFEXT__F_QUANTITY] = "string or integer",
    [INFEXT__F_OBJECT] = "object",  [INFEXT__F_LIST] = "array",    [INFEXT__F_STRLIST] = "array",
    [INFEXT__F_MAP] = "object",     [INFEXT__F_RAW] = "any",
};

/* A value of the wrong type at the current path, which must be of JSON
 * type `want`. */
static void report_bad_type(infext__vctx *ctx, const char *want)
{
    if (ctx->decoder_listed) { /* the decoder's entry is in the list: counted, not repeated */
        ctx->errors++;
        ctx->blocking = true;
        return;
    }
    /* The value itself is gone (the decoder drops it); what remains is
     * that it was not of the schema's type. */
    infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_printf(&msg, "Invalid value: %s in body must be of type %s", infext__vpath(ctx), want);
    if (msg.failed) ctx->oom = true;
    else infext__vreport(ctx, INFEXT_ERR_TYPE_INVALID, msg.data);
    infext__buf_reset(&msg);
}

static const char *json_type_name(uint8_t type)
{
    return type < sizeof json_type_of / sizeof *json_type_of ? json_type_of[type] : "object";
}

/* The items of list field f that the decoder dropped: a list of objects
 * holds objects, a string list or map strings. */
static void report_dropped(infext__vctx *ctx, const void *obj, const infext__field *f)
{
    const infext__extra *x = ((const infext__hdr *)obj)->extra;
    for (uint32_t i = 0; x && i < x->n_dropped; i++) {
        if (x->dropped[i].field != f->index) continue;
        if (x->dropped[i].index == UINT32_MAX) { /* a map value: its key is gone with it */
            report_bad_type(ctx, "string");
            continue;
        }
        size_t mark = infext__vpath_index(ctx, x->dropped[i].index);
        report_bad_type(ctx, f->type == INFEXT__F_LIST ? "object" : "string");
        infext__vpath_pop(ctx, mark);
    }
}

/* The scalar the decoder kept for field f of obj (one it could not take),
 * or NULL. */
static const infext__value *kept_value(const infext__hdr *h, const infext__field *f)
{
    for (uint32_t i = 0; h->extra && i < h->extra->n_kept; i++)
        if (h->extra->kept[i].field == f->index) return &h->extra->kept[i].value;
    return NULL;
}

/* A kept value in Go's %v notation, as the server's messages print it. */
static void go_value(char *out, size_t cap, const infext__value *v)
{
    if (v->type == INFEXT__V_INT) snprintf(out, cap, "%" PRId64, v->u.i);
    else if (v->type == INFEXT__V_REAL) infext__go_float(out, cap, v->u.d, 64);
    else snprintf(out, cap, "%s", v->type == INFEXT__V_TRUE ? "true" : "false");
}

static void report_enum(infext__vctx *ctx, const infext__constraints *c, const char *value, bool is_string);
static void check_int(infext__vctx *ctx, const infext__constraints *c, int64_t v);

/* The checks the server runs on a value the field could not take, after
 * its type check (kube-openapi's validators run type, string, format,
 * number, then enum): the bounds of an integer field, the enum of a string
 * field. An integer beyond int32 is no type error there (the server has no
 * int32 check): only its bounds speak, and with none the value cannot be
 * held here, which is said as a type error of its own. */
static void check_kept(infext__vctx *ctx, const infext__field *f, const infext__value *v)
{
    const infext__constraints *c = ctx->in_meta ? NULL : f->c;
    char text[64];
    go_value(text, sizeof text, v);
    if (f->type == INFEXT__F_STRING) {
        if (c && c->enum_values) report_enum(ctx, c, text, false); /* no entry is of its type */
        return;
    }
    if (v->type == INFEXT__V_INT) {
        size_t before = ctx->errors;
        check_int(ctx, c, v->u.i);
        if (ctx->errors == before)
            infext__vreport_text(ctx, INFEXT_ERR_TYPE_INVALID, text, "%s in body must be of type int32: \"%s\"",
                                 infext__vpath(ctx), text);
        return;
    }
    if (v->type != INFEXT__V_REAL || !c) return;
    if ((c->flags & INFEXT__C_MAXIMUM) && v->u.d > (double)c->maximum)
        infext__vreport_text(ctx, INFEXT_ERR_INVALID, text, "%s in body should be less than or equal to %" PRId64,
                             infext__vpath(ctx), c->maximum);
    if ((c->flags & INFEXT__C_MINIMUM) && v->u.d < (double)c->minimum)
        infext__vreport_text(ctx, INFEXT_ERR_INVALID, text, "%s in body should be greater than or equal to %" PRId64,
                             infext__vpath(ctx), c->minimum);
}

/* RFC 3339 date-time as strfmt.IsDateTime reads it. */
static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static bool digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

static int num(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

static bool is_date_time(const char *s)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    size_t len = strlen(s);
    if (len < 4) return false;
    /* strings.Split(lower(s), "t"): the date, then the text up to the next t */
    const char *t = s;
    while (*t && *t != 't' && *t != 'T') t++;
    if (!*t) return false;
    if (t - s != 10 || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' || !digits(s + 8, 2))
        return false;
    int y = num(s, 4), m = num(s + 5, 2), d = num(s + 8, 2);
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1] + (m == 2 && is_leap(y))) return false;
    const char *p = t + 1;
    const char *end = p;
    while (*end && *end != 't' && *end != 'T') end++;
    /* ^([0-9]{2}):([0-9]{2}):([0-9]{2})(.[0-9]+)?(z|([+-][0-9]{2}:[0-9]{2}))$ */
    if (end - p < 9 || !digits(p, 2) || p[2] != ':' || !digits(p + 3, 2) || p[5] != ':' || !digits(p + 6, 2))
        return false;
    if (num(p, 2) > 23 || num(p + 3, 2) > 59 || num(p + 6, 2) > 59) return false;
    const char *q = p + 8;
    if (q < end && *q != 'z' && *q != 'Z' && *q != '+' && *q != '-') {
        q++; /* the pattern's unescaped '.' takes any character */
        const char *f = q;
        while (q < end && *q >= '0' && *q <= '9') q++;
        if (q == f) return false;
    }
    if (end - q == 1 && (*q == 'z' || *q == 'Z')) return true;
    return end - q == 6 && (*q == '+' || *q == '-') && digits(q + 1, 2) && q[3] == ':' && digits(q + 4, 2);
}

/* The enum's NotSupported error for `value`: a string (quoted, as
 * strconv.Quote), or a value of another type in Go's %v notation. */
static void report_enum(infext__vctx *ctx, const infext__constraints *c, const char *value, bool is_string)
{
    infext__buf detail = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_puts(&detail, "supported values: ");
    for (const char *const *e = c->enum_values; *e; e++) {
        if (e != c->enum_values) infext__buf_puts(&detail, ", ");
        infext__go_quote(&detail, *e, strlen(*e));
    }
    if (detail.failed) ctx->oom = true;
    else if (is_string) infext__vreport_str(ctx, INFEXT_ERR_NOT_SUPPORTED, value, "%s", detail.data);
    else infext__vreport_text(ctx, INFEXT_ERR_NOT_SUPPORTED, value, "%s", detail.data);
    infext__buf_reset(&detail);
}

static void check_enum(infext__vctx *ctx, const infext__constraints *c, const char *s)
{
    for (const char *const *e = c->enum_values; *e; e++)
        if (!strcmp(*e, s)) return;
    report_enum(ctx, c, s, true);
}

/* kube-openapi's stringValidator stops at the first failure, in the order
 * maxLength, minLength, pattern; format and enum are validators of their own. */
static void check_string(infext__vctx *ctx, const infext__constraints *c, const char *s)
{
    if (!c) return;
    size_t len = strlen(s);
    /* Lengths count characters (utf8.RuneCount); counting is needed only
     * where bytes and characters could disagree about a bound. */
    bool count = ((c->flags & INFEXT__C_MAX_LENGTH) && len > c->max_length) ||
                 ((c->flags & INFEXT__C_MIN_LENGTH) && len < 4 * (size_t)c->min_length);
    size_t runes = count ? infext__vrunes(s, len) : len;
    if ((c->flags & INFEXT__C_MAX_LENGTH) && runes > c->max_length) {
        char msg[64];
        snprintf(msg, sizeof msg, "Too long: may not be more than %" PRIu32 " %s", c->max_length,
                 c->max_length == 1 ? "byte" : "bytes");
        infext__vreport(ctx, INFEXT_ERR_TOO_LONG, msg);
    } else if ((c->flags & INFEXT__C_MIN_LENGTH) && runes < c->min_length) {
        infext__vreport_str(ctx, INFEXT_ERR_INVALID, s, "%s in body should be at least %" PRIu32 " chars long",
                            infext__vpath(ctx), c->min_length);
    } else if (c->pattern >= 0) {
        int m = infext__vpattern_match(ctx, c->pattern, s, len);
        if (m < 0) ctx->oom = true;
        else if (m == 0)
            infext__vreport_str(ctx, INFEXT_ERR_INVALID, s, "%s in body should match '%s'", infext__vpath(ctx),
                                infext__patterns[c->pattern]);
    }
    /* the schema's two formats differ in their second letter */
    if (c->format && c->format[1] == 'a' && !is_date_time(s)) {
        infext__buf quoted = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT); /* kube-openapi's %q of the value */
        infext__go_quote(&quoted, s, len);
        if (quoted.failed) ctx->oom = true;
        else
            infext__vreport_str(ctx, INFEXT_ERR_TYPE_INVALID, s, "%s in body must be of type date-time: %s",
                                infext__vpath(ctx), quoted.data);
        infext__buf_reset(&quoted);
    }
    if (c->format && c->format[1] == 'u' && !infext__duration_syntax_ok(s))
        infext__vreport_str(ctx, INFEXT_ERR_INVALID, s,
                            "must be a Go duration such as \"150ms\" or \"1m30s\"");
    if (c->enum_values) check_enum(ctx, c, s);
}

static void check_int(infext__vctx *ctx, const infext__constraints *c, int64_t v)
{
    if (!c) return;
    if ((c->flags & INFEXT__C_MAXIMUM) && v > c->maximum)
        infext__vreport_int(ctx, INFEXT_ERR_INVALID, (long long)v,
                            "%s in body should be less than or equal to %" PRId64, infext__vpath(ctx), c->maximum);
    if ((c->flags & INFEXT__C_MINIMUM) && v < c->minimum)
        infext__vreport_int(ctx, INFEXT_ERR_INVALID, (long long)v,
                            "%s in body should be greater than or equal to %" PRId64, infext__vpath(ctx), c->minimum);
}

static void check_count(infext__vctx *ctx, const infext__constraints *c, size_t n, bool props)
{
    if (!c) return;
    uint32_t min = props ? c->min_props : c->min_items, max = props ? c->max_props : c->max_items;
    uint32_t min_flag = props ? INFEXT__C_MIN_PROPS : INFEXT__C_MIN_ITEMS;
    uint32_t max_flag = props ? INFEXT__C_MAX_PROPS : INFEXT__C_MAX_ITEMS;
    if ((c->flags & min_flag) && n < min)
        infext__vreport_int(ctx, INFEXT_ERR_INVALID, (long long)n, "%s in body should have at least %" PRIu32 " %s",
                            infext__vpath(ctx), min, props ? "properties" : "items");
    if ((c->flags & max_flag) && n > max)
        infext__vreport_int(ctx, INFEXT_ERR_TOO_MANY, (long long)n, "must have at most %" PRIu32 " %s", max,
                            max == 1 ? "item" : "items");
}

/* x-kubernetes-list-type: map with one key: listtype/validation.go reports
 * the second occurrence of each key value once, as Duplicate with the key
 * as a JSON object; items without the key share the key {}. */
static void check_list_map(infext__vctx *ctx, const infext__field *f, const infext__list *l)
{
    const infext__field *kf = infext__field_lookup(f->elem, f->c->list_map_key, strlen(f->c->list_map_key));
    if (!kf || kf->type != INFEXT__F_STRING) return;
    for (size_t i = 1; i < l->len; i++) {
        const char *key = infext__has(l->items[i], kf) ? *INFEXT__CAT(l->items[i], kf, char *) : NULL;
        size_t seen = 0;
        for (size_t j = 0; j < i && seen < 2; j++) {
            const char *other = infext__has(l->items[j], kf) ? *INFEXT__CAT(l->items[j], kf, char *) : NULL;
            if ((!key && !other) || (key && other && !strcmp(key, other))) seen++;
        }
        if (seen != 1) continue; /* unique, or a third copy: only the second is reported */
        size_t mark = infext__vpath_index(ctx, i);
        infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
        infext__buf_puts(&msg, "Duplicate value: {");
        if (key) {
            infext__go_quote(&msg, kf->json, kf->json_len);
            infext__buf_putc(&msg, ':');
            infext__go_quote(&msg, key, strlen(key));
        }
        infext__buf_putc(&msg, '}');
        if (msg.failed) ctx->oom = true;
        else infext__vreport(ctx, INFEXT_ERR_DUPLICATE, msg.data);
        infext__buf_reset(&msg);
        infext__vpath_pop(ctx, mark);
    }
}

static void check_field(infext__vctx *ctx, const void *obj, const infext__field *f)
{
    const infext__constraints *c = ctx->in_meta ? NULL : f->c;
    switch (f->type) {
    case INFEXT__F_STRING:
        check_string(ctx, c, *INFEXT__CAT(obj, f, char *));
        break;
    case INFEXT__F_INT32:
        check_int(ctx, c, *INFEXT__CAT(obj, f, int32_t));
        break;
    case INFEXT__F_INT64:
        check_int(ctx, c, *INFEXT__CAT(obj, f, int64_t));
        break;
    case INFEXT__F_OBJECT: {
        const void *child = *INFEXT__CAT(obj, f, void *);
        if (child) infext__vwalk_struct(ctx, child);
        break;
    }
    case INFEXT__F_LIST: {
        const infext__list *l = INFEXT__CAT(obj, f, infext__list);
        size_t src = 0;
        report_dropped(ctx, obj, f);
        for (size_t i = 0; i < l->len; i++) {
            src = source_index(obj, f, src, i == 0);
            size_t mark = infext__vpath_index(ctx, src);
            infext__vwalk_struct(ctx, l->items[i]);
            infext__vpath_pop(ctx, mark);
        }
        check_count(ctx, c, l->len + count_dropped(obj, f), false);
        if (c && c->list_map_key) check_list_map(ctx, f, l);
        break;
    }
    case INFEXT__F_STRLIST: {
        const infext__list *l = INFEXT__CAT(obj, f, infext__list);
        size_t src = 0;
        report_dropped(ctx, obj, f);
        if (c && c->value)
            for (size_t i = 0; i < l->len; i++) {
                src = source_index(obj, f, src, i == 0);
                size_t mark = infext__vpath_index(ctx, src);
                check_string(ctx, c->value, l->items[i]);
                infext__vpath_pop(ctx, mark);
            }
        check_count(ctx, c, l->len + count_dropped(obj, f), false);
        break;
    }
    case INFEXT__F_MAP: {
        const infext__map *m = INFEXT__CAT(obj, f, infext__map);
        report_dropped(ctx, obj, f);
        check_count(ctx, c, m->len + count_dropped(obj, f), true);
        if (c && c->value)
            for (size_t i = 0; i < m->len; i++) {
                size_t mark = infext__vpath_field(ctx, m->items[i].key, strlen(m->items[i].key));
                check_string(ctx, c->value, m->items[i].value);
                infext__vpath_pop(ctx, mark);
            }
        break;
    }
    default: /* bool, double, quantity, raw: no OpenAPI keyword of ours */
        break;
    }
}

static void report_unknown_at(infext__vctx *ctx, const char *key, size_t key_len)
{
    size_t mark = infext__vpath_field(ctx, key, key_len);
    /* The whole path, quoted: strict field validation's wording, or the
     * endpoint picker loader's for a config */
    infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    const infext__hdr *root = ctx->root;
    infext__unknown_field_text(&msg, root->desc->kind->kind, infext__vpath(ctx));
    if (msg.failed) ctx->oom = true;
    else infext__vreport(ctx, INFEXT_ERR_UNKNOWN, msg.data);
    infext__buf_reset(&msg);
    infext__vpath_pop(ctx, mark);
}

/* Members the schema does not know: first the fields the bundle lacks (its
 * server has never heard of them either), then the preserved members. */
static void report_unknown(infext__vctx *ctx, const void *obj)
{
    const infext__hdr *h = obj;
    uint64_t bad = h->extra ? h->extra->bad_type : 0;
    for (uint32_t i = 0; i < h->desc->n_fields; i++) {
        const infext__field *f = &h->desc->fields[i];
        if (!infext__field_in(f, ctx->bundle_bit) && (infext__has(obj, f) || ((bad >> f->index) & 1u)))
            report_unknown_at(ctx, f->json, f->json_len);
    }
    for (size_t i = 0; h->extra && i < h->extra->n_unknown; i++)
        report_unknown_at(ctx, h->extra->unknown[i].key, h->extra->unknown[i].key_len);
}

static bool required_here(const infext__vctx *ctx, const infext__field *f)
{
    return f->c && (f->c->flags & INFEXT__C_REQUIRED) && (f->required_in & ctx->bundle_bit);
}

void infext__vwalk_struct(infext__vctx *ctx, const void *obj)
{
    const infext__hdr *h = obj;
    const infext__struct_desc *d = h->desc;
    uint64_t bad = h->extra ? h->extra->bad_type : 0;
    bool missing = false; /* a required field is absent */
    const infext__field *mf = d->kind ? infext__field_lookup(d, "metadata", 8) : NULL;
    if (mf && mf->elem != &infext__desc_object_meta) mf = NULL; /* a List's ListMeta */
    if (mf) {
        if (!infext__has(obj, mf) && !((bad >> mf->index) & 1u)) {
            size_t mark = infext__vpath_field(ctx, "metadata", 8);
            infext__vcheck_meta(ctx, NULL); /* an absent ObjectMeta has no name */
            infext__vpath_pop(ctx, mark);
        }
    }
    bool foreign = false; /* a field the bundle lacks is given */
    for (uint32_t i = 0; i < d->n_fields; i++) {
        const infext__field *f = &d->fields[i];
        bool present = infext__has(obj, f), wrong = (bad >> f->index) & 1u;
        if (!infext__field_in(f, ctx->bundle_bit)) {
            foreign |= present || wrong;
            continue;
        }
        if (!present && !wrong) {
            if (f->c) {
                missing |= required_here(ctx, f);
                if (f->c->default_value && !ctx->in_meta) ctx->needs_defaults = true;
            }
            continue;
        }
        if (ctx->probing && ctx->needs_defaults) return; /* the real pass runs on a defaulted copy */
        size_t mark = infext__vpath_field(ctx, f->json, f->json_len);
        if (wrong) {
            const infext__value *kept = kept_value(h, f);
            /* an integer kept for an integer field is only out of range
             * (check_kept speaks for it); anything else is of the wrong type */
            bool out_of_range = kept && kept->type == INFEXT__V_INT &&
                                (f->type == INFEXT__F_INT32 || f->type == INFEXT__F_INT64);
            if (!out_of_range) report_bad_type(ctx, json_type_name(f->type));
            if (kept) check_kept(ctx, f, kept);
        } else if (f == mf) {
            const void *meta = *INFEXT__CAT(obj, f, void *);
            bool was = ctx->in_meta;
            ctx->in_meta = true;
            if (meta) {
                infext__vcheck_meta(ctx, meta);
                infext__vwalk_struct(ctx, meta);
            }
            ctx->in_meta = was;
        } else {
            check_field(ctx, obj, f);
        }
        infext__vpath_pop(ctx, mark);
    }
    if (((h->extra && h->extra->n_unknown) || foreign) && !(ctx->flags & INFEXT_VALIDATE_ALLOW_UNKNOWN))
        report_unknown(ctx, obj);
    if (ctx->in_meta || !missing) return;
    for (uint32_t i = 0; i < d->n_fields; i++) {
        const infext__field *f = &d->fields[i];
        if (!required_here(ctx, f) || infext__has(obj, f) || ((bad >> f->index) & 1u)) continue;
        size_t mark = infext__vpath_field(ctx, f->json, f->json_len);
        infext__vreport(ctx, INFEXT_ERR_REQUIRED, "Required value");
        infext__vpath_pop(ctx, mark);
    }
}
