/* Scheduler module: built-in plugins with exact scores and picks, the
 * cycle runner, building from configs (every error with its path), the
 * request and endpoint formats, and loading plugin shared objects. */
#include "support.h"

#include "infext/plugin.h"
#include "infext/scheduler.h"
#include "scheduler/sched.h"
#include "util/alloc.h"

#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define EXAMPLES INFEXT_TEST_DATA "/../../examples/"
#define PLUGIN_DIR INFEXT_BINARY_DIR "/examples/plugin/"

/* ------------------------------------------------------------ helpers -- */

typedef struct ep_spec {
    const char *name;
    int64_t queue;
    double kv;
} ep_spec;

static infext_endpoint *endpoint(const char *name, int64_t queue, double kv)
{
    infext_endpoint *ep = NULL;
    assert_int_equal(infext_endpoint_new(&ep, "ns", name), INFEXT_OK);
    assert_int_equal(infext_endpoint_set_waiting_queue_size(ep, queue), INFEXT_OK);
    assert_int_equal(infext_endpoint_set_kv_cache_usage(ep, kv), INFEXT_OK);
    return ep;
}

static void free_endpoints(infext_endpoint **eps, size_t n)
{
    for (size_t i = 0; i < n; i++) infext_endpoint_free(eps[i]);
}

static infext_request *request(const char *id, const char *model, const char *prompt)
{
    infext_request *req = NULL;
    assert_int_equal(infext_request_new(&req), INFEXT_OK);
    assert_int_equal(infext_request_set_id(req, id), INFEXT_OK);
    assert_int_equal(infext_request_set_model(req, model), INFEXT_OK);
    if (prompt) assert_int_equal(infext_request_set_prompt(req, prompt, strlen(prompt)), INFEXT_OK);
    return req;
}

/* One instance of a built-in type, driven directly. */
typedef struct instance {
    const infext_plugin_type *type;
    void *state;
    infext_workspace *ws;
} instance;

static instance make(const infext_plugin_type *type, const char *params)
{
    instance in = {type, NULL, NULL};
    infext_plugin_create_args args = {INFEXT_PLUGIN_ABI_VERSION, sizeof(args), type->type_name,
                                      params, "plugins[0].parameters", NULL,
                                      infext_host_api_get(), NULL};
    assert_int_equal(type->create(&in.state, &args), INFEXT_OK);
    assert_int_equal(infext_workspace_new(&in.ws), INFEXT_OK);
    return in;
}

static void unmake(instance *in)
{
    if (in->type->destroy) in->type->destroy(in->state);
    infext_workspace_free(in->ws);
}

static void score(instance *in, const infext_request *req, infext_endpoint **eps, size_t n,
                  double *out)
{
    infext__sched_cycle_begin(&in->ws->cycle, req, 1);
    for (size_t i = 0; i < n; i++) out[i] = 0; /* as the host presets them */
    assert_int_equal(in->type->score(in->state, &in->ws->cycle, req,
                                     (const infext_endpoint *const *)eps, n, out),
                     INFEXT_OK);
}

static void assert_scores(const double *got, const double *want, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (fabs(got[i] - want[i]) > 1e-12) {
            print_error("score[%zu] = %.17g, want %.17g\n", i, got[i], want[i]);
            fail();
        }
    }
}

static infext_v1alpha1_endpoint_picker_config *config_text(const char *text)
{
    infext_v1alpha1_endpoint_picker_config *cfg = NULL;
    infext_diags *d = NULL;
    infext_diags_new(&d);
    infext_status st = infext_v1alpha1_endpoint_picker_config_decode(&cfg, text, strlen(text),
                                                                     NULL, d);
    if (st != INFEXT_OK) {
        char *r = test_render_diags(d);
        print_error("config does not decode: %s\n%s", infext_strerror(st), r);
        free(r);
        fail();
    }
    infext_diags_free(d);
    return cfg;
}

static infext_scheduler *scheduler(const char *yaml, infext_registry *reg, uint64_t seed)
{
    infext_v1alpha1_endpoint_picker_config *cfg = yaml ? config_text(yaml) : NULL;
    infext_scheduler_options opts = INFEXT_SCHEDULER_OPTIONS_INIT;
    opts.flags = INFEXT_SCHEDULER_SEEDED;
    opts.seed = seed;
    infext_diags *d = NULL;
    infext_diags_new(&d);
    infext_scheduler *s = NULL;
    infext_status st = infext_scheduler_new(&s, cfg, reg, &opts, d);
    if (st != INFEXT_OK) {
        char *r = test_render_diags(d);
        print_error("scheduler_new: %s\n%s", infext_strerror(st), r);
        free(r);
        fail();
    }
    infext_diags_free(d);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
    return s;
}

#define CONFIG_HEAD "apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\n"

/* ---------------------------------------------------------- xxhash64 -- */

static void test_xxh64_vectors(void **state)
{
    (void)state;
    assert_true(infext__sched_xxh64("", 0, 0) == 0xEF46DB3751D8E999ull);
    assert_true(infext__sched_xxh64("a", 1, 0) == 0xD24EC4F1A98C6E5Bull);
    assert_true(infext__sched_xxh64("abc", 3, 0) == 0x44BC2CF5AD770999ull);
    /* streaming in odd pieces equals one shot, across the 32-byte stripes */
    char buf[300];
    for (size_t i = 0; i < sizeof(buf); i++) buf[i] = (char)(i * 7 + 3);
    for (size_t len = 0; len < sizeof(buf); len += 13) {
        infext__sched_xxh64_state st;
        infext__sched_xxh64_reset(&st, 0);
        for (size_t off = 0; off < len; off += 5)
            infext__sched_xxh64_update(&st, buf + off, len - off < 5 ? len - off : 5);
        assert_true(infext__sched_xxh64_digest(&st) == infext__sched_xxh64(buf, len, 0));
    }
    /* and equals the reference library when it is installed */
    void *lib = dlopen("libxxhash.so.0", RTLD_NOW);
    if (!lib) return;
    uint64_t (*ref)(const void *, size_t, uint64_t);
    void *sym = dlsym(lib, "XXH64");
    memcpy(&ref, &sym, sizeof(ref));
    for (size_t len = 0; sym && len < sizeof(buf); len++)
        assert_true(ref(buf, len, 0) == infext__sched_xxh64(buf, len, 0));
    dlclose(lib);
}

