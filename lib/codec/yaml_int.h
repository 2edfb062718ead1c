/* Private to the YAML front end: the stream's state, shared by the
 * decoder proper (yaml_decode.c) and its anchors, aliases and merge keys
 * (yaml_alias.c). */
#ifndef INFEXT_CODEC_YAML_INT_H
#define INFEXT_CODEC_YAML_INT_H

#include "codec/decode.h"
#include "util/buf.h"

#include <stddef.h>
#include <stdint.h>
#include <yaml.h>

/* Alias expansion may copy at most ALIAS_WORK_BASE nodes plus one per
 * ALIAS_WORK_BYTES bytes of input over a whole stream, whatever
 * max_alias_expansion says: a copied node costs about as much memory as
 * ALIAS_WORK_BYTES bytes of ordinary input do, so this keeps the work and
 * memory of any input a small multiple of its size. */
#define ALIAS_WORK_BASE 256
#define ALIAS_WORK_BYTES 16

enum ev_type { EV_MAP = 1, EV_SEQ, EV_END_MAP, EV_END_SEQ, EV_SCALAR, EV_ALIAS };

enum ev_tag {
    TAG_NONE,
    TAG_STR,
    TAG_INT,
    TAG_FLOAT,
    TAG_BOOL,
    TAG_NULL,
    TAG_TIMESTAMP,
    TAG_BINARY,
    TAG_MERGE,
    TAG_OTHER,
};

/* One event, live or logged. Logged scalars keep their text as an offset
 * into the stream's text buffer; logged aliases name their anchor by index. */
typedef struct yev {
    uint8_t type;
    uint8_t quoted; /* scalar not in plain style */
    uint8_t tag;
    uint32_t len;
    size_t ref; /* logged scalar: text offset; alias: anchor index */
    const char *text;
    infext__pos pos;
} yev;

typedef struct anchor {
    size_t name_off, name_len; /* in texts; a merge value has no name */
    size_t first, end;         /* its events: log[first, end) */
    size_t depth;              /* level depth of the anchored node */
    size_t total_at_open;
    size_t expanded; /* nodes its expansion produces */
    int complete;
} anchor;

typedef struct merge_src {
    size_t first, end;
    size_t expanded;
    infext__pos pos;
} merge_src;

enum level_state { ST_ITEM, ST_KEY, ST_VALUE, ST_MERGE_VALUE };

typedef struct level {
    uint8_t is_map;
    uint8_t state;
    size_t merge_base; /* merges[merge_base...] belong to this mapping */
} level;

struct infext__yaml_stream {
    yaml_parser_t parser;
    const unsigned char *data;
    size_t len;
    int done;
    infext__builder *b;
    int fed;

    level *levels;
    size_t depth, levels_cap;

    yev *log;
    size_t n_log, log_cap;
    infext__buf texts;

    anchor *anchors;
    size_t n_anchors, anchors_cap;
    uint32_t *slots; /* open-addressing table: anchor name -> index + 1 */
    size_t slots_cap;
    size_t *open; /* anchors whose node is being read */
    size_t n_open, open_cap;
    size_t expanded_total; /* running node count of logged events */

    merge_src *merges;
    size_t n_merges, merges_cap;
    int suppressing;       /* reading the value of a live merge key */
    size_t suppress_depth; /* depth of the mapping that holds it */
    size_t merge_anchor;   /* the unnamed anchor logging that value */
    int open_merge_anchor; /* the next live event starts that value */
    int merge_key_seen;    /* replay: the key just fed was `<<` */
    size_t merge_nesting;

    unsigned replaying;
    size_t doc_copied;   /* nodes copied by aliases in this document */
    size_t total_copied; /* ... in the whole stream */
    size_t work_limit;

    infext__buf scratch; /* decoded !!binary */

    /* The first byte libyaml's reader would refuse, found before parsing:
     * libyaml checks a whole input chunk at once, which would lose the
     * documents in front of the bad byte. The parser is given the text up
     * to the document that holds it, and the error comes after those. */
    int has_unreadable;
    size_t unreadable_at;

    /* Where the document last fed lies, as libyaml's character indices
     * (turned into bytes only when asked: infext_reader_document_text),
     * and a cursor that spares rescanning from the start each time. */
    size_t doc_start_index, doc_end_index;
    size_t doc_prev_end_index; /* the end of the document before it */
    size_t last_end_index;     /* after the last document's end (and its "...") */
    int doc_implicit, doc_span_known;
    size_t cursor_chars, cursor_bytes;
};

static inline size_t sat_add(size_t a, size_t b) { return a > SIZE_MAX / 4 - b ? SIZE_MAX / 4 : a + b; }

/* yaml_decode.c */
int infext__yaml_oom(infext__builder *b);
int infext__yaml_reserve(void **items, size_t *cap, size_t need, size_t elem);
/* One event, live or replayed, into the builder. */
int infext__yaml_handle(infext__yaml_stream *ys, const yev *e);

/* yaml_text.c: what libyaml's reader refuses at a character: nothing, a
 * byte that cannot start a UTF-8 character, a character cut short, a code
 * point outside Unicode or a surrogate, or a character YAML does not allow. */
enum unreadable { READABLE, BAD_START, CUT_SHORT, NOT_UNICODE, CONTROL };
enum unreadable infext__yaml_classify_char(const unsigned char *s, size_t avail, size_t *width, uint32_t *cp_out);
/* Whether s is UTF-8 (control characters included). */
int infext__yaml_utf8_valid(const unsigned char *s, size_t len);
/* Offset of the first character libyaml would refuse, or len. */
size_t infext__yaml_first_unreadable(const unsigned char *s, size_t len);
/* Start of the last document marker line before off (0: none). */
size_t infext__yaml_last_document_start(const unsigned char *s, size_t off);
/* Line and column (libyaml's: characters, from 1) of a byte offset. */
infext__pos infext__yaml_offset_pos(const unsigned char *data, size_t len, size_t off);

/* yaml_alias.c: anchors (a log of the events of each anchored node) */
int infext__yaml_open_anchor(infext__yaml_stream *ys, const char *name, size_t len, size_t *index);
void infext__yaml_close_anchors(infext__yaml_stream *ys);
int infext__yaml_log_event(infext__yaml_stream *ys, const yev *e, const anchor *target);
const anchor *infext__yaml_find_anchor(const infext__yaml_stream *ys, const char *name, size_t len);
/* aliases: the anchor one names (or a diagnostic and NULL), its expansion */
const anchor *infext__yaml_alias_target(infext__yaml_stream *ys, const yev *e);
int infext__yaml_expand_alias(infext__yaml_stream *ys, const yev *e);
/* merge keys: whether a key is `<<`; the merges of the mapping that ends */
int infext__yaml_is_merge_key(const yev *e);
int infext__yaml_apply_merges(infext__yaml_stream *ys, size_t base);

#endif
