/* Public decoding entry points: single documents, typed documents and
 * streams. */
#include "codec/decode.h"
#include "util/alloc.h"

#include <errno.h>
#include <string.h>

INFEXT_API infext_status infext_decode_options_init(infext_decode_options *opts, unsigned int version)
{
    if (!opts || version == 0 || version > INFEXT_DECODE_OPTIONS_VERSION) return INFEXT_EINVAL;
    infext_decode_options def = INFEXT_DECODE_OPTIONS_INIT;
    *opts = def;
    opts->version = version;
    return INFEXT_OK;
}

infext_format infext__detect_format(const char *data, size_t len)
{
    size_t i = 0;
    /* A UTF-8 byte order mark does not decide anything. */
    if (len >= 3 && (unsigned char)data[0] == 0xEF && (unsigned char)data[1] == 0xBB &&
        (unsigned char)data[2] == 0xBF)
        i = 3;
    for (; i < len; i++) {
        char c = data[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        return c == '{' || c == '[' ? INFEXT_FORMAT_JSON : INFEXT_FORMAT_YAML;
    }
    return INFEXT_FORMAT_YAML;
}

/* Content detection: an input is JSON only when its text parses as JSON;
 * anything else is YAML, of which a flow-style document
 * (`{apiVersion: v1, kind: List}`) begins like JSON. The first value's tree
 * is kept for the decoding, so that valid JSON is parsed once. */
typedef struct first_value {
    infext__json_tree *tree; /* JSON: the first value, parsed, not yet walked */
    size_t consumed;         /* bytes of it */
    int refused;             /* jansson refused the text: `why` says how */
    infext__json_refusal why;
} first_value;

static infext_format detect(first_value *fv, const char *data, size_t len, infext_format given)
{
    memset(fv, 0, sizeof *fv);
    if (given != INFEXT_FORMAT_AUTO) return given;
    if (infext__detect_format(data, len) != INFEXT_FORMAT_JSON) return INFEXT_FORMAT_YAML;
    fv->refused = infext__json_parse(&fv->tree, data, len, &fv->consumed, &fv->why) != 0;
    return fv->refused && fv->why.not_json ? INFEXT_FORMAT_YAML : INFEXT_FORMAT_JSON;
}

static const infext__pos input_start = {1, 1};

/* Decode the first JSON value (at the start of `data`) from what detect()
 * kept. */
static int feed_first_json(infext__builder *b, first_value *fv, const char *data, size_t *used)
{
    *used = fv->consumed;
    if (fv->refused) return infext__json_refused(b, &fv->why);
    infext__json_tree *tree = fv->tree;
    fv->tree = NULL;
    return infext__json_walk(b, tree, data, fv->consumed, input_start);
}

/* Text that neither jansson nor libyaml could read: report the reading that
 * got further (JSON's on a tie, or when the text is JSON up to where it
 * stops short: it began like JSON), so that a JSON document cut short is
 * not explained in YAML's terms. */
static void prefer_further(infext__builder *b, const first_value *fv, size_t diags_before)
{
    if (!fv->refused || b->status != INFEXT_EPARSE || !b->diags || b->diags->len <= diags_before) return;
    const infext_diag *y = &b->diags->items[b->diags->len - 1];
    if (y->type != INFEXT_ERR_SYNTAX) return; /* read as YAML, and refused for what it says */
    if (!fv->why.cut_short &&
        (y->line > fv->why.pos.line || (y->line == fv->why.pos.line && y->column > fv->why.pos.column)))
        return;
    infext__diags_truncate(b->diags, diags_before);
    b->depth = 0;
    b->status = INFEXT_OK;
    infext__json_refused(b, &fv->why);
}

struct infext_reader {
    infext_decode_options opts;
    char *owned; /* the text, when the reader read it itself */
    const char *data;
    size_t len;
    size_t offset; /* JSON: where the next value starts */
    size_t mark;          /* JSON: a byte offset whose position is known, */
    infext__pos mark_pos; /* that position (how far lines were counted) */
    infext_format format;
    infext__yaml_stream *yaml;
    infext__builder b;
    size_t doc_index;   /* index of the document last read */
    size_t docs_read;   /* documents read so far */
    unsigned int doc_line;
    int ended;
    /* source text of the document last read, when it was read to its end */
    size_t doc_text_start, doc_text_len;
    int doc_text_known;
    first_value first; /* what content detection learnt of the first value */
    /* The decoder's entries for the document being handed out, each tagged
     * with the object it is about, until that object is handed out. */
    infext_diags held;
};

static int only_blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n') return 0;
    return 1;
}

