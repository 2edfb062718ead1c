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

/* A verb's own option at argv[*i]: 1 when taken (with *i moved past its
 * value), 0 when it is not one, -1 after printing a usage error. */
typedef int (*cli_option_fn)(void *ctx, int argc, char **argv, int *i);

/* The arguments every reading verb takes: --help prints help() and returns
 * 1; an option goes to option() (NULL: none); any other word is an input,
 * stored in files (room for argc entries). Returns 0, or -1 after printing a
 * usage error (an unknown option, no input). */
int cli_parse_inputs(const char *verb, void (*help)(FILE *out), cli_option_fn option, void *ctx, int argc,
                     char **argv, const char **files, size_t *n_files);

/* --bundle B (or --bundle=B) at argv[*i], for validate and default: 1 when
 * taken (*out set), 0 when argv[*i] is another word, -1 after printing a
 * usage error naming the bundles. */
int cli_bundle_option(const char *verb, int argc, char **argv, int *i, infext_bundle *out);

/* --plugin LIB.so at argv[*i], for validate and default: 1 when taken (the
 * module's types loaded into *reg, made first when NULL), 0 when argv[*i]
 * is another word, -1 after printing why it could not be loaded. */
int cli_plugin_option(const char *verb, int argc, char **argv, int *i, infext_registry **reg);

/* --to VALUE (or --to=VALUE) at argv[*i], for convert and migrate: 1 when
 * taken (*out set), 0 when argv[*i] is another word, -1 after printing a
 * usage error (what: "an API version", "a dialect"). */
int cli_to_option(const char *verb, const char *what, int argc, char **argv, int *i, const char **out);

/* The --bundle paragraph of a verb's help: every bundle and what changed in it. */
void cli_bundle_help(FILE *out);

/* A verb that reads documents, transforms each, and writes them out as one
 * stream in input order (fmt, default, convert). */
typedef struct cli_stream {
    const char *verb;       /* "infext convert", for messages */
    void (*help)(FILE *out);
    cli_option_fn option; /* the verb's own options, or NULL */
    /* After the options: 0, or -1 after printing what is missing. May be NULL. */
    int (*ready)(void *ctx);
    /* Transform one object in place (it may replace *obj, freeing the old
     * one): CLI_OK, or CLI_INVALID / CLI_USAGE after printing why, and then
     * the document is not written. NULL writes documents unchanged. */
    int (*transform)(void *ctx, infext_object **obj, const char *file);
    int all_or_nothing; /* when anything fails, write nothing on stdout */
    /* YAML documents of another API group (a Deployment in a manifest
     * bundle) are copied to YAML output as they are, instead of failing. */
    int pass_unknown_kinds;
    void *ctx;
} cli_stream;

/* Parse -o, --help and the inputs (FILE or - for standard input), run every
 * document through s->transform and write the result to stdout: YAML as a
 * '---' separated stream, JSON one document per line, in the format of the
 * first input unless -o says otherwise. Returns the exit status: the worst of
 * the transforms' and the inputs'. */
int cli_stream_main(const cli_stream *s, int argc, char **argv);

#endif
