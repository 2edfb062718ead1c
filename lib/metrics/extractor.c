/* The core metrics extractor: per engine, which metric of a page feeds
 * which endpoint metric, with upstream's choice among matching samples
 * (newest timestamp; for the LoRA info metric the largest value, its
 * creation time) and its rules for the info metrics' labels. One pass over
 * the page feeds every extractor of a source; the winning samples are
 * remembered by their line, so nothing is copied while parsing. */
#include "metrics/metrics_int.h"

#include "scheduler/params.h"
#include "util/alloc.h"
#include "util/diag.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define LEGACY_ENGINE_LABEL "inference.networking.k8s.io/engine-type"
#define RESERVED_ENGINE "default"

typedef enum role {
    ROLE_QUEUE,
    ROLE_RUNNING,
    ROLE_KV,
    ROLE_KV_OLDER, /* the built-in vllm mapping's fallback */
    ROLE_LORA,
    ROLE_CACHE_INFO,
    ROLE_BLOCK_SIZE,
    ROLE_NUM_BLOCKS,
    ROLE_COUNT
} role;

static const char *const role_keys[ROLE_COUNT] = {
    "queuedRequestsSpec", "runningRequestsSpec", "kvUsageSpec",   "kvUsageSpec",
    "loraSpec",           "cacheInfoSpec",       "cacheBlockSizeSpec", "cacheNumBlocksSpec"};

/* An engine's custom metric: the attribute its value goes to. */
typedef struct custom {
    char *key;
    infext__mspec *spec;
} custom;

typedef struct mapping {
    char *engine;
    infext__mspec *specs[ROLE_COUNT];
    char *block_size_label;
    char *num_blocks_label;
    custom *customs; /* llm-d-router v0.10's customMetrics */
    size_t customs_len;
} mapping;

struct infext_metrics_extractor {
    char *name;
    char *label_key;
    char *default_engine;
    mapping *maps;
    size_t maps_len;
    size_t default_map;
};

/* The engines upstream knows (GIE v1.5 factories.go; `triton` from
 * llm-d-router v0.10). */
static const infext__mengine_settings builtin_engines[] = {
    {"vllm", "vllm:num_requests_waiting", "vllm:num_requests_running", "vllm:kv_cache_usage_perc",
     "vllm:lora_requests_info", "vllm:cache_config_info", NULL, NULL, NULL, NULL, {NULL, 0}},
    {"sglang", "sglang:num_queue_reqs", "sglang:num_running_reqs", "sglang:token_usage", NULL,
     "sglang:cache_config_info", "page_size", "num_pages", NULL, NULL, {NULL, 0}},
    {"trtllm-serve", "trtllm_num_requests_waiting", "trtllm_num_requests_running",
     "trtllm_kv_cache_utilization", NULL, NULL, NULL, NULL, "trtllm_kv_cache_tokens_per_block",
     "trtllm_kv_cache_max_blocks", {NULL, 0}},
    {"triton-tensorrt-llm", "nv_trt_llm_request_metrics{request_type=waiting}",
     "nv_trt_llm_request_metrics{request_type=scheduled}",
     "nv_trt_llm_kv_cache_block_metrics{kv_cache_block_type=fraction}", NULL, NULL, NULL, NULL,
     "nv_trt_llm_kv_cache_block_metrics{kv_cache_block_type=tokens_per}",
     "nv_trt_llm_kv_cache_block_metrics{kv_cache_block_type=max}", {NULL, 0}},
    {"triton", "nv_inference_pending_request_count", "nv_inference_exec_count", NULL, NULL, NULL,
     NULL, NULL, NULL, NULL, {NULL, 0}},
};
/* vLLM's name for the KV-cache usage before v0.10 (GIE v1.2's default). */
#define VLLM_OLDER_KV_SPEC "vllm:gpu_cache_usage_perc"