/* ------------------------------------------------------------ scorers -- */

static void test_queue_scorer(void **state)
{
    (void)state;
    instance in = make(&infext__sched_queue_scorer, NULL);
    infext_request *req = request("r", "m", NULL);
    infext_endpoint *eps[4] = {endpoint("a", 0, 0), endpoint("b", 5, 0), endpoint("c", 10, 0),
                               endpoint("d", 8, 0)};
    double got[4];
    score(&in, req, eps, 4, got);
    assert_scores(got, (double[]){1.0, 0.5, 0.0, 0.2}, 4);
    /* all equal: every candidate gets the neutral 1 */
    infext_endpoint *same[2] = {endpoint("e", 3, 0), endpoint("f", 3, 0)};
    score(&in, req, same, 2, got);
    assert_scores(got, (double[]){1.0, 1.0}, 2);
    score(&in, req, same, 1, got);
    assert_scores(got, (double[]){1.0}, 1);
    free_endpoints(eps, 4);
    free_endpoints(same, 2);
    infext_request_free(req);
    unmake(&in);
}

static void test_kv_cache_scorer(void **state)
{
    (void)state;
    instance in = make(&infext__sched_kv_cache_scorer, "{}");
    infext_request *req = request("r", "m", NULL);
    infext_endpoint *eps[3] = {endpoint("a", 0, 0.0), endpoint("b", 0, 0.25),
                               endpoint("c", 0, 1.0)};
    double got[3];
    score(&in, req, eps, 3, got);
    assert_scores(got, (double[]){1.0, 0.75, 0.0}, 3);
    free_endpoints(eps, 3);
    infext_request_free(req);
    unmake(&in);
}

static void test_lora_affinity_scorer(void **state)
{
    (void)state;
    instance in = make(&infext__sched_lora_affinity_scorer, NULL);
    infext_request *req = request("r", "sql-lora", NULL);
    infext_endpoint *eps[5];
    for (size_t i = 0; i < 5; i++) {
        char name[8];
        snprintf(name, sizeof(name), "e%zu", i);
        eps[i] = endpoint(name, 0, 0);
        infext_endpoint_set_max_active_models(eps[i], 2);
    }
    infext_endpoint_add_active_model(eps[0], "sql-lora");    /* active: 1.0 */
    infext_endpoint_add_active_model(eps[0], "other");
    infext_endpoint_add_active_model(eps[1], "other");       /* room for one more: 0.8 */
    infext_endpoint_add_active_model(eps[2], "a");           /* full, queued: 0.6 */
    infext_endpoint_add_waiting_model(eps[2], "sql-lora");
    infext_endpoint_add_active_model(eps[3], "a");           /* full: 0 */
    infext_endpoint_add_active_model(eps[3], "b");
    infext_endpoint_add_waiting_model(eps[4], "sql-lora");   /* queued but room: 0.8 */
    double got[5];
    score(&in, req, eps, 5, got);
    assert_scores(got, (double[]){1.0, 0.8, 0.6, 0.0, 0.8}, 5);
    free_endpoints(eps, 5);
    infext_request_free(req);
    unmake(&in);
}

/* Record `req`'s blocks for `target`, as the pre-request hook after a
 * schedule() that picked it. */
static void record(instance *in, const infext_request *req, infext_endpoint *target)
{
    const infext_endpoint *picked[1] = {target};
    infext__sched_profile_result pr = {"default", true, INFEXT_OK, NULL, picked, 1, 1};
    infext_result res = {.profiles = &pr, .profiles_len = 1, .primary = 0};
    in->type->pre_request(in->state, &in->ws->cycle, req, &res);
}

static void test_prefix_cache_scorer(void **state)
{
    (void)state;
    instance in = make(&infext__sched_prefix_cache_scorer,
                       "{\"blockSize\": 4, \"maxPrefixBlocksToMatch\": 8, \"autoTune\": false}");
    infext_endpoint *eps[3] = {endpoint("a", 0, 0), endpoint("b", 0, 0), endpoint("c", 0, 0)};
    double got[3];

    /* empty index: nothing matches */
    infext_request *r1 = request("1", "m", "aaaabbbbccccdddd"); /* 4 blocks */
    score(&in, r1, eps, 3, got);
    assert_scores(got, (double[]){0, 0, 0}, 3);
    record(&in, r1, eps[1]);

    /* the same prompt again: b holds all 4 blocks */
    infext_request *r2 = request("2", "m", "aaaabbbbccccdddd");
    score(&in, r2, eps, 3, got);
    assert_scores(got, (double[]){0, 1, 0}, 3);

    /* sharing the first 2 of 4 blocks; a short last block is ignored */
    infext_request *r3 = request("3", "m", "aaaabbbbxxxxyyyyzz");
    score(&in, r3, eps, 3, got);
    assert_scores(got, (double[]){0, 0.5, 0}, 3);
    record(&in, r3, eps[2]);

    /* now b holds 4, c holds 4 of which the first 2 are common */
    score(&in, r2, eps, 3, got);
    assert_scores(got, (double[]){0, 1, 0.5}, 3);

    /* blocks are chained from the model and the cache salt */
    infext_request *r4 = request("4", "other-model", "aaaabbbbccccdddd");
    score(&in, r4, eps, 3, got);
    assert_scores(got, (double[]){0, 0, 0}, 3);
    infext_request_set_model(r4, "m");
    infext_request_set_cache_salt(r4, "tenant");
    score(&in, r4, eps, 3, got);
    assert_scores(got, (double[]){0, 0, 0}, 3);

    /* prompts longer than maxPrefixBlocksToMatch blocks are cut */
    infext_request *r5 = request("5", "m", "aaaabbbbccccddddeeeeffffgggghhhhiiiijjjj");
    score(&in, r5, eps, 3, got);
    assert_scores(got, (double[]){0, 0.5, 0.25}, 3);

    /* shorter than a block: no blocks, every score 0 */
    infext_request *r6 = request("6", "m", "aaa");
    score(&in, r6, eps, 3, got);
    assert_scores(got, (double[]){0, 0, 0}, 3);

    infext_request_free(r1);
    infext_request_free(r2);
    infext_request_free(r3);
    infext_request_free(r4);
    infext_request_free(r5);
    infext_request_free(r6);
    free_endpoints(eps, 3);
    unmake(&in);
}

