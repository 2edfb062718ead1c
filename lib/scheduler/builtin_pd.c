/* Disaggregated serving, as llm-d-router v0.10 does it
 * (pkg/epp/framework/plugins/scheduling/profilehandler/{disagg,dataparallel}):
 *
 * - `disagg-profile-handler`: runs the decode profile first; then, when a
 *   decider says so for the decode endpoint picked, the encode and the
 *   prefill profiles (stageOrder prefill-first: prefill, encode, then
 *   decode). The decode profile is the primary.
 * - `pd-profile-handler`: its deprecated predecessor (decode, then prefill
 *   when its decider says so).
 * - `prefix-based-pd-decider`: disaggregate when the prompt's part that no
 *   cache holds on the decode endpoint is at least `nonCachedTokens`
 *   tokens; `always-disagg-pd-decider`: always.
 * - `data-parallel-profile-handler`: one profile, run once.
 *
 * What the request then carries (upstream's ProcessResults and the disagg
 * handler's PreRequest; header names from pkg/common/routing):
 * disagg-profile-handler names the prefill endpoint in
 * `x-prefiller-host-port` and every encode endpoint, comma-separated, in
 * `x-encoder-hosts-ports`, and removes each header whose stage did not run
 * or picked nothing; data-parallel-profile-handler, and pd-profile-handler
 * with a `primaryPort`, name the picked endpoint in
 * `x-data-parallel-host-port` and send the request to `primaryPort` on the
 * same address. pd-profile-handler sets no prefill header: upstream left
 * that to the disagg-headers-handler (prefill-header-handler) plugin, built
 * in below. Values are host:port as Go's net.JoinHostPort writes them
 * (IPv6 in brackets).
 * - `openai-parser`, `anthropic-parser`, `vllmhttp-parser`: the request
 *   parsers; the body is parsed by infext_request_set_body() (parsers.c),
 *   which the built scheduler tells which of them the config names, so the
 *   instance only holds its place in the config.
 *
 * Prompt lengths are in tokens as upstream estimates them without a
 * tokenizer: 4 bytes a token. */
#include "scheduler/catalogue.h"
#include "scheduler/heimdall.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <stdio.h>
#include <string.h>

size_t infext__sched_prompt_tokens(const infext_request *req)
{
    return (req->prompt_len + 3) / 4;
}

static void param_error(const infext_plugin_create_args *args, const char *member, const char *fmt,
                        long long value)
{
    char path[512];
    snprintf(path, sizeof(path), "%s.%s", args->path ? args->path : "parameters", member);
    infext__diag_addf(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, path, 0, 0, fmt, value);
}

/* The plugin table of a type without roles (deciders, the parser): other
 * plugins reach it by name. */
#define PLAIN_TYPE(name, create_fn, destroy_fn)                                                \
    {.abi_version = INFEXT_PLUGIN_ABI_VERSION, .struct_size = sizeof(infext_plugin_type),       \
     .type_name = name, .roles = 0, .create = create_fn, .destroy = destroy_fn}

/* ------------------------------------------------------------ deciders -- */

typedef struct prefix_decider {
    int64_t non_cached_tokens;
    int64_t prompt_tokens;
} prefix_decider;

static infext_status decider_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    prefix_decider d = {0, 0};
    infext_params *p = NULL;
    infext_status st = infext_params_parse(&p, args->parameters_json, args->path, args->diags);
    if (st == INFEXT_OK) {
        infext_params_get_int(&d.non_cached_tokens, p, "nonCachedTokens");
        infext_params_get_int(&d.prompt_tokens, p, "promptTokens");
    }
    st = infext__sched_params_end(p, st);
    if (st == INFEXT_OK && d.non_cached_tokens < 0) {
        param_error(args, "nonCachedTokens", "%lld: the number of non-cached tokens cannot be negative",
                    (long long)d.non_cached_tokens);
        st = INFEXT_ECONFIG;
    }
    if (st == INFEXT_OK && d.prompt_tokens < 0) {
        param_error(args, "promptTokens", "%lld: the number of prompt tokens cannot be negative",
                    (long long)d.prompt_tokens);
        st = INFEXT_ECONFIG;
    }
    if (st != INFEXT_OK) return st;
    prefix_decider *s = infext__malloc(sizeof(*s));
    if (!s) return INFEXT_ENOMEM;
    *s = d;
    *out_state = s;
    return INFEXT_OK;
}

