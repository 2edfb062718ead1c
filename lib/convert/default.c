/* infext_default: the CRDs' schema defaults, applied by one walk over the
 * descriptor tables in the order the API server's structural defaulting
 * uses, plus the EndpointPickerConfig loader's first phase, which no schema
 * describes. */
#include "convert/convert_internal.h"
#include "infext/epc.h"
#include "types/bundle_int.h"
#include "types/generated/types_gen.h"
#include "types/schema.h"
#include "util/goformat.h"

#include <stdio.h>
#include <string.h>

/* Upstream v1.2.0 saturation detector defaults (pkg/epp/saturationdetector). */
#define DEFAULT_QUEUE_DEPTH_THRESHOLD 5
#define DEFAULT_KV_CACHE_UTIL_THRESHOLD 0.8
#define DEFAULT_METRICS_STALENESS_THRESHOLD "200ms"

/* A field counts as given when it is present, or was present in the input
 * with a value of the wrong type: the API server does not default over a
 * value it found, whatever its type. */
static bool field_given(const void *obj, const infext__field *f)
{
    const infext__hdr *h = obj;
    if (infext__has(obj, f)) return true;
    return h->extra && ((h->extra->bad_type >> f->index) & 1u);
}

/* Put the schema default of `f` into `obj`; on failure (out of memory) the
 * field is left absent, not half-built. */
static infext_status apply_default(void *obj, const infext__field *f)
{
    infext_status rc = infext__default_put(obj, f, f->c->default_value);
    if (rc != INFEXT_OK) infext__clear_field(obj, f);
    return rc;
}

infext_status infext__default_struct(void *obj, uint8_t bundle_bit)
{
    const infext__struct_desc *desc = ((const infext__hdr *)obj)->desc;
    for (uint32_t i = 0; i < desc->n_fields; i++) {
        const infext__field *f = &desc->fields[i];
        if (!f->c || !f->c->default_value || field_given(obj, f) || !infext__field_in(f, bundle_bit)) continue;
        infext_status rc = apply_default(obj, f);
        if (rc != INFEXT_OK) return rc;
    }
    /* Children after their parent, so that what a default created is
     * defaulted in turn, as the API server does. */
    for (uint32_t i = 0; i < desc->n_fields; i++) {
        const infext__field *f = &desc->fields[i];
        /* a field the bundle lacks is pruned by its server: nothing below it is defaulted */
        if (!infext__has(obj, f) || !infext__field_in(f, bundle_bit)) continue;
        infext_status rc = INFEXT_OK;
        if (f->type == INFEXT__F_OBJECT) {
            rc = infext__default_struct(*INFEXT__AT(obj, f, void *), bundle_bit);
        } else if (f->type == INFEXT__F_LIST) {
            const infext__list *list = INFEXT__AT(obj, f, infext__list);
            for (size_t j = 0; j < list->len && rc == INFEXT_OK; j++)
                rc = infext__default_struct(list->items[j], bundle_bit);
        }
        if (rc != INFEXT_OK) return rc;
    }
    return INFEXT_OK;
}

/* ------------------------------------------------ EndpointPickerConfig -- */

/* The sign of a Go duration text ("0", "-1.5h", "1m30s") as the loader
 * reads it: -1, 0 or 1, or 2 for text that is not a duration, which the
 * loader rejects and which is left for validation to report. A duration
 * too large for Go's int64 keeps the sign it is written with. */
static int duration_sign(const char *s)
{
    int64_t ns = 0;
    int rc = infext__duration_parse(&ns, s);
    if (rc == -1) return 2;
    if (rc == -2) return *s == '-' ? -1 : 1;
    return ns < 0 ? -1 : ns > 0 ? 1 : 0;
}

/* The loader puts its default in place of a value it cannot use; say so,
 * where the value stands. */
static infext_status warn_replaced(infext_diags *diags, const infext_object *root, const char *field,
                                   const char *value_text, const char *default_text)
{
    char path[128];
    char message[256];
    unsigned int line = 0, column = 0;
    snprintf(path, sizeof path, "saturationDetector.%s", field);
    infext_object_path_position(&line, &column, root, path);
    snprintf(message, sizeof message,
             "%s is replaced by the default %s, as the endpoint picker's loader replaces a value it cannot use",
             value_text, default_text);
    return infext_diags_add(diags, INFEXT_SEVERITY_WARNING, INFEXT_ERR_INVALID, path, message, line, column);
}

/* The saturation detector's thresholds as upstream v1.2.0's loader reads
 * them: absent, zero or negative (and, for the KV-cache utilisation, 1 or
 * more) means the default. */