static void test_prefix_cache_lru_and_autotune(void **state)
{
    (void)state;
    /* capacity 2 per server: after 4 blocks only the last two remain, and
     * the walk stops at block 0, which no server holds any more */
    instance in = make(&infext__sched_prefix_cache_scorer,
                       "{\"blockSize\": 4, \"lruCapacityPerServer\": 2, \"autoTune\": false}");
    infext_endpoint *eps[2] = {endpoint("a", 0, 0), endpoint("b", 0, 0)};
    double got[2];
    infext_request *r = request("1", "m", "aaaabbbbccccdddd");
    score(&in, r, eps, 2, got);
    record(&in, r, eps[0]);
    score(&in, r, eps, 2, got);
    assert_scores(got, (double[]){0, 0}, 2);
    infext_request *two = request("2", "m", "aaaabbbb");
    score(&in, two, eps, 2, got);
    record(&in, two, eps[0]);
    score(&in, two, eps, 2, got);
    assert_scores(got, (double[]){1, 0}, 2);
    unmake(&in);

    /* autoTune: block size = cache block size (tokens) x 4 characters, and
     * the LRU holds the endpoint's GPU block count */
    in = make(&infext__sched_prefix_cache_scorer, "{\"blockSize\": 1000}");
    infext_endpoint_set_cache_block_size(eps[0], 1); /* 4-character blocks */
    infext_endpoint_set_cache_num_gpu_blocks(eps[0], 8);
    score(&in, r, eps, 2, got);
    record(&in, r, eps[0]);
    score(&in, r, eps, 2, got);
    assert_scores(got, (double[]){1, 0}, 2);
    infext_request_free(r);
    infext_request_free(two);
    free_endpoints(eps, 2);
    unmake(&in);
}

/* ------------------------------------------------------------ pickers -- */

static size_t pick(instance *in, uint64_t seed, const double *scores, size_t n, size_t *picked)
{
    infext__sched_cycle_begin(&in->ws->cycle, NULL, seed);
    return in->type->pick(in->state, &in->ws->cycle, NULL, NULL, scores, n, picked);
}

static void test_max_score_picker(void **state)
{
    (void)state;
    instance one = make(&infext__sched_max_score_picker, NULL);
    size_t picked[4];
    assert_int_equal(pick(&one, 1, (double[]){0.2, 0.9, 0.5}, 3, picked), 1);
    assert_int_equal(picked[0], 1);
    /* ties are broken at random, never towards a lower score */
    size_t seen[3] = {0};
    for (uint64_t seed = 0; seed < 400; seed++) {
        assert_int_equal(pick(&one, seed, (double[]){1.0, 1.0, 0.0}, 3, picked), 1);
        seen[picked[0]]++;
    }
    assert_int_equal(seen[2], 0);
    assert_in_range(seen[0], 150, 250);
    unmake(&one);

    instance two = make(&infext__sched_max_score_picker, "{\"maxNumOfEndpoints\": 2}");
    assert_int_equal(pick(&two, 1, (double[]){0.1, 0.9, 0.5, 0.3}, 4, picked), 2);
    assert_int_equal(picked[0], 1);
    assert_int_equal(picked[1], 2);
    assert_int_equal(pick(&two, 1, (double[]){0.4}, 1, picked), 1); /* fewer than asked */
    unmake(&two);

    /* below 1 falls back to 1, as upstream */
    instance zero = make(&infext__sched_max_score_picker, "{\"maxNumOfEndpoints\": 0}");
    assert_int_equal(pick(&zero, 1, (double[]){0.4, 0.5}, 2, picked), 1);
    unmake(&zero);
}

static void test_random_picker(void **state)
{
    (void)state;
    instance in = make(&infext__sched_random_picker, "{\"maxNumOfEndpoints\": 2}");
    size_t picked[5], seen[5] = {0};
    for (uint64_t seed = 0; seed < 1000; seed++) {
        assert_int_equal(pick(&in, seed, (double[]){0, 0, 9, 0, 0}, 5, picked), 2);
        assert_true(picked[0] != picked[1]);
        seen[picked[0]]++;
        seen[picked[1]]++;
    }
    for (size_t i = 0; i < 5; i++) assert_in_range(seen[i], 320, 480); /* 400 expected */
    unmake(&in);
}

static void test_weighted_random_picker(void **state)
{
    (void)state;
    /* k = 1: each endpoint is picked with probability score / sum; over
     * 20000 seeded runs each frequency is within 0.015 of it (> 4 sigma) */
    instance in = make(&infext__sched_weighted_random_picker, NULL);
    const double scores[5] = {1, 2, 3, 4, 0};
    size_t picked[5], seen[5] = {0};
    const size_t runs = 20000;
    for (uint64_t seed = 0; seed < runs; seed++) {
        assert_int_equal(pick(&in, seed, scores, 5, picked), 1);
        seen[picked[0]]++;
    }
    for (size_t i = 0; i < 5; i++) {
        double freq = (double)seen[i] / (double)runs, want = scores[i] / 10.0;
        if (fabs(freq - want) > 0.015) {
            print_error("endpoint %zu picked %.4f of the time, want %.2f\n", i, freq, want);
            fail();
        }
    }
    assert_int_equal(seen[4], 0); /* a zero score is never picked over positive ones */
    /* every score 0: uniform */
    memset(seen, 0, sizeof(seen));
    for (uint64_t seed = 0; seed < 2000; seed++) {
        pick(&in, seed, (double[]){0, 0, 0, 0}, 4, picked);
        seen[picked[0]]++;
    }
    for (size_t i = 0; i < 4; i++) assert_in_range(seen[i], 400, 600);
    unmake(&in);

    /* k = 3 of 4: sampling without replacement */
    in = make(&infext__sched_weighted_random_picker, "{\"maxNumOfEndpoints\": 3}");
    for (uint64_t seed = 0; seed < 200; seed++) {
        assert_int_equal(pick(&in, seed, (double[]){0.1, 0.2, 0.3, 0.4}, 4, picked), 3);
        assert_true(picked[0] != picked[1] && picked[1] != picked[2] && picked[0] != picked[2]);
    }
    unmake(&in);
}

