/**
 * @file endpoint.h
 * @brief Model-server endpoints and their metrics, singly and as lists.
 *
 * An #infext_endpoint is one model server: its namespaced name, address,
 * labels, the metrics the scorers read and the host's attributes. An
 * #infext_endpoint_list is a set of them decoded from the `infext
 * schedule` endpoints file. scheduler.h includes this header.
 */
#ifndef INFEXT_ENDPOINT_H
#define INFEXT_ENDPOINT_H

#include "infext/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ----------------------------------------------------------- endpoint -- */

/**
 * One model server (a pod, in the EPP's words) with its metrics. Opaque;
 * built and updated by the host. An endpoint must not be modified while a
 * schedule() call that was given it runs.
 */
typedef struct infext_endpoint infext_endpoint;

/**
 * Create an endpoint with every metric 0 and no labels.
 * @param ns,name the namespaced name (copied); @p ns may be NULL or "".
 * @param[out] out receives the endpoint, owned by the caller
 *                 (infext_endpoint_free()).
 * @return INFEXT_OK, INFEXT_EINVAL (@p out or @p name NULL), INFEXT_ENOMEM.
 * Thread-safe.
 */
INFEXT_API infext_status infext_endpoint_new(infext_endpoint **out, const char *ns,
                                             const char *name);

/** Free an endpoint, running the free functions of its attributes. NULL is a no-op. */
INFEXT_API void infext_endpoint_free(infext_endpoint *ep);

/** Namespace of the endpoint. @return a borrowed string; "" when none. */
INFEXT_API const char *infext_endpoint_get_namespace(const infext_endpoint *ep);

/** Name of the endpoint. @return a borrowed string; "" for NULL. */
INFEXT_API const char *infext_endpoint_get_name(const infext_endpoint *ep);

/**
 * The namespaced name, "namespace/name" (or "name" without a namespace), as
 * the result JSON and the prefix index key it.
 * @return a borrowed string; "" for NULL.
 */
INFEXT_API const char *infext_endpoint_get_namespaced_name(const infext_endpoint *ep);

/**
 * Set the address (IP or host name; copied).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_endpoint_set_address(infext_endpoint *ep, const char *address);

/** The address. @return a borrowed string; "" when unset. */
INFEXT_API const char *infext_endpoint_get_address(const infext_endpoint *ep);

/** Set the port. @return INFEXT_OK, INFEXT_EINVAL (NULL, or outside 0..65535). */
INFEXT_API infext_status infext_endpoint_set_port(infext_endpoint *ep, int32_t port);

/** The port; 0 when unset or NULL. */
INFEXT_API int32_t infext_endpoint_get_port(const infext_endpoint *ep);

/**
 * Set a label (both strings copied; a second call with the same key
 * replaces the value).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_endpoint_set_label(infext_endpoint *ep, const char *key,
                                                   const char *value);

/** Value of a label. @return a borrowed string, or NULL when absent. */
INFEXT_API const char *infext_endpoint_get_label(const infext_endpoint *ep, const char *key);

/** Number of labels; 0 for NULL. */
INFEXT_API size_t infext_endpoint_labels_count(const infext_endpoint *ep);

/** Key of label @p index. @return a borrowed string, or NULL when out of range. */
INFEXT_API const char *infext_endpoint_label_key_at(const infext_endpoint *ep, size_t index);

/** Value of label @p index. @return a borrowed string, or NULL when out of range. */
INFEXT_API const char *infext_endpoint_label_value_at(const infext_endpoint *ep, size_t index);

/** Set the number of requests waiting in the server's queue. @return INFEXT_OK or INFEXT_EINVAL. */
INFEXT_API infext_status infext_endpoint_set_waiting_queue_size(infext_endpoint *ep, int64_t value);

/** Requests waiting in the server's queue; 0 for NULL. */
INFEXT_API int64_t infext_endpoint_get_waiting_queue_size(const infext_endpoint *ep);

/** Set the number of requests running on the server. @return INFEXT_OK or INFEXT_EINVAL. */
INFEXT_API infext_status infext_endpoint_set_running_requests(infext_endpoint *ep, int64_t value);

/** Requests running on the server; 0 for NULL. */
INFEXT_API int64_t infext_endpoint_get_running_requests(const infext_endpoint *ep);

/**
 * Set the KV-cache usage, a fraction from 0 to 1.
 * @return INFEXT_OK, INFEXT_EINVAL (NULL, NaN, or outside 0..1).
 */
INFEXT_API infext_status infext_endpoint_set_kv_cache_usage(infext_endpoint *ep, double value);

/** KV-cache usage from 0 to 1; 0 for NULL. */
INFEXT_API double infext_endpoint_get_kv_cache_usage(const infext_endpoint *ep);

/** Set the most LoRA adapters the server keeps active at once. @return INFEXT_OK or INFEXT_EINVAL. */
INFEXT_API infext_status infext_endpoint_set_max_active_models(infext_endpoint *ep, int64_t value);

/** Most LoRA adapters active at once; 0 for NULL. */
INFEXT_API int64_t infext_endpoint_get_max_active_models(const infext_endpoint *ep);

/** Set the KV-cache block size in tokens. @return INFEXT_OK or INFEXT_EINVAL. */
INFEXT_API infext_status infext_endpoint_set_cache_block_size(infext_endpoint *ep, int64_t value);

/** KV-cache block size in tokens; 0 when unknown or NULL. */
INFEXT_API int64_t infext_endpoint_get_cache_block_size(const infext_endpoint *ep);