static bool prefix_decide(const void *state, infext_cycle *cycle, const infext_request *req,
                          const infext_endpoint *decode)
{
    const prefix_decider *d = state;
    if (d->non_cached_tokens == 0 || !decode) return false; /* 0 turns P/D off */
    int64_t input = (int64_t)infext__sched_prompt_tokens(req);
    if (d->prompt_tokens > 0 && input < d->prompt_tokens) return false;
    if (input < d->non_cached_tokens) return false;
    /* the match information of the default producer, as upstream reads it */
    const infext__prefix_match *m = infext_cycle_state_read(cycle, INFEXT__APPROX_PREFIX_PRODUCER);
    if (!m) return false;
    int64_t hit = (int64_t)infext__prefix_match_of(m, decode) * (int64_t)m->block_tokens;
    return input - hit >= d->non_cached_tokens;
}

/* The decider reads the default producer's match information: add the
 * producer when the config has none, as upstream adds a default producer
 * for the data a plugin consumes. */
static void prefix_decider_link(void *state, infext__sched_builder *b, size_t self, const char *path)
{
    (void)state, (void)self, (void)path;
    if (infext__sched_builder_find(b, INFEXT__APPROX_PREFIX_PRODUCER) == SIZE_MAX)
        infext__sched_builder_implicit(b, INFEXT__APPROX_PREFIX_PRODUCER);
}

const infext__sched_ext infext__sched_prefix_pd_decider_ext = {.link = prefix_decider_link,
                                                               .decide = prefix_decide};

const infext_plugin_type infext__sched_prefix_pd_decider =
    PLAIN_TYPE("prefix-based-pd-decider", decider_create, infext__free);

static bool always_decide(const void *state, infext_cycle *cycle, const infext_request *req,
                          const infext_endpoint *decode)
{
    (void)state, (void)cycle, (void)req, (void)decode;
    return true;
}

const infext__sched_ext infext__sched_always_pd_decider_ext = {.decide = always_decide};

const infext_plugin_type infext__sched_always_pd_decider =
    PLAIN_TYPE("always-disagg-pd-decider", infext__sched_create_no_params, NULL);

/* ------------------------------------------------------ the handlers -- */

/* A decider another plugin names: resolved when the scheduler is built. */
typedef struct decider_ref {
    char *name;        /* NULL: none configured */
    const char *param; /* the parameter that names it, for messages */
    const infext__sched_ext *ext;
    const void *state;
} decider_ref;

typedef struct disagg {
    bool prefill_first;
    bool headers;         /* disagg-profile-handler: the prefill and encode headers */
    int32_t primary_port; /* pd-profile-handler: 0, or the data-parallel port */
    char *decode, *prefill, *encode;
    decider_ref pd, e;
    infext__heimdall_pd *v04; /* pd-profile-handler: Heimdall v0.4's threshold decision, or NULL */
} disagg;

#define PREFILL_HEADER "x-prefiller-host-port"
#define ENCODER_HEADER "x-encoder-hosts-ports"
#define DATA_PARALLEL_HEADER "x-data-parallel-host-port"

static void disagg_destroy(void *state)
{
    disagg *h = state;
    if (!h) return;
    infext__free(h->decode);
    infext__free(h->prefill);
    infext__free(h->encode);
    infext__free(h->pd.name);
    infext__free(h->e.name);
    infext__heimdall_pd_free(h->v04);
    infext__free(h);
}

