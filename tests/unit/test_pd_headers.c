/* What the P/D and data-parallel profile handlers ask of the request, as
 * llm-d-router v0.10 does it: the prefill endpoint in
 * x-prefiller-host-port (removed when prefill did not run), the encode
 * endpoints in x-encoder-hosts-ports, the picked rank in
 * x-data-parallel-host-port with the request sent to primaryPort. Fixed
 * endpoints (IPv4 and IPv6), exact profiles, headers, ports and JSON. */
#include "sched_fixtures.h"

#include "infext/plugin.h"
#include "infext/scheduler.h"
#include "scheduler/catalogue.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* ------------------------------------------------------------ helpers -- */

static infext_endpoint *server(const char *name, const char *role, const char *address,
                               int32_t port, int64_t queue)
{
    infext_endpoint *e = NULL;
    assert_int_equal(infext_endpoint_new(&e, "pool", name), INFEXT_OK);
    assert_int_equal(infext_endpoint_set_label(e, "llm-d.ai/role", role), INFEXT_OK);
    assert_int_equal(infext_endpoint_set_address(e, address), INFEXT_OK);
    assert_int_equal(infext_endpoint_set_port(e, port), INFEXT_OK);
    assert_int_equal(infext_endpoint_set_waiting_queue_size(e, queue), INFEXT_OK);
    return e;
}

/* The endpoints (`own`) and the candidates a call is given (`eps`, which
 * a test may rearrange). */
typedef struct fleet {
    infext_endpoint *own[4];
    infext_endpoint *eps[4];
} fleet;

/* p4 (10.0.0.4:8000, queue 3), p6 ([fd00::6]:8001, queue 0), d4
 * (10.0.1.4:8200, queue 5), d6 ([fd00:1::6]:8200, queue 1). */
static void fleet_init(fleet *f)
{
    f->own[0] = server("p4", "prefill", "10.0.0.4", 8000, 3);
    f->own[1] = server("p6", "prefill", "fd00::6", 8001, 0);
    f->own[2] = server("d4", "decode", "10.0.1.4", 8200, 5);
    f->own[3] = server("d6", "decode", "fd00:1::6", 8200, 1);
    memcpy(f->eps, f->own, sizeof(f->eps));
}

static void fleet_free(fleet *f)
{
    for (size_t i = 0; i < 4; i++) infext_endpoint_free(f->own[i]);
}

/* A scheduler, a workspace and the fleet: what every test starts with. */
typedef struct world {
    infext_scheduler *s;
    infext_workspace *ws;
    fleet f;
} world;

static void begin(world *w, infext_scheduler *s)
{
    w->s = s;
    assert_int_equal(infext_workspace_new(&w->ws), INFEXT_OK);
    fleet_init(&w->f);
}

static void end(world *w)
{
    fleet_free(&w->f);
    infext_workspace_free(w->ws);
    infext_scheduler_free(w->s);
}

/* The profiles (test_outcome()), then " | name=value;name=-"
 * (- : remove), then " | port N" when the port is rewritten. */
static void describe(char *out, size_t size, const infext_result *r)
{
    size_t len = test_outcome(out, size, r);
    len += (size_t)snprintf(out + len, size - len, " |");
    for (size_t i = 0; i < infext_result_headers_count(r); i++) {
        const char *v = infext_result_header_value_at(r, i);
        len += (size_t)snprintf(out + len, size - len, "%s%s=%s", i ? ";" : " ",
                                infext_result_header_name_at(r, i), v ? v : "-");
    }
    int32_t port = -1;
    if (infext_result_get_target_port(&port, r))
        snprintf(out + len, size - len, " | port %d", (int)port);
}

/* Schedule a request (prompt, and a header the client sent when `sent` is
 * not NULL) and compare the whole outcome. */
