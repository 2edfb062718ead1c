/* The typed builder's structs: the members of a typed struct, its scalar
 * fields, and the lists, string lists and maps its fields hold. */
#include "codec/builder_int.h"
#include "types/generated/types_gen.h"
#include "util/alloc.h"
#include "util/diag.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* An item (at source index `index`) or a map value (UINT32_MAX) of list or
 * map field f of obj was dropped for its type. */
static int note_dropped(infext__builder *b, void *obj, const infext__field *f, size_t index)
{
    infext__extra *x = infext__extra_get(obj);
    if (!x) return infext__b_oom(b);
    struct infext__dropped *d =
        infext__b_grow_u32(((infext__hdr *)obj)->arena, x->dropped, x->n_dropped, &x->cap_dropped, sizeof(*d), 4);
    if (!d) return infext__b_oom(b);
    x->dropped = d;
    x->dropped[x->n_dropped].field = f->index;
    x->dropped[x->n_dropped].index = index < UINT32_MAX ? (uint32_t)index : UINT32_MAX - 1;
    x->n_dropped++;
    return 0;
}

/* KEEP_GOING: a scalar field f of obj could not take, kept for the checks
 * the server also runs on it (enum, bounds). */
static int keep_value(infext__builder *b, void *obj, const infext__field *f, const infext__scalar *s)
{
    if (!(b->opts->flags & INFEXT_DECODE_KEEP_GOING)) return 0;
    if (s->type != INFEXT__V_TRUE && s->type != INFEXT__V_FALSE && s->type != INFEXT__V_INT &&
        s->type != INFEXT__V_REAL)
        return 0;
    infext__extra *x = infext__extra_get(obj);
    if (!x) return infext__b_oom(b);
    struct infext__kept *kept = infext__b_grow_u32(((infext__hdr *)obj)->arena, x->kept, x->n_kept, &x->cap_kept, sizeof(*kept), 2);
    if (!kept) return infext__b_oom(b);
    x->kept = kept;
    struct infext__kept *k = &x->kept[x->n_kept++];
    memset(k, 0, sizeof *k);
    k->field = f->index;
    k->value.type = s->type;
    k->value.u.i = s->i;
    if (s->type == INFEXT__V_REAL) k->value.u.d = s->d;
    k->value.pos = s->pos;
    return 0;
}

/* In YAML, an unquoted 8000, on or null where a string belongs is fixed by
 * quoting it: say so, except when the caller collects the API server's
 * verdict (KEEP_GOING), whose messages must read exactly as the server's. */
static const char *quote_hint(const infext__builder *b, uint8_t found)
{
    if (b->format_yaml && !(b->opts->flags & INFEXT_DECODE_KEEP_GOING) && (found == INFEXT__V_INT || found == INFEXT__V_REAL || found == INFEXT__V_TRUE ||
                           found == INFEXT__V_FALSE || found == INFEXT__V_NULL))
        return " (quote the value to make it a string)";
    return "";
}

static int mark_bad_type(infext__builder *b, void *owner, const infext__field *f)
{
    infext__extra *x = infext__extra_get(owner);
    if (!x) return infext__b_oom(b);
    x->bad_type |= (uint64_t)1 << f->index;
    return 0;
}

/* A value of type `found` where field f (NULL: an object) belongs. */
static int type_error(infext__builder *b, const infext__field *f, uint8_t found, infext__pos pos, void *owner)
{
    const char *hint = f && f->type == INFEXT__F_STRING ? quote_hint(b, found) : "";
    const char *name = infext__b_vtype_name(found);
    int rc = infext__b_wrong_type(b, pos, name, 1, f ? infext__b_ftype_name(f) : "object", name, hint);
    if (owner && f && mark_bad_type(b, owner, f) != 0) return -1;
    return rc;
}

/* A value of the wrong type in a list or map field: its type error, and
 * the dropped item counted where the owner's sizes need it. */
static int drop_item(infext__builder *b, infext__frame *fr, uint8_t found, infext__pos pos, const char *want,
                     const char *hint, size_t index)
{
    const char *name = infext__b_vtype_name(found);
    int rc = infext__b_wrong_type(b, pos, name, 1, want, name, hint);
    return rc == 0 ? note_dropped(b, fr->obj, fr->field, index) : rc;
}

