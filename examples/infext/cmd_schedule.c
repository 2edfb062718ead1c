/* infext schedule: admit the request as the endpoint picker does (503 with
 * no candidate, 429 for a sheddable request on a saturated pool), run one
 * scheduling cycle over endpoints from a file and print which endpoints
 * each profile picked, and why the request was admitted or refused. */
#include "cli.h"

#include <infext/epc.h>
#include <infext/protocol.h>
#include <infext/saturation.h>
#include <infext/scheduler.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int infext_cmd_schedule(int argc, char **argv);

#define MAX_PLUGINS 32

static void schedule_help(FILE *out)
{
    fprintf(out,
            "usage: infext schedule [--config EPP.yaml] --endpoints ENDPOINTS.json\n"
            "                       [--request REQUEST.json] [--plugin LIB.so]...\n"
            "                       [--body BODY.json [--path PATH]]\n"
            "                       [--seed N] [--now NS] [-o json|text]\n"
            "\n"
            "Builds a scheduler from an EndpointPickerConfig (without --config, the\n"
            "endpoint picker's default set: queue-scorer 2, kv-cache-utilization-scorer 2,\n"
            "prefix-cache-scorer 3) and schedules one request over the endpoints.\n"
            "First, as the endpoint picker does, the request is admitted or refused: with\n"
            "no endpoint the answer is 503; a sheddable request (priority below 0) on a\n"
            "saturated pool (the config's saturationDetector) is shed with 429. The\n"
            "output says which, and why (the pool's saturation, each endpoint's reasons).\n"
            "\n"
            "  --endpoints FILE  JSON array of {name, namespace, address, port, labels,\n"
            "                    metrics: {waitingQueueSize, runningRequests, kvCacheUsage,\n"
            "                    activeModels, waitingModels, maxActiveModels,\n"
            "                    cacheBlockSize, cacheNumGPUBlocks, updateTime}}\n"
            "  --request FILE    {requestId, model, headers, priority, prompt | body}\n"
            "                    (body: an OpenAI completions or chat request)\n"
            "  --body FILE       the raw request body (OpenAI, Anthropic Messages or vLLM\n"
            "                    generate), read by the parser the request path selects\n"
            "                    among the config's (without any, openai-parser,\n"
            "                    anthropic-parser, vllmhttp-parser)\n"
            "  --path PATH       the request path for --body (default: the request's\n"
            "                    :path header, else /v1/completions)\n"
            "  --plugin LIB      load plugin types from a shared object (repeatable)\n"
            "  --seed N          seed the random choices (ties, random pickers)\n"
            "  --now NS          the time, in ns since the epoch, against which the\n"
            "                    endpoints' metrics.updateTime is judged stale (default:\n"
            "                    the current time); when no endpoint has one, the file\n"
            "                    counts as measured then\n"
            "  -o json|text      output format (default json)\n"
            "\n"
            "When the request is refused, or admitted but nothing is picked, the output\n"
            "also gives the response a proxy sends instead (503 or 429, and its body).\n"
            "When the profile handler asks for request headers (the P/D handlers'\n"
            "x-prefiller-host-port, the data-parallel x-data-parallel-host-port) or\n"
            "another port (primaryPort), the output gives them: \"headers\" (null: remove\n"
            "the header) and \"targetPort\" in JSON, `header NAME: VALUE` and\n"
            "`target port: N` lines in text.\n"
            "\n"
            "Exit status: 0 an endpoint was picked, 1 the request was refused (503, 429)\n"
            "or the primary profile picked none, 2 usage error, unreadable input or bad\n"
            "config.\n");
}

typedef struct options {
    const char *config, *endpoints, *request, *body, *path;
    const char *plugins[MAX_PLUGINS];
    size_t n_plugins;
    bool seeded;
    uint64_t seed;
    int64_t now;
    bool text;
} options;

