/* A plugin profile handler shapes the forwarded request: the result's
 * header and target-port setters, where they are refused, the host table
 * that carries them (and an older, shorter table without them), and
 * examples/plugin's target-header-profile-handler loaded as a shared
 * object: exact headers, port and JSON. */
#include "sched_fixtures.h"

#include "infext/plugin.h"
#include "util/alloc.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PLUGIN_DIR INFEXT_BINARY_DIR "/examples/plugin/"

/* ------------------------------------------------ a host's own handler -- */

/* What the probe handler's entry points saw; the tests run on one thread. */
typedef struct probe_log {
    bool fill;               /* process_results fills the header table */
    infext_status st[32];    /* process_results' calls, in order */
    size_t n;
    infext_status in_pick;   /* a setter called from pick_profiles */
    infext_status in_pre;    /* ... from the pre-request hook */
} probe_log;

static probe_log probe;

static infext_status probe_create(void **out_state, const infext_plugin_create_args *args)
{
    (void)args;
    *out_state = NULL;
    return INFEXT_OK;
}

static size_t probe_pick(void *state, infext_cycle *cycle, const infext_request *req,
                         const infext_result *so_far, unsigned char *run)
{
    (void)state, (void)cycle, (void)req;
    if (infext_result_profile_ran(so_far, 0)) return 0;
    /* the result is not open yet: the cast does not make it so */
    probe.in_pick = infext_result_set_header((infext_result *)so_far, "x-early", "1");
    run[0] = 1;
    return 1;
}

static void note(infext_status st)
{
    if (probe.n < sizeof(probe.st) / sizeof(probe.st[0])) probe.st[probe.n++] = st;
}

static void probe_fill(infext_result *result)
{
    char name[16];
    for (size_t i = infext_result_headers_count(result); i < INFEXT_RESULT_HEADERS_MAX; i++) {
        snprintf(name, sizeof(name), "x-fill-%zu", i);
        note(infext_result_set_header(result, name, "f"));
    }
    note(infext_result_set_header(result, "x-one-more", "f"));  /* the table is full */
    note(infext_result_remove_header(result, "x-one-more"));
    note(infext_result_set_header(result, "X-PROBE", "three")); /* a replacement fits */
}

static infext_status probe_process(void *state, infext_cycle *cycle, const infext_request *req,
                                   infext_result *result)
{
    (void)state, (void)cycle, (void)req;
    probe.n = 0;
    note(infext_result_set_primary(result, 0));
    note(infext_result_set_header(result, "X-Probe", "one"));
    note(infext_result_set_header(result, "x-probe", "two"));   /* replaces "one" */
    note(infext_result_remove_header(result, "X-Client"));
    note(infext_result_set_header(result, "x-tab", "a\tb"));
    note(infext_result_set_header(result, "bad name", "v"));
    note(infext_result_set_header(result, "", "v"));
    note(infext_result_set_header(result, "x:y", "v"));
    note(infext_result_set_header(result, NULL, "v"));
    note(infext_result_set_header(result, "x-null", NULL));
    note(infext_result_set_header(result, "x-crlf", "a\r\nx-evil: 1"));
    note(infext_result_remove_header(result, "bad/name"));
    note(infext_result_set_target_port(result, 0));
    note(infext_result_set_target_port(result, 65536));
    note(infext_result_set_target_port(result, 8443));
    if (probe.fill) probe_fill(result);
    return INFEXT_OK;
}

static void probe_pre(void *state, infext_cycle *cycle, const infext_request *req,
                      const infext_result *result)
{
    (void)state, (void)cycle, (void)req;
    probe.in_pre = infext_result_set_target_port((infext_result *)result, 9000);
}

static const infext_plugin_type probe_type = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "probe-handler",
    .roles = INFEXT_ROLE_PROFILE_HANDLER | INFEXT_ROLE_PRE_REQUEST,
    .create = probe_create,
    .pick_profiles = probe_pick,
    .process_results = probe_process,
    .pre_request = probe_pre,
};

static char *result_json(const infext_result *r)
{
    char *json = NULL;
    assert_int_equal(infext_result_encode_json(&json, NULL, r), INFEXT_OK);
    return json;
}

