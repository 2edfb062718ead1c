/*
 * A sample libinfext plugin module, meant to be copied.
 *
 * It provides three plugin types:
 *
 *   header-label-filter        keeps the endpoints whose label `label` equals
 *                              the request's header `header` (all of them
 *                              when the request has no such header);
 *   running-requests-scorer    scores 1 / (1 + factor * runningRequests), so
 *                              an idle endpoint scores 1;
 *   target-header-profile-handler
 *                              runs every profile once, makes the first one
 *                              that picked an endpoint the primary, and
 *                              shapes the forwarded request: header `header`
 *                              names the target ("namespace/name"),
 *                              x-sample-max-output-tokens carries the body's
 *                              cap and x-sample-stream "true" when it asked
 *                              for streaming, header `remove` is removed and
 *                              the request goes to `port` (when given).
 *
 * and is used from a config like:
 *
 *   plugins:
 *   - type: header-label-filter
 *     parameters: {header: x-gpu-class, label: gpu}
 *   - type: running-requests-scorer
 *     parameters: {factor: 0.5}
 *   - type: target-header-profile-handler
 *     parameters: {header: x-sample-target, remove: x-gpu-class, port: 8001}
 *
 *   infext schedule --plugin ./sample_plugin.so --config epp.yaml ...
 *
 * Writing your own, step by step:
 *
 *   1. Copy this file and CMakeLists.txt beside it to a new folder. Build
 *      against the installed headers only: nothing here links -linfext.
 *   2. Keep `#define INFEXT_PLUGIN_DYNAMIC` (set by CMakeLists.txt) so every
 *      library call goes through the host's function table: the module then
 *      works with any host, also one that links libinfext statically.
 *   3. Write INFEXT_PLUGIN_HOST_API_DEFINE once, and keep the table in your
 *      module's `init` with INFEXT_PLUGIN_HOST_API_INIT (step 8).
 *   4. For each plugin type, write `create`: read every parameter with an
 *      infext_params_get_* call, then infext_params_finish(), which reports
 *      a misspelled parameter with its config path. Return INFEXT_ECONFIG
 *      for bad parameters.
 *   5. Write the entry point of each role your type has (filter, score,
 *      pick, ...). They run on many threads at once: treat the instance
 *      state as read-only there, or lock it.
 *   6. Use infext_cycle_alloc() for per-request memory (free in steady
 *      state) and infext_cycle_state_write/read to pass data between your
 *      entry points within one request.
 *   7. Fill an infext_plugin_type per type: abi_version and struct_size
 *      first, always INFEXT_PLUGIN_ABI_VERSION and sizeof(infext_plugin_type).
 *   8. Export one infext_plugin_entry() returning your module descriptor.
 *   9. Rename the types ("type_name") so they cannot clash with another
 *      module's: the registry refuses a second type of the same name.
 *  10. A profile handler may set or remove request headers and the target
 *      port, in `process_results` only (infext_result_set_header() and
 *      friends). Those entries came with libinfext 1.1: check for them with
 *      INFEXT_HOST_API_HAS in `create`, so an older library refuses the
 *      type with a clear message instead of crashing.
 */
#include <infext/plugin.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The test suite builds this file a second time with another ABI version
 * to check that the library refuses it; a real plugin never does this. */
#ifdef SAMPLE_PLUGIN_FAKE_ABI_VERSION
#define SAMPLE_ABI SAMPLE_PLUGIN_FAKE_ABI_VERSION
#else
#define SAMPLE_ABI INFEXT_PLUGIN_ABI_VERSION
#endif

/* Step 3: the host's function table, set in sample_init(). */
INFEXT_PLUGIN_HOST_API_DEFINE;

/* ------------------------------------------------ header-label-filter -- */

typedef struct header_filter {
    char *header; /* request header to read */
    char *label;  /* endpoint label to compare it with */
} header_filter;

static char *copy(const char *s)
{
    size_t n = strlen(s) + 1;
    char *c = malloc(n);
    if (c) memcpy(c, s, n);
    return c;
}

static void header_filter_destroy(void *state)
{
    header_filter *f = state;
    if (!f) return;
    free(f->header);
    free(f->label);
    free(f);
}