static infext_status status_of(const infext__builder *b)
{
    if (b->status != INFEXT_OK) return b->status;
    if (b->soft_status == INFEXT_EKIND || b->soft_status == INFEXT_EUNKNOWN) return b->soft_status;
    if (b->soft_status == INFEXT_ETYPE && !(b->opts->flags & INFEXT_DECODE_KEEP_GOING)) return INFEXT_ETYPE;
    return INFEXT_OK;
}

INFEXT_API infext_status infext_reader_new(infext_reader **out, const char *data, size_t len,
                                           const infext_decode_options *opts)
{
    if (!out || (!data && len)) return INFEXT_EINVAL;
    *out = NULL;
    if (opts && (opts->version == 0 || opts->version > INFEXT_DECODE_OPTIONS_VERSION)) return INFEXT_EINVAL;
    infext_reader *r = infext__calloc(1, sizeof(*r));
    if (!r) return INFEXT_ENOMEM;
    infext__decode_options_resolve(&r->opts, opts);
    if (len > r->opts.max_document_size) {
        infext__free(r);
        return INFEXT_ELIMIT;
    }
    r->data = data ? data : "";
    r->len = len;
    r->format = detect(&r->first, r->data, len, r->opts.format);
    r->mark_pos = input_start;
    infext__builder_init(&r->b, &r->opts, NULL);
    r->b.split_lists = 1;
    r->b.size_hint = len < 65536 ? len : 65536;
    r->b.format_yaml = r->format == INFEXT_FORMAT_YAML;
    if (r->format == INFEXT_FORMAT_YAML) {
        r->b.positions = 1;
        r->yaml = infext__yaml_stream_new(r->data, len);
        if (!r->yaml) {
            infext__builder_fini(&r->b);
            infext__json_tree_free(r->first.tree);
            infext__free(r);
            return INFEXT_ENOMEM;
        }
    }
    *out = r;
    return INFEXT_OK;
}

INFEXT_API void infext_reader_free(infext_reader *r)
{
    if (!r) return;
    infext__builder_fini(&r->b);
    infext__yaml_stream_free(r->yaml);
    infext__json_tree_free(r->first.tree);
    infext__diags_truncate(&r->held, 0);
    infext__free(r->held.items);
    infext__free(r->owned);
    infext__free(r);
}

INFEXT_API size_t infext_reader_document_index(const infext_reader *r) { return r ? r->doc_index : 0; }

INFEXT_API unsigned int infext_reader_document_line(const infext_reader *r) { return r ? r->doc_line : 0; }

INFEXT_API bool infext_reader_document_text(const infext_reader *r, const char **text, size_t *len)
{
    if (text) *text = NULL;
    if (len) *len = 0;
    if (!r || !r->doc_text_known) return false;
    size_t start = r->doc_text_start, n = r->doc_text_len;
    if (r->yaml) {
        size_t end;
        if (!infext__yaml_document_span(r->yaml, &start, &end)) return false;
        n = end - start;
        /* the stream decoder strips a byte order mark from its own view */
        if (r->len >= 3 && !memcmp(r->data, "\xEF\xBB\xBF", 3)) start += 3;
    }
    if (text) *text = r->data + start;
    if (len) *len = n;
    return true;
}

