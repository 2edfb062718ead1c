/* YAML anchors, aliases and merge keys.
 *
 * Anchors and aliases: while an anchored node is open, its events are
 * copied into a log (scalar text into one byte buffer). An alias replays the
 * logged events of its anchor through the same handler as live events, so
 * typing, limits, duplicate keys and paths work the same. An alias inside an
 * anchored node is logged as an alias, not as its expansion, so the log never
 * outgrows the input. Each anchor knows how many nodes its expansion holds;
 * an alias is refused before any work when that would pass the limits (nodes
 * copied per document, and per byte of input for the whole stream).
 *
 * Merge keys (`<<`): the value of a merge key is logged, not fed; when its
 * mapping ends, the pairs of the merged mappings are replayed, skipping keys
 * the mapping already has, earlier sources first (the YAML merge-key rule). */
#include "codec/yaml_int.h"
#include "codec/yaml_scalar.h"
#include "util/alloc.h"

#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------- anchors --- */

static size_t hash_name(const char *s, size_t len)
{
    size_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static const char *anchor_name(const infext__yaml_stream *ys, const anchor *a)
{
    return ys->texts.data + a->name_off;
}

/* The slot of a name: where it is, or the empty slot where it would go. */
static size_t slot_of(const infext__yaml_stream *ys, const char *name, size_t len)
{
    size_t mask = ys->slots_cap - 1;
    for (size_t i = hash_name(name, len) & mask;; i = (i + 1) & mask) {
        uint32_t v = ys->slots[i];
        if (!v) return i;
        const anchor *a = &ys->anchors[v - 1];
        if (a->name_len == len && memcmp(anchor_name(ys, a), name, len) == 0) return i;
    }
}

static int name_anchor(infext__yaml_stream *ys, size_t index, const char *name, size_t len)
{
    if ((ys->n_anchors + 1) * 2 > ys->slots_cap) {
        size_t cap = infext__grow_cap(ys->slots_cap, ys->slots_cap + 1, sizeof(uint32_t), 64, SIZE_MAX / 2 + 1);
        if (!cap) return -1;
        uint32_t *old = ys->slots;
        size_t old_cap = ys->slots_cap;
        ys->slots = infext__calloc(cap, sizeof(uint32_t));
        if (!ys->slots) {
            ys->slots = old;
            return -1;
        }
        ys->slots_cap = cap;
        for (size_t i = 0; i < old_cap; i++) {
            if (!old[i]) continue;
            const anchor *a = &ys->anchors[old[i] - 1];
            ys->slots[slot_of(ys, anchor_name(ys, a), a->name_len)] = old[i];
        }
        infext__free(old);
    }
    ys->slots[slot_of(ys, name, len)] = (uint32_t)index + 1; /* a redefinition wins */
    return 0;
}

const anchor *infext__yaml_find_anchor(const infext__yaml_stream *ys, const char *name, size_t len)
{
    if (!ys->slots_cap) return NULL;
    uint32_t v = ys->slots[slot_of(ys, name, len)];
    return v ? &ys->anchors[v - 1] : NULL;
}

/* Start logging the node that begins with the next event. */
int infext__yaml_open_anchor(infext__yaml_stream *ys, const char *name, size_t len, size_t *index)
{
    if (infext__yaml_reserve((void **)&ys->anchors, &ys->anchors_cap, ys->n_anchors + 1, sizeof(anchor)) != 0 ||
        infext__yaml_reserve((void **)&ys->open, &ys->open_cap, ys->n_open + 1, sizeof(size_t)) != 0)
        return -1;
    anchor *a = &ys->anchors[ys->n_anchors];
    memset(a, 0, sizeof *a);
    a->first = ys->n_log;
    a->depth = ys->depth;
    a->total_at_open = ys->expanded_total;
    if (name) {
        a->name_off = ys->texts.len;
        a->name_len = len;
        if (infext__buf_append(&ys->texts, name, len) != 0 || infext__buf_putc(&ys->texts, '\0') != 0) return -1;
    }
    *index = ys->n_anchors++;
    ys->open[ys->n_open++] = *index;
    if (name && name_anchor(ys, *index, name, len) != 0) return -1;
    return 0;
}

/* A node at the current depth is complete: close the anchors on it. */
void infext__yaml_close_anchors(infext__yaml_stream *ys)
{
    while (ys->n_open && ys->anchors[ys->open[ys->n_open - 1]].depth == ys->depth) {
        anchor *a = &ys->anchors[ys->open[--ys->n_open]];
        a->end = ys->n_log;
        a->expanded = ys->expanded_total - a->total_at_open;
        a->complete = 1;
    }
}

int infext__yaml_log_event(infext__yaml_stream *ys, const yev *e, const anchor *target)
{
    if (infext__yaml_reserve((void **)&ys->log, &ys->log_cap, ys->n_log + 1, sizeof(yev)) != 0) return -1;
    yev *l = &ys->log[ys->n_log++];
    *l = *e;
    l->text = NULL;
    if (e->type == EV_SCALAR) {
        l->ref = ys->texts.len;
        if (infext__buf_append(&ys->texts, e->text, e->len) != 0 || infext__buf_putc(&ys->texts, '\0') != 0)
            return -1;
    }
    if (e->type == EV_MAP || e->type == EV_SEQ || e->type == EV_SCALAR)
        ys->expanded_total = sat_add(ys->expanded_total, 1);
    else if (e->type == EV_ALIAS && target)
        ys->expanded_total = sat_add(ys->expanded_total, target->expanded);
    return 0;
}

static yev logged(const infext__yaml_stream *ys, size_t i)
{
    yev e = ys->log[i];
    if (e.type == EV_SCALAR) e.text = ys->texts.data + e.ref;
    return e;
}

/* One past the last event of the node starting at log[i]. */
static size_t node_end(const infext__yaml_stream *ys, size_t i)
{
    if (ys->log[i].type != EV_MAP && ys->log[i].type != EV_SEQ) return i + 1;
    size_t depth = 0;
    for (;; i++) {
        uint8_t t = ys->log[i].type;
        if (t == EV_MAP || t == EV_SEQ) depth++;
        else if ((t == EV_END_MAP || t == EV_END_SEQ) && --depth == 0) return i + 1;
    }
}

int infext__yaml_is_merge_key(const yev *e)
{
    return e->type == EV_SCALAR && ((e->tag == TAG_NONE && !e->quoted && e->len == 2 && memcmp(e->text, "<<", 2) == 0) ||
                                    e->tag == TAG_MERGE);
}

/* The anchor an alias names, or a diagnostic. */
const anchor *infext__yaml_alias_target(infext__yaml_stream *ys, const yev *e)
{
    const anchor *a;
    const char *name;
    size_t len;
    if (e->text) { /* live: the event's name */
        name = e->text;
        len = e->len;
        a = infext__yaml_find_anchor(ys, name, len);
    } else {
        a = &ys->anchors[e->ref];
        name = anchor_name(ys, a);
        len = a->name_len;
    }
    if (!a) {
        infext__b_fail(ys->b, INFEXT_EPARSE, INFEXT_ERR_INVALID, e->pos,
                       "unknown anchor \"%.*s\" referenced by alias *%.*s", (int)len, name, (int)len, name);
        return NULL;
    }
    if (!a->complete) {
        infext__b_fail(ys->b, INFEXT_EPARSE, INFEXT_ERR_INVALID, e->pos,
                       "alias *%.*s refers to a node that contains it", (int)len, name);
        return NULL;
    }
    return a;
}

/* Account for `nodes` copied by an alias or merge at pos; fails past a limit. */
static int charge(infext__yaml_stream *ys, size_t nodes, infext__pos pos, const char *what, size_t what_len)
{
    infext__builder *b = ys->b;
    if (ys->replaying) return 0; /* counted with the outermost copy */
    if (sat_add(ys->doc_copied, nodes) > b->opts->max_alias_expansion)
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_TOO_MANY, pos,
                              "%.*s: expanding it would bring the nodes copied by aliases in this document to %zu, "
                              "more than max_alias_expansion (%zu)",
                              (int)what_len, what, sat_add(ys->doc_copied, nodes), b->opts->max_alias_expansion);
    if (sat_add(ys->total_copied, nodes) > ys->work_limit)
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_TOO_MANY, pos,
                              "%.*s: expanding it would bring the nodes copied by aliases to %zu, more than the "
                              "%zu allowed for an input of %zu bytes (%d plus one per %d bytes)",
                              (int)what_len, what, sat_add(ys->total_copied, nodes), ys->work_limit, ys->len,
                              ALIAS_WORK_BASE, ALIAS_WORK_BYTES);
    ys->doc_copied += nodes;
    ys->total_copied += nodes;
    return 0;
}

