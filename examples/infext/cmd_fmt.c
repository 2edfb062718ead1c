/* infext fmt: decode any documents and write them back, normalised. */
#include "cli.h"

static void fmt_help(FILE *out)
{
    fprintf(out,
            "usage: infext fmt [-o json|yaml] FILE|- ...\n\n"
            "Decode every document of every input (JSON or YAML, detected from the\n"
            "content) and write it back in canonical form: fields in schema order,\n"
            "unknown members kept. YAML output is a '---' separated stream, JSON output\n"
            "one compact document per line. The default output format is the format of\n"
            "the first input. Items of a List come out as separate documents.\n\n"
            "Exit status: 0 when every document was written, 2 when an input could not\n"
            "be read or decoded (its problems are printed to stderr).\n");
}

static int fmt_run(int argc, char **argv)
{
    static const cli_stream stream = {.verb = "infext fmt", .help = fmt_help};
    return cli_stream_main(&stream, argc, argv);
}

CLI_COMMAND(fmt_command, "fmt", "decode documents and write them back in canonical form", fmt_run, fmt_help)
