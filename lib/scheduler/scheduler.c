/* Running a scheduling cycle on a built scheduler, and the workspace that
 * holds a call's scratch memory and result. schedule() only reads the
 * scheduler, so any number of threads may call it at once. */
#include "scheduler/catalogue.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <string.h>

/* A profile handler that keeps selecting profiles is stopped after this
 * many rounds per profile. */
#define ROUNDS_PER_PROFILE 16

INFEXT_API infext_status infext_scheduler_options_init(infext_scheduler_options *opts,
                                                       unsigned int version)
{
    if (!opts || version != INFEXT_SCHEDULER_OPTIONS_VERSION) return INFEXT_EINVAL;
    *opts = (infext_scheduler_options)INFEXT_SCHEDULER_OPTIONS_INIT;
    return INFEXT_OK;
}

INFEXT_API void infext_scheduler_free(infext_scheduler *sched)
{
    if (!sched) return;
    for (size_t i = 0; i < sched->plugins_len; i++) {
        infext__sched_plugin *p = &sched->plugins[i];
        if (p->created && p->type->vt.destroy) p->type->vt.destroy(p->state);
        infext__free(p->name);
    }
    infext__free(sched->plugins);
    for (size_t i = 0; i < sched->profiles_len; i++) {
        infext__free(sched->profiles[i].name);
        infext__free(sched->profiles[i].filters);
        infext__free(sched->profiles[i].scorers);
    }
    infext__free(sched->profiles);
    infext__free(sched->pre_request);
    infext__free(sched->post_response);
    infext__free(sched->producers);
    infext_registry_free(sched->registry);
    infext__free(sched);
}

INFEXT_API size_t infext_scheduler_profiles_count(const infext_scheduler *sched)
{
    return sched ? sched->profiles_len : 0;
}

INFEXT_API const char *infext_scheduler_profile_name_at(const infext_scheduler *sched,
                                                        size_t index)
{
    return sched && index < sched->profiles_len ? sched->profiles[index].name : NULL;
}

INFEXT_API size_t infext_scheduler_plugins_count(const infext_scheduler *sched)
{
    return sched ? sched->plugins_len : 0;
}

INFEXT_API const char *infext_scheduler_plugin_name_at(const infext_scheduler *sched,
                                                       size_t index)
{
    return sched && index < sched->plugins_len ? sched->plugins[index].name : NULL;
}

INFEXT_API const char *infext_scheduler_plugin_type_at(const infext_scheduler *sched,
                                                       size_t index)
{
    return sched && index < sched->plugins_len ? sched->plugins[index].type->name : NULL;
}

/* ---------------------------------------------------------- workspace -- */

INFEXT_API infext_status infext_workspace_new(infext_workspace **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__calloc(1, sizeof(infext_workspace));
    if (!*out) return INFEXT_ENOMEM;
    (*out)->result.primary = SIZE_MAX;
    (*out)->result.cycle = &(*out)->cycle;
    return INFEXT_OK;
}

INFEXT_API void infext_workspace_free(infext_workspace *ws)
{
    if (!ws) return;
    infext__sched_cycle_release(&ws->cycle);
    for (size_t i = 0; i < ws->profiles_cap; i++) infext__free(ws->result.profiles[i].endpoints);
    infext__free(ws->result.profiles);
    infext__free(ws->run);
    infext__free(ws->cand);
    infext__free(ws->keep);
    infext__free(ws->scores);
    infext__free(ws->total);
    infext__free(ws->picked);
    infext__free(ws);
}

static int resize(void **p, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) return -1;
    void *q = infext__realloc(*p, n * size);
    if (!q) return -1;
    *p = q;
    return 0;
}

/* Make room for n endpoints and np profiles; a no-op once grown. */
static int reserve(infext_workspace *ws, size_t n, size_t np)
{
    if (n == 0) n = 1;
    if (np > ws->profiles_cap) {
        if (resize((void **)&ws->result.profiles, np, sizeof(infext__sched_profile_result)) ||
            resize((void **)&ws->run, np, 1))
            return -1;
        memset(ws->result.profiles + ws->profiles_cap, 0,
               (np - ws->profiles_cap) * sizeof(infext__sched_profile_result));
        ws->profiles_cap = np;
    }
    if (n > ws->cap) {
        if (n > SIZE_MAX / sizeof(double)) return -1;
        if (resize((void **)&ws->cand, n, sizeof(*ws->cand)) || resize((void **)&ws->keep, n, 1) ||
            resize((void **)&ws->scores, n, sizeof(double)) ||
            resize((void **)&ws->total, n, sizeof(double)) ||
            resize((void **)&ws->picked, n, sizeof(size_t)))
            return -1;
        ws->cap = n;
    }
    for (size_t i = 0; i < np; i++) {
        infext__sched_profile_result *pr = &ws->result.profiles[i];
        if (pr->cap < ws->cap) {
            if (resize((void **)&pr->endpoints, ws->cap, sizeof(*pr->endpoints))) return -1;
            pr->cap = ws->cap;
        }
    }
    return 0;
}

