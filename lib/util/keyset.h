/* A set of byte strings for duplicate-key checks on mappings of any size.
 * Decoding checks every key of a mapping against the ones before it; a scan
 * is quadratic, so a document with many thousands of keys in one mapping
 * (an annotation bomb) would take minutes. The set keeps that linear.
 *
 * The set stores pointers, not copies: each key must stay valid as long as
 * the set is used (arena copies do). Table memory comes from an arena, so
 * there is nothing to free; growth leaves the old table behind, which costs
 * at most as much again. The hash is seeded per set from an address, so
 * crafted keys cannot be chosen ahead to collide. */
#ifndef INFEXT_UTIL_KEYSET_H
#define INFEXT_UTIL_KEYSET_H

#include "util/arena.h"

#include <stddef.h>
#include <stdint.h>

typedef struct infext__keyset_slot {
    const char *key;
    uint32_t len;
    uint32_t hash;
} infext__keyset_slot;

typedef struct infext__keyset {
    infext__keyset_slot *slots; /* NULL until the first add */
    uint32_t cap;               /* a power of two, or 0 */
    uint32_t count;
    uint64_t seed;
} infext__keyset;

/* The stored pointer of `key`, or NULL when the set does not hold it. */
const char *infext__keyset_find(const infext__keyset *set, const char *key, size_t len);

/* Add `key` (not copied). Returns 1 when it was already there (nothing is
 * added), 0 when added, -1 when the arena is out of memory. */
int infext__keyset_add(infext__keyset *set, infext__arena *arena, const char *key, size_t len);

#endif
