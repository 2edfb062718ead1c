/**
 * @file plugin.h
 * @brief The plugin ABI: writing filters, scorers, pickers, profile handlers
 *        and request hooks in C (or any language with a C FFI).
 *
 * @par Stability
 * This header is a separate contract from the rest of the API, versioned by
 * #INFEXT_PLUGIN_ABI_VERSION. Within one ABI version:
 * - the structs #infext_plugin_type, #infext_plugin_module,
 *   #infext_plugin_create_args and #infext_host_api only grow at their end;
 *   each carries its size (`struct_size`) as its second member, and neither
 *   side reads past the size the other declared (a plugin built against
 *   older headers works with a newer library, and the reverse);
 * - a function's signature never changes; new functions are appended to
 *   #INFEXT_HOST_API_FUNCS.
 * An incompatible change bumps #INFEXT_PLUGIN_ABI_VERSION, and the library
 * refuses to load a module built for another version (INFEXT_EABI).
 *
 * @par Two ways to reach the library
 * A plugin compiled into the host, or linked with `-linfext`, calls the
 * library's functions directly. A plugin shared object meant to work with
 * any host (also one that links libinfext statically, or a Python host) is
 * compiled with `INFEXT_PLUGIN_DYNAMIC` defined before this header is
 * included: every library call it makes then goes through the host-function
 * table handed to its module's `init`, and the object needs no `-linfext`.
 * See examples/plugin/ and docs/plugin-guide.md.
 */
#ifndef INFEXT_PLUGIN_H
#define INFEXT_PLUGIN_H

#include "infext/common.h"
#include "infext/scheduler.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Version of the plugin ABI described by this header. */
#define INFEXT_PLUGIN_ABI_VERSION 1

/** Roles a plugin type can play; a type may combine several. */
typedef enum infext_plugin_role {
    INFEXT_ROLE_FILTER = 0x01,          /**< removes candidate endpoints (`filter`) */
    INFEXT_ROLE_SCORER = 0x02,          /**< scores candidates in [0,1] (`score`) */
    INFEXT_ROLE_PICKER = 0x04,          /**< picks from scored candidates (`pick`) */
    INFEXT_ROLE_PROFILE_HANDLER = 0x08, /**< chooses profiles, names the primary (`pick_profiles`, `process_results`) */
    INFEXT_ROLE_PRE_REQUEST = 0x10,     /**< sees the result before the request is sent (`pre_request`) */
    INFEXT_ROLE_POST_RESPONSE = 0x20,   /**< sees the completed response (`post_response`) */
} infext_plugin_role;

/* -------------------------------------------------------------- cycle -- */

/**
 * One scheduling cycle: per-request state shared by the plugins of a
 * schedule() call and its pre-request hooks, its random stream and its
 * scratch memory. Owned by the caller's workspace; a plugin only borrows it
 * during a call.
 */
typedef struct infext_cycle infext_cycle;

/**
 * Store @p data under @p key for the rest of the cycle (replacing, and
 * releasing, an earlier value of the same key).
 * @param key not copied: it must stay valid until the cycle ends (a string
 *            literal, or the plugin instance's own name).
 * @param data the value; owned by the cycle from now on when @p free_fn is
 *             given, merely borrowed otherwise (e.g. memory from
 *             infext_cycle_alloc()).
 * @param free_fn called with @p data when it is replaced or the cycle ends;
 *                may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM (only until the workspace
 *         has grown to size).
 */
INFEXT_API infext_status infext_cycle_state_write(infext_cycle *cycle, const char *key,
                                                  void *data, void (*free_fn)(void *));

/** The value stored under @p key. @return the borrowed pointer, or NULL when absent. */
INFEXT_API void *infext_cycle_state_read(const infext_cycle *cycle, const char *key);

/** Remove (and release) the value under @p key. @return INFEXT_OK or INFEXT_ENOTFOUND. */
INFEXT_API infext_status infext_cycle_state_delete(infext_cycle *cycle, const char *key);

/**
 * Next number of the cycle's random stream. The stream is derived from the
 * scheduler's seed and the request id, so a seeded scheduler gives the same
 * numbers for the same request on any thread. 0 for NULL.
 */
INFEXT_API uint64_t infext_cycle_random_u64(infext_cycle *cycle);