static void link_decider(decider_ref *r, infext__sched_builder *b, const char *path)
{
    if (!r->name) return;
    char where[512];
    snprintf(where, sizeof(where), "%s.%s", path, r->param);
    size_t i = infext__sched_builder_find(b, r->name);
    if (i == SIZE_MAX) {
        infext__sched_builder_error(b, INFEXT_ERR_INVALID, where,
                                    "no plugin named \"%s\" is configured%s", r->name, "");
        return;
    }
    const infext__sched_plugin *pl = &b->sched->plugins[i];
    const infext__sched_ext *x = pl->type->cat ? pl->type->cat->ext : NULL;
    if (!x || !x->decide) {
        infext__sched_builder_error(b, INFEXT_ERR_INVALID, where,
                                    "plugin \"%s\" (type \"%s\") is not a disaggregation decider",
                                    r->name, pl->type->name);
        return;
    }
    r->ext = x;
    r->state = pl->state;
}

static void disagg_link(void *state, infext__sched_builder *b, size_t self, const char *path)
{
    (void)self;
    disagg *h = state;
    if (!h) return; /* check mode of a type not available: nothing to link */
    link_decider(&h->pd, b, path);
    link_decider(&h->e, b, path);
}

static bool decide(const decider_ref *r, infext_cycle *cycle, const infext_request *req,
                   const infext_endpoint *decode)
{
    return r->ext && r->ext->decide(r->state, cycle, req, decode);
}

/* Index of profile `name` in `res`, or SIZE_MAX. */
static size_t profile(const infext_result *res, const char *name)
{
    size_t i;
    return infext_result_find_profile(&i, res, name) ? i : SIZE_MAX;
}

static const infext_endpoint *first_target(const infext_result *res, size_t i)
{
    return i != SIZE_MAX && infext_result_profile_endpoints_count(res, i)
               ? infext_result_profile_endpoint_at(res, i, 0)
               : NULL;
}

static bool pending(const infext_result *res, size_t i)
{
    return i != SIZE_MAX && !infext_result_profile_ran(res, i);
}

static size_t choose(unsigned char *run, size_t i)
{
    run[i] = 1;
    return 1;
}

static size_t disagg_pick(void *state, infext_cycle *cycle, const infext_request *req,
                          const infext_result *so_far, unsigned char *run)
{
    const disagg *h = state;
    size_t d = profile(so_far, h->decode), p = profile(so_far, h->prefill),
           e = profile(so_far, h->encode);
    if (h->prefill_first) {
        if (d != SIZE_MAX && infext_result_profile_ran(so_far, d)) return 0;
        if (pending(so_far, p)) return choose(run, p);
        if (pending(so_far, e) && decide(&h->e, cycle, req, NULL)) return choose(run, e);
        return d == SIZE_MAX ? 0 : choose(run, d);
    }
    if (d == SIZE_MAX) return 0;
    if (!infext_result_profile_ran(so_far, d)) return choose(run, d);
    const infext_endpoint *target = first_target(so_far, d);
    if (!target) return 0; /* decode failed: nothing more to run */
    if (pending(so_far, e) && decide(&h->e, cycle, req, target)) return choose(run, e);
    if (pending(so_far, p) && decide(&h->pd, cycle, req, target)) return choose(run, p);
    return 0;
}

/* Header `name`: the host:port of endpoints [0, n) of profile i, comma
 * separated; removed when profile i did not run or picked none. */
static infext_status endpoints_header(infext_result *result, infext_cycle *cycle,
                                      const char *name, size_t i, size_t n)
{
    if (i == SIZE_MAX || !infext_result_profile_ran(result, i)) n = 0;
    size_t count = infext_result_profile_endpoints_count(result, i);
    if (n > count) n = count;
    if (n == 0) return infext__sched_result_set_header(result, cycle, name, NULL);
    size_t len = 0;
    for (size_t j = 0; j < n; j++)
        len += infext__sched_host_port(NULL, 0, infext_result_profile_endpoint_at(result, i, j)) + 1;
    char *text = infext_cycle_alloc(cycle, len);
    if (!text) return INFEXT_ENOMEM;
    size_t at = 0;
    for (size_t j = 0; j < n; j++) {
        if (j) text[at++] = ',';
        at += infext__sched_host_port(text + at, len - at,
                                      infext_result_profile_endpoint_at(result, i, j));
    }
    return infext__sched_result_set_header(result, cycle, name, text);
}