/* Step 4: strict parameters. Both are required here. */
static infext_status header_filter_create(void **out_state, const infext_plugin_create_args *args)
{
    infext_params *params = NULL;
    infext_status st =
        infext_params_parse(&params, args->parameters_json, args->path, args->diags);
    if (st != INFEXT_OK) return st;
    const char *header = NULL, *label = NULL;
    if (infext_params_get_string(&header, params, "header") == INFEXT_ENOTFOUND ||
        infext_params_get_string(&label, params, "label") == INFEXT_ENOTFOUND) {
        infext_diags_add(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_REQUIRED, args->path,
                         "both \"header\" and \"label\" are required", 0, 0);
        st = INFEXT_ECONFIG;
    }
    if (infext_params_finish(params) != INFEXT_OK) st = INFEXT_ECONFIG;
    header_filter *f = NULL;
    if (st == INFEXT_OK) {
        f = calloc(1, sizeof(*f));
        if (f) {
            f->header = copy(header);
            f->label = copy(label);
        }
        if (!f || !f->header || !f->label) {
            header_filter_destroy(f);
            f = NULL;
            st = INFEXT_ENOMEM;
        }
    }
    infext_params_free(params); /* after the copies: the strings were borrowed */
    *out_state = f;
    return st;
}

/* Step 5: a filter clears keep[i] for the endpoints to drop. */
static void header_filter_run(void *state, infext_cycle *cycle, const infext_request *req,
                              const infext_endpoint *const *eps, size_t n, unsigned char *keep)
{
    (void)cycle;
    const header_filter *f = state;
    const char *want = infext_request_get_header(req, f->header);
    if (!want) return;
    for (size_t i = 0; i < n; i++) {
        const char *have = infext_endpoint_get_label(eps[i], f->label);
        if (!have || strcmp(have, want) != 0) keep[i] = 0;
    }
}

static const infext_plugin_type header_filter_type = {
    .abi_version = SAMPLE_ABI, /* step 7 */
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "header-label-filter",
    .roles = INFEXT_ROLE_FILTER,
    .create = header_filter_create,
    .destroy = header_filter_destroy,
    .filter = header_filter_run,
};

/* -------------------------------------------- running-requests-scorer -- */

typedef struct running_scorer {
    double factor;
} running_scorer;

static infext_status running_create(void **out_state, const infext_plugin_create_args *args)
{
    infext_params *params = NULL;
    infext_status st =
        infext_params_parse(&params, args->parameters_json, args->path, args->diags);
    if (st != INFEXT_OK) return st;
    double factor = 1.0; /* the default when absent */
    infext_params_get_double(&factor, params, "factor");
    st = infext_params_finish(params);
    infext_params_free(params);
    if (st != INFEXT_OK) return st;
    if (factor < 0) {
        infext_diags_add(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, args->path,
                         "factor must not be negative", 0, 0);
        return INFEXT_ECONFIG;
    }
    running_scorer *s = malloc(sizeof(*s));
    if (!s) return INFEXT_ENOMEM;
    s->factor = factor;
    *out_state = s;
    return INFEXT_OK;
}

/* Step 5: a scorer writes one score in [0,1] per candidate. */
static infext_status running_score(void *state, infext_cycle *cycle, const infext_request *req,
                                   const infext_endpoint *const *eps, size_t n, double *scores)
{
    (void)cycle, (void)req;
    const running_scorer *s = state;
    for (size_t i = 0; i < n; i++) {
        double running = (double)infext_endpoint_get_running_requests(eps[i]);
        scores[i] = 1.0 / (1.0 + s->factor * running);
    }
    return INFEXT_OK;
}

static const infext_plugin_type running_scorer_type = {
    .abi_version = SAMPLE_ABI,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "running-requests-scorer",
    .roles = INFEXT_ROLE_SCORER,
    .create = running_create,
    .destroy = free,
    .score = running_score,
};

/* -------------------------------------- target-header-profile-handler -- */

typedef struct target_handler {
    char *header;  /* names the target */
    char *remove;  /* removed from the request; NULL for none */
    int32_t port;  /* 0: the target's own */
} target_handler;

static void target_destroy(void *state)
{
    target_handler *h = state;
    if (!h) return;
    free(h->header);
    free(h->remove);
    free(h);
}

/* Read the parameters into `h` (strings copied); ECONFIG when they are bad. */
static infext_status target_params(target_handler *h, infext_params *params,
                                   const infext_plugin_create_args *args)
{
    const char *header = NULL, *remove = NULL;
    int64_t port = 0;
    infext_status st = INFEXT_OK;
    if (infext_params_get_string(&header, params, "header") == INFEXT_ENOTFOUND) {
        infext_diags_add(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_REQUIRED, args->path,
                         "\"header\" is required", 0, 0);
        st = INFEXT_ECONFIG;
    }
    infext_params_get_string(&remove, params, "remove");
    if (infext_params_get_int(&port, params, "port") == INFEXT_OK && (port < 1 || port > 65535)) {
        infext_diags_add(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, args->path,
                         "port must be between 1 and 65535", 0, 0);
        st = INFEXT_ECONFIG;
    }
    if (infext_params_finish(params) != INFEXT_OK) st = INFEXT_ECONFIG;
    if (st != INFEXT_OK) return st;
    h->header = copy(header);
    h->remove = remove ? copy(remove) : NULL;
    h->port = (int32_t)port;
    return h->header && (h->remove || !remove) ? INFEXT_OK : INFEXT_ENOMEM;
}