/* ---------------------------------------------------- scalar fields -- */

static int set_string(infext__builder *b, void *obj, const infext__field *f, const infext__scalar *s)
{
    if (s->type != INFEXT__V_STRING) /* the server checks its enum too */
        return type_error(b, f, s->type, s->pos, obj) != 0 ? -1 : keep_value(b, obj, f, s) != 0 ? -1 : 1;
    char *copy = infext__arena_strndup(((infext__hdr *)obj)->arena, s->s, s->len);
    if (!copy) return infext__b_oom(b);
    *INFEXT__AT(obj, f, const char *) = copy;
    return 0;
}

static int set_quantity(infext__builder *b, void *obj, const infext__field *f, const infext__scalar *s)
{
    char tmp[64];
    const char *text = s->s;
    size_t len = s->len;
    if (s->type == INFEXT__V_INT) {
        len = (size_t)snprintf(tmp, sizeof tmp, "%" PRId64, s->i);
        text = tmp;
    } else if (s->type == INFEXT__V_REAL && !s->s) {
        len = (size_t)snprintf(tmp, sizeof tmp, "%.17g", s->d);
        text = tmp;
    } else if (s->type != INFEXT__V_STRING && s->type != INFEXT__V_REAL) {
        return type_error(b, f, s->type, s->pos, obj) != 0 ? -1 : 1;
    }
    char *copy = infext__arena_strndup(((infext__hdr *)obj)->arena, text, len);
    if (!copy) return infext__b_oom(b);
    *INFEXT__AT(obj, f, const char *) = copy;
    return 0;
}

/* An integer beyond int32 in an int32 field. */
static int int32_overflow(infext__builder *b, void *obj, const infext__field *f, const infext__scalar *s, int64_t v)
{
    if (b->opts->flags & INFEXT_DECODE_KEEP_GOING) {
        /* The server has no int32 check: its verdict is the field's
         * bounds, which the validator applies to the kept value. */
        infext__scalar whole = *s;
        whole.type = INFEXT__V_INT;
        whole.i = v;
        if (mark_bad_type(b, obj, f) != 0) return -1;
        return keep_value(b, obj, f, &whole) != 0 ? -1 : 1;
    }
    char text[32];
    snprintf(text, sizeof text, "%" PRId64, v);
    int rc = infext__b_wrong_type(b, s->pos, text, 0, "int32", text, "");
    if (mark_bad_type(b, obj, f) != 0) return -1;
    return rc != 0 ? rc : 1;
}

static int set_integer(infext__builder *b, void *obj, const infext__field *f, const infext__scalar *s)
{
    int64_t v;
    if (s->type == INFEXT__V_INT) {
        v = s->i;
    } else if (s->type == INFEXT__V_REAL && isfinite(s->d) && s->d == floor(s->d) &&
               s->d >= -9223372036854775808.0 && s->d < 9223372036854775808.0) {
        v = (int64_t)s->d; /* 8000.0 is the integer 8000 */
    } else { /* the server checks a number's bounds too */
        return type_error(b, f, s->type, s->pos, obj) != 0 ? -1 : keep_value(b, obj, f, s) != 0 ? -1 : 1;
    }
    if (f->type == INFEXT__F_INT64) {
        *INFEXT__AT(obj, f, int64_t) = v;
        return 0;
    }
    if (v < INT32_MIN || v > INT32_MAX) return int32_overflow(b, obj, f, s, v);
    *INFEXT__AT(obj, f, int32_t) = (int32_t)v;
    return 0;
}

static int set_number(infext__builder *b, void *obj, const infext__field *f, const infext__scalar *s)
{
    if (f->type == INFEXT__F_BOOL) {
        if (s->type != INFEXT__V_TRUE && s->type != INFEXT__V_FALSE)
            return type_error(b, f, s->type, s->pos, obj) != 0 ? -1 : 1;
        *INFEXT__AT(obj, f, bool) = s->type == INFEXT__V_TRUE;
        return 0;
    }
    if (s->type == INFEXT__V_INT) *INFEXT__AT(obj, f, double) = (double)s->i;
    else if (s->type == INFEXT__V_REAL) *INFEXT__AT(obj, f, double) = s->d;
    else return type_error(b, f, s->type, s->pos, obj) != 0 ? -1 : 1;
    return 0;
}

