/* The prefix index: servers found without a lock, block keys -> holders in
 * shards, matching a prompt's blocks against it and recording what a
 * server now holds (prefix_int.h has the design). */
#include "scheduler/prefix_int.h"

#include "util/alloc.h"

#include <string.h>

static int index_init(prefix_index *ix)
{
    memset(ix, 0, sizeof(*ix));
    unsigned made = 0;
    for (; made < SHARDS; made++)
        if (infext__prefix_brlock_init(&ix->shards[made].lock) != 0) break;
    if (made == SHARDS && pthread_mutex_init(&ix->registry_lock, NULL) == 0) return 0;
    while (made--) infext__prefix_brlock_destroy(&ix->shards[made].lock);
    return -1;
}

static void index_free(prefix_index *ix)
{
    size_t n = atomic_load(&ix->servers_len);
    for (size_t i = 0; i < n; i++) {
        server *s = server_at(ix, (uint32_t)i);
        infext__free(s->nsname);
        infext__free(s->nodes);
        infext__sched_u64map_free(&s->where);
        pthread_mutex_destroy(&s->lock);
        infext__free(s);
    }
    for (size_t p = 0; p < MAX_PAGES; p++) infext__free((void *)atomic_load(&ix->pages[p]));
    for (name_table *t = atomic_load(&ix->names), *next; t; t = next) {
        next = t->retired;
        infext__free((void *)t->keys);
        infext__free((void *)t->vals);
        infext__free(t);
    }
    for (unsigned k = 0; k < SHARDS; k++) {
        shard *sh = &ix->shards[k];
        for (size_t i = 0; i < sh->slots_len; i++) infext__free(sh->slots[i].ids);
        infext__free(sh->slots);
        infext__free(sh->free_slots);
        infext__sched_u64map_free(&sh->blocks);
        infext__prefix_brlock_destroy(&sh->lock);
    }
    pthread_mutex_destroy(&ix->registry_lock);
}

int infext__prefix_instance_init(char **key, prefix_index *ix, const char *name)
{
    *key = infext__sched_strdup0(name);
    if (*key && index_init(ix) == 0) return 0;
    infext__free(*key);
    *key = NULL;
    return -1;
}

void infext__prefix_instance_free(char *key, prefix_index *ix)
{
    index_free(ix);
    infext__free(key);
}

static void name_insert(name_table *t, uint64_t key, uint32_t id)
{
    size_t i = infext__prefix_name_slot(key, t->cap);
    while (atomic_load_explicit(&t->vals[i], memory_order_relaxed))
        i = (i + 1) & (t->cap - 1);
    atomic_store_explicit(&t->keys[i], key, memory_order_relaxed);
    atomic_store_explicit(&t->vals[i], id + 1, memory_order_release);
}

/* Make room for one more name (under registry_lock). -1 on failure. */
static int names_reserve(prefix_index *ix)
{
    name_table *old = atomic_load_explicit(&ix->names, memory_order_relaxed);
    if (old && (ix->names_len + 1) * 2 <= old->cap) return 0;
    size_t was = old ? old->cap : 0;
    size_t cap = infext__grow_cap(was, was + 1, sizeof(uint64_t), 64, SIZE_MAX / 2 + 1);
    if (!cap) return -1;
    name_table *t = infext__calloc(1, sizeof(*t));
    if (t) {
        t->keys = infext__calloc(cap, sizeof(*t->keys));
        t->vals = infext__calloc(cap, sizeof(*t->vals));
    }
    if (!t || !t->keys || !t->vals) {
        if (t) {
            infext__free((void *)t->keys);
            infext__free((void *)t->vals);
        }
        infext__free(t);
        return -1;
    }
    t->cap = cap;
    t->retired = old;
    for (size_t i = 0; old && i < old->cap; i++) {
        uint32_t v = atomic_load_explicit(&old->vals[i], memory_order_relaxed);
        if (v) name_insert(t, atomic_load_explicit(&old->keys[i], memory_order_relaxed), v - 1);
    }
    atomic_store_explicit(&ix->names, t, memory_order_release);
    return 0;
}

/* The endpoint's server, added when missing; NONE when its key hash is
 * taken by another name or on allocation failure. */