static void mapping_clear(mapping *m)
{
    infext__free(m->engine);
    for (size_t r = 0; r < ROLE_COUNT; r++) infext__mspec_free(m->specs[r]);
    infext__free(m->block_size_label);
    infext__free(m->num_blocks_label);
    for (size_t i = 0; i < m->customs_len; i++) {
        infext__free(m->customs[i].key);
        infext__mspec_free(m->customs[i].spec);
    }
    infext__free(m->customs);
}

INFEXT_API void infext_metrics_extractor_free(infext_metrics_extractor *x)
{
    if (!x) return;
    for (size_t i = 0; i < x->maps_len; i++) mapping_clear(&x->maps[i]);
    infext__free(x->maps);
    infext__free(x->name);
    infext__free(x->label_key);
    infext__free(x->default_engine);
    infext__free(x);
}

static char *dup0(const char *s)
{
    return s ? infext__strndup(s, strlen(s)) : NULL;
}

static infext_status config_error(infext_diags *diags, const char *path, const char *fmt,
                                  const char *arg);

static bool has_custom(const mapping *m, const char *key)
{
    for (size_t i = 0; i < m->customs_len; i++)
        if (strcmp(m->customs[i].key, key) == 0) return true;
    return false;
}

/* One customMetrics entry, checked as upstream checks it (the spec parses;
 * the key is set and unique in the engine; the spec is not empty). */
static infext_status custom_add(mapping *m, infext_params *list, size_t i, const char *path,
                                infext_diags *diags)
{
    char index[24], where[352], at[384];
    snprintf(index, sizeof(index), "%zu", i);
    snprintf(where, sizeof(where), "%s.customMetrics[%zu]", path, i);
    infext_params *item = NULL;
    infext_status st = infext_params_get_object(&item, list, index);
    if (st != INFEXT_OK) return st == INFEXT_ENOMEM ? st : INFEXT_ECONFIG;
    infext__mcustom_settings c = {NULL, NULL};
    st = infext__mparams_decode(&c, "customMetrics", where, item, diags);
    if (st != INFEXT_OK) return st;
    const char *key = c.attribute_key ? c.attribute_key : "";
    infext__mspec *spec = NULL;
    snprintf(at, sizeof(at), "%s.metricSpec", where);
    st = infext__mspec_parse(&spec, c.metric_spec ? c.metric_spec : "", at, diags);
    if (st != INFEXT_OK) return st;
    snprintf(at, sizeof(at), "%s.attributeKey", where);
    if (!*key) {
        st = config_error(diags, at, "custom metric attributeKey cannot be empty%s", "");
    } else if (has_custom(m, key)) {
        st = config_error(diags, at, "custom metric attributeKey \"%s\" is duplicated", key);
    } else {
        custom *slot = &m->customs[m->customs_len++];
        slot->spec = spec;
        slot->key = dup0(key);
        if (!slot->key) return INFEXT_ENOMEM;
        if (spec) return INFEXT_OK;
        /* at the member when it is there (""), else at the entry */
        snprintf(at, sizeof(at), c.metric_spec ? "%s.metricSpec" : "%s", where);
        return config_error(diags, at, "custom metric \"%s\" spec cannot be empty", key);
    }
    infext__mspec_free(spec);
    return st;
}

static infext_status customs_init(mapping *m, const infext__mlist *list, const char *path,
                                  infext_diags *diags)
{
    if (!list->items || !list->len) return INFEXT_OK;
    m->customs = infext__calloc(list->len, sizeof(custom));
    if (!m->customs) return INFEXT_ENOMEM;
    infext_status result = INFEXT_OK;
    for (size_t i = 0; i < list->len; i++) {
        infext_status st = custom_add(m, list->items, i, path, diags);
        if (st == INFEXT_ENOMEM) return st;
        if (st != INFEXT_OK) result = st;
    }
    return result;
}

