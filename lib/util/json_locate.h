/* Positions in JSON text, worked out when a diagnostic needs one.
 *
 * jansson reports no position for a parsed value, and recording one for
 * every node would slow down every decode. Instead a JSON document keeps its
 * text (a shared, reference-counted copy: the roots made from one document,
 * such as the items of a List, hold the same one) and a small scanner finds
 * the member or item at a field path in it when a problem is reported
 * there. The text is JSON that jansson has accepted, but the scanner does
 * not rely on that: on any text it stops, bounded, without reading past the
 * end. */
#ifndef INFEXT_UTIL_JSON_LOCATE_H
#define INFEXT_UTIL_JSON_LOCATE_H

#include <stddef.h>
#include <stdint.h>

/* The line and column (from 1; 0 = unknown) of a byte of text. The type of
 * the object model's positions: types/schema.h uses this definition. */
typedef struct infext__pos {
    uint32_t line;
    uint32_t column;
} infext__pos;

/* One JSON document's text and where it starts in its input. */
typedef struct infext__source infext__source;

/* A copy of `len` bytes of `text`, whose first byte stands at `base` in the
 * input; one reference, owned by the caller. NULL when out of memory. */
infext__source *infext__source_new(const char *text, size_t len, infext__pos base);
/* Another reference to `src` (NULL is passed through). Thread-safe. */
infext__source *infext__source_retain(infext__source *src);
/* Drop a reference; the last one frees the copy. NULL is a no-op.
 * Thread-safe. */
void infext__source_release(infext__source *src);

/* Where the value at `path` (the API server's form: "spec.targetPorts[1]",
 * "metadata.labels.app.kubernetes.io/name"; "" for the document) stands in
 * the source. With `item` = i + 1 the path is relative to `items[i]` of the
 * document (an item of a List that was split into roots of its own); 0 when
 * it is relative to the document.
 *
 * The position is that of the member's key for a path ending in a member
 * name, unless `want_value` asks for the value's own first character; a
 * path ending in an index or the empty path gives the value. A path that
 * leads nowhere gives the nearest enclosing value found on the way (an
 * object the path goes into: its opening brace; a member: its key).
 * Returns 1 when the whole path was found, 0 when only a part was (*out is
 * that part's position), -1 when not even the document was (*out zero). */
int infext__source_locate(infext__pos *out, const infext__source *src, size_t item, const char *path,
                          int want_value);

/* The position `n` bytes after `base` in `text` (columns count characters,
 * not bytes, as libyaml and jansson count them). */
infext__pos infext__pos_advance(infext__pos base, const char *text, size_t n);

#endif
