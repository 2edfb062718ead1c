/* The catalogue of plugin types: the shipped configs build (ours and
 * llm-d-router v0.10's as they are), the explain text, the effective config
 * of `infext validate --effective`, `infext validate --plugin`, and every
 * type refusing parameters of every wrong shape. */
#include "sched_fixtures.h"

#include "scheduler/catalogue.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#define DATA INFEXT_TEST_DATA "/scheduler/llm-d/"

/* ------------------------------------------------------ the catalogue -- */

static void test_shipped_configs_build(void **state)
{
    (void)state;
    /* no queue scorer in these: one decode endpoint, so the pick is sure */
    infext_endpoint *eps[] = {test_ep("p1", "prefill", 3), test_ep("d2", "decode", 1)};
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    static const char *const files[] = {"epp-config.yaml", "sim-epp-config.yaml"};
    for (size_t i = 0; i < 2; i++) {
        infext_scheduler *s = test_build_file(files[i]);
        test_schedule(s, ws, eps, 2, "r", "hello", INFEXT_OK, "*default=d2");
        infext_scheduler_free(s);
    }
    infext_workspace_free(ws);
    test_free_endpoints(eps, 2);
    /* the precise prefix-cache pipeline needs what this build lacks */
    char *text = test_read_path(DATA "epp-precise-prefix-cache-config.yaml", NULL);
    infext_v1alpha1_endpoint_picker_config *cfg = test_config_text(text);
    free(text);
    infext_diags *d = NULL;
    infext_diags_new(&d);
    infext_scheduler *s = NULL;
    assert_int_equal(infext_scheduler_new(&s, cfg, NULL, NULL, d), INFEXT_ECONFIG);
    char *r = test_render_diags(d);
    assert_string_equal(r,
                        "NotSupported|plugins[0].type|8:5|plugin type \"token-producer\" is not "
                        "available in this build: it needs a tokenizer (vLLM's /render endpoint or "
                        "a UDS tokenizer service)\n"
                        "NotSupported|plugins[1].type|13:5|plugin type "
                        "\"endpoint-notification-source\" is not available in this build: it "
                        "needs a watch on the Kubernetes API\n"
                        "NotSupported|plugins[6].type|18:5|plugin type "
                        "\"precise-prefix-cache-producer\" is not available in this build: it "
                        "needs a KV-cache event stream over ZMQ and a tokenizer\n");
    free(r);
    /* the check accepts them: only the parameters are judged */
    infext_diags_clear(d);
    infext_status cst = infext_scheduler_check(infext_v1alpha1_endpoint_picker_config_as_object(cfg), NULL, d);
    r = test_render_diags(d);
    assert_string_equal(r, "");
    free(r);
    assert_int_equal(cst, INFEXT_OK);
    infext_diags_free(d);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
}

