/* The typed builder: events in, objects out. See decode.h. */
#include "codec/decode.h"
#include "util/keyset.h"
#include "types/generated/types_gen.h"
#include "util/alloc.h"
#include "util/path.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

enum frame_type {
    FR_DISPATCH, /* a mapping whose apiVersion/kind is not known yet */
    FR_STRUCT,   /* a typed struct */
    FR_LIST,     /* list of structs (owner NULL: List items that become roots) */
    FR_STRLIST,
    FR_MAP,
    FR_VALUE,    /* a raw value being built */
    FR_GLIST,    /* a v1 List: only apiVersion, kind, metadata, items */
    FR_GITEMS,   /* items of a v1 List: each is dispatched on its own */
    FR_SKIP,     /* a subtree being skipped after an error */
};

enum pending {
    P_NONE,
    P_FIELD,    /* key names field `field` */
    P_UNKNOWN,  /* key names no field: preserve, reject or drop */
    P_APIVERSION,
    P_KIND,
    P_IGNORE,   /* skip the value (e.g. metadata of a split List) */
};

struct infext__frame {
    uint8_t type;
    uint8_t pending;
    uint8_t is_list_item_root; /* STRUCT of a root made for a split List item */
    void *obj;                 /* STRUCT: the struct; LIST/STRLIST/MAP: the owner */
    const infext__struct_desc *desc; /* STRUCT; LIST with owner NULL: item type */
    const infext__field *field;      /* LIST/STRLIST/MAP/VALUE target, pending field */
    const char *key;                 /* pending key (path, unknown members) */
    size_t key_len;
    infext__pos key_pos;
    size_t index;    /* LIST/STRLIST/GITEMS/VALUE-array: next item index */
    uint64_t seen;   /* STRUCT: fields given so far (duplicate check) */
    uint8_t type_meta_seen; /* root STRUCT: TYPE_META_* keys given so far */
    infext__keyset keys;    /* keys of a large mapping (see key_repeats) */
    infext__value val; /* VALUE and DISPATCH: the value being built */
    uint32_t cap;      /* capacity of val's items/members */
    unsigned skip_depth;
    /* DISPATCH: */
    const char *api_version;
    size_t api_version_len;
    const char *kind;
    size_t kind_len;
    uint8_t unknown_policy; /* resolved infext_unknown_fields of the current root */
};

/* ----------------------------------------------------------- helpers -- */

void infext__decode_options_resolve(infext_decode_options *dst, const infext_decode_options *src)
{
    infext_decode_options def = INFEXT_DECODE_OPTIONS_INIT;
    *dst = src ? *src : def;
    /* The API server's own bounds: its JSON decoder (encoding/json's scanner
     * in sigs.k8s.io/json) and go-yaml v2's scanner refuse nesting deeper
     * than 10000 levels; see docs/yaml.md. */
    if (!dst->max_depth) dst->max_depth = 10000;
    if (!dst->max_document_size) dst->max_document_size = (size_t)64 << 20;
    if (!dst->max_string_length) dst->max_string_length = (size_t)16 << 20;
    if (!dst->max_alias_expansion) dst->max_alias_expansion = 10000;
}

static const char *vtype_name(uint8_t t)
{
    switch (t) {
    case INFEXT__V_NULL: return "null";
    case INFEXT__V_FALSE:
    case INFEXT__V_TRUE: return "boolean";
    case INFEXT__V_INT: return "integer";
    case INFEXT__V_REAL: return "number";
    case INFEXT__V_STRING: return "string";
    case INFEXT__V_ARRAY: return "array";
    default: return "object";
    }
}

static const char *ftype_name(const infext__field *f)
{
    switch (f->type) {
    case INFEXT__F_STRING: return "string";
    case INFEXT__F_INT32:
    case INFEXT__F_INT64: return "integer";
    case INFEXT__F_BOOL: return "boolean";
    case INFEXT__F_DOUBLE: return "number";
    case INFEXT__F_QUANTITY: return "string or integer";
    case INFEXT__F_LIST:
    case INFEXT__F_STRLIST: return "array";
    default: return "object";
    }
}

static infext__frame *top(infext__builder *b) { return &b->frames[b->depth - 1]; }

static infext__arena *scratch_arena(infext__builder *b)
{
    if (!b->scratch) b->scratch = infext__arena_new(4096);
    return b->scratch;
}

/* ------------------------------------------------- duplicate keys -- */

/* A mapping with this many keys gets a hash set of them for the duplicate
 * check: scanning is cheaper for small ones, but quadratic. */
#define KEYSET_MIN 16

typedef const char *(*key_at_fn)(const void *keys, size_t i, size_t *len);

static const char *member_key_at(const void *keys, size_t i, size_t *len)
{
    const infext__member *m = (const infext__member *)keys + i;
    *len = m->key_len;
    return m->key;
}

static const char *kv_key_at(const void *keys, size_t i, size_t *len)
{
    const infext__kv *kv = (const infext__kv *)keys + i;
    *len = strlen(kv->key);
    return kv->key;
}

/* The earlier spelling of `key` among the mapping's `n` kept keys, or NULL.
 * Sets *oom on allocation failure. */
static const char *key_repeats(infext__builder *b, infext__frame *fr, const char *key, size_t len,
                               const void *keys, size_t n, key_at_fn key_at, int *oom_out)
{
    *oom_out = 0;
    if (!fr->keys.cap) {
        if (n < KEYSET_MIN) {
            for (size_t i = 0; i < n; i++) {
                size_t klen;
                const char *k = key_at(keys, i, &klen);
                if (klen == len && memcmp(k, key, len) == 0) return k;
            }
            return NULL;
        }
        infext__arena *arena = scratch_arena(b);
        for (size_t i = 0; i < n; i++) {
            size_t klen;
            const char *k = key_at(keys, i, &klen);
            if (!arena || infext__keyset_add(&fr->keys, arena, k, klen) < 0) {
                *oom_out = 1;
                return NULL;
            }
        }
    }
    return infext__keyset_find(&fr->keys, key, len);
}

/* A key the mapping keeps (a copy that lives as long as the document),
 * remembered once the mapping has a set. */
static int key_kept(infext__builder *b, infext__frame *fr, const char *key, size_t len)
{
    if (!fr->keys.cap) return 0;
    infext__arena *arena = scratch_arena(b);
    return arena && infext__keyset_add(&fr->keys, arena, key, len) >= 0 ? 0 : -1;
}

/* New nodes go to the arena of the nearest enclosing typed object, or to
 * the scratch arena while the kind of the document is not known. */