/** Next number of the cycle's random stream as a double in [0, 1). */
INFEXT_API double infext_cycle_random_double(infext_cycle *cycle);

/**
 * Scratch memory for the rest of the cycle, aligned for any type. It is
 * reclaimed when the workspace starts its next cycle, never freed one by
 * one; in steady state it costs no heap allocation.
 * @return the memory, or NULL on allocation failure or a NULL @p cycle.
 */
INFEXT_API void *infext_cycle_alloc(infext_cycle *cycle, size_t size);

/**
 * Name the primary profile of a result (profile handlers, in
 * `process_results`).
 * @return INFEXT_OK, or INFEXT_EINVAL when @p index is out of range.
 */
INFEXT_API infext_status infext_result_set_primary(infext_result *res, size_t index);

/* --------------------------------------------------------- parameters -- */

/**
 * Strict reader of a plugin's `parameters` (a JSON object). Read each known
 * parameter with a getter, then call infext_params_finish(): every member
 * no getter asked for is reported as unknown, with its config path
 * (`plugins[2].parameters.blockSiz`), and fails the plugin's creation.
 */
typedef struct infext_params infext_params;

/**
 * Parse parameters.
 * @param[out] out receives the reader, owned by the caller (infext_params_free()).
 * @param json the parameters as JSON text, or NULL for none (an empty object).
 * @param path config path of the parameters, prefixed to every diagnostic
 *             (NULL means "parameters").
 * @param diags receives the problems; may be NULL.
 * @return INFEXT_OK; INFEXT_ECONFIG (not a JSON object); INFEXT_EINVAL;
 *         INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_params_parse(infext_params **out, const char *json,
                                             const char *path, infext_diags *diags);

/** Free a reader (and the nested readers and strings it handed out). NULL is a no-op. */
INFEXT_API void infext_params_free(infext_params *params);

/**
 * Read an integer parameter (a JSON number with no fractional part).
 * @return INFEXT_OK (@p out set); INFEXT_ENOTFOUND (absent or null; @p out
 *         untouched); INFEXT_ECONFIG (wrong type; a diagnostic is added and
 *         infext_params_finish() will fail too); INFEXT_EINVAL.
 */
INFEXT_API infext_status infext_params_get_int(int64_t *out, infext_params *params,
                                               const char *key);

/** Read a number parameter; as infext_params_get_int(). */
INFEXT_API infext_status infext_params_get_double(double *out, infext_params *params,
                                                  const char *key);

/** Read a boolean parameter; as infext_params_get_int(). */
INFEXT_API infext_status infext_params_get_bool(bool *out, infext_params *params,
                                                const char *key);

/**
 * Read a string parameter; as infext_params_get_int().
 * @param[out] out receives a borrowed string valid until the reader is freed.
 */
INFEXT_API infext_status infext_params_get_string(const char **out, infext_params *params,
                                                  const char *key);

/**
 * Read an object parameter as a nested reader (whose unread members
 * infext_params_finish() of the outer reader also reports).
 * @param[out] out receives a reader borrowed from @p params.
 * @return as infext_params_get_int().
 */
INFEXT_API infext_status infext_params_get_object(infext_params **out, infext_params *params,
                                                  const char *key);

/** Number of members of the object; 0 for NULL. */
INFEXT_API size_t infext_params_count(const infext_params *params);

/** Name of member @p index. @return a borrowed string, or NULL when out of range. */
INFEXT_API const char *infext_params_key_at(const infext_params *params, size_t index);

/**
 * Report every member no getter read (recursively) as an
 * INFEXT_ERR_UNKNOWN diagnostic with its path.
 * @return INFEXT_OK when every member was read and none had a wrong type;
 *         INFEXT_ECONFIG otherwise; INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_params_finish(infext_params *params);

/* ------------------------------------------------------- plugin types -- */

/** Version of the host-function table; see #INFEXT_HOST_API_FUNCS. */
typedef struct infext_host_api infext_host_api;

/** What a plugin's `create` receives. Read only fields within `struct_size`. */
typedef struct infext_plugin_create_args {
    unsigned int abi_version;    /**< #INFEXT_PLUGIN_ABI_VERSION of the library */
    unsigned int struct_size;    /**< sizeof this struct as the library knows it */
    const char *name;            /**< instance name from the config (borrowed) */
    const char *parameters_json; /**< the `parameters` as compact JSON, or NULL when absent */
    const char *path;            /**< config path of the parameters, e.g. "plugins[2].parameters" */
    infext_diags *diags;         /**< where to report problems; may be NULL */
    const infext_host_api *host; /**< the library's function table */
    void *type_data;             /**< #infext_plugin_type.type_data, as registered */
} infext_plugin_create_args;

