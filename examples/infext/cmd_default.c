/* infext default: apply the API server's defaults (and the endpoint
 * picker loader's) to every document. */
#include "cli.h"

static void default_help(FILE *out)
{
    fprintf(out,
            "usage: infext default [-o json|yaml] FILE|- ...\n\n"
            "Apply defaults to every document of every input and write the stream\n"
            "back in the same order: the CRDs' schema defaults where a field is absent,\n"
            "as the Kubernetes API server applies them (a v1alpha2 InferencePool without\n"
            "status gets the synthetic default parent), and for an EndpointPickerConfig\n"
            "the loader's first phase (a plugin without a name is named after its type;\n"
            "saturation detector thresholds; one it cannot use is replaced, with a\n"
            "warning on stderr). Nothing is validated or removed. Documents of other API\n"
            "groups (a Deployment, a Service) are copied as they are.\n"
            "YAML output is a '---' separated stream, JSON output one compact document\n"
            "per line; the default output format is the format of the first input.\n\n"
            "Exit status: 0 when every document was written; 2 when an input could not\n"
            "be read or decoded, and then nothing is written.\n");
}

static int default_transform(void *ctx, infext_object **obj, const char *file)
{
    infext_diags *diags = ctx;
    infext_diags_clear(diags);
    infext_status st = infext_default(*obj, diags);
    cli_print_diags(file, diags); /* warnings: a value the loader would replace */
    if (st == INFEXT_OK) return CLI_OK;
    fprintf(stderr, "infext default: %s: %s\n", file, infext_strerror(st));
    return CLI_USAGE;
}

static int default_run(int argc, char **argv)
{
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) return CLI_USAGE;
    const cli_stream stream = {.verb = "infext default", .help = default_help, .transform = default_transform,
                               .all_or_nothing = 1, .pass_unknown_kinds = 1, .ctx = diags};
    int status = cli_stream_main(&stream, argc, argv);
    infext_diags_free(diags);
    return status;
}

CLI_COMMAND(default_command, "default", "apply the API server's defaults to documents", default_run, default_help)
