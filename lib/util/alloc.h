/* The library's only route to the heap. Tests built against the static
 * library can make the N-th allocation fail (infext__alloc_fail_after) to
 * prove that every failure path returns INFEXT_ENOMEM without leaking. */
#ifndef INFEXT_UTIL_ALLOC_H
#define INFEXT_UTIL_ALLOC_H

#include <stddef.h>

void *infext__malloc(size_t size);
void *infext__calloc(size_t count, size_t size);
void *infext__realloc(void *ptr, size_t size);
void infext__free(void *ptr);
char *infext__strndup(const char *s, size_t len);

/* Fault injection for tests: after `n` more successful allocations every
 * allocation fails; a negative n turns injection off. Not thread-safe; only
 * for single-threaded tests. Returns the number of allocations made since
 * the last call. */
long infext__alloc_fail_after(long n);

#endif
