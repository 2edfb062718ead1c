/* The endpoint-picker protocol helpers: names, endpoint lists written and
 * read (IPv4, bracketed IPv6, host names, comma lists), the subset hint,
 * the immediate responses and the served endpoint fed to post-response
 * hooks. Every error path is checked with its column and message. */
#include "support.h"

#include "infext/plugin.h"
#include "infext/protocol.h"
#include "infext/scheduler.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static infext_endpoint *ep_at(const char *name, const char *address, int32_t port)
{
    infext_endpoint *ep = NULL;
    assert_int_equal(infext_endpoint_new(&ep, "ns", name), INFEXT_OK);
    if (address) assert_int_equal(infext_endpoint_set_address(ep, address), INFEXT_OK);
    if (port) assert_int_equal(infext_endpoint_set_port(ep, port), INFEXT_OK);
    return ep;
}

static void free_eps(infext_endpoint **eps, size_t n)
{
    for (size_t i = 0; i < n; i++) infext_endpoint_free(eps[i]);
}

/* "column|message" of the only diagnostic, in a static buffer. */
static const char *only_diag(const infext_diags *d)
{
    static char buf[512];
    assert_int_equal(infext_diags_count(d), 1);
    const infext_diag *x = infext_diags_at(d, 0);
    assert_int_equal(infext_diag_line(x), 1);
    assert_int_equal(infext_diag_severity(x), INFEXT_SEVERITY_ERROR);
    snprintf(buf, sizeof(buf), "%u|%s", infext_diag_column(x), infext_diag_message(x));
    return buf;
}

static void test_names(void **state)
{
    (void)state;
    assert_string_equal(INFEXT_PROTOCOL_DESTINATION_ENDPOINT, "x-gateway-destination-endpoint");
    assert_string_equal(INFEXT_PROTOCOL_DESTINATION_NAMESPACE, "envoy.lb");
    assert_string_equal(INFEXT_PROTOCOL_SUBSET_ENDPOINT, "x-gateway-destination-endpoint-subset");
    assert_string_equal(INFEXT_PROTOCOL_SUBSET_NAMESPACE, "envoy.lb.subset_hint");
    assert_string_equal(INFEXT_PROTOCOL_SERVED_ENDPOINT, "x-gateway-destination-endpoint-served");
    assert_string_equal(INFEXT_PROTOCOL_MODEL_NAME, "x-gateway-model-name");
    assert_string_equal(INFEXT_PROTOCOL_MODEL_NAME_REWRITE, "x-gateway-model-name-rewrite");
    assert_string_equal(INFEXT_PROTOCOL_OBJECTIVE, "x-gateway-inference-objective");
    assert_string_equal(INFEXT_PROTOCOL_FAIRNESS_ID, "x-gateway-inference-fairness-id");
    assert_string_equal(INFEXT_PROTOCOL_REQUEST_ID, "x-request-id");
}

