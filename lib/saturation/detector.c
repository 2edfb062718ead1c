/* Saturation detection and the admission rule. Two detectors of upstream:
 * GIE v1.2's (pkg/epp/saturationdetector: saturated when no endpoint has
 * fresh metrics under both thresholds) and GIE v1.5's utilization-detector
 * (the mean of max(queue/threshold, kv/threshold), stale endpoints scoring
 * 1; saturated at 1 or more), and requestcontrol's rule: a request with a
 * priority below 0 is dropped when the pool is saturated. */
#include "infext/saturation.h"

#include "infext/convert.h"
#include "infext/plugin.h"
#include "types/schema.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/goformat.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define DEFAULT_QUEUE_DEPTH 5
#define DEFAULT_KV_UTIL 0.8
#define DEFAULT_STALENESS_NS 200000000 /* 200ms */
#define UTILIZATION_DETECTOR_TYPE "utilization-detector"

struct infext_saturation_detector {
    infext_saturation_mode mode;
    int64_t queue_depth;
    double kv_util;
    int64_t staleness_ns;
    double headroom;
};

typedef struct judged {
    const infext_endpoint *ep;
    double score;
    unsigned int reasons;
} judged;

struct infext_saturation_report {
    infext_saturation_mode mode;
    bool saturated;
    double pool;
    judged *items;
    size_t len;
    size_t cap;
};

/* ------------------------------------------------------- construction -- */

static infext_saturation_detector *detector_defaults(void)
{
    infext_saturation_detector *d = infext__calloc(1, sizeof(*d));
    if (d)
        *d = (infext_saturation_detector){INFEXT_SATURATION_UTILIZATION, DEFAULT_QUEUE_DEPTH,
                                          DEFAULT_KV_UTIL, DEFAULT_STALENESS_NS, 0.0};
    return d;
}

static infext_status param_error(infext_diags *diags, const char *path, const char *key,
                                 const char *fmt, double value)
{
    char where[128];
    snprintf(where, sizeof(where), "%s.%s", path, key);
    infext_status st = infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, where,
                                         0, 0, fmt, value);
    return st == INFEXT_ENOMEM ? st : INFEXT_ECONFIG;
}

/* The utilization-detector's parameters (GIE v1.5 utilization/config.go),
 * decoded strictly, with its defaults and checks. */
static infext_status utilization_params(infext_saturation_detector *d, const char *json,
                                        const char *path, infext_diags *diags)
{
    infext_params *p = NULL;
    infext_status st = infext_params_parse(&p, json, path, diags);
    if (st != INFEXT_OK) return st;
    infext_status result = INFEXT_OK, r;
    int64_t depth;
    if ((r = infext_params_get_int(&depth, p, "queueDepthThreshold")) == INFEXT_OK) {
        if (depth <= 0)
            result = param_error(diags, path, "queueDepthThreshold",
                                 "queueDepthThreshold must be strictly positive, got %g",
                                 (double)depth);
        d->queue_depth = depth;
    }
    double util;
    if ((r = infext_params_get_double(&util, p, "kvCacheUtilThreshold")) == INFEXT_OK) {
        if (!(util > 0.0 && util <= 1.0))
            result = param_error(diags, path, "kvCacheUtilThreshold",
                                 "kvCacheUtilThreshold must be in (0.0, 1.0], got %g", util);
        d->kv_util = util;
    }
    const char *stale;
    if ((r = infext_params_get_string(&stale, p, "metricsStalenessThreshold")) == INFEXT_OK) {
        int64_t ns = 0;
        if (infext__duration_parse(&ns, stale) != 0 || ns <= 0) {
            char where[128];
            snprintf(where, sizeof(where), "%s.metricsStalenessThreshold", path);
            infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, where, 0, 0,
                              "metricsStalenessThreshold must be a Go duration greater than 0, "
                              "got \"%s\"",
                              stale);
            result = INFEXT_ECONFIG;
        }
        d->staleness_ns = ns;
    }
    double headroom;
    if ((r = infext_params_get_double(&headroom, p, "headroom")) == INFEXT_OK) {
        if (headroom < 0.0)
            result = param_error(diags, path, "headroom",
                                 "headroom must be a non-negative value, got %g", headroom);
        d->headroom = headroom;
    }
    st = infext_params_finish(p);
    infext_params_free(p);
    if (st != INFEXT_OK) return st;
    return result;
}

/* The inline thresholds of the v1.2 config format, defaulted by the same
 * code as infext_default() (warnings included), on a copy. */
