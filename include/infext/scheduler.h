/**
 * @file scheduler.h
 * @brief Endpoint picking: requests, endpoints, registries, schedulers.
 *
 * This is the embedding host's side of the scheduling framework (DESIGN §7),
 * mirroring the Go endpoint picker (EPP):
 *
 * - an #infext_request describes one inference request (model, headers,
 *   prompt, priority, cache salt); declared in request.h;
 * - an #infext_endpoint describes one model server (name, address, labels
 *   and the metrics the scorers read); declared in endpoint.h;
 * - an #infext_registry knows the plugin types (built-in, registered by the
 *   host, or loaded from a shared object);
 * - an #infext_scheduler is built once from an EndpointPickerConfig and a
 *   registry, and then schedules any number of requests, from any number of
 *   threads, each call with its own #infext_workspace;
 * - an #infext_result tells which endpoints each profile picked.
 *
 * A typical host:
 * @code
 * infext_scheduler *s = NULL;
 * infext_workspace *ws = NULL;
 * if (infext_scheduler_new(&s, config, NULL, NULL, diags) != INFEXT_OK) ...;
 * infext_workspace_new(&ws);             // one per thread, reused
 * const infext_result *r = NULL;
 * infext_status st = infext_scheduler_schedule(&r, s, ws, req, eps, n, NULL);
 * if (st == INFEXT_OK) {
 *     const infext_endpoint *target = infext_result_get_target(r);
 *     infext_scheduler_pre_request(s, ws, req);   // feeds the prefix index
 * }
 * @endcode
 *
 * This header includes request.h and endpoint.h, so including it alone
 * declares everything a host needs to schedule. Plugin authors read
 * plugin.h as well. Thread-safety is summarised in
 * docs/threading.md.
 */
#ifndef INFEXT_SCHEDULER_H
#define INFEXT_SCHEDULER_H

#include "infext/common.h"
#include "infext/endpoint.h"
#include "infext/request.h"
#include "infext/types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ----------------------------------------------------------- registry -- */

/**
 * The plugin types a scheduler can be built from. A new registry holds every
 * built-in type; the host adds its own (infext_registry_add(), plugin.h) and
 * loads more from shared objects (infext_registry_load()).
 *
 * Thread-safety: adding or loading types must not run concurrently with any
 * other use of the registry. Schedulers keep a reference, so a registry may
 * be freed while schedulers built from it live on.
 */
typedef struct infext_registry infext_registry;

/**
 * Create a registry holding the built-in plugin types: queue-scorer,
 * kv-cache-utilization-scorer, lora-affinity-scorer, prefix-cache-scorer,
 * max-score-picker, random-picker, weighted-random-picker,
 * single-profile-handler and label-filter, and the data-layer types
 * metrics-data-source and core-metrics-extractor (no scheduling role: their
 * parameters are checked here, their runtime is in metrics.h).
 * @param[out] out receives the registry, owned by the caller
 *                 (infext_registry_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_registry_new(infext_registry **out);

/**
 * Drop the caller's reference. The registry (and any shared object it
 * loaded) is released when no scheduler built from it remains. NULL is a
 * no-op.
 */
INFEXT_API void infext_registry_free(infext_registry *reg);

/**
 * Load plugin types from a shared object. The object must export the entry
 * symbol `infext_plugin_entry` (see plugin.h); its plugin ABI version is
 * checked before anything else is used, and a different version is refused.
 * @param path file name passed to dlopen().
 * @param diags receives a clear message on failure (path = the file name).
 * @return INFEXT_OK; INFEXT_EIO (cannot be opened, or no entry symbol);
 *         INFEXT_EABI (built for another plugin ABI version, or a type's
 *         table is too small); INFEXT_ECONFIG (a type name already
 *         registered, or the module's init failed); INFEXT_EINVAL;
 *         INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_registry_load(infext_registry *reg, const char *path,
                                              infext_diags *diags);

/** Whether a type of this name is registered; false for NULL arguments. */
INFEXT_API bool infext_registry_has_type(const infext_registry *reg, const char *type_name);

/** Number of registered types; 0 for NULL. */
INFEXT_API size_t infext_registry_types_count(const infext_registry *reg);

/** Name of type @p index. @return a borrowed string, or NULL when out of range. */
INFEXT_API const char *infext_registry_type_name_at(const infext_registry *reg, size_t index);

/* ---------------------------------------------------------- scheduler -- */

/** A built scheduler: immutable configuration, shared by any number of threads. */
typedef struct infext_scheduler infext_scheduler;