/**
 * A plugin type: a versioned table of entry points. Set `abi_version` to
 * #INFEXT_PLUGIN_ABI_VERSION and `struct_size` to `sizeof(infext_plugin_type)`;
 * leave the entry points of roles the type does not have NULL. The library
 * never calls an entry point beyond `struct_size`.
 *
 * Entry points of one instance are called from many threads at once
 * (schedule() is reentrant): an instance's state must be read-only during
 * scheduling, or synchronised by the plugin.
 */
typedef struct infext_plugin_type {
    unsigned int abi_version; /**< #INFEXT_PLUGIN_ABI_VERSION the type was built for */
    unsigned int struct_size; /**< sizeof(infext_plugin_type) as the type was built */
    const char *type_name;    /**< the `type` configs name it by, e.g. "queue-scorer" */
    unsigned int roles;       /**< OR of #infext_plugin_role */
    void *type_data;          /**< passed to `create` untouched (closures for FFI hosts) */

    /**
     * Create an instance from its parameters. Decode them strictly
     * (infext_params_*), report problems to `args->diags` with paths under
     * `args->path`, and return INFEXT_ECONFIG for bad parameters.
     * @param[out] out_state receives the instance state (NULL is allowed).
     */
    infext_status (*create)(void **out_state, const infext_plugin_create_args *args);

    /** Release an instance's state; may be NULL. */
    void (*destroy)(void *state);

    /**
     * Filter: clear `keep[i]` (preset to 1) for every candidate to drop.
     * The host keeps the order of what remains.
     */
    void (*filter)(void *state, infext_cycle *cycle, const infext_request *req,
                   const infext_endpoint *const *candidates, size_t count, unsigned char *keep);

    /**
     * Scorer: write `scores[i]` (preset to 0) for `candidates[i]`; the host
     * clamps each to [0,1] and multiplies it by the profile's weight.
     * @return INFEXT_OK, or a status that fails the profile.
     */
    infext_status (*score)(void *state, infext_cycle *cycle, const infext_request *req,
                           const infext_endpoint *const *candidates, size_t count,
                           double *scores);

    /**
     * Picker: choose from the candidates with their weighted total scores;
     * write the chosen indices, best first, to `picked` (room for `count`).
     * @return how many were picked (0 .. count); indices must be distinct.
     */
    size_t (*pick)(void *state, infext_cycle *cycle, const infext_request *req,
                   const infext_endpoint *const *candidates, const double *scores,
                   size_t count, size_t *picked);

    /**
     * Profile handler, step 1, called until it selects nothing: set
     * `run[i]` (preset to 0) for each profile i of `so_far` to run next,
     * looking at what already ran (infext_result_profile_ran()).
     * @return the number of profiles selected; 0 ends the loop.
     */
    size_t (*pick_profiles)(void *state, infext_cycle *cycle, const infext_request *req,
                            const infext_result *so_far, unsigned char *run);

    /**
     * Profile handler, step 2: name the primary profile with
     * infext_result_set_primary(). It may also shape the forwarded request
     * here, and only here: infext_result_set_header(),
     * infext_result_remove_header(), infext_result_set_target_port().
     * @return INFEXT_OK, or a status that fails the schedule() call.
     */
    infext_status (*process_results)(void *state, infext_cycle *cycle, const infext_request *req,
                                     infext_result *result);

    /**
     * Pre-request hook: the result of a successful schedule() call is final
     * (the host may already have applied its headers and port, so the
     * setters refuse to change them here).
     */
    void (*pre_request)(void *state, infext_cycle *cycle, const infext_request *req,
                        const infext_result *result);

    /** Post-response hook: the response from `served_by` is complete. */
    void (*post_response)(void *state, const infext_request *req,
                          const infext_endpoint *served_by);
} infext_plugin_type;

