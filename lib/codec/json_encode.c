/* The JSON writer: written directly from the descriptor tables (no jansson
 * tree in between), deterministic, fields in schema order, then preserved
 * unknown members in input order. */
#include "codec/encode.h"
#include "codec/decode.h"
#include "codec/scalar_text.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

void infext__json_write_string(infext__buf *out, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    infext__buf_putc(out, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        infext__buf_append(out, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': infext__buf_append(out, "\\\"", 2); break;
        case '\\': infext__buf_append(out, "\\\\", 2); break;
        case '\n': infext__buf_append(out, "\\n", 2); break;
        case '\t': infext__buf_append(out, "\\t", 2); break;
        case '\r': infext__buf_append(out, "\\r", 2); break;
        case '\b': infext__buf_append(out, "\\b", 2); break;
        case '\f': infext__buf_append(out, "\\f", 2); break;
        default: {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            infext__buf_append(out, esc, 6);
        }
        }
    }
    infext__buf_append(out, s + run, len - run);
    infext__buf_putc(out, '"');
}

static void write_indent(infext__buf *out, int pretty, int level)
{
    if (!pretty) return;
    infext__buf_putc(out, '\n');
    for (int i = 0; i < level; i++) infext__buf_append(out, "  ", 2);
}

/* Before item i of a container: the comma after the previous one, and the
 * item's indent (`level` is the item's). */
static void item_start(infext__buf *out, size_t i, int pretty, int level)
{
    if (i) infext__buf_putc(out, ',');
    write_indent(out, pretty, level);
}

/* After the n items of a container at `level`: its closing bracket, on a
 * line of its own when pretty and not empty. */
static void container_end(infext__buf *out, size_t n, char close, int pretty, int level)
{
    if (n) write_indent(out, pretty, level);
    infext__buf_putc(out, close);
}

/* A member's key, escaped, and its colon. */
static void member_key(infext__buf *out, const char *key, size_t len, int pretty)
{
    infext__json_write_string(out, key, len);
    infext__buf_append(out, pretty ? ": " : ":", pretty ? 2 : 1);
}

static void write_value(infext__buf *out, const infext__value *v, int pretty, int level)
{
    char tmp[32];
    switch (v->type) {
    case INFEXT__V_NULL: infext__buf_append(out, "null", 4); break;
    case INFEXT__V_TRUE: infext__buf_append(out, "true", 4); break;
    case INFEXT__V_FALSE: infext__buf_append(out, "false", 5); break;
    case INFEXT__V_INT:
        infext__buf_append(out, tmp, (size_t)snprintf(tmp, sizeof tmp, "%" PRId64, v->u.i));
        break;
    case INFEXT__V_REAL: infext__text_double(out, v->u.d); break;
    case INFEXT__V_STRING: infext__json_write_string(out, v->u.s, v->len); break;
    case INFEXT__V_ARRAY:
        infext__buf_putc(out, '[');
        for (uint32_t i = 0; i < v->len; i++) {
            item_start(out, i, pretty, level + 1);
            write_value(out, &v->u.items[i], pretty, level + 1);
        }
        container_end(out, v->len, ']', pretty, level);
        break;
    case INFEXT__V_OBJECT:
        infext__buf_putc(out, '{');
        for (uint32_t i = 0; i < v->len; i++) {
            item_start(out, i, pretty, level + 1);
            member_key(out, v->u.members[i].key, v->u.members[i].key_len, pretty);
            write_value(out, &v->u.members[i].value, pretty, level + 1);
        }
        container_end(out, v->len, '}', pretty, level);
        break;
    }
}

static void write_struct(infext__buf *out, const void *obj, int pretty, int level);

static void write_key(infext__buf *out, int *first, const char *key, size_t len, int pretty, int level)
{
    item_start(out, !*first, pretty, level);
    *first = 0;
    infext__buf_putc(out, '"');
    infext__buf_append(out, key, len); /* schema keys need no escaping */
    infext__buf_append(out, pretty ? "\": " : "\":", pretty ? 3 : 2);
}

