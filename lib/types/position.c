/* Source positions by field path: where in the text a decoded value stood,
 * for tools that report problems found after decoding (the scheduler's
 * config checks, a host's own rules). YAML input records them while it is
 * decoded; JSON input keeps its text, and they are looked up there. */
#include "types/schema.h"

#include "util/diag.h"

#include <stdlib.h>
#include <string.h>

/* Next path segment: a field name up to '.' or '[', or an index "[N]". */
static const char *segment(const char *p, const char **name, size_t *len, long *index)
{
    *index = -1;
    if (*p == '.') p++;
    if (*p == '[') {
        char *end;
        long v = strtol(p + 1, &end, 10);
        if (end == p + 1 || *end != ']' || v < 0) return NULL;
        *index = v;
        *name = NULL;
        *len = 0;
        return end + 1;
    }
    *name = p;
    while (*p && *p != '.' && *p != '[') p++;
    *len = (size_t)(p - *name);
    return *len ? p : NULL;
}

static bool value_position(infext__pos *out, const infext__value *v, const char *p)
{
    while (*p) {
        const char *name;
        size_t len;
        long index;
        p = segment(p, &name, &len, &index);
        if (!p) return false;
        if (index >= 0) {
            if (v->type != INFEXT__V_ARRAY || (unsigned long)index >= v->len) return false;
            v = &v->u.items[index];
        } else {
            if (v->type != INFEXT__V_OBJECT) return false;
            const infext__value *next = NULL;
            for (uint32_t i = 0; i < v->len && !next; i++)
                if (v->u.members[i].key_len == len && !memcmp(v->u.members[i].key, name, len))
                    next = &v->u.members[i].value;
            if (!next) return false;
            v = next;
        }
    }
    *out = v->pos;
    return out->line != 0;
}

bool infext__path_position(infext__pos *out, const void *node, const char *path)
{
    const infext__hdr *h = node;
    const char *p = path ? path : "";
    if (h->is_root && h->extra && h->extra->src) /* JSON: looked up in the text */
        return infext__source_locate(out, h->extra->src, h->extra->src_item, p, 0) >= 0 && out->line;
    infext__pos best = h->extra && h->extra->pos ? h->extra->pos[0] : (infext__pos){0, 0};
    while (*p) {
        const char *name;
        size_t len;
        long index;
        const char *rest = segment(p, &name, &len, &index);
        if (!rest || index >= 0) break;
        const infext__field *f = infext__field_lookup(h->desc, name, len);
        if (!f) { /* a preserved unknown member */
            for (size_t i = 0; h->extra && i < h->extra->n_unknown; i++) {
                const infext__member *m = &h->extra->unknown[i];
                if (m->key_len == len && !memcmp(m->key, name, len)) {
                    if (!*rest) best = m->value.pos;
                    else value_position(&best, &m->value, rest);
                    break;
                }
            }
            break;
        }
        if (h->extra && h->extra->pos && h->extra->pos[1 + f->index].line) best = h->extra->pos[1 + f->index];
        if (!infext__has(node, f) || !*rest) break;
        if (f->type == INFEXT__F_OBJECT) {
            node = *INFEXT__CAT(node, f, void *);
        } else if (f->type == INFEXT__F_LIST) {
            long i;
            rest = segment(rest, &name, &len, &i);
            const infext__list *l = INFEXT__CAT(node, f, infext__list);
            if (!rest || i < 0 || (size_t)i >= l->len) break;
            node = l->items[i];
        } else if (f->type == INFEXT__F_MAP) {
            const infext__map *m = INFEXT__CAT(node, f, infext__map);
            const char *key = rest[0] == '.' ? rest + 1 : rest; /* the rest is the key, dots and all */
            for (size_t i = 0; i < m->len; i++)
                if (!strcmp(m->items[i].key, key) && m->items[i].pos.line) best = m->items[i].pos;
            break;
        } else if (f->type == INFEXT__F_RAW) {
            value_position(&best, *INFEXT__CAT(node, f, infext__value *), rest);
            break;
        } else {
            break;
        }
        h = node;
        if (h->extra && h->extra->pos && h->extra->pos[0].line) best = h->extra->pos[0];
        p = rest;
    }
    *out = best;
    return best.line != 0;
}

INFEXT_API bool infext_object_path_position(unsigned int *line, unsigned int *column, const infext_object *obj,
                                            const char *path)
{
    infext__pos pos = {0, 0};
    bool found = obj && infext__path_position(&pos, obj, path);
    if (line) *line = pos.line;
    if (column) *column = pos.column;
    return found;
}

void infext__diags_locate(infext_diags *diags, size_t from, const void *root)
{
    for (size_t i = from; diags && root && i < diags->len; i++) {
        infext__pos pos;
        if (!diags->items[i].line && infext__path_position(&pos, root, diags->items[i].path)) {
            diags->items[i].line = pos.line;
            diags->items[i].column = pos.column;
        }
    }
}
