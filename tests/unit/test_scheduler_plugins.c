/* The plugin types of llm-d-router v0.10 (label and role filters, P/D
 * handlers and deciders, data parallelism, the approximate prefix-cache
 * producer and the scorer that reads it) in schedulers: exact picks on
 * fixed endpoints, exact errors with their paths; the types this build
 * cannot run; every allocation failing; P/D from four threads. */
#include "sched_fixtures.h"

#include "infext/plugin.h"
#include "scheduler/catalogue.h"
#include "util/alloc.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DATA INFEXT_TEST_DATA "/scheduler/llm-d/"

/* ------------------------------------------------------------ helpers -- */

/* The build fails with exactly `want` (rendered diagnostics). */
static void build_fails(const char *yaml, const char *want)
{
    infext_v1alpha1_endpoint_picker_config *cfg = test_config_text(yaml);
    infext_diags *d = NULL;
    infext_diags_new(&d);
    infext_scheduler *s = NULL;
    assert_int_equal(infext_scheduler_new(&s, cfg, NULL, NULL, d), INFEXT_ECONFIG);
    assert_null(s);
    char *r = test_render_diags(d);
    if (strcmp(r, want) != 0) {
        print_error("diagnostics:\n%s\nwant:\n%s", r, want);
        fail();
    }
    free(r);
    infext_diags_free(d);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
}
/* ------------------------------------------------------------ filters -- */

static void filter_keeps(const char *plugins, const char *want)
{
    char yaml[1024];
    snprintf(yaml, sizeof(yaml),
             CONFIG_HEAD "plugins:\n%s- type: queue-scorer\nschedulingProfiles:\n- name: default\n"
                  "  plugins:\n  - pluginRef: f\n  - pluginRef: queue-scorer\n  - pluginRef: all\n",
             plugins);
    infext_scheduler *s = test_build(yaml);
    infext_endpoint *eps[] = {test_ep("none", NULL, 0),        test_ep("decode", "decode", 0),
                              test_ep("prefill", "prefill", 0), test_ep("both", "both", 0),
                              test_ep("pd", "prefill-decode", 0), test_ep("encode", "encode", 0),
                              test_ep("ep", "encode-prefill", 0), test_ep("epd", "encode-prefill-decode", 0),
                              test_ep("other", "other", 0)};
    size_t n = sizeof(eps) / sizeof(eps[0]);
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    infext_request *req = test_request("r", "m", "x");
    const infext_result *r = NULL;
    infext_status st = infext_scheduler_schedule(&r, s, ws, req, eps, n, NULL);
    /* the survivors in the order given (the picker shuffles equal scores) */
    char got[256] = "";
    size_t len = 0, k = st == INFEXT_OK ? infext_result_profile_endpoints_count(r, 0) : 0;
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < k; i++)
            if (infext_result_profile_endpoint_at(r, 0, i) == eps[j])
                len += (size_t)snprintf(got + len, sizeof(got) - len, "%s%s", len ? "," : "",
                                        infext_endpoint_get_name(eps[j]));
    if (strcmp(got, want) != 0) {
        print_error("kept %s, want %s\n", got, want);
        fail();
    }
    infext_request_free(req);
    infext_workspace_free(ws);
    test_free_endpoints(eps, n);
    infext_scheduler_free(s);
}

#define PICK_ALL "- name: all\n  type: max-score-picker\n  parameters: {maxNumOfEndpoints: 20}\n"

static void test_role_filters(void **state)
{
    (void)state;
    filter_keeps("- name: f\n  type: decode-filter\n" PICK_ALL, "none,decode,both,pd,epd");
    filter_keeps("- name: f\n  type: prefill-filter\n" PICK_ALL, "prefill,both,pd,ep,epd");
    filter_keeps("- name: f\n  type: encode-filter\n" PICK_ALL, "encode,ep,epd");
    /* role filters take no parameters */
    build_fails(CONFIG_HEAD "plugins:\n- type: decode-filter\n  parameters: {label: x}\n",
                "Unknown|plugins[0].parameters.label|5:16|unknown parameter \"label\"\n");
}