static int usage_error(const char *msg, const char *arg)
{
    fprintf(stderr, "infext schedule: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr, "Try 'infext schedule --help'.\n");
    return CLI_USAGE;
}

static int parse_args(options *o, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_is_help(a)) {
            schedule_help(stdout);
            return -1;
        }
        if (i + 1 >= argc) return usage_error("missing value or unknown option", a);
        const char *v = argv[++i];
        if (strcmp(a, "--config") == 0) o->config = v;
        else if (strcmp(a, "--endpoints") == 0) o->endpoints = v;
        else if (strcmp(a, "--request") == 0) o->request = v;
        else if (strcmp(a, "--body") == 0) o->body = v;
        else if (strcmp(a, "--path") == 0) o->path = v;
        else if (strcmp(a, "--plugin") == 0) {
            if (o->n_plugins == MAX_PLUGINS) return usage_error("too many --plugin options", NULL);
            o->plugins[o->n_plugins++] = v;
        } else if (strcmp(a, "--seed") == 0) {
            char *end;
            errno = 0;
            o->seed = strtoull(v, &end, 0);
            if (errno || *end || !*v) return usage_error("--seed wants a number", v);
            o->seeded = true;
        } else if (strcmp(a, "--now") == 0) {
            char *end;
            errno = 0;
            long long now = strtoll(v, &end, 10);
            if (errno || *end || !*v || now <= 0)
                return usage_error("--now wants a positive number of ns", v);
            o->now = (int64_t)now;
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
            if (strcmp(v, "json") == 0) o->text = false;
            else if (strcmp(v, "text") == 0) o->text = true;
            else return usage_error("-o wants json or text", v);
        } else {
            return usage_error("unknown option", a);
        }
    }
    if (!o->endpoints) return usage_error("--endpoints is required", NULL);
    if (o->path && !o->body) return usage_error("--path goes with --body", NULL);
    return 0;
}

/* Report a failed call with its diagnostics; returns CLI_USAGE. */
static int failed(const char *file, const char *what, infext_status st, infext_diags *diags)
{
    fprintf(stderr, "infext schedule: %s: %s: %s\n", file, what, infext_strerror(st));
    cli_print_diags(file, diags);
    return CLI_USAGE;
}

static void print_text(const infext_result *r)
{
    const char *primary = infext_result_get_primary_name(r);
    printf("primary profile: %s\n", primary ? primary : "(none)");
    for (size_t i = 0; i < infext_result_profiles_count(r); i++) {
        if (!infext_result_profile_ran(r, i)) continue;
        printf("%s:", infext_result_profile_name_at(r, i));
        size_t n = infext_result_profile_endpoints_count(r, i);
        for (size_t j = 0; j < n; j++)
            printf(" %s",
                   infext_endpoint_get_namespaced_name(infext_result_profile_endpoint_at(r, i, j)));
        if (!n) printf(" (none: %s)", infext_result_profile_error(r, i));
        printf("\n");
    }
    /* what the proxy does to the request it forwards */
    for (size_t i = 0; i < infext_result_headers_count(r); i++) {
        const char *value = infext_result_header_value_at(r, i);
        printf("header %s: %s\n", infext_result_header_name_at(r, i), value ? value : "(removed)");
    }
    int32_t port;
    if (infext_result_get_target_port(&port, r)) printf("target port: %d\n", (int)port);
}

typedef struct inputs {
    infext_object *config; /* an EndpointPickerConfig of either kind */
    infext_registry *reg;
    infext_endpoint_list *endpoints;
    infext_request *req;
    infext_scheduler *sched;
    infext_workspace *ws;
    infext_saturation_detector *detector;
    infext_saturation_report *report;
} inputs;

static void release(inputs *in)
{
    infext_saturation_report_free(in->report);
    infext_saturation_detector_free(in->detector);
    infext_workspace_free(in->ws);
    infext_scheduler_free(in->sched);
    infext_request_free(in->req);
    infext_endpoint_list_free(in->endpoints);
    infext_registry_free(in->reg);
    infext_object_free(in->config);
}

/* Read the file and hand its bytes to `decode`; 0 or CLI_USAGE. */
static int load(const char *file, const char *what, infext_diags *diags,
                infext_status (*decode)(void *out, const char *, size_t, infext_diags *),
                void *out)
{
    char *data;
    size_t len;
    if (cli_read_input(file, &data, &len) != 0) return CLI_USAGE;
    infext_status st = decode(out, data, len, diags);
    free(data);
    return st == INFEXT_OK ? 0 : failed(file, what, st, diags);
}