/* ------------------------------------------------------------ filters -- */

static void test_label_filter(void **state)
{
    (void)state;
    instance in = make(&infext__sched_label_filter,
                       "{\"matchLabels\": {\"role\": \"decode\", \"gpu\": \"h100\"}}");
    infext_endpoint *eps[3] = {endpoint("a", 0, 0), endpoint("b", 0, 0), endpoint("c", 0, 0)};
    infext_endpoint_set_label(eps[0], "role", "decode");
    infext_endpoint_set_label(eps[0], "gpu", "h100");
    infext_endpoint_set_label(eps[1], "role", "decode");
    infext_endpoint_set_label(eps[1], "gpu", "a100");
    unsigned char keep[3] = {1, 1, 1};
    in.type->filter(in.state, &in.ws->cycle, NULL, (const infext_endpoint *const *)eps, 3, keep);
    assert_memory_equal(keep, ((unsigned char[]){1, 0, 0}), 3);
    free_endpoints(eps, 3);
    unmake(&in);
}

/* ------------------------------------------------------ config errors -- */

static void test_config_errors(void **state)
{
    (void)state;
    char **cases = test_list_dir("scheduler/config-errors");
    size_t n = 0;
    for (char **c = cases; *c; c++, n++) {
        char rel[256];
        snprintf(rel, sizeof(rel), "scheduler/config-errors/%s/config.yaml", *c);
        size_t len;
        char *text = test_read_data(rel, &len);
        infext_v1alpha1_endpoint_picker_config *cfg = config_text(text);
        infext_diags *d = NULL;
        infext_diags_new(&d);
        infext_scheduler *s = (infext_scheduler *)1;
        infext_status st = infext_scheduler_new(&s, cfg, NULL, NULL, d);
        char *got = test_render_diags(d);
        snprintf(rel, sizeof(rel), "scheduler/config-errors/%s/expected", *c);
        if (getenv("INFEXT_UPDATE_EXPECTED")) { /* regenerate, then review the diff */
            char path[512];
            snprintf(path, sizeof(path), "%s/%s", INFEXT_TEST_DATA, rel);
            FILE *f = fopen(path, "w");
            assert_non_null(f);
            fputs(got, f);
            fclose(f);
        }
        char *want = test_read_data(rel, &len);
        if (st != INFEXT_ECONFIG || s != NULL || strcmp(got, want) != 0) {
            print_error("case %s: status %s\n--- got\n%s--- want\n%s", *c,
                        infext_status_name(st), got, want);
            fail();
        }
        free(got);
        free(want);
        free(text);
        infext_diags_free(d);
        infext_v1alpha1_endpoint_picker_config_free(cfg);
    }
    assert_true(n >= 15);
    test_free_list(cases);
}

/* ------------------------------------------------- building & running -- */

static void test_defaults_of_the_loader(void **state)
{
    (void)state;
    /* no profiles: one "default" with every filter, scorer and picker;
     * one profile, no handler: single-profile-handler; no picker:
     * max-score-picker */
    infext_scheduler *s = scheduler(CONFIG_HEAD "plugins:\n"
                                                "- type: queue-scorer\n"
                                                "- type: kv-cache-utilization-scorer\n"
                                                "- type: label-filter\n",
                                    NULL, 1);
    assert_int_equal(infext_scheduler_profiles_count(s), 1);
    assert_string_equal(infext_scheduler_profile_name_at(s, 0), "default");
    const infext__sched_profile *p = &s->profiles[0];
    assert_int_equal(p->filters_len, 1);
    assert_int_equal(p->scorers_len, 2);
    assert_true(p->scorers[0].weight == 1.0 && p->scorers[1].weight == 1.0);
    assert_int_equal(infext_scheduler_plugins_count(s), 5);
    assert_string_equal(infext_scheduler_plugin_type_at(s, 3), "single-profile-handler");
    assert_string_equal(infext_scheduler_plugin_type_at(s, 4), "max-score-picker");
    assert_int_equal(p->picker, 4);
    infext_scheduler_free(s);

    /* weights as given; a weight on a non-scorer is a warning only */
    infext_v1alpha1_endpoint_picker_config *cfg =
        config_text(CONFIG_HEAD "plugins:\n- type: queue-scorer\n- type: random-picker\n"
                                "schedulingProfiles:\n- name: p\n  plugins:\n"
                                "  - pluginRef: queue-scorer\n    weight: 2.5\n"
                                "  - pluginRef: random-picker\n    weight: 3\n");
    infext_diags *d = NULL;
    infext_diags_new(&d);
    assert_int_equal(infext_scheduler_new(&s, cfg, NULL, NULL, d), INFEXT_OK);
    assert_int_equal(infext_diags_error_count(d), 0);
    assert_int_equal(infext_diags_count(d), 1);
    assert_string_equal(infext_diag_path(infext_diags_at(d, 0)),
                        "schedulingProfiles[0].plugins[1].weight");
    assert_true(s->profiles[0].scorers[0].weight == 2.5);
    assert_string_equal(infext_scheduler_plugin_type_at(s, s->profiles[0].picker), "random-picker");
    infext_scheduler_free(s);
    infext_diags_free(d);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
}

static infext_endpoint_list *example_endpoints(void)
{
    size_t len;
    char *text = test_read_path(EXAMPLES "endpoints.json", &len);
    infext_endpoint_list *list = NULL;
    assert_int_equal(infext_endpoint_list_decode_json(&list, text, len, NULL), INFEXT_OK);
    free(text);
    return list;
}

