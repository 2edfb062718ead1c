/* The effective config: what the endpoint picker's loader would run, as
 * llm-d-router v0.10's loader fills it in (pkg/epp/config/loader,
 * defaults.go) — the builder in check mode decides, this file writes its
 * decisions back into the config; and, for llm-d-router's dialect, the
 * data layer's metrics source. */
#include "scheduler/sched.h"

#include "infext/types.h"
#include "types/schema.h"
#include "util/diag.h"

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

/* A plugin spec `name` of type `name`, unless a plugin has that name. */
static infext_status ensure_plugin(const infext__epc_view *v, const char *name)
{
    for (size_t i = 0; i < infext__epc_plugins_count(v); i++) {
        const char *n = infext_v1alpha1_plugin_spec_get_name(infext__epc_plugin_at(v, i));
        if (n && !strcmp(n, name)) return INFEXT_OK;
    }
    infext_v1alpha1_plugin_spec *spec = NULL;
    infext_status st = infext__epc_plugin_append(&spec, v);
    if (st == INFEXT_OK) st = infext_v1alpha1_plugin_spec_set_name(spec, name);
    if (st == INFEXT_OK) st = infext_v1alpha1_plugin_spec_set_type(spec, name);
    return st;
}

/* llm-d-router v0.10 (ensureDataLayer): unless `dataLayer.injectDefaults`
 * is false or a source already refers to metrics-data-source, the metrics
 * source and the core extractor are added, and a source using them. */
static infext_status default_data_layer(const infext__epc_view *v)
{
    if (!v->l) return INFEXT_OK;
    infext_v1alpha1_data_layer *dl = infext_llmd_v1alpha1_endpoint_picker_config_get_data_layer(v->l);
    bool inject = true;
    if (dl && infext_v1alpha1_data_layer_get_inject_defaults(&inject, dl) && !inject) return INFEXT_OK;
    for (size_t i = 0; dl && i < infext_v1alpha1_data_layer_sources_count(dl); i++) {
        const char *ref =
            infext_v1alpha1_data_layer_source_get_plugin_ref(infext_v1alpha1_data_layer_sources_at(dl, i));
        if (ref && !strcmp(ref, METRICS_SOURCE)) return INFEXT_OK;
    }
    infext_status st = ensure_plugin(v, METRICS_SOURCE);
    if (st == INFEXT_OK) st = ensure_plugin(v, METRICS_EXTRACTOR);
    if (st == INFEXT_OK) st = infext_llmd_v1alpha1_endpoint_picker_config_ensure_data_layer(&dl, v->l);
    infext_v1alpha1_data_layer_source *src = NULL;
    infext_v1alpha1_data_layer_extractor *x = NULL;
    if (st == INFEXT_OK) st = infext_v1alpha1_data_layer_sources_append(&src, dl);
    if (st == INFEXT_OK) st = infext_v1alpha1_data_layer_source_set_plugin_ref(src, METRICS_SOURCE);
    if (st == INFEXT_OK) st = infext_v1alpha1_data_layer_source_extractors_append(&x, src);
    if (st == INFEXT_OK) st = infext_v1alpha1_data_layer_extractor_set_plugin_ref(x, METRICS_EXTRACTOR);
    return st;
}

INFEXT_API infext_status infext_scheduler_default_config(infext_object *config, infext_registry *reg,
                                                         infext_diags *diags)
{
    if (!config) return INFEXT_EINVAL;
    infext__epc_view v;
    if (infext__epc_view_of(&v, config) != 0) return INFEXT_EKIND;
    /* the first phase: a plugin's name defaults to its type */
    size_t n = infext__epc_plugins_count(&v);
    for (size_t i = 0; i < n; i++) {
        infext_v1alpha1_plugin_spec *spec = infext__epc_plugin_at(&v, i);
        const char *name = infext_v1alpha1_plugin_spec_get_name(spec);
        const char *type = infext_v1alpha1_plugin_spec_get_type(spec);
        if ((!name || !*name) && type && *type) {
            infext_status st = infext_v1alpha1_plugin_spec_set_name(spec, type);
            if (st != INFEXT_OK) return st;
        }
    }
    infext__sched_builder b;
    size_t first_diag = infext_diags_count(diags);
    infext_status st = infext__sched_builder_init(&b, reg, NULL, diags);
    if (st != INFEXT_OK) return st;
    b.check = b.keep = true;
    size_t np = 0;
    st = infext__sched_feed(&b, &v, &np);
    if (st == INFEXT_OK) {
        infext_scheduler *unused = NULL;
        st = infext__sched_builder_finish(&unused, &b, np);
    }
    infext__diags_locate(diags, first_diag, infext__epc_root(&v));
    if (st == INFEXT_OK) st = write_back(&v, &b, np);
    infext__sched_builder_abort(&b);
    if (st == INFEXT_OK) st = default_data_layer(&v);
    return st;
}