static const infext_result *expect(world *w, size_t n, const char *prompt, const char *sent,
                                   infext_status want_st, const char *want)
{
    infext_request *req = NULL;
    assert_int_equal(infext_request_new(&req), INFEXT_OK);
    assert_int_equal(infext_request_set_id(req, prompt), INFEXT_OK);
    assert_int_equal(infext_request_set_prompt(req, prompt, strlen(prompt)), INFEXT_OK);
    if (sent) assert_int_equal(infext_request_set_header(req, sent, "10.9.9.9:1"), INFEXT_OK);
    const infext_result *r = NULL;
    infext_status st = infext_scheduler_schedule(&r, w->s, w->ws, req, w->f.eps, n, NULL);
    infext_request_free(req);
    char got[512];
    describe(got, sizeof(got), r);
    if (st != want_st || strcmp(got, want) != 0)
        fail_msg("got %s: %s\nwant %s: %s", infext_status_name(st), got,
                 infext_status_name(want_st), want);
    return r;
}

/* The destination a proxy is told (x-gateway-destination-endpoint). */
static void expect_destination(const infext_result *r, const char *want)
{
    char dest[128];
    size_t len = 0;
    assert_int_equal(infext_protocol_format_result(dest, sizeof(dest), &len, r), INFEXT_OK);
    assert_string_equal(dest, want);
    assert_int_equal(len, strlen(want));
}

static void expect_json(const infext_result *r, const char *want)
{
    char *json = NULL;
    size_t len = 0;
    assert_int_equal(infext_result_encode_json(&json, &len, r), INFEXT_OK);
    assert_string_equal(json, want);
    assert_int_equal(len, strlen(want));
    infext_free(json);
}

/* Prompts of 200 and 300 bytes (50 and 75 tokens: 4 bytes a token). */
#define TEN "0123456789"
#define FIFTY TEN TEN TEN TEN TEN
#define BYTES_200 FIFTY FIFTY FIFTY FIFTY
#define BYTES_300 BYTES_200 FIFTY FIFTY

/* ------------------------------------------------------------ the tests -- */

/* llm-d-router's pd-epp-config: prefill when 16 tokens are not cached on
 * the decode endpoint. */
static void test_disagg_prefill_header(void **state)
{
    (void)state;
    world w;
    begin(&w, test_build_file("pd-epp-config.yaml"));
    /* 10 tokens: decode only; both headers removed */
    expect(&w, 4, "short prompt of forty bytes, no prefill.", NULL, INFEXT_OK,
           "*decode=d6 | x-prefiller-host-port=-;x-encoder-hosts-ports=-");
    /* a client that sent the header itself loses it */
    expect(&w, 4, "short prompt of forty bytes, no prefill?", "X-Prefiller-Host-Port", INFEXT_OK,
           "*decode=d6 | x-prefiller-host-port=-;x-encoder-hosts-ports=-");
    /* 50 tokens, nothing cached: prefill on p6, an IPv6 address */
    const infext_result *r = expect(&w, 4, BYTES_200, NULL, INFEXT_OK,
                                    "prefill=p6;*decode=d6 | x-prefiller-host-port=[fd00::6]:8001;"
                                    "x-encoder-hosts-ports=-");
    expect_json(r, "{\"primaryProfile\":\"decode\",\"profiles\":{\"prefill\":{\"endpoints\":"
                   "[\"pool/p6\"]},\"decode\":{\"endpoints\":[\"pool/d6\"]}},\"headers\":"
                   "{\"x-prefiller-host-port\":\"[fd00::6]:8001\",\"x-encoder-hosts-ports\":null}}");
    /* another prompt, p4 less busy: an IPv4 address */
    infext_endpoint_set_waiting_queue_size(w.f.eps[1], 9);
    expect(&w, 4, BYTES_300, NULL, INFEXT_OK,
           "prefill=p4;*decode=d6 | x-prefiller-host-port=10.0.0.4:8000;x-encoder-hosts-ports=-");
    /* no prefill endpoint: the prefill profile ran and picked none, so no
     * header names it */
    w.f.eps[0] = w.f.own[2], w.f.eps[1] = w.f.own[3];
    expect(&w, 2, BYTES_300, NULL, INFEXT_OK,
           "prefill=;*decode=d6 | x-prefiller-host-port=-;x-encoder-hosts-ports=-");
    w.f.eps[0] = w.f.own[0], w.f.eps[1] = w.f.own[1];
    /* no decode endpoint: nothing picked, and nothing asked of the request */
    r = expect(&w, 2, BYTES_300, NULL, INFEXT_ENOENDPOINT, "*decode= |");
    assert_int_equal(infext_result_headers_count(r), 0);
    end(&w);
}

