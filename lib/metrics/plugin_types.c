/* `metrics-data-source` and `core-metrics-extractor` as plugin types: their
 * `create` decodes the parameters strictly (the same decoder as the public
 * constructors) and keeps the built object as the instance state. */
#include "metrics/plugin_types.h"

#include "metrics/metrics_int.h"

static infext_status source_create(void **out_state, const infext_plugin_create_args *args)
{
    infext_metrics_source *src = NULL;
    infext_status st =
        infext_metrics_source_new(&src, args->name, args->parameters_json, args->path, args->diags);
    *out_state = src;
    return st;
}

static void source_destroy(void *state)
{
    infext_metrics_source_free(state);
}

static infext_status extractor_create(void **out_state, const infext_plugin_create_args *args)
{
    infext_metrics_extractor *x = NULL;
    infext_status st = infext_metrics_extractor_new(&x, args->name, args->parameters_json,
                                                    args->path, args->diags);
    *out_state = x;
    return st;
}

static void extractor_destroy(void *state)
{
    infext_metrics_extractor_free(state);
}

const infext_plugin_type infext__metrics_source_type = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = INFEXT__METRICS_SOURCE_TYPE,
    .roles = 0,
    .create = source_create,
    .destroy = source_destroy,
};

const infext_plugin_type infext__metrics_extractor_type = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = INFEXT__METRICS_EXTRACTOR_TYPE,
    .roles = 0,
    .create = extractor_create,
    .destroy = extractor_destroy,
};