/* Build a mapping from decoded settings; `path` is where the entry stands. */
static infext_status mapping_init(mapping *m, const infext__mengine_settings *e, const char *path,
                                  bool builtin, infext_diags *diags)
{
    memset(m, 0, sizeof(*m));
    const char *texts[ROLE_COUNT] = {e->queued,     e->running, e->kv_usage,   NULL,
                                     e->lora,       e->cache_info, e->block_size, e->num_blocks};
    if (builtin && strcmp(e->name, "vllm") == 0) texts[ROLE_KV_OLDER] = VLLM_OLDER_KV_SPEC;
    infext_status result = INFEXT_OK;
    char where[320];
    for (size_t r = 0; r < ROLE_COUNT; r++) {
        if (!texts[r]) continue;
        snprintf(where, sizeof(where), "%s.%s", path, role_keys[r]);
        infext_status st = infext__mspec_parse(&m->specs[r], texts[r], where, diags);
        if (st == INFEXT_ENOMEM) return st;
        if (st != INFEXT_OK) result = st;
    }
    m->engine = dup0(e->name);
    m->block_size_label = dup0(e->block_size_label ? e->block_size_label : "block_size");
    m->num_blocks_label = dup0(e->num_blocks_label ? e->num_blocks_label : "num_gpu_blocks");
    if (!m->engine || !m->block_size_label || !m->num_blocks_label) return INFEXT_ENOMEM;
    infext_status st = customs_init(m, &e->custom_metrics, path, diags);
    return st == INFEXT_OK ? result : st;
}

static size_t find_map(const infext_metrics_extractor *x, const char *engine)
{
    for (size_t i = 0; i < x->maps_len; i++)
        if (strcmp(x->maps[i].engine, engine) == 0) return i;
    return SIZE_MAX;
}

static infext_status config_error(infext_diags *diags, const char *path, const char *fmt,
                                  const char *arg)
{
    infext_status st = infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, path,
                                         0, 0, fmt, arg);
    return st == INFEXT_ENOMEM ? st : INFEXT_ECONFIG;
}

/* The configured engines, in order. */
static infext_status add_configured(infext_metrics_extractor *x, const infext__mlist *list,
                                    const char *path, infext_diags *diags)
{
    infext_status result = INFEXT_OK;
    char index[24], where[256];
    for (size_t i = 0; i < list->len; i++) {
        snprintf(index, sizeof(index), "%zu", i);
        snprintf(where, sizeof(where), "%s.engineConfigs[%zu]", path, i);
        infext_params *item = NULL;
        infext_status st = infext_params_get_object(&item, list->items, index);
        if (st == INFEXT_ENOMEM) return st;
        if (st != INFEXT_OK) {
            result = INFEXT_ECONFIG;
            continue;
        }
        infext__mengine_settings e;
        memset(&e, 0, sizeof(e));
        st = infext__mparams_decode(&e, "engineConfigs", where, item, diags);
        if (st == INFEXT_ENOMEM) return st;
        if (st != INFEXT_OK) {
            result = st;
            continue;
        }
        char name_path[280];
        snprintf(name_path, sizeof(name_path), "%s.name", where);
        if (!e.name || !*e.name) {
            st = config_error(diags, name_path, "engine config name cannot be empty%s", "");
        } else if (strcmp(e.name, RESERVED_ENGINE) == 0) {
            st = config_error(diags, name_path, "engine config name cannot be \"%s\" (reserved)",
                              RESERVED_ENGINE);
        } else if (find_map(x, e.name) != SIZE_MAX) {
            st = config_error(diags, name_path, "engine \"%s\" is configured more than once",
                              e.name);
        } else {
            st = mapping_init(&x->maps[x->maps_len], &e, where, false, diags);
            x->maps_len++; /* counted even when partly built, so it is freed */
        }
        if (st == INFEXT_ENOMEM) return st;
        if (st != INFEXT_OK) result = st;
    }
    return result;
}

