/* Metrics benchmark: the Prometheus text-format parser's throughput (MB/s)
 * on the committed model-server pages and on a large generated vLLM-like
 * page, beside a bare line scanner (memchr over the lines, the floor any
 * parser of this format pays), with the ratio; then nanoseconds per
 * endpoint update (parse + extract into an infext_endpoint) for each
 * engine's page. Prints figures; asserts nothing about time. */
#include "bench_timing.h"

#include <infext/infext.h>
#include <infext/metrics.h>

#include <string.h>

/* The floor: find every line and look at its first byte. */
static volatile size_t scanner_sink;

static void op_scan_lines(const char *data, size_t len, void *ctx)
{
    (void)ctx;
    size_t lines = 0, hashes = 0;
    for (const char *p = data, *end = data + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        hashes += *p == '#';
        lines++;
        p = nl ? nl + 1 : end;
    }
    scanner_sink = lines + hashes;
}

static infext_status count_sample(void *ctx, const infext_metrics_sample *s)
{
    (void)s;
    (*(size_t *)ctx)++;
    return INFEXT_OK;
}

static void op_parse(const char *data, size_t len, void *ctx)
{
    size_t samples = 0;
    if (infext_metrics_parse(ctx, data, len, count_sample, &samples, NULL) != INFEXT_OK) exit(1);
}

typedef struct update_ctx {
    const infext_metrics_extractor *ex;
    infext_metrics_parser *parser;
    infext_endpoint *ep;
} update_ctx;

static void op_update(const char *data, size_t len, void *ctx)
{
    update_ctx *u = ctx;
    /* INFEXT_ENOTFOUND: a metric the page lacks (the generated page has no
     * LoRA or cache-config info); the others were applied */
    infext_status st = infext_metrics_extractor_update(u->ex, u->parser, u->ep, data, len, 1, NULL);
    if (st != INFEXT_OK && st != INFEXT_ENOTFOUND) exit(1);
}

/* A vLLM-like page of about `target` bytes: gauges, counters and
 * histograms with 20 buckets, for several models. */
static char *generated_page(size_t target, size_t *out_len)
{
    size_t cap = target + 65536, len = 0;
    char *buf = malloc(cap);
    static const char *const hist[] = {"time_to_first_token_seconds", "e2e_request_latency_seconds",
                                       "request_queue_time_seconds", "request_prefill_time_seconds",
                                       "request_decode_time_seconds",
                                       "time_per_output_token_seconds"};
    len += (size_t)snprintf(buf + len, cap - len,
                            "# HELP vllm:num_requests_waiting Requests waiting.\n"
                            "# TYPE vllm:num_requests_waiting gauge\n"
                            "vllm:num_requests_waiting{engine=\"0\",model_name=\"m\"} 3.0\n"
                            "# HELP vllm:num_requests_running Requests running.\n"
                            "# TYPE vllm:num_requests_running gauge\n"
                            "vllm:num_requests_running{engine=\"0\",model_name=\"m\"} 12.0\n"
                            "# HELP vllm:kv_cache_usage_perc KV-cache usage.\n"
                            "# TYPE vllm:kv_cache_usage_perc gauge\n"
                            "vllm:kv_cache_usage_perc{engine=\"0\",model_name=\"m\"} 0.61\n");
    for (int family = 0; len < target; family++) {
        const char *name = hist[family % 6];
        len += (size_t)snprintf(buf + len, cap - len,
                                "# HELP vllm:%s_%d Histogram of %s.\n"
                                "# TYPE vllm:%s_%d histogram\n",
                                name, family, name, name, family);
        for (int model = 0; model < 8; model++) {
            double le = 0.001;
            for (int b = 0; b < 20; b++, le *= 2)
                len += (size_t)snprintf(
                    buf + len, cap - len,
                    "vllm:%s_%d_bucket{engine=\"0\",le=\"%g\",model_name=\"org/model-%d\"} %d.0\n",
                    name, family, le, model, b * 37 + model);
            len += (size_t)snprintf(buf + len, cap - len,
                                    "vllm:%s_%d_bucket{engine=\"0\",le=\"+Inf\",model_name=\"org/"
                                    "model-%d\"} 900.0\n"
                                    "vllm:%s_%d_count{engine=\"0\",model_name=\"org/model-%d\"} "
                                    "900.0\n"
                                    "vllm:%s_%d_sum{engine=\"0\",model_name=\"org/model-%d\"} "
                                    "1234.5678\n",
                                    name, family, model, name, family, model, name, family, model);
        }
    }
    *out_len = len;
    return buf;
}

static void row(const char *label, const char *data, size_t len, infext_metrics_parser *p)
{
    int iters = len > 100000 ? 50 : 2000;
    double scan = measure(op_scan_lines, data, len, NULL, iters * 4);
    double parse = measure(op_parse, data, len, p, iters);
    printf("%-22s %8zu %12.0f %9.1f %12.0f %9.1f %7.1fx\n", label, len, parse,
           (double)len / parse * 1e3, scan, (double)len / scan * 1e3, parse / scan);
}

int main(void)
{
    static const char *const pages[] = {"vllm", "vllm-older", "sglang", "trtllm-serve",
                                        "triton-tensorrt-llm", "triton"};
    static const char *const engines[] = {"vllm", "vllm", "sglang", "trtllm-serve",
                                          "triton-tensorrt-llm", "triton"};
    infext_metrics_parser *p = NULL;
    infext_metrics_extractor *ex = NULL;
    if (infext_metrics_parser_new(&p, NULL) != INFEXT_OK ||
        infext_metrics_extractor_new(&ex, NULL, NULL, NULL, NULL) != INFEXT_OK)
        return 1;
    printf("metrics parser (ns per page, best of %d rounds; MB/s = 10^6 bytes/s)\n", ROUNDS);
    printf("%-22s %8s %12s %9s %12s %9s %8s\n", "page", "bytes", "parse", "MB/s", "line scan",
           "MB/s", "ratio");
    char *data[6];
    size_t lens[6];
    for (int i = 0; i < 6; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/metrics/%s/page.txt", INFEXT_TEST_DATA, pages[i]);
        data[i] = read_file(path, &lens[i]);
        if (!data[i]) {
            fprintf(stderr, "cannot read %s\n", path);
            return 1;
        }
        row(pages[i], data[i], lens[i], p);
    }
    size_t big_len;
    char *big = generated_page(1 << 20, &big_len);
    row("generated vLLM-like", big, big_len, p);

    printf("\nendpoint update: parse + extract into an endpoint (ns per update)\n");
    for (int i = 0; i < 6; i++) {
        infext_endpoint *ep = NULL;
        infext_endpoint_new(&ep, "ns", "pod");
        infext_endpoint_set_label(ep, "llm-d.ai/engine-type", engines[i]);
        update_ctx u = {ex, p, ep};
        double ns = measure(op_update, data[i], lens[i], &u, 2000);
        printf("  %-22s %8zu bytes %10.0f ns\n", pages[i], lens[i], ns);
        infext_endpoint_free(ep);
        free(data[i]);
    }
    infext_endpoint *ep = NULL;
    infext_endpoint_new(&ep, "ns", "pod");
    update_ctx u = {ex, p, ep};
    printf("  %-22s %8zu bytes %10.0f ns\n", "generated vLLM-like", big_len,
           measure(op_update, big, big_len, &u, 50));
    infext_endpoint_free(ep);
    free(big);
    infext_metrics_extractor_free(ex);
    infext_metrics_parser_free(p);
    return 0;
}