/**
 * Register a plugin type with a registry (the host's own plugins). The
 * table is copied (up to its `struct_size`), and so is its type name.
 * @return INFEXT_OK; INFEXT_EABI (another `abi_version`, or a
 *         `struct_size` smaller than the first version's table);
 *         INFEXT_ECONFIG (a type of that name is already registered);
 *         INFEXT_EINVAL (NULL, no name, no `create`, or a role without its
 *         entry point); INFEXT_ENOMEM.
 * Not thread-safe against other uses of the registry.
 */
INFEXT_API infext_status infext_registry_add(infext_registry *reg,
                                             const infext_plugin_type *type);

/* ------------------------------------------------------ host functions -- */

/**
 * The functions a plugin may call, as a table: `X(return type, name without
 * the infext_ prefix, (parameters))`. #infext_host_api holds one function
 * pointer per entry, in this order. Entries are only ever appended: those
 * after `params_finish` (the two request readers and the result's header
 * and port setters) came with libinfext 1.1, so a plugin that calls them
 * checks `INFEXT_HOST_API_HAS(host, result_set_target_port)` first, e.g. in
 * its `create`, and an older library's table simply answers false.
 */
#define INFEXT_HOST_API_FUNCS(X)                                                              \
    X(const char *, version, (void))                                                          \
    X(infext_status, diags_add, (infext_diags *, infext_severity, infext_error_type,          \
                                 const char *, const char *, unsigned int, unsigned int))     \
    X(void, free, (void *))                                                                   \
    X(const char *, request_get_id, (const infext_request *))                                 \
    X(const char *, request_get_model, (const infext_request *))                              \
    X(const char *, request_get_prompt, (size_t *, const infext_request *))                   \
    X(const char *, request_get_cache_salt, (const infext_request *))                         \
    X(bool, request_get_priority, (int32_t *, const infext_request *))                        \
    X(const char *, request_get_header, (const infext_request *, const char *))               \
    X(size_t, request_headers_count, (const infext_request *))                                \
    X(const char *, request_header_name_at, (const infext_request *, size_t))                 \
    X(const char *, request_header_value_at, (const infext_request *, size_t))                \
    X(const char *, endpoint_get_namespace, (const infext_endpoint *))                        \
    X(const char *, endpoint_get_name, (const infext_endpoint *))                             \
    X(const char *, endpoint_get_namespaced_name, (const infext_endpoint *))                  \
    X(const char *, endpoint_get_address, (const infext_endpoint *))                          \
    X(int32_t, endpoint_get_port, (const infext_endpoint *))                                  \
    X(const char *, endpoint_get_label, (const infext_endpoint *, const char *))              \
    X(size_t, endpoint_labels_count, (const infext_endpoint *))                               \
    X(const char *, endpoint_label_key_at, (const infext_endpoint *, size_t))                 \
    X(const char *, endpoint_label_value_at, (const infext_endpoint *, size_t))               \
    X(int64_t, endpoint_get_waiting_queue_size, (const infext_endpoint *))                    \
    X(int64_t, endpoint_get_running_requests, (const infext_endpoint *))                      \
    X(double, endpoint_get_kv_cache_usage, (const infext_endpoint *))                         \
    X(int64_t, endpoint_get_max_active_models, (const infext_endpoint *))                     \
    X(int64_t, endpoint_get_cache_block_size, (const infext_endpoint *))                      \
    X(int64_t, endpoint_get_cache_num_gpu_blocks, (const infext_endpoint *))                  \
    X(int64_t, endpoint_get_update_time, (const infext_endpoint *))                           \
    X(size_t, endpoint_active_models_count, (const infext_endpoint *))                        \
    X(const char *, endpoint_active_model_at, (const infext_endpoint *, size_t))              \
    X(bool, endpoint_has_active_model, (const infext_endpoint *, const char *))               \
    X(size_t, endpoint_waiting_models_count, (const infext_endpoint *))                       \
    X(const char *, endpoint_waiting_model_at, (const infext_endpoint *, size_t))             \
    X(bool, endpoint_has_waiting_model, (const infext_endpoint *, const char *))              \
    X(void *, endpoint_get_attribute, (const infext_endpoint *, const char *))                \
    X(size_t, result_profiles_count, (const infext_result *))                                 \
    X(const char *, result_profile_name_at, (const infext_result *, size_t))                  \
    X(bool, result_find_profile, (size_t *, const infext_result *, const char *))             \
    X(bool, result_profile_ran, (const infext_result *, size_t))                              \
    X(infext_status, result_profile_status, (const infext_result *, size_t))                  \
    X(const char *, result_profile_error, (const infext_result *, size_t))                    \
    X(size_t, result_profile_endpoints_count, (const infext_result *, size_t))                \
    X(const infext_endpoint *, result_profile_endpoint_at,                                    \
      (const infext_result *, size_t, size_t))                                                \
    X(bool, result_get_primary, (size_t *, const infext_result *))                            \
    X(const char *, result_get_primary_name, (const infext_result *))                         \
    X(const infext_endpoint *, result_get_target, (const infext_result *))                    \
    X(infext_status, result_set_primary, (infext_result *, size_t))                           \
    X(infext_status, cycle_state_write, (infext_cycle *, const char *, void *,                \
                                         void (*)(void *)))                                   \
    X(void *, cycle_state_read, (const infext_cycle *, const char *))                         \
    X(infext_status, cycle_state_delete, (infext_cycle *, const char *))                      \
    X(uint64_t, cycle_random_u64, (infext_cycle *))                                           \
    X(double, cycle_random_double, (infext_cycle *))                                          \
    X(void *, cycle_alloc, (infext_cycle *, size_t))                                          \
    X(infext_status, params_parse, (infext_params **, const char *, const char *,             \
                                    infext_diags *))                                          \
    X(void, params_free, (infext_params *))                                                   \
    X(infext_status, params_get_int, (int64_t *, infext_params *, const char *))              \
    X(infext_status, params_get_double, (double *, infext_params *, const char *))            \
    X(infext_status, params_get_bool, (bool *, infext_params *, const char *))                \
    X(infext_status, params_get_string, (const char **, infext_params *, const char *))       \
    X(infext_status, params_get_object, (infext_params **, infext_params *, const char *))    \
    X(size_t, params_count, (const infext_params *))                                          \
    X(const char *, params_key_at, (const infext_params *, size_t))                           \
    X(infext_status, params_finish, (infext_params *))                                       \
    X(bool, request_is_streaming, (const infext_request *))                                   \
    X(bool, request_get_max_output_tokens, (int64_t *, const infext_request *))               \
    X(infext_status, result_set_header, (infext_result *, const char *, const char *))        \
    X(infext_status, result_remove_header, (infext_result *, const char *))                   \
    X(infext_status, result_set_target_port, (infext_result *, int32_t))