static void test_explain_catalogue(void **state)
{
    (void)state;
    char *text = NULL;
    assert_int_equal(infext_registry_explain(&text, NULL, NULL), INFEXT_OK);
    assert_non_null(strstr(text, "\ndecode-filter                    filter                                       yes\n"));
    assert_non_null(strstr(text, "\nprecise-prefix-cache-scorer      scorer                                       no\n"));
    /* accepted, never run: not "yes" */
    assert_non_null(strstr(text, "\nfcfs-ordering-policy             ordering-policy                              not run\n"));
    infext_free(text);
    assert_int_equal(infext_registry_explain(&text, NULL, "static-usage-limit-policy"), INFEXT_OK);
    assert_non_null(strstr(text, "\nAVAILABLE: not run\n"));
    infext_free(text);
    assert_int_equal(infext_registry_explain(&text, NULL, "prefix-based-pd-decider"), INFEXT_OK);
    assert_string_equal(text,
                        "TYPE: prefix-based-pd-decider\n"
                        "EXTENSION POINTS: pd-decider\n"
                        "FROM: llm-d-router v0.10\n"
                        "AVAILABLE: yes\n"
                        "DESCRIPTION:\n"
                        "  Prefill apart when the prompt's tokens not cached on the decode endpoint "
                        "reach nonCachedTokens (4 prompt bytes a token).\n"
                        "PARAMETERS:\n"
                        "  nonCachedTokens <integer> (default 0)\n"
                        "      Disaggregate when at least this many prompt tokens are not cached on "
                        "the decode endpoint; 0 never disaggregates.\n"
                        "  promptTokens <integer> (default 0)\n"
                        "      Disaggregate only prompts of at least this many tokens (0: any).\n");
    infext_free(text);
    assert_int_equal(infext_registry_explain(&text, NULL, "disagg-profile-handler"), INFEXT_OK);
    assert_non_null(strstr(text, "  profiles <object>\n      Profile names.\n    decode <string> (default decode)\n"));
    infext_free(text);
    assert_int_equal(infext_registry_explain(&text, NULL, "core-metrics-extractor"), INFEXT_OK);
    assert_non_null(strstr(text, "  engineConfigs <list of objects>\n"));
    assert_non_null(strstr(text, "\n    cacheInfoSpec <string>\n"));
    infext_free(text);
    assert_int_equal(infext_registry_explain(&text, NULL, "no-such-type"), INFEXT_ENOTFOUND);
    assert_null(text);
    /* every catalogue entry's parameters are well formed: an empty object passes */
    for (size_t i = 0; i < infext__catalogue_count(); i++) {
        const infext__catalogue_entry *e = infext__catalogue_at(i);
        assert_int_equal(infext__catalogue_check_params(e->params, "{}", "p", NULL), INFEXT_OK);
    }
}

/* ------------------------------------------------ the effective config -- */

/* Run the tool in tests/data/<dir>; its standard output (malloc'd) and
 * exit status. */
static char *tool(const char *dir, const char *args, int *status)
{
    char cmd[2048];
    snprintf(cmd, sizeof(cmd), "cd %s/%s && %s/examples/infext %s 2>/dev/null", INFEXT_TEST_DATA,
             dir, INFEXT_BINARY_DIR, args);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t len = 0, cap = 4096;
    char *out = malloc(cap);
    assert_non_null(out);
    size_t got;
    while ((got = fread(out + len, 1, cap - len - 1, p)) > 0) {
        len += got;
        if (cap - len < 2) {
            cap *= 2;
            out = realloc(out, cap);
            assert_non_null(out);
        }
    }
    out[len] = 0;
    int st = pclose(p);
    *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return out;
}

/* A config in no one dialect is no loader's: refused with the detection's
 * error, left as it was. */
static void test_effective_config_refused(void **state)
{
    (void)state;
    static const char *const text = "apiVersion: inference.networking.x-k8s.io/v1alpha1\n"
                                     "kind: EndpointPickerConfig\n"
                                     "plugins:\n- type: queue-scorer\n"
                                     "parser:\n  pluginRef: openai-parser\n"
                                     "data:\n  sources: []\n";
    infext_object *obj = test_decode_ok(text);
    char *before = test_encode(obj, INFEXT_FORMAT_YAML);
    infext_diags *d = NULL;
    assert_int_equal(infext_diags_new(&d), INFEXT_OK);
    assert_int_equal(infext_scheduler_default_config(obj, NULL, d), INFEXT_ECONFIG);
    assert_int_equal(infext_diags_count(d), 1);
    const infext_diag *e = infext_diags_at(d, 0);
    assert_int_equal(infext_diag_type(e), INFEXT_ERR_FORBIDDEN);
    assert_string_equal(infext_diag_path(e), "data");
    assert_int_equal(infext_diag_line(e), 7);
    assert_string_equal(infext_diag_message(e), "Forbidden: \"data\" (gie-v1.3, heimdall) and \"parser\" (gie-v1.5, llm-d-v0.10) "
                                                "belong to different dialects; a config is written in one");
    char *after = test_encode(obj, INFEXT_FORMAT_YAML);
    assert_string_equal(after, before);
    free(after);
    free(before);
    infext_object_free(obj);
    /* llm-d-router's loader adds a plugin for a parser named but not
     * declared, of the type of its name: one of no type is refused */
    obj = test_decode_ok("apiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\n"
                         "plugins:\n- type: queue-scorer\n"
                         "requestHandler:\n  parsers:\n  - pluginRef: anthropic-parser\n  - pluginRef: no-parser\n");
    infext_diags_clear(d);
    assert_int_equal(infext_scheduler_default_config(obj, NULL, d), INFEXT_ECONFIG);
    assert_int_equal(infext_diags_count(d), 1);
    e = infext_diags_at(d, 0);
    assert_string_equal(infext_diag_path(e), "requestHandler.parsers[1].pluginRef");
    assert_int_equal(infext_diag_line(e), 8);
    assert_string_equal(infext_diag_message(e), "no plugin is named \"no-parser\" and the registry has no plugin "
                                                "type of that name, which the loader would add");
    assert_int_equal(infext_v1alpha1_endpoint_picker_config_plugins_count(
                         infext_object_as_v1alpha1_endpoint_picker_config(obj)) +
                         infext_llmd_v1alpha1_endpoint_picker_config_plugins_count(
                             infext_object_as_llmd_v1alpha1_endpoint_picker_config(obj)),
                     1); /* nothing added */
    infext_diags_free(d);
    infext_object_free(obj);
}

