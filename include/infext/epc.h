/**
 * @file epc.h
 * @brief EndpointPickerConfig dialects: which one a config is written in,
 *        and migration from one to another.
 *
 * The endpoint picker's config file has no CRD; each implementation reads
 * its own set of members (see docs/epp-config.md and #infext_epc_dialect):
 * GIE v1.0 to v1.2 (saturation thresholds), GIE v1.3 and v1.4 (`data`),
 * GIE v1.5 (`dataLayer`, `parser`, a saturation detector plugin, quantity
 * limits), llm-d-router v0.10 (`requestHandler`, the new `dataLayer`
 * members, `flowControl.saturationDetector`) and Heimdall, the MoAI
 * Inference Framework's picker (`data` as GIE v1.3, a saturation detector
 * with a `type` and the running-requests members).
 *
 * A config decodes as one of two kinds: #INFEXT_KIND_V1ALPHA1_ENDPOINT_PICKER_CONFIG
 * (apiVersion inference.networking.x-k8s.io/v1alpha1, which every GIE
 * release and, as a deprecated spelling, llm-d-router read) and
 * #INFEXT_KIND_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG (llm-d.ai/v1alpha1).
 * Both carry every member of every dialect, so that a config is decoded
 * first and judged after: the functions below take either kind through the
 * generic handle. Which member belongs to which dialect is in the schema
 * (lib/types/schema.yaml, `dialects:`), not in code.
 */
#ifndef INFEXT_EPC_H
#define INFEXT_EPC_H

#include "infext/common.h"
#include "infext/types.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Name of a dialect, as `infext migrate --to` takes it ("gie-v1.5",
 * "llm-d-v0.10").
 * @return a static string, or NULL for #INFEXT_EPC_DIALECT_UNKNOWN and values
 *         this library does not know. Thread-safe.
 */
INFEXT_API const char *infext_epc_dialect_name(infext_epc_dialect dialect);

/**
 * One-line description of a dialect ("GIE v1.3 and v1.4").
 * @return a static string, or NULL as for infext_epc_dialect_name(). Thread-safe.
 */
INFEXT_API const char *infext_epc_dialect_title(infext_epc_dialect dialect);

/**
 * The dialect of a name given by infext_epc_dialect_name().
 * @param[out] out receives the dialect.
 * @return INFEXT_OK, INFEXT_ENOTFOUND for a name no dialect has,
 *         INFEXT_EINVAL for NULL arguments. Thread-safe.
 */
INFEXT_API infext_status infext_epc_dialect_from_name(infext_epc_dialect *out, const char *name);

/**
 * Say which dialect an EndpointPickerConfig is written in, from its
 * apiVersion and the members it uses: the oldest dialect that defines every
 * member present, every feature gate listed (gates no dialect registers
 * say nothing; validation reports them), every value an integer-only member
 * cannot take, and every plugin type spelled as only some dialects spell it. A config of the x-k8s.io apiVersion
 * that uses llm-d-router members is llm-d-router's, with a warning: that
 * loader reads the apiVersion as a deprecated spelling of llm-d.ai/v1alpha1.
 *
 * A config that mixes dialects (`data` beside `dataLayer`, thresholds beside
 * a detector plugin, `data` under llm-d.ai/v1alpha1) gets one Forbidden error
 * at the member that cannot join the ones before it, naming both members by
 * their paths, with the source line and column when the config was decoded
 * from text.
 *
 * @param[out] out receives the dialect; #INFEXT_EPC_DIALECT_UNKNOWN on error.
 * @param config an EndpointPickerConfig of either kind, borrowed.
 * @param diags receives the warning or the error; may be NULL.
 * @return INFEXT_OK; INFEXT_EVALIDATION for a mixed config; INFEXT_EKIND when
 *         @p config is another kind; INFEXT_EINVAL for NULL; INFEXT_ENOMEM.
 *         Thread-safe for distinct or read-only objects.
 */
INFEXT_API infext_status infext_epc_dialect_of(infext_epc_dialect *out, const infext_object *config,
                                               infext_diags *diags);

/** Flag of infext_epc_migrate(): drop what the target cannot express, with a warning. */
#define INFEXT_EPC_MIGRATE_ALLOW_LOSSY 0x1u

/**
 * Rewrite an EndpointPickerConfig into another dialect: the apiVersion the
 * target's loader prefers, sections moved and renamed (`data` and
 * `dataLayer`; `parser` and `requestHandler.parsers`; the top-level and the
 * flowControl `saturationDetector`), plugin types renamed as upstream
 * renamed them (schema.yaml `epcPluginTypes`, with every pluginRef that
 * named an unnamed plugin by its type), feature gates the target has no use
 * for dropped (schema.yaml `dropGates`), quantities an integer-only target
 * member cannot take written out as integers; each rewrite the way back
 * does not undo gets a warning. Members, gates and values the
 * target cannot express (and unknown members a preserving decoder kept,
 * which no dialect has) are refused: each gets an error at its source path
 * and the call returns INFEXT_ELOSSY; with #INFEXT_EPC_MIGRATE_ALLOW_LOSSY
 * they are left out and each gets a warning instead. Migrating to the
 * dialect the config is already in gives an equal copy, written with the
 * target's apiVersion. Where neither way gives a diagnostic, migrating
 * there and back gives an object equal to that copy (and the same encoded
 * text).
 *
 * @param[out] out receives the new root object, owned by the caller
 *             (infext_object_free()); NULL on error.
 * @param config an EndpointPickerConfig of either kind, borrowed.
 * @param to the target dialect.
 * @param flags 0 or #INFEXT_EPC_MIGRATE_ALLOW_LOSSY.
 * @param diags receives errors and warnings; may be NULL.
 * @return INFEXT_OK; INFEXT_ELOSSY; INFEXT_EVALIDATION when @p config mixes
 *         dialects (infext_epc_dialect_of()); INFEXT_EKIND for another kind;
 *         INFEXT_EINVAL for NULL, an unknown dialect or unknown flags;
 *         INFEXT_ENOMEM. Thread-safe for distinct or read-only objects.
 */
INFEXT_API infext_status infext_epc_migrate(infext_object **out, const infext_object *config, infext_epc_dialect to,
                                            unsigned int flags, infext_diags *diags);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_EPC_H */
