/* The data layer: the Prometheus text parser (exact samples and exact
 * errors), the core-metrics-extractor mappings over captured-style pages of
 * each model server (tests/data/metrics/<case>/, exact endpoint values),
 * parameter decoding with config paths, the data layer of a config, and
 * the poll URL. */
#include "support.h"

#include "util/alloc.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------- transcript -- */

typedef struct text {
    char *s;
    size_t len, cap;
} text;

static void add(text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char line[16384];
    int n = vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    assert_true(n >= 0 && (size_t)n < sizeof(line));
    while (t->len + (size_t)n + 1 > t->cap) {
        t->cap = t->cap ? t->cap * 2 : 1024;
        t->s = realloc(t->s, t->cap);
        assert_non_null(t->s);
    }
    memcpy(t->s + t->len, line, (size_t)n + 1);
    t->len += (size_t)n;
}

static void add_diags(text *t, const infext_diags *diags)
{
    char *r = test_render_diags(diags);
    add(t, "%s", r);
    free(r);
}

/* The shortest of %.15g and %.17g that reads back as the same double. */
static const char *num(char *buf, size_t cap, double v)
{
    snprintf(buf, cap, "%.15g", v);
    if (strtod(buf, NULL) != v && !isnan(v)) snprintf(buf, cap, "%.17g", v);
    return buf;
}

/* The endpoint's metrics, one per line. */
static void add_endpoint(text *t, const infext_endpoint *ep)
{
    add(t, "waitingQueueSize %lld\n", (long long)infext_endpoint_get_waiting_queue_size(ep));
    add(t, "runningRequests %lld\n", (long long)infext_endpoint_get_running_requests(ep));
    char n[40];
    add(t, "kvCacheUsage %s\n", num(n, sizeof(n), infext_endpoint_get_kv_cache_usage(ep)));
    add(t, "maxActiveModels %lld\n", (long long)infext_endpoint_get_max_active_models(ep));
    add(t, "activeModels");
    for (size_t i = 0; i < infext_endpoint_active_models_count(ep); i++)
        add(t, " %s", infext_endpoint_active_model_at(ep, i));
    add(t, "\nwaitingModels");
    for (size_t i = 0; i < infext_endpoint_waiting_models_count(ep); i++)
        add(t, " %s", infext_endpoint_waiting_model_at(ep, i));
    add(t, "\ncacheBlockSize %lld\n", (long long)infext_endpoint_get_cache_block_size(ep));
    add(t, "cacheNumGPUBlocks %lld\n", (long long)infext_endpoint_get_cache_num_gpu_blocks(ep));
    add(t, "updateTime %lld\n", (long long)infext_endpoint_get_update_time(ep));
}

static infext_status dump_sample(void *ctx, const infext_metrics_sample *s)
{
    text *t = ctx;
    char n[40];
    add(t, "%u %s %s %s %s", infext_metrics_sample_line(s), infext_metrics_sample_name(s),
        infext_metrics_sample_family(s), infext_metric_type_name(infext_metrics_sample_type(s)),
        num(n, sizeof(n), infext_metrics_sample_value(s)));
    int64_t ts;
    if (infext_metrics_sample_timestamp(&ts, s)) add(t, " @%lld", (long long)ts);
    for (size_t i = 0; i < infext_metrics_sample_labels_count(s); i++) {
        const char *v = infext_metrics_sample_label_value_at(s, i);
        add(t, " %s=", infext_metrics_sample_label_name_at(s, i));
        for (; *v; v++) add(t, *v == '\n' ? "\\n" : "%c", *v);
    }
    add(t, "\n");
    return INFEXT_OK;
}

static int mismatches; /* of the corpus run: every case runs, then the test fails */

static void compare(const char *rel, const char *got)
{
    mismatches += test_compare_data(rel, got);
}

/* ------------------------------------------------------------- corpus -- */

/* A case: page.txt; optional labels (key=value lines) for the endpoint,
 * extractor.json (core-metrics-extractor parameters) and options
 * ("max_line_length N", "max_labels N", "max_families N", "max_page_size N").
 * For cases named parse-* and broken-*, `expected` lists every sample the
 * parser gave ("LINE NAME FAMILY TYPE VALUE [@TS] [LABEL=VALUE...]"), the
 * status and the diagnostics. For the others it holds the status, the
 * engine, the endpoint after the update (it starts with every metric at a
 * marker value, to show what was kept) and the diagnostics. */
