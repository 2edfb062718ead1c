/* YAML front end: libyaml events into builder events.
 *
 * Plain scalars are typed the way Kubernetes' YAML-to-JSON step types them
 * (go-yaml v2's YAML 1.1 resolver); see docs/yaml.md for the table.
 *
 * Anchors and aliases: while an anchored node is open, its events are
 * copied into a log (scalar text into one byte buffer). An alias replays the
 * logged events of its anchor through the same handler as live events, so
 * typing, limits, duplicate keys and paths work the same. An alias inside an
 * anchored node is logged as an alias, not as its expansion, so the log never
 * outgrows the input. Each anchor knows how many nodes its expansion holds;
 * an alias is refused before any work when that would pass the limits (nodes
 * copied per document, and per byte of input for the whole stream).
 *
 * Merge keys (`<<`): the value of a merge key is logged, not fed; when its
 * mapping ends, the pairs of the merged mappings are replayed, skipping keys
 * the mapping already has, earlier sources first (the YAML merge-key rule). */
#include "codec/decode.h"
#include "util/alloc.h"
#include "util/diag.h"

#include <ctype.h>
#include <inttypes.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* ----------------------------------------------------------- helpers -- */

static int oom(infext__builder *b)
{
    if (b->status == INFEXT_OK) b->status = INFEXT_ENOMEM;
    return -1;
}

static int reserve(void **items, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return 0;
    size_t n = *cap ? *cap : 16;
    while (n < need) {
        if (n > SIZE_MAX / 2 / elem) return -1;
        n *= 2;
    }
    void *p = infext__realloc(*items, n * elem);
    if (!p) return -1;
    *items = p;
    *cap = n;
    return 0;
}

static size_t sat_add(size_t a, size_t b) { return a > SIZE_MAX / 4 - b ? SIZE_MAX / 4 : a + b; }

static infext__pos mark_pos(yaml_mark_t m)
{
    infext__pos p = {(uint32_t)m.line + 1, (uint32_t)m.column + 1};
    return p;
}

/* Line and column (as libyaml counts them: characters, from 1) of a byte
 * offset. */
static infext__pos offset_pos(const unsigned char *data, size_t len, size_t off)
{
    infext__pos p = {1, 1};
    size_t i = 0;
    if (off > len) off = len;
    for (; i < off; i++) {
        unsigned char c = data[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= len || data[i + 1] != '\n'))) {
            p.line++;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            p.column++;
        }
    }
    return p;
}

/* Byte offset of a libyaml mark (whose index counts characters). */
static size_t mark_offset(const unsigned char *data, size_t len, size_t index)
{
    size_t i = 0;
    for (size_t chars = 0; i < len; i++) {
        if ((data[i] & 0xC0) == 0x80) continue;
        if (chars++ == index) break;
    }
    return i;
}

/* Byte offset of a mark at or after the stream's cursor; marks of the
 * document events only move forward, so the whole stream costs one pass. */
static size_t stream_offset(infext__yaml_stream *ys, size_t index)
{
    if (index < ys->cursor_chars) ys->cursor_chars = ys->cursor_bytes = 0;
    size_t i = ys->cursor_bytes, chars = ys->cursor_chars;
    while (i < ys->len && chars < index) {
        i++;
        while (i < ys->len && (ys->data[i] & 0xC0) == 0x80) i++;
        chars++;
    }
    ys->cursor_chars = chars;
    ys->cursor_bytes = i;
    return i;
}

int infext__yaml_document_span(infext__yaml_stream *ys, size_t *start, size_t *end)
{
    if (!ys->doc_span_known) return 0;
    /* The text starts after an explicit "---" and the blanks and line
     * break that follow it; a document without a marker owns the comments
     * in front of it, back to the previous document. */
    size_t from = stream_offset(ys, ys->doc_implicit ? ys->doc_prev_end_index : ys->doc_start_index);
    while (from < ys->len && (ys->data[from] == ' ' || ys->data[from] == '\t')) from++;
    if (from < ys->len && ys->data[from] == '\r') from++;
    if (from < ys->len && ys->data[from] == '\n') from++;
    size_t to = stream_offset(ys, ys->doc_end_index);
    *start = from;
    *end = to > from ? to : from;
    return 1;
}

/* ---------------------------------------------------------- typing --- */

static int word_in(const char *s, size_t len, const char *const *words)
{
    for (; *words; words++)
        if ((*words)[0] == s[0] && strncmp(*words, s, len) == 0 && (*words)[len] == '\0') return 1;
    return 0;
}

static int all_digits(const char *s, size_t len, int base)
{
    if (len == 0) return 0;
    for (size_t i = 0; i < len; i++) {
        int c = (unsigned char)s[i], v;
        if (c >= '0' && c <= '9') v = c - '0';
        else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
        else return 0;
        if (v >= base) return 0;
    }
    return 1;
}

/* An integer in Go's base-prefix syntax (what ParseInt(s, 0, 64) takes):
 * sign, then 0x / 0o / 0b / a leading 0 for octal, or decimal. Returns 1
 * with the value when it fits int64, 2 when it only fits uint64, else 0. */
