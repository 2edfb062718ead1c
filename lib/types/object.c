/* The generic object engine: creation, deep copy, deep equality and the
 * accessor helpers that generated code calls, all driven by the descriptor
 * tables. */
#include "types/generated/types_gen.h"
#include "types/schema.h"
#include "util/alloc.h"

#include <string.h>

#define ROOT_ARENA_FIRST_BLOCK 2048

void *infext__struct_new(infext__arena *arena, const infext__struct_desc *desc)
{
    infext__hdr *h = infext__arena_alloc(arena, desc->size);
    if (!h) return NULL;
    memset(h, 0, desc->size);
    h->desc = desc;
    h->arena = arena;
    return h;
}

void *infext__root_new(const infext__struct_desc *desc)
{
    return infext__root_new_sized(desc, ROOT_ARENA_FIRST_BLOCK);
}

/* obj, made in `arena`, as the root that owns it; NULL (the arena freed)
 * when obj is NULL. */
static void *adopt_root(infext__arena *arena, void *obj)
{
    infext__hdr *h = obj;
    if (!h) {
        infext__arena_free(arena);
        return NULL;
    }
    h->is_root = 1;
    return h;
}

void *infext__root_new_sized(const infext__struct_desc *desc, size_t bytes)
{
    /* One block that fits a decoded document saves the malloc/free churn
     * of growing through several; cap it so a huge hint cannot over-commit. */
    if (bytes < ROOT_ARENA_FIRST_BLOCK) bytes = ROOT_ARENA_FIRST_BLOCK;
    if (bytes > ((size_t)1 << 20)) bytes = (size_t)1 << 20;
    infext__arena *arena = infext__arena_new(bytes);
    if (!arena) return NULL;
    return adopt_root(arena, infext__struct_new(arena, desc));
}

void infext__root_free(void *obj)
{
    infext__hdr *h = obj;
    if (!h || !h->is_root) return;
    if (h->extra) infext__source_release(h->extra->src);
    infext__arena_free(h->arena);
}

infext__extra *infext__extra_get(void *obj)
{
    infext__hdr *h = obj;
    if (!h->extra) {
        h->extra = infext__arena_calloc(h->arena, 1, sizeof(infext__extra));
    }
    return h->extra;
}

/* ------------------------------------------------------------ values -- */

int infext__value_copy(infext__arena *arena, infext__value *dst, const infext__value *src)
{
    *dst = *src;
    switch (src->type) {
    case INFEXT__V_STRING:
        dst->u.s = infext__arena_strndup(arena, src->u.s, src->len);
        return dst->u.s ? 0 : -1;
    case INFEXT__V_ARRAY:
        if (!src->len) return 0;
        dst->u.items = infext__arena_calloc(arena, src->len, sizeof(infext__value));
        if (!dst->u.items) return -1;
        for (uint32_t i = 0; i < src->len; i++)
            if (infext__value_copy(arena, &dst->u.items[i], &src->u.items[i]) != 0) return -1;
        return 0;
    case INFEXT__V_OBJECT:
        if (!src->len) return 0;
        dst->u.members = infext__arena_calloc(arena, src->len, sizeof(infext__member));
        if (!dst->u.members) return -1;
        for (uint32_t i = 0; i < src->len; i++) {
            const infext__member *m = &src->u.members[i];
            infext__member *d = &dst->u.members[i];
            d->key = infext__arena_strndup(arena, m->key, m->key_len);
            d->key_len = m->key_len;
            if (!d->key || infext__value_copy(arena, &d->value, &m->value) != 0) return -1;
        }
        return 0;
    default:
        return 0;
    }
}

static const infext__value *member_find(const infext__value *obj, const char *key, uint32_t len)
{
    for (uint32_t i = 0; i < obj->len; i++) {
        const infext__member *m = &obj->u.members[i];
        if (m->key_len == len && memcmp(m->key, key, len) == 0) return &m->value;
    }
    return NULL;
}