static void test_format_endpoint(void **state)
{
    (void)state;
    infext_endpoint *eps[4] = {ep_at("a", "10.0.0.2", 8000), ep_at("b", "fd00::3", 8000),
                               ep_at("c", "fe80::1%eth0", 65535), ep_at("d", "vllm.ns.svc", 1)};
    const char *want[4] = {"10.0.0.2:8000", "[fd00::3]:8000", "[fe80::1%eth0]:65535",
                           "vllm.ns.svc:1"};
    char buf[64];
    size_t n = 99;
    for (int i = 0; i < 4; i++) {
        assert_int_equal(infext_protocol_format_endpoint(buf, sizeof(buf), &n, eps[i]), INFEXT_OK);
        assert_string_equal(buf, want[i]);
        assert_int_equal(n, strlen(want[i]));
    }
    /* too small: "" and the length needed; exactly the length has no room for the NUL */
    assert_int_equal(infext_protocol_format_endpoint(buf, 14, &n, eps[1]), INFEXT_ELIMIT);
    assert_string_equal(buf, "");
    assert_int_equal(n, 14);
    assert_int_equal(infext_protocol_format_endpoint(buf, 15, &n, eps[1]), INFEXT_OK);
    assert_string_equal(buf, "[fd00::3]:8000");
    /* a size query: no buffer at all */
    n = 0;
    assert_int_equal(infext_protocol_format_endpoint(NULL, 0, &n, eps[0]), INFEXT_ELIMIT);
    assert_int_equal(n, 13);
    /* bad arguments */
    infext_endpoint *no_addr = ep_at("e", NULL, 80), *no_port = ep_at("f", "10.0.0.1", 0);
    assert_int_equal(infext_protocol_format_endpoint(buf, sizeof(buf), &n, no_addr), INFEXT_EINVAL);
    assert_int_equal(infext_protocol_format_endpoint(buf, sizeof(buf), &n, no_port), INFEXT_EINVAL);
    assert_int_equal(infext_protocol_format_endpoint(buf, sizeof(buf), &n, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_protocol_format_endpoint(NULL, 8, &n, eps[0]), INFEXT_EINVAL);
    infext_endpoint_free(no_addr);
    infext_endpoint_free(no_port);
    free_eps(eps, 4);
}

static void test_format_endpoints(void **state)
{
    (void)state;
    infext_endpoint *eps[3] = {ep_at("a", "10.0.0.2", 8000), ep_at("b", "fd00::3", 8000),
                               ep_at("c", "10.0.0.4", 8001)};
    char buf[64];
    size_t n;
    assert_int_equal(infext_protocol_format_endpoints(buf, sizeof(buf), &n, eps, 3), INFEXT_OK);
    assert_string_equal(buf, "10.0.0.2:8000,[fd00::3]:8000,10.0.0.4:8001");
    assert_int_equal(n, 42);
    assert_int_equal(infext_protocol_format_endpoints(buf, sizeof(buf), &n, eps, 0), INFEXT_OK);
    assert_string_equal(buf, "");
    assert_int_equal(n, 0);
    assert_int_equal(infext_protocol_format_endpoints(buf, 20, &n, eps, 3), INFEXT_ELIMIT);
    assert_string_equal(buf, "");
    assert_int_equal(n, 42);
    infext_endpoint *mixed[3] = {eps[0], NULL, eps[2]};
    assert_int_equal(infext_protocol_format_endpoints(buf, sizeof(buf), &n, mixed, 3),
                     INFEXT_EINVAL);
    assert_int_equal(infext_protocol_format_endpoints(buf, sizeof(buf), &n, NULL, 1),
                     INFEXT_EINVAL);
    free_eps(eps, 3);
}

static infext_scheduler *build(const char *yaml, infext_registry *reg)
{
    infext_v1alpha1_endpoint_picker_config *cfg = NULL;
    assert_int_equal(
        infext_v1alpha1_endpoint_picker_config_decode(&cfg, yaml, strlen(yaml), NULL, NULL),
        INFEXT_OK);
    infext_scheduler_options o = INFEXT_SCHEDULER_OPTIONS_INIT;
    o.flags = INFEXT_SCHEDULER_SEEDED;
    o.seed = 7;
    infext_scheduler *s = NULL;
    assert_int_equal(infext_scheduler_new(&s, cfg, reg, &o, NULL), INFEXT_OK);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
    return s;
}

#define CONFIG_HEAD "apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\n"

static void test_format_result(void **state)
{
    (void)state;
    /* the three least loaded, best first: the value of the destination header */
    infext_scheduler *s = build(CONFIG_HEAD "plugins:\n- type: queue-scorer\n"
                                            "- type: max-score-picker\n"
                                            "  parameters: {maxNumOfEndpoints: 3}\n",
                                NULL);
    infext_endpoint *eps[4] = {ep_at("a", "10.0.0.1", 8000), ep_at("b", "fd00::2", 8000),
                               ep_at("c", "10.0.0.3", 8000), ep_at("d", "fd00::4", 9000)};
    const int64_t queues[4] = {9, 0, 12, 3};
    for (int i = 0; i < 4; i++) infext_endpoint_set_waiting_queue_size(eps[i], queues[i]);
    infext_request *req = NULL;
    infext_request_new(&req);
    infext_request_set_id(req, "r1");
    infext_request_set_model(req, "m");
    infext_workspace *ws = NULL;
    infext_workspace_new(&ws);
    const infext_result *r = NULL;
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, eps, 4, NULL), INFEXT_OK);
    char buf[128];
    size_t n;
    assert_int_equal(infext_protocol_format_result(buf, sizeof(buf), &n, r), INFEXT_OK);
    assert_string_equal(buf, "[fd00::2]:8000,[fd00::4]:9000,10.0.0.1:8000");
    assert_int_equal(n, 43);

    /* a proxy walks the list: the first is preferred, the rest are retries */
    const char *want_host[3] = {"fd00::2", "fd00::4", "10.0.0.1"};
    const int32_t want_port[3] = {8000, 9000, 8000};
    int k = 0;
    for (const char *p = buf, *end = buf + strlen(buf); p < end; k++) {
        const char *host;
        size_t host_len, used;
        int32_t port;
        assert_int_equal(infext_protocol_parse_endpoint(&host, &host_len, &port, &used, p,
                                                        (size_t)(end - p), NULL),
                         INFEXT_OK);
        assert_true(k < 3);
        assert_int_equal(host_len, strlen(want_host[k]));
        assert_memory_equal(host, want_host[k], host_len);
        assert_int_equal(port, want_port[k]);
        p += used;
    }
    assert_int_equal(k, 3);
    assert_int_equal(infext_protocol_format_result(buf, 10, &n, r), INFEXT_ELIMIT);
    assert_string_equal(buf, "");
    assert_int_equal(n, 43);
    assert_int_equal(infext_protocol_format_result(buf, sizeof(buf), &n, NULL), INFEXT_EINVAL);
    infext_scheduler_free(s);

    /* a result that picked nothing: "" and INFEXT_ENOENDPOINT (answer 503) */
    s = build(CONFIG_HEAD "plugins:\n- type: label-filter\n"
                          "  parameters: {matchLabels: {role: none}}\n"
                          "- type: max-score-picker\n",
              NULL);
    r = NULL;
    assert_int_equal(infext_scheduler_schedule(&r, s, ws, req, eps, 4, NULL), INFEXT_ENOENDPOINT);
    assert_non_null(r);
    n = 99;
    assert_int_equal(infext_protocol_format_result(buf, sizeof(buf), &n, r), INFEXT_ENOENDPOINT);
    assert_string_equal(buf, "");
    assert_int_equal(n, 0);
    infext_workspace_free(ws);
    infext_request_free(req);
    free_eps(eps, 4);
    infext_scheduler_free(s);
}

