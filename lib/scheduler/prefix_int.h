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
 * (prefix_producer.c), a data producer that runs before the profiles and leaves, per
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
 * below, and both go through the same helpers: infext__prefix_match_servers()
 * reads it (GIE scoring, the producer's produce()), infext__prefix_record()
 * writes it (the pre-request hooks).
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
 *   that one mutex serialises the writers of. Servers are never removed.
 *
 * The pieces: prefix_blocks.c cuts and hashes the prompt, prefix_lock.c is
 * the shards' read-mostly lock, prefix_index.c the index (servers, shards,
 * matching and recording), prefix_lru.c the LRU per server, prefix.c the
 * scorer and prefix_producer.c the producer. */
#ifndef INFEXT_SCHEDULER_PREFIX_INT_H
#define INFEXT_SCHEDULER_PREFIX_INT_H

#include "scheduler/catalogue.h"
#include "scheduler/u64map.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#define INFEXT__PREFIX_DEFAULT_LRU_CAPACITY 31250

/* ---------------------------------------------------------- the index -- */

#define SHARD_BITS 2 /* 1 or more */
#define SHARDS (1u << SHARD_BITS)
#define PAGE_BITS 10
#define PAGE_SIZE (1u << PAGE_BITS)
#define MAX_PAGES 4096u /* at most 4M servers */
#define NONE INFEXT__U64MAP_NONE /* "no id" everywhere below */

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

int infext__prefix_brlock_init(brlock *l);
void infext__prefix_brlock_destroy(brlock *l);
/* Returns the slot to hand to infext__prefix_brlock_read_unlock(). */
unsigned infext__prefix_brlock_read_lock(brlock *l);
void infext__prefix_brlock_read_unlock(brlock *l, unsigned slot);
void infext__prefix_brlock_write_lock(brlock *l);
void infext__prefix_brlock_write_unlock(brlock *l);

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

/* What each instance of either plugin keeps: its name, the key of its
 * cycle state (*key, a copy of `name`), and an empty index. -1 when out
 * of memory or a lock cannot be made; nothing is then held. */
int infext__prefix_instance_init(char **key, prefix_index *ix, const char *name);
/* Free what infext__prefix_instance_init() made (not ix itself). */
void infext__prefix_instance_free(char *key, prefix_index *ix);

/* Count, per server indexed when the call starts, the leading blocks of
 * `hashes` it holds (walking from block 0 while any server holds the
 * block), read-locking each shard the blocks fall in once. *servers gets
 * the number of servers counted (ids 0 .. *servers-1: servers added
 * meanwhile count 0 in this call); *matched, in cycle memory, stays NULL
 * when there are no servers or no blocks. -1 on allocation failure. */
int infext__prefix_match_servers(prefix_index *ix, infext_cycle *cycle, const uint64_t *hashes,
                                 size_t count, uint32_t **matched, size_t *servers);

/* The lock-free side of the servers table, inline because scoring runs it
 * once per endpoint. */

static inline size_t infext__prefix_name_slot(uint64_t key, size_t cap)
{
    key ^= key >> 29;
    key *= 0xbf58476d1ce4e5b9ull;
    key ^= key >> 32;
    return (size_t)key & (cap - 1);
}

/* The id of the server keyed `key`, or NONE. */
static inline uint32_t infext__prefix_lookup_id(const prefix_index *ix, uint64_t key)
{
    const name_table *t = atomic_load_explicit(&ix->names, memory_order_acquire);
    if (!t) return NONE;
    for (size_t i = infext__prefix_name_slot(key, t->cap);; i = (i + 1) & (t->cap - 1)) {
        uint32_t v = atomic_load_explicit(&t->vals[i], memory_order_acquire);
        if (!v) return NONE;
        if (atomic_load_explicit(&t->keys[i], memory_order_relaxed) == key) return v - 1;
    }
}

/* The endpoint's server, or NONE (none yet, or another name with the same
 * key hash). */
static inline uint32_t infext__prefix_find_server(const prefix_index *ix, const infext_endpoint *ep)
{
    uint32_t id = infext__prefix_lookup_id(ix, ep->key_hash);
    if (id != NONE && strcmp(server_at(ix, id)->nsname, ep->nsname) != 0) return NONE;
    return id;
}

/* The count infext__prefix_match_servers() found for `ep`'s server: 0 when
 * it has none (or came after the count). */
static inline uint32_t infext__prefix_matched_of(const prefix_index *ix, const uint32_t *matched,
                                                 size_t servers, const infext_endpoint *ep)
{
    if (!matched) return 0;
    uint32_t id = infext__prefix_find_server(ix, ep);
    return id == NONE || id >= servers ? 0 : matched[id];
}

/* Record that `target` holds `hashes` (block 0 first), its server added
 * with LRU room `capacity` when new. The server's lock stays held while
 * the holders change, so that two calls for one server apply their
 * changes in the order they made them. Out of memory: the index learns
 * less (nothing, or the blocks before the failure). */
void infext__prefix_record(prefix_index *ix, infext_cycle *cycle, const infext_endpoint *target,
                           size_t capacity, const uint64_t *hashes, size_t count);

/* Record that server `s` holds hashes[0 .. count-1], in order, evicting
 * its least recent blocks when full, and note the holders' changes in
 * `ops`; the caller holds s->lock. Stops at the first allocation failure. */
void infext__prefix_lru_add_all(op_list *ops, server *s, const uint64_t *hashes, size_t count);

/* ----------------------------------------------------------- blocks -- */

/* The chained block hashes of a prompt, in cycle memory. */
typedef struct prefix_state {
    size_t count;
    uint64_t hashes[];
} prefix_state;

/* GIE's blocks: at most `max_blocks` whole blocks of `block` bytes, block
 * i keyed by xxHash64(its bytes, then block i-1's key); NULL when the
 * cycle is out of memory. */
prefix_state *infext__prefix_hash_prompt(infext_cycle *cycle, const infext_request *req,
                                         size_t block, size_t max_blocks);

/* llm-d-router's blocks of `block_bytes` bytes (4-byte tokens, the last
 * token zero-padded, the last block possibly short) into out[0 ..
 * count-1]: block i keyed by xxHash64(xxHash64 of its bytes, then block
 * i-1's key). */
void infext__prefix_hash_blocks(uint64_t *out, size_t count, const infext_request *req,
                                size_t block_bytes);

#endif