/* The probe scheduler over examples/endpoints.json: the queue scorer
 * picks vllm-1 (an empty queue). */
typedef struct probe_world {
    infext_scheduler *s;
    infext_workspace *ws;
    infext_endpoint_list *list;
    infext_request *req;
} probe_world;

static void probe_world_init(probe_world *w)
{
    infext_registry *reg = NULL;
    assert_int_equal(infext_registry_new(&reg), INFEXT_OK);
    assert_int_equal(infext_registry_add(reg, &probe_type), INFEXT_OK);
    w->s = test_scheduler(CONFIG_HEAD "plugins:\n- type: probe-handler\n- type: queue-scorer\n"
                                      "schedulingProfiles:\n- name: default\n  plugins:\n"
                                      "  - pluginRef: queue-scorer\n",
                          reg, 1);
    infext_registry_free(reg);
    w->list = test_example_endpoints();
    w->req = test_example_request("request-chat.json");
    assert_int_equal(infext_workspace_new(&w->ws), INFEXT_OK);
}

/* schedule() over every endpoint of `list`, which must succeed. */
static const infext_result *schedule_ok(const infext_scheduler *s, infext_workspace *ws,
                                        const infext_request *req,
                                        const infext_endpoint_list *list)
{
    const infext_result *r = NULL;
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, infext_endpoint_list_items(list),
                                               infext_endpoint_list_count(list), NULL),
                     INFEXT_OK);
    return r;
}

static const infext_result *probe_schedule(probe_world *w)
{
    return schedule_ok(w->s, w->ws, w->req, w->list);
}

static void probe_world_free(probe_world *w)
{
    infext_workspace_free(w->ws);
    infext_scheduler_free(w->s);
    infext_request_free(w->req);
    infext_endpoint_list_free(w->list);
}

static const char probe_want[] =
    "{\"primaryProfile\":\"default\",\"profiles\":{\"default\":{\"endpoints\":"
    "[\"default/vllm-1\"]}},\"headers\":{\"x-probe\":\"two\",\"x-client\":null,"
    "\"x-tab\":\"a\\tb\"},\"targetPort\":8443}";

static void test_setters_in_process_results(void **state)
{
    (void)state;
    probe_world w;
    probe_world_init(&w);
    memset(&probe, 0, sizeof(probe));
    const infext_result *r = probe_schedule(&w);
    const infext_status want[] = {
        INFEXT_OK,     INFEXT_OK,     INFEXT_OK,     INFEXT_OK,     INFEXT_OK,
        INFEXT_EINVAL, INFEXT_EINVAL, INFEXT_EINVAL, INFEXT_EINVAL, INFEXT_EINVAL,
        INFEXT_EINVAL, INFEXT_EINVAL, INFEXT_EINVAL, INFEXT_EINVAL, INFEXT_OK};
    assert_int_equal(probe.n, sizeof(want) / sizeof(want[0]));
    for (size_t i = 0; i < probe.n; i++) assert_int_equal(probe.st[i], want[i]);
    assert_int_equal(probe.in_pick, INFEXT_EINVAL);

    assert_int_equal(infext_result_headers_count(r), 3);
    assert_string_equal(infext_result_header_name_at(r, 0), "x-probe");
    assert_string_equal(infext_result_header_value_at(r, 0), "two");
    assert_string_equal(infext_result_header_name_at(r, 1), "x-client");
    assert_null(infext_result_header_value_at(r, 1));
    int32_t port = 0;
    assert_true(infext_result_get_target_port(&port, r));
    assert_int_equal(port, 8443);
    char *json = result_json(r);
    assert_string_equal(json, probe_want);
    infext_free(json);

    /* closed for the host after schedule(), and for the pre-request hooks */
    infext_result *open = (infext_result *)r;
    assert_int_equal(infext_result_set_header(open, "x-late", "1"), INFEXT_EINVAL);
    assert_int_equal(infext_result_remove_header(open, "x-probe"), INFEXT_EINVAL);
    assert_int_equal(infext_result_set_target_port(open, 80), INFEXT_EINVAL);
    assert_int_equal(infext_result_set_header(NULL, "x-a", "1"), INFEXT_EINVAL);
    assert_int_equal(infext_result_set_target_port(NULL, 80), INFEXT_EINVAL);
    probe.in_pre = INFEXT_OK;
    assert_int_equal(infext_scheduler_pre_request(w.s, w.ws, w.req), INFEXT_OK);
    assert_int_equal(probe.in_pre, INFEXT_EINVAL);
    json = result_json(r);
    assert_string_equal(json, probe_want);
    infext_free(json);

    /* steady state: the copies cost no allocation once the workspace grew */
    infext__alloc_fail_after(0);
    for (int i = 0; i < 5; i++) {
        r = probe_schedule(&w);
        assert_int_equal(probe.st[14], INFEXT_OK);
    }
    infext__alloc_fail_after(-1);
    json = result_json(r);
    assert_string_equal(json, probe_want);
    infext_free(json);
    probe_world_free(&w);
}

