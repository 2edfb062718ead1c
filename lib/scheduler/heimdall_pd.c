/* Heimdall v0.4's pd-profile-handler decision (see heimdall.h): decode
 * first; then prefill, unless `threshold` is above 0 and the prompt's bytes
 * not covered by the decode endpoint's prefix match (its matched blocks of
 * the prefix plugin times `hashBlockSize` bytes) are fewer than
 * `threshold`. The prefix plugin is the prefix-cache-scorer named
 * `prefixPluginName` (by default `prefixPluginType`, itself by default
 * prefix-cache-scorer); when there is none, or it did not score in the
 * decode profile, nothing counts as cached. */
#include "scheduler/heimdall.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <stdio.h>
#include <string.h>

#define DEFAULT_HASH_BLOCK 64
#define PREFIX_SCORER "prefix-cache-scorer"

struct infext__heimdall_pd {
    int64_t threshold;  /* 0 or below: prefill always runs */
    int64_t hash_block; /* bytes a matched block counts for */
    bool threshold_given, hash_block_given;
    char *prefix_type, *prefix_name;
    const void *prefix; /* the prefix-cache-scorer's state, NULL: none */
};

void infext__heimdall_pd_free(infext__heimdall_pd *h)
{
    if (!h) return;
    infext__free(h->prefix_type);
    infext__free(h->prefix_name);
    infext__free(h);
}

static infext_status not_negative(int64_t v, const char *path, const char *member, infext_diags *diags)
{
    if (v >= 0) return INFEXT_OK;
    char where[512];
    snprintf(where, sizeof(where), "%s.%s", path, member);
    infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, where, 0, 0,
                      "%lld: %s cannot be negative", (long long)v, member);
    return INFEXT_ECONFIG;
}

infext_status infext__heimdall_pd_read(infext__heimdall_pd **out, infext_params *p, const char *path,
                                       infext_diags *diags, const char *prefix_type,
                                       const char *prefix_name)
{
    *out = NULL;
    int64_t threshold = 0, hash_block = DEFAULT_HASH_BLOCK;
    bool has_t = infext_params_get_int(&threshold, p, "threshold") == INFEXT_OK;
    bool has_h = infext_params_get_int(&hash_block, p, "hashBlockSize") == INFEXT_OK;
    if (!has_t && !has_h) return INFEXT_OK;
    if (!path) path = "parameters";
    infext_status st = not_negative(threshold, path, "threshold", diags);
    if (st == INFEXT_OK) st = not_negative(hash_block, path, "hashBlockSize", diags);
    if (st != INFEXT_OK) return st;
    infext__heimdall_pd *h = infext__calloc(1, sizeof(*h));
    if (!h) return INFEXT_ENOMEM;
    *h = (infext__heimdall_pd){threshold, hash_block, has_t, has_h, NULL, NULL, NULL};
    const char *type = prefix_type && *prefix_type ? prefix_type : PREFIX_SCORER;
    h->prefix_type = infext__sched_strdup0(type);
    h->prefix_name = infext__sched_strdup0(prefix_name && *prefix_name ? prefix_name : type);
    if (!h->prefix_type || !h->prefix_name) {
        infext__heimdall_pd_free(h);
        return INFEXT_ENOMEM;
    }
    *out = h;
    return INFEXT_OK;
}

static bool threshold_decide(const void *state, infext_cycle *cycle, const infext_request *req,
                             const infext_endpoint *decode)
{
    const infext__heimdall_pd *h = state;
    if (h->threshold <= 0) return true;
    uint64_t hit = h->prefix && decode ? infext__prefix_scorer_matched(h->prefix, cycle, decode) : 0;
    uint64_t cached = hit <= UINT64_MAX / (uint64_t)(h->hash_block ? h->hash_block : 1)
                          ? hit * (uint64_t)h->hash_block
                          : UINT64_MAX;
    uint64_t non_cached = cached >= req->prompt_len ? 0 : (uint64_t)req->prompt_len - cached;
    return non_cached >= (uint64_t)h->threshold;
}

static const infext__sched_ext threshold_ext = {.decide = threshold_decide};

void infext__heimdall_only(infext__sched_builder *b, const char *path, const char *member,
                           const char *type)
{
    char where[512];
    snprintf(where, sizeof(where), "%s.%s", path, member);
    char msg[256];
    snprintf(msg, sizeof(msg), "unknown parameter \"%s\" (a parameter of %s", member, type);
    infext__sched_builder_error(b, INFEXT_ERR_UNKNOWN, where, "%s in %s only)", msg, "Heimdall configs");
}

void infext__heimdall_pd_link(infext__heimdall_pd *h, infext__sched_builder *b, const char *path,
                              const infext__sched_ext **ext, const void **state)
{
    if (!b->heimdall) {
        if (h->threshold_given) infext__heimdall_only(b, path, "threshold", "pd-profile-handler");
        if (h->hash_block_given) infext__heimdall_only(b, path, "hashBlockSize", "pd-profile-handler");
        return;
    }
    size_t i = infext__sched_builder_find(b, h->prefix_name);
    const infext__sched_plugin *pl = i == SIZE_MAX ? NULL : &b->sched->plugins[i];
    if (pl && !strcmp(pl->type->name, h->prefix_type) && pl->type->cat &&
        pl->type->cat->vt == &infext__sched_prefix_cache_scorer)
        h->prefix = pl->state;
    *ext = &threshold_ext;
    *state = h;
}
