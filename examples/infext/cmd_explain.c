/* infext explain: the schema's documentation of a kind or field. */
#include "cli.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void explain_help(FILE *out)
{
    fprintf(out,
            "usage: infext explain [--api-version GROUP/VERSION] KIND[.FIELD...]\n"
            "       infext explain plugins\n"
            "       infext explain plugin TYPE\n\n"
            "Describe a kind or one of its fields: type, whether it is required,\n"
            "default, bounds, documentation and the fields below it.\n"
            "`plugins` lists the plugin types an EndpointPickerConfig can name: their\n"
            "extension points and whether this build can run them; `plugin TYPE`\n"
            "describes one: extension points, origin, and its parameters (type,\n"
            "default, documentation).\n"
            "KIND is a kind name in any case (InferencePool, inferencepool); when a kind\n"
            "exists in several versions the newest is used unless --api-version says.\n\n"
            "examples:\n"
            "  infext explain InferencePool.spec.endpointPickerRef\n"
            "  infext explain --api-version inference.networking.x-k8s.io/v1alpha2 inferencepool.spec\n"
            "  infext explain plugin disagg-profile-handler\n");
}

/* `infext explain plugins` and `infext explain plugin TYPE`. */
static int explain_plugins(const char *type)
{
    char *text = NULL;
    infext_status st = infext_registry_explain(&text, NULL, type);
    if (st == INFEXT_ENOTFOUND) {
        fprintf(stderr, "infext explain: unknown plugin type '%s' (infext explain plugins lists them)\n", type);
        return CLI_USAGE;
    }
    if (st != INFEXT_OK) {
        fprintf(stderr, "infext explain: %s\n", infext_strerror(st));
        return CLI_USAGE;
    }
    fputs(text, stdout);
    infext_free(text);
    return CLI_OK;
}

static int explain_run(int argc, char **argv)
{
    const char *api_version = NULL, *target = NULL;
    if (argc == 2 && !strcmp(argv[1], "plugins")) return explain_plugins(NULL);
    if (argc >= 2 && !strcmp(argv[1], "plugin")) {
        if (argc != 3 || argv[2][0] == '-') {
            fprintf(stderr, "infext explain: plugin takes one TYPE\n");
            return CLI_USAGE;
        }
        return explain_plugins(argv[2]);
    }
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            explain_help(stdout);
            return CLI_OK;
        }
        if (!strcmp(argv[i], "--api-version") && i + 1 < argc) {
            api_version = argv[++i];
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "infext explain: unknown option '%s'\n", argv[i]);
            return CLI_USAGE;
        } else if (!target) {
            target = argv[i];
        } else {
            fprintf(stderr, "infext explain: one KIND[.FIELD] at a time\n");
            return CLI_USAGE;
        }
    }
    if (!target) {
        explain_help(stderr);
        return CLI_USAGE;
    }

    const char *dot = strchr(target, '.');
    size_t kind_len = dot ? (size_t)(dot - target) : strlen(target);
    infext_kind found = INFEXT_KIND_NONE;
    for (int k = 1;; k++) {
        const char *av = NULL, *name = NULL;
        if (infext_kind_info(&av, &name, (infext_kind)k) != INFEXT_OK) break;
        if (strlen(name) != kind_len || strncasecmp(name, target, kind_len) != 0) continue;
        if (api_version && strcmp(api_version, av) != 0) continue;
        found = (infext_kind)k;
        break; /* kinds are listed newest version first */
    }
    if (found == INFEXT_KIND_NONE) {
        fprintf(stderr, "infext explain: unknown kind '%.*s'%s%s\n", (int)kind_len, target,
                api_version ? " in " : "", api_version ? api_version : "");
        return CLI_USAGE;
    }
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) return CLI_USAGE;
    char *text = NULL;
    infext_status st = infext_explain(&text, found, dot ? dot + 1 : NULL, diags);
    if (st != INFEXT_OK) {
        cli_print_diags("infext explain", diags);
        infext_diags_free(diags);
        return CLI_USAGE;
    }
    fputs(text, stdout);
    infext_free(text);
    infext_diags_free(diags);
    return CLI_OK;
}

CLI_COMMAND(explain_command, "explain", "describe a kind or field of the schema", explain_run, explain_help)