/** Per-caller scratch memory and the result of the last call; one per thread. */
typedef struct infext_workspace infext_workspace;

/** The outcome of one schedule() call; borrowed from its workspace. */
typedef struct infext_result infext_result;

/** Version of #infext_scheduler_options this header describes. */
#define INFEXT_SCHEDULER_OPTIONS_VERSION 1

/** Use #infext_scheduler_options.seed instead of a seed drawn at creation. */
#define INFEXT_SCHEDULER_SEEDED 0x1u

/**
 * Scheduler options. Initialise with #INFEXT_SCHEDULER_OPTIONS_INIT or
 * infext_scheduler_options_init() so that fields added later get defaults.
 */
typedef struct infext_scheduler_options {
    unsigned int version; /**< #INFEXT_SCHEDULER_OPTIONS_VERSION */
    unsigned int flags;   /**< INFEXT_SCHEDULER_* flags */
    uint64_t seed;        /**< seed of the random streams when #INFEXT_SCHEDULER_SEEDED is set */
} infext_scheduler_options;

/** Static initialiser of #infext_scheduler_options: unseeded. */
#define INFEXT_SCHEDULER_OPTIONS_INIT {INFEXT_SCHEDULER_OPTIONS_VERSION, 0u, 0u}

/**
 * Fill @p opts with the defaults of options version @p version.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL or an unknown version.
 */
INFEXT_API infext_status infext_scheduler_options_init(infext_scheduler_options *opts,
                                                       unsigned int version);

/**
 * Build a scheduler from an EndpointPickerConfig, as the EPP's loader does:
 * every plugin of `plugins` is created from its type and `parameters`
 * (decoded strictly: an unknown parameter is an error); then, with no
 * `schedulingProfiles`, one profile `default` gets every filter, scorer and
 * picker; with one profile and no profile handler, a single-profile-handler
 * is added; a profile without a picker gets a max-score-picker; a scorer
 * without a weight gets weight 1.
 *
 * @param[out] out receives the scheduler, owned by the caller
 *                 (infext_scheduler_free()); NULL on failure.
 * @param config the configuration, only read during the call; NULL builds
 *               the EPP's default set (queue-scorer weight 2,
 *               kv-cache-utilization-scorer weight 2, prefix-cache-scorer
 *               weight 3, max-score-picker, single-profile-handler).
 * @param reg the plugin types; NULL means the built-in types only. The
 *            scheduler keeps a reference.
 * @param opts options, or NULL for the defaults (unseeded).
 * @param diags receives every error with its config path
 *              (`schedulingProfiles[0].plugins[2].pluginRef`,
 *              `plugins[1].parameters.blockSiz`); may be NULL.
 * @return INFEXT_OK; INFEXT_ECONFIG (any configuration error);
 *         INFEXT_EINVAL; INFEXT_ENOMEM.
 * Thread-safe as long as @p reg is not being changed.
 */
INFEXT_API infext_status infext_scheduler_new(infext_scheduler **out,
                                              const infext_v1alpha1_endpoint_picker_config *config,
                                              infext_registry *reg,
                                              const infext_scheduler_options *opts,
                                              infext_diags *diags);

/**
 * Build a scheduler from an EndpointPickerConfig of either kind: as
 * infext_scheduler_new(), for an inference.networking.x-k8s.io/v1alpha1 or
 * an llm-d.ai/v1alpha1 config (decoded with infext_decode(), say). A config
 * in llm-d-router's dialect runs its plugins as llm-d-router v0.10 does
 * (prefix-cache-scorer reads an approx-prefix-cache-producer).
 *
 * @param[out] out receives the scheduler (infext_scheduler_free()); NULL
 *                 on failure.
 * @param config the configuration, only read; NULL builds the default set.
 * @param reg, opts, diags as for infext_scheduler_new().
 * @return as infext_scheduler_new(), and INFEXT_EKIND when @p config is
 *         not an EndpointPickerConfig.
 * Thread-safe as long as @p reg is not being changed.
 */
INFEXT_API infext_status infext_scheduler_new_from_object(infext_scheduler **out,
                                                          const infext_object *config,
                                                          infext_registry *reg,
                                                          const infext_scheduler_options *opts,
                                                          infext_diags *diags);

