/* The generic walk of infext_convert: whatever has the same name and shape
 * in both versions is copied, the tables' renames and rules applied, and
 * what the target cannot hold reported at its source path. */
#include "convert/convert_walk.h"

#include "types/generated/types_gen.h"
#include "util/alloc.h"
#include "util/diag.h"

#include <stdarg.h>
#include <stdint.h>

static const char *path_text(const conv *cv) { return cv->path.data ? cv->path.data : ""; }

static void vreport(conv *cv, infext_severity severity, infext_error_type type, const char *fmt, va_list ap)
{
    if (!cv->diags) return;
    infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_vprintf(&msg, fmt, ap);
    char *text = infext__buf_detach(&msg, NULL);
    infext__pos pos = {0, 0};
    infext__path_position(&pos, cv->src_root, path_text(cv));
    if (!text || cv->path.failed ||
        infext__diag_addf(cv->diags, severity, type, path_text(cv), pos.line, pos.column, "%s", text) != INFEXT_OK)
        cv->oom = true;
    infext__free(text);
}

void infext__conv_report(conv *cv, infext_severity severity, infext_error_type type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(cv, severity, type, fmt, ap);
    va_end(ap);
}

void infext__conv_lossy(conv *cv, infext_error_type type, const char *fmt, ...)
{
    infext__buf why = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    va_list ap;
    va_start(ap, fmt);
    infext__buf_vprintf(&why, fmt, ap);
    va_end(ap);
    const char *reason = why.data ? why.data : "";
    if (why.failed) cv->oom = true;
    if (cv->flags & INFEXT_CONVERT_ALLOW_LOSSY) {
        infext__conv_report(cv, INFEXT_SEVERITY_WARNING, type, "dropped in the conversion: %s", reason);
    } else {
        cv->lost = true;
        infext__conv_report(cv, INFEXT_SEVERITY_ERROR, type, "would be lost in the conversion: %s", reason);
    }
    infext__buf_reset(&why);
}

/* ------------------------------------------------ preserved members -- */

/* Carry the preserved unknown members of src over to dst, unless a member
 * is named like a field of dst (writing both would give a duplicate key). */
static int carry_unknown(conv *cv, void *dst, const void *src)
{
    const infext__hdr *sh = src;
    if (!sh->extra || !sh->extra->n_unknown) return 0;
    const infext__struct_desc *to = ((const infext__hdr *)dst)->desc;
    infext__extra *x = infext__extra_get(dst);
    if (!x) return CONV_NO_MEMORY;
    size_t n = sh->extra->n_unknown;
    x->unknown = infext__arena_calloc(cv->arena, n, sizeof(infext__member));
    if (!x->unknown) return CONV_NO_MEMORY;
    x->cap_unknown = n;
    for (size_t i = 0; i < n; i++) {
        const infext__member *m = &sh->extra->unknown[i];
        if (infext__field_lookup(to, m->key, m->key_len)) {
            size_t mark = infext__conv_path_push(cv, m->key);
            infext__conv_lossy(cv, INFEXT_ERR_UNKNOWN, "the name is taken by a field of %s",
                               cv->target_version);
            infext__conv_path_pop(cv, mark);
            continue;
        }
        infext__member *d = &x->unknown[x->n_unknown];
        d->key = infext__arena_strndup(cv->arena, m->key, m->key_len);
        d->key_len = m->key_len;
        if (!d->key || infext__value_copy(cv->arena, &d->value, &m->value) != 0) return CONV_NO_MEMORY;
        x->n_unknown++;
    }
    return 0;
}

void infext__conv_drop_unknown(conv *cv, const void *src)
{
    const infext__hdr *sh = src;
    for (size_t i = 0; sh->extra && i < sh->extra->n_unknown; i++) {
        size_t mark = infext__conv_path_push(cv, sh->extra->unknown[i].key);
        infext__conv_lossy(cv, INFEXT_ERR_UNKNOWN, "%s has no place for this preserved member", cv->target_version);
        infext__conv_path_pop(cv, mark);
    }
}

/* ------------------------------------------------------ generic walk -- */

