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

/* Checked growth of arrays, the one way every growable array of the
 * library gets bigger. The capacity that holds `need` items of `size`
 * bytes: `cap` doubled (from `first` when cap is 0) until it does, clamped
 * to `max_items`; 0 when `need` passes max_items or the bytes would pass
 * SIZE_MAX. */
size_t infext__grow_cap(size_t cap, size_t need, size_t size, size_t first, size_t max_items);

void *infext__grow_slow(void *items, size_t *cap, size_t need, size_t size, size_t first, size_t max_items);

/* A heap array with room for `need` items: items itself when it has room,
 * else reallocated to infext__grow_cap()'s capacity (stored in *cap). NULL
 * on overflow or out of memory; items is then unchanged and still the
 * caller's. */
static inline void *infext__grow(void *items, size_t *cap, size_t need, size_t size, size_t first, size_t max_items)
{
    return need <= *cap ? items : infext__grow_slow(items, cap, need, size, first, max_items);
}

/* Fault injection for tests: after `n` more successful allocations every
 * allocation fails; a negative n turns injection off. Not thread-safe; only
 * for single-threaded tests. Returns the number of allocations made since
 * the last call. */
long infext__alloc_fail_after(long n);

#endif
