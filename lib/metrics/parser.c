/* A strict parser of the Prometheus text exposition format 0.0.4. It walks
 * the page line by line without copying it; only unescaped label values
 * and the names they go with are written, to a scratch buffer the parser
 * keeps between pages, so a steady-state parse allocates nothing. */
#include "metrics/metrics_int.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_MAX_PAGE (16u << 20)
#define DEFAULT_MAX_LINE (64u << 10)
#define DEFAULT_MAX_LABELS 64u
#define DEFAULT_MAX_FAMILIES 16384u

/* family flags */
#define FAM_HELP 0x1
#define FAM_TYPE 0x2
#define FAM_SAMPLES 0x4

INFEXT_API const char *infext_metric_type_name(infext_metric_type type)
{
    static const char *const names[] = {"untyped", "counter", "gauge", "histogram", "summary"};
    return (unsigned)type < sizeof(names) / sizeof(names[0]) ? names[type] : "unknown";
}

INFEXT_API infext_status infext_metrics_parser_options_init(infext_metrics_parser_options *opts,
                                                            unsigned int version)
{
    if (!opts || version != INFEXT_METRICS_PARSER_OPTIONS_VERSION) return INFEXT_EINVAL;
    *opts = (infext_metrics_parser_options)INFEXT_METRICS_PARSER_OPTIONS_INIT;
    return INFEXT_OK;
}

INFEXT_API infext_status infext_metrics_parser_new(infext_metrics_parser **out,
                                                   const infext_metrics_parser_options *opts)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (opts && opts->version != INFEXT_METRICS_PARSER_OPTIONS_VERSION) return INFEXT_EINVAL;
    infext_metrics_parser *p = infext__calloc(1, sizeof(*p));
    if (!p) return INFEXT_ENOMEM;
    p->opts = opts ? *opts : (infext_metrics_parser_options)INFEXT_METRICS_PARSER_OPTIONS_INIT;
    if (!p->opts.max_page_size) p->opts.max_page_size = DEFAULT_MAX_PAGE;
    if (!p->opts.max_line_length) p->opts.max_line_length = DEFAULT_MAX_LINE;
    if (!p->opts.max_labels) p->opts.max_labels = DEFAULT_MAX_LABELS;
    if (!p->opts.max_families) p->opts.max_families = DEFAULT_MAX_FAMILIES;
    if (p->opts.max_labels > 1u << 20 || p->opts.max_line_length > SIZE_MAX / 4) {
        infext__free(p);
        return INFEXT_EINVAL;
    }
    p->label_names = infext__calloc(p->opts.max_labels, sizeof(char *));
    p->label_values = infext__calloc(p->opts.max_labels, sizeof(char *));
    if (!p->label_names || !p->label_values) {
        infext_metrics_parser_free(p);
        return INFEXT_ENOMEM;
    }
    *out = p;
    return INFEXT_OK;
}

INFEXT_API void infext_metrics_parser_free(infext_metrics_parser *parser)
{
    if (!parser) return;
    infext__free(parser->scratch);
    infext__free((void *)parser->label_names);
    infext__free((void *)parser->label_values);
    infext__free(parser->families);
    infext__free(parser->slots);
    infext__free(parser);
}

void *infext__metrics_parser_slots(infext_metrics_parser *parser, size_t size)
{
    if (size > parser->slots_cap) {
        void *grown = infext__realloc(parser->slots, size);
        if (!grown) return NULL;
        parser->slots = grown;
        parser->slots_cap = size;
    }
    return parser->slots;
}

/* ------------------------------------------------------------ numbers -- */

static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;

static void make_c_locale(void)
{
    c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
}

static int lower_equal(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    if (len != n) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != word[i]) return 0;
    }
    return 1;
}

/* Exact powers of ten a double holds. */
static const double pow10_exact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