/** Version of #infext_host_api this header describes (the plugin ABI version). */
#define INFEXT_HOST_API_VERSION INFEXT_PLUGIN_ABI_VERSION

/** @cond INTERNAL */
#define INFEXT_HOST_API_MEMBER_(ret, name, params) ret(*name) params;
/** @endcond */

/**
 * The host-function table handed to a loaded module's `init`: one pointer
 * per entry of #INFEXT_HOST_API_FUNCS. Test #INFEXT_HOST_API_HAS before
 * using an entry added after the version a plugin requires.
 */
struct infext_host_api {
    unsigned int abi_version; /**< #INFEXT_PLUGIN_ABI_VERSION of the library */
    unsigned int struct_size; /**< sizeof(infext_host_api) as the library knows it */
    /** @cond INTERNAL */
    INFEXT_HOST_API_FUNCS(INFEXT_HOST_API_MEMBER_)
    /** @endcond */
};

/** Whether @p host (an #infext_host_api pointer) provides entry @p member. */
#define INFEXT_HOST_API_HAS(host, member)                                                     \
    ((host)->struct_size >= offsetof(infext_host_api, member) + sizeof((host)->member))

/**
 * The library's own host-function table (for hosts that pass it to plugins
 * they set up themselves, and for tests).
 * @return a static table; never NULL. Thread-safe.
 */
INFEXT_API const infext_host_api *infext_host_api_get(void);

/* ------------------------------------------------------------ modules -- */

/**
 * What a plugin shared object exports through its entry symbol. The first
 * two members are fixed for every ABI version so that any library can tell
 * a module's version before reading anything else.
 */
