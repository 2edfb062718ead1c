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

void *infext__calloc(size_t count, size_t size)
{
    if (should_fail()) return NULL;
    return calloc(count ? count : 1, size ? size : 1);
}

void *infext__realloc(void *ptr, size_t size)
{
    if (should_fail()) return NULL;
    return realloc(ptr, size ? size : 1);
}

void infext__free(void *ptr) { free(ptr); }

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