static int parse_go_int(const char *s, size_t len, int64_t *out, uint64_t *uout)
{
    int neg = 0;
    size_t i = 0;
    if (len && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        i = 1;
    }
    int base = 10;
    if (len - i >= 2 && s[i] == '0') {
        char p = (char)(s[i + 1] | 0x20);
        if (p == 'x') base = 16, i += 2;
        else if (p == 'o') base = 8, i += 2;
        else if (p == 'b') base = 2, i += 2;
        else base = 8, i += 1;
    }
    if (!all_digits(s + i, len - i, base)) return 0;
    uint64_t v = 0;
    for (; i < len; i++) {
        int c = (unsigned char)s[i];
        uint64_t d = (uint64_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        if (v > (UINT64_MAX - d) / (uint64_t)base) return 0;
        v = v * (uint64_t)base + d;
    }
    if (neg) {
        if (v > (uint64_t)INT64_MAX + 1) return 0;
        *out = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
        return 1;
    }
    if (v > (uint64_t)INT64_MAX) {
        *uout = v;
        return 2;
    }
    *out = (int64_t)v;
    return 1;
}

/* [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? */
static int yaml_float_syntax(const char *s, size_t len)
{
    size_t i = 0, d;
    if (i < len && (s[i] == '+' || s[i] == '-')) i++;
    if (i < len && s[i] == '.') {
        i++;
        for (d = i; i < len && isdigit((unsigned char)s[i]); i++) {}
        if (i == d) return 0;
    } else {
        for (d = i; i < len && isdigit((unsigned char)s[i]); i++) {}
        if (i == d) return 0;
        if (i < len && s[i] == '.')
            for (i++; i < len && isdigit((unsigned char)s[i]); i++) {}
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-')) i++;
        for (d = i; i < len && isdigit((unsigned char)s[i]); i++) {}
        if (i == d) return 0;
    }
    return i == len;
}

static size_t digits_at(const char *s, size_t len, size_t i, size_t max)
{
    size_t n = 0;
    while (i + n < len && n < max && isdigit((unsigned char)s[i + n])) n++;
    return n;
}

/* A YAML 1.1 timestamp (yaml.org/type/timestamp): 2001-12-14,
 * 2001-12-14t21:59:43.10-05:00, 2001-12-14 21:59:43.10 -5, ... */
int infext__yaml_is_timestamp(const char *s, size_t len)
{
    size_t i = 0, n;
    if (digits_at(s, len, 0, 4) != 4 || len < 8 || s[4] != '-') return 0;
    i = 5;
    if (!(n = digits_at(s, len, i, 2))) return 0;
    size_t month_digits = n;
    i += n;
    if (i >= len || s[i] != '-') return 0;
    i++;
    if (!(n = digits_at(s, len, i, 2))) return 0;
    i += n;
    if (i == len) return month_digits == 2 && n == 2; /* the date-only form is strict */
    if (s[i] == 'T' || s[i] == 't') i++;
    else if (s[i] == ' ' || s[i] == '\t')
        while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
    else return 0;
    if (!(n = digits_at(s, len, i, 2))) return 0;
    i += n;
    for (int part = 0; part < 2; part++) {
        if (i >= len || s[i] != ':' || digits_at(s, len, i + 1, 2) != 2) return 0;
        i += 3;
    }
    if (i < len && s[i] == '.')
        for (i++; i < len && isdigit((unsigned char)s[i]); i++) {}
    while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
    if (i == len) return 1;
    if (s[i] == 'Z') return i + 1 == len;
    if (s[i] != '+' && s[i] != '-') return 0;
    i++;
    if (!(n = digits_at(s, len, i, 2))) return 0;
    i += n;
    if (i < len && s[i] == ':') {
        if (digits_at(s, len, i + 1, 2) != 2) return 0;
        i += 3;
    }
    return i == len;
}

/* Whether a plain scalar starting with c can be anything but a string:
 * a keyword (yYnNtTfFoO~), a number or timestamp (sign, digit), or a
 * float or .inf/.nan ('.'). */
static int maybe_typed(unsigned char c)
{
    switch (c) {
    case 'y': case 'Y': case 'n': case 'N': case 't': case 'T': case 'f': case 'F': case 'o': case 'O':
    case '~': case '+': case '-': case '.':
        return 1;
    default:
        return c >= '0' && c <= '9';
    }
}

/* The YAML 1.1 keyword s is, as a value type, or INFEXT__V_STRING. */
static uint8_t keyword_type(const char *s, size_t len)
{
    static const struct {
        char text[6];
        uint8_t type;
    } words[] = {
        {"~", INFEXT__V_NULL},      {"y", INFEXT__V_TRUE},      {"Y", INFEXT__V_TRUE},
        {"n", INFEXT__V_FALSE},     {"N", INFEXT__V_FALSE},     {"on", INFEXT__V_TRUE},
        {"On", INFEXT__V_TRUE},     {"ON", INFEXT__V_TRUE},     {"no", INFEXT__V_FALSE},
        {"No", INFEXT__V_FALSE},    {"NO", INFEXT__V_FALSE},    {"yes", INFEXT__V_TRUE},
        {"Yes", INFEXT__V_TRUE},    {"YES", INFEXT__V_TRUE},    {"off", INFEXT__V_FALSE},
        {"Off", INFEXT__V_FALSE},   {"OFF", INFEXT__V_FALSE},   {"null", INFEXT__V_NULL},
        {"Null", INFEXT__V_NULL},   {"NULL", INFEXT__V_NULL},   {"true", INFEXT__V_TRUE},
        {"True", INFEXT__V_TRUE},   {"TRUE", INFEXT__V_TRUE},   {"false", INFEXT__V_FALSE},
        {"False", INFEXT__V_FALSE}, {"FALSE", INFEXT__V_FALSE},
    };
    /* words are sorted by length: where each length starts */
    static const uint8_t first[7] = {0, 0, 5, 11, 17, 23, 26};
    if (len == 0 || len > 5) return INFEXT__V_STRING;
    for (uint8_t i = first[len]; i < first[len + 1]; i++)
        if (words[i].text[0] == s[0] && memcmp(words[i].text, s, len) == 0) return words[i].type;
    return INFEXT__V_STRING;
}

/* Resolve a plain scalar as go-yaml v2 does: the first byte decides what it
 * may be (sign or digit: number or timestamp; one of yYnNtTfFoO~: a
 * keyword; '.': a float or .inf/.nan), anything else is a string. */
void infext__yaml_resolve_plain(infext__scalar *out, const char *s, size_t len)
{
    static const char *const pos_inf[] = {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", NULL};
    static const char *const neg_inf[] = {"-.inf", "-.Inf", "-.INF", NULL};
    static const char *const nans[] = {".nan", ".NaN", ".NAN", NULL};
    out->s = s;
    out->len = len;
    out->type = INFEXT__V_STRING;
    if (len == 0) {
        out->type = INFEXT__V_NULL;
        return;
    }
    unsigned char c = (unsigned char)s[0];
    if (!maybe_typed(c)) return;
    if (c != '.' && c != '+' && c != '-' && (c < '0' || c > '9')) {
        out->type = keyword_type(s, len);
        return;
    }
    if ((s[0] == '.' || (len > 1 && s[1] == '.')) &&
        (word_in(s, len, pos_inf) || word_in(s, len, neg_inf) || word_in(s, len, nans))) {
        out->type = INFEXT__V_REAL;
        out->d = word_in(s, len, nans) ? NAN : s[0] == '-' ? -INFINITY : INFINITY;
        return;
    }
    /* Longer numbers (hundreds of digits) are read as strings: a limit
     * documented in docs/yaml.md, and far from any value these kinds hold. */
    if (len >= 256) return;
    if (c != '.' && infext__yaml_is_timestamp(s, len)) return;
    char buf[256];
    size_t n = 0;
    if (c == '.') {
        memcpy(buf, s, len); /* Go's ParseFloat: no underscores here */
        n = len;
    } else {
        for (size_t i = 0; i < len; i++)
            if (s[i] != '_') buf[n++] = s[i];
    }
    buf[n] = '\0';
    int64_t iv = 0;
    uint64_t uv = 0;
    int r = c == '.' ? 0 : parse_go_int(buf, n, &iv, &uv);
    if (r == 1) {
        out->type = INFEXT__V_INT;
        out->i = iv;
        out->plain_int_text = 1;
        return;
    }
    if (r == 2) { /* beyond int64: only a float can hold it */
        out->type = INFEXT__V_REAL;
        out->d = (double)uv;
        out->plain_int_text = 2; /* go-yaml's uint64 */
        return;
    }
    if (yaml_float_syntax(buf, n)) {
        errno = 0;
        double d = strtod(buf, NULL);
        if (isinf(d)) return; /* out of range: go-yaml keeps the string */
        out->type = INFEXT__V_REAL;
        out->d = d;
    }
}

static const char *tag_name(uint8_t tag)
{
    switch (tag) {
    case TAG_INT: return "!!int";
    case TAG_FLOAT: return "!!float";
    case TAG_BOOL: return "!!bool";
    case TAG_NULL: return "!!null";
    default: return "!!timestamp";
    }
}

static uint8_t tag_of(const unsigned char *tag)
{
    static const struct {
        const char *name;
        uint8_t tag;
    } known[] = {{"str", TAG_STR},   {"int", TAG_INT},   {"float", TAG_FLOAT},         {"bool", TAG_BOOL},
                 {"null", TAG_NULL}, {"merge", TAG_MERGE}, {"timestamp", TAG_TIMESTAMP}, {"binary", TAG_BINARY}};
    static const char prefix[] = "tag:yaml.org,2002:";
    if (!tag) return TAG_NONE;
    const char *t = (const char *)tag;
    if (strcmp(t, "!") == 0) return TAG_STR; /* the non-specific tag of a quoted scalar */
    if (strncmp(t, prefix, sizeof prefix - 1) != 0) return TAG_OTHER;
    t += sizeof prefix - 1;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(t, known[i].name) == 0) return known[i].tag;
    return TAG_OTHER;
}

static int base64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* What libyaml's reader refuses at a character: nothing (0), a byte that
 * cannot start a UTF-8 character, a character cut short, a code point
 * outside Unicode or a surrogate, or a character YAML does not allow. */
enum unreadable { READABLE, BAD_START, CUT_SHORT, NOT_UNICODE, CONTROL };

static enum unreadable classify_char(const unsigned char *s, size_t avail, size_t *width, uint32_t *cp_out)
{
    unsigned char c = s[0];
    size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (!n) return BAD_START;
    if (n > avail) return CUT_SHORT;
    uint32_t cp = n == 1 ? c : c & (0x7Fu >> n);
    for (size_t k = 1; k < n; k++) {
        if ((s[k] & 0xC0) != 0x80) return CUT_SHORT;
        cp = cp << 6 | (s[k] & 0x3Fu);
    }
    /* an over-long form: libyaml calls it a bad sequence length */
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000)) return BAD_START;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return NOT_UNICODE;
    *width = n;
    *cp_out = cp;
    if (cp == 0x09 || cp == 0x0A || cp == 0x0D || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85 ||
        (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000)
        return READABLE;
    return CONTROL;
}