/* Data parallelism: the picked rank in the header, the request to `port`. */
static infext_status data_parallel(infext_result *result, infext_cycle *cycle, size_t primary,
                                   int32_t port)
{
    infext_status st = endpoints_header(result, cycle, DATA_PARALLEL_HEADER, primary, 1);
    if (st == INFEXT_OK) infext__sched_result_set_target_port(result, port);
    return st;
}

/* The prefill and encode headers, as upstream's PreRequest writes them. */
static infext_status disagg_headers(const disagg *h, infext_cycle *cycle, infext_result *result)
{
    infext_status st =
        endpoints_header(result, cycle, PREFILL_HEADER, profile(result, h->prefill), 1);
    if (st != INFEXT_OK) return st;
    return endpoints_header(result, cycle, ENCODER_HEADER, profile(result, h->encode), SIZE_MAX);
}

/* The decode profile is the primary; when it picked nothing the caller
 * gets INFEXT_ENOENDPOINT with its reason, and the request no header. */
static infext_status disagg_process(void *state, infext_cycle *cycle, const infext_request *req,
                                    infext_result *result)
{
    (void)req;
    const disagg *h = state;
    size_t d = profile(result, h->decode);
    if (d == SIZE_MAX) return INFEXT_ENOENDPOINT;
    infext_status st = infext_result_set_primary(result, d);
    if (st != INFEXT_OK || !first_target(result, d)) return st;
    if (h->headers) st = disagg_headers(h, cycle, result);
    if (st == INFEXT_OK && h->primary_port) st = data_parallel(result, cycle, d, h->primary_port);
    return st;
}

static infext_status set_name(char **slot, const char *value, const char *fallback)
{
    *slot = infext__sched_strdup0(value && *value ? value : fallback);
    return *slot ? INFEXT_OK : INFEXT_ENOMEM;
}

/* A string member; "" when absent. */
static const char *string_param(infext_params *p, const char *key, bool *seen)
{
    const char *v = NULL;
    if (infext_params_get_string(&v, p, key) == INFEXT_OK) {
        if (seen) *seen = true;
        return v;
    }
    return NULL;
}

/* The state of a handler from template `t`, whose names are borrowed from
 * `p` (freed here); on failure (`st` or a copy) nothing is kept. */
static infext_status handler_state(void **out_state, const disagg *t, infext_params *p,
                                   infext_status st)
{
    disagg *h = st == INFEXT_OK ? infext__calloc(1, sizeof(*h)) : NULL;
    if (st == INFEXT_OK && !h) st = INFEXT_ENOMEM;
    if (h) {
        *h = *t;
        h->v04 = NULL;
        h->decode = h->prefill = h->encode = h->pd.name = h->e.name = NULL;
        st = set_name(&h->decode, t->decode, "decode");
        if (st == INFEXT_OK) st = set_name(&h->prefill, t->prefill, "prefill");
        if (st == INFEXT_OK) st = set_name(&h->encode, t->encode, "encode");
        if (st == INFEXT_OK && t->pd.name && *t->pd.name) st = set_name(&h->pd.name, t->pd.name, NULL);
        if (st == INFEXT_OK && t->e.name && *t->e.name) st = set_name(&h->e.name, t->e.name, NULL);
    }
    infext_params_free(p);
    if (st != INFEXT_OK) {
        disagg_destroy(h);
        return st;
    }
    *out_state = h;
    return INFEXT_OK;
}

