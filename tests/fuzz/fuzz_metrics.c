/* Fuzz target for the Prometheus text-format parser and the metric
 * extractor: nothing may crash or leak, every sample's accessors must agree
 * with each other, a page must parse the same twice with one parser (its
 * scratch reused), and the extractor must refuse exactly the pages the
 * parser refuses, leaving the endpoint unchanged. Built for libFuzzer with
 * -DINFEXT_FUZZ=ON (clang), and always as an ordinary test that replays the
 * committed corpus. */
#include <infext/infext.h>
#include <infext/metrics.h>

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct tally {
    size_t samples;
    double sum;     /* of the finite values */
    uint64_t names; /* a checksum of the names and labels */
} tally;

static uint64_t mix(uint64_t h, const char *s)
{
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h * 31 + 1;
}

static infext_status on_sample(void *ctx, const infext_metrics_sample *s)
{
    tally *t = ctx;
    const char *name = infext_metrics_sample_name(s), *family = infext_metrics_sample_family(s);
    /* a family is the name, or the name without a histogram/summary suffix */
    size_t nlen = strlen(name), flen = strlen(family);
    if (!*name || flen > nlen || strncmp(name, family, flen) != 0) abort();
    if (flen < nlen) {
        const char *suffix = name + flen;
        if (strcmp(suffix, "_bucket") && strcmp(suffix, "_sum") && strcmp(suffix, "_count"))
            abort();
    }
    if (infext_metrics_sample_line(s) == 0) abort();
    if (strcmp(infext_metric_type_name(infext_metrics_sample_type(s)), "unknown") == 0) abort();
    int64_t ts;
    (void)infext_metrics_sample_timestamp(&ts, s);
    size_t n = infext_metrics_sample_labels_count(s);
    for (size_t i = 0; i < n; i++) {
        const char *k = infext_metrics_sample_label_name_at(s, i);
        const char *v = infext_metrics_sample_label_value_at(s, i);
        if (!k || !v || !*k) abort();
        /* label names are unique on a sample, so the lookup finds this one */
        const char *by_name = infext_metrics_sample_label(s, k);
        if (!by_name || strcmp(by_name, v) != 0) abort();
        t->names = mix(mix(t->names, k), v);
    }
    if (infext_metrics_sample_label_name_at(s, n) || infext_metrics_sample_label_value_at(s, n))
        abort();
    double v = infext_metrics_sample_value(s);
    if (isfinite(v)) t->sum += v;
    t->names = mix(t->names, name);
    t->samples++;
    return INFEXT_OK;
}

typedef struct snapshot {
    int64_t queue, running, max_models, block_size, blocks, update;
    double kv;
} snapshot;

static snapshot snap(const infext_endpoint *ep)
{
    return (snapshot){infext_endpoint_get_waiting_queue_size(ep),
                      infext_endpoint_get_running_requests(ep),
                      infext_endpoint_get_max_active_models(ep),
                      infext_endpoint_get_cache_block_size(ep),
                      infext_endpoint_get_cache_num_gpu_blocks(ep),
                      infext_endpoint_get_update_time(ep),
                      infext_endpoint_get_kv_cache_usage(ep)};
}

static void drain(infext_diags *d)
{
    for (size_t i = 0; i < infext_diags_count(d); i++) {
        char *line = NULL;
        if (infext_diag_format(&line, infext_diags_at(d, i)) == INFEXT_OK) infext_free(line);
    }
    infext_diags_clear(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *page = (const char *)data;
    infext_diags *d = NULL;
    infext_metrics_parser *p = NULL, *small = NULL;
    infext_metrics_extractor *ex = NULL;
    infext_endpoint *ep = NULL;
    infext_metrics_parser_options o = INFEXT_METRICS_PARSER_OPTIONS_INIT;
    o.max_line_length = 256;
    o.max_labels = 4;
    o.max_families = 8;
    if (infext_diags_new(&d) != INFEXT_OK || infext_metrics_parser_new(&p, NULL) != INFEXT_OK ||
        infext_metrics_parser_new(&small, &o) != INFEXT_OK ||
        infext_metrics_extractor_new(&ex, NULL, NULL, NULL, NULL) != INFEXT_OK ||
        infext_endpoint_new(&ep, "ns", "pod") != INFEXT_OK)
        goto done;

    /* twice with one parser: same verdict, same samples */
    tally a = {0}, b = {0};
    infext_status st = infext_metrics_parse(p, page, size, on_sample, &a, d);
    if ((st == INFEXT_OK) != (infext_diags_error_count(d) == 0)) abort();
    drain(d);
    if (infext_metrics_parse(p, page, size, on_sample, &b, d) != st) abort();
    if (a.samples != b.samples || a.names != b.names ||
        (a.sum != b.sum && !(isnan(a.sum) && isnan(b.sum))))
        abort();
    drain(d);
    /* tighter limits: never more accepted than with the defaults */
    infext_status tight = infext_metrics_parse(small, page, size, NULL, NULL, d);
    if (tight == INFEXT_OK && st != INFEXT_OK) abort();
    drain(d);

    /* the extractor refuses what the parser refuses, and then changes nothing */
    infext_endpoint_set_waiting_queue_size(ep, 7);
    infext_endpoint_set_kv_cache_usage(ep, 0.5);
    snapshot before = snap(ep);
    infext_status up = infext_metrics_extractor_update(ex, p, ep, page, size, 1, d);
    drain(d);
    if (st == INFEXT_EPARSE || st == INFEXT_ELIMIT) {
        if (up != st) abort();
        snapshot after = snap(ep);
        if (memcmp(&before, &after, sizeof(before)) != 0) abort();
    } else if (up != INFEXT_OK && up != INFEXT_ENOTFOUND) {
        abort();
    }

done:
    infext_endpoint_free(ep);
    infext_metrics_extractor_free(ex);
    infext_metrics_parser_free(small);
    infext_metrics_parser_free(p);
    infext_diags_free(d);
    return 0;
}