static infext__arena *cur_arena(infext__builder *b)
{
    for (size_t i = b->depth; i > 0; i--) {
        infext__frame *fr = &b->frames[i - 1];
        if (fr->type == FR_STRUCT) return ((infext__hdr *)fr->obj)->arena;
        if ((fr->type == FR_LIST || fr->type == FR_STRLIST || fr->type == FR_MAP) && fr->obj)
            return ((infext__hdr *)fr->obj)->arena;
        if (fr->type != FR_VALUE) break;
    }
    return scratch_arena(b);
}

/* The path of the value being read, in the API server's form. */
static const char *current_path(infext__builder *b)
{
    infext__buf *p = &b->path;
    if (!p->data && infext__buf_grow(p, 64) != 0) return "";
    infext__buf_truncate(p, 0);
    p->data[0] = '\0';
    for (size_t i = 0; i < b->depth; i++) {
        infext__frame *fr = &b->frames[i];
        switch (fr->type) {
        case FR_STRUCT:
        case FR_DISPATCH:
        case FR_GLIST:
        case FR_MAP:
            if (fr->pending != P_NONE && fr->key) infext__path_push_field(p, fr->key, fr->key_len);
            break;
        case FR_VALUE:
            if (fr->val.type == INFEXT__V_OBJECT && fr->key) infext__path_push_field(p, fr->key, fr->key_len);
            else if (fr->val.type == INFEXT__V_ARRAY) infext__path_push_index(p, fr->index);
            break;
        case FR_LIST:
        case FR_STRLIST:
        case FR_GITEMS:
            infext__path_push_index(p, fr->index);
            break;
        default:
            break;
        }
    }
    return infext__path_text(p);
}

/* Add a diagnostic at the current path; 0, or -1 when it could not be
 * stored. */
static int record(infext__builder *b, infext_error_type type, infext__pos pos, const char *fmt, va_list ap)
{
    infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_vprintf(&msg, fmt, ap);
    char *text = infext__buf_detach(&msg, NULL);
    if (!text) return -1;
    infext_status rc = infext_diags_add(b->diags, INFEXT_SEVERITY_ERROR, type, current_path(b), text,
                                        pos.line, pos.column);
    infext__free(text);
    return rc == INFEXT_OK ? 0 : -1;
}

static int oom(infext__builder *b)
{
    if (b->status == INFEXT_OK) b->status = INFEXT_ENOMEM;
    return -1;
}

/* A fatal problem: recorded, decoding of the document stops. */
int infext__b_fail(infext__builder *b, infext_status status, infext_error_type type,
                   infext__pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = record(b, type, pos, fmt, ap);
    va_end(ap);
    if (b->status == INFEXT_OK) b->status = rc == 0 ? status : INFEXT_ENOMEM;
    return -1;
}

/* The root object the value being read belongs to, or NULL. */
static void *current_root(infext__builder *b)
{
    for (size_t i = b->depth; i > 0; i--) {
        infext__frame *fr = &b->frames[i - 1];
        if (fr->type == FR_STRUCT && ((infext__hdr *)fr->obj)->is_root) return fr->obj;
    }
    return NULL;
}

/* A value of the wrong type was reported: the root remembers it, and where
 * it was reported, so that the validator learns it from the object and
 * never from the caller's list (which may hold other documents' errors). */
static int note_type_error(infext__builder *b)
{
    void *root = current_root(b);
    if (!root) return 0;
    infext__extra *x = infext__extra_get(root);
    if (!x) return oom(b);
    x->type_errors++;
    x->reported_to = b->diags;
    x->reported_epoch = b->diags ? b->diags->epoch : 0;
    x->reported_mark = b->diags ? b->diags->len : 0;
    return 0;
}

/* Room for one more item in an arena array whose length and capacity are
 * uint32_t; NULL when out of memory or past UINT32_MAX items. */
static void *grow_u32(infext__arena *arena, void *items, uint32_t len, uint32_t *cap, size_t size, size_t first)
{
    size_t c = *cap;
    void *p = infext__arena_grow(arena, items, len, &c, (size_t)len + 1, size, first, UINT32_MAX);
    if (p) *cap = (uint32_t)c;
    return p;
}

/* An item (at source index `index`) or a map value (UINT32_MAX) of list or
 * map field f of obj was dropped for its type. */
