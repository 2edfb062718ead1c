/*
 * A sample libinfext plugin module, meant to be copied.
 *
 * It provides two plugin types:
 *
 *   header-label-filter        keeps the endpoints whose label `label` equals
 *                              the request's header `header` (all of them
 *                              when the request has no such header);
 *   running-requests-scorer    scores 1 / (1 + factor * runningRequests), so
 *                              an idle endpoint scores 1.
 *
 * and is used from a config like:
 *
 *   plugins:
 *   - type: header-label-filter
 *     parameters: {header: x-gpu-class, label: gpu}
 *   - type: running-requests-scorer
 *     parameters: {factor: 0.5}
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
 */
#include <infext/plugin.h>

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

/* --------------------------------------------------------- the module -- */

static infext_status sample_init(const infext_host_api *host)
{
    /* refuse a host whose table lacks what this module calls */
    if (!INFEXT_HOST_API_HAS(host, params_finish)) return INFEXT_EABI;
    INFEXT_PLUGIN_HOST_API_INIT(host);
    return INFEXT_OK;
}

static const infext_plugin_type *const sample_types[] = {&header_filter_type,
                                                         &running_scorer_type};

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