static void test_by_label(void **state)
{
    (void)state;
    filter_keeps("- name: f\n  type: by-label\n  parameters: {label: llm-d.ai/role, validValues: [prefill, other]}\n" PICK_ALL,
                 "prefill,other");
    filter_keeps("- name: f\n  type: by-label\n  parameters: {label: llm-d.ai/role, allowsNoLabel: true}\n" PICK_ALL,
                 "none");
    build_fails(CONFIG_HEAD "plugins:\n- type: by-label\n  parameters: {validValues: [a]}\n",
                "Invalid|plugins[0].parameters.label|5:3|'label' must be specified\n");
    build_fails(CONFIG_HEAD "plugins:\n- type: by-label\n  parameters: {label: x}\n",
                "Invalid|plugins[0].parameters.validValues|5:3|either 'validValues' must be "
                "non-empty or 'allowsNoLabel' must be true\n");
    build_fails(CONFIG_HEAD "plugins:\n- type: by-label\n  parameters: {label: x, validValues: [1]}\n",
                "TypeInvalid|plugins[0].parameters.validValues[0]|5:40|must be a string\n");
}

static void test_label_selector(void **state)
{
    (void)state;
    filter_keeps("- name: f\n  type: label-selector-filter\n  parameters:\n    matchExpressions:\n"
                 "    - {key: llm-d.ai/role, operator: In, values: [encode, both]}\n" PICK_ALL,
                 "both,encode");
    filter_keeps("- name: f\n  type: by-label-selector\n  parameters:\n    matchExpressions:\n"
                 "    - {key: llm-d.ai/role, operator: NotIn, values: [encode, both]}\n"
                 "    - {key: llm-d.ai/role, operator: Exists}\n" PICK_ALL,
                 "decode,prefill,pd,ep,epd,other");
    filter_keeps("- name: f\n  type: label-selector-filter\n  parameters:\n    matchLabels: {llm-d.ai/role: other}\n" PICK_ALL,
                 "other");
    filter_keeps("- name: f\n  type: label-selector-filter\n  parameters:\n    matchExpressions:\n"
                 "    - {key: llm-d.ai/role, operator: DoesNotExist}\n" PICK_ALL,
                 "none");
    build_fails(CONFIG_HEAD "plugins:\n- type: label-selector-filter\n  parameters:\n    matchExpressions:\n"
                     "    - {key: a, operator: in, values: [x]}\n    - {key: b, operator: In}\n",
                "Invalid|plugins[0].parameters.matchExpressions[0].operator|7:16|the operator "
                "must be In, NotIn, Exists or DoesNotExist\n"
                "Invalid|plugins[0].parameters.matchExpressions[1].values|5:3|for 'In' and "
                "'NotIn' the values cannot be empty\n");
}

/* ------------------------------------------------------------ P/D -- */

/* llm-d-router's pd-epp-config: decode first; prefill when the prompt's
 * tokens not cached on the decode endpoint reach 16 (64 bytes). */
static void test_pd_config(void **state)
{
    (void)state;
    infext_scheduler *s = test_build_file("pd-epp-config.yaml");
    infext_endpoint *eps[] = {test_ep("p1", "prefill", 3), test_ep("p2", "prefill", 0), test_ep("d1", "decode", 5),
                              test_ep("d2", "decode", 1)};
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    /* 40 bytes = 10 tokens: below the threshold, decode only */
    test_schedule(s, ws, eps, 4, "short", "0123456789012345678901234567890123456789", INFEXT_OK, "*decode=d2");
    /* 200 bytes = 50 tokens, nothing cached: prefill apart */
    char *p = test_prompt_of(200);
    test_schedule(s, ws, eps, 4, "long", p, INFEXT_OK, "prefill=p2;*decode=d2");
    /* the same prompt again: d2 holds its one block (64 tokens >= 50), so
     * decode only; and prefix-cache-scorer keeps it on d2 over a shorter
     * queue elsewhere */
    infext_endpoint_set_waiting_queue_size(eps[3], 4);
    infext_endpoint_set_waiting_queue_size(eps[2], 3);
    test_schedule(s, ws, eps, 4, "again", p, INFEXT_OK, "*decode=d2");
    /* no decode endpoint: nothing is picked, the decode profile says why */
    test_schedule(s, ws, eps, 2, "nodecode", p, INFEXT_ENOENDPOINT, "*decode=");
    free(p);
    infext_workspace_free(ws);
    test_free_endpoints(eps, 4);
    infext_scheduler_free(s);
}

#define PD_PLUGINS                                                                            \
    "- type: prefill-filter\n- type: decode-filter\n- type: queue-scorer\n"