/* tests/data/epp-default/<case>/: input.yaml defaulted (infext_default(),
 * then infext_scheduler_default_config()) is expected.yaml, through the
 * API and through `infext default`. */
static void test_effective_config_corpus(void **state)
{
    (void)state;
    char **cases = test_list_dir("epp-default");
    size_t n = 0;
    for (char **c = cases; *c; c++, n++) {
        char rel[1100], dir[512];
        snprintf(dir, sizeof(dir), "epp-default/%s", *c);
        snprintf(rel, sizeof(rel), "%s/expected.yaml", dir);
        char *want = test_read_data(rel, NULL);
        snprintf(rel, sizeof(rel), "%s/input.yaml", dir);
        infext_object *obj = test_decode_data(rel, 0);
        assert_int_equal(infext_default(obj, NULL), INFEXT_OK);
        assert_int_equal(infext_scheduler_default_config(obj, NULL, NULL), INFEXT_OK);
        char *got = test_encode(obj, INFEXT_FORMAT_YAML);
        if (strcmp(got, want) != 0) fail_msg("%s: got\n%s", *c, got);
        /* the effective config builds as it is, without a finding, and
         * defaulting it again changes nothing */
        infext_scheduler *s = NULL;
        infext_diags *d = NULL;
        assert_int_equal(infext_diags_new(&d), INFEXT_OK);
        infext_status built = infext_scheduler_new_from_object(&s, obj, NULL, NULL, d);
        infext_scheduler_free(s);
        char *found = test_render_diags(d);
        if (built != INFEXT_OK || *found)
            fail_msg("%s: the effective config does not build (%s):\n%s", *c, infext_status_name(built), found);
        free(found);
        infext_diags_free(d);
        assert_int_equal(infext_scheduler_default_config(obj, NULL, NULL), INFEXT_OK);
        free(got);
        got = test_encode(obj, INFEXT_FORMAT_YAML);
        assert_string_equal(got, want);
        free(got);
        int status = 0;
        got = tool(dir, "default input.yaml", &status);
        assert_int_equal(status, 0);
        if (strcmp(got, want) != 0) fail_msg("%s: infext default printed\n%s", *c, got);
        free(got);
        free(want);
        infext_object_free(obj);
    }
    test_free_list(cases);
    assert_true(n >= 5);

    /* a config the loader would refuse: reported, only names filled in */
    infext_v1alpha1_endpoint_picker_config *cfg =
        test_config_text(CONFIG_HEAD "plugins:\n- type: queue-scorer\n- type: queue-scorrer\n");
    infext_diags *d = NULL;
    infext_diags_new(&d);
    assert_int_equal(infext_scheduler_default_config(infext_v1alpha1_endpoint_picker_config_as_object(cfg), NULL, d), INFEXT_ECONFIG);
    char *r = test_render_diags(d);
    assert_string_equal(r, "NotSupported|plugins[1].type|5:3|plugin type \"queue-scorrer\" is not "
                           "found in the registry (plugin \"queue-scorrer\"); did you mean \"queue-scorer\"?\n");
    free(r);
    assert_int_equal(infext_v1alpha1_endpoint_picker_config_plugins_count(cfg), 2);
    assert_string_equal(infext_v1alpha1_plugin_spec_get_name(
                            infext_v1alpha1_endpoint_picker_config_plugins_at(cfg, 1)),
                        "queue-scorrer");
    assert_int_equal(infext_v1alpha1_endpoint_picker_config_scheduling_profiles_count(cfg), 0);
    infext_diags_free(d);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
}

