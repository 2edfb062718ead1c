/* infext fmt: decode any documents and write them back, normalised. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

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

/* Write one object; YAML documents after the first get a separator. */
static int write_object(infext_object *obj, infext_format format, size_t written)
{
    infext_encode_options eo = INFEXT_ENCODE_OPTIONS_INIT;
    eo.format = format;
    char *text = NULL;
    size_t text_len = 0;
    infext_status st = infext_object_encode(&text, &text_len, obj, &eo);
    infext_object_free(obj);
    if (st != INFEXT_OK) return -1;
    if (format == INFEXT_FORMAT_YAML && written) fputs("---\n", stdout);
    fwrite(text, 1, text_len, stdout);
    if (format == INFEXT_FORMAT_JSON) fputc('\n', stdout);
    infext_free(text);
    return 0;
}

static int fmt_run(int argc, char **argv)
{
    infext_format out_format = INFEXT_FORMAT_AUTO;
    int first_file = 0, status = CLI_OK;
    const char **files = calloc((size_t)argc, sizeof(char *));
    size_t n_files = 0;
    if (!files) return CLI_USAGE;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            fmt_help(stdout);
            free(files);
            return CLI_OK;
        }
        if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) {
            if (i + 1 >= argc || cli_parse_format(argv[i + 1], &out_format) != 0) {
                fprintf(stderr, "infext fmt: -o takes json or yaml\n");
                free(files);
                return CLI_USAGE;
            }
            i++;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "infext fmt: unknown option '%s'\n", argv[i]);
            free(files);
            return CLI_USAGE;
        } else {
            files[n_files++] = argv[i];
        }
    }
    if (!n_files) {
        fprintf(stderr, "infext fmt: no input given (use - for standard input)\n");
        free(files);
        return CLI_USAGE;
    }
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) {
        free(files);
        return CLI_USAGE;
    }
    size_t written = 0;
    for (size_t f = 0; f < n_files; f++) {
        char *data = NULL;
        size_t len = 0;
        if (cli_read_input(files[f], &data, &len) != 0) {
            status = CLI_USAGE;
            continue;
        }
        infext_reader *reader = NULL;
        infext_status st = infext_reader_new(&reader, data, len, NULL);
        if (st != INFEXT_OK) {
            fprintf(stderr, "infext fmt: %s: %s\n", files[f], infext_strerror(st));
            free(data);
            status = CLI_USAGE;
            continue;
        }
        if (out_format == INFEXT_FORMAT_AUTO && !first_file) {
            size_t i = 0;
            while (i < len && strchr(" \t\r\n", data[i])) i++;
            out_format = i < len && (data[i] == '{' || data[i] == '[') ? INFEXT_FORMAT_JSON : INFEXT_FORMAT_YAML;
        }
        first_file = 1;
        for (;;) {
            infext_object *obj = NULL;
            infext_diags_clear(diags);
            st = infext_reader_next(&obj, reader, diags);
            if (st != INFEXT_OK) {
                cli_print_diags(files[f], diags);
                status = CLI_USAGE;
                /* After a syntax error the rest of the stream is unreadable;
                 * other errors spoil only their own document. */
                if (st == INFEXT_EPARSE || st == INFEXT_ELIMIT || st == INFEXT_ENOMEM) break;
                continue;
            }
            if (!obj) break;
            if (write_object(obj, out_format, written) != 0) {
                fprintf(stderr, "infext fmt: %s: out of memory\n", files[f]);
                status = CLI_USAGE;
                break;
            }
            written++;
        }
        infext_reader_free(reader);
        free(data);
    }
    infext_diags_free(diags);
    free(files);
    return status;
}

CLI_COMMAND(fmt_command, "fmt", "decode documents and write them back in canonical form", fmt_run, fmt_help)