static int replay_range(infext__yaml_stream *ys, size_t first, size_t end, const infext__pos *at);

int infext__yaml_expand_alias(infext__yaml_stream *ys, const yev *e)
{
    const anchor *a = infext__yaml_alias_target(ys, e);
    if (!a) return -1;
    char what[80];
    int n = snprintf(what, sizeof what, "alias *%.*s", (int)(a->name_len > 60 ? 60 : a->name_len), anchor_name(ys, a));
    if (charge(ys, a->expanded, e->pos, what, (size_t)n) != 0) return -1;
    ys->replaying++;
    int rc = replay_range(ys, a->first, a->end, &e->pos);
    ys->replaying--;
    return rc;
}

/* Feed logged events [first, end). A merge key met here takes the next
 * node as its value without feeding it. With `at`, the first node is
 * reported there: the node an alias stands for is where the alias is;
 * the nodes inside it keep the positions of the anchored text. */
static int replay_range(infext__yaml_stream *ys, size_t first, size_t end, const infext__pos *at)
{
    for (size_t i = first; i < end; i++) {
        yev e = logged(ys, i);
        if (at && i == first) e.pos = *at;
        if (infext__yaml_handle(ys, &e) != 0) return -1;
        if (ys->merge_key_seen) {
            ys->merge_key_seen = 0;
            size_t vend = node_end(ys, i + 1);
            if (infext__yaml_reserve((void **)&ys->merges, &ys->merges_cap, ys->n_merges + 1, sizeof(merge_src)) != 0)
                return infext__yaml_oom(ys->b);
            merge_src *m = &ys->merges[ys->n_merges++];
            m->first = i + 1;
            m->end = vend;
            m->expanded = 0;
            m->pos = e.pos;
            ys->levels[ys->depth - 1].state = ST_KEY;
            i = vend - 1;
        }
    }
    return 0;
}

