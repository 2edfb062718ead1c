/* The one place where the scheduler reads an EndpointPickerConfig: through
 * the generated accessors only, feeding the builder, to build a scheduler
 * or only to check the config as the loader would. */
#include "scheduler/parsers.h"
#include "scheduler/sched.h"

#include "infext/epc.h"
#include "infext/object.h"
#include "infext/types.h"
#include "types/schema.h"
#include "util/diag.h"

#include <string.h>

/* ------------------------------------------------------------- views -- */

int infext__epc_view_of(infext__epc_view *v, infext_object *obj)
{
    v->x = obj ? infext_object_as_v1alpha1_endpoint_picker_config(obj) : NULL;
    v->l = obj && !v->x ? infext_object_as_llmd_v1alpha1_endpoint_picker_config(obj) : NULL;
    return v->x || v->l ? 0 : -1;
}

/* Each accessor of the view calls the kind's own generated accessor. */
#define VIEW_CALL(v, fn, ...)                                                                 \
    ((v)->x ? infext_v1alpha1_endpoint_picker_config_##fn((v)->x, __VA_ARGS__)               \
            : infext_llmd_v1alpha1_endpoint_picker_config_##fn((v)->l, __VA_ARGS__))
#define VIEW_APPEND(out, v, fn)                                                               \
    ((v)->x ? infext_v1alpha1_endpoint_picker_config_##fn(out, (v)->x)                       \
            : infext_llmd_v1alpha1_endpoint_picker_config_##fn(out, (v)->l))

size_t infext__epc_plugins_count(const infext__epc_view *v)
{
    return v->x ? infext_v1alpha1_endpoint_picker_config_plugins_count(v->x)
                : infext_llmd_v1alpha1_endpoint_picker_config_plugins_count(v->l);
}

size_t infext__epc_profiles_count(const infext__epc_view *v)
{
    return v->x ? infext_v1alpha1_endpoint_picker_config_scheduling_profiles_count(v->x)
                : infext_llmd_v1alpha1_endpoint_picker_config_scheduling_profiles_count(v->l);
}

infext_v1alpha1_plugin_spec *infext__epc_plugin_at(const infext__epc_view *v, size_t i)
{
    return VIEW_CALL(v, plugins_at, i);
}

infext_v1alpha1_scheduling_profile *infext__epc_profile_at(const infext__epc_view *v, size_t i)
{
    return VIEW_CALL(v, scheduling_profiles_at, i);
}

infext_status infext__epc_plugin_append(infext_v1alpha1_plugin_spec **out, const infext__epc_view *v)
{
    return VIEW_APPEND(out, v, plugins_append);
}

infext_status infext__epc_profile_append(infext_v1alpha1_scheduling_profile **out, const infext__epc_view *v)
{
    return VIEW_APPEND(out, v, scheduling_profiles_append);
}

const void *infext__epc_root(const infext__epc_view *v)
{
    return v->x ? (const void *)v->x : (const void *)v->l;
}

/* Give the builder the config's plugins and profiles; *np gets the number
 * of profiles. A config in llm-d-router's dialect (llm-d.ai/v1alpha1, or
 * the x-k8s.io apiVersion with llm-d-router's members, as its own
 * integration-test configs are written) sets the builder's llmd mode, one
 * in Heimdall's its heimdall mode. */
infext_status infext__sched_feed(infext__sched_builder *b, const infext__epc_view *v, size_t *np)
{
    b->llmd = v->l != NULL;
    if (!b->llmd) {
        infext_epc_dialect dialect = INFEXT_EPC_DIALECT_UNKNOWN;
        infext_status st = infext_epc_dialect_of(&dialect, infext_v1alpha1_endpoint_picker_config_as_object(v->x), NULL);
        if (st == INFEXT_ENOMEM) return st;
        b->llmd = dialect == INFEXT_EPC_DIALECT_LLM_D_V0_10;
        b->heimdall = dialect == INFEXT_EPC_DIALECT_HEIMDALL;
    }
    size_t n = infext__epc_plugins_count(v);
    for (size_t i = 0; i < n; i++) {
        const infext_v1alpha1_plugin_spec *spec = infext__epc_plugin_at(v, i);
        char *params = NULL;
        infext_status st = infext_v1alpha1_plugin_spec_get_parameters_json(&params, spec);
        if (st != INFEXT_OK && st != INFEXT_ENOTFOUND) return st;
        infext__sched_builder_add_plugin(b, i, infext_v1alpha1_plugin_spec_get_name(spec),
                                         infext_v1alpha1_plugin_spec_get_type(spec), params);
        infext_free(params);
    }

    *np = infext__epc_profiles_count(v);
    for (size_t i = 0; i < *np; i++) {
        const infext_v1alpha1_scheduling_profile *prof = infext__epc_profile_at(v, i);
        size_t p = infext__sched_builder_add_profile(b, i,
                                                     infext_v1alpha1_scheduling_profile_get_name(prof));
        size_t nr = infext_v1alpha1_scheduling_profile_plugins_count(prof);
        for (size_t j = 0; j < nr; j++) {
            const infext_v1alpha1_scheduling_plugin *ref =
                infext_v1alpha1_scheduling_profile_plugins_at(prof, j);
            double w;
            bool has_w = infext_v1alpha1_scheduling_plugin_get_weight(&w, ref);
            infext__sched_builder_add_ref(b, p, i, j,
                                          infext_v1alpha1_scheduling_plugin_get_plugin_ref(ref),
                                          has_w ? &w : NULL);
        }
    }
    return INFEXT_OK;
}

/* Build from a view (NULL: the default set). */
static infext_status build(infext_scheduler **out, const infext__epc_view *v, infext_registry *reg,
                           const infext_scheduler_options *opts, infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (opts && opts->version != INFEXT_SCHEDULER_OPTIONS_VERSION) return INFEXT_EINVAL;
    infext__sched_builder b;
    infext_status st = infext__sched_builder_init(&b, reg, opts, diags);
    if (st != INFEXT_OK) return st;
    size_t first_diag = infext_diags_count(diags);
    if (!v) {
        infext__sched_builder_default_set(&b);
        return infext__sched_builder_finish(out, &b, 1);
    }
    size_t np = 0;
    st = infext__sched_feed(&b, v, &np);
    if (st != INFEXT_OK) {
        infext__sched_builder_abort(&b);
        return st;
    }
    st = infext__sched_builder_finish(out, &b, np);
    if (st == INFEXT_OK) infext__sched_note_parsers(*out, v);
    /* The builder knows paths only; give each of its findings the place in
     * the config text it points at, when the config came from YAML. */
    infext__diags_locate(diags, first_diag, infext__epc_root(v));
    return st;
}

INFEXT_API infext_status infext_scheduler_new(infext_scheduler **out,
                                              const infext_v1alpha1_endpoint_picker_config *config,
                                              infext_registry *reg,
                                              const infext_scheduler_options *opts,
                                              infext_diags *diags)
{
    infext__epc_view v = {(infext_v1alpha1_endpoint_picker_config *)config, NULL};
    return build(out, config ? &v : NULL, reg, opts, diags);
}

INFEXT_API infext_status infext_scheduler_new_from_object(infext_scheduler **out,
                                                          const infext_object *config,
                                                          infext_registry *reg,
                                                          const infext_scheduler_options *opts,
                                                          infext_diags *diags)
{
    if (out) *out = NULL;
    infext__epc_view v;
    if (config && infext__epc_view_of(&v, (infext_object *)config) != 0) return INFEXT_EKIND;
    return build(out, config ? &v : NULL, reg, opts, diags);
}

/* Does `diags` (its first `n` entries) have an error at `path`? */
static bool reported(const infext_diags *diags, size_t n, const char *path)
{
    for (size_t i = 0; i < n; i++) {
        const infext_diag *d = infext_diags_at(diags, i);
        if (infext_diag_severity(d) == INFEXT_SEVERITY_ERROR && !strcmp(infext_diag_path(d), path))
            return true;
    }
    return false;
}

INFEXT_API infext_status infext_scheduler_check(const infext_object *config, infext_registry *reg,
                                                infext_diags *diags)
{
    if (!config) return INFEXT_EINVAL;
    infext__epc_view v;
    if (infext__epc_view_of(&v, (infext_object *)config) != 0) return INFEXT_EKIND;
    infext_diags *found = NULL;
    infext_status st = infext_diags_new(&found);
    if (st != INFEXT_OK) return st;
    infext__sched_builder b;
    st = infext__sched_builder_init(&b, reg, NULL, found);
    if (st != INFEXT_OK) {
        infext_diags_free(found);
        return st;
    }
    b.check = true;
    size_t np = 0;
    st = infext__sched_feed(&b, &v, &np);
    if (st != INFEXT_OK) {
        infext__sched_builder_abort(&b);
        infext_diags_free(found);
        return st;
    }
    infext_scheduler *unused = NULL;
    st = infext__sched_builder_finish(&unused, &b, np);
    infext__diags_locate(found, 0, infext__epc_root(&v));
    /* what the caller's diagnostics already say at a path is not repeated */
    size_t before = infext_diags_count(diags);
    for (size_t i = 0; i < infext_diags_count(found); i++) {
        const infext_diag *d = infext_diags_at(found, i);
        if (reported(diags, before, infext_diag_path(d))) continue;
        if (infext__diag_addf(diags, infext_diag_severity(d), infext_diag_type(d), infext_diag_path(d),
                              infext_diag_line(d), infext_diag_column(d), "%s",
                              infext_diag_message(d)) == INFEXT_ENOMEM)
            st = INFEXT_ENOMEM;
    }
    infext_diags_free(found);
    return st;
}
