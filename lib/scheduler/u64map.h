/* An open-addressing hash map from 64-bit keys to 32-bit values (linear
 * probing, backward-shift deletion). UINT32_MAX is not a storable value:
 * it marks an empty slot and "not found". Not synchronised. */
#ifndef INFEXT_SCHEDULER_U64MAP_H
#define INFEXT_SCHEDULER_U64MAP_H

#include <stddef.h>
#include <stdint.h>

#define INFEXT__U64MAP_NONE UINT32_MAX

typedef struct infext__sched_u64map {
    uint64_t *keys;
    uint32_t *vals;
    size_t cap; /* 0 or a power of two */
    size_t len;
} infext__sched_u64map;

uint32_t infext__sched_u64map_get(const infext__sched_u64map *m, uint64_t key);
/* Insert or replace; -1 on allocation failure (the map is unchanged). */
int infext__sched_u64map_put(infext__sched_u64map *m, uint64_t key, uint32_t val);
void infext__sched_u64map_del(infext__sched_u64map *m, uint64_t key);
void infext__sched_u64map_free(infext__sched_u64map *m);

#endif