static infext_status stage_order(bool *prefill_first, const char *text)
{
    if (!text) return INFEXT_OK;
    char norm[32];
    size_t n = 0;
    for (const char *c = text; *c && n + 1 < sizeof(norm); c++)
        if (*c != '-' && *c != '_') norm[n++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    norm[n] = 0;
    if (strlen(text) >= sizeof(norm)) return INFEXT_ECONFIG;
    if (!n || !strcmp(norm, "decodefirst") || !strcmp(norm, "decode")) *prefill_first = false;
    else if (!strcmp(norm, "prefillfirst") || !strcmp(norm, "prefill")) *prefill_first = true;
    else return INFEXT_ECONFIG;
    return INFEXT_OK;
}

static infext_status disagg_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    infext_params *p = NULL, *profiles = NULL, *deciders = NULL;
    infext_status st = infext_params_parse(&p, args->parameters_json, args->path, args->diags);
    const char *order = NULL, *decode = NULL, *prefill = NULL, *encode = NULL, *pd = NULL, *e = NULL;
    const char *pd_param = "deciders.prefill", *e_param = "deciders.encode";
    bool nested = false, legacy = false;
    if (st == INFEXT_OK) {
        order = string_param(p, "stageOrder", NULL);
        if (infext_params_get_object(&profiles, p, "profiles") == INFEXT_OK) {
            nested = true;
            decode = string_param(profiles, "decode", NULL);
            prefill = string_param(profiles, "prefill", NULL);
            encode = string_param(profiles, "encode", NULL);
        }
        if (infext_params_get_object(&deciders, p, "deciders") == INFEXT_OK) {
            nested = true;
            pd = string_param(deciders, "prefill", NULL);
            e = string_param(deciders, "encode", NULL);
        }
        /* the deprecated flat form */
        const char *v;
        if ((v = string_param(p, "decodeProfile", &legacy))) decode = v;
        if ((v = string_param(p, "prefillProfile", &legacy))) prefill = v;
        if ((v = string_param(p, "encodeProfile", &legacy))) encode = v;
        if ((v = string_param(p, "prefillDeciderPluginName", &legacy)) && *v)
            pd = v, pd_param = "prefillDeciderPluginName";
        if ((v = string_param(p, "deciderPluginName", &legacy)) && *v && !(pd && *pd))
            pd = v, pd_param = "deciderPluginName";
        if ((v = string_param(p, "encodeDeciderPluginName", &legacy)) && *v)
            e = v, e_param = "encodeDeciderPluginName";
    }
    if (p && (st == INFEXT_OK || st == INFEXT_ECONFIG)) {
        infext_status fin = infext_params_finish(p); /* the strings stay p's until freed */
        if (st == INFEXT_OK) st = fin;
    }
    const char *path = args->path ? args->path : "parameters";
    bool prefill_first = false;
    if (st == INFEXT_OK && nested && legacy) {
        infext__diag_addf(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, path, 0, 0,
                          "use one form of parameters: either the nested profiles/deciders or "
                          "the deprecated flat fields");
        st = INFEXT_ECONFIG;
    }
    if (st == INFEXT_OK && stage_order(&prefill_first, order) != INFEXT_OK) {
        infext__diag_addf(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_NOT_SUPPORTED, path, 0, 0,
                          "invalid stage order \"%s\": must be \"decode-first\" or "
                          "\"prefill-first\"",
                          order);
        st = INFEXT_ECONFIG;
    }
    if (st == INFEXT_OK && prefill_first && pd && *pd) {
        infext__diag_addf(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, path, 0, 0,
                          "a prefill decider is not supported with stage order prefill-first");
        st = INFEXT_ECONFIG;
    }
    disagg t = {.prefill_first = prefill_first, .headers = true, .decode = (char *)decode,
                .prefill = (char *)prefill, .encode = (char *)encode,
                .pd = {.name = (char *)pd, .param = pd_param}, .e = {.name = (char *)e, .param = e_param}};
    return handler_state(out_state, &t, p, st);
}

/* The plugin table of a profile handler. */
#define HANDLER_TYPE(name, create_fn, destroy_fn, pick_fn, process_fn)                         \
    {.abi_version = INFEXT_PLUGIN_ABI_VERSION, .struct_size = sizeof(infext_plugin_type),       \
     .type_name = name, .roles = INFEXT_ROLE_PROFILE_HANDLER, .create = create_fn,             \
     .destroy = destroy_fn, .pick_profiles = pick_fn, .process_results = process_fn}

const infext__sched_ext infext__sched_disagg_handler_ext = {.link = disagg_link};

const infext_plugin_type infext__sched_disagg_profile_handler =
    HANDLER_TYPE("disagg-profile-handler", disagg_create, disagg_destroy, disagg_pick, disagg_process);

