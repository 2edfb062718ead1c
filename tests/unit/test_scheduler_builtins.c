/* Scheduler module, the built-in plugins driven directly: xxhash64, the
 * scorers with their exact scores, the pickers with their exact picks, the
 * label filter. */
#include "sched_fixtures.h"

#include "infext/plugin.h"
#include "scheduler/sched.h"

#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ helpers -- */

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
    infext_request *req = test_request("r", "m", NULL);
    infext_endpoint *eps[4] = {test_endpoint("a", 0, 0), test_endpoint("b", 5, 0), test_endpoint("c", 10, 0),
                               test_endpoint("d", 8, 0)};
    double got[4];
    score(&in, req, eps, 4, got);
    assert_scores(got, (double[]){1.0, 0.5, 0.0, 0.2}, 4);
    /* all equal: every candidate gets the neutral 1 */
    infext_endpoint *same[2] = {test_endpoint("e", 3, 0), test_endpoint("f", 3, 0)};
    score(&in, req, same, 2, got);
    assert_scores(got, (double[]){1.0, 1.0}, 2);
    score(&in, req, same, 1, got);
    assert_scores(got, (double[]){1.0}, 1);
    test_free_endpoints(eps, 4);
    test_free_endpoints(same, 2);
    infext_request_free(req);
    unmake(&in);
}

static void test_kv_cache_scorer(void **state)
{
    (void)state;
    instance in = make(&infext__sched_kv_cache_scorer, "{}");
    infext_request *req = test_request("r", "m", NULL);
    infext_endpoint *eps[3] = {test_endpoint("a", 0, 0.0), test_endpoint("b", 0, 0.25),
                               test_endpoint("c", 0, 1.0)};
    double got[3];
    score(&in, req, eps, 3, got);
    assert_scores(got, (double[]){1.0, 0.75, 0.0}, 3);
    test_free_endpoints(eps, 3);
    infext_request_free(req);
    unmake(&in);
}

static void test_lora_affinity_scorer(void **state)
{
    (void)state;
    instance in = make(&infext__sched_lora_affinity_scorer, NULL);
    infext_request *req = test_request("r", "sql-lora", NULL);
    infext_endpoint *eps[5];
    for (size_t i = 0; i < 5; i++) {
        char name[8];
        snprintf(name, sizeof(name), "e%zu", i);
        eps[i] = test_endpoint(name, 0, 0);
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
    test_free_endpoints(eps, 5);
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
    infext_endpoint *eps[3] = {test_endpoint("a", 0, 0), test_endpoint("b", 0, 0), test_endpoint("c", 0, 0)};
    double got[3];

    /* empty index: nothing matches */
    infext_request *r1 = test_request("1", "m", "aaaabbbbccccdddd"); /* 4 blocks */
    score(&in, r1, eps, 3, got);
    assert_scores(got, (double[]){0, 0, 0}, 3);
    record(&in, r1, eps[1]);

    /* the same prompt again: b holds all 4 blocks */
    infext_request *r2 = test_request("2", "m", "aaaabbbbccccdddd");
    score(&in, r2, eps, 3, got);
    assert_scores(got, (double[]){0, 1, 0}, 3);

    /* sharing the first 2 of 4 blocks; a short last block is ignored */
    infext_request *r3 = test_request("3", "m", "aaaabbbbxxxxyyyyzz");
    score(&in, r3, eps, 3, got);
    assert_scores(got, (double[]){0, 0.5, 0}, 3);
    record(&in, r3, eps[2]);

    /* now b holds 4, c holds 4 of which the first 2 are common */
    score(&in, r2, eps, 3, got);
    assert_scores(got, (double[]){0, 1, 0.5}, 3);

    /* blocks are chained from the model and the cache salt */
    infext_request *r4 = test_request("4", "other-model", "aaaabbbbccccdddd");
    score(&in, r4, eps, 3, got);
    assert_scores(got, (double[]){0, 0, 0}, 3);
    infext_request_set_model(r4, "m");
    infext_request_set_cache_salt(r4, "tenant");
    score(&in, r4, eps, 3, got);
    assert_scores(got, (double[]){0, 0, 0}, 3);

    /* prompts longer than maxPrefixBlocksToMatch blocks are cut */
    infext_request *r5 = test_request("5", "m", "aaaabbbbccccddddeeeeffffgggghhhhiiiijjjj");
    score(&in, r5, eps, 3, got);
    assert_scores(got, (double[]){0, 0.5, 0.25}, 3);

    /* shorter than a block: no blocks, every score 0 */
    infext_request *r6 = test_request("6", "m", "aaa");
    score(&in, r6, eps, 3, got);
    assert_scores(got, (double[]){0, 0, 0}, 3);

    infext_request_free(r1);
    infext_request_free(r2);
    infext_request_free(r3);
    infext_request_free(r4);
    infext_request_free(r5);
    infext_request_free(r6);
    test_free_endpoints(eps, 3);
    unmake(&in);
}

static void test_prefix_cache_lru_and_autotune(void **state)
{
    (void)state;
    /* capacity 2 per server: after 4 blocks only the last two remain, and
     * the walk stops at block 0, which no server holds any more */
    instance in = make(&infext__sched_prefix_cache_scorer,
                       "{\"blockSize\": 4, \"lruCapacityPerServer\": 2, \"autoTune\": false}");
    infext_endpoint *eps[2] = {test_endpoint("a", 0, 0), test_endpoint("b", 0, 0)};
    double got[2];
    infext_request *r = test_request("1", "m", "aaaabbbbccccdddd");
    score(&in, r, eps, 2, got);
    record(&in, r, eps[0]);
    score(&in, r, eps, 2, got);
    assert_scores(got, (double[]){0, 0}, 2);
    infext_request *two = test_request("2", "m", "aaaabbbb");
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
    test_free_endpoints(eps, 2);
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
    infext_endpoint *eps[3] = {test_endpoint("a", 0, 0), test_endpoint("b", 0, 0), test_endpoint("c", 0, 0)};
    infext_endpoint_set_label(eps[0], "role", "decode");
    infext_endpoint_set_label(eps[0], "gpu", "h100");
    infext_endpoint_set_label(eps[1], "role", "decode");
    infext_endpoint_set_label(eps[1], "gpu", "a100");
    unsigned char keep[3] = {1, 1, 1};
    in.type->filter(in.state, &in.ws->cycle, NULL, (const infext_endpoint *const *)eps, 3, keep);
    assert_memory_equal(keep, ((unsigned char[]){1, 0, 0}), 3);
    test_free_endpoints(eps, 3);
    unmake(&in);
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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