static int utf8_valid(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t width = 1;
        uint32_t cp = 0;
        enum unreadable r = classify_char(s + i, len - i, &width, &cp);
        if (r != READABLE && r != CONTROL) return 0; /* control characters are valid UTF-8 */
        i += width;
    }
    return 1;
}

/* !!binary: base64 (line breaks and spaces allowed) decoded into a string,
 * which has to be UTF-8 text, since every string here is. */
static int decode_binary(infext__yaml_stream *ys, infext__scalar *s, const char *text, size_t len)
{
    infext__builder *b = ys->b;
    infext__buf *out = &ys->scratch;
    infext__buf_truncate(out, 0);
    uint32_t acc = 0;
    int bits = 0, pad = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (c == '=' && bits) {
            pad++;
            continue;
        }
        int v = base64_value(c);
        if (v < 0 || pad) goto bad;
        acc = acc << 6 | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (infext__buf_putc(out, (char)(acc >> bits & 0xFF)) != 0) return oom(b);
        }
    }
    if (bits >= 6 || (pad && (bits / 2) != pad)) goto bad;
    if (!out->data && infext__buf_grow(out, 1) != 0) return oom(b);
    if (!utf8_valid((const unsigned char *)out->data, out->len))
        return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_INVALID, s->pos,
                              "Invalid value: a !!binary value must decode to UTF-8 text");
    s->type = INFEXT__V_STRING;
    s->s = out->data;
    s->len = out->len;
    return 0;
bad:
    return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_INVALID, s->pos,
                          "Invalid value: a !!binary value must be base64");
}

/* Type a scalar from its text, style and tag as go-yaml v2 does: quoted
 * means string; a standard tag asks for its type (!!int "8" is 8, !!float
 * takes an integer, !!str and unknown tags take anything as a string). */
static int type_scalar(infext__yaml_stream *ys, infext__scalar *s, const yev *e)
{
    s->quoted = s->plain_int_text = 0;
    s->i = 0;
    s->d = 0;
    s->pos = e->pos;
    s->s = e->text;
    s->len = e->len;
    s->type = INFEXT__V_STRING;
    switch (e->tag) {
    case TAG_NONE:
        if (e->quoted) s->quoted = 1;
        else infext__yaml_resolve_plain(s, e->text, e->len);
        break;
    case TAG_BINARY:
        if (decode_binary(ys, s, e->text, e->len) != 0) return -1;
        s->quoted = 1;
        break;
    case TAG_INT:
    case TAG_FLOAT:
    case TAG_BOOL:
    case TAG_NULL:
    case TAG_TIMESTAMP: {
        infext__yaml_resolve_plain(s, e->text, e->len);
        int ok;
        switch (e->tag) {
        case TAG_INT: ok = s->type == INFEXT__V_INT; break;
        case TAG_FLOAT:
            if (s->type == INFEXT__V_INT) {
                s->type = INFEXT__V_REAL;
                s->d = (double)s->i;
            }
            ok = s->type == INFEXT__V_REAL;
            break;
        case TAG_BOOL: ok = s->type == INFEXT__V_TRUE || s->type == INFEXT__V_FALSE; break;
        case TAG_NULL: ok = s->type == INFEXT__V_NULL; break;
        default: ok = infext__yaml_is_timestamp(e->text, e->len); break;
        }
        if (!ok)
            return infext__b_fail(ys->b, INFEXT_EPARSE, INFEXT_ERR_INVALID, s->pos,
                                  "Invalid value: \"%.*s\": cannot be read as %s", (int)e->len, e->text,
                                  tag_name(e->tag));
        break;
    }
    default: /* !!str, !!merge as a value, and tags of other vocabularies */
        s->quoted = 1;
        break;
    }
    if (s->type != INFEXT__V_STRING && s->type != INFEXT__V_REAL) s->s = NULL;
    return 0;
}

