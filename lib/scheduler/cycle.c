/* Cycle state, the per-call random stream and the workspace's scratch
 * memory. Nothing here is shared between threads: a cycle belongs to one
 * workspace. */
#include "scheduler/sched.h"

#include "util/alloc.h"

#include <string.h>

#define ALIGN 16u
#define HEADER ((sizeof(infext__sched_chunk) + ALIGN - 1) & ~(size_t)(ALIGN - 1))
#define FIRST_CHUNK 4096u

static void release_entries(infext_cycle *cycle)
{
    for (size_t i = 0; i < cycle->entries_len; i++)
        if (cycle->entries[i].free_fn) cycle->entries[i].free_fn(cycle->entries[i].data);
    cycle->entries_len = 0;
}

void infext__sched_cycle_begin(infext_cycle *cycle, const infext_request *req, uint64_t seed)
{
    (void)req;
    release_entries(cycle);
    for (infext__sched_chunk *c = cycle->chunks; c; c = c->next) c->used = 0;
    cycle->cur = cycle->chunks;
    cycle->rng = seed;
}

void infext__sched_cycle_release(infext_cycle *cycle)
{
    release_entries(cycle);
    infext__free(cycle->entries);
    infext__sched_chunk *c = cycle->chunks;
    while (c) {
        infext__sched_chunk *next = c->next;
        infext__free(c);
        c = next;
    }
    memset(cycle, 0, sizeof(*cycle));
}

static infext__sched_state_entry *find(const infext_cycle *cycle, const char *key)
{
    for (size_t i = 0; i < cycle->entries_len; i++)
        if (strcmp(cycle->entries[i].key, key) == 0) return &cycle->entries[i];
    return NULL;
}

INFEXT_API infext_status infext_cycle_state_write(infext_cycle *cycle, const char *key,
                                                  void *data, void (*free_fn)(void *))
{
    if (!cycle || !key) return INFEXT_EINVAL;
    infext__sched_state_entry *e = find(cycle, key);
    if (e) {
        if (e->free_fn && e->data != data) e->free_fn(e->data);
    } else {
        if (infext__sched_grow((void **)&cycle->entries, &cycle->entries_cap, cycle->entries_len + 1,
                         sizeof(*cycle->entries)) != 0)
            return INFEXT_ENOMEM;
        e = &cycle->entries[cycle->entries_len++];
    }
    *e = (infext__sched_state_entry){key, data, free_fn};
    return INFEXT_OK;
}

INFEXT_API void *infext_cycle_state_read(const infext_cycle *cycle, const char *key)
{
    if (!cycle || !key) return NULL;
    infext__sched_state_entry *e = find(cycle, key);
    return e ? e->data : NULL;
}

INFEXT_API infext_status infext_cycle_state_delete(infext_cycle *cycle, const char *key)
{
    if (!cycle || !key) return INFEXT_EINVAL;
    infext__sched_state_entry *e = find(cycle, key);
    if (!e) return INFEXT_ENOTFOUND;
    if (e->free_fn) e->free_fn(e->data);
    *e = cycle->entries[--cycle->entries_len];
    return INFEXT_OK;
}

/* splitmix64: a small, fast generator with a 64-bit state, enough for
 * tie-breaks and sampling (not for anything secret). */
INFEXT_API uint64_t infext_cycle_random_u64(infext_cycle *cycle)
{
    if (!cycle) return 0;
    uint64_t z = (cycle->rng += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

INFEXT_API double infext_cycle_random_double(infext_cycle *cycle)
{
    return (double)(infext_cycle_random_u64(cycle) >> 11) * 0x1.0p-53;
}

uint64_t infext__sched_cycle_below(infext_cycle *cycle, uint64_t n)
{
    /* rejection sampling removes the modulo bias */
    uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t r;
    do r = infext_cycle_random_u64(cycle);
    while (r >= limit);
    return r % n;
}

INFEXT_API void *infext_cycle_alloc(infext_cycle *cycle, size_t size)
{
    if (!cycle) return NULL;
    size_t need = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (need < size) return NULL;
    infext__sched_chunk *c = cycle->cur, *last = NULL;
    for (; c; last = c, c = c->next) {
        if (c->size - c->used >= need) {
            void *p = (char *)c + HEADER + c->used;
            c->used += need;
            cycle->cur = c;
            return p;
        }
    }
    if (!last) /* no chunk yet, or cur was NULL with chunks present */
        for (last = cycle->chunks; last && last->next; last = last->next) {}
    size_t chunk = last ? last->size * 2 : FIRST_CHUNK;
    if (chunk < need) chunk = need;
    if (chunk > SIZE_MAX - HEADER) return NULL;
    c = infext__malloc(HEADER + chunk);
    if (!c) return NULL;
    c->next = NULL;
    c->size = chunk;
    c->used = need;
    if (last) last->next = c;
    else cycle->chunks = c;
    cycle->cur = c;
    return (char *)c + HEADER;
}
