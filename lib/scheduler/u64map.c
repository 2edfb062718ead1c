#include "scheduler/u64map.h"

#include "util/alloc.h"

#include <string.h>

static inline size_t slot_of(const infext__sched_u64map *m, uint64_t key)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdull;
    key ^= key >> 33;
    return (size_t)key & (m->cap - 1);
}

uint32_t infext__sched_u64map_get(const infext__sched_u64map *m, uint64_t key)
{
    if (!m->len) return INFEXT__U64MAP_NONE;
    for (size_t i = slot_of(m, key);; i = (i + 1) & (m->cap - 1)) {
        if (m->vals[i] == INFEXT__U64MAP_NONE) return INFEXT__U64MAP_NONE;
        if (m->keys[i] == key) return m->vals[i];
    }
}

static void insert(infext__sched_u64map *m, uint64_t key, uint32_t val)
{
    size_t i = slot_of(m, key);
    while (m->vals[i] != INFEXT__U64MAP_NONE && m->keys[i] != key) i = (i + 1) & (m->cap - 1);
    if (m->vals[i] == INFEXT__U64MAP_NONE) m->len++;
    m->keys[i] = key;
    m->vals[i] = val;
}

static int rehash(infext__sched_u64map *m, size_t cap)
{
    uint64_t *keys = infext__malloc(cap * sizeof(uint64_t));
    uint32_t *vals = infext__malloc(cap * sizeof(uint32_t));
    if (!keys || !vals) {
        infext__free(keys);
        infext__free(vals);
        return -1;
    }
    memset(vals, 0xff, cap * sizeof(uint32_t));
    infext__sched_u64map old = *m;
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
    m->len = 0;
    for (size_t i = 0; i < old.cap; i++)
        if (old.vals[i] != INFEXT__U64MAP_NONE) insert(m, old.keys[i], old.vals[i]);
    infext__free(old.keys);
    infext__free(old.vals);
    return 0;
}

int infext__sched_u64map_put(infext__sched_u64map *m, uint64_t key, uint32_t val)
{
    if ((m->len + 1) * 10 > m->cap * 7) {
        size_t cap = infext__grow_cap(m->cap, m->cap + 1, sizeof(uint64_t), 16, SIZE_MAX / 2 + 1);
        if (!cap || rehash(m, cap) != 0) return -1;
    }
    insert(m, key, val);
    return 0;
}

void infext__sched_u64map_del(infext__sched_u64map *m, uint64_t key)
{
    if (!m->len) return;
    size_t mask = m->cap - 1, i = slot_of(m, key);
    while (m->keys[i] != key || m->vals[i] == INFEXT__U64MAP_NONE) {
        if (m->vals[i] == INFEXT__U64MAP_NONE) return;
        i = (i + 1) & mask;
    }
    /* shift later members of the probe run back into the hole */
    for (size_t j = (i + 1) & mask; m->vals[j] != INFEXT__U64MAP_NONE; j = (j + 1) & mask) {
        size_t home = slot_of(m, m->keys[j]);
        /* j's entry may move to i when its home is not in (i, j] cyclically */
        if (((j - home) & mask) >= ((j - i) & mask)) {
            m->keys[i] = m->keys[j];
            m->vals[i] = m->vals[j];
            i = j;
        }
    }
    m->vals[i] = INFEXT__U64MAP_NONE;
    m->len--;
}

void infext__sched_u64map_free(infext__sched_u64map *m)
{
    infext__free(m->keys);
    infext__free(m->vals);
    memset(m, 0, sizeof(*m));
}
