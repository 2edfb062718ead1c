/* Private side of the scheduler module: the layouts of the opaque public
 * types, the builder that from_config.c drives, and helpers shared by the
 * built-in plugins. Nothing here depends on the generated config types. */
#ifndef INFEXT_SCHEDULER_SCHED_H
#define INFEXT_SCHEDULER_SCHED_H

#include "infext/plugin.h"
#include "infext/scheduler.h"

#include <stdatomic.h>

#define XXH_STATIC_LINKING_ONLY /* XXH64_state_t on the stack */
#include <xxhash.h>

/* ---------------------------------------------------------- key/value -- */

/* A small ordered list of string pairs (labels, headers) or strings
 * (adapter names, with value NULL). Linear search: these lists are short. */
typedef struct infext__sched_kv {
    char **keys;
    char **values;
    size_t len;
    size_t cap;
} infext__sched_kv;

/* Index of key, or SIZE_MAX. `icase` compares ASCII case-insensitively. */
size_t infext__sched_kv_find(const infext__sched_kv *kv, const char *key, int icase);
/* Set (replace) a pair; value may be NULL for a plain set of names. */
infext_status infext__sched_kv_set(infext__sched_kv *kv, const char *key, const char *value, int icase);
void infext__sched_kv_clear(infext__sched_kv *kv);
/* NULL-tolerant readers for the public accessors. */
const char *infext__sched_kv_get(const infext__sched_kv *kv, const char *key, int icase);
const char *infext__sched_kv_key_at(const infext__sched_kv *kv, size_t index);
const char *infext__sched_kv_value_at(const infext__sched_kv *kv, size_t index);

/* ------------------------------------------------------------ objects -- */

struct infext_request {
    char *id;
    char *model;
    char *prompt;
    size_t prompt_len;
    char *cache_salt;
    int32_t priority;
    bool has_priority;
    infext__sched_kv headers;
    bool streaming;             /* the body's stream: true (parsers.c) */
    bool has_max_output_tokens; /* the body's output-token cap (parsers.c) */
    int64_t max_output_tokens;
};

typedef struct infext__sched_attr {
    char *key;
    void *value;
    void (*free_fn)(void *);
} infext__sched_attr;

struct infext_endpoint {
    char *ns;
    char *name;
    char *nsname;      /* "ns/name" or "name" */
    uint64_t key_hash; /* xxh64 of nsname: the prefix index's server key */
    char *address;
    int32_t port;
    infext__sched_kv labels;
    int64_t waiting_queue_size;
    int64_t running_requests;
    double kv_cache_usage;
    int64_t max_active_models;
    int64_t cache_block_size;
    int64_t cache_num_gpu_blocks;
    int64_t update_time;
    infext__sched_kv active_models;
    infext__sched_kv waiting_models;
    infext__sched_attr *attrs;
    size_t attrs_len;
    size_t attrs_cap;
};

struct infext_endpoint_list {
    infext_endpoint **items;
    size_t len;
};

/* A plugin type as the registry keeps it: the caller's table copied into a
 * full-size one (entries beyond its struct_size zeroed). */
typedef struct infext__catalogue_entry infext__catalogue_entry;
typedef struct infext__sched_ptype {
    infext_plugin_type vt;
    char *name;
    const infext__catalogue_entry *cat; /* built-in types only, else NULL */
} infext__sched_ptype;

typedef struct infext__sched_module {
    void *handle; /* dlopen handle */
    char *path;
} infext__sched_module;

struct infext_registry {
    atomic_long refs;
    infext__sched_ptype *types;
    size_t types_len;
    size_t types_cap;
    infext__sched_module *modules;
    size_t modules_len;
    size_t modules_cap;
};

void infext__sched_registry_retain(infext_registry *reg);
const infext__sched_ptype *infext__sched_registry_find(const infext_registry *reg, const char *name);

/* One configured (or implicit) plugin instance. */
typedef struct infext__sched_plugin {
    char *name;
    const infext__sched_ptype *type;
    void *state;
    int created; /* destroy only what create returned */
} infext__sched_plugin;