INFEXT_API void infext_reader_document_type(const infext_reader *r, const char **api_version, const char **kind)
{
    if (api_version) *api_version = r ? r->b.doc_type_meta[0] : NULL;
    if (kind) *kind = r ? r->b.doc_type_meta[1] : NULL;
}

INFEXT_API infext_format infext_reader_format(const infext_reader *r)
{
    return r ? r->format : INFEXT_FORMAT_AUTO;
}

INFEXT_API const char *infext_reader_document_name(const infext_reader *r)
{
    return r ? r->b.doc_type_meta[2] : NULL;
}

/* Read the next document into the builder's outputs. Returns 0 when a
 * document was read (successfully or not: see b.status), 1 at the end. */
static int read_document(infext_reader *r)
{
    infext__builder *b = &r->b;
    infext__builder_reset_document(b);
    infext__builder_clear_document_type(b);
    r->doc_text_known = 0;
    if (r->ended) return 1;
    /* The first document's large blocks before parsing; a later one's are
     * made when it needs them, since it may never come. */
    if (r->docs_read == 0) infext__builder_prepare(b);
    if (r->format == INFEXT_FORMAT_JSON) {
        if (only_blank(r->data + r->offset, r->len - r->offset)) {
            if (r->docs_read == 0) {
                r->ended = 1;
                infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_SYNTAX, (infext__pos){0, 0},
                               "no document found: the input is empty");
                r->doc_index = 0;
                r->docs_read++;
                return 0;
            }
            r->ended = 1;
            return 1;
        }
        size_t used = 0;
        r->doc_index = r->docs_read++;
        int rc;
        if (r->doc_index == 0) {
            rc = feed_first_json(b, &r->first, r->data, &used);
        } else {
            /* where this value starts, counted on from the previous one */
            r->mark_pos = infext__pos_advance(r->mark_pos, r->data + r->mark, r->offset - r->mark);
            r->mark = r->offset;
            rc = infext__json_feed(b, r->data + r->offset, r->len - r->offset, &used, r->mark_pos);
        }
        if (rc != 0 && (b->status == INFEXT_EPARSE || b->status == INFEXT_ENOMEM))
            r->ended = 1;
        if (!r->ended) {
            size_t start = r->offset, end = r->offset + used;
            while (start < end && strchr(" \t\r\n", r->data[start])) start++;
            while (end > start && strchr(" \t\r\n", r->data[end - 1])) end--;
            r->doc_text_start = start;
            r->doc_text_len = end - start;
            r->doc_text_known = 1;
        }
        r->offset += used;
        return 0;
    }
    int end = 0;
    size_t diags_before = b->diags ? b->diags->len : 0;
    int rc = infext__yaml_feed_document(b, r->yaml, &end);
    if (rc == 0 && end) {
        r->ended = 1;
        return 1;
    }
    if (r->docs_read == 0) prefer_further(b, &r->first, diags_before);
    r->doc_index = r->docs_read++;
    r->doc_line = b->doc_pos.line;
    r->doc_text_known = 1; /* worked out when asked, if the document was read to its end */
    if (rc != 0 && (b->status == INFEXT_EPARSE || b->status == INFEXT_ELIMIT || b->status == INFEXT_ENOMEM))
        r->ended = 1;
    return 0;
}

/* Hand out the next object of the document. The decoder's entries about it
 * (and, with the first, those about the document as a whole) go to the
 * caller's list now, so that each item of a List comes with its own errors;
 * the object's marks then name that list, as if the decoder had written
 * there. */
static infext_object *yield(infext_reader *r, infext_diags *diags)
{
    infext__builder *b = &r->b;
    size_t i = b->n_taken++;
    infext__hdr *h = b->out[i];
    size_t first = diags ? diags->len : 0;
    infext__diags_move(diags, &r->held, (uint32_t)(i + 1), i == 0);
    if (h->extra && h->extra->type_errors) {
        h->extra->reported_to = diags;
        h->extra->reported_epoch = diags ? diags->epoch : 0;
        h->extra->reported_first = first;
        h->extra->reported_mark = diags ? diags->len : 0;
    }
    return (infext_object *)h;
}