static int note_dropped(infext__builder *b, void *obj, const infext__field *f, size_t index)
{
    infext__extra *x = infext__extra_get(obj);
    if (!x) return oom(b);
    struct infext__dropped *d =
        grow_u32(((infext__hdr *)obj)->arena, x->dropped, x->n_dropped, &x->cap_dropped, sizeof(*d), 4);
    if (!d) return oom(b);
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
    if (!x) return oom(b);
    struct infext__kept *kept = grow_u32(((infext__hdr *)obj)->arena, x->kept, x->n_kept, &x->cap_kept, sizeof(*kept), 2);
    if (!kept) return oom(b);
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

/* A recoverable problem: recorded, decoding goes on. */
static int soft_error(infext__builder *b, infext_status status, infext_error_type type,
                      infext__pos pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
static int soft_error(infext__builder *b, infext_status status, infext_error_type type,
                      infext__pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = record(b, type, pos, fmt, ap);
    va_end(ap);
    if (rc != 0) return oom(b);
    if (b->soft_status == INFEXT_OK) b->soft_status = status;
    if (status == INFEXT_ETYPE && type == INFEXT_ERR_TYPE_INVALID) return note_type_error(b);
    return 0;
}

static int push(infext__builder *b, uint8_t type, infext__pos pos)
{
    if (b->depth >= b->opts->max_depth) {
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_SYNTAX, pos,
                              "nesting deeper than the limit of %zu levels", b->opts->max_depth);
    }
    infext__frame *frames = infext__grow(b->frames, &b->frames_cap, b->depth + 1, sizeof(*frames), 16, SIZE_MAX);
    if (!frames) return oom(b);
    b->frames = frames;
    infext__frame *fr = &b->frames[b->depth++];
    memset(fr, 0, sizeof(*fr));
    fr->type = type;
    fr->val.pos = pos;
    if (b->depth > 1) fr->unknown_policy = b->frames[b->depth - 2].unknown_policy;
    return 0;
}

static int add_output(infext__builder *b, void *root)
{
    void **out = infext__grow(b->out, &b->cap_out, b->n_out + 1, sizeof(void *), 4, SIZE_MAX);
    if (!out) {
        infext__root_free(root);
        return oom(b);
    }
    b->out = out;
    b->out[b->n_out++] = root;
    return 0;
}

static void record_pos(infext__builder *b, void *obj, size_t slot, infext__pos pos)
{
    if (!b->positions || !pos.line) return;
    infext__extra *x = infext__extra_get(obj);
    if (!x) return;
    if (!x->pos) {
        const infext__struct_desc *d = ((infext__hdr *)obj)->desc;
        x->pos = infext__arena_calloc(((infext__hdr *)obj)->arena, d->n_fields + 1, sizeof(infext__pos));
        if (!x->pos) return;
    }
    x->pos[slot] = pos;
}

static uint8_t resolve_unknown(infext__builder *b, const infext__kind_desc *k)
{
    if (b->opts->unknown != INFEXT_UNKNOWN_DEFAULT) return (uint8_t)b->opts->unknown;
    return k && k->unknown_default == INFEXT__UNKNOWN_STRICT ? INFEXT_UNKNOWN_STRICT
                                                              : INFEXT_UNKNOWN_PRESERVE;
}

/* ------------------------------------------------------- value trees -- */

static int value_reserve(infext__builder *b, infext__frame *fr, size_t elem)
{
    if (fr->val.len < fr->cap) return 0;
    infext__arena *arena = cur_arena(b);
    if (!arena) return oom(b);
    void *items = grow_u32(arena, (void *)fr->val.u.items, fr->val.len, &fr->cap, elem, 4);
    if (!items) return oom(b);
    fr->val.u.items = items;
    return 0;
}

/* Append a finished value to a VALUE or DISPATCH frame. */
static int value_append(infext__builder *b, infext__frame *fr, const infext__value *v)
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

static int scalar_to_value(infext__builder *b, infext__value *v, const infext__scalar *s)
{
    memset(v, 0, sizeof(*v));
    v->type = s->type;
    v->pos = s->pos;
    if (s->type == INFEXT__V_INT) v->u.i = s->i;
    else if (s->type == INFEXT__V_REAL) v->u.d = s->d;
    else if (s->type == INFEXT__V_STRING) {
        infext__arena *arena = cur_arena(b);
        if (!arena) return oom(b);
        v->u.s = infext__arena_strndup(arena, s->s, s->len);
        if (!v->u.s) return oom(b);
        v->len = (uint32_t)s->len;
    }
    return 0;
}

/* ------------------------------------------------- finished children -- */

static int add_unknown(infext__builder *b, infext__frame *fr, const infext__value *v)
{
    infext__extra *x = infext__extra_get(fr->obj);
    if (!x) return oom(b);
    infext__arena *arena = ((infext__hdr *)fr->obj)->arena;
    infext__member *grown = infext__arena_grow(arena, x->unknown, x->n_unknown, &x->cap_unknown, x->n_unknown + 1,
                                               sizeof(*grown), 2, SIZE_MAX);
    if (!grown) return oom(b);
    x->unknown = grown;
    infext__member *m = &x->unknown[x->n_unknown++];
    m->key = fr->key; /* already copied into the arena by struct_key */
    m->key_len = (uint32_t)fr->key_len;
    m->value = *v;
    m->value.pos = fr->key_pos.line ? fr->key_pos : v->pos;
    return 0;
}

/* A raw value is complete: give it to whoever waits for it. */
static int deliver_value(infext__builder *b, const infext__value *v)
{
    if (!b->depth) return 0;
    infext__frame *fr = top(b);
    switch (fr->type) {
    case FR_VALUE:
    case FR_DISPATCH:
        return value_append(b, fr, v);
    case FR_STRUCT:
        if (fr->pending == P_FIELD) { /* a raw field */
            infext__value *slot = infext__arena_alloc(((infext__hdr *)fr->obj)->arena, sizeof(*slot));
            if (!slot) return oom(b);
            *slot = *v;
            *INFEXT__AT(fr->obj, fr->field, infext__value *) = slot;
            infext__mark(fr->obj, fr->field);
        } else if (fr->pending == P_UNKNOWN) {
            if (add_unknown(b, fr, v) != 0) return -1;
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
    infext__frame *fr = top(b);
    switch (fr->type) {
    case FR_STRUCT:
        if ((fr->pending == P_FIELD && fr->field->type == INFEXT__F_RAW) ||
            (fr->pending == P_UNKNOWN && fr->unknown_policy == INFEXT_UNKNOWN_PRESERVE))
            return ((infext__hdr *)fr->obj)->arena;
        return NULL;
    case FR_VALUE:
        return cur_arena(b);
    default:
        return NULL;
    }
}

int infext__b_value(infext__builder *b, const infext__value *v) { return deliver_value(b, v); }

/* ------------------------------------------------------ typed values -- */

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

static int type_error(infext__builder *b, const infext__field *f, uint8_t found, infext__pos pos,
                      void *owner)
{
    const char *path = current_path(b);
    char *path_copy = infext__strndup(path, strlen(path));
    if (!path_copy) return oom(b);
    const char *hint = f && f->type == INFEXT__F_STRING ? quote_hint(b, found) : "";
    int rc = soft_error(b, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, pos,
                        "Invalid value: \"%s\": %s in body must be of type %s: \"%s\"%s",
                        vtype_name(found), path_copy, f ? ftype_name(f) : "object",
                        vtype_name(found), hint);
    infext__free(path_copy);
    if (owner && f) {
        infext__extra *x = infext__extra_get(owner);
        if (!x) return oom(b);
        x->bad_type |= (uint64_t)1 << f->index;
    }
    return rc;
}

static int set_scalar_field(infext__builder *b, void *obj, const infext__field *f, const infext__scalar *s)
{
    infext__arena *arena = ((infext__hdr *)obj)->arena;
    if (s->type == INFEXT__V_NULL && f->type != INFEXT__F_RAW) return 0; /* null = absent */
    switch (f->type) {
    case INFEXT__F_STRING:
        if (s->type != INFEXT__V_STRING) /* the server checks its enum too */
            return type_error(b, f, s->type, s->pos, obj) != 0 ? -1 : keep_value(b, obj, f, s);
        if (!(*INFEXT__AT(obj, f, const char *) = infext__arena_strndup(arena, s->s, s->len)))
            return oom(b);
        break;
    case INFEXT__F_QUANTITY: {
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
            return type_error(b, f, s->type, s->pos, obj);
        }
        if (!(*INFEXT__AT(obj, f, const char *) = infext__arena_strndup(arena, text, len)))
            return oom(b);
        break;
    }
    case INFEXT__F_INT32:
    case INFEXT__F_INT64: {
        int64_t v;
        if (s->type == INFEXT__V_INT) {
            v = s->i;
        } else if (s->type == INFEXT__V_REAL && isfinite(s->d) && s->d == floor(s->d) &&
                   s->d >= -9223372036854775808.0 && s->d < 9223372036854775808.0) {
            v = (int64_t)s->d; /* 8000.0 is the integer 8000 */
        } else { /* the server checks a number's bounds too */
            return type_error(b, f, s->type, s->pos, obj) != 0 ? -1 : keep_value(b, obj, f, s);
        }
        if (f->type == INFEXT__F_INT32) {
            if ((v < INT32_MIN || v > INT32_MAX) && (b->opts->flags & INFEXT_DECODE_KEEP_GOING)) {
                /* The server has no int32 check: its verdict is the field's
                 * bounds, which the validator applies to the kept value. */
                infext__scalar whole = *s;
                whole.type = INFEXT__V_INT;
                whole.i = v;
                infext__extra *x = infext__extra_get(obj);
                if (!x) return oom(b);
                x->bad_type |= (uint64_t)1 << f->index;
                return keep_value(b, obj, f, &whole);
            }
            if (v < INT32_MIN || v > INT32_MAX) {
                const char *path = current_path(b);
                char *copy = infext__strndup(path, strlen(path));
                if (!copy) return oom(b);
                int rc = soft_error(b, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, s->pos,
                                    "Invalid value: %" PRId64 ": %s in body must be of type int32: \"%" PRId64 "\"",
                                    v, copy, v);
                infext__free(copy);
                infext__extra *x = infext__extra_get(obj);
                if (!x) return oom(b);
                x->bad_type |= (uint64_t)1 << f->index;
                return rc;
            }
            *INFEXT__AT(obj, f, int32_t) = (int32_t)v;
        } else {
            *INFEXT__AT(obj, f, int64_t) = v;
        }
        break;
    }
    case INFEXT__F_BOOL:
        if (s->type != INFEXT__V_TRUE && s->type != INFEXT__V_FALSE)
            return type_error(b, f, s->type, s->pos, obj);
        *INFEXT__AT(obj, f, bool) = s->type == INFEXT__V_TRUE;
        break;
    case INFEXT__F_DOUBLE:
        if (s->type == INFEXT__V_INT) *INFEXT__AT(obj, f, double) = (double)s->i;
        else if (s->type == INFEXT__V_REAL) *INFEXT__AT(obj, f, double) = s->d;
        else return type_error(b, f, s->type, s->pos, obj);
        break;
    case INFEXT__F_RAW: {
        infext__value v;
        if (scalar_to_value(b, &v, s) != 0) return -1;
        infext__value *slot = infext__arena_alloc(arena, sizeof(*slot));
        if (!slot) return oom(b);
        *slot = v;
        *INFEXT__AT(obj, f, infext__value *) = slot;
        break;
    }
    default:
        return type_error(b, f, s->type, s->pos, obj);
    }
    infext__mark(obj, f);
    return 0;
}

/* --------------------------------------------------- struct members -- */

static int start_root(infext__builder *b, infext__frame *fr, const infext__kind_desc *k, int split_item);

static int dispatch_resolved(infext__builder *b);
int infext__b_replay(infext__builder *b, const infext__value *v);

enum { TYPE_META_API_VERSION = 1, TYPE_META_KIND = 2 };

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

/* A key inside a STRUCT frame. */
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
    if (!f) {
        /* The key text may not outlive this event (YAML): keep a copy. */
        char *copy = infext__arena_strndup(((infext__hdr *)fr->obj)->arena, key, len);
        if (!copy) return oom(b);
        fr->key = key = copy;
        /* Unknown members are checked for duplicates against the ones kept. */
        infext__hdr *h = fr->obj;
        fr->pending = P_UNKNOWN;
        if (h->extra) {
            int failed;
            if (key_repeats(b, fr, key, len, h->extra->unknown, h->extra->n_unknown, member_key_at, &failed))
                return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos,
                                      "duplicate key \"%.*s\"", (int)len, key);
            if (failed || key_kept(b, fr, copy, len) != 0) return oom(b);
        }
        if (fr->unknown_policy == INFEXT_UNKNOWN_STRICT)
            return soft_error(b, INFEXT_EUNKNOWN, INFEXT_ERR_UNKNOWN, pos,
                              "field not declared in schema");
        return 0;
    }
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
    record_pos(b, fr->obj, 1u + f->index, pos);
    return 0;
}

