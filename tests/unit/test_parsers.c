/* The request parsers: infext_request_set_body() over the corpus of
 * tests/data/parsers (each case: the request path, the body, optionally
 * the config whose parsers choose, and what the request holds after), and
 * the parts of its contract a corpus does not show. */
#include "support.h"
#include "sched_fixtures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bytes as text: printable ASCII as is (a backslash doubled), others \xNN. */
static void put_escaped(test_text *t, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char one[8];
        if (c == '\\') snprintf(one, sizeof one, "\\\\");
        else if (c >= 0x20 && c < 0x7f) snprintf(one, sizeof one, "%c", c);
        else snprintf(one, sizeof one, "\\x%02x", c);
        test_text_put(t, one);
    }
}

/* What a case's expected file holds: the status, the request's model,
 * cache salt, stream flag, output-token cap and prompt, then the
 * diagnostics. */
static char *render(infext_status st, const infext_request *req, const infext_diags *d)
{
    test_text t = {0};
    test_text_put(&t, "status ");
    test_text_put(&t, infext_status_name(st));
    test_text_put(&t, "\nmodel ");
    test_text_put(&t, infext_request_get_model(req));
    test_text_put(&t, "\ncache_salt ");
    test_text_put(&t, infext_request_get_cache_salt(req));
    test_text_put(&t, infext_request_is_streaming(req) ? "\nstream true" : "\nstream false");
    int64_t cap = 0;
    char line[64] = "\nmax_output_tokens -";
    if (infext_request_get_max_output_tokens(&cap, req))
        snprintf(line, sizeof line, "\nmax_output_tokens %lld", (long long)cap);
    test_text_put(&t, line);
    size_t n = 0;
    const char *prompt = infext_request_get_prompt(&n, req);
    char len[32];
    snprintf(len, sizeof len, "\nprompt %zu ", n);
    test_text_put(&t, len);
    put_escaped(&t, prompt, n);
    test_text_put(&t, "\n");
    char *diags = test_render_diags(d);
    test_text_put(&t, diags);
    free(diags);
    return t.data;
}

static void run_case(const char *name, int *failures)
{
    char rel[512];
    snprintf(rel, sizeof rel, "parsers/%s/path", name);
    char *path = test_read_data(rel, NULL);
    snprintf(rel, sizeof rel, "parsers/%s/body", name);
    size_t len = 0;
    char *body = test_read_data(rel, &len);
    infext_scheduler *s = NULL;
    snprintf(rel, sizeof rel, "parsers/%s/config.yaml", name);
    if (test_data_exists(rel)) {
        infext_object *cfg = test_decode_data(rel, 0);
        assert_int_equal(infext_scheduler_new_from_object(&s, cfg, NULL, NULL, NULL), INFEXT_OK);
        infext_object_free(cfg);
    }
    infext_request *req = NULL;
    infext_diags *d = NULL;
    assert_int_equal(infext_request_new(&req), INFEXT_OK);
    assert_int_equal(infext_diags_new(&d), INFEXT_OK);
    infext_status st = infext_request_set_body(req, s, *path ? path : NULL, body, len, d);
    char *got = render(st, req, d);
    snprintf(rel, sizeof rel, "parsers/%s/expected", name);
    *failures += test_compare_data(rel, got);
    free(got);
    infext_diags_free(d);
    infext_request_free(req);
    infext_scheduler_free(s);
    free(body);
    free(path);
}

static void test_parser_corpus(void **state)
{
    (void)state;
    char **cases = test_list_dir("parsers");
    int failures = 0;
    size_t n = 0;
    for (char **c = cases; *c; c++, n++) run_case(*c, &failures);
    test_free_list(cases);
    assert_true(n >= 30);
    assert_int_equal(failures, 0);
}

static infext_status set_body(infext_request *req, const infext_scheduler *s, const char *path,
                              const char *body, infext_diags *d)
{
    return infext_request_set_body(req, s, path, body, strlen(body), d);
}

/* A failure leaves the request as it was; a model already set stays. */
static void test_parser_all_or_nothing(void **state)
{
    (void)state;
    infext_request *req = test_request("r1", "target", "before");
    assert_int_equal(infext_request_set_cache_salt(req, "salt0"), INFEXT_OK);
    infext_diags *d = NULL;
    assert_int_equal(infext_diags_new(&d), INFEXT_OK);
    assert_int_equal(set_body(req, NULL, "/v1/messages", "{\"cache_salt\":\"s2\",\"messages\":[{\"content\":[1]}]}", d),
                     INFEXT_EINVAL);
    char *r = test_render_diags(d);
    assert_string_equal(r, "TypeInvalid|messages[0].content[0]|0:0|a content block must be an object\n");
    free(r);
    assert_string_equal(infext_request_get_prompt(NULL, req), "before");
    assert_string_equal(infext_request_get_cache_salt(req), "salt0");
    /* success: the prompt and salt replaced, the model kept */
    assert_int_equal(set_body(req, NULL, "/v1/messages",
                              "{\"model\":\"client\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", NULL),
                     INFEXT_OK);
    assert_string_equal(infext_request_get_prompt(NULL, req), "userx");
    assert_string_equal(infext_request_get_model(req), "target");
    assert_string_equal(infext_request_get_cache_salt(req), "salt0");
    infext_diags_free(d);
    infext_request_free(req);
}