bool infext__value_equal(const infext__value *a, const infext__value *b)
{
    if (a->type != b->type) {
        /* 8000 and 8000.0 are the same JSON number. */
        if (a->type == INFEXT__V_INT && b->type == INFEXT__V_REAL) return (double)a->u.i == b->u.d;
        if (a->type == INFEXT__V_REAL && b->type == INFEXT__V_INT) return a->u.d == (double)b->u.i;
        return false;
    }
    switch (a->type) {
    case INFEXT__V_INT:
        return a->u.i == b->u.i;
    case INFEXT__V_REAL:
        return a->u.d == b->u.d;
    case INFEXT__V_STRING:
        return a->len == b->len && memcmp(a->u.s, b->u.s, a->len) == 0;
    case INFEXT__V_ARRAY:
        if (a->len != b->len) return false;
        for (uint32_t i = 0; i < a->len; i++)
            if (!infext__value_equal(&a->u.items[i], &b->u.items[i])) return false;
        return true;
    case INFEXT__V_OBJECT:
        if (a->len != b->len) return false;
        for (uint32_t i = 0; i < a->len; i++) {
            const infext__member *m = &a->u.members[i];
            const infext__value *other = member_find(b, m->key, m->key_len);
            if (!other || !infext__value_equal(&m->value, other)) return false;
        }
        return true;
    default:
        return true;
    }
}

/* --------------------------------------------------------- deep copy -- */

static int copy_unknown(infext__arena *arena, void *dst, const infext__hdr *src)
{
    if (!src->extra || !src->extra->n_unknown) return 0;
    infext__extra *x = infext__extra_get(dst);
    if (!x) return -1;
    size_t n = src->extra->n_unknown;
    x->unknown = infext__arena_calloc(arena, n, sizeof(infext__member));
    if (!x->unknown) return -1;
    for (size_t i = 0; i < n; i++) {
        const infext__member *m = &src->extra->unknown[i];
        x->unknown[i].key = infext__arena_strndup(arena, m->key, m->key_len);
        x->unknown[i].key_len = m->key_len;
        if (!x->unknown[i].key || infext__value_copy(arena, &x->unknown[i].value, &m->value) != 0)
            return -1;
    }
    x->n_unknown = x->cap_unknown = n;
    return 0;
}

int infext__list_reserve(infext__arena *arena, infext__list *list, size_t need)
{
    void **items = infext__arena_grow(arena, list->items, list->len, &list->cap, need, sizeof(void *), 4, SIZE_MAX);
    if (!items) return -1;
    list->items = items;
    return 0;
}

int infext__map_copy(infext__arena *arena, infext__map *d, const infext__map *s)
{
    if (!s->len) return 0;
    d->items = infext__arena_calloc(arena, s->len, sizeof(infext__kv));
    if (!d->items) return -1;
    for (size_t i = 0; i < s->len; i++) {
        d->items[i].key = infext__arena_strdup(arena, s->items[i].key);
        d->items[i].value = infext__arena_strdup(arena, s->items[i].value);
        d->items[i].pos = s->items[i].pos;
        if (!d->items[i].key || !d->items[i].value) return -1;
    }
    d->len = d->cap = s->len;
    return 0;
}

