/* approx-prefix-cache-producer (llm-d-router v0.10): keeps a prefix index,
 * leaves per endpoint the number of leading blocks it holds in the cycle
 * state (infext__prefix_match) and records the picked endpoints' blocks in
 * its pre-request hook. */
#include "scheduler/prefix_int.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <stdio.h>
#include <string.h>

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
    infext__prefix_instance_free(p->key, &p->index);
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
    const char *name = args->name ? args->name : INFEXT__APPROX_PREFIX_PRODUCER;
    if (infext__prefix_instance_init(&p->key, &p->index, name) != 0) {
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
    infext__prefix_hash_blocks(out->hashes, count, req, bt * 4);
    uint32_t *by_server;
    size_t servers;
    if (infext__prefix_match_servers(&p->index, cycle, out->hashes, count, &by_server, &servers) != 0)
        return INFEXT_ENOMEM;
    for (size_t i = 0; by_server && i < n; i++)
        matched[i] = infext__prefix_matched_of(&p->index, by_server, servers, eps[i]);
    return infext_cycle_state_write(cycle, p->key, out, NULL);
}

static size_t producer_capacity(const producer *p, const infext_endpoint *target)
{
    if (p->cfg.auto_tune && target->cache_num_gpu_blocks > 0)
        return (uint64_t)target->cache_num_gpu_blocks < NONE - 1 ? (size_t)target->cache_num_gpu_blocks
                                                                 : NONE - 1;
    return p->cfg.lru_capacity > 0 ? (size_t)p->cfg.lru_capacity : INFEXT__PREFIX_DEFAULT_LRU_CAPACITY;
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
    infext__prefix_record(&p->index, cycle, target, producer_capacity(p, target), out->hashes, out->count);
    size_t pi;
    if (infext_result_find_profile(&pi, result, PREFILL_PROFILE) &&
        infext_result_profile_endpoints_count(result, pi)) {
        const infext_endpoint *prefill = infext_result_profile_endpoint_at(result, pi, 0);
        infext__prefix_record(&p->index, cycle, prefill, producer_capacity(p, prefill), out->hashes,
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
