/* The metrics data source: where an endpoint's metrics are polled (the host
 * does the polling) and which extractors a page feeds. */
#include "metrics/metrics_int.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <stdio.h>
#include <string.h>

INFEXT_API void infext_metrics_source_free(infext_metrics_source *src)
{
    if (!src) return;
    infext__free(src->name);
    infext__free(src->scheme);
    infext__free(src->path);
    infext__free(src->ca_cert_path);
    infext__free(src->client_cert_path);
    infext__free(src->client_key_path);
    infext__free((void *)src->extractors);
    infext__free(src);
}

static char *dup0(const char *s)
{
    return s ? infext__strndup(s, strlen(s)) : NULL;
}

static infext_status check(const infext__msource_settings *set, const char *path,
                           infext_diags *diags)
{
    char where[256];
    infext_status st = INFEXT_OK;
    if (strcmp(set->scheme, "http") != 0 && strcmp(set->scheme, "https") != 0) {
        snprintf(where, sizeof(where), "%s.scheme", path);
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_NOT_SUPPORTED, where, 0, 0,
                          "unsupported scheme: %s (want http or https)", set->scheme);
        st = INFEXT_ECONFIG;
    }
    if (!set->client_cert_path != !set->client_key_path) {
        snprintf(where, sizeof(where), "%s.%s", path,
                 set->client_cert_path ? "clientKeyPath" : "clientCertPath");
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_REQUIRED, where, 0, 0,
                          "clientCertPath and clientKeyPath must be set together");
        st = INFEXT_ECONFIG;
    }
    return st;
}

INFEXT_API infext_status infext_metrics_source_new(infext_metrics_source **out, const char *name,
                                                   const char *params_json, const char *path,
                                                   infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (!path) path = "parameters";
    infext_params *params = NULL;
    infext_status st = infext_params_parse(&params, params_json, path, diags);
    if (st != INFEXT_OK) return st;
    infext__msource_settings set = {"http", "/metrics", true, 0, NULL, NULL, NULL, 0};
    st = infext__mparams_decode(&set, INFEXT__METRICS_SOURCE_TYPE, path, params, diags);
    if (st != INFEXT_ENOMEM) {
        infext_status checked = check(&set, path, diags);
        if (st == INFEXT_OK) st = checked;
    }
    infext_status fin = infext_params_finish(params);
    if (st == INFEXT_OK) st = fin;
    infext_metrics_source *src = NULL;
    if (st == INFEXT_OK) {
        src = infext__calloc(1, sizeof(*src));
        if (!src) st = INFEXT_ENOMEM;
    }
    if (st == INFEXT_OK) {
        src->name = dup0(name ? name : INFEXT__METRICS_SOURCE_TYPE);
        src->scheme = dup0(set.scheme);
        src->path = dup0(set.path);
        src->insecure_skip_verify = set.insecure_skip_verify;
        src->port = (int32_t)set.port;
        src->ca_cert_path = dup0(set.ca_cert_path);
        src->client_cert_path = dup0(set.client_cert_path);
        src->client_key_path = dup0(set.client_key_path);
        src->interval = set.interval;
        if (!src->name || !src->scheme || !src->path || (set.ca_cert_path && !src->ca_cert_path) ||
            (set.client_cert_path && !src->client_cert_path) ||
            (set.client_key_path && !src->client_key_path))
            st = INFEXT_ENOMEM;
    }
    infext_params_free(params);
    if (st != INFEXT_OK) {
        infext_metrics_source_free(src);
        return st;
    }
    *out = src;
    return INFEXT_OK;
}

INFEXT_API const char *infext_metrics_source_get_name(const infext_metrics_source *src)
{
    return src ? src->name : "";
}

INFEXT_API const char *infext_metrics_source_get_scheme(const infext_metrics_source *src)
{
    return src ? src->scheme : "";
}

INFEXT_API const char *infext_metrics_source_get_path(const infext_metrics_source *src)
{
    return src ? src->path : "";
}

INFEXT_API int32_t infext_metrics_source_get_port(const infext_metrics_source *src)
{
    return src ? src->port : 0;
}

INFEXT_API bool infext_metrics_source_get_insecure_skip_verify(const infext_metrics_source *src)
{
    return src && src->insecure_skip_verify;
}

INFEXT_API const char *infext_metrics_source_get_ca_cert_path(const infext_metrics_source *src)
{
    return src ? src->ca_cert_path : NULL;
}

INFEXT_API const char *infext_metrics_source_get_client_cert_path(
    const infext_metrics_source *src)
{
    return src ? src->client_cert_path : NULL;
}

INFEXT_API const char *infext_metrics_source_get_client_key_path(const infext_metrics_source *src)
{
    return src ? src->client_key_path : NULL;
}

INFEXT_API int64_t infext_metrics_source_get_interval(const infext_metrics_source *src)
{
    return src ? src->interval : 0;
}

INFEXT_API infext_status infext_metrics_source_format_url(char *buf, size_t cap, size_t *out_len,
                                                          const infext_metrics_source *src,
                                                          const infext_endpoint *ep)
{
    if (!buf || !src || !ep) return INFEXT_EINVAL;
    const char *addr = infext_endpoint_get_address(ep);
    int32_t port = src->port ? src->port : infext_endpoint_get_port(ep);
    if (!*addr || !port) return INFEXT_EINVAL;
    int v6 = strchr(addr, ':') != NULL;
    /* as Go's url.URL: a relative path gets its slash after the host */
    const char *slash = src->path[0] && src->path[0] != '/' ? "/" : "";
    int n = snprintf(buf, cap, "%s://%s%s%s:%d%s%s", src->scheme, v6 ? "[" : "", addr,
                     v6 ? "]" : "", (int)port, slash, src->path);
    if (n < 0) return INFEXT_EINVAL;
    if (out_len) *out_len = (size_t)n;
    return (size_t)n < cap ? INFEXT_OK : INFEXT_ELIMIT;
}

INFEXT_API size_t infext_metrics_source_extractors_count(const infext_metrics_source *src)
{
    return src ? src->extractors_len : 0;
}

INFEXT_API const infext_metrics_extractor *infext_metrics_source_extractor_at(
    const infext_metrics_source *src, size_t index)
{
    return src && index < src->extractors_len ? src->extractors[index] : NULL;
}

INFEXT_API infext_status infext_metrics_source_update(const infext_metrics_source *src,
                                                      infext_metrics_parser *parser,
                                                      infext_endpoint *ep, const char *data,
                                                      size_t len, int64_t now_ns,
                                                      infext_diags *diags)
{
    if (!src) return INFEXT_EINVAL;
    return infext__metrics_run(src->extractors, src->extractors_len, parser, ep, data, len, now_ns,
                               diags);
}
