/* The lines of the metrics text format: tokens, names, label sets and
 * escapes, sample lines and the HELP and TYPE comments. */
#include "metrics/parser_int.h"

#include "util/diag.h"

#include <stdio.h>

infext_status infext__metrics_fail_at(line_ctx *c, size_t pos, infext_status st, const char *fmt, ...)
{
    if (c->error != INFEXT_OK) return c->error;
    char msg[384];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    if (infext__diag_addf(c->diags, INFEXT_SEVERITY_ERROR,
                          st == INFEXT_ELIMIT ? INFEXT_ERR_TOO_LONG : INFEXT_ERR_SYNTAX, "", c->line,
                          c->line ? (unsigned)(pos + 1) : 0, "%s", msg) == INFEXT_ENOMEM)
        st = INFEXT_ENOMEM;
    c->error = st;
    return st;
}

const char *infext__metrics_show(char *buf, size_t cap, const char *s, size_t len)
{
    size_t o = 0;
    for (size_t i = 0; i < len && o + 8 < cap; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (i == 40) {
            memcpy(buf + o, "...", 3);
            o += 3;
            break;
        }
        if (ch == '"' || ch == '\\') {
            buf[o++] = '\\';
            buf[o++] = (char)ch;
        } else if (ch < 0x20 || ch == 0x7f) {
            o += (size_t)snprintf(buf + o, cap - o, "\\x%02x", ch);
        } else {
            buf[o++] = (char)ch;
        }
    }
    buf[o] = '\0';
    return buf;
}

/* What stands at a position, for "found ..." in messages. */
static const char *found(char *buf, size_t cap, const line_ctx *c)
{
    if (c->pos >= c->len) return "the end of the line";
    char tmp[16];
    snprintf(buf, cap, "\"%s\"", infext__metrics_show(tmp, sizeof(tmp), c->s + c->pos, 1));
    return buf;
}

static int is_name_start(char ch, int colon)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || (colon && ch == ':');
}

static int is_name_char(char ch, int colon)
{
    return is_name_start(ch, colon) || (ch >= '0' && ch <= '9');
}

/* A name at the current position (metric names may contain ':'); its
 * length, 0 when none starts here. */
static size_t scan_name(line_ctx *c, int colon)
{
    size_t start = c->pos;
    if (c->pos >= c->len || !is_name_start(c->s[c->pos], colon)) return 0;
    while (c->pos < c->len && is_name_char(c->s[c->pos], colon)) c->pos++;
    return c->pos - start;
}

/* scan_name(), or 0 with an "expected <what>" error when no name starts
 * here. */
static size_t expect_name(line_ctx *c, int colon, const char *what)
{
    char buf[24];
    size_t n = scan_name(c, colon);
    if (!n)
        infext__metrics_fail_at(c, c->pos, INFEXT_EPARSE, "expected %s, found %s", what,
                                found(buf, sizeof(buf), c));
    return n;
}

/* Length of a valid UTF-8 sequence at s (up to n bytes), 0 when invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80) return 1;
    size_t len = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
    if (!len || len > n || s[0] > 0xf4) return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xc0) != 0x80) return 0;
    if (len == 3 && ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0))) return 0;
    if (len == 4 && ((s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90))) return 0;
    return len;
}

/* A quoted label value (the opening quote already consumed), unescaped to
 * scratch. */
static const char *label_value(line_ctx *c, const char *label)
{
    char *dst = c->out, *o = dst;
    char tmp[16];
    while (c->pos < c->len) {
        char ch = c->s[c->pos];
        if (ch == '"') {
            c->pos++;
            *o = '\0';
            c->out = o + 1;
            return dst;
        }
        if (ch == '\\') {
            char e = c->pos + 1 < c->len ? c->s[c->pos + 1] : '\0';
            if (e == '\\' || e == '"') *o++ = e;
            else if (e == 'n') *o++ = '\n';
            else {
                const char *bad = c->pos + 1 < c->len ? infext__metrics_show(tmp, sizeof(tmp), c->s + c->pos + 1, 1) : "";
                infext__metrics_fail_at(c, c->pos, INFEXT_EPARSE,
                                        "invalid escape sequence \"\\%s\" in the value of label \"%s\"", bad, label);
                return NULL;
            }
            c->pos += 2;
            continue;
        }
        size_t n = utf8_seq((const unsigned char *)c->s + c->pos, c->len - c->pos);
        if (!n) {
            infext__metrics_fail_at(c, c->pos, INFEXT_EPARSE, "the value of label \"%s\" is not valid UTF-8",
                                    label);
            return NULL;
        }
        memcpy(o, c->s + c->pos, n);
        o += n;
        c->pos += n;
    }
    infext__metrics_fail_at(c, c->pos, INFEXT_EPARSE, "the value of label \"%s\" has no closing quote", label);
    return NULL;
}