/* ---------------------------------------------------------- the cycle -- */

static uint64_t mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint64_t cycle_seed(const infext_scheduler *sched, const infext_request *req)
{
    const char *id = req->id ? req->id : "";
    uint64_t seed = infext__sched_xxh64(id, strlen(id), sched->seed);
    if (!sched->seeded) {
        infext_scheduler *s = (infext_scheduler *)sched; /* the one atomic counter */
        seed ^= mix(atomic_fetch_add_explicit(&s->calls, 1, memory_order_relaxed) + 1);
    }
    return seed;
}

static void profile_failed(infext__sched_profile_result *pr, infext_status st, const char *why)
{
    pr->status = st;
    pr->error = why;
    pr->count = 0;
}

static void run_profile(const infext_scheduler *sched, infext_workspace *ws,
                        const infext_request *req, infext_endpoint *const *eps, size_t n,
                        size_t index)
{
    const infext__sched_profile *p = &sched->profiles[index];
    infext__sched_profile_result *pr = &ws->result.profiles[index];
    infext_cycle *cy = &ws->cycle;
    const infext_endpoint **cand = ws->cand;
    pr->ran = true;
    pr->status = INFEXT_OK;
    pr->error = NULL;
    pr->count = 0;
    if (n) memcpy(cand, eps, n * sizeof(*cand));

    size_t m = n;
    for (size_t f = 0; f < p->filters_len && m > 0; f++) {
        const infext__sched_plugin *pl = &sched->plugins[p->filters[f]];
        memset(ws->keep, 1, m);
        pl->type->vt.filter(pl->state, cy, req, cand, m, ws->keep);
        size_t kept = 0;
        for (size_t i = 0; i < m; i++)
            if (ws->keep[i]) cand[kept++] = cand[i];
        m = kept;
    }
    if (m == 0) {
        profile_failed(pr, INFEXT_ENOENDPOINT,
                       n ? "no endpoint is left after the filters" : "no candidate endpoints");
        return;
    }

    double *total = ws->total, *scores = ws->scores;
    for (size_t i = 0; i < m; i++) total[i] = 0.0;
    for (size_t s = 0; s < p->scorers_len; s++) {
        const infext__sched_plugin *pl = &sched->plugins[p->scorers[s].plugin];
        double w = p->scorers[s].weight;
        for (size_t i = 0; i < m; i++) scores[i] = 0.0;
        infext_status st = pl->type->vt.score(pl->state, cy, req, cand, m, scores);
        if (st != INFEXT_OK) {
            profile_failed(pr, st, "a scorer failed");
            return;
        }
        for (size_t i = 0; i < m; i++) {
            double v = scores[i];
            if (!(v > 0.0)) v = 0.0; /* also NaN */
            else if (v > 1.0) v = 1.0;
            total[i] += v * w;
        }
    }

    const infext__sched_plugin *picker = &sched->plugins[p->picker];
    size_t k = picker->type->vt.pick(picker->state, cy, req, cand, total, m, ws->picked);
    if (k > m) {
        profile_failed(pr, INFEXT_EINVAL, "the picker returned an invalid selection");
        return;
    }
    for (size_t j = 0; j < k; j++) {
        if (ws->picked[j] >= m) {
            profile_failed(pr, INFEXT_EINVAL, "the picker returned an invalid selection");
            return;
        }
        pr->endpoints[j] = cand[ws->picked[j]];
    }
    pr->count = k;
    if (k == 0) profile_failed(pr, INFEXT_ENOENDPOINT, "the picker picked no endpoint");
}

static void result_begin(const infext_scheduler *sched, infext_result *res)
{
    res->profiles_len = sched->profiles_len;
    res->primary = SIZE_MAX;
    infext__sched_result_reset_request(res);
    for (size_t i = 0; i < sched->profiles_len; i++) {
        infext__sched_profile_result *pr = &res->profiles[i];
        pr->name = sched->profiles[i].name;
        pr->ran = false;
        pr->status = INFEXT_ENOTFOUND;
        pr->error = "the profile did not run";
        pr->count = 0;
    }
}

