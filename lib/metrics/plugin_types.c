/* `metrics-data-source` and `core-metrics-extractor` as plugin types: their
 * `create` decodes the parameters strictly (the same decoder as the public
 * constructors) and keeps the built object as the instance state. */
#include "metrics/plugin_types.h"

#include "metrics/metrics_int.h"

#include <string.h>

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

static const char *kind_text(infext__mparam_kind kind)
{
    switch (kind) {
    case INFEXT__MPARAM_STRING: return "string";
    case INFEXT__MPARAM_BOOL: return "boolean";
    case INFEXT__MPARAM_PORT: return "integer";
    case INFEXT__MPARAM_DURATION: return "duration";
    case INFEXT__MPARAM_LIST: return "list of objects";
    }
    return "?";
}

/* The rows of `type` at `depth`, each list followed by its elements. */
static void rows_of(const char *type, int depth,
                    void (*line)(void *ctx, int depth, const char *name, const char *kind,
                                 const char *def, const char *doc),
                    void *ctx)
{
    for (size_t i = 0; i < infext__metrics_params_count; i++) {
        const infext__mparam *m = &infext__metrics_params[i];
        if (strcmp(m->plugin_type, type) != 0) continue;
        line(ctx, depth, m->name, kind_text(m->kind), m->default_text, m->doc);
        if (m->kind == INFEXT__MPARAM_LIST) rows_of(m->name, depth + 1, line, ctx);
    }
}

void infext__metrics_params_each(const char *type,
                                 void (*line)(void *ctx, int depth, const char *name,
                                              const char *kind, const char *def, const char *doc),
                                 void *ctx)
{
    rows_of(type, 0, line, ctx);
}