static infext_request *example_request(const char *file)
{
    char path[512];
    snprintf(path, sizeof(path), EXAMPLES "%s", file);
    size_t len;
    char *text = test_read_path(path, &len);
    infext_request *req = NULL;
    assert_int_equal(infext_request_decode_json(&req, text, len, NULL), INFEXT_OK);
    free(text);
    return req;
}

static char *result_json(const infext_result *r)
{
    char *json = NULL;
    assert_int_equal(infext_result_encode_json(&json, NULL, r), INFEXT_OK);
    return json;
}

static void test_default_set_end_to_end(void **state)
{
    (void)state;
    infext_endpoint_list *list = example_endpoints();
    infext_request *req = example_request("request.json");
    infext_scheduler *s = scheduler(NULL, NULL, 42); /* queue 2, kv 2, prefix 3 */
    infext_workspace *ws = NULL;
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    const infext_result *r = NULL;
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, infext_endpoint_list_items(list),
                                               infext_endpoint_list_count(list), NULL),
                     INFEXT_OK);
    /* vllm-1: queue 0 and kv 0.2 give 2*1 + 2*0.8 = 3.6, the best */
    char *json = result_json(r);
    assert_string_equal(json, "{\"primaryProfile\":\"default\",\"profiles\":{\"default\":"
                              "{\"endpoints\":[\"default/vllm-1\"]}}}");
    infext_free(json);
    assert_string_equal(infext_endpoint_get_name(infext_result_get_target(r)), "vllm-1");
    assert_int_equal(infext_scheduler_pre_request(s, ws, req), INFEXT_OK);

    /* after the pre-request hook vllm-1 holds the prompt: the same prompt
     * now goes there even when its queue is the longest */
    infext_endpoint *vllm1 = infext_endpoint_list_items(list)[1];
    infext_endpoint_set_waiting_queue_size(vllm1, 10);
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, infext_endpoint_list_items(list),
                                               infext_endpoint_list_count(list), NULL),
                     INFEXT_OK);
    assert_string_equal(infext_endpoint_get_name(infext_result_get_target(r)), "vllm-1");

    /* a pre-request without a matching successful schedule is refused */
    infext_request *other = request("x", "m", NULL);
    assert_int_equal(infext_scheduler_pre_request(s, ws, other), INFEXT_EINVAL);
    infext_request_free(other);

    infext_workspace_free(ws);
    infext_scheduler_free(s);
    infext_request_free(req);
    infext_endpoint_list_free(list);
}

static void test_seeded_picks_repeat(void **state)
{
    (void)state;
    /* all-equal scores: the max-score picker's tie-break alone decides;
     * a seeded scheduler repeats itself for the same request id */
    const char *cfg = CONFIG_HEAD "plugins:\n- type: queue-scorer\n";
    infext_endpoint *eps[8];
    for (size_t i = 0; i < 8; i++) {
        char name[8];
        snprintf(name, sizeof(name), "e%zu", i);
        eps[i] = endpoint(name, 1, 0.5);
    }
    infext_scheduler *a = scheduler(cfg, NULL, 7), *b = scheduler(cfg, NULL, 7);
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    size_t differs = 0;
    const infext_endpoint *first = NULL;
    for (int i = 0; i < 50; i++) {
        char id[16];
        snprintf(id, sizeof(id), "req-%d", i);
        infext_request *req = request(id, "m", NULL);
        const infext_result *r;
        assert_int_equal(infext_scheduler_schedule(&r, a, ws, req, eps, 8, NULL), INFEXT_OK);
        const infext_endpoint *pa = infext_result_get_target(r);
        assert_int_equal(infext_scheduler_schedule(&r, b, ws, req, eps, 8, NULL), INFEXT_OK);
        assert_ptr_equal(pa, infext_result_get_target(r));
        if (!first) first = pa;
        differs += pa != first;
        infext_request_free(req);
    }
    assert_true(differs > 0); /* different ids do spread the ties */
    infext_workspace_free(ws);
    infext_scheduler_free(a);
    infext_scheduler_free(b);
    free_endpoints(eps, 8);
}

/* A host-registered profile handler: "prefill" first, then "decode" with
 * what prefill found; decode is the primary profile. */
typedef struct pd_calls {
    int rounds;
} pd_calls;

static infext_status pd_create(void **out, const infext_plugin_create_args *args)
{
    *out = args->type_data;
    return INFEXT_OK;
}

static size_t pd_pick(void *state, infext_cycle *cycle, const infext_request *req,
                      const infext_result *so_far, unsigned char *run)
{
    (void)cycle, (void)req;
    pd_calls *calls = state;
    calls->rounds++;
    size_t prefill, decode;
    assert_true(infext_result_find_profile(&prefill, so_far, "prefill"));
    assert_true(infext_result_find_profile(&decode, so_far, "decode"));
    if (!infext_result_profile_ran(so_far, prefill)) {
        run[prefill] = 1;
        return 1;
    }
    if (!infext_result_profile_ran(so_far, decode)) {
        assert_int_equal(infext_result_profile_endpoints_count(so_far, prefill), 1);
        run[decode] = 1;
        return 1;
    }
    return 0;
}

static infext_status pd_process(void *state, infext_cycle *cycle, const infext_request *req,
                                infext_result *result)
{
    (void)state, (void)cycle, (void)req;
    size_t decode;
    infext_result_find_profile(&decode, result, "decode");
    return infext_result_set_primary(result, decode);
}

