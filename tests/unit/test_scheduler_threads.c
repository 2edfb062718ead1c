/* Eight threads schedule at once over one shared scheduler, each with its
 * own workspace: a seeded scheduler gives every thread the same picks as a
 * single-threaded run, and the prefix index (prefix-cache-scorer's, or
 * llm-d-router v0.10's approx-prefix-cache-producer's) takes concurrent
 * updates. Run it under ThreadSanitizer (-DINFEXT_TSAN=ON) or helgrind. */
#include "support.h"

#include "infext/scheduler.h"
#include "scheduler/catalogue.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 8
#define REQUESTS 200
#define ENDPOINTS 16

typedef struct shared {
    const infext_scheduler *sched;
    infext_endpoint *eps[ENDPOINTS];
    infext_request *reqs[REQUESTS];
    const infext_endpoint *picks[THREADS][REQUESTS];
    bool pre_request;
    int failures;
} shared;

/* One thread's arguments: the state its test shares, and its number. */
typedef struct worker {
    void *shared;
    int index;
} worker;

/* schedule(), counting a failure into *failures; the target or NULL. */
static const infext_endpoint *pick(const infext_scheduler *sched, infext_workspace *ws,
                                   const infext_request *req, infext_endpoint *const *eps,
                                   size_t n, int *failures)
{
    const infext_result *r = NULL;
    if (infext_scheduler_schedule(&r, sched, ws, req, eps, n, NULL) == INFEXT_OK)
        return infext_result_get_target(r);
    __atomic_add_fetch(failures, 1, __ATOMIC_RELAXED);
    return NULL;
}

static void *run(void *arg)
{
    worker *w = arg;
    shared *sh = w->shared;
    infext_workspace *ws = NULL;
    if (infext_workspace_new(&ws) != INFEXT_OK) return NULL;
    for (int k = 0; k < REQUESTS; k++) {
        int i = (k + w->index * 37) % REQUESTS; /* threads walk in different orders */
        const infext_endpoint *target =
            pick(sh->sched, ws, sh->reqs[i], sh->eps, ENDPOINTS, &sh->failures);
        if (!target) continue;
        sh->picks[w->index][i] = target;
        if (sh->pre_request) infext_scheduler_pre_request(sh->sched, ws, sh->reqs[i]);
    }
    infext_workspace_free(ws);
    return NULL;
}

