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

static infext_format format_of(const char *data, size_t len)
{
    size_t i = 0;
    while (i < len && strchr(" \t\r\n", data[i])) i++;
    return i < len && (data[i] == '{' || data[i] == '[') ? INFEXT_FORMAT_JSON : INFEXT_FORMAT_YAML;
}

static int worse(int a, int b) { return a > b ? a : b; }

/* A YAML document marker ("---" or "...") at the start of a line, followed
 * by a blank or the line end: it can never be content. */
static size_t marker_at(const char *p, const char *end)
{
    if (end - p < 3 || (memcmp(p, "---", 3) != 0 && memcmp(p, "...", 3) != 0)) return 0;
    return p + 3 == end || strchr(" \t\r\n", p[3]) ? 3 : 0;
}

static const char *next_line(const char *p, const char *end)
{
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    return nl ? nl + 1 : end;
}

/* The text of the YAML document the reader reported at `line` (its "---"
 * marker, or its first content line when it has no marker), without the
 * marker, up to the next marker or the end of the input. */
static void yaml_document_text(const char *data, size_t len, unsigned int line, const char **start, size_t *n)
{
    const char *end = data + len, *p = data, *last_marker = data;
    for (unsigned int l = 1; l < line && p < end; l++) {
        if (marker_at(p, end)) last_marker = p;
        p = next_line(p, end);
    }
    /* Without a marker of its own the document starts right after the
     * previous one (or at the top), with the comments that precede it. */
    if (!marker_at(p, end)) p = last_marker;
    size_t skip = marker_at(p, end);
    if (skip) {
        const char *rest = p + skip;
        while (rest < end && (*rest == ' ' || *rest == '\t')) rest++;
        /* Keep content that shares the marker's line ("--- |"); drop a
         * bare marker or one followed by a comment. */
        p = rest < end && !strchr("#\r\n", *rest) ? rest : next_line(p, end);
    }
    const char *q = p;
    while (q < end && !marker_at(q, end)) q = next_line(q, end);
    *start = p;
    *n = (size_t)(q - p);
}

/* The value of a top-level "key:" line of a block-style document, or NULL. */
static const char *top_level_value(const char *text, size_t n, const char *key, size_t *value_len)
{
    const char *end = text + n;
    size_t klen = strlen(key);
    for (const char *p = text; p < end; p = next_line(p, end)) {
        if ((size_t)(end - p) <= klen || memcmp(p, key, klen) != 0 || p[klen] != ':') continue;
        const char *v = p + klen + 1, *e = next_line(p, end);
        while (v < e && (*v == ' ' || *v == '\t' || *v == '"' || *v == '\'')) v++;
        while (e > v && strchr(" \t\r\n\"'", e[-1])) e--;
        *value_len = (size_t)(e - v);
        return v;
    }
    return NULL;
}

/* A document that names a kind of another API group (a Deployment beside the
 * pools). A document of the inference groups that failed is a mistake to
 * report, never something to pass through: a misspelt InferencePool must not
 * slip through unconverted. */
static int foreign_document(const char *text, size_t n)
{
    size_t av_len = 0, kind_len = 0;
    const char *av = top_level_value(text, n, "apiVersion", &av_len);
    if (!av || !av_len || !top_level_value(text, n, "kind", &kind_len) || !kind_len) return 0;
    const char *slash = memchr(av, '/', av_len);
    size_t group_len = slash ? (size_t)(slash - av) : 0;
    static const char *const ours[] = {"inference.networking.k8s.io", "inference.networking.x-k8s.io"};
    for (size_t i = 0; i < sizeof ours / sizeof ours[0]; i++)
        if (group_len == strlen(ours[i]) && !memcmp(av, ours[i], group_len)) return 0;
    return 1;
}

/* Copy a document of another API group to the output as it is. Returns -1
 * when the document is not one to pass through. */
static int pass_through(const cli_stream *s, const char *file, const char *data, size_t len, infext_reader *reader,
                        infext_format format, out_buf *out, size_t *written)
{
    const char *text;
    size_t n;
    yaml_document_text(data, len, infext_reader_document_line(reader), &text, &n);
    if (!foreign_document(text, n)) return -1;
    if (format != INFEXT_FORMAT_YAML) {
        fprintf(stderr, "%s: %s:%u: a document of another API group passes through only into YAML output\n",
                s->verb, file, infext_reader_document_line(reader));
        return CLI_USAGE;
    }
    if (*written) out_append(out, "---\n", 4);
    out_append(out, text, n);
    if (n && text[n - 1] != '\n') out_append(out, "\n", 1);
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
    if (*format == INFEXT_FORMAT_AUTO) *format = format_of(data, len);
    int status = CLI_OK;
    for (;;) {
        infext_object *obj = NULL;
        infext_diags_clear(diags);
        st = infext_reader_next(&obj, reader, diags);
        if (st == INFEXT_EKIND && s->pass_unknown_kinds && format_of(data, len) == INFEXT_FORMAT_YAML) {
            int rc = pass_through(s, file, data, len, reader, *format, out, written);
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

/* Common options (-o, --help, files); the verb's own through s->option. */
static int parse_args(const cli_stream *s, int argc, char **argv, const char **files, size_t *n_files,
                      infext_format *format)
{
    for (int i = 1; i < argc; i++) {
        int taken = 0;
        if (cli_is_help(argv[i])) {
            s->help(stdout);
            return 1;
        }
        if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) {
            if (i + 1 >= argc || cli_parse_format(argv[i + 1], format) != 0) {
                fprintf(stderr, "%s: -o takes json or yaml\n", s->verb);
                return -1;
            }
            i++;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            taken = s->option ? s->option(s->ctx, argc, argv, &i) : 0;
            if (taken < 0) return -1;
            if (!taken) {
                fprintf(stderr, "%s: unknown option '%s'\n", s->verb, argv[i]);
                return -1;
            }
        } else {
            files[(*n_files)++] = argv[i];
        }
    }
    if (!*n_files) {
        fprintf(stderr, "%s: no input given (use - for standard input)\n", s->verb);
        return -1;
    }
    return 0;
}

int cli_stream_main(const cli_stream *s, int argc, char **argv)
{
    const char **files = calloc((size_t)argc, sizeof(char *));
    if (!files) return CLI_USAGE;
    size_t n_files = 0;
    infext_format format = INFEXT_FORMAT_AUTO;
    int parsed = parse_args(s, argc, argv, files, &n_files, &format);
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