/** Set the number of GPU KV-cache blocks. @return INFEXT_OK or INFEXT_EINVAL. */
INFEXT_API infext_status infext_endpoint_set_cache_num_gpu_blocks(infext_endpoint *ep, int64_t value);

/** Number of GPU KV-cache blocks; 0 when unknown or NULL. */
INFEXT_API int64_t infext_endpoint_get_cache_num_gpu_blocks(const infext_endpoint *ep);

/**
 * Set when the metrics were last refreshed, in nanoseconds since the Unix
 * epoch. @return INFEXT_OK or INFEXT_EINVAL.
 */
INFEXT_API infext_status infext_endpoint_set_update_time(infext_endpoint *ep, int64_t unix_nanos);

/** When the metrics were last refreshed (ns since the epoch); 0 when unknown. */
INFEXT_API int64_t infext_endpoint_get_update_time(const infext_endpoint *ep);

/**
 * Add an active LoRA adapter (or model) name (copied; adding a name twice
 * keeps one).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_endpoint_add_active_model(infext_endpoint *ep, const char *model);

/** Remove every active adapter. NULL is a no-op. */
INFEXT_API void infext_endpoint_clear_active_models(infext_endpoint *ep);

/** Number of active adapters; 0 for NULL. */
INFEXT_API size_t infext_endpoint_active_models_count(const infext_endpoint *ep);

/** Active adapter @p index. @return a borrowed string, or NULL when out of range. */
INFEXT_API const char *infext_endpoint_active_model_at(const infext_endpoint *ep, size_t index);

/** Whether @p model is an active adapter; false for NULL arguments. */
INFEXT_API bool infext_endpoint_has_active_model(const infext_endpoint *ep, const char *model);

/**
 * Add a LoRA adapter waiting to be loaded (copied; once per name).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_endpoint_add_waiting_model(infext_endpoint *ep, const char *model);

/** Remove every waiting adapter. NULL is a no-op. */
INFEXT_API void infext_endpoint_clear_waiting_models(infext_endpoint *ep);

/** Number of waiting adapters; 0 for NULL. */
INFEXT_API size_t infext_endpoint_waiting_models_count(const infext_endpoint *ep);

/** Waiting adapter @p index. @return a borrowed string, or NULL when out of range. */
INFEXT_API const char *infext_endpoint_waiting_model_at(const infext_endpoint *ep, size_t index);

/** Whether @p model is waiting to be loaded; false for NULL arguments. */
INFEXT_API bool infext_endpoint_has_waiting_model(const infext_endpoint *ep, const char *model);

/**
 * Attach a named attribute, as a data-layer plugin or the host does (the
 * EPP's endpoint attribute map). A previous value under the same key is
 * released with its own free function first.
 * @param key copied.
 * @param value any pointer, owned by the endpoint from now on.
 * @param free_fn called with @p value when it is replaced, removed or the
 *                endpoint is freed; may be NULL.
 * @return INFEXT_OK; INFEXT_EINVAL; INFEXT_ENOMEM (then @p value stays the
 *         caller's).
 */
INFEXT_API infext_status infext_endpoint_set_attribute(infext_endpoint *ep, const char *key,
                                                       void *value, void (*free_fn)(void *));

/** The attribute stored under @p key. @return the borrowed pointer, or NULL when absent. */
INFEXT_API void *infext_endpoint_get_attribute(const infext_endpoint *ep, const char *key);

/** Remove (and release) an attribute. @return INFEXT_OK, INFEXT_ENOTFOUND, INFEXT_EINVAL. */
INFEXT_API infext_status infext_endpoint_remove_attribute(infext_endpoint *ep, const char *key);

/** A list of endpoints decoded from JSON; owns its endpoints. */
typedef struct infext_endpoint_list infext_endpoint_list;

/**
 * Decode endpoints from the `infext schedule` file format: a JSON array of
 * `{"name", "namespace", "address", "port", "labels": {..}, "metrics":
 * {"waitingQueueSize", "runningRequests", "kvCacheUsage", "activeModels":
 * [..], "waitingModels": [..], "maxActiveModels", "cacheBlockSize",
 * "cacheNumGPUBlocks", "updateTime"}}` (`updateTime` in ns since the epoch).
 * `name` is required; extra members are ignored.
 * @param[out] out receives the list, owned by the caller
 *                 (infext_endpoint_list_free()).
 * @param diags receives every problem with its path (`[2].metrics.kvCacheUsage`).
 * @return INFEXT_OK, INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EINVAL (a value out of
 *         range, a missing name, a duplicate namespaced name), INFEXT_ENOMEM.
 * Thread-safe.
 */
INFEXT_API infext_status infext_endpoint_list_decode_json(infext_endpoint_list **out,
                                                          const char *data, size_t len,
                                                          infext_diags *diags);

/** Free a list and its endpoints. NULL is a no-op. */
INFEXT_API void infext_endpoint_list_free(infext_endpoint_list *list);

/** Number of endpoints; 0 for NULL. */
INFEXT_API size_t infext_endpoint_list_count(const infext_endpoint_list *list);

/**
 * The endpoints as an array, ready for infext_scheduler_schedule().
 * @return a borrowed array of infext_endpoint_list_count() pointers, valid
 *         until the list is freed (NULL for an empty list or NULL).
 */
INFEXT_API infext_endpoint *const *infext_endpoint_list_items(const infext_endpoint_list *list);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_ENDPOINT_H */