static int check_type_meta(infext__builder *b, infext__frame *fr, const infext__scalar *s)
{
    const infext__kind_desc *k = fr->desc->kind;
    const char *want = fr->pending == P_APIVERSION ? k->api_version : k->kind_name;
    fr->pending = P_NONE;
    if (s->type != INFEXT__V_STRING) {
        fr->pending = fr->pending;
        return soft_error(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, s->pos,
                          "Invalid value: \"%s\": must be a string", vtype_name(s->type));
    }
    if (strlen(want) != s->len || memcmp(want, s->s, s->len) != 0)
        return soft_error(b, INFEXT_EKIND, INFEXT_ERR_INVALID, s->pos,
                          "Invalid value: \"%.*s\": expected \"%s\"", (int)s->len, s->s, want);
    return 0;
}

/* ------------------------------------------------------------ events -- */

int infext__b_key(infext__builder *b, const char *key, size_t len, infext__pos pos)
{
    if (!b->depth) return 0;
    infext__frame *fr = top(b);
    switch (fr->type) {
    case FR_STRUCT:
        return struct_key(b, fr, key, len, pos);
    case FR_MAP: {
        const infext__map *m = INFEXT__CAT(fr->obj, fr->field, infext__map);
        int failed;
        const char *earlier = key_repeats(b, fr, key, len, m->items, m->len, kv_key_at, &failed);
        if (earlier) {
            fr->key = earlier;
            fr->key_len = len;
            fr->pending = P_FIELD;
            return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos, "duplicate key \"%.*s\"",
                                  (int)len, key);
        }
        if (failed) return oom(b);
        fr->key = infext__arena_strndup(((infext__hdr *)fr->obj)->arena, key, len);
        if (!fr->key || key_kept(b, fr, fr->key, len) != 0) return oom(b);
        fr->key_len = len;
        fr->key_pos = pos;
        fr->pending = P_FIELD;
        return 0;
    }
    case FR_VALUE:
    case FR_DISPATCH: {
        int failed;
        const char *earlier = key_repeats(b, fr, key, len, fr->val.u.members, fr->val.len, member_key_at, &failed);
        if (earlier) {
            fr->key = earlier; /* the error's path ends in the repeated key */
            fr->key_len = len;
            fr->pending = P_FIELD;
            return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos, "duplicate key \"%.*s\"",
                                  (int)len, key);
        }
        if (failed) return oom(b);
        fr->key_len = len;
        fr->key_pos = pos;
        fr->pending = P_FIELD;
        if (fr->type == FR_DISPATCH && len == 10 && memcmp(key, "apiVersion", 10) == 0) {
            fr->key = "apiVersion";
            fr->pending = P_APIVERSION;
        } else if (fr->type == FR_DISPATCH && len == 4 && memcmp(key, "kind", 4) == 0) {
            fr->key = "kind";
            fr->pending = P_KIND;
        } else {
            infext__arena *arena = cur_arena(b);
            if (!arena || !(fr->key = infext__arena_strndup(arena, key, len))) return oom(b);
        }
        if (key_kept(b, fr, fr->key, len) != 0) return oom(b);
        if (fr->type == FR_DISPATCH) {
            if ((fr->pending == P_APIVERSION && fr->api_version) || (fr->pending == P_KIND && fr->kind))
                return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos,
                                      "duplicate key \"%.*s\"", (int)len, key);
        }
        return 0;
    }
    case FR_GLIST: {
        /* A List is dispatched once its apiVersion and kind are known, so
         * either again is a duplicate; other keys are remembered (names
         * only) to catch theirs. */
        int failed = 0;
        int dup = (len == 10 && memcmp(key, "apiVersion", 10) == 0) || (len == 4 && memcmp(key, "kind", 4) == 0) ||
                  key_repeats(b, fr, key, len, fr->val.u.members, fr->val.len, member_key_at, &failed);
        if (dup) return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos, "duplicate key \"%.*s\"", (int)len, key);
        if (failed || value_reserve(b, fr, sizeof(infext__member)) != 0) return failed ? oom(b) : -1;
        infext__member *seen = &fr->val.u.members[fr->val.len];
        memset(seen, 0, sizeof *seen);
        infext__arena *arena = scratch_arena(b);
        if (!arena || !(seen->key = infext__arena_strndup(arena, key, len)) || key_kept(b, fr, seen->key, len) != 0)
            return oom(b);
        seen->key_len = (uint32_t)len;
        fr->val.len++;
        /* Only `items` matters here; the key text may not outlive the event,
         * so paths use a static spelling. */
        fr->key_pos = pos;
        if (len == 5 && memcmp(key, "items", 5) == 0) {
            fr->key = "items";
            fr->key_len = 5;
            fr->pending = P_FIELD;
        } else {
            fr->key = NULL;
            fr->key_len = 0;
            fr->pending = P_IGNORE;
        }
        return 0;
    }
    default:
        return 0;
    }
}

