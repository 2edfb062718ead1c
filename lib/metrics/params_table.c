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
#define S(f) offsetof(infext__msource_settings, f)
#define X(f) offsetof(infext__mextractor_settings, f)
#define E(f) offsetof(infext__mengine_settings, f)

const infext__mparam infext__metrics_params[] = {
    {SRC, "scheme", INFEXT__MPARAM_STRING, S(scheme), "http", "gie-v1.5",
     "URL scheme of the metrics endpoint: http or https."},
    {SRC, "path", INFEXT__MPARAM_STRING, S(path), "/metrics", "gie-v1.5",
     "URL path of the metrics endpoint."},
    {SRC, "insecureSkipVerify", INFEXT__MPARAM_BOOL, S(insecure_skip_verify), "true", "gie-v1.5",
     "Skip verifying the model server's TLS certificate (https)."},
    {SRC, "port", INFEXT__MPARAM_PORT, S(port), NULL, "llm-d-v0.10",
     "Port to poll instead of the endpoint's own (1..65535)."},
    {SRC, "caCertPath", INFEXT__MPARAM_STRING, S(ca_cert_path), NULL, "llm-d-v0.10",
     "PEM CA bundle that verifies the model server's certificate."},
    {SRC, "clientCertPath", INFEXT__MPARAM_STRING, S(client_cert_path), NULL, "llm-d-v0.10",
     "Client certificate for mutual TLS (with clientKeyPath)."},
    {SRC, "clientKeyPath", INFEXT__MPARAM_STRING, S(client_key_path), NULL, "llm-d-v0.10",
     "Client key for mutual TLS (with clientCertPath)."},
    {SRC, "interval", INFEXT__MPARAM_DURATION, S(interval), NULL, "llm-d-v0.10",
     "Polling period (Go duration); every tick of the host when absent."},
    {EXT, "engineLabelKey", INFEXT__MPARAM_STRING, X(engine_label_key), "llm-d.ai/engine-type",
     "gie-v1.5",
     "Endpoint label naming its engine; inference.networking.k8s.io/engine-type is read too."},
    {EXT, "defaultEngine", INFEXT__MPARAM_STRING, X(default_engine), "vllm", "gie-v1.5",
     "Engine of endpoints without the label."},
    {EXT, "engineConfigs", INFEXT__MPARAM_LIST, X(engine_configs), NULL, "gie-v1.5",
     "Engine mappings; each replaces the built-in one of its name."},
    {ENG, "name", INFEXT__MPARAM_STRING, E(name), NULL, "gie-v1.5", "Engine name (required)."},
    {ENG, "queuedRequestsSpec", INFEXT__MPARAM_STRING, E(queued), NULL, "gie-v1.5",
     "Metric of the waiting queue size."},
    {ENG, "runningRequestsSpec", INFEXT__MPARAM_STRING, E(running), NULL, "gie-v1.5",
     "Metric of the running requests."},
    {ENG, "kvUsageSpec", INFEXT__MPARAM_STRING, E(kv_usage), NULL, "gie-v1.5",
     "Metric of the KV-cache usage (0..1)."},
    {ENG, "loraSpec", INFEXT__MPARAM_STRING, E(lora), NULL, "gie-v1.5",
     "Info metric with running_lora_adapters, waiting_lora_adapters and max_lora labels."},
    {ENG, "cacheInfoSpec", INFEXT__MPARAM_STRING, E(cache_info), NULL, "gie-v1.5",
     "Info metric with the cache block size and GPU block count as labels."},
    {ENG, "cacheBlockSizeLabelName", INFEXT__MPARAM_STRING, E(block_size_label), "block_size",
     "gie-v1.5", "Label of cacheInfoSpec with the block size."},
    {ENG, "cacheNumBlocksLabelName", INFEXT__MPARAM_STRING, E(num_blocks_label), "num_gpu_blocks",
     "gie-v1.5", "Label of cacheInfoSpec with the GPU block count."},
    {ENG, "cacheBlockSizeSpec", INFEXT__MPARAM_STRING, E(block_size), NULL, "gie-v1.5",
     "Metric whose value is the block size."},
    {ENG, "cacheNumBlocksSpec", INFEXT__MPARAM_STRING, E(num_blocks), NULL, "gie-v1.5",
     "Metric whose value is the GPU block count."},
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
