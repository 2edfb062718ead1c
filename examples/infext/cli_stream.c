/* The read-transform-write loop that fmt, default and convert share: every
 * document of every input, in order, through a verb's transform, out as one
 * stream. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* Output collected in memory, so that an all-or-nothing verb can drop it. */
typedef struct out_buf {
    char *data;
    size_t len;
    size_t cap;
    int failed;
} out_buf;

static void out_append(out_buf *b, const char *s, size_t n)
{
    if (b->failed) return;
    if (b->cap - b->len < n) {
        size_t cap = b->cap ? b->cap : 65536;
        while (cap - b->len < n) {
            if (cap > (size_t)-1 / 2) {
                b->failed = 1;
                return;
            }
            cap *= 2;
        }
        char *data = realloc(b->data, cap);
        if (!data) {
            b->failed = 1;
            return;
        }
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

/* Encode one object into the output; YAML documents after the first get a
 * separator, JSON documents one line each. */
static int out_object(out_buf *b, const infext_object *obj, infext_format format, size_t written)
{
    infext_encode_options eo = INFEXT_ENCODE_OPTIONS_INIT;
    eo.format = format;
    char *text = NULL;
    size_t text_len = 0;
    if (infext_object_encode(&text, &text_len, obj, &eo) != INFEXT_OK) return -1;
    if (format == INFEXT_FORMAT_YAML && written) out_append(b, "---\n", 4);
    out_append(b, text, text_len);
    if (format == INFEXT_FORMAT_JSON) out_append(b, "\n", 1);
    infext_free(text);
    return b->failed ? -1 : 0;
}

static int worse(int a, int b) { return a > b ? a : b; }

/* A document that names a kind of another API group (a Deployment beside the
 * pools). A document of the inference groups that failed is a mistake to
 * report, never something to pass through: a misspelt InferencePool must not
 * slip through unconverted. */
static int foreign_document(const infext_reader *reader)
{
    const char *api_version = NULL, *kind = NULL;
    infext_reader_document_type(reader, &api_version, &kind);
    if (!api_version || !*api_version || !kind || !*kind) return 0;
    const char *slash = strchr(api_version, '/');
    size_t group_len = slash ? (size_t)(slash - api_version) : 0;
    static const char *const ours[] = {"inference.networking.k8s.io", "inference.networking.x-k8s.io"};
    for (size_t i = 0; i < sizeof ours / sizeof ours[0]; i++)
        if (group_len == strlen(ours[i]) && !memcmp(api_version, ours[i], group_len)) return 0;
    return 1;
}

/* JSON text on one line: the blanks between tokens dropped, strings kept. */
static void append_compact_json(out_buf *out, const char *text, size_t n)
{
    size_t run = 0; /* start of the pending run of bytes to copy */
    int in_string = 0;
    for (size_t i = 0; i < n; i++) {
        char c = text[i];
        if (in_string) {
            if (c == '\\') i++;
            else if (c == '"') in_string = 0;
        } else if (c == '"') {
            in_string = 1;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            out_append(out, text + run, i - run);
            run = i + 1;
        }
    }
    if (run < n) out_append(out, text + run, n - run);
}

/* Copy a document of another API group to the output as it is. A JSON
 * document goes into JSON output on one line, and into YAML output as it
 * is (JSON text is YAML); a YAML document only into YAML output. Returns -1
 * when the document is not one to pass through. */
static int pass_through(const cli_stream *s, const char *file, infext_reader *reader, infext_format input_format,
                        infext_format format, out_buf *out, size_t *written)
{
    const char *text;
    size_t n;
    if (!foreign_document(reader) || !infext_reader_document_text(reader, &text, &n)) return -1;
    if (input_format == INFEXT_FORMAT_YAML && format != INFEXT_FORMAT_YAML) {
        fprintf(stderr, "%s: %s:%u: a YAML document of another API group passes through only into YAML output\n",
                s->verb, file, infext_reader_document_line(reader));
        return CLI_USAGE;
    }
    if (format == INFEXT_FORMAT_JSON) {
        append_compact_json(out, text, n);
        out_append(out, "\n", 1);
    } else {
        if (*written) out_append(out, "---\n", 4);
        out_append(out, text, n);
        if (n && text[n - 1] != '\n') out_append(out, "\n", 1);
    }
    (*written)++;
    return out->failed ? CLI_USAGE : CLI_OK;
}

/* Every document of one input through the transform into the output. */
static int run_file(const cli_stream *s, const char *file, infext_format *format, out_buf *out, size_t *written,
                    infext_diags *diags)
{
    char *data = NULL;
    size_t len = 0;
    if (cli_read_input(file, &data, &len) != 0) return CLI_USAGE;
    /* Positions let every diagnostic, including a transform's, say where. */
    infext_decode_options opts = INFEXT_DECODE_OPTIONS_INIT;
    opts.flags = INFEXT_DECODE_POSITIONS;
    infext_reader *reader = NULL;
    infext_status st = infext_reader_new(&reader, data, len, &opts);
    if (st != INFEXT_OK) {
        fprintf(stderr, "%s: %s: %s\n", s->verb, file, infext_strerror(st));
        free(data);
        return CLI_USAGE;
    }
    if (*format == INFEXT_FORMAT_AUTO) *format = infext_reader_format(reader);
    int status = CLI_OK;
    for (;;) {
        infext_object *obj = NULL;
        infext_diags_clear(diags);
        st = infext_reader_next(&obj, reader, diags);
        if (st == INFEXT_EKIND && s->pass_unknown_kinds) {
            int rc = pass_through(s, file, reader, infext_reader_format(reader), *format, out, written);
            if (rc >= 0) {
                status = worse(status, rc);
                continue;
            }
        }
        if (st != INFEXT_OK) {
            cli_print_diags(file, diags);
            status = CLI_USAGE;
            /* After a syntax error the rest of the stream is unreadable;
             * other errors spoil only their own document. */
            if (st == INFEXT_EPARSE || st == INFEXT_ELIMIT || st == INFEXT_ENOMEM) break;
            continue;
        }
        if (!obj) break;
        int rc = s->transform ? s->transform(s->ctx, &obj, file) : CLI_OK;
        status = worse(status, rc);
        if (rc == CLI_OK && out_object(out, obj, *format, *written) != 0) {
            fprintf(stderr, "%s: %s: out of memory\n", s->verb, file);
            infext_object_free(obj);
            status = CLI_USAGE;
            break;
        }
        if (rc == CLI_OK) (*written)++;
        infext_object_free(obj);
    }
    infext_reader_free(reader);
    free(data);
    return status;
}

int cli_to_option(const char *verb, const char *what, int argc, char **argv, int *i, const char **out)
{
    if (!strncmp(argv[*i], "--to=", 5)) {
        *out = argv[*i] + 5;
        return 1;
    }
    if (strcmp(argv[*i], "--to")) return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "%s: --to takes %s\n", verb, what);
        return -1;
    }
    *out = argv[++*i];
    return 1;
}

