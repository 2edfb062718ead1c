/* Arena allocator: every object tree of the library lives in one arena that
 * its root owns, so one free releases everything. With INFEXT_DEBUG_ARENA
 * defined, each allocation is its own malloc so valgrind and ASan can see
 * overruns of individual blocks. */
#ifndef INFEXT_UTIL_ARENA_H
#define INFEXT_UTIL_ARENA_H

#include <stddef.h>
#include <stdint.h>

typedef struct infext__arena_block infext__arena_block;

typedef struct infext__arena {
    infext__arena_block *head; /* newest block first */
    char *cursor;
    char *limit;
    size_t next_block_size;
    size_t total;              /* bytes requested from malloc, for limits and stats */
} infext__arena;

/* Returns NULL on allocation failure. */
infext__arena *infext__arena_new(size_t first_block_size);
void infext__arena_free(infext__arena *arena);
/* Forget everything allocated, keeping the newest (largest) block for what
 * comes next, so that a reader's documents do not each malloc and free
 * their scratch memory (with INFEXT_DEBUG_ARENA every block is freed). */
void infext__arena_reset(infext__arena *arena);
/* Bytes handed out so far: the blocks' sum less what the current block has
 * left (a block's unused tail that a larger request skipped counts as used).
 * With INFEXT_DEBUG_ARENA, the sum of the requests. */
static inline size_t infext__arena_used(const infext__arena *arena)
{
    return arena->total - (size_t)(arena->limit - arena->cursor);
}

/* Aligned to 16 bytes when INFEXT_DEBUG_ARENA (malloc), to 8 otherwise.
 * Returns NULL on overflow or allocation failure. */
void *infext__arena_alloc_slow(infext__arena *arena, size_t size);

static inline void *infext__arena_alloc(infext__arena *arena, size_t size)
{
#ifndef INFEXT_DEBUG_ARENA
    size_t rounded = (size + 7u) & ~(size_t)7u;
    if (rounded >= size && (size_t)(arena->limit - arena->cursor) >= rounded) {
        void *p = arena->cursor;
        arena->cursor += rounded;
        return p;
    }
#endif
    return infext__arena_alloc_slow(arena, size);
}

void *infext__arena_calloc(infext__arena *arena, size_t count, size_t size);
/* Copy of len bytes plus a NUL terminator. */
char *infext__arena_strndup(infext__arena *arena, const char *s, size_t len);
char *infext__arena_strdup(infext__arena *arena, const char *s);

void *infext__arena_grow_slow(infext__arena *arena, void *items, size_t len, size_t *cap, size_t need, size_t size,
                              size_t first, size_t max_items);

/* An arena array with room for `need` items (infext__grow()'s rule, in an
 * arena): items itself when it has room, else a new block with the first
 * `len` items copied and the rest zeroed (the old block stays in the arena
 * until it is freed). NULL on overflow or out of memory, items unchanged. */
static inline void *infext__arena_grow(infext__arena *arena, void *items, size_t len, size_t *cap, size_t need,
                                       size_t size, size_t first, size_t max_items)
{
    return need <= *cap ? items : infext__arena_grow_slow(arena, items, len, cap, need, size, first, max_items);
}

/* Overflow-checked size arithmetic: return 0 when the result wrapped. */
static inline int infext__mul_ok(size_t a, size_t b, size_t *out)
{
    if (b != 0 && a > SIZE_MAX / b) return 0;
    *out = a * b;
    return 1;
}

#endif
