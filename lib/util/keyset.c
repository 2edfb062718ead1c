#include "util/keyset.h"
#include "util/alloc.h"

#include <stdint.h>
#include <string.h>

/* A multiply-xorshift hash over 8-byte words; the seed makes the table
 * order differ between sets. */
static uint32_t hash_key(uint64_t seed, const char *key, size_t len)
{
    const uint64_t mul = 0x9E3779B97F4A7C15ull;
    uint64_t h = seed ^ (len * mul);
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, key + i, 8);
        h = (h ^ w) * mul;
        h ^= h >> 29;
    }
    uint64_t tail = 0;
    if (i < len) memcpy(&tail, key + i, len - i);
    h = (h ^ tail) * mul;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ull;
    h ^= h >> 32;
    return (uint32_t)h;
}

static infext__keyset_slot *find(const infext__keyset *set, const char *key, uint32_t len, uint32_t hash)
{
    uint32_t mask = set->cap - 1;
    for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
        infext__keyset_slot *s = &set->slots[i];
        if (!s->key || (s->hash == hash && s->len == len && memcmp(s->key, key, len) == 0)) return s;
    }
}

const char *infext__keyset_find(const infext__keyset *set, const char *key, size_t len)
{
    if (!set->cap || len > UINT32_MAX) return NULL;
    return find(set, key, (uint32_t)len, hash_key(set->seed, key, len))->key;
}

static int grow(infext__keyset *set, infext__arena *arena)
{
    size_t grown = infext__grow_cap(set->cap, (size_t)set->cap + 1, sizeof(infext__keyset_slot), 32, UINT32_C(1) << 31);
    if (!grown) return -1;
    uint32_t cap = (uint32_t)grown;
    infext__keyset_slot *slots = infext__arena_alloc(arena, (size_t)cap * sizeof(*slots));
    if (!slots) return -1;
    memset(slots, 0, (size_t)cap * sizeof(*slots));
    infext__keyset bigger = {slots, cap, 0, set->seed};
    for (uint32_t i = 0; i < set->cap; i++)
        if (set->slots[i].key) *find(&bigger, set->slots[i].key, set->slots[i].len, set->slots[i].hash) = set->slots[i];
    bigger.count = set->count;
    *set = bigger;
    return 0;
}

int infext__keyset_add(infext__keyset *set, infext__arena *arena, const char *key, size_t len)
{
    if (len > UINT32_MAX) return -1;
    if (!set->cap) set->seed = (uint64_t)(uintptr_t)set ^ ((uint64_t)(uintptr_t)arena << 17);
    /* at most half full, so probes stay short */
    if ((size_t)set->count * 2 >= set->cap && grow(set, arena) != 0) return -1;
    uint32_t hash = hash_key(set->seed, key, len);
    infext__keyset_slot *s = find(set, key, (uint32_t)len, hash);
    if (s->key) return 1;
    s->key = key;
    s->len = (uint32_t)len;
    s->hash = hash;
    set->count++;
    return 0;
}