INFEXT_API infext_status infext_scheduler_schedule(const infext_result **out,
                                                   const infext_scheduler *sched,
                                                   infext_workspace *ws,
                                                   const infext_request *req,
                                                   infext_endpoint *const *endpoints,
                                                   size_t count, infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (!sched || !ws || !req || (!endpoints && count)) return INFEXT_EINVAL;
    for (size_t i = 0; i < count; i++)
        if (!endpoints[i]) return INFEXT_EINVAL;
    ws->last_ok = false;
    ws->last_sched = NULL;
    ws->last_req = NULL;
    size_t np = sched->profiles_len;
    if (reserve(ws, count, np) != 0) return INFEXT_ENOMEM;
    infext__sched_cycle_begin(&ws->cycle, req, cycle_seed(sched, req));
    result_begin(sched, &ws->result);
    for (size_t i = 0; i < sched->producers_len; i++) {
        const infext__sched_plugin *p = &sched->plugins[sched->producers[i]];
        infext_status st = p->type->cat->ext->produce(
            p->state, &ws->cycle, req, (const infext_endpoint *const *)endpoints, count);
        if (st != INFEXT_OK) return st;
    }

    const infext__sched_plugin *h = &sched->plugins[sched->handler];
    size_t rounds = 0;
    bool ran_any = false;
    for (;;) {
        memset(ws->run, 0, np);
        if (h->type->vt.pick_profiles(h->state, &ws->cycle, req, &ws->result, ws->run) == 0)
            break;
        if (++rounds > ROUNDS_PER_PROFILE * (np + 1)) {
            infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INTERNAL, "", 0, 0,
                              "the profile handler \"%s\" kept selecting profiles", h->name);
            return INFEXT_ECONFIG;
        }
        bool any = false;
        for (size_t i = 0; i < np; i++) {
            if (!ws->run[i]) continue;
            run_profile(sched, ws, req, endpoints, count, i);
            any = true;
        }
        if (!any) break;
        ran_any = true;
    }
    if (!ran_any) {
        *out = &ws->result;
        return INFEXT_ENOENDPOINT;
    }
    ws->result.open = true; /* a plugin handler may set headers and the port now */
    infext_status st = h->type->vt.process_results(h->state, &ws->cycle, req, &ws->result);
    ws->result.open = false;
    if (st != INFEXT_OK) {
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INTERNAL, "", 0, 0,
                          "the profile handler \"%s\" failed: %s", h->name, infext_strerror(st));
        return st == INFEXT_ENOMEM || st == INFEXT_ENOENDPOINT ? st : INFEXT_ECONFIG;
    }
    *out = &ws->result;
    size_t pi = ws->result.primary;
    if (pi == SIZE_MAX || ws->result.profiles[pi].count == 0) return INFEXT_ENOENDPOINT;
    for (size_t i = 0; i < sched->plugins_len; i++) { /* the request shapers, config order */
        const infext__sched_plugin *p = &sched->plugins[i];
        const infext__sched_ext *x = p->type->cat ? p->type->cat->ext : NULL;
        if (!x || !x->shape_request || !p->state) continue;
        st = x->shape_request(p->state, &ws->cycle, &ws->result);
        if (st != INFEXT_OK) {
            *out = NULL;
            return st;
        }
    }
    ws->last_ok = true;
    ws->last_sched = sched;
    ws->last_req = req;
    return INFEXT_OK;
}

INFEXT_API infext_status infext_scheduler_pre_request(const infext_scheduler *sched,
                                                      infext_workspace *ws,
                                                      const infext_request *req)
{
    if (!sched || !ws || !req || !ws->last_ok || ws->last_sched != sched || ws->last_req != req)
        return INFEXT_EINVAL;
    for (size_t i = 0; i < sched->pre_request_len; i++) {
        const infext__sched_plugin *p = &sched->plugins[sched->pre_request[i]];
        p->type->vt.pre_request(p->state, &ws->cycle, req, &ws->result);
    }
    return INFEXT_OK;
}

INFEXT_API infext_status infext_scheduler_post_response(const infext_scheduler *sched,
                                                        const infext_request *req,
                                                        const infext_endpoint *served_by)
{
    if (!sched || !req || !served_by) return INFEXT_EINVAL;
    for (size_t i = 0; i < sched->post_response_len; i++) {
        const infext__sched_plugin *p = &sched->plugins[sched->post_response[i]];
        p->type->vt.post_response(p->state, req, served_by);
    }
    return INFEXT_OK;
}