int cli_bundle_option(const char *verb, int argc, char **argv, int *i, infext_bundle *out)
{
    const char *name = NULL;
    if (!strncmp(argv[*i], "--bundle=", 9)) name = argv[*i] + 9;
    else if (strcmp(argv[*i], "--bundle")) return 0;
    else if (*i + 1 < argc) name = argv[++*i];
    if (name && infext_bundle_parse(out, name) == INFEXT_OK) return 1;
    fprintf(stderr, "%s: --bundle takes one of", verb);
    for (infext_bundle b = INFEXT_BUNDLE_NEWEST + 1; infext_bundle_name(b); b++)
        fprintf(stderr, " %s", infext_bundle_name(b));
    fputs(" (or newest)\n", stderr);
    return -1;
}

void cli_bundle_help(FILE *out)
{
    fprintf(out, "  --bundle B  answer as an API server with the CRDs of bundle B installed\n"
                 "            (default: newest, %s). A field B lacks is unknown to it, a\n"
                 "            kind it does not serve is refused with `no matches for kind`.\n",
            infext_bundle_name(INFEXT_BUNDLE_NEWEST));
    for (infext_bundle b = INFEXT_BUNDLE_NEWEST + 1; infext_bundle_name(b); b++)
        fprintf(out, "      %s  %s\n", infext_bundle_name(b), infext_bundle_changes(b));
}

/* -o for every stream verb, then the verb's own options. */
typedef struct stream_args {
    const cli_stream *s;
    infext_format *format;
} stream_args;

static int stream_option(void *ctx, int argc, char **argv, int *i)
{
    stream_args *a = ctx;
    if (strcmp(argv[*i], "-o") && strcmp(argv[*i], "--output"))
        return a->s->option ? a->s->option(a->s->ctx, argc, argv, i) : 0;
    if (*i + 1 >= argc || cli_parse_format(argv[*i + 1], a->format) != 0) {
        fprintf(stderr, "%s: -o takes json or yaml\n", a->s->verb);
        return -1;
    }
    (*i)++;
    return 1;
}

int cli_stream_main(const cli_stream *s, int argc, char **argv)
{
    const char **files = calloc((size_t)argc, sizeof(char *));
    if (!files) return CLI_USAGE;
    size_t n_files = 0;
    infext_format format = INFEXT_FORMAT_AUTO;
    stream_args args = {s, &format};
    int parsed = cli_parse_inputs(s->verb, s->help, stream_option, &args, argc, argv, files, &n_files);
    if (parsed != 0) {
        free(files);
        return parsed > 0 ? CLI_OK : CLI_USAGE;
    }
    if (s->ready && s->ready(s->ctx) != 0) {
        free(files);
        return CLI_USAGE;
    }
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) {
        free(files);
        return CLI_USAGE;
    }
    out_buf out = {NULL, 0, 0, 0};
    size_t written = 0;
    int status = CLI_OK;
    for (size_t f = 0; f < n_files; f++) status = worse(status, run_file(s, files[f], &format, &out, &written, diags));
    if (!(s->all_or_nothing && status != CLI_OK) && out.len) fwrite(out.data, 1, out.len, stdout);
    free(out.data);
    infext_diags_free(diags);
    free(files);
    return status;
}

int cli_plugin_option(const char *verb, int argc, char **argv, int *i, infext_registry **reg)
{
    if (strcmp(argv[*i], "--plugin")) return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "%s: --plugin takes a shared object\n", verb);
        return -1;
    }
    infext_diags *d = NULL;
    infext_status st = infext_diags_new(&d);
    if (st == INFEXT_OK && !*reg) st = infext_registry_new(reg);
    if (st == INFEXT_OK) st = infext_registry_load(*reg, argv[*i + 1], d);
    if (st != INFEXT_OK) {
        fprintf(stderr, "%s: %s: cannot load the plugin: %s\n", verb, argv[*i + 1], infext_strerror(st));
        cli_print_diags(argv[*i + 1], d);
    }
    infext_diags_free(d);
    ++*i;
    return st == INFEXT_OK ? 1 : -1;
}
