/* Schedulers built from Heimdall configs (the `heimdall` dialect) run what
 * Heimdall would: the role filters read mif.moreh.io/role and keep
 * Heimdall's roles, while the same plugins in a config of another dialect
 * keep reading llm-d.ai/role. Fixed endpoints (labels, waiting queues),
 * exact chosen endpoints per profile. */
#include "sched_fixtures.h"

#include "infext/saturation.h"
#include "infext/scheduler.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ helpers -- */

/* The saturationDetector member that makes a config Heimdall's (its
 * detector type); without it the same text is a gie-v1.3 config. */
#define HEIMDALL_DETECTOR "saturationDetector:\n  type: utilization\n"

/* A P/D config: every filter's profile scores by the queue and lists up
 * to 8 endpoints, best first, so the outcome is every endpoint kept. */
#define PD_CONFIG                                                                             \
    CONFIG_HEAD "plugins:\n"                                                                  \
                "- type: always-disagg-pd-decider\n"                                          \
                "- type: disagg-headers-handler\n"                                            \
                "- type: prefill-filter\n"                                                    \
                "- type: decode-filter\n"                                                     \
                "- type: queue-scorer\n"                                                      \
                "- type: max-score-picker\n  parameters: {maxNumOfEndpoints: 8}\n"            \
                "- type: disagg-profile-handler\n"                                            \
                "  parameters: {deciders: {prefill: always-disagg-pd-decider}}\n"             \
                "schedulingProfiles:\n"                                                       \
                "- name: prefill\n  plugins:\n  - pluginRef: prefill-filter\n"                \
                "  - pluginRef: queue-scorer\n  - pluginRef: max-score-picker\n"              \
                "- name: decode\n  plugins:\n  - pluginRef: decode-filter\n"                  \
                "  - pluginRef: queue-scorer\n  - pluginRef: max-score-picker\n"

#define ENCODE_CONFIG                                                                         \
    CONFIG_HEAD "plugins:\n"                                                                  \
                "- type: encode-filter\n"                                                     \
                "- type: queue-scorer\n"                                                      \
                "- type: max-score-picker\n  parameters: {maxNumOfEndpoints: 8}\n"            \
                "schedulingProfiles:\n"                                                       \
                "- name: default\n  plugins:\n  - pluginRef: encode-filter\n"                 \
                "  - pluginRef: queue-scorer\n  - pluginRef: max-score-picker\n"

/* Endpoint ns/<name> with label `key`=`value` (none when key is NULL) and
 * a waiting queue. */
static infext_endpoint *labelled(const char *name, const char *key, const char *value, int64_t queue)
{
    infext_endpoint *e = NULL;
    assert_int_equal(infext_endpoint_new(&e, "ns", name), INFEXT_OK);
    if (key) assert_int_equal(infext_endpoint_set_label(e, key, value), INFEXT_OK);
    assert_int_equal(infext_endpoint_set_waiting_queue_size(e, queue), INFEXT_OK);
    return e;
}

#define MIF "mif.moreh.io/role"
#define LLMD "llm-d.ai/role"
#define FLEET_LEN 9

/* Nine endpoints, the queue growing with the index (so the best first is
 * the fleet's order): Heimdall roles prefill, decode, both, none; llm-d
 * roles prefill, decode; Heimdall roles prefill-decode, encode,
 * encode-prefill. */
static void fleet(infext_endpoint **eps)
{
    eps[0] = labelled("m-prefill", MIF, "prefill", 0);
    eps[1] = labelled("m-decode", MIF, "decode", 1);
    eps[2] = labelled("m-both", MIF, "both", 2);
    eps[3] = labelled("none", NULL, NULL, 3);
    eps[4] = labelled("l-prefill", LLMD, "prefill", 4);
    eps[5] = labelled("l-decode", LLMD, "decode", 5);
    eps[6] = labelled("m-prefill-decode", MIF, "prefill-decode", 6);
    eps[7] = labelled("m-encode", MIF, "encode", 7);
    eps[8] = labelled("m-encode-prefill", MIF, "encode-prefill", 8);
}

/* Build `yaml`, schedule one request over the fleet and compare. */
static void expect_outcome(const char *yaml, infext_status want_st, const char *want)
{
    infext_scheduler *s = test_build(yaml);
    infext_workspace *ws = NULL;
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    infext_endpoint *eps[FLEET_LEN];
    fleet(eps);
    test_schedule(s, ws, eps, FLEET_LEN, "r1", "hello", want_st, want);
    test_free_endpoints(eps, FLEET_LEN);
    infext_workspace_free(ws);
    infext_scheduler_free(s);
}

