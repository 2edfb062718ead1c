/* infext convert: InferencePools, InferenceObjectives and
 * InferenceModelRewrites to another API version; every other document passes
 * through. */
#include "cli.h"

#include <string.h>

static const char *const versions[] = {"inference.networking.k8s.io/v1", "inference.networking.x-k8s.io/v1alpha2",
                                       "llm-d.ai/v1alpha2"};
#define N_VERSIONS (sizeof versions / sizeof versions[0])

typedef struct convert_ctx {
    const char *target;
    unsigned int flags;
    infext_diags *diags;
} convert_ctx;

static void convert_help(FILE *out)
{
    fprintf(out,
            "usage: infext convert --to inference.networking.k8s.io/v1|inference.networking.x-k8s.io/v1alpha2|\n"
            "                           llm-d.ai/v1alpha2 [--allow-lossy] [-o json|yaml] FILE|- ...\n\n"
            "Convert every document of every input that has the given API version to\n"
            "it, and write the stream back in the same order: InferencePools between\n"
            "v1 and v1alpha2; InferenceObjectives and InferenceModelRewrites between\n"
            "inference.networking.x-k8s.io/v1alpha2 and llm-d.ai/v1alpha2 (a rule's\n"
            "split becomes targets). Documents of other kinds, and documents already\n"
            "of that version, pass through unchanged (in canonical form, as `infext\n"
            "fmt` writes them); YAML documents of other API\n"
            "groups (a Deployment, a Service) are copied verbatim. Conversion neither\n"
            "defaults nor validates: pipe through `infext default` first for the API\n"
            "server's view of a v1alpha2 pool. A v1alpha2 Service extension without\n"
            "portNumber gets the implied port 9002 written out, with a warning.\n\n"
            "When a value has no place in the target version (several targetPorts, a\n"
            "parent's controllerName, ...) the conversion is refused: the field is named\n"
            "on stderr and nothing is written on stdout. --allow-lossy converts anyway,\n"
            "keeping the first target port, and prints a warning for each dropped value.\n"
            "A v1 pool without any target port never converts to v1alpha2; a v1alpha2\n"
            "pool without targetPortNumber converts to v1 only with --allow-lossy, which\n"
            "writes it without targetPorts (v1 requires one; none is made up).\n\n"
            "Exit status: 0 when every document was written; 1 when a conversion was\n"
            "refused; 2 on a usage error or an input that could not be read or decoded.\n"
            "Unless it is 0, nothing is written on stdout.\n");
}

static int convert_option(void *ctx, int argc, char **argv, int *i)
{
    convert_ctx *c = ctx;
    if (!strcmp(argv[*i], "--allow-lossy")) {
        c->flags |= INFEXT_CONVERT_ALLOW_LOSSY;
        return 1;
    }
    return cli_to_option("infext convert", "an API version", argc, argv, i, &c->target);
}

static int convert_ready(void *ctx)
{
    const convert_ctx *c = ctx;
    for (size_t i = 0; c->target && i < N_VERSIONS; i++)
        if (!strcmp(c->target, versions[i])) return 0;
    if (c->target) fprintf(stderr, "infext convert: cannot convert to '%s'; --to takes", c->target);
    else fprintf(stderr, "infext convert: --to is required:");
    for (size_t i = 0; i < N_VERSIONS; i++)
        fprintf(stderr, "%s %s", i == 0 ? "" : i + 1 == N_VERSIONS ? " or" : ",", versions[i]);
    fputc('\n', stderr);
    return -1;
}

static int convert_transform(void *ctx, infext_object **obj, const char *file)
{
    convert_ctx *c = ctx;
    infext_diags_clear(c->diags);
    infext_object *converted = NULL;
    infext_status st = infext_convert(&converted, *obj, c->target, c->flags, c->diags);
    if (st == INFEXT_EKIND) return CLI_OK; /* a kind without that version passes through */
    cli_print_diags(file, c->diags);
    if (st != INFEXT_OK) {
        fprintf(stderr, "infext convert: %s: %s %s not converted: %s\n", file, infext_object_kind_name(*obj),
                infext_object_name(*obj) ? infext_object_name(*obj) : "(unnamed)", infext_strerror(st));
        return st == INFEXT_ELOSSY ? CLI_INVALID : CLI_USAGE;
    }
    infext_object_free(*obj);
    *obj = converted;
    return CLI_OK;
}

static int convert_run(int argc, char **argv)
{
    convert_ctx ctx = {NULL, 0, NULL};
    if (infext_diags_new(&ctx.diags) != INFEXT_OK) return CLI_USAGE;
    const cli_stream stream = {.verb = "infext convert", .help = convert_help, .option = convert_option,
                               .ready = convert_ready, .transform = convert_transform, .all_or_nothing = 1,
                               .pass_unknown_kinds = 1, .ctx = &ctx};
    int status = cli_stream_main(&stream, argc, argv);
    infext_diags_free(ctx.diags);
    return status;
}

CLI_COMMAND(convert_command, "convert", "convert InferencePools between v1alpha2 and v1", convert_run, convert_help)