static int copy_field(infext__arena *arena, void *dst, const void *src, const infext__field *f)
{
    switch (f->type) {
    case INFEXT__F_STRING:
    case INFEXT__F_QUANTITY: {
        const char *s = *INFEXT__CAT(src, f, char *);
        const char **d = INFEXT__AT(dst, f, const char *);
        *d = infext__arena_strdup(arena, s);
        return *d ? 0 : -1;
    }
    case INFEXT__F_INT32:
        *INFEXT__AT(dst, f, int32_t) = *INFEXT__CAT(src, f, int32_t);
        return 0;
    case INFEXT__F_INT64:
        *INFEXT__AT(dst, f, int64_t) = *INFEXT__CAT(src, f, int64_t);
        return 0;
    case INFEXT__F_BOOL:
        *INFEXT__AT(dst, f, bool) = *INFEXT__CAT(src, f, bool);
        return 0;
    case INFEXT__F_DOUBLE:
        *INFEXT__AT(dst, f, double) = *INFEXT__CAT(src, f, double);
        return 0;
    case INFEXT__F_OBJECT: {
        void *child = infext__deep_copy(arena, *INFEXT__CAT(src, f, void *));
        *INFEXT__AT(dst, f, void *) = child;
        return child ? 0 : -1;
    }
    case INFEXT__F_LIST:
    case INFEXT__F_STRLIST: {
        const infext__list *s = INFEXT__CAT(src, f, infext__list);
        infext__list *d = INFEXT__AT(dst, f, infext__list);
        if (s->len && infext__list_reserve(arena, d, s->len) != 0) return -1;
        for (size_t i = 0; i < s->len; i++) {
            d->items[i] = f->type == INFEXT__F_LIST ? infext__deep_copy(arena, s->items[i])
                                                    : infext__arena_strdup(arena, s->items[i]);
            if (!d->items[i]) return -1;
        }
        d->len = s->len;
        return 0;
    }
    case INFEXT__F_MAP:
        return infext__map_copy(arena, INFEXT__AT(dst, f, infext__map), INFEXT__CAT(src, f, infext__map));
    case INFEXT__F_RAW: {
        const infext__value *s = *INFEXT__CAT(src, f, infext__value *);
        infext__value *v = infext__arena_alloc(arena, sizeof(*v));
        *INFEXT__AT(dst, f, infext__value *) = v;
        return v ? infext__value_copy(arena, v, s) : -1;
    }
    }
    return -1;
}

void *infext__deep_copy(infext__arena *arena, const void *src)
{
    const infext__hdr *sh = src;
    const infext__struct_desc *desc = sh->desc;
    infext__hdr *dh = infext__struct_new(arena, desc);
    if (!dh) return NULL;
    dh->present = sh->present;
    for (uint32_t i = 0; i < desc->n_fields; i++) {
        const infext__field *f = &desc->fields[i];
        if (!infext__has(src, f)) continue;
        if (copy_field(arena, dh, src, f) != 0) return NULL;
    }
    if (copy_unknown(arena, dh, sh) != 0) return NULL;
    if (sh->extra && (sh->extra->bad_type || sh->extra->n_dropped || sh->extra->type_errors || sh->extra->n_kept)) {
        const infext__extra *sx = sh->extra;
        infext__extra *x = infext__extra_get(dh);
        if (!x) return NULL;
        x->bad_type = sx->bad_type;
        x->type_errors = sx->type_errors;
        x->reported_to = sx->reported_to;
        x->reported_epoch = sx->reported_epoch;
        x->reported_mark = sx->reported_mark;
        if (sx->n_dropped) {
            x->dropped = infext__arena_alloc(arena, sx->n_dropped * sizeof(*x->dropped));
            if (!x->dropped) return NULL;
            memcpy(x->dropped, sx->dropped, sx->n_dropped * sizeof(*x->dropped));
            x->n_dropped = x->cap_dropped = sx->n_dropped;
        }
        if (sx->n_kept) { /* scalars only: nothing points into the source arena */
            x->kept = infext__arena_alloc(arena, sx->n_kept * sizeof(*x->kept));
            if (!x->kept) return NULL;
            memcpy(x->kept, sx->kept, sx->n_kept * sizeof(*x->kept));
            x->n_kept = x->cap_kept = sx->n_kept;
        }
    }
    return dh;
}

