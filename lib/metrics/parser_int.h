/* The pieces of the metrics text parser (parser.c: pages, families and the
 * public API; parser_lex.c: the lines; parser_number.c: numbers). */
#ifndef INFEXT_METRICS_PARSER_INT_H
#define INFEXT_METRICS_PARSER_INT_H

#include "metrics/metrics_int.h"

#include <stdarg.h>
#include <string.h>

/* family flags */
#define FAM_HELP 0x1
#define FAM_TYPE 0x2
#define FAM_SAMPLES 0x4

/* One line being parsed. */
typedef struct line_ctx {
    infext_metrics_parser *p;
    const char *s; /* the line, without its newline */
    size_t len;
    size_t pos;
    unsigned int line;
    infext_diags *diags;
    char *out; /* scratch write position */
    infext_status error;
    size_t name_pos; /* the sample's name on the line */
    size_t name_len;
} line_ctx;

/* Report an error at byte `pos` of the line (the first one only: a later
 * call returns the first status); returns the status, INFEXT_ENOMEM when
 * the message could not be kept. */
infext_status infext__metrics_fail_at(line_ctx *c, size_t pos, infext_status st, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* A printable rendering of a token for messages: at most 40 bytes,
 * control bytes and quotes escaped. */
const char *infext__metrics_show(char *buf, size_t cap, const char *s, size_t len);

static inline void infext__metrics_skip_blank(line_ctx *c)
{
    while (c->pos < c->len && (c->s[c->pos] == ' ' || c->s[c->pos] == '\t')) c->pos++;
}

/* A token up to a blank or the end. */
static inline size_t infext__metrics_scan_token(line_ctx *c)
{
    size_t start = c->pos;
    while (c->pos < c->len && c->s[c->pos] != ' ' && c->s[c->pos] != '\t') c->pos++;
    return c->pos - start;
}

/* Copy to scratch as a NUL-terminated string. */
static inline const char *infext__metrics_keep(line_ctx *c, const char *s, size_t len)
{
    char *dst = c->out;
    memcpy(dst, s, len);
    dst[len] = '\0';
    c->out += len + 1;
    return dst;
}

/* A sample line from its name to its end, into `out` (family resolution is
 * the caller's). 0, or -1 with c->error set. */
int infext__metrics_sample_line(line_ctx *c, infext_metrics_sample *out);

/* `# HELP name text` / `# TYPE name type`; other comments are skipped. 0,
 * or -1 with c->error set. */
int infext__metrics_comment_line(line_ctx *c);

/* The family `name` of the current page, added when new; NULL with
 * c->error set when the table is full or cannot grow. */
infext__mfamily *infext__metrics_family_get(line_ctx *c, const char *name, size_t len);

/* `len` bytes at s equal `word` (lower case) ignoring ASCII case. */
int infext__metrics_lower_equal(const char *s, size_t len, const char *word);

/* strconv.ParseInt(s, 10, 64): 0, -1 bad syntax, -2 out of range. */
int infext__metrics_parse_int64(int64_t *out, const char *s, size_t len);

#endif
