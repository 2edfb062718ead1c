/* EndpointPickerConfig: what the endpoint picker's config loader checks
 * (upstream v1.2.0 pkg/epp/config/loader: names, references, feature
 * gates), and beyond it what would only fail later at run time: weights,
 * durations, quantities, band priorities. There is no CRD, so the messages
 * are ours, in the API server's form. */
#include "validate/validate_int.h"
#include "validate/epc_dialect.h"
#include "types/generated/types_gen.h"
#include "util/quantity.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Upstream v1.2.0 registers these two (cmd/epp/runner/runner.go); a config
 * of a known dialect is held to that dialect's gates (schema.yaml). */
static const char *const known_gates[] = {"dataLayer", "flowControl", NULL};

#define HAS(obj, FIELD) ((obj) && infext__has((obj), INFEXT__FIELD_##FIELD))

bool infext__vis_quantity(const char *s)
{
    infext__quantity q;
    return infext__quantity_parse(&q, s) == INFEXT__QTY_OK;
}

static void check_quantity(infext__vctx *ctx, const char *name, const char *value)
{
    if (!value) return;
    infext__quantity q;
    infext__qty_status err = infext__quantity_parse(&q, value);
    if (err == INFEXT__QTY_OK) return;
    size_t mark = infext__vpath_field(ctx, name, strlen(name));
    if (err == INFEXT__QTY_EFORMAT)
        infext__vreport_str(ctx, INFEXT_ERR_INVALID, value,
                            "quantities must match the regular expression "
                            "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    else
        infext__vreport_str(ctx, INFEXT_ERR_INVALID, value, "unable to parse quantity's suffix");
    infext__vpath_pop(ctx, mark);
}

typedef struct epc_ctx {
    infext__vctx *v;
    const infext_v1alpha1_endpoint_picker_config *cfg;
    /* the dialect the config is written in; NULL when it mixes dialects */
    const infext__epc_dialect_desc *dialect;
    /* checking requestHandler.parsers, whose loader adds any parser named */
    bool in_request_handler;
} epc_ctx;

/* Both kinds of config are checked through the x-k8s.io layout: the schema
 * gives them the same members in the same order. */
_Static_assert(sizeof(struct infext_llmd_v1alpha1_endpoint_picker_config) ==
                       sizeof(struct infext_v1alpha1_endpoint_picker_config) &&
                   offsetof(struct infext_llmd_v1alpha1_endpoint_picker_config, request_handler) ==
                       offsetof(struct infext_v1alpha1_endpoint_picker_config, request_handler) &&
                   offsetof(struct infext_llmd_v1alpha1_endpoint_picker_config, data) ==
                       offsetof(struct infext_v1alpha1_endpoint_picker_config, data),
               "the two EndpointPickerConfig kinds must share one layout");

/* Whether the config's dialect (all of them for a mixed config) registers the gate. */
static bool gate_known(const epc_ctx *e, const char *gate)
{
    size_t len = infext__epc_gate_name_len(gate);
    if (e->dialect) return infext__epc_gate_registered(e->dialect, gate, len) && (!gate[len] ||
           e->dialect->dialect == INFEXT_EPC_DIALECT_LLM_D_V0_10);
    for (size_t i = 0; i < infext__n_epc_dialects; i++)
        if (infext__epc_gate_registered(&infext__epc_dialects[i], gate, len)) return true;
    return false;
}

static const char *plugin_name(const infext_v1alpha1_plugin_spec *p)
{
    if (HAS(p, V1ALPHA1_PLUGIN_SPEC_NAME) && p->name && *p->name) return p->name;
    return HAS(p, V1ALPHA1_PLUGIN_SPEC_TYPE) ? p->type : NULL;
}

static bool plugin_declared(const epc_ctx *e, const char *ref)
{
    const infext__list *l = &e->cfg->plugins;
    for (size_t i = 0; i < l->len; i++) {
        const char *name = plugin_name(l->items[i]);
        if (name && !strcmp(name, ref)) return true;
    }
    return false;
}

/* A pluginRef field (present or not) below the current path. */
/* Whether the loader adds a plugin named `ref` when none is declared, so
 * that a reference to it at `f` is good (upstream checks references after
 * adding its defaults): the saturation detector (GIE v1.5, llm-d-router),
 * the parser (GIE v1.5's `parser`: openai-parser; llm-d-router's
 * `requestHandler.parsers`: any parser named, of the type of that name,
 * of which its default ones are known here) and the flow-control policies
 * (GIE v1.4 on). */
static bool loader_adds(const epc_ctx *e, const infext__field *f, const char *ref)
{
    static const char *const llmd_parsers[] = {"openai-parser", "anthropic-parser", "vllmhttp-parser", NULL};
    static const char *const gie_parser[] = {"openai-parser", NULL};
    static const char *const detector[] = {"utilization-detector", NULL};
    static const char *const fairness[] = {"global-strict-fairness-policy", NULL};
    static const char *const ordering[] = {"fcfs-ordering-policy", NULL};
    static const char *const usage_limit[] = {"static-usage-limit-policy", NULL};
    const char *const *names = NULL;
    if (f == INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_PLUGIN_REF) names = detector;
    else if (f == INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_FAIRNESS_POLICY_REF) names = fairness;
    else if (f == INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_ORDERING_POLICY_REF) names = ordering;
    else if (f == INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_USAGE_LIMIT_POLICY_PLUGIN_REF) names = usage_limit;
    else if (f == INFEXT__FIELD_V1ALPHA1_PARSER_PLUGIN_REF) names = e->in_request_handler ? llmd_parsers : gie_parser;
    for (; names && *names; names++)
        if (!strcmp(*names, ref)) return true;
    return false;
}

static void check_ref(epc_ctx *e, const void *obj, const infext__field *f)
{
    if (!obj || !infext__has(obj, f)) return;
    const char *ref = *INFEXT__CAT(obj, f, char *);
    if (!ref || plugin_declared(e, ref) || loader_adds(e, f, ref)) return;
    size_t mark = infext__vpath_field(e->v, f->json, f->json_len);
    infext__vreport_str(e->v, INFEXT_ERR_INVALID, ref, "no plugin of this name is declared in plugins");
    infext__vpath_pop(e->v, mark);
}

static void check_names(epc_ctx *e)
{
    const infext__list *l = &e->cfg->plugins;
    size_t mark = infext__vpath_field(e->v, "plugins", 7);
    for (size_t i = 0; i < l->len; i++) {
        const char *name = plugin_name(l->items[i]);
        if (!name) continue;
        for (size_t j = 0; j < i; j++) {
            const char *other = plugin_name(l->items[j]);
            if (!other || strcmp(name, other)) continue;
            size_t item = infext__vpath_index(e->v, i);
            size_t leaf = infext__vpath_field(e->v, "name", 4);
            infext__vreport_str(e->v, INFEXT_ERR_DUPLICATE, name, "%s", "");
            infext__vpath_pop(e->v, leaf);
            infext__vpath_pop(e->v, item);
            break;
        }
    }
    infext__vpath_pop(e->v, mark);
}

static void check_profiles(epc_ctx *e)
{
    const infext__list *l = &e->cfg->scheduling_profiles;
    size_t mark = infext__vpath_field(e->v, "schedulingProfiles", 18);
    for (size_t i = 0; i < l->len; i++) {
        const infext_v1alpha1_scheduling_profile *p = l->items[i];
        size_t item = infext__vpath_index(e->v, i);
        if (HAS(p, V1ALPHA1_SCHEDULING_PROFILE_NAME) && p->name) {
            for (size_t j = 0; j < i; j++) {
                const infext_v1alpha1_scheduling_profile *q = l->items[j];
                if (!HAS(q, V1ALPHA1_SCHEDULING_PROFILE_NAME) || !q->name || strcmp(q->name, p->name)) continue;
                size_t leaf = infext__vpath_field(e->v, "name", 4);
                infext__vreport_str(e->v, INFEXT_ERR_DUPLICATE, p->name, "%s", "");
                infext__vpath_pop(e->v, leaf);
                break;
            }
        }
        size_t plugins = infext__vpath_field(e->v, "plugins", 7);
        for (size_t j = 0; j < p->plugins.len; j++) {
            const infext_v1alpha1_scheduling_plugin *sp = p->plugins.items[j];
            size_t k = infext__vpath_index(e->v, j);
            check_ref(e, sp, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PLUGIN_PLUGIN_REF);
            if (HAS(sp, V1ALPHA1_SCHEDULING_PLUGIN_WEIGHT) && !(isfinite(sp->weight) && sp->weight >= 0)) {
                size_t leaf = infext__vpath_field(e->v, "weight", 6);
                infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
                infext__buf_puts(&msg, "Invalid value: ");
                infext__vfloat(&msg, sp->weight);
                infext__buf_puts(&msg, ": must be a finite number, 0 or more");
                if (msg.failed) e->v->oom = true;
                else infext__vreport(e->v, INFEXT_ERR_INVALID, msg.data);
                infext__buf_reset(&msg);
                infext__vpath_pop(e->v, leaf);
            }
            infext__vpath_pop(e->v, k);
        }
        infext__vpath_pop(e->v, plugins);
        infext__vpath_pop(e->v, item);
    }
    infext__vpath_pop(e->v, mark);
}

static void check_gates(epc_ctx *e)
{
    const infext__list *l = &e->cfg->feature_gates;
    size_t mark = infext__vpath_field(e->v, "featureGates", 12);
    for (size_t i = 0; i < l->len; i++) {
        const char *gate = l->items[i];
        bool known = gate_known(e, gate);
        for (const char *const *g = e->v->extra_gates; g && *g && !known; g++) known = !strcmp(*g, gate);
        if (known) continue;
        infext__buf detail = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
        infext__buf_puts(&detail, "supported values: ");
        size_t n = 0;
        for (const char *const *g = e->dialect ? e->dialect->gates : known_gates; *g; g++, n++) {
            if (n) infext__buf_puts(&detail, ", ");
            infext__go_quote(&detail, *g, strlen(*g));
        }
        for (const char *const *g = e->v->extra_gates; g && *g; g++) {
            infext__buf_puts(&detail, ", ");
            infext__go_quote(&detail, *g, strlen(*g));
        }
        size_t item = infext__vpath_index(e->v, i);
        if (detail.failed) e->v->oom = true;
        else infext__vreport_str(e->v, INFEXT_ERR_NOT_SUPPORTED, gate, "%s", detail.data);
        infext__buf_reset(&detail);
        infext__vpath_pop(e->v, item);
    }
    infext__vpath_pop(e->v, mark);
}

static void check_band(epc_ctx *e, const infext_v1alpha1_priority_band *b)
{
    if (HAS(b, V1ALPHA1_PRIORITY_BAND_MAX_BYTES)) check_quantity(e->v, "maxBytes", b->max_bytes);
    if (HAS(b, V1ALPHA1_PRIORITY_BAND_MAX_REQUESTS)) check_quantity(e->v, "maxRequests", b->max_requests);
    check_ref(e, b, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_FAIRNESS_POLICY_REF);
    check_ref(e, b, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_ORDERING_POLICY_REF);
}

/* llm-d-router's flowControl members. */
static void check_llmd_flow_control(epc_ctx *e, const infext_v1alpha1_flow_control *fc)
{
    if (HAS(fc, V1ALPHA1_FLOW_CONTROL_DEFAULT_NEGATIVE_PRIORITY_BAND) && fc->default_negative_priority_band) {
        size_t band = infext__vpath_field(e->v, "defaultNegativePriorityBand", 27);
        check_band(e, fc->default_negative_priority_band);
        infext__vpath_pop(e->v, band);
    }
    if (HAS(fc, V1ALPHA1_FLOW_CONTROL_SATURATION_DETECTOR) && fc->saturation_detector) {
        size_t sd = infext__vpath_field(e->v, "saturationDetector", 18);
        check_ref(e, fc->saturation_detector, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_PLUGIN_REF);
        infext__vpath_pop(e->v, sd);
    }
}

static void check_flow_control(epc_ctx *e, const infext_v1alpha1_flow_control *fc)
{
    size_t mark = infext__vpath_field(e->v, "flowControl", 11);
    if (HAS(fc, V1ALPHA1_FLOW_CONTROL_MAX_BYTES)) check_quantity(e->v, "maxBytes", fc->max_bytes);
    if (HAS(fc, V1ALPHA1_FLOW_CONTROL_MAX_REQUESTS)) check_quantity(e->v, "maxRequests", fc->max_requests);
    if (HAS(fc, V1ALPHA1_FLOW_CONTROL_DEFAULT_PRIORITY_BAND) && fc->default_priority_band) {
        size_t band = infext__vpath_field(e->v, "defaultPriorityBand", 19);
        check_band(e, fc->default_priority_band);
        infext__vpath_pop(e->v, band);
    }
    size_t bands = infext__vpath_field(e->v, "priorityBands", 13);
    for (size_t i = 0; i < fc->priority_bands.len; i++) {
        const infext_v1alpha1_priority_band *b = fc->priority_bands.items[i];
        size_t item = infext__vpath_index(e->v, i);
        check_band(e, b);
        if (HAS(b, V1ALPHA1_PRIORITY_BAND_PRIORITY)) {
            for (size_t j = 0; j < i; j++) {
                const infext_v1alpha1_priority_band *o = fc->priority_bands.items[j];
                if (!HAS(o, V1ALPHA1_PRIORITY_BAND_PRIORITY) || o->priority != b->priority) continue;
                size_t leaf = infext__vpath_field(e->v, "priority", 8);
                infext__vreport_int(e->v, INFEXT_ERR_DUPLICATE, (long long)b->priority, "%s", "");
                infext__vpath_pop(e->v, leaf);
                break;
            }
        }
        infext__vpath_pop(e->v, item);
    }
    infext__vpath_pop(e->v, bands);
    check_ref(e, fc, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_USAGE_LIMIT_POLICY_PLUGIN_REF);
    check_llmd_flow_control(e, fc);
    infext__vpath_pop(e->v, mark);
}

/* llm-d-router's dataLayer members. */
static void check_llmd_data_layer(epc_ctx *e, const infext_v1alpha1_data_layer *dl)
{
    if (HAS(dl, V1ALPHA1_DATA_LAYER_DISCOVERY) && dl->discovery) {
        size_t mark = infext__vpath_field(e->v, "discovery", 9);
        check_ref(e, dl->discovery, INFEXT__FIELD_LLMD_V1ALPHA1_DISCOVERY_PLUGIN_REF);
        infext__vpath_pop(e->v, mark);
    }
    check_ref(e, dl, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_CROSS_REPLICA_SYNCER_PLUGIN_REF);
}

static void check_data_layer(epc_ctx *e, const infext_v1alpha1_data_layer *dl, const char *name)
{
    size_t mark = infext__vpath_field(e->v, name, strlen(name));
    check_llmd_data_layer(e, dl);
    size_t sources = infext__vpath_field(e->v, "sources", 7);
    for (size_t i = 0; i < dl->sources.len; i++) {
        const infext_v1alpha1_data_layer_source *s = dl->sources.items[i];
        size_t item = infext__vpath_index(e->v, i);
        check_ref(e, s, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCE_PLUGIN_REF);
        size_t extractors = infext__vpath_field(e->v, "extractors", 10);
        for (size_t j = 0; j < s->extractors.len; j++) {
            size_t x = infext__vpath_index(e->v, j);
            check_ref(e, s->extractors.items[j], INFEXT__FIELD_V1ALPHA1_DATA_LAYER_EXTRACTOR_PLUGIN_REF);
            infext__vpath_pop(e->v, x);
        }
        infext__vpath_pop(e->v, extractors);
        infext__vpath_pop(e->v, item);
    }
    infext__vpath_pop(e->v, sources);
    infext__vpath_pop(e->v, mark);
}

void infext__vcheck_epc(infext__vctx *ctx, const void *config)
{
    epc_ctx e = {ctx, config, NULL, false};
    const infext_v1alpha1_endpoint_picker_config *cfg = config;
    infext_epc_dialect dialect = INFEXT_EPC_DIALECT_UNKNOWN;
    /* the original, not the defaulted copy: defaults are not what the user wrote */
    if (infext__epc_detect(&dialect, ctx->root, ctx->root, ctx->diags, &ctx->errors) == INFEXT_ENOMEM) ctx->oom = true;
    e.dialect = infext__epc_dialect_desc_of(dialect);
    check_gates(&e);
    check_names(&e);
    check_profiles(&e);
    if (HAS(cfg, V1ALPHA1_ENDPOINT_PICKER_CONFIG_SATURATION_DETECTOR) && cfg->saturation_detector) {
        size_t mark = infext__vpath_field(ctx, "saturationDetector", 18);
        check_ref(&e, cfg->saturation_detector, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_PLUGIN_REF);
        infext__vpath_pop(ctx, mark);
    }
    if (HAS(cfg, V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA_LAYER) && cfg->data_layer)
        check_data_layer(&e, cfg->data_layer, "dataLayer");
    if (HAS(cfg, V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA) && cfg->data) check_data_layer(&e, cfg->data, "data");
    if (HAS(cfg, V1ALPHA1_ENDPOINT_PICKER_CONFIG_REQUEST_HANDLER) && cfg->request_handler) {
        size_t mark = infext__vpath_field(ctx, "requestHandler", 14);
        size_t parsers = infext__vpath_field(ctx, "parsers", 7);
        e.in_request_handler = true;
        for (size_t i = 0; i < cfg->request_handler->parsers.len; i++) {
            size_t item = infext__vpath_index(ctx, i);
            check_ref(&e, cfg->request_handler->parsers.items[i], INFEXT__FIELD_V1ALPHA1_PARSER_PLUGIN_REF);
            infext__vpath_pop(ctx, item);
        }
        e.in_request_handler = false;
        infext__vpath_pop(ctx, parsers);
        infext__vpath_pop(ctx, mark);
    }
    if (HAS(cfg, V1ALPHA1_ENDPOINT_PICKER_CONFIG_FLOW_CONTROL) && cfg->flow_control)
        check_flow_control(&e, cfg->flow_control);
    if (HAS(cfg, V1ALPHA1_ENDPOINT_PICKER_CONFIG_PARSER) && cfg->parser) {
        size_t mark = infext__vpath_field(ctx, "parser", 6);
        check_ref(&e, cfg->parser, INFEXT__FIELD_V1ALPHA1_PARSER_PLUGIN_REF);
        infext__vpath_pop(ctx, mark);
    }
}