typedef struct infext__sched_scorer_ref {
    size_t plugin;
    double weight;
} infext__sched_scorer_ref;

typedef struct infext__sched_profile {
    char *name;
    size_t *filters;
    size_t filters_len;
    infext__sched_scorer_ref *scorers;
    size_t scorers_len;
    size_t picker; /* SIZE_MAX until set */
} infext__sched_profile;

#define INFEXT__SCHED_PARSER_KINDS 3 /* the built-in request parsers */

struct infext_scheduler {
    infext__sched_plugin *plugins;
    size_t plugins_len;
    size_t plugins_cap;
    infext__sched_profile *profiles;
    size_t profiles_len;
    size_t profiles_cap;
    size_t handler;        /* plugin index of the profile handler */
    size_t *pre_request;   /* plugin indices, config order */
    size_t pre_request_len;
    size_t *post_response;
    size_t post_response_len;
    size_t *producers; /* built-in data producers, run before the profiles */
    size_t producers_len;
    uint64_t seed;
    bool seeded;
    atomic_uint_fast64_t calls; /* mixed into unseeded streams only */
    infext_registry *registry;  /* a reference */
    unsigned char parsers[INFEXT__SCHED_PARSER_KINDS]; /* parsers.h kinds, config order */
    unsigned char parsers_len;
    bool parsers_named; /* false: the config names none (the default three) */
};

/* ------------------------------------------------------ workspace etc. -- */

typedef struct infext__sched_chunk {
    struct infext__sched_chunk *next;
    size_t size;
    size_t used;
    /* data follows, 16-aligned */
} infext__sched_chunk;

typedef struct infext__sched_state_entry {
    const char *key;
    void *data;
    void (*free_fn)(void *);
} infext__sched_state_entry;

struct infext_cycle {
    uint64_t rng;
    infext__sched_state_entry *entries;
    size_t entries_len;
    size_t entries_cap;
    infext__sched_chunk *chunks; /* first chunk; all kept across cycles */
    infext__sched_chunk *cur;
};

typedef struct infext__sched_profile_result {
    const char *name; /* borrowed from the scheduler */
    bool ran;
    infext_status status;
    const char *error; /* static text */
    const infext_endpoint **endpoints; /* room for `cap` */
    size_t count;
    size_t cap;
} infext__sched_profile_result;

/* A request header the decision asks the gateway to set (value) or to
 * remove (value NULL). The name is a static string; the value lives in the
 * cycle's scratch memory, as long as the result. */
typedef struct infext__sched_header {
    const char *name;
    const char *value;
} infext__sched_header;

/* The built-in handlers set at most two headers each; plugins share the
 * rest (INFEXT_RESULT_HEADERS_MAX). */
#define INFEXT__RESULT_HEADERS_MAX INFEXT_RESULT_HEADERS_MAX

struct infext_result {
    infext__sched_profile_result *profiles;
    size_t profiles_len;
    size_t primary; /* SIZE_MAX when none */
    infext__sched_header headers[INFEXT__RESULT_HEADERS_MAX];
    size_t headers_len;
    int32_t target_port; /* the primary's port instead of its endpoints' own */
    bool has_target_port;
    /* the public setters work only while `open` (the profile handler's
     * process_results); their copies go to `cycle`, the workspace's */
    bool open;
    infext_cycle *cycle;
};

/* Clear what a handler added (headers, target port) for a new cycle. */
void infext__sched_result_reset_request(infext_result *res);
/* Ask for header `name` (static, lower case) to be set to `value` (copied
 * into the cycle's memory), or removed when `value` is NULL; a second call
 * for the same name replaces the first. INFEXT_ENOMEM, or INFEXT_EINVAL
 * when the table is full. */
infext_status infext__sched_result_set_header(infext_result *res, infext_cycle *cycle,
                                              const char *name, const char *value);
void infext__sched_result_set_target_port(infext_result *res, int32_t port);
/* "address:port" of an endpoint as Go's net.JoinHostPort writes it (an
 * address with a colon, IPv6, in brackets), written to buf as snprintf
 * does; returns the length the text needs, without the NUL. */