/**
 * Check an EndpointPickerConfig as the endpoint picker's loader would at
 * start-up, without building a scheduler: plugin types unknown to @p reg,
 * missing types, duplicate plugin names, misspelled or mistyped plugin
 * parameters, references to undefined plugins (in profiles and in
 * parameters such as a handler's deciders), several pickers in a profile,
 * several profile handlers, no handler with several profiles, a
 * single-profile handler with several profiles, negative weights (a weight
 * of 0 is a warning). Unlike infext_scheduler_new() it does not stop at
 * the first phase with errors, and it accepts the catalogue's types this
 * build cannot run (their parameters are still checked). Each finding has
 * its config path and, when the config came from YAML, its line and column.
 * The plugin instances it creates to check their parameters are destroyed
 * before it returns. A finding at a path where @p diags already holds an
 * error (infext_validate() ran first, say) is not added again. An unknown
 * plugin type, or an unknown parameter of a built-in type, within two
 * edits of a known one gets a suggestion (`did you mean "queue-scorer"?`).
 *
 * @param config the configuration, only read: an EndpointPickerConfig of
 *               either kind (inference.networking.x-k8s.io/v1alpha1 or
 *               llm-d.ai/v1alpha1).
 * @param reg the plugin types; NULL means the built-in types only.
 * @param diags receives the findings; may be NULL.
 * @return INFEXT_OK (warnings only), INFEXT_ECONFIG (any error, added now
 *         or already at its path), INFEXT_EKIND (not an
 *         EndpointPickerConfig), INFEXT_EINVAL (NULL @p config),
 *         INFEXT_ENOMEM.
 * Thread-safe as long as @p reg is not being changed.
 */
INFEXT_API infext_status infext_scheduler_check(const infext_object *config, infext_registry *reg,
                                                infext_diags *diags);

/**
 * Fill in an EndpointPickerConfig as the endpoint picker's loader of its
 * dialect (infext_epc_dialect_of()) does before it runs it. Every dialect:
 * a plugin without a name takes its type; with no `schedulingProfiles`, a
 * profile `default` lists every filter, scorer and picker; with one
 * profile and no profile handler, a `single-profile-handler` plugin is
 * added; a profile without a picker gets the first configured picker (a
 * `max-score-picker` plugin is added when there is none); a scorer
 * reference without a weight gets weight 1; the producers plugins depend
 * on (an `approx-prefix-cache-producer` for prefix-cache-scorer in
 * llm-d-router's mode and for the prefix-based-pd-decider) are added.
 * Then what the dialect's loader adds beyond that:
 * - gie-v1.0 (GIE v1.2.0): nothing (its saturation thresholds are
 *   infext_default()'s);
 * - gie-v1.3 (GIE v1.4.0): the `fcfs-ordering-policy` and
 *   `global-strict-fairness-policy` plugins;
 * - gie-v1.5 (GIE v1.5.0): those and `static-usage-limit-policy`;
 *   `parser` (`openai-parser` unless given) and an `openai-parser` plugin
 *   when no plugin has the parser's name; `saturationDetector.pluginRef`
 *   (`utilization-detector` unless given) and that plugin when it is the
 *   utilization detector; unless `dataLayer` is given or the
 *   `enableLegacyMetrics` gate is on, a `metrics-data-source` and a
 *   `core-metrics-extractor` plugin and a `dataLayer` using them;
 * - llm-d-v0.10 (llm-d-router v0.10.0): the three policies;
 *   `requestHandler.parsers` (`openai-parser`, `anthropic-parser`,
 *   `vllmhttp-parser` unless any is given) and a plugin, named and typed
 *   after it, for each parser no plugin has the name of;
 *   `flowControl.saturationDetector` as gie-v1.5's `saturationDetector`;
 *   unless `dataLayer.injectDefaults` is false or a source already refers
 *   to `metrics-data-source`, those two plugins and one more
 *   `dataLayer.sources` entry using them.
 *
 * A plugin the loader adds is named after its type, and only added when
 * no plugin has that name. What the loader would refuse is reported as
 * infext_scheduler_check() reports it, and then nothing but the names is
 * changed; a config in no one dialect (members of two, a member no dialect
 * has) is reported as infext_epc_dialect_of() reports it, and nothing is
 * changed.
 *
 * @param config the configuration, changed in place: an
 *               EndpointPickerConfig of either kind.
 * @param reg the plugin types; NULL means the built-in types only.
 * @param diags receives the findings; may be NULL.
 * @return INFEXT_OK; INFEXT_ECONFIG (the config has errors, or is in no
 *         one dialect); INFEXT_EKIND (not an EndpointPickerConfig);
 *         INFEXT_EINVAL (NULL @p config); INFEXT_ENOMEM.
 * Thread-safe for distinct configs, as long as @p reg is not being changed.
 */