#define PD_PLUGINS                                                                              \
    "plugins:\n- type: prefill-filter\n- type: decode-filter\n- type: queue-scorer\n"            \
    "- type: always-disagg-pd-decider\n"
#define PD_PROFILES                                                                             \
    "schedulingProfiles:\n"                                                                     \
    "- name: prefill\n  plugins: [{pluginRef: prefill-filter}, {pluginRef: queue-scorer}]\n"    \
    "- name: decode\n  plugins: [{pluginRef: decode-filter}, {pluginRef: queue-scorer}]\n"

/* prefill-first: prefill, then decode; the header as in decode-first. */
static void test_disagg_prefill_first(void **state)
{
    (void)state;
    world w;
    begin(&w, test_build(CONFIG_HEAD PD_PLUGINS "- type: disagg-profile-handler\n"
                              "  parameters: {stageOrder: prefill-first}\n" PD_PROFILES));
    expect(&w, 4, "x", NULL, INFEXT_OK,
           "prefill=p6;*decode=d6 | x-prefiller-host-port=[fd00::6]:8001;x-encoder-hosts-ports=-");
    end(&w);
}

/* The deprecated pd-profile-handler: no prefill header (upstream's
 * separate prefill-header-handler set it); with primaryPort, the decode
 * endpoint in x-data-parallel-host-port and the port rewritten. */
static void test_pd_profile_handler(void **state)
{
    (void)state;
    world w;
    begin(&w, test_build(CONFIG_HEAD PD_PLUGINS "- type: pd-profile-handler\n"
                              "  parameters: {deciderPluginName: always-disagg-pd-decider}\n" PD_PROFILES));
    const infext_result *r = expect(&w, 4, "x", NULL, INFEXT_OK, "prefill=p6;*decode=d6 |");
    int32_t port = 77;
    assert_false(infext_result_get_target_port(&port, r));
    assert_int_equal(port, 77);
    infext_scheduler_free(w.s);
    w.s = test_build(CONFIG_HEAD PD_PLUGINS "- type: pd-profile-handler\n"
                          "  parameters: {deciderPluginName: always-disagg-pd-decider, primaryPort: 9000}\n"
                          PD_PROFILES);
    r = expect(&w, 4, "x", NULL, INFEXT_OK,
               "prefill=p6;*decode=d6 | x-data-parallel-host-port=[fd00:1::6]:8200 | port 9000");
    /* the target is still the decode endpoint, with its own port; the
     * destination has the primary port */
    assert_ptr_equal(infext_result_get_target(r), w.f.own[3]);
    assert_int_equal(infext_endpoint_get_port(infext_result_get_target(r)), 8200);
    expect_destination(r, "[fd00:1::6]:9000");
    infext_endpoint_set_waiting_queue_size(w.f.eps[2], 0);
    expect(&w, 4, "y", NULL, INFEXT_OK,
           "prefill=p6;*decode=d4 | x-data-parallel-host-port=10.0.1.4:8200 | port 9000");
    /* decode failed: no header, no port */
    expect(&w, 2, "z", NULL, INFEXT_ENOENDPOINT, "*decode= |");
    end(&w);
}

/* pd-profile-handler with the deprecated headers step beside it (as
 * configs before v0.9 paired them): the prefill header comes from that. */
