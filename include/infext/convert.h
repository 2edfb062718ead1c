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
#include "infext/bundle.h"

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
 * `metricsStalenessThreshold: 200ms` where those are absent, zero, negative
 * or (for the utilisation) 1 or more, as the loader reads them; a given value
 * replaced this way gets an #INFEXT_SEVERITY_WARNING diagnostic (unless the
 * detector names a plugin through `pluginRef`, whose parameters then carry
 * the thresholds).
 *
 * Defaulting is idempotent: a second call changes nothing. It neither
 * validates nor removes anything; unknown preserved members stay as they are.
 *
 * @param obj a root object or a List item; modified in place. New values are
 *            allocated in the arena of its root.
 * @param diags receives the warnings above, and an INFEXT_ERR_INTERNAL
 *              diagnostic if a default could not be applied; may be NULL.
 * @return INFEXT_OK; INFEXT_EINVAL when @p obj is NULL; INFEXT_ENOMEM when
 *         the arena cannot grow (the object may then be partly defaulted, but
 *         stays consistent: every field is either absent or fully set).
 * Which defaults apply depends on the bundle (infext/bundle.h): this
 * function uses the newest bundle that serves the object's kind (so a v1
 * pool gets `appProtocol: http`, and a v1alpha2 pool, which the newest
 * bundle does not serve, the defaults of v1.4.0, the same as v1.2.0's);
 * infext_default_with_options() chooses one.
 *
 * Not thread-safe on the same object; distinct objects may be defaulted
 * concurrently.
 */
INFEXT_API infext_status infext_default(infext_object *obj, infext_diags *diags);

/** Version of #infext_default_options this header describes. */
#define INFEXT_DEFAULT_OPTIONS_VERSION 1

/**
 * Defaulting options. Initialise with #INFEXT_DEFAULT_OPTIONS_INIT or
 * infext_default_options_init() so that fields added later get defaults.
 */
typedef struct infext_default_options {
    unsigned int version; /**< #INFEXT_DEFAULT_OPTIONS_VERSION */
    /**
     * The bundle whose defaults to apply: only fields it has get a default
     * (`appProtocol: http` from v1.4.0 on, never under v1.2.0). A kind it does
     * not serve is refused. #INFEXT_BUNDLE_NEWEST (0) by default.
     */
    infext_bundle bundle;
} infext_default_options;

/** Static initialiser of #infext_default_options with every default. */
#define INFEXT_DEFAULT_OPTIONS_INIT {INFEXT_DEFAULT_OPTIONS_VERSION, INFEXT_BUNDLE_NEWEST}

/**
 * Fill @p opts with the defaults of options version @p version.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL or an unknown version.
 * Thread-safe.
 */
INFEXT_API infext_status infext_default_options_init(infext_default_options *opts, unsigned int version);

/**
 * infext_default() under a chosen bundle.
 * @param obj a root object or a List item; modified in place.
 * @param opts options, or NULL for the defaults (the newest bundle).
 * @param diags as for infext_default(); also receives the API server's
 *              `no matches for kind` error for a kind the bundle does not
 *              serve; may be NULL.
 * @return the codes of infext_default(); INFEXT_EKIND (nothing changed) for
 *         a kind the bundle does not serve; INFEXT_EINVAL for bad options
 *         (an unknown version or bundle).
 * Thread-safety as infext_default().
 */
INFEXT_API infext_status infext_default_with_options(infext_object *obj, const infext_default_options *opts,
                                                     infext_diags *diags);

/**
 * Flag of infext_convert(): convert even when the target version cannot hold
 * every value, reporting each dropped value as an #INFEXT_SEVERITY_WARNING
 * diagnostic at its source path.
 */
#define INFEXT_CONVERT_ALLOW_LOSSY 0x1u