int infext__metrics_parse_float(double *out, const char *s, size_t len)
{
    if (!len) return -1;
    size_t i = 0;
    int neg = 0;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        i = 1;
    }
    /* Go: a sign is allowed before Inf/Infinity, not before NaN */
    if (lower_equal(s + i, len - i, "inf") || lower_equal(s + i, len - i, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (i == 0 && lower_equal(s, len, "nan")) {
        *out = NAN;
        return 0;
    }
    /* decimal syntax check, collecting up to 19 significant digits */
    uint64_t mant = 0;
    int sig = 0, exp10 = 0, digits = 0, exact = 1;
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
        if (sig < 19) {
            if (mant || s[i] != '0') mant = mant * 10 + (uint64_t)(s[i] - '0'), sig += mant != 0;
        } else {
            exp10++, exact &= s[i] == '0';
        }
    }
    if (i < len && s[i] == '.') {
        for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
            if (sig < 19) {
                if (mant || s[i] != '0') mant = mant * 10 + (uint64_t)(s[i] - '0'), sig += mant != 0;
                exp10--;
            } else {
                exact &= s[i] == '0';
            }
        }
    }
    if (!digits) return -1;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        int eneg = 0, edigits = 0;
        long e = 0;
        if (i < len && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, edigits++)
            if (e < 100000) e = e * 10 + (s[i] - '0');
        if (!edigits) return -1;
        exp10 += (int)(eneg ? -e : e);
    }
    if (i != len) return -1;
    /* Clinger's fast path: both operands exact, one correctly rounded op */
    if (exact && mant < (UINT64_C(1) << 53) && exp10 >= -22 && exp10 <= 22) {
        double v = (double)mant;
        v = exp10 < 0 ? v / pow10_exact[-exp10] : v * pow10_exact[exp10];
        *out = neg ? -v : v;
        return 0;
    }
    if (mant == 0) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    /* The rest (long mantissas, large exponents) through strtod in the C
     * locale, whatever locale the host set. */
    char local[128];
    char *buf = len < sizeof(local) ? local : infext__malloc(len + 1);
    if (!buf) return -2;
    memcpy(buf, s, len);
    buf[len] = '\0';
    pthread_once(&c_locale_once, make_c_locale);
    locale_t old = c_locale ? uselocale(c_locale) : (locale_t)0;
    errno = 0;
    char *end;
    double v = strtod(buf, &end);
    int err = errno;
    if (c_locale) uselocale(old);
    int ok = end == buf + len;
    if (buf != local) infext__free(buf);
    if (!ok) return -1;
    if (err == ERANGE && isinf(v)) return -2; /* Go: ErrRange on overflow */
    *out = v;
    return 0;
}

/* strconv.ParseInt(s, 10, 64) */
static int parse_int64(int64_t *out, const char *s, size_t len)
{
    size_t i = 0;
    int neg = 0;
    if (len && (s[0] == '+' || s[0] == '-')) neg = s[i++] == '-';
    if (i == len) return -1;
    uint64_t v = 0, limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    for (; i < len; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        unsigned d = (unsigned)(s[i] - '0');
        if (v > (limit - d) / 10) return -2;
        v = v * 10 + d;
    }
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return 0;
}

/* ------------------------------------------------------------ scanning -- */

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

static infext_status fail_at(line_ctx *c, size_t pos, infext_status st, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static infext_status fail_at(line_ctx *c, size_t pos, infext_status st, const char *fmt, ...)
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

/* A printable rendering of a token for messages: at most 40 bytes,
 * control bytes and quotes escaped. */
static const char *show(char *buf, size_t cap, const char *s, size_t len)
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
    snprintf(buf, cap, "\"%s\"", show(tmp, sizeof(tmp), c->s + c->pos, 1));
    return buf;
}