static int set_raw(infext__builder *b, void *obj, const infext__field *f, const infext__scalar *s)
{
    infext__value v;
    if (infext__b_scalar_value(b, &v, s) != 0) return -1;
    infext__value *slot = infext__arena_alloc(((infext__hdr *)obj)->arena, sizeof(*slot));
    if (!slot) return infext__b_oom(b);
    *slot = v;
    *INFEXT__AT(obj, f, infext__value *) = slot;
    return 0;
}

/* A scalar for field f of obj; a value of the wrong type is reported and
 * leaves the field absent (the setters return 1 for that). */
static int set_scalar_field(infext__builder *b, void *obj, const infext__field *f, const infext__scalar *s)
{
    if (s->type == INFEXT__V_NULL && f->type != INFEXT__F_RAW) return 0; /* null = absent */
    int rc;
    switch (f->type) {
    case INFEXT__F_STRING: rc = set_string(b, obj, f, s); break;
    case INFEXT__F_QUANTITY: rc = set_quantity(b, obj, f, s); break;
    case INFEXT__F_INT32:
    case INFEXT__F_INT64: rc = set_integer(b, obj, f, s); break;
    case INFEXT__F_BOOL:
    case INFEXT__F_DOUBLE: rc = set_number(b, obj, f, s); break;
    case INFEXT__F_RAW: rc = set_raw(b, obj, f, s); break;
    default: return type_error(b, f, s->type, s->pos, obj);
    }
    if (rc != 0) return rc < 0 ? -1 : 0;
    infext__mark(obj, f);
    return 0;
}

/* --------------------------------------------------- struct members -- */

/* apiVersion and kind are not fields of the root struct, so the `seen`
 * bits cannot catch them given twice. */
static int type_meta_key(infext__builder *b, infext__frame *fr, uint8_t which, infext__pos pos)
{
    fr->key = which == TYPE_META_KIND ? "kind" : "apiVersion";
    if (fr->type_meta_seen & which) {
        fr->pending = P_IGNORE;
        return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos, "duplicate key \"%s\"", fr->key);
    }
    fr->type_meta_seen |= which;
    fr->pending = which == TYPE_META_KIND ? P_KIND : P_APIVERSION;
    return 0;
}

/* A strict root refuses a member no field declares: in the API server's
 * words for a custom resource, in the endpoint picker loader's (its strict
 * decoder's, with the path) for a config. */
static int unknown_rejected(infext__builder *b, infext__pos pos)
{
    const infext__hdr *root = NULL;
    for (size_t i = b->depth; i > 0 && !root; i--)
        if (b->frames[i - 1].type == FR_STRUCT && ((infext__hdr *)b->frames[i - 1].obj)->is_root)
            root = b->frames[i - 1].obj;
    if (!root || !infext__kind_loader_decoded(root->desc->kind->kind))
        return infext__b_soft(b, INFEXT_EUNKNOWN, INFEXT_ERR_UNKNOWN, pos, "field not declared in schema");
    infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__unknown_field_text(&msg, root->desc->kind->kind, infext__b_path(b));
    int rc = msg.failed ? infext__b_oom(b)
                        : infext__b_soft(b, INFEXT_EUNKNOWN, INFEXT_ERR_UNKNOWN, pos, "%s", msg.data);
    infext__buf_reset(&msg);
    return rc;
}

/* A key that names no field: kept (a copy: YAML's key text may not
 * outlive this event), checked for duplicates against the kept ones. */
static int unknown_key(infext__builder *b, infext__frame *fr, const char *key, size_t len, infext__pos pos)
{
    char *copy = infext__arena_strndup(((infext__hdr *)fr->obj)->arena, key, len);
    if (!copy) return infext__b_oom(b);
    fr->key = copy;
    infext__hdr *h = fr->obj;
    fr->pending = P_UNKNOWN;
    if (h->extra) {
        int failed;
        if (infext__b_key_repeats(b, fr, copy, len, h->extra->unknown, h->extra->n_unknown, infext__b_member_key_at,
                                  &failed))
            return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos, "duplicate key \"%.*s\"", (int)len,
                                  copy);
        if (failed || infext__b_key_kept(b, fr, copy, len) != 0) return infext__b_oom(b);
    }
    if (fr->unknown_policy == INFEXT_UNKNOWN_STRICT) return unknown_rejected(b, pos);
    return 0;
}