/* ---------------------------------------------------------- anchors --- */

static size_t hash_name(const char *s, size_t len)
{
    size_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static const char *anchor_name(const infext__yaml_stream *ys, const anchor *a)
{
    return ys->texts.data + a->name_off;
}

/* The slot of a name: where it is, or the empty slot where it would go. */
static size_t slot_of(const infext__yaml_stream *ys, const char *name, size_t len)
{
    size_t mask = ys->slots_cap - 1;
    for (size_t i = hash_name(name, len) & mask;; i = (i + 1) & mask) {
        uint32_t v = ys->slots[i];
        if (!v) return i;
        const anchor *a = &ys->anchors[v - 1];
        if (a->name_len == len && memcmp(anchor_name(ys, a), name, len) == 0) return i;
    }
}

static int name_anchor(infext__yaml_stream *ys, size_t index, const char *name, size_t len)
{
    if ((ys->n_anchors + 1) * 2 > ys->slots_cap) {
        size_t cap = ys->slots_cap ? ys->slots_cap * 2 : 64;
        uint32_t *old = ys->slots;
        size_t old_cap = ys->slots_cap;
        ys->slots = infext__calloc(cap, sizeof(uint32_t));
        if (!ys->slots) {
            ys->slots = old;
            return -1;
        }
        ys->slots_cap = cap;
        for (size_t i = 0; i < old_cap; i++) {
            if (!old[i]) continue;
            const anchor *a = &ys->anchors[old[i] - 1];
            ys->slots[slot_of(ys, anchor_name(ys, a), a->name_len)] = old[i];
        }
        infext__free(old);
    }
    ys->slots[slot_of(ys, name, len)] = (uint32_t)index + 1; /* a redefinition wins */
    return 0;
}

static const anchor *find_anchor(const infext__yaml_stream *ys, const char *name, size_t len)
{
    if (!ys->slots_cap) return NULL;
    uint32_t v = ys->slots[slot_of(ys, name, len)];
    return v ? &ys->anchors[v - 1] : NULL;
}

/* Start logging the node that begins with the next event. */
static int open_anchor(infext__yaml_stream *ys, const char *name, size_t len, size_t *index)
{
    if (reserve((void **)&ys->anchors, &ys->anchors_cap, ys->n_anchors + 1, sizeof(anchor)) != 0 ||
        reserve((void **)&ys->open, &ys->open_cap, ys->n_open + 1, sizeof(size_t)) != 0)
        return -1;
    anchor *a = &ys->anchors[ys->n_anchors];
    memset(a, 0, sizeof *a);
    a->first = ys->n_log;
    a->depth = ys->depth;
    a->total_at_open = ys->expanded_total;
    if (name) {
        a->name_off = ys->texts.len;
        a->name_len = len;
        if (infext__buf_append(&ys->texts, name, len) != 0 || infext__buf_putc(&ys->texts, '\0') != 0) return -1;
    }
    *index = ys->n_anchors++;
    ys->open[ys->n_open++] = *index;
    if (name && name_anchor(ys, *index, name, len) != 0) return -1;
    return 0;
}

/* A node at the current depth is complete: close the anchors on it. */
static void close_anchors(infext__yaml_stream *ys)
{
    while (ys->n_open && ys->anchors[ys->open[ys->n_open - 1]].depth == ys->depth) {
        anchor *a = &ys->anchors[ys->open[--ys->n_open]];
        a->end = ys->n_log;
        a->expanded = ys->expanded_total - a->total_at_open;
        a->complete = 1;
    }
}

static int log_event(infext__yaml_stream *ys, const yev *e, const anchor *target)
{
    if (reserve((void **)&ys->log, &ys->log_cap, ys->n_log + 1, sizeof(yev)) != 0) return -1;
    yev *l = &ys->log[ys->n_log++];
    *l = *e;
    l->text = NULL;
    if (e->type == EV_SCALAR) {
        l->ref = ys->texts.len;
        if (infext__buf_append(&ys->texts, e->text, e->len) != 0 || infext__buf_putc(&ys->texts, '\0') != 0)
            return -1;
    }
    if (e->type == EV_MAP || e->type == EV_SEQ || e->type == EV_SCALAR)
        ys->expanded_total = sat_add(ys->expanded_total, 1);
    else if (e->type == EV_ALIAS && target)
        ys->expanded_total = sat_add(ys->expanded_total, target->expanded);
    return 0;
}

static yev logged(const infext__yaml_stream *ys, size_t i)
{
    yev e = ys->log[i];
    if (e.type == EV_SCALAR) e.text = ys->texts.data + e.ref;
    return e;
}

/* One past the last event of the node starting at log[i]. */
static size_t node_end(const infext__yaml_stream *ys, size_t i)
{
    if (ys->log[i].type != EV_MAP && ys->log[i].type != EV_SEQ) return i + 1;
    size_t depth = 0;
    for (;; i++) {
        uint8_t t = ys->log[i].type;
        if (t == EV_MAP || t == EV_SEQ) depth++;
        else if ((t == EV_END_MAP || t == EV_END_SEQ) && --depth == 0) return i + 1;
    }
}

/* ------------------------------------------------------------ events --- */

static int handle(infext__yaml_stream *ys, const yev *e);

static int is_merge_key(const yev *e)
{
    return e->type == EV_SCALAR && ((e->tag == TAG_NONE && !e->quoted && e->len == 2 && memcmp(e->text, "<<", 2) == 0) ||
                                    e->tag == TAG_MERGE);
}

/* The anchor an alias names, or a diagnostic. */
static const anchor *alias_target(infext__yaml_stream *ys, const yev *e)
{
    const anchor *a;
    const char *name;
    size_t len;
    if (e->text) { /* live: the event's name */
        name = e->text;
        len = e->len;
        a = find_anchor(ys, name, len);
    } else {
        a = &ys->anchors[e->ref];
        name = anchor_name(ys, a);
        len = a->name_len;
    }
    if (!a) {
        infext__b_fail(ys->b, INFEXT_EPARSE, INFEXT_ERR_INVALID, e->pos,
                       "unknown anchor \"%.*s\" referenced by alias *%.*s", (int)len, name, (int)len, name);
        return NULL;
    }
    if (!a->complete) {
        infext__b_fail(ys->b, INFEXT_EPARSE, INFEXT_ERR_INVALID, e->pos,
                       "alias *%.*s refers to a node that contains it", (int)len, name);
        return NULL;
    }
    return a;
}

/* Account for `nodes` copied by an alias or merge at pos; fails past a limit. */
static int charge(infext__yaml_stream *ys, size_t nodes, infext__pos pos, const char *what, size_t what_len)
{
    infext__builder *b = ys->b;
    if (ys->replaying) return 0; /* counted with the outermost copy */
    if (sat_add(ys->doc_copied, nodes) > b->opts->max_alias_expansion)
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_TOO_MANY, pos,
                              "%.*s: expanding it would bring the nodes copied by aliases in this document to %zu, "
                              "more than max_alias_expansion (%zu)",
                              (int)what_len, what, sat_add(ys->doc_copied, nodes), b->opts->max_alias_expansion);
    if (sat_add(ys->total_copied, nodes) > ys->work_limit)
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_TOO_MANY, pos,
                              "%.*s: expanding it would bring the nodes copied by aliases to %zu, more than the "
                              "%zu allowed for an input of %zu bytes (%d plus one per %d bytes)",
                              (int)what_len, what, sat_add(ys->total_copied, nodes), ys->work_limit, ys->len,
                              ALIAS_WORK_BASE, ALIAS_WORK_BYTES);
    ys->doc_copied += nodes;
    ys->total_copied += nodes;
    return 0;
}

