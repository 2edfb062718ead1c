/* The typed builder's raw values: trees of infext__value for unknown
 * members, raw fields and documents buffered until their kind is known;
 * and subtrees skipped after an error. */
#include "codec/builder_int.h"
#include "types/generated/types_gen.h"

#include <string.h>

/* ------------------------------------------------------- value trees -- */

static int value_reserve(infext__builder *b, infext__frame *fr, size_t elem)
{
    if (fr->val.len < fr->cap) return 0;
    infext__arena *arena = infext__b_arena(b);
    if (!arena) return infext__b_oom(b);
    void *items = infext__b_grow_u32(arena, (void *)fr->val.u.items, fr->val.len, &fr->cap, elem, 4);
    if (!items) return infext__b_oom(b);
    fr->val.u.items = items;
    return 0;
}

int infext__b_value_append(infext__builder *b, infext__frame *fr, const infext__value *v)
{
    if (fr->val.type == INFEXT__V_ARRAY) {
        if (value_reserve(b, fr, sizeof(infext__value)) != 0) return -1;
        fr->val.u.items[fr->val.len++] = *v;
        fr->index++;
        return 0;
    }
    if (value_reserve(b, fr, sizeof(infext__member)) != 0) return -1;
    infext__member *m = &fr->val.u.members[fr->val.len++];
    m->key = fr->key;
    m->key_len = (uint32_t)fr->key_len;
    m->value = *v;
    /* A member is reported where its key stands, as fields are. */
    if (fr->key_pos.line) m->value.pos = fr->key_pos;
    fr->pending = P_NONE;
    return 0;
}

int infext__b_scalar_value(infext__builder *b, infext__value *v, const infext__scalar *s)
{
    memset(v, 0, sizeof(*v));
    v->type = s->type;
    v->pos = s->pos;
    if (s->type == INFEXT__V_INT) v->u.i = s->i;
    else if (s->type == INFEXT__V_REAL) v->u.d = s->d;
    else if (s->type == INFEXT__V_STRING) {
        infext__arena *arena = infext__b_arena(b);
        if (!arena) return infext__b_oom(b);
        v->u.s = infext__arena_strndup(arena, s->s, s->len);
        if (!v->u.s) return infext__b_oom(b);
        v->len = (uint32_t)s->len;
    }
    return 0;
}

int infext__b_add_unknown(infext__builder *b, infext__frame *fr, const infext__value *v)
{
    infext__extra *x = infext__extra_get(fr->obj);
    if (!x) return infext__b_oom(b);
    infext__arena *arena = ((infext__hdr *)fr->obj)->arena;
    infext__member *grown = infext__arena_grow(arena, x->unknown, x->n_unknown, &x->cap_unknown, x->n_unknown + 1,
                                               sizeof(*grown), 2, SIZE_MAX);
    if (!grown) return infext__b_oom(b);
    x->unknown = grown;
    infext__member *m = &x->unknown[x->n_unknown++];
    m->key = fr->key; /* already copied into the arena by the struct's key handler */
    m->key_len = (uint32_t)fr->key_len;
    m->value = *v;
    m->value.pos = fr->key_pos.line ? fr->key_pos : v->pos;
    return 0;
}

/* A raw value is complete: give it to whoever waits for it. */
static int deliver_value(infext__builder *b, const infext__value *v)
{
    if (!b->depth) return 0;
    infext__frame *fr = infext__b_top(b);
    switch (fr->type) {
    case FR_VALUE:
    case FR_DISPATCH:
        return infext__b_value_append(b, fr, v);
    case FR_STRUCT:
        if (fr->pending == P_FIELD) { /* a raw field */
            infext__value *slot = infext__arena_alloc(((infext__hdr *)fr->obj)->arena, sizeof(*slot));
            if (!slot) return infext__b_oom(b);
            *slot = *v;
            *INFEXT__AT(fr->obj, fr->field, infext__value *) = slot;
            infext__mark(fr->obj, fr->field);
        } else if (fr->pending == P_UNKNOWN) {
            if (infext__b_add_unknown(b, fr, v) != 0) return -1;
        }
        fr->pending = P_NONE;
        return 0;
    default:
        return 0;
    }
}