typedef struct infext_plugin_module {
    unsigned int abi_version; /**< #INFEXT_PLUGIN_ABI_VERSION the module was built for */
    unsigned int struct_size; /**< sizeof(infext_plugin_module) as the module was built */
    const char *name;         /**< the module's name, for messages */
    /**
     * Called once after the version check, before any type is used; keep
     * @p host (INFEXT_PLUGIN_HOST_API_INIT does). May be NULL.
     * @return INFEXT_OK, or a failure that refuses the module.
     */
    infext_status (*init)(const infext_host_api *host);
    size_t types_count;                     /**< number of entries of `types` */
    const infext_plugin_type *const *types; /**< the types the module provides */
} infext_plugin_module;

/** Name of the one symbol the loader looks up in a plugin shared object. */
#define INFEXT_PLUGIN_ENTRY_SYMBOL "infext_plugin_entry"

/** Type of the entry function: `const infext_plugin_module *infext_plugin_entry(void)`. */
typedef const infext_plugin_module *(*infext_plugin_entry_fn)(void);

/** Marks the entry function exported even under -fvisibility=hidden. */
#if defined(_WIN32)
#define INFEXT_PLUGIN_EXPORT __declspec(dllexport)
#elif defined(__GNUC__)
#define INFEXT_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define INFEXT_PLUGIN_EXPORT
#endif

/** @cond INTERNAL */
#if defined(__GNUC__) && !defined(_WIN32)
#define INFEXT_PLUGIN_HIDDEN_ __attribute__((visibility("hidden")))
#else
#define INFEXT_PLUGIN_HIDDEN_
#endif
/** @endcond */

/**
 * Define the table pointer a dynamic plugin calls through; write it once
 * in one source file of the plugin.
 */
#define INFEXT_PLUGIN_HOST_API_DEFINE                                                         \
    INFEXT_PLUGIN_HIDDEN_ const infext_host_api *infext_plugin_host_api_ = NULL

/** Keep the host table in a module's `init` (dynamic plugins). */
#define INFEXT_PLUGIN_HOST_API_INIT(host) (infext_plugin_host_api_ = (host))