static int replay_range(infext__yaml_stream *ys, size_t first, size_t end, const infext__pos *at);

static int expand_alias(infext__yaml_stream *ys, const yev *e)
{
    const anchor *a = alias_target(ys, e);
    if (!a) return -1;
    char what[80];
    int n = snprintf(what, sizeof what, "alias *%.*s", (int)(a->name_len > 60 ? 60 : a->name_len), anchor_name(ys, a));
    if (charge(ys, a->expanded, e->pos, what, (size_t)n) != 0) return -1;
    ys->replaying++;
    int rc = replay_range(ys, a->first, a->end, &e->pos);
    ys->replaying--;
    return rc;
}

static int key_type_error(infext__yaml_stream *ys, const char *found, const yev *e)
{
    return infext__b_fail(ys->b, INFEXT_EPARSE, INFEXT_ERR_TYPE_INVALID, e->pos,
                          "a mapping key must be a string, not %s", found);
}

/* A key that is not a string, as sigs.k8s.io/yaml turns it into one on
 * its way to JSON (convertToJSONableObject): an integer in decimal, a
 * boolean as true or false, a float as strconv.FormatFloat(f, 'g', -1, 32)
 * writes it (the float32's shortest digits), infinities and NaN as YAML
 * spells them. A null
 * key, and an integer beyond int64 (go-yaml's uint64), it refuses: NULL. */
static const char *key_text(char *buf, size_t cap, const infext__scalar *k)
{
    switch (k->type) {
    case INFEXT__V_TRUE: return "true";
    case INFEXT__V_FALSE: return "false";
    case INFEXT__V_INT: snprintf(buf, cap, "%" PRId64, k->i); return buf;
    case INFEXT__V_REAL:
        if (k->plain_int_text == 2) return NULL;
        infext__go_float(buf, cap, k->d, 32);
        if (!strcmp(buf, "+Inf")) return ".inf";
        if (!strcmp(buf, "-Inf")) return "-.inf";
        if (!strcmp(buf, "NaN")) return ".nan";
        return buf;
    default: return NULL;
    }
}

/* A scalar in key position. */
static int handle_key(infext__yaml_stream *ys, level *l, const yev *e)
{
    infext__scalar k;
    if (type_scalar(ys, &k, e) != 0) return -1;
    if (is_merge_key(e)) {
        l->state = ST_MERGE_VALUE;
        if (ys->replaying) {
            ys->merge_key_seen = 1;
        } else {
            ys->suppressing = 1;
            ys->suppress_depth = ys->depth;
            ys->open_merge_anchor = 1;
        }
        return 0;
    }
    char text[64];
    if (k.type != INFEXT__V_STRING) {
        const char *as_text = key_text(text, sizeof text, &k);
        if (!as_text) {
            char found[128];
            if (k.type == INFEXT__V_NULL)
                snprintf(found, sizeof found, "null (sigs.k8s.io/yaml refuses a null key)");
            else
                snprintf(found, sizeof found, "the integer %.*s, beyond int64 (sigs.k8s.io/yaml refuses it as a key)",
                         (int)(e->len > 40 ? 40 : e->len), e->text);
            return key_type_error(ys, found, e);
        }
        k.s = as_text;
        k.len = strlen(as_text);
    }
    if (k.len > ys->b->opts->max_string_length)
        return infext__b_fail(ys->b, INFEXT_ELIMIT, INFEXT_ERR_TOO_LONG, e->pos,
                              "key of %zu bytes is longer than the limit of %zu", k.len,
                              ys->b->opts->max_string_length);
    l->state = ST_VALUE;
    return infext__b_key(ys->b, k.s, k.len, e->pos);
}

/* The value of the node at the current depth is complete. */
static int value_done(infext__yaml_stream *ys)
{
    close_anchors(ys);
    if (!ys->depth) return 0;
    level *l = &ys->levels[ys->depth - 1];
    if (l->state == ST_VALUE) {
        l->state = ST_KEY;
    } else if (l->state == ST_MERGE_VALUE && ys->suppressing && ys->suppress_depth == ys->depth) {
        const anchor *a = &ys->anchors[ys->merge_anchor];
        if (reserve((void **)&ys->merges, &ys->merges_cap, ys->n_merges + 1, sizeof(merge_src)) != 0)
            return oom(ys->b);
        merge_src *m = &ys->merges[ys->n_merges++];
        m->first = a->first;
        m->end = a->end;
        m->expanded = a->expanded;
        m->pos = ys->log[a->first].pos;
        ys->suppressing = 0;
        l->state = ST_KEY;
    }
    return 0;
}

static int apply_merges(infext__yaml_stream *ys, size_t base);

static int push_level(infext__yaml_stream *ys, int is_map, infext__pos pos)
{
    infext__builder *b = ys->b;
    if (ys->depth >= b->opts->max_depth)
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_SYNTAX, pos, "nesting deeper than the limit of %zu levels",
                              b->opts->max_depth);
    if (reserve((void **)&ys->levels, &ys->levels_cap, ys->depth + 1, sizeof(level)) != 0) return oom(b);
    level *l = &ys->levels[ys->depth++];
    l->is_map = (uint8_t)is_map;
    l->state = is_map ? ST_KEY : ST_ITEM;
    l->merge_base = ys->n_merges;
    return 0;
}

