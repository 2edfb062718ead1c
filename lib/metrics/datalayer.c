/* The data layer of an EndpointPickerConfig, wired as the endpoint picker's
 * loader wires it (GIE v1.5 config/loader ensureDataLayer): the configured
 * sources and extractors by `dataLayer.sources`, or the default pipeline
 * when the config has no data-layer section. */
#include "metrics/metrics_int.h"

#include "types/schema.h"
#include "util/alloc.h"
#include "util/diag.h"

#include <stdio.h>
#include <string.h>

#define LEGACY_METRICS_GATE "enableLegacyMetrics"

struct infext_datalayer {
    infext_metrics_source **sources;
    size_t sources_len, sources_cap;
    infext_metrics_extractor **extractors; /* every extractor built, owned */
    size_t extractors_len, extractors_cap;
};

/* One configured plugin of a data-layer type. */
typedef struct built {
    const char *name; /* borrowed from the config */
    const char *type;
    infext_metrics_source *source;       /* owned until a dataLayer entry takes it */
    infext_metrics_extractor *extractor; /* moved to the data layer */
    bool taken;                          /* its source went to a dataLayer entry */
} built;

typedef struct builder {
    infext_datalayer *dl;
    built *plugins;
    size_t plugins_len;
    infext_diags *diags;
    infext_status st;
} builder;

static void note(builder *b, infext_status st)
{
    if (b->st == INFEXT_ENOMEM) return;
    if (st == INFEXT_ENOMEM || b->st == INFEXT_OK) b->st = st;
}

INFEXT_API void infext_datalayer_free(infext_datalayer *dl)
{
    if (!dl) return;
    for (size_t i = 0; i < dl->sources_len; i++) infext_metrics_source_free(dl->sources[i]);
    for (size_t i = 0; i < dl->extractors_len; i++) infext_metrics_extractor_free(dl->extractors[i]);
    infext__free(dl->sources);
    infext__free(dl->extractors);
    infext__free(dl);
}

static int push(void ***items, size_t *len, size_t *cap, void *item)
{
    void **grown = infext__grow(*items, cap, *len + 1, sizeof(void *), 4, SIZE_MAX);
    if (!grown) return -1;
    grown[(*len)++] = item;
    *items = grown;
    return 0;
}

/* Create the instances of every data-layer plugin of `plugins`. */
static void build_plugins(builder *b, const infext_v1alpha1_endpoint_picker_config *config)
{
    size_t n = infext_v1alpha1_endpoint_picker_config_plugins_count(config);
    b->plugins = n ? infext__calloc(n, sizeof(built)) : NULL;
    if (n && !b->plugins) {
        note(b, INFEXT_ENOMEM);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const infext_v1alpha1_plugin_spec *spec =
            infext_v1alpha1_endpoint_picker_config_plugins_at(config, i);
        built *p = &b->plugins[b->plugins_len++];
        p->type = infext_v1alpha1_plugin_spec_get_type(spec);
        p->name = infext_v1alpha1_plugin_spec_get_name(spec);
        if (!p->type) p->type = "";
        if (!p->name || !*p->name) p->name = p->type;
        bool source = strcmp(p->type, INFEXT__METRICS_SOURCE_TYPE) == 0;
        if (!source && strcmp(p->type, INFEXT__METRICS_EXTRACTOR_TYPE) != 0) continue;
        char *params = NULL;
        infext_status st = infext_v1alpha1_plugin_spec_get_parameters_json(&params, spec);
        if (st != INFEXT_OK && st != INFEXT_ENOTFOUND) {
            note(b, st);
            continue;
        }
        char path[64];
        snprintf(path, sizeof(path), "plugins[%zu].parameters", i);
        if (source) {
            st = infext_metrics_source_new(&p->source, p->name, params, path, b->diags);
        } else {
            st = infext_metrics_extractor_new(&p->extractor, p->name, params, path, b->diags);
            if (st == INFEXT_OK &&
                push((void ***)&b->dl->extractors, &b->dl->extractors_len, &b->dl->extractors_cap, p->extractor) != 0) {
                infext_metrics_extractor_free(p->extractor);
                st = INFEXT_ENOMEM;
            }
        }
        infext_free(params);
        note(b, st);
    }
}