static void test_headers_handler(void **state)
{
    (void)state;
    world w;
    begin(&w, test_build(CONFIG_HEAD PD_PLUGINS "- type: prefill-header-handler\n"
                                         "- type: pd-profile-handler\n"
                                         "  parameters: {deciderPluginName: always-disagg-pd-decider}\n"
                                         PD_PROFILES));
    expect(&w, 4, "x", NULL, INFEXT_OK,
           "prefill=p6;*decode=d6 | x-prefiller-host-port=[fd00::6]:8001;x-encoder-hosts-ports=-");
    /* decode failed: the step does not run */
    expect(&w, 2, "x", NULL, INFEXT_ENOENDPOINT, "*decode= |");
    /* with primaryPort: the handler's header first, then the step's */
    infext_scheduler_free(w.s);
    w.s = test_build(CONFIG_HEAD PD_PLUGINS
                     "- type: disagg-headers-handler\n  parameters: {prefillProfile: pre}\n"
                     "- type: pd-profile-handler\n"
                     "  parameters: {deciderPluginName: always-disagg-pd-decider, primaryPort: 9000,"
                     " prefillProfile: pre}\n"
                     "schedulingProfiles:\n"
                     "- name: pre\n  plugins: [{pluginRef: prefill-filter}, {pluginRef: queue-scorer}]\n"
                     "- name: decode\n  plugins: [{pluginRef: decode-filter}, {pluginRef: queue-scorer}]\n");
    infext_endpoint_set_waiting_queue_size(w.f.own[1], 9); /* p4 is less busy */
    expect(&w, 4, "x", NULL, INFEXT_OK,
           "pre=p4;*decode=d6 | x-data-parallel-host-port=[fd00:1::6]:8200;"
           "x-prefiller-host-port=10.0.0.4:8000;x-encoder-hosts-ports=- | port 9000");
    end(&w);
    infext_object *bad = test_decode_ok(CONFIG_HEAD "plugins:\n- type: disagg-headers-handler\n"
                                                    "  parameters: {prefilProfile: p}\n");
    assert_null(test_build_from(bad, INFEXT_ECONFIG,
                                "Unknown|plugins[0].parameters.prefilProfile|5:16|unknown parameter "
                                "\"prefilProfile\"; did you mean \"prefillProfile\"?\n",
                                "misspelled"));
}

/* llm-d-router's dp-epp-config (primaryPort 8000), and primaryPort 0. */
static void test_data_parallel(void **state)
{
    (void)state;
    world w;
    begin(&w, test_build_file("dp-epp-config.yaml"));
    /* d4 and p6: the decode filter keeps d4 */
    w.f.eps[0] = w.f.own[2];
    const infext_result *r = expect(&w, 2, "x", NULL, INFEXT_OK,
                                    "*default=d4 | x-data-parallel-host-port=10.0.1.4:8200 | port 8000");
    expect_json(r, "{\"primaryProfile\":\"default\",\"profiles\":{\"default\":{\"endpoints\":"
                   "[\"pool/d4\"]}},\"headers\":{\"x-data-parallel-host-port\":\"10.0.1.4:8200\"},"
                   "\"targetPort\":8000}");
    expect_destination(r, "10.0.1.4:8000");
    /* p6 alone: nothing picked, nothing asked, the previous answer gone */
    w.f.eps[0] = w.f.own[1];
    r = expect(&w, 1, "x", NULL, INFEXT_ENOENDPOINT, "*default= |");
    assert_false(infext_result_get_target_port(NULL, r));
    w.f.eps[0] = w.f.own[3];
    expect(&w, 1, "x", NULL, INFEXT_OK,
           "*default=d6 | x-data-parallel-host-port=[fd00:1::6]:8200 | port 8000");
    /* primaryPort 0 is taken as upstream takes it: port 0 */
    infext_scheduler_free(w.s);
    w.s = test_build(CONFIG_HEAD "plugins:\n- type: queue-scorer\n- type: data-parallel-profile-handler\n"
                          "  parameters: {primaryPort: 0}\n"
                          "schedulingProfiles:\n- name: only\n  plugins: [{pluginRef: queue-scorer}]\n");
    expect(&w, 1, "x", NULL, INFEXT_OK,
           "*only=d6 | x-data-parallel-host-port=[fd00:1::6]:8200 | port 0");
    /* the single-profile handler asks nothing */
    infext_scheduler_free(w.s);
    w.s = test_build(CONFIG_HEAD "plugins:\n- type: queue-scorer\n"
                          "schedulingProfiles:\n- name: only\n  plugins: [{pluginRef: queue-scorer}]\n");
    r = expect(&w, 1, "x", NULL, INFEXT_OK, "*only=d6 |");
    expect_destination(r, "[fd00:1::6]:8200");
    expect_json(r, "{\"primaryProfile\":\"only\",\"profiles\":{\"only\":{\"endpoints\":"
                   "[\"pool/d6\"]}}}");
    end(&w);
}