/* Events inside the value of a live merge key: logged (by the caller), not
 * fed; aliases are checked but not expanded until the merge applies. */
static int handle_suppressed(infext__yaml_stream *ys, const yev *e)
{
    switch (e->type) {
    case EV_MAP:
    case EV_SEQ:
        return push_level(ys, e->type == EV_MAP, e->pos);
    case EV_END_MAP:
    case EV_END_SEQ:
        ys->depth--;
        return value_done(ys);
    case EV_ALIAS:
        if (!alias_target(ys, e)) return -1;
        return value_done(ys);
    default: /* keys and values alike: only depth matters here */
        return value_done(ys);
    }
}

static int handle(infext__yaml_stream *ys, const yev *e)
{
    infext__builder *b = ys->b;
    level *l = ys->depth ? &ys->levels[ys->depth - 1] : NULL;
    int key_position = l && l->is_map && l->state == ST_KEY;
    switch (e->type) {
    case EV_SCALAR: {
        ys->fed = 1;
        if (key_position) {
            if (handle_key(ys, l, e) != 0) return -1;
            close_anchors(ys);
            return 0;
        }
        infext__scalar s;
        if (type_scalar(ys, &s, e) != 0) return -1;
        if (!ys->depth && s.type == INFEXT__V_NULL) {
            /* An empty or comment-only document, or a bare null: kubectl
             * skips these, and so do we. */
            ys->fed = 0;
            return value_done(ys);
        }
        if (infext__b_scalar(b, &s) != 0) return -1;
        return value_done(ys);
    }
    case EV_ALIAS: {
        ys->fed = 1;
        if (expand_alias(ys, e) != 0) return -1;
        return 0; /* the replayed node completed itself */
    }
    case EV_MAP:
    case EV_SEQ:
        ys->fed = 1;
        if (key_position)
            return key_type_error(ys, e->type == EV_MAP ? "a mapping" : "a sequence", e);
        if (push_level(ys, e->type == EV_MAP, e->pos) != 0) return -1;
        return e->type == EV_MAP ? infext__b_begin_map(b, e->pos) : infext__b_begin_seq(b, e->pos);
    case EV_END_MAP:
        if (ys->n_merges > l->merge_base && apply_merges(ys, l->merge_base) != 0) return -1;
        ys->depth--;
        if (infext__b_end_map(b) != 0) return -1;
        return value_done(ys);
    case EV_END_SEQ:
        ys->depth--;
        if (infext__b_end_seq(b) != 0) return -1;
        return value_done(ys);
    default:
        return 0;
    }
}

/* Feed logged events [first, end). A merge key met here takes the next
 * node as its value without feeding it. With `at`, the first node is
 * reported there: the node an alias stands for is where the alias is;
 * the nodes inside it keep the positions of the anchored text. */
static int replay_range(infext__yaml_stream *ys, size_t first, size_t end, const infext__pos *at)
{
    for (size_t i = first; i < end; i++) {
        yev e = logged(ys, i);
        if (at && i == first) e.pos = *at;
        if (handle(ys, &e) != 0) return -1;
        if (ys->merge_key_seen) {
            ys->merge_key_seen = 0;
            size_t vend = node_end(ys, i + 1);
            if (reserve((void **)&ys->merges, &ys->merges_cap, ys->n_merges + 1, sizeof(merge_src)) != 0)
                return oom(ys->b);
            merge_src *m = &ys->merges[ys->n_merges++];
            m->first = i + 1;
            m->end = vend;
            m->expanded = 0;
            m->pos = e.pos;
            ys->levels[ys->depth - 1].state = ST_KEY;
            i = vend - 1;
        }
    }
    return 0;
}

static int merge_source(infext__yaml_stream *ys, size_t first, size_t end, infext__pos pos);

static int need_mapping(infext__yaml_stream *ys, infext__pos pos)
{
    return infext__b_fail(ys->b, INFEXT_EPARSE, INFEXT_ERR_INVALID, pos,
                          "the value of a merge key << must be a mapping, an alias of one, or a sequence of them");
}

/* Feed the pairs of the logged mapping [first, end) whose keys the current
 * mapping lacks; then the mappings its own merge keys name. */
static int merge_pairs(infext__yaml_stream *ys, size_t first, size_t end)
{
    infext__builder *b = ys->b;
    if (++ys->merge_nesting > b->opts->max_depth)
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_SYNTAX, ys->log[first].pos,
                              "merge keys nested deeper than the limit of %zu levels", b->opts->max_depth);
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = first + 1; i + 1 < end;) {
            size_t kend = node_end(ys, i), vend = node_end(ys, kend);
            yev key = logged(ys, i);
            if (key.type == EV_ALIAS) {
                const anchor *a = &ys->anchors[key.ref];
                key = logged(ys, a->first);
            }
            int merge = is_merge_key(&key);
            if (pass == 1 && merge && merge_source(ys, kend, vend, key.pos) != 0) return -1;
            if (pass == 0 && !merge) {
                infext__scalar k;
                int present = 0;
                if (key.type == EV_SCALAR && key.tag == TAG_NONE) {
                    if (key.quoted) present = infext__b_has_key(b, key.text, key.len);
                    else {
                        memset(&k, 0, sizeof k);
                        infext__yaml_resolve_plain(&k, key.text, key.len);
                        present = k.type == INFEXT__V_STRING && infext__b_has_key(b, key.text, key.len);
                    }
                } else if (key.type == EV_SCALAR && (key.tag == TAG_STR || key.tag == TAG_OTHER)) {
                    present = infext__b_has_key(b, key.text, key.len);
                }
                if (!present && (replay_range(ys, i, kend, NULL) != 0 || replay_range(ys, kend, vend, NULL) != 0))
                    return -1;
            }
            i = vend;
        }
    }
    ys->merge_nesting--;
    return 0;
}

/* A mapping or an alias of one, merged into the current mapping. */
static int merge_mapping(infext__yaml_stream *ys, size_t first, size_t end, infext__pos pos)
{
    if (ys->log[first].type == EV_ALIAS) {
        const anchor *a = &ys->anchors[ys->log[first].ref];
        first = a->first;
        end = a->end;
    }
    if (ys->log[first].type != EV_MAP) return need_mapping(ys, pos);
    return merge_pairs(ys, first, end);
}

/* The value of a merge key: a mapping, an alias of one, or a sequence of
 * those (earlier ones win). */