int infext__b_has_key(infext__builder *b, const char *key, size_t len)
{
    if (!b->depth) return 0;
    const infext__frame *fr = top(b);
    switch (fr->type) {
    case FR_SKIP:
        return 1; /* nothing of it is kept anyway */
    case FR_STRUCT: {
        const infext__field *f = infext__field_lookup(fr->desc, key, len);
        if (f) return (fr->seen >> f->index) & 1;
        const infext__hdr *h = fr->obj;
        if (h->extra)
            for (size_t i = 0; i < h->extra->n_unknown; i++)
                if (h->extra->unknown[i].key_len == len && memcmp(h->extra->unknown[i].key, key, len) == 0)
                    return 1;
        return 0;
    }
    case FR_MAP: {
        const infext__map *m = INFEXT__CAT(fr->obj, fr->field, infext__map);
        for (size_t i = 0; i < m->len; i++)
            if (strlen(m->items[i].key) == len && memcmp(m->items[i].key, key, len) == 0) return 1;
        return 0;
    }
    case FR_VALUE:
    case FR_DISPATCH:
        if (fr->type == FR_DISPATCH && ((len == 10 && memcmp(key, "apiVersion", 10) == 0 && fr->api_version) ||
                                        (len == 4 && memcmp(key, "kind", 4) == 0 && fr->kind)))
            return 1;
        for (uint32_t i = 0; i < fr->val.len; i++)
            if (fr->val.u.members[i].key_len == len && memcmp(fr->val.u.members[i].key, key, len) == 0) return 1;
        return 0;
    default:
        return 0;
    }
}