static int struct_key(infext__builder *b, infext__frame *fr, const char *key, size_t len, infext__pos pos)
{
    fr->key = NULL; /* set below to a copy or a static spelling */
    fr->key_len = len;
    fr->key_pos = pos;
    const infext__struct_desc *d = fr->desc;
    /* Keys kept in a frame must outlive the event that carried them (a
     * later error names them): use static spellings or arena copies. */
    if (d->kind && len == 10 && memcmp(key, "apiVersion", 10) == 0)
        return type_meta_key(b, fr, TYPE_META_API_VERSION, pos);
    if (d->kind && len == 4 && memcmp(key, "kind", 4) == 0) return type_meta_key(b, fr, TYPE_META_KIND, pos);
    const infext__field *f = infext__field_lookup(d, key, len);
    if (!f) return unknown_key(b, fr, key, len, pos);
    uint64_t bit = (uint64_t)1 << f->index;
    fr->pending = P_FIELD;
    fr->key = f->json; /* paths use the canonical spelling, also for an alias */
    fr->key_len = f->json_len;
    if (fr->seen & bit) {
        if (f->alias)
            return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos,
                                  "\"%s\" and \"%s\" are two spellings of one field: give only one",
                                  f->json, f->alias);
        return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos,
                              "duplicate key \"%.*s\"", (int)len, key);
    }
    fr->seen |= bit;
    fr->field = f;
    infext__b_record_pos(b, fr->obj, 1u + f->index, pos);
    return 0;
}

static int struct_has_key(const infext__frame *fr, const char *key, size_t len)
{
    const infext__field *f = infext__field_lookup(fr->desc, key, len);
    if (f) return (fr->seen >> f->index) & 1;
    const infext__hdr *h = fr->obj;
    if (h->extra)
        for (size_t i = 0; i < h->extra->n_unknown; i++)
            if (h->extra->unknown[i].key_len == len && memcmp(h->extra->unknown[i].key, key, len) == 0)
                return 1;
    return 0;
}

static int check_type_meta(infext__builder *b, infext__frame *fr, const infext__scalar *s)
{
    const infext__kind_desc *k = fr->desc->kind;
    const char *want = fr->pending == P_APIVERSION ? k->api_version : k->kind_name;
    fr->pending = P_NONE;
    if (s->type != INFEXT__V_STRING)
        return infext__b_soft(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, s->pos,
                              "Invalid value: \"%s\": must be a string", infext__b_vtype_name(s->type));
    if (strlen(want) != s->len || memcmp(want, s->s, s->len) != 0)
        return infext__b_soft(b, INFEXT_EKIND, INFEXT_ERR_INVALID, s->pos,
                              "Invalid value: \"%.*s\": expected \"%s\"", (int)s->len, s->s, want);
    return 0;
}

static int struct_scalar(infext__builder *b, infext__frame *fr, const infext__scalar *s)
{
    if (fr->pending == P_APIVERSION || fr->pending == P_KIND) return check_type_meta(b, fr, s);
    if (fr->pending == P_UNKNOWN) {
        fr->pending = P_NONE;
        if (fr->unknown_policy != INFEXT_UNKNOWN_PRESERVE) return 0;
        infext__value v;
        if (infext__b_scalar_value(b, &v, s) != 0) return -1;
        fr->pending = P_UNKNOWN;
        int rc = infext__b_add_unknown(b, fr, &v);
        fr->pending = P_NONE;
        return rc;
    }
    if (fr->pending == P_FIELD) {
        int rc = set_scalar_field(b, fr->obj, fr->field, s);
        fr->pending = P_NONE;
        return rc;
    }
    return 0;
}

