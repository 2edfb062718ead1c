/* prefix-cache-scorer, GIE's and llm-d-router v0.10's: its parameters, its
 * two modes (an index of its own, or an approx-prefix-cache-producer's
 * match information) and its plugin vtable. prefix_int.h describes the
 * plugin and its index. */
#include "scheduler/prefix_int.h"
#include "scheduler/heimdall.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <stdio.h>
#include <string.h>

#define DEFAULT_BLOCK_SIZE 64
#define DEFAULT_MAX_BLOCKS 256
#define CHARS_PER_TOKEN 4
#define HEIMDALL_BLOCK_TOKENS 16

typedef struct prefix_plugin {
    char *key; /* cycle-state key: the instance name */
    size_t block_size;
    size_t max_blocks;
    size_t lru_capacity;
    bool auto_tune;
    bool gie_params; /* any of the four above was given */
    /* Heimdall: blockSizeTokens (tokens a block), -1 when not given; the
     * builder's dialect decides at link whether it is a parameter */
    int64_t heimdall_tokens;
    bool legacy_block; /* blockSize was given */
    /* llm-d-router v0.10: read an approx-prefix-cache-producer's match
     * information instead of keeping an index */
    bool consume;
    bool v010_params; /* any of the three below was given */
    char *producer;   /* prefixMatchInfoProducerName, NULL: the default */
    double match_length_weight;
    int64_t match_length_scale;
    prefix_index index;
} prefix_plugin;

static void prefix_destroy(void *state)
{
    prefix_plugin *p = state;
    if (!p) return;
    infext__prefix_instance_free(p->key, &p->index);
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
    int64_t block = 0, max_blocks = 0, lru = 0, scale = 8192, tokens = -1;
    bool auto_tune = true, gie = false, v010 = false, legacy = false, heimdall = false;
    const char *producer = NULL;
    double weight = 0.0;
    if (st == INFEXT_OK) {
        legacy = got(infext_params_get_int(&block, params, "blockSize"), &gie);
        got(infext_params_get_int(&tokens, params, "blockSizeTokens"), &heimdall);
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
    if (infext__prefix_instance_init(&p->key, &p->index, args->name ? args->name : "prefix-cache-scorer") != 0) {
        infext__free(p->producer);
        infext__free(p);
        return INFEXT_ENOMEM;
    }
    /* values below 1 fall back to the defaults, as in the EPP */
    p->block_size = positive_or(block, DEFAULT_BLOCK_SIZE);
    p->max_blocks = positive_or(max_blocks, DEFAULT_MAX_BLOCKS);
    p->lru_capacity = positive_or(lru, INFEXT__PREFIX_DEFAULT_LRU_CAPACITY);
    if (p->lru_capacity > NONE - 1) p->lru_capacity = NONE - 1;
    p->auto_tune = auto_tune;
    p->gie_params = gie;
    p->heimdall_tokens = heimdall ? tokens : -1;
    p->legacy_block = legacy;
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
    prefix_state *st =
        infext__prefix_hash_prompt(cycle, req, block_size_for(p, n ? eps[0] : NULL), p->max_blocks);
    if (!st) return INFEXT_ENOMEM;
    infext_status w = infext_cycle_state_write(cycle, p->key, st, NULL);
    if (w != INFEXT_OK) return w;

    uint32_t *matched;
    size_t servers;
    if (infext__prefix_match_servers(&p->index, cycle, st->hashes, st->count, &matched, &servers) != 0)
        return INFEXT_ENOMEM;
    if (!matched) return INFEXT_OK; /* every score stays 0 */
    double total = (double)st->count;
    for (size_t i = 0; i < n; i++) scores[i] = infext__prefix_matched_of(&p->index, matched, servers, eps[i]) / total;
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
    infext__prefix_record(&p->index, cycle, target, capacity, st->hashes, st->count);
}

/* Heimdall's blockSizeTokens: tokens a block (4 prompt bytes a token, 16
 * tokens when below 1), taking the place of blockSize, which alone its
 * scorer refuses; a parameter of no other dialect. 0 when refused. */
static int heimdall_block(prefix_plugin *p, infext__sched_builder *b, const char *path)
{
    char where[512];
    if (!b->heimdall && p->heimdall_tokens >= 0) {
        infext__heimdall_only(b, path, "blockSizeTokens", "prefix-cache-scorer");
        return 0;
    }
    if (!b->heimdall) return 1;
    if (p->legacy_block && p->heimdall_tokens < 0) {
        snprintf(where, sizeof(where), "%s.blockSize", path);
        infext__sched_builder_error(b, INFEXT_ERR_INVALID, where,
                                    "blockSize (deprecated, in characters) is refused without %s in %s",
                                    "blockSizeTokens", "Heimdall configs");
        return 0;
    }
    size_t tokens = positive_or(p->heimdall_tokens, HEIMDALL_BLOCK_TOKENS);
    p->block_size = tokens <= SIZE_MAX / (2 * CHARS_PER_TOKEN) ? tokens * CHARS_PER_TOKEN
                                                               : HEIMDALL_BLOCK_TOKENS * CHARS_PER_TOKEN;
    return 1;
}

uint32_t infext__prefix_scorer_matched(const void *state, infext_cycle *cycle, const infext_endpoint *ep)
{
    const prefix_plugin *p = state;
    const prefix_state *st = p && !p->consume ? infext_cycle_state_read(cycle, p->key) : NULL;
    uint32_t *matched = NULL;
    size_t servers = 0;
    if (!st || !st->count ||
        infext__prefix_match_servers((prefix_index *)&p->index, cycle, st->hashes, st->count, &matched, &servers) != 0)
        return 0;
    return infext__prefix_matched_of(&p->index, matched, servers, ep);
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
    if (!heimdall_block(p, b, path)) return;
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
