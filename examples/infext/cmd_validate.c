/* infext validate: the API server's verdict on manifests, for CI. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void validate_help(FILE *out)
{
    fprintf(out,
            "usage: infext validate [-o text|json] [--allow-unknown] [--bundle B]\n"
            "                       [--plugin LIB.so]... FILE|- ...\n\n"
            "Validate every document of every input (YAML or JSON, any number of\n"
            "documents; - is standard input) as a Kubernetes API server with the\n"
            "CRDs of one bundle installed would, after applying defaults.\n"
            "EndpointPickerConfig files get the endpoint picker's own checks: its\n"
            "loader's (names, references, plugin types and their parameters, pickers\n"
            "and profile handlers) without building a scheduler.\n\n"
            "  -o text   one line per error: FILE:LINE:COL: KIND/NAME: FIELD: MESSAGE,\n"
            "            and per warning: FILE:LINE:COL: warning: KIND/NAME: FIELD: MESSAGE\n"
            "            (the default; valid documents without warnings print nothing)\n"
            "  -o json   one line per document:\n"
            "            {\"file\":F,\"index\":N,\"apiVersion\":A,\"kind\":K,\"name\":NAME,\n"
            "             \"valid\":BOOL,\"errors\":[{\"field\":P,\"type\":T,\"message\":M,\n"
            "             \"line\":L,\"column\":C}],\"warnings\":[...]}  (line and column only\n"
            "            when known; warnings, of the same form, only when there are any)\n"
            "  --allow-unknown  accept fields the schema does not know, as the server's\n"
            "            pruning would; by default each is an error of type Unknown, as\n"
            "            kubectl's strict field validation reports it\n"
            "  --plugin LIB  load plugin types from a shared object (repeatable), so\n"
            "            that EndpointPickerConfigs may name them\n");
    cli_bundle_help(out);
    fprintf(out,
            "\nExit status: 0 when every document is valid (warnings alone do not make it\n"
            "invalid: a weight 0, a value the loader ignores), 1 when any is invalid, 2 on a\n"
            "usage error or input that cannot be read or decoded (the documents before\n"
            "the failure are still reported; the failure goes to stderr).\n");
}

static void json_string(const char *s)
{
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') printf("\\%c", *p);
        else if (*p == '\n') fputs("\\n", stdout);
        else if (*p == '\t') fputs("\\t", stdout);
        else if (*p == '\r') fputs("\\r", stdout);
        else if (*p < 0x20 || *p == 0x7f) printf("\\u%04x", *p);
        else putchar(*p);
    }
    putchar('"');
}

typedef struct doc_report {
    const char *file;
    size_t index;
    const char *api_version;
    const char *kind;
    const char *name;
    const infext_diags *diags;
} doc_report;

static size_t count_of(const infext_diags *diags, infext_severity severity)
{
    size_t n = 0;
    for (size_t i = 0; i < infext_diags_count(diags); i++)
        if (infext_diag_severity(infext_diags_at(diags, i)) == severity) n++;
    return n;
}

/* The diagnostics of one severity as a JSON array's members. */
static void json_diags(const infext_diags *diags, infext_severity severity)
{
    size_t written = 0;
    for (size_t i = 0; i < infext_diags_count(diags); i++) {
        const infext_diag *d = infext_diags_at(diags, i);
        if (infext_diag_severity(d) != severity) continue;
        fputs(written++ ? ",{\"field\":" : "{\"field\":", stdout);
        json_string(infext_diag_path(d));
        fputs(",\"type\":", stdout);
        json_string(infext_error_type_id(infext_diag_type(d)));
        fputs(",\"message\":", stdout);
        json_string(infext_diag_message(d));
        if (infext_diag_line(d)) printf(",\"line\":%u,\"column\":%u", infext_diag_line(d), infext_diag_column(d));
        putchar('}');
    }
}

static void print_json(const doc_report *r)
{
    printf("{\"file\":");
    json_string(r->file);
    printf(",\"index\":%zu,\"apiVersion\":", r->index);
    json_string(r->api_version);
    fputs(",\"kind\":", stdout);
    json_string(r->kind);
    fputs(",\"name\":", stdout);
    json_string(r->name);
    printf(",\"valid\":%s,\"errors\":[", count_of(r->diags, INFEXT_SEVERITY_ERROR) ? "false" : "true");
    json_diags(r->diags, INFEXT_SEVERITY_ERROR);
    putchar(']');
    if (count_of(r->diags, INFEXT_SEVERITY_WARNING)) { /* only when there are any */
        fputs(",\"warnings\":[", stdout);
        json_diags(r->diags, INFEXT_SEVERITY_WARNING);
        putchar(']');
    }
    fputs("}\n", stdout);
}

static void print_text(const doc_report *r)
{
    for (size_t i = 0; i < infext_diags_count(r->diags); i++) {
        const infext_diag *d = infext_diags_at(r->diags, i);
        if (infext_diag_line(d)) printf("%s:%u:%u: ", r->file, infext_diag_line(d), infext_diag_column(d));
        else printf("%s: ", r->file);
        if (infext_diag_severity(d) == INFEXT_SEVERITY_WARNING) fputs("warning: ", stdout);
        if (*r->kind || *r->name) printf("%s/%s: ", r->kind, r->name); /* a document may give neither */
        if (*infext_diag_path(d)) printf("%s: ", infext_diag_path(d));
        printf("%s\n", infext_diag_message(d));
    }
}