/* ------------------------------------------------------- role filters -- */

/* Heimdall: prefill-filter keeps mif.moreh.io/role prefill only;
 * decode-filter decode, both, and endpoints without that label (which
 * include those with llm-d's label only). */
static void heimdall_pd_filters_read_mif_role(void **state)
{
    (void)state;
    expect_outcome(PD_CONFIG HEIMDALL_DETECTOR, INFEXT_OK,
                   "prefill=m-prefill;*decode=m-decode,m-both,none,l-prefill,l-decode");
}

/* The same config without Heimdall's detector type is gie-v1.3's: the
 * filters read llm-d.ai/role, so every endpoint without it is a decode
 * endpoint and only l-prefill is a prefill endpoint. */
static void gie_pd_filters_read_llmd_role(void **state)
{
    (void)state;
    expect_outcome(PD_CONFIG, INFEXT_OK,
                   "prefill=l-prefill;*decode=m-prefill,m-decode,m-both,none,l-decode,m-prefill-decode,"
                   "m-encode,m-encode-prefill");
}

/* Heimdall's encode-filter: mif.moreh.io/role encode, encode-prefill or
 * encode-prefill-decode; no label is refused. */
static void heimdall_encode_filter_reads_mif_role(void **state)
{
    (void)state;
    expect_outcome(ENCODE_CONFIG HEIMDALL_DETECTOR, INFEXT_OK, "*default=m-encode,m-encode-prefill");
    /* in gie-v1.3 it reads llm-d.ai/role, which no encode endpoint has */
    expect_outcome(ENCODE_CONFIG, INFEXT_ENOENDPOINT, "*default=");
}

/* No endpoint with Heimdall's prefill role: the prefill profile keeps
 * nothing (decode still runs and is the primary). */
static void heimdall_prefill_filter_refuses_llmd_prefill(void **state)
{
    (void)state;
    infext_scheduler *s = test_build(PD_CONFIG HEIMDALL_DETECTOR);
    infext_workspace *ws = NULL;
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    infext_endpoint *eps[2] = {labelled("l-prefill", LLMD, "prefill", 0),
                               labelled("m-both", MIF, "both", 1)};
    test_schedule(s, ws, eps, 2, "r2", "hello", INFEXT_OK, "prefill=;*decode=l-prefill,m-both");
    test_free_endpoints(eps, 2);
    infext_workspace_free(ws);
    infext_scheduler_free(s);
}

/* ------------------------------------------------ prefix-cache-scorer -- */

/* A malloc'ed config text from a printf format. */
static char *formatted(const char *fmt, ...)
{
    char *yaml = malloc(2048);
    assert_non_null(yaml);
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(yaml, 2048, fmt, ap);
    va_end(ap);
    assert_true(n > 0 && n < 2048);
    return yaml;
}

/* A queue-scorer and a heavier prefix-cache-scorer (no autoTune) over two
 * endpoints; `params` are the scorer's. */
static char *prefix_config(const char *params, bool heimdall)
{
    return formatted(CONFIG_HEAD "plugins:\n- type: queue-scorer\n- type: prefix-cache-scorer\n"
                                 "  parameters: {autoTune: false%s}\n- type: max-score-picker\n"
                                 "schedulingProfiles:\n- name: default\n  plugins:\n"
                                 "  - pluginRef: queue-scorer\n  - pluginRef: prefix-cache-scorer\n    weight: 10\n"
                                 "  - pluginRef: max-score-picker\n%s",
                     params, heimdall ? HEIMDALL_DETECTOR : "");
}

/* The first request lands on `a` (the shorter queue) and is remembered
 * there; the second, sharing its first 8 bytes, goes to `b` when the
 * queues turn, unless the scorer matches an 8-byte block on `a`. */
