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
 * calls: a read-write lock guards it (score reads, pre-request writes). */
#include "scheduler/sched.h"
#include "scheduler/u64map.h"

#include "util/alloc.h"

#include <pthread.h>
#include <string.h>

#define DEFAULT_BLOCK_SIZE 64
#define DEFAULT_MAX_BLOCKS 256
#define DEFAULT_LRU_CAPACITY 31250
#define CHARS_PER_TOKEN 4

/* ---------------------------------------------------------- the index -- */

typedef struct lru_node {
    uint64_t hash;
    uint32_t prev, next; /* NONE at the ends */
} lru_node;

typedef struct server {
    char *nsname;
    uint64_t key;
    size_t capacity;
    lru_node *nodes;
    uint32_t nodes_len, nodes_cap;
    uint32_t head, tail; /* head = most recent */
    infext__sched_u64map where; /* block hash -> node */
} server;

typedef struct holders {
    uint32_t *ids;
    uint32_t len, cap;
} holders;

typedef struct prefix_index {
    pthread_rwlock_t lock;
    server *servers;
    size_t servers_len, servers_cap;
    infext__sched_u64map by_name; /* endpoint key hash -> server id */
    infext__sched_u64map blocks;  /* block hash -> holders slot */
    holders *slots;
    size_t slots_len, slots_cap;
    uint32_t *free_slots;
    size_t free_len, free_cap;
} prefix_index;

#define NONE INFEXT__U64MAP_NONE

static void index_free(prefix_index *ix)
{
    for (size_t i = 0; i < ix->servers_len; i++) {
        infext__free(ix->servers[i].nsname);
        infext__free(ix->servers[i].nodes);
        infext__sched_u64map_free(&ix->servers[i].where);
    }
    infext__free(ix->servers);
    for (size_t i = 0; i < ix->slots_len; i++) infext__free(ix->slots[i].ids);
    infext__free(ix->slots);
    infext__free(ix->free_slots);
    infext__sched_u64map_free(&ix->by_name);
    infext__sched_u64map_free(&ix->blocks);
    pthread_rwlock_destroy(&ix->lock);
}

static uint32_t find_server(const prefix_index *ix, const infext_endpoint *ep)
{
    uint32_t id = infext__sched_u64map_get(&ix->by_name, ep->key_hash);
    if (id != NONE && strcmp(ix->servers[id].nsname, ep->nsname) != 0) return NONE;
    return id;
}

static uint32_t add_server(prefix_index *ix, const infext_endpoint *ep, size_t capacity)
{
    if (ix->servers_len >= NONE - 1 ||
        infext__sched_grow((void **)&ix->servers, &ix->servers_cap, ix->servers_len + 1,
                     sizeof(server)) != 0)
        return NONE;
    server *s = &ix->servers[ix->servers_len];
    memset(s, 0, sizeof(*s));
    s->nsname = infext__sched_strdup0(ep->nsname);
    if (!s->nsname) return NONE;
    uint32_t id = (uint32_t)ix->servers_len;
    if (infext__sched_u64map_put(&ix->by_name, ep->key_hash, id) != 0) {
        infext__free(s->nsname);
        return NONE;
    }
    s->key = ep->key_hash;
    s->capacity = capacity ? capacity : 1;
    s->head = s->tail = NONE;
    ix->servers_len++;
    return id;
}