static void run_case(const char *name)
{
    char rel[512];
    snprintf(rel, sizeof(rel), "metrics/%s/page.txt", name);
    size_t len;
    char *page = test_read_data(rel, &len);

    infext_metrics_parser_options opts = INFEXT_METRICS_PARSER_OPTIONS_INIT;
    snprintf(rel, sizeof(rel), "metrics/%s/options", name);
    if (test_data_exists(rel)) {
        char *o = test_read_data(rel, NULL);
        char key[64];
        unsigned long value;
        for (char *line = strtok(o, "\n"); line; line = strtok(NULL, "\n")) {
            assert_int_equal(sscanf(line, "%63s %lu", key, &value), 2);
            if (!strcmp(key, "max_line_length")) opts.max_line_length = value;
            else if (!strcmp(key, "max_labels")) opts.max_labels = value;
            else if (!strcmp(key, "max_families")) opts.max_families = value;
            else if (!strcmp(key, "max_page_size")) opts.max_page_size = value;
            else fail_msg("unknown option %s", key);
        }
        free(o);
    }
    infext_metrics_parser *parser = NULL;
    assert_int_equal(infext_metrics_parser_new(&parser, &opts), INFEXT_OK);

    infext_endpoint *ep = NULL;
    assert_int_equal(infext_endpoint_new(&ep, "default", name), INFEXT_OK);
    snprintf(rel, sizeof(rel), "metrics/%s/labels", name);
    if (test_data_exists(rel)) {
        char *l = test_read_data(rel, NULL);
        for (char *line = strtok(l, "\n"); line; line = strtok(NULL, "\n")) {
            char *eq = strchr(line, '=');
            assert_non_null(eq);
            *eq = '\0';
            assert_int_equal(infext_endpoint_set_label(ep, line, eq + 1), INFEXT_OK);
        }
        free(l);
    }
    infext_endpoint_set_waiting_queue_size(ep, 99);
    infext_endpoint_set_running_requests(ep, 99);
    infext_endpoint_set_kv_cache_usage(ep, 0.99);
    infext_endpoint_set_max_active_models(ep, 99);
    infext_endpoint_add_active_model(ep, "before");
    infext_endpoint_add_waiting_model(ep, "before");
    infext_endpoint_set_cache_block_size(ep, 99);
    infext_endpoint_set_cache_num_gpu_blocks(ep, 99);
    infext_endpoint_set_update_time(ep, 1);
    /* optional `attributes`: lines KEY or KEY=VALUE (a double set before
     * the update); each is printed after it */
    snprintf(rel, sizeof(rel), "metrics/%s/attributes", name);
    char *attrs = test_data_exists(rel) ? test_read_data(rel, NULL) : NULL;
    const char *keys[16];
    size_t nkeys = 0;
    for (char *l = attrs ? strtok(attrs, "\n") : NULL; l; l = strtok(NULL, "\n")) {
        assert_true(nkeys < 16);
        keys[nkeys++] = l;
        char *eq = strchr(l, '=');
        if (!eq) continue;
        *eq = '\0';
        double *v = malloc(sizeof(*v));
        assert_non_null(v);
        *v = strtod(eq + 1, NULL);
        assert_int_equal(infext_endpoint_set_attribute(ep, l, v, free), INFEXT_OK);
    }

    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    text t = {0};
    add(&t, "");
    infext_metrics_extractor *x = NULL;
    char *params = NULL;
    if (strncmp(name, "parse-", 6) == 0 || strncmp(name, "broken-", 7) == 0) {
        /* a parser case: every sample, then the outcome */
        infext_status st = infext_metrics_parse(parser, page, len, dump_sample, &t, diags);
        add(&t, "status %s\n", infext_status_name(st));
    } else {
        snprintf(rel, sizeof(rel), "metrics/%s/extractor.json", name);
        params = test_data_exists(rel) ? test_read_data(rel, NULL) : NULL;
        infext_status st = infext_metrics_extractor_new(&x, NULL, params, "parameters", diags);
        if (st != INFEXT_OK)
            fail_msg("%s: extractor: %s\n%s", name, infext_status_name(st), test_render_diags(diags));
        st = infext_metrics_extractor_update(x, parser, ep, page, len, 1000, diags);
        add(&t, "status %s\nengine %s\n", infext_status_name(st),
            infext_metrics_extractor_engine_for(x, ep));
        add_endpoint(&t, ep);
        for (size_t i = 0; i < nkeys; i++) {
            char n[40];
            const double *v = infext_endpoint_get_attribute(ep, keys[i]);
            if (v) add(&t, "attribute %s %s\n", keys[i], num(n, sizeof(n), *v));
            else add(&t, "attribute %s absent\n", keys[i]);
        }
    }
    add_diags(&t, diags);
    snprintf(rel, sizeof(rel), "metrics/%s/expected", name);
    compare(rel, t.s);
    free(t.s);

    /* the same page again: no allocation once the parser has grown (the
     * endpoint's adapter lists are rebuilt, so count only the parse) */
    infext__alloc_fail_after(LONG_MAX); /* counts, never fails */
    (void)infext_metrics_parse(parser, page, len, NULL, NULL, NULL);
    assert_int_equal(infext__alloc_fail_after(-1), 0);

    infext_diags_free(diags);
    infext_metrics_extractor_free(x);
    infext_endpoint_free(ep);
    infext_metrics_parser_free(parser);
    free(params);
    free(attrs);
    free(page);
}