/* `primaryPort`: 0 (none) or a port. */
static infext_status primary_port(infext_params *p, const infext_plugin_create_args *args,
                                  int64_t *port)
{
    if (infext_params_get_int(port, p, "primaryPort") != INFEXT_OK) return INFEXT_OK;
    if (*port == 0 || (*port >= 1 && *port <= 65535)) return INFEXT_OK;
    param_error(args, "primaryPort", "invalid primaryPort %lld: must be between 1 and 65535",
                (long long)*port);
    return INFEXT_ECONFIG;
}

static infext_status pd_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    infext_params *p = NULL;
    int64_t port = 0;
    const char *decode = NULL, *prefill = NULL, *decider = NULL;
    infext__heimdall_pd *v04 = NULL;
    infext_status st = infext_params_parse(&p, args->parameters_json, args->path, args->diags);
    if (st == INFEXT_OK) {
        decode = string_param(p, "decodeProfile", NULL);
        prefill = string_param(p, "prefillProfile", NULL);
        decider = string_param(p, "deciderPluginName", NULL);
        const char *prefix_type = string_param(p, "prefixPluginType", NULL);
        const char *prefix_name = string_param(p, "prefixPluginName", NULL);
        string_param(p, "prefixMatchInfoProducerName", NULL);
        st = primary_port(p, args, &port);
        if (st == INFEXT_OK)
            st = infext__heimdall_pd_read(&v04, p, args->path, args->diags, prefix_type, prefix_name);
    }
    if (p && (st == INFEXT_OK || st == INFEXT_ECONFIG)) {
        infext_status fin = infext_params_finish(p); /* the strings stay p's until freed */
        if (st == INFEXT_OK) st = fin;
    }
    if (st == INFEXT_OK && decider && !*decider) {
        char where[512];
        snprintf(where, sizeof(where), "%s.deciderPluginName", args->path ? args->path : "parameters");
        infext__diag_addf(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, where, 0, 0,
                          "the decider plugin name is not defined");
        st = INFEXT_ECONFIG;
    }
    /* with v0.4's members the handler decides itself (at link) */
    disagg t = {.primary_port = (int32_t)port, .decode = (char *)decode, .prefill = (char *)prefill,
                .pd = {.name = decider || v04 ? (char *)decider : "prefix-based-pd-decider",
                       .param = "deciderPluginName"}};
    st = handler_state(out_state, &t, p, st);
    if (st == INFEXT_OK)
        ((disagg *)*out_state)->v04 = v04;
    else
        infext__heimdall_pd_free(v04);
    return st;
}

static void pd_link(void *state, infext__sched_builder *b, size_t self, const char *path)
{
    disagg *h = state;
    if (!h || !h->v04) {
        disagg_link(state, b, self, path);
    } else if (b->heimdall && h->pd.name) {
        char where[512];
        snprintf(where, sizeof(where), "%s.deciderPluginName", path);
        infext__sched_builder_error(b, INFEXT_ERR_INVALID, where,
                                    "a decider does not go with threshold and hashBlockSize (%s): %s",
                                    "Heimdall v0.4's decision", "use one or the other");
    } else {
        infext__heimdall_pd_link(h->v04, b, path, &h->pd.ext, &h->pd.state);
    }
}

/* Decode first; then prefill when the decider says so. */
static size_t pd_pick(void *state, infext_cycle *cycle, const infext_request *req,
                      const infext_result *so_far, unsigned char *run)
{
    const disagg *h = state;
    size_t d = profile(so_far, h->decode), p = profile(so_far, h->prefill);
    if (d == SIZE_MAX) return 0;
    if (!infext_result_profile_ran(so_far, d)) return choose(run, d);
    const infext_endpoint *target = first_target(so_far, d);
    if (!target || !pending(so_far, p)) return 0;
    return decide(&h->pd, cycle, req, target) ? choose(run, p) : 0;
}

const infext__sched_ext infext__sched_pd_handler_ext = {.link = pd_link};

const infext_plugin_type infext__sched_pd_profile_handler =
    HANDLER_TYPE("pd-profile-handler", pd_create, disagg_destroy, pd_pick, disagg_process);