size_t infext__sched_host_port(char *buf, size_t cap, const infext_endpoint *ep);

struct infext_workspace {
    infext_cycle cycle;
    infext_result result;
    size_t profiles_cap;
    size_t cap; /* endpoints room of every buffer below */
    const infext_endpoint **cand;
    unsigned char *keep;
    double *scores;
    double *total;
    size_t *picked;
    unsigned char *run; /* profiles_cap */
    /* what the last schedule() was given, for pre_request() */
    const infext_scheduler *last_sched;
    const infext_request *last_req;
    bool last_ok;
};

/* Start a cycle for `req` with the given seed: resets state and scratch.
 * Used by schedule() and by unit tests of single plugins. */
void infext__sched_cycle_begin(infext_cycle *cycle, const infext_request *req, uint64_t seed);
void infext__sched_cycle_release(infext_cycle *cycle);
/* Uniform integer in [0, n), n > 0. */
uint64_t infext__sched_cycle_below(infext_cycle *cycle, uint64_t n);

/* ------------------------------------------------------------ builder -- */

/* Building a scheduler in the EPP loader's second phase. from_config.c
 * reads the config and drives these; config paths are formed from the
 * indices passed in. */
typedef struct infext__sched_builder {
    infext_scheduler *sched;
    infext_registry *reg;
    infext_diags *diags;
    int errors;
    int oom;
    /* per configured plugin: its index in sched->plugins, or SIZE_MAX */
    size_t *cfg_plugins;
    size_t cfg_plugins_len;
    size_t cfg_plugins_cap;
    /* check only (infext_scheduler_check()): every finding is reported,
     * types not available in this build are accepted */
    bool check;
    /* the config is in llm-d-router's dialect (either apiVersion): prefix-cache-scorer reads
     * the match info of a producer, as llm-d-router v0.10 does */
    bool llmd;
    /* the config is in Heimdall's dialect: the role filters read mif.moreh.io/role, and
     * prefix-cache-scorer and pd-profile-handler take Heimdall's parameters */
    bool heimdall;
    /* with check: finish leaves the builder (and its scheduler) to the
     * caller, who reads what the loader added and then aborts */
    bool keep;
} infext__sched_builder;

/* An EndpointPickerConfig of either kind (x-k8s.io or llm-d.ai; they share
 * their plugin and profile types): exactly one member is set. */
struct infext_object;
struct infext_v1alpha1_endpoint_picker_config;
struct infext_llmd_v1alpha1_endpoint_picker_config;
struct infext_v1alpha1_plugin_spec;
struct infext_v1alpha1_scheduling_profile;
typedef struct infext__epc_view {
    struct infext_v1alpha1_endpoint_picker_config *x;
    struct infext_llmd_v1alpha1_endpoint_picker_config *l;
} infext__epc_view;

/* 0, or -1 when `obj` is no EndpointPickerConfig (from_config.c). */
int infext__epc_view_of(infext__epc_view *v, struct infext_object *obj);
size_t infext__epc_plugins_count(const infext__epc_view *v);
struct infext_v1alpha1_plugin_spec *infext__epc_plugin_at(const infext__epc_view *v, size_t i);
size_t infext__epc_profiles_count(const infext__epc_view *v);
struct infext_v1alpha1_scheduling_profile *infext__epc_profile_at(const infext__epc_view *v, size_t i);
infext_status infext__epc_plugin_append(struct infext_v1alpha1_plugin_spec **out, const infext__epc_view *v);
infext_status infext__epc_profile_append(struct infext_v1alpha1_scheduling_profile **out,
                                         const infext__epc_view *v);
const void *infext__epc_root(const infext__epc_view *v); /* for infext__diags_locate() */

/* Feed a config's plugins and profiles to the builder; *np gets the
 * number of profiles. The config is only read. */
infext_status infext__sched_feed(infext__sched_builder *b, const infext__epc_view *v, size_t *np);

