/* The one place where the scheduler reads an EndpointPickerConfig: through
 * the generated accessors only, feeding the builder, to build a scheduler
 * or only to check the config as the loader would. */
#include "scheduler/sched.h"

#include "infext/object.h"
#include "infext/types.h"
#include "types/schema.h"
#include "util/diag.h"

#include <string.h>

#define LLMD_API_VERSION "llm-d.ai/v1alpha1"

/* Give the builder the config's plugins and profiles; *np gets the number
 * of profiles. */
static infext_status feed(infext__sched_builder *b, const infext_v1alpha1_endpoint_picker_config *config,
                          size_t *np)
{
    const char *av = infext_object_api_version(
        infext_v1alpha1_endpoint_picker_config_as_object((infext_v1alpha1_endpoint_picker_config *)config));
    b->llmd = av && !strcmp(av, LLMD_API_VERSION);
    size_t n = infext_v1alpha1_endpoint_picker_config_plugins_count(config);
    for (size_t i = 0; i < n; i++) {
        const infext_v1alpha1_plugin_spec *spec =
            infext_v1alpha1_endpoint_picker_config_plugins_at(config, i);
        char *params = NULL;
        infext_status st = infext_v1alpha1_plugin_spec_get_parameters_json(&params, spec);
        if (st != INFEXT_OK && st != INFEXT_ENOTFOUND) return st;
        infext__sched_builder_add_plugin(b, i, infext_v1alpha1_plugin_spec_get_name(spec),
                                         infext_v1alpha1_plugin_spec_get_type(spec), params);
        infext_free(params);
    }

    *np = infext_v1alpha1_endpoint_picker_config_scheduling_profiles_count(config);
    for (size_t i = 0; i < *np; i++) {
        const infext_v1alpha1_scheduling_profile *prof =
            infext_v1alpha1_endpoint_picker_config_scheduling_profiles_at(config, i);
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

INFEXT_API infext_status infext_scheduler_new(infext_scheduler **out,
                                              const infext_v1alpha1_endpoint_picker_config *config,
                                              infext_registry *reg,
                                              const infext_scheduler_options *opts,
                                              infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (opts && opts->version != INFEXT_SCHEDULER_OPTIONS_VERSION) return INFEXT_EINVAL;
    infext__sched_builder b;
    infext_status st = infext__sched_builder_init(&b, reg, opts, diags);
    if (st != INFEXT_OK) return st;
    size_t first_diag = infext_diags_count(diags);
    if (!config) {
        infext__sched_builder_default_set(&b);
        return infext__sched_builder_finish(out, &b, 1);
    }
    size_t np = 0;
    st = feed(&b, config, &np);
    if (st != INFEXT_OK) {
        infext__sched_builder_abort(&b);
        return st;
    }
    st = infext__sched_builder_finish(out, &b, np);
    /* The builder knows paths only; give each of its findings the place in
     * the config text it points at, when the config came from YAML. */
    infext__diags_locate(diags, first_diag, config);
    return st;
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

INFEXT_API infext_status infext_scheduler_check(const infext_v1alpha1_endpoint_picker_config *config,
                                                infext_registry *reg, infext_diags *diags)
{
    if (!config) return INFEXT_EINVAL;
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
    st = feed(&b, config, &np);
    if (st != INFEXT_OK) {
        infext__sched_builder_abort(&b);
        infext_diags_free(found);
        return st;
    }
    infext_scheduler *unused = NULL;
    st = infext__sched_builder_finish(&unused, &b, np);
    infext__diags_locate(found, 0, config);
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