#ifdef INFEXT_PLUGIN_DYNAMIC
/** @cond INTERNAL */
extern INFEXT_PLUGIN_HIDDEN_ const infext_host_api *infext_plugin_host_api_;
#define INFEXT_HOST_CALL_(name) (infext_plugin_host_api_->name)
#define infext_version INFEXT_HOST_CALL_(version)
#define infext_diags_add INFEXT_HOST_CALL_(diags_add)
#define infext_free INFEXT_HOST_CALL_(free)
#define infext_request_get_id INFEXT_HOST_CALL_(request_get_id)
#define infext_request_get_model INFEXT_HOST_CALL_(request_get_model)
#define infext_request_get_prompt INFEXT_HOST_CALL_(request_get_prompt)
#define infext_request_get_cache_salt INFEXT_HOST_CALL_(request_get_cache_salt)
#define infext_request_get_priority INFEXT_HOST_CALL_(request_get_priority)
#define infext_request_get_header INFEXT_HOST_CALL_(request_get_header)
#define infext_request_headers_count INFEXT_HOST_CALL_(request_headers_count)
#define infext_request_header_name_at INFEXT_HOST_CALL_(request_header_name_at)
#define infext_request_header_value_at INFEXT_HOST_CALL_(request_header_value_at)
#define infext_endpoint_get_namespace INFEXT_HOST_CALL_(endpoint_get_namespace)
#define infext_endpoint_get_name INFEXT_HOST_CALL_(endpoint_get_name)
#define infext_endpoint_get_namespaced_name INFEXT_HOST_CALL_(endpoint_get_namespaced_name)
#define infext_endpoint_get_address INFEXT_HOST_CALL_(endpoint_get_address)
#define infext_endpoint_get_port INFEXT_HOST_CALL_(endpoint_get_port)
#define infext_endpoint_get_label INFEXT_HOST_CALL_(endpoint_get_label)
#define infext_endpoint_labels_count INFEXT_HOST_CALL_(endpoint_labels_count)
#define infext_endpoint_label_key_at INFEXT_HOST_CALL_(endpoint_label_key_at)
#define infext_endpoint_label_value_at INFEXT_HOST_CALL_(endpoint_label_value_at)
#define infext_endpoint_get_waiting_queue_size INFEXT_HOST_CALL_(endpoint_get_waiting_queue_size)
#define infext_endpoint_get_running_requests INFEXT_HOST_CALL_(endpoint_get_running_requests)
#define infext_endpoint_get_kv_cache_usage INFEXT_HOST_CALL_(endpoint_get_kv_cache_usage)
#define infext_endpoint_get_max_active_models INFEXT_HOST_CALL_(endpoint_get_max_active_models)
#define infext_endpoint_get_cache_block_size INFEXT_HOST_CALL_(endpoint_get_cache_block_size)
#define infext_endpoint_get_cache_num_gpu_blocks INFEXT_HOST_CALL_(endpoint_get_cache_num_gpu_blocks)
#define infext_endpoint_get_update_time INFEXT_HOST_CALL_(endpoint_get_update_time)
#define infext_endpoint_active_models_count INFEXT_HOST_CALL_(endpoint_active_models_count)
#define infext_endpoint_active_model_at INFEXT_HOST_CALL_(endpoint_active_model_at)
#define infext_endpoint_has_active_model INFEXT_HOST_CALL_(endpoint_has_active_model)
#define infext_endpoint_waiting_models_count INFEXT_HOST_CALL_(endpoint_waiting_models_count)
#define infext_endpoint_waiting_model_at INFEXT_HOST_CALL_(endpoint_waiting_model_at)
#define infext_endpoint_has_waiting_model INFEXT_HOST_CALL_(endpoint_has_waiting_model)
#define infext_endpoint_get_attribute INFEXT_HOST_CALL_(endpoint_get_attribute)
#define infext_result_profiles_count INFEXT_HOST_CALL_(result_profiles_count)
#define infext_result_profile_name_at INFEXT_HOST_CALL_(result_profile_name_at)
#define infext_result_find_profile INFEXT_HOST_CALL_(result_find_profile)
#define infext_result_profile_ran INFEXT_HOST_CALL_(result_profile_ran)
#define infext_result_profile_status INFEXT_HOST_CALL_(result_profile_status)
#define infext_result_profile_error INFEXT_HOST_CALL_(result_profile_error)
#define infext_result_profile_endpoints_count INFEXT_HOST_CALL_(result_profile_endpoints_count)
#define infext_result_profile_endpoint_at INFEXT_HOST_CALL_(result_profile_endpoint_at)
#define infext_result_get_primary INFEXT_HOST_CALL_(result_get_primary)
#define infext_result_get_primary_name INFEXT_HOST_CALL_(result_get_primary_name)
#define infext_result_get_target INFEXT_HOST_CALL_(result_get_target)
#define infext_result_set_primary INFEXT_HOST_CALL_(result_set_primary)
#define infext_cycle_state_write INFEXT_HOST_CALL_(cycle_state_write)
#define infext_cycle_state_read INFEXT_HOST_CALL_(cycle_state_read)
#define infext_cycle_state_delete INFEXT_HOST_CALL_(cycle_state_delete)
#define infext_cycle_random_u64 INFEXT_HOST_CALL_(cycle_random_u64)
#define infext_cycle_random_double INFEXT_HOST_CALL_(cycle_random_double)
#define infext_cycle_alloc INFEXT_HOST_CALL_(cycle_alloc)
#define infext_params_parse INFEXT_HOST_CALL_(params_parse)
#define infext_params_free INFEXT_HOST_CALL_(params_free)
#define infext_params_get_int INFEXT_HOST_CALL_(params_get_int)
#define infext_params_get_double INFEXT_HOST_CALL_(params_get_double)
#define infext_params_get_bool INFEXT_HOST_CALL_(params_get_bool)
#define infext_params_get_string INFEXT_HOST_CALL_(params_get_string)
#define infext_params_get_object INFEXT_HOST_CALL_(params_get_object)
#define infext_params_count INFEXT_HOST_CALL_(params_count)
#define infext_params_key_at INFEXT_HOST_CALL_(params_key_at)
#define infext_params_finish INFEXT_HOST_CALL_(params_finish)
#define infext_request_is_streaming INFEXT_HOST_CALL_(request_is_streaming)
#define infext_request_get_max_output_tokens INFEXT_HOST_CALL_(request_get_max_output_tokens)
#define infext_result_set_header INFEXT_HOST_CALL_(result_set_header)
#define infext_result_remove_header INFEXT_HOST_CALL_(result_remove_header)
#define infext_result_set_target_port INFEXT_HOST_CALL_(result_set_target_port)
/** @endcond */
#endif /* INFEXT_PLUGIN_DYNAMIC */

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_PLUGIN_H */