/* ------------------------------------------- deprecated headers step -- */

/* `disagg-headers-handler` and its older name `prefill-header-handler`:
 * upstream's pre-request plugin that went with pd-profile-handler (the
 * same headers as disagg-profile-handler, for `prefillProfile` and
 * `encodeProfile`). Here they act when the result is made, since what they
 * write depends on the result only. */
static infext_status headers_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    infext_params *p = NULL;
    const char *prefill = NULL, *encode = NULL;
    infext_status st = infext_params_parse(&p, args->parameters_json, args->path, args->diags);
    if (st == INFEXT_OK) {
        prefill = string_param(p, "prefillProfile", NULL);
        encode = string_param(p, "encodeProfile", NULL);
    }
    if (p && (st == INFEXT_OK || st == INFEXT_ECONFIG)) {
        infext_status fin = infext_params_finish(p); /* the strings stay p's until freed */
        if (st == INFEXT_OK) st = fin;
    }
    disagg t = {.headers = true, .prefill = (char *)prefill, .encode = (char *)encode};
    return handler_state(out_state, &t, p, st);
}

static infext_status headers_shape(const void *state, infext_cycle *cycle, infext_result *result)
{
    return disagg_headers(state, cycle, result);
}

const infext__sched_ext infext__sched_headers_handler_ext = {.shape_request = headers_shape};

const infext_plugin_type infext__sched_disagg_headers_handler =
    PLAIN_TYPE("disagg-headers-handler", headers_create, disagg_destroy);

const infext_plugin_type infext__sched_prefill_header_handler =
    PLAIN_TYPE("prefill-header-handler", headers_create, disagg_destroy);

/* --------------------------------------------------- data parallel -- */

/* The state: the primary port (default 8000; 0 is taken as upstream
 * takes it, as port 0). */
static infext_status dp_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    infext_params *p = NULL;
    int64_t port = 8000;
    infext_status st = infext_params_parse(&p, args->parameters_json, args->path, args->diags);
    if (st == INFEXT_OK) st = primary_port(p, args, &port);
    st = infext__sched_params_end(p, st);
    int32_t *s = st == INFEXT_OK ? infext__malloc(sizeof(*s)) : NULL;
    if (st == INFEXT_OK && !s) st = INFEXT_ENOMEM;
    if (st != INFEXT_OK) return st;
    *s = (int32_t)port;
    *out_state = s;
    return INFEXT_OK;
}

/* Exactly one profile, run once; with several, none runs (as upstream). */
static size_t dp_pick(void *state, infext_cycle *cycle, const infext_request *req,
                      const infext_result *so_far, unsigned char *run)
{
    (void)state, (void)cycle, (void)req;
    if (infext_result_profiles_count(so_far) != 1 || infext_result_profile_ran(so_far, 0)) return 0;
    return choose(run, 0);
}

/* The one profile is the primary; when it picked an endpoint, the request
 * goes to the primary port with the rank's address in the header. */
static infext_status dp_process(void *state, infext_cycle *cycle, const infext_request *req,
                                infext_result *result)
{
    (void)req;
    if (infext_result_profiles_count(result) != 1) return INFEXT_ECONFIG;
    infext_status st = infext_result_set_primary(result, 0);
    if (st != INFEXT_OK || !first_target(result, 0)) return st;
    return data_parallel(result, cycle, 0, *(const int32_t *)state);
}

const infext_plugin_type infext__sched_dp_profile_handler =
    HANDLER_TYPE("data-parallel-profile-handler", dp_create, infext__free, dp_pick, dp_process);

/* ------------------------------------------------------------ parser -- */

const infext_plugin_type infext__sched_openai_parser =
    PLAIN_TYPE("openai-parser", infext__sched_create_no_params, NULL);
const infext_plugin_type infext__sched_anthropic_parser =
    PLAIN_TYPE("anthropic-parser", infext__sched_create_no_params, NULL);
const infext_plugin_type infext__sched_vllmhttp_parser =
    PLAIN_TYPE("vllmhttp-parser", infext__sched_create_no_params, NULL);