static void test_header_table_full(void **state)
{
    (void)state;
    probe_world w;
    probe_world_init(&w);
    memset(&probe, 0, sizeof(probe));
    probe.fill = true;
    const infext_result *r = probe_schedule(&w);
    /* 15 calls as above, 13 fills (3 headers were there), then the three */
    assert_int_equal(probe.n, 15 + 13 + 3);
    for (size_t i = 15; i < 28; i++) assert_int_equal(probe.st[i], INFEXT_OK);
    assert_int_equal(probe.st[28], INFEXT_EINVAL);
    assert_int_equal(probe.st[29], INFEXT_EINVAL);
    assert_int_equal(probe.st[30], INFEXT_OK);
    assert_int_equal(infext_result_headers_count(r), INFEXT_RESULT_HEADERS_MAX);
    assert_string_equal(infext_result_header_value_at(r, 0), "three");
    assert_string_equal(infext_result_header_name_at(r, 15), "x-fill-15");
    probe_world_free(&w);
}

/* ----------------------------------------------------- the host table -- */

/* The table as libinfext 1.0 handed it out: everything up to params_finish. */
static infext_host_api old_table(void)
{
    infext_host_api old = *infext_host_api_get();
    old.struct_size = (unsigned int)(offsetof(infext_host_api, params_finish) +
                                     sizeof(old.params_finish));
    return old;
}

static void test_host_table_growth(void **state)
{
    (void)state;
    const infext_host_api *host = infext_host_api_get();
    assert_int_equal(host->struct_size, sizeof(infext_host_api));
    assert_true(INFEXT_HOST_API_HAS(host, request_is_streaming));
    assert_true(INFEXT_HOST_API_HAS(host, result_set_target_port));
    assert_ptr_equal(host->request_is_streaming, infext_request_is_streaming);
    assert_ptr_equal(host->request_get_max_output_tokens, infext_request_get_max_output_tokens);
    assert_ptr_equal(host->result_set_header, infext_result_set_header);
    assert_ptr_equal(host->result_remove_header, infext_result_remove_header);
    assert_ptr_equal(host->result_set_target_port, infext_result_set_target_port);
    /* appended: what 1.0 had keeps its place */
    assert_true(offsetof(infext_host_api, request_is_streaming) >
                offsetof(infext_host_api, params_finish));

    infext_host_api old = old_table();
    assert_true(INFEXT_HOST_API_HAS(&old, params_finish));
    assert_false(INFEXT_HOST_API_HAS(&old, request_is_streaming));
    assert_false(INFEXT_HOST_API_HAS(&old, request_get_max_output_tokens));
    assert_false(INFEXT_HOST_API_HAS(&old, result_set_header));
    assert_false(INFEXT_HOST_API_HAS(&old, result_remove_header));
    assert_false(INFEXT_HOST_API_HAS(&old, result_set_target_port));
}

/* --------------------------------------- the example, as a shared object -- */

/* A registry with examples/plugin's module loaded; NULL when the examples
 * were not built. */
static infext_registry *sample_registry(void)
{
    if (access(PLUGIN_DIR "sample_plugin.so", R_OK) != 0) return NULL;
    infext_registry *reg = NULL;
    assert_int_equal(infext_registry_new(&reg), INFEXT_OK);
    assert_int_equal(infext_registry_load(reg, PLUGIN_DIR "sample_plugin.so", NULL), INFEXT_OK);
    return reg;
}