static void test_explain_tool(void **state)
{
    (void)state;
    int status = 0;
    char *out = tool("", "explain plugin prefix-based-pd-decider", &status);
    assert_int_equal(status, 0);
    char *want = NULL;
    assert_int_equal(infext_registry_explain(&want, NULL, "prefix-based-pd-decider"), INFEXT_OK);
    assert_string_equal(out, want);
    infext_free(want);
    free(out);
    out = tool("", "explain plugins", &status);
    assert_int_equal(status, 0);
    assert_non_null(strstr(out, "\ndisagg-profile-handler           profile-handler                              yes\n"));
    free(out);
    out = tool("", "explain plugin no-such-type", &status);
    assert_int_equal(status, 2);
    assert_string_equal(out, "");
    free(out);
    out = tool("", "explain plugin", &status);
    assert_int_equal(status, 2);
    free(out);
}
/* The shipped llm-d-router v0.10 configs as they are (llm-d.ai/v1alpha1,
 * tests/data/epp-configs): each builds in llm-d-router's mode and
 * schedules fixed endpoints; the test-only ones name types nobody has. */
static infext_scheduler *build_object(const char *rel, infext_status want, const char *diags_want)
{
    return test_build_from(test_decode_data(rel, 0), want, diags_want, rel);
}

static void test_llmd_configs(void **state)
{
    (void)state;
    infext_endpoint *eps[] = {test_ep("p1", "prefill", 3), test_ep("p2", "prefill", 0), test_ep("d1", "decode", 5),
                              test_ep("d2", "decode", 1)};
    infext_endpoint *two[] = {eps[0], eps[3]};
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    char *p = test_prompt_of(200);
#define LLMD "epp-configs/llm-d-router-v0.10.0-"
    /* prefix-cache-scorer reads the producer the loader adds */
    infext_scheduler *s = build_object(LLMD "epp-config.yaml", INFEXT_OK, "");
    assert_int_equal(infext_scheduler_plugins_count(s), 5);
    assert_string_equal(infext_scheduler_plugin_type_at(s, 4), "approx-prefix-cache-producer");
    test_schedule(s, ws, two, 2, "a", p, INFEXT_OK, "*default=d2");
    infext_scheduler_free(s);
    s = build_object(LLMD "sim-epp-config.yaml", INFEXT_OK, "");
    test_schedule(s, ws, two, 2, "b", p, INFEXT_OK, "*default=d2");
    infext_scheduler_free(s);
    s = build_object(LLMD "dp-epp-config.yaml", INFEXT_OK, "");
    test_schedule(s, ws, two, 2, "c", p, INFEXT_OK, "*default=d2");
    infext_scheduler_free(s);
    s = build_object(LLMD "pd-epp-config.yaml", INFEXT_OK, "");
    test_schedule(s, ws, eps, 4, "d", "short prompt", INFEXT_OK, "*decode=d2");
    test_schedule(s, ws, eps, 4, "e", p, INFEXT_OK, "prefill=p2;*decode=d2");
    test_schedule(s, ws, eps, 4, "f", p, INFEXT_OK, "*decode=d2");
    infext_scheduler_free(s);
    /* no filter: the queue scorer's best of all four */
    s = build_object(LLMD "integration_epp_testdata_default-config.yaml", INFEXT_OK, "");
    test_schedule(s, ws, eps, 4, "g", p, INFEXT_OK, "*default=p2");
    infext_scheduler_free(s);
    s = build_object(LLMD "integration_epp_testdata_datalayer-config.yaml", INFEXT_ECONFIG,
                     "NotSupported|plugins[5].type|9:5|plugin type \"mock-metrics-source\" is not "
                     "found in the registry (plugin \"mock-metrics-source\")\n");
    assert_null(s);
#undef LLMD
    free(p);
    infext_workspace_free(ws);
    test_free_endpoints(eps, 4);
}

