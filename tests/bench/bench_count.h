/* Instruction counting for the codec benchmarks. `bench_json --count WHICH
 * FILE N` (and bench_yaml's) runs one operation once to warm up, then N
 * times inside counted_loop(), the only function ratios.sh has callgrind
 * collect (--toggle-collect), so the figure it reads is N documents'
 * instructions and nothing of start-up or file reading. */
#ifndef INFEXT_BENCH_COUNT_H
#define INFEXT_BENCH_COUNT_H

#include "bench_timing.h"

#include <stdlib.h>
#include <string.h>

typedef struct counted_op {
    const char *name;
    op_fn op;
    int (*ok)(const char *data, size_t len); /* whether op succeeds on the text */
} counted_op;

/* Not inlined, so that callgrind sees it by name. */
__attribute__((noinline)) void counted_loop(op_fn op, const char *data, size_t len, long n);
__attribute__((noinline)) void counted_loop(op_fn op, const char *data, size_t len, long n)
{
    for (long i = 0; i < n; i++) op(data, len, NULL);
}

/* Runs the --count mode when argv asks for it: returns the exit status, or
 * -1 when argv is no --count request (the caller then benchmarks as usual). */
static inline int count_mode(int argc, char **argv, const counted_op *ops, size_t n_ops)
{
    if (argc < 2 || strcmp(argv[1], "--count") != 0) return -1;
    if (argc != 5) {
        fprintf(stderr, "usage: %s --count WHICH FILE N\n", argv[0]);
        return 2;
    }
    const counted_op *c = NULL;
    for (size_t i = 0; i < n_ops; i++)
        if (!strcmp(ops[i].name, argv[2])) c = &ops[i];
    long n = strtol(argv[4], NULL, 10);
    size_t len = 0;
    char *data = read_file(argv[3], &len);
    if (!c || n <= 0 || !data) {
        fprintf(stderr, "%s: unknown operation, bad count or unreadable file\n", argv[0]);
        free(data);
        return 2;
    }
    /* A failing decode stops early: its count would flatter us. */
    if (!c->ok(data, len)) {
        fprintf(stderr, "%s: %s fails on %s\n", argv[0], c->name, argv[3]);
        free(data);
        return 1;
    }
    c->op(data, len, NULL);
    counted_loop(c->op, data, len, n);
    free(data);
    return 0;
}

#endif