void *infext__root_clone(const void *obj)
{
    const infext__hdr *h = obj;
    infext__arena *arena = infext__arena_new(h->arena->total ? h->arena->total : ROOT_ARENA_FIRST_BLOCK);
    if (!arena) return NULL;
    return adopt_root(arena, infext__deep_copy(arena, obj));
}

/* ------------------------------------------------------------- equal -- */

static const infext__kv *map_find(const infext__map *m, const char *key)
{
    for (size_t i = 0; i < m->len; i++)
        if (strcmp(m->items[i].key, key) == 0) return &m->items[i];
    return NULL;
}

static bool field_equal(const void *a, const void *b, const infext__field *f)
{
    switch (f->type) {
    case INFEXT__F_STRING:
    case INFEXT__F_QUANTITY:
        return strcmp(*INFEXT__CAT(a, f, char *), *INFEXT__CAT(b, f, char *)) == 0;
    case INFEXT__F_INT32:
        return *INFEXT__CAT(a, f, int32_t) == *INFEXT__CAT(b, f, int32_t);
    case INFEXT__F_INT64:
        return *INFEXT__CAT(a, f, int64_t) == *INFEXT__CAT(b, f, int64_t);
    case INFEXT__F_BOOL:
        return *INFEXT__CAT(a, f, bool) == *INFEXT__CAT(b, f, bool);
    case INFEXT__F_DOUBLE:
        return *INFEXT__CAT(a, f, double) == *INFEXT__CAT(b, f, double);
    case INFEXT__F_OBJECT:
        return infext__struct_equal(*INFEXT__CAT(a, f, void *), *INFEXT__CAT(b, f, void *));
    case INFEXT__F_LIST:
    case INFEXT__F_STRLIST: {
        const infext__list *la = INFEXT__CAT(a, f, infext__list);
        const infext__list *lb = INFEXT__CAT(b, f, infext__list);
        if (la->len != lb->len) return false;
        for (size_t i = 0; i < la->len; i++) {
            bool same = f->type == INFEXT__F_LIST ? infext__struct_equal(la->items[i], lb->items[i])
                                                  : strcmp(la->items[i], lb->items[i]) == 0;
            if (!same) return false;
        }
        return true;
    }
    case INFEXT__F_MAP: {
        const infext__map *ma = INFEXT__CAT(a, f, infext__map);
        const infext__map *mb = INFEXT__CAT(b, f, infext__map);
        if (ma->len != mb->len) return false;
        for (size_t i = 0; i < ma->len; i++) {
            /* maps read or copied from one another keep their order: look
             * at the same place first, so that equal maps compare in O(n) */
            const infext__kv *other = strcmp(mb->items[i].key, ma->items[i].key) == 0 ? &mb->items[i]
                                                                                      : map_find(mb, ma->items[i].key);
            if (!other || strcmp(other->value, ma->items[i].value) != 0) return false;
        }
        return true;
    }
    case INFEXT__F_RAW:
        return infext__value_equal(*INFEXT__CAT(a, f, infext__value *), *INFEXT__CAT(b, f, infext__value *));
    }
    return false;
}

static bool unknown_equal(const infext__hdr *a, const infext__hdr *b)
{
    size_t na = a->extra ? a->extra->n_unknown : 0;
    size_t nb = b->extra ? b->extra->n_unknown : 0;
    if (na != nb) return false;
    if (!na) return true;
    infext__value va = {.type = INFEXT__V_OBJECT, .len = (uint32_t)na, .u.members = a->extra->unknown};
    infext__value vb = {.type = INFEXT__V_OBJECT, .len = (uint32_t)nb, .u.members = b->extra->unknown};
    return infext__value_equal(&va, &vb);
}

bool infext__struct_equal(const void *a, const void *b)
{
    if (a == b) return true;
    if (!a || !b) return false;
    const infext__hdr *ha = a, *hb = b;
    if (ha->desc != hb->desc || ha->present != hb->present) return false;
    const infext__struct_desc *desc = ha->desc;
    for (uint32_t i = 0; i < desc->n_fields; i++) {
        const infext__field *f = &desc->fields[i];
        if (infext__has(a, f) && !field_equal(a, b, f)) return false;
    }
    return unknown_equal(ha, hb);
}

