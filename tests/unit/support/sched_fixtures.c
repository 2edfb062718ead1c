#include "sched_fixtures.h"

#include "util/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXAMPLES INFEXT_TEST_DATA "/../../examples/"
#define LLMD_DATA INFEXT_TEST_DATA "/scheduler/llm-d/"

/* Fail the test with `what`, the status and the diagnostics unless `st` is
 * INFEXT_OK; frees `d` when it is. */
static void check_ok(infext_status st, const char *what, infext_diags *d)
{
    if (st != INFEXT_OK) {
        char *r = test_render_diags(d);
        print_error("%s: %s\n%s", what, infext_strerror(st), r);
        free(r);
        fail();
    }
    infext_diags_free(d);
}

infext_endpoint *test_endpoint(const char *name, int64_t queue, double kv)
{
    infext_endpoint *ep = NULL;
    assert_int_equal(infext_endpoint_new(&ep, "ns", name), INFEXT_OK);
    assert_int_equal(infext_endpoint_set_waiting_queue_size(ep, queue), INFEXT_OK);
    assert_int_equal(infext_endpoint_set_kv_cache_usage(ep, kv), INFEXT_OK);
    return ep;
}

infext_endpoint *test_ep(const char *name, const char *role, int64_t queue)
{
    infext_endpoint *e = NULL;
    assert_int_equal(infext_endpoint_new(&e, "ns", name), INFEXT_OK);
    if (role) assert_int_equal(infext_endpoint_set_label(e, "llm-d.ai/role", role), INFEXT_OK);
    assert_int_equal(infext_endpoint_set_waiting_queue_size(e, queue), INFEXT_OK);
    return e;
}

void test_free_endpoints(infext_endpoint **eps, size_t n)
{
    for (size_t i = 0; i < n; i++) infext_endpoint_free(eps[i]);
}

infext_request *test_request(const char *id, const char *model, const char *prompt)
{
    infext_request *req = NULL;
    assert_int_equal(infext_request_new(&req), INFEXT_OK);
    assert_int_equal(infext_request_set_id(req, id), INFEXT_OK);
    assert_int_equal(infext_request_set_model(req, model), INFEXT_OK);
    if (prompt) assert_int_equal(infext_request_set_prompt(req, prompt, strlen(prompt)), INFEXT_OK);
    return req;
}

infext_v1alpha1_endpoint_picker_config *test_config_text(const char *text)
{
    infext_v1alpha1_endpoint_picker_config *cfg = NULL;
    infext_diags *d = NULL;
    infext_diags_new(&d);
    infext_status st = infext_v1alpha1_endpoint_picker_config_decode(&cfg, text, strlen(text),
                                                                     NULL, d);
    check_ok(st, "config does not decode", d);
    return cfg;
}

infext_scheduler *test_scheduler(const char *yaml, infext_registry *reg, uint64_t seed)
{
    infext_v1alpha1_endpoint_picker_config *cfg = yaml ? test_config_text(yaml) : NULL;
    infext_scheduler_options opts = INFEXT_SCHEDULER_OPTIONS_INIT;
    opts.flags = INFEXT_SCHEDULER_SEEDED;
    opts.seed = seed;
    infext_diags *d = NULL;
    infext_diags_new(&d);
    infext_scheduler *s = NULL;
    infext_status st = infext_scheduler_new(&s, cfg, reg, &opts, d);
    check_ok(st, "scheduler_new", d);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
    return s;
}

infext_endpoint_list *test_example_endpoints(void)
{
    size_t len;
    char *text = test_read_path(EXAMPLES "endpoints.json", &len);
    infext_endpoint_list *list = NULL;
    assert_int_equal(infext_endpoint_list_decode_json(&list, text, len, NULL), INFEXT_OK);
    free(text);
    return list;
}

infext_request *test_example_request(const char *file)
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

infext_scheduler *test_build_from(infext_object *obj, infext_status want, const char *diags_want,
                                  const char *what)
{
    infext_scheduler_options opts = INFEXT_SCHEDULER_OPTIONS_INIT;
    opts.flags = INFEXT_SCHEDULER_SEEDED;
    opts.seed = 7;
    infext_diags *d = NULL;
    infext_diags_new(&d);
    infext_scheduler *s = NULL;
    infext_status st = infext_scheduler_new_from_object(&s, obj, NULL, &opts, d);
    char *r = test_render_diags(d);
    if (st != want || strcmp(r, diags_want) != 0)
        fail_msg("%s: %s, diagnostics\n%s", what, infext_strerror(st), r);
    free(r);
    infext_diags_free(d);
    infext_object_free(obj);
    return s;
}

infext_scheduler *test_build(const char *yaml)
{
    return test_build_from(test_decode_ok(yaml), INFEXT_OK, "", "config");
}

infext_scheduler *test_build_file(const char *name)
{
    char path[512];
    snprintf(path, sizeof(path), LLMD_DATA "%s", name);
    char *text = test_read_path(path, NULL);
    assert_non_null(text);
    infext_scheduler *s = test_build(text);
    free(text);
    return s;
}

size_t test_outcome(char *out, size_t size, const infext_result *r)
{
    size_t len = 0, primary = SIZE_MAX;
    infext_result_get_primary(&primary, r);
    out[0] = 0;
    for (size_t i = 0; i < infext_result_profiles_count(r) && len < size; i++) {
        if (!infext_result_profile_ran(r, i)) continue;
        len += (size_t)snprintf(out + len, size - len, "%s%s%s=", len ? ";" : "",
                                i == primary ? "*" : "", infext_result_profile_name_at(r, i));
        for (size_t j = 0; j < infext_result_profile_endpoints_count(r, i) && len < size; j++)
            len += (size_t)snprintf(out + len, size - len, "%s%s", j ? "," : "",
                                    infext_endpoint_get_name(infext_result_profile_endpoint_at(r, i, j)));
    }
    return len < size ? len : size - 1;
}

void test_schedule(const infext_scheduler *s, infext_workspace *ws, infext_endpoint **eps,
                   size_t n, const char *id, const char *prompt, infext_status want_st,
                   const char *want)
{
    infext_request *req = test_request(id, "m", prompt);
    const infext_result *r = NULL;
    infext_status st = infext_scheduler_schedule(&r, s, ws, req, eps, n, NULL);
    assert_int_equal(st, want_st);
    char got[256];
    test_outcome(got, sizeof(got), r);
    if (strcmp(got, want) != 0) {
        print_error("outcome %s, want %s\n", got, want);
        fail();
    }
    if (st == INFEXT_OK) assert_int_equal(infext_scheduler_pre_request(s, ws, req), INFEXT_OK);
    infext_request_free(req);
}

char *test_prompt_of(size_t n)
{
    char *p = malloc(n + 1);
    assert_non_null(p);
    for (size_t i = 0; i < n; i++) p[i] = (char)('a' + i % 26);
    p[n] = 0;
    return p;
}

void test_build_under_failures(const char *yaml)
{
    infext_v1alpha1_endpoint_picker_config *cfg = test_config_text(yaml);
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
