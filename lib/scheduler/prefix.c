/* prefix-cache-scorer: scores endpoints by how much of the prompt's prefix
 * they are likely to hold in their KV cache, as the EPP's prefix plugin:
 *
 * - the prompt is cut into blocks of `blockSize` bytes (with `autoTune`,
 *   the endpoints' cache block size in tokens times 4 characters per token),
 *   at most `maxPrefixBlocksToMatch` of them, a short last block dropped;
 * - block i is keyed by xxHash64(block bytes, then block i-1's key as 8
 *   little-endian bytes), block 0 chained from xxHash64(model, cache salt);
 * - an index remembers, per endpoint, the most recent block keys routed to
 *   it (an LRU of `lruCapacityPerServer` entries, or with `autoTune` the
 *   endpoint's GPU block count); the pre-request hook adds the prompt's
 *   keys for the endpoint picked;
 * - walking the keys from block 0 while any endpoint holds the key, each
 *   holder gains one; an endpoint scores its count / the number of blocks.
 *
 * The index is the one piece of state shared by concurrent schedule()
 * calls, so it is split to let threads work side by side:
 *
 * - block key -> holders lives in SHARDS shards chosen by the key's top
 *   bits, each with its own read-write lock; scoring read-locks each shard
 *   its prompt touches once, copying the holders out;
 * - each endpoint ("server") has its own mutex over its LRU; the
 *   pre-request hook holds it while it updates the LRU and then, for the
 *   keys that entered or left the LRU, the holders, write-locking each
 *   shard concerned once (lock order: server, then shard; scoring takes
 *   shard locks only). A key already in the LRU only moves to the front:
 *   in the steady state of a repeated prefix no shard is written at all;
 * - the servers themselves are found without a lock: an append-only table
 *   (pages of server pointers, and an open-addressing map from the
 *   endpoint's key hash to its id) that readers walk with acquire loads and
 *   that one mutex serialises the writers of. Servers are never removed. */
#include "scheduler/sched.h"
#include "scheduler/u64map.h"

#include "util/alloc.h"

#include <pthread.h>
#include <string.h>

#define DEFAULT_BLOCK_SIZE 64
#define DEFAULT_MAX_BLOCKS 256
#define DEFAULT_LRU_CAPACITY 31250
#define CHARS_PER_TOKEN 4
#define SHORT_BLOCK 512 /* bytes: blocks up to this are hashed in one shot */

/* ---------------------------------------------------------- the index -- */

#define SHARD_BITS 2 /* 1 or more */
#define SHARDS (1u << SHARD_BITS)
#define PAGE_BITS 10
#define PAGE_SIZE (1u << PAGE_BITS)
#define MAX_PAGES 4096u /* at most 4M servers */
#define NONE INFEXT__U64MAP_NONE

typedef struct lru_node {
    uint64_t hash;
    uint32_t prev, next; /* NONE at the ends */
} lru_node;

typedef struct server {
    pthread_mutex_t lock; /* guards everything below */
    size_t capacity;
    lru_node *nodes;
    uint32_t nodes_len, nodes_cap;
    uint32_t head, tail; /* head = most recent */
    infext__sched_u64map where; /* block hash -> node */
    char *nsname;               /* immutable once published */
    uint32_t id;
    char pad[64]; /* keep servers' hot lines apart */
} server;

typedef struct holders {
    uint32_t *ids;
    uint32_t len, cap;
} holders;

typedef struct shard {
    pthread_rwlock_t lock; /* guards everything below */
    infext__sched_u64map blocks; /* block hash -> holders slot */
    holders *slots;
    size_t slots_len, slots_cap;
    uint32_t *free_slots;
    size_t free_len, free_cap;
    char pad[64]; /* keep shards' locks on lines of their own */
} shard;

/* The key hash -> server id map readers probe without a lock. A slot is
 * empty while its value is 0 (ids are stored plus one); slots are never
 * emptied. A full-enough table is replaced by a bigger one; the old ones
 * stay (readers may still be in them) until the index is freed. */
typedef struct name_table {
    size_t cap; /* a power of two */
    struct name_table *retired;
    _Atomic uint64_t *keys;
    _Atomic uint32_t *vals;
} name_table;

typedef struct prefix_index {
    shard shards[SHARDS];
    pthread_mutex_t registry_lock; /* serialises adding servers */
    _Atomic(server *) *_Atomic pages[MAX_PAGES];
    _Atomic size_t servers_len;
    _Atomic(name_table *) names;
    size_t names_len; /* under registry_lock */
} prefix_index;

