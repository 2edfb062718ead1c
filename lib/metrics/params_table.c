/* The parameters of the two data-layer plugin types, in one table: the
 * strict decoder below walks it, and the plugin catalogue can list it.
 * Upstream facts: GIE v1.5 pkg/epp/framework/plugins/datalayer (source
 * `metrics-data-source`, extractor `core-metrics-extractor`) and
 * llm-d-router v0.10, which adds the source's port, TLS files and interval. */
#include "metrics/metrics_int.h"

#include "scheduler/params.h"
#include "util/diag.h"
#include "util/goformat.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define SRC INFEXT__METRICS_SOURCE_TYPE
#define EXT INFEXT__METRICS_EXTRACTOR_TYPE
#define ENG "engineConfigs"
#define CUSTOM "customMetrics"
#define S(f) offsetof(infext__msource_settings, f)
#define X(f) offsetof(infext__mextractor_settings, f)
#define E(f) offsetof(infext__mengine_settings, f)
#define C(f) offsetof(infext__mcustom_settings, f)

/* A row; the kind without its prefix. */
#define ROW(type, name, kind, offset, def, since, doc) \
    {type, name, INFEXT__MPARAM_##kind, offset, def, since, doc}
/* A string the source reads from llm-d-router v0.10 on, without default. */
#define SRC_V010(name, kind, field, doc) ROW(SRC, name, kind, S(field), NULL, "llm-d-v0.10", doc)
/* A metric spec (or label name) of an engine mapping, as GIE v1.5 has it. */
#define ENG_STR(name, field, def, doc) ROW(ENG, name, STRING, E(field), def, "gie-v1.5", doc)

const infext__mparam infext__metrics_params[] = {
    ROW(SRC, "scheme", STRING, S(scheme), "http", "gie-v1.5",
        "URL scheme of the metrics endpoint: http or https."),
    ROW(SRC, "path", STRING, S(path), "/metrics", "gie-v1.5", "URL path of the metrics endpoint."),
    ROW(SRC, "insecureSkipVerify", BOOL, S(insecure_skip_verify), "true", "gie-v1.5",
        "Skip verifying the model server's TLS certificate (https)."),
    SRC_V010("port", PORT, port, "Port to poll instead of the endpoint's own (1..65535)."),
    SRC_V010("caCertPath", STRING, ca_cert_path,
             "PEM CA bundle that verifies the model server's certificate."),
    SRC_V010("clientCertPath", STRING, client_cert_path,
             "Client certificate for mutual TLS (with clientKeyPath)."),
    SRC_V010("clientKeyPath", STRING, client_key_path,
             "Client key for mutual TLS (with clientCertPath)."),
    SRC_V010("interval", DURATION, interval,
             "Polling period (Go duration); every tick of the host when absent."),
    ROW(EXT, "engineLabelKey", STRING, X(engine_label_key), "llm-d.ai/engine-type", "gie-v1.5",
        "Endpoint label naming its engine; inference.networking.k8s.io/engine-type is read too."),
    ROW(EXT, "defaultEngine", STRING, X(default_engine), "vllm", "gie-v1.5",
        "Engine of endpoints without the label."),
    ROW(EXT, "engineConfigs", LIST, X(engine_configs), NULL, "gie-v1.5",
        "Engine mappings; each replaces the built-in one of its name."),
    ENG_STR("name", name, NULL, "Engine name (required)."),
    ENG_STR("queuedRequestsSpec", queued, NULL, "Metric of the waiting queue size."),
    ENG_STR("runningRequestsSpec", running, NULL, "Metric of the running requests."),
    ENG_STR("kvUsageSpec", kv_usage, NULL, "Metric of the KV-cache usage (0..1)."),
    ENG_STR("loraSpec", lora, NULL,
            "Info metric with running_lora_adapters, waiting_lora_adapters and max_lora labels."),
    ENG_STR("cacheInfoSpec", cache_info, NULL,
            "Info metric with the cache block size and GPU block count as labels."),
    ENG_STR("cacheBlockSizeLabelName", block_size_label, "block_size",
            "Label of cacheInfoSpec with the block size."),
    ENG_STR("cacheNumBlocksLabelName", num_blocks_label, "num_gpu_blocks",
            "Label of cacheInfoSpec with the GPU block count."),
    ENG_STR("cacheBlockSizeSpec", block_size, NULL, "Metric whose value is the block size."),
    ENG_STR("cacheNumBlocksSpec", num_blocks, NULL, "Metric whose value is the GPU block count."),
    ROW(ENG, "customMetrics", LIST, E(custom_metrics), NULL, "llm-d-v0.10",
        "Scalar metrics stored as endpoint attributes (a double each)."),
    ROW(CUSTOM, "attributeKey", STRING, C(attribute_key), NULL, "llm-d-v0.10",
        "Endpoint attribute that receives the value (required, unique in the engine)."),
    ROW(CUSTOM, "metricSpec", STRING, C(metric_spec), NULL, "llm-d-v0.10",
        "Metric spec of the value (required)."),
};

const size_t infext__metrics_params_count =
    sizeof(infext__metrics_params) / sizeof(infext__metrics_params[0]);

infext_status infext__mparams_decode(void *settings, const char *plugin_type, const char *path,
                                     infext_params *params, infext_diags *diags)
{
    infext_status result = INFEXT_OK;
    char where[256];
    for (size_t i = 0; i < infext__metrics_params_count; i++) {
        const infext__mparam *m = &infext__metrics_params[i];
        if (strcmp(m->plugin_type, plugin_type) != 0) continue;
        char *slot = (char *)settings + m->offset;
        infext_status st = INFEXT_OK;
        const char *text = NULL;
        int64_t n = 0;
        snprintf(where, sizeof(where), "%s.%s", path, m->name);
        switch (m->kind) {
        case INFEXT__MPARAM_STRING:
            st = infext_params_get_string((const char **)(void *)slot, params, m->name);
            break;
        case INFEXT__MPARAM_BOOL:
            st = infext_params_get_bool((bool *)(void *)slot, params, m->name);
            break;
        case INFEXT__MPARAM_PORT:
            st = infext_params_get_int(&n, params, m->name);
            if (st == INFEXT_OK && (n < 1 || n > 65535)) {
                infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, where, 0, 0,
                                  "invalid port %lld: must be between 1 and 65535", (long long)n);
                st = INFEXT_ECONFIG;
            }
            if (st == INFEXT_OK) *(int64_t *)(void *)slot = n;
            break;
        case INFEXT__MPARAM_DURATION:
            st = infext_params_get_string(&text, params, m->name);
            if (st == INFEXT_OK && (infext__duration_parse(&n, text) != 0 || n <= 0)) {
                infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, where, 0, 0,
                                  "invalid duration \"%s\": must be a Go duration greater than 0, "
                                  "such as \"1s\"",
                                  text);
                st = INFEXT_ECONFIG;
            }
            if (st == INFEXT_OK) *(int64_t *)(void *)slot = n;
            break;
        case INFEXT__MPARAM_LIST: {
            infext__mlist *list = (infext__mlist *)(void *)slot;
            st = infext__params_get_list(&list->items, &list->len, params, m->name);
            break;
        }
        }
        if (st == INFEXT_ENOTFOUND) continue;
        if (st == INFEXT_ENOMEM) return st;
        if (st != INFEXT_OK) result = INFEXT_ECONFIG;
    }
    return result;
}