int infext__conv_copy_same(conv *cv, void *dst, const infext__field *g, const void *src, const infext__field *f)
{
    switch (f->type) {
    case INFEXT__F_STRING:
    case INFEXT__F_QUANTITY:
        if (infext__set_string(dst, g, *INFEXT__CAT(src, f, char *)) != INFEXT_OK) return CONV_NO_MEMORY;
        break;
    case INFEXT__F_INT32:
        *INFEXT__AT(dst, g, int32_t) = *INFEXT__CAT(src, f, int32_t);
        break;
    case INFEXT__F_INT64:
        *INFEXT__AT(dst, g, int64_t) = *INFEXT__CAT(src, f, int64_t);
        break;
    case INFEXT__F_BOOL:
        *INFEXT__AT(dst, g, bool) = *INFEXT__CAT(src, f, bool);
        break;
    case INFEXT__F_DOUBLE:
        *INFEXT__AT(dst, g, double) = *INFEXT__CAT(src, f, double);
        break;
    case INFEXT__F_OBJECT: {
        void *copy = infext__deep_copy(cv->arena, *INFEXT__CAT(src, f, void *));
        if (!copy) return CONV_NO_MEMORY;
        *INFEXT__AT(dst, g, void *) = copy;
        break;
    }
    case INFEXT__F_LIST:
    case INFEXT__F_STRLIST: {
        const infext__list *from = INFEXT__CAT(src, f, infext__list);
        infext__list *to = INFEXT__AT(dst, g, infext__list);
        if (from->len && infext__list_reserve(cv->arena, to, from->len) != 0) return CONV_NO_MEMORY;
        for (size_t i = 0; i < from->len; i++) {
            to->items[i] = f->type == INFEXT__F_LIST ? infext__deep_copy(cv->arena, from->items[i])
                                                     : infext__arena_strdup(cv->arena, from->items[i]);
            if (!to->items[i]) return CONV_NO_MEMORY;
            to->len = i + 1;
        }
        break;
    }
    case INFEXT__F_MAP:
        if (infext__map_copy(cv->arena, INFEXT__AT(dst, g, infext__map), INFEXT__CAT(src, f, infext__map)) != 0)
            return CONV_NO_MEMORY;
        break;
    case INFEXT__F_RAW: {
        infext__value *v = infext__arena_alloc(cv->arena, sizeof(*v));
        if (!v || infext__value_copy(cv->arena, v, *INFEXT__CAT(src, f, infext__value *)) != 0)
            return CONV_NO_MEMORY;
        *INFEXT__AT(dst, g, infext__value *) = v;
        break;
    }
    }
    infext__mark(dst, g);
    return 0;
}

/* Convert one list item into a new item appended to dst's list field g. */
static int convert_item(conv *cv, void *dst, const infext__field *g, const void *item, const struct_pair *pair)
{
    void *to;
    if (infext__list_insert(&to, dst, g, INFEXT__AT(dst, g, infext__list)->len) != INFEXT_OK) return CONV_NO_MEMORY;
    return infext__conv_struct(cv, to, item, pair);
}

int infext__conv_list(conv *cv, void *dst, const infext__field *g, const void *src, const infext__field *f,
                      const struct_pair *pair, skip_fn skip)
{
    const infext__list *from = INFEXT__CAT(src, f, infext__list);
    infext__mark(dst, g);
    for (size_t i = 0; i < from->len; i++) {
        if (skip && skip(from->items[i])) continue;
        size_t mark = infext__conv_path_push_index(cv, i);
        int rc = convert_item(cv, dst, g, from->items[i], pair);
        infext__conv_path_pop(cv, mark);
        if (rc != 0) return rc;
    }
    if (from->len && !INFEXT__AT(dst, g, infext__list)->len) infext__clear_field(dst, g);
    return 0;
}

/* A field the tables pair with a target of another shape and no rule: a bug
 * in the tables, reported rather than guessed at. */
static int no_rule(conv *cv)
{
    infext__conv_report(cv, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INTERNAL, "no conversion rule for this field to %s",
                        cv->target_version);
    return CONV_NO_RULE;
}

static int convert_value(conv *cv, void *dst, const infext__field *g, const void *src, const infext__field *f)
{
    if (f->type != g->type) return no_rule(cv);
    if ((f->type != INFEXT__F_OBJECT && f->type != INFEXT__F_LIST) || f->elem == g->elem)
        return infext__conv_copy_same(cv, dst, g, src, f);
    const struct_pair *pair = infext__conv_pair_for(f->elem, g->elem);
    if (!pair) return no_rule(cv);
    if (f->type == INFEXT__F_LIST) return infext__conv_list(cv, dst, g, src, f, pair, NULL);
    void *child;
    if (infext__ensure_object(&child, dst, g) != INFEXT_OK) return CONV_NO_MEMORY;
    return infext__conv_struct(cv, child, *INFEXT__CAT(src, f, void *), pair);
}

static int convert_field(conv *cv, void *dst, const void *src, const infext__field *f)
{
    const infext__struct_desc *from = ((const infext__hdr *)src)->desc;
    const field_rule *rule = infext__conv_rule_for(from, f);
    if (rule && rule->convert) return rule->convert(cv, dst, src, f);
    const char *name = rule && rule->to ? rule->to : f->json;
    const infext__field *g = infext__field_lookup(((const infext__hdr *)dst)->desc, name, strlen(name));
    if (!g) {
        infext__conv_lossy(cv, INFEXT_ERR_FORBIDDEN, "%s has no such field", cv->target_version);
        return 0;
    }
    return convert_value(cv, dst, g, src, f);
}

int infext__conv_struct(conv *cv, void *dst, const void *src, const struct_pair *pair)
{
    const infext__struct_desc *desc = pair->from;
    for (uint32_t i = 0; i < desc->n_fields; i++) {
        const infext__field *f = &desc->fields[i];
        if (!infext__has(src, f)) continue;
        size_t mark = infext__conv_path_push(cv, f->json);
        int rc = convert_field(cv, dst, src, f);
        infext__conv_path_pop(cv, mark);
        if (rc != 0) return rc;
    }
    if (carry_unknown(cv, dst, src) != 0) return CONV_NO_MEMORY;
    return pair->finish ? pair->finish(cv, dst, src) : 0;
}