typedef struct parse_case {
    const char *in;
    const char *host; /* NULL: an error is expected */
    int32_t port;
    size_t used;
    const char *diag; /* column|message when an error is expected */
} parse_case;

static void test_parse_endpoint(void **state)
{
    (void)state;
    static const parse_case cases[] = {
        {"10.0.0.2:8000", "10.0.0.2", 8000, 13, NULL},
        {"10.0.0.2:8000,10.0.0.3:1", "10.0.0.2", 8000, 14, NULL},
        {" \t[fd00::3]:8000 ,10.0.0.4:1", "fd00::3", 8000, 18, NULL},
        {"[::1]:1", "::1", 1, 7, NULL},
        {"[fe80::1%eth0]:65535", "fe80::1%eth0", 65535, 20, NULL},
        {"vllm-0.vllm.ns.svc:08080", "vllm-0.vllm.ns.svc", 8080, 24, NULL},
        {"", NULL, 0, 0, "1|empty entry in the endpoint list \"\""},
        {"   ", NULL, 0, 0, "4|empty entry in the endpoint list \"   \""},
        {",10.0.0.2:80", NULL, 0, 0, "1|empty entry in the endpoint list \",10.0.0.2:80\""},
        {"10.0.0.2", NULL, 0, 0, "9|missing port in the endpoint list \"10.0.0.2\""},
        {"10.0.0.2 :80", NULL, 0, 0, "9|missing port in the endpoint list \"10.0.0.2 :80\""},
        {"fd00::3:80", NULL, 0, 0,
         "1|an IPv6 address needs brackets in the endpoint list \"fd00::3:80\""},
        {"[fd00::3:80", NULL, 0, 0, "1|unclosed \"[\" in the endpoint list \"[fd00::3:80\""},
        {"[fd00::3,a:1", NULL, 0, 0, "1|unclosed \"[\" in the endpoint list \"[fd00::3,a:1\""},
        {"[]:80", NULL, 0, 0, "1|empty address in the endpoint list \"[]:80\""},
        {":80", NULL, 0, 0, "1|empty address in the endpoint list \":80\""},
        {"[fd00::3]", NULL, 0, 0, "10|missing port after \"]\" in the endpoint list \"[fd00::3]\""},
        {"[fd00::3]80", NULL, 0, 0,
         "10|missing port after \"]\" in the endpoint list \"[fd00::3]80\""},
        {"a:", NULL, 0, 0, "3|bad port (want 1..65535) in the endpoint list \"a:\""},
        {"a:0", NULL, 0, 0, "3|bad port (want 1..65535) in the endpoint list \"a:0\""},
        {"a:65536", NULL, 0, 0, "3|bad port (want 1..65535) in the endpoint list \"a:65536\""},
        {"a:99999999999", NULL, 0, 0,
         "3|bad port (want 1..65535) in the endpoint list \"a:99999999999\""},
        {"a:8x", NULL, 0, 0, "3|bad port (want 1..65535) in the endpoint list \"a:8x\""},
        {"a:-1", NULL, 0, 0, "3|bad port (want 1..65535) in the endpoint list \"a:-1\""},
        {"[::1]:80x", NULL, 0, 0, "7|bad port (want 1..65535) in the endpoint list \"[::1]:80x\""},
        {"a:80 x", NULL, 0, 0, "6|unexpected text after the port in the endpoint list \"a:80 x\""},
        {"a:80,", NULL, 0, 0, "6|empty entry in the endpoint list \"a:80,\""},
        {"a:80, \t", NULL, 0, 0, "8|empty entry in the endpoint list \"a:80, \t\""},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const parse_case *c = &cases[i];
        infext_diags *d = NULL;
        infext_diags_new(&d);
        const char *host = NULL;
        size_t host_len = 0, used = 0;
        int32_t port = 0;
        infext_status st = infext_protocol_parse_endpoint(&host, &host_len, &port, &used, c->in,
                                                          strlen(c->in), d);
        if (c->host) {
            if (st != INFEXT_OK) fail_msg("\"%s\": %s", c->in, infext_strerror(st));
            assert_int_equal(host_len, strlen(c->host));
            assert_memory_equal(host, c->host, host_len);
            assert_int_equal(port, c->port);
            assert_int_equal(used, c->used);
            assert_int_equal(infext_diags_count(d), 0);
        } else {
            if (st != INFEXT_EPARSE) fail_msg("\"%s\": %s", c->in, infext_strerror(st));
            assert_string_equal(only_diag(d), c->diag);
            assert_null(host); /* outputs untouched on failure */
            assert_int_equal(used, 0);
        }
        infext_diags_free(d);
    }
    /* not NUL-terminated: only len bytes are read */
    const char *host;
    size_t host_len, used;
    int32_t port;
    assert_int_equal(infext_protocol_parse_endpoint(&host, &host_len, &port, &used,
                                                    "10.0.0.2:80xyz", 11, NULL),
                     INFEXT_OK);
    assert_int_equal(port, 80);
    assert_int_equal(used, 11);
    /* a long list is quoted in its first 200 bytes */
    char longer[300];
    memset(longer, 'h', sizeof(longer));
    infext_diags *d = NULL;
    infext_diags_new(&d);
    assert_int_equal(infext_protocol_parse_endpoint(&host, &host_len, &port, &used, longer,
                                                    sizeof(longer), d),
                     INFEXT_EPARSE);
    char want[300];
    snprintf(want, sizeof(want), "301|missing port in the endpoint list \"%.*s\"", 200, longer);
    assert_string_equal(only_diag(d), want);
    infext_diags_free(d);
    /* bad arguments */
    assert_int_equal(infext_protocol_parse_endpoint(NULL, &host_len, &port, &used, "a:1", 3, NULL),
                     INFEXT_EINVAL);
    assert_int_equal(infext_protocol_parse_endpoint(&host, NULL, &port, &used, "a:1", 3, NULL),
                     INFEXT_EINVAL);
    assert_int_equal(infext_protocol_parse_endpoint(&host, &host_len, NULL, &used, "a:1", 3, NULL),
                     INFEXT_EINVAL);
    assert_int_equal(infext_protocol_parse_endpoint(&host, &host_len, &port, NULL, "a:1", 3, NULL),
                     INFEXT_EINVAL);
    assert_int_equal(infext_protocol_parse_endpoint(&host, &host_len, &port, &used, NULL, 3, NULL),
                     INFEXT_EINVAL);
    assert_int_equal(infext_protocol_parse_endpoint(&host, &host_len, &port, &used, NULL, 0, NULL),
                     INFEXT_EPARSE); /* nothing: an empty entry */
}