static infext_status default_saturation_detector(infext_v1alpha1_endpoint_picker_config *cfg, infext_diags *diags)
{
    const infext_object *root = infext_v1alpha1_endpoint_picker_config_as_object(cfg);
    infext_v1alpha1_saturation_detector *sd;
    infext_status rc = infext_v1alpha1_endpoint_picker_config_ensure_saturation_detector(&sd, cfg);
    if (rc != INFEXT_OK) return rc;
    /* A detector named by pluginRef (the later config format) takes its
     * thresholds from that plugin's parameters. */
    if (infext_v1alpha1_saturation_detector_has_plugin_ref(sd)) return INFEXT_OK;
    char text[64];

    int64_t depth = 0;
    bool depth_read = infext_v1alpha1_saturation_detector_get_queue_depth_threshold(&depth, sd);
    if (!field_given(sd, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_QUEUE_DEPTH_THRESHOLD) || (depth_read && depth <= 0)) {
        if (depth_read && depth < 0) {
            snprintf(text, sizeof text, "%lld", (long long)depth);
            if ((rc = warn_replaced(diags, root, "queueDepthThreshold", text, "5")) != INFEXT_OK) return rc;
        }
        rc = infext_v1alpha1_saturation_detector_set_queue_depth_threshold(sd, DEFAULT_QUEUE_DEPTH_THRESHOLD);
        if (rc != INFEXT_OK) return rc;
    }

    double util = 0;
    bool util_read = infext_v1alpha1_saturation_detector_get_kv_cache_util_threshold(&util, sd);
    if (!field_given(sd, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_KV_CACHE_UTIL_THRESHOLD) ||
        (util_read && (util <= 0.0 || util >= 1.0))) {
        if (util_read && util != 0.0) {
            snprintf(text, sizeof text, "%g", util);
            if ((rc = warn_replaced(diags, root, "kvCacheUtilThreshold", text, "0.8")) != INFEXT_OK) return rc;
        }
        rc = infext_v1alpha1_saturation_detector_set_kv_cache_util_threshold(sd, DEFAULT_KV_CACHE_UTIL_THRESHOLD);
        if (rc != INFEXT_OK) return rc;
    }

    const char *staleness = infext_v1alpha1_saturation_detector_get_metrics_staleness_threshold(sd);
    int sign = staleness ? duration_sign(staleness) : 0;
    if (!field_given(sd, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_METRICS_STALENESS_THRESHOLD) ||
        (staleness && (sign == 0 || sign == -1))) {
        if (staleness && sign == -1 &&
            (rc = warn_replaced(diags, root, "metricsStalenessThreshold", staleness, DEFAULT_METRICS_STALENESS_THRESHOLD)) !=
                INFEXT_OK)
            return rc;
        rc = infext_v1alpha1_saturation_detector_set_metrics_staleness_threshold(sd, DEFAULT_METRICS_STALENESS_THRESHOLD);
    }
    return rc;
}

static infext_status default_endpoint_picker_config(infext_v1alpha1_endpoint_picker_config *cfg, infext_diags *diags)
{
    size_t n = infext_v1alpha1_endpoint_picker_config_plugins_count(cfg);
    for (size_t i = 0; i < n; i++) {
        infext_v1alpha1_plugin_spec *plugin = infext_v1alpha1_endpoint_picker_config_plugins_at(cfg, i);
        const char *name = infext_v1alpha1_plugin_spec_get_name(plugin);
        const char *type = infext_v1alpha1_plugin_spec_get_type(plugin);
        bool unnamed = name ? !*name : !field_given(plugin, INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_NAME);
        if (type && unnamed) {
            infext_status rc = infext_v1alpha1_plugin_spec_set_name(plugin, type);
            if (rc != INFEXT_OK) return rc;
        }
    }
    /* The thresholds are the GIE v1.0 to v1.2 loaders' defaults; from v1.3
     * on they are not written into the config, and from v1.5 on the
     * saturation detector is a plugin (infext_scheduler_default_config()
     * adds what those loaders add). A config mixing dialects gets none. */
    infext_epc_dialect dialect = INFEXT_EPC_DIALECT_UNKNOWN;
    infext_status rc = infext_epc_dialect_of(&dialect, infext_v1alpha1_endpoint_picker_config_as_object(cfg), NULL);
    if (rc == INFEXT_ENOMEM) return rc;
    if (dialect != INFEXT_EPC_DIALECT_GIE_V1_0) return INFEXT_OK;
    return default_saturation_detector(cfg, diags);
}

infext_status infext__default_bundle(infext_object *obj, uint8_t bundle_bit, infext_diags *diags)
{
    infext_status rc = infext__default_struct(obj, bundle_bit);
    if (rc != INFEXT_OK) return rc;
    infext_v1alpha1_endpoint_picker_config *cfg = infext_object_as_v1alpha1_endpoint_picker_config(obj);
    return cfg ? default_endpoint_picker_config(cfg, diags) : INFEXT_OK;
}

/* The kind of a root or of a List item (whose struct is a kind's too). */
static const infext__kind_desc *kind_of(const infext_object *obj)
{
    return ((const infext__hdr *)obj)->desc->kind;
}

INFEXT_API infext_status infext_default(infext_object *obj, infext_diags *diags)
{
    if (!obj) return INFEXT_EINVAL;
    /* The newest bundle that serves the kind: the 1.0 contract, today's
     * defaults. (A struct of no kind, only reachable inside the library,
     * gets the newest bundle's.) */
    uint8_t bit = infext__bundle_bit(INFEXT_BUNDLE_NEWEST);
    uint8_t served = kind_of(obj) ? kind_of(obj)->bundles : bit;
    while (bit && !(served & bit)) bit >>= 1;
    return infext__default_bundle(obj, bit, diags);
}

INFEXT_API infext_status infext_default_options_init(infext_default_options *opts, unsigned int version)
{
    if (!opts || version != INFEXT_DEFAULT_OPTIONS_VERSION) return INFEXT_EINVAL;
    *opts = (infext_default_options)INFEXT_DEFAULT_OPTIONS_INIT;
    return INFEXT_OK;
}

INFEXT_API infext_status infext_default_with_options(infext_object *obj, const infext_default_options *opts,
                                                     infext_diags *diags)
{
    if (!obj || !kind_of(obj)) return INFEXT_EINVAL;
    if (opts && opts->version != INFEXT_DEFAULT_OPTIONS_VERSION) return INFEXT_EINVAL;
    infext_bundle bundle = opts ? opts->bundle : INFEXT_BUNDLE_NEWEST;
    infext_status rc = infext__bundle_check_kind(obj, bundle, diags);
    return rc != INFEXT_OK ? rc : infext__default_bundle(obj, infext__bundle_bit(bundle), diags);
}