/**
 * Convert an object to another API version of its kind.
 *
 * InferencePool and InferencePoolList convert between
 * `inference.networking.x-k8s.io/v1alpha2` and
 * `inference.networking.k8s.io/v1`: `targetPortNumber` <->
 * `targetPorts[0].number`, `selector` <-> `selector.matchLabels`,
 * `extensionRef` <-> `endpointPickerRef` (`portNumber` <-> `port.number`),
 * `status.parent` <-> `status.parents`, and the Accepted condition's reason
 * `NotSupportedByGateway` <-> `NotSupportedByParent`. `metadata` and every
 * field of the same meaning are copied unchanged; preserved unknown members
 * are carried over wherever the target has the same place for them. On the
 * way to v1 the parent and the Pending condition that the v1alpha2 status
 * default writes are left out, and a Service extension without `portNumber`
 * gets its implied `port.number: 9002` with a warning diagnostic. The
 * conversion neither defaults nor validates: call infext_default() first
 * for the API server's view of a v1alpha2 object. docs/conversion.md has
 * the full table.
 *
 * Values the target cannot hold (further `targetPorts`, a parent's
 * `controllerName`, preserved members inside a v1 port or selector, ...)
 * make the call fail with INFEXT_ELOSSY and an #INFEXT_SEVERITY_ERROR
 * diagnostic per value, naming its source path; with
 * #INFEXT_CONVERT_ALLOW_LOSSY they are dropped and each gets a warning
 * instead. A v1 pool without any target port cannot convert to v1alpha2 at
 * all (INFEXT_ELOSSY even with the flag). A v1alpha2 pool without
 * `targetPortNumber` has no v1 form either, since v1 requires a target port
 * and none is made up: INFEXT_ELOSSY with an error at
 * `spec.targetPortNumber`; with #INFEXT_CONVERT_ALLOW_LOSSY the v1 pool is
 * written without `targetPorts` (it will not validate), with a warning there.
 *
 * @param[out] out receives the converted object, a new root owned by the
 *                 caller (infext_object_free()); NULL on failure.
 * @param in the object to convert (a root or a List item); not modified.
 * @param target_api_version e.g. "inference.networking.k8s.io/v1". When it
 *                           is the version @p in already has, @p out
 *                           receives a copy.
 * @param flags 0 or #INFEXT_CONVERT_ALLOW_LOSSY.
 * @param diags receives errors and warnings with their source paths (and
 *              lines and columns when @p in was decoded with positions);
 *              may be NULL.
 * @return INFEXT_OK; INFEXT_ELOSSY; INFEXT_EKIND when the kind of @p in
 *         has no such version (with a diagnostic); INFEXT_EINVAL for NULL
 *         arguments or unknown flags (and, should the conversion tables
 *         ever miss a field, with an #INFEXT_ERR_INTERNAL diagnostic);
 *         INFEXT_ENOMEM.
 * Thread-safe: @p in is only read, so several threads may convert the same
 * object at once.
 */
INFEXT_API infext_status infext_convert(infext_object **out, const infext_object *in,
                                        const char *target_api_version, unsigned int flags,
                                        infext_diags *diags);

/**
 * infext_convert() of a v1alpha2 InferencePool to v1, typed.
 * @param[out] out receives the v1 pool, owned by the caller.
 * @return the codes of infext_convert(). Thread-safe as infext_convert().
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_to_v1(infext_v1_inference_pool **out,
                                                              const infext_v1alpha2_inference_pool *in,
                                                              unsigned int flags, infext_diags *diags);

/**
 * infext_convert() of a v1 InferencePool to v1alpha2, typed.
 * @param[out] out receives the v1alpha2 pool, owned by the caller.
 * @return the codes of infext_convert(). Thread-safe as infext_convert().
 */
INFEXT_API infext_status infext_v1_inference_pool_to_v1alpha2(infext_v1alpha2_inference_pool **out,
                                                              const infext_v1_inference_pool *in,
                                                              unsigned int flags, infext_diags *diags);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_CONVERT_H */
