/* xxHash64 through the system's libxxhash. The prefix cache keys prompt
 * blocks with it, as the Go endpoint picker does (XXH64, seed 0), so a
 * block hash here equals the EPP's for the same bytes. */
#include "scheduler/sched.h"

uint64_t infext__sched_xxh64(const void *data, size_t len, uint64_t seed)
{
    return XXH64(data, len, seed);
}

void infext__sched_xxh64_reset(infext__sched_xxh64_state *st, uint64_t seed)
{
    XXH64_reset(&st->st, seed);
}

void infext__sched_xxh64_update(infext__sched_xxh64_state *st, const void *data, size_t len)
{
    XXH64_update(&st->st, data, len);
}

uint64_t infext__sched_xxh64_digest(const infext__sched_xxh64_state *st)
{
    return XXH64_digest(&st->st);
}
