/**
 * @file validate.h
 * @brief Validation: the verdict a Kubernetes API server with the CRDs of
 *        one bundle installed would give, offline, with its messages.
 *
 * infext_validate() checks an object against every constraint of its kind:
 * the CRD's OpenAPI keywords (required, enum, pattern, lengths, bounds, item
 * and property counts, list-map keys), its `x-kubernetes-validations` rules,
 * ObjectMeta as the server checks it for a namespaced custom resource, and,
 * for EndpointPickerConfig, the checks of the endpoint picker's config loader
 * (plugin references, names, weights, feature gates, durations, quantities).
 * Each problem becomes one diagnostic whose path, error type and message read
 * as the API server's; docs/validation.md lists every rule and its source.
 * The bundle (infext/bundle.h) decides which kinds are served and which
 * fields exist, are required and get defaults; the newest by default.
 */
#ifndef INFEXT_VALIDATE_H
#define INFEXT_VALIDATE_H

#include "infext/common.h"
#include "infext/types.h"
#include "infext/bundle.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Accept members the schema does not know, as the API server's pruning
 * would, instead of reporting each as an #INFEXT_ERR_UNKNOWN error (the
 * verdict of `kubectl apply` with strict field validation).
 */
#define INFEXT_VALIDATE_ALLOW_UNKNOWN 0x1u

/**
 * Validate the object as it is, without first applying defaults to a copy
 * of it: for a caller that has run infext_default() already and wants to
 * save the copy.
 */
#define INFEXT_VALIDATE_NO_DEFAULTS 0x2u

/**
 * Version of #infext_validate_options this header describes: 2 added
 * `bundle`. A caller built against version 1 keeps working (and gets the
 * newest bundle).
 */
#define INFEXT_VALIDATE_OPTIONS_VERSION 2

/**
 * Validation options. Initialise with #INFEXT_VALIDATE_OPTIONS_INIT or
 * infext_validate_options_init() so that fields added later get defaults.
 */
typedef struct infext_validate_options {
    unsigned int version; /**< #INFEXT_VALIDATE_OPTIONS_VERSION */
    unsigned int flags;   /**< INFEXT_VALIDATE_* flags */
    /**
     * Feature gates the host knows besides upstream v1.2.0's ("dataLayer",
     * "flowControl"), as a NULL-terminated array; NULL for none. Borrowed
     * for the duration of the call.
     */
    const char *const *extra_feature_gates;
    /**
     * The bundle whose API server to answer as (version 2 on): a kind it
     * does not serve is one error, `no matches for kind ...` as that server
     * says it, with a hint naming the bundles that serve it; a field it lacks
     * is an #INFEXT_ERR_UNKNOWN error (pruned under
     * #INFEXT_VALIDATE_ALLOW_UNKNOWN) and gets no default; its required lists
     * apply. #INFEXT_BUNDLE_NEWEST (0) by default.
     */
    infext_bundle bundle;
} infext_validate_options;

/** Static initialiser of #infext_validate_options with every default. */
#define INFEXT_VALIDATE_OPTIONS_INIT {INFEXT_VALIDATE_OPTIONS_VERSION, 0, NULL, INFEXT_BUNDLE_NEWEST}

/**
 * Fill @p opts with the defaults of options version @p version (1 or 2;
 * only the members of that version are written, so a caller built against
 * an older header may pass its smaller struct).
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL or an unknown version.
 * Thread-safe.
 */
INFEXT_API infext_status infext_validate_options_init(infext_validate_options *opts,
                                                      unsigned int version);

/**
 * Validate an object of any kind as the API server would after applying
 * its defaults (a List kind: every item, paths starting with `items[N]`).
 * When a default would apply, defaults are applied, as infext_default()
 * applies them, to a private copy that is then validated (unless
 * #INFEXT_VALIDATE_NO_DEFAULTS), so a field the server would fill in counts
 * as set and the rules see its default; a complete object is not copied.
 *
 * Every error is appended to @p diags, not just the first, in a fixed order:
 * ObjectMeta first, then the schema in field order (a struct's fields, then
 * its unknown members, then its missing required fields), then the
 * `x-kubernetes-validations` rules and the EndpointPickerConfig checks. As on
 * the server, the CRD rules are skipped when a Required, TypeInvalid,
 * NotSupported, TooLong or TooMany error was found, and one root error (path
 * "") says so. Positions are filled in when the object was decoded from text
 * (YAML or JSON), not built through setters.
 *
 * Values of the wrong type: an object decoded with #INFEXT_DECODE_KEEP_GOING
 * remembers which fields, list items and map values had one (they count as
 * errors: the verdict is INFEXT_EVALIDATION), and the decoder already
 * reported each as an #INFEXT_ERR_TYPE_INVALID diagnostic. Pass the same
 * list here, not cleared since, and those entries count as this object's
 * type errors (they are not repeated); with another list, or after a clear,
 * each gets a TypeInvalid entry of its own. What the list already holds
 * never changes the verdict: it may hold other documents' errors. Under a
 * bundle that does not serve the object's kind, the server answers only
 * that it does not (it looks the kind up before it reads the body): the
 * decoder's entries for this object are then taken out of that same list,
 * and the `no matches` error is the only one.
 *
 * @param obj the object; never modified.
 * @param opts options, or NULL for the defaults.
 * @param diags receives the errors; may be NULL when only the verdict matters.
 * @return INFEXT_OK when the object is valid, INFEXT_EVALIDATION when at
 *         least one error was found (type errors of a KEEP_GOING decode
 *         included; a kind the bundle does not serve), INFEXT_EINVAL for a
 *         NULL object or bad options (an unknown bundle among them),
 *         INFEXT_ENOMEM.
 * Thread-safe: calls may run concurrently, also on the same object (the
 * compiled patterns are built once, under pthread_once, and read-only after).
 */
INFEXT_API infext_status infext_validate(const infext_object *obj,
                                         const infext_validate_options *opts,
                                         infext_diags *diags);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_VALIDATE_H */
