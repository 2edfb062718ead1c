/* Built-in pickers: max-score (random tie-break), random, and weighted
 * random sampling without replacement. All three take `maxNumOfEndpoints`
 * (default 1; a value below 1 falls back to 1, as in the EPP). */
#include "scheduler/sched.h"

#include "util/alloc.h"

#include <math.h>
#include <stdlib.h>

typedef struct picker {
    size_t max; /* maxNumOfEndpoints */
} picker;

infext_status infext__sched_picker_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    infext_params *p = NULL;
    infext_status st = infext_params_parse(&p, args->parameters_json, args->path, args->diags);
    int64_t max = 1;
    if (st == INFEXT_OK) {
        infext_params_get_int(&max, p, "maxNumOfEndpoints");
        st = infext_params_finish(p);
    }
    infext_params_free(p);
    if (st != INFEXT_OK) return st;
    picker *pk = infext__malloc(sizeof(*pk));
    if (!pk) return INFEXT_ENOMEM;
    pk->max = max < 1 ? 1 : (size_t)max;
    *out_state = pk;
    return INFEXT_OK;
}

void infext__sched_picker_destroy(void *state)
{
    infext__free(state);
}

/* A candidate with its sort keys, for picks of more than one. */
typedef struct ranked {
    double key;    /* higher first */
    uint64_t tie;  /* random tie-break */
    size_t index;
} ranked;

static int by_rank(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->key != y->key) return x->key > y->key ? -1 : 1;
    return x->tie < y->tie ? -1 : x->tie > y->tie;
}

/* Sort candidates by key (random order among equals); write the first k. */
static size_t top_k(infext_cycle *cycle, const double *keys, size_t n, size_t k, size_t *picked)
{
    ranked *r = infext_cycle_alloc(cycle, n * sizeof(*r));
    if (!r) return 0;
    for (size_t i = 0; i < n; i++)
        r[i] = (ranked){keys ? keys[i] : 0.0, infext_cycle_random_u64(cycle), i};
    qsort(r, n, sizeof(*r), by_rank);
    if (k > n) k = n;
    for (size_t i = 0; i < k; i++) picked[i] = r[i].index;
    return k;
}

/* The best key, ties broken uniformly at random, in O(n) and one draw. */
static size_t best_one(infext_cycle *cycle, const double *keys, size_t n)
{
    double best = keys[0];
    size_t ties = 1;
    for (size_t i = 1; i < n; i++) {
        if (keys[i] > best) {
            best = keys[i];
            ties = 1;
        } else if (keys[i] == best) {
            ties++;
        }
    }
    uint64_t r = ties > 1 ? infext__sched_cycle_below(cycle, ties) : 0;
    for (size_t i = 0; i < n; i++)
        if (keys[i] == best && r-- == 0) return i;
    return 0; /* not reached */
}

static size_t max_score_pick(void *state, infext_cycle *cycle, const infext_request *req,
                             const infext_endpoint *const *eps, const double *scores, size_t n,
                             size_t *picked)
{
    (void)req, (void)eps;
    const picker *pk = state;
    if (pk->max == 1) {
        picked[0] = best_one(cycle, scores, n);
        return 1;
    }
    return top_k(cycle, scores, n, pk->max, picked);
}

const infext_plugin_type infext__sched_max_score_picker = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = INFEXT__MAX_SCORE_PICKER,
    .roles = INFEXT_ROLE_PICKER,
    .create = infext__sched_picker_create,
    .destroy = infext__sched_picker_destroy,
    .pick = max_score_pick,
};

/* Uniform sample of k distinct candidates: a partial Fisher-Yates shuffle
 * of the indices, done in the output array itself. */
static size_t uniform_pick(infext_cycle *cycle, size_t n, size_t k, size_t *picked)
{
    if (k > n) k = n;
    for (size_t i = 0; i < n; i++) picked[i] = i;
    for (size_t i = 0; i < k; i++) {
        size_t j = i + (size_t)infext__sched_cycle_below(cycle, n - i);
        size_t t = picked[i];
        picked[i] = picked[j];
        picked[j] = t;
    }
    return k;
}

static size_t random_pick(void *state, infext_cycle *cycle, const infext_request *req,
                          const infext_endpoint *const *eps, const double *scores, size_t n,
                          size_t *picked)
{
    (void)req, (void)eps, (void)scores;
    return uniform_pick(cycle, n, ((const picker *)state)->max, picked);
}

const infext_plugin_type infext__sched_random_picker = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "random-picker",
    .roles = INFEXT_ROLE_PICKER,
    .create = infext__sched_picker_create,
    .destroy = infext__sched_picker_destroy,
    .pick = random_pick,
};

/* Weighted sampling without replacement (Efraimidis-Spirakis A-Res): each
 * candidate draws u in (0,1) and gets the key u^(1/w); the k largest keys
 * win. log(u)/w orders the same way without underflow. Candidates scored 0
 * come last; when every score is 0 the pick is uniform. */
static size_t weighted_pick(void *state, infext_cycle *cycle, const infext_request *req,
                            const infext_endpoint *const *eps, const double *scores, size_t n,
                            size_t *picked)
{
    (void)req, (void)eps;
    const picker *pk = state;
    size_t positive = 0;
    for (size_t i = 0; i < n; i++) positive += scores[i] > 0.0;
    if (positive == 0) return uniform_pick(cycle, n, pk->max, picked);
    double *keys = infext_cycle_alloc(cycle, n * sizeof(double));
    if (!keys) return 0;
    for (size_t i = 0; i < n; i++) {
        if (scores[i] > 0.0) {
            double u = infext_cycle_random_double(cycle);
            if (u <= 0.0) u = 0x1.0p-53;
            keys[i] = log(u) / scores[i];
        } else {
            keys[i] = -INFINITY;
        }
    }
    if (pk->max == 1) {
        picked[0] = best_one(cycle, keys, n);
        return 1;
    }
    return top_k(cycle, keys, n, pk->max, picked);
}

const infext_plugin_type infext__sched_weighted_random_picker = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "weighted-random-picker",
    .roles = INFEXT_ROLE_PICKER,
    .create = infext__sched_picker_create,
    .destroy = infext__sched_picker_destroy,
    .pick = weighted_pick,
};
