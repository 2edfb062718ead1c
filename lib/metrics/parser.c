/* A strict parser of the Prometheus text exposition format 0.0.4. It walks
 * the page line by line without copying it; only unescaped label values
 * and the names they go with are written, to a scratch buffer the parser
 * keeps between pages, so a steady-state parse allocates nothing.
 *
 * This file: the page loop, the families of a page and the public API;
 * parser_lex.c reads the lines, parser_number.c the numbers. */
#include "metrics/parser_int.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <string.h>

#define DEFAULT_MAX_PAGE (16u << 20)
#define DEFAULT_MAX_LINE (64u << 10)
#define DEFAULT_MAX_LABELS 64u
#define DEFAULT_MAX_FAMILIES 16384u

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
    void *grown = infext__grow(parser->slots, &parser->slots_cap, size, 1, 64, SIZE_MAX);
    if (grown) parser->slots = grown;
    return grown;
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

infext__mfamily *infext__metrics_family_get(line_ctx *c, const char *name, size_t len)
{
    infext_metrics_parser *p = c->p;
    infext__mfamily *f = family_find(p, name, len);
    if (f) return f;
    if (p->families_len >= p->opts.max_families) {
        infext__metrics_fail_at(c, 0, INFEXT_ELIMIT, "the page has more than %zu metric families",
                                p->opts.max_families);
        return NULL;
    }
    if ((p->families_len + 1) * 2 > p->families_cap) {
        size_t cap = infext__grow_cap(p->families_cap, p->families_cap + 1, sizeof(infext__mfamily), 64,
                                      SIZE_MAX / 2 + 1);
        infext__mfamily *grown = cap ? infext__calloc(cap, sizeof(*grown)) : NULL;
        if (!grown) {
            infext__metrics_fail_at(c, 0, INFEXT_ENOMEM, "out of memory");
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
    return own ? own : infext__metrics_family_get(c, name, len);
}

/* The `le` or `quantile` label a histogram bucket or summary quantile needs. */
static int check_bound(line_ctx *c, const infext_metrics_sample *s, const char *label)
{
    char buf[64];
    const char *v = infext_metrics_sample_label(s, label);
    if (!v) {
        infext__metrics_fail_at(c, c->name_pos, INFEXT_EPARSE, "%s sample \"%s\" has no \"%s\" label",
                                label[0] == 'l' ? "histogram bucket" : "summary quantile", s->name, label);
        return -1;
    }
    double d;
    if (infext__metrics_parse_float(&d, v, strlen(v)) != 0) {
        infext__metrics_fail_at(c, c->name_pos, INFEXT_EPARSE,
                                "label \"%s\" of \"%s\" must be a number, found \"%s\"", label, s->name,
                                infext__metrics_show(buf, sizeof(buf), v, strlen(v)));
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
    infext__metrics_skip_blank(&c);
    return infext__metrics_sample_line(&c, out);
}

INFEXT_API infext_status infext_metrics_parse(infext_metrics_parser *parser, const char *data,
                                              size_t len, infext_metrics_sample_fn fn,
                                              void *ctx, infext_diags *diags)
{
    if (!parser || (!data && len)) return INFEXT_EINVAL;
    line_ctx c = {parser, NULL, 0, 0, 0, diags, NULL, INFEXT_OK, 0, 0};
    if (len > parser->opts.max_page_size) {
        c.line = 0;
        return infext__metrics_fail_at(&c, 0, INFEXT_ELIMIT, "the page has %zu bytes, more than the limit of %zu",
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
            return infext__metrics_fail_at(&c, parser->opts.max_line_length, INFEXT_ELIMIT,
                                           "the line is longer than the limit of %zu bytes",
                                           parser->opts.max_line_length);
        const char *bad = memchr(c.s, '\r', n);
        const char *nul = memchr(c.s, '\0', n);
        if (nul && (!bad || nul < bad)) bad = nul;
        if (bad)
            return infext__metrics_fail_at(&c, (size_t)(bad - c.s), INFEXT_EPARSE,
                                           *bad ? "carriage return (lines end with \"\\n\" alone)" : "NUL byte");
        infext__metrics_skip_blank(&c);
        if (c.pos == c.len) continue;
        if (c.s[c.pos] == '#') {
            if (infext__metrics_comment_line(&c) != 0) return c.error;
            continue;
        }
        if (grow_scratch(parser, scratch_need(parser, n)) != 0)
            return infext__metrics_fail_at(&c, 0, INFEXT_ENOMEM, "out of memory");
        c.out = parser->scratch;
        infext_metrics_sample sample;
        if (infext__metrics_sample_line(&c, &sample) != 0) return c.error;
        size_t flen, name_len = c.name_len, name_pos = c.name_pos;
        infext__mfamily *f = sample_family(&c, c.s + name_pos, name_len, &flen);
        if (!f) return c.error;
        f->flags |= FAM_SAMPLES;
        sample.type = (infext_metric_type)f->type;
        if (flen != name_len) sample.family = infext__metrics_keep(&c, sample.name, flen);
        if (sample.type == INFEXT_METRIC_HISTOGRAM) {
            if (flen == name_len)
                return infext__metrics_fail_at(&c, name_pos, INFEXT_EPARSE,
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
