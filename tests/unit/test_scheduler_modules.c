/* Scheduler module, what a host feeds it: OpenAI request bodies, the
 * endpoints file, plugin shared objects loaded into a registry, and the
 * `infext schedule` tool. */
#include "sched_fixtures.h"

#include "infext/plugin.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define PLUGIN_DIR INFEXT_BINARY_DIR "/examples/plugin/"

/* ------------------------------------------------ requests, endpoints -- */

static void test_openai_bodies(void **state)
{
    (void)state;
    infext_request *req = test_request("r", NULL, NULL);
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

    req = test_example_request("request-chat.json");
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
    infext_endpoint_list_free(test_example_endpoints());
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
    infext_scheduler *s = test_scheduler(CONFIG_HEAD
                                    "plugins:\n- type: header-label-filter\n"
                                    "  parameters: {header: x-gpu-class, label: gpu}\n"
                                    "- type: running-requests-scorer\n  parameters: {factor: 1}\n",
                                    reg, 1);
    infext_endpoint_list *list = test_example_endpoints();
    infext_request *req = test_example_request("request.json"); /* x-gpu-class: h100 */
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    const infext_result *r = NULL;
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, infext_endpoint_list_items(list), 4,
                                               NULL),
                     INFEXT_OK);
    /* h100: vllm-1 (1 running) and vllm-2 (5 running) */
    assert_string_equal(infext_endpoint_get_name(infext_result_get_target(r)), "vllm-1");
    infext_scheduler_free(s);

    infext_v1alpha1_endpoint_picker_config *cfg = test_config_text(
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
int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_openai_bodies),
        cmocka_unit_test(test_endpoint_file_errors),
        cmocka_unit_test(test_load_plugin_module),
        cmocka_unit_test(test_schedule_tool),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