static int begin_container(infext__builder *b, int is_map, infext__pos pos)
{
    if (b->depth == 0) {
        if (!is_map)
            return infext__b_fail(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, pos,
                                  "Invalid value: \"array\": a document must be an object");
        if (b->fixed_kind) {
            if (push(b, FR_STRUCT, pos) != 0) return -1;
            return start_root(b, top(b), b->fixed_kind, 0);
        }
        if (push(b, FR_DISPATCH, pos) != 0) return -1;
        top(b)->val.type = INFEXT__V_OBJECT;
        return 0;
    }
    infext__frame *fr = top(b);
    uint8_t vt = is_map ? INFEXT__V_OBJECT : INFEXT__V_ARRAY;
    switch (fr->type) {
    case FR_SKIP:
        fr->skip_depth++;
        return 0;
    case FR_VALUE:
    case FR_DISPATCH:
        if (fr->type == FR_DISPATCH && (fr->pending == P_APIVERSION || fr->pending == P_KIND)) {
            if (soft_error(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, pos,
                           "Invalid value: \"%s\": must be a string", vtype_name(vt)) != 0)
                return -1;
            fr->pending = P_NONE;
            if (push(b, FR_SKIP, pos) != 0) return -1;
            return 0;
        }
        if (push(b, FR_VALUE, pos) != 0) return -1;
        top(b)->val.type = vt;
        return 0;
    case FR_STRUCT: {
        if (fr->pending == P_APIVERSION || fr->pending == P_KIND) {
            fr->pending = P_NONE;
            if (soft_error(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, pos,
                           "Invalid value: \"%s\": must be a string", vtype_name(vt)) != 0)
                return -1;
            return push(b, FR_SKIP, pos);
        }
        if (fr->pending == P_UNKNOWN) {
            if (fr->unknown_policy != INFEXT_UNKNOWN_PRESERVE) return push(b, FR_SKIP, pos);
            if (push(b, FR_VALUE, pos) != 0) return -1;
            top(b)->val.type = vt;
            return 0;
        }
        const infext__field *f = fr->field;
        void *obj = fr->obj;
        if (f->type == INFEXT__F_RAW) {
            if (push(b, FR_VALUE, pos) != 0) return -1;
            top(b)->val.type = vt;
            return 0;
        }
        if (is_map && f->type == INFEXT__F_OBJECT) {
            void **slot = INFEXT__AT(obj, f, void *);
            *slot = infext__struct_new(((infext__hdr *)obj)->arena, f->elem);
            if (!*slot) return oom(b);
            infext__mark(obj, f);
            if (push(b, FR_STRUCT, pos) != 0) return -1;
            infext__frame *child = top(b);
            child->obj = *slot;
            child->desc = f->elem;
            record_pos(b, *slot, 0, pos);
            return 0;
        }
        if (is_map && f->type == INFEXT__F_MAP) {
            infext__mark(obj, f);
            if (push(b, FR_MAP, pos) != 0) return -1;
            top(b)->obj = obj;
            top(b)->field = f;
            return 0;
        }
        if (!is_map && (f->type == INFEXT__F_LIST || f->type == INFEXT__F_STRLIST)) {
            infext__mark(obj, f);
            if (push(b, f->type == INFEXT__F_LIST ? FR_LIST : FR_STRLIST, pos) != 0) return -1;
            top(b)->obj = obj;
            top(b)->field = f;
            top(b)->desc = f->elem;
            return 0;
        }
        if (type_error(b, f, vt, pos, obj) != 0) return -1;
        return push(b, FR_SKIP, pos);
    }
    case FR_LIST:
        if (!is_map) {
            if (soft_error(b, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, pos,
                           "Invalid value: \"array\": %s in body must be of type object: \"array\"",
                           current_path(b)) != 0 ||
                note_dropped(b, fr->obj, fr->field, fr->index) != 0)
                return -1;
            fr->index++;
            return push(b, FR_SKIP, pos);
        }
        {
            infext__hdr *item = NULL;
            if (infext__list_insert((void **)&item, fr->obj, fr->field,
                                    INFEXT__AT(fr->obj, fr->field, infext__list)->len) != INFEXT_OK)
                return oom(b);
            if (push(b, FR_STRUCT, pos) != 0) return -1;
            infext__frame *child = top(b);
            child->obj = item;
            child->desc = item->desc;
            record_pos(b, item, 0, pos);
        }
        return 0;
    case FR_GITEMS:
        if (!is_map) {
            if (soft_error(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, pos,
                           "Invalid value: \"array\": a List item must be an object") != 0)
                return -1;
            fr->index++;
            return push(b, FR_SKIP, pos);
        }
        if (fr->desc) { /* items of a typed List */
            const infext__kind_desc *k = fr->desc->kind;
            if (push(b, FR_STRUCT, pos) != 0) return -1;
            return start_root(b, top(b), k, 1);
        }
        if (push(b, FR_DISPATCH, pos) != 0) return -1;
        top(b)->val.type = INFEXT__V_OBJECT;
        return 0;
    case FR_GLIST:
        if (fr->pending == P_FIELD && !is_map) {
            const infext__struct_desc *item_desc = fr->desc;
            if (push(b, FR_GITEMS, pos) != 0) return -1;
            top(b)->desc = item_desc;
            return 0;
        }
        fr->pending = P_NONE;
        return push(b, FR_SKIP, pos);
    case FR_STRLIST:
    case FR_MAP: {
        const infext__field *f = fr->field;
        const char *want = fr->type == FR_MAP ? "string" : "string";
        if (soft_error(b, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, pos,
                       "Invalid value: \"%s\": %s in body must be of type %s: \"%s\"", vtype_name(vt),
                       current_path(b), want, vtype_name(vt)) != 0 ||
            note_dropped(b, fr->obj, f, fr->type == FR_STRLIST ? fr->index : UINT32_MAX) != 0)
            return -1;
        (void)f;
        if (fr->type == FR_STRLIST) fr->index++;
        else fr->pending = P_NONE;
        return push(b, FR_SKIP, pos);
    }
    }
    return 0;
}

int infext__b_begin_map(infext__builder *b, infext__pos pos) { return begin_container(b, 1, pos); }

int infext__b_begin_seq(infext__builder *b, infext__pos pos) { return begin_container(b, 0, pos); }

/* Check the root's apiVersion/kind once both were read from a DISPATCH. */
static int dispatch_resolved(infext__builder *b)
{
    infext__frame *fr = top(b);
    /* the buffered keys are replayed into what the frame becomes */
    memset(&fr->keys, 0, sizeof fr->keys);
    const infext__kind_desc *k = infext__kind_lookup(fr->api_version, fr->api_version_len,
                                                     fr->kind, fr->kind_len);
    int generic_list = fr->api_version_len == 2 && memcmp(fr->api_version, "v1", 2) == 0 &&
                       fr->kind_len == 4 && memcmp(fr->kind, "List", 4) == 0;
    if (generic_list && b->split_lists && b->depth == 1) {
        fr->type = FR_GLIST;
        fr->pending = P_NONE;
    } else if (!k) {
        fr->pending = P_NONE;
        int rc = soft_error(b, INFEXT_EKIND, INFEXT_ERR_NOT_SUPPORTED, fr->val.pos,
                            "unknown apiVersion/kind \"%.*s\" \"%.*s\"", (int)fr->api_version_len,
                            fr->api_version, (int)fr->kind_len, fr->kind);
        /* A document of its own stays buffered until its end, where its
         * name is looked up; nested ones are skipped. */
        if (b->depth > 1) {
            fr->type = FR_SKIP;
            fr->skip_depth = 0;
        }
        return rc;
    } else {
        fr->type = FR_STRUCT;
        if (start_root(b, fr, k, 0) != 0) return -1;
        fr->type_meta_seen = TYPE_META_API_VERSION | TYPE_META_KIND;
    }
    /* Replay the members that came before apiVersion and kind. A List
     * being split (v1 List or a typed one) remembers its keys anew, in a
     * new array: the buffered ones must not count as given twice. */
    infext__value buffered = fr->val;
    if (fr->type == FR_GLIST) {
        fr->val.len = 0;
        fr->val.u.members = NULL;
        fr->cap = 0;
    }
    for (uint32_t i = 0; i < buffered.len; i++) {
        const infext__member *m = &buffered.u.members[i];
        if (infext__b_key(b, m->key, m->key_len, m->value.pos) != 0) return -1;
        if (infext__b_replay(b, &m->value) != 0) return -1;
    }
    return 0;
}

static int start_root(infext__builder *b, infext__frame *fr, const infext__kind_desc *k, int split_item)
{
    /* A List read by a reader yields its items, each a root of its own;
     * the List itself is not kept. */
    if (b->split_lists && k->list_of && !split_item && b->depth == 1) {
        fr->type = FR_GLIST;
        fr->desc = k->list_of;
        fr->pending = P_NONE;
        fr->unknown_policy = resolve_unknown(b, k);
        return 0;
    }
    /* Decoded objects take about three times their text in memory. */
    void *root = infext__root_new_sized(k->type, b->size_hint * 3);
    if (!root) return oom(b);
    if (add_output(b, root) != 0) return -1;
    fr->type = FR_STRUCT;
    fr->obj = root;
    fr->desc = k->type;
    fr->is_list_item_root = (uint8_t)split_item;
    fr->unknown_policy = resolve_unknown(b, k);
    record_pos(b, root, 0, fr->val.pos);
    return 0;
}

/* Keep the document's apiVersion (0), kind (1) or name (2) as the reader
 * reports it. */
