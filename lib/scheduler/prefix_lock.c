/* The read-mostly lock of the prefix index's shards (prefix_int.h says
 * how it works). */
#include "scheduler/prefix_int.h"

#include <sched.h>

static _Thread_local char reader_anchor;

static unsigned reader_slot_index(void)
{
    uint64_t a = (uint64_t)(uintptr_t)&reader_anchor;
    a ^= a >> 31;
    a *= 0x9E3779B97F4A7C15ull;
    return (unsigned)(a >> 58) % READER_SLOTS;
}

int infext__prefix_brlock_init(brlock *l)
{
    for (unsigned i = 0; i < READER_SLOTS; i++) atomic_init(&l->slots[i].readers, 0);
    atomic_init(&l->writer, 0);
    return pthread_mutex_init(&l->writers, NULL);
}

void infext__prefix_brlock_destroy(brlock *l)
{
    pthread_mutex_destroy(&l->writers);
}

unsigned infext__prefix_brlock_read_lock(brlock *l)
{
    unsigned slot = reader_slot_index();
    for (;;) {
        atomic_fetch_add(&l->slots[slot].readers, 1);
        if (!atomic_load(&l->writer)) return slot;
        atomic_fetch_sub(&l->slots[slot].readers, 1);
        while (atomic_load_explicit(&l->writer, memory_order_relaxed)) sched_yield();
    }
}

void infext__prefix_brlock_read_unlock(brlock *l, unsigned slot)
{
    atomic_fetch_sub_explicit(&l->slots[slot].readers, 1, memory_order_release);
}

void infext__prefix_brlock_write_lock(brlock *l)
{
    pthread_mutex_lock(&l->writers);
    atomic_store(&l->writer, 1);
    for (unsigned i = 0; i < READER_SLOTS; i++)
        while (atomic_load(&l->slots[i].readers)) sched_yield();
}

void infext__prefix_brlock_write_unlock(brlock *l)
{
    atomic_store_explicit(&l->writer, 0, memory_order_release);
    pthread_mutex_unlock(&l->writers);
}