/* The `{...}` label set (the brace already consumed). */
static int labels(line_ctx *c, infext_metrics_sample *out, const char *metric)
{
    char buf[24];
    infext_metrics_parser *p = c->p;
    for (;;) {
        infext__metrics_skip_blank(c);
        if (c->pos < c->len && c->s[c->pos] == '}') {
            c->pos++;
            return 0;
        }
        size_t start = c->pos;
        size_t n = expect_name(c, 0, "a label name or \"}\"");
        if (!n) return -1;
        if (out->labels_len == p->opts.max_labels) {
            infext__metrics_fail_at(c, start, INFEXT_ELIMIT, "metric \"%s\" has more than %zu labels", metric,
                                    p->opts.max_labels);
            return -1;
        }
        const char *name = infext__metrics_keep(c, c->s + start, n);
        for (size_t i = 0; i < out->labels_len; i++) {
            if (strcmp(out->label_names[i], name) == 0) {
                infext__metrics_fail_at(c, start, INFEXT_EPARSE, "label \"%s\" appears twice on metric \"%s\"",
                                        name, metric);
                return -1;
            }
        }
        infext__metrics_skip_blank(c);
        if (c->pos >= c->len || c->s[c->pos] != '=') {
            infext__metrics_fail_at(c, c->pos, INFEXT_EPARSE, "expected \"=\" after label name \"%s\", found %s",
                                    name, found(buf, sizeof(buf), c));
            return -1;
        }
        c->pos++;
        infext__metrics_skip_blank(c);
        if (c->pos >= c->len || c->s[c->pos] != '"') {
            infext__metrics_fail_at(c, c->pos, INFEXT_EPARSE,
                                    "expected a quoted value for label \"%s\", found %s", name,
                                    found(buf, sizeof(buf), c));
            return -1;
        }
        c->pos++;
        const char *value = label_value(c, name);
        if (!value) return -1;
        out->label_names[out->labels_len] = name;
        out->label_values[out->labels_len++] = value;
        infext__metrics_skip_blank(c);
        if (c->pos < c->len && c->s[c->pos] == ',') {
            c->pos++;
            continue;
        }
        if (c->pos < c->len && c->s[c->pos] == '}') continue;
        infext__metrics_fail_at(c, c->pos, INFEXT_EPARSE, "expected \",\" or \"}\" after a label value, found %s",
                                found(buf, sizeof(buf), c));
        return -1;
    }
}

int infext__metrics_sample_line(line_ctx *c, infext_metrics_sample *out)
{
    char buf[64], tok[64];
    infext_metrics_parser *p = c->p;
    size_t start = c->pos;
    size_t n = expect_name(c, 1, "a metric name");
    if (!n) return -1;
    memset(out, 0, sizeof(*out));
    out->label_names = p->label_names;
    out->label_values = p->label_values;
    out->line = c->line;
    out->text = c->s;
    out->text_len = c->len;
    out->name = infext__metrics_keep(c, c->s + start, n);
    out->family = out->name;
    c->name_pos = start;
    c->name_len = n;
    infext__metrics_skip_blank(c);
    if (c->pos < c->len && c->s[c->pos] == '{') {
        c->pos++;
        if (labels(c, out, out->name) != 0) return -1;
        infext__metrics_skip_blank(c);
    } else if (c->pos < c->len && c->pos == start + n) {
        /* a name runs straight into something that is not a name */
        infext__metrics_fail_at(c, c->pos, INFEXT_EPARSE, "invalid character %s in metric name \"%s\"",
                                found(buf, sizeof(buf), c), out->name);
        return -1;
    }
    if (c->pos >= c->len) {
        infext__metrics_fail_at(c, c->pos, INFEXT_EPARSE, "metric \"%s\" has no value", out->name);
        return -1;
    }
    size_t vstart = c->pos;
    size_t vlen = infext__metrics_scan_token(c);
    int rc = infext__metrics_parse_float(&out->value, c->s + vstart, vlen);
    if (rc != 0) {
        infext__metrics_fail_at(c, vstart, INFEXT_EPARSE, "%s \"%s\" as the value of metric \"%s\"",
                                rc == -2 ? "out-of-range number" : "expected a number, found",
                                infext__metrics_show(tok, sizeof(tok), c->s + vstart, vlen), out->name);
        return -1;
    }
    infext__metrics_skip_blank(c);
    if (c->pos < c->len) {
        size_t tstart = c->pos;
        size_t tlen = infext__metrics_scan_token(c);
        rc = infext__metrics_parse_int64(&out->timestamp, c->s + tstart, tlen);
        if (rc != 0) {
            infext__metrics_fail_at(c, tstart, INFEXT_EPARSE,
                                    "expected a timestamp (integer milliseconds), found \"%s\"",
                                    infext__metrics_show(tok, sizeof(tok), c->s + tstart, tlen));
            return -1;
        }
        out->has_timestamp = true;
        infext__metrics_skip_blank(c);
        if (c->pos < c->len) {
            infext__metrics_fail_at(c, c->pos, INFEXT_EPARSE, "unexpected text after the timestamp: \"%s\"",
                                    infext__metrics_show(tok, sizeof(tok), c->s + c->pos, c->len - c->pos));
            return -1;
        }
    }
    return 0;
}