/* The plugin instance named `name`, or SIZE_MAX. */
size_t infext__sched_builder_find(const infext__sched_builder *b, const char *name);
/* Record an error at `path` (a printf format with up to two strings). */
void infext__sched_builder_error(infext__sched_builder *b, infext_error_type type, const char *path,
                                 const char *fmt, const char *a, const char *c);
/* Create an instance of built-in type `type` with no parameters, as the
 * loader does for the defaults it adds; SIZE_MAX on failure (reported). */
size_t infext__sched_builder_implicit(infext__sched_builder *b, const char *type);

infext_status infext__sched_builder_init(infext__sched_builder *b, infext_registry *reg,
                                   const infext_scheduler_options *opts, infext_diags *diags);
/* `plugins[index]`: name may be NULL/"" (the type is used), params_json NULL
 * when absent. Errors are recorded in the builder. */
void infext__sched_builder_add_plugin(infext__sched_builder *b, size_t index, const char *name,
                                const char *type, const char *params_json);
/* `schedulingProfiles[index]` */
size_t infext__sched_builder_add_profile(infext__sched_builder *b, size_t index, const char *name);
/* `schedulingProfiles[pindex].plugins[index]`; weight NULL when absent. */
void infext__sched_builder_add_ref(infext__sched_builder *b, size_t profile, size_t pindex, size_t index,
                             const char *plugin_ref, const double *weight);
/* The loader's defaults and checks; consumes the builder. On success *out
 * gets the scheduler. */
infext_status infext__sched_builder_finish(infext_scheduler **out, infext__sched_builder *b,
                                     size_t profiles_in_config);
void infext__sched_builder_abort(infext__sched_builder *b);
/* The EPP's default set, without a config (one profile: finish with 1). */
void infext__sched_builder_default_set(infext__sched_builder *b);

/* ------------------------------------------------------------- helpers -- */

/* xxHash64 (seed 0 unless given), one-shot and streaming: the system's
 * libxxhash (the state's layout comes from its header, so the header and
 * the library must be the same release, as a distribution ships them). */
typedef struct infext__sched_xxh64_state {
    XXH64_state_t st;
} infext__sched_xxh64_state;

uint64_t infext__sched_xxh64(const void *data, size_t len, uint64_t seed);
void infext__sched_xxh64_reset(infext__sched_xxh64_state *st, uint64_t seed);
void infext__sched_xxh64_update(infext__sched_xxh64_state *st, const void *data, size_t len);
uint64_t infext__sched_xxh64_digest(const infext__sched_xxh64_state *st);

char *infext__sched_strdup0(const char *s); /* NULL stays NULL */
/* Replace *slot with a copy of s (NULL clears). */
infext_status infext__sched_set_string(char **slot, const char *s);
/* Grow an array to hold at least `need` items of `size` bytes. */
int infext__sched_grow(void **items, size_t *cap, size_t need, size_t size);

/* ----------------------------------------------------------- built-ins -- */

extern const infext_plugin_type infext__sched_queue_scorer;
extern const infext_plugin_type infext__sched_running_requests_scorer;
extern const infext_plugin_type infext__sched_kv_cache_scorer;
extern const infext_plugin_type infext__sched_lora_affinity_scorer;
extern const infext_plugin_type infext__sched_prefix_cache_scorer;
extern const infext_plugin_type infext__sched_max_score_picker;
extern const infext_plugin_type infext__sched_random_picker;
extern const infext_plugin_type infext__sched_weighted_random_picker;
extern const infext_plugin_type infext__sched_single_profile_handler;
extern const infext_plugin_type infext__sched_label_filter;

#define INFEXT__MAX_SCORE_PICKER "max-score-picker"
#define INFEXT__APPROX_PREFIX_PRODUCER "approx-prefix-cache-producer"
#define INFEXT__SINGLE_PROFILE_HANDLER "single-profile-handler"

/* `create` of plugins without parameters: any member is unknown. */
infext_status infext__sched_create_no_params(void **out_state, const infext_plugin_create_args *args);

/* Parameters shared by the three pickers: `maxNumOfEndpoints`. */
infext_status infext__sched_picker_create(void **out_state, const infext_plugin_create_args *args);
void infext__sched_picker_destroy(void *state);

#endif
