/* Timing helpers shared by the benchmarks: a monotonic clock in
 * nanoseconds, a whole-file reader, and best-of-ROUNDS measurement. */
#ifndef INFEXT_BENCH_TIMING_H
#define INFEXT_BENCH_TIMING_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static inline double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static inline char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) n = 0;
    fclose(f);
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

/* Best of several rounds, to keep scheduler noise out of the figure. */
#define ROUNDS 7

typedef void (*op_fn)(const char *data, size_t len, void *ctx);

static inline double measure(op_fn op, const char *data, size_t len, void *ctx, int iters)
{
    double best = 1e30;
    for (int r = 0; r < ROUNDS; r++) {
        double t0 = now_ns();
        for (int i = 0; i < iters; i++) op(data, len, ctx);
        double per = (now_ns() - t0) / iters;
        if (per < best) best = per;
    }
    return best;
}

#endif