/* Run `fn` on THREADS threads at once; `*failures` must stay 0. */
static void run_all(void *(*fn)(void *), void *state, const int *failures)
{
    pthread_t t[THREADS];
    worker w[THREADS];
    for (int i = 0; i < THREADS; i++) {
        w[i] = (worker){state, i};
        assert_int_equal(pthread_create(&t[i], NULL, fn, &w[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    assert_int_equal(*failures, 0);
}

static void run_threads(shared *sh)
{
    run_all(run, sh, &sh->failures);
}

static infext_scheduler *build(const char *yaml)
{
    infext_v1alpha1_endpoint_picker_config *cfg = NULL;
    if (yaml)
        assert_int_equal(infext_v1alpha1_endpoint_picker_config_decode(&cfg, yaml, strlen(yaml),
                                                                       NULL, NULL),
                         INFEXT_OK);
    infext_scheduler_options o = INFEXT_SCHEDULER_OPTIONS_INIT;
    o.flags = INFEXT_SCHEDULER_SEEDED;
    o.seed = 99;
    infext_scheduler *s = NULL;
    assert_int_equal(infext_scheduler_new(&s, cfg, NULL, &o, NULL), INFEXT_OK);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
    return s;
}

static void setup(shared *sh)
{
    memset(sh, 0, sizeof(*sh));
    for (int i = 0; i < ENDPOINTS; i++) {
        char name[16];
        snprintf(name, sizeof(name), "pod-%d", i);
        assert_int_equal(infext_endpoint_new(&sh->eps[i], "ns", name), INFEXT_OK);
        infext_endpoint_set_waiting_queue_size(sh->eps[i], i % 3); /* many ties */
        infext_endpoint_set_kv_cache_usage(sh->eps[i], (i % 4) * 0.25);
    }
    for (int i = 0; i < REQUESTS; i++) {
        char id[16], prompt[512];
        snprintf(id, sizeof(id), "req-%d", i);
        snprintf(prompt, sizeof(prompt),
                 "system prompt shared by every request of tenant %d, long enough to span "
                 "several blocks of the prefix cache; then the question number %d",
                 i % 5, i);
        assert_int_equal(infext_request_new(&sh->reqs[i]), INFEXT_OK);
        infext_request_set_id(sh->reqs[i], id);
        infext_request_set_model(sh->reqs[i], "m");
        infext_request_set_prompt(sh->reqs[i], prompt, strlen(prompt));
    }
}

static void teardown(shared *sh)
{
    for (int i = 0; i < ENDPOINTS; i++) infext_endpoint_free(sh->eps[i]);
    for (int i = 0; i < REQUESTS; i++) infext_request_free(sh->reqs[i]);
}

static void test_same_picks_from_every_thread(void **state)
{
    (void)state;
    static shared sh;
    setup(&sh);
    infext_scheduler *s = build("apiVersion: inference.networking.x-k8s.io/v1alpha1\n"
                                "kind: EndpointPickerConfig\n"
                                "plugins:\n- type: queue-scorer\n"
                                "- type: kv-cache-utilization-scorer\n");
    sh.sched = s;
    run_threads(&sh);
    /* a single-threaded reference run */
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    for (int i = 0; i < REQUESTS; i++) {
        const infext_result *r;
        assert_int_equal(infext_scheduler_schedule(&r, s, ws, sh.reqs[i], sh.eps, ENDPOINTS, NULL),
                         INFEXT_OK);
        for (int t = 0; t < THREADS; t++) assert_ptr_equal(sh.picks[t][i], infext_result_get_target(r));
    }
    infext_workspace_free(ws);
    infext_scheduler_free(s);
    teardown(&sh);
}

static void test_concurrent_prefix_index(void **state)
{
    (void)state;
    static shared sh;
    setup(&sh);
    infext_scheduler *s = build(NULL); /* the default set, with the prefix cache */
    sh.sched = s;
    sh.pre_request = true;
    run_threads(&sh);
    for (int t = 0; t < THREADS; t++)
        for (int i = 0; i < REQUESTS; i++) assert_non_null(sh.picks[t][i]);
    infext_scheduler_free(s);
    teardown(&sh);
}

/* The producer's index, filled by eight threads at once (produce() read-
 * locking shards while pre-request writes them), loses no update: each
 * request then matches all 5 of its blocks on every endpoint a thread
 * picked for it, its tenant's 4 shared blocks on the endpoints that got
 * another request of the tenant, and none elsewhere. */
static void test_concurrent_prefix_producer(void **state)
{
    (void)state;
    static shared sh;
    setup(&sh);
    for (int i = 0; i < REQUESTS; i++) { /* 1024 bytes shared per tenant, then the question */
        char prompt[1400];
        int len = snprintf(prompt, sizeof(prompt), "tenant %d: ", i % 5);
        while (len < 1200)
            len += snprintf(prompt + len, sizeof(prompt) - (size_t)len, "context of tenant %d; ", i % 5);
        len += snprintf(prompt + len, sizeof(prompt) - (size_t)len, "question %d", i);
        assert_int_equal(infext_request_set_prompt(sh.reqs[i], prompt, (size_t)len), INFEXT_OK);
    }
    infext_scheduler *s = build("apiVersion: inference.networking.x-k8s.io/v1alpha1\n"
                                "kind: EndpointPickerConfig\n"
                                "plugins:\n- type: approx-prefix-cache-producer\n"
                                "- type: prefix-cache-scorer\n- type: queue-scorer\n");
    sh.sched = s;
    sh.pre_request = true;
    run_threads(&sh);
    infext_workspace *ws = NULL;
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    for (int i = 0; i < REQUESTS; i++) {
        const infext_result *r;
        assert_int_equal(infext_scheduler_schedule(&r, s, ws, sh.reqs[i], sh.eps, ENDPOINTS, NULL),
                         INFEXT_OK);
        const infext__prefix_match *m =
            infext_cycle_state_read(&ws->cycle, "approx-prefix-cache-producer");
        assert_non_null(m);
        assert_int_equal(m->total_blocks, 5);
        for (int e = 0; e < ENDPOINTS; e++) {
            bool mine = false, tenant = false;
            for (int t = 0; t < THREADS; t++)
                for (int j = i % 5; j < REQUESTS; j += 5)
                    if (sh.picks[t][j] == sh.eps[e]) {
                        tenant = true;
                        mine = mine || j == i;
                    }
            uint32_t want = mine ? 5 : tenant ? 4 : 0;
            if (infext__prefix_match_of(m, sh.eps[e]) != want)
                fail_msg("request %d, pod-%d: %u blocks matched, want %u", i, e,
                         infext__prefix_match_of(m, sh.eps[e]), want);
        }
    }
    infext_workspace_free(ws);
    infext_scheduler_free(s);
    teardown(&sh);
}

/* Threads route distinct prompts to known endpoints (each call sees one
 * candidate, so the pick is forced) while others score over all of them;
 * afterwards every prompt must score its own endpoint alone. A second
 * round hammers one endpoint with a tiny LRU, evicting all the time; the
 * index must still record a last prompt completely. */
#define ROUTED 64

typedef struct routing {
    const infext_scheduler *sched;
    infext_endpoint *eps[ENDPOINTS];
    infext_request *reqs[ROUTED];
    int target[ROUTED];
    int failures;
} routing;

static void *route(void *arg)
{
    worker *w = arg;
    routing *rt = w->shared;
    infext_workspace *ws = NULL;
    if (infext_workspace_new(&ws) != INFEXT_OK) return NULL;
    for (int round = 0; round < 3; round++) {
        for (int k = 0; k < ROUTED; k++) {
            int i = (k * 7 + w->index * 13 + round) % ROUTED;
            bool reader = w->index % 2; /* odd threads only score, over everything */
            if (!pick(rt->sched, ws, rt->reqs[i], reader ? rt->eps : &rt->eps[rt->target[i]],
                      reader ? ENDPOINTS : 1, &rt->failures))
                continue;
            if (!reader) infext_scheduler_pre_request(rt->sched, ws, rt->reqs[i]);
        }
    }
    infext_workspace_free(ws);
    return NULL;
}

static void run_routers(routing *rt)
{
    run_all(route, rt, &rt->failures);
}

static void routing_setup(routing *rt, bool one_target)
{
    memset(rt, 0, sizeof(*rt));
    for (int i = 0; i < ENDPOINTS; i++) {
        char name[16];
        snprintf(name, sizeof(name), "pod-%d", i);
        assert_int_equal(infext_endpoint_new(&rt->eps[i], "ns", name), INFEXT_OK);
    }
    for (int i = 0; i < ROUTED; i++) {
        char id[16], prompt[600];
        snprintf(id, sizeof(id), "r-%d", i);
        /* 8 blocks of 64 bytes, distinct from the first block on */
        int n = snprintf(prompt, sizeof(prompt), "conversation %03d:", i);
        for (; n < 512; n++) prompt[n] = (char)('a' + (n * 7 + i) % 26);
        assert_int_equal(infext_request_new(&rt->reqs[i]), INFEXT_OK);
        infext_request_set_id(rt->reqs[i], id);
        infext_request_set_model(rt->reqs[i], "m");
        infext_request_set_prompt(rt->reqs[i], prompt, 512);
        rt->target[i] = one_target ? 3 : i % ENDPOINTS;
    }
}

static void routing_teardown(routing *rt)
{
    for (int i = 0; i < ENDPOINTS; i++) infext_endpoint_free(rt->eps[i]);
    for (int i = 0; i < ROUTED; i++) infext_request_free(rt->reqs[i]);
}

#define PREFIX_ONLY(params)                                                                      \
    "apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\n"           \
    "plugins:\n- type: prefix-cache-scorer\n  parameters: {blockSize: 64, autoTune: false" params \
    "}\n- type: max-score-picker\n"

static void test_index_consistent_after_concurrent_updates(void **state)
{
    (void)state;
    static routing rt;
    routing_setup(&rt, false);
    infext_scheduler *s = build(PREFIX_ONLY(""));
    rt.sched = s;
    run_routers(&rt);
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    for (int i = 0; i < ROUTED; i++)
        assert_ptr_equal(pick(s, ws, rt.reqs[i], rt.eps, ENDPOINTS, &rt.failures),
                         rt.eps[rt.target[i]]);
    infext_scheduler_free(s);
    routing_teardown(&rt);

    /* one endpoint, an LRU of 8 blocks (one prompt): evictions all the time */
    routing_setup(&rt, true);
    s = build(PREFIX_ONLY(", lruCapacityPerServer: 8"));
    rt.sched = s;
    run_routers(&rt);
    /* now route prompt 5 there once more: all 8 of its blocks are held */
    const infext_result *r;
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, rt.reqs[5], &rt.eps[3], 1, NULL),
                     INFEXT_OK);
    assert_int_equal(infext_scheduler_pre_request(s, ws, rt.reqs[5]), INFEXT_OK);
    infext_endpoint *pair[2] = {rt.eps[0], rt.eps[3]}; /* pod-0 never held anything */
    for (int i = 0; i < ROUTED; i++) {
        assert_int_equal(infext_scheduler_schedule(&r, s, ws, rt.reqs[i], pair, 2, NULL),
                         INFEXT_OK);
        /* ties (nothing held) go to either; prompt 5 must go to pod-3 */
        if (i == 5) assert_ptr_equal(infext_result_get_target(r), rt.eps[3]);
    }
    infext_workspace_free(ws);
    infext_scheduler_free(s);
    routing_teardown(&rt);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_picks_from_every_thread),
        cmocka_unit_test(test_concurrent_prefix_index),
        cmocka_unit_test(test_concurrent_prefix_producer),
        cmocka_unit_test(test_index_consistent_after_concurrent_updates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