INFEXT_API infext_status infext_scheduler_default_config(infext_object *config, infext_registry *reg,
                                                         infext_diags *diags);

/**
 * Describe plugin types as text: with @p type NULL, one line per type of
 * @p reg (type, extension points, whether this build can run it); with a
 * type, its extension points, origin, documentation and parameters (name,
 * type, default, documentation, nested members indented). Built-in types
 * come from the library's catalogue; a type registered by the host or
 * loaded from a shared object shows its roles only.
 *
 * @param[out] out receives the NUL-terminated text, owned by the caller
 *                 (infext_free()); NULL on failure.
 * @param reg the plugin types; NULL means the built-in types only.
 * @param type a type name, or NULL for the list.
 * @return INFEXT_OK; INFEXT_ENOTFOUND (@p type is not in @p reg);
 *         INFEXT_EINVAL (NULL @p out); INFEXT_ENOMEM.
 * Thread-safe as long as @p reg is not being changed.
 */
INFEXT_API infext_status infext_registry_explain(char **out, infext_registry *reg, const char *type);

/**
 * Free a scheduler and its plugin instances (running their destroy
 * functions). No schedule() call may be running on it. NULL is a no-op.
 */
INFEXT_API void infext_scheduler_free(infext_scheduler *sched);

/** Number of scheduling profiles; 0 for NULL. */
INFEXT_API size_t infext_scheduler_profiles_count(const infext_scheduler *sched);

/** Name of profile @p index. @return a borrowed string, or NULL when out of range. */
INFEXT_API const char *infext_scheduler_profile_name_at(const infext_scheduler *sched,
                                                        size_t index);

/** Number of plugin instances (configured and implicit); 0 for NULL. */
INFEXT_API size_t infext_scheduler_plugins_count(const infext_scheduler *sched);

/** Name of plugin instance @p index. @return a borrowed string, or NULL. */
INFEXT_API const char *infext_scheduler_plugin_name_at(const infext_scheduler *sched,
                                                       size_t index);

/** Type of plugin instance @p index. @return a borrowed string, or NULL. */
INFEXT_API const char *infext_scheduler_plugin_type_at(const infext_scheduler *sched,
                                                       size_t index);

/**
 * Create a workspace. A workspace holds the scratch memory and the result of
 * the calls made with it; after the first few calls it has grown to size
 * and a call allocates nothing. A workspace must not be used by two threads
 * at once; it may be used with different schedulers in turn.
 * @param[out] out receives the workspace, owned by the caller.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_workspace_new(infext_workspace **out);

/** Free a workspace (and the result it holds). NULL is a no-op. */
INFEXT_API void infext_workspace_free(infext_workspace *ws);

/**
 * Run one scheduling cycle: the profile handler picks profiles until it
 * picks none; each profile runs its filters, weighted scorers (scores
 * clamped to [0,1]) and its picker; the handler then names the primary
 * profile.
 *
 * @param[out] out receives the result, borrowed from @p ws and valid until
 *                 the next call with @p ws or its release. It is set when
 *                 the return is INFEXT_OK or INFEXT_ENOENDPOINT (so the
 *                 caller can tell why), NULL otherwise.
 * @param sched the scheduler; not modified (reentrant).
 * @param ws the caller's workspace.
 * @param req the request.
 * @param endpoints,count the candidate endpoints; read only, and they must
 *        stay unchanged during the call. @p endpoints may be NULL when
 *        @p count is 0.
 * @param diags receives details of a failure; may be NULL.
 * @return INFEXT_OK when the primary profile picked at least one endpoint;
 *         INFEXT_ENOENDPOINT when it picked none (every endpoint filtered
 *         out, no candidates, or no profile ran); INFEXT_EINVAL (a NULL
 *         argument or a NULL endpoint); INFEXT_ECONFIG (the profile
 *         handler failed, or misbehaved); INFEXT_ENOMEM.
 * Thread-safe: concurrent calls on one scheduler are fine with distinct
 * workspaces.
 */
INFEXT_API infext_status infext_scheduler_schedule(const infext_result **out,
                                                   const infext_scheduler *sched,
                                                   infext_workspace *ws,
                                                   const infext_request *req,
                                                   infext_endpoint *const *endpoints,
                                                   size_t count, infext_diags *diags);