static void test_metrics_corpus(void **state)
{
    (void)state;
    char **names = test_list_dir("metrics");
    size_t n = 0;
    for (char **c = names; *c; c++) {
        char rel[512];
        snprintf(rel, sizeof(rel), "metrics/%s/page.txt", *c);
        if (!test_data_exists(rel)) continue;
        run_case(*c);
        n++;
    }
    test_free_list(names);
    if (mismatches) fail_msg("%d expectation(s) differ", mismatches);
    assert_true(n >= 20);
}

/* --------------------------------------------------------- data layer -- */

static void add_source(text *t, const infext_metrics_source *src)
{
    const char *ca = infext_metrics_source_get_ca_cert_path(src);
    const char *cert = infext_metrics_source_get_client_cert_path(src);
    const char *key = infext_metrics_source_get_client_key_path(src);
    add(t, "source %s scheme=%s path=%s port=%d insecureSkipVerify=%s interval=%lld",
        infext_metrics_source_get_name(src), infext_metrics_source_get_scheme(src),
        infext_metrics_source_get_path(src), (int)infext_metrics_source_get_port(src),
        infext_metrics_source_get_insecure_skip_verify(src) ? "true" : "false",
        (long long)infext_metrics_source_get_interval(src));
    add(t, " caCertPath=%s clientCertPath=%s clientKeyPath=%s\n", ca ? ca : "-", cert ? cert : "-",
        key ? key : "-");
    for (size_t i = 0; i < infext_metrics_source_extractors_count(src); i++) {
        const infext_metrics_extractor *x = infext_metrics_source_extractor_at(src, i);
        add(t, "  extractor %s engines", infext_metrics_extractor_get_name(x));
        for (size_t j = 0; j < infext_metrics_extractor_engines_count(x); j++)
            add(t, " %s", infext_metrics_extractor_engine_name_at(x, j));
        infext_endpoint *ep = NULL;
        assert_int_equal(infext_endpoint_new(&ep, NULL, "probe"), INFEXT_OK);
        add(t, "; unlabelled endpoint: %s\n", infext_metrics_extractor_engine_for(x, ep));
        infext_endpoint_free(ep);
    }
}

/* tests/data/datalayer/<case>/config.yaml: the data layer built from it
 * (sources, their settings, extractors and engines) with its diagnostics,
 * then what infext_scheduler_new() says of the same config. */
static void test_datalayer_configs(void **state)
{
    (void)state;
    char **cases = test_list_dir("datalayer");
    size_t n = 0;
    for (char **c = cases; *c; c++, n++) {
        char rel[256];
        snprintf(rel, sizeof(rel), "datalayer/%s/config.yaml", *c);
        size_t len;
        char *yaml = test_read_data(rel, &len);
        infext_v1alpha1_endpoint_picker_config *cfg = NULL;
        infext_diags *diags = NULL;
        assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
        assert_int_equal(infext_v1alpha1_endpoint_picker_config_decode(&cfg, yaml, len, NULL, diags),
                         INFEXT_OK);
        infext_datalayer *dl = NULL;
        infext_status st = infext_datalayer_new(&dl, cfg, diags);
        text t = {0};
        add(&t, "datalayer %s\n", infext_status_name(st));
        for (size_t i = 0; i < infext_datalayer_sources_count(dl); i++)
            add_source(&t, infext_datalayer_source_at(dl, i));
        add_diags(&t, diags);
        infext_diags_clear(diags);
        infext_scheduler *sched = NULL;
        st = infext_scheduler_new(&sched, cfg, NULL, NULL, diags);
        add(&t, "scheduler %s\n", infext_status_name(st));
        add_diags(&t, diags);
        snprintf(rel, sizeof(rel), "datalayer/%s/expected", *c);
        compare(rel, t.s);
        free(t.s);
        infext_scheduler_free(sched);
        infext_datalayer_free(dl);
        infext_diags_free(diags);
        infext_v1alpha1_endpoint_picker_config_free(cfg);
        free(yaml);
    }
    test_free_list(cases);
    if (mismatches) fail_msg("%d expectation(s) differ", mismatches);
    assert_true(n >= 9);
}

