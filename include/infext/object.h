/**
 * @file object.h
 * @brief The generic handle over root objects of every kind.
 *
 * An #infext_object is any root object seen through one type: a pointer to
 * an #infext_v1_inference_pool converts to one with
 * infext_v1_inference_pool_as_object() and back with the checked
 * infext_object_as_v1_inference_pool(), without copying.
 */
#ifndef INFEXT_OBJECT_H
#define INFEXT_OBJECT_H

#include "infext/common.h"
#include "infext/types.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Kind of an object; #INFEXT_KIND_NONE for NULL. Thread-safe. */
INFEXT_API infext_kind infext_object_kind(const infext_object *obj);

/** `apiVersion` of an object, e.g. "inference.networking.k8s.io/v1"; NULL for NULL. */
INFEXT_API const char *infext_object_api_version(const infext_object *obj);

/** `kind` of an object, e.g. "InferencePool"; NULL for NULL. */
INFEXT_API const char *infext_object_kind_name(const infext_object *obj);

/** `metadata.name`, or NULL when absent or the kind has no ObjectMeta. */
INFEXT_API const char *infext_object_name(const infext_object *obj);

/** `metadata.namespace`, or NULL when absent or the kind has no ObjectMeta. */
INFEXT_API const char *infext_object_namespace(const infext_object *obj);

/**
 * `metadata` of an object, borrowed, or NULL when absent or the kind has
 * none (EndpointPickerConfig, List kinds).
 */
INFEXT_API infext_object_meta *infext_object_get_metadata(const infext_object *obj);

/**
 * `apiVersion` and `kind` of a kind.
 * @return INFEXT_OK, or INFEXT_EINVAL for an unknown kind.
 */
INFEXT_API infext_status infext_kind_info(const char **api_version, const char **kind_name,
                                          infext_kind kind);

/**
 * Kind for an `apiVersion` + `kind` pair.
 * @return the kind, or #INFEXT_KIND_NONE when unknown.
 */
INFEXT_API infext_kind infext_kind_from_names(const char *api_version, const char *kind_name);

/**
 * Create an empty root object of @p kind.
 * @param[out] out receives it, owned by the caller (infext_object_free()).
 * @return INFEXT_OK, INFEXT_EINVAL (unknown kind), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_new(infext_object **out, infext_kind kind);

/** Free a root object and everything it owns; NULL and non-roots are no-ops. */
INFEXT_API void infext_object_free(infext_object *obj);

/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_clone(infext_object **out, const infext_object *obj);

/**
 * Deep equality of two objects of the same kind (false across kinds).
 * Map entries compare in any order; preserved unknown members count.
 */
INFEXT_API bool infext_object_equal(const infext_object *a, const infext_object *b);

/** Whether @p obj is a root (it owns its memory) rather than a List item. */
INFEXT_API bool infext_object_is_root(const infext_object *obj);

/**
 * Where the value at a field path stood in the text the object was decoded
 * from, for tools that find problems after decoding.
 *
 * @param[out] line,column receive the position, counted from 1, of the value
 *             at @p path, or of the nearest enclosing value whose position is
 *             known; 0 when none is. Either may be NULL.
 * @param obj a decoded root object.
 * @param path a field path in the API server's form, e.g.
 *             "schedulingProfiles[0].plugins[2].pluginRef"; "" or NULL for
 *             the document itself.
 * @return true when a position was found. Positions are recorded for YAML
 *         input; for JSON input the object keeps its document's text and
 *         the position is looked up in it on each call (a scan of the
 *         document). Objects built through setters, and clones, have none.
 *         Thread-safe for concurrent readers.
 */
INFEXT_API bool infext_object_path_position(unsigned int *line, unsigned int *column,
                                            const infext_object *obj, const char *path);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_OBJECT_H */
