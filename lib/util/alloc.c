#include "util/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Fault injection state. Only tests change it; in normal use the countdown
 * stays negative and the branch is predicted away. */
static long fail_countdown = -1;
static long alloc_count;

static int should_fail(void)
{
    if (fail_countdown < 0) return 0;
    if (fail_countdown == 0) return 1;
    fail_countdown--;
    alloc_count++;
    return 0;
}

long infext__alloc_fail_after(long n)
{
    long made = alloc_count;
    alloc_count = 0;
    fail_countdown = n;
    return made;
}

void *infext__malloc(size_t size)
{
    if (should_fail()) return NULL;
    return malloc(size ? size : 1);
}

/* malloc and a memset rather than calloc: glibc's calloc (before 2.41)
 * skips the per-thread cache and takes malloc's slow path every time, which
 * is most of the cost of the small structs zeroed here (a reader, a YAML
 * stream). The memset is called through a volatile pointer because GCC and
 * Clang turn malloc plus memset back into calloc. */
static void *(*volatile const zero_bytes)(void *, int, size_t) = memset;

void *infext__calloc(size_t count, size_t size)
{
    if (should_fail()) return NULL;
    if (!count) count = 1;
    if (!size) size = 1;
    if (count > SIZE_MAX / size) return NULL;
    void *p = malloc(count * size);
    if (p) zero_bytes(p, 0, count * size);
    return p;
}

void *infext__realloc(void *ptr, size_t size)
{
    if (should_fail()) return NULL;
    return realloc(ptr, size ? size : 1);
}

void infext__free(void *ptr)
{
    if (ptr) free(ptr); /* the many frees of what was never allocated cost a call less */
}

char *infext__strndup(const char *s, size_t len)
{
    char *p = infext__malloc(len + 1);
    if (!p) return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

size_t infext__grow_cap(size_t cap, size_t need, size_t size, size_t first, size_t max_items)
{
    if (size == 0 || need > max_items || need > SIZE_MAX / size) return 0;
    size_t n = cap ? cap : first ? first : 1;
    while (n < need) n = n > SIZE_MAX / 2 ? need : n * 2;
    if (n > max_items) n = max_items;
    if (n > SIZE_MAX / size) n = need;
    return n;
}

void *infext__grow_slow(void *items, size_t *cap, size_t need, size_t size, size_t first, size_t max_items)
{
    size_t n = infext__grow_cap(*cap, need, size, first, max_items);
    if (!n) return NULL;
    void *p = infext__realloc(items, n * size);
    if (!p) return NULL;
    *cap = n;
    return p;
}