static void skip_blank(line_ctx *c)
{
    while (c->pos < c->len && (c->s[c->pos] == ' ' || c->s[c->pos] == '\t')) c->pos++;
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

/* A token up to a blank or the end. */
static size_t scan_token(line_ctx *c)
{
    size_t start = c->pos;
    while (c->pos < c->len && c->s[c->pos] != ' ' && c->s[c->pos] != '\t') c->pos++;
    return c->pos - start;
}

/* Copy to scratch as a NUL-terminated string. */
static const char *keep(line_ctx *c, const char *s, size_t len)
{
    char *dst = c->out;
    memcpy(dst, s, len);
    dst[len] = '\0';
    c->out += len + 1;
    return dst;
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
                fail_at(c, c->pos, INFEXT_EPARSE,
                        "invalid escape sequence \"\\%s\" in the value of label \"%s\"",
                        c->pos + 1 < c->len ? show(tmp, sizeof(tmp), c->s + c->pos + 1, 1) : "",
                        label);
                return NULL;
            }
            c->pos += 2;
            continue;
        }
        size_t n = utf8_seq((const unsigned char *)c->s + c->pos, c->len - c->pos);
        if (!n) {
            fail_at(c, c->pos, INFEXT_EPARSE, "the value of label \"%s\" is not valid UTF-8",
                    label);
            return NULL;
        }
        memcpy(o, c->s + c->pos, n);
        o += n;
        c->pos += n;
    }
    fail_at(c, c->pos, INFEXT_EPARSE, "the value of label \"%s\" has no closing quote", label);
    return NULL;
}

/* The `{...}` label set (the brace already consumed). */
static int labels(line_ctx *c, infext_metrics_sample *out, const char *metric)
{
    char buf[24];
    infext_metrics_parser *p = c->p;
    for (;;) {
        skip_blank(c);
        if (c->pos < c->len && c->s[c->pos] == '}') {
            c->pos++;
            return 0;
        }
        size_t start = c->pos;
        size_t n = scan_name(c, 0);
        if (!n) {
            fail_at(c, c->pos, INFEXT_EPARSE, "expected a label name or \"}\", found %s",
                    found(buf, sizeof(buf), c));
            return -1;
        }
        if (out->labels_len == p->opts.max_labels) {
            fail_at(c, start, INFEXT_ELIMIT, "metric \"%s\" has more than %zu labels", metric,
                    p->opts.max_labels);
            return -1;
        }
        const char *name = keep(c, c->s + start, n);
        for (size_t i = 0; i < out->labels_len; i++) {
            if (strcmp(out->label_names[i], name) == 0) {
                fail_at(c, start, INFEXT_EPARSE, "label \"%s\" appears twice on metric \"%s\"",
                        name, metric);
                return -1;
            }
        }
        skip_blank(c);
        if (c->pos >= c->len || c->s[c->pos] != '=') {
            fail_at(c, c->pos, INFEXT_EPARSE, "expected \"=\" after label name \"%s\", found %s",
                    name, found(buf, sizeof(buf), c));
            return -1;
        }
        c->pos++;
        skip_blank(c);
        if (c->pos >= c->len || c->s[c->pos] != '"') {
            fail_at(c, c->pos, INFEXT_EPARSE,
                    "expected a quoted value for label \"%s\", found %s", name,
                    found(buf, sizeof(buf), c));
            return -1;
        }
        c->pos++;
        const char *value = label_value(c, name);
        if (!value) return -1;
        out->label_names[out->labels_len] = name;
        out->label_values[out->labels_len++] = value;
        skip_blank(c);
        if (c->pos < c->len && c->s[c->pos] == ',') {
            c->pos++;
            continue;
        }
        if (c->pos < c->len && c->s[c->pos] == '}') continue;
        fail_at(c, c->pos, INFEXT_EPARSE, "expected \",\" or \"}\" after a label value, found %s",
                found(buf, sizeof(buf), c));
        return -1;
    }
}

/* A sample line from its name to its end, into `out` (family resolution is
 * the caller's). */