INFEXT_API infext_status infext_reader_next(infext_object **out, infext_reader *r, infext_diags *diags)
{
    if (!out || !r) return INFEXT_EINVAL;
    *out = NULL;
    infext__builder *b = &r->b;
    b->diags = &r->held;
    if (b->n_taken < b->n_out) { /* more items of a List */
        *out = yield(r, diags);
        return INFEXT_OK;
    }
    infext__diags_move(diags, &r->held, INFEXT__DIAGS_ALL, 0); /* nothing is left over, but be sure */
    if (read_document(r) == 1) return INFEXT_OK;
    infext_status st = status_of(b);
    if (st != INFEXT_OK) {
        infext__diags_move(diags, &r->held, INFEXT__DIAGS_ALL, 0);
        infext__builder_reset_document(b);
        return st;
    }
    if (b->n_taken < b->n_out) {
        *out = yield(r, diags);
        return INFEXT_OK;
    }
    /* A List with no items: nothing to yield from this document. */
    infext__diags_move(diags, &r->held, INFEXT__DIAGS_ALL, 0);
    return infext_reader_next(out, r, diags);
}

static infext_status decode_one(void **out, const infext__kind_desc *fixed, const char *data, size_t len,
                                const infext_decode_options *opts, infext_diags *diags)
{
    if (!out || (!data && len)) return INFEXT_EINVAL;
    *out = NULL;
    if (opts && (opts->version == 0 || opts->version > INFEXT_DECODE_OPTIONS_VERSION)) return INFEXT_EINVAL;
    infext_decode_options o;
    infext__decode_options_resolve(&o, opts);
    if (!data) data = "";
    if (len > o.max_document_size) {
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_TOO_LONG, "", 0, 0,
                          "input of %zu bytes is larger than the limit of %zu", len, o.max_document_size);
        return INFEXT_ELIMIT;
    }
    first_value first;
    infext_format fmt = detect(&first, data, len, o.format);
    infext__builder b;
    infext__builder_init(&b, &o, diags);
    b.fixed_kind = fixed;
    b.size_hint = len;
    b.format_yaml = fmt == INFEXT_FORMAT_YAML;
    b.positions |= b.format_yaml; /* YAML diagnostics always carry positions */
    infext__builder_prepare(&b);
    if (fmt == INFEXT_FORMAT_JSON) {
        size_t used = 0;
        if (only_blank(data, len)) {
            infext__b_fail(&b, INFEXT_EPARSE, INFEXT_ERR_SYNTAX, (infext__pos){0, 0},
                           "no document found: the input is empty");
        } else if ((first.tree || first.refused ? feed_first_json(&b, &first, data, &used)
                                                : infext__json_feed(&b, data, len, &used, input_start)) == 0 &&
                   !only_blank(data + used, len - used)) {
            size_t next = used; /* where the second document starts */
            while (next < len && (data[next] == ' ' || data[next] == '\t' || data[next] == '\r' || data[next] == '\n'))
                next++;
            infext__b_fail(&b, INFEXT_EPARSE, INFEXT_ERR_SYNTAX, infext__pos_advance(input_start, data, next),
                           "more than one document: use a reader for streams");
        }
    } else {
        infext__yaml_stream *ys = infext__yaml_stream_new(data, len);
        if (!ys) {
            infext__builder_fini(&b);
            return INFEXT_ENOMEM;
        }
        int end = 0;
        size_t diags_before = diags ? diags->len : 0;
        int rc = infext__yaml_feed_document(&b, ys, &end);
        prefer_further(&b, &first, diags_before);
        if (rc == 0) {
            if (end) {
                infext__b_fail(&b, INFEXT_EPARSE, INFEXT_ERR_SYNTAX, (infext__pos){0, 0},
                               "no document found: the input is empty");
            } else {
                int end2 = 0;
                infext__builder probe;
                infext__builder_init(&probe, &o, NULL);
                if (infext__yaml_feed_document(&probe, ys, &end2) != 0 || !end2)
                    infext__b_fail(&b, INFEXT_EPARSE, INFEXT_ERR_SYNTAX, probe.doc_pos,
                                   "more than one document: use a reader for streams");
                infext__builder_fini(&probe);
            }
        }
        infext__yaml_stream_free(ys);
    }
    infext_status st = status_of(&b);
    if (st == INFEXT_OK && b.n_out != 1) {
        infext__b_fail(&b, INFEXT_EKIND, INFEXT_ERR_REQUIRED, (infext__pos){0, 0}, "no object was decoded");
        st = status_of(&b);
    }
    if (st == INFEXT_OK) {
        *out = b.out[0];
        b.n_taken = 1;
    }
    infext__builder_fini(&b);
    return st;
}