static void test_two_profiles_host_handler(void **state)
{
    (void)state;
    pd_calls calls = {0};
    infext_plugin_type pd = {.abi_version = INFEXT_PLUGIN_ABI_VERSION,
                             .struct_size = sizeof(pd),
                             .type_name = "pd-handler",
                             .roles = INFEXT_ROLE_PROFILE_HANDLER,
                             .type_data = &calls,
                             .create = pd_create,
                             .pick_profiles = pd_pick,
                             .process_results = pd_process};
    infext_registry *reg = NULL;
    assert_int_equal(infext_registry_new(&reg), INFEXT_OK);
    assert_int_equal(infext_registry_add(reg, &pd), INFEXT_OK);
    assert_int_equal(infext_registry_add(reg, &pd), INFEXT_ECONFIG); /* same name twice */
    infext_scheduler *s = scheduler(CONFIG_HEAD
                                    "plugins:\n"
                                    "- type: pd-handler\n"
                                    "- type: queue-scorer\n"
                                    "- name: prefill-only\n  type: label-filter\n"
                                    "  parameters: {matchLabels: {role: prefill}}\n"
                                    "- name: decode-only\n  type: label-filter\n"
                                    "  parameters: {matchLabels: {role: decode}}\n"
                                    "schedulingProfiles:\n"
                                    "- name: prefill\n  plugins:\n"
                                    "  - pluginRef: prefill-only\n  - pluginRef: queue-scorer\n"
                                    "- name: decode\n  plugins:\n"
                                    "  - pluginRef: decode-only\n  - pluginRef: queue-scorer\n",
                                    reg, 3);
    infext_registry_free(reg); /* the scheduler keeps its own reference */
    infext_endpoint_list *list = example_endpoints();
    infext_request *req = example_request("request-chat.json");
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    const infext_result *r = NULL;
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, infext_endpoint_list_items(list),
                                               infext_endpoint_list_count(list), NULL),
                     INFEXT_OK);
    assert_int_equal(calls.rounds, 3);
    char *json = result_json(r);
    assert_string_equal(json, "{\"primaryProfile\":\"decode\",\"profiles\":{"
                              "\"prefill\":{\"endpoints\":[\"default/vllm-2\"]},"
                              "\"decode\":{\"endpoints\":[\"default/vllm-1\"]}}}");
    infext_free(json);
    infext_workspace_free(ws);
    infext_scheduler_free(s);
    infext_request_free(req);
    infext_endpoint_list_free(list);
}

static void test_no_endpoints_outcome(void **state)
{
    (void)state;
    infext_scheduler *s = scheduler(CONFIG_HEAD "plugins:\n- type: label-filter\n"
                                                "  parameters: {matchLabels: {role: none}}\n",
                                    NULL, 1);
    infext_endpoint_list *list = example_endpoints();
    infext_request *req = request("r", "m", NULL);
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    const infext_result *r = NULL;
    infext_endpoint *const *eps = infext_endpoint_list_items(list);
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, eps, 4, NULL), INFEXT_ENOENDPOINT);
    assert_non_null(r);
    assert_null(infext_result_get_target(r));
    assert_int_equal(infext_result_profile_status(r, 0), INFEXT_ENOENDPOINT);
    char *json = result_json(r);
    assert_string_equal(json, "{\"primaryProfile\":\"default\",\"profiles\":{\"default\":"
                              "{\"endpoints\":[],\"error\":\"no endpoint is left after the "
                              "filters\"}}}");
    infext_free(json);
    /* no candidates at all */
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, NULL, 0, NULL), INFEXT_ENOENDPOINT);
    assert_string_equal(infext_result_profile_error(r, 0), "no candidate endpoints");
    assert_int_equal(infext_scheduler_pre_request(s, ws, req), INFEXT_EINVAL);
    /* bad arguments are refused, never crash */
    infext_endpoint *holes[2] = {eps[0], NULL};
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, holes, 2, NULL), INFEXT_EINVAL);
    assert_null(r);
    assert_int_equal(infext_scheduler_schedule(&r, NULL, ws, req, eps, 4, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_scheduler_schedule(&r, s, NULL, req, eps, 4, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, NULL, eps, 4, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, NULL, 4, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_scheduler_schedule(NULL, s, ws, req, eps, 4, NULL), INFEXT_EINVAL);
    infext_workspace_free(ws);
    infext_scheduler_free(s);
    infext_request_free(req);
    infext_endpoint_list_free(list);
}

static void test_steady_state_allocates_nothing(void **state)
{
    (void)state;
    infext_endpoint_list *list = example_endpoints();
    infext_request *req = example_request("request.json");
    infext_scheduler *s = scheduler(
        CONFIG_HEAD "plugins:\n- type: queue-scorer\n- type: kv-cache-utilization-scorer\n"
                    "- type: prefix-cache-scorer\n- type: lora-affinity-scorer\n"
                    "- type: weighted-random-picker\n  parameters: {maxNumOfEndpoints: 3}\n",
        NULL, 5);
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    const infext_result *r;
    for (int i = 0; i < 3; i++) { /* warm up: the workspace grows to size */
        assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, infext_endpoint_list_items(list),
                                                   4, NULL),
                         INFEXT_OK);
        infext_scheduler_pre_request(s, ws, req);
    }
    infext__alloc_fail_after(0); /* from now on every allocation fails */
    for (int i = 0; i < 10; i++)
        assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, infext_endpoint_list_items(list),
                                                   4, NULL),
                         INFEXT_OK);
    infext__alloc_fail_after(-1);
    infext_workspace_free(ws);
    infext_scheduler_free(s);
    infext_request_free(req);
    infext_endpoint_list_free(list);
}

static void test_build_under_allocation_failures(void **state)
{
    (void)state;
    infext_v1alpha1_endpoint_picker_config *cfg =
        config_text(CONFIG_HEAD "plugins:\n- type: queue-scorer\n- type: prefix-cache-scorer\n"
                                "- type: label-filter\n  parameters: {matchLabels: {a: b}}\n");
    for (long n = 0;; n++) {
        infext_scheduler *s = NULL;
        infext__alloc_fail_after(n);
        infext_status st = infext_scheduler_new(&s, cfg, NULL, NULL, NULL);
        infext__alloc_fail_after(-1);
        if (st == INFEXT_OK) {
            infext_scheduler_free(s);
            break;
        }
        assert_true(st == INFEXT_ENOMEM || st == INFEXT_ECONFIG);
        assert_null(s);
        assert_true(n < 10000);
    }
    infext_v1alpha1_endpoint_picker_config_free(cfg);
}

/* ------------------------------------------------ requests, endpoints -- */