static infext_status decode_config(void *out, const char *data, size_t len, infext_diags *d)
{
    infext_decode_options o = INFEXT_DECODE_OPTIONS_INIT;
    o.unknown = INFEXT_UNKNOWN_STRICT;
    infext_object **obj = out;
    infext_status st = infext_decode(obj, data, len, &o, d);
    if (st == INFEXT_OK && !infext_object_as_v1alpha1_endpoint_picker_config(*obj) &&
        !infext_object_as_llmd_v1alpha1_endpoint_picker_config(*obj)) {
        infext_object_free(*obj);
        *obj = NULL;
        return INFEXT_EKIND;
    }
    return st;
}

static infext_status decode_endpoints(void *out, const char *data, size_t len, infext_diags *d)
{
    return infext_endpoint_list_decode_json(out, data, len, d);
}

static infext_status decode_request(void *out, const char *data, size_t len, infext_diags *d)
{
    return infext_request_decode_json(out, data, len, d);
}

/* The saturation detector reads the GIE form of the config; an llm-d.ai
 * config (detector under flowControl) is read through its migration to
 * GIE v1.5, which moves the detector to the top level. What that migration
 * would drop concerns other sections, so its notes are not shown. */
static infext_status new_detector(infext_saturation_detector **out, infext_object *config,
                                  infext_diags *diags)
{
    if (!config || infext_object_as_v1alpha1_endpoint_picker_config(config))
        return infext_saturation_detector_new(
            out, config ? infext_object_as_v1alpha1_endpoint_picker_config(config) : NULL, diags);
    infext_diags *notes = NULL;
    infext_object *gie = NULL;
    infext_status st = infext_diags_new(&notes);
    if (st == INFEXT_OK)
        st = infext_epc_migrate(&gie, config, INFEXT_EPC_DIALECT_GIE_V1_5,
                                INFEXT_EPC_MIGRATE_ALLOW_LOSSY, notes);
    if (st == INFEXT_OK)
        st = infext_saturation_detector_new(out, infext_object_as_v1alpha1_endpoint_picker_config(gie),
                                            diags);
    else
        for (size_t i = 0; i < infext_diags_count(notes); i++) {
            const infext_diag *d = infext_diags_at(notes, i);
            if (infext_diag_severity(d) == INFEXT_SEVERITY_ERROR)
                infext_diags_add(diags, INFEXT_SEVERITY_ERROR, infext_diag_type(d), infext_diag_path(d),
                                 infext_diag_message(d), infext_diag_line(d), infext_diag_column(d));
        }
    infext_object_free(gie);
    infext_diags_free(notes);
    return st;
}

static int build(inputs *in, const options *o, infext_diags *diags)
{
    if (o->config && load(o->config, "cannot decode the config", diags, decode_config,
                          &in->config) != 0)
        return CLI_USAGE;
    if (load(o->endpoints, "cannot decode the endpoints", diags, decode_endpoints,
             &in->endpoints) != 0)
        return CLI_USAGE;
    if (o->request) {
        if (load(o->request, "cannot decode the request", diags, decode_request, &in->req) != 0)
            return CLI_USAGE;
    } else if (infext_request_new(&in->req) != INFEXT_OK) {
        return failed("(request)", "cannot create", INFEXT_ENOMEM, diags);
    }
    infext_status st = infext_registry_new(&in->reg);
    if (st != INFEXT_OK) return failed("(registry)", "cannot create", st, diags);
    for (size_t i = 0; i < o->n_plugins; i++) {
        st = infext_registry_load(in->reg, o->plugins[i], diags);
        if (st != INFEXT_OK) return failed(o->plugins[i], "cannot load the plugin", st, diags);
    }
    infext_scheduler_options so = INFEXT_SCHEDULER_OPTIONS_INIT;
    if (o->seeded) {
        so.flags |= INFEXT_SCHEDULER_SEEDED;
        so.seed = o->seed;
    }
    st = infext_scheduler_new_from_object(&in->sched, in->config, in->reg, &so, diags);
    if (st != INFEXT_OK)
        return failed(o->config ? o->config : "(default config)", "bad scheduler config", st,
                      diags);
    st = new_detector(&in->detector, in->config, diags);
    if (st != INFEXT_OK)
        return failed(o->config ? o->config : "(default config)", "bad saturation detector", st,
                      diags);
    cli_print_diags(o->config ? o->config : "(default config)", diags); /* warnings */
    infext_diags_clear(diags);
    if (o->body) {
        char *data;
        size_t len;
        if (cli_read_input(o->body, &data, &len) != 0) return CLI_USAGE;
        st = infext_request_set_body(in->req, in->sched, o->path, data, len, diags);
        free(data);
        if (st != INFEXT_OK) return failed(o->body, "cannot parse the request body", st, diags);
    }
    st = infext_workspace_new(&in->ws);
    if (st == INFEXT_OK) st = infext_saturation_report_new(&in->report);
    return st == INFEXT_OK ? 0 : failed("(workspace)", "cannot create", st, diags);
}