static built *find(builder *b, const char *name)
{
    for (size_t i = 0; i < b->plugins_len; i++)
        if (strcmp(b->plugins[i].name, name) == 0) return &b->plugins[i];
    return NULL;
}

/* The plugin a dataLayer reference names, of the wanted type; NULL (with a
 * diagnostic) otherwise. */
static built *resolve(builder *b, const char *ref, const char *path, const char *want)
{
    if (!ref || !*ref) {
        note(b, INFEXT_ECONFIG);
        infext__diag_addf(b->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_REQUIRED, path, 0, 0,
                          "a plugin reference is required");
        return NULL;
    }
    built *p = find(b, ref);
    if (!p) {
        note(b, INFEXT_ECONFIG);
        infext__diag_addf(b->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, path, 0, 0,
                          "\"%s\" is a reference to an undefined plugin", ref);
        return NULL;
    }
    if (strcmp(p->type, want) != 0) {
        infext__diag_addf(b->diags, INFEXT_SEVERITY_WARNING, INFEXT_ERR_NOT_SUPPORTED, path, 0, 0,
                          "plugin \"%s\" (type \"%s\") is not a %s: skipped, libinfext leaves it "
                          "to the host",
                          ref, p->type, want);
        return NULL;
    }
    return p;
}

/* A source entry: take the configured source, give it its extractors. */
static void add_source(builder *b, infext_metrics_source *src, built *const *xs, size_t n)
{
    src->extractors = n ? infext__calloc(n, sizeof(*src->extractors)) : NULL;
    if ((n && !src->extractors) ||
        push((void ***)&b->dl->sources, &b->dl->sources_len, &b->dl->sources_cap, src) != 0) {
        infext_metrics_source_free(src);
        note(b, INFEXT_ENOMEM);
        return;
    }
    for (size_t i = 0; i < n; i++) src->extractors[src->extractors_len++] = xs[i]->extractor;
}

static void wire_configured(builder *b, const infext_v1alpha1_data_layer *layer)
{
    char path[128];
    size_t n = infext_v1alpha1_data_layer_sources_count(layer);
    for (size_t i = 0; i < n; i++) {
        const infext_v1alpha1_data_layer_source *entry = infext_v1alpha1_data_layer_sources_at(layer, i);
        snprintf(path, sizeof(path), "dataLayer.sources[%zu].pluginRef", i);
        const char *ref = infext_v1alpha1_data_layer_source_get_plugin_ref(entry);
        built *p = resolve(b, ref, path, INFEXT__METRICS_SOURCE_TYPE);
        if (p && p->taken) {
            note(b, INFEXT_ECONFIG);
            infext__diag_addf(b->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_DUPLICATE, path, 0, 0,
                              "data source \"%s\" is listed more than once", ref);
        }
        if (p && !p->source) p = NULL; /* taken, or it failed to build (reported) */
        size_t nx = infext_v1alpha1_data_layer_source_extractors_count(entry);
        built **xs = nx ? infext__calloc(nx, sizeof(built *)) : NULL;
        if (nx && !xs) {
            note(b, INFEXT_ENOMEM);
            return;
        }
        size_t kept = 0;
        for (size_t j = 0; j < nx; j++) {
            snprintf(path, sizeof(path), "dataLayer.sources[%zu].extractors[%zu].pluginRef", i, j);
            built *x = resolve(b,
                               infext_v1alpha1_data_layer_extractor_get_plugin_ref(
                                   infext_v1alpha1_data_layer_source_extractors_at(entry, j)),
                               path, INFEXT__METRICS_EXTRACTOR_TYPE);
            if (x && x->extractor) xs[kept++] = x;
        }
        if (p) {
            infext_metrics_source *src = p->source;
            p->source = NULL;
            p->taken = true;
            add_source(b, src, xs, kept);
        }
        infext__free(xs);
    }
}