static uint32_t get_or_add_server(prefix_index *ix, const infext_endpoint *ep, size_t capacity)
{
    uint32_t id = infext__prefix_lookup_id(ix, ep->key_hash);
    if (id != NONE) return strcmp(server_at(ix, id)->nsname, ep->nsname) == 0 ? id : NONE;
    pthread_mutex_lock(&ix->registry_lock);
    id = infext__prefix_lookup_id(ix, ep->key_hash); /* another thread may have added it */
    if (id != NONE) {
        pthread_mutex_unlock(&ix->registry_lock);
        return strcmp(server_at(ix, id)->nsname, ep->nsname) == 0 ? id : NONE;
    }
    size_t n = atomic_load_explicit(&ix->servers_len, memory_order_relaxed);
    size_t page = n >> PAGE_BITS;
    server *s = NULL;
    if (page >= MAX_PAGES || names_reserve(ix) != 0) goto fail;
    if (!atomic_load_explicit(&ix->pages[page], memory_order_relaxed)) {
        _Atomic(server *) *entries = infext__calloc(PAGE_SIZE, sizeof(*entries));
        if (!entries) goto fail;
        atomic_store_explicit(&ix->pages[page], entries, memory_order_release);
    }
    s = infext__calloc(1, sizeof(*s));
    if (!s || !(s->nsname = infext__sched_strdup0(ep->nsname)) ||
        pthread_mutex_init(&s->lock, NULL) != 0)
        goto fail;
    s->id = (uint32_t)n;
    s->capacity = capacity ? capacity : 1;
    s->head = s->tail = NONE;
    atomic_store_explicit(&atomic_load_explicit(&ix->pages[page], memory_order_relaxed)[n & (PAGE_SIZE - 1)],
                          s, memory_order_release);
    atomic_store_explicit(&ix->servers_len, n + 1, memory_order_release);
    name_insert(atomic_load_explicit(&ix->names, memory_order_relaxed), ep->key_hash, (uint32_t)n);
    ix->names_len++;
    pthread_mutex_unlock(&ix->registry_lock);
    return (uint32_t)n;
fail:
    if (s) infext__free(s->nsname);
    infext__free(s);
    pthread_mutex_unlock(&ix->registry_lock);
    return NONE;
}

/* holders_add / holders_remove: the caller holds the shard's write lock. */
static int holders_add(shard *sh, uint64_t hash, uint32_t id)
{
    uint32_t slot = infext__sched_u64map_get(&sh->blocks, hash);
    if (slot == NONE) {
        if (sh->free_len) {
            slot = sh->free_slots[--sh->free_len];
        } else {
            if (sh->slots_len >= NONE - 1 ||
                infext__sched_grow((void **)&sh->slots, &sh->slots_cap, sh->slots_len + 1,
                                   sizeof(holders)) != 0)
                return -1;
            slot = (uint32_t)sh->slots_len++;
            sh->slots[slot] = (holders){NULL, 0, 0};
        }
        if (infext__sched_u64map_put(&sh->blocks, hash, slot) != 0) {
            /* keep the slot for later */
            if (infext__sched_grow((void **)&sh->free_slots, &sh->free_cap, sh->free_len + 1,
                                   sizeof(uint32_t)) == 0)
                sh->free_slots[sh->free_len++] = slot;
            return -1;
        }
    }
    holders *h = &sh->slots[slot];
    for (uint32_t i = 0; i < h->len; i++)
        if (h->ids[i] == id) return 0;
    size_t cap = h->cap;
    uint32_t *ids = infext__grow(h->ids, &cap, (size_t)h->len + 1, sizeof(uint32_t), 2, UINT32_MAX);
    if (!ids) return -1;
    h->ids = ids;
    h->cap = (uint32_t)cap;
    h->ids[h->len++] = id;
    return 0;
}

static void holders_remove(shard *sh, uint64_t hash, uint32_t id)
{
    uint32_t slot = infext__sched_u64map_get(&sh->blocks, hash);
    if (slot == NONE) return;
    holders *h = &sh->slots[slot];
    for (uint32_t i = 0; i < h->len; i++) {
        if (h->ids[i] == id) {
            h->ids[i] = h->ids[--h->len];
            break;
        }
    }
    if (h->len) return;
    infext__sched_u64map_del(&sh->blocks, hash);
    /* the free list never outgrows the slots, so this cannot fail after
     * the first time it grew to that size; if it does, the slot leaks
     * until the index is freed (still reachable from sh->slots). */
    if (infext__sched_grow((void **)&sh->free_slots, &sh->free_cap, sh->free_len + 1,
                           sizeof(uint32_t)) == 0)
        sh->free_slots[sh->free_len++] = slot;
}

/* Apply the ops for server `id`, one write lock per shard touched. An
 * allocation failure leaves a key out of its holders: that server scores
 * lower for it until the key leaves its LRU. */
static void ops_apply(prefix_index *ix, const op_list *l, uint32_t id)
{
    for (unsigned k = 0; k < SHARDS; k++) {
        if (l->first[k] == NONE) continue;
        shard *sh = &ix->shards[k];
        infext__prefix_brlock_write_lock(&sh->lock);
        for (uint32_t i = l->first[k]; i != NONE; i = l->ops[i].next) {
            if (l->ops[i].add) holders_add(sh, l->ops[i].hash, id);
            else holders_remove(sh, l->ops[i].hash, id);
        }
        infext__prefix_brlock_write_unlock(&sh->lock);
    }
}