static infext_status legacy_thresholds(infext_saturation_detector *d,
                                       const infext_v1alpha1_endpoint_picker_config *config,
                                       infext_diags *diags)
{
    infext_v1alpha1_endpoint_picker_config *copy = NULL;
    infext_status st = infext_v1alpha1_endpoint_picker_config_clone(&copy, config);
    if (st != INFEXT_OK) return st;
    st = infext_default(infext_v1alpha1_endpoint_picker_config_as_object(copy), diags);
    const infext_v1alpha1_saturation_detector *sd =
        infext_v1alpha1_endpoint_picker_config_get_saturation_detector(copy);
    if (st == INFEXT_OK && sd) {
        d->mode = INFEXT_SATURATION_LEGACY;
        infext_v1alpha1_saturation_detector_get_queue_depth_threshold(&d->queue_depth, sd);
        infext_v1alpha1_saturation_detector_get_kv_cache_util_threshold(&d->kv_util, sd);
        const char *stale = infext_v1alpha1_saturation_detector_get_metrics_staleness_threshold(sd);
        int64_t ns;
        if (stale && infext__duration_parse(&ns, stale) == 0) d->staleness_ns = ns;
    }
    infext_v1alpha1_endpoint_picker_config_free(copy);
    return st;
}

static infext_status referenced_detector(infext_saturation_detector *d,
                                         const infext_v1alpha1_endpoint_picker_config *config,
                                         const char *ref, infext_diags *diags)
{
    const char *path = "saturationDetector.pluginRef";
    size_t n = infext_v1alpha1_endpoint_picker_config_plugins_count(config);
    for (size_t i = 0; i < n; i++) {
        const infext_v1alpha1_plugin_spec *spec =
            infext_v1alpha1_endpoint_picker_config_plugins_at(config, i);
        const char *type = infext_v1alpha1_plugin_spec_get_type(spec);
        const char *name = infext_v1alpha1_plugin_spec_get_name(spec);
        if (!name || !*name) name = type;
        if (!name || strcmp(name, ref) != 0) continue;
        if (!type || strcmp(type, UTILIZATION_DETECTOR_TYPE) != 0) {
            infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_NOT_SUPPORTED, path, 0, 0,
                              "saturation detector \"%s\" has type \"%s\"; libinfext implements "
                              "\"%s\" only",
                              ref, type ? type : "", UTILIZATION_DETECTOR_TYPE);
            return INFEXT_ECONFIG;
        }
        char *json = NULL;
        infext_status st = infext_v1alpha1_plugin_spec_get_parameters_json(&json, spec);
        if (st != INFEXT_OK && st != INFEXT_ENOTFOUND) return st;
        char where[64];
        snprintf(where, sizeof(where), "plugins[%zu].parameters", i);
        st = utilization_params(d, json, where, diags);
        infext_free(json);
        return st;
    }
    /* upstream instantiates the default detector when the reference names
     * the type itself and no such plugin is configured */
    if (strcmp(ref, UTILIZATION_DETECTOR_TYPE) == 0) return INFEXT_OK;
    infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, path, 0, 0,
                      "\"%s\" is a reference to an undefined plugin", ref);
    return INFEXT_ECONFIG;
}

INFEXT_API infext_status infext_saturation_detector_new(
    infext_saturation_detector **out, const infext_v1alpha1_endpoint_picker_config *config,
    infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    infext_saturation_detector *d = detector_defaults();
    if (!d) return INFEXT_ENOMEM;
    size_t first_diag = infext_diags_count(diags);
    const infext_v1alpha1_saturation_detector *sd =
        config ? infext_v1alpha1_endpoint_picker_config_get_saturation_detector(config) : NULL;
    const char *ref = sd ? infext_v1alpha1_saturation_detector_get_plugin_ref(sd) : NULL;
    infext_status st = INFEXT_OK;
    const char *type = sd ? infext_v1alpha1_saturation_detector_get_type(sd) : NULL;
    if (type && strcmp(type, "running-requests") == 0) {
        /* Heimdall's reference names the detector's members (an ideal
         * concurrency per endpoint, how long a saturation is kept) but
         * not how it turns them into a saturation: no silent stand-in */
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_NOT_SUPPORTED, "saturationDetector.type", 0, 0,
                          "detector type \"%s\" (Heimdall) is not available: its reference does not say how "
                          "it computes saturation from maxConcurrencyPerPod; libinfext implements \"%s\"",
                          type, "utilization");
        st = INFEXT_ECONFIG;
    } else if (ref && *ref) st = referenced_detector(d, config, ref, diags);
    else if (sd) st = legacy_thresholds(d, config, diags);
    if (config) infext__diags_locate(diags, first_diag, config);
    if (st != INFEXT_OK) {
        infext__free(d);
        return st;
    }
    *out = d;
    return INFEXT_OK;
}