INFEXT_API infext_status infext_metrics_extractor_new(infext_metrics_extractor **out,
                                                      const char *name, const char *params_json,
                                                      const char *path, infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (!path) path = "parameters";
    infext_params *params = NULL;
    infext_status st = infext_params_parse(&params, params_json, path, diags);
    if (st != INFEXT_OK) return st;
    infext__mextractor_settings set = {"llm-d.ai/engine-type", "vllm", {NULL, 0}};
    st = infext__mparams_decode(&set, INFEXT__METRICS_EXTRACTOR_TYPE, path, params, diags);
    size_t nbuiltin = sizeof(builtin_engines) / sizeof(builtin_engines[0]);
    infext_metrics_extractor *x = infext__calloc(1, sizeof(*x));
    if (x) x->maps = infext__calloc(set.engine_configs.len + nbuiltin, sizeof(mapping));
    if (!x || !x->maps) {
        infext_metrics_extractor_free(x);
        infext_params_free(params);
        return INFEXT_ENOMEM;
    }
    if (st == INFEXT_OK && set.engine_configs.items)
        st = add_configured(x, &set.engine_configs, path, diags);
    infext_status fin = infext_params_finish(params);
    if (st == INFEXT_OK) st = fin;
    for (size_t i = 0; st == INFEXT_OK && i < nbuiltin; i++) {
        if (find_map(x, builtin_engines[i].name) != SIZE_MAX) continue;
        st = mapping_init(&x->maps[x->maps_len], &builtin_engines[i], "", true, diags);
        x->maps_len++;
    }
    x->name = dup0(name ? name : INFEXT__METRICS_EXTRACTOR_TYPE);
    x->label_key = dup0(*set.engine_label_key ? set.engine_label_key : "llm-d.ai/engine-type");
    x->default_engine = dup0(*set.default_engine ? set.default_engine : "vllm");
    if (st == INFEXT_OK && (!x->name || !x->label_key || !x->default_engine)) st = INFEXT_ENOMEM;
    if (st == INFEXT_OK) {
        x->default_map = find_map(x, x->default_engine);
        if (x->default_map == SIZE_MAX) {
            char where[256];
            snprintf(where, sizeof(where), "%s.defaultEngine", path);
            st = config_error(diags, where, "defaultEngine \"%s\" is not among the engines",
                              x->default_engine);
        }
    }
    infext_params_free(params);
    if (st != INFEXT_OK) {
        infext_metrics_extractor_free(x);
        return st;
    }
    *out = x;
    return INFEXT_OK;
}

INFEXT_API const char *infext_metrics_extractor_get_name(const infext_metrics_extractor *x)
{
    return x ? x->name : "";
}

INFEXT_API size_t infext_metrics_extractor_engines_count(const infext_metrics_extractor *x)
{
    return x ? x->maps_len : 0;
}

INFEXT_API const char *infext_metrics_extractor_engine_name_at(const infext_metrics_extractor *x,
                                                               size_t index)
{
    return x && index < x->maps_len ? x->maps[index].engine : NULL;
}

static const mapping *mapping_for(const infext_metrics_extractor *x, const infext_endpoint *ep)
{
    const char *engine = infext_endpoint_get_label(ep, x->label_key);
    if (!engine || !*engine) engine = infext_endpoint_get_label(ep, LEGACY_ENGINE_LABEL);
    size_t i = engine && *engine ? find_map(x, engine) : SIZE_MAX;
    return &x->maps[i == SIZE_MAX ? x->default_map : i];
}

INFEXT_API const char *infext_metrics_extractor_engine_for(const infext_metrics_extractor *x,
                                                           const infext_endpoint *ep)
{
    return x && ep ? mapping_for(x, ep)->engine : NULL;
}

/* ------------------------------------------------------------ a page -- */

typedef struct best {
    bool seen_name; /* a sample of the spec's name was on the page */
    bool found;
    double key; /* what "newest" compares: timestamp, or value for LoRA */
    double value;
    const char *text; /* the winning line */
    size_t text_len;
    unsigned int line;
} best;

typedef struct run {
    const mapping *map;
    best best[ROLE_COUNT];
    best *customs; /* one per custom metric of the mapping */
} run;

typedef struct runs {
    run *items;
    size_t len;
} runs;

/* Keep sample s in b when it matches spec and beats b: the newest (by
 * timestamp), or for `by_value` the largest value. */