static void test_openai_bodies(void **state)
{
    (void)state;
    infext_request *req = request("r", NULL, NULL);
    const char *completions = "{\"model\":\"m1\",\"prompt\":\"hello\",\"cache_salt\":\"s\"}";
    assert_int_equal(infext_request_set_openai_body(req, completions, strlen(completions), NULL),
                     INFEXT_OK);
    assert_string_equal(infext_request_get_prompt(NULL, req), "hello");
    assert_string_equal(infext_request_get_model(req), "m1");
    assert_string_equal(infext_request_get_cache_salt(req), "s");

    const char *chat = "{\"model\":\"m2\",\"messages\":[{\"role\":\"system\",\"content\":\"be "
                       "brief\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":"
                       "\"look\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"x\"}},"
                       "{\"type\":\"text\",\"text\":\"here\"}]}]}";
    assert_int_equal(infext_request_set_openai_body(req, chat, strlen(chat), NULL), INFEXT_OK);
    size_t len;
    assert_string_equal(infext_request_get_prompt(&len, req), "system: be brief\nuser: look here \n");
    assert_int_equal(len, strlen("system: be brief\nuser: look here \n"));
    assert_string_equal(infext_request_get_model(req), "m1"); /* a set model stays */

    infext_diags *d = NULL;
    infext_diags_new(&d);
    assert_int_equal(infext_request_set_openai_body(req, "{}", 2, d), INFEXT_EINVAL);
    assert_string_equal(infext_diag_path(infext_diags_at(d, 0)), "messages");
    assert_int_equal(infext_request_set_openai_body(req, "{", 1, d), INFEXT_EPARSE);
    assert_string_equal(infext_request_get_prompt(NULL, req), "system: be brief\nuser: look here \n");
    infext_diags_free(d);
    infext_request_free(req);

    req = example_request("request-chat.json");
    assert_string_equal(infext_request_get_id(req), "req-0002");
    assert_string_equal(infext_request_get_model(req), "tweet-summary-1");
    assert_string_equal(infext_request_get_cache_salt(req), "tenant-a");
    assert_string_equal(infext_request_get_header(req, "X-GPU-Class"), "a100");
    infext_request_free(req);
}

static void test_endpoint_file_errors(void **state)
{
    (void)state;
    const char *bad = "[{\"name\":\"a\",\"metrics\":{\"kvCacheUsage\":1.5}},"
                      "{\"namespace\":\"x\"},{\"name\":\"a\",\"port\":\"80\"}]";
    infext_endpoint_list *list = (infext_endpoint_list *)1;
    infext_diags *d = NULL;
    infext_diags_new(&d);
    assert_int_equal(infext_endpoint_list_decode_json(&list, bad, strlen(bad), d), INFEXT_EINVAL);
    assert_null(list);
    char *got = test_render_diags(d);
    assert_string_equal(got, "Invalid|[0].metrics.kvCacheUsage|0:0|must be between 0 and 1\n"
                             "Required|[1].name|0:0|Required value\n"
                             "TypeInvalid|[2].port|0:0|must be an integer\n"
                             "Duplicate|[2].name|0:0|another endpoint has the same namespaced "
                             "name\n");
    free(got);
    infext_diags_free(d);
    infext_endpoint_list_free(example_endpoints());
}

/* ---------------------------------------------------- plugin modules -- */

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static void test_load_plugin_module(void **state)
{
    (void)state;
    if (!exists(INFEXT_BINARY_DIR "/examples")) skip(); /* built without examples */
    infext_registry *reg = NULL;
    infext_diags *d = NULL;
    infext_diags_new(&d);
    assert_int_equal(infext_registry_new(&reg), INFEXT_OK);
    assert_int_equal(infext_registry_load(reg, PLUGIN_DIR "sample_plugin.so", d), INFEXT_OK);
    assert_true(infext_registry_has_type(reg, "running-requests-scorer"));
    assert_true(infext_registry_has_type(reg, "header-label-filter"));

    /* the same module twice: its type names clash */
    assert_int_equal(infext_registry_load(reg, PLUGIN_DIR "sample_plugin.so", d), INFEXT_ECONFIG);
    /* another ABI version: refused with a clear message */
    infext_diags_clear(d);
    assert_int_equal(infext_registry_load(reg, PLUGIN_DIR "sample_plugin_abi99.so", d),
                     INFEXT_EABI);
    assert_non_null(strstr(infext_diag_message(infext_diags_at(d, 0)),
                           "plugin ABI version mismatch: the module was built for plugin ABI "
                           "version 99, this library supports version 1"));
    assert_int_equal(infext_registry_load(reg, PLUGIN_DIR "no-such.so", d), INFEXT_EIO);

    /* the loaded types work; a misspelled parameter of theirs is refused */
    infext_scheduler *s = scheduler(CONFIG_HEAD
                                    "plugins:\n- type: header-label-filter\n"
                                    "  parameters: {header: x-gpu-class, label: gpu}\n"
                                    "- type: running-requests-scorer\n  parameters: {factor: 1}\n",
                                    reg, 1);
    infext_endpoint_list *list = example_endpoints();
    infext_request *req = example_request("request.json"); /* x-gpu-class: h100 */
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    const infext_result *r = NULL;
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, infext_endpoint_list_items(list), 4,
                                               NULL),
                     INFEXT_OK);
    /* h100: vllm-1 (1 running) and vllm-2 (5 running) */
    assert_string_equal(infext_endpoint_get_name(infext_result_get_target(r)), "vllm-1");
    infext_scheduler_free(s);

    infext_v1alpha1_endpoint_picker_config *cfg = config_text(
        CONFIG_HEAD "plugins:\n- type: running-requests-scorer\n  parameters: {factr: 1}\n");
    infext_diags_clear(d);
    assert_int_equal(infext_scheduler_new(&s, cfg, reg, NULL, d), INFEXT_ECONFIG);
    char *got = test_render_diags(d);
    assert_string_equal(got, "Unknown|plugins[0].parameters.factr|5:16|unknown parameter "
                             "\"factr\"\n");
    free(got);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
    infext_workspace_free(ws);
    infext_request_free(req);
    infext_endpoint_list_free(list);
    infext_registry_free(reg);
    infext_diags_free(d);
}