INFEXT_API void infext_saturation_detector_free(infext_saturation_detector *d)
{
    infext__free(d);
}

INFEXT_API infext_saturation_mode infext_saturation_detector_get_mode(
    const infext_saturation_detector *d)
{
    return d ? d->mode : INFEXT_SATURATION_UTILIZATION;
}

INFEXT_API int64_t infext_saturation_detector_get_queue_depth_threshold(
    const infext_saturation_detector *d)
{
    return d ? d->queue_depth : 0;
}

INFEXT_API double infext_saturation_detector_get_kv_cache_util_threshold(
    const infext_saturation_detector *d)
{
    return d ? d->kv_util : 0.0;
}

INFEXT_API int64_t infext_saturation_detector_get_metrics_staleness_threshold(
    const infext_saturation_detector *d)
{
    return d ? d->staleness_ns : 0;
}

INFEXT_API double infext_saturation_detector_get_headroom(const infext_saturation_detector *d)
{
    return d ? d->headroom : 0.0;
}

/* ------------------------------------------------------------- checks -- */

INFEXT_API infext_status infext_saturation_report_new(infext_saturation_report **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__calloc(1, sizeof(**out));
    if (!*out) return INFEXT_ENOMEM;
    (*out)->saturated = true;
    (*out)->pool = 1.0;
    return INFEXT_OK;
}

INFEXT_API void infext_saturation_report_free(infext_saturation_report *rep)
{
    if (!rep) return;
    infext__free(rep->items);
    infext__free(rep);
}

static void judge(judged *j, const infext_saturation_detector *d, const infext_endpoint *ep,
                  int64_t now_ns)
{
    j->ep = ep;
    j->reasons = 0;
    int64_t updated = infext_endpoint_get_update_time(ep);
    /* Go: time.Since(UpdateTime) > threshold; an unset time is long ago */
    if (updated <= 0 || now_ns - updated > d->staleness_ns) {
        j->reasons = INFEXT_SATURATED_STALE;
        j->score = 1.0;
        return;
    }
    int64_t queue = infext_endpoint_get_waiting_queue_size(ep);
    double kv = infext_endpoint_get_kv_cache_usage(ep);
    double q_ratio = (double)queue / (double)d->queue_depth;
    double kv_ratio = kv / d->kv_util;
    j->score = q_ratio > kv_ratio ? q_ratio : kv_ratio;
    if (d->mode == INFEXT_SATURATION_LEGACY) {
        if (queue > d->queue_depth) j->reasons |= INFEXT_SATURATED_QUEUE;
        if (kv > d->kv_util) j->reasons |= INFEXT_SATURATED_KV_CACHE;
    } else {
        if (q_ratio >= 1.0) j->reasons |= INFEXT_SATURATED_QUEUE;
        if (kv_ratio >= 1.0) j->reasons |= INFEXT_SATURATED_KV_CACHE;
    }
}

static int64_t clock_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

INFEXT_API infext_status infext_saturation_check(infext_saturation_report *rep,
                                                 const infext_saturation_detector *d,
                                                 infext_endpoint *const *endpoints, size_t count,
                                                 int64_t now_ns)
{
    if (!rep) return INFEXT_EINVAL;
    rep->saturated = true;
    rep->pool = 1.0;
    rep->len = 0;
    if (!d || (count && !endpoints)) return INFEXT_EINVAL;
    for (size_t i = 0; i < count; i++)
        if (!endpoints[i]) return INFEXT_EINVAL;
    judged *grown = infext__grow(rep->items, &rep->cap, count, sizeof(judged), count, SIZE_MAX);
    if (count && !grown) return INFEXT_ENOMEM;
    rep->items = grown;
    if (!now_ns) now_ns = clock_now();
    rep->mode = d->mode;
    double total = 0.0;
    bool any_capacity = false;
    for (size_t i = 0; i < count; i++) {
        judge(&rep->items[i], d, endpoints[i], now_ns);
        total += rep->items[i].score;
        any_capacity |= rep->items[i].reasons == 0;
    }
    rep->len = count;
    rep->pool = count ? total / (double)count : 1.0;
    rep->saturated = d->mode == INFEXT_SATURATION_LEGACY ? !any_capacity : rep->pool >= 1.0;
    return INFEXT_OK;
}

