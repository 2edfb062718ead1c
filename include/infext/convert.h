/**
 * @file convert.h
 * @brief Defaulting, and conversion of InferencePool between API versions.
 *
 * Defaulting fills in what the Kubernetes API server would fill in for a
 * custom resource (the CRDs' `default:` values), and for an
 * EndpointPickerConfig what the endpoint picker's loader fills in before it
 * instantiates plugins. See docs/conversion.md for the tables.
 */
#ifndef INFEXT_CONVERT_H
#define INFEXT_CONVERT_H

#include "infext/common.h"
#include "infext/types.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Apply defaults to an object in place.
 *
 * For the CRD kinds, every schema default is applied the way the API server
 * applies structural defaults: only to a field that is absent (a field that
 * was present with a value of the wrong type counts as present), to a parent
 * before its children, and never inside an absent optional object unless a
 * default creates that object (the v1alpha2 InferencePool's `status` default
 * does, and the defaults below it then apply too). List kinds default each
 * item. For an EndpointPickerConfig this is the first phase of the upstream
 * loader: a plugin without a name (or with an empty one) takes its type as
 * its name, and the saturation detector is created when absent and gets
 * `queueDepthThreshold: 5`, `kvCacheUtilThreshold: 0.8` and
 * `metricsStalenessThreshold: 200ms` where those are absent or zero (unless
 * it names a detector plugin through `pluginRef`, whose parameters then
 * carry the thresholds).
 *
 * Defaulting is idempotent: a second call changes nothing. It neither
 * validates nor removes anything; unknown preserved members stay as they are.
 *
 * @param obj a root object or a List item; modified in place. New values are
 *            allocated in the arena of its root.
 * @param diags receives an INFEXT_ERR_INTERNAL diagnostic if a default could
 *              not be applied; may be NULL.
 * @return INFEXT_OK; INFEXT_EINVAL when @p obj is NULL; INFEXT_ENOMEM when
 *         the arena cannot grow (the object may then be partly defaulted, but
 *         stays consistent: every field is either absent or fully set).
 * Not thread-safe on the same object; distinct objects may be defaulted
 * concurrently.
 */
INFEXT_API infext_status infext_default(infext_object *obj, infext_diags *diags);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_CONVERT_H */