static int sample_line(line_ctx *c, infext_metrics_sample *out)
{
    char buf[64], tok[64];
    infext_metrics_parser *p = c->p;
    size_t start = c->pos;
    size_t n = scan_name(c, 1);
    if (!n) {
        fail_at(c, c->pos, INFEXT_EPARSE, "expected a metric name, found %s",
                found(buf, sizeof(buf), c));
        return -1;
    }
    memset(out, 0, sizeof(*out));
    out->label_names = p->label_names;
    out->label_values = p->label_values;
    out->line = c->line;
    out->text = c->s;
    out->text_len = c->len;
    out->name = keep(c, c->s + start, n);
    out->family = out->name;
    c->name_pos = start;
    c->name_len = n;
    skip_blank(c);
    if (c->pos < c->len && c->s[c->pos] == '{') {
        c->pos++;
        if (labels(c, out, out->name) != 0) return -1;
        skip_blank(c);
    } else if (c->pos < c->len && c->pos == start + n) {
        /* a name runs straight into something that is not a name */
        fail_at(c, c->pos, INFEXT_EPARSE, "invalid character %s in metric name \"%s\"",
                found(buf, sizeof(buf), c), out->name);
        return -1;
    }
    if (c->pos >= c->len) {
        fail_at(c, c->pos, INFEXT_EPARSE, "metric \"%s\" has no value", out->name);
        return -1;
    }
    size_t vstart = c->pos;
    size_t vlen = scan_token(c);
    int rc = infext__metrics_parse_float(&out->value, c->s + vstart, vlen);
    if (rc != 0) {
        fail_at(c, vstart, INFEXT_EPARSE, "%s \"%s\" as the value of metric \"%s\"",
                rc == -2 ? "out-of-range number" : "expected a number, found",
                show(tok, sizeof(tok), c->s + vstart, vlen), out->name);
        return -1;
    }
    skip_blank(c);
    if (c->pos < c->len) {
        size_t tstart = c->pos;
        size_t tlen = scan_token(c);
        rc = parse_int64(&out->timestamp, c->s + tstart, tlen);
        if (rc != 0) {
            fail_at(c, tstart, INFEXT_EPARSE,
                    "expected a timestamp (integer milliseconds), found \"%s\"",
                    show(tok, sizeof(tok), c->s + tstart, tlen));
            return -1;
        }
        out->has_timestamp = true;
        skip_blank(c);
        if (c->pos < c->len) {
            fail_at(c, c->pos, INFEXT_EPARSE, "unexpected text after the timestamp: \"%s\"",
                    show(tok, sizeof(tok), c->s + c->pos, c->len - c->pos));
            return -1;
        }
    }
    return 0;
}

/* ---------------------------------------------------------- families -- */

static uint32_t name_hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static infext__mfamily *family_find(infext_metrics_parser *p, const char *name, size_t len)
{
    if (!p->families_cap) return NULL;
    uint32_t h = name_hash(name, len);
    size_t mask = p->families_cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        infext__mfamily *f = &p->families[i];
        if (f->gen != p->gen) return NULL;
        if (f->hash == h && f->len == len && memcmp(f->name, name, len) == 0) return f;
    }
}

/* Find or add; NULL with c->error set when the table is full or cannot grow. */
static infext__mfamily *family_get(line_ctx *c, const char *name, size_t len)
{
    infext_metrics_parser *p = c->p;
    infext__mfamily *f = family_find(p, name, len);
    if (f) return f;
    if (p->families_len >= p->opts.max_families) {
        fail_at(c, 0, INFEXT_ELIMIT, "the page has more than %zu metric families",
                p->opts.max_families);
        return NULL;
    }
    if ((p->families_len + 1) * 2 > p->families_cap) {
        size_t cap = p->families_cap ? p->families_cap * 2 : 64;
        infext__mfamily *grown = infext__calloc(cap, sizeof(*grown));
        if (!grown) {
            fail_at(c, 0, INFEXT_ENOMEM, "out of memory");
            return NULL;
        }
        for (size_t i = 0; i < p->families_cap; i++) {
            infext__mfamily *o = &p->families[i];
            if (o->gen != p->gen) continue;
            size_t j = o->hash & (cap - 1);
            while (grown[j].gen == p->gen) j = (j + 1) & (cap - 1);
            grown[j] = *o;
        }
        infext__free(p->families);
        p->families = grown;
        p->families_cap = cap;
    }
    uint32_t h = name_hash(name, len);
    size_t mask = p->families_cap - 1, i = h & mask;
    while (p->families[i].gen == p->gen) i = (i + 1) & mask;
    p->families[i] = (infext__mfamily){name, (uint32_t)len, p->gen, h, INFEXT_METRIC_UNTYPED, 0};
    p->families_len++;
    return &p->families[i];
}

