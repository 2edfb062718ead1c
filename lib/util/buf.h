/* Growable byte buffer with a mandatory maximum (curl's dynbuf): every
 * buffer is made with the most bytes it may hold, every append checks for
 * overflow and that maximum, and an error sticks, so callers can append
 * many pieces and check once at the end. Passing the maximum is a limit
 * (INFEXT_ELIMIT), not out of memory; a buffer whose maximum was never set
 * (zeroed memory) refuses every byte. */
#ifndef INFEXT_UTIL_BUF_H
#define INFEXT_UTIL_BUF_H

#include "infext/common.h"

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

enum { INFEXT__BUF_OK = 0, INFEXT__BUF_NOMEM = 1, INFEXT__BUF_LIMIT = 2 };

typedef struct infext__buf {
    char *data;
    size_t len;
    size_t cap;
    size_t max;  /* the most bytes it may hold (the NUL aside); mandatory */
    int failed;  /* sticky: INFEXT__BUF_NOMEM or INFEXT__BUF_LIMIT */
} infext__buf;

/* The maximum for text made from an input or an object (encodings, error
 * messages and paths quoting input): far above what the decoder's own
 * limits let in (64 MiB documents, 16 MiB strings by default), so only a
 * runaway reaches it. A buffer with a smaller natural bound passes that. */
#define INFEXT__BUF_MAX_TEXT ((size_t)1 << 30)

#define INFEXT__BUF_INIT(max) {NULL, 0, 0, (max), INFEXT__BUF_OK}

/* For a buffer inside a struct: empty, holding at most max bytes. */
static inline void infext__buf_init(infext__buf *b, size_t max)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->max = max;
    b->failed = INFEXT__BUF_OK;
}

/* INFEXT_OK, INFEXT_ENOMEM, or INFEXT_ELIMIT when the maximum was passed. */
static inline infext_status infext__buf_status(const infext__buf *b)
{
    return b->failed == INFEXT__BUF_OK ? INFEXT_OK : b->failed == INFEXT__BUF_LIMIT ? INFEXT_ELIMIT : INFEXT_ENOMEM;
}

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
 * resets the buffer (its maximum stays); returns NULL if the buffer failed
 * (infext__buf_status() says why, before the reset). An empty buffer gives
 * an empty string. */
char *infext__buf_detach(infext__buf *b, size_t *len_out);
void infext__buf_reset(infext__buf *b); /* frees; the maximum stays */
static inline void infext__buf_truncate(infext__buf *b, size_t len)
{
    if (len < b->len) {
        b->len = len;
        b->data[len] = '\0';
    }
}

#endif
