#include "util/arena.h"
#include "util/alloc.h"

#include <string.h>

struct infext__arena_block {
    infext__arena_block *next;
#ifdef INFEXT_DEBUG_ARENA
    max_align_t payload[];
#else
    size_t size;
    max_align_t payload[];
#endif
};

#define ARENA_MAX_BLOCK (1u << 20)

infext__arena *infext__arena_new(size_t first_block_size)
{
    infext__arena *arena = infext__malloc(sizeof(*arena));
    if (!arena) return NULL;
    arena->head = NULL;
    arena->cursor = NULL;
    arena->limit = NULL;
    arena->next_block_size = first_block_size ? first_block_size : 1024;
    arena->total = 0;
    return arena;
}

void infext__arena_free(infext__arena *arena)
{
    if (!arena) return;
    infext__arena_block *b = arena->head;
    while (b) {
        infext__arena_block *next = b->next;
        infext__free(b);
        b = next;
    }
    infext__free(arena);
}

void infext__arena_reset(infext__arena *arena)
{
    if (!arena) return;
    infext__arena_block *keep = arena->head;
#ifdef INFEXT_DEBUG_ARENA
    keep = NULL;
#endif
    infext__arena_block *b = keep ? keep->next : arena->head;
    while (b) {
        infext__arena_block *next = b->next;
        infext__free(b);
        b = next;
    }
    arena->head = keep;
    arena->total = 0;
    arena->cursor = arena->limit = NULL;
#ifndef INFEXT_DEBUG_ARENA
    if (keep) {
        keep->next = NULL;
        arena->total = keep->size;
        arena->cursor = (char *)keep->payload;
        arena->limit = arena->cursor + keep->size;
    }
#endif
}

void *infext__arena_alloc_slow(infext__arena *arena, size_t size)
{
#ifdef INFEXT_DEBUG_ARENA
    if (size > SIZE_MAX - sizeof(infext__arena_block)) return NULL;
    infext__arena_block *b = infext__malloc(sizeof(*b) + (size ? size : 1));
    if (!b) return NULL;
    b->next = arena->head;
    arena->head = b;
    arena->total += size;
    return b->payload;
#else
    size_t rounded = (size + 7u) & ~(size_t)7u;
    if (rounded < size || rounded > SIZE_MAX / 2) return NULL;
    size_t block = arena->next_block_size;
    if (block < rounded) block = rounded;
    infext__arena_block *b = infext__malloc(sizeof(*b) + block);
    if (!b) return NULL;
    b->size = block;
    b->next = arena->head;
    arena->head = b;
    arena->total += block;
    if (arena->next_block_size < ARENA_MAX_BLOCK) arena->next_block_size *= 2;
    char *base = (char *)b->payload;
    /* A large request gets its own block; keep bump-allocating from the
     * previous remainder only if it is bigger than what this block leaves. */
    if ((size_t)(arena->limit - arena->cursor) < block - rounded || !arena->cursor) {
        arena->cursor = base + rounded;
        arena->limit = base + block;
    }
    return base;
#endif
}

void *infext__arena_calloc(infext__arena *arena, size_t count, size_t size)
{
    size_t total;
    if (!infext__mul_ok(count, size, &total)) return NULL;
    void *p = infext__arena_alloc(arena, total);
    if (p) memset(p, 0, total);
    return p;
}

char *infext__arena_strndup(infext__arena *arena, const char *s, size_t len)
{
    if (len == SIZE_MAX) return NULL;
    char *p = infext__arena_alloc(arena, len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *infext__arena_strdup(infext__arena *arena, const char *s)
{
    return infext__arena_strndup(arena, s, strlen(s));
}

void *infext__arena_grow_slow(infext__arena *arena, void *items, size_t len, size_t *cap, size_t need, size_t size,
                              size_t first, size_t max_items)
{
    size_t n = infext__grow_cap(*cap, need, size, first, max_items);
    if (!n) return NULL;
    char *p = infext__arena_alloc(arena, n * size);
    if (!p) return NULL;
    if (len) memcpy(p, items, len * size);
    memset(p + len * size, 0, (n - len) * size);
    *cap = n;
    return p;
}