static int has_suffix(const char *name, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);
    return len > n && memcmp(name + len - n, suffix, n) == 0;
}

/* The family a sample belongs to, as the text parser groups them: a typed
 * family of its own name, else the histogram or summary its suffix names. */
static infext__mfamily *sample_family(line_ctx *c, const char *name, size_t len, size_t *flen)
{
    infext__mfamily *own = family_find(c->p, name, len);
    if (own && own->type != INFEXT_METRIC_UNTYPED) {
        *flen = len;
        return own;
    }
    static const char *const suffixes[] = {"_bucket", "_sum", "_count"};
    for (size_t i = 0; i < 3; i++) {
        if (!has_suffix(name, len, suffixes[i])) continue;
        size_t base = len - strlen(suffixes[i]);
        infext__mfamily *f = family_find(c->p, name, base);
        if (f && (f->type == INFEXT_METRIC_HISTOGRAM || (f->type == INFEXT_METRIC_SUMMARY && i))) {
            *flen = base;
            return f;
        }
    }
    *flen = len;
    return own ? own : family_get(c, name, len);
}

/* ---------------------------------------------------------- the lines -- */

/* `# HELP name text` / `# TYPE name type`; other comments are skipped. */
static int comment_line(line_ctx *c)
{
    char buf[64];
    c->pos++; /* '#' */
    skip_blank(c);
    size_t kstart = c->pos;
    size_t klen = scan_token(c);
    int help = klen == 4 && memcmp(c->s + kstart, "HELP", 4) == 0;
    int type = klen == 4 && memcmp(c->s + kstart, "TYPE", 4) == 0;
    if (!help && !type) return 0;
    skip_blank(c);
    size_t nstart = c->pos;
    size_t nlen = scan_name(c, 1);
    if (!nlen || (c->pos < c->len && c->s[c->pos] != ' ' && c->s[c->pos] != '\t')) {
        c->pos = nstart;
        fail_at(c, nstart, INFEXT_EPARSE, "expected a metric name after \"# %s\", found \"%s\"",
                help ? "HELP" : "TYPE",
                show(buf, sizeof(buf), c->s + nstart, scan_token(c)));
        return -1;
    }
    /* the name as messages show it, rendered only on an error */
    char name_buf[256];
#define NAME show(name_buf, sizeof(name_buf), c->s + nstart, nlen < 200 ? nlen : 200)
    infext__mfamily *f = family_get(c, c->s + nstart, nlen);
    if (!f) return -1;
    if (help) {
        if (f->flags & FAM_HELP) {
            fail_at(c, kstart, INFEXT_EPARSE, "second HELP line for metric \"%s\"", NAME);
            return -1;
        }
        f->flags |= FAM_HELP;
        /* the docstring: escapes \\ and \n only, valid UTF-8 */
        for (size_t i = c->pos; i < c->len;) {
            if (c->s[i] == '\\') {
                char e = i + 1 < c->len ? c->s[i + 1] : '\0';
                if (e != '\\' && e != 'n') {
                    fail_at(c, i, INFEXT_EPARSE,
                            "invalid escape sequence \"\\%s\" in the HELP text of \"%s\"",
                            i + 1 < c->len ? show(buf, sizeof(buf), c->s + i + 1, 1) : "", NAME);
                    return -1;
                }
                i += 2;
                continue;
            }
            size_t n = utf8_seq((const unsigned char *)c->s + i, c->len - i);
            if (!n) {
                fail_at(c, i, INFEXT_EPARSE, "the HELP text of \"%s\" is not valid UTF-8", NAME);
                return -1;
            }
            i += n;
        }
        return 0;
    }
    if (f->flags & (FAM_TYPE | FAM_SAMPLES)) {
        fail_at(c, kstart, INFEXT_EPARSE,
                "%s TYPE line for metric \"%s\"",
                f->flags & FAM_TYPE ? "second" : "samples come before the", NAME);
        return -1;
    }
    skip_blank(c);
    size_t tstart = c->pos;
    size_t tlen = scan_token(c);
    static const char *const types[] = {"untyped", "counter", "gauge", "histogram", "summary"};
    size_t t = 0;
    while (t < 5 && !lower_equal(c->s + tstart, tlen, types[t])) t++;
    if (t == 5) {
        fail_at(c, tstart, INFEXT_EPARSE, "unknown metric type \"%s\" for metric \"%s\"",
                show(buf, sizeof(buf), c->s + tstart, tlen), NAME);
        return -1;
    }
    skip_blank(c);
    if (c->pos < c->len) {
        fail_at(c, c->pos, INFEXT_EPARSE, "unexpected text after the metric type: \"%s\"",
                show(buf, sizeof(buf), c->s + c->pos, c->len - c->pos));
        return -1;
    }
    f->flags |= FAM_TYPE;
    f->type = (unsigned char)t;
    return 0;
#undef NAME
}

