/* Schema defaults held as typed constant data (infext__default_value, from
 * the generator): the one routine that copies a default into an object, and
 * the one that prints it. The generator has checked every value against its
 * field's type, so neither meets a value that does not fit. */
#include "types/schema.h"
#include "util/buf.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static infext_status put_members(void *obj, const infext__default_value *value)
{
    const infext__struct_desc *desc = ((const infext__hdr *)obj)->desc;
    for (uint32_t i = 0; i < value->len; i++) {
        const infext__default_member *m = &value->u.members[i];
        infext_status rc = infext__default_put(obj, &desc->fields[m->field], &m->value);
        if (rc != INFEXT_OK) return rc;
    }
    return INFEXT_OK;
}

infext_status infext__default_put(void *obj, const infext__field *f, const infext__default_value *value)
{
    if (!obj || !f || !value) return INFEXT_EINVAL;
    infext_status rc = INFEXT_OK;
    switch ((infext__default_tag)value->tag) {
    case INFEXT__D_STRING:
        return infext__set_string(obj, f, value->u.s);
    case INFEXT__D_INT:
        if (f->type == INFEXT__F_INT32)
            *INFEXT__AT(obj, f, int32_t) = (int32_t)value->u.i;
        else
            *INFEXT__AT(obj, f, int64_t) = value->u.i;
        break;
    case INFEXT__D_BOOL:
        *INFEXT__AT(obj, f, bool) = value->u.b;
        break;
    case INFEXT__D_DOUBLE:
        *INFEXT__AT(obj, f, double) = value->u.d;
        break;
    case INFEXT__D_OBJECT: {
        void *child;
        rc = infext__ensure_object(&child, obj, f);
        return rc != INFEXT_OK ? rc : put_members(child, value);
    }
    case INFEXT__D_LIST:
        INFEXT__AT(obj, f, infext__list)->len = 0;
        for (uint32_t i = 0; i < value->len && rc == INFEXT_OK; i++) {
            void *item;
            rc = infext__list_insert(&item, obj, f, i);
            if (rc == INFEXT_OK) rc = put_members(item, &value->u.items[i]);
        }
        break;
    case INFEXT__D_STRLIST:
        INFEXT__AT(obj, f, infext__list)->len = 0;
        for (uint32_t i = 0; i < value->len && rc == INFEXT_OK; i++)
            rc = infext__strlist_insert(obj, f, i, value->u.strings[i]);
        break;
    case INFEXT__D_MAP:
        for (uint32_t i = 0; i < value->len && rc == INFEXT_OK; i++)
            rc = infext__map_set(obj, f, value->u.strings[2 * i], value->u.strings[2 * i + 1]);
        break;
    }
    infext__mark(obj, f);
    return rc;
}

/* A JSON string literal: quote, backslash and control characters escaped,
 * everything else (UTF-8 included) as it is. */
static void render_string(infext__buf *b, const char *s)
{
    infext__buf_putc(b, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        const char *esc = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
                        : c == '\t' ? "\\t" : c == '\b' ? "\\b" : c == '\f' ? "\\f" : NULL;
        if (esc)
            infext__buf_puts(b, esc);
        else if (c < 0x20)
            infext__buf_printf(b, "\\u%04x", c);
        else
            infext__buf_putc(b, (char)c);
    }
    infext__buf_putc(b, '"');
}

/* A double as the fewest significant digits that read back as the same
 * value, in fixed notation for a decimal exponent from -4 to 16 (100, not
 * 1e+02) and in exponent notation beyond (1e-07). */
static void render_double(infext__buf *b, double d)
{
    char text[40];
    int digits = 1;
    for (; digits < 17; digits++) {
        snprintf(text, sizeof text, "%.*e", digits - 1, d);
        if (strtod(text, NULL) == d) break;
    }
    snprintf(text, sizeof text, "%.*e", digits - 1, d);
    long exponent = strtol(strchr(text, 'e') + 1, NULL, 10);
    if (exponent >= -4 && exponent < 17 && exponent + 1 > digits) digits = (int)exponent + 1;
    snprintf(text, sizeof text, "%.*g", digits, d);
    infext__buf_puts(b, text);
}

void infext__default_render(infext__buf *b, const infext__default_value *value, const infext__struct_desc *desc)
{
    switch ((infext__default_tag)value->tag) {
    case INFEXT__D_STRING:
        render_string(b, value->u.s);
        return;
    case INFEXT__D_INT:
        infext__buf_printf(b, "%" PRId64, value->u.i);
        return;
    case INFEXT__D_BOOL:
        infext__buf_puts(b, value->u.b ? "true" : "false");
        return;
    case INFEXT__D_DOUBLE:
        render_double(b, value->u.d);
        return;
    case INFEXT__D_OBJECT:
    case INFEXT__D_LIST:
    case INFEXT__D_STRLIST:
    case INFEXT__D_MAP:
        break;
    }
    bool array = value->tag == INFEXT__D_LIST || value->tag == INFEXT__D_STRLIST;
    infext__buf_putc(b, array ? '[' : '{');
    for (uint32_t i = 0; i < value->len; i++) {
        if (i) infext__buf_putc(b, ',');
        if (value->tag == INFEXT__D_OBJECT) {
            const infext__field *f = &desc->fields[value->u.members[i].field];
            render_string(b, f->json);
            infext__buf_putc(b, ':');
            infext__default_render(b, &value->u.members[i].value, f->elem);
        } else if (value->tag == INFEXT__D_LIST) {
            infext__default_render(b, &value->u.items[i], desc);
        } else if (value->tag == INFEXT__D_STRLIST) {
            render_string(b, value->u.strings[i]);
        } else {
            render_string(b, value->u.strings[2 * i]);
            infext__buf_putc(b, ':');
            render_string(b, value->u.strings[2 * i + 1]);
        }
    }
    infext__buf_putc(b, array ? ']' : '}');
}