/* Run the infext tool; returns its exit status and the first line out. */
static int run_tool(const char *args, char *out, size_t size)
{
    char cmd[2048];
    snprintf(cmd, sizeof(cmd), "cd %s/.. && %s/examples/infext schedule %s 2>/dev/null",
             INFEXT_TEST_DATA, INFEXT_BINARY_DIR, args);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    out[0] = '\0';
    if (!fgets(out, (int)size, p)) out[0] = '\0';
    char rest[256];
    while (fgets(rest, sizeof(rest), p)) {}
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void test_schedule_tool(void **state)
{
    (void)state;
    if (!exists(INFEXT_BINARY_DIR "/examples/infext")) skip(); /* built without examples */
    char out[1024];
    assert_int_equal(run_tool("--endpoints ../examples/endpoints.json "
                              "--request ../examples/request.json --seed 1",
                              out, sizeof(out)),
                     0);
    /* the result, then why the request was admitted (schedule_cli checks that part) */
    const char *want_1 = "{\"primaryProfile\":\"default\",\"profiles\":{\"default\":"
                          "{\"endpoints\":[\"default/vllm-1\"]}},\"admission\":"
                          "{\"decision\":\"admit\",";
    assert_true(strncmp(out, want_1, strlen(want_1)) == 0);
    assert_int_equal(run_tool("--config ../examples/epp-config.yaml --endpoints "
                              "../examples/endpoints.json --request ../examples/request-chat.json "
                              "--seed 1 -o text",
                              out, sizeof(out)),
                     0);
    assert_string_equal(out, "primary profile: default\n");
    /* the sample plugin, loaded by the tool; and the one of another ABI */
    assert_int_equal(run_tool("--plugin " PLUGIN_DIR "sample_plugin.so --config "
                              "data/scheduler/sample-plugin.yaml --endpoints "
                              "../examples/endpoints.json --request ../examples/request-chat.json",
                              out, sizeof(out)),
                     0);
    /* x-gpu-class a100: vllm-0 (3 running) beats vllm-3 (12 running) */
    const char *want_0 = "{\"primaryProfile\":\"default\",\"profiles\":{\"default\":"
                          "{\"endpoints\":[\"default/vllm-0\"]}},\"admission\":"
                          "{\"decision\":\"admit\",";
    assert_true(strncmp(out, want_0, strlen(want_0)) == 0);
    assert_int_equal(run_tool("--plugin " PLUGIN_DIR "sample_plugin_abi99.so --endpoints "
                              "../examples/endpoints.json",
                              out, sizeof(out)),
                     2);
    assert_int_equal(run_tool("--config data/scheduler/config-errors/two-pickers/config.yaml "
                              "--endpoints ../examples/endpoints.json",
                              out, sizeof(out)),
                     2);
    assert_int_equal(run_tool("--config data/scheduler/config-errors/two-pickers/config.yaml",
                              out, sizeof(out)),
                     2); /* no --endpoints */
    assert_int_equal(run_tool("--endpoints /dev/null/none", out, sizeof(out)), 2);
    assert_int_equal(run_tool("--config data/scheduler/filter-all.yaml "
                              "--endpoints ../examples/endpoints.json",
                              out, sizeof(out)),
                     1);
    const char *want_none = "{\"primaryProfile\":\"default\",\"profiles\":{\"default\":"
                            "{\"endpoints\":[],\"error\":\"no endpoint is left after the "
                            "filters\"}},\"admission\":{\"decision\":\"admit\",";
    assert_true(strncmp(out, want_none, strlen(want_none)) == 0);
}

static void test_registry_refuses_bad_tables(void **state)
{
    (void)state;
    infext_registry *reg = NULL;
    infext_registry_new(&reg);
    assert_int_equal(infext_registry_types_count(reg), 32); /* the catalogue */
    infext_plugin_type t = {.abi_version = 2,
                            .struct_size = sizeof(t),
                            .type_name = "x",
                            .roles = INFEXT_ROLE_SCORER,
                            .create = pd_create};
    assert_int_equal(infext_registry_add(reg, &t), INFEXT_EABI);
    t.abi_version = INFEXT_PLUGIN_ABI_VERSION;
    t.struct_size = 8;
    assert_int_equal(infext_registry_add(reg, &t), INFEXT_EABI);
    t.struct_size = sizeof(t);
    assert_int_equal(infext_registry_add(reg, &t), INFEXT_EINVAL); /* scorer without score */
    t.roles = 0;
    t.type_name = "queue-scorer";
    assert_int_equal(infext_registry_add(reg, &t), INFEXT_ECONFIG);
    assert_int_equal(infext_registry_add(NULL, &t), INFEXT_EINVAL);
    assert_int_equal(infext_registry_add(reg, NULL), INFEXT_EINVAL);
    infext_registry_free(reg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_xxh64_vectors),
        cmocka_unit_test(test_queue_scorer),
        cmocka_unit_test(test_kv_cache_scorer),
        cmocka_unit_test(test_lora_affinity_scorer),
        cmocka_unit_test(test_prefix_cache_scorer),
        cmocka_unit_test(test_prefix_cache_lru_and_autotune),
        cmocka_unit_test(test_max_score_picker),
        cmocka_unit_test(test_random_picker),
        cmocka_unit_test(test_weighted_random_picker),
        cmocka_unit_test(test_label_filter),
        cmocka_unit_test(test_config_errors),
        cmocka_unit_test(test_defaults_of_the_loader),
        cmocka_unit_test(test_default_set_end_to_end),
        cmocka_unit_test(test_seeded_picks_repeat),
        cmocka_unit_test(test_two_profiles_host_handler),
        cmocka_unit_test(test_no_endpoints_outcome),
        cmocka_unit_test(test_steady_state_allocates_nothing),
        cmocka_unit_test(test_build_under_allocation_failures),
        cmocka_unit_test(test_openai_bodies),
        cmocka_unit_test(test_endpoint_file_errors),
        cmocka_unit_test(test_load_plugin_module),
        cmocka_unit_test(test_registry_refuses_bad_tables),
        cmocka_unit_test(test_schedule_tool),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
