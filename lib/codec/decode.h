/* The decoder core. Front ends (the jansson tree walker, the libyaml event
 * loop) turn their input into the events below; one builder turns events
 * into typed objects by walking the descriptor tables. Field logic (lookup,
 * type checks, presence, unknown members, duplicates, paths) lives only
 * here. */
#ifndef INFEXT_CODEC_DECODE_H
#define INFEXT_CODEC_DECODE_H

#include "types/schema.h"
#include "util/buf.h"
#include "util/diag.h"

typedef struct infext__scalar {
    uint8_t type;     /* infext__vtype: NULL, FALSE, TRUE, INT, REAL, STRING */
    uint8_t quoted;   /* YAML: the scalar was quoted (a string by choice) */
    uint8_t plain_int_text; /* YAML: plain scalar resolved as a number */
    uint8_t no_nul;   /* the front end knows the text holds no NUL byte (plain YAML) */
    int64_t i;
    double d;
    const char *s;    /* STRING: bytes (not NUL-terminated); others: source text or NULL */
    size_t len;
    infext__pos pos;
} infext__scalar;

typedef struct infext__frame infext__frame;

typedef struct infext__builder {
    const infext_decode_options *opts;
    infext_diags *diags;
    infext_status status;     /* first fatal status */
    infext_status soft_status; /* ETYPE/EUNKNOWN/EKIND recorded while going on */
    const infext__kind_desc *fixed_kind; /* typed decode: the only kind allowed */
    int split_lists;          /* yield List items as roots of their own */
    int positions;            /* record positions */
    int format_yaml;          /* wording of hints */
    int at_key;               /* the event being handled is a key */
    /* JSON: the text of the document being walked (a reference the caller
     * holds), for positions of diagnostics; roots made keep one too. */
    infext__source *src;
    infext__frame *frames;
    size_t depth;
    size_t frames_cap;
    /* outputs: finished root objects, in order */
    void **out;
    size_t n_out;
    size_t cap_out;
    infext__pos doc_pos;
    infext__buf path;         /* scratch for error paths */
    infext__arena *scratch;   /* values buffered before their root exists */
    size_t n_taken;           /* outputs already handed to the caller */
    size_t size_hint;         /* bytes of input: sizes the first arena block */
    infext__arena *spare_root; /* the next root's arena, made before parsing */
    char type_meta[2][64];    /* apiVersion and kind of the document being dispatched */
    /* apiVersion, kind and (for a document that is not one of ours)
     * metadata.name the document itself gives (not its List items),
     * whether or not they name a kind of ours; NULL where absent. Valid
     * until the next document is read. */
    const char *doc_type_meta[3];
    char doc_type_meta_text[3][64];
    char *doc_type_meta_long[3]; /* malloc'ed copies of longer spellings */
} infext__builder;

void infext__builder_init(infext__builder *b, const infext_decode_options *opts,
                          infext_diags *diags);
void infext__builder_reset_document(infext__builder *b); /* frees unfinished objects */
void infext__builder_fini(infext__builder *b);           /* frees everything not taken */
/* Make the next document's large blocks (its root's arena, the stack) now,
 * before the parser starts: a large malloc amid the parser's small frees
 * makes glibc consolidate its fast bins and sends every small malloc after
 * it down the slow path. Best effort: what fails here is made (or fails)
 * when it is needed. */
void infext__builder_prepare(infext__builder *b);
/* Forget the document's own apiVersion and kind (a new document starts). */
void infext__builder_clear_document_type(infext__builder *b);

/* Each returns 0 to go on, -1 to stop (b->status says why). */
int infext__b_begin_map(infext__builder *b, infext__pos pos);
int infext__b_key(infext__builder *b, const char *key, size_t len, infext__pos pos);
/* infext__b_key for a key the front end knows holds no NUL byte. */
int infext__b_key_no_nul(infext__builder *b, const char *key, size_t len, infext__pos pos);
int infext__b_end_map(infext__builder *b);
int infext__b_begin_seq(infext__builder *b, infext__pos pos);
int infext__b_end_seq(infext__builder *b);
int infext__b_scalar(infext__builder *b, const infext__scalar *s);
/* Whether the mapping being built already has this key (YAML merge keys
 * skip the keys a mapping gives itself). */
