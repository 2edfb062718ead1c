/* infext migrate: EndpointPickerConfigs to another dialect; every other
 * document passes through. */
#include "cli.h"

#include <string.h>

typedef struct migrate_ctx {
    const char *target;
    infext_epc_dialect to;
    unsigned int flags;
    infext_diags *diags;
} migrate_ctx;

static void migrate_dialects(FILE *out)
{
    for (int d = 1; infext_epc_dialect_name((infext_epc_dialect)d); d++)
        fprintf(out, "  %-12s %s\n", infext_epc_dialect_name((infext_epc_dialect)d),
                infext_epc_dialect_title((infext_epc_dialect)d));
}

static void migrate_help(FILE *out)
{
    fprintf(out,
            "usage: infext migrate --to DIALECT [--allow-lossy] [-o json|yaml] FILE|- ...\n\n"
            "Rewrite every EndpointPickerConfig document of every input into another\n"
            "dialect and write the stream back in the same order; documents of other\n"
            "kinds pass through unchanged (in canonical form). The config's own dialect\n"
            "is detected from its apiVersion and members (a config mixing dialects is\n"
            "refused). Sections are moved and renamed (data and dataLayer, parser and\n"
            "requestHandler.parsers, the top-level and the flowControl\n"
            "saturationDetector), plugin types renamed as upstream renamed them, and\n"
            "feature gates the target has no use for dropped; see docs/epp-config.md.\n\n"
            "A member, gate or value the target cannot express refuses the migration:\n"
            "it is named on stderr and nothing is written on stdout. --allow-lossy\n"
            "migrates anyway, leaving each out with a warning.\n\n"
            "Dialects:\n");
    migrate_dialects(out);
    fprintf(out,
            "\nExit status: 0 when every document was written; 1 when a migration was\n"
            "refused (something lost, or a config mixing dialects); 2 on a usage error\n"
            "or an input that could not be read or decoded. Unless it is 0, nothing is\n"
            "written on stdout.\n");
}

static int migrate_option(void *ctx, int argc, char **argv, int *i)
{
    migrate_ctx *c = ctx;
    if (!strcmp(argv[*i], "--allow-lossy")) {
        c->flags |= INFEXT_EPC_MIGRATE_ALLOW_LOSSY;
        return 1;
    }
    if (!strncmp(argv[*i], "--to=", 5)) {
        c->target = argv[*i] + 5;
        return 1;
    }
    if (!strcmp(argv[*i], "--to")) {
        if (*i + 1 >= argc) {
            fprintf(stderr, "infext migrate: --to takes a dialect\n");
            return -1;
        }
        c->target = argv[++*i];
        return 1;
    }
    return 0;
}

static int migrate_ready(void *ctx)
{
    migrate_ctx *c = ctx;
    if (c->target && infext_epc_dialect_from_name(&c->to, c->target) == INFEXT_OK) return 0;
    if (c->target) fprintf(stderr, "infext migrate: unknown dialect '%s'; --to takes one of:\n", c->target);
    else fprintf(stderr, "infext migrate: --to is required, one of:\n");
    migrate_dialects(stderr);
    return -1;
}

static int migrate_transform(void *ctx, infext_object **obj, const char *file)
{
    migrate_ctx *c = ctx;
    infext_diags_clear(c->diags);
    infext_object *migrated = NULL;
    infext_status st = infext_epc_migrate(&migrated, *obj, c->to, c->flags, c->diags);
    if (st == INFEXT_EKIND) return CLI_OK; /* not a config: passes through */
    cli_print_diags(file, c->diags);
    if (st != INFEXT_OK) {
        fprintf(stderr, "infext migrate: %s: EndpointPickerConfig not migrated to %s: %s\n", file, c->target,
                infext_strerror(st));
        return st == INFEXT_ELOSSY || st == INFEXT_EVALIDATION ? CLI_INVALID : CLI_USAGE;
    }
    infext_object_free(*obj);
    *obj = migrated;
    return CLI_OK;
}

static int migrate_run(int argc, char **argv)
{
    migrate_ctx ctx = {NULL, INFEXT_EPC_DIALECT_UNKNOWN, 0, NULL};
    if (infext_diags_new(&ctx.diags) != INFEXT_OK) return CLI_USAGE;
    const cli_stream stream = {.verb = "infext migrate", .help = migrate_help, .option = migrate_option,
                               .ready = migrate_ready, .transform = migrate_transform, .all_or_nothing = 1,
                               .pass_unknown_kinds = 1, .ctx = &ctx};
    int status = cli_stream_main(&stream, argc, argv);
    infext_diags_free(ctx.diags);
    return status;
}

CLI_COMMAND(migrate_command, "migrate", "rewrite EndpointPickerConfigs into another dialect", migrate_run, migrate_help)