/* --------------------------------------------------- accessor helpers -- */

infext_status infext__set_string(void *obj, const infext__field *f, const char *value)
{
    if (!obj) return INFEXT_EINVAL;
    if (!value) {
        infext__clear_field(obj, f);
        return INFEXT_OK;
    }
    infext__hdr *h = obj;
    char *copy = infext__arena_strdup(h->arena, value);
    if (!copy) return INFEXT_ENOMEM;
    *INFEXT__AT(obj, f, const char *) = copy;
    infext__mark(obj, f);
    return INFEXT_OK;
}

void infext__clear_field(void *obj, const infext__field *f)
{
    infext__hdr *h = obj;
    h->present &= ~((uint64_t)1 << f->index);
    if (h->extra) {
        h->extra->bad_type &= ~((uint64_t)1 << f->index);
        /* the field's dropped items go with it */
        uint32_t kept = 0;
        for (uint32_t i = 0; i < h->extra->n_dropped; i++)
            if (h->extra->dropped[i].field != f->index) h->extra->dropped[kept++] = h->extra->dropped[i];
        h->extra->n_dropped = kept;
        kept = 0;
        for (uint32_t i = 0; i < h->extra->n_kept; i++)
            if (h->extra->kept[i].field != f->index) h->extra->kept[kept++] = h->extra->kept[i];
        h->extra->n_kept = kept;
    }
    switch (f->type) {
    case INFEXT__F_STRING:
    case INFEXT__F_QUANTITY:
    case INFEXT__F_OBJECT:
    case INFEXT__F_RAW:
        *INFEXT__AT(obj, f, void *) = NULL;
        break;
    case INFEXT__F_LIST:
    case INFEXT__F_STRLIST:
        INFEXT__AT(obj, f, infext__list)->len = 0;
        break;
    case INFEXT__F_MAP:
        INFEXT__AT(obj, f, infext__map)->len = 0;
        break;
    default:
        memset((char *)obj + f->offset, 0, f->type == INFEXT__F_INT32 ? sizeof(int32_t)
                                          : f->type == INFEXT__F_BOOL ? sizeof(bool)
                                                                      : sizeof(int64_t));
        break;
    }
}

infext_status infext__ensure_object(void **out, void *obj, const infext__field *f)
{
    if (!obj) return INFEXT_EINVAL;
    void **slot = INFEXT__AT(obj, f, void *);
    if (!*slot) {
        *slot = infext__struct_new(((infext__hdr *)obj)->arena, f->elem);
        if (!*slot) return INFEXT_ENOMEM;
        infext__mark(obj, f);
    }
    if (out) *out = *slot;
    return INFEXT_OK;
}

static infext_status list_insert_ptr(void *obj, const infext__field *f, size_t index, void *item)
{
    infext__list *list = INFEXT__AT(obj, f, infext__list);
    if (index > list->len) return INFEXT_EINVAL;
    if (infext__list_reserve(((infext__hdr *)obj)->arena, list, list->len + 1) != 0) return INFEXT_ENOMEM;
    memmove(&list->items[index + 1], &list->items[index], (list->len - index) * sizeof(void *));
    list->items[index] = item;
    list->len++;
    infext__mark(obj, f);
    return INFEXT_OK;
}

infext_status infext__list_insert(void **out, void *obj, const infext__field *f, size_t index)
{
    if (!obj) return INFEXT_EINVAL;
    if (index > INFEXT__AT(obj, f, infext__list)->len) return INFEXT_EINVAL;
    void *item = infext__struct_new(((infext__hdr *)obj)->arena, f->elem);
    if (!item) return INFEXT_ENOMEM;
    infext_status rc = list_insert_ptr(obj, f, index, item);
    if (rc == INFEXT_OK && out) *out = item;
    return rc;
}

