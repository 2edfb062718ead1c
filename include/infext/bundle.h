/**
 * @file bundle.h
 * @brief The CRD bundles validation and defaulting judge by.
 *
 * Upstream moves its API from release to release: fields arrive
 * (`spec.appProtocol` in v1.4.0), are renamed (the rewrite's `split`, called
 * `targets` from v1.3.1) or stop being required (`endpointPickerRef` in
 * v1.6.0), and kinds stop being served (v1alpha2 InferencePool from v1.5.0;
 * the x-k8s.io InferenceObjective and InferenceModelRewrite from v1.6.0, which
 * serves them as `llm-d.ai/v1alpha2`). A bundle (#infext_bundle) names one
 * such release; #infext_validate_options and #infext_default_options carry
 * the one to judge by, the newest when none is chosen. docs/validation.md
 * lists what changed in each.
 */
#ifndef INFEXT_BUNDLE_H
#define INFEXT_BUNDLE_H

#include "infext/common.h"
#include "infext/types.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The name of a bundle ("v1.4.0"); #INFEXT_BUNDLE_NEWEST gives the newest
 * bundle's name.
 * @return a static string, or NULL for a value that is no bundle. Thread-safe.
 */
INFEXT_API const char *infext_bundle_name(infext_bundle bundle);

/**
 * What changed in a bundle against the one before it, as one sentence.
 * @return a static string, or NULL for a value that is no bundle. Thread-safe.
 */
INFEXT_API const char *infext_bundle_changes(infext_bundle bundle);

/**
 * The bundle of a name as infext_bundle_name() gives it ("v1.2.0"; "newest"
 * for #INFEXT_BUNDLE_NEWEST).
 * @param[out] out receives the bundle.
 * @return INFEXT_OK; INFEXT_ENOTFOUND for an unknown name; INFEXT_EINVAL for
 *         NULL arguments. Thread-safe.
 */
INFEXT_API infext_status infext_bundle_parse(infext_bundle *out, const char *name);

/**
 * Whether a bundle serves a kind: has its CRD (List kinds go with their
 * items), or, for EndpointPickerConfig, which is no CRD, always.
 * @return true when served; false for an unknown bundle or kind. Thread-safe.
 */
INFEXT_API bool infext_bundle_serves(infext_bundle bundle, infext_kind kind);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_BUNDLE_H */