/* The holders of a prompt's blocks, copied out of the shards (in shard
 * order; copy_holders() says where each block's are). */
typedef struct holder_copy {
    uint32_t *ids;
    size_t ids_len, ids_cap;
} holder_copy;

static int copy_append(infext_cycle *cycle, holder_copy *c, const uint32_t *ids, uint32_t n)
{
    if (c->ids_len + n > c->ids_cap) {
        size_t cap = infext__grow_cap(c->ids_cap, c->ids_len + n, sizeof(uint32_t), c->ids_len + n, SIZE_MAX);
        uint32_t *grown = cap ? infext_cycle_alloc(cycle, cap * sizeof(uint32_t)) : NULL;
        if (!grown) return -1;
        if (c->ids_len) memcpy(grown, c->ids, c->ids_len * sizeof(uint32_t));
        c->ids = grown; /* the old copy stays in the cycle's memory */
        c->ids_cap = cap;
    }
    memcpy(c->ids + c->ids_len, ids, n * sizeof(uint32_t));
    c->ids_len += n;
    return 0;
}

/* Copy the holders of blocks 0 .. count-1 of `hashes`, locking each shard
 * once. The blocks' holders land in shard order; `start` and `len` say
 * where. */
static int copy_holders(prefix_index *ix, infext_cycle *cycle, const uint64_t *hashes, size_t count,
                        uint32_t *start, uint32_t *len, holder_copy *c)
{
    uint32_t *next = infext_cycle_alloc(cycle, count * sizeof(uint32_t));
    if (!next) return -1;
    uint32_t first[SHARDS];
    for (unsigned k = 0; k < SHARDS; k++) first[k] = NONE;
    for (size_t i = count; i-- > 0;) { /* lists in block order */
        unsigned k = shard_index(hashes[i]);
        next[i] = first[k];
        first[k] = (uint32_t)i;
    }
    for (unsigned k = 0; k < SHARDS; k++) {
        if (first[k] == NONE) continue;
        shard *sh = &ix->shards[k];
        int rc = 0;
        unsigned reader = infext__prefix_brlock_read_lock(&sh->lock);
        for (uint32_t i = first[k]; i != NONE && rc == 0; i = next[i]) {
            uint32_t slot = infext__sched_u64map_get(&sh->blocks, hashes[i]);
            const holders *h = slot == NONE ? NULL : &sh->slots[slot];
            start[i] = (uint32_t)c->ids_len;
            len[i] = h ? h->len : 0;
            if (h && h->len) rc = copy_append(cycle, c, h->ids, h->len);
        }
        infext__prefix_brlock_read_unlock(&sh->lock, reader);
        if (rc != 0) return -1;
    }
    return 0;
}

int infext__prefix_match_servers(prefix_index *ix, infext_cycle *cycle, const uint64_t *hashes,
                                 size_t count, uint32_t **matched, size_t *servers)
{
    *matched = NULL;
    *servers = atomic_load_explicit(&ix->servers_len, memory_order_acquire);
    if (!*servers || !count) return 0;
    uint32_t *by_id = infext_cycle_alloc(cycle, *servers * sizeof(uint32_t));
    uint32_t *start = infext_cycle_alloc(cycle, count * sizeof(uint32_t));
    uint32_t *len = infext_cycle_alloc(cycle, count * sizeof(uint32_t));
    holder_copy c = {0};
    if (!by_id || !start || !len || copy_holders(ix, cycle, hashes, count, start, len, &c) != 0)
        return -1;
    memset(by_id, 0, *servers * sizeof(uint32_t));
    for (size_t i = 0; i < count && len[i]; i++)
        for (uint32_t k = 0; k < len[i]; k++) {
            uint32_t id = c.ids[start[i] + k];
            if (id < *servers) by_id[id]++;
        }
    *matched = by_id;
    return 0;
}

void infext__prefix_record(prefix_index *ix, infext_cycle *cycle, const infext_endpoint *target,
                           size_t capacity, const uint64_t *hashes, size_t count)
{
    if (!count) return;
    if (count > (NONE - 1) / 2) count = (NONE - 1) / 2; /* the op list's ids are 32 bits */
    if (capacity > NONE - 1) capacity = NONE - 1;
    uint32_t id = get_or_add_server(ix, target, capacity);
    if (id == NONE) return;
    op_list ops;
    ops.ops = infext_cycle_alloc(cycle, 2 * count * sizeof(holder_op));
    if (!ops.ops) return;
    ops.len = 0;
    for (unsigned k = 0; k < SHARDS; k++) ops.first[k] = ops.last[k] = NONE;
    server *s = server_at(ix, id);
    pthread_mutex_lock(&s->lock);
    infext__prefix_lru_add_all(&ops, s, hashes, count);
    ops_apply(ix, &ops, id);
    pthread_mutex_unlock(&s->lock);
}
