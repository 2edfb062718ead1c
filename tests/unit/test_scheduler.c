/* Scheduler module, building and running: config errors with their paths,
 * the loader's defaults, the cycle runner end to end, seeded picks, a
 * host-registered profile handler, no endpoints, the steady state,
 * allocation failures, and the registry refusing bad type tables. */
#include "sched_fixtures.h"

#include "infext/plugin.h"
#include "scheduler/sched.h"
#include "util/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
        infext_v1alpha1_endpoint_picker_config *cfg = test_config_text(text);
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
    infext_scheduler *s = test_scheduler(CONFIG_HEAD "plugins:\n"
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
        test_config_text(CONFIG_HEAD "plugins:\n- type: queue-scorer\n- type: random-picker\n"
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
static char *result_json(const infext_result *r)
{
    char *json = NULL;
    assert_int_equal(infext_result_encode_json(&json, NULL, r), INFEXT_OK);
    return json;
}

static void test_default_set_end_to_end(void **state)
{
    (void)state;
    infext_endpoint_list *list = test_example_endpoints();
    infext_request *req = test_example_request("request.json");
    infext_scheduler *s = test_scheduler(NULL, NULL, 42); /* queue 2, kv 2, prefix 3 */
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
    infext_request *other = test_request("x", "m", NULL);
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
        eps[i] = test_endpoint(name, 1, 0.5);
    }
    infext_scheduler *a = test_scheduler(cfg, NULL, 7), *b = test_scheduler(cfg, NULL, 7);
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    size_t differs = 0;
    const infext_endpoint *first = NULL;
    for (int i = 0; i < 50; i++) {
        char id[16];
        snprintf(id, sizeof(id), "req-%d", i);
        infext_request *req = test_request(id, "m", NULL);
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
    test_free_endpoints(eps, 8);
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
    infext_scheduler *s = test_scheduler(CONFIG_HEAD
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
    infext_endpoint_list *list = test_example_endpoints();
    infext_request *req = test_example_request("request-chat.json");
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
    infext_scheduler *s = test_scheduler(CONFIG_HEAD "plugins:\n- type: label-filter\n"
                                                "  parameters: {matchLabels: {role: none}}\n",
                                    NULL, 1);
    infext_endpoint_list *list = test_example_endpoints();
    infext_request *req = test_request("r", "m", NULL);
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
    infext_endpoint_list *list = test_example_endpoints();
    infext_request *req = test_example_request("request.json");
    infext_scheduler *s = test_scheduler(
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
    test_build_under_failures(CONFIG_HEAD "plugins:\n- type: queue-scorer\n- type: prefix-cache-scorer\n"
                                          "- type: label-filter\n  parameters: {matchLabels: {a: b}}\n");
}
static void test_registry_refuses_bad_tables(void **state)
{
    (void)state;
    infext_registry *reg = NULL;
    infext_registry_new(&reg);
    assert_int_equal(infext_registry_types_count(reg), 47); /* the catalogue */
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
        cmocka_unit_test(test_config_errors),
        cmocka_unit_test(test_defaults_of_the_loader),
        cmocka_unit_test(test_default_set_end_to_end),
        cmocka_unit_test(test_seeded_picks_repeat),
        cmocka_unit_test(test_two_profiles_host_handler),
        cmocka_unit_test(test_no_endpoints_outcome),
        cmocka_unit_test(test_steady_state_allocates_nothing),
        cmocka_unit_test(test_build_under_allocation_failures),
        cmocka_unit_test(test_registry_refuses_bad_tables),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