infext_status infext__strlist_insert(void *obj, const infext__field *f, size_t index, const char *value)
{
    if (!obj || !value) return INFEXT_EINVAL;
    if (index > INFEXT__AT(obj, f, infext__list)->len) return INFEXT_EINVAL;
    char *copy = infext__arena_strdup(((infext__hdr *)obj)->arena, value);
    if (!copy) return INFEXT_ENOMEM;
    return list_insert_ptr(obj, f, index, copy);
}

infext_status infext__list_remove(void *obj, const infext__field *f, size_t index)
{
    if (!obj) return INFEXT_EINVAL;
    infext__list *list = INFEXT__AT(obj, f, infext__list);
    if (index >= list->len) return INFEXT_EINVAL;
    memmove(&list->items[index], &list->items[index + 1], (list->len - index - 1) * sizeof(void *));
    list->len--;
    return INFEXT_OK;
}

const char *infext__map_get(const void *obj, const infext__field *f, const char *key)
{
    if (!obj || !key) return NULL;
    const infext__kv *kv = map_find(INFEXT__CAT(obj, f, infext__map), key);
    return kv ? kv->value : NULL;
}

infext_status infext__map_set(void *obj, const infext__field *f, const char *key, const char *value)
{
    if (!obj || !key || !value) return INFEXT_EINVAL;
    infext__arena *arena = ((infext__hdr *)obj)->arena;
    infext__map *m = INFEXT__AT(obj, f, infext__map);
    char *v = infext__arena_strdup(arena, value);
    if (!v) return INFEXT_ENOMEM;
    infext__kv *kv = (infext__kv *)map_find(m, key);
    if (kv) {
        kv->value = v;
        infext__mark(obj, f);
        return INFEXT_OK;
    }
    char *k = infext__arena_strdup(arena, key);
    if (!k) return INFEXT_ENOMEM;
    infext__kv *items = infext__arena_grow(arena, m->items, m->len, &m->cap, m->len + 1, sizeof(infext__kv), 4, SIZE_MAX);
    if (!items) return INFEXT_ENOMEM;
    m->items = items;
    m->items[m->len].key = k;
    m->items[m->len].value = v;
    m->items[m->len].pos = (infext__pos){0, 0};
    m->len++;
    infext__mark(obj, f);
    return INFEXT_OK;
}

infext_status infext__map_remove(void *obj, const infext__field *f, const char *key)
{
    if (!obj || !key) return INFEXT_EINVAL;
    infext__map *m = INFEXT__AT(obj, f, infext__map);
    const infext__kv *kv = map_find(m, key);
    if (!kv) return INFEXT_ENOTFOUND;
    size_t i = (size_t)(kv - m->items);
    memmove(&m->items[i], &m->items[i + 1], (m->len - i - 1) * sizeof(infext__kv));
    m->len--;
    return INFEXT_OK;
}

infext_status infext__map_at(const char **key, const char **value, const void *obj,
                             const infext__field *f, size_t index)
{
    if (!obj) return INFEXT_EINVAL;
    const infext__map *m = INFEXT__CAT(obj, f, infext__map);
    if (index >= m->len) return INFEXT_EINVAL;
    if (key) *key = m->items[index].key;
    if (value) *value = m->items[index].value;
    return INFEXT_OK;
}

/* ------------------------------------------------------------- lookup -- */

const infext__kind_desc *infext__kind_by_id(infext_kind kind)
{
    for (size_t i = 0; i < infext__n_kinds; i++)
        if (infext__kinds[i].kind == kind) return &infext__kinds[i];
    return NULL;
}

