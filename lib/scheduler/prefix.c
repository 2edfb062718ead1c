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
 * In llm-d-router v0.10 the index moved to `approx-prefix-cache-producer`
 * (below), a data producer that runs before the profiles and leaves, per
 * endpoint, the number of leading blocks it holds; prefix-cache-scorer
 * then only reads it (`prefixMatchInfoProducerName`, by default the
 * producer of that type, added when the config has none), and scores
 * (1 - matchLengthWeight) * matched/total + matchLengthWeight *
 * min(1, matched tokens / matchLengthScaleTokens)^2. The producer's
 * blocks are `blockSizeTokens` tokens of 4 prompt bytes (at least 64
 * tokens; with `autoTune` the endpoints' cache block size), the last one
 * possibly short. The scorer reads a producer when the config is in
 * llm-d-router's dialect, has a producer, or sets a v0.10 parameter.
 * Each instance of either plugin keeps an index of its own, built as
 * below, and both go through the same helpers: match_servers() reads it
 * (GIE scoring, the producer's produce()), index_record() writes it (the
 * pre-request hooks).
 *
 * The index is the one piece of state shared by concurrent schedule()
 * calls, so it is split to let threads work side by side:
 *
 * - block key -> holders lives in SHARDS shards chosen by the key's top
 *   bits, each with its own read-mostly lock (a brlock: readers touch only
 *   a slot of their own, so matching threads share no written line);
 *   matching read-locks each shard its prompt touches once, copying the
 *   holders out;
 * - each endpoint ("server") has its own mutex over its LRU; the
 *   pre-request hook holds it while it updates the LRU and then, for the
 *   keys that entered or left the LRU, the holders, write-locking each
 *   shard concerned once (lock order: server, then shard; matching takes
 *   shard locks only). A key already in the LRU only moves to the front:
 *   in the steady state of a repeated prefix no shard is written at all;
 * - the servers themselves are found without a lock: an append-only table
 *   (pages of server pointers, and an open-addressing map from the
 *   endpoint's key hash to its id) that readers walk with acquire loads and
 *   that one mutex serialises the writers of. Servers are never removed. */
#include "scheduler/catalogue.h"
#include "scheduler/u64map.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <pthread.h>
#include <sched.h>
#include <stdio.h>
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

/* A read-mostly lock whose readers do not share a cache line: each
 * reader counts itself in one of READER_SLOTS slots (chosen by the address
 * of a thread-local variable, so no state is kept to hand slots out); a
 * writer raises `writer` and waits until every slot is empty. Readers
 * increment, then look at `writer`; the writer raises it, then looks at the
 * slots (all sequentially consistent), so one of them always sees the
 * other. Two threads may share a slot: that costs speed only. */
#define READER_SLOTS 64

typedef struct reader_slot {
    _Atomic long readers;
    char pad[64 - sizeof(long)];
} reader_slot;

typedef struct brlock {
    reader_slot slots[READER_SLOTS];
    _Atomic int writer;
    pthread_mutex_t writers; /* one writer at a time */
} brlock;

static _Thread_local char reader_anchor;

static unsigned reader_slot_index(void)
{
    uint64_t a = (uint64_t)(uintptr_t)&reader_anchor;
    a ^= a >> 31;
    a *= 0x9E3779B97F4A7C15ull;
    return (unsigned)(a >> 58) % READER_SLOTS;
}

static int brlock_init(brlock *l)
{
    for (unsigned i = 0; i < READER_SLOTS; i++) atomic_init(&l->slots[i].readers, 0);
    atomic_init(&l->writer, 0);
    return pthread_mutex_init(&l->writers, NULL);
}

static void brlock_destroy(brlock *l)
{
    pthread_mutex_destroy(&l->writers);
}

/* Returns the slot to hand to brlock_read_unlock(). */
static unsigned brlock_read_lock(brlock *l)
{
    unsigned slot = reader_slot_index();
    for (;;) {
        atomic_fetch_add(&l->slots[slot].readers, 1);
        if (!atomic_load(&l->writer)) return slot;
        atomic_fetch_sub(&l->slots[slot].readers, 1);
        while (atomic_load_explicit(&l->writer, memory_order_relaxed)) sched_yield();
    }
}

static void brlock_read_unlock(brlock *l, unsigned slot)
{
    atomic_fetch_sub_explicit(&l->slots[slot].readers, 1, memory_order_release);
}

static void brlock_write_lock(brlock *l)
{
    pthread_mutex_lock(&l->writers);
    atomic_store(&l->writer, 1);
    for (unsigned i = 0; i < READER_SLOTS; i++)
        while (atomic_load(&l->slots[i].readers)) sched_yield();
}

static void brlock_write_unlock(brlock *l)
{
    atomic_store_explicit(&l->writer, 0, memory_order_release);
    pthread_mutex_unlock(&l->writers);
}

typedef struct holders {
    uint32_t *ids;
    uint32_t len, cap;
} holders;

typedef struct shard {
    brlock lock; /* guards everything below */
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
        if (brlock_init(&ix->shards[made].lock) != 0) break;
    if (made == SHARDS && pthread_mutex_init(&ix->registry_lock, NULL) == 0) return 0;
    while (made--) brlock_destroy(&ix->shards[made].lock);
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
        brlock_destroy(&sh->lock);
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
        brlock_write_lock(&sh->lock);
        for (uint32_t i = l->first[k]; i != NONE; i = l->ops[i].next) {
            if (l->ops[i].add) holders_add(sh, l->ops[i].hash, id);
            else holders_remove(sh, l->ops[i].hash, id);
        }
        brlock_write_unlock(&sh->lock);
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

/* ------------------------------------------------------ shared helpers -- */

/* The holders of a prompt's blocks, copied out of the shards (in shard
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
        unsigned reader = brlock_read_lock(&sh->lock);
        for (uint32_t i = first[k]; i != NONE && rc == 0; i = next[i]) {
            uint32_t slot = infext__sched_u64map_get(&sh->blocks, hashes[i]);
            const holders *h = slot == NONE ? NULL : &sh->slots[slot];
            start[i] = (uint32_t)c->ids_len;
            len[i] = h ? h->len : 0;
            if (h && h->len) rc = copy_append(cycle, c, h->ids, h->len);
        }
        brlock_read_unlock(&sh->lock, reader);
        if (rc != 0) return -1;
    }
    return 0;
}

/* Count, per server indexed when the call starts, the leading blocks of
 * `hashes` it holds (walking from block 0 while any server holds the
 * block), read-locking each shard the blocks fall in once. *servers gets
 * the number of servers counted (ids 0 .. *servers-1: servers added
 * meanwhile count 0 in this call); *matched, in cycle memory, stays NULL
 * when there are no servers or no blocks. -1 on allocation failure. */
static int match_servers(prefix_index *ix, infext_cycle *cycle, const uint64_t *hashes,
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

/* The count match_servers() found for `ep`'s server: 0 when it has none
 * (or came after the count). Lock-free. */
static uint32_t matched_of(const prefix_index *ix, const uint32_t *matched, size_t servers,
                           const infext_endpoint *ep)
{
    if (!matched) return 0;
    uint32_t id = find_server(ix, ep);
    return id == NONE || id >= servers ? 0 : matched[id];
}

/* Record that `target` holds `hashes` (block 0 first), its server added
 * with LRU room `capacity` when new. The server's lock stays held while
 * the holders change, so that two calls for one server apply their
 * changes in the order they made them. Out of memory: the index learns
 * less (nothing, or the blocks before the failure). */
static void index_record(prefix_index *ix, infext_cycle *cycle, const infext_endpoint *target,
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
    for (size_t i = 0; i < count; i++)
        if (lru_add(&ops, s, hashes[i]) != 0) break;
    ops_apply(ix, &ops, id);
    pthread_mutex_unlock(&s->lock);
}

static void le64(unsigned char out[8], uint64_t v)
{
    for (int b = 0; b < 8; b++) out[b] = (unsigned char)(v >> (8 * b));
}

/* xxHash64 of the model name then the cache salt: block 0's parent. */
static uint64_t chain_root(const infext_request *req)
{
    infext__sched_xxh64_state h;
    infext__sched_xxh64_reset(&h, 0);
    const char *model = infext_request_get_model(req), *salt = infext_request_get_cache_salt(req);
    infext__sched_xxh64_update(&h, model, strlen(model));
    infext__sched_xxh64_update(&h, salt, strlen(salt));
    return infext__sched_xxh64_digest(&h);
}

/* ------------------------------------------- prefix-cache-scorer (GIE) -- */

typedef struct prefix_plugin {
    char *key; /* cycle-state key: the instance name */
    size_t block_size;
    size_t max_blocks;
    size_t lru_capacity;
    bool auto_tune;
    bool gie_params; /* any of the four above was given */
    /* llm-d-router v0.10: read an approx-prefix-cache-producer's match
     * information instead of keeping an index */
    bool consume;
    bool v010_params; /* any of the three below was given */
    char *producer;   /* prefixMatchInfoProducerName, NULL: the default */
    double match_length_weight;
    int64_t match_length_scale;
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
    infext__free(p->producer);
    infext__free(p);
}

static size_t positive_or(int64_t v, size_t fallback)
{
    return v > 0 && (uint64_t)v <= SIZE_MAX / 2 ? (size_t)v : fallback;
}

static bool got(infext_status st, bool *flag)
{
    if (st == INFEXT_OK) *flag = true;
    return st == INFEXT_OK;
}

static infext_status prefix_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    infext_params *params = NULL;
    infext_status st =
        infext_params_parse(&params, args->parameters_json, args->path, args->diags);
    int64_t block = 0, max_blocks = 0, lru = 0, scale = 8192;
    bool auto_tune = true, gie = false, v010 = false;
    const char *producer = NULL;
    double weight = 0.0;
    if (st == INFEXT_OK) {
        got(infext_params_get_int(&block, params, "blockSize"), &gie);
        got(infext_params_get_int(&max_blocks, params, "maxPrefixBlocksToMatch"), &gie);
        got(infext_params_get_int(&lru, params, "lruCapacityPerServer"), &gie);
        got(infext_params_get_bool(&auto_tune, params, "autoTune"), &gie);
        got(infext_params_get_string(&producer, params, "prefixMatchInfoProducerName"), &v010);
        got(infext_params_get_double(&weight, params, "matchLengthWeight"), &v010);
        got(infext_params_get_int(&scale, params, "matchLengthScaleTokens"), &v010);
        st = infext_params_finish(params);
    }
    char where[512];
    const char *path = args->path ? args->path : "parameters";
    if (st == INFEXT_OK && !(weight >= 0.0 && weight <= 1.0)) {
        snprintf(where, sizeof(where), "%s.matchLengthWeight", path);
        infext__diag_addf(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, where, 0, 0,
                          "matchLengthWeight must be between 0.0 and 1.0, got %g", weight);
        st = INFEXT_ECONFIG;
    }
    if (st == INFEXT_OK && weight > 0.0 && scale <= 0) {
        snprintf(where, sizeof(where), "%s.matchLengthScaleTokens", path);
        infext__diag_addf(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, where, 0, 0,
                          "matchLengthScaleTokens must be greater than 0 when matchLengthWeight "
                          "is greater than 0, got %lld",
                          (long long)scale);
        st = INFEXT_ECONFIG;
    }
    prefix_plugin *p = st == INFEXT_OK ? infext__calloc(1, sizeof(*p)) : NULL;
    if (st == INFEXT_OK && p) {
        p->producer = producer && *producer ? infext__sched_strdup0(producer) : NULL;
        if (producer && *producer && !p->producer) st = INFEXT_ENOMEM;
    }
    infext_params_free(params);
    if (st != INFEXT_OK || !p) {
        infext__free(p);
        return st != INFEXT_OK ? st : INFEXT_ENOMEM;
    }
    p->key = infext__sched_strdup0(args->name ? args->name : "prefix-cache-scorer");
    if (!p->key || index_init(&p->index) != 0) {
        infext__free(p->key);
        infext__free(p->producer);
        infext__free(p);
        return INFEXT_ENOMEM;
    }
    /* values below 1 fall back to the defaults, as in the EPP */
    p->block_size = positive_or(block, DEFAULT_BLOCK_SIZE);
    p->max_blocks = positive_or(max_blocks, DEFAULT_MAX_BLOCKS);
    p->lru_capacity = positive_or(lru, DEFAULT_LRU_CAPACITY);
    if (p->lru_capacity > NONE - 1) p->lru_capacity = NONE - 1;
    p->auto_tune = auto_tune;
    p->gie_params = gie;
    p->v010_params = v010;
    p->match_length_weight = weight;
    p->match_length_scale = scale;
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
    infext__sched_xxh64_state h;
    uint64_t prev = chain_root(req);
    /* short blocks: copy block and chain into one buffer and hash it in
     * one shot, which is quicker than streaming the two pieces */
    unsigned char *buf = block <= SHORT_BLOCK ? infext_cycle_alloc(cycle, block + 8) : NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char le[8];
        le64(le, prev);
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

uint32_t infext__prefix_match_of(const infext__prefix_match *m, const infext_endpoint *ep)
{
    for (size_t i = 0; i < m->n; i++)
        if (m->eps[i] == ep) return m->matched[i];
    return 0;
}

/* v0.10: (1 - w) * matched/total + w * min(1, matched tokens / scale)^2 */
static infext_status consume_score(const prefix_plugin *p, infext_cycle *cycle,
                                   const infext_endpoint *const *eps, size_t n, double *scores)
{
    const infext__prefix_match *m =
        infext_cycle_state_read(cycle, p->producer ? p->producer : INFEXT__APPROX_PREFIX_PRODUCER);
    if (!m || !m->total_blocks) return INFEXT_OK; /* every score stays 0 */
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        /* candidates keep the order of the call's endpoints */
        size_t k = j;
        while (k < m->n && m->eps[k] != eps[i]) k++;
        uint32_t matched = 0;
        if (k < m->n) {
            matched = m->matched[k];
            j = k + 1;
        } else {
            matched = infext__prefix_match_of(m, eps[i]);
        }
        double ratio = (double)matched / (double)m->total_blocks, length = 0.0;
        if (p->match_length_weight > 0.0 && m->block_tokens > 0) {
            double norm = (double)matched * (double)m->block_tokens / (double)p->match_length_scale;
            if (norm > 1.0) norm = 1.0;
            length = norm * norm;
        }
        scores[i] = p->match_length_weight * length + (1.0 - p->match_length_weight) * ratio;
    }
    return INFEXT_OK;
}

static infext_status prefix_score(void *state, infext_cycle *cycle, const infext_request *req,
                                  const infext_endpoint *const *eps, size_t n, double *scores)
{
    prefix_plugin *p = state;
    if (p->consume) return consume_score(p, cycle, eps, n, scores);
    prefix_state *st = hash_prompt(p, cycle, req, block_size_for(p, n ? eps[0] : NULL));
    if (!st) return INFEXT_ENOMEM;
    infext_status w = infext_cycle_state_write(cycle, p->key, st, NULL);
    if (w != INFEXT_OK) return w;

    uint32_t *matched;
    size_t servers;
    if (match_servers(&p->index, cycle, st->hashes, st->count, &matched, &servers) != 0)
        return INFEXT_ENOMEM;
    if (!matched) return INFEXT_OK; /* every score stays 0 */
    double total = (double)st->count;
    for (size_t i = 0; i < n; i++) scores[i] = matched_of(&p->index, matched, servers, eps[i]) / total;
    return INFEXT_OK;
}

static void prefix_pre_request(void *state, infext_cycle *cycle, const infext_request *req,
                               const infext_result *result)
{
    (void)req;
    prefix_plugin *p = state;
    if (p->consume) return; /* the producer keeps the index */
    const prefix_state *st = infext_cycle_state_read(cycle, p->key);
    const infext_endpoint *target = infext_result_get_target(result);
    if (!st || !st->count || !target) return;
    size_t capacity = p->lru_capacity;
    if (p->auto_tune && target->cache_num_gpu_blocks > 0)
        capacity = (uint64_t)target->cache_num_gpu_blocks < NONE - 1
                       ? (size_t)target->cache_num_gpu_blocks
                       : NONE - 1;
    index_record(&p->index, cycle, target, capacity, st->hashes, st->count);
}

static bool has_producer(const infext__sched_builder *b)
{
    for (size_t i = 0; i < b->sched->plugins_len; i++)
        if (!strcmp(b->sched->plugins[i].type->name, INFEXT__APPROX_PREFIX_PRODUCER)) return true;
    return false;
}

/* Choose the mode, and in v0.10's find (or add, as upstream's default
 * producer) the producer whose match information the scorer reads. */
static void prefix_link(void *state, infext__sched_builder *b, size_t self, const char *path)
{
    (void)self;
    prefix_plugin *p = state;
    p->consume = p->v010_params || b->llmd || has_producer(b);
    if (!p->consume) return;
    char where[512];
    if (p->gie_params) {
        snprintf(where, sizeof(where), "%s", path);
        infext__sched_builder_error(b, INFEXT_ERR_INVALID, where,
                                    "blockSize, maxPrefixBlocksToMatch, lruCapacityPerServer and "
                                    "autoTune are not parameters of %s when it reads the match "
                                    "information of %s (llm-d-router): set them on the producer",
                                    "prefix-cache-scorer", INFEXT__APPROX_PREFIX_PRODUCER);
        return;
    }
    const char *name = p->producer ? p->producer : INFEXT__APPROX_PREFIX_PRODUCER;
    size_t i = infext__sched_builder_find(b, name);
    if (i == SIZE_MAX && !p->producer) i = infext__sched_builder_implicit(b, INFEXT__APPROX_PREFIX_PRODUCER);
    if (i == SIZE_MAX) {
        if (p->producer) {
            snprintf(where, sizeof(where), "%s.prefixMatchInfoProducerName", path);
            infext__sched_builder_error(b, INFEXT_ERR_INVALID, where,
                                        "no plugin named \"%s\" is configured%s", name, "");
        }
        return;
    }
    const infext__sched_ptype *t = b->sched->plugins[i].type;
    /* (a check accepts a producer this build cannot run) */
    bool missing_producer = t->cat && t->cat->needs && strstr(t->cat->points, "data-producer");
    if (!missing_producer && (!t->cat || !t->cat->ext || !t->cat->ext->produce)) {
        snprintf(where, sizeof(where), "%s.prefixMatchInfoProducerName", path);
        infext__sched_builder_error(b, INFEXT_ERR_INVALID, where,
                                    "plugin \"%s\" (type \"%s\") does not produce prefix-cache "
                                    "match information",
                                    name, t->name);
    }
}

const infext__sched_ext infext__sched_prefix_scorer_ext = {.link = prefix_link};

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

/* ---------------------------------- approx-prefix-cache-producer (v0.10) -- */

#define MIN_BLOCK_TOKENS 64
#define PREFILL_PROFILE "prefill" /* upstream's experimental default */

typedef struct producer_cfg {
    bool auto_tune;
    int64_t block_tokens;
    int64_t max_blocks; /* 0: unlimited */
    int64_t max_tokens;
    int64_t lru_capacity;
} producer_cfg;

typedef struct producer {
    char *key; /* the instance name: its cycle-state key */
    producer_cfg cfg;
    prefix_index index;
} producer;

/* What produce() leaves in the cycle state: the match information first,
 * then the prompt's block hashes for the pre-request hook. */
typedef struct produced {
    infext__prefix_match m;
    size_t count;
    uint64_t hashes[];
} produced;

static void producer_destroy(void *state)
{
    producer *p = state;
    if (!p) return;
    index_free(&p->index);
    infext__free(p->key);
    infext__free(p);
}

static infext_status producer_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    producer_cfg c;
    memset(&c, 0, sizeof(c));
    c.auto_tune = true, c.block_tokens = 16, c.max_blocks = 2048, c.max_tokens = 131072;
    c.lru_capacity = 31250;
    int64_t deprecated = 0;
    infext_params *params = NULL;
    infext_status st = infext_params_parse(&params, args->parameters_json, args->path, args->diags);
    if (st == INFEXT_OK) {
        infext_params_get_bool(&c.auto_tune, params, "autoTune");
        infext_params_get_int(&c.block_tokens, params, "blockSizeTokens");
        infext_params_get_int(&deprecated, params, "blockSize");
        infext_params_get_int(&c.max_blocks, params, "maxPrefixBlocksToMatch");
        infext_params_get_int(&c.max_tokens, params, "maxPrefixTokensToMatch");
        infext_params_get_int(&c.lru_capacity, params, "lruCapacityPerServer");
        st = infext_params_finish(params);
    }
    infext_params_free(params);
    /* the deprecated blockSize counts when blockSizeTokens kept its default */
    if (deprecated > 0 && c.block_tokens == 16) c.block_tokens = deprecated;
    char where[512];
    const char *path = args->path ? args->path : "parameters";
    if (st == INFEXT_OK && !c.auto_tune && c.block_tokens <= 0) {
        snprintf(where, sizeof(where), "%s.blockSizeTokens", path);
        infext__diag_addf(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, where, 0, 0,
                          "blockSizeTokens must be greater than 0 when autoTune is disabled, "
                          "got %lld",
                          (long long)c.block_tokens);
        st = INFEXT_ECONFIG;
    }
    if (st == INFEXT_OK && c.max_tokens < 0) {
        snprintf(where, sizeof(where), "%s.maxPrefixTokensToMatch", path);
        infext__diag_addf(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, where, 0, 0,
                          "maxPrefixTokensToMatch must be 0 or more, got %lld",
                          (long long)c.max_tokens);
        st = INFEXT_ECONFIG;
    }
    if (st != INFEXT_OK) return st;
    producer *p = infext__calloc(1, sizeof(*p));
    if (!p) return INFEXT_ENOMEM;
    p->cfg = c;
    p->key = infext__sched_strdup0(args->name ? args->name : INFEXT__APPROX_PREFIX_PRODUCER);
    if (!p->key || index_init(&p->index) != 0) {
        infext__free(p->key);
        infext__free(p);
        return INFEXT_ENOMEM;
    }
    *out_state = p;
    return INFEXT_OK;
}

static size_t producer_block_tokens(const producer *p, const infext_endpoint *first)
{
    int64_t bs = p->cfg.block_tokens;
    if (p->cfg.auto_tune && first && first->cache_block_size > 0) bs = first->cache_block_size;
    if (bs < MIN_BLOCK_TOKENS) bs = MIN_BLOCK_TOKENS;
    return (uint64_t)bs > SIZE_MAX / 8 ? SIZE_MAX / 8 : (size_t)bs;
}

static size_t producer_max_blocks(const producer *p, size_t block_tokens)
{
    if (p->cfg.max_tokens > 0) return (size_t)((uint64_t)p->cfg.max_tokens / block_tokens);
    return p->cfg.max_blocks <= 0 ? SIZE_MAX : (size_t)p->cfg.max_blocks;
}

/* Blocks of `block_tokens` tokens of 4 bytes (the last token zero-padded,
 * the last block possibly short): block i's key is xxHash64 of (xxHash64
 * of its bytes, then block i-1's key), each 8 little-endian bytes. */
static void hash_blocks(uint64_t *out, size_t count, const infext_request *req, size_t block_bytes)
{
    infext__sched_xxh64_state h;
    uint64_t prev = chain_root(req);
    for (size_t i = 0; i < count; i++) {
        size_t start = i * block_bytes, end = start + block_bytes;
        if (end > req->prompt_len) end = req->prompt_len;
        static const unsigned char zeros[4] = {0, 0, 0, 0};
        infext__sched_xxh64_reset(&h, 0);
        infext__sched_xxh64_update(&h, req->prompt + start, end - start);
        infext__sched_xxh64_update(&h, zeros, (4 - (end - start) % 4) % 4);
        unsigned char buf[16];
        le64(buf, infext__sched_xxh64_digest(&h));
        le64(buf + 8, prev);
        prev = out[i] = infext__sched_xxh64(buf, sizeof(buf), 0);
    }
}

static infext_status producer_produce(void *state, infext_cycle *cycle, const infext_request *req,
                                      const infext_endpoint *const *eps, size_t n)
{
    producer *p = state;
    size_t bt = producer_block_tokens(p, n ? eps[0] : NULL);
    size_t tokens = infext__sched_prompt_tokens(req);
    size_t count = (tokens + bt - 1) / bt, max = producer_max_blocks(p, bt);
    if (count > max) count = max;
    produced *out = infext_cycle_alloc(cycle, sizeof(*out) + count * sizeof(uint64_t));
    uint32_t *matched = infext_cycle_alloc(cycle, (n ? n : 1) * sizeof(uint32_t));
    if (!out || !matched) return INFEXT_ENOMEM;
    memset(matched, 0, (n ? n : 1) * sizeof(uint32_t));
    out->m = (infext__prefix_match){n, eps, matched, count, bt};
    out->count = count;
    hash_blocks(out->hashes, count, req, bt * 4);
    uint32_t *by_server;
    size_t servers;
    if (match_servers(&p->index, cycle, out->hashes, count, &by_server, &servers) != 0)
        return INFEXT_ENOMEM;
    for (size_t i = 0; by_server && i < n; i++)
        matched[i] = matched_of(&p->index, by_server, servers, eps[i]);
    return infext_cycle_state_write(cycle, p->key, out, NULL);
}

static size_t producer_capacity(const producer *p, const infext_endpoint *target)
{
    if (p->cfg.auto_tune && target->cache_num_gpu_blocks > 0)
        return (uint64_t)target->cache_num_gpu_blocks < NONE - 1 ? (size_t)target->cache_num_gpu_blocks
                                                                 : NONE - 1;
    return p->cfg.lru_capacity > 0 ? (size_t)p->cfg.lru_capacity : DEFAULT_LRU_CAPACITY;
}

/* The primary's endpoint, and the prefill profile's when it ran, now hold
 * the prompt's blocks. */
static void producer_pre_request(void *state, infext_cycle *cycle, const infext_request *req,
                                 const infext_result *result)
{
    (void)req;
    producer *p = state;
    const produced *out = infext_cycle_state_read(cycle, p->key);
    const infext_endpoint *target = infext_result_get_target(result);
    if (!out || !out->count || !target) return;
    index_record(&p->index, cycle, target, producer_capacity(p, target), out->hashes, out->count);
    size_t pi;
    if (infext_result_find_profile(&pi, result, PREFILL_PROFILE) &&
        infext_result_profile_endpoints_count(result, pi)) {
        const infext_endpoint *prefill = infext_result_profile_endpoint_at(result, pi, 0);
        index_record(&p->index, cycle, prefill, producer_capacity(p, prefill), out->hashes,
                     out->count);
    }
}

const infext__sched_ext infext__sched_approx_prefix_ext = {.produce = producer_produce};

const infext_plugin_type infext__sched_approx_prefix_producer = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = INFEXT__APPROX_PREFIX_PRODUCER,
    .roles = INFEXT_ROLE_PRE_REQUEST,
    .create = producer_create,
    .destroy = producer_destroy,
    .pre_request = producer_pre_request,
};
