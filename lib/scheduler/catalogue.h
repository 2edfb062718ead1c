/* The catalogue of built-in plugin types: each type's extension points and
 * parameters (name, type, default, documentation), whether this build can
 * run it, and the entry points the built-ins have beyond the plugin ABI
 * (linking to other plugins, producing per-request data, P/D decisions).
 * `infext explain plugins` prints it; infext_scheduler_check() checks the
 * parameters of types this build cannot run against it. */
#ifndef INFEXT_SCHEDULER_CATALOGUE_H
#define INFEXT_SCHEDULER_CATALOGUE_H

#include "scheduler/sched.h"

typedef enum infext__cparam_kind {
    INFEXT__CP_INT,
    INFEXT__CP_NUMBER,
    INFEXT__CP_BOOL,
    INFEXT__CP_STRING,
    INFEXT__CP_STRINGS,  /* a list of strings */
    INFEXT__CP_OBJECT,   /* members in `children` */
    INFEXT__CP_STRMAP,   /* an object of string values */
    INFEXT__CP_LIST,     /* a list of objects with `children` as members */
    INFEXT__CP_OPAQUE,   /* an object this catalogue does not describe further */
} infext__cparam_kind;

typedef struct infext__cparam {
    const char *name; /* NULL ends a table */
    infext__cparam_kind kind;
    const char *def;  /* the default as text, or NULL */
    const char *doc;
    const struct infext__cparam *children;
} infext__cparam;

/* Entry points of built-in types that the plugin ABI does not have. */
typedef struct infext__sched_ext {
    /* After every configured plugin is created: resolve references to other
     * plugins (errors go to the builder, at `path`, the parameters). */
    void (*link)(void *state, infext__sched_builder *b, size_t self, const char *path);
    /* Data producer: runs once per schedule() call before any profile. */
    infext_status (*produce)(void *state, infext_cycle *cycle, const infext_request *req,
                             const infext_endpoint *const *eps, size_t n);
    /* P/D (or E/PD) decider: disaggregate for this request, given the
     * endpoint the decode profile picked (NULL when none is known yet)? */
    bool (*decide)(const void *state, infext_cycle *cycle, const infext_request *req,
                   const infext_endpoint *decode);
    /* Request shaper (upstream's header-setting pre-request plugins): after
     * the profile handler, when the primary profile picked an endpoint, the
     * headers the request is to carry (infext__sched_result_set_header()). */
    infext_status (*shape_request)(const void *state, infext_cycle *cycle, infext_result *result);
} infext__sched_ext;

struct infext__catalogue_entry {
    const char *type;
    const char *points; /* extension points, as upstream names them */
    const char *since;  /* where the type comes from */
    const char *doc;
    const infext__cparam *params; /* NULL: no parameters */
    const infext_plugin_type *vt; /* what the registry adds */
    const infext__sched_ext *ext; /* NULL: none */
    const char *needs;            /* not NULL: not available in this build, for want of this */
    unsigned roles;               /* roles of a type not available */
    /* the data-layer types keep their own table (lib/metrics) */
    bool metrics_params;
};

size_t infext__catalogue_count(void);
const infext__catalogue_entry *infext__catalogue_at(size_t index);
const infext__catalogue_entry *infext__catalogue_find(const char *type);

/* Check `json` (the parameters, NULL when absent) against a table: every
 * member known, of its kind; findings under `path`. INFEXT_ECONFIG when
 * any. */
infext_status infext__catalogue_check_params(const infext__cparam *params, const char *json,
                                             const char *path, infext_diags *diags);

/* The plugin table the registry adds for a type not available: its
 * `create` checks the parameters and then refuses the type. */
void infext__catalogue_missing_vt(infext_plugin_type *out, const infext__catalogue_entry *e);

/* The plugin table of a type accepted and never run (no vt, needs
 * nothing): its `create` checks the parameters; it has no role. */
void infext__catalogue_inert_vt(infext_plugin_type *out, const infext__catalogue_entry *e);

/* The parameters reader's common tail: finish (report unknown members),
 * free, and turn `st` into the create's status. */
infext_status infext__sched_params_end(infext_params *p, infext_status st);

/* Built-in types defined in builtin_filters2.c, builtin_pd.c, prefix.c,
 * prefix_producer.c. */
extern const infext_plugin_type infext__sched_by_label_filter;
extern const infext_plugin_type infext__sched_label_selector_filter;
extern const infext_plugin_type infext__sched_by_label_selector_filter;
extern const infext_plugin_type infext__sched_decode_filter;
extern const infext_plugin_type infext__sched_prefill_filter;
extern const infext_plugin_type infext__sched_encode_filter;
extern const infext_plugin_type infext__sched_prefix_pd_decider;
extern const infext_plugin_type infext__sched_always_pd_decider;
extern const infext_plugin_type infext__sched_disagg_profile_handler;
extern const infext_plugin_type infext__sched_pd_profile_handler;
extern const infext_plugin_type infext__sched_dp_profile_handler;
extern const infext_plugin_type infext__sched_openai_parser;
extern const infext_plugin_type infext__sched_anthropic_parser;
extern const infext_plugin_type infext__sched_vllmhttp_parser;
extern const infext_plugin_type infext__sched_disagg_headers_handler;
extern const infext_plugin_type infext__sched_prefill_header_handler;
extern const infext__sched_ext infext__sched_headers_handler_ext;
extern const infext_plugin_type infext__sched_approx_prefix_producer;
extern const infext__sched_ext infext__sched_prefix_scorer_ext;
extern const infext__sched_ext infext__sched_role_filter_ext;
extern const infext__sched_ext infext__sched_approx_prefix_ext;
extern const infext__sched_ext infext__sched_prefix_pd_decider_ext;
extern const infext__sched_ext infext__sched_always_pd_decider_ext;
extern const infext__sched_ext infext__sched_disagg_handler_ext;
extern const infext__sched_ext infext__sched_pd_handler_ext;

/* The match information an approx-prefix-cache-producer leaves in the
 * cycle state under its name, for prefix-cache-scorer and the P/D decider:
 * per endpoint of the call (in the order given to schedule()), the number
 * of leading prompt blocks it is believed to hold. */
typedef struct infext__prefix_match {
    size_t n;
    const infext_endpoint *const *eps;
    uint32_t *matched;
    size_t total_blocks;
    size_t block_tokens;
} infext__prefix_match;

/* The matched block count of `ep` in `m` (0 when not found). */
uint32_t infext__prefix_match_of(const infext__prefix_match *m, const infext_endpoint *ep);

/* Upstream's estimate of a prompt's tokens: 4 bytes per token, rounded up. */
size_t infext__sched_prompt_tokens(const infext_request *req);

#endif