/* A key's shard: its top bits (the maps index by a mix of all bits). */
static inline unsigned shard_index(uint64_t hash)
{
    return (unsigned)(hash >> (64 - SHARD_BITS));
}

static inline server *server_at(const prefix_index *ix, uint32_t id)
{
    _Atomic(server *) *page =
        atomic_load_explicit(&ix->pages[id >> PAGE_BITS], memory_order_acquire);
    return atomic_load_explicit(&page[id & (PAGE_SIZE - 1)], memory_order_acquire);
}

static int index_init(prefix_index *ix)
{
    memset(ix, 0, sizeof(*ix));
    unsigned made = 0;
    for (; made < SHARDS; made++)
        if (pthread_rwlock_init(&ix->shards[made].lock, NULL) != 0) break;
    if (made == SHARDS && pthread_mutex_init(&ix->registry_lock, NULL) == 0) return 0;
    while (made--) pthread_rwlock_destroy(&ix->shards[made].lock);
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
        pthread_rwlock_destroy(&sh->lock);
    }
    pthread_mutex_destroy(&ix->registry_lock);
}

static inline size_t name_slot(uint64_t key, size_t cap)
{
    key ^= key >> 29;
    key *= 0xbf58476d1ce4e5b9ull;
    key ^= key >> 32;
    return (size_t)key & (cap - 1);
}

/* The id of the server keyed `key`, or NONE. Lock-free. */
static uint32_t lookup_id(const prefix_index *ix, uint64_t key)
{
    const name_table *t = atomic_load_explicit(&ix->names, memory_order_acquire);
    if (!t) return NONE;
    for (size_t i = name_slot(key, t->cap);; i = (i + 1) & (t->cap - 1)) {
        uint32_t v = atomic_load_explicit(&t->vals[i], memory_order_acquire);
        if (!v) return NONE;
        if (atomic_load_explicit(&t->keys[i], memory_order_relaxed) == key) return v - 1;
    }
}

/* The endpoint's server, or NONE (none yet, or another name with the same
 * key hash). Lock-free. */
static uint32_t find_server(const prefix_index *ix, const infext_endpoint *ep)
{
    uint32_t id = lookup_id(ix, ep->key_hash);
    if (id != NONE && strcmp(server_at(ix, id)->nsname, ep->nsname) != 0) return NONE;
    return id;
}

