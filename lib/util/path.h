/* Field paths in the API server's form ("spec.targetPorts[1].number"),
 * built in a buffer: the codec's, the validator's and the converter's
 * error paths all come from here. Each push returns the length to pop back
 * to. Errors stick in the buffer (see buf.h). */
#ifndef INFEXT_UTIL_PATH_H
#define INFEXT_UTIL_PATH_H

#include "util/buf.h"

#include <stddef.h>

/* Append a member name: "name" on an empty path, ".name" after anything. */
size_t infext__path_push_field(infext__buf *path, const char *name, size_t len);
/* Append a list index: "[index]". */
size_t infext__path_push_index(infext__buf *path, size_t index);

static inline void infext__path_pop(infext__buf *path, size_t mark) { infext__buf_truncate(path, mark); }

/* The path as text: "" when empty or when the buffer failed. */
static inline const char *infext__path_text(const infext__buf *path)
{
    return path->failed || !path->data ? "" : path->data;
}

#endif