#define PD_PROFILES                                                                           \
    "schedulingProfiles:\n- name: prefill\n  plugins: [{pluginRef: prefill-filter}, {pluginRef: queue-scorer}]\n" \
    "- name: decode\n  plugins: [{pluginRef: decode-filter}, {pluginRef: queue-scorer}]\n"

static void test_handlers(void **state)
{
    (void)state;
    infext_endpoint *eps[] = {test_ep("p1", "prefill", 3), test_ep("p2", "prefill", 0), test_ep("d1", "decode", 5),
                              test_ep("d2", "decode", 1)};
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    /* always-disagg: decode, then prefill, for any prompt */
    infext_scheduler *s = test_build(CONFIG_HEAD "plugins:\n" PD_PLUGINS "- type: always-disagg-pd-decider\n"
                                     "- type: disagg-profile-handler\n"
                                     "  parameters: {deciders: {prefill: always-disagg-pd-decider}}\n" PD_PROFILES);
    test_schedule(s, ws, eps, 4, "a", "x", INFEXT_OK, "prefill=p2;*decode=d2");
    infext_scheduler_free(s);
    /* no decider: decode only */
    s = test_build(CONFIG_HEAD "plugins:\n" PD_PLUGINS "- type: disagg-profile-handler\n" PD_PROFILES);
    test_schedule(s, ws, eps, 4, "b", "x", INFEXT_OK, "*decode=d2");
    infext_scheduler_free(s);
    /* prefill-first, the deprecated flat names of the profiles */
    s = test_build(CONFIG_HEAD "plugins:\n" PD_PLUGINS "- type: disagg-profile-handler\n"
                   "  parameters: {stageOrder: Prefill_First, decodeProfile: dec, prefillProfile: pre}\n"
                   "schedulingProfiles:\n- name: pre\n  plugins: [{pluginRef: prefill-filter}, {pluginRef: queue-scorer}]\n"
                   "- name: dec\n  plugins: [{pluginRef: decode-filter}, {pluginRef: queue-scorer}]\n");
    test_schedule(s, ws, eps, 4, "c", "x", INFEXT_OK, "pre=p2;*dec=d2");
    infext_scheduler_free(s);
    /* the deprecated pd-profile-handler with its default decider */
    s = test_build(CONFIG_HEAD "plugins:\n" PD_PLUGINS "- type: prefix-based-pd-decider\n  parameters: {nonCachedTokens: 2}\n"
                   "- type: pd-profile-handler\n" PD_PROFILES);
    test_schedule(s, ws, eps, 4, "d", "xxxx", INFEXT_OK, "*decode=d2");
    test_schedule(s, ws, eps, 4, "e", "xxxxxxxx", INFEXT_OK, "prefill=p2;*decode=d2");
    infext_scheduler_free(s);
    /* data parallel: the one profile */
    s = test_build_file("dp-epp-config.yaml"); /* no queue scorer: one decode endpoint */
    infext_endpoint *two[] = {eps[0], eps[3]};
    test_schedule(s, ws, two, 2, "f", "x", INFEXT_OK, "*default=d2");
    infext_scheduler_free(s);
    infext_workspace_free(ws);
    test_free_endpoints(eps, 4);
}