/**
 * Run the pre-request hooks (every plugin instance with the pre-request
 * role, in configuration order) with the result of the last successful
 * schedule() made with @p ws: call it once the request is about to be sent
 * to the chosen endpoint. The prefix-cache scorer records the prompt's
 * blocks for that endpoint here.
 * @param req the request given to that schedule() call.
 * @return INFEXT_OK; INFEXT_EINVAL (NULL arguments, or @p ws holds no
 *         successful result for @p req).
 * Thread-safe with distinct workspaces.
 */
INFEXT_API infext_status infext_scheduler_pre_request(const infext_scheduler *sched,
                                                      infext_workspace *ws,
                                                      const infext_request *req);

/**
 * Run the post-response hooks (every plugin instance with the
 * post-response role) once the response to @p req from @p served_by is
 * complete.
 * @return INFEXT_OK, INFEXT_EINVAL. Thread-safe.
 */
INFEXT_API infext_status infext_scheduler_post_response(const infext_scheduler *sched,
                                                        const infext_request *req,
                                                        const infext_endpoint *served_by);

/* ------------------------------------------------------------- result -- */

/** Number of profiles of the scheduler that produced the result; 0 for NULL. */
INFEXT_API size_t infext_result_profiles_count(const infext_result *res);

/** Name of profile @p index. @return a borrowed string, or NULL when out of range. */
INFEXT_API const char *infext_result_profile_name_at(const infext_result *res, size_t index);

/**
 * Index of the profile called @p name.
 * @param[out] out receives the index.
 * @return true when found.
 */
INFEXT_API bool infext_result_find_profile(size_t *out, const infext_result *res,
                                           const char *name);

/** Whether profile @p index ran in this cycle; false when out of range. */
INFEXT_API bool infext_result_profile_ran(const infext_result *res, size_t index);

/**
 * Outcome of profile @p index: INFEXT_OK when it picked endpoints,
 * INFEXT_ENOENDPOINT when none was left or picked, INFEXT_ENOTFOUND when it
 * did not run, or the failing plugin's status. INFEXT_EINVAL when out of
 * range.
 */
INFEXT_API infext_status infext_result_profile_status(const infext_result *res, size_t index);

/**
 * Why profile @p index picked nothing, in one English sentence.
 * @return a borrowed string; NULL when the profile succeeded or is out of range.
 */
INFEXT_API const char *infext_result_profile_error(const infext_result *res, size_t index);

/** Number of endpoints profile @p index picked; 0 when out of range. */
INFEXT_API size_t infext_result_profile_endpoints_count(const infext_result *res, size_t index);

/**
 * Endpoint @p i picked by profile @p index, best first.
 * @return a borrowed pointer (one of the endpoints given to schedule()), or
 *         NULL when out of range.
 */
INFEXT_API const infext_endpoint *infext_result_profile_endpoint_at(const infext_result *res,
                                                                    size_t index, size_t i);

/**
 * Index of the primary profile (the one whose first endpoint serves the
 * request).
 * @param[out] out receives the index.
 * @return true when the profile handler named one.
 */
INFEXT_API bool infext_result_get_primary(size_t *out, const infext_result *res);

/** Name of the primary profile. @return a borrowed string, or NULL when none. */
INFEXT_API const char *infext_result_get_primary_name(const infext_result *res);

/**
 * The endpoint that serves the request: the primary profile's first pick.
 * @return a borrowed pointer, or NULL when the primary profile picked none.
 */
INFEXT_API const infext_endpoint *infext_result_get_target(const infext_result *res);

/**
 * Number of request headers the profile handler asks the gateway to set on,
 * or remove from, the request it forwards to the target (the endpoint
 * picker's header mutations). The P/D handlers name the prefill endpoint in
 * `x-prefiller-host-port` and the encode endpoints in
 * `x-encoder-hosts-ports`, and remove both when that stage did not run; the
 * data-parallel handler (and pd-profile-handler with `primaryPort`) names
 * the picked endpoint in `x-data-parallel-host-port`. Values are
 * `address:port` (an IPv6 address in brackets: `[fd00::1]:8000`).
 * @return the count; 0 for NULL, or when the handler asks for none (the
 *         single-profile handler never does).
 * Thread-safe on distinct results; the result is only read.
 */
INFEXT_API size_t infext_result_headers_count(const infext_result *res);

/**
 * Name of header @p index, in lower case.
 * @return a borrowed string, valid as long as the result; NULL when out of
 *         range.
 * Thread-safe on distinct results.
 */
INFEXT_API const char *infext_result_header_name_at(const infext_result *res, size_t index);