/* -------------------------------------------------------------- URLs -- */

static void test_source_url(void **state)
{
    (void)state;
    infext_metrics_source *src = NULL, *alt = NULL;
    assert_int_equal(infext_metrics_source_new(&src, NULL, NULL, NULL, NULL), INFEXT_OK);
    assert_int_equal(infext_metrics_source_new(&alt, "alt",
                                               "{\"scheme\":\"https\",\"path\":\"stats\",\"port\":9400}",
                                               NULL, NULL),
                     INFEXT_OK);
    infext_endpoint *v4 = NULL, *v6 = NULL, *bare = NULL;
    assert_int_equal(infext_endpoint_new(&v4, "ns", "a"), INFEXT_OK);
    infext_endpoint_set_address(v4, "10.0.0.7");
    infext_endpoint_set_port(v4, 8000);
    assert_int_equal(infext_endpoint_new(&v6, "ns", "b"), INFEXT_OK);
    infext_endpoint_set_address(v6, "fd00:10::7");
    infext_endpoint_set_port(v6, 8000);
    assert_int_equal(infext_endpoint_new(&bare, "ns", "c"), INFEXT_OK);
    char url[64];
    size_t n = 0;
    assert_int_equal(infext_metrics_source_format_url(url, sizeof(url), &n, src, v4), INFEXT_OK);
    assert_string_equal(url, "http://10.0.0.7:8000/metrics");
    assert_int_equal(n, 28);
    assert_int_equal(infext_metrics_source_format_url(url, sizeof(url), &n, src, v6), INFEXT_OK);
    assert_string_equal(url, "http://[fd00:10::7]:8000/metrics");
    assert_int_equal(infext_metrics_source_format_url(url, sizeof(url), &n, alt, v6), INFEXT_OK);
    assert_string_equal(url, "https://[fd00:10::7]:9400/stats");
    /* too small: the length it needs, and ELIMIT */
    assert_int_equal(infext_metrics_source_format_url(url, 10, &n, src, v4), INFEXT_ELIMIT);
    assert_int_equal(n, 28);
    assert_int_equal(infext_metrics_source_format_url(url, sizeof(url), &n, src, bare), INFEXT_EINVAL);
    assert_int_equal(infext_metrics_source_format_url(NULL, 0, &n, src, v4), INFEXT_EINVAL);
    assert_int_equal(infext_metrics_source_extractors_count(src), 0);
    assert_null(infext_metrics_source_extractor_at(src, 0));
    infext_endpoint_free(v4);
    infext_endpoint_free(v6);
    infext_endpoint_free(bare);
    infext_metrics_source_free(src);
    infext_metrics_source_free(alt);
}

/* ------------------------------------------------------ parser edges -- */

static infext_status stop_at_second(void *ctx, const infext_metrics_sample *s)
{
    int *seen = ctx;
    return ++*seen == 2 && s ? INFEXT_ENOTFOUND : INFEXT_OK;
}