/* The encode header lists every encode endpoint. No built-in decider runs
 * the encode stage, so the handler's results step is given a result in
 * which encode, prefill and decode ran. */
static void test_encoder_header(void **state)
{
    (void)state;
    infext_workspace *ws = NULL;
    assert_int_equal(infext_workspace_new(&ws), INFEXT_OK);
    infext_endpoint *enc1 = server("e1", "encode", "10.0.2.1", 8100, 0);
    infext_endpoint *enc2 = server("e2", "encode", "fd00:2::2", 8100, 0);
    infext_endpoint *pre = server("p", "prefill", "10.0.0.9", 8000, 0);
    infext_endpoint *dec = server("d", "decode", "10.0.1.9", 8200, 0);
    const infext_endpoint *encs[] = {enc1, enc2}, *pres[] = {pre}, *decs[] = {dec};
    infext__sched_profile_result prs[3] = {
        {"enc", true, INFEXT_OK, NULL, encs, 2, 2},
        {"pre", true, INFEXT_OK, NULL, pres, 1, 1},
        {"dec", true, INFEXT_OK, NULL, decs, 1, 1},
    };
    infext_result res = {.profiles = prs, .profiles_len = 3, .primary = SIZE_MAX};
    infext_request *req = NULL;
    assert_int_equal(infext_request_new(&req), INFEXT_OK);
    infext__sched_cycle_begin(&ws->cycle, req, 1);
    const infext_plugin_type *t = &infext__sched_disagg_profile_handler;
    infext_plugin_create_args args = {0};
    args.parameters_json = "{\"profiles\":{\"decode\":\"dec\",\"prefill\":\"pre\",\"encode\":\"enc\"}}";
    args.path = "parameters";
    void *st = NULL;
    assert_int_equal(t->create(&st, &args), INFEXT_OK);
    assert_int_equal(t->process_results(st, &ws->cycle, req, &res), INFEXT_OK);
    char got[512];
    describe(got, sizeof(got), &res);
    assert_string_equal(got, "enc=e1,e2;pre=p;*dec=d | x-prefiller-host-port=10.0.0.9:8000;"
                             "x-encoder-hosts-ports=10.0.2.1:8100,[fd00:2::2]:8100");
    /* out of range and NULL */
    assert_null(infext_result_header_name_at(&res, 2));
    assert_null(infext_result_header_value_at(&res, 2));
    assert_int_equal(infext_result_headers_count(NULL), 0);
    assert_null(infext_result_header_name_at(NULL, 0));
    assert_null(infext_result_header_value_at(NULL, 0));
    int32_t port = 5;
    assert_false(infext_result_get_target_port(&port, NULL));
    assert_int_equal(port, 5);
    t->destroy(st);
    infext_request_free(req);
    infext_endpoint_free(enc1);
    infext_endpoint_free(enc2);
    infext_endpoint_free(pre);
    infext_endpoint_free(dec);
    infext_workspace_free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_disagg_prefill_header), cmocka_unit_test(test_disagg_prefill_first),
        cmocka_unit_test(test_pd_profile_handler),    cmocka_unit_test(test_data_parallel),
        cmocka_unit_test(test_encoder_header),        cmocka_unit_test(test_headers_handler),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
