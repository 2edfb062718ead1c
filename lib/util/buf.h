/* Growable byte buffer with a hard maximum (curl's dynbuf idea): every
 * append checks for overflow and the cap, and an error sticks, so callers
 * can append many pieces and check once at the end. */
#ifndef INFEXT_UTIL_BUF_H
#define INFEXT_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct infext__buf {
    char *data;
    size_t len;
    size_t cap;
    size_t max;  /* 0 = no limit other than SIZE_MAX */
    int failed;  /* sticky: set on allocation failure or cap reached */
} infext__buf;

#define INFEXT__BUF_INIT {NULL, 0, 0, 0, 0}

int infext__buf_grow(infext__buf *b, size_t extra);

static inline int infext__buf_append(infext__buf *b, const char *s, size_t n)
{
    if (b->failed) return -1;
    if (b->cap - b->len <= n && infext__buf_grow(b, n) != 0) return -1;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

static inline int infext__buf_putc(infext__buf *b, char c)
{
    if (b->failed) return -1;
    if (b->cap - b->len <= 1 && infext__buf_grow(b, 1) != 0) return -1;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return 0;
}

static inline int infext__buf_puts(infext__buf *b, const char *s)
{
    return infext__buf_append(b, s, strlen(s));
}

int infext__buf_printf(infext__buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
int infext__buf_vprintf(infext__buf *b, const char *fmt, va_list ap);

/* Hands the NUL-terminated data to the caller (free with infext__free) and
 * resets the buffer; returns NULL if the buffer failed. An empty buffer gives
 * an empty string. */
char *infext__buf_detach(infext__buf *b, size_t *len_out);
void infext__buf_reset(infext__buf *b); /* frees */
static inline void infext__buf_truncate(infext__buf *b, size_t len)
{
    if (len < b->len) {
        b->len = len;
        b->data[len] = '\0';
    }
}

#endif
