/* Shared pieces of the infext tool. The tool uses the public API only. */
#ifndef INFEXT_CLI_H
#define INFEXT_CLI_H

#include <infext/infext.h>

#include <stdio.h>

/* Exit codes (DESIGN §8). */
enum {
    CLI_OK = 0,      /* success */
    CLI_INVALID = 1, /* invalid input found; for schedule: nothing picked */
    CLI_USAGE = 2,   /* usage error, unreadable or undecodable input, bad config */
};

typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv); /* argv[0] is the verb */
    void (*help)(FILE *out);
} cli_command;

/* Every verb registers itself from a constructor in its own file. */
void cli_register(const cli_command *cmd);

#define CLI_COMMAND(ident, name, summary, run, help)                                               \
    static const cli_command ident = {name, summary, run, help};                                   \
    __attribute__((constructor)) static void ident##_register(void) { cli_register(&ident); }

/* Read a whole file ("-" = standard input). Returns 0 and a malloc'ed
 * buffer, or -1 with a message printed to stderr. */
int cli_read_input(const char *path, char **data, size_t *len);

/* Print each diagnostic as "FILE:LINE:COL: PATH: MESSAGE" to stderr. */
void cli_print_diags(const char *file, const infext_diags *diags);

/* Parse "-o FORMAT" values; returns 0 or -1. */
int cli_parse_format(const char *value, infext_format *out);

/* True when argv[i] is -h or --help. */
int cli_is_help(const char *arg);

#endif