/* ----------------------------------------------------------- admission -- */

/* Why the request was admitted or refused, in words: a short sentence in
 * buf. `verdict` is the immediate response, or -1 when admitted. */
static void admission_reason(char *buf, size_t cap, const inputs *in, int verdict)
{
    const infext_saturation_report *rep = in->report;
    int32_t prio = 0;
    bool has_prio = infext_request_get_priority(&prio, in->req);
    size_t n = 0;
    if (verdict == INFEXT_RESPONSE_NO_ENDPOINT) {
        snprintf(buf, cap, "the pool has no candidate endpoint");
        return;
    }
    bool legacy = infext_saturation_report_mode(rep) == INFEXT_SATURATION_LEGACY;
    char pool[128];
    if (legacy)
        snprintf(pool, sizeof pool, "%s (legacy detector: %s)",
                 infext_saturation_report_saturated(rep) ? "saturated" : "not saturated",
                 infext_saturation_report_saturated(rep) ? "no endpoint has capacity"
                                                         : "an endpoint has capacity");
    else
        snprintf(pool, sizeof pool, "%s (utilization detector: pool saturation %g %s 1)",
                 infext_saturation_report_saturated(rep) ? "saturated" : "not saturated",
                 infext_saturation_report_pool_saturation(rep),
                 infext_saturation_report_saturated(rep) ? ">=" : "<");
    if (!has_prio)
        n = (size_t)snprintf(buf, cap, "no priority: not sheddable; the pool is %s", pool);
    else if (prio >= 0)
        n = (size_t)snprintf(buf, cap, "priority %d: not sheddable; the pool is %s", (int)prio,
                             pool);
    else
        n = (size_t)snprintf(buf, cap, "priority %d: sheddable, and the pool is %s", (int)prio,
                             pool);
    if (!infext_saturation_report_saturated(rep)) return;
    /* the endpoints that count against the pool, and why */
    static const char *const why[] = {"stale", "queue", "kvCache"};
    const char *sep = ": ";
    for (size_t i = 0; i < infext_saturation_report_endpoints_count(rep) && n < cap; i++) {
        unsigned bits = infext_saturation_report_endpoint_reasons(rep, i);
        if (!bits) continue;
        n += (size_t)snprintf(buf + n, cap - n, "%s%s", sep,
                              infext_endpoint_get_namespaced_name(
                                  infext_saturation_report_endpoint_at(rep, i)));
        sep = ", ";
        for (unsigned b = 0; b < 3 && n < cap; b++)
            if (bits & (1u << b)) n += (size_t)snprintf(buf + n, cap - n, " %s", why[b]);
    }
}

/* Admit or refuse: -1 admitted, else the immediate response. When no
 * endpoint of the file has metrics.updateTime, the file is a snapshot
 * taken `now`; otherwise its times are taken as they are (an endpoint
 * without one was never updated: stale, as in the endpoint picker). */