static void expect_second_pick(const char *params, const char *want)
{
    char *yaml = prefix_config(params, true);
    infext_scheduler *s = test_build(yaml);
    free(yaml);
    infext_workspace *ws = NULL;
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    infext_endpoint *eps[2] = {labelled("a", NULL, NULL, 0), labelled("b", NULL, NULL, 1)};
    test_schedule(s, ws, eps, 2, "r1", "abcdefghABCDEFGH", INFEXT_OK, "*default=a");
    assert_int_equal(infext_endpoint_set_waiting_queue_size(eps[0], 1), INFEXT_OK);
    assert_int_equal(infext_endpoint_set_waiting_queue_size(eps[1], 0), INFEXT_OK);
    test_schedule(s, ws, eps, 2, "r2", "abcdefgh12345678", INFEXT_OK, want);
    test_free_endpoints(eps, 2);
    infext_workspace_free(ws);
    infext_scheduler_free(s);
}

/* blockSizeTokens 2: blocks of 8 bytes, the shared first block matches on
 * a (score 10 * 1/2 against the queue's 1). */
static void heimdall_block_size_tokens(void **state)
{
    (void)state;
    expect_second_pick(", blockSizeTokens: 2", "*default=a");
}

/* The default, 16 tokens (64 bytes): a 16-byte prompt has no block and
 * nothing matches; so does blockSizeTokens 0 (the default too). */
static void heimdall_block_size_default(void **state)
{
    (void)state;
    expect_second_pick("", "*default=b");
    expect_second_pick(", blockSizeTokens: 0", "*default=b");
    /* blockSizeTokens wins over blockSize (8 bytes a block would match) */
    expect_second_pick(", blockSize: 8, blockSizeTokens: 16", "*default=b");
}

/* Build `yaml` (freed): ECONFIG with exactly the findings `want`. */
static void refused(char *yaml, const char *want)
{
    test_build_from(test_decode_ok(yaml), INFEXT_ECONFIG, want, want);
    free(yaml);
}

/* Heimdall refuses blockSize alone; other dialects do not know
 * blockSizeTokens. */
static void block_size_tokens_refused(void **state)
{
    (void)state;
    refused(prefix_config(", blockSize: 8", true),
            "Invalid|plugins[1].parameters.blockSize|6:33|blockSize (deprecated, in characters) is "
            "refused without blockSizeTokens in Heimdall configs\n");
    refused(prefix_config(", blockSizeTokens: 2", false),
            "Unknown|plugins[1].parameters.blockSizeTokens|6:33|unknown parameter \"blockSizeTokens\" "
            "(a parameter of prefix-cache-scorer in Heimdall configs only)\n");
    /* a misspelling in a Heimdall config: the strict reader's finding */
    refused(prefix_config(", blockSizeToken: 2", true),
            "Unknown|plugins[1].parameters.blockSizeToken|6:33|unknown parameter \"blockSizeToken\"; "
            "did you mean \"blockSizeTokens\"?\n");
}

/* ------------------------------------------- pd-profile-handler v0.4 -- */

/* Heimdall v0.4's pd-profile-handler: prefix-cache-scorer with blocks of 8
 * bytes in the decode profile, the handler's `params`. */
static char *v04_config(const char *params, bool heimdall)
{
    return formatted(CONFIG_HEAD "plugins:\n- type: prefill-filter\n- type: decode-filter\n"
                                 "- type: prefix-cache-scorer\n  parameters: {autoTune: false%s}\n"
                                 "- type: queue-scorer\n- type: max-score-picker\n"
                                 "- type: pd-profile-handler\n  parameters: {%s}\n"
                                 "schedulingProfiles:\n"
                                 "- name: prefill\n  plugins:\n  - pluginRef: prefill-filter\n"
                                 "  - pluginRef: queue-scorer\n  - pluginRef: max-score-picker\n"
                                 "- name: decode\n  plugins:\n  - pluginRef: decode-filter\n"
                                 "  - pluginRef: prefix-cache-scorer\n    weight: 10\n"
                                 "  - pluginRef: queue-scorer\n  - pluginRef: max-score-picker\n%s",
                     heimdall ? ", blockSizeTokens: 2" : "", params, heimdall ? HEIMDALL_DETECTOR : "");
}

/* Three requests on one prefix; each decode endpoint remembers what it
 * served. `want` holds the three outcomes. */