typedef struct run_options {
    int json;
    infext_validate_options validate;
    infext_registry *reg; /* the plugin types EndpointPickerConfigs may name */
} run_options;

/* Validate every document of one input; returns the exit status it earns. */
static int validate_input(const char *file, const char *data, size_t len, const run_options *ro,
                          infext_diags *diags)
{
    infext_decode_options dopts = INFEXT_DECODE_OPTIONS_INIT;
    dopts.unknown = INFEXT_UNKNOWN_PRESERVE;
    dopts.flags = INFEXT_DECODE_KEEP_GOING | INFEXT_DECODE_POSITIONS;
    infext_reader *reader = NULL;
    infext_status st = infext_reader_new(&reader, data, len, &dopts);
    if (st != INFEXT_OK) {
        fprintf(stderr, "infext validate: %s: %s\n", file, infext_strerror(st));
        return CLI_USAGE;
    }
    int status = CLI_OK;
    for (;;) {
        infext_object *obj = NULL;
        infext_diags_clear(diags);
        st = infext_reader_next(&obj, reader, diags);
        if (st == INFEXT_OK && !obj) break;
        doc_report r = {file, infext_reader_document_index(reader), "", "", "", diags};
        if (st == INFEXT_OK) {
            st = infext_validate(obj, &ro->validate, diags);
            /* an EndpointPickerConfig: also what the loader would refuse */
            if (st == INFEXT_OK || st == INFEXT_EVALIDATION) {
                infext_status cst = infext_scheduler_check(obj, ro->reg, diags);
                if (cst == INFEXT_ECONFIG) st = INFEXT_EVALIDATION;
                else if (cst != INFEXT_OK && cst != INFEXT_EKIND) st = cst;
            }
            r.api_version = infext_object_api_version(obj);
            r.kind = infext_object_kind_name(obj);
            r.name = infext_object_name(obj) ? infext_object_name(obj) : "";
            if (st != INFEXT_OK && st != INFEXT_EVALIDATION) {
                fprintf(stderr, "infext validate: %s: %s\n", file, infext_strerror(st));
                infext_object_free(obj);
                status = CLI_USAGE;
                break;
            }
        } else if (st != INFEXT_EKIND) {
            /* Text that cannot be decoded: exit 2. After a syntax error or a
             * limit the rest of the stream cannot be read. */
            cli_print_diags(file, diags);
            status = CLI_USAGE;
            if (st == INFEXT_EPARSE || st == INFEXT_ELIMIT || st == INFEXT_ENOMEM) break;
            continue;
        }
        if (st == INFEXT_EKIND) { /* name the document as it names itself */
            const char *api_version = NULL, *kind = NULL;
            infext_reader_document_type(reader, &api_version, &kind);
            r.api_version = api_version ? api_version : "";
            r.kind = kind ? kind : "";
            r.name = infext_reader_document_name(reader) ? infext_reader_document_name(reader) : "";
        }
        /* a missing or foreign apiVersion/kind is a verdict, not a failure */
        if (count_of(diags, INFEXT_SEVERITY_ERROR) && status == CLI_OK) status = CLI_INVALID;
        if (ro->json) print_json(&r);
        else print_text(&r);
        infext_object_free(obj);
    }
    infext_reader_free(reader);
    return status;
}

static int validate_option(void *ctx, int argc, char **argv, int *i)
{
    run_options *ro = ctx;
    int taken = cli_bundle_option("infext validate", argc, argv, i, &ro->validate.bundle);
    if (taken) return taken;
    taken = cli_plugin_option("infext validate", argc, argv, i, &ro->reg);
    if (taken) return taken;
    if (!strcmp(argv[*i], "--allow-unknown")) {
        ro->validate.flags |= INFEXT_VALIDATE_ALLOW_UNKNOWN;
        return 1;
    }
    if (strcmp(argv[*i], "-o") && strcmp(argv[*i], "--output")) return 0;
    if (*i + 1 >= argc || (strcmp(argv[*i + 1], "text") && strcmp(argv[*i + 1], "json"))) {
        fprintf(stderr, "infext validate: -o takes text or json\n");
        return -1;
    }
    ro->json = !strcmp(argv[++*i], "json");
    return 1;
}

static int validate_run(int argc, char **argv)
{
    run_options ro = {0, INFEXT_VALIDATE_OPTIONS_INIT, NULL};
    const char **files = calloc((size_t)argc, sizeof(char *));
    size_t n_files = 0;
    if (!files) return CLI_USAGE;
    int parsed = cli_parse_inputs("infext validate", validate_help, validate_option, &ro, argc, argv, files, &n_files);
    infext_diags *diags = NULL;
    if (parsed != 0 || infext_diags_new(&diags) != INFEXT_OK) {
        free(files);
        infext_registry_free(ro.reg);
        return parsed > 0 ? CLI_OK : CLI_USAGE;
    }
    int status = CLI_OK;
    for (size_t f = 0; f < n_files; f++) {
        char *data = NULL;
        size_t len = 0;
        int st = cli_read_input(files[f], &data, &len) != 0 ? CLI_USAGE
                                                            : validate_input(files[f], data, len, &ro, diags);
        free(data);
        if (st > status) status = st;
    }
    infext_diags_free(diags);
    infext_registry_free(ro.reg);
    free(files);
    return status;
}

CLI_COMMAND(validate_command, "validate", "check documents as the API server would, with its messages",
            validate_run, validate_help)