static void name_insert(name_table *t, uint64_t key, uint32_t id)
{
    size_t i = name_slot(key, t->cap);
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
    size_t cap = old ? old->cap * 2 : 64;
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
    uint32_t id = lookup_id(ix, ep->key_hash);
    if (id != NONE) return strcmp(server_at(ix, id)->nsname, ep->nsname) == 0 ? id : NONE;
    pthread_mutex_lock(&ix->registry_lock);
    id = lookup_id(ix, ep->key_hash); /* another thread may have added it */
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

/* A change to the holders that the LRU pass of a pre-request call found:
 * applied afterwards, shard by shard, in the order found. */
typedef struct holder_op {
    uint64_t hash;
    uint32_t next; /* the next op of the same shard, or NONE */
    bool add;
} holder_op;

typedef struct op_list {
    holder_op *ops;
    uint32_t len;
    uint32_t first[SHARDS], last[SHARDS];
} op_list;

static void op_push(op_list *l, uint64_t hash, bool add)
{
    unsigned k = shard_index(hash);
    l->ops[l->len] = (holder_op){hash, NONE, add};
    if (l->first[k] == NONE) l->first[k] = l->len;
    else l->ops[l->last[k]].next = l->len;
    l->last[k] = l->len++;
}

/* Apply the ops for server `id`, one write lock per shard touched. An
 * allocation failure leaves a key out of its holders: that server scores
 * lower for it until the key leaves its LRU. */
static void ops_apply(prefix_index *ix, const op_list *l, uint32_t id)
{
    for (unsigned k = 0; k < SHARDS; k++) {
        if (l->first[k] == NONE) continue;
        shard *sh = &ix->shards[k];
        pthread_rwlock_wrlock(&sh->lock);
        for (uint32_t i = l->first[k]; i != NONE; i = l->ops[i].next) {
            if (l->ops[i].add) holders_add(sh, l->ops[i].hash, id);
            else holders_remove(sh, l->ops[i].hash, id);
        }
        pthread_rwlock_unlock(&sh->lock);
    }
}

static void lru_unlink(server *s, uint32_t n)
{
    lru_node *x = &s->nodes[n];
    if (x->prev != NONE) s->nodes[x->prev].next = x->next;
    else s->head = x->next;
    if (x->next != NONE) s->nodes[x->next].prev = x->prev;
    else s->tail = x->prev;
}

static void lru_push_front(server *s, uint32_t n)
{
    lru_node *x = &s->nodes[n];
    x->prev = NONE;
    x->next = s->head;
    if (s->head != NONE) s->nodes[s->head].prev = n;
    s->head = n;
    if (s->tail == NONE) s->tail = n;
}

/* Record that server `s` holds `hash`, evicting its least recent block
 * when full, and note the holders' changes in `ops`; the caller holds
 * s->lock. -1 on allocation failure. */
static int lru_add(op_list *ops, server *s, uint64_t hash)
{
    uint32_t n = infext__sched_u64map_get(&s->where, hash);
    if (n != NONE) { /* in the LRU, so already among the block's holders */
        if (s->head != n) {
            lru_unlink(s, n);
            lru_push_front(s, n);
        }
        return 0;
    }
    if (s->nodes_len >= s->capacity) {
        if (s->tail == NONE) return -1; /* every node lost to earlier failures */
        n = s->tail;
        uint64_t old = s->nodes[n].hash;
        lru_unlink(s, n);
        infext__sched_u64map_del(&s->where, old);
        op_push(ops, old, false);
    } else {
        size_t cap = s->nodes_cap;
        lru_node *nodes = infext__grow(s->nodes, &cap, (size_t)s->nodes_len + 1, sizeof(lru_node), 64,
                                       s->capacity < UINT32_MAX ? s->capacity : UINT32_MAX);
        if (!nodes) return -1;
        s->nodes = nodes;
        s->nodes_cap = (uint32_t)cap;
        n = s->nodes_len++;
    }
    s->nodes[n].hash = hash;
    if (infext__sched_u64map_put(&s->where, hash, n) != 0) {
        /* give the node back: it is not linked (an evicted node is lost
         * from the LRU's count until it is reused) */
        if (n == s->nodes_len - 1 && s->nodes_len > 0) s->nodes_len--;
        return -1;
    }
    lru_push_front(s, n);
    op_push(ops, hash, true);
    return 0;
}

/* ---------------------------------------------------------- the plugin -- */

typedef struct prefix_plugin {
    char *key; /* cycle-state key: the instance name */
    size_t block_size;
    size_t max_blocks;
    size_t lru_capacity;
    bool auto_tune;
    prefix_index index;
} prefix_plugin;

typedef struct prefix_state {
    size_t count;
    uint64_t hashes[];
} prefix_state;

static void prefix_destroy(void *state)
{
    prefix_plugin *p = state;
    if (!p) return;
    index_free(&p->index);
    infext__free(p->key);
    infext__free(p);
}

static size_t positive_or(int64_t v, size_t fallback)
{
    return v > 0 && (uint64_t)v <= SIZE_MAX / 2 ? (size_t)v : fallback;
}

static infext_status prefix_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    infext_params *params = NULL;
    infext_status st =
        infext_params_parse(&params, args->parameters_json, args->path, args->diags);
    int64_t block = 0, max_blocks = 0, lru = 0;
    bool auto_tune = true;
    if (st == INFEXT_OK) {
        infext_params_get_int(&block, params, "blockSize");
        infext_params_get_int(&max_blocks, params, "maxPrefixBlocksToMatch");
        infext_params_get_int(&lru, params, "lruCapacityPerServer");
        infext_params_get_bool(&auto_tune, params, "autoTune");
        st = infext_params_finish(params);
    }
    infext_params_free(params);
    if (st != INFEXT_OK) return st;
    prefix_plugin *p = infext__calloc(1, sizeof(*p));
    if (!p) return INFEXT_ENOMEM;
    p->key = infext__sched_strdup0(args->name ? args->name : "prefix-cache-scorer");
    if (!p->key || index_init(&p->index) != 0) {
        infext__free(p->key);
        infext__free(p);
        return INFEXT_ENOMEM;
    }
    /* values below 1 fall back to the defaults, as in the EPP */
    p->block_size = positive_or(block, DEFAULT_BLOCK_SIZE);
    p->max_blocks = positive_or(max_blocks, DEFAULT_MAX_BLOCKS);
    p->lru_capacity = positive_or(lru, DEFAULT_LRU_CAPACITY);
    if (p->lru_capacity > NONE - 1) p->lru_capacity = NONE - 1;
    p->auto_tune = auto_tune;
    *out_state = p;
    return INFEXT_OK;
}