static void expect_v04(const char *params, const char *const want[3])
{
    char *yaml = v04_config(params, true);
    infext_scheduler *s = test_build(yaml);
    free(yaml);
    infext_workspace *ws = NULL;
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    infext_endpoint *eps[3] = {labelled("p", MIF, "prefill", 0), labelled("d1", MIF, "decode", 0),
                               labelled("d2", MIF, "decode", 1)};
    /* 16 bytes, nothing cached */
    test_schedule(s, ws, eps, 3, "r1", "abcdefghABCDEFGH", INFEXT_OK, want[0]);
    /* 19 bytes, 16 cached on d1 (two blocks) */
    test_schedule(s, ws, eps, 3, "r2", "abcdefghABCDEFGHxyz", INFEXT_OK, want[1]);
    /* 20 bytes, 8 cached on d1 (one block) */
    test_schedule(s, ws, eps, 3, "r3", "abcdefgh0123456789ab", INFEXT_OK, want[2]);
    test_free_endpoints(eps, 3);
    infext_workspace_free(ws);
    infext_scheduler_free(s);
}

/* threshold 10: prefill when 10 or more prompt bytes are not cached on
 * the decode endpoint (16, then 3, then 12). */
static void heimdall_v04_threshold(void **state)
{
    (void)state;
    const char *const want[3] = {"prefill=p;*decode=d1", "*decode=d1", "prefill=p;*decode=d1"};
    expect_v04("threshold: 10, hashBlockSize: 8", want);
    /* blocks counted as 2 bytes: 16 - 4, 19 - 4 and 20 - 2 all reach 10 */
    const char *const small[3] = {"prefill=p;*decode=d1", "prefill=p;*decode=d1", "prefill=p;*decode=d1"};
    expect_v04("threshold: 10, hashBlockSize: 2", small);
    /* threshold 17: 16 bytes stay below it, and so do 19 - 16 and 20 - 8 */
    const char *const high[3] = {"*decode=d1", "*decode=d1", "*decode=d1"};
    expect_v04("threshold: 17, hashBlockSize: 8", high);
}

/* threshold 0 (its default): prefill always runs; a prefix plugin named
 * otherwise than configured counts nothing as cached. */
static void heimdall_v04_always(void **state)
{
    (void)state;
    const char *const always[3] = {"prefill=p;*decode=d1", "prefill=p;*decode=d1", "prefill=p;*decode=d1"};
    expect_v04("hashBlockSize: 8", always);
    expect_v04("threshold: 0", always);
    const char *const none[3] = {"prefill=p;*decode=d1", "prefill=p;*decode=d1", "prefill=p;*decode=d1"};
    expect_v04("threshold: 10, prefixPluginName: other", none);
}

/* Other dialects do not know the v0.4 members; a decider does not go with
 * them; negative values are refused. */
static void v04_members_refused(void **state)
{
    (void)state;
    refused(v04_config("threshold: 10, hashBlockSize: 8", false),
            "Unknown|plugins[5].parameters.threshold|11:16|unknown parameter \"threshold\" (a parameter "
            "of pd-profile-handler in Heimdall configs only)\n"
            "Unknown|plugins[5].parameters.hashBlockSize|11:31|unknown parameter \"hashBlockSize\" (a "
            "parameter of pd-profile-handler in Heimdall configs only)\n");
    refused(v04_config("threshold: 10, deciderPluginName: d", true),
            "Invalid|plugins[5].parameters.deciderPluginName|11:31|a decider does not go with threshold "
            "and hashBlockSize (Heimdall v0.4's decision): use one or the other\n");
    refused(v04_config("hashBlockSize: -1", true),
            "Invalid|plugins[5].parameters.hashBlockSize|11:16|-1: hashBlockSize cannot be negative\n");
    refused(v04_config("treshold: 1", true),
            "Unknown|plugins[5].parameters.treshold|11:16|unknown parameter \"treshold\"; did you mean "
            "\"threshold\"?\n");
}

/* -------------------------------------------------- saturationDetector -- */

/* The saturation detector of `yaml`: its status and rendered findings. */
static void expect_detector(const char *yaml, infext_status want, const char *want_diags,
                            int64_t want_queue_depth)
{
    infext_v1alpha1_endpoint_picker_config *cfg = test_config_text(yaml);
    infext_diags *d = NULL;
    assert_int_equal(infext_diags_new(&d), INFEXT_OK);
    infext_saturation_detector *det = NULL;
    assert_int_equal(infext_saturation_detector_new(&det, cfg, d), want);
    char *r = test_render_diags(d);
    if (strcmp(r, want_diags) != 0) fail_msg("diagnostics\n%s\nwant\n%s", r, want_diags);
    free(r);
    if (want == INFEXT_OK)
        assert_int_equal(infext_saturation_detector_get_queue_depth_threshold(det), want_queue_depth);
    else
        assert_null(det);
    infext_saturation_detector_free(det);
    infext_diags_free(d);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
}

