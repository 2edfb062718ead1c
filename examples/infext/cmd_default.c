/* infext default: apply the API server's defaults (and the endpoint
 * picker loader's) to every document. */
#include "cli.h"

static void default_help(FILE *out)
{
    fprintf(out,
            "usage: infext default [-o json|yaml] [--bundle B] [--plugin LIB.so]... FILE|- ...\n\n"
            "Apply defaults to every document of every input and write the stream\n"
            "back in the same order: the CRDs' schema defaults where a field is absent,\n"
            "as the Kubernetes API server applies them (a v1alpha2 InferencePool without\n"
            "status gets the synthetic default parent), and for an EndpointPickerConfig\n"
            "what the loader of its dialect adds before it runs it: plugin names, a\n"
            "default profile, a profile handler, pickers, scorer weights 1, the\n"
            "producers plugins depend on; for GIE v1.0-v1.2 the saturation detector's\n"
            "thresholds (one it cannot use is replaced, with a warning on stderr); from\n"
            "GIE v1.4 on the flow-control policies; from GIE v1.5 on the parser(s), the\n"
            "saturation detector plugin and the data layer's metrics source (a config\n"
            "the loader would refuse, or one mixing dialects, is reported, exit 1).\n"
            "Nothing else is validated or removed. Documents of other API\n"
            "groups (a Deployment, a Service) are copied as they are.\n"
            "YAML output is a '---' separated stream, JSON output one compact document\n"
            "per line; the default output format is the format of the first input.\n"
            "Only the defaults of the bundle's CRDs apply (appProtocol: http from v1.4.0\n"
            "on); a document of a kind the bundle does not serve is refused.\n");
    fprintf(out, "\n  --plugin LIB  load plugin types from a shared object (repeatable), so\n"
                 "            that EndpointPickerConfigs may name them\n");
    cli_bundle_help(out);
    fprintf(out,
            "\nExit status: 0 when every document was written; 1 when a document's kind is\n"
            "not served by the bundle or an EndpointPickerConfig has errors; 2 when an\n"
            "input could not be read or decoded.\n"
            "Unless it is 0, nothing is written.\n");
}

typedef struct default_ctx {
    infext_diags *diags;
    infext_default_options opts;
    infext_registry *reg; /* the plugin types EndpointPickerConfigs may name */
} default_ctx;

static int default_option(void *ctx, int argc, char **argv, int *i)
{
    default_ctx *c = ctx;
    int taken = cli_bundle_option("infext default", argc, argv, i, &c->opts.bundle);
    return taken ? taken : cli_plugin_option("infext default", argc, argv, i, &c->reg);
}

static int default_transform(void *ctx, infext_object **obj, const char *file)
{
    default_ctx *c = ctx;
    infext_diags_clear(c->diags);
    infext_status st = infext_default_with_options(*obj, &c->opts, c->diags);
    /* an EndpointPickerConfig: what the loader adds before it runs it */
    if (st == INFEXT_OK) {
        st = infext_scheduler_default_config(*obj, c->reg, c->diags);
        if (st == INFEXT_EKIND) st = INFEXT_OK; /* not an EndpointPickerConfig */
        if (st == INFEXT_ECONFIG) {
            cli_print_diags(file, c->diags);
            return CLI_INVALID;
        }
    }
    cli_print_diags(file, c->diags); /* warnings: a value the loader would replace; a kind not served */
    if (st == INFEXT_OK) return CLI_OK;
    if (st == INFEXT_EKIND) return CLI_INVALID;
    fprintf(stderr, "infext default: %s: %s\n", file, infext_strerror(st));
    return CLI_USAGE;
}

static int default_run(int argc, char **argv)
{
    default_ctx ctx = {NULL, INFEXT_DEFAULT_OPTIONS_INIT, NULL};
    if (infext_diags_new(&ctx.diags) != INFEXT_OK) return CLI_USAGE;
    const cli_stream stream = {.verb = "infext default", .help = default_help, .option = default_option,
                               .transform = default_transform, .all_or_nothing = 1, .pass_unknown_kinds = 1,
                               .ctx = &ctx};
    int status = cli_stream_main(&stream, argc, argv);
    infext_diags_free(ctx.diags);
    infext_registry_free(ctx.reg);
    return status;
}

CLI_COMMAND(default_command, "default", "apply the API server's defaults to documents", default_run, default_help)