#define TARGET_CONFIG                                                                        \
    CONFIG_HEAD "plugins:\n- type: target-header-profile-handler\n"                          \
                "  parameters: {header: X-Sample-Target, remove: x-gpu-class, port: 8001}\n" \
                "- type: queue-scorer\n"                                                     \
                "schedulingProfiles:\n- name: default\n  plugins:\n"                         \
                "  - pluginRef: queue-scorer\n"

static void test_example_handler_module(void **state)
{
    (void)state;
    infext_registry *reg = sample_registry();
    if (!reg) skip(); /* built without examples */
    assert_true(infext_registry_has_type(reg, "target-header-profile-handler"));
    infext_scheduler *s = test_scheduler(TARGET_CONFIG, reg, 1);
    infext_endpoint_list *list = test_example_endpoints();
    infext_request *req = test_request("r-1", NULL, NULL);
    const char *body = "{\"model\":\"m\",\"stream\":true,\"max_tokens\":20,\"messages\":"
                       "[{\"role\":\"user\",\"content\":\"hi\"}]}";
    assert_int_equal(infext_request_set_body(req, s, "/v1/chat/completions", body,
                                             strlen(body), NULL),
                     INFEXT_OK);
    infext_workspace *ws = NULL;
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    const infext_result *r = schedule_ok(s, ws, req, list);
    char *json = result_json(r);
    assert_string_equal(json, "{\"primaryProfile\":\"default\",\"profiles\":{\"default\":"
                              "{\"endpoints\":[\"default/vllm-1\"]}},\"headers\":{"
                              "\"x-sample-target\":\"default/vllm-1\","
                              "\"x-sample-max-output-tokens\":\"20\","
                              "\"x-sample-stream\":\"true\",\"x-gpu-class\":null},"
                              "\"targetPort\":8001}");
    infext_free(json);
    infext_workspace_free(ws);
    infext_request_free(req);
    infext_scheduler_free(s);

    /* An older library hands the module a 1.0-sized table: the module still
     * loads and its 1.0 types work, the handler refuses to be created. */
    void *so = dlopen(PLUGIN_DIR "sample_plugin.so", RTLD_NOW | RTLD_NOLOAD);
    assert_non_null(so);
    infext_plugin_entry_fn entry = NULL;
    *(void **)&entry = dlsym(so, INFEXT_PLUGIN_ENTRY_SYMBOL);
    assert_non_null(entry);
    const infext_plugin_module *mod = entry();
    static infext_host_api old; /* the module keeps the pointer */
    old = old_table();
    assert_int_equal(mod->init(&old), INFEXT_OK);
    infext_v1alpha1_endpoint_picker_config *cfg = test_config_text(TARGET_CONFIG);
    infext_diags *d = NULL;
    infext_diags_new(&d);
    assert_int_equal(infext_scheduler_new(&s, cfg, reg, NULL, d), INFEXT_ECONFIG);
    char *got = test_render_diags(d);
    assert_string_equal(got, "Invalid|plugins[0].parameters|5:3|target-header-profile-handler "
                             "needs libinfext 1.1 or later\n");
    free(got);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
    s = test_scheduler(CONFIG_HEAD "plugins:\n- type: header-label-filter\n"
                                   "  parameters: {header: x-gpu-class, label: gpu}\n"
                                   "- type: running-requests-scorer\n",
                       reg, 1);
    req = test_example_request("request.json"); /* x-gpu-class: h100 */
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    r = schedule_ok(s, ws, req, list);
    assert_string_equal(infext_endpoint_get_name(infext_result_get_target(r)), "vllm-1");
    assert_int_equal(infext_result_headers_count(r), 0);
    assert_int_equal(mod->init(infext_host_api_get()), INFEXT_OK); /* back to this library's */
    dlclose(so);
    infext_workspace_free(ws);
    infext_request_free(req);
    infext_scheduler_free(s);
    infext_endpoint_list_free(list);
    infext_registry_free(reg);
    infext_diags_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_setters_in_process_results),
        cmocka_unit_test(test_header_table_full),
        cmocka_unit_test(test_host_table_growth),
        cmocka_unit_test(test_example_handler_module),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
