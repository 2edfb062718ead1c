#include "util/buf.h"
#include "util/alloc.h"

#include <stdint.h>
#include <stdio.h>

int infext__buf_grow(infext__buf *b, size_t extra)
{
    if (b->failed) return -1;
    size_t max = b->max < SIZE_MAX ? b->max : SIZE_MAX - 1;
    if (extra > max || b->len > max - extra) { /* also a zeroed buffer: max 0 */
        b->failed = INFEXT__BUF_LIMIT;
        return -1;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return 0;
    char *p = infext__grow(b->data, &b->cap, need, 1, 256, max + 1);
    if (!p) {
        b->failed = INFEXT__BUF_NOMEM;
        return -1;
    }
    b->data = p;
    return 0;
}

int infext__buf_vprintf(infext__buf *b, const char *fmt, va_list ap)
{
    if (b->failed) return -1;
    va_list copy;
    va_copy(copy, ap);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, copy);
    va_end(copy);
    if (n < 0) {
        b->failed = INFEXT__BUF_NOMEM;
        return -1;
    }
    if ((size_t)n < sizeof small) return infext__buf_append(b, small, (size_t)n);
    if (infext__buf_grow(b, (size_t)n) != 0) return -1;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return 0;
}

int infext__buf_printf(infext__buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = infext__buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

char *infext__buf_detach(infext__buf *b, size_t *len_out)
{
    if (b->failed) {
        infext__buf_reset(b);
        return NULL;
    }
    if (!b->data && infext__buf_grow(b, 0) != 0) return NULL;
    if (!b->data) return NULL;
    b->data[b->len] = '\0';
    char *p = b->data;
    if (len_out) *len_out = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

void infext__buf_reset(infext__buf *b)
{
    infext__free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}