/* Without a path argument the :path, x-original-path, x-forwarded-path
 * headers choose, in that order; bad arguments are refused. */
static void test_parser_path_from_headers(void **state)
{
    (void)state;
    static const char body[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"token_ids\":[1]}";
    infext_request *req = NULL;
    assert_int_equal(infext_request_new(&req), INFEXT_OK);
    assert_int_equal(infext_request_set_header(req, "X-Forwarded-Path", "/inference/v1/generate"), INFEXT_OK);
    assert_int_equal(set_body(req, NULL, NULL, body, NULL), INFEXT_OK);
    size_t n = 0;
    infext_request_get_prompt(&n, req);
    assert_int_equal(n, 4);
    assert_int_equal(infext_request_set_header(req, "x-original-path", "/v1/messages?x=1"), INFEXT_OK);
    assert_int_equal(set_body(req, NULL, "", body, NULL), INFEXT_OK);
    assert_string_equal(infext_request_get_prompt(NULL, req), "userhi");
    assert_int_equal(infext_request_set_header(req, ":path", "/v1/chat/completions"), INFEXT_OK);
    assert_int_equal(set_body(req, NULL, NULL, body, NULL), INFEXT_OK);
    assert_string_equal(infext_request_get_prompt(NULL, req), "user: hi\n");

    assert_int_equal(infext_request_set_body(NULL, NULL, "/v1/messages", body, sizeof body - 1, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_request_set_body(req, NULL, "/v1/messages", NULL, 3, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_request_set_body(req, NULL, "/v1/messages", NULL, 0, NULL), INFEXT_EPARSE);
    infext_request_free(req);
}

/* The Anthropic prompt feeds the prefix-cache scorer: each conversation's
 * next turn (the same system prompt and first turn) goes where its first
 * turn went. */
static void test_parser_anthropic_prefix_affinity(void **state)
{
    (void)state;
    infext_scheduler *s = test_build("apiVersion: inference.networking.x-k8s.io/v1alpha1\n"
                                     "kind: EndpointPickerConfig\n"
                                     "plugins:\n- type: prefix-cache-scorer\n  parameters: {blockSize: 4}\n"
                                     "- type: max-score-picker\n"
                                     "schedulingProfiles:\n- name: default\n  plugins:\n"
                                     "  - pluginRef: prefix-cache-scorer\n  - pluginRef: max-score-picker\n");
    infext_endpoint *eps[3] = {test_endpoint("a", 0, 0), test_endpoint("b", 0, 0), test_endpoint("c", 0, 0)};
    infext_workspace *ws = NULL;
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    enum { CONVERSATIONS = 6 };
    char first[CONVERSATIONS][64];
    for (int turn = 0; turn < 2; turn++) {
        for (int c = 0; c < CONVERSATIONS; c++) {
            char body[512], id[32];
            snprintf(body, sizeof body,
                     "{\"model\":\"m\",\"system\":[{\"type\":\"text\",\"text\":\"You are assistant number %d.\"}],"
                     "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":"
                     "\"Tell me about the history of printing, part %d.\"}]}%s]}",
                     c, c, turn ? ",{\"role\":\"assistant\",\"content\":\"Gutenberg.\"},"
                                  "{\"role\":\"user\",\"content\":\"More.\"}" : "");
            snprintf(id, sizeof id, "conv-%d-turn-%d", c, turn);
            infext_request *req = NULL;
            assert_int_equal(infext_request_new(&req), INFEXT_OK);
            assert_int_equal(infext_request_set_id(req, id), INFEXT_OK);
            assert_int_equal(set_body(req, s, "/v1/messages", body, NULL), INFEXT_OK);
            const infext_result *r = NULL;
            assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, eps, 3, NULL), INFEXT_OK);
            char got[64];
            test_outcome(got, sizeof got, r);
            if (turn) assert_string_equal(got, first[c]);
            else memcpy(first[c], got, sizeof got);
            assert_int_equal(infext_scheduler_pre_request(s, ws, req), INFEXT_OK);
            infext_request_free(req);
        }
    }
    infext_workspace_free(ws);
    test_free_endpoints(eps, 3);
    infext_scheduler_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parser_corpus),
        cmocka_unit_test(test_parser_all_or_nothing),
        cmocka_unit_test(test_parser_path_from_headers),
        cmocka_unit_test(test_parser_anthropic_prefix_affinity),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