/* The `le` or `quantile` label a histogram bucket or summary quantile needs. */
static int check_bound(line_ctx *c, const infext_metrics_sample *s, const char *label)
{
    char buf[64];
    const char *v = infext_metrics_sample_label(s, label);
    if (!v) {
        fail_at(c, c->name_pos, INFEXT_EPARSE, "%s sample \"%s\" has no \"%s\" label",
                label[0] == 'l' ? "histogram bucket" : "summary quantile", s->name, label);
        return -1;
    }
    double d;
    if (infext__metrics_parse_float(&d, v, strlen(v)) != 0) {
        fail_at(c, c->name_pos, INFEXT_EPARSE, "label \"%s\" of \"%s\" must be a number, found \"%s\"", label,
                s->name, show(buf, sizeof(buf), v, strlen(v)));
        return -1;
    }
    return 0;
}

static int grow_scratch(infext_metrics_parser *p, size_t need)
{
    char *grown = infext__grow(p->scratch, &p->scratch_cap, need, 1, 256, SIZE_MAX);
    if (!grown) return -1;
    p->scratch = grown;
    return 0;
}

/* Scratch for one line: the names and unescaped values together are never
 * longer than the line, the family name not longer than the sample's, plus
 * one NUL per string. */
static size_t scratch_need(const infext_metrics_parser *p, size_t len)
{
    return 2 * len + 2 * p->opts.max_labels + 8;
}

int infext__metrics_reparse(infext_metrics_sample *out, infext_metrics_parser *parser,
                            const char *text, size_t len, unsigned int line)
{
    if (grow_scratch(parser, scratch_need(parser, len)) != 0) return -1;
    line_ctx c = {parser, text, len, 0, line, NULL, parser->scratch, INFEXT_OK, 0, 0};
    skip_blank(&c);
    return sample_line(&c, out);
}

