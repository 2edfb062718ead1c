/* Internal side of the public diagnostics list. */
#ifndef INFEXT_UTIL_DIAG_H
#define INFEXT_UTIL_DIAG_H

#include "infext/common.h"
#include "infext/types.h"
#include "util/buf.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

struct infext_diag {
    infext_severity severity;
    infext_error_type type;
    unsigned int line;
    unsigned int column;
    char *path;
    char *message;
    uint32_t owner; /* a reader's own list: 1 + the output the entry is about */
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

/* Move the entries of `src` whose owner is `owner` (every entry for
 * INFEXT__DIAGS_ALL; with `and_unowned`, those without an owner too) to the
 * end of `dst`, in order; a NULL `dst` drops them. Returns INFEXT_ENOMEM when
 * `dst` could not grow (the entries are then dropped and `dst` flagged). */
#define INFEXT__DIAGS_ALL UINT32_MAX
infext_status infext__diags_move(infext_diags *dst, infext_diags *src, uint32_t owner, int and_unowned);

/* Sort entries from index `from` on by (line, column) where both have a
 * position, keeping insertion order otherwise (stable). */
void infext__diags_sort_from(infext_diags *diags, size_t from);

/* Whether objects of `kind` are read by the endpoint picker's config loader
 * (an EndpointPickerConfig of either apiVersion) rather than by the API
 * server as a custom resource. The loader decodes with apimachinery's strict
 * serializer, so its words for an unknown member are that serializer's. */
bool infext__kind_loader_decoded(infext_kind kind);

/* Append to `b` the message for a member no field declares, at `path`
 * (the whole path, as apimachinery's strict decoders write it:
 * "plugins[0].parameterz"): for a kind the loader reads, its strict
 * decoding error, `strict decoding error: unknown field "PATH"`; for a CRD
 * kind, strict field validation's `unknown field "PATH"`. */
void infext__unknown_field_text(infext__buf *b, infext_kind kind, const char *path);

#endif