static size_t block_size_for(const prefix_plugin *p, const infext_endpoint *first)
{
    if (p->auto_tune && first && first->cache_block_size > 0 &&
        (uint64_t)first->cache_block_size <= SIZE_MAX / (2 * CHARS_PER_TOKEN))
        return (size_t)first->cache_block_size * CHARS_PER_TOKEN;
    return p->block_size;
}

/* The chained block hashes of the request's prompt, in cycle memory. */
static prefix_state *hash_prompt(const prefix_plugin *p, infext_cycle *cycle,
                                 const infext_request *req, size_t block)
{
    size_t len = req->prompt_len;
    if (len > p->max_blocks * block) len = p->max_blocks * block;
    size_t n = len / block;
    prefix_state *st = infext_cycle_alloc(cycle, sizeof(*st) + n * sizeof(uint64_t));
    if (!st) return NULL;
    st->count = n;
    if (!n) return st;
    const char *model = infext_request_get_model(req), *salt = infext_request_get_cache_salt(req);
    infext__sched_xxh64_state h;
    infext__sched_xxh64_reset(&h, 0);
    infext__sched_xxh64_update(&h, model, strlen(model));
    infext__sched_xxh64_update(&h, salt, strlen(salt));
    uint64_t prev = infext__sched_xxh64_digest(&h);
    /* short blocks: copy block and chain into one buffer and hash it in
     * one shot, which is quicker than streaming the two pieces */
    unsigned char *buf = block <= SHORT_BLOCK ? infext_cycle_alloc(cycle, block + 8) : NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char le[8];
        for (int b = 0; b < 8; b++) le[b] = (unsigned char)(prev >> (8 * b));
        if (buf) {
            memcpy(buf, req->prompt + i * block, block);
            memcpy(buf + block, le, sizeof(le));
            prev = infext__sched_xxh64(buf, block + 8, 0);
        } else {
            infext__sched_xxh64_reset(&h, 0);
            infext__sched_xxh64_update(&h, req->prompt + i * block, block);
            infext__sched_xxh64_update(&h, le, sizeof(le));
            prev = infext__sched_xxh64_digest(&h);
        }
        st->hashes[i] = prev;
    }
    return st;
}

/* The holders of the prompt's blocks, copied out of the shards (in shard
 * order; copy_holders() says where each block's are). */
typedef struct holder_copy {
    uint32_t *ids;
    size_t ids_len, ids_cap;
} holder_copy;

static int copy_append(infext_cycle *cycle, holder_copy *c, const uint32_t *ids, uint32_t n)
{
    if (c->ids_len + n > c->ids_cap) {
        size_t cap = c->ids_cap * 2 > c->ids_len + n ? c->ids_cap * 2 : c->ids_len + n;
        uint32_t *grown = infext_cycle_alloc(cycle, cap * sizeof(uint32_t));
        if (!grown) return -1;
        if (c->ids_len) memcpy(grown, c->ids, c->ids_len * sizeof(uint32_t));
        c->ids = grown; /* the old copy stays in the cycle's memory */
        c->ids_cap = cap;
    }
    memcpy(c->ids + c->ids_len, ids, n * sizeof(uint32_t));
    c->ids_len += n;
    return 0;
}

/* Copy the holders of blocks 0 .. count-1, locking each shard once. The
 * blocks' holders land in shard order; `start` and `len` say where. */