static int holders_add(prefix_index *ix, uint64_t hash, uint32_t id)
{
    uint32_t slot = infext__sched_u64map_get(&ix->blocks, hash);
    if (slot == NONE) {
        if (ix->free_len) {
            slot = ix->free_slots[--ix->free_len];
        } else {
            if (ix->slots_len >= NONE - 1 ||
                infext__sched_grow((void **)&ix->slots, &ix->slots_cap, ix->slots_len + 1,
                             sizeof(holders)) != 0)
                return -1;
            slot = (uint32_t)ix->slots_len++;
            ix->slots[slot] = (holders){NULL, 0, 0};
        }
        if (infext__sched_u64map_put(&ix->blocks, hash, slot) != 0) {
            /* keep the slot for later */
            if (infext__sched_grow((void **)&ix->free_slots, &ix->free_cap, ix->free_len + 1,
                             sizeof(uint32_t)) == 0)
                ix->free_slots[ix->free_len++] = slot;
            return -1;
        }
    }
    holders *h = &ix->slots[slot];
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

static void holders_remove(prefix_index *ix, uint64_t hash, uint32_t id)
{
    uint32_t slot = infext__sched_u64map_get(&ix->blocks, hash);
    if (slot == NONE) return;
    holders *h = &ix->slots[slot];
    for (uint32_t i = 0; i < h->len; i++) {
        if (h->ids[i] == id) {
            h->ids[i] = h->ids[--h->len];
            break;
        }
    }
    if (h->len) return;
    infext__sched_u64map_del(&ix->blocks, hash);
    /* the free list never outgrows the slots, so this cannot fail after
     * the first time it grew to that size; if it does, the slot leaks
     * until the index is freed (still reachable from ix->slots). */
    if (infext__sched_grow((void **)&ix->free_slots, &ix->free_cap, ix->free_len + 1,
                     sizeof(uint32_t)) == 0)
        ix->free_slots[ix->free_len++] = slot;
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

/* Record that server `id` holds `hash`, evicting its least recent block
 * when full. -1 on allocation failure. */
static int lru_add(prefix_index *ix, uint32_t id, uint64_t hash)
{
    server *s = &ix->servers[id];
    uint32_t n = infext__sched_u64map_get(&s->where, hash);
    if (n != NONE) {
        lru_unlink(s, n);
        lru_push_front(s, n);
        return holders_add(ix, hash, id);
    }
    if (s->nodes_len >= s->capacity) {
        n = s->tail;
        uint64_t old = s->nodes[n].hash;
        lru_unlink(s, n);
        infext__sched_u64map_del(&s->where, old);
        holders_remove(ix, old, id);
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
        /* give the node back: it is not linked */
        if (n == s->nodes_len - 1 && s->nodes_len > 0) s->nodes_len--;
        return -1;
    }
    lru_push_front(s, n);
    return holders_add(ix, hash, id);
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
    if (!p->key || pthread_rwlock_init(&p->index.lock, NULL) != 0) {
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
    infext__sched_xxh64_state h;
    infext__sched_xxh64_reset(&h, 0);
    const char *model = infext_request_get_model(req), *salt = infext_request_get_cache_salt(req);
    infext__sched_xxh64_update(&h, model, strlen(model));
    infext__sched_xxh64_update(&h, salt, strlen(salt));
    uint64_t prev = infext__sched_xxh64_digest(&h);
    for (size_t i = 0; i < n; i++) {
        unsigned char le[8];
        for (int b = 0; b < 8; b++) le[b] = (unsigned char)(prev >> (8 * b));
        infext__sched_xxh64_reset(&h, 0);
        infext__sched_xxh64_update(&h, req->prompt + i * block, block);
        infext__sched_xxh64_update(&h, le, sizeof(le));
        prev = st->hashes[i] = infext__sched_xxh64_digest(&h);
    }
    return st;
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
    pthread_rwlock_rdlock(&ix->lock);
    uint32_t *matched = ix->servers_len
                            ? infext_cycle_alloc(cycle, ix->servers_len * sizeof(uint32_t))
                            : NULL;
    if (matched) {
        memset(matched, 0, ix->servers_len * sizeof(uint32_t));
        for (size_t i = 0; i < st->count; i++) {
            uint32_t slot = infext__sched_u64map_get(&ix->blocks, st->hashes[i]);
            if (slot == NONE || ix->slots[slot].len == 0) break;
            const holders *h = &ix->slots[slot];
            for (uint32_t k = 0; k < h->len; k++) matched[h->ids[k]]++;
        }
        double total = (double)st->count;
        for (size_t i = 0; i < n; i++) {
            uint32_t id = find_server(ix, eps[i]);
            scores[i] = id == NONE ? 0.0 : matched[id] / total;
        }
    }
    size_t servers = ix->servers_len;
    pthread_rwlock_unlock(&ix->lock);
    return matched || !servers ? INFEXT_OK : INFEXT_ENOMEM;
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
    pthread_rwlock_wrlock(&ix->lock);
    uint32_t id = find_server(ix, target);
    if (id == NONE && infext__sched_u64map_get(&ix->by_name, target->key_hash) == NONE)
        id = add_server(ix, target, capacity);
    for (size_t i = 0; id != NONE && i < st->count; i++)
        if (lru_add(ix, id, st->hashes[i]) != 0) break; /* out of memory: index less */
    pthread_rwlock_unlock(&ix->lock);
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