INFEXT_API infext_status infext_metrics_parse(infext_metrics_parser *parser, const char *data,
                                              size_t len, infext_metrics_sample_fn fn,
                                              void *ctx, infext_diags *diags)
{
    if (!parser || (!data && len)) return INFEXT_EINVAL;
    line_ctx c = {parser, NULL, 0, 0, 0, diags, NULL, INFEXT_OK, 0, 0};
    if (len > parser->opts.max_page_size) {
        c.line = 0;
        return fail_at(&c, 0, INFEXT_ELIMIT, "the page has %zu bytes, more than the limit of %zu",
                       len, parser->opts.max_page_size);
    }
    if (++parser->gen == 0) { /* generations wrapped: forget every slot */
        if (parser->families) memset(parser->families, 0, parser->families_cap * sizeof(infext__mfamily));
        parser->gen = 1;
    }
    parser->families_len = 0;
    const char *end = data + len;
    for (const char *s = data; s < end;) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
        c.line++;
        c.s = s;
        c.len = n;
        c.pos = 0;
        s += n + (nl != NULL);
        if (n > parser->opts.max_line_length)
            return fail_at(&c, parser->opts.max_line_length, INFEXT_ELIMIT,
                           "the line is longer than the limit of %zu bytes",
                           parser->opts.max_line_length);
        const char *bad = memchr(c.s, '\r', n);
        const char *nul = memchr(c.s, '\0', n);
        if (nul && (!bad || nul < bad)) bad = nul;
        if (bad)
            return fail_at(&c, (size_t)(bad - c.s), INFEXT_EPARSE,
                           *bad ? "carriage return (lines end with \"\\n\" alone)" : "NUL byte");
        skip_blank(&c);
        if (c.pos == c.len) continue;
        if (c.s[c.pos] == '#') {
            if (comment_line(&c) != 0) return c.error;
            continue;
        }
        if (grow_scratch(parser, scratch_need(parser, n)) != 0)
            return fail_at(&c, 0, INFEXT_ENOMEM, "out of memory");
        c.out = parser->scratch;
        infext_metrics_sample sample;
        if (sample_line(&c, &sample) != 0) return c.error;
        size_t flen, name_len = c.name_len, name_pos = c.name_pos;
        infext__mfamily *f = sample_family(&c, c.s + name_pos, name_len, &flen);
        if (!f) return c.error;
        f->flags |= FAM_SAMPLES;
        sample.type = (infext_metric_type)f->type;
        if (flen != name_len) sample.family = keep(&c, sample.name, flen);
        if (sample.type == INFEXT_METRIC_HISTOGRAM) {
            if (flen == name_len)
                return fail_at(&c, name_pos, INFEXT_EPARSE,
                               "sample \"%s\" of histogram \"%s\" needs a _bucket, _sum or _count "
                               "suffix",
                               sample.name, sample.name);
            if (has_suffix(sample.name, name_len, "_bucket") && check_bound(&c, &sample, "le") != 0)
                return c.error;
        } else if (sample.type == INFEXT_METRIC_SUMMARY && flen == name_len &&
                   check_bound(&c, &sample, "quantile") != 0) {
            return c.error;
        }
        if (fn) {
            infext_status st = fn(ctx, &sample);
            if (st != INFEXT_OK) return st;
        }
    }
    return INFEXT_OK;
}

/* ------------------------------------------------------------- sample -- */

INFEXT_API const char *infext_metrics_sample_name(const infext_metrics_sample *sample)
{
    return sample ? sample->name : "";
}

INFEXT_API const char *infext_metrics_sample_family(const infext_metrics_sample *sample)
{
    return sample ? sample->family : "";
}

INFEXT_API infext_metric_type infext_metrics_sample_type(const infext_metrics_sample *sample)
{
    return sample ? sample->type : INFEXT_METRIC_UNTYPED;
}

INFEXT_API double infext_metrics_sample_value(const infext_metrics_sample *sample)
{
    return sample ? sample->value : 0.0;
}

INFEXT_API bool infext_metrics_sample_timestamp(int64_t *out, const infext_metrics_sample *sample)
{
    if (!sample || !sample->has_timestamp) return false;
    if (out) *out = sample->timestamp;
    return true;
}

INFEXT_API unsigned int infext_metrics_sample_line(const infext_metrics_sample *sample)
{
    return sample ? sample->line : 0;
}

INFEXT_API size_t infext_metrics_sample_labels_count(const infext_metrics_sample *sample)
{
    return sample ? sample->labels_len : 0;
}

INFEXT_API const char *infext_metrics_sample_label_name_at(const infext_metrics_sample *sample,
                                                          size_t index)
{
    return sample && index < sample->labels_len ? sample->label_names[index] : NULL;
}

INFEXT_API const char *infext_metrics_sample_label_value_at(const infext_metrics_sample *sample,
                                                           size_t index)
{
    return sample && index < sample->labels_len ? sample->label_values[index] : NULL;
}

INFEXT_API const char *infext_metrics_sample_label(const infext_metrics_sample *sample,
                                                   const char *name)
{
    if (!sample || !name) return NULL;
    for (size_t i = 0; i < sample->labels_len; i++)
        if (strcmp(sample->label_names[i], name) == 0) return sample->label_values[i];
    return NULL;
}