INFEXT_API bool infext_saturation_report_saturated(const infext_saturation_report *rep)
{
    return !rep || rep->saturated;
}

INFEXT_API double infext_saturation_report_pool_saturation(const infext_saturation_report *rep)
{
    return rep ? rep->pool : 1.0;
}

INFEXT_API infext_saturation_mode infext_saturation_report_mode(const infext_saturation_report *rep)
{
    return rep ? rep->mode : INFEXT_SATURATION_UTILIZATION;
}

INFEXT_API size_t infext_saturation_report_endpoints_count(const infext_saturation_report *rep)
{
    return rep ? rep->len : 0;
}

INFEXT_API const infext_endpoint *infext_saturation_report_endpoint_at(
    const infext_saturation_report *rep, size_t index)
{
    return rep && index < rep->len ? rep->items[index].ep : NULL;
}

INFEXT_API unsigned int infext_saturation_report_endpoint_reasons(
    const infext_saturation_report *rep, size_t index)
{
    return rep && index < rep->len ? rep->items[index].reasons : 0;
}

INFEXT_API double infext_saturation_report_endpoint_score(const infext_saturation_report *rep,
                                                          size_t index)
{
    return rep && index < rep->len ? rep->items[index].score : 0.0;
}

/* A JSON string of a name that is already known to need no escaping
 * beyond quotes and backslashes (namespaced names are DNS names). */
static void json_string(infext__buf *b, const char *s)
{
    infext__buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') infext__buf_putc(b, '\\');
        if ((unsigned char)*s < 0x20) infext__buf_printf(b, "\\u%04x", (unsigned char)*s);
        else infext__buf_putc(b, *s);
    }
    infext__buf_putc(b, '"');
}

INFEXT_API infext_status infext_saturation_report_encode_json(char **out, size_t *out_len,
                                                              const infext_saturation_report *rep)
{
    if (!out || !rep) return INFEXT_EINVAL;
    *out = NULL;
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_printf(&b, "{\"mode\":\"%s\",\"saturated\":%s,\"poolSaturation\":%g,\"endpoints\":[",
                       rep->mode == INFEXT_SATURATION_LEGACY ? "legacy" : "utilization",
                       rep->saturated ? "true" : "false", rep->pool);
    static const struct {
        unsigned int bit;
        const char *name;
    } reasons[] = {{INFEXT_SATURATED_STALE, "stale"},
                   {INFEXT_SATURATED_QUEUE, "queue"},
                   {INFEXT_SATURATED_KV_CACHE, "kvCache"}};
    for (size_t i = 0; i < rep->len; i++) {
        infext__buf_puts(&b, i ? ",{\"name\":" : "{\"name\":");
        json_string(&b, infext_endpoint_get_namespaced_name(rep->items[i].ep));
        infext__buf_printf(&b, ",\"score\":%g,\"saturatedBy\":[", rep->items[i].score);
        const char *sep = "";
        for (size_t r = 0; r < 3; r++) {
            if (!(rep->items[i].reasons & reasons[r].bit)) continue;
            infext__buf_printf(&b, "%s\"%s\"", sep, reasons[r].name);
            sep = ",";
        }
        infext__buf_puts(&b, "]}");
    }
    infext__buf_puts(&b, "]}");
    *out = infext__buf_detach(&b, out_len);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

/* ---------------------------------------------------------- admission -- */

INFEXT_API bool infext_request_is_sheddable(const infext_request *req)
{
    int32_t priority;
    return infext_request_get_priority(&priority, req) && priority < 0;
}

INFEXT_API infext_admission infext_saturation_admit(const infext_saturation_report *rep,
                                                    const infext_request *req)
{
    if (infext_request_is_sheddable(req) && infext_saturation_report_saturated(rep))
        return INFEXT_ADMISSION_SHED;
    return INFEXT_ADMISSION_ADMIT;
}

/* ------------------------------------------- as a plugin type (v1.5) -- */

/* The config names its detector as a plugin instance; the scheduler only
 * checks the parameters (the detector itself is built by
 * infext_saturation_detector_new() from the same config). */
static infext_status utilization_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    infext_saturation_detector probe = {0};
    return utilization_params(&probe, args->parameters_json,
                              args->path ? args->path : "parameters", args->diags);
}

static void utilization_destroy(void *state)
{
    (void)state;
}

const infext_plugin_type infext__saturation_utilization_type = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = UTILIZATION_DETECTOR_TYPE,
    .roles = 0,
    .create = utilization_create,
    .destroy = utilization_destroy,
};