static void test_handler_errors(void **state)
{
    (void)state;
    build_fails(CONFIG_HEAD "plugins:\n- type: disagg-profile-handler\n"
                     "  parameters: {profiles: {decode: d}, decodeProfile: d}\n",
                "Invalid|plugins[0].parameters|5:3|use one form of parameters: either the nested "
                "profiles/deciders or the deprecated flat fields\n");
    build_fails(CONFIG_HEAD "plugins:\n- type: disagg-profile-handler\n  parameters: {stageOrder: sideways}\n",
                "NotSupported|plugins[0].parameters|5:3|invalid stage order \"sideways\": must "
                "be \"decode-first\" or \"prefill-first\"\n");
    build_fails(CONFIG_HEAD "plugins:\n- type: disagg-profile-handler\n"
                     "  parameters: {stageOrder: prefill-first, deciders: {prefill: x}}\n",
                "Invalid|plugins[0].parameters|5:3|a prefill decider is not supported with stage "
                "order prefill-first\n");
    build_fails(CONFIG_HEAD "plugins:\n" PD_PLUGINS "- type: disagg-profile-handler\n"
                     "  parameters: {deciders: {prefill: nope, encode: queue-scorer}}\n" PD_PROFILES,
                "Invalid|plugins[3].parameters.deciders.prefill|8:27|no plugin named \"nope\" is "
                "configured\n"
                "Invalid|plugins[3].parameters.deciders.encode|8:42|plugin \"queue-scorer\" "
                "(type \"queue-scorer\") is not a disaggregation decider\n");
    build_fails(CONFIG_HEAD "plugins:\n- type: pd-profile-handler\n  parameters: {primaryPort: 70000, decodeProfil: x}\n",
                "Invalid|plugins[0].parameters.primaryPort|5:16|invalid primaryPort 70000: must "
                "be between 1 and 65535\n"
                "Unknown|plugins[0].parameters.decodeProfil|5:36|unknown parameter "
                "\"decodeProfil\"; did you mean \"decodeProfile\"?\n");
    build_fails(CONFIG_HEAD "plugins:\n" PD_PLUGINS "- type: pd-profile-handler\n" PD_PROFILES,
                "Invalid|plugins[3].parameters.deciderPluginName|7:3|no plugin named "
                "\"prefix-based-pd-decider\" is configured\n");
    build_fails(CONFIG_HEAD "plugins:\n- type: prefix-based-pd-decider\n  parameters: {nonCachedTokens: -1}\n",
                "Invalid|plugins[0].parameters.nonCachedTokens|5:16|-1: the number of non-cached "
                "tokens cannot be negative\n");
    build_fails(CONFIG_HEAD "plugins:\n- type: data-parallel-profile-handler\n  parameters: {primaryPort: 0.5}\n",
                "TypeInvalid|plugins[0].parameters.primaryPort|5:16|must be an integer\n");
}

/* ------------------------------------------------------ prefix v0.10 -- */

static void test_approx_prefix(void **state)
{
    (void)state;
    /* the producer is added when the scorer names none and the config has
     * a v0.10 parameter; matchLengthWeight 0.5, scale 64 tokens */
    infext_scheduler *s = test_build(CONFIG_HEAD "plugins:\n- type: prefix-cache-scorer\n"
                                     "  parameters: {matchLengthWeight: 0.5, matchLengthScaleTokens: 128}\n"
                                     "- type: queue-scorer\n"
                                     "schedulingProfiles:\n- name: default\n  plugins:\n"
                                     "  - {pluginRef: prefix-cache-scorer, weight: 10}\n  - {pluginRef: queue-scorer}\n");
    assert_string_equal(infext_scheduler_plugin_type_at(s, 2), "approx-prefix-cache-producer");
    infext_endpoint *eps[] = {test_ep("a", NULL, 0), test_ep("b", NULL, 1)};
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    char *p = test_prompt_of(1024); /* 256 tokens: 4 blocks of 64 */
    test_schedule(s, ws, eps, 2, "1", p, INFEXT_OK, "*default=a");
    /* b now has the shorter queue; a holds all 4 blocks: 0.5 * min(1, 256/128)^2
     * + 0.5 * 4/4 = 1, times 10, beats b's queue score */
    infext_endpoint_set_waiting_queue_size(eps[0], 1);
    infext_endpoint_set_waiting_queue_size(eps[1], 0);
    test_schedule(s, ws, eps, 2, "2", p, INFEXT_OK, "*default=a");
    /* a prompt sharing only the first block: a scores 10 * (0.5 * (64/128)^2 +
     * 0.5 * 1/2) = 3.75 with 2 blocks (512 bytes) */
    memset(p + 256, 'Z', 256);
    p[512] = 0;
    infext_request *req = test_request("3", "m", p);
    const infext_result *r = NULL;
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, eps, 2, NULL), INFEXT_OK);
    const infext__prefix_match *m = infext_cycle_state_read(&ws->cycle, "approx-prefix-cache-producer");
    assert_non_null(m);
    assert_int_equal(m->total_blocks, 2);
    assert_int_equal(m->block_tokens, 64);
    assert_int_equal(infext__prefix_match_of(m, eps[0]), 1);
    assert_int_equal(infext__prefix_match_of(m, eps[1]), 0);
    infext_request_free(req);
    free(p);
    infext_workspace_free(ws);
    test_free_endpoints(eps, 2);
    infext_scheduler_free(s);

    build_fails(CONFIG_HEAD "plugins:\n- type: prefix-cache-scorer\n  parameters: {matchLengthWeight: 1.5}\n",
                "Invalid|plugins[0].parameters.matchLengthWeight|5:16|matchLengthWeight must be "
                "between 0.0 and 1.0, got 1.5\n");
    build_fails(CONFIG_HEAD "plugins:\n- type: prefix-cache-scorer\n  parameters: {prefixMatchInfoProducerName: p}\n",
                "Invalid|plugins[0].parameters.prefixMatchInfoProducerName|5:16|no plugin named "
                "\"p\" is configured\n");
    build_fails(CONFIG_HEAD "plugins:\n- type: approx-prefix-cache-producer\n- type: prefix-cache-scorer\n"
                     "  parameters: {blockSize: 16}\n",
                "Invalid|plugins[1].parameters|6:3|blockSize, maxPrefixBlocksToMatch, "
                "lruCapacityPerServer and autoTune are not parameters of prefix-cache-scorer "
                "when it reads the match information of approx-prefix-cache-producer "
                "(llm-d-router): set them on the producer\n");
    build_fails(CONFIG_HEAD "plugins:\n- type: approx-prefix-cache-producer\n"
                     "  parameters: {autoTune: false, blockSizeTokens: 0, maxPrefixTokensToMatch: -1}\n",
                "Invalid|plugins[0].parameters.blockSizeTokens|5:33|blockSizeTokens must be "
                "greater than 0 when autoTune is disabled, got 0\n");
}