/* A metric name of a comment line as messages show it (at most 200 bytes
 * of it), rendered only on an error. */
#define NAME_SHOWN(buf, c, start, len) \
    infext__metrics_show(buf, sizeof(buf), (c)->s + (start), (len) < 200 ? (len) : 200)

/* The rest of `# HELP name text`: the docstring, escapes \\ and \n only,
 * valid UTF-8. */
static int help_line(line_ctx *c, infext__mfamily *f, size_t kstart, size_t nstart, size_t nlen)
{
    char buf[64], name_buf[256];
    if (f->flags & FAM_HELP) {
        infext__metrics_fail_at(c, kstart, INFEXT_EPARSE, "second HELP line for metric \"%s\"",
                                NAME_SHOWN(name_buf, c, nstart, nlen));
        return -1;
    }
    f->flags |= FAM_HELP;
    for (size_t i = c->pos; i < c->len;) {
        if (c->s[i] == '\\') {
            char e = i + 1 < c->len ? c->s[i + 1] : '\0';
            if (e != '\\' && e != 'n') {
                const char *bad = i + 1 < c->len ? infext__metrics_show(buf, sizeof(buf), c->s + i + 1, 1) : "";
                infext__metrics_fail_at(c, i, INFEXT_EPARSE,
                                        "invalid escape sequence \"\\%s\" in the HELP text of \"%s\"", bad,
                                        NAME_SHOWN(name_buf, c, nstart, nlen));
                return -1;
            }
            i += 2;
            continue;
        }
        size_t n = utf8_seq((const unsigned char *)c->s + i, c->len - i);
        if (!n) {
            infext__metrics_fail_at(c, i, INFEXT_EPARSE, "the HELP text of \"%s\" is not valid UTF-8",
                                    NAME_SHOWN(name_buf, c, nstart, nlen));
            return -1;
        }
        i += n;
    }
    return 0;
}

/* The rest of `# TYPE name type`. */
static int type_line(line_ctx *c, infext__mfamily *f, size_t kstart, size_t nstart, size_t nlen)
{
    char buf[64], name_buf[256];
    if (f->flags & (FAM_TYPE | FAM_SAMPLES)) {
        infext__metrics_fail_at(c, kstart, INFEXT_EPARSE, "%s TYPE line for metric \"%s\"",
                                f->flags & FAM_TYPE ? "second" : "samples come before the",
                                NAME_SHOWN(name_buf, c, nstart, nlen));
        return -1;
    }
    infext__metrics_skip_blank(c);
    size_t tstart = c->pos;
    size_t tlen = infext__metrics_scan_token(c);
    static const char *const types[] = {"untyped", "counter", "gauge", "histogram", "summary"};
    size_t t = 0;
    while (t < 5 && !infext__metrics_lower_equal(c->s + tstart, tlen, types[t])) t++;
    if (t == 5) {
        infext__metrics_fail_at(c, tstart, INFEXT_EPARSE, "unknown metric type \"%s\" for metric \"%s\"",
                                infext__metrics_show(buf, sizeof(buf), c->s + tstart, tlen),
                                NAME_SHOWN(name_buf, c, nstart, nlen));
        return -1;
    }
    infext__metrics_skip_blank(c);
    if (c->pos < c->len) {
        infext__metrics_fail_at(c, c->pos, INFEXT_EPARSE, "unexpected text after the metric type: \"%s\"",
                                infext__metrics_show(buf, sizeof(buf), c->s + c->pos, c->len - c->pos));
        return -1;
    }
    f->flags |= FAM_TYPE;
    f->type = (unsigned char)t;
    return 0;
}

int infext__metrics_comment_line(line_ctx *c)
{
    char buf[64];
    c->pos++; /* '#' */
    infext__metrics_skip_blank(c);
    size_t kstart = c->pos;
    size_t klen = infext__metrics_scan_token(c);
    int help = klen == 4 && memcmp(c->s + kstart, "HELP", 4) == 0;
    int type = klen == 4 && memcmp(c->s + kstart, "TYPE", 4) == 0;
    if (!help && !type) return 0;
    infext__metrics_skip_blank(c);
    size_t nstart = c->pos;
    size_t nlen = scan_name(c, 1);
    if (!nlen || (c->pos < c->len && c->s[c->pos] != ' ' && c->s[c->pos] != '\t')) {
        c->pos = nstart;
        infext__metrics_fail_at(c, nstart, INFEXT_EPARSE, "expected a metric name after \"# %s\", found \"%s\"",
                                help ? "HELP" : "TYPE",
                                infext__metrics_show(buf, sizeof(buf), c->s + nstart, infext__metrics_scan_token(c)));
        return -1;
    }
    infext__mfamily *f = infext__metrics_family_get(c, c->s + nstart, nlen);
    if (!f) return -1;
    return help ? help_line(c, f, kstart, nstart, nlen) : type_line(c, f, kstart, nstart, nlen);
}