static infext_status target_create(void **out_state, const infext_plugin_create_args *args)
{
    /* step 10: the setters are not in a libinfext 1.0 host table */
    if (!INFEXT_HOST_API_HAS(infext_plugin_host_api_, result_set_target_port)) {
        infext_diags_add(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, args->path,
                         "target-header-profile-handler needs libinfext 1.1 or later", 0, 0);
        return INFEXT_EABI;
    }
    infext_params *params = NULL;
    infext_status st =
        infext_params_parse(&params, args->parameters_json, args->path, args->diags);
    if (st != INFEXT_OK) return st;
    target_handler *h = calloc(1, sizeof(*h));
    st = h ? target_params(h, params, args) : INFEXT_ENOMEM;
    infext_params_free(params);
    if (st != INFEXT_OK) {
        target_destroy(h);
        h = NULL;
    }
    *out_state = h;
    return st;
}

/* Every profile, all in the first round; nothing more after it. */
static size_t target_pick_profiles(void *state, infext_cycle *cycle, const infext_request *req,
                                   const infext_result *so_far, unsigned char *run)
{
    (void)state, (void)cycle, (void)req;
    size_t n = infext_result_profiles_count(so_far);
    if (n == 0 || infext_result_profile_ran(so_far, 0)) return 0;
    memset(run, 1, n);
    return n;
}

/* Step 10: the primary, then the headers and the port. */
static infext_status target_process(void *state, infext_cycle *cycle, const infext_request *req,
                                    infext_result *result)
{
    const target_handler *h = state;
    size_t primary = 0;
    while (primary + 1 < infext_result_profiles_count(result) &&
           infext_result_profile_endpoints_count(result, primary) == 0)
        primary++;
    infext_status st = infext_result_set_primary(result, primary);
    const infext_endpoint *target = infext_result_get_target(result);
    if (st != INFEXT_OK || !target) return st; /* schedule() reports no endpoint */
    st = infext_result_set_header(result, h->header, infext_endpoint_get_namespaced_name(target));
    int64_t cap;
    if (st == INFEXT_OK && infext_request_get_max_output_tokens(&cap, req)) {
        char *text = infext_cycle_alloc(cycle, 24); /* per-request memory, step 6 */
        if (!text) return INFEXT_ENOMEM;
        snprintf(text, 24, "%lld", (long long)cap);
        st = infext_result_set_header(result, "x-sample-max-output-tokens", text);
    }
    if (st == INFEXT_OK && infext_request_is_streaming(req))
        st = infext_result_set_header(result, "x-sample-stream", "true");
    if (st == INFEXT_OK && h->remove) st = infext_result_remove_header(result, h->remove);
    if (st == INFEXT_OK && h->port) st = infext_result_set_target_port(result, h->port);
    return st;
}

static const infext_plugin_type target_handler_type = {
    .abi_version = SAMPLE_ABI,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "target-header-profile-handler",
    .roles = INFEXT_ROLE_PROFILE_HANDLER,
    .create = target_create,
    .destroy = target_destroy,
    .pick_profiles = target_pick_profiles,
    .process_results = target_process,
};

/* --------------------------------------------------------- the module -- */

static infext_status sample_init(const infext_host_api *host)
{
    /* refuse a host whose table lacks what this module calls */
    if (!INFEXT_HOST_API_HAS(host, params_finish)) return INFEXT_EABI;
    INFEXT_PLUGIN_HOST_API_INIT(host);
    return INFEXT_OK;
}

static const infext_plugin_type *const sample_types[] = {
    &header_filter_type, &running_scorer_type, &target_handler_type};

static const infext_plugin_module sample_module = {
    .abi_version = SAMPLE_ABI,
    .struct_size = sizeof(infext_plugin_module),
    .name = "sample",
    .init = sample_init,
    .types_count = sizeof(sample_types) / sizeof(sample_types[0]),
    .types = sample_types,
};

/* Step 8: the one symbol the loader looks for. */
INFEXT_PLUGIN_EXPORT const infext_plugin_module *infext_plugin_entry(void);

INFEXT_PLUGIN_EXPORT const infext_plugin_module *infext_plugin_entry(void)
{
    return &sample_module;
}