static int admit(inputs *in, const options *o)
{
    int64_t now = o->now;
    if (!now) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        now = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    }
    size_t count = infext_endpoint_list_count(in->endpoints);
    infext_endpoint *const *eps = infext_endpoint_list_items(in->endpoints);
    bool timed = false;
    for (size_t i = 0; i < count; i++) timed |= infext_endpoint_get_update_time(eps[i]) != 0;
    for (size_t i = 0; i < count && !timed; i++) infext_endpoint_set_update_time(eps[i], now);
    if (infext_saturation_check(in->report, in->detector, eps, count, now) != INFEXT_OK)
        return INFEXT_RESPONSE_SHED; /* out of memory: the report says saturated */
    if (!count) return INFEXT_RESPONSE_NO_ENDPOINT;
    return infext_saturation_admit(in->report, in->req) == INFEXT_ADMISSION_SHED
               ? INFEXT_RESPONSE_SHED
               : -1;
}

static void json_string(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') printf("\\%c", c);
        else if (c < 0x20) printf("\\u%04x", c);
        else putchar(c);
    }
    putchar('"');
}

/* The "admission" member: decision, reason and the saturation report. */
static void print_admission_json(const inputs *in, int verdict, const char *reason)
{
    printf("\"admission\":{\"decision\":\"%s\",\"reason\":", verdict < 0 ? "admit" : "refuse");
    json_string(reason);
    char *rep = NULL;
    if (infext_saturation_report_encode_json(&rep, NULL, in->report) == INFEXT_OK)
        printf(",\"saturation\":%s", rep);
    infext_free(rep);
    printf("}");
}

/* The "response" member: the immediate response a proxy sends instead. */
static void print_response_json(infext_protocol_response resp)
{
    printf(",\"response\":{\"status\":%d,\"body\":", infext_protocol_response_status(resp));
    json_string(infext_protocol_response_body(resp));
    printf("}");
}

int infext_cmd_schedule(int argc, char **argv)
{
    options o;
    memset(&o, 0, sizeof(o));
    int rc = parse_args(&o, argc, argv);
    if (rc) return rc < 0 ? CLI_OK : rc;
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) return CLI_USAGE;
    inputs in;
    memset(&in, 0, sizeof(in));
    rc = build(&in, &o, diags);
    int verdict = rc == 0 ? admit(&in, &o) : -1;
    char reason[1024] = "";
    if (rc == 0) admission_reason(reason, sizeof reason, &in, verdict);
    if (rc == 0 && verdict >= 0) {
        infext_protocol_response resp = (infext_protocol_response)verdict;
        if (o.text) {
            printf("admission: refused with %d: %s\n", infext_protocol_response_status(resp),
                   reason);
            printf("response: %d %s\n", infext_protocol_response_status(resp),
                   infext_protocol_response_body(resp));
        } else {
            printf("{");
            print_admission_json(&in, verdict, reason);
            print_response_json(resp);
            printf("}\n");
        }
        rc = CLI_INVALID;
    } else if (rc == 0) {
        const infext_result *r = NULL;
        infext_status st = infext_scheduler_schedule(
            &r, in.sched, in.ws, in.req, infext_endpoint_list_items(in.endpoints),
            infext_endpoint_list_count(in.endpoints), diags);
        if (!r) {
            rc = failed(o.endpoints, "scheduling failed", st, diags);
        } else {
            char *json = NULL;
            /* admitted, but nothing picked: the picker answers 429 */
            bool none = st != INFEXT_OK;
            size_t len = 0;
            if (o.text) {
                print_text(r);
                printf("admission: admitted: %s\n", reason);
                if (none)
                    printf("response: %d %s\n",
                           infext_protocol_response_status(INFEXT_RESPONSE_NO_TARGET),
                           infext_protocol_response_body(INFEXT_RESPONSE_NO_TARGET));
            } else if (infext_result_encode_json(&json, &len, r) == INFEXT_OK && len >= 2) {
                /* one object: the result's members, then the admission */
                printf("%.*s%s", (int)(len - 1), json, len > 2 ? "," : "");
                print_admission_json(&in, -1, reason);
                if (none) print_response_json(INFEXT_RESPONSE_NO_TARGET);
                printf("}\n");
            }
            infext_free(json);
            rc = st == INFEXT_OK ? CLI_OK : CLI_INVALID;
        }
    }
    release(&in);
    infext_diags_free(diags);
    return rc;
}

CLI_COMMAND(schedule_command, "schedule", "pick endpoints for a request, as the endpoint picker",
            infext_cmd_schedule, schedule_help)
