/* YAML writer: block style, two-space indentation, keys in schema order,
 * strings quoted exactly when a plain scalar would read back differently. */
#include "codec/encode.h"
#include "codec/decode.h"
#include "codec/scalar_text.h"
#include "codec/yaml_scalar.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int is_plain_number_or_keyword(const char *s, size_t len)
{
    infext__scalar probe;
    memset(&probe, 0, sizeof probe);
    infext__yaml_resolve_plain(&probe, s, len);
    return probe.type != INFEXT__V_STRING;
}

/* Characters YAML cannot hold raw, or reads as something else: controls
 * (tab and line feed aside), DEL, the C1 block (NEL is a line break), the
 * line and paragraph separators, a byte order mark, U+FFFE and U+FFFF.
 * Returns the length of the sequence at s[i], or 0 when it is ordinary. */
static size_t special_at(const unsigned char *s, size_t len, size_t i)
{
    unsigned char c = s[i];
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) return 1;
    if (c == 0xC2 && i + 1 < len && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F) return 2;
    if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) return 3;
    if (c == 0xEF && i + 2 < len &&
        ((s[i + 1] == 0xBB && s[i + 2] == 0xBF) || (s[i + 1] == 0xBF && (s[i + 2] == 0xBE || s[i + 2] == 0xBF))))
        return 3;
    return 0;
}

/* Go-yaml v2 and other YAML 1.1 readers take 1:30 for the number 90. */
static int is_sexagesimal(const char *s, size_t len)
{
    size_t i = 0;
    if (i < len && (s[i] == '+' || s[i] == '-')) i++;
    if (i >= len || !isdigit((unsigned char)s[i])) return 0;
    while (i < len && (isdigit((unsigned char)s[i]) || s[i] == '_')) i++;
    int groups = 0;
    while (i < len && s[i] == ':') {
        i++;
        if (i < len && s[i] >= '0' && s[i] <= '5' && i + 1 < len && isdigit((unsigned char)s[i + 1])) i += 2;
        else if (i < len && isdigit((unsigned char)s[i])) i++;
        else return 0;
        groups++;
    }
    if (!groups) return 0;
    if (i < len && s[i] == '.')
        for (i++; i < len && (isdigit((unsigned char)s[i]) || s[i] == '_'); i++) {}
    return i == len;
}

/* Whether a string must be quoted to read back as the same string, in
 * block context (the only one written here), as a key or a value. */
static int needs_quotes(const char *s, size_t len)
{
    if (len == 0) return 1;
    /* read as another type: numbers, booleans, null, timestamps, 1:30 */
    if (is_plain_number_or_keyword(s, len) || infext__yaml_is_timestamp(s, len) || is_sexagesimal(s, len))
        return 1;
    if (len == 2 && s[0] == '<' && s[1] == '<') return 1; /* the merge key */
    if (s[0] == ' ' || s[len - 1] == ' ') return 1;
    /* Indicators cannot start a plain scalar; "-", "?" and ":" can when a
     * non-space follows them. */
    if (strchr("-?:", s[0]) ? len == 1 || s[1] == ' ' || s[1] == '\t' : strchr(",[]{}#&*!|>'\"%@`", s[0]) != NULL)
        return 1;
    if (len >= 3 && (!strncmp(s, "---", 3) || !strncmp(s, "...", 3)) && (len == 3 || s[3] == ' ' || s[3] == '\t'))
        return 1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\t' || c == '\n' || special_at((const unsigned char *)s, len, i)) return 1;
        if (c == ':' && (i + 1 == len || s[i + 1] == ' ')) return 1;
        if (c == '#' && s[i - 1] == ' ') return 1; /* i > 0: a leading '#' was caught above */
    }
    return 0;
}

/* A multi-line string that a literal block (| |- |+) gives back exactly:
 * printable, some text besides line breaks, no line ending in a blank, and
 * a first line that does not start with a blank (that would need an
 * indentation indicator). */
