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
 *
 * The index is the one piece of state shared by concurrent schedule()
 * calls: a read-write lock guards it (score reads, pre-request writes). */
#include "scheduler/catalogue.h"
#include "scheduler/u64map.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <pthread.h>
#include <stdio.h>
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
    if (h->len == h->cap) {
        uint32_t cap = h->cap ? h->cap * 2 : 2;
        uint32_t *ids = infext__realloc(h->ids, cap * sizeof(uint32_t));
        if (!ids) return -1;
        h->ids = ids;
        h->cap = cap;
    }
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
        if (s->nodes_len == s->nodes_cap) {
            size_t cap = s->nodes_cap ? (size_t)s->nodes_cap * 2 : 64;
            if (cap > s->capacity) cap = s->capacity;
            lru_node *nodes = infext__realloc(s->nodes, cap * sizeof(lru_node));
            if (!nodes) return -1;
            s->nodes = nodes;
            s->nodes_cap = (uint32_t)cap;
        }
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

/* ---------------------------------------------------- shared helpers -- */

/* Count, per indexed server, the leading blocks of `hashes` it holds
 * (walking from block 0 while any server holds the block). The caller
 * holds the read lock. NULL when there are no servers or no memory
 * (*oom says which). */
static uint32_t *match_servers(const prefix_index *ix, infext_cycle *cycle, const uint64_t *hashes,
                               size_t count, bool *oom)
{
    *oom = false;
    if (!ix->servers_len) return NULL;
    uint32_t *matched = infext_cycle_alloc(cycle, ix->servers_len * sizeof(uint32_t));
    if (!matched) {
        *oom = true;
        return NULL;
    }
    memset(matched, 0, ix->servers_len * sizeof(uint32_t));
    for (size_t i = 0; i < count; i++) {
        uint32_t slot = infext__sched_u64map_get(&ix->blocks, hashes[i]);
        if (slot == NONE || ix->slots[slot].len == 0) break;
        const holders *h = &ix->slots[slot];
        for (uint32_t k = 0; k < h->len; k++) matched[h->ids[k]]++;
    }
    return matched;
}

/* Add `hashes` to the index for `target`, with LRU room `capacity`. */
static void index_record(prefix_index *ix, const infext_endpoint *target, size_t capacity,
                         const uint64_t *hashes, size_t count)
{
    if (capacity > NONE - 1) capacity = NONE - 1;
    pthread_rwlock_wrlock(&ix->lock);
    uint32_t id = find_server(ix, target);
    if (id == NONE && infext__sched_u64map_get(&ix->by_name, target->key_hash) == NONE)
        id = add_server(ix, target, capacity);
    for (size_t i = 0; id != NONE && i < count; i++)
        if (lru_add(ix, id, hashes[i]) != 0) break; /* out of memory: index less */
    pthread_rwlock_unlock(&ix->lock);
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
    bool gie_params;  /* any of the four above was given */
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
    if (!p->key || pthread_rwlock_init(&p->index.lock, NULL) != 0) {
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
    for (size_t i = 0; i < n; i++) {
        unsigned char le[8];
        le64(le, prev);
        infext__sched_xxh64_reset(&h, 0);
        infext__sched_xxh64_update(&h, req->prompt + i * block, block);
        infext__sched_xxh64_update(&h, le, sizeof(le));
        prev = st->hashes[i] = infext__sched_xxh64_digest(&h);
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
    if (!st->count) return INFEXT_OK; /* every score stays 0 */

    prefix_index *ix = &p->index;
    pthread_rwlock_rdlock(&ix->lock);
    bool oom;
    uint32_t *matched = match_servers(ix, cycle, st->hashes, st->count, &oom);
    if (matched) {
        double total = (double)st->count;
        for (size_t i = 0; i < n; i++) {
            uint32_t id = find_server(ix, eps[i]);
            scores[i] = id == NONE ? 0.0 : matched[id] / total;
        }
    }
    pthread_rwlock_unlock(&ix->lock);
    return oom ? INFEXT_ENOMEM : INFEXT_OK;
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
    index_record(&p->index, target, capacity, st->hashes, st->count);
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

typedef struct producer {
    char *key; /* the instance name: its cycle-state key */
    bool auto_tune;
    int64_t block_tokens;
    int64_t max_blocks; /* 0: unlimited */
    int64_t max_tokens;
    int64_t lru_capacity;
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
    producer c;
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
    producer *p = infext__malloc(sizeof(*p));
    if (!p) return INFEXT_ENOMEM;
    *p = c;
    memset(&p->index, 0, sizeof(p->index));
    p->key = infext__sched_strdup0(args->name ? args->name : INFEXT__APPROX_PREFIX_PRODUCER);
    if (!p->key || pthread_rwlock_init(&p->index.lock, NULL) != 0) {
        infext__free(p->key);
        infext__free(p);
        return INFEXT_ENOMEM;
    }
    *out_state = p;
    return INFEXT_OK;
}

static size_t producer_block_tokens(const producer *p, const infext_endpoint *first)
{
    int64_t bs = p->block_tokens;
    if (p->auto_tune && first && first->cache_block_size > 0) bs = first->cache_block_size;
    if (bs < MIN_BLOCK_TOKENS) bs = MIN_BLOCK_TOKENS;
    return (uint64_t)bs > SIZE_MAX / 8 ? SIZE_MAX / 8 : (size_t)bs;
}

static size_t producer_max_blocks(const producer *p, size_t block_tokens)
{
    if (p->max_tokens > 0) return (size_t)((uint64_t)p->max_tokens / block_tokens);
    return p->max_blocks <= 0 ? SIZE_MAX : (size_t)p->max_blocks;
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
    prefix_index *ix = &p->index;
    pthread_rwlock_rdlock(&ix->lock);
    bool oom;
    uint32_t *by_server = match_servers(ix, cycle, out->hashes, count, &oom);
    for (size_t i = 0; by_server && i < n; i++) {
        uint32_t id = find_server(ix, eps[i]);
        matched[i] = id == NONE ? 0 : by_server[id];
    }
    pthread_rwlock_unlock(&ix->lock);
    if (oom) return INFEXT_ENOMEM;
    return infext_cycle_state_write(cycle, p->key, out, NULL);
}

static size_t producer_capacity(const producer *p, const infext_endpoint *target)
{
    if (p->auto_tune && target->cache_num_gpu_blocks > 0)
        return (uint64_t)target->cache_num_gpu_blocks < NONE - 1 ? (size_t)target->cache_num_gpu_blocks
                                                                 : NONE - 1;
    return p->lru_capacity > 0 ? (size_t)p->lru_capacity : DEFAULT_LRU_CAPACITY;
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
    index_record(&p->index, target, producer_capacity(p, target), out->hashes, out->count);
    size_t pi;
    if (infext_result_find_profile(&pi, result, PREFILL_PROFILE) &&
        infext_result_profile_endpoints_count(result, pi)) {
        const infext_endpoint *prefill = infext_result_profile_endpoint_at(result, pi, 0);
        index_record(&p->index, prefill, producer_capacity(p, prefill), out->hashes, out->count);
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
