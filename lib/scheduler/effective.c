/* The effective config: what the endpoint picker's loader would run, as
 * the loader of the config's dialect fills it in (GIE v1.2.0, v1.4.0 and
 * v1.5.0 pkg/epp/config/loader/defaults.go, llm-d-router v0.10.0 the same
 * file) — the builder in check mode decides the scheduling layer (default
 * profile, profile handler, pickers, weights), this file writes its
 * decisions back into the config and adds what each loader adds beyond
 * it:
 *
 *   gie-v1.0     nothing (GIE v1.2.0: its first phase, the saturation
 *                detector's thresholds, is infext_default()'s)
 *   gie-v1.3     the flow-control ordering and fairness policies (GIE v1.4.0,
 *                the newest release of the dialect; v1.3 added nothing)
 *   gie-v1.5     those two and the usage-limit policy; `parser` (default
 *                openai-parser) and its plugin; the saturation detector
 *                (default utilization-detector) and its plugin; unless
 *                `dataLayer` is given or the enableLegacyMetrics gate is on,
 *                the metrics source and extractor and a data layer using them
 *   llm-d-v0.10  the three policies; `requestHandler.parsers` (default
 *                openai-parser, anthropic-parser, vllmhttp-parser) and a
 *                plugin for each parser not declared;
 *                `flowControl.saturationDetector` as GIE v1.5's; unless
 *                `dataLayer.injectDefaults` is false or a source already
 *                refers to metrics-data-source, the metrics source and
 *                extractor and one more source using them
 *   heimdall     nothing: its reference (no loader source is public) names
 *                no plugin or member its loader adds
 *
 * A plugin the loader adds is named after its type, and only added when no
 * plugin has that name. */
#include "scheduler/sched.h"

#include "infext/epc.h"
#include "infext/types.h"
#include "types/schema.h"
#include "util/diag.h"

#include <stdio.h>
#include <string.h>

#define CONFIG_ROLES (INFEXT_ROLE_FILTER | INFEXT_ROLE_SCORER | INFEXT_ROLE_PICKER)

/* Append a reference to plugin `pi` to `prof` (weight 1 for a scorer). */
static infext_status add_ref(infext_v1alpha1_scheduling_profile *prof, const infext__sched_plugin *pl)
{
    infext_v1alpha1_scheduling_plugin *ref = NULL;
    infext_status st = infext_v1alpha1_scheduling_profile_plugins_append(&ref, prof);
    if (st == INFEXT_OK) st = infext_v1alpha1_scheduling_plugin_set_plugin_ref(ref, pl->name);
    if (st == INFEXT_OK && (pl->type->vt.roles & INFEXT_ROLE_SCORER))
        st = infext_v1alpha1_scheduling_plugin_set_weight(ref, 1.0);
    return st;
}

static bool configured(const infext__sched_builder *b, size_t pi)
{
    for (size_t i = 0; i < b->cfg_plugins_len; i++)
        if (b->cfg_plugins[i] == pi) return true;
    return false;
}

/* Write the builder's additions into `config`. */
static infext_status write_back(const infext__epc_view *config,
                                const infext__sched_builder *b, size_t profiles_in_config)
{
    const infext_scheduler *s = b->sched;
    infext_status st = INFEXT_OK;
    if (profiles_in_config == 0 && s->profiles_len == 1) {
        /* the `default` profile: every filter, scorer and picker, in config order */
        infext_v1alpha1_scheduling_profile *prof = NULL;
        st = infext__epc_profile_append(&prof, config);
        if (st == INFEXT_OK) st = infext_v1alpha1_scheduling_profile_set_name(prof, s->profiles[0].name);
        for (size_t i = 0; st == INFEXT_OK && i < b->cfg_plugins_len; i++) {
            size_t pi = b->cfg_plugins[i];
            if (pi != SIZE_MAX && (s->plugins[pi].type->vt.roles & CONFIG_ROLES))
                st = add_ref(prof, &s->plugins[pi]);
        }
    }
    /* the plugins the loader adds: handler, picker, default producers */
    for (size_t pi = 0; st == INFEXT_OK && pi < s->plugins_len; pi++) {
        if (configured(b, pi)) continue;
        infext_v1alpha1_plugin_spec *spec = NULL;
        st = infext__epc_plugin_append(&spec, config);
        if (st == INFEXT_OK) st = infext_v1alpha1_plugin_spec_set_name(spec, s->plugins[pi].name);
        if (st == INFEXT_OK) st = infext_v1alpha1_plugin_spec_set_type(spec, s->plugins[pi].type->name);
    }
    /* per profile: scorer weights, and the picker */
    size_t profiles = profiles_in_config ? profiles_in_config : 1; /* with the default one */
    for (size_t i = 0; st == INFEXT_OK && i < profiles && i < s->profiles_len; i++) {
        infext_v1alpha1_scheduling_profile *prof = infext__epc_profile_at(config, i);
        bool has_picker = false;
        size_t nr = infext_v1alpha1_scheduling_profile_plugins_count(prof);
        for (size_t j = 0; st == INFEXT_OK && j < nr; j++) {
            infext_v1alpha1_scheduling_plugin *ref = infext_v1alpha1_scheduling_profile_plugins_at(prof, j);
            size_t pi = infext__sched_builder_find(b, infext_v1alpha1_scheduling_plugin_get_plugin_ref(ref));
            if (pi == SIZE_MAX) continue;
            unsigned roles = s->plugins[pi].type->vt.roles;
            has_picker |= (roles & INFEXT_ROLE_PICKER) != 0;
            if ((roles & INFEXT_ROLE_SCORER) && !infext_v1alpha1_scheduling_plugin_has_weight(ref))
                st = infext_v1alpha1_scheduling_plugin_set_weight(ref, 1.0);
        }
        if (st == INFEXT_OK && !has_picker && s->profiles[i].picker != SIZE_MAX) {
            infext_v1alpha1_scheduling_plugin *ref = NULL;
            st = infext_v1alpha1_scheduling_profile_plugins_append(&ref, prof);
            if (st == INFEXT_OK)
                st = infext_v1alpha1_scheduling_plugin_set_plugin_ref(ref, s->plugins[s->profiles[i].picker].name);
        }
    }
    return st;
}