const infext__kind_desc *infext__kind_lookup(const char *api_version, size_t av_len,
                                             const char *kind, size_t kind_len)
{
    for (size_t i = 0; i < infext__n_kinds; i++) {
        const infext__kind_desc *k = &infext__kinds[i];
        if (kind_len && k->kind_name[0] != kind[0]) continue; /* spares most strlen calls */
        if (strlen(k->api_version) == av_len && memcmp(k->api_version, api_version, av_len) == 0 &&
            strlen(k->kind_name) == kind_len && memcmp(k->kind_name, kind, kind_len) == 0)
            return k;
    }
    return NULL;
}

const infext__field *infext__field_lookup(const infext__struct_desc *desc, const char *key, size_t len)
{
    for (uint32_t i = 0; i < desc->n_fields; i++) {
        const infext__field *f = &desc->fields[i];
        if (f->json_len == len && memcmp(f->json, key, len) == 0) return f;
    }
    for (uint32_t i = 0; i < desc->n_fields; i++) {
        const infext__field *f = &desc->fields[i];
        if (f->alias && strlen(f->alias) == len && memcmp(f->alias, key, len) == 0) return f;
    }
    return NULL;
}

/* ---------------------------------------------------- generic object -- */

static const infext__kind_desc *kind_of(const infext_object *obj)
{
    return obj ? ((const infext__hdr *)obj)->desc->kind : NULL;
}

INFEXT_API infext_kind infext_object_kind(const infext_object *obj)
{
    const infext__kind_desc *k = kind_of(obj);
    return k ? k->kind : INFEXT_KIND_NONE;
}

INFEXT_API const char *infext_object_api_version(const infext_object *obj)
{
    const infext__kind_desc *k = kind_of(obj);
    return k ? k->api_version : NULL;
}

INFEXT_API const char *infext_object_kind_name(const infext_object *obj)
{
    const infext__kind_desc *k = kind_of(obj);
    return k ? k->kind_name : NULL;
}

INFEXT_API infext_object_meta *infext_object_get_metadata(const infext_object *obj)
{
    const infext__kind_desc *k = kind_of(obj);
    if (!k || !k->has_metadata) return NULL;
    const infext__field *f = infext__field_lookup(k->type, "metadata", 8);
    if (!f || f->elem != &infext__desc_object_meta) return NULL;
    return *(infext_object_meta *const *)((const char *)obj + f->offset);
}

INFEXT_API const char *infext_object_name(const infext_object *obj)
{
    return infext_object_meta_get_name(infext_object_get_metadata(obj));
}

INFEXT_API const char *infext_object_namespace(const infext_object *obj)
{
    return infext_object_meta_get_namespace(infext_object_get_metadata(obj));
}

INFEXT_API infext_status infext_kind_info(const char **api_version, const char **kind_name,
                                          infext_kind kind)
{
    const infext__kind_desc *k = infext__kind_by_id(kind);
    if (!k) return INFEXT_EINVAL;
    if (api_version) *api_version = k->api_version;
    if (kind_name) *kind_name = k->kind_name;
    return INFEXT_OK;
}

INFEXT_API infext_kind infext_kind_from_names(const char *api_version, const char *kind_name)
{
    if (!api_version || !kind_name) return INFEXT_KIND_NONE;
    const infext__kind_desc *k =
        infext__kind_lookup(api_version, strlen(api_version), kind_name, strlen(kind_name));
    return k ? k->kind : INFEXT_KIND_NONE;
}

INFEXT_API infext_status infext_object_new(infext_object **out, infext_kind kind)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    const infext__kind_desc *k = infext__kind_by_id(kind);
    if (!k) return INFEXT_EINVAL;
    *out = infext__root_new(k->type);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_object_free(infext_object *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_object_clone(infext_object **out, const infext_object *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API bool infext_object_equal(const infext_object *a, const infext_object *b)
{
    return infext__struct_equal(a, b);
}

INFEXT_API bool infext_object_is_root(const infext_object *obj)
{
    return obj && ((const infext__hdr *)obj)->is_root;
}