static void write_field(infext__buf *out, const void *obj, const infext__field *f, int pretty, int level)
{
    switch (f->type) {
    case INFEXT__F_STRING:
    case INFEXT__F_QUANTITY: {
        const char *s = *INFEXT__CAT(obj, f, char *);
        infext__json_write_string(out, s, strlen(s));
        break;
    }
    case INFEXT__F_INT32:
    case INFEXT__F_INT64:
    case INFEXT__F_BOOL:
    case INFEXT__F_DOUBLE:
        infext__text_number_field(out, obj, f);
        break;
    case INFEXT__F_OBJECT:
        write_struct(out, *INFEXT__CAT(obj, f, void *), pretty, level);
        break;
    case INFEXT__F_LIST:
    case INFEXT__F_STRLIST: {
        const infext__list *l = INFEXT__CAT(obj, f, infext__list);
        infext__buf_putc(out, '[');
        for (size_t i = 0; i < l->len; i++) {
            item_start(out, i, pretty, level + 1);
            if (f->type == INFEXT__F_LIST) write_struct(out, l->items[i], pretty, level + 1);
            else infext__json_write_string(out, l->items[i], strlen(l->items[i]));
        }
        container_end(out, l->len, ']', pretty, level);
        break;
    }
    case INFEXT__F_MAP: {
        const infext__map *m = INFEXT__CAT(obj, f, infext__map);
        infext__buf_putc(out, '{');
        for (size_t i = 0; i < m->len; i++) {
            item_start(out, i, pretty, level + 1);
            member_key(out, m->items[i].key, strlen(m->items[i].key), pretty);
            infext__json_write_string(out, m->items[i].value, strlen(m->items[i].value));
        }
        container_end(out, m->len, '}', pretty, level);
        break;
    }
    case INFEXT__F_RAW:
        write_value(out, *INFEXT__CAT(obj, f, infext__value *), pretty, level);
        break;
    }
}

static void write_struct(infext__buf *out, const void *obj, int pretty, int level)
{
    const infext__hdr *h = obj;
    const infext__struct_desc *d = h->desc;
    int first = 1;
    infext__buf_putc(out, '{');
    if (d->kind) {
        write_key(out, &first, "apiVersion", 10, pretty, level + 1);
        infext__json_write_string(out, d->kind->api_version, strlen(d->kind->api_version));
        write_key(out, &first, "kind", 4, pretty, level + 1);
        infext__json_write_string(out, d->kind->kind_name, strlen(d->kind->kind_name));
    }
    for (uint32_t i = 0; i < d->n_fields; i++) {
        const infext__field *f = &d->fields[i];
        if (!infext__has(obj, f)) continue;
        write_key(out, &first, f->json, f->json_len, pretty, level + 1);
        write_field(out, obj, f, pretty, level + 1);
    }
    if (h->extra) {
        for (size_t i = 0; i < h->extra->n_unknown; i++) {
            const infext__member *m = &h->extra->unknown[i];
            item_start(out, !first, pretty, level + 1);
            first = 0;
            member_key(out, m->key, m->key_len, pretty);
            write_value(out, &m->value, pretty, level + 1);
        }
    }
    container_end(out, !first, '}', pretty, level);
}

void infext__json_write_object(infext__buf *out, const void *obj, int pretty) { write_struct(out, obj, pretty, 0); }

/* ------------------------------------------------------------ raw JSON -- */

infext_status infext__raw_get_json(char **out, const void *obj, const infext__field *f)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (!obj) return INFEXT_EINVAL;
    if (!infext__has(obj, f)) return INFEXT_ENOTFOUND;
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    write_value(&b, *INFEXT__CAT(obj, f, infext__value *), 0, 0);
    *out = infext__buf_detach(&b, NULL);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}
