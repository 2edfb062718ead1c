/* Internal side of the public diagnostics list. */
#ifndef INFEXT_UTIL_DIAG_H
#define INFEXT_UTIL_DIAG_H

#include "infext/common.h"

#include <stdarg.h>
#include <stdint.h>

struct infext_diag {
    infext_severity severity;
    infext_error_type type;
    unsigned int line;
    unsigned int column;
    char *path;
    char *message;
};

struct infext_diags {
    infext_diag *items;
    size_t len;
    size_t cap;
    size_t errors;
    int oom; /* an entry could not be stored; callers report ENOMEM */
    uint64_t epoch; /* times the list was cleared: tells entries recorded
                       before a clear from ones still there */
};

/* printf-style add; a NULL list makes it a no-op. Returns INFEXT_ENOMEM if
 * the entry could not be stored. */
infext_status infext__diag_addf(infext_diags *diags, infext_severity severity,
                                infext_error_type type, const char *path,
                                unsigned int line, unsigned int column,
                                const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* Drop the entries from index `len` on (a NULL list is a no-op). */
void infext__diags_truncate(infext_diags *diags, size_t len);

/* Drop the entries [from, to), keeping the ones after them in order. */
void infext__diags_remove(infext_diags *diags, size_t from, size_t to);

/* Sort entries from index `from` on by (line, column) where both have a
 * position, keeping insertion order otherwise (stable). */
void infext__diags_sort_from(infext_diags *diags, size_t from);

#endif