/* Heimdall's utilization detector is the thresholds' detector; its
 * running-requests detector is refused, not run as another. */
static void heimdall_detectors(void **state)
{
    (void)state;
    expect_detector(CONFIG_HEAD "saturationDetector:\n  type: utilization\n  queueDepthThreshold: 128\n",
                    INFEXT_OK, "", 128);
    char path[512];
    snprintf(path, sizeof(path), "%s/epp-configs/heimdall-pd-running-requests.yaml", INFEXT_TEST_DATA);
    char *text = test_read_path(path, NULL);
    assert_non_null(text);
    expect_detector(text, INFEXT_ECONFIG,
                    "NotSupported|saturationDetector.type|37:3|detector type \"running-requests\" (Heimdall) is "
                    "not available: its reference does not say how it computes saturation from "
                    "maxConcurrencyPerPod; libinfext implements \"utilization\"\n",
                    0);
    free(text);
}

/* ------------------------------------------------------------ corpus -- */

/* heimdall-pd-running-requests.yaml (the Helm chart default's P/D) over
 * the bundled endpoints (examples/endpoints.json). As bundled, their
 * `role` label is no role label of Heimdall's: every endpoint is a decode
 * endpoint and prefill finds none. With their roles as mif.moreh.io/role,
 * vllm-2 prefills and vllm-1 decodes (queue 0 and KV-cache 0.2 against
 * vllm-0's 4 and 0.6 and vllm-3's 10 and 0.95). */
static void corpus_pd_over_bundled_endpoints(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof(path), "%s/epp-configs/heimdall-pd-running-requests.yaml", INFEXT_TEST_DATA);
    char *text = test_read_path(path, NULL);
    assert_non_null(text);
    infext_scheduler *s = test_build(text);
    free(text);
    infext_workspace *ws = NULL;
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    infext_endpoint_list *list = test_example_endpoints();
    infext_endpoint *const *items = infext_endpoint_list_items(list);
    size_t n = infext_endpoint_list_count(list);
    assert_int_equal(n, 4);
    infext_endpoint *eps[4];
    memcpy(eps, items, sizeof(eps));
    test_schedule(s, ws, eps, n, "r1", "hello", INFEXT_OK, "prefill=;*decode=vllm-1");
    for (size_t i = 0; i < n; i++)
        assert_int_equal(infext_endpoint_set_label(eps[i], MIF, infext_endpoint_get_label(eps[i], "role")),
                         INFEXT_OK);
    test_schedule(s, ws, eps, n, "r2", "hello", INFEXT_OK, "prefill=vllm-2;*decode=vllm-1");
    infext_endpoint_list_free(list);
    infext_workspace_free(ws);
    infext_scheduler_free(s);
}

/* ------------------------------------------- Heimdall's own scorers -- */

/* A profile with Heimdall's load-aware-scorer (`params`). */
#define LOAD_AWARE(params)                                                                    \
    CONFIG_HEAD "plugins:\n- type: load-aware-scorer\n  parameters: {" params "}\n"            \
                "- type: max-score-picker\nschedulingProfiles:\n- name: default\n  plugins:\n" \
                "  - pluginRef: load-aware-scorer\n  - pluginRef: max-score-picker\n" HEIMDALL_DETECTOR

/* infext_scheduler_check() of `yaml`: status and rendered findings. */
static void expect_checked(const char *yaml, infext_status want, const char *want_diags)
{
    infext_object *obj = test_decode_ok(yaml);
    infext_diags *d = NULL;
    assert_int_equal(infext_diags_new(&d), INFEXT_OK);
    assert_int_equal(infext_scheduler_check(obj, NULL, d), want);
    char *r = test_render_diags(d);
    if (strcmp(r, want_diags) != 0) fail_msg("diagnostics\n%s\nwant\n%s", r, want_diags);
    free(r);
    infext_diags_free(d);
    infext_object_free(obj);
}

/* The loader's check judges the v0.4 members as the build does. */
static void v04_members_checked(void **state)
{
    (void)state;
    char *yaml = v04_config("threshold: 10", true);
    expect_checked(yaml, INFEXT_OK, "");
    free(yaml);
    yaml = v04_config("threshold: 10", false);
    expect_checked(yaml, INFEXT_ECONFIG,
                   "Unknown|plugins[5].parameters.threshold|11:16|unknown parameter \"threshold\" (a parameter "
                   "of pd-profile-handler in Heimdall configs only)\n");
    free(yaml);
}