/* A mapping or sequence for the field the pending key names. */
static int field_begin(infext__builder *b, infext__frame *fr, uint8_t vt, infext__pos pos)
{
    const infext__field *f = fr->field;
    void *obj = fr->obj;
    int is_map = vt == INFEXT__V_OBJECT;
    if (f->type == INFEXT__F_RAW) return infext__b_value_begin(b, vt, pos);
    if (is_map && f->type == INFEXT__F_OBJECT) {
        void **slot = INFEXT__AT(obj, f, void *);
        *slot = infext__struct_new(((infext__hdr *)obj)->arena, f->elem);
        if (!*slot) return infext__b_oom(b);
        infext__mark(obj, f);
        if (infext__b_push(b, FR_STRUCT, pos) != 0) return -1;
        infext__frame *child = infext__b_top(b);
        child->obj = *slot;
        child->desc = f->elem;
        infext__b_record_pos(b, *slot, 0, pos);
        return 0;
    }
    int map = is_map && f->type == INFEXT__F_MAP;
    if (map || (!is_map && (f->type == INFEXT__F_LIST || f->type == INFEXT__F_STRLIST))) {
        infext__mark(obj, f);
        if (infext__b_push(b, map ? FR_MAP : f->type == INFEXT__F_LIST ? FR_LIST : FR_STRLIST, pos) != 0) return -1;
        infext__frame *child = infext__b_top(b);
        child->obj = obj;
        child->field = f;
        if (!map) child->desc = f->elem;
        return 0;
    }
    if (type_error(b, f, vt, pos, obj) != 0) return -1;
    return infext__b_push(b, FR_SKIP, pos);
}

static int struct_begin(infext__builder *b, infext__frame *fr, uint8_t vt, infext__pos pos)
{
    if (fr->pending == P_APIVERSION || fr->pending == P_KIND) {
        fr->pending = P_NONE;
        if (infext__b_soft(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, pos, "Invalid value: \"%s\": must be a string",
                           infext__b_vtype_name(vt)) != 0)
            return -1;
        return infext__b_push(b, FR_SKIP, pos);
    }
    if (fr->pending == P_UNKNOWN) {
        if (fr->unknown_policy != INFEXT_UNKNOWN_PRESERVE) return infext__b_push(b, FR_SKIP, pos);
        return infext__b_value_begin(b, vt, pos);
    }
    return field_begin(b, fr, vt, pos);
}

const infext__frame_ops infext__b_struct_ops = {
    .key = struct_key,
    .has_key = struct_has_key,
    .begin = struct_begin,
    .scalar = struct_scalar,
    .child_done = infext__b_clear_pending,
    .scalar_refused = infext__b_clear_pending,
};

/* ------------------------------------------------- lists of structs -- */

static int list_begin(infext__builder *b, infext__frame *fr, uint8_t vt, infext__pos pos)
{
    if (vt != INFEXT__V_OBJECT) {
        if (drop_item(b, fr, vt, pos, "object", "", fr->index) != 0) return -1;
        fr->index++;
        return infext__b_push(b, FR_SKIP, pos);
    }
    infext__hdr *item = NULL;
    if (infext__list_insert((void **)&item, fr->obj, fr->field, INFEXT__AT(fr->obj, fr->field, infext__list)->len) !=
        INFEXT_OK)
        return infext__b_oom(b);
    if (infext__b_push(b, FR_STRUCT, pos) != 0) return -1;
    infext__frame *child = infext__b_top(b);
    child->obj = item;
    child->desc = item->desc;
    infext__b_record_pos(b, item, 0, pos);
    return 0;
}

static int list_scalar(infext__builder *b, infext__frame *fr, const infext__scalar *s)
{
    int rc = drop_item(b, fr, s->type, s->pos, "object", "", fr->index);
    fr->index++;
    return rc;
}

const infext__frame_ops infext__b_list_ops = {
    .begin = list_begin,
    .scalar = list_scalar,
    .child_done = infext__b_next_index,
    .scalar_refused = infext__b_next_index,
};

/* ----------------------------------------- string lists and maps -- */

/* A mapping or sequence where a string belongs. */
static int strlist_begin(infext__builder *b, infext__frame *fr, uint8_t vt, infext__pos pos)
{
    if (drop_item(b, fr, vt, pos, "string", "", fr->index) != 0) return -1;
    fr->index++;
    return infext__b_push(b, FR_SKIP, pos);
}