static int merge_source(infext__yaml_stream *ys, size_t first, size_t end, infext__pos pos)
{
    if (ys->log[first].type != EV_SEQ) return merge_mapping(ys, first, end, pos);
    for (size_t i = first + 1; i + 1 < end;) {
        size_t next = node_end(ys, i);
        if (merge_mapping(ys, i, next, pos) != 0) return -1;
        i = next;
    }
    return 0;
}

/* Apply the merge keys of the mapping that is ending. */
static int apply_merges(infext__yaml_stream *ys, size_t base)
{
    size_t n = ys->n_merges; /* nested mappings push and pop above n */
    for (size_t i = base; i < n; i++) {
        merge_src m = ys->merges[i];
        if (charge(ys, m.expanded, m.pos, "merge key <<", 12) != 0) return -1;
        ys->replaying++;
        int rc = merge_source(ys, m.first, m.end, m.pos);
        ys->replaying--;
        if (rc != 0) return -1;
    }
    ys->n_merges = base;
    return 0;
}

/* ------------------------------------------------------------ stream --- */

/* Offset of the first character libyaml would refuse, or len. */
static size_t first_unreadable(const unsigned char *s, size_t len)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    size_t i = 0;
    while (i < len) {
        /* Eight bytes at a time while they are printable ASCII or line
         * feeds; a word holding anything else is looked at byte by byte.
         * Each test works on the low seven bits of every byte, so no carry
         * crosses into the next byte and a bit is set exactly where the
         * byte is of that sort. */
        if (len - i >= 8) {
            const uint64_t low7 = 0x7F * ones;
            uint64_t w;
            memcpy(&w, s + i, 8);
            uint64_t at_least_space = ((w & low7) + 0x60 * ones) & highs;
            uint64_t lf = w ^ (0x0A * ones), del = w ^ low7;
            uint64_t is_lf = ~(((lf & low7) + low7) | lf) & highs;
            uint64_t is_del = ~(((del & low7) + low7) | del) & highs;
            if (!((w & highs) | (~at_least_space & highs & ~is_lf) | is_del)) {
                i += 8;
                continue;
            }
        }
        if (s[i] >= 0x20 && s[i] < 0x7F) {
            i++;
            continue;
        }
        size_t width = 1;
        uint32_t cp = 0;
        if (classify_char(s + i, len - i, &width, &cp) != READABLE) return i;
        i += width;
    }
    return len;
}

/* Start of the last line before `off` that is a document marker ("---" or
 * "..." alone or followed by a blank): everything before it is whole
 * documents. 0 when the bad byte is in the first document. */
static size_t last_document_start(const unsigned char *s, size_t off)
{
    size_t line = off;
    while (line > 0 && s[line - 1] != '\n') line--;
    while (line > 0) {
        line--; /* onto the previous line's break */
        while (line > 0 && s[line - 1] != '\n') line--;
        if (off - line >= 3 && (!memcmp(s + line, "---", 3) || !memcmp(s + line, "...", 3)) &&
            (off - line == 3 || strchr(" \t\r\n", s[line + 3])))
            return line;
    }
    return 0;
}

infext__yaml_stream *infext__yaml_stream_new(const char *data, size_t len)
{
    infext__yaml_stream *ys = infext__calloc(1, sizeof(*ys));
    if (!ys) return NULL;
    if (!yaml_parser_initialize(&ys->parser)) {
        infext__free(ys);
        return NULL;
    }
    /* libyaml, told the encoding, would read a byte order mark as text */
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        len -= 3;
    }
    ys->data = (const unsigned char *)data;
    ys->len = len;
    ys->work_limit = sat_add(ALIAS_WORK_BASE, len / ALIAS_WORK_BYTES);
    size_t readable = len;
    ys->unreadable_at = first_unreadable(ys->data, len);
    if (ys->unreadable_at < len) {
        ys->has_unreadable = 1;
        readable = last_document_start(ys->data, ys->unreadable_at);
    }
    yaml_parser_set_input_string(&ys->parser, (const unsigned char *)data, readable);
    yaml_parser_set_encoding(&ys->parser, YAML_UTF8_ENCODING);
    return ys;
}

void infext__yaml_stream_free(infext__yaml_stream *ys)
{
    if (!ys) return;
    yaml_parser_delete(&ys->parser);
    infext__free(ys->levels);
    infext__free(ys->log);
    infext__buf_reset(&ys->texts);
    infext__free(ys->anchors);
    infext__free(ys->slots);
    infext__free(ys->open);
    infext__free(ys->merges);
    infext__buf_reset(&ys->scratch);
    infext__free(ys);
}

static void reset_document(infext__yaml_stream *ys)
{
    ys->depth = 0;
    ys->n_log = 0;
    infext__buf_truncate(&ys->texts, 0);
    ys->n_anchors = 0;
    if (ys->slots) memset(ys->slots, 0, ys->slots_cap * sizeof(uint32_t));
    ys->n_open = 0;
    ys->expanded_total = 0;
    ys->n_merges = 0;
    ys->suppressing = ys->open_merge_anchor = ys->merge_key_seen = 0;
    ys->merge_nesting = 0;
    ys->replaying = 0;
    ys->doc_copied = 0;
    ys->fed = 0;
}

/* A text the parser could not read: reported without a path, since the
 * builder's position may lag behind the parser's. */