static void test_find_endpoint(void **state)
{
    (void)state;
    infext_endpoint *eps[3] = {ep_at("a", "10.0.0.2", 8000), ep_at("b", "fd00::3", 8000),
                               ep_at("c", "10.0.0.2", 8001)};
    size_t at = 99;
    assert_int_equal(infext_protocol_find_endpoint(&at, "10.0.0.2:8001", 13, eps, 3, NULL),
                     INFEXT_OK);
    assert_int_equal(at, 2);
    /* only the first entry counts */
    const char *list = "[fd00::3]:8000,10.0.0.2:8000";
    assert_int_equal(infext_protocol_find_endpoint(&at, list, strlen(list), eps, 3, NULL),
                     INFEXT_OK);
    assert_int_equal(at, 1);
    at = 99;
    assert_int_equal(infext_protocol_find_endpoint(&at, "10.0.0.9:8000", 13, eps, 3, NULL),
                     INFEXT_ENOTFOUND);
    assert_int_equal(infext_protocol_find_endpoint(&at, "10.0.0.2:9", 10, eps, 3, NULL),
                     INFEXT_ENOTFOUND); /* the port is compared too */
    assert_int_equal(infext_protocol_find_endpoint(&at, "[FD00::3]:8000", 14, eps, 3, NULL),
                     INFEXT_ENOTFOUND); /* as written: no address normalisation */
    assert_int_equal(at, 99);
    infext_diags *d = NULL;
    infext_diags_new(&d);
    assert_int_equal(infext_protocol_find_endpoint(&at, "fd00::3:8000", 12, eps, 3, d),
                     INFEXT_EPARSE);
    assert_string_equal(only_diag(d),
                        "1|an IPv6 address needs brackets in the endpoint list \"fd00::3:8000\"");
    infext_diags_free(d);
    assert_int_equal(infext_protocol_find_endpoint(NULL, "a:1", 3, eps, 3, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_protocol_find_endpoint(&at, "a:1", 3, NULL, 3, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_protocol_find_endpoint(&at, NULL, 3, eps, 3, NULL), INFEXT_EINVAL);
    free_eps(eps, 3);
}

static void test_filter_subset(void **state)
{
    (void)state;
    infext_endpoint *eps[4] = {ep_at("a", "10.0.0.1", 8000), ep_at("b", "10.0.0.2", 8000),
                               ep_at("c", "fd00::3", 8000), ep_at("d", "10.0.0.2", 9000)};
    infext_endpoint *kept[4];
    size_t n = 99;
    /* by address only: both endpoints on 10.0.0.2 stay; order is the candidates' */
    const char *hint = "[fd00::3]:1, 10.0.0.2:1234";
    assert_int_equal(infext_protocol_filter_subset(kept, &n, hint, strlen(hint), eps, 4, NULL),
                     INFEXT_OK);
    assert_int_equal(n, 3);
    assert_ptr_equal(kept[0], eps[1]);
    assert_ptr_equal(kept[1], eps[2]);
    assert_ptr_equal(kept[2], eps[3]);
    /* an address nobody has keeps none */
    assert_int_equal(infext_protocol_filter_subset(kept, &n, "10.9.9.9:80", 11, eps, 4, NULL),
                     INFEXT_OK);
    assert_int_equal(n, 0);
    /* an empty hint keeps none */
    n = 99;
    assert_int_equal(infext_protocol_filter_subset(kept, &n, "", 0, eps, 4, NULL), INFEXT_OK);
    assert_int_equal(n, 0);
    /* a malformed hint keeps none and says where, in the whole list */
    infext_diags *d = NULL;
    infext_diags_new(&d);
    n = 99;
    hint = "10.0.0.1:8000,oops";
    assert_int_equal(infext_protocol_filter_subset(kept, &n, hint, strlen(hint), eps, 4, d),
                     INFEXT_EPARSE);
    assert_int_equal(n, 0);
    assert_string_equal(only_diag(d),
                        "19|missing port in the endpoint list \"10.0.0.1:8000,oops\"");
    infext_diags_clear(d);
    hint = "10.0.0.1:8000,";
    assert_int_equal(infext_protocol_filter_subset(kept, &n, hint, strlen(hint), eps, 4, d),
                     INFEXT_EPARSE);
    assert_string_equal(only_diag(d), "15|empty entry in the endpoint list \"10.0.0.1:8000,\"");
    infext_diags_free(d);
    /* bad arguments */
    assert_int_equal(infext_protocol_filter_subset(kept, NULL, "a:1", 3, eps, 4, NULL),
                     INFEXT_EINVAL);
    assert_int_equal(infext_protocol_filter_subset(NULL, &n, "a:1", 3, eps, 4, NULL),
                     INFEXT_EINVAL);
    assert_int_equal(infext_protocol_filter_subset(kept, &n, NULL, 3, eps, 4, NULL),
                     INFEXT_EINVAL);
    infext_endpoint *holes[2] = {eps[0], NULL};
    assert_int_equal(infext_protocol_filter_subset(kept, &n, "a:1", 3, holes, 2, NULL),
                     INFEXT_EINVAL);
    free_eps(eps, 4);
}

static void test_responses(void **state)
{
    (void)state;
    assert_int_equal(infext_protocol_response_status(INFEXT_RESPONSE_NO_ENDPOINT), 503);
    assert_int_equal(infext_protocol_response_status(INFEXT_RESPONSE_SHED), 429);
    assert_int_equal(infext_protocol_response_status(INFEXT_RESPONSE_NO_TARGET), 429);
    assert_int_equal(infext_protocol_response_status((infext_protocol_response)7), 500);
    assert_string_equal(infext_protocol_response_body(INFEXT_RESPONSE_NO_ENDPOINT),
                        "inference error: ServiceUnavailable - failed to find endpoint "
                        "candidates for serving the request");
    assert_string_equal(infext_protocol_response_body(INFEXT_RESPONSE_SHED),
                        "inference error: ResourceExhausted - system saturated, sheddable "
                        "request dropped");
    assert_string_equal(infext_protocol_response_body(INFEXT_RESPONSE_NO_TARGET),
                        "inference error: ResourceExhausted - failed to find target endpoint");
    assert_string_equal(infext_protocol_response_body((infext_protocol_response)-1), "");
}

/* A post-response plugin that records what it was told. */
typedef struct served_log {
    int calls;
    const infext_request *req;
    const infext_endpoint *served_by;
} served_log;

static infext_status log_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = args->type_data;
    return INFEXT_OK;
}

static void log_post_response(void *state, const infext_request *req,
                              const infext_endpoint *served_by)
{
    served_log *log = state;
    log->calls++;
    log->req = req;
    log->served_by = served_by;
}

static void test_served(void **state)
{
    (void)state;
    served_log log = {0};
    infext_plugin_type type = {.abi_version = INFEXT_PLUGIN_ABI_VERSION,
                               .struct_size = sizeof(type),
                               .type_name = "served-log",
                               .roles = INFEXT_ROLE_POST_RESPONSE,
                               .type_data = &log,
                               .create = log_create,
                               .post_response = log_post_response};
    infext_registry *reg = NULL;
    assert_int_equal(infext_registry_new(&reg), INFEXT_OK);
    assert_int_equal(infext_registry_add(reg, &type), INFEXT_OK);
    infext_scheduler *s =
        build(CONFIG_HEAD "plugins:\n- type: queue-scorer\n- type: served-log\n", reg);
    infext_registry_free(reg);
    infext_endpoint *eps[3] = {ep_at("a", "10.0.0.1", 8000), ep_at("b", "fd00::2", 8000),
                               ep_at("c", "10.0.0.3", 8000)};
    infext_request *req = NULL;
    infext_request_new(&req);
    infext_request_set_id(req, "r1");
    size_t at = 99;
    /* the retry went to the second of the list: that one is fed back */
    const char *served = "[fd00::2]:8000";
    assert_int_equal(infext_protocol_served(&at, s, req, served, strlen(served), eps, 3, NULL),
                     INFEXT_OK);
    assert_int_equal(at, 1);
    assert_int_equal(log.calls, 1);
    assert_ptr_equal(log.req, req);
    assert_ptr_equal(log.served_by, eps[1]);
    assert_int_equal(infext_protocol_served(NULL, s, req, "10.0.0.3:8000", 13, eps, 3, NULL),
                     INFEXT_OK);
    assert_int_equal(log.calls, 2);
    assert_ptr_equal(log.served_by, eps[2]);
    /* not a candidate, or not an endpoint: no hook runs */
    at = 99;
    assert_int_equal(infext_protocol_served(&at, s, req, "10.0.0.3:8001", 13, eps, 3, NULL),
                     INFEXT_ENOTFOUND);
    infext_diags *d = NULL;
    infext_diags_new(&d);
    assert_int_equal(infext_protocol_served(&at, s, req, "[fd00::2]", 9, eps, 3, d),
                     INFEXT_EPARSE);
    assert_string_equal(only_diag(d),
                        "10|missing port after \"]\" in the endpoint list \"[fd00::2]\"");
    infext_diags_free(d);
    assert_int_equal(at, 99);
    assert_int_equal(log.calls, 2);
    assert_int_equal(infext_protocol_served(&at, NULL, req, served, strlen(served), eps, 3, NULL),
                     INFEXT_EINVAL);
    assert_int_equal(infext_protocol_served(&at, s, NULL, served, strlen(served), eps, 3, NULL),
                     INFEXT_EINVAL);
    assert_int_equal(log.calls, 2);
    infext_request_free(req);
    free_eps(eps, 3);
    infext_scheduler_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_format_endpoint),
        cmocka_unit_test(test_format_endpoints),
        cmocka_unit_test(test_format_result),
        cmocka_unit_test(test_parse_endpoint),
        cmocka_unit_test(test_find_endpoint),
        cmocka_unit_test(test_filter_subset),
        cmocka_unit_test(test_responses),
        cmocka_unit_test(test_served),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