INFEXT_API infext_status infext_decode(infext_object **out, const char *data, size_t len,
                                       const infext_decode_options *opts, infext_diags *diags)
{
    return decode_one((void **)out, NULL, data, len, opts, diags);
}

infext_status infext__decode_kind(void **out, infext_kind kind, const char *data, size_t len,
                                  const infext_decode_options *opts, infext_diags *diags)
{
    const infext__kind_desc *k = infext__kind_by_id(kind);
    if (!k) return INFEXT_EINVAL;
    return decode_one(out, k, data, len, opts, diags);
}

/* Read a whole stream into a buffer of at most `max` bytes. */
static infext_status slurp(char **out, size_t *len, FILE *f, size_t max)
{
    size_t cap = 65536, n = 0;
    char *buf = infext__malloc(cap + 1);
    if (!buf) return INFEXT_ENOMEM;
    for (;;) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        if (cap >= max) {
            infext__free(buf);
            return INFEXT_ELIMIT;
        }
        size_t bigger = infext__grow_cap(cap, cap + 1, 1, 0, max);
        char *p = bigger && bigger < SIZE_MAX ? infext__realloc(buf, bigger + 1) : NULL;
        if (!p) {
            infext__free(buf);
            return INFEXT_ENOMEM;
        }
        buf = p;
        cap = bigger;
    }
    if (ferror(f)) {
        infext__free(buf);
        return INFEXT_EIO;
    }
    if (n > max) {
        infext__free(buf);
        return INFEXT_ELIMIT;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return INFEXT_OK;
}

INFEXT_API infext_status infext_reader_new_stream(infext_reader **out, FILE *stream,
                                                  const infext_decode_options *opts)
{
    if (!out || !stream) return INFEXT_EINVAL;
    *out = NULL;
    infext_decode_options o;
    infext__decode_options_resolve(&o, opts);
    char *data = NULL;
    size_t len = 0;
    infext_status st = slurp(&data, &len, stream, o.max_document_size);
    if (st != INFEXT_OK) return st;
    st = infext_reader_new(out, data, len, opts);
    if (st != INFEXT_OK) {
        infext__free(data);
        return st;
    }
    (*out)->owned = data;
    return INFEXT_OK;
}

INFEXT_API infext_status infext_decode_file(infext_object **out, const char *path,
                                            const infext_decode_options *opts, infext_diags *diags)
{
    if (!out || !path) return INFEXT_EINVAL;
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INTERNAL, "", 0, 0, "%s: %s", path,
                          strerror(errno));
        return INFEXT_EIO;
    }
    infext_decode_options o;
    infext__decode_options_resolve(&o, opts);
    char *data = NULL;
    size_t len = 0;
    infext_status st = slurp(&data, &len, f, o.max_document_size);
    fclose(f);
    if (st != INFEXT_OK) {
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INTERNAL, "", 0, 0, "%s: %s", path,
                          infext_strerror(st));
        return st;
    }
    st = infext_decode(out, data, len, opts, diags);
    infext__free(data);
    return st;
}