static int literal_ok(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (!memchr(s, '\n', len)) return 0;
    size_t first = 0;
    while (first < len && s[first] == '\n') first++;
    if (first == len || s[first] == ' ' || s[first] == '\t') return 0;
    for (size_t i = 0; i < len; i++) {
        if (special_at(u, len, i)) return 0;
        /* blanks at the end of a line: editors drop them, libyaml refuses */
        if ((s[i] == ' ' || s[i] == '\t') && (i + 1 == len || s[i + 1] == '\n')) return 0;
    }
    return 1;
}

static void indent(infext__buf *out, int level);

/* A literal block whose lines sit at `level`; the caller writes the final
 * line break. */
static void write_literal(infext__buf *out, const char *s, size_t len, int level)
{
    size_t trailing = 0;
    while (trailing < len && s[len - 1 - trailing] == '\n') trailing++;
    infext__buf_puts(out, trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+");
    size_t body = len - trailing;
    for (size_t start = 0; start <= body;) {
        const char *nl = memchr(s + start, '\n', body - start);
        size_t end = nl ? (size_t)(nl - s) : body;
        infext__buf_putc(out, '\n');
        if (end > start) {
            indent(out, level);
            infext__buf_append(out, s + start, end - start);
        }
        start = end + 1;
    }
    for (size_t i = 1; i < trailing; i++) infext__buf_putc(out, '\n');
}

/* A double-quoted YAML scalar. Like JSON's syntax, but YAML forbids some
 * characters JSON allows raw (DEL, the C1 controls but NEL, U+FFFE/U+FFFF),
 * so those are escaped too. */
static void write_quoted(infext__buf *out, const char *s, size_t len)
{
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *u = (const unsigned char *)s;
    infext__buf_putc(out, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = u[i];
        const char *esc = NULL;
        char tmp[8];
        size_t skip = 1;
        if (c == '"') esc = "\\\"";
        else if (c == '\\') esc = "\\\\";
        else if (c == '\n') esc = "\\n";
        else if (c == '\t') esc = "\\t";
        else if (c == '\r') esc = "\\r";
        else if ((skip = special_at(u, len, i)) == 1) {
            snprintf(tmp, sizeof tmp, "\\x%c%c", hex[c >> 4], hex[c & 15]);
            esc = tmp;
        } else if (skip == 2) { /* C1 controls; NEL is a YAML line break */
            snprintf(tmp, sizeof tmp, "\\x%c%c", hex[u[i + 1] >> 4], hex[u[i + 1] & 15]);
            esc = tmp;
        } else if (skip == 3) { /* U+2028/9 are line breaks to YAML 1.1 readers; BOM, U+FFFE/F */
            unsigned cp = (unsigned)(c & 0x0F) << 12 | (unsigned)(u[i + 1] & 0x3F) << 6 | (u[i + 2] & 0x3F);
            snprintf(tmp, sizeof tmp, "\\u%04X", cp);
            esc = tmp;
        }
        if (!esc) {
            skip = 1;
            continue;
        }
        infext__buf_append(out, s + run, i - run);
        infext__buf_puts(out, esc);
        i += (skip ? skip : 1) - 1;
        run = i + 1;
    }
    infext__buf_append(out, s + run, len - run);
    infext__buf_putc(out, '"');
}

static void write_string(infext__buf *out, const char *s, size_t len)
{
    if (!needs_quotes(s, len)) {
        infext__buf_append(out, s, len);
        return;
    }
    write_quoted(out, s, len);
}

/* A string in value position: a literal block when it spans lines and
 * can, whose lines go at `level`. */
static void write_string_value(infext__buf *out, const char *s, size_t len, int level)
{
    if (literal_ok(s, len)) write_literal(out, s, len, level);
    else write_string(out, s, len);
}

static void indent(infext__buf *out, int level)
{
    for (int i = 0; i < level; i++) infext__buf_append(out, "  ", 2);
}

/* YAML allows an implicit key of at most 1024 characters; a longer key is
 * written in the explicit "? key" form, its ':' on the next line. */
#define YAML_MAX_IMPLICIT_KEY 1000

static void write_key(infext__buf *out, const char *key, size_t len, int level)
{
    size_t start = out->len;
    write_string(out, key, len);
    size_t written = out->len - start;
    if (written > YAML_MAX_IMPLICIT_KEY && infext__buf_append(out, "  ", 2) == 0) {
        /* The limit is on the written form (escapes included): put "? "
         * in front of what was written. */
        memmove(out->data + start + 2, out->data + start, written);
        out->data[start] = '?';
        out->data[start + 1] = ' ';
        infext__buf_putc(out, '\n');
        indent(out, level);
    }
    infext__buf_putc(out, ':');
}

static int value_is_block(const infext__value *v)
{
    return (v->type == INFEXT__V_OBJECT || v->type == INFEXT__V_ARRAY) && v->len > 0;
}

static void write_value(infext__buf *out, const infext__value *v, int level, int first_inline);

static void write_scalar_value(infext__buf *out, const infext__value *v, int level)
{
    char tmp[32];
    switch (v->type) {
    case INFEXT__V_NULL: infext__buf_puts(out, "null"); break;
    case INFEXT__V_TRUE: infext__buf_puts(out, "true"); break;
    case INFEXT__V_FALSE: infext__buf_puts(out, "false"); break;
    case INFEXT__V_INT: infext__buf_append(out, tmp, (size_t)snprintf(tmp, sizeof tmp, "%" PRId64, v->u.i)); break;
    case INFEXT__V_REAL: infext__text_double(out, v->u.d); break;
    case INFEXT__V_STRING: write_string_value(out, v->u.s, v->len, level); break;
    case INFEXT__V_ARRAY: infext__buf_puts(out, "[]"); break;
    default: infext__buf_puts(out, "{}"); break;
    }
}

/* Members of a mapping at `level`; the first line's indentation may already
 * be written (after "- "). */
static void write_members(infext__buf *out, const infext__member *m, uint32_t n, int level, int first_inline)
{
    for (uint32_t i = 0; i < n; i++) {
        if (i || !first_inline) indent(out, level);
        write_key(out, m[i].key, m[i].key_len, level);
        if (value_is_block(&m[i].value)) {
            infext__buf_putc(out, '\n');
            write_value(out, &m[i].value, m[i].value.type == INFEXT__V_ARRAY ? level : level + 1, 0);
        } else {
            infext__buf_putc(out, ' ');
            write_scalar_value(out, &m[i].value, level + 1);
            infext__buf_putc(out, '\n');
        }
    }
}

static void write_value(infext__buf *out, const infext__value *v, int level, int first_inline)
{
    if (v->type == INFEXT__V_OBJECT) {
        write_members(out, v->u.members, v->len, level, first_inline);
        return;
    }
    for (uint32_t i = 0; i < v->len; i++) {
        const infext__value *item = &v->u.items[i];
        if (i || !first_inline) indent(out, level);
        infext__buf_append(out, "- ", 2);
        if (value_is_block(item)) { /* "- - a" and "- key: v", as go-yaml writes them */
            write_value(out, item, level + 1, 1);
        } else {
            write_scalar_value(out, item, level + 1);
            infext__buf_putc(out, '\n');
        }
    }
}

static void write_struct(infext__buf *out, const void *obj, int level, int first_inline);

static int field_is_block(const void *obj, const infext__field *f)
{
    switch (f->type) {
    case INFEXT__F_OBJECT: {
        const infext__hdr *h = *INFEXT__CAT(obj, f, infext__hdr *);
        return h->present || (h->extra && h->extra->n_unknown);
    }
    case INFEXT__F_LIST:
    case INFEXT__F_STRLIST: return INFEXT__CAT(obj, f, infext__list)->len > 0;
    case INFEXT__F_MAP: return INFEXT__CAT(obj, f, infext__map)->len > 0;
    case INFEXT__F_RAW: return value_is_block(*INFEXT__CAT(obj, f, infext__value *));
    default: return 0;
    }
}

static void write_field(infext__buf *out, const void *obj, const infext__field *f, int level)
{
    int block = field_is_block(obj, f);
    if (!block) infext__buf_putc(out, ' ');
    else infext__buf_putc(out, '\n');
    switch (f->type) {
    case INFEXT__F_STRING:
    case INFEXT__F_QUANTITY: {
        const char *s = *INFEXT__CAT(obj, f, char *);
        write_string_value(out, s, strlen(s), level + 1);
        break;
    }
    case INFEXT__F_INT32:
    case INFEXT__F_INT64:
    case INFEXT__F_BOOL:
    case INFEXT__F_DOUBLE: infext__text_number_field(out, obj, f); break;
    case INFEXT__F_OBJECT:
        if (block) {
            write_struct(out, *INFEXT__CAT(obj, f, void *), level + 1, 0);
            return;
        }
        infext__buf_puts(out, "{}");
        break;
    case INFEXT__F_LIST:
    case INFEXT__F_STRLIST: {
        const infext__list *l = INFEXT__CAT(obj, f, infext__list);
        if (!block) {
            infext__buf_puts(out, "[]");
            break;
        }
        for (size_t i = 0; i < l->len; i++) {
            indent(out, level);
            infext__buf_append(out, "- ", 2);
            if (f->type == INFEXT__F_LIST) {
                const infext__hdr *h = l->items[i];
                if (h->present || (h->extra && h->extra->n_unknown) || h->desc->kind)
                    write_struct(out, h, level + 1, 1);
                else
                    infext__buf_puts(out, "{}\n");
            } else {
                write_string_value(out, l->items[i], strlen(l->items[i]), level + 1);
                infext__buf_putc(out, '\n');
            }
        }
        return;
    }
    case INFEXT__F_MAP: {
        const infext__map *m = INFEXT__CAT(obj, f, infext__map);
        if (!block) {
            infext__buf_puts(out, "{}");
            break;
        }
        for (size_t i = 0; i < m->len; i++) {
            indent(out, level + 1);
            write_key(out, m->items[i].key, strlen(m->items[i].key), level + 1);
            infext__buf_putc(out, ' ');
            write_string_value(out, m->items[i].value, strlen(m->items[i].value), level + 2);
            infext__buf_putc(out, '\n');
        }
        return;
    }
    case INFEXT__F_RAW: {
        const infext__value *v = *INFEXT__CAT(obj, f, infext__value *);
        if (block) {
            write_value(out, v, v->type == INFEXT__V_ARRAY ? level : level + 1, 0);
            return;
        }
        write_scalar_value(out, v, level + 1);
        break;
    }
    }
    infext__buf_putc(out, '\n');
}

static void write_struct(infext__buf *out, const void *obj, int level, int first_inline)
{
    const infext__hdr *h = obj;
    const infext__struct_desc *d = h->desc;
    int first = 1;
#define LINE_START()                                                                               \
    do {                                                                                           \
        if (!(first && first_inline)) indent(out, level);                                          \
        first = 0;                                                                                 \
    } while (0)
    if (d->kind) {
        LINE_START();
        infext__buf_puts(out, "apiVersion: ");
        write_string(out, d->kind->api_version, strlen(d->kind->api_version));
        infext__buf_putc(out, '\n');
        LINE_START();
        infext__buf_puts(out, "kind: ");
        write_string(out, d->kind->kind_name, strlen(d->kind->kind_name));
        infext__buf_putc(out, '\n');
    }
    for (uint32_t i = 0; i < d->n_fields; i++) {
        const infext__field *f = &d->fields[i];
        if (!infext__has(obj, f)) continue;
        LINE_START();
        write_key(out, f->json, f->json_len, level);
        write_field(out, obj, f, f->type == INFEXT__F_LIST || f->type == INFEXT__F_STRLIST ? level : level);
    }
    if (h->extra && h->extra->n_unknown) {
        if (first && first_inline) {
            write_members(out, h->extra->unknown, (uint32_t)h->extra->n_unknown, level, 1);
        } else {
            write_members(out, h->extra->unknown, (uint32_t)h->extra->n_unknown, level, 0);
        }
        first = 0;
    }
    if (first) {
        if (!first_inline) indent(out, level);
        infext__buf_puts(out, "{}\n");
    }
#undef LINE_START
}

void infext__yaml_write_object(infext__buf *out, const void *obj) { write_struct(out, obj, 0, 0); }
