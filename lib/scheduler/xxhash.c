/* xxHash64, written from the algorithm's public specification. The prefix
 * cache keys prompt blocks with it, as the Go endpoint picker does, so a
 * block hash here equals the EPP's for the same bytes. */
#include "scheduler/sched.h"

#include <string.h>

#define P1 0x9E3779B185EBCA87ull
#define P2 0xC2B2AE3D27D4EB4Full
#define P3 0x165667B19E3779F9ull
#define P4 0x85EBCA77C2B2AE63ull
#define P5 0x27D4EB2F165667C5ull

static inline uint64_t rotl(uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

static inline uint64_t load64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
    return v;
}

static inline uint32_t load32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint64_t round64(uint64_t acc, uint64_t lane)
{
    acc += lane * P2;
    acc = rotl(acc, 31);
    return acc * P1;
}

static inline uint64_t merge64(uint64_t acc, uint64_t v)
{
    acc ^= round64(0, v);
    return acc * P1 + P4;
}

static void stripes(uint64_t v[4], const unsigned char *p, size_t n)
{
    for (size_t i = 0; i + 32 <= n; i += 32) {
        v[0] = round64(v[0], load64(p + i));
        v[1] = round64(v[1], load64(p + i + 8));
        v[2] = round64(v[2], load64(p + i + 16));
        v[3] = round64(v[3], load64(p + i + 24));
    }
}

static uint64_t finish(uint64_t h, const unsigned char *p, size_t n)
{
    while (n >= 8) {
        h ^= round64(0, load64(p));
        h = rotl(h, 27) * P1 + P4;
        p += 8;
        n -= 8;
    }
    if (n >= 4) {
        h ^= (uint64_t)load32(p) * P1;
        h = rotl(h, 23) * P2 + P3;
        p += 4;
        n -= 4;
    }
    while (n > 0) {
        h ^= (uint64_t)(*p) * P5;
        h = rotl(h, 11) * P1;
        p++;
        n--;
    }
    h ^= h >> 33;
    h *= P2;
    h ^= h >> 29;
    h *= P3;
    h ^= h >> 32;
    return h;
}

static uint64_t converge(const uint64_t v[4])
{
    uint64_t h = rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18);
    for (int i = 0; i < 4; i++) h = merge64(h, v[i]);
    return h;
}

static void init_lanes(uint64_t v[4], uint64_t seed)
{
    v[0] = seed + P1 + P2;
    v[1] = seed + P2;
    v[2] = seed;
    v[3] = seed - P1;
}

uint64_t infext__sched_xxh64(const void *data, size_t len, uint64_t seed)
{
    const unsigned char *p = data;
    uint64_t h;
    size_t done = 0;
    if (len >= 32) {
        uint64_t v[4];
        init_lanes(v, seed);
        done = len & ~(size_t)31;
        stripes(v, p, done);
        h = converge(v);
    } else {
        h = seed + P5;
    }
    h += (uint64_t)len;
    return finish(h, p + done, len - done);
}

void infext__sched_xxh64_reset(infext__sched_xxh64_state *st, uint64_t seed)
{
    memset(st, 0, sizeof(*st));
    st->seed = seed;
    init_lanes(st->v, seed);
}

void infext__sched_xxh64_update(infext__sched_xxh64_state *st, const void *data, size_t len)
{
    const unsigned char *p = data;
    st->total += len;
    if (st->buf_len) {
        size_t take = 32 - st->buf_len;
        if (take > len) take = len;
        memcpy(st->buf + st->buf_len, p, take);
        st->buf_len += take;
        p += take;
        len -= take;
        if (st->buf_len < 32) return;
        stripes(st->v, st->buf, 32);
        st->buf_len = 0;
    }
    size_t whole = len & ~(size_t)31;
    stripes(st->v, p, whole);
    memcpy(st->buf, p + whole, len - whole);
    st->buf_len = len - whole;
}

uint64_t infext__sched_xxh64_digest(const infext__sched_xxh64_state *st)
{
    uint64_t h = st->total >= 32 ? converge(st->v) : st->seed + P5;
    h += st->total;
    return finish(h, st->buf, st->buf_len);
}