/* `infext validate --plugin LIB.so`: types a shared object registers are
 * known to the check. */
static void test_validate_with_plugin_tool(void **state)
{
    (void)state;
    int status = 0;
    char *out = tool("scheduler", "validate sample-plugin.yaml", &status);
    assert_int_equal(status, 1);
    assert_string_equal(out, "sample-plugin.yaml:5:3: EndpointPickerConfig/: plugins[0].type: plugin type "
                             "\"header-label-filter\" is not found in the registry (plugin "
                             "\"header-label-filter\")\n"
                             "sample-plugin.yaml:7:3: EndpointPickerConfig/: plugins[1].type: plugin type "
                             "\"running-requests-scorer\" is not found in the registry (plugin "
                             "\"running-requests-scorer\")\n");
    free(out);
    out = tool("scheduler", "validate --plugin " INFEXT_BINARY_DIR "/examples/plugin/sample_plugin.so sample-plugin.yaml", &status);
    assert_int_equal(status, 0);
    assert_string_equal(out, "");
    free(out);
    out = tool("scheduler", "validate --plugin no-such.so sample-plugin.yaml", &status);
    assert_int_equal(status, 2);
    free(out);
}

/* Every type of the catalogue, given parameters of every wrong shape:
 * refused with a diagnostic, nothing crashes (ASan, valgrind). Every
 * available type also builds with no parameters when it needs none. */
static void test_bad_parameters_every_type(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "[1, 2]", "7", "\"text\"", "{unknown: 1}",
        "{label: [1], validValues: {a: 1}, matchLabels: [x], matchExpressions: {k: 1}}",
        "{matchExpressions: [1, {key: 3}], deciders: [1], profiles: 3, stageOrder: 9}",
        "{primaryPort: -3, nonCachedTokens: x, blockSizeTokens: {}, autoTune: 1, "
        "matchLengthWeight: nan, vllm: 3, tokenProcessorConfig: [1], maxNumOfEndpoints: 2.5}",
        "{engineConfigs: [{name: 1}], scheme: 4, interval: -1s, port: 99999}",
    };
    for (size_t i = 0; i < infext__catalogue_count(); i++) {
        const infext__catalogue_entry *e = infext__catalogue_at(i);
        for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
            char yaml[1024];
            snprintf(yaml, sizeof(yaml), CONFIG_HEAD "plugins:\n- type: %s\n  parameters: %s\n", e->type, bad[k]);
            infext_object *obj = test_decode_ok(yaml);
            infext_diags *d = NULL;
            infext_diags_new(&d);
            infext_scheduler *s = NULL;
            infext_status st = infext_scheduler_new_from_object(&s, obj, NULL, NULL, d);
            if (st != INFEXT_ECONFIG || infext_diags_error_count(d) == 0)
                fail_msg("%s with %s: %s", e->type, bad[k], infext_strerror(st));
            assert_null(s);
            infext_diags_clear(d);
            assert_int_equal(infext_scheduler_check(obj, NULL, d), INFEXT_ECONFIG);
            infext_diags_free(d);
            infext_object_free(obj);
        }
    }
}
int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shipped_configs_build),
        cmocka_unit_test(test_explain_catalogue),
        cmocka_unit_test(test_effective_config_corpus), cmocka_unit_test(test_effective_config_refused),
        cmocka_unit_test(test_explain_tool),
        cmocka_unit_test(test_llmd_configs),
        cmocka_unit_test(test_validate_with_plugin_tool),
        cmocka_unit_test(test_bad_parameters_every_type),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