static int strlist_scalar(infext__builder *b, infext__frame *fr, const infext__scalar *s)
{
    if (s->type != INFEXT__V_STRING) {
        int rc = drop_item(b, fr, s->type, s->pos, "string", quote_hint(b, s->type), fr->index);
        fr->index++;
        return rc;
    }
    infext__arena *arena = ((infext__hdr *)fr->obj)->arena;
    infext__list *list = INFEXT__AT(fr->obj, fr->field, infext__list);
    char *copy = infext__arena_strndup(arena, s->s, s->len);
    if (!copy || infext__list_reserve(arena, list, list->len + 1) != 0) return infext__b_oom(b);
    list->items[list->len++] = copy;
    fr->index++;
    return 0;
}

const infext__frame_ops infext__b_strlist_ops = {
    .begin = strlist_begin,
    .scalar = strlist_scalar,
    .child_done = infext__b_next_index,
    .scalar_refused = infext__b_next_index,
};

static const char *kv_key_at(const void *keys, size_t i, size_t *len)
{
    const infext__kv *kv = (const infext__kv *)keys + i;
    *len = strlen(kv->key);
    return kv->key;
}

static int map_key(infext__builder *b, infext__frame *fr, const char *key, size_t len, infext__pos pos)
{
    const infext__map *m = INFEXT__CAT(fr->obj, fr->field, infext__map);
    int failed;
    const char *earlier = infext__b_key_repeats(b, fr, key, len, m->items, m->len, kv_key_at, &failed);
    if (earlier) {
        fr->key = earlier;
        fr->key_len = len;
        fr->pending = P_FIELD;
        return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos, "duplicate key \"%.*s\"", (int)len, key);
    }
    if (failed) return infext__b_oom(b);
    fr->key = infext__arena_strndup(((infext__hdr *)fr->obj)->arena, key, len);
    if (!fr->key || infext__b_key_kept(b, fr, fr->key, len) != 0) return infext__b_oom(b);
    fr->key_len = len;
    fr->key_pos = pos;
    fr->pending = P_FIELD;
    return 0;
}

static int map_has_key(const infext__frame *fr, const char *key, size_t len)
{
    const infext__map *m = INFEXT__CAT(fr->obj, fr->field, infext__map);
    for (size_t i = 0; i < m->len; i++)
        if (strlen(m->items[i].key) == len && memcmp(m->items[i].key, key, len) == 0) return 1;
    return 0;
}

static int map_begin(infext__builder *b, infext__frame *fr, uint8_t vt, infext__pos pos)
{
    if (drop_item(b, fr, vt, pos, "string", "", UINT32_MAX) != 0) return -1;
    fr->pending = P_NONE;
    return infext__b_push(b, FR_SKIP, pos);
}

static int map_scalar(infext__builder *b, infext__frame *fr, const infext__scalar *s)
{
    if (s->type == INFEXT__V_NULL) {
        fr->pending = P_NONE;
        return 0;
    }
    if (s->type != INFEXT__V_STRING) {
        int rc = drop_item(b, fr, s->type, s->pos, "string", quote_hint(b, s->type), UINT32_MAX);
        fr->pending = P_NONE;
        return rc;
    }
    infext__arena *arena = ((infext__hdr *)fr->obj)->arena;
    infext__map *m = INFEXT__AT(fr->obj, fr->field, infext__map);
    infext__kv *items = infext__arena_grow(arena, m->items, m->len, &m->cap, m->len + 1, sizeof(infext__kv), 4,
                                           SIZE_MAX);
    if (!items) return infext__b_oom(b);
    m->items = items;
    infext__kv *kv = &m->items[m->len];
    kv->key = fr->key;
    kv->value = infext__arena_strndup(arena, s->s, s->len);
    if (!kv->key || !kv->value) return infext__b_oom(b);
    kv->pos = fr->key_pos;
    m->len++;
    fr->pending = P_NONE;
    return 0;
}

const infext__frame_ops infext__b_map_ops = {
    .key = map_key,
    .has_key = map_has_key,
    .begin = map_begin,
    .scalar = map_scalar,
    .child_done = infext__b_clear_pending,
    .scalar_refused = infext__b_clear_pending,
};
