/* Built-in scorers with the EPP's semantics: queue, running requests,
 * KV-cache utilisation and LoRA affinity. They read the endpoint struct directly (same library). */
#include "scheduler/sched.h"

/* None of these scorers takes parameters: any member is unknown. */
infext_status infext__sched_create_no_params(void **out_state, const infext_plugin_create_args *args)
{
    infext_params *p = NULL;
    infext_status st = infext_params_parse(&p, args->parameters_json, args->path, args->diags);
    if (st == INFEXT_OK) st = infext_params_finish(p);
    infext_params_free(p);
    *out_state = NULL;
    return st;
}

/* Fewer of `count` (the waiting queue, the running requests), higher
 * score: min-max normalised over the candidates; all equal gives every
 * candidate 1. */
static void fewer_scores_higher(const infext_endpoint *const *eps, size_t n, double *scores,
                                int64_t (*count)(const infext_endpoint *))
{
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    for (size_t i = 0; i < n; i++) {
        int64_t q = count(eps[i]);
        if (q < lo) lo = q;
        if (q > hi) hi = q;
    }
    double span = (double)hi - (double)lo;
    for (size_t i = 0; i < n; i++) scores[i] = lo == hi ? 1.0 : ((double)hi - (double)count(eps[i])) / span;
}

static int64_t queue_of(const infext_endpoint *ep)
{
    return ep->waiting_queue_size;
}

static int64_t running_of(const infext_endpoint *ep)
{
    return ep->running_requests;
}

static infext_status queue_score(void *state, infext_cycle *cycle, const infext_request *req,
                                 const infext_endpoint *const *eps, size_t n, double *scores)
{
    (void)state, (void)cycle, (void)req;
    fewer_scores_higher(eps, n, scores, queue_of);
    return INFEXT_OK;
}

const infext_plugin_type infext__sched_queue_scorer = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "queue-scorer",
    .roles = INFEXT_ROLE_SCORER,
    .create = infext__sched_create_no_params,
    .score = queue_score,
};

/* GIE's running-requests-size-scorer (Heimdall has it too): the same
 * normalisation over the requests running. */
static infext_status running_score(void *state, infext_cycle *cycle, const infext_request *req,
                                   const infext_endpoint *const *eps, size_t n, double *scores)
{
    (void)state, (void)cycle, (void)req;
    fewer_scores_higher(eps, n, scores, running_of);
    return INFEXT_OK;
}

const infext_plugin_type infext__sched_running_requests_scorer = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "running-requests-size-scorer",
    .roles = INFEXT_ROLE_SCORER,
    .create = infext__sched_create_no_params,
    .score = running_score,
};

/* Free KV cache, higher score: 1 - usage. */
static infext_status kv_score(void *state, infext_cycle *cycle, const infext_request *req,
                              const infext_endpoint *const *eps, size_t n, double *scores)
{
    (void)state, (void)cycle, (void)req;
    for (size_t i = 0; i < n; i++) scores[i] = 1.0 - eps[i]->kv_cache_usage;
    return INFEXT_OK;
}

const infext_plugin_type infext__sched_kv_cache_scorer = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "kv-cache-utilization-scorer",
    .roles = INFEXT_ROLE_SCORER,
    .create = infext__sched_create_no_params,
    .score = kv_score,
};

/* Adapter already active: 1; room to load one more: 0.8; adapter queued to
 * load: 0.6; full: 0. The adapter is the request's target model. */
static infext_status lora_score(void *state, infext_cycle *cycle, const infext_request *req,
                                const infext_endpoint *const *eps, size_t n, double *scores)
{
    (void)state, (void)cycle;
    const char *model = infext_request_get_model(req);
    for (size_t i = 0; i < n; i++) {
        const infext_endpoint *ep = eps[i];
        int64_t loaded = (int64_t)(ep->active_models.len + ep->waiting_models.len);
        if (infext__sched_kv_find(&ep->active_models, model, 0) != SIZE_MAX)
            scores[i] = 1.0;
        else if (loaded < ep->max_active_models)
            scores[i] = 0.8;
        else if (infext__sched_kv_find(&ep->waiting_models, model, 0) != SIZE_MAX)
            scores[i] = 0.6;
        else
            scores[i] = 0.0;
    }
    return INFEXT_OK;
}

const infext_plugin_type infext__sched_lora_affinity_scorer = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "lora-affinity-scorer",
    .roles = INFEXT_ROLE_SCORER,
    .create = infext__sched_create_no_params,
    .score = lora_score,
};