static void consider(best *b, const infext__mspec *spec, const infext_metrics_sample *s,
                     bool by_value)
{
    if (!spec || spec->name[0] != s->name[0] || strcmp(spec->name, s->name) != 0) return;
    b->seen_name = true;
    if (!infext__mspec_matches(spec, s)) return;
    double key = by_value ? s->value : (double)(s->has_timestamp ? s->timestamp : 0);
    if (!(key > (b->found ? b->key : -1.0))) return;
    *b = (best){true, true, key, s->value, s->text, s->text_len, s->line};
}

static infext_status on_sample(void *ctx, const infext_metrics_sample *s)
{
    runs *rs = ctx;
    for (size_t i = 0; i < rs->len; i++) {
        run *r = &rs->items[i];
        for (size_t k = 0; k < ROLE_COUNT; k++)
            consider(&r->best[k], r->map->specs[k], s, k == ROLE_LORA);
        for (size_t j = 0; j < r->map->customs_len; j++)
            consider(&r->customs[j], r->map->customs[j].spec, s, false);
    }
    return INFEXT_OK;
}

typedef struct apply {
    const mapping *map;
    infext_metrics_parser *parser;
    infext_endpoint *ep;
    infext_diags *diags;
    int problems;
    bool updated;
    infext_status oom;
} apply;

static void warn(apply *a, const char *what, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* A warning at `engine.what`. */
static void warn(apply *a, const char *what, const char *fmt, ...)
{
    char path[192];
    snprintf(path, sizeof(path), "%s.%s", a->map->engine, what);
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof(message), fmt, ap);
    va_end(ap);
    a->problems++;
    if (infext__diag_addf(a->diags, INFEXT_SEVERITY_WARNING, INFEXT_ERR_INVALID, path, 0, 0, "%s",
                          message) == INFEXT_ENOMEM)
        a->oom = INFEXT_ENOMEM;
}

/* The winner of role k, or NULL after saying why there is none. */
static const best *found(apply *a, const best *b, const infext__mspec *spec, const char *what)
{
    if (b->found) return b;
    if (!b->seen_name)
        warn(a, what, "metric family \"%s\" not found", spec->name);
    else
        warn(a, what, "no sample of \"%s\" matches the spec \"%s\"", spec->name, spec->text);
    return NULL;
}

static const best *winner(apply *a, const best *b, role k)
{
    return found(a, b, a->map->specs[k], role_keys[k]);
}

/* A value as the text format writes it (NaN, +Inf, -Inf, %g). */
static const char *value_text(char *buf, size_t cap, double v)
{
    if (isnan(v)) return "NaN";
    if (isinf(v)) return v > 0 ? "+Inf" : "-Inf";
    snprintf(buf, cap, "%g", v);
    return buf;
}

/* Go's int(float64) for values that have one. */
static bool to_count(apply *a, role k, double v, int64_t *out)
{
    if (!isfinite(v) || v >= 9.2233720368547758e18 || v < -9.2233720368547758e18) {
        char text[48];
        warn(a, role_keys[k], "value %s of \"%s\" is not a usable count", value_text(text, sizeof(text), v),
             a->map->specs[k]->name);
        return false;
    }
    *out = (int64_t)v;
    return true;
}

