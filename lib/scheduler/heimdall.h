/* What only Heimdall configs (the `heimdall` dialect) have in the built-in
 * plugins: Heimdall v0.4's pd-profile-handler decision (`threshold`,
 * `hashBlockSize`), and the report of a Heimdall-only parameter met in a
 * config of another dialect. Facts from Heimdall's plugin reference
 * (moreh-v0.7 and its v0.4 pages) and, for the v0.4 decision, the llm-d
 * scheduler's pd-profile-handler, whose parameters v0.4 lists unchanged. */
#ifndef INFEXT_SCHEDULER_HEIMDALL_H
#define INFEXT_SCHEDULER_HEIMDALL_H

#include "scheduler/catalogue.h"
#include "scheduler/params.h"

typedef struct infext__heimdall_pd infext__heimdall_pd;

/* Read pd-profile-handler's v0.4 members `threshold` and `hashBlockSize`
 * of `p` (at `path`); the prefix plugin is `prefix_type` named
 * `prefix_name` (NULL or "": its defaults). *out stays NULL when neither
 * member is given. INFEXT_ECONFIG (reported) for a negative value. */
infext_status infext__heimdall_pd_read(infext__heimdall_pd **out, infext_params *p, const char *path,
                                       infext_diags *diags, const char *prefix_type,
                                       const char *prefix_name);
void infext__heimdall_pd_free(infext__heimdall_pd *h);

/* At link: in a Heimdall config, find the prefix plugin and give the
 * decider the handler consults (*ext, *state: `h`); in another dialect's,
 * report the members as unknown. */
void infext__heimdall_pd_link(infext__heimdall_pd *h, infext__sched_builder *b, const char *path,
                              const infext__sched_ext **ext, const void **state);

/* Report `member` of plugin type `type` (at `path`.`member`) as a
 * parameter that only Heimdall configs have. */
void infext__heimdall_only(infext__sched_builder *b, const char *path, const char *member,
                           const char *type);

/* prefix-cache-scorer instance `state`: the leading blocks of this
 * cycle's prompt, as it cut them when it scored, that `ep` holds; 0 when
 * it has not scored in this cycle or reads a producer (prefix.c). */
uint32_t infext__prefix_scorer_matched(const void *state, infext_cycle *cycle, const infext_endpoint *ep);

#endif