static int keep_document_text(infext__builder *b, int which, const char *s, size_t len)
{
    char *text = b->doc_type_meta_text[which];
    if (len >= sizeof b->doc_type_meta_text[0]) {
        infext__free(b->doc_type_meta_long[which]);
        text = b->doc_type_meta_long[which] = infext__malloc(len + 1);
        if (!text) return oom(b);
    }
    memcpy(text, s, len);
    text[len] = '\0';
    b->doc_type_meta[which] = text;
    return 0;
}

/* The member `key` of a buffered mapping, or NULL. */
static const infext__value *member_of(const infext__value *v, const char *key, size_t len)
{
    if (!v || v->type != INFEXT__V_OBJECT) return NULL;
    for (uint32_t i = 0; i < v->len; i++)
        if (v->u.members[i].key_len == len && !memcmp(v->u.members[i].key, key, len)) return &v->u.members[i].value;
    return NULL;
}

/* A document of no kind of ours was buffered whole: remember the name it
 * gives, so that a tool can say which document it could not handle. */
static int keep_document_name(infext__builder *b, const infext__value *doc)
{
    const infext__value *name = member_of(member_of(doc, "metadata", 8), "name", 4);
    if (!name || name->type != INFEXT__V_STRING) return 0;
    return keep_document_text(b, 2, name->u.s, name->len);
}

int infext__b_scalar(infext__builder *b, const infext__scalar *s)
{
    if (b->depth == 0)
        return infext__b_fail(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, s->pos,
                              "Invalid value: \"%s\": a document must be an object", vtype_name(s->type));
    if (s->type == INFEXT__V_STRING && s->len > b->opts->max_string_length)
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_TOO_LONG, s->pos,
                              "string of %zu bytes is longer than the limit of %zu", s->len,
                              b->opts->max_string_length);
    infext__frame *fr = top(b);
    if (s->type == INFEXT__V_REAL && !isfinite(s->d) && fr->type != FR_SKIP) {
        /* YAML can say .inf or .nan; JSON, and so the API server, cannot
         * (the YAML-to-JSON step fails there): refuse rather than change it. */
        int rc = soft_error(b, INFEXT_ETYPE, INFEXT_ERR_INVALID, s->pos,
                            "Invalid value: \"%.*s\": infinity and NaN have no JSON representation",
                            s->s ? (int)s->len : 3, s->s ? s->s : "nan");
        if (fr->type == FR_STRUCT || fr->type == FR_MAP || fr->type == FR_DISPATCH) fr->pending = P_NONE;
        if (fr->type == FR_LIST || fr->type == FR_STRLIST || fr->type == FR_GITEMS) fr->index++;
        if (fr->type == FR_VALUE && fr->val.type == INFEXT__V_ARRAY) fr->index++;
        if (fr->type == FR_VALUE && fr->val.type == INFEXT__V_OBJECT) fr->pending = P_NONE;
        return rc;
    }
    switch (fr->type) {
    case FR_SKIP:
        return 0;
    case FR_STRUCT:
        if (fr->pending == P_APIVERSION || fr->pending == P_KIND) return check_type_meta(b, fr, s);
        if (fr->pending == P_UNKNOWN) {
            fr->pending = P_NONE;
            if (fr->unknown_policy != INFEXT_UNKNOWN_PRESERVE) return 0;
            infext__value v;
            if (scalar_to_value(b, &v, s) != 0) return -1;
            fr->pending = P_UNKNOWN;
            int rc = add_unknown(b, fr, &v);
            fr->pending = P_NONE;
            return rc;
        }
        if (fr->pending == P_FIELD) {
            int rc = set_scalar_field(b, fr->obj, fr->field, s);
            fr->pending = P_NONE;
            return rc;
        }
        return 0;
    case FR_LIST: {
        int rc = soft_error(b, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, s->pos,
                            "Invalid value: \"%s\": %s in body must be of type object: \"%s\"",
                            vtype_name(s->type), current_path(b), vtype_name(s->type));
        if (rc == 0) rc = note_dropped(b, fr->obj, fr->field, fr->index);
        fr->index++;
        return rc;
    }
    case FR_STRLIST: {
        if (s->type != INFEXT__V_STRING) {
            int rc = soft_error(b, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, s->pos,
                                "Invalid value: \"%s\": %s in body must be of type string: \"%s\"%s",
                                vtype_name(s->type), current_path(b), vtype_name(s->type),
                                quote_hint(b, s->type));
            if (rc == 0) rc = note_dropped(b, fr->obj, fr->field, fr->index);
            fr->index++;
            return rc;
        }
        infext__arena *arena = ((infext__hdr *)fr->obj)->arena;
        infext__list *list = INFEXT__AT(fr->obj, fr->field, infext__list);
        char *copy = infext__arena_strndup(arena, s->s, s->len);
        if (!copy || infext__list_reserve(arena, list, list->len + 1) != 0) return oom(b);
        list->items[list->len++] = copy;
        fr->index++;
        return 0;
    }
    case FR_MAP: {
        if (s->type == INFEXT__V_NULL) {
            fr->pending = P_NONE;
            return 0;
        }
        if (s->type != INFEXT__V_STRING) {
            int rc = soft_error(b, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, s->pos,
                                "Invalid value: \"%s\": %s in body must be of type string: \"%s\"%s",
                                vtype_name(s->type), current_path(b), vtype_name(s->type),
                                quote_hint(b, s->type));
            if (rc == 0) rc = note_dropped(b, fr->obj, fr->field, UINT32_MAX);
            fr->pending = P_NONE;
            return rc;
        }
        infext__arena *arena = ((infext__hdr *)fr->obj)->arena;
        infext__map *m = INFEXT__AT(fr->obj, fr->field, infext__map);
        infext__kv *items = infext__arena_grow(arena, m->items, m->len, &m->cap, m->len + 1, sizeof(infext__kv), 4,
                                               SIZE_MAX);
        if (!items) return oom(b);
        m->items = items;
        infext__kv *kv = &m->items[m->len];
        kv->key = fr->key;
        kv->value = infext__arena_strndup(arena, s->s, s->len);
        if (!kv->key || !kv->value) return oom(b);
        kv->pos = fr->key_pos;
        m->len++;
        fr->pending = P_NONE;
        return 0;
    }
    case FR_DISPATCH:
        if (fr->pending == P_APIVERSION || fr->pending == P_KIND) {
            if (s->type != INFEXT__V_STRING) {
                fr->pending = P_NONE;
                return soft_error(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, s->pos,
                                  "Invalid value: \"%s\": must be a string", vtype_name(s->type));
            }
            /* Short spellings (all real ones) are kept in the builder, so
             * that a document that starts with them needs no scratch arena. */
            char *copy = b->type_meta[fr->pending == P_KIND];
            if (s->len < sizeof b->type_meta[0]) {
                memcpy(copy, s->s, s->len);
                copy[s->len] = '\0';
            } else {
                infext__arena *arena = scratch_arena(b);
                if (!arena || !(copy = infext__arena_strndup(arena, s->s, s->len))) return oom(b);
            }
            /* kept for infext_reader_document_type(), which item dispatches must not overwrite */
            if (b->depth == 1 && keep_document_text(b, fr->pending == P_KIND, s->s, s->len) != 0) return -1;
            if (fr->pending == P_APIVERSION) {
                fr->api_version = copy;
                fr->api_version_len = s->len;
            } else {
                fr->kind = copy;
                fr->kind_len = s->len;
            }
            fr->pending = P_NONE;
            if (fr->api_version && fr->kind) return dispatch_resolved(b);
            return 0;
        }
        {
            infext__value v;
            if (scalar_to_value(b, &v, s) != 0) return -1;
            return value_append(b, fr, &v);
        }
    case FR_VALUE: {
        infext__value v;
        if (scalar_to_value(b, &v, s) != 0) return -1;
        return value_append(b, fr, &v);
    }
    case FR_GLIST:
        fr->pending = P_NONE;
        return 0;
    case FR_GITEMS: {
        int rc = soft_error(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, s->pos,
                            "Invalid value: \"%s\": a List item must be an object", vtype_name(s->type));
        fr->index++;
        return rc;
    }
    }
    return 0;
}