#define METRICS_SOURCE "metrics-data-source"
#define METRICS_EXTRACTOR "core-metrics-extractor"
#define UTILIZATION_DETECTOR "utilization-detector"
#define OPENAI_PARSER "openai-parser"
#define LEGACY_METRICS_GATE "enableLegacyMetrics"

/* Each accessor of the config's own kind (the two share their members). */
#define CFG_CALL(v, fn, ...)                                                                    \
    ((v)->x ? infext_v1alpha1_endpoint_picker_config_##fn((v)->x, __VA_ARGS__)                \
            : infext_llmd_v1alpha1_endpoint_picker_config_##fn((v)->l, __VA_ARGS__))
#define CFG_GET(v, fn)                                                                          \
    ((v)->x ? infext_v1alpha1_endpoint_picker_config_##fn((v)->x)                             \
            : infext_llmd_v1alpha1_endpoint_picker_config_##fn((v)->l))
#define CFG_ENSURE(out, v, fn)                                                                  \
    ((v)->x ? infext_v1alpha1_endpoint_picker_config_##fn(out, (v)->x)                        \
            : infext_llmd_v1alpha1_endpoint_picker_config_##fn(out, (v)->l))

/* Whether a plugin of the config has this name. */
static bool declared(const infext__epc_view *v, const char *name)
{
    for (size_t i = 0; name && i < infext__epc_plugins_count(v); i++) {
        const char *n = infext_v1alpha1_plugin_spec_get_name(infext__epc_plugin_at(v, i));
        if (n && !strcmp(n, name)) return true;
    }
    return false;
}

/* A plugin spec `name` of type `name`, unless a plugin has that name. */
static infext_status ensure_plugin(const infext__epc_view *v, const char *name)
{
    if (declared(v, name)) return INFEXT_OK;
    infext_v1alpha1_plugin_spec *spec = NULL;
    infext_status st = infext__epc_plugin_append(&spec, v);
    if (st == INFEXT_OK) st = infext_v1alpha1_plugin_spec_set_name(spec, name);
    if (st == INFEXT_OK) st = infext_v1alpha1_plugin_spec_set_type(spec, name);
    return st;
}

/* The flow-control policies every loader from GIE v1.4 on registers
 * (ensureFlowControlLayer): ordering, fairness and (from v1.5) usage limit. */
static infext_status default_policies(const infext__epc_view *v, bool usage_limit)
{
    infext_status st = ensure_plugin(v, "fcfs-ordering-policy");
    if (st == INFEXT_OK) st = ensure_plugin(v, "global-strict-fairness-policy");
    if (st == INFEXT_OK && usage_limit) st = ensure_plugin(v, "static-usage-limit-policy");
    return st;
}

/* ensureSaturationDetector: the detector named (utilization-detector when
 * none is), and that plugin when it is the utilization detector. */
static infext_status default_detector(const infext__epc_view *v, infext_v1alpha1_saturation_detector *sd)
{
    const char *ref = infext_v1alpha1_saturation_detector_get_plugin_ref(sd);
    infext_status st = INFEXT_OK;
    if (!ref || !*ref) st = infext_v1alpha1_saturation_detector_set_plugin_ref(sd, UTILIZATION_DETECTOR);
    ref = infext_v1alpha1_saturation_detector_get_plugin_ref(sd);
    if (st == INFEXT_OK && ref && !strcmp(ref, UTILIZATION_DETECTOR)) st = ensure_plugin(v, UTILIZATION_DETECTOR);
    return st;
}

/* A source referring to the metrics source, extracting with the core
 * extractor, appended to `dl`; and those two plugins. */
static infext_status add_metrics_source(const infext__epc_view *v, infext_v1alpha1_data_layer *dl)
{
    infext_status st = ensure_plugin(v, METRICS_SOURCE);
    if (st == INFEXT_OK) st = ensure_plugin(v, METRICS_EXTRACTOR);
    infext_v1alpha1_data_layer_source *src = NULL;
    infext_v1alpha1_data_layer_extractor *x = NULL;
    if (st == INFEXT_OK) st = infext_v1alpha1_data_layer_sources_append(&src, dl);
    if (st == INFEXT_OK) st = infext_v1alpha1_data_layer_source_set_plugin_ref(src, METRICS_SOURCE);
    if (st == INFEXT_OK) st = infext_v1alpha1_data_layer_source_extractors_append(&x, src);
    if (st == INFEXT_OK) st = infext_v1alpha1_data_layer_extractor_set_plugin_ref(x, METRICS_EXTRACTOR);
    return st;
}

/* GIE v1.5.0: parser, detector, data layer. */
static infext_status default_gie_v1_5(const infext__epc_view *v)
{
    infext_status st = default_policies(v, true);
    /* ensureParser: the parser (openai-parser unless named), and the
     * openai-parser plugin when no plugin has the parser's name */
    infext_v1alpha1_parser *parser = NULL;
    bool had_parser = CFG_GET(v, has_parser);
    if (st == INFEXT_OK) st = CFG_ENSURE(&parser, v, ensure_parser);
    if (st == INFEXT_OK && !had_parser) st = infext_v1alpha1_parser_set_plugin_ref(parser, OPENAI_PARSER);
    if (st == INFEXT_OK && !declared(v, infext_v1alpha1_parser_get_plugin_ref(parser)))
        st = ensure_plugin(v, OPENAI_PARSER);
    infext_v1alpha1_saturation_detector *sd = NULL;
    if (st == INFEXT_OK) st = CFG_ENSURE(&sd, v, ensure_saturation_detector);
    if (st == INFEXT_OK) st = default_detector(v, sd);
    /* ensureDataLayer: nothing with the legacy metrics gate or a data layer */
    if (st != INFEXT_OK || CFG_GET(v, has_data_layer)) return st;
    for (size_t i = 0; i < CFG_GET(v, feature_gates_count); i++)
        if (!strcmp(CFG_CALL(v, feature_gates_at, i), LEGACY_METRICS_GATE)) return INFEXT_OK;
    infext_v1alpha1_data_layer *dl = NULL;
    st = CFG_ENSURE(&dl, v, ensure_data_layer);
    return st == INFEXT_OK ? add_metrics_source(v, dl) : st;
}

/* llm-d-router v0.10.0: parsers, detector under flowControl, data layer. */
static infext_status default_llmd_v0_10(const infext__epc_view *v)
{
    static const char *const parsers[] = {OPENAI_PARSER, "anthropic-parser", "vllmhttp-parser"};
    infext_status st = default_policies(v, true);
    /* ensureParsers: the three parsers unless some are named; a plugin for
     * each one named that no plugin has the name of */
    infext_llmd_v1alpha1_request_handler *rh = NULL;
    if (st == INFEXT_OK) st = CFG_ENSURE(&rh, v, ensure_request_handler);
    size_t defaults = st == INFEXT_OK && !infext_llmd_v1alpha1_request_handler_parsers_count(rh)
                          ? sizeof parsers / sizeof parsers[0]
                          : 0;
    for (size_t i = 0; st == INFEXT_OK && i < defaults; i++) {
        infext_v1alpha1_parser *p = NULL;
        st = infext_llmd_v1alpha1_request_handler_parsers_append(&p, rh);
        if (st == INFEXT_OK) st = infext_v1alpha1_parser_set_plugin_ref(p, parsers[i]);
    }
    for (size_t i = 0; st == INFEXT_OK && i < infext_llmd_v1alpha1_request_handler_parsers_count(rh); i++) {
        const char *ref = infext_v1alpha1_parser_get_plugin_ref(infext_llmd_v1alpha1_request_handler_parsers_at(rh, i));
        if (ref && *ref) st = ensure_plugin(v, ref);
    }
    infext_v1alpha1_flow_control *fc = NULL;
    infext_v1alpha1_saturation_detector *sd = NULL;
    if (st == INFEXT_OK) st = CFG_ENSURE(&fc, v, ensure_flow_control);
    if (st == INFEXT_OK) st = infext_v1alpha1_flow_control_ensure_saturation_detector(&sd, fc);
    if (st == INFEXT_OK) st = default_detector(v, sd);
    if (st != INFEXT_OK) return st;
    /* ensureDataLayer: unless injectDefaults is false or a source refers
     * to the metrics source by name */
    infext_v1alpha1_data_layer *dl = CFG_GET(v, get_data_layer);
    bool inject = true;
    if (dl && infext_v1alpha1_data_layer_get_inject_defaults(&inject, dl) && !inject) return INFEXT_OK;
    for (size_t i = 0; dl && i < infext_v1alpha1_data_layer_sources_count(dl); i++) {
        const char *ref =
            infext_v1alpha1_data_layer_source_get_plugin_ref(infext_v1alpha1_data_layer_sources_at(dl, i));
        if (ref && !strcmp(ref, METRICS_SOURCE)) return INFEXT_OK;
    }
    st = CFG_ENSURE(&dl, v, ensure_data_layer);
    return st == INFEXT_OK ? add_metrics_source(v, dl) : st;
}

/* llm-d-router's loader adds a plugin for each parser named that no plugin
 * has the name of, of the type of that name: one of no type is an error
 * (registerDefaultPlugin), at the reference. */
static void check_parsers(infext__sched_builder *b, const infext__epc_view *v)
{
    const infext_llmd_v1alpha1_request_handler *rh = CFG_GET(v, get_request_handler);
    size_t n = rh ? infext_llmd_v1alpha1_request_handler_parsers_count(rh) : 0;
    for (size_t i = 0; i < n; i++) {
        const char *ref = infext_v1alpha1_parser_get_plugin_ref(infext_llmd_v1alpha1_request_handler_parsers_at(rh, i));
        if (!ref || !*ref || declared(v, ref) || infext__sched_registry_find(b->reg, ref)) continue;
        char path[96];
        snprintf(path, sizeof path, "requestHandler.parsers[%zu].pluginRef", i);
        infext__sched_builder_error(b, INFEXT_ERR_NOT_SUPPORTED, path,
                                    "no plugin is named \"%s\" and the registry has no plugin type of that name, "
                                    "which the loader would add%s",
                                    ref, "");
    }
}

/* What the dialect's loader adds beyond the scheduling layer. */
static infext_status default_dialect(const infext__epc_view *v, infext_epc_dialect dialect)
{
    switch (dialect) {
    case INFEXT_EPC_DIALECT_GIE_V1_3: return default_policies(v, false);
    case INFEXT_EPC_DIALECT_GIE_V1_5: return default_gie_v1_5(v);
    case INFEXT_EPC_DIALECT_LLM_D_V0_10: return default_llmd_v0_10(v);
    default: return INFEXT_OK; /* gie-v1.0: its loader adds nothing more; heimdall: its reference names nothing */
    }
}

INFEXT_API infext_status infext_scheduler_default_config(infext_object *config, infext_registry *reg,
                                                         infext_diags *diags)
{
    if (!config) return INFEXT_EINVAL;
    infext__epc_view v;
    if (infext__epc_view_of(&v, config) != 0) return INFEXT_EKIND;
    /* which loader: a config in no one dialect is no loader's */
    infext_epc_dialect dialect = INFEXT_EPC_DIALECT_UNKNOWN;
    infext_status st = infext_epc_dialect_of(&dialect, config, diags);
    if (st == INFEXT_EVALIDATION) return INFEXT_ECONFIG;
    if (st != INFEXT_OK) return st;
    /* the first phase: a plugin's name defaults to its type */
    size_t n = infext__epc_plugins_count(&v);
    for (size_t i = 0; i < n; i++) {
        infext_v1alpha1_plugin_spec *spec = infext__epc_plugin_at(&v, i);
        const char *name = infext_v1alpha1_plugin_spec_get_name(spec);
        const char *type = infext_v1alpha1_plugin_spec_get_type(spec);
        if ((!name || !*name) && type && *type) {
            st = infext_v1alpha1_plugin_spec_set_name(spec, type);
            if (st != INFEXT_OK) return st;
        }
    }
    infext__sched_builder b;
    size_t first_diag = infext_diags_count(diags);
    st = infext__sched_builder_init(&b, reg, NULL, diags);
    if (st != INFEXT_OK) return st;
    b.check = b.keep = true;
    size_t np = 0;
    st = infext__sched_feed(&b, &v, &np);
    if (st == INFEXT_OK) {
        if (dialect == INFEXT_EPC_DIALECT_LLM_D_V0_10) check_parsers(&b, &v);
        infext_scheduler *unused = NULL;
        st = infext__sched_builder_finish(&unused, &b, np);
    }
    infext__diags_locate(diags, first_diag, infext__epc_root(&v));
    if (st == INFEXT_OK) st = write_back(&v, &b, np);
    infext__sched_builder_abort(&b);
    if (st == INFEXT_OK) st = default_dialect(&v, dialect);
    return st;
}
