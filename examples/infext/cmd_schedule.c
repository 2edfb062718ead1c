/* infext schedule: run one scheduling cycle over endpoints from a file and
 * print which endpoints each profile picked. */
#include "cli.h"

#include <infext/scheduler.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int infext_cmd_schedule(int argc, char **argv);

#define MAX_PLUGINS 32

static void schedule_help(FILE *out)
{
    fprintf(out,
            "usage: infext schedule [--config EPP.yaml] --endpoints ENDPOINTS.json\n"
            "                       [--request REQUEST.json] [--plugin LIB.so]...\n"
            "                       [--seed N] [-o json|text]\n"
            "\n"
            "Builds a scheduler from an EndpointPickerConfig (without --config, the\n"
            "endpoint picker's default set: queue-scorer 2, kv-cache-utilization-scorer 2,\n"
            "prefix-cache-scorer 3) and schedules one request over the endpoints.\n"
            "\n"
            "  --endpoints FILE  JSON array of {name, namespace, address, port, labels,\n"
            "                    metrics: {waitingQueueSize, runningRequests, kvCacheUsage,\n"
            "                    activeModels, waitingModels, maxActiveModels,\n"
            "                    cacheBlockSize, cacheNumGPUBlocks}}\n"
            "  --request FILE    {requestId, model, headers, priority, prompt | body}\n"
            "                    (body: an OpenAI completions or chat request)\n"
            "  --plugin LIB      load plugin types from a shared object (repeatable)\n"
            "  --seed N          seed the random choices (ties, random pickers)\n"
            "  -o json|text      output format (default json)\n"
            "\n"
            "Exit status: 0 an endpoint was picked, 1 the primary profile picked none,\n"
            "2 usage error, unreadable input or bad config.\n");
}

typedef struct options {
    const char *config, *endpoints, *request;
    const char *plugins[MAX_PLUGINS];
    size_t n_plugins;
    bool seeded;
    uint64_t seed;
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
        else if (strcmp(a, "--plugin") == 0) {
            if (o->n_plugins == MAX_PLUGINS) return usage_error("too many --plugin options", NULL);
            o->plugins[o->n_plugins++] = v;
        } else if (strcmp(a, "--seed") == 0) {
            char *end;
            errno = 0;
            o->seed = strtoull(v, &end, 0);
            if (errno || *end || !*v) return usage_error("--seed wants a number", v);
            o->seeded = true;
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
            if (strcmp(v, "json") == 0) o->text = false;
            else if (strcmp(v, "text") == 0) o->text = true;
            else return usage_error("-o wants json or text", v);
        } else {
            return usage_error("unknown option", a);
        }
    }
    if (!o->endpoints) return usage_error("--endpoints is required", NULL);
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
}

typedef struct inputs {
    infext_object *config; /* an EndpointPickerConfig of either kind */
    infext_registry *reg;
    infext_endpoint_list *endpoints;
    infext_request *req;
    infext_scheduler *sched;
    infext_workspace *ws;
} inputs;

static void release(inputs *in)
{
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
    cli_print_diags(o->config ? o->config : "(default config)", diags); /* warnings */
    infext_diags_clear(diags);
    st = infext_workspace_new(&in->ws);
    return st == INFEXT_OK ? 0 : failed("(workspace)", "cannot create", st, diags);
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
    if (rc == 0) {
        const infext_result *r = NULL;
        infext_status st = infext_scheduler_schedule(
            &r, in.sched, in.ws, in.req, infext_endpoint_list_items(in.endpoints),
            infext_endpoint_list_count(in.endpoints), diags);
        if (!r) {
            rc = failed(o.endpoints, "scheduling failed", st, diags);
        } else {
            char *json = NULL;
            if (o.text) print_text(r);
            else if (infext_result_encode_json(&json, NULL, r) == INFEXT_OK) printf("%s\n", json);
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