static int copy_holders(prefix_index *ix, infext_cycle *cycle, const prefix_state *st,
                        uint32_t *start, uint32_t *len, holder_copy *c)
{
    uint32_t *next = infext_cycle_alloc(cycle, st->count * sizeof(uint32_t));
    if (!next) return -1;
    uint32_t first[SHARDS];
    for (unsigned k = 0; k < SHARDS; k++) first[k] = NONE;
    for (size_t i = st->count; i-- > 0;) { /* lists in block order */
        unsigned k = shard_index(st->hashes[i]);
        next[i] = first[k];
        first[k] = (uint32_t)i;
    }
    for (unsigned k = 0; k < SHARDS; k++) {
        if (first[k] == NONE) continue;
        shard *sh = &ix->shards[k];
        int rc = 0;
        pthread_rwlock_rdlock(&sh->lock);
        for (uint32_t i = first[k]; i != NONE && rc == 0; i = next[i]) {
            uint32_t slot = infext__sched_u64map_get(&sh->blocks, st->hashes[i]);
            const holders *h = slot == NONE ? NULL : &sh->slots[slot];
            start[i] = (uint32_t)c->ids_len;
            len[i] = h ? h->len : 0;
            if (h && h->len) rc = copy_append(cycle, c, h->ids, h->len);
        }
        pthread_rwlock_unlock(&sh->lock);
        if (rc != 0) return -1;
    }
    return 0;
}

static infext_status prefix_score(void *state, infext_cycle *cycle, const infext_request *req,
                                  const infext_endpoint *const *eps, size_t n, double *scores)
{
    prefix_plugin *p = state;
    prefix_state *st = hash_prompt(p, cycle, req, block_size_for(p, n ? eps[0] : NULL));
    if (!st) return INFEXT_ENOMEM;
    infext_status w = infext_cycle_state_write(cycle, p->key, st, NULL);
    if (w != INFEXT_OK) return w;
    if (!st->count) return INFEXT_OK; /* every score stays 0 */

    prefix_index *ix = &p->index;
    /* servers added after this snapshot score 0 in this call */
    size_t servers = atomic_load_explicit(&ix->servers_len, memory_order_acquire);
    if (!servers) return INFEXT_OK;
    uint32_t *matched = infext_cycle_alloc(cycle, servers * sizeof(uint32_t));
    uint32_t *start = infext_cycle_alloc(cycle, st->count * sizeof(uint32_t));
    uint32_t *len = infext_cycle_alloc(cycle, st->count * sizeof(uint32_t));
    holder_copy c = {0};
    if (!matched || !start || !len || copy_holders(ix, cycle, st, start, len, &c) != 0)
        return INFEXT_ENOMEM;
    memset(matched, 0, servers * sizeof(uint32_t));
    for (size_t i = 0; i < st->count && len[i]; i++)
        for (uint32_t k = 0; k < len[i]; k++) {
            uint32_t id = c.ids[start[i] + k];
            if (id < servers) matched[id]++;
        }
    double total = (double)st->count;
    for (size_t i = 0; i < n; i++) {
        uint32_t id = find_server(ix, eps[i]);
        scores[i] = id == NONE || id >= servers ? 0.0 : matched[id] / total;
    }
    return INFEXT_OK;
}

static void prefix_pre_request(void *state, infext_cycle *cycle, const infext_request *req,
                               const infext_result *result)
{
    (void)req;
    prefix_plugin *p = state;
    const prefix_state *st = infext_cycle_state_read(cycle, p->key);
    const infext_endpoint *target = infext_result_get_target(result);
    if (!st || !st->count || !target) return;
    size_t capacity = p->lru_capacity;
    if (p->auto_tune && target->cache_num_gpu_blocks > 0)
        capacity = (uint64_t)target->cache_num_gpu_blocks < NONE - 1
                       ? (size_t)target->cache_num_gpu_blocks
                       : NONE - 1;
    prefix_index *ix = &p->index;
    uint32_t id = get_or_add_server(ix, target, capacity);
    if (id == NONE) return;
    op_list ops;
    ops.ops = infext_cycle_alloc(cycle, 2 * st->count * sizeof(holder_op));
    if (!ops.ops) return; /* out of memory: the index learns nothing */
    ops.len = 0;
    for (unsigned k = 0; k < SHARDS; k++) ops.first[k] = ops.last[k] = NONE;
    server *s = server_at(ix, id);
    /* the server's lock stays held while the holders change, so that two
     * calls for one server apply their changes in the order they made them */
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < st->count; i++)
        if (lru_add(&ops, s, st->hashes[i]) != 0) break; /* out of memory: index less */
    ops_apply(ix, &ops, id);
    pthread_mutex_unlock(&s->lock);
}

const infext_plugin_type infext__sched_prefix_cache_scorer = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "prefix-cache-scorer",
    .roles = INFEXT_ROLE_SCORER | INFEXT_ROLE_PRE_REQUEST,
    .create = prefix_create,
    .destroy = prefix_destroy,
    .score = prefix_score,
    .pre_request = prefix_pre_request,
};