static void test_parser_api(void **state)
{
    (void)state;
    infext_metrics_parser *p = NULL;
    infext_metrics_parser_options bad = INFEXT_METRICS_PARSER_OPTIONS_INIT;
    bad.version = 99;
    assert_int_equal(infext_metrics_parser_new(&p, &bad), INFEXT_EINVAL);
    assert_null(p);
    assert_int_equal(infext_metrics_parser_options_init(&bad, 99), INFEXT_EINVAL);
    assert_int_equal(infext_metrics_parser_options_init(&bad, INFEXT_METRICS_PARSER_OPTIONS_VERSION),
                     INFEXT_OK);
    assert_int_equal(bad.max_line_length, 0);
    assert_int_equal(infext_metrics_parser_new(NULL, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_metrics_parser_new(&p, NULL), INFEXT_OK);
    assert_int_equal(infext_metrics_parse(NULL, "a 1\n", 4, NULL, NULL, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_metrics_parse(p, NULL, 4, NULL, NULL, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_metrics_parse(p, NULL, 0, NULL, NULL, NULL), INFEXT_OK);
    int seen = 0;
    assert_int_equal(infext_metrics_parse(p, "a 1\nb 2\nc 3\n", 12, stop_at_second, &seen, NULL),
                     INFEXT_ENOTFOUND);
    assert_int_equal(seen, 2);
    /* the same family name on two pages: each page starts afresh */
    assert_int_equal(infext_metrics_parse(p, "# TYPE a gauge\na 1\n", 19, NULL, NULL, NULL), INFEXT_OK);
    assert_int_equal(infext_metrics_parse(p, "# TYPE a gauge\na 1\n", 19, NULL, NULL, NULL), INFEXT_OK);
    /* NULL-tolerant accessors */
    assert_string_equal(infext_metrics_sample_name(NULL), "");
    assert_string_equal(infext_metrics_sample_family(NULL), "");
    assert_int_equal(infext_metrics_sample_type(NULL), INFEXT_METRIC_UNTYPED);
    assert_false(infext_metrics_sample_timestamp(NULL, NULL));
    assert_null(infext_metrics_sample_label(NULL, "x"));
    assert_null(infext_metrics_sample_label_name_at(NULL, 0));
    assert_string_equal(infext_metric_type_name(INFEXT_METRIC_HISTOGRAM), "histogram");
    assert_string_equal(infext_metric_type_name((infext_metric_type)9), "unknown");
    /* many families: the table grows and keeps them apart */
    text page = {0};
    add(&page, "");
    for (int i = 0; i < 500; i++) add(&page, "# TYPE fam_%d counter\nfam_%d 1\n", i, i);
    assert_int_equal(infext_metrics_parse(p, page.s, page.len, NULL, NULL, NULL), INFEXT_OK);
    add(&page, "# TYPE fam_7 counter\n");
    infext_diags *d = NULL;
    infext_diags_new(&d);
    assert_int_equal(infext_metrics_parse(p, page.s, page.len, NULL, NULL, d), INFEXT_EPARSE);
    char *r = test_render_diags(d);
    assert_string_equal(r, "Syntax||1001:3|second TYPE line for metric \"fam_7\"\n");
    free(r);
    free(page.s);
    infext_diags_free(d);
    infext_metrics_parser_free(p);

    infext_metrics_extractor *x = NULL;
    assert_int_equal(infext_metrics_extractor_new(NULL, NULL, NULL, NULL, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_metrics_extractor_new(&x, NULL, "[1]", NULL, NULL), INFEXT_ECONFIG);
    assert_null(x);
    assert_int_equal(infext_metrics_extractor_update(NULL, NULL, NULL, NULL, 0, 0, NULL),
                     INFEXT_EINVAL);
    assert_null(infext_metrics_extractor_engine_for(NULL, NULL));
}

/* Every allocation failure of building and running the pipeline returns
 * ENOMEM (or succeeds) without a leak. */
static void test_out_of_memory(void **state)
{
    (void)state;
    size_t len;
    char *page = test_read_data("metrics/vllm/page.txt", &len);
    char *yaml = test_read_data("datalayer/configured/config.yaml", NULL);
    infext_v1alpha1_endpoint_picker_config *cfg = NULL;
    assert_int_equal(infext_v1alpha1_endpoint_picker_config_decode(&cfg, yaml, strlen(yaml), NULL, NULL),
                     INFEXT_OK);
    for (long n = 0;; n++) {
        infext_datalayer *dl = NULL;
        infext_metrics_parser *p = NULL;
        infext_endpoint *ep = NULL;
        infext__alloc_fail_after(n);
        infext_status st = infext_datalayer_new(&dl, cfg, NULL);
        if (st == INFEXT_OK) st = infext_metrics_parser_new(&p, NULL);
        if (st == INFEXT_OK) st = infext_endpoint_new(&ep, "ns", "a");
        if (st == INFEXT_OK)
            st = infext_metrics_source_update(infext_datalayer_source_at(dl, 0), p, ep, page, len,
                                              5, NULL);
        infext__alloc_fail_after(-1);
        infext_endpoint_free(ep);
        infext_metrics_parser_free(p);
        infext_datalayer_free(dl);
        if (st == INFEXT_ENOTFOUND) break; /* this config's default engine is sglang */
        assert_int_equal(st, INFEXT_ENOMEM);
        assert_true(n < 10000);
    }
    infext_v1alpha1_endpoint_picker_config_free(cfg);
    free(yaml);
    free(page);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_metrics_corpus),
        cmocka_unit_test(test_datalayer_configs),
        cmocka_unit_test(test_source_url),
        cmocka_unit_test(test_parser_api),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