/* -------------------------------------------------- unavailable types -- */

static void test_not_available(void **state)
{
    (void)state;
    build_fails(CONFIG_HEAD "plugins:\n- type: queue-scorer\n- type: precise-prefix-cache-scorer\n"
                     "  parameters: {indexerConfig: {kvBlockIndexConfig: {enableMetrics: true}}}\n",
                "NotSupported|plugins[1].type|5:3|plugin type \"precise-prefix-cache-scorer\" is "
                "not available in this build: it needs a KV-cache event stream over ZMQ and a "
                "tokenizer\n");
    /* its parameters are still checked */
    build_fails(CONFIG_HEAD "plugins:\n- type: token-producer\n  parameters: {modelName: 3, vlm: {}}\n",
                "TypeInvalid|plugins[0].parameters.modelName|5:16|must be a string\n"
                "Unknown|plugins[0].parameters.vlm|5:30|unknown parameter \"vlm\"; did you mean "
                "\"vllm\"?\n");
}
/* --------------------------------------- allocation failures, threads -- */

/* Every allocation may fail: building, scheduling, checking, defaulting
 * and explaining fail cleanly (no crash, no leak: valgrind and ASan runs). */
static void test_allocation_failures(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof(path), DATA "pd-epp-config.yaml");
    char *text = test_read_path(path, NULL);
    infext_v1alpha1_endpoint_picker_config *cfg = test_config_text(text);
    free(text);
    infext_endpoint *eps[] = {test_ep("p1", "prefill", 3), test_ep("d1", "decode", 5)};
    char *p = test_prompt_of(300);
    infext_request *req = test_request("r", "m", p);
    bool built = false, scheduled = false, checked = false, defaulted = false, explained = false;
    for (long n = 0; n < 20000 && !(built && scheduled && checked && defaulted && explained); n++) {
        infext_scheduler *s = NULL;
        infext_workspace *ws = NULL;
        infext_diags *d = NULL;
        infext_v1alpha1_endpoint_picker_config *copy = NULL;
        infext_v1alpha1_endpoint_picker_config_clone(&copy, cfg);
        assert_non_null(copy);
        infext_diags_new(&d);
        infext__alloc_fail_after(n);
        infext_status st = infext_scheduler_new(&s, cfg, NULL, NULL, d);
        assert_true(st == INFEXT_OK || st == INFEXT_ENOMEM || st == INFEXT_ECONFIG);
        built |= st == INFEXT_OK;
        if (st == INFEXT_OK && infext_workspace_new(&ws) == INFEXT_OK) {
            const infext_result *r = NULL;
            st = infext_scheduler_schedule(&r, s, ws, req, eps, 2, NULL);
            assert_true(st == INFEXT_OK || st == INFEXT_ENOMEM);
            if (st == INFEXT_OK) {
                scheduled = true;
                assert_int_equal(infext_scheduler_pre_request(s, ws, req), INFEXT_OK);
            }
        }
        st = infext_scheduler_check(infext_v1alpha1_endpoint_picker_config_as_object(cfg), NULL, d);
        assert_true(st == INFEXT_OK || st == INFEXT_ENOMEM || st == INFEXT_ECONFIG);
        checked |= st == INFEXT_OK;
        st = infext_scheduler_default_config(infext_v1alpha1_endpoint_picker_config_as_object(copy), NULL, d);
        assert_true(st == INFEXT_OK || st == INFEXT_ENOMEM || st == INFEXT_ECONFIG);
        defaulted |= st == INFEXT_OK;
        char *out = NULL;
        st = infext_registry_explain(&out, NULL, n % 2 ? NULL : "disagg-profile-handler");
        assert_true(st == INFEXT_OK || st == INFEXT_ENOMEM);
        explained |= st == INFEXT_OK;
        infext__alloc_fail_after(-1);
        infext_free(out);
        infext_workspace_free(ws);
        infext_scheduler_free(s);
        infext_diags_free(d);
        infext_v1alpha1_endpoint_picker_config_free(copy);
    }
    assert_true(built && scheduled && checked && defaulted && explained);
    infext_request_free(req);
    free(p);
    test_free_endpoints(eps, 2);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
}