/**
 * Value to give header @p index.
 * @return a borrowed string, valid as long as the result; NULL when the
 *         header is to be removed from the request (the client may have
 *         sent one) or when @p index is out of range (tell them apart with
 *         infext_result_headers_count()).
 * Thread-safe on distinct results.
 */
INFEXT_API const char *infext_result_header_value_at(const infext_result *res, size_t index);

/**
 * The port to send the request to instead of the target endpoint's own
 * (the data-parallel handlers' `primaryPort`, the port of the rank that
 * fronts the others; the picked rank's own port is in the
 * `x-data-parallel-host-port` header). The address stays the target's.
 * @param[out] out receives the port (0..65535); untouched when there is none.
 * @return true when the handler rewrote the port; false when the target's
 *         own port applies, or for NULL @p res.
 * Thread-safe on distinct results.
 */
INFEXT_API bool infext_result_get_target_port(int32_t *out, const infext_result *res);

/** Most request headers one result carries, the handlers' and a plugin's together. */
#define INFEXT_RESULT_HEADERS_MAX 16

/**
 * Ask the gateway to set request header @p name to @p value on the request
 * it forwards to the target (a plugin profile handler's header mutation;
 * see infext_result_headers_count()). A second call for the same name, in
 * any letter case, replaces the first, also a removal.
 *
 * Only a profile handler may call it, from its `process_results` entry
 * point, on the result that entry point is given: the result is open for
 * changes while that call runs and closed before and after it (the
 * deprecated `disagg-headers-handler` and `prefill-header-handler` write
 * their headers after it, replacing a plugin's of the same name).
 * Filters, scorers, pickers, `pick_profiles`, pre-request hooks and the
 * host see a closed result: their call is refused, as hosts read the
 * headers right after schedule().
 * @param res the result being made.
 * @param name a header field name: one or more token characters of RFC
 *             9110 (letters, digits and the marks it lists, such as `-`,
 *             `_` and `.`); copied in lower case.
 * @param value the value: any bytes but control characters (a tab is
 *              allowed); copied.
 * @return INFEXT_OK; INFEXT_EINVAL when @p res is NULL or closed, @p name
 *         or @p value is NULL or not a valid field name or value, or
 *         #INFEXT_RESULT_HEADERS_MAX headers are already asked for;
 *         INFEXT_ENOMEM. On failure the result is unchanged.
 * @par Memory
 * The copies live in the cycle's scratch memory (infext_cycle_alloc()), as
 * long as the result; a workspace that has grown to size allocates nothing.
 * @par Thread-safety
 * As the entry point that calls it: one thread per workspace.
 */
INFEXT_API infext_status infext_result_set_header(infext_result *res, const char *name,
                                                  const char *value);

/**
 * Ask the gateway to remove request header @p name (in any letter case)
 * from the request it forwards, e.g. one the client sent; the header then
 * reads with a NULL value (infext_result_header_value_at()). Replaces an
 * earlier set or removal of the same name. Callable where, and as,
 * infext_result_set_header().
 * @return INFEXT_OK; INFEXT_EINVAL (NULL or closed @p res, NULL or invalid
 *         @p name, the table full); INFEXT_ENOMEM.
 * Thread-safety: as infext_result_set_header().
 */
INFEXT_API infext_status infext_result_remove_header(infext_result *res, const char *name);

/**
 * Send the request to @p port on the target's address instead of to the
 * target endpoint's own port (infext_result_get_target_port() then reads
 * it). A later call replaces an earlier one. Callable where, and as,
 * infext_result_set_header().
 * @param port 1..65535.
 * @return INFEXT_OK; INFEXT_EINVAL (NULL or closed @p res, @p port out of
 *         range; the result is then unchanged).
 * Thread-safety: as infext_result_set_header().
 */
INFEXT_API infext_status infext_result_set_target_port(infext_result *res, int32_t port);

/**
 * Encode a result as one compact JSON document:
 * `{"primaryProfile": NAME, "profiles": {NAME: {"endpoints":
 * ["namespace/name", ...]}}}`, with the profiles that ran in configuration
 * order; a profile that picked nothing has `"endpoints": []` and an
 * `"error"` member. When the handler asked for headers, a member
 * `"headers": {NAME: VALUE}` follows (VALUE `null`: remove the header), and
 * when it rewrote the port, `"targetPort": PORT`.
 * @param[out] out receives NUL-terminated text owned by the caller
 *                 (infext_free()).
 * @param[out] out_len receives its length; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_result_encode_json(char **out, size_t *out_len,
                                                   const infext_result *res);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_SCHEDULER_H */