/* Known with its parameters (a check passes, a misspelling is named),
 * not available: the build says what Heimdall's reference leaves out. */
static void heimdall_scorers_known_not_available(void **state)
{
    (void)state;
    expect_checked(LOAD_AWARE("threshold: 64"), INFEXT_OK, "");
    expect_checked(LOAD_AWARE("treshold: 64"), INFEXT_ECONFIG,
                   "Unknown|plugins[0].parameters.treshold|5:16|unknown parameter \"treshold\"; did you mean "
                   "\"threshold\"?\n");
    test_build_from(test_decode_ok(LOAD_AWARE("threshold: 64")), INFEXT_ECONFIG,
                    "NotSupported|plugins[0].type|4:3|plugin type \"load-aware-scorer\" is not available in this "
                    "build: it needs its score of a queue against threshold (Heimdall's reference does not "
                    "define it)\n",
                    "load-aware-scorer");
}

/* running-requests-size-scorer (GIE's, which Heimdall lists) over the
 * bundled endpoints: running 3, 1, 5, 12 give 8/11, 1, 7/11, 0. */
static void running_requests_size_scorer(void **state)
{
    (void)state;
    infext_scheduler *s = test_build(CONFIG_HEAD "plugins:\n- type: running-requests-size-scorer\n"
                                                 "- type: max-score-picker\n  parameters: {maxNumOfEndpoints: 4}\n"
                                                 "schedulingProfiles:\n- name: default\n  plugins:\n"
                                                 "  - pluginRef: running-requests-size-scorer\n"
                                                 "  - pluginRef: max-score-picker\n" HEIMDALL_DETECTOR);
    infext_workspace *ws = NULL;
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    infext_endpoint_list *list = test_example_endpoints();
    infext_endpoint *eps[4];
    memcpy(eps, infext_endpoint_list_items(list), sizeof(eps));
    test_schedule(s, ws, eps, 4, "r1", "hello", INFEXT_OK, "*default=vllm-1,vllm-0,vllm-2,vllm-3");
    /* vllm-3 now runs none: it scores 1, vllm-2 (5 of 5 at most) 0 */
    assert_int_equal(infext_endpoint_set_running_requests(eps[3], 0), INFEXT_OK);
    test_schedule(s, ws, eps, 4, "r2", "hello", INFEXT_OK, "*default=vllm-3,vllm-1,vllm-0,vllm-2");
    infext_endpoint_list_free(list);
    infext_workspace_free(ws);
    infext_scheduler_free(s);
    refused(formatted(CONFIG_HEAD "plugins:\n- type: running-requests-size-scorer\n  parameters: {a: 1}\n"),
            "Unknown|plugins[0].parameters.a|5:16|unknown parameter \"a\"\n");
}

/* ------------------------------------------------ allocation failures -- */

/* Every allocation of building (and checking) a Heimdall config failing
 * in turn: ENOMEM (or ECONFIG, a finding that could not be kept), never a
 * scheduler half built; then it builds. */
static void heimdall_build_under_allocation_failures(void **state)
{
    (void)state;
    char *yaml = v04_config("threshold: 10, hashBlockSize: 8, prefixPluginName: prefix-cache-scorer", true);
    test_build_under_failures(yaml);
    free(yaml);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(heimdall_pd_filters_read_mif_role),
        cmocka_unit_test(gie_pd_filters_read_llmd_role),
        cmocka_unit_test(heimdall_encode_filter_reads_mif_role),
        cmocka_unit_test(heimdall_prefill_filter_refuses_llmd_prefill),
        cmocka_unit_test(heimdall_block_size_tokens),
        cmocka_unit_test(heimdall_block_size_default),
        cmocka_unit_test(block_size_tokens_refused),
        cmocka_unit_test(heimdall_v04_threshold),
        cmocka_unit_test(heimdall_v04_always),
        cmocka_unit_test(v04_members_refused),
        cmocka_unit_test(heimdall_detectors),
        cmocka_unit_test(corpus_pd_over_bundled_endpoints),
        cmocka_unit_test(heimdall_scorers_known_not_available),
        cmocka_unit_test(v04_members_checked),
        cmocka_unit_test(running_requests_size_scorer),
        cmocka_unit_test(heimdall_build_under_allocation_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