static int merge_source(infext__yaml_stream *ys, size_t first, size_t end, infext__pos pos);

static int need_mapping(infext__yaml_stream *ys, infext__pos pos)
{
    return infext__b_fail(ys->b, INFEXT_EPARSE, INFEXT_ERR_INVALID, pos,
                          "the value of a merge key << must be a mapping, an alias of one, or a sequence of them");
}

/* Feed the pairs of the logged mapping [first, end) whose keys the current
 * mapping lacks; then the mappings its own merge keys name. */
static int merge_pairs(infext__yaml_stream *ys, size_t first, size_t end)
{
    infext__builder *b = ys->b;
    if (++ys->merge_nesting > b->opts->max_depth)
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_SYNTAX, ys->log[first].pos,
                              "merge keys nested deeper than the limit of %zu levels", b->opts->max_depth);
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = first + 1; i + 1 < end;) {
            size_t kend = node_end(ys, i), vend = node_end(ys, kend);
            yev key = logged(ys, i);
            if (key.type == EV_ALIAS) {
                const anchor *a = &ys->anchors[key.ref];
                key = logged(ys, a->first);
            }
            int merge = infext__yaml_is_merge_key(&key);
            if (pass == 1 && merge && merge_source(ys, kend, vend, key.pos) != 0) return -1;
            if (pass == 0 && !merge) {
                infext__scalar k;
                int present = 0;
                if (key.type == EV_SCALAR && key.tag == TAG_NONE) {
                    if (key.quoted) present = infext__b_has_key(b, key.text, key.len);
                    else {
                        memset(&k, 0, sizeof k);
                        infext__yaml_resolve_plain(&k, key.text, key.len);
                        present = k.type == INFEXT__V_STRING && infext__b_has_key(b, key.text, key.len);
                    }
                } else if (key.type == EV_SCALAR && (key.tag == TAG_STR || key.tag == TAG_OTHER)) {
                    present = infext__b_has_key(b, key.text, key.len);
                }
                if (!present && (replay_range(ys, i, kend, NULL) != 0 || replay_range(ys, kend, vend, NULL) != 0))
                    return -1;
            }
            i = vend;
        }
    }
    ys->merge_nesting--;
    return 0;
}

/* A mapping or an alias of one, merged into the current mapping. */
static int merge_mapping(infext__yaml_stream *ys, size_t first, size_t end, infext__pos pos)
{
    if (ys->log[first].type == EV_ALIAS) {
        const anchor *a = &ys->anchors[ys->log[first].ref];
        first = a->first;
        end = a->end;
    }
    if (ys->log[first].type != EV_MAP) return need_mapping(ys, pos);
    return merge_pairs(ys, first, end);
}

/* The value of a merge key: a mapping, an alias of one, or a sequence of
 * those (earlier ones win). */
static int merge_source(infext__yaml_stream *ys, size_t first, size_t end, infext__pos pos)
{
    if (ys->log[first].type != EV_SEQ) return merge_mapping(ys, first, end, pos);
    for (size_t i = first + 1; i + 1 < end;) {
        size_t next = node_end(ys, i);
        if (merge_mapping(ys, i, next, pos) != 0) return -1;
        i = next;
    }
    return 0;
}

/* Apply the merge keys of the mapping that is ending. */
int infext__yaml_apply_merges(infext__yaml_stream *ys, size_t base)
{
    size_t n = ys->n_merges; /* nested mappings push and pop above n */
    for (size_t i = base; i < n; i++) {
        merge_src m = ys->merges[i];
        if (charge(ys, m.expanded, m.pos, "merge key <<", 12) != 0) return -1;
        ys->replaying++;
        int rc = merge_source(ys, m.first, m.end, m.pos);
        ys->replaying--;
        if (rc != 0) return -1;
    }
    ys->n_merges = base;
    return 0;
}