infext__arena *infext__b_raw_target(infext__builder *b)
{
    if (!b->depth) return NULL;
    infext__frame *fr = infext__b_top(b);
    switch (fr->type) {
    case FR_STRUCT:
        if ((fr->pending == P_FIELD && fr->field->type == INFEXT__F_RAW) ||
            (fr->pending == P_UNKNOWN && fr->unknown_policy == INFEXT_UNKNOWN_PRESERVE))
            return ((infext__hdr *)fr->obj)->arena;
        return NULL;
    case FR_VALUE:
        return infext__b_arena(b);
    default:
        return NULL;
    }
}

int infext__b_value(infext__builder *b, const infext__value *v) { return deliver_value(b, v); }

/* ---------------------------------------------------- VALUE frames -- */

int infext__b_value_begin(infext__builder *b, uint8_t vt, infext__pos pos)
{
    if (infext__b_push(b, FR_VALUE, pos) != 0) return -1;
    infext__b_top(b)->val.type = vt;
    return 0;
}

int infext__b_member_key(infext__builder *b, infext__frame *fr, const char *key, size_t len, infext__pos pos,
                         const char *spelling, uint8_t pending)
{
    int failed;
    const char *earlier =
        infext__b_key_repeats(b, fr, key, len, fr->val.u.members, fr->val.len, infext__b_member_key_at, &failed);
    if (earlier) {
        fr->key = earlier; /* the error's path ends in the repeated key */
        fr->key_len = len;
        fr->pending = P_FIELD;
        return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos, "duplicate key \"%.*s\"", (int)len, key);
    }
    if (failed) return infext__b_oom(b);
    fr->key_len = len;
    fr->key_pos = pos;
    fr->pending = pending;
    if (spelling) {
        fr->key = spelling;
    } else {
        infext__arena *arena = infext__b_arena(b);
        if (!arena || !(fr->key = infext__arena_strndup(arena, key, len))) return infext__b_oom(b);
    }
    return infext__b_key_kept(b, fr, fr->key, len) != 0 ? infext__b_oom(b) : 0;
}

int infext__b_members_have(const infext__frame *fr, const char *key, size_t len)
{
    for (uint32_t i = 0; i < fr->val.len; i++)
        if (fr->val.u.members[i].key_len == len && memcmp(fr->val.u.members[i].key, key, len) == 0) return 1;
    return 0;
}

static int value_key(infext__builder *b, infext__frame *fr, const char *key, size_t len, infext__pos pos)
{
    return infext__b_member_key(b, fr, key, len, pos, NULL, P_FIELD);
}

static int value_begin(infext__builder *b, infext__frame *fr, uint8_t vt, infext__pos pos)
{
    (void)fr;
    return infext__b_value_begin(b, vt, pos);
}

static int value_scalar(infext__builder *b, infext__frame *fr, const infext__scalar *s)
{
    infext__value v;
    if (infext__b_scalar_value(b, &v, s) != 0) return -1;
    return infext__b_value_append(b, fr, &v);
}

static int value_end(infext__builder *b, infext__frame *fr)
{
    infext__value v = fr->val;
    b->depth--;
    int rc = deliver_value(b, &v);
    if (b->depth && infext__b_top(b)->type != FR_VALUE && infext__b_top(b)->type != FR_DISPATCH) {
        infext__frame *parent = infext__b_top(b);
        if (parent->type == FR_STRUCT) parent->pending = P_NONE;
    }
    return rc;
}

static void value_scalar_refused(infext__frame *fr)
{
    if (fr->val.type == INFEXT__V_ARRAY) fr->index++;
    if (fr->val.type == INFEXT__V_OBJECT) fr->pending = P_NONE;
}

const infext__frame_ops infext__b_value_ops = {
    .key = value_key,
    .has_key = infext__b_members_have,
    .begin = value_begin,
    .scalar = value_scalar,
    .end = value_end,
    .scalar_refused = value_scalar_refused,
};

/* ----------------------------------------------------- SKIP frames -- */

static int skip_has_key(const infext__frame *fr, const char *key, size_t len)
{
    (void)fr, (void)key, (void)len;
    return 1; /* nothing of it is kept anyway */
}

static int skip_begin(infext__builder *b, infext__frame *fr, uint8_t vt, infext__pos pos)
{
    (void)b, (void)vt, (void)pos;
    fr->skip_depth++;
    return 0;
}

static int skip_end(infext__builder *b, infext__frame *fr)
{
    if (!fr->skip_depth) return infext__b_pop(b);
    fr->skip_depth--;
    return 0;
}

const infext__frame_ops infext__b_skip_ops = {
    .has_key = skip_has_key,
    .begin = skip_begin,
    .end = skip_end,
};