static int syntax_fail(infext__yaml_stream *ys, infext__pos pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static int syntax_fail(infext__yaml_stream *ys, infext__pos pos, const char *fmt, ...)
{
    infext__builder *b = ys->b;
    infext__buf msg = INFEXT__BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    infext__buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    infext_status st = INFEXT_ENOMEM;
    if (!msg.failed && msg.data)
        st = infext__diag_addf(b->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_SYNTAX, "", pos.line, pos.column, "%s",
                               msg.data);
    infext__buf_reset(&msg);
    if (b->status == INFEXT_OK) b->status = st == INFEXT_OK ? INFEXT_EPARSE : INFEXT_ENOMEM;
    return -1;
}

/* libyaml's complaint, with the position and words a user can act on. */
static int parser_error(infext__yaml_stream *ys)
{
    yaml_parser_t *p = &ys->parser;
    if (p->error == YAML_MEMORY_ERROR) return oom(ys->b);
    const char *problem = p->problem ? p->problem : "syntax error";
    if (p->error == YAML_READER_ERROR) {
        size_t off = p->problem_offset < ys->len ? p->problem_offset : ys->len ? ys->len - 1 : 0;
        if (strstr(problem, "control characters"))
            return syntax_fail(ys, offset_pos(ys->data, ys->len, off),
                               "control character U+%04X is not allowed in YAML text (write it as an escape in a "
                               "double-quoted string)",
                               (unsigned)p->problem_value);
        if (strstr(problem, "trailing")) { /* off is the byte after the character's start */
            off = off ? off - 1 : 0;
            while (off > 0 && (ys->data[off] & 0xC0) == 0x80) off--;
        }
        if (strstr(problem, "trailing") || strstr(problem, "incomplete"))
            return syntax_fail(ys, offset_pos(ys->data, ys->len, off),
                               "the input is not valid UTF-8: the character that byte 0x%02X starts is cut short",
                               (unsigned)ys->data[off]);
        if (strstr(problem, "leading") || strstr(problem, "length"))
            return syntax_fail(ys, offset_pos(ys->data, ys->len, off),
                               "the input is not valid UTF-8: byte 0x%02X cannot start a character",
                               (unsigned)ys->data[off]);
        return syntax_fail(ys, offset_pos(ys->data, ys->len, off), "the input is not valid UTF-8: %s", problem);
    }
    infext__pos pos = mark_pos(p->problem_mark);
    size_t off = mark_offset(ys->data, ys->len, p->problem_mark.index);
    if (strstr(problem, "tab character") || (off < ys->len && ys->data[off] == '\t'))
        return syntax_fail(ys, pos, "a tab character cannot indent YAML: indent with spaces");
    return syntax_fail(ys, pos, "%s%s%s", problem, p->context ? " " : "", p->context ? p->context : "");
}

/* One event from libyaml: open the anchor it defines, log it while any
 * anchor is open, then handle it. */
static int live_event(infext__yaml_stream *ys, const yaml_event_t *ev)
{
    yev e;
    memset(&e, 0, sizeof e);
    e.pos = mark_pos(ev->start_mark);
    const unsigned char *anchor_text = NULL;
    switch (ev->type) {
    case YAML_MAPPING_START_EVENT:
        e.type = EV_MAP;
        anchor_text = ev->data.mapping_start.anchor;
        break;
    case YAML_SEQUENCE_START_EVENT:
        e.type = EV_SEQ;
        anchor_text = ev->data.sequence_start.anchor;
        break;
    case YAML_MAPPING_END_EVENT: e.type = EV_END_MAP; break;
    case YAML_SEQUENCE_END_EVENT: e.type = EV_END_SEQ; break;
    case YAML_SCALAR_EVENT:
        e.type = EV_SCALAR;
        e.text = (const char *)ev->data.scalar.value;
        e.len = (uint32_t)ev->data.scalar.length;
        e.quoted = ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE;
        e.tag = ev->data.scalar.plain_implicit || ev->data.scalar.quoted_implicit ? TAG_NONE
                                                                                   : tag_of(ev->data.scalar.tag);
        anchor_text = ev->data.scalar.anchor;
        if (ev->data.scalar.length > UINT32_MAX || ev->data.scalar.length > ys->b->opts->max_string_length)
            return infext__b_fail(ys->b, INFEXT_ELIMIT, INFEXT_ERR_TOO_LONG, e.pos,
                                  "string of %zu bytes is longer than the limit of %zu", ev->data.scalar.length,
                                  ys->b->opts->max_string_length);
        break;
    case YAML_ALIAS_EVENT:
        e.type = EV_ALIAS;
        e.text = (const char *)ev->data.alias.anchor;
        e.len = (uint32_t)strlen(e.text);
        break;
    default:
        return 0;
    }
    if (ys->open_merge_anchor) {
        ys->open_merge_anchor = 0;
        if (open_anchor(ys, NULL, 0, &ys->merge_anchor) != 0) return oom(ys->b);
    }
    if (anchor_text) {
        size_t index;
        if (open_anchor(ys, (const char *)anchor_text, strlen((const char *)anchor_text), &index) != 0)
            return oom(ys->b);
    }
    if (ys->n_open) {
        const anchor *target = e.type == EV_ALIAS ? find_anchor(ys, e.text, e.len) : NULL;
        if (log_event(ys, &e, target) != 0) return oom(ys->b);
        if (target) ys->log[ys->n_log - 1].ref = (size_t)(target - ys->anchors);
    }
    return ys->suppressing ? handle_suppressed(ys, &e) : handle(ys, &e);
}

static int unreadable_fail(infext__yaml_stream *ys)
{
    size_t off = ys->unreadable_at, width = 1;
    uint32_t cp = 0;
    infext__pos pos = offset_pos(ys->data, ys->len, off);
    unsigned byte = ys->data[off];
    switch (classify_char(ys->data + off, ys->len - off, &width, &cp)) {
    case CONTROL:
        return syntax_fail(ys, pos,
                           "control character U+%04X is not allowed in YAML text (write it as an escape in a "
                           "double-quoted string)",
                           (unsigned)cp);
    case CUT_SHORT:
        return syntax_fail(ys, pos, "the input is not valid UTF-8: the character that byte 0x%02X starts is cut short",
                           byte);
    case NOT_UNICODE:
        return syntax_fail(ys, pos, "the input is not valid UTF-8: the character at byte 0x%02X is not a Unicode "
                           "scalar value", byte);
    default:
        return syntax_fail(ys, pos, "the input is not valid UTF-8: byte 0x%02X cannot start a character", byte);
    }
}

int infext__yaml_feed_document(infext__builder *b, infext__yaml_stream *ys, int *end)
{
    *end = 0;
    if (ys->done) {
        *end = 1;
        return 0;
    }
    ys->b = b;
    yaml_event_t ev;
    for (;;) {
        if (!yaml_parser_parse(&ys->parser, &ev)) {
            ys->done = 1;
            parser_error(ys);
            return -1;
        }
        int rc = 0;
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            ys->done = 1;
            yaml_event_delete(&ev);
            if (ys->has_unreadable) return unreadable_fail(ys);
            *end = 1;
            return 0;
        case YAML_DOCUMENT_START_EVENT:
            reset_document(ys);
            b->doc_pos = mark_pos(ev.start_mark);
            ys->doc_start_index = ev.end_mark.index;
            ys->doc_implicit = ev.data.document_start.implicit;
            ys->doc_prev_end_index = ys->last_end_index;
            ys->doc_span_known = 0;
            break;
        case YAML_DOCUMENT_END_EVENT:
            ys->doc_end_index = ev.start_mark.index;
            ys->last_end_index = ev.end_mark.index;
            ys->doc_span_known = 1;
            yaml_event_delete(&ev);
            if (ys->fed) return 0;
            continue; /* an empty document: skip it */
        default:
            rc = live_event(ys, &ev);
            break;
        }
        yaml_event_delete(&ev);
        if (rc != 0) {
            ys->done = 1;
            return -1;
        }
    }
}