/* No dataLayer section: a metrics-data-source feeding a
 * core-metrics-extractor, the configured instances of those names if any. */
static void wire_default(builder *b)
{
    built *p = find(b, INFEXT__METRICS_SOURCE_TYPE);
    built *x = find(b, INFEXT__METRICS_EXTRACTOR_TYPE);
    infext_metrics_source *src = NULL;
    if (p && p->source) {
        src = p->source;
        p->source = NULL;
    } else if (p) {
        return; /* configured but broken (reported) or of another type */
    } else {
        note(b, infext_metrics_source_new(&src, NULL, NULL, NULL, b->diags));
        if (!src) return;
    }
    built fallback = {INFEXT__METRICS_EXTRACTOR_TYPE, INFEXT__METRICS_EXTRACTOR_TYPE, NULL, NULL, false};
    if (!x) {
        x = &fallback;
        infext_status st = infext_metrics_extractor_new(&x->extractor, NULL, NULL, NULL, b->diags);
        if (st == INFEXT_OK &&
            push((void ***)&b->dl->extractors, &b->dl->extractors_len, &b->dl->extractors_cap, x->extractor) != 0) {
            infext_metrics_extractor_free(x->extractor);
            st = INFEXT_ENOMEM;
        }
        note(b, st);
        if (st != INFEXT_OK) {
            infext_metrics_source_free(src);
            return;
        }
    }
    built *xs[1] = {x};
    add_source(b, src, xs, x->extractor ? 1 : 0);
}

static bool legacy_metrics(const infext_v1alpha1_endpoint_picker_config *config)
{
    size_t n = infext_v1alpha1_endpoint_picker_config_feature_gates_count(config);
    for (size_t i = 0; i < n; i++)
        if (strcmp(infext_v1alpha1_endpoint_picker_config_feature_gates_at(config, i),
                   LEGACY_METRICS_GATE) == 0)
            return true;
    return false;
}

INFEXT_API infext_status infext_datalayer_new(infext_datalayer **out,
                                              const infext_v1alpha1_endpoint_picker_config *config,
                                              infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    size_t first_diag = infext_diags_count(diags);
    builder b = {infext__calloc(1, sizeof(infext_datalayer)), NULL, 0, diags, INFEXT_OK};
    if (!b.dl) return INFEXT_ENOMEM;
    if (config) build_plugins(&b, config);
    if (b.st == INFEXT_OK && !(config && legacy_metrics(config))) {
        const infext_v1alpha1_data_layer *layer =
            config ? infext_v1alpha1_endpoint_picker_config_get_data_layer(config) : NULL;
        if (!layer && config) layer = infext_v1alpha1_endpoint_picker_config_get_data(config); /* GIE v1.3's spelling */
        if (layer) wire_configured(&b, layer);
        else wire_default(&b);
    }
    for (size_t i = 0; i < b.plugins_len; i++) infext_metrics_source_free(b.plugins[i].source);
    infext__free(b.plugins);
    if (config) infext__diags_locate(diags, first_diag, config);
    if (b.st != INFEXT_OK) {
        infext_datalayer_free(b.dl);
        return b.st;
    }
    *out = b.dl;
    return INFEXT_OK;
}

INFEXT_API size_t infext_datalayer_sources_count(const infext_datalayer *dl)
{
    return dl ? dl->sources_len : 0;
}

INFEXT_API const infext_metrics_source *infext_datalayer_source_at(const infext_datalayer *dl,
                                                                   size_t index)
{
    return dl && index < dl->sources_len ? dl->sources[index] : NULL;
}