/* Four threads schedule through one P/D scheduler (the producer's index is
 * the shared state), each with its own workspace. */
typedef struct worker {
    const infext_scheduler *s;
    infext_endpoint **eps;
    int id;
    int bad;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    infext_workspace *ws = NULL;
    if (infext_workspace_new(&ws) != INFEXT_OK) return (void *)1;
    char prompt[700], id[32];
    for (int i = 0; i < 300; i++) {
        size_t len = (size_t)(40 + (i * 37 + w->id * 11) % 600);
        for (size_t k = 0; k < len; k++) prompt[k] = (char)('a' + (k * (size_t)(1 + i % 3)) % 26);
        prompt[len] = 0;
        snprintf(id, sizeof(id), "%d-%d", w->id, i);
        infext_request *req = NULL;
        infext_request_new(&req);
        infext_request_set_id(req, id);
        infext_request_set_model(req, "m");
        infext_request_set_prompt(req, prompt, len);
        const infext_result *r = NULL;
        if (infext_scheduler_schedule(&r, w->s, ws, req, w->eps, 4, NULL) != INFEXT_OK) w->bad++;
        const infext_endpoint *t = r ? infext_result_get_target(r) : NULL;
        const char *role = t ? infext_endpoint_get_label(t, "llm-d.ai/role") : NULL;
        if (!role || strcmp(role, "decode") != 0) w->bad++;
        size_t pi;
        if (r && infext_result_find_profile(&pi, r, "prefill") && infext_result_profile_ran(r, pi)) {
            const infext_endpoint *pf = infext_result_profile_endpoint_at(r, pi, 0);
            if (!pf || strcmp(infext_endpoint_get_label(pf, "llm-d.ai/role"), "prefill") != 0) w->bad++;
        }
        if (infext_scheduler_pre_request(w->s, ws, req) != INFEXT_OK) w->bad++;
        infext_request_free(req);
    }
    infext_workspace_free(ws);
    return NULL;
}

static void test_pd_threads(void **state)
{
    (void)state;
    infext_scheduler *s = test_build_file("pd-epp-config.yaml");
    infext_endpoint *eps[] = {test_ep("p1", "prefill", 3), test_ep("p2", "prefill", 0), test_ep("d1", "decode", 5),
                              test_ep("d2", "decode", 1)};
    pthread_t th[4];
    worker w[4];
    for (int i = 0; i < 4; i++) {
        w[i] = (worker){s, eps, i, 0};
        assert_int_equal(pthread_create(&th[i], NULL, work, &w[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        void *ret = NULL;
        pthread_join(th[i], &ret);
        assert_null(ret);
        assert_int_equal(w[i].bad, 0);
    }
    test_free_endpoints(eps, 4);
    infext_scheduler_free(s);
}
int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_filters),
        cmocka_unit_test(test_by_label),
        cmocka_unit_test(test_label_selector),
        cmocka_unit_test(test_pd_config),
        cmocka_unit_test(test_handlers),
        cmocka_unit_test(test_handler_errors),
        cmocka_unit_test(test_approx_prefix),
        cmocka_unit_test(test_not_available),
        cmocka_unit_test(test_allocation_failures),
        cmocka_unit_test(test_pd_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
