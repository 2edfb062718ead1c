/* Built-in single-profile handler and label filter. */
#include "scheduler/sched.h"

#include "util/alloc.h"

#include <string.h>

/* Run every profile once. */
static size_t single_pick_profiles(void *state, infext_cycle *cycle, const infext_request *req,
                                   const infext_result *so_far, unsigned char *run)
{
    (void)state, (void)cycle, (void)req;
    size_t n = infext_result_profiles_count(so_far), selected = 0;
    for (size_t i = 0; i < n; i++) {
        if (infext_result_profile_ran(so_far, i)) return 0;
        run[i] = 1;
        selected++;
    }
    return selected;
}

/* The one profile is the primary, whether or not it picked anything (the
 * caller then sees INFEXT_ENOENDPOINT with the profile's reason). */
static infext_status single_process(void *state, infext_cycle *cycle, const infext_request *req,
                                    infext_result *result)
{
    (void)state, (void)cycle, (void)req;
    if (infext_result_profiles_count(result) != 1) return INFEXT_ECONFIG;
    return infext_result_set_primary(result, 0);
}

const infext_plugin_type infext__sched_single_profile_handler = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = INFEXT__SINGLE_PROFILE_HANDLER,
    .roles = INFEXT_ROLE_PROFILE_HANDLER,
    .create = infext__sched_create_no_params,
    .pick_profiles = single_pick_profiles,
    .process_results = single_process,
};

/* label-filter: keeps the endpoints whose labels include every pair of
 * `matchLabels` (as a Kubernetes equality selector). With no pairs it keeps
 * everything. */
typedef struct label_filter {
    infext__sched_kv match;
} label_filter;

static void label_destroy(void *state)
{
    label_filter *f = state;
    if (!f) return;
    infext__sched_kv_clear(&f->match);
    infext__free(f);
}

static infext_status label_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    label_filter *f = infext__calloc(1, sizeof(*f));
    if (!f) return INFEXT_ENOMEM;
    infext_params *p = NULL, *labels = NULL;
    infext_status st = infext_params_parse(&p, args->parameters_json, args->path, args->diags);
    if (st == INFEXT_OK && infext_params_get_object(&labels, p, "matchLabels") == INFEXT_OK) {
        for (size_t i = 0; i < infext_params_count(labels) && st == INFEXT_OK; i++) {
            const char *key = infext_params_key_at(labels, i), *value = NULL;
            if (infext_params_get_string(&value, labels, key) == INFEXT_OK)
                st = infext__sched_kv_set(&f->match, key, value, 0);
        }
    }
    if (st == INFEXT_OK) st = infext_params_finish(p);
    infext_params_free(p);
    if (st != INFEXT_OK) {
        label_destroy(f);
        return st;
    }
    *out_state = f;
    return INFEXT_OK;
}

static void label_filter_run(void *state, infext_cycle *cycle, const infext_request *req,
                             const infext_endpoint *const *eps, size_t n, unsigned char *keep)
{
    (void)cycle, (void)req;
    const label_filter *f = state;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < f->match.len; j++) {
            const char *v = infext_endpoint_get_label(eps[i], f->match.keys[j]);
            if (!v || strcmp(v, f->match.values[j]) != 0) {
                keep[i] = 0;
                break;
            }
        }
    }
}

const infext_plugin_type infext__sched_label_filter = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "label-filter",
    .roles = INFEXT_ROLE_FILTER,
    .create = label_create,
    .destroy = label_destroy,
    .filter = label_filter_run,
};