int infext__b_has_key(infext__builder *b, const char *key, size_t len);
/* Where a whole raw value for the current position should be built, when
 * the position stores raw JSON (a raw field, a preserved unknown member, the
 * inside of a raw value): front ends that already hold the whole subtree
 * (jansson) convert it in one go and hand it over with infext__b_value().
 * NULL when the position wants events. */
infext__arena *infext__b_raw_target(infext__builder *b);
int infext__b_value(infext__builder *b, const infext__value *v);

/* Feed a finished value as events (members buffered before a kind was known). */
int infext__b_replay(infext__builder *b, const infext__value *v);
/* Called after the last event of a document: checks that a root was made. */
int infext__b_end_document(infext__builder *b);

/* Fatal error at the current path. */
int infext__b_fail(infext__builder *b, infext_status status, infext_error_type type,
                   infext__pos pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Options with every zero limit replaced by its default. */
void infext__decode_options_resolve(infext_decode_options *dst, const infext_decode_options *src);

/* Front ends. */
/* JSON: decode one value starting at data, which stands at `base` in its
 * input; *consumed receives the bytes used (so a reader can continue with a
 * concatenated value). Returns 0 or -1. */
int infext__json_feed(infext__builder *b, const char *data, size_t len, size_t *consumed, infext__pos base);
/* The same in two steps, so that the first document of an input can decide
 * its format: parse (0, or -1 with *why filled) and walk the parsed tree
 * into the builder (which frees the tree; returns 0 or -1). */
typedef struct infext__json_tree infext__json_tree; /* a jansson tree */
typedef struct infext__json_refusal {
    infext_status status;  /* EPARSE, ELIMIT (jansson's depth) or ENOMEM */
    infext_error_type type;
    infext__pos pos;
    int not_json;          /* a syntax error: the text is no JSON (maybe YAML) */
    int cut_short;         /* JSON up to the end of the input, where it stops short */
    char text[160];        /* jansson's message */
} infext__json_refusal;
int infext__json_parse(infext__json_tree **out, const char *data, size_t len, size_t *consumed,
                       infext__json_refusal *why);
/* `text` is the value's text ([0, len) of what was parsed), standing at
 * `base` in its input: positions of diagnostics are looked up in it. */
int infext__json_walk(infext__builder *b, infext__json_tree *tree, const char *text, size_t len,
                      infext__pos base);
void infext__json_tree_free(infext__json_tree *tree);
/* Report a refusal as the document's fatal error; returns -1. */
int infext__json_refused(infext__builder *b, const infext__json_refusal *why);

/* YAML: a stream reader that feeds one document at a time. */
typedef struct infext__yaml_stream infext__yaml_stream;
infext__yaml_stream *infext__yaml_stream_new(const char *data, size_t len);
void infext__yaml_stream_free(infext__yaml_stream *ys);
/* Feeds the next non-empty document to the builder. Sets *end when the
 * stream has no further document (then nothing was fed). Returns 0 or -1;
 * after -1 the stream cannot continue. */
int infext__yaml_feed_document(infext__builder *b, infext__yaml_stream *ys, int *end);
/* Byte span [start, end) of the document last fed, once it was read to its
 * end; returns 0 when unknown (a document cut short by an error). Worked
 * out on demand, so decoding pays nothing for it. */
int infext__yaml_document_span(infext__yaml_stream *ys, size_t *start, size_t *end);
infext_format infext__detect_format(const char *data, size_t len);

/* Typed decode of one document of a fixed kind (generated wrappers). */
infext_status infext__decode_kind(void **out, infext_kind kind, const char *data, size_t len,
                                  const infext_decode_options *opts, infext_diags *diags);

/* Raw (any JSON) fields. */
infext_status infext__raw_get_json(char **out, const void *obj, const infext__field *f);
infext_status infext__raw_set_json(void *obj, const infext__field *f, const char *json);

#endif