static int pop_done(infext__builder *b)
{
    infext__frame done = *top(b);
    b->depth--;
    if (!b->depth) return 0;
    infext__frame *parent = top(b);
    switch (parent->type) {
    case FR_STRUCT:
        parent->pending = P_NONE;
        break;
    case FR_MAP:
        parent->pending = P_NONE;
        break;
    case FR_LIST:
    case FR_STRLIST:
    case FR_GITEMS:
        parent->index++;
        break;
    case FR_GLIST:
        parent->pending = P_NONE;
        break;
    default:
        break;
    }
    (void)done;
    return 0;
}

static int end_container(infext__builder *b)
{
    if (!b->depth) return 0;
    infext__frame *fr = top(b);
    if (fr->type == FR_SKIP && fr->skip_depth) {
        fr->skip_depth--;
        return 0;
    }
    if (fr->type == FR_DISPATCH) {
        if (b->depth == 1 && keep_document_name(b, &fr->val) != 0) return -1;
        if (fr->api_version && fr->kind) return pop_done(b); /* a kind not ours, reported */
        /* The mapping ended before apiVersion and kind were both seen. */
        int rc;
        if (!fr->api_version && !fr->kind)
            rc = soft_error(b, INFEXT_EKIND, INFEXT_ERR_REQUIRED, fr->val.pos,
                            "apiVersion and kind are required");
        else if (!fr->api_version)
            rc = soft_error(b, INFEXT_EKIND, INFEXT_ERR_REQUIRED, fr->val.pos, "apiVersion is required");
        else
            rc = soft_error(b, INFEXT_EKIND, INFEXT_ERR_REQUIRED, fr->val.pos, "kind is required");
        if (rc != 0) return rc;
        return pop_done(b);
    }
    if (fr->type == FR_VALUE) {
        infext__value v = fr->val;
        b->depth--;
        int rc = deliver_value(b, &v);
        if (b->depth && top(b)->type != FR_VALUE && top(b)->type != FR_DISPATCH) {
            infext__frame *parent = top(b);
            if (parent->type == FR_STRUCT) parent->pending = P_NONE;
        }
        return rc;
    }
    return pop_done(b);
}

int infext__b_end_map(infext__builder *b) { return end_container(b); }

int infext__b_end_seq(infext__builder *b) { return end_container(b); }

int infext__b_replay(infext__builder *b, const infext__value *v)
{
    switch (v->type) {
    case INFEXT__V_OBJECT:
        if (infext__b_begin_map(b, v->pos) != 0) return -1;
        for (uint32_t i = 0; i < v->len; i++) {
            const infext__member *m = &v->u.members[i];
            if (infext__b_key(b, m->key, m->key_len, m->value.pos) != 0) return -1;
            if (infext__b_replay(b, &m->value) != 0) return -1;
        }
        return infext__b_end_map(b);
    case INFEXT__V_ARRAY:
        if (infext__b_begin_seq(b, v->pos) != 0) return -1;
        for (uint32_t i = 0; i < v->len; i++)
            if (infext__b_replay(b, &v->u.items[i]) != 0) return -1;
        return infext__b_end_seq(b);
    default: {
        infext__scalar s = {.type = v->type, .pos = v->pos};
        if (v->type == INFEXT__V_INT) s.i = v->u.i;
        else if (v->type == INFEXT__V_REAL) s.d = v->u.d;
        else if (v->type == INFEXT__V_STRING) {
            s.s = v->u.s;
            s.len = v->len;
        }
        return infext__b_scalar(b, &s);
    }
    }
}

/* ---------------------------------------------------------- lifecycle -- */

void infext__builder_init(infext__builder *b, const infext_decode_options *opts, infext_diags *diags)
{
    memset(b, 0, sizeof(*b));
    infext__buf_init(&b->path, INFEXT__BUF_MAX_TEXT);
    b->opts = opts;
    b->diags = diags;
    b->positions = (opts->flags & INFEXT_DECODE_POSITIONS) != 0;
}

int infext__b_end_document(infext__builder *b)
{
    if (b->status != INFEXT_OK) return -1;
    if (b->n_out == b->n_taken && b->soft_status == INFEXT_OK)
        return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_SYNTAX, b->doc_pos, "no document found");
    return 0;
}

void infext__builder_reset_document(infext__builder *b)
{
    for (size_t i = b->n_taken; i < b->n_out; i++) infext__root_free(b->out[i]);
    b->n_out = b->n_taken = 0;
    b->depth = 0;
    b->status = INFEXT_OK;
    b->soft_status = INFEXT_OK;
    infext__arena_free(b->scratch);
    b->scratch = NULL;
}

void infext__builder_clear_document_type(infext__builder *b)
{
    for (int i = 0; i < 3; i++) {
        infext__free(b->doc_type_meta_long[i]);
        b->doc_type_meta_long[i] = NULL;
        b->doc_type_meta[i] = NULL;
    }
}

void infext__builder_fini(infext__builder *b)
{
    infext__builder_reset_document(b);
    infext__builder_clear_document_type(b);
    infext__free(b->out);
    infext__free(b->frames);
    infext__buf_reset(&b->path);
    b->out = NULL;
    b->frames = NULL;
}
