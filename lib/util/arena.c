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

#ifndef INFEXT_DEBUG_ARENA
/* The first block lives in the arena's own allocation, right after the
 * arena (at an offset that keeps its payload aligned): one malloc makes a
 * ready arena, and it is made when the arena is, not at the first
 * allocation, so that a decoder can take its large blocks before the parser
 * underneath starts freeing small ones (a large request then makes glibc
 * consolidate its fast bins, which sends the small requests after it down
 * the slow path). */
#define ARENA_SELF_SIZE                                                                                       \
    ((sizeof(infext__arena) + _Alignof(max_align_t) - 1) / _Alignof(max_align_t) * _Alignof(max_align_t))

static infext__arena_block *own_block(infext__arena *arena)
{
    return (infext__arena_block *)(void *)((char *)arena + ARENA_SELF_SIZE);
}

static void use_block(infext__arena *arena, infext__arena_block *b)
{
    arena->cursor = (char *)b->payload;
    arena->limit = arena->cursor + b->size;
}
#endif

infext__arena *infext__arena_new(size_t first_block_size)
{
    size_t first = first_block_size ? (first_block_size + 7u) & ~(size_t)7u : 1024;
#ifdef INFEXT_DEBUG_ARENA
    infext__arena *arena = infext__malloc(sizeof(*arena));
    if (!arena) return NULL;
    arena->head = NULL;
    arena->cursor = NULL;
    arena->limit = NULL;
    arena->next_block_size = first;
    arena->total = 0;
#else
    if (first < first_block_size || first > ARENA_MAX_BLOCK) first = ARENA_MAX_BLOCK;
    infext__arena *arena = infext__malloc(ARENA_SELF_SIZE + sizeof(infext__arena_block) + first);
    if (!arena) return NULL;
    infext__arena_block *b = own_block(arena);
    b->next = NULL;
    b->size = first;
    arena->head = b;
    use_block(arena, b);
    arena->total = first;
    arena->next_block_size = first < ARENA_MAX_BLOCK ? first * 2 : first;
#endif
    return arena;
}

void infext__arena_free(infext__arena *arena)
{
    if (!arena) return;
    infext__arena_block *b = arena->head;
    while (b) {
        infext__arena_block *next = b->next;
#ifndef INFEXT_DEBUG_ARENA
        if (b != own_block(arena))
#endif
            infext__free(b);
        b = next;
    }
    infext__free(arena);
}

void infext__arena_reset(infext__arena *arena)
{
    if (!arena) return;
#ifdef INFEXT_DEBUG_ARENA
    infext__arena_block *b = arena->head;
    while (b) {
        infext__arena_block *next = b->next;
        infext__free(b);
        b = next;
    }
    arena->head = NULL;
    arena->total = 0;
    arena->cursor = arena->limit = NULL;
#else
    /* Keep the newest block (the largest) to allocate from, and the arena's
     * own one, which cannot be freed apart from it. */
    infext__arena_block *keep = arena->head, *own = own_block(arena);
    infext__arena_block *b = keep->next;
    while (b) {
        infext__arena_block *next = b->next;
        if (b != own) infext__free(b);
        b = next;
    }
    keep->next = NULL;
    arena->total = keep->size;
    if (keep != own) {
        keep->next = own;
        own->next = NULL;
        arena->total += own->size;
    }
    use_block(arena, keep);
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