/* strconv.Atoi */
static bool atoi_go(const char *s, int64_t *out)
{
    size_t i = 0;
    int neg = 0;
    if (s[0] == '+' || s[0] == '-') neg = s[i++] == '-';
    if (!s[i]) return false;
    int64_t v = 0;
    for (; s[i]; i++) {
        if (s[i] < '0' || s[i] > '9' || v > (INT64_MAX - 9) / 10) return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = neg ? -v : v;
    return true;
}

/* The sample of a winning line again, for its labels. */
static bool winning_sample(apply *a, const best *b, infext_metrics_sample *s)
{
    if (infext__metrics_reparse(s, a->parser, b->text, b->text_len, b->line) == 0) return true;
    a->oom = INFEXT_ENOMEM; /* the line parsed once; only growing scratch can fail */
    return false;
}

static void set_int_label(apply *a, role k, const infext_metrics_sample *s, const char *label,
                          infext_status (*set)(infext_endpoint *, int64_t))
{
    const char *v = infext_metrics_sample_label(s, label);
    int64_t n;
    if (!v || !*v) return;
    if (atoi_go(v, &n)) set(a->ep, n);
    else
        warn(a, role_keys[k], "label \"%s\" of \"%s\" must be an integer, found \"%s\"", label, s->name, v);
}

/* "a, b,,c" -> adapters a, b, c */
static void add_adapters(apply *a, const char *csv,
                         infext_status (*add)(infext_endpoint *, const char *))
{
    char name[256];
    while (csv && *csv) {
        const char *comma = strchr(csv, ',');
        size_t n = comma ? (size_t)(comma - csv) : strlen(csv);
        const char *s = csv, *e = csv + n;
        while (s < e && (*s == ' ' || *s == '\t' || *s == '\n')) s++;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n')) e--;
        if (e > s && (size_t)(e - s) < sizeof(name)) {
            memcpy(name, s, (size_t)(e - s));
            name[e - s] = '\0';
            if (add(a->ep, name) == INFEXT_ENOMEM) a->oom = INFEXT_ENOMEM;
        }
        csv = comma ? comma + 1 : NULL;
    }
}

static void apply_lora(apply *a, const best *b)
{
    infext_metrics_sample s;
    if (!winning_sample(a, b, &s)) return;
    infext_endpoint_clear_active_models(a->ep);
    infext_endpoint_clear_waiting_models(a->ep);
    add_adapters(a, infext_metrics_sample_label(&s, "running_lora_adapters"),
                 infext_endpoint_add_active_model);
    add_adapters(a, infext_metrics_sample_label(&s, "waiting_lora_adapters"),
                 infext_endpoint_add_waiting_model);
    set_int_label(a, ROLE_LORA, &s, "max_lora", infext_endpoint_set_max_active_models);
    a->updated = true;
}

static void apply_cache_info(apply *a, const best *b)
{
    infext_metrics_sample s;
    if (!winning_sample(a, b, &s)) return;
    infext_endpoint_set_cache_block_size(a->ep, 0); /* as upstream: the block count is kept */
    set_int_label(a, ROLE_CACHE_INFO, &s, a->map->block_size_label,
                  infext_endpoint_set_cache_block_size);
    set_int_label(a, ROLE_CACHE_INFO, &s, a->map->num_blocks_label,
                  infext_endpoint_set_cache_num_gpu_blocks);
    a->updated = true;
}

static void apply_count(apply *a, const best *bests, role k,
                        infext_status (*set)(infext_endpoint *, int64_t))
{
    if (!a->map->specs[k]) return;
    const best *b = winner(a, &bests[k], k);
    int64_t n;
    if (b && to_count(a, k, b->value, &n)) {
        set(a->ep, n);
        a->updated = true;
    }
}

static void apply_kv(apply *a, const best *bests)
{
    role k = ROLE_KV;
    /* the built-in vllm mapping: the older name when the page has no newer one */
    if (a->map->specs[ROLE_KV_OLDER] && !bests[ROLE_KV].seen_name && bests[ROLE_KV_OLDER].seen_name)
        k = ROLE_KV_OLDER;
    if (!a->map->specs[k]) return;
    const best *b = winner(a, &bests[k], k);
    if (!b) return;
    if (infext_endpoint_set_kv_cache_usage(a->ep, b->value) != INFEXT_OK) {
        char text[48];
        warn(a, role_keys[k], "value %s of \"%s\" is not a usage between 0 and 1",
             value_text(text, sizeof(text), b->value), a->map->specs[k]->name);
        return;
    }
    a->updated = true;
}

/* A custom metric: its value, as a double, in the endpoint's attribute
 * (replacing the previous one; left as it was when the page has none). */
static void apply_custom(apply *a, const run *r, size_t j)
{
    const custom *c = &r->map->customs[j];
    char what[64];
    snprintf(what, sizeof(what), "customMetrics[%zu]", j);
    const best *b = found(a, &r->customs[j], c->spec, what);
    if (!b) return;
    double *value = infext__malloc(sizeof(*value));
    if (!value) {
        a->oom = INFEXT_ENOMEM;
        return;
    }
    *value = b->value;
    if (infext_endpoint_set_attribute(a->ep, c->key, value, infext__free) != INFEXT_OK) {
        infext__free(value);
        a->oom = INFEXT_ENOMEM;
        return;
    }
    a->updated = true;
}

/* Turn one extractor's winners into endpoint metrics. */
static infext_status apply_run(const run *r, infext_metrics_parser *parser, infext_endpoint *ep,
                               int64_t now_ns, infext_diags *diags)
{
    apply a = {r->map, parser, ep, diags, 0, false, INFEXT_OK};
    const best *b = r->best;
    apply_count(&a, b, ROLE_QUEUE, infext_endpoint_set_waiting_queue_size);
    apply_count(&a, b, ROLE_RUNNING, infext_endpoint_set_running_requests);
    apply_kv(&a, b);
    if (r->map->specs[ROLE_LORA]) {
        const best *w = winner(&a, &b[ROLE_LORA], ROLE_LORA);
        if (w) apply_lora(&a, w);
    }
    if (r->map->specs[ROLE_CACHE_INFO]) {
        const best *w = winner(&a, &b[ROLE_CACHE_INFO], ROLE_CACHE_INFO);
        if (w) apply_cache_info(&a, w);
    }
    apply_count(&a, b, ROLE_BLOCK_SIZE, infext_endpoint_set_cache_block_size);
    apply_count(&a, b, ROLE_NUM_BLOCKS, infext_endpoint_set_cache_num_gpu_blocks);
    for (size_t j = 0; j < r->map->customs_len; j++) apply_custom(&a, r, j);
    if (a.updated) infext_endpoint_set_update_time(ep, now_ns);
    if (a.oom != INFEXT_OK) return a.oom;
    return a.problems ? INFEXT_ENOTFOUND : INFEXT_OK;
}

static int64_t clock_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Parse once, feed every extractor, then apply each. */
infext_status infext__metrics_run(const infext_metrics_extractor *const *xs, size_t n,
                                  infext_metrics_parser *parser, infext_endpoint *ep,
                                  const char *data, size_t len, int64_t now_ns,
                                  infext_diags *diags)
{
    if (!parser || !ep || (!data && len)) return INFEXT_EINVAL;
    size_t ncustom = 0;
    for (size_t i = 0; i < n; i++) ncustom += mapping_for(xs[i], ep)->customs_len;
    runs rs = {infext__metrics_parser_slots(parser, (n ? n : 1) * sizeof(run) + ncustom * sizeof(best)),
               n};
    if (!rs.items) return INFEXT_ENOMEM;
    best *customs = (best *)(void *)(rs.items + n);
    for (size_t i = 0; i < n; i++) {
        memset(&rs.items[i], 0, sizeof(run));
        rs.items[i].map = mapping_for(xs[i], ep);
        rs.items[i].customs = customs;
        memset(customs, 0, rs.items[i].map->customs_len * sizeof(best));
        customs += rs.items[i].map->customs_len;
    }
    infext_status st = infext_metrics_parse(parser, data, len, n ? on_sample : NULL, &rs, diags);
    if (st != INFEXT_OK) return st;
    if (!now_ns) now_ns = clock_now();
    infext_status result = INFEXT_OK;
    for (size_t i = 0; i < n; i++) {
        st = apply_run(&rs.items[i], parser, ep, now_ns, diags);
        if (st == INFEXT_ENOMEM) return st;
        if (result == INFEXT_OK) result = st;
    }
    return result;
}

INFEXT_API infext_status infext_metrics_extractor_update(const infext_metrics_extractor *x,
                                                         infext_metrics_parser *parser,
                                                         infext_endpoint *ep, const char *data,
                                                         size_t len, int64_t now_ns,
                                                         infext_diags *diags)
{
    if (!x) return INFEXT_EINVAL;
    return infext__metrics_run(&x, 1, parser, ep, data, len, now_ns, diags);
}
