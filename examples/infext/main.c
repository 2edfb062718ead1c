/* infext: the command-line face of libinfext. Each verb lives in its own
 * cmd_*.c file and registers itself; this file only dispatches. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COMMANDS 32

static const cli_command *commands[MAX_COMMANDS];
static size_t n_commands;

void cli_register(const cli_command *cmd)
{
    if (n_commands < MAX_COMMANDS) commands[n_commands++] = cmd;
}

static int by_name(const void *a, const void *b)
{
    return strcmp((*(const cli_command *const *)a)->name, (*(const cli_command *const *)b)->name);
}

static void usage(FILE *out)
{
    fprintf(out, "usage: infext <command> [options] [FILE|-]...\n\n"
                 "Work with Gateway API Inference Extension manifests and\n"
                 "EndpointPickerConfig files (JSON or YAML).\n\ncommands:\n");
    for (size_t i = 0; i < n_commands; i++)
        fprintf(out, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
    fprintf(out, "\n`infext <command> --help` describes a command.\n"
                 "Exit status: 0 success, 1 invalid input found, 2 usage or input error.\n");
}

int cli_is_help(const char *arg) { return !strcmp(arg, "-h") || !strcmp(arg, "--help"); }

int cli_parse_inputs(const char *verb, void (*help)(FILE *out), cli_option_fn option, void *ctx, int argc,
                     char **argv, const char **files, size_t *n_files)
{
    *n_files = 0;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            help(stdout);
            return 1;
        }
        if (argv[i][0] != '-' || !argv[i][1]) { /* "-" is standard input */
            files[(*n_files)++] = argv[i];
            continue;
        }
        int taken = option ? option(ctx, argc, argv, &i) : 0;
        if (taken < 0) return -1;
        if (!taken) {
            fprintf(stderr, "%s: unknown option '%s'\n", verb, argv[i]);
            return -1;
        }
    }
    if (!*n_files) {
        fprintf(stderr, "%s: no input given (use - for standard input)\n", verb);
        return -1;
    }
    return 0;
}

int cli_read_input(const char *path, char **data, size_t *len)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
        fprintf(stderr, "infext: %s: %s\n", path, strerror(errno));
        return -1;
    }
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    int read_errno = ferror(f) ? errno : 0; /* EISDIR for a directory */
    int failed = !buf || ferror(f);
    if (f != stdin) fclose(f);
    if (failed) {
        fprintf(stderr, "infext: %s: %s\n", path, read_errno ? strerror(read_errno) : "out of memory");
        free(buf);
        return -1;
    }
    buf[n < cap ? n : cap - 1] = '\0';
    *data = buf;
    *len = n;
    return 0;
}

void cli_print_diags(const char *file, const infext_diags *diags)
{
    for (size_t i = 0; i < infext_diags_count(diags); i++) {
        const infext_diag *d = infext_diags_at(diags, i);
        const char *sev = infext_diag_severity(d) == INFEXT_SEVERITY_WARNING ? "warning: " : "";
        if (infext_diag_line(d))
            fprintf(stderr, "%s:%u:%u: ", file, infext_diag_line(d), infext_diag_column(d));
        else
            fprintf(stderr, "%s: ", file);
        if (*infext_diag_path(d)) fprintf(stderr, "%s%s: %s\n", sev, infext_diag_path(d), infext_diag_message(d));
        else fprintf(stderr, "%s%s\n", sev, infext_diag_message(d));
    }
}

int cli_parse_format(const char *value, infext_format *out)
{
    if (!strcmp(value, "json")) *out = INFEXT_FORMAT_JSON;
    else if (!strcmp(value, "yaml")) *out = INFEXT_FORMAT_YAML;
    else return -1;
    return 0;
}

static int version_run(int argc, char **argv)
{
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: infext version\n\nPrint the version of the tool and of the library it runs with.\n");
        return CLI_OK;
    }
    if (argc > 1) {
        fprintf(stderr, "infext version: unexpected argument '%s'\n", argv[1]);
        return CLI_USAGE;
    }
    printf("infext %s (libinfext %s)\n", INFEXT_VERSION_STRING, infext_version());
    return CLI_OK;
}

static void version_help(FILE *out) { fprintf(out, "usage: infext version\n"); }

CLI_COMMAND(version_command, "version", "print the version", version_run, version_help)

int main(int argc, char **argv)
{
    qsort(commands, n_commands, sizeof commands[0], by_name);
    if (argc < 2) {
        usage(stderr);
        return CLI_USAGE;
    }
    if (cli_is_help(argv[1]) || !strcmp(argv[1], "help")) {
        if (argc > 2) {
            for (size_t i = 0; i < n_commands; i++)
                if (!strcmp(commands[i]->name, argv[2])) {
                    commands[i]->help(stdout);
                    return CLI_OK;
                }
        }
        usage(stdout);
        return CLI_OK;
    }
    if (!strcmp(argv[1], "--version")) return version_run(1, argv + 1);
    for (size_t i = 0; i < n_commands; i++)
        if (!strcmp(commands[i]->name, argv[1])) return commands[i]->run(argc - 1, argv + 1);
    fprintf(stderr, "infext: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return CLI_USAGE;
}
