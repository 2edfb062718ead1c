/* YAML writer: block style, two-space indentation, keys in schema order,
 * strings quoted exactly when a plain scalar would read back differently. */
#include "codec/decode.h"

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

/* Whether a string must be quoted to read back as the same string. */
static int needs_quotes(const char *s, size_t len)
{
    if (len == 0) return 1;
    if (is_plain_number_or_keyword(s, len)) return 1;
    if (s[0] == ' ' || s[len - 1] == ' ') return 1;
    if (strchr("-?:,[]{}#&*!|>'\"%@`", s[0])) {
        /* "-" and "?" and ":" are fine when followed by a non-space, but a
         * lone indicator or "- " is not: keep it simple and quote. */
        return 1;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7f || c == 0xC2 || c == 0xE2 || c == 0xEF) return 1; /* controls, C1, U+2028/9, U+FFFx */
        if (c == ':' && (i + 1 == len || s[i + 1] == ' ')) return 1;
        if (c == '#' && i > 0 && s[i - 1] == ' ') return 1;
    }
    if (len >= 3 && (!strncmp(s, "---", 3) || !strncmp(s, "...", 3))) return 1;
    /* YAML 1.1 readers turn 2025-10-15... into a timestamp: keep it a string. */
    if (len >= 8 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
        isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) && s[4] == '-')
        return 1;
    return 0;
}

/* A double-quoted YAML scalar. Like JSON's syntax, but YAML forbids some
 * characters JSON allows raw (DEL, the C1 controls but NEL, U+FFFE/U+FFFF),
 * so those are escaped too. */
static void write_quoted(infext__buf *out, const char *s, size_t len)
{
    static const char hex[] = "0123456789ABCDEF";
    infext__buf_putc(out, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char tmp[8];
        size_t skip = 1;
        if (c == '"') esc = "\\\"";
        else if (c == '\\') esc = "\\\\";
        else if (c == '\n') esc = "\\n";
        else if (c == '\t') esc = "\\t";
        else if (c < 0x20 || c == 0x7f) {
            snprintf(tmp, sizeof tmp, "\\x%c%c", hex[c >> 4], hex[c & 15]);
            esc = tmp;
        } else if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 &&
                   (unsigned char)s[i + 1] <= 0x9F) { /* C1 controls; NEL is a YAML line break */
            unsigned char cp = (unsigned char)s[i + 1];
            snprintf(tmp, sizeof tmp, "\\x%c%c", hex[cp >> 4], hex[cp & 15]);
            esc = tmp;
            skip = 2;
        } else if (c == 0xEF && i + 2 < len && (unsigned char)s[i + 1] == 0xBF &&
                   ((unsigned char)s[i + 2] == 0xBE || (unsigned char)s[i + 2] == 0xBF)) {
            esc = (unsigned char)s[i + 2] == 0xBE ? "\\uFFFE" : "\\uFFFF";
            skip = 3;
        } else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
            /* U+2028 and U+2029 are line breaks to YAML 1.1 readers */
            esc = (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029";
            skip = 3;
        }
        if (!esc) continue;
        infext__buf_append(out, s + run, i - run);
        infext__buf_puts(out, esc);
        i += skip - 1;
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

static void write_value(infext__buf *out, const infext__value *v, int level);

static void write_scalar_value(infext__buf *out, const infext__value *v)
{
    char tmp[32];
    switch (v->type) {
    case INFEXT__V_NULL: infext__buf_puts(out, "null"); break;
    case INFEXT__V_TRUE: infext__buf_puts(out, "true"); break;
    case INFEXT__V_FALSE: infext__buf_puts(out, "false"); break;
    case INFEXT__V_INT: infext__buf_append(out, tmp, (size_t)snprintf(tmp, sizeof tmp, "%" PRId64, v->u.i)); break;
    case INFEXT__V_REAL: infext__json_write_double(out, v->u.d); break;
    case INFEXT__V_STRING: write_string(out, v->u.s, v->len); break;
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
            write_value(out, &m[i].value, m[i].value.type == INFEXT__V_ARRAY ? level : level + 1);
        } else {
            infext__buf_putc(out, ' ');
            write_scalar_value(out, &m[i].value);
            infext__buf_putc(out, '\n');
        }
    }
}

static void write_value(infext__buf *out, const infext__value *v, int level)
{
    if (v->type == INFEXT__V_OBJECT) {
        write_members(out, v->u.members, v->len, level, 0);
    } else {
        for (uint32_t i = 0; i < v->len; i++) {
            const infext__value *item = &v->u.items[i];
            indent(out, level);
            infext__buf_append(out, "- ", 2);
            if (item->type == INFEXT__V_OBJECT && item->len) {
                write_members(out, item->u.members, item->len, level + 1, 1);
            } else if (item->type == INFEXT__V_ARRAY && item->len) {
                infext__buf_putc(out, '\n');
                write_value(out, item, level + 1);
            } else {
                write_scalar_value(out, item);
                infext__buf_putc(out, '\n');
            }
        }
    }
}

static void write_struct(infext__buf *out, const void *obj, int level, int first_inline);

static int field_is_block(const void *obj, const infext__field *f)
{
    switch (f->type) {
    case INFEXT__F_OBJECT: {
        const infext__hdr *h = *INFEXT__CAT(obj, f, const infext__hdr *);
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
    char tmp[32];
    int block = field_is_block(obj, f);
    if (!block) infext__buf_putc(out, ' ');
    else infext__buf_putc(out, '\n');
    switch (f->type) {
    case INFEXT__F_STRING:
    case INFEXT__F_QUANTITY: {
        const char *s = *INFEXT__CAT(obj, f, const char *);
        write_string(out, s, strlen(s));
        break;
    }
    case INFEXT__F_INT32:
        infext__buf_append(out, tmp, (size_t)snprintf(tmp, sizeof tmp, "%" PRId32, *INFEXT__CAT(obj, f, int32_t)));
        break;
    case INFEXT__F_INT64:
        infext__buf_append(out, tmp, (size_t)snprintf(tmp, sizeof tmp, "%" PRId64, *INFEXT__CAT(obj, f, int64_t)));
        break;
    case INFEXT__F_BOOL: infext__buf_puts(out, *INFEXT__CAT(obj, f, bool) ? "true" : "false"); break;
    case INFEXT__F_DOUBLE: infext__json_write_double(out, *INFEXT__CAT(obj, f, double)); break;
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
                write_string(out, l->items[i], strlen(l->items[i]));
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
            write_string(out, m->items[i].value, strlen(m->items[i].value));
            infext__buf_putc(out, '\n');
        }
        return;
    }
    case INFEXT__F_RAW: {
        const infext__value *v = *INFEXT__CAT(obj, f, infext__value *);
        if (block) {
            write_value(out, v, v->type == INFEXT__V_ARRAY ? level : level + 1);
            return;
        }
        write_scalar_value(out, v);
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
