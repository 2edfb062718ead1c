/* GENERATED FILE - do not edit.
 * Produced by lib/types/generator/generate.py from lib/types/schema.yaml;
 * regenerate with `cmake --build build --target generate`. */
/**
 * @file types.h
 * @brief Typed objects of every kind: opaque types and their accessors.
 *
 * Conventions for every accessor below (see docs/object-model.md):
 * - Objects are opaque and live in the arena of their root object; every
 *   pointer a getter returns is borrowed and stays valid until the root is
 *   freed (or, for list items, until the item is removed).
 * - String getters return NULL when the field is absent; setters copy the
 *   string into the root's arena, and a NULL value clears the field.
 * - Scalar getters return true and write *out when the field is present.
 * - Functions returning #infext_status give INFEXT_EINVAL for a NULL object
 *   or an out-of-range index and INFEXT_ENOMEM when memory runs out.
 * - Thread-safety: distinct objects may be used from distinct threads; one
 *   object tree may be read from many threads at once but written by one
 *   thread only, with no concurrent reader.
 */
#ifndef INFEXT_TYPES_H
#define INFEXT_TYPES_H

#include "infext/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Every kind the library knows; values are stable (the schema's `id`). */
typedef enum infext_kind {
    INFEXT_KIND_NONE = 0, /**< not a kind */
    INFEXT_KIND_V1_INFERENCE_POOL = 1, /**< inference.networking.k8s.io/v1 InferencePool */
    INFEXT_KIND_V1_INFERENCE_POOL_LIST = 2, /**< inference.networking.k8s.io/v1 InferencePoolList */
    INFEXT_KIND_V1ALPHA2_INFERENCE_POOL = 3, /**< inference.networking.x-k8s.io/v1alpha2 InferencePool */
    INFEXT_KIND_V1ALPHA2_INFERENCE_POOL_LIST = 4, /**< inference.networking.x-k8s.io/v1alpha2 InferencePoolList */
    INFEXT_KIND_V1ALPHA2_INFERENCE_OBJECTIVE = 5, /**< inference.networking.x-k8s.io/v1alpha2 InferenceObjective */
    INFEXT_KIND_V1ALPHA2_INFERENCE_OBJECTIVE_LIST = 6, /**< inference.networking.x-k8s.io/v1alpha2 InferenceObjectiveList */
    INFEXT_KIND_V1ALPHA2_INFERENCE_MODEL_REWRITE = 7, /**< inference.networking.x-k8s.io/v1alpha2 InferenceModelRewrite */
    INFEXT_KIND_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST = 8, /**< inference.networking.x-k8s.io/v1alpha2 InferenceModelRewriteList */
    INFEXT_KIND_V1ALPHA1_INFERENCE_POOL_IMPORT = 9, /**< inference.networking.x-k8s.io/v1alpha1 InferencePoolImport */
    INFEXT_KIND_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST = 10, /**< inference.networking.x-k8s.io/v1alpha1 InferencePoolImportList */
    INFEXT_KIND_V1ALPHA1_ENDPOINT_PICKER_CONFIG = 11, /**< inference.networking.x-k8s.io/v1alpha1 EndpointPickerConfig */
    INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE = 12, /**< llm-d.ai/v1alpha2 InferenceObjective */
    INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST = 13, /**< llm-d.ai/v1alpha2 InferenceObjectiveList */
    INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE = 14, /**< llm-d.ai/v1alpha2 InferenceModelRewrite */
    INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST = 15, /**< llm-d.ai/v1alpha2 InferenceModelRewriteList */
    INFEXT_KIND_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG = 16, /**< llm-d.ai/v1alpha1 EndpointPickerConfig */
} infext_kind;

/**
 * The CRD bundles validation and defaulting can judge by (see
 * docs/validation.md); values are stable, a later bundle gets the next one.
 */
typedef enum infext_bundle {
    INFEXT_BUNDLE_NEWEST = 0, /**< the newest bundle this library knows */
    INFEXT_BUNDLE_V1_2_0 = 1, /**< GIE v1.2.0 (November 2025) */
    INFEXT_BUNDLE_V1_3_1 = 2, /**< GIE v1.3.1 */
    INFEXT_BUNDLE_V1_4_0 = 3, /**< GIE v1.4.0 */
    INFEXT_BUNDLE_V1_5_0 = 4, /**< GIE v1.5.0 */
    INFEXT_BUNDLE_V1_6_0 = 5, /**< GIE v1.6.0 with llm-d-router v0.10.0 */
} infext_bundle;

/**
 * The dialects an EndpointPickerConfig can be written in (see infext/epc.h
 * and docs/epp-config.md); values are stable, a later dialect gets the next one.
 */
typedef enum infext_epc_dialect {
    INFEXT_EPC_DIALECT_UNKNOWN = 0, /**< not known, or not one dialect */
    INFEXT_EPC_DIALECT_GIE_V1_0 = 1, /**< gie-v1.0: GIE v1.0 to v1.2 */
    INFEXT_EPC_DIALECT_GIE_V1_3 = 2, /**< gie-v1.3: GIE v1.3 and v1.4 */
    INFEXT_EPC_DIALECT_GIE_V1_5 = 3, /**< gie-v1.5: GIE v1.5 */
    INFEXT_EPC_DIALECT_LLM_D_V0_10 = 4, /**< llm-d-v0.10: llm-d-router v0.10 (GIE v1.6) */
    INFEXT_EPC_DIALECT_HEIMDALL = 5, /**< heimdall: Heimdall (MoAI Inference Framework, moreh-v0.7) */
} infext_epc_dialect;

/** Options of the decoders; see infext/codec.h. */
typedef struct infext_decode_options infext_decode_options;
/** Options of the encoders; see infext/codec.h. */
typedef struct infext_encode_options infext_encode_options;
/** A root object of any kind; see infext/object.h. */
typedef struct infext_object infext_object;

/** Standard object metadata (metadata) of a Kubernetes resource. */
typedef struct infext_object_meta infext_object_meta;
/** Reference to an owning object. */
typedef struct infext_owner_reference infext_owner_reference;
/** Metadata of a List kind. */
typedef struct infext_list_meta infext_list_meta;
/** One observed condition of an object (metav1.Condition). */
typedef struct infext_condition infext_condition;
/** An InferencePool of API version inference.networking.k8s.io/v1. */
typedef struct infext_v1_inference_pool infext_v1_inference_pool;
/** A list of v1 InferencePools. */
typedef struct infext_v1_inference_pool_list infext_v1_inference_pool_list;
/** Desired state of a v1 InferencePool. */
typedef struct infext_v1_inference_pool_spec infext_v1_inference_pool_spec;
/** Label selector of a v1 InferencePool (matchLabels only). */
typedef struct infext_v1_label_selector infext_v1_label_selector;
/** A port number. */
typedef struct infext_v1_port infext_v1_port;
/** Reference to the endpoint picker extension of a v1 InferencePool. */
typedef struct infext_v1_endpoint_picker_ref infext_v1_endpoint_picker_ref;
/** Observed state of a v1 InferencePool. */
typedef struct infext_v1_inference_pool_status infext_v1_inference_pool_status;
/** Status of a pool as seen by one parent. */
typedef struct infext_v1_parent_status infext_v1_parent_status;
/** Reference to a parent resource (usually a Gateway). */
typedef struct infext_v1_parent_reference infext_v1_parent_reference;
/** An InferencePool of API version inference.networking.x-k8s.io/v1alpha2. */
typedef struct infext_v1alpha2_inference_pool infext_v1alpha2_inference_pool;
/** A list of v1alpha2 InferencePools. */
typedef struct infext_v1alpha2_inference_pool_list infext_v1alpha2_inference_pool_list;
/** Desired state of a v1alpha2 InferencePool. */
typedef struct infext_v1alpha2_inference_pool_spec infext_v1alpha2_inference_pool_spec;
/** Reference to the endpoint picker extension of a v1alpha2 InferencePool. */
typedef struct infext_v1alpha2_extension_reference infext_v1alpha2_extension_reference;
/** Observed state of a v1alpha2 InferencePool. */
typedef struct infext_v1alpha2_inference_pool_status infext_v1alpha2_inference_pool_status;
/** Status of a v1alpha2 pool as seen by one parent. */
typedef struct infext_v1alpha2_pool_status infext_v1alpha2_pool_status;
/** Reference to a parent Gateway of a v1alpha2 pool. */
typedef struct infext_v1alpha2_parent_gateway_reference infext_v1alpha2_parent_gateway_reference;
/** An InferenceObjective (inference.networking.x-k8s.io/v1alpha2). */
typedef struct infext_v1alpha2_inference_objective infext_v1alpha2_inference_objective;
/** A list of InferenceObjectives. */
typedef struct infext_v1alpha2_inference_objective_list infext_v1alpha2_inference_objective_list;
/** Desired state of an InferenceObjective. */
typedef struct infext_v1alpha2_inference_objective_spec infext_v1alpha2_inference_objective_spec;
/** Reference to an InferencePool. */
typedef struct infext_v1alpha2_pool_object_reference infext_v1alpha2_pool_object_reference;
/** Observed state of an InferenceObjective. */
typedef struct infext_v1alpha2_inference_objective_status infext_v1alpha2_inference_objective_status;
/** An InferenceModelRewrite (inference.networking.x-k8s.io/v1alpha2). */
typedef struct infext_v1alpha2_inference_model_rewrite infext_v1alpha2_inference_model_rewrite;
/** A list of InferenceModelRewrites. */
typedef struct infext_v1alpha2_inference_model_rewrite_list infext_v1alpha2_inference_model_rewrite_list;
/** Desired state of an InferenceModelRewrite. */
typedef struct infext_v1alpha2_inference_model_rewrite_spec infext_v1alpha2_inference_model_rewrite_spec;
/** One rewrite rule. */
typedef struct infext_v1alpha2_inference_model_rewrite_rule infext_v1alpha2_inference_model_rewrite_rule;
/** A match condition of a rewrite rule. */
typedef struct infext_v1alpha2_match infext_v1alpha2_match;
/** A model-name match. */
typedef struct infext_v1alpha2_model_match infext_v1alpha2_model_match;
/** A weighted rewrite target. */
typedef struct infext_v1alpha2_target_model infext_v1alpha2_target_model;
/** Observed state of an InferenceModelRewrite. */
typedef struct infext_v1alpha2_inference_model_rewrite_status infext_v1alpha2_inference_model_rewrite_status;
/** An InferenceObjective (llm-d.ai/v1alpha2). */
typedef struct infext_llmd_v1alpha2_inference_objective infext_llmd_v1alpha2_inference_objective;
/** A list of llm-d.ai InferenceObjectives. */
typedef struct infext_llmd_v1alpha2_inference_objective_list infext_llmd_v1alpha2_inference_objective_list;
/** Desired state of an llm-d.ai InferenceObjective. */
typedef struct infext_llmd_v1alpha2_inference_objective_spec infext_llmd_v1alpha2_inference_objective_spec;
/** An InferenceModelRewrite (llm-d.ai/v1alpha2). */
typedef struct infext_llmd_v1alpha2_inference_model_rewrite infext_llmd_v1alpha2_inference_model_rewrite;
/** A list of llm-d.ai InferenceModelRewrites. */
typedef struct infext_llmd_v1alpha2_inference_model_rewrite_list infext_llmd_v1alpha2_inference_model_rewrite_list;
/** Desired state of an llm-d.ai InferenceModelRewrite. */
typedef struct infext_llmd_v1alpha2_inference_model_rewrite_spec infext_llmd_v1alpha2_inference_model_rewrite_spec;
/** One rewrite rule of an llm-d.ai InferenceModelRewrite. */
typedef struct infext_llmd_v1alpha2_inference_model_rewrite_rule infext_llmd_v1alpha2_inference_model_rewrite_rule;
/** An InferencePoolImport (inference.networking.x-k8s.io/v1alpha1). */
typedef struct infext_v1alpha1_inference_pool_import infext_v1alpha1_inference_pool_import;
/** A list of InferencePoolImports. */
typedef struct infext_v1alpha1_inference_pool_import_list infext_v1alpha1_inference_pool_import_list;
/** Observed state of an InferencePoolImport. */
typedef struct infext_v1alpha1_inference_pool_import_status infext_v1alpha1_inference_pool_import_status;
/** Status of an import as written by one controller. */
typedef struct infext_v1alpha1_import_controller infext_v1alpha1_import_controller;
/** A cluster that exports a pool. */
typedef struct infext_v1alpha1_exporting_cluster infext_v1alpha1_exporting_cluster;
/** The endpoint picker's configuration file (not a CRD), apiVersion inference.networking.x-k8s.io/v1alpha1. */
typedef struct infext_v1alpha1_endpoint_picker_config infext_v1alpha1_endpoint_picker_config;
/** The endpoint picker's configuration file as llm-d-router reads it, apiVersion llm-d.ai/v1alpha1. */
typedef struct infext_llmd_v1alpha1_endpoint_picker_config infext_llmd_v1alpha1_endpoint_picker_config;
/** One plugin instance of an EndpointPickerConfig. */
typedef struct infext_v1alpha1_plugin_spec infext_v1alpha1_plugin_spec;
/** A scheduling profile. */
typedef struct infext_v1alpha1_scheduling_profile infext_v1alpha1_scheduling_profile;
/** A plugin used by a scheduling profile. */
typedef struct infext_v1alpha1_scheduling_plugin infext_v1alpha1_scheduling_plugin;
/** Saturation detector settings (thresholds, or a plugin reference). */
typedef struct infext_v1alpha1_saturation_detector infext_v1alpha1_saturation_detector;
/** Data layer configuration. */
typedef struct infext_v1alpha1_data_layer infext_v1alpha1_data_layer;
/** A data source and its extractors. */
typedef struct infext_v1alpha1_data_layer_source infext_v1alpha1_data_layer_source;
/** A data extractor. */
typedef struct infext_v1alpha1_data_layer_extractor infext_v1alpha1_data_layer_extractor;
/** The endpoint discovery plugin of the data layer (llm-d-router). */
typedef struct infext_llmd_v1alpha1_discovery infext_llmd_v1alpha1_discovery;
/** Request parser configuration. */
typedef struct infext_v1alpha1_parser infext_v1alpha1_parser;
/** Request handling configuration (llm-d-router). */
typedef struct infext_llmd_v1alpha1_request_handler infext_llmd_v1alpha1_request_handler;
/** Flow control configuration. */
typedef struct infext_v1alpha1_flow_control infext_v1alpha1_flow_control;
/** A flow-control priority band. */
typedef struct infext_v1alpha1_priority_band infext_v1alpha1_priority_band;

/** @name ObjectMeta
 * Standard object metadata (metadata) of a Kubernetes resource.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_object_meta_equal(const infext_object_meta *a, const infext_object_meta *b);
/**
 * Name, unique within the namespace.
 * @return `name` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_object_meta_get_name(const infext_object_meta *obj);
/**
 * Set `name` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_set_name(infext_object_meta *obj, const char *value);
/**
 * Whether `name` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_name(const infext_object_meta *obj);
/**
 * Remove `name`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_name(infext_object_meta *obj);
/**
 * Prefix the server uses to generate a name when none is given.
 * @return `generateName` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_object_meta_get_generate_name(const infext_object_meta *obj);
/**
 * Set `generateName` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_set_generate_name(infext_object_meta *obj, const char *value);
/**
 * Whether `generateName` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_generate_name(const infext_object_meta *obj);
/**
 * Remove `generateName`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_generate_name(infext_object_meta *obj);
/**
 * Namespace the object lives in.
 * @return `namespace` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_object_meta_get_namespace(const infext_object_meta *obj);
/**
 * Set `namespace` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_set_namespace(infext_object_meta *obj, const char *value);
/**
 * Whether `namespace` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_namespace(const infext_object_meta *obj);
/**
 * Remove `namespace`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_namespace(infext_object_meta *obj);
/**
 * Deprecated URL of the object, kept for round trips.
 * @return `selfLink` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_object_meta_get_self_link(const infext_object_meta *obj);
/**
 * Set `selfLink` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_set_self_link(infext_object_meta *obj, const char *value);
/**
 * Whether `selfLink` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_self_link(const infext_object_meta *obj);
/**
 * Remove `selfLink`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_self_link(infext_object_meta *obj);
/**
 * Unique identifier assigned by the server.
 * @return `uid` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_object_meta_get_uid(const infext_object_meta *obj);
/**
 * Set `uid` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_set_uid(infext_object_meta *obj, const char *value);
/**
 * Whether `uid` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_uid(const infext_object_meta *obj);
/**
 * Remove `uid`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_uid(infext_object_meta *obj);
/**
 * Opaque version used for optimistic concurrency.
 * @return `resourceVersion` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_object_meta_get_resource_version(const infext_object_meta *obj);
/**
 * Set `resourceVersion` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_set_resource_version(infext_object_meta *obj, const char *value);
/**
 * Whether `resourceVersion` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_resource_version(const infext_object_meta *obj);
/**
 * Remove `resourceVersion`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_resource_version(infext_object_meta *obj);
/**
 * Sequence number of the desired state.
 * @param[out] out receives `generation` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_object_meta_get_generation(int64_t *out, const infext_object_meta *obj);
/**
 * Set `generation` (a 64-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_object_meta_set_generation(infext_object_meta *obj, int64_t value);
/**
 * Whether `generation` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_generation(const infext_object_meta *obj);
/**
 * Remove `generation`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_generation(infext_object_meta *obj);
/**
 * Time the object was created (RFC 3339).
 * @return `creationTimestamp` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_object_meta_get_creation_timestamp(const infext_object_meta *obj);
/**
 * Set `creationTimestamp` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_set_creation_timestamp(infext_object_meta *obj, const char *value);
/**
 * Whether `creationTimestamp` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_creation_timestamp(const infext_object_meta *obj);
/**
 * Remove `creationTimestamp`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_creation_timestamp(infext_object_meta *obj);
/**
 * Time after which the object will be deleted (RFC 3339).
 * @return `deletionTimestamp` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_object_meta_get_deletion_timestamp(const infext_object_meta *obj);
/**
 * Set `deletionTimestamp` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_set_deletion_timestamp(infext_object_meta *obj, const char *value);
/**
 * Whether `deletionTimestamp` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_deletion_timestamp(const infext_object_meta *obj);
/**
 * Remove `deletionTimestamp`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_deletion_timestamp(infext_object_meta *obj);
/**
 * Seconds allowed for graceful termination.
 * @param[out] out receives `deletionGracePeriodSeconds` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_object_meta_get_deletion_grace_period_seconds(int64_t *out, const infext_object_meta *obj);
/**
 * Set `deletionGracePeriodSeconds` (a 64-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_object_meta_set_deletion_grace_period_seconds(infext_object_meta *obj, int64_t value);
/**
 * Whether `deletionGracePeriodSeconds` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_deletion_grace_period_seconds(const infext_object_meta *obj);
/**
 * Remove `deletionGracePeriodSeconds`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_deletion_grace_period_seconds(infext_object_meta *obj);
/**
 * Value of @p key in `labels` (Labels used to select the object.)
 * @return a borrowed string, or NULL when the key is absent.
 */
INFEXT_API const char *infext_object_meta_labels_get(const infext_object_meta *obj, const char *key);
/**
 * Set @p key of `labels` to a copy of @p value, replacing an existing
 * entry in place or appending a new one.
 * @return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_labels_set(infext_object_meta *obj, const char *key, const char *value);
/**
 * Remove @p key from `labels`.
 * @return INFEXT_OK, INFEXT_ENOTFOUND, INFEXT_EINVAL.
 */
INFEXT_API infext_status infext_object_meta_labels_remove(infext_object_meta *obj, const char *key);
/**
 * Number of entries of `labels`; 0 when absent.
 */
INFEXT_API size_t infext_object_meta_labels_count(const infext_object_meta *obj);
/**
 * Entry @p index of `labels`, in insertion order (for iteration).
 * @param[out] key,value receive borrowed strings; either may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_object_meta_labels_at(const char **key, const char **value, const infext_object_meta *obj, size_t index);
/**
 * Whether `labels` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_labels(const infext_object_meta *obj);
/**
 * Remove `labels`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_labels(infext_object_meta *obj);
/**
 * Value of @p key in `annotations` (Free-form annotations.)
 * @return a borrowed string, or NULL when the key is absent.
 */
INFEXT_API const char *infext_object_meta_annotations_get(const infext_object_meta *obj, const char *key);
/**
 * Set @p key of `annotations` to a copy of @p value, replacing an existing
 * entry in place or appending a new one.
 * @return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_annotations_set(infext_object_meta *obj, const char *key, const char *value);
/**
 * Remove @p key from `annotations`.
 * @return INFEXT_OK, INFEXT_ENOTFOUND, INFEXT_EINVAL.
 */
INFEXT_API infext_status infext_object_meta_annotations_remove(infext_object_meta *obj, const char *key);
/**
 * Number of entries of `annotations`; 0 when absent.
 */
INFEXT_API size_t infext_object_meta_annotations_count(const infext_object_meta *obj);
/**
 * Entry @p index of `annotations`, in insertion order (for iteration).
 * @param[out] key,value receive borrowed strings; either may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_object_meta_annotations_at(const char **key, const char **value, const infext_object_meta *obj, size_t index);
/**
 * Whether `annotations` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_annotations(const infext_object_meta *obj);
/**
 * Remove `annotations`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_annotations(infext_object_meta *obj);
/**
 * Number of items of `ownerReferences` (Objects this object depends on.) 0 when absent.
 */
INFEXT_API size_t infext_object_meta_owner_references_count(const infext_object_meta *obj);
/**
 * Item @p index of `ownerReferences`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_owner_reference *infext_object_meta_owner_references_at(const infext_object_meta *obj, size_t index);
/**
 * Append a new empty item to `ownerReferences` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_owner_references_append(infext_owner_reference **out, infext_object_meta *obj);
/**
 * Insert a new empty item into `ownerReferences` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_owner_references_insert(infext_owner_reference **out, infext_object_meta *obj, size_t index);
/**
 * Remove item @p index of `ownerReferences`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_object_meta_owner_references_remove(infext_object_meta *obj, size_t index);
/**
 * Whether `ownerReferences` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_owner_references(const infext_object_meta *obj);
/**
 * Remove `ownerReferences`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_owner_references(infext_object_meta *obj);
/**
 * Number of strings in `finalizers` (Finalizers that must run before deletion.) 0 when absent.
 */
INFEXT_API size_t infext_object_meta_finalizers_count(const infext_object_meta *obj);
/**
 * String @p index of `finalizers`.
 * @return a borrowed string, or NULL when out of range.
 */
INFEXT_API const char *infext_object_meta_finalizers_at(const infext_object_meta *obj, size_t index);
/**
 * Append a copy of @p value to `finalizers`.
 * @return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_finalizers_append(infext_object_meta *obj, const char *value);
/**
 * Insert a copy of @p value into `finalizers` before @p index.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_finalizers_insert(infext_object_meta *obj, size_t index, const char *value);
/**
 * Remove string @p index of `finalizers`.
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_object_meta_finalizers_remove(infext_object_meta *obj, size_t index);
/**
 * Whether `finalizers` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_finalizers(const infext_object_meta *obj);
/**
 * Remove `finalizers`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_finalizers(infext_object_meta *obj);
/**
 * Server-side apply field ownership, kept verbatim.
 * @param[out] out receives `managedFields` as compact JSON text owned by the
 *            caller (infext_free()), or NULL when absent.
 * @return INFEXT_OK, INFEXT_ENOTFOUND when absent, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_get_managed_fields_json(char **out, const infext_object_meta *obj);
/**
 * Set `managedFields` from JSON text (any JSON value); NULL clears it.
 * @return INFEXT_OK, INFEXT_EPARSE for text that is not JSON,
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_object_meta_set_managed_fields_json(infext_object_meta *obj, const char *json);
/**
 * Whether `managedFields` is present. @return false for NULL.
 */
INFEXT_API bool infext_object_meta_has_managed_fields(const infext_object_meta *obj);
/**
 * Remove `managedFields`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_object_meta_clear_managed_fields(infext_object_meta *obj);
/** @} */

/** @name OwnerReference
 * Reference to an owning object.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_owner_reference_equal(const infext_owner_reference *a, const infext_owner_reference *b);
/**
 * API version of the owner. Required by the schema.
 * @return `apiVersion` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_owner_reference_get_api_version(const infext_owner_reference *obj);
/**
 * Set `apiVersion` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_owner_reference_set_api_version(infext_owner_reference *obj, const char *value);
/**
 * Whether `apiVersion` is present. @return false for NULL.
 */
INFEXT_API bool infext_owner_reference_has_api_version(const infext_owner_reference *obj);
/**
 * Remove `apiVersion`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_owner_reference_clear_api_version(infext_owner_reference *obj);
/**
 * Kind of the owner. Required by the schema.
 * @return `kind` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_owner_reference_get_kind(const infext_owner_reference *obj);
/**
 * Set `kind` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_owner_reference_set_kind(infext_owner_reference *obj, const char *value);
/**
 * Whether `kind` is present. @return false for NULL.
 */
INFEXT_API bool infext_owner_reference_has_kind(const infext_owner_reference *obj);
/**
 * Remove `kind`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_owner_reference_clear_kind(infext_owner_reference *obj);
/**
 * Name of the owner. Required by the schema.
 * @return `name` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_owner_reference_get_name(const infext_owner_reference *obj);
/**
 * Set `name` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_owner_reference_set_name(infext_owner_reference *obj, const char *value);
/**
 * Whether `name` is present. @return false for NULL.
 */
INFEXT_API bool infext_owner_reference_has_name(const infext_owner_reference *obj);
/**
 * Remove `name`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_owner_reference_clear_name(infext_owner_reference *obj);
/**
 * UID of the owner. Required by the schema.
 * @return `uid` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_owner_reference_get_uid(const infext_owner_reference *obj);
/**
 * Set `uid` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_owner_reference_set_uid(infext_owner_reference *obj, const char *value);
/**
 * Whether `uid` is present. @return false for NULL.
 */
INFEXT_API bool infext_owner_reference_has_uid(const infext_owner_reference *obj);
/**
 * Remove `uid`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_owner_reference_clear_uid(infext_owner_reference *obj);
/**
 * Whether the owner is the managing controller.
 * @param[out] out receives `controller` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_owner_reference_get_controller(bool *out, const infext_owner_reference *obj);
/**
 * Set `controller` (a boolean) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_owner_reference_set_controller(infext_owner_reference *obj, bool value);
/**
 * Whether `controller` is present. @return false for NULL.
 */
INFEXT_API bool infext_owner_reference_has_controller(const infext_owner_reference *obj);
/**
 * Remove `controller`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_owner_reference_clear_controller(infext_owner_reference *obj);
/**
 * Whether the owner cannot be deleted before this object.
 * @param[out] out receives `blockOwnerDeletion` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_owner_reference_get_block_owner_deletion(bool *out, const infext_owner_reference *obj);
/**
 * Set `blockOwnerDeletion` (a boolean) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_owner_reference_set_block_owner_deletion(infext_owner_reference *obj, bool value);
/**
 * Whether `blockOwnerDeletion` is present. @return false for NULL.
 */
INFEXT_API bool infext_owner_reference_has_block_owner_deletion(const infext_owner_reference *obj);
/**
 * Remove `blockOwnerDeletion`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_owner_reference_clear_block_owner_deletion(infext_owner_reference *obj);
/** @} */

/** @name ListMeta
 * Metadata of a List kind.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_list_meta_equal(const infext_list_meta *a, const infext_list_meta *b);
/**
 * Deprecated URL of the list.
 * @return `selfLink` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_list_meta_get_self_link(const infext_list_meta *obj);
/**
 * Set `selfLink` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_list_meta_set_self_link(infext_list_meta *obj, const char *value);
/**
 * Whether `selfLink` is present. @return false for NULL.
 */
INFEXT_API bool infext_list_meta_has_self_link(const infext_list_meta *obj);
/**
 * Remove `selfLink`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_list_meta_clear_self_link(infext_list_meta *obj);
/**
 * Version of the list as a whole.
 * @return `resourceVersion` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_list_meta_get_resource_version(const infext_list_meta *obj);
/**
 * Set `resourceVersion` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_list_meta_set_resource_version(infext_list_meta *obj, const char *value);
/**
 * Whether `resourceVersion` is present. @return false for NULL.
 */
INFEXT_API bool infext_list_meta_has_resource_version(const infext_list_meta *obj);
/**
 * Remove `resourceVersion`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_list_meta_clear_resource_version(infext_list_meta *obj);
/**
 * Token to fetch the next page.
 * @return `continue` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_list_meta_get_continue(const infext_list_meta *obj);
/**
 * Set `continue` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_list_meta_set_continue(infext_list_meta *obj, const char *value);
/**
 * Whether `continue` is present. @return false for NULL.
 */
INFEXT_API bool infext_list_meta_has_continue(const infext_list_meta *obj);
/**
 * Remove `continue`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_list_meta_clear_continue(infext_list_meta *obj);
/**
 * Number of items left after this page.
 * @param[out] out receives `remainingItemCount` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_list_meta_get_remaining_item_count(int64_t *out, const infext_list_meta *obj);
/**
 * Set `remainingItemCount` (a 64-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_list_meta_set_remaining_item_count(infext_list_meta *obj, int64_t value);
/**
 * Whether `remainingItemCount` is present. @return false for NULL.
 */
INFEXT_API bool infext_list_meta_has_remaining_item_count(const infext_list_meta *obj);
/**
 * Remove `remainingItemCount`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_list_meta_clear_remaining_item_count(infext_list_meta *obj);
/** @} */

/** @name Condition
 * One observed condition of an object (metav1.Condition).
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_condition_equal(const infext_condition *a, const infext_condition *b);
/**
 * Time the condition last changed status (RFC 3339). Required by the schema.
 * @return `lastTransitionTime` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_condition_get_last_transition_time(const infext_condition *obj);
/**
 * Set `lastTransitionTime` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_condition_set_last_transition_time(infext_condition *obj, const char *value);
/**
 * Whether `lastTransitionTime` is present. @return false for NULL.
 */
INFEXT_API bool infext_condition_has_last_transition_time(const infext_condition *obj);
/**
 * Remove `lastTransitionTime`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_condition_clear_last_transition_time(infext_condition *obj);
/**
 * Human-readable detail. Required by the schema.
 * @return `message` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_condition_get_message(const infext_condition *obj);
/**
 * Set `message` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_condition_set_message(infext_condition *obj, const char *value);
/**
 * Whether `message` is present. @return false for NULL.
 */
INFEXT_API bool infext_condition_has_message(const infext_condition *obj);
/**
 * Remove `message`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_condition_clear_message(infext_condition *obj);
/**
 * Generation the condition was computed for.
 * @param[out] out receives `observedGeneration` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_condition_get_observed_generation(int64_t *out, const infext_condition *obj);
/**
 * Set `observedGeneration` (a 64-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_condition_set_observed_generation(infext_condition *obj, int64_t value);
/**
 * Whether `observedGeneration` is present. @return false for NULL.
 */
INFEXT_API bool infext_condition_has_observed_generation(const infext_condition *obj);
/**
 * Remove `observedGeneration`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_condition_clear_observed_generation(infext_condition *obj);
/**
 * CamelCase reason for the last transition. Required by the schema.
 * @return `reason` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_condition_get_reason(const infext_condition *obj);
/**
 * Set `reason` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_condition_set_reason(infext_condition *obj, const char *value);
/**
 * Whether `reason` is present. @return false for NULL.
 */
INFEXT_API bool infext_condition_has_reason(const infext_condition *obj);
/**
 * Remove `reason`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_condition_clear_reason(infext_condition *obj);
/**
 * True, False or Unknown. Required by the schema.
 * @return `status` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_condition_get_status(const infext_condition *obj);
/**
 * Set `status` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_condition_set_status(infext_condition *obj, const char *value);
/**
 * Whether `status` is present. @return false for NULL.
 */
INFEXT_API bool infext_condition_has_status(const infext_condition *obj);
/**
 * Remove `status`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_condition_clear_status(infext_condition *obj);
/**
 * Type of the condition, e.g. Accepted. Required by the schema.
 * @return `type` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_condition_get_type(const infext_condition *obj);
/**
 * Set `type` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_condition_set_type(infext_condition *obj, const char *value);
/**
 * Whether `type` is present. @return false for NULL.
 */
INFEXT_API bool infext_condition_has_type(const infext_condition *obj);
/**
 * Remove `type`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_condition_clear_type(infext_condition *obj);
/** @} */

/** @name V1InferencePool
 * An InferencePool of API version inference.networking.k8s.io/v1.
 * @{ */
/**
 * Create an empty inference.networking.k8s.io/v1 InferencePool.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_v1_inference_pool_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_v1_inference_pool_new(infext_v1_inference_pool **out);
/**
 * Free a inference.networking.k8s.io/v1 InferencePool and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_v1_inference_pool_free(infext_v1_inference_pool *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_v1_inference_pool_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_clone(infext_v1_inference_pool **out, const infext_v1_inference_pool *obj);
/**
 * Decode one inference.networking.k8s.io/v1 InferencePool from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_decode(infext_v1_inference_pool **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_encode(char **out, size_t *out_len, const infext_v1_inference_pool *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_v1_inference_pool_as_object(infext_v1_inference_pool *obj);
/**
 * Checked down-cast of a generic handle to a inference.networking.k8s.io/v1 InferencePool.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_v1_inference_pool *infext_object_as_v1_inference_pool(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1_inference_pool_equal(const infext_v1_inference_pool *a, const infext_v1_inference_pool *b);
/**
 * Object metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_object_meta *infext_v1_inference_pool_get_metadata(const infext_v1_inference_pool *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_ensure_metadata(infext_object_meta **out, infext_v1_inference_pool *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_inference_pool_has_metadata(const infext_v1_inference_pool *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_inference_pool_clear_metadata(infext_v1_inference_pool *obj);
/**
 * Desired state of the pool. Required by the schema.
 * @return `spec`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1_inference_pool_spec *infext_v1_inference_pool_get_spec(const infext_v1_inference_pool *obj);
/**
 * Get `spec`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_ensure_spec(infext_v1_inference_pool_spec **out, infext_v1_inference_pool *obj);
/**
 * Whether `spec` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_inference_pool_has_spec(const infext_v1_inference_pool *obj);
/**
 * Remove `spec`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_inference_pool_clear_spec(infext_v1_inference_pool *obj);
/**
 * Observed state of the pool.
 * @return `status`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1_inference_pool_status *infext_v1_inference_pool_get_status(const infext_v1_inference_pool *obj);
/**
 * Get `status`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_ensure_status(infext_v1_inference_pool_status **out, infext_v1_inference_pool *obj);
/**
 * Whether `status` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_inference_pool_has_status(const infext_v1_inference_pool *obj);
/**
 * Remove `status`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_inference_pool_clear_status(infext_v1_inference_pool *obj);
/** @} */

/** @name V1InferencePoolList
 * A list of v1 InferencePools.
 * @{ */
/**
 * Create an empty inference.networking.k8s.io/v1 InferencePoolList.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_v1_inference_pool_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_v1_inference_pool_list_new(infext_v1_inference_pool_list **out);
/**
 * Free a inference.networking.k8s.io/v1 InferencePoolList and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_v1_inference_pool_list_free(infext_v1_inference_pool_list *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_v1_inference_pool_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_list_clone(infext_v1_inference_pool_list **out, const infext_v1_inference_pool_list *obj);
/**
 * Decode one inference.networking.k8s.io/v1 InferencePoolList from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_list_decode(infext_v1_inference_pool_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_list_encode(char **out, size_t *out_len, const infext_v1_inference_pool_list *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_v1_inference_pool_list_as_object(infext_v1_inference_pool_list *obj);
/**
 * Checked down-cast of a generic handle to a inference.networking.k8s.io/v1 InferencePoolList.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_v1_inference_pool_list *infext_object_as_v1_inference_pool_list(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1_inference_pool_list_equal(const infext_v1_inference_pool_list *a, const infext_v1_inference_pool_list *b);
/**
 * List metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_list_meta *infext_v1_inference_pool_list_get_metadata(const infext_v1_inference_pool_list *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_list_ensure_metadata(infext_list_meta **out, infext_v1_inference_pool_list *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_inference_pool_list_has_metadata(const infext_v1_inference_pool_list *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_inference_pool_list_clear_metadata(infext_v1_inference_pool_list *obj);
/**
 * Number of items of `items` (The pools.) 0 when absent.
 */
INFEXT_API size_t infext_v1_inference_pool_list_items_count(const infext_v1_inference_pool_list *obj);
/**
 * Item @p index of `items`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1_inference_pool *infext_v1_inference_pool_list_items_at(const infext_v1_inference_pool_list *obj, size_t index);
/**
 * Append a new empty item to `items` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_list_items_append(infext_v1_inference_pool **out, infext_v1_inference_pool_list *obj);
/**
 * Insert a new empty item into `items` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_list_items_insert(infext_v1_inference_pool **out, infext_v1_inference_pool_list *obj, size_t index);
/**
 * Remove item @p index of `items`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1_inference_pool_list_items_remove(infext_v1_inference_pool_list *obj, size_t index);
/**
 * Whether `items` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_inference_pool_list_has_items(const infext_v1_inference_pool_list *obj);
/**
 * Remove `items`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_inference_pool_list_clear_items(infext_v1_inference_pool_list *obj);
/** @} */

/** @name V1InferencePoolSpec
 * Desired state of a v1 InferencePool.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1_inference_pool_spec_equal(const infext_v1_inference_pool_spec *a, const infext_v1_inference_pool_spec *b);
/**
 * Selects the model server pods of the pool. Required by the schema.
 * @return `selector`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1_label_selector *infext_v1_inference_pool_spec_get_selector(const infext_v1_inference_pool_spec *obj);
/**
 * Get `selector`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_spec_ensure_selector(infext_v1_label_selector **out, infext_v1_inference_pool_spec *obj);
/**
 * Whether `selector` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_inference_pool_spec_has_selector(const infext_v1_inference_pool_spec *obj);
/**
 * Remove `selector`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_inference_pool_spec_clear_selector(infext_v1_inference_pool_spec *obj);
/**
 * Number of items of `targetPorts` (Ports of the model servers that receive traffic.) 0 when absent.
 */
INFEXT_API size_t infext_v1_inference_pool_spec_target_ports_count(const infext_v1_inference_pool_spec *obj);
/**
 * Item @p index of `targetPorts`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1_port *infext_v1_inference_pool_spec_target_ports_at(const infext_v1_inference_pool_spec *obj, size_t index);
/**
 * Append a new empty item to `targetPorts` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_spec_target_ports_append(infext_v1_port **out, infext_v1_inference_pool_spec *obj);
/**
 * Insert a new empty item into `targetPorts` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_spec_target_ports_insert(infext_v1_port **out, infext_v1_inference_pool_spec *obj, size_t index);
/**
 * Remove item @p index of `targetPorts`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1_inference_pool_spec_target_ports_remove(infext_v1_inference_pool_spec *obj, size_t index);
/**
 * Whether `targetPorts` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_inference_pool_spec_has_target_ports(const infext_v1_inference_pool_spec *obj);
/**
 * Remove `targetPorts`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_inference_pool_spec_clear_target_ports(infext_v1_inference_pool_spec *obj);
/**
 * The endpoint picker extension serving this pool. Required by the schema until bundle v1.5.0.
 * @return `endpointPickerRef`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1_endpoint_picker_ref *infext_v1_inference_pool_spec_get_endpoint_picker_ref(const infext_v1_inference_pool_spec *obj);
/**
 * Get `endpointPickerRef`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_spec_ensure_endpoint_picker_ref(infext_v1_endpoint_picker_ref **out, infext_v1_inference_pool_spec *obj);
/**
 * Whether `endpointPickerRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_inference_pool_spec_has_endpoint_picker_ref(const infext_v1_inference_pool_spec *obj);
/**
 * Remove `endpointPickerRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_inference_pool_spec_clear_endpoint_picker_ref(infext_v1_inference_pool_spec *obj);
/**
 * Protocol the gateway speaks to the model servers: http or kubernetes.io/h2c. In bundles v1.4.0 to the newest.
 * @return `appProtocol` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1_inference_pool_spec_get_app_protocol(const infext_v1_inference_pool_spec *obj);
/**
 * Set `appProtocol` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_spec_set_app_protocol(infext_v1_inference_pool_spec *obj, const char *value);
/**
 * Whether `appProtocol` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_inference_pool_spec_has_app_protocol(const infext_v1_inference_pool_spec *obj);
/**
 * Remove `appProtocol`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_inference_pool_spec_clear_app_protocol(infext_v1_inference_pool_spec *obj);
/** @} */

/** @name V1LabelSelector
 * Label selector of a v1 InferencePool (matchLabels only).
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1_label_selector_equal(const infext_v1_label_selector *a, const infext_v1_label_selector *b);
/**
 * Value of @p key in `matchLabels` (Labels a pod must carry to belong to the pool.)
 * @return a borrowed string, or NULL when the key is absent.
 */
INFEXT_API const char *infext_v1_label_selector_match_labels_get(const infext_v1_label_selector *obj, const char *key);
/**
 * Set @p key of `matchLabels` to a copy of @p value, replacing an existing
 * entry in place or appending a new one.
 * @return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_label_selector_match_labels_set(infext_v1_label_selector *obj, const char *key, const char *value);
/**
 * Remove @p key from `matchLabels`.
 * @return INFEXT_OK, INFEXT_ENOTFOUND, INFEXT_EINVAL.
 */
INFEXT_API infext_status infext_v1_label_selector_match_labels_remove(infext_v1_label_selector *obj, const char *key);
/**
 * Number of entries of `matchLabels`; 0 when absent.
 */
INFEXT_API size_t infext_v1_label_selector_match_labels_count(const infext_v1_label_selector *obj);
/**
 * Entry @p index of `matchLabels`, in insertion order (for iteration).
 * @param[out] key,value receive borrowed strings; either may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1_label_selector_match_labels_at(const char **key, const char **value, const infext_v1_label_selector *obj, size_t index);
/**
 * Whether `matchLabels` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_label_selector_has_match_labels(const infext_v1_label_selector *obj);
/**
 * Remove `matchLabels`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_label_selector_clear_match_labels(infext_v1_label_selector *obj);
/** @} */

/** @name V1Port
 * A port number.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1_port_equal(const infext_v1_port *a, const infext_v1_port *b);
/**
 * Port number, 1 to 65535. Required by the schema.
 * @param[out] out receives `number` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1_port_get_number(int32_t *out, const infext_v1_port *obj);
/**
 * Set `number` (a 32-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1_port_set_number(infext_v1_port *obj, int32_t value);
/**
 * Whether `number` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_port_has_number(const infext_v1_port *obj);
/**
 * Remove `number`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_port_clear_number(infext_v1_port *obj);
/** @} */

/** @name V1EndpointPickerRef
 * Reference to the endpoint picker extension of a v1 InferencePool.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1_endpoint_picker_ref_equal(const infext_v1_endpoint_picker_ref *a, const infext_v1_endpoint_picker_ref *b);
/**
 * API group of the referent; empty for the core group.
 * @return `group` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1_endpoint_picker_ref_get_group(const infext_v1_endpoint_picker_ref *obj);
/**
 * Set `group` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_endpoint_picker_ref_set_group(infext_v1_endpoint_picker_ref *obj, const char *value);
/**
 * Whether `group` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_endpoint_picker_ref_has_group(const infext_v1_endpoint_picker_ref *obj);
/**
 * Remove `group`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_endpoint_picker_ref_clear_group(infext_v1_endpoint_picker_ref *obj);
/**
 * Kind of the referent, Service by default.
 * @return `kind` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1_endpoint_picker_ref_get_kind(const infext_v1_endpoint_picker_ref *obj);
/**
 * Set `kind` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_endpoint_picker_ref_set_kind(infext_v1_endpoint_picker_ref *obj, const char *value);
/**
 * Whether `kind` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_endpoint_picker_ref_has_kind(const infext_v1_endpoint_picker_ref *obj);
/**
 * Remove `kind`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_endpoint_picker_ref_clear_kind(infext_v1_endpoint_picker_ref *obj);
/**
 * Name of the referent. Required by the schema.
 * @return `name` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1_endpoint_picker_ref_get_name(const infext_v1_endpoint_picker_ref *obj);
/**
 * Set `name` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_endpoint_picker_ref_set_name(infext_v1_endpoint_picker_ref *obj, const char *value);
/**
 * Whether `name` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_endpoint_picker_ref_has_name(const infext_v1_endpoint_picker_ref *obj);
/**
 * Remove `name`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_endpoint_picker_ref_clear_name(infext_v1_endpoint_picker_ref *obj);
/**
 * Port of the referent; required when kind is Service.
 * @return `port`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1_port *infext_v1_endpoint_picker_ref_get_port(const infext_v1_endpoint_picker_ref *obj);
/**
 * Get `port`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_endpoint_picker_ref_ensure_port(infext_v1_port **out, infext_v1_endpoint_picker_ref *obj);
/**
 * Whether `port` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_endpoint_picker_ref_has_port(const infext_v1_endpoint_picker_ref *obj);
/**
 * Remove `port`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_endpoint_picker_ref_clear_port(infext_v1_endpoint_picker_ref *obj);
/**
 * What the gateway does when the picker is unreachable.
 * @return `failureMode` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1_endpoint_picker_ref_get_failure_mode(const infext_v1_endpoint_picker_ref *obj);
/**
 * Set `failureMode` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_endpoint_picker_ref_set_failure_mode(infext_v1_endpoint_picker_ref *obj, const char *value);
/**
 * Whether `failureMode` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_endpoint_picker_ref_has_failure_mode(const infext_v1_endpoint_picker_ref *obj);
/**
 * Remove `failureMode`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_endpoint_picker_ref_clear_failure_mode(infext_v1_endpoint_picker_ref *obj);
/** @} */

/** @name V1InferencePoolStatus
 * Observed state of a v1 InferencePool.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1_inference_pool_status_equal(const infext_v1_inference_pool_status *a, const infext_v1_inference_pool_status *b);
/**
 * Number of items of `parents` (Status reported by each parent (Gateway).) 0 when absent.
 */
INFEXT_API size_t infext_v1_inference_pool_status_parents_count(const infext_v1_inference_pool_status *obj);
/**
 * Item @p index of `parents`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1_parent_status *infext_v1_inference_pool_status_parents_at(const infext_v1_inference_pool_status *obj, size_t index);
/**
 * Append a new empty item to `parents` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_status_parents_append(infext_v1_parent_status **out, infext_v1_inference_pool_status *obj);
/**
 * Insert a new empty item into `parents` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_inference_pool_status_parents_insert(infext_v1_parent_status **out, infext_v1_inference_pool_status *obj, size_t index);
/**
 * Remove item @p index of `parents`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1_inference_pool_status_parents_remove(infext_v1_inference_pool_status *obj, size_t index);
/**
 * Whether `parents` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_inference_pool_status_has_parents(const infext_v1_inference_pool_status *obj);
/**
 * Remove `parents`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_inference_pool_status_clear_parents(infext_v1_inference_pool_status *obj);
/** @} */

/** @name V1ParentStatus
 * Status of a pool as seen by one parent.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1_parent_status_equal(const infext_v1_parent_status *a, const infext_v1_parent_status *b);
/**
 * Number of items of `conditions` (Conditions for this parent.) 0 when absent.
 */
INFEXT_API size_t infext_v1_parent_status_conditions_count(const infext_v1_parent_status *obj);
/**
 * Item @p index of `conditions`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_condition *infext_v1_parent_status_conditions_at(const infext_v1_parent_status *obj, size_t index);
/**
 * Append a new empty item to `conditions` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_parent_status_conditions_append(infext_condition **out, infext_v1_parent_status *obj);
/**
 * Insert a new empty item into `conditions` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_parent_status_conditions_insert(infext_condition **out, infext_v1_parent_status *obj, size_t index);
/**
 * Remove item @p index of `conditions`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1_parent_status_conditions_remove(infext_v1_parent_status *obj, size_t index);
/**
 * Whether `conditions` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_parent_status_has_conditions(const infext_v1_parent_status *obj);
/**
 * Remove `conditions`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_parent_status_clear_conditions(infext_v1_parent_status *obj);
/**
 * Controller that wrote this status.
 * @return `controllerName` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1_parent_status_get_controller_name(const infext_v1_parent_status *obj);
/**
 * Set `controllerName` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_parent_status_set_controller_name(infext_v1_parent_status *obj, const char *value);
/**
 * Whether `controllerName` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_parent_status_has_controller_name(const infext_v1_parent_status *obj);
/**
 * Remove `controllerName`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_parent_status_clear_controller_name(infext_v1_parent_status *obj);
/**
 * The parent this status is for. Required by the schema.
 * @return `parentRef`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1_parent_reference *infext_v1_parent_status_get_parent_ref(const infext_v1_parent_status *obj);
/**
 * Get `parentRef`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_parent_status_ensure_parent_ref(infext_v1_parent_reference **out, infext_v1_parent_status *obj);
/**
 * Whether `parentRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_parent_status_has_parent_ref(const infext_v1_parent_status *obj);
/**
 * Remove `parentRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_parent_status_clear_parent_ref(infext_v1_parent_status *obj);
/** @} */

/** @name V1ParentReference
 * Reference to a parent resource (usually a Gateway).
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1_parent_reference_equal(const infext_v1_parent_reference *a, const infext_v1_parent_reference *b);
/**
 * API group of the parent.
 * @return `group` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1_parent_reference_get_group(const infext_v1_parent_reference *obj);
/**
 * Set `group` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_parent_reference_set_group(infext_v1_parent_reference *obj, const char *value);
/**
 * Whether `group` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_parent_reference_has_group(const infext_v1_parent_reference *obj);
/**
 * Remove `group`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_parent_reference_clear_group(infext_v1_parent_reference *obj);
/**
 * Kind of the parent.
 * @return `kind` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1_parent_reference_get_kind(const infext_v1_parent_reference *obj);
/**
 * Set `kind` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_parent_reference_set_kind(infext_v1_parent_reference *obj, const char *value);
/**
 * Whether `kind` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_parent_reference_has_kind(const infext_v1_parent_reference *obj);
/**
 * Remove `kind`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_parent_reference_clear_kind(infext_v1_parent_reference *obj);
/**
 * Name of the parent. Required by the schema.
 * @return `name` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1_parent_reference_get_name(const infext_v1_parent_reference *obj);
/**
 * Set `name` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_parent_reference_set_name(infext_v1_parent_reference *obj, const char *value);
/**
 * Whether `name` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_parent_reference_has_name(const infext_v1_parent_reference *obj);
/**
 * Remove `name`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_parent_reference_clear_name(infext_v1_parent_reference *obj);
/**
 * Namespace of the parent.
 * @return `namespace` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1_parent_reference_get_namespace(const infext_v1_parent_reference *obj);
/**
 * Set `namespace` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1_parent_reference_set_namespace(infext_v1_parent_reference *obj, const char *value);
/**
 * Whether `namespace` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1_parent_reference_has_namespace(const infext_v1_parent_reference *obj);
/**
 * Remove `namespace`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1_parent_reference_clear_namespace(infext_v1_parent_reference *obj);
/** @} */

/** @name V1alpha2InferencePool
 * An InferencePool of API version inference.networking.x-k8s.io/v1alpha2.
 * @{ */
/**
 * Create an empty inference.networking.x-k8s.io/v1alpha2 InferencePool.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_v1alpha2_inference_pool_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_new(infext_v1alpha2_inference_pool **out);
/**
 * Free a inference.networking.x-k8s.io/v1alpha2 InferencePool and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_v1alpha2_inference_pool_free(infext_v1alpha2_inference_pool *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_v1alpha2_inference_pool_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_clone(infext_v1alpha2_inference_pool **out, const infext_v1alpha2_inference_pool *obj);
/**
 * Decode one inference.networking.x-k8s.io/v1alpha2 InferencePool from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_decode(infext_v1alpha2_inference_pool **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_pool *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_v1alpha2_inference_pool_as_object(infext_v1alpha2_inference_pool *obj);
/**
 * Checked down-cast of a generic handle to a inference.networking.x-k8s.io/v1alpha2 InferencePool.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_v1alpha2_inference_pool *infext_object_as_v1alpha2_inference_pool(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_equal(const infext_v1alpha2_inference_pool *a, const infext_v1alpha2_inference_pool *b);
/**
 * Object metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_object_meta *infext_v1alpha2_inference_pool_get_metadata(const infext_v1alpha2_inference_pool *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_ensure_metadata(infext_object_meta **out, infext_v1alpha2_inference_pool *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_has_metadata(const infext_v1alpha2_inference_pool *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_pool_clear_metadata(infext_v1alpha2_inference_pool *obj);
/**
 * Desired state of the pool.
 * @return `spec`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_inference_pool_spec *infext_v1alpha2_inference_pool_get_spec(const infext_v1alpha2_inference_pool *obj);
/**
 * Get `spec`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_ensure_spec(infext_v1alpha2_inference_pool_spec **out, infext_v1alpha2_inference_pool *obj);
/**
 * Whether `spec` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_has_spec(const infext_v1alpha2_inference_pool *obj);
/**
 * Remove `spec`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_pool_clear_spec(infext_v1alpha2_inference_pool *obj);
/**
 * Observed state of the pool.
 * @return `status`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_inference_pool_status *infext_v1alpha2_inference_pool_get_status(const infext_v1alpha2_inference_pool *obj);
/**
 * Get `status`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_ensure_status(infext_v1alpha2_inference_pool_status **out, infext_v1alpha2_inference_pool *obj);
/**
 * Whether `status` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_has_status(const infext_v1alpha2_inference_pool *obj);
/**
 * Remove `status`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_pool_clear_status(infext_v1alpha2_inference_pool *obj);
/** @} */

/** @name V1alpha2InferencePoolList
 * A list of v1alpha2 InferencePools.
 * @{ */
/**
 * Create an empty inference.networking.x-k8s.io/v1alpha2 InferencePoolList.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_v1alpha2_inference_pool_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_new(infext_v1alpha2_inference_pool_list **out);
/**
 * Free a inference.networking.x-k8s.io/v1alpha2 InferencePoolList and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_v1alpha2_inference_pool_list_free(infext_v1alpha2_inference_pool_list *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_v1alpha2_inference_pool_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_clone(infext_v1alpha2_inference_pool_list **out, const infext_v1alpha2_inference_pool_list *obj);
/**
 * Decode one inference.networking.x-k8s.io/v1alpha2 InferencePoolList from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_decode(infext_v1alpha2_inference_pool_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_pool_list *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_v1alpha2_inference_pool_list_as_object(infext_v1alpha2_inference_pool_list *obj);
/**
 * Checked down-cast of a generic handle to a inference.networking.x-k8s.io/v1alpha2 InferencePoolList.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_v1alpha2_inference_pool_list *infext_object_as_v1alpha2_inference_pool_list(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_list_equal(const infext_v1alpha2_inference_pool_list *a, const infext_v1alpha2_inference_pool_list *b);
/**
 * List metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_list_meta *infext_v1alpha2_inference_pool_list_get_metadata(const infext_v1alpha2_inference_pool_list *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_ensure_metadata(infext_list_meta **out, infext_v1alpha2_inference_pool_list *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_list_has_metadata(const infext_v1alpha2_inference_pool_list *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_pool_list_clear_metadata(infext_v1alpha2_inference_pool_list *obj);
/**
 * Number of items of `items` (The pools.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_inference_pool_list_items_count(const infext_v1alpha2_inference_pool_list *obj);
/**
 * Item @p index of `items`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha2_inference_pool *infext_v1alpha2_inference_pool_list_items_at(const infext_v1alpha2_inference_pool_list *obj, size_t index);
/**
 * Append a new empty item to `items` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_items_append(infext_v1alpha2_inference_pool **out, infext_v1alpha2_inference_pool_list *obj);
/**
 * Insert a new empty item into `items` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_items_insert(infext_v1alpha2_inference_pool **out, infext_v1alpha2_inference_pool_list *obj, size_t index);
/**
 * Remove item @p index of `items`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_items_remove(infext_v1alpha2_inference_pool_list *obj, size_t index);
/**
 * Whether `items` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_list_has_items(const infext_v1alpha2_inference_pool_list *obj);
/**
 * Remove `items`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_pool_list_clear_items(infext_v1alpha2_inference_pool_list *obj);
/** @} */

/** @name V1alpha2InferencePoolSpec
 * Desired state of a v1alpha2 InferencePool.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_spec_equal(const infext_v1alpha2_inference_pool_spec *a, const infext_v1alpha2_inference_pool_spec *b);
/**
 * Value of @p key in `selector` (Labels a pod must carry to belong to the pool.)
 * @return a borrowed string, or NULL when the key is absent.
 */
INFEXT_API const char *infext_v1alpha2_inference_pool_spec_selector_get(const infext_v1alpha2_inference_pool_spec *obj, const char *key);
/**
 * Set @p key of `selector` to a copy of @p value, replacing an existing
 * entry in place or appending a new one.
 * @return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_spec_selector_set(infext_v1alpha2_inference_pool_spec *obj, const char *key, const char *value);
/**
 * Remove @p key from `selector`.
 * @return INFEXT_OK, INFEXT_ENOTFOUND, INFEXT_EINVAL.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_spec_selector_remove(infext_v1alpha2_inference_pool_spec *obj, const char *key);
/**
 * Number of entries of `selector`; 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_inference_pool_spec_selector_count(const infext_v1alpha2_inference_pool_spec *obj);
/**
 * Entry @p index of `selector`, in insertion order (for iteration).
 * @param[out] key,value receive borrowed strings; either may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_spec_selector_at(const char **key, const char **value, const infext_v1alpha2_inference_pool_spec *obj, size_t index);
/**
 * Whether `selector` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_spec_has_selector(const infext_v1alpha2_inference_pool_spec *obj);
/**
 * Remove `selector`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_pool_spec_clear_selector(infext_v1alpha2_inference_pool_spec *obj);
/**
 * Port of the model servers that receives traffic. Required by the schema.
 * @param[out] out receives `targetPortNumber` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1alpha2_inference_pool_spec_get_target_port_number(int32_t *out, const infext_v1alpha2_inference_pool_spec *obj);
/**
 * Set `targetPortNumber` (a 32-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_spec_set_target_port_number(infext_v1alpha2_inference_pool_spec *obj, int32_t value);
/**
 * Whether `targetPortNumber` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_spec_has_target_port_number(const infext_v1alpha2_inference_pool_spec *obj);
/**
 * Remove `targetPortNumber`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_pool_spec_clear_target_port_number(infext_v1alpha2_inference_pool_spec *obj);
/**
 * The endpoint picker extension serving this pool. Required by the schema.
 * @return `extensionRef`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_extension_reference *infext_v1alpha2_inference_pool_spec_get_extension_ref(const infext_v1alpha2_inference_pool_spec *obj);
/**
 * Get `extensionRef`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_spec_ensure_extension_ref(infext_v1alpha2_extension_reference **out, infext_v1alpha2_inference_pool_spec *obj);
/**
 * Whether `extensionRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_spec_has_extension_ref(const infext_v1alpha2_inference_pool_spec *obj);
/**
 * Remove `extensionRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_pool_spec_clear_extension_ref(infext_v1alpha2_inference_pool_spec *obj);
/** @} */

/** @name V1alpha2ExtensionReference
 * Reference to the endpoint picker extension of a v1alpha2 InferencePool.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_extension_reference_equal(const infext_v1alpha2_extension_reference *a, const infext_v1alpha2_extension_reference *b);
/**
 * API group of the referent; empty for the core group.
 * @return `group` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_extension_reference_get_group(const infext_v1alpha2_extension_reference *obj);
/**
 * Set `group` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_extension_reference_set_group(infext_v1alpha2_extension_reference *obj, const char *value);
/**
 * Whether `group` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_extension_reference_has_group(const infext_v1alpha2_extension_reference *obj);
/**
 * Remove `group`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_extension_reference_clear_group(infext_v1alpha2_extension_reference *obj);
/**
 * Kind of the referent, Service by default.
 * @return `kind` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_extension_reference_get_kind(const infext_v1alpha2_extension_reference *obj);
/**
 * Set `kind` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_extension_reference_set_kind(infext_v1alpha2_extension_reference *obj, const char *value);
/**
 * Whether `kind` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_extension_reference_has_kind(const infext_v1alpha2_extension_reference *obj);
/**
 * Remove `kind`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_extension_reference_clear_kind(infext_v1alpha2_extension_reference *obj);
/**
 * Name of the referent. Required by the schema.
 * @return `name` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_extension_reference_get_name(const infext_v1alpha2_extension_reference *obj);
/**
 * Set `name` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_extension_reference_set_name(infext_v1alpha2_extension_reference *obj, const char *value);
/**
 * Whether `name` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_extension_reference_has_name(const infext_v1alpha2_extension_reference *obj);
/**
 * Remove `name`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_extension_reference_clear_name(infext_v1alpha2_extension_reference *obj);
/**
 * Port of the referent.
 * @param[out] out receives `portNumber` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1alpha2_extension_reference_get_port_number(int32_t *out, const infext_v1alpha2_extension_reference *obj);
/**
 * Set `portNumber` (a 32-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1alpha2_extension_reference_set_port_number(infext_v1alpha2_extension_reference *obj, int32_t value);
/**
 * Whether `portNumber` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_extension_reference_has_port_number(const infext_v1alpha2_extension_reference *obj);
/**
 * Remove `portNumber`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_extension_reference_clear_port_number(infext_v1alpha2_extension_reference *obj);
/**
 * What the gateway does when the extension is unreachable.
 * @return `failureMode` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_extension_reference_get_failure_mode(const infext_v1alpha2_extension_reference *obj);
/**
 * Set `failureMode` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_extension_reference_set_failure_mode(infext_v1alpha2_extension_reference *obj, const char *value);
/**
 * Whether `failureMode` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_extension_reference_has_failure_mode(const infext_v1alpha2_extension_reference *obj);
/**
 * Remove `failureMode`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_extension_reference_clear_failure_mode(infext_v1alpha2_extension_reference *obj);
/** @} */

/** @name V1alpha2InferencePoolStatus
 * Observed state of a v1alpha2 InferencePool.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_status_equal(const infext_v1alpha2_inference_pool_status *a, const infext_v1alpha2_inference_pool_status *b);
/**
 * Number of items of `parent` (Status reported by each parent.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_inference_pool_status_parent_count(const infext_v1alpha2_inference_pool_status *obj);
/**
 * Item @p index of `parent`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha2_pool_status *infext_v1alpha2_inference_pool_status_parent_at(const infext_v1alpha2_inference_pool_status *obj, size_t index);
/**
 * Append a new empty item to `parent` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_status_parent_append(infext_v1alpha2_pool_status **out, infext_v1alpha2_inference_pool_status *obj);
/**
 * Insert a new empty item into `parent` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_status_parent_insert(infext_v1alpha2_pool_status **out, infext_v1alpha2_inference_pool_status *obj, size_t index);
/**
 * Remove item @p index of `parent`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_inference_pool_status_parent_remove(infext_v1alpha2_inference_pool_status *obj, size_t index);
/**
 * Whether `parent` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_pool_status_has_parent(const infext_v1alpha2_inference_pool_status *obj);
/**
 * Remove `parent`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_pool_status_clear_parent(infext_v1alpha2_inference_pool_status *obj);
/** @} */

/** @name V1alpha2PoolStatus
 * Status of a v1alpha2 pool as seen by one parent.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_pool_status_equal(const infext_v1alpha2_pool_status *a, const infext_v1alpha2_pool_status *b);
/**
 * The parent this status is for. Required by the schema.
 * @return `parentRef`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_parent_gateway_reference *infext_v1alpha2_pool_status_get_parent_ref(const infext_v1alpha2_pool_status *obj);
/**
 * Get `parentRef`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_pool_status_ensure_parent_ref(infext_v1alpha2_parent_gateway_reference **out, infext_v1alpha2_pool_status *obj);
/**
 * Whether `parentRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_pool_status_has_parent_ref(const infext_v1alpha2_pool_status *obj);
/**
 * Remove `parentRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_pool_status_clear_parent_ref(infext_v1alpha2_pool_status *obj);
/**
 * Number of items of `conditions` (Conditions for this parent.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_pool_status_conditions_count(const infext_v1alpha2_pool_status *obj);
/**
 * Item @p index of `conditions`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_condition *infext_v1alpha2_pool_status_conditions_at(const infext_v1alpha2_pool_status *obj, size_t index);
/**
 * Append a new empty item to `conditions` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_pool_status_conditions_append(infext_condition **out, infext_v1alpha2_pool_status *obj);
/**
 * Insert a new empty item into `conditions` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_pool_status_conditions_insert(infext_condition **out, infext_v1alpha2_pool_status *obj, size_t index);
/**
 * Remove item @p index of `conditions`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_pool_status_conditions_remove(infext_v1alpha2_pool_status *obj, size_t index);
/**
 * Whether `conditions` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_pool_status_has_conditions(const infext_v1alpha2_pool_status *obj);
/**
 * Remove `conditions`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_pool_status_clear_conditions(infext_v1alpha2_pool_status *obj);
/** @} */

/** @name V1alpha2ParentGatewayReference
 * Reference to a parent Gateway of a v1alpha2 pool.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_parent_gateway_reference_equal(const infext_v1alpha2_parent_gateway_reference *a, const infext_v1alpha2_parent_gateway_reference *b);
/**
 * API group of the parent.
 * @return `group` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_parent_gateway_reference_get_group(const infext_v1alpha2_parent_gateway_reference *obj);
/**
 * Set `group` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_parent_gateway_reference_set_group(infext_v1alpha2_parent_gateway_reference *obj, const char *value);
/**
 * Whether `group` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_parent_gateway_reference_has_group(const infext_v1alpha2_parent_gateway_reference *obj);
/**
 * Remove `group`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_parent_gateway_reference_clear_group(infext_v1alpha2_parent_gateway_reference *obj);
/**
 * Kind of the parent.
 * @return `kind` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_parent_gateway_reference_get_kind(const infext_v1alpha2_parent_gateway_reference *obj);
/**
 * Set `kind` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_parent_gateway_reference_set_kind(infext_v1alpha2_parent_gateway_reference *obj, const char *value);
/**
 * Whether `kind` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_parent_gateway_reference_has_kind(const infext_v1alpha2_parent_gateway_reference *obj);
/**
 * Remove `kind`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_parent_gateway_reference_clear_kind(infext_v1alpha2_parent_gateway_reference *obj);
/**
 * Name of the parent. Required by the schema.
 * @return `name` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_parent_gateway_reference_get_name(const infext_v1alpha2_parent_gateway_reference *obj);
/**
 * Set `name` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_parent_gateway_reference_set_name(infext_v1alpha2_parent_gateway_reference *obj, const char *value);
/**
 * Whether `name` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_parent_gateway_reference_has_name(const infext_v1alpha2_parent_gateway_reference *obj);
/**
 * Remove `name`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_parent_gateway_reference_clear_name(infext_v1alpha2_parent_gateway_reference *obj);
/**
 * Namespace of the parent.
 * @return `namespace` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_parent_gateway_reference_get_namespace(const infext_v1alpha2_parent_gateway_reference *obj);
/**
 * Set `namespace` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_parent_gateway_reference_set_namespace(infext_v1alpha2_parent_gateway_reference *obj, const char *value);
/**
 * Whether `namespace` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_parent_gateway_reference_has_namespace(const infext_v1alpha2_parent_gateway_reference *obj);
/**
 * Remove `namespace`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_parent_gateway_reference_clear_namespace(infext_v1alpha2_parent_gateway_reference *obj);
/** @} */

/** @name V1alpha2InferenceObjective
 * An InferenceObjective (inference.networking.x-k8s.io/v1alpha2).
 * @{ */
/**
 * Create an empty inference.networking.x-k8s.io/v1alpha2 InferenceObjective.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_v1alpha2_inference_objective_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_new(infext_v1alpha2_inference_objective **out);
/**
 * Free a inference.networking.x-k8s.io/v1alpha2 InferenceObjective and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_v1alpha2_inference_objective_free(infext_v1alpha2_inference_objective *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_v1alpha2_inference_objective_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_clone(infext_v1alpha2_inference_objective **out, const infext_v1alpha2_inference_objective *obj);
/**
 * Decode one inference.networking.x-k8s.io/v1alpha2 InferenceObjective from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_decode(infext_v1alpha2_inference_objective **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_objective *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_v1alpha2_inference_objective_as_object(infext_v1alpha2_inference_objective *obj);
/**
 * Checked down-cast of a generic handle to a inference.networking.x-k8s.io/v1alpha2 InferenceObjective.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_v1alpha2_inference_objective *infext_object_as_v1alpha2_inference_objective(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_equal(const infext_v1alpha2_inference_objective *a, const infext_v1alpha2_inference_objective *b);
/**
 * Object metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_object_meta *infext_v1alpha2_inference_objective_get_metadata(const infext_v1alpha2_inference_objective *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_ensure_metadata(infext_object_meta **out, infext_v1alpha2_inference_objective *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_has_metadata(const infext_v1alpha2_inference_objective *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_objective_clear_metadata(infext_v1alpha2_inference_objective *obj);
/**
 * Desired state of the objective.
 * @return `spec`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_inference_objective_spec *infext_v1alpha2_inference_objective_get_spec(const infext_v1alpha2_inference_objective *obj);
/**
 * Get `spec`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_ensure_spec(infext_v1alpha2_inference_objective_spec **out, infext_v1alpha2_inference_objective *obj);
/**
 * Whether `spec` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_has_spec(const infext_v1alpha2_inference_objective *obj);
/**
 * Remove `spec`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_objective_clear_spec(infext_v1alpha2_inference_objective *obj);
/**
 * Observed state of the objective.
 * @return `status`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_inference_objective_status *infext_v1alpha2_inference_objective_get_status(const infext_v1alpha2_inference_objective *obj);
/**
 * Get `status`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_ensure_status(infext_v1alpha2_inference_objective_status **out, infext_v1alpha2_inference_objective *obj);
/**
 * Whether `status` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_has_status(const infext_v1alpha2_inference_objective *obj);
/**
 * Remove `status`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_objective_clear_status(infext_v1alpha2_inference_objective *obj);
/** @} */

/** @name V1alpha2InferenceObjectiveList
 * A list of InferenceObjectives.
 * @{ */
/**
 * Create an empty inference.networking.x-k8s.io/v1alpha2 InferenceObjectiveList.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_v1alpha2_inference_objective_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_new(infext_v1alpha2_inference_objective_list **out);
/**
 * Free a inference.networking.x-k8s.io/v1alpha2 InferenceObjectiveList and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_v1alpha2_inference_objective_list_free(infext_v1alpha2_inference_objective_list *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_v1alpha2_inference_objective_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_clone(infext_v1alpha2_inference_objective_list **out, const infext_v1alpha2_inference_objective_list *obj);
/**
 * Decode one inference.networking.x-k8s.io/v1alpha2 InferenceObjectiveList from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_decode(infext_v1alpha2_inference_objective_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_objective_list *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_v1alpha2_inference_objective_list_as_object(infext_v1alpha2_inference_objective_list *obj);
/**
 * Checked down-cast of a generic handle to a inference.networking.x-k8s.io/v1alpha2 InferenceObjectiveList.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_v1alpha2_inference_objective_list *infext_object_as_v1alpha2_inference_objective_list(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_list_equal(const infext_v1alpha2_inference_objective_list *a, const infext_v1alpha2_inference_objective_list *b);
/**
 * List metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_list_meta *infext_v1alpha2_inference_objective_list_get_metadata(const infext_v1alpha2_inference_objective_list *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_ensure_metadata(infext_list_meta **out, infext_v1alpha2_inference_objective_list *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_list_has_metadata(const infext_v1alpha2_inference_objective_list *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_objective_list_clear_metadata(infext_v1alpha2_inference_objective_list *obj);
/**
 * Number of items of `items` (The objectives.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_inference_objective_list_items_count(const infext_v1alpha2_inference_objective_list *obj);
/**
 * Item @p index of `items`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha2_inference_objective *infext_v1alpha2_inference_objective_list_items_at(const infext_v1alpha2_inference_objective_list *obj, size_t index);
/**
 * Append a new empty item to `items` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_items_append(infext_v1alpha2_inference_objective **out, infext_v1alpha2_inference_objective_list *obj);
/**
 * Insert a new empty item into `items` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_items_insert(infext_v1alpha2_inference_objective **out, infext_v1alpha2_inference_objective_list *obj, size_t index);
/**
 * Remove item @p index of `items`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_items_remove(infext_v1alpha2_inference_objective_list *obj, size_t index);
/**
 * Whether `items` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_list_has_items(const infext_v1alpha2_inference_objective_list *obj);
/**
 * Remove `items`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_objective_list_clear_items(infext_v1alpha2_inference_objective_list *obj);
/** @} */

/** @name V1alpha2InferenceObjectiveSpec
 * Desired state of an InferenceObjective.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_spec_equal(const infext_v1alpha2_inference_objective_spec *a, const infext_v1alpha2_inference_objective_spec *b);
/**
 * Relative priority of requests using this objective.
 * @param[out] out receives `priority` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1alpha2_inference_objective_spec_get_priority(int64_t *out, const infext_v1alpha2_inference_objective_spec *obj);
/**
 * Set `priority` (a 64-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_spec_set_priority(infext_v1alpha2_inference_objective_spec *obj, int64_t value);
/**
 * Whether `priority` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_spec_has_priority(const infext_v1alpha2_inference_objective_spec *obj);
/**
 * Remove `priority`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_objective_spec_clear_priority(infext_v1alpha2_inference_objective_spec *obj);
/**
 * The pool serving this objective. Required by the schema.
 * @return `poolRef`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_pool_object_reference *infext_v1alpha2_inference_objective_spec_get_pool_ref(const infext_v1alpha2_inference_objective_spec *obj);
/**
 * Get `poolRef`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_spec_ensure_pool_ref(infext_v1alpha2_pool_object_reference **out, infext_v1alpha2_inference_objective_spec *obj);
/**
 * Whether `poolRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_spec_has_pool_ref(const infext_v1alpha2_inference_objective_spec *obj);
/**
 * Remove `poolRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_objective_spec_clear_pool_ref(infext_v1alpha2_inference_objective_spec *obj);
/** @} */

/** @name V1alpha2PoolObjectReference
 * Reference to an InferencePool.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_pool_object_reference_equal(const infext_v1alpha2_pool_object_reference *a, const infext_v1alpha2_pool_object_reference *b);
/**
 * API group of the pool.
 * @return `group` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_pool_object_reference_get_group(const infext_v1alpha2_pool_object_reference *obj);
/**
 * Set `group` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_pool_object_reference_set_group(infext_v1alpha2_pool_object_reference *obj, const char *value);
/**
 * Whether `group` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_pool_object_reference_has_group(const infext_v1alpha2_pool_object_reference *obj);
/**
 * Remove `group`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_pool_object_reference_clear_group(infext_v1alpha2_pool_object_reference *obj);
/**
 * Kind of the pool.
 * @return `kind` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_pool_object_reference_get_kind(const infext_v1alpha2_pool_object_reference *obj);
/**
 * Set `kind` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_pool_object_reference_set_kind(infext_v1alpha2_pool_object_reference *obj, const char *value);
/**
 * Whether `kind` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_pool_object_reference_has_kind(const infext_v1alpha2_pool_object_reference *obj);
/**
 * Remove `kind`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_pool_object_reference_clear_kind(infext_v1alpha2_pool_object_reference *obj);
/**
 * Name of the pool. Required by the schema.
 * @return `name` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_pool_object_reference_get_name(const infext_v1alpha2_pool_object_reference *obj);
/**
 * Set `name` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_pool_object_reference_set_name(infext_v1alpha2_pool_object_reference *obj, const char *value);
/**
 * Whether `name` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_pool_object_reference_has_name(const infext_v1alpha2_pool_object_reference *obj);
/**
 * Remove `name`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_pool_object_reference_clear_name(infext_v1alpha2_pool_object_reference *obj);
/** @} */

/** @name V1alpha2InferenceObjectiveStatus
 * Observed state of an InferenceObjective.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_status_equal(const infext_v1alpha2_inference_objective_status *a, const infext_v1alpha2_inference_objective_status *b);
/**
 * Number of items of `conditions` (Conditions of the objective.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_inference_objective_status_conditions_count(const infext_v1alpha2_inference_objective_status *obj);
/**
 * Item @p index of `conditions`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_condition *infext_v1alpha2_inference_objective_status_conditions_at(const infext_v1alpha2_inference_objective_status *obj, size_t index);
/**
 * Append a new empty item to `conditions` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_status_conditions_append(infext_condition **out, infext_v1alpha2_inference_objective_status *obj);
/**
 * Insert a new empty item into `conditions` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_status_conditions_insert(infext_condition **out, infext_v1alpha2_inference_objective_status *obj, size_t index);
/**
 * Remove item @p index of `conditions`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_inference_objective_status_conditions_remove(infext_v1alpha2_inference_objective_status *obj, size_t index);
/**
 * Whether `conditions` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_objective_status_has_conditions(const infext_v1alpha2_inference_objective_status *obj);
/**
 * Remove `conditions`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_objective_status_clear_conditions(infext_v1alpha2_inference_objective_status *obj);
/** @} */

/** @name V1alpha2InferenceModelRewrite
 * An InferenceModelRewrite (inference.networking.x-k8s.io/v1alpha2).
 * @{ */
/**
 * Create an empty inference.networking.x-k8s.io/v1alpha2 InferenceModelRewrite.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_v1alpha2_inference_model_rewrite_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_new(infext_v1alpha2_inference_model_rewrite **out);
/**
 * Free a inference.networking.x-k8s.io/v1alpha2 InferenceModelRewrite and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_free(infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_v1alpha2_inference_model_rewrite_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_clone(infext_v1alpha2_inference_model_rewrite **out, const infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Decode one inference.networking.x-k8s.io/v1alpha2 InferenceModelRewrite from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_decode(infext_v1alpha2_inference_model_rewrite **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_model_rewrite *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_v1alpha2_inference_model_rewrite_as_object(infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Checked down-cast of a generic handle to a inference.networking.x-k8s.io/v1alpha2 InferenceModelRewrite.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_v1alpha2_inference_model_rewrite *infext_object_as_v1alpha2_inference_model_rewrite(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_equal(const infext_v1alpha2_inference_model_rewrite *a, const infext_v1alpha2_inference_model_rewrite *b);
/**
 * Object metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_object_meta *infext_v1alpha2_inference_model_rewrite_get_metadata(const infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_ensure_metadata(infext_object_meta **out, infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_has_metadata(const infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_clear_metadata(infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Desired state of the rewrite.
 * @return `spec`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_inference_model_rewrite_spec *infext_v1alpha2_inference_model_rewrite_get_spec(const infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Get `spec`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_ensure_spec(infext_v1alpha2_inference_model_rewrite_spec **out, infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Whether `spec` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_has_spec(const infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Remove `spec`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_clear_spec(infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Observed state of the rewrite.
 * @return `status`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_inference_model_rewrite_status *infext_v1alpha2_inference_model_rewrite_get_status(const infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Get `status`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_ensure_status(infext_v1alpha2_inference_model_rewrite_status **out, infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Whether `status` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_has_status(const infext_v1alpha2_inference_model_rewrite *obj);
/**
 * Remove `status`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_clear_status(infext_v1alpha2_inference_model_rewrite *obj);
/** @} */

/** @name V1alpha2InferenceModelRewriteList
 * A list of InferenceModelRewrites.
 * @{ */
/**
 * Create an empty inference.networking.x-k8s.io/v1alpha2 InferenceModelRewriteList.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_v1alpha2_inference_model_rewrite_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_new(infext_v1alpha2_inference_model_rewrite_list **out);
/**
 * Free a inference.networking.x-k8s.io/v1alpha2 InferenceModelRewriteList and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_list_free(infext_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_v1alpha2_inference_model_rewrite_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_clone(infext_v1alpha2_inference_model_rewrite_list **out, const infext_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Decode one inference.networking.x-k8s.io/v1alpha2 InferenceModelRewriteList from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_decode(infext_v1alpha2_inference_model_rewrite_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_model_rewrite_list *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_v1alpha2_inference_model_rewrite_list_as_object(infext_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Checked down-cast of a generic handle to a inference.networking.x-k8s.io/v1alpha2 InferenceModelRewriteList.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_v1alpha2_inference_model_rewrite_list *infext_object_as_v1alpha2_inference_model_rewrite_list(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_list_equal(const infext_v1alpha2_inference_model_rewrite_list *a, const infext_v1alpha2_inference_model_rewrite_list *b);
/**
 * List metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_list_meta *infext_v1alpha2_inference_model_rewrite_list_get_metadata(const infext_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_ensure_metadata(infext_list_meta **out, infext_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_list_has_metadata(const infext_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_list_clear_metadata(infext_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Number of items of `items` (The rewrites.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_list_items_count(const infext_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Item @p index of `items`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha2_inference_model_rewrite *infext_v1alpha2_inference_model_rewrite_list_items_at(const infext_v1alpha2_inference_model_rewrite_list *obj, size_t index);
/**
 * Append a new empty item to `items` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_items_append(infext_v1alpha2_inference_model_rewrite **out, infext_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Insert a new empty item into `items` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_items_insert(infext_v1alpha2_inference_model_rewrite **out, infext_v1alpha2_inference_model_rewrite_list *obj, size_t index);
/**
 * Remove item @p index of `items`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_items_remove(infext_v1alpha2_inference_model_rewrite_list *obj, size_t index);
/**
 * Whether `items` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_list_has_items(const infext_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Remove `items`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_list_clear_items(infext_v1alpha2_inference_model_rewrite_list *obj);
/** @} */

/** @name V1alpha2InferenceModelRewriteSpec
 * Desired state of an InferenceModelRewrite.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_spec_equal(const infext_v1alpha2_inference_model_rewrite_spec *a, const infext_v1alpha2_inference_model_rewrite_spec *b);
/**
 * The pool the rules apply to. Required by the schema.
 * @return `poolRef`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_pool_object_reference *infext_v1alpha2_inference_model_rewrite_spec_get_pool_ref(const infext_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Get `poolRef`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_spec_ensure_pool_ref(infext_v1alpha2_pool_object_reference **out, infext_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Whether `poolRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_spec_has_pool_ref(const infext_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Remove `poolRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_spec_clear_pool_ref(infext_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Number of items of `rules` (Rewrite rules, first match wins.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_spec_rules_count(const infext_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Item @p index of `rules`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha2_inference_model_rewrite_rule *infext_v1alpha2_inference_model_rewrite_spec_rules_at(const infext_v1alpha2_inference_model_rewrite_spec *obj, size_t index);
/**
 * Append a new empty item to `rules` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_spec_rules_append(infext_v1alpha2_inference_model_rewrite_rule **out, infext_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Insert a new empty item into `rules` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_spec_rules_insert(infext_v1alpha2_inference_model_rewrite_rule **out, infext_v1alpha2_inference_model_rewrite_spec *obj, size_t index);
/**
 * Remove item @p index of `rules`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_spec_rules_remove(infext_v1alpha2_inference_model_rewrite_spec *obj, size_t index);
/**
 * Whether `rules` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_spec_has_rules(const infext_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Remove `rules`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_spec_clear_rules(infext_v1alpha2_inference_model_rewrite_spec *obj);
/** @} */

/** @name V1alpha2InferenceModelRewriteRule
 * One rewrite rule.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_rule_equal(const infext_v1alpha2_inference_model_rewrite_rule *a, const infext_v1alpha2_inference_model_rewrite_rule *b);
/**
 * Number of items of `matches` (Conditions a request must meet; empty matches every request.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_rule_matches_count(const infext_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Item @p index of `matches`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha2_match *infext_v1alpha2_inference_model_rewrite_rule_matches_at(const infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Append a new empty item to `matches` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_matches_append(infext_v1alpha2_match **out, infext_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Insert a new empty item into `matches` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_matches_insert(infext_v1alpha2_match **out, infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Remove item @p index of `matches`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_matches_remove(infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Whether `matches` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_rule_has_matches(const infext_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Remove `matches`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_rule_clear_matches(infext_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Number of items of `split` (Weighted target models (the spelling of bundle v1.2.0).) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_rule_split_count(const infext_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Item @p index of `split`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha2_target_model *infext_v1alpha2_inference_model_rewrite_rule_split_at(const infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Append a new empty item to `split` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_split_append(infext_v1alpha2_target_model **out, infext_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Insert a new empty item into `split` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_split_insert(infext_v1alpha2_target_model **out, infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Remove item @p index of `split`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_split_remove(infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Whether `split` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_rule_has_split(const infext_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Remove `split`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_rule_clear_split(infext_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Number of items of `targets` (Weighted target models (split until bundle v1.2.0).) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_rule_targets_count(const infext_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Item @p index of `targets`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha2_target_model *infext_v1alpha2_inference_model_rewrite_rule_targets_at(const infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Append a new empty item to `targets` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_targets_append(infext_v1alpha2_target_model **out, infext_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Insert a new empty item into `targets` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_targets_insert(infext_v1alpha2_target_model **out, infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Remove item @p index of `targets`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_targets_remove(infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Whether `targets` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_rule_has_targets(const infext_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Remove `targets`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_rule_clear_targets(infext_v1alpha2_inference_model_rewrite_rule *obj);
/** @} */

/** @name V1alpha2Match
 * A match condition of a rewrite rule.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_match_equal(const infext_v1alpha2_match *a, const infext_v1alpha2_match *b);
/**
 * Match on the requested model name. Required by the schema.
 * @return `model`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_model_match *infext_v1alpha2_match_get_model(const infext_v1alpha2_match *obj);
/**
 * Get `model`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_match_ensure_model(infext_v1alpha2_model_match **out, infext_v1alpha2_match *obj);
/**
 * Whether `model` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_match_has_model(const infext_v1alpha2_match *obj);
/**
 * Remove `model`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_match_clear_model(infext_v1alpha2_match *obj);
/** @} */

/** @name V1alpha2ModelMatch
 * A model-name match.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_model_match_equal(const infext_v1alpha2_model_match *a, const infext_v1alpha2_model_match *b);
/**
 * How the value is compared; only Exact.
 * @return `type` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_model_match_get_type(const infext_v1alpha2_model_match *obj);
/**
 * Set `type` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_model_match_set_type(infext_v1alpha2_model_match *obj, const char *value);
/**
 * Whether `type` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_model_match_has_type(const infext_v1alpha2_model_match *obj);
/**
 * Remove `type`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_model_match_clear_type(infext_v1alpha2_model_match *obj);
/**
 * Model name to match. Required by the schema.
 * @return `value` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_model_match_get_value(const infext_v1alpha2_model_match *obj);
/**
 * Set `value` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_model_match_set_value(infext_v1alpha2_model_match *obj, const char *value);
/**
 * Whether `value` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_model_match_has_value(const infext_v1alpha2_model_match *obj);
/**
 * Remove `value`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_model_match_clear_value(infext_v1alpha2_model_match *obj);
/** @} */

/** @name V1alpha2TargetModel
 * A weighted rewrite target.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_target_model_equal(const infext_v1alpha2_target_model *a, const infext_v1alpha2_target_model *b);
/**
 * Model name the request is rewritten to. Required by the schema.
 * @return `modelRewrite` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha2_target_model_get_model_rewrite(const infext_v1alpha2_target_model *obj);
/**
 * Set `modelRewrite` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_target_model_set_model_rewrite(infext_v1alpha2_target_model *obj, const char *value);
/**
 * Whether `modelRewrite` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_target_model_has_model_rewrite(const infext_v1alpha2_target_model *obj);
/**
 * Remove `modelRewrite`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_target_model_clear_model_rewrite(infext_v1alpha2_target_model *obj);
/**
 * Relative weight of this target.
 * @param[out] out receives `weight` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1alpha2_target_model_get_weight(int32_t *out, const infext_v1alpha2_target_model *obj);
/**
 * Set `weight` (a 32-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1alpha2_target_model_set_weight(infext_v1alpha2_target_model *obj, int32_t value);
/**
 * Whether `weight` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_target_model_has_weight(const infext_v1alpha2_target_model *obj);
/**
 * Remove `weight`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_target_model_clear_weight(infext_v1alpha2_target_model *obj);
/** @} */

/** @name V1alpha2InferenceModelRewriteStatus
 * Observed state of an InferenceModelRewrite.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_status_equal(const infext_v1alpha2_inference_model_rewrite_status *a, const infext_v1alpha2_inference_model_rewrite_status *b);
/**
 * Number of items of `conditions` (Conditions of the rewrite.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_status_conditions_count(const infext_v1alpha2_inference_model_rewrite_status *obj);
/**
 * Item @p index of `conditions`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_condition *infext_v1alpha2_inference_model_rewrite_status_conditions_at(const infext_v1alpha2_inference_model_rewrite_status *obj, size_t index);
/**
 * Append a new empty item to `conditions` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_status_conditions_append(infext_condition **out, infext_v1alpha2_inference_model_rewrite_status *obj);
/**
 * Insert a new empty item into `conditions` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_status_conditions_insert(infext_condition **out, infext_v1alpha2_inference_model_rewrite_status *obj, size_t index);
/**
 * Remove item @p index of `conditions`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_status_conditions_remove(infext_v1alpha2_inference_model_rewrite_status *obj, size_t index);
/**
 * Whether `conditions` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_status_has_conditions(const infext_v1alpha2_inference_model_rewrite_status *obj);
/**
 * Remove `conditions`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha2_inference_model_rewrite_status_clear_conditions(infext_v1alpha2_inference_model_rewrite_status *obj);
/** @} */

/** @name LlmdV1alpha2InferenceObjective
 * An InferenceObjective (llm-d.ai/v1alpha2).
 * @{ */
/**
 * Create an empty llm-d.ai/v1alpha2 InferenceObjective.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_llmd_v1alpha2_inference_objective_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_new(infext_llmd_v1alpha2_inference_objective **out);
/**
 * Free a llm-d.ai/v1alpha2 InferenceObjective and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_llmd_v1alpha2_inference_objective_free(infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_llmd_v1alpha2_inference_objective_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_clone(infext_llmd_v1alpha2_inference_objective **out, const infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Decode one llm-d.ai/v1alpha2 InferenceObjective from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_decode(infext_llmd_v1alpha2_inference_objective **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_encode(char **out, size_t *out_len, const infext_llmd_v1alpha2_inference_objective *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_llmd_v1alpha2_inference_objective_as_object(infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Checked down-cast of a generic handle to a llm-d.ai/v1alpha2 InferenceObjective.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_llmd_v1alpha2_inference_objective *infext_object_as_llmd_v1alpha2_inference_objective(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_equal(const infext_llmd_v1alpha2_inference_objective *a, const infext_llmd_v1alpha2_inference_objective *b);
/**
 * Object metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_object_meta *infext_llmd_v1alpha2_inference_objective_get_metadata(const infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_ensure_metadata(infext_object_meta **out, infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_has_metadata(const infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_objective_clear_metadata(infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Desired state of the objective.
 * @return `spec`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_llmd_v1alpha2_inference_objective_spec *infext_llmd_v1alpha2_inference_objective_get_spec(const infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Get `spec`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_ensure_spec(infext_llmd_v1alpha2_inference_objective_spec **out, infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Whether `spec` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_has_spec(const infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Remove `spec`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_objective_clear_spec(infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Observed state of the objective.
 * @return `status`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_inference_objective_status *infext_llmd_v1alpha2_inference_objective_get_status(const infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Get `status`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_ensure_status(infext_v1alpha2_inference_objective_status **out, infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Whether `status` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_has_status(const infext_llmd_v1alpha2_inference_objective *obj);
/**
 * Remove `status`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_objective_clear_status(infext_llmd_v1alpha2_inference_objective *obj);
/** @} */

/** @name LlmdV1alpha2InferenceObjectiveList
 * A list of llm-d.ai InferenceObjectives.
 * @{ */
/**
 * Create an empty llm-d.ai/v1alpha2 InferenceObjectiveList.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_llmd_v1alpha2_inference_objective_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_new(infext_llmd_v1alpha2_inference_objective_list **out);
/**
 * Free a llm-d.ai/v1alpha2 InferenceObjectiveList and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_llmd_v1alpha2_inference_objective_list_free(infext_llmd_v1alpha2_inference_objective_list *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_llmd_v1alpha2_inference_objective_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_clone(infext_llmd_v1alpha2_inference_objective_list **out, const infext_llmd_v1alpha2_inference_objective_list *obj);
/**
 * Decode one llm-d.ai/v1alpha2 InferenceObjectiveList from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_decode(infext_llmd_v1alpha2_inference_objective_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_encode(char **out, size_t *out_len, const infext_llmd_v1alpha2_inference_objective_list *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_llmd_v1alpha2_inference_objective_list_as_object(infext_llmd_v1alpha2_inference_objective_list *obj);
/**
 * Checked down-cast of a generic handle to a llm-d.ai/v1alpha2 InferenceObjectiveList.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_llmd_v1alpha2_inference_objective_list *infext_object_as_llmd_v1alpha2_inference_objective_list(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_list_equal(const infext_llmd_v1alpha2_inference_objective_list *a, const infext_llmd_v1alpha2_inference_objective_list *b);
/**
 * List metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_list_meta *infext_llmd_v1alpha2_inference_objective_list_get_metadata(const infext_llmd_v1alpha2_inference_objective_list *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_ensure_metadata(infext_list_meta **out, infext_llmd_v1alpha2_inference_objective_list *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_list_has_metadata(const infext_llmd_v1alpha2_inference_objective_list *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_objective_list_clear_metadata(infext_llmd_v1alpha2_inference_objective_list *obj);
/**
 * Number of items of `items` (The objectives.) 0 when absent.
 */
INFEXT_API size_t infext_llmd_v1alpha2_inference_objective_list_items_count(const infext_llmd_v1alpha2_inference_objective_list *obj);
/**
 * Item @p index of `items`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_llmd_v1alpha2_inference_objective *infext_llmd_v1alpha2_inference_objective_list_items_at(const infext_llmd_v1alpha2_inference_objective_list *obj, size_t index);
/**
 * Append a new empty item to `items` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_items_append(infext_llmd_v1alpha2_inference_objective **out, infext_llmd_v1alpha2_inference_objective_list *obj);
/**
 * Insert a new empty item into `items` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_items_insert(infext_llmd_v1alpha2_inference_objective **out, infext_llmd_v1alpha2_inference_objective_list *obj, size_t index);
/**
 * Remove item @p index of `items`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_items_remove(infext_llmd_v1alpha2_inference_objective_list *obj, size_t index);
/**
 * Whether `items` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_list_has_items(const infext_llmd_v1alpha2_inference_objective_list *obj);
/**
 * Remove `items`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_objective_list_clear_items(infext_llmd_v1alpha2_inference_objective_list *obj);
/** @} */

/** @name LlmdV1alpha2InferenceObjectiveSpec
 * Desired state of an llm-d.ai InferenceObjective.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_spec_equal(const infext_llmd_v1alpha2_inference_objective_spec *a, const infext_llmd_v1alpha2_inference_objective_spec *b);
/**
 * Relative priority of requests using this objective.
 * @param[out] out receives `priority` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_spec_get_priority(int32_t *out, const infext_llmd_v1alpha2_inference_objective_spec *obj);
/**
 * Set `priority` (a 32-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_spec_set_priority(infext_llmd_v1alpha2_inference_objective_spec *obj, int32_t value);
/**
 * Whether `priority` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_spec_has_priority(const infext_llmd_v1alpha2_inference_objective_spec *obj);
/**
 * Remove `priority`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_objective_spec_clear_priority(infext_llmd_v1alpha2_inference_objective_spec *obj);
/**
 * The pool serving this objective. Required by the schema.
 * @return `poolRef`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_pool_object_reference *infext_llmd_v1alpha2_inference_objective_spec_get_pool_ref(const infext_llmd_v1alpha2_inference_objective_spec *obj);
/**
 * Get `poolRef`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_spec_ensure_pool_ref(infext_v1alpha2_pool_object_reference **out, infext_llmd_v1alpha2_inference_objective_spec *obj);
/**
 * Whether `poolRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_spec_has_pool_ref(const infext_llmd_v1alpha2_inference_objective_spec *obj);
/**
 * Remove `poolRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_objective_spec_clear_pool_ref(infext_llmd_v1alpha2_inference_objective_spec *obj);
/** @} */

/** @name LlmdV1alpha2InferenceModelRewrite
 * An InferenceModelRewrite (llm-d.ai/v1alpha2).
 * @{ */
/**
 * Create an empty llm-d.ai/v1alpha2 InferenceModelRewrite.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_llmd_v1alpha2_inference_model_rewrite_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_new(infext_llmd_v1alpha2_inference_model_rewrite **out);
/**
 * Free a llm-d.ai/v1alpha2 InferenceModelRewrite and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_free(infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_llmd_v1alpha2_inference_model_rewrite_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_clone(infext_llmd_v1alpha2_inference_model_rewrite **out, const infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Decode one llm-d.ai/v1alpha2 InferenceModelRewrite from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_decode(infext_llmd_v1alpha2_inference_model_rewrite **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_encode(char **out, size_t *out_len, const infext_llmd_v1alpha2_inference_model_rewrite *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_llmd_v1alpha2_inference_model_rewrite_as_object(infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Checked down-cast of a generic handle to a llm-d.ai/v1alpha2 InferenceModelRewrite.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_llmd_v1alpha2_inference_model_rewrite *infext_object_as_llmd_v1alpha2_inference_model_rewrite(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_equal(const infext_llmd_v1alpha2_inference_model_rewrite *a, const infext_llmd_v1alpha2_inference_model_rewrite *b);
/**
 * Object metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_object_meta *infext_llmd_v1alpha2_inference_model_rewrite_get_metadata(const infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_ensure_metadata(infext_object_meta **out, infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_has_metadata(const infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_clear_metadata(infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Desired state of the rewrite.
 * @return `spec`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_llmd_v1alpha2_inference_model_rewrite_spec *infext_llmd_v1alpha2_inference_model_rewrite_get_spec(const infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Get `spec`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_ensure_spec(infext_llmd_v1alpha2_inference_model_rewrite_spec **out, infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Whether `spec` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_has_spec(const infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Remove `spec`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_clear_spec(infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Observed state of the rewrite.
 * @return `status`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_inference_model_rewrite_status *infext_llmd_v1alpha2_inference_model_rewrite_get_status(const infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Get `status`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_ensure_status(infext_v1alpha2_inference_model_rewrite_status **out, infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Whether `status` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_has_status(const infext_llmd_v1alpha2_inference_model_rewrite *obj);
/**
 * Remove `status`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_clear_status(infext_llmd_v1alpha2_inference_model_rewrite *obj);
/** @} */

/** @name LlmdV1alpha2InferenceModelRewriteList
 * A list of llm-d.ai InferenceModelRewrites.
 * @{ */
/**
 * Create an empty llm-d.ai/v1alpha2 InferenceModelRewriteList.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_llmd_v1alpha2_inference_model_rewrite_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_new(infext_llmd_v1alpha2_inference_model_rewrite_list **out);
/**
 * Free a llm-d.ai/v1alpha2 InferenceModelRewriteList and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_list_free(infext_llmd_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_llmd_v1alpha2_inference_model_rewrite_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_clone(infext_llmd_v1alpha2_inference_model_rewrite_list **out, const infext_llmd_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Decode one llm-d.ai/v1alpha2 InferenceModelRewriteList from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_decode(infext_llmd_v1alpha2_inference_model_rewrite_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_encode(char **out, size_t *out_len, const infext_llmd_v1alpha2_inference_model_rewrite_list *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_llmd_v1alpha2_inference_model_rewrite_list_as_object(infext_llmd_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Checked down-cast of a generic handle to a llm-d.ai/v1alpha2 InferenceModelRewriteList.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_llmd_v1alpha2_inference_model_rewrite_list *infext_object_as_llmd_v1alpha2_inference_model_rewrite_list(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_list_equal(const infext_llmd_v1alpha2_inference_model_rewrite_list *a, const infext_llmd_v1alpha2_inference_model_rewrite_list *b);
/**
 * List metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_list_meta *infext_llmd_v1alpha2_inference_model_rewrite_list_get_metadata(const infext_llmd_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_ensure_metadata(infext_list_meta **out, infext_llmd_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_list_has_metadata(const infext_llmd_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_list_clear_metadata(infext_llmd_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Number of items of `items` (The rewrites.) 0 when absent.
 */
INFEXT_API size_t infext_llmd_v1alpha2_inference_model_rewrite_list_items_count(const infext_llmd_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Item @p index of `items`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_llmd_v1alpha2_inference_model_rewrite *infext_llmd_v1alpha2_inference_model_rewrite_list_items_at(const infext_llmd_v1alpha2_inference_model_rewrite_list *obj, size_t index);
/**
 * Append a new empty item to `items` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_items_append(infext_llmd_v1alpha2_inference_model_rewrite **out, infext_llmd_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Insert a new empty item into `items` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_items_insert(infext_llmd_v1alpha2_inference_model_rewrite **out, infext_llmd_v1alpha2_inference_model_rewrite_list *obj, size_t index);
/**
 * Remove item @p index of `items`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_items_remove(infext_llmd_v1alpha2_inference_model_rewrite_list *obj, size_t index);
/**
 * Whether `items` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_list_has_items(const infext_llmd_v1alpha2_inference_model_rewrite_list *obj);
/**
 * Remove `items`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_list_clear_items(infext_llmd_v1alpha2_inference_model_rewrite_list *obj);
/** @} */

/** @name LlmdV1alpha2InferenceModelRewriteSpec
 * Desired state of an llm-d.ai InferenceModelRewrite.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_spec_equal(const infext_llmd_v1alpha2_inference_model_rewrite_spec *a, const infext_llmd_v1alpha2_inference_model_rewrite_spec *b);
/**
 * The pool the rules apply to. Required by the schema.
 * @return `poolRef`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha2_pool_object_reference *infext_llmd_v1alpha2_inference_model_rewrite_spec_get_pool_ref(const infext_llmd_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Get `poolRef`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_spec_ensure_pool_ref(infext_v1alpha2_pool_object_reference **out, infext_llmd_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Whether `poolRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_spec_has_pool_ref(const infext_llmd_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Remove `poolRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_spec_clear_pool_ref(infext_llmd_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Number of items of `rules` (Rewrite rules, first match wins.) 0 when absent.
 */
INFEXT_API size_t infext_llmd_v1alpha2_inference_model_rewrite_spec_rules_count(const infext_llmd_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Item @p index of `rules`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_llmd_v1alpha2_inference_model_rewrite_rule *infext_llmd_v1alpha2_inference_model_rewrite_spec_rules_at(const infext_llmd_v1alpha2_inference_model_rewrite_spec *obj, size_t index);
/**
 * Append a new empty item to `rules` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_spec_rules_append(infext_llmd_v1alpha2_inference_model_rewrite_rule **out, infext_llmd_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Insert a new empty item into `rules` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_spec_rules_insert(infext_llmd_v1alpha2_inference_model_rewrite_rule **out, infext_llmd_v1alpha2_inference_model_rewrite_spec *obj, size_t index);
/**
 * Remove item @p index of `rules`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_spec_rules_remove(infext_llmd_v1alpha2_inference_model_rewrite_spec *obj, size_t index);
/**
 * Whether `rules` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_spec_has_rules(const infext_llmd_v1alpha2_inference_model_rewrite_spec *obj);
/**
 * Remove `rules`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_spec_clear_rules(infext_llmd_v1alpha2_inference_model_rewrite_spec *obj);
/** @} */

/** @name LlmdV1alpha2InferenceModelRewriteRule
 * One rewrite rule of an llm-d.ai InferenceModelRewrite.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_rule_equal(const infext_llmd_v1alpha2_inference_model_rewrite_rule *a, const infext_llmd_v1alpha2_inference_model_rewrite_rule *b);
/**
 * Number of items of `matches` (Conditions a request must meet; empty matches every request.) 0 when absent.
 */
INFEXT_API size_t infext_llmd_v1alpha2_inference_model_rewrite_rule_matches_count(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Item @p index of `matches`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha2_match *infext_llmd_v1alpha2_inference_model_rewrite_rule_matches_at(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Append a new empty item to `matches` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_matches_append(infext_v1alpha2_match **out, infext_llmd_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Insert a new empty item into `matches` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_matches_insert(infext_v1alpha2_match **out, infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Remove item @p index of `matches`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_matches_remove(infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Whether `matches` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_rule_has_matches(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Remove `matches`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_rule_clear_matches(infext_llmd_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Number of items of `targets` (Weighted target models.) 0 when absent.
 */
INFEXT_API size_t infext_llmd_v1alpha2_inference_model_rewrite_rule_targets_count(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Item @p index of `targets`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha2_target_model *infext_llmd_v1alpha2_inference_model_rewrite_rule_targets_at(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Append a new empty item to `targets` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_targets_append(infext_v1alpha2_target_model **out, infext_llmd_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Insert a new empty item into `targets` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_targets_insert(infext_v1alpha2_target_model **out, infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Remove item @p index of `targets`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_targets_remove(infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index);
/**
 * Whether `targets` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_rule_has_targets(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj);
/**
 * Remove `targets`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_rule_clear_targets(infext_llmd_v1alpha2_inference_model_rewrite_rule *obj);
/** @} */

/** @name V1alpha1InferencePoolImport
 * An InferencePoolImport (inference.networking.x-k8s.io/v1alpha1).
 * @{ */
/**
 * Create an empty inference.networking.x-k8s.io/v1alpha1 InferencePoolImport.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_v1alpha1_inference_pool_import_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_new(infext_v1alpha1_inference_pool_import **out);
/**
 * Free a inference.networking.x-k8s.io/v1alpha1 InferencePoolImport and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_v1alpha1_inference_pool_import_free(infext_v1alpha1_inference_pool_import *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_v1alpha1_inference_pool_import_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_clone(infext_v1alpha1_inference_pool_import **out, const infext_v1alpha1_inference_pool_import *obj);
/**
 * Decode one inference.networking.x-k8s.io/v1alpha1 InferencePoolImport from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_decode(infext_v1alpha1_inference_pool_import **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_encode(char **out, size_t *out_len, const infext_v1alpha1_inference_pool_import *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_v1alpha1_inference_pool_import_as_object(infext_v1alpha1_inference_pool_import *obj);
/**
 * Checked down-cast of a generic handle to a inference.networking.x-k8s.io/v1alpha1 InferencePoolImport.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_v1alpha1_inference_pool_import *infext_object_as_v1alpha1_inference_pool_import(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_inference_pool_import_equal(const infext_v1alpha1_inference_pool_import *a, const infext_v1alpha1_inference_pool_import *b);
/**
 * Object metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_object_meta *infext_v1alpha1_inference_pool_import_get_metadata(const infext_v1alpha1_inference_pool_import *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_ensure_metadata(infext_object_meta **out, infext_v1alpha1_inference_pool_import *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_inference_pool_import_has_metadata(const infext_v1alpha1_inference_pool_import *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_inference_pool_import_clear_metadata(infext_v1alpha1_inference_pool_import *obj);
/**
 * Observed state of the import.
 * @return `status`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_inference_pool_import_status *infext_v1alpha1_inference_pool_import_get_status(const infext_v1alpha1_inference_pool_import *obj);
/**
 * Get `status`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_ensure_status(infext_v1alpha1_inference_pool_import_status **out, infext_v1alpha1_inference_pool_import *obj);
/**
 * Whether `status` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_inference_pool_import_has_status(const infext_v1alpha1_inference_pool_import *obj);
/**
 * Remove `status`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_inference_pool_import_clear_status(infext_v1alpha1_inference_pool_import *obj);
/** @} */

/** @name V1alpha1InferencePoolImportList
 * A list of InferencePoolImports.
 * @{ */
/**
 * Create an empty inference.networking.x-k8s.io/v1alpha1 InferencePoolImportList.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_v1alpha1_inference_pool_import_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_new(infext_v1alpha1_inference_pool_import_list **out);
/**
 * Free a inference.networking.x-k8s.io/v1alpha1 InferencePoolImportList and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_v1alpha1_inference_pool_import_list_free(infext_v1alpha1_inference_pool_import_list *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_v1alpha1_inference_pool_import_list_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_clone(infext_v1alpha1_inference_pool_import_list **out, const infext_v1alpha1_inference_pool_import_list *obj);
/**
 * Decode one inference.networking.x-k8s.io/v1alpha1 InferencePoolImportList from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_decode(infext_v1alpha1_inference_pool_import_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_encode(char **out, size_t *out_len, const infext_v1alpha1_inference_pool_import_list *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_v1alpha1_inference_pool_import_list_as_object(infext_v1alpha1_inference_pool_import_list *obj);
/**
 * Checked down-cast of a generic handle to a inference.networking.x-k8s.io/v1alpha1 InferencePoolImportList.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_v1alpha1_inference_pool_import_list *infext_object_as_v1alpha1_inference_pool_import_list(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_inference_pool_import_list_equal(const infext_v1alpha1_inference_pool_import_list *a, const infext_v1alpha1_inference_pool_import_list *b);
/**
 * List metadata.
 * @return `metadata`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_list_meta *infext_v1alpha1_inference_pool_import_list_get_metadata(const infext_v1alpha1_inference_pool_import_list *obj);
/**
 * Get `metadata`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_ensure_metadata(infext_list_meta **out, infext_v1alpha1_inference_pool_import_list *obj);
/**
 * Whether `metadata` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_inference_pool_import_list_has_metadata(const infext_v1alpha1_inference_pool_import_list *obj);
/**
 * Remove `metadata`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_inference_pool_import_list_clear_metadata(infext_v1alpha1_inference_pool_import_list *obj);
/**
 * Number of items of `items` (The imports.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_inference_pool_import_list_items_count(const infext_v1alpha1_inference_pool_import_list *obj);
/**
 * Item @p index of `items`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_inference_pool_import *infext_v1alpha1_inference_pool_import_list_items_at(const infext_v1alpha1_inference_pool_import_list *obj, size_t index);
/**
 * Append a new empty item to `items` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_items_append(infext_v1alpha1_inference_pool_import **out, infext_v1alpha1_inference_pool_import_list *obj);
/**
 * Insert a new empty item into `items` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_items_insert(infext_v1alpha1_inference_pool_import **out, infext_v1alpha1_inference_pool_import_list *obj, size_t index);
/**
 * Remove item @p index of `items`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_items_remove(infext_v1alpha1_inference_pool_import_list *obj, size_t index);
/**
 * Whether `items` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_inference_pool_import_list_has_items(const infext_v1alpha1_inference_pool_import_list *obj);
/**
 * Remove `items`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_inference_pool_import_list_clear_items(infext_v1alpha1_inference_pool_import_list *obj);
/** @} */

/** @name V1alpha1InferencePoolImportStatus
 * Observed state of an InferencePoolImport.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_inference_pool_import_status_equal(const infext_v1alpha1_inference_pool_import_status *a, const infext_v1alpha1_inference_pool_import_status *b);
/**
 * Number of items of `controllers` (Controllers that manage the import.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_inference_pool_import_status_controllers_count(const infext_v1alpha1_inference_pool_import_status *obj);
/**
 * Item @p index of `controllers`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_import_controller *infext_v1alpha1_inference_pool_import_status_controllers_at(const infext_v1alpha1_inference_pool_import_status *obj, size_t index);
/**
 * Append a new empty item to `controllers` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_status_controllers_append(infext_v1alpha1_import_controller **out, infext_v1alpha1_inference_pool_import_status *obj);
/**
 * Insert a new empty item into `controllers` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_status_controllers_insert(infext_v1alpha1_import_controller **out, infext_v1alpha1_inference_pool_import_status *obj, size_t index);
/**
 * Remove item @p index of `controllers`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_status_controllers_remove(infext_v1alpha1_inference_pool_import_status *obj, size_t index);
/**
 * Whether `controllers` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_inference_pool_import_status_has_controllers(const infext_v1alpha1_inference_pool_import_status *obj);
/**
 * Remove `controllers`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_inference_pool_import_status_clear_controllers(infext_v1alpha1_inference_pool_import_status *obj);
/** @} */

/** @name V1alpha1ImportController
 * Status of an import as written by one controller.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_import_controller_equal(const infext_v1alpha1_import_controller *a, const infext_v1alpha1_import_controller *b);
/**
 * Name of the controller. Required by the schema.
 * @return `name` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_import_controller_get_name(const infext_v1alpha1_import_controller *obj);
/**
 * Set `name` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_import_controller_set_name(infext_v1alpha1_import_controller *obj, const char *value);
/**
 * Whether `name` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_import_controller_has_name(const infext_v1alpha1_import_controller *obj);
/**
 * Remove `name`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_import_controller_clear_name(infext_v1alpha1_import_controller *obj);
/**
 * Number of items of `exportingClusters` (Clusters exporting the pool.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_import_controller_exporting_clusters_count(const infext_v1alpha1_import_controller *obj);
/**
 * Item @p index of `exportingClusters`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_exporting_cluster *infext_v1alpha1_import_controller_exporting_clusters_at(const infext_v1alpha1_import_controller *obj, size_t index);
/**
 * Append a new empty item to `exportingClusters` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_import_controller_exporting_clusters_append(infext_v1alpha1_exporting_cluster **out, infext_v1alpha1_import_controller *obj);
/**
 * Insert a new empty item into `exportingClusters` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_import_controller_exporting_clusters_insert(infext_v1alpha1_exporting_cluster **out, infext_v1alpha1_import_controller *obj, size_t index);
/**
 * Remove item @p index of `exportingClusters`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_import_controller_exporting_clusters_remove(infext_v1alpha1_import_controller *obj, size_t index);
/**
 * Whether `exportingClusters` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_import_controller_has_exporting_clusters(const infext_v1alpha1_import_controller *obj);
/**
 * Remove `exportingClusters`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_import_controller_clear_exporting_clusters(infext_v1alpha1_import_controller *obj);
/**
 * Number of items of `parents` (Status reported by each parent.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_import_controller_parents_count(const infext_v1alpha1_import_controller *obj);
/**
 * Item @p index of `parents`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1_parent_status *infext_v1alpha1_import_controller_parents_at(const infext_v1alpha1_import_controller *obj, size_t index);
/**
 * Append a new empty item to `parents` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_import_controller_parents_append(infext_v1_parent_status **out, infext_v1alpha1_import_controller *obj);
/**
 * Insert a new empty item into `parents` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_import_controller_parents_insert(infext_v1_parent_status **out, infext_v1alpha1_import_controller *obj, size_t index);
/**
 * Remove item @p index of `parents`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_import_controller_parents_remove(infext_v1alpha1_import_controller *obj, size_t index);
/**
 * Whether `parents` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_import_controller_has_parents(const infext_v1alpha1_import_controller *obj);
/**
 * Remove `parents`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_import_controller_clear_parents(infext_v1alpha1_import_controller *obj);
/**
 * Number of items of `conditions` (Conditions of the import for this controller.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_import_controller_conditions_count(const infext_v1alpha1_import_controller *obj);
/**
 * Item @p index of `conditions`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_condition *infext_v1alpha1_import_controller_conditions_at(const infext_v1alpha1_import_controller *obj, size_t index);
/**
 * Append a new empty item to `conditions` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_import_controller_conditions_append(infext_condition **out, infext_v1alpha1_import_controller *obj);
/**
 * Insert a new empty item into `conditions` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_import_controller_conditions_insert(infext_condition **out, infext_v1alpha1_import_controller *obj, size_t index);
/**
 * Remove item @p index of `conditions`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_import_controller_conditions_remove(infext_v1alpha1_import_controller *obj, size_t index);
/**
 * Whether `conditions` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_import_controller_has_conditions(const infext_v1alpha1_import_controller *obj);
/**
 * Remove `conditions`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_import_controller_clear_conditions(infext_v1alpha1_import_controller *obj);
/** @} */

/** @name V1alpha1ExportingCluster
 * A cluster that exports a pool.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_exporting_cluster_equal(const infext_v1alpha1_exporting_cluster *a, const infext_v1alpha1_exporting_cluster *b);
/**
 * Name of the cluster. Required by the schema.
 * @return `name` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_exporting_cluster_get_name(const infext_v1alpha1_exporting_cluster *obj);
/**
 * Set `name` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_exporting_cluster_set_name(infext_v1alpha1_exporting_cluster *obj, const char *value);
/**
 * Whether `name` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_exporting_cluster_has_name(const infext_v1alpha1_exporting_cluster *obj);
/**
 * Remove `name`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_exporting_cluster_clear_name(infext_v1alpha1_exporting_cluster *obj);
/** @} */

/** @name V1alpha1EndpointPickerConfig
 * The endpoint picker's configuration file (not a CRD), apiVersion inference.networking.x-k8s.io/v1alpha1.
 * @{ */
/**
 * Create an empty inference.networking.x-k8s.io/v1alpha1 EndpointPickerConfig.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_v1alpha1_endpoint_picker_config_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_new(infext_v1alpha1_endpoint_picker_config **out);
/**
 * Free a inference.networking.x-k8s.io/v1alpha1 EndpointPickerConfig and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_v1alpha1_endpoint_picker_config_free(infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_v1alpha1_endpoint_picker_config_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_clone(infext_v1alpha1_endpoint_picker_config **out, const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Decode one inference.networking.x-k8s.io/v1alpha1 EndpointPickerConfig from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_decode(infext_v1alpha1_endpoint_picker_config **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_encode(char **out, size_t *out_len, const infext_v1alpha1_endpoint_picker_config *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_v1alpha1_endpoint_picker_config_as_object(infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Checked down-cast of a generic handle to a inference.networking.x-k8s.io/v1alpha1 EndpointPickerConfig.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_v1alpha1_endpoint_picker_config *infext_object_as_v1alpha1_endpoint_picker_config(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_endpoint_picker_config_equal(const infext_v1alpha1_endpoint_picker_config *a, const infext_v1alpha1_endpoint_picker_config *b);
/**
 * Number of strings in `featureGates` (Feature gates to enable.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_endpoint_picker_config_feature_gates_count(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * String @p index of `featureGates`.
 * @return a borrowed string, or NULL when out of range.
 */
INFEXT_API const char *infext_v1alpha1_endpoint_picker_config_feature_gates_at(const infext_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Append a copy of @p value to `featureGates`.
 * @return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_feature_gates_append(infext_v1alpha1_endpoint_picker_config *obj, const char *value);
/**
 * Insert a copy of @p value into `featureGates` before @p index.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_feature_gates_insert(infext_v1alpha1_endpoint_picker_config *obj, size_t index, const char *value);
/**
 * Remove string @p index of `featureGates`.
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_feature_gates_remove(infext_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Whether `featureGates` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_feature_gates(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `featureGates`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_feature_gates(infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Number of items of `plugins` (Plugin instances.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_endpoint_picker_config_plugins_count(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Item @p index of `plugins`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_plugin_spec *infext_v1alpha1_endpoint_picker_config_plugins_at(const infext_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Append a new empty item to `plugins` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_plugins_append(infext_v1alpha1_plugin_spec **out, infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Insert a new empty item into `plugins` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_plugins_insert(infext_v1alpha1_plugin_spec **out, infext_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Remove item @p index of `plugins`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_plugins_remove(infext_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Whether `plugins` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_plugins(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `plugins`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_plugins(infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Number of items of `schedulingProfiles` (Scheduling profiles.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_endpoint_picker_config_scheduling_profiles_count(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Item @p index of `schedulingProfiles`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_scheduling_profile *infext_v1alpha1_endpoint_picker_config_scheduling_profiles_at(const infext_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Append a new empty item to `schedulingProfiles` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_scheduling_profiles_append(infext_v1alpha1_scheduling_profile **out, infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Insert a new empty item into `schedulingProfiles` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_scheduling_profiles_insert(infext_v1alpha1_scheduling_profile **out, infext_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Remove item @p index of `schedulingProfiles`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_scheduling_profiles_remove(infext_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Whether `schedulingProfiles` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_scheduling_profiles(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `schedulingProfiles`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_scheduling_profiles(infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Saturation detector settings (deprecated by llm-d-router for flowControl.saturationDetector).
 * @return `saturationDetector`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_saturation_detector *infext_v1alpha1_endpoint_picker_config_get_saturation_detector(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `saturationDetector`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_saturation_detector(infext_v1alpha1_saturation_detector **out, infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `saturationDetector` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_saturation_detector(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `saturationDetector`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_saturation_detector(infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Data layer sources (GIE v1.5 and llm-d-router).
 * @return `dataLayer`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_data_layer *infext_v1alpha1_endpoint_picker_config_get_data_layer(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `dataLayer`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_data_layer(infext_v1alpha1_data_layer **out, infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `dataLayer` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_data_layer(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `dataLayer`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_data_layer(infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Flow control settings (GIE v1.4 and later, Heimdall).
 * @return `flowControl`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_flow_control *infext_v1alpha1_endpoint_picker_config_get_flow_control(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `flowControl`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_flow_control(infext_v1alpha1_flow_control **out, infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `flowControl` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_flow_control(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `flowControl`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_flow_control(infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Request parser plugin (deprecated by llm-d-router for requestHandler.parsers).
 * @return `parser`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_parser *infext_v1alpha1_endpoint_picker_config_get_parser(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `parser`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_parser(infext_v1alpha1_parser **out, infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `parser` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_parser(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `parser`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_parser(infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Data layer sources, as GIE v1.3 and v1.4 (and Heimdall) spell dataLayer.
 * @return `data`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_data_layer *infext_v1alpha1_endpoint_picker_config_get_data(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `data`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_data(infext_v1alpha1_data_layer **out, infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `data` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_data(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `data`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_data(infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Request handling plugins (llm-d-router).
 * @return `requestHandler`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_llmd_v1alpha1_request_handler *infext_v1alpha1_endpoint_picker_config_get_request_handler(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `requestHandler`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_request_handler(infext_llmd_v1alpha1_request_handler **out, infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `requestHandler` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_request_handler(const infext_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `requestHandler`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_request_handler(infext_v1alpha1_endpoint_picker_config *obj);
/** @} */

/** @name LlmdV1alpha1EndpointPickerConfig
 * The endpoint picker's configuration file as llm-d-router reads it, apiVersion llm-d.ai/v1alpha1.
 * @{ */
/**
 * Create an empty llm-d.ai/v1alpha1 EndpointPickerConfig.
 * @param[out] out receives the new root object, owned by the caller
 *            (release it with infext_llmd_v1alpha1_endpoint_picker_config_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_new(infext_llmd_v1alpha1_endpoint_picker_config **out);
/**
 * Free a llm-d.ai/v1alpha1 EndpointPickerConfig and everything it owns.
 * NULL is a no-op, and so is an object that is not a root (an item
 * of a List object belongs to the List).
 */
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_free(infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Deep-copy an object into a new root.
 * @param[out] out receives the copy, owned by the caller (infext_llmd_v1alpha1_endpoint_picker_config_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_clone(infext_llmd_v1alpha1_endpoint_picker_config **out, const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Decode one llm-d.ai/v1alpha1 EndpointPickerConfig from JSON or YAML text.
 * @param[out] out receives the object, owned by the caller; NULL on error.
 * @param data,len the text; need not be NUL-terminated.
 * @param opts decoder options, or NULL for the defaults.
 * @param diags receives the reasons of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE, INFEXT_ETYPE, INFEXT_EUNKNOWN,
 *         INFEXT_ELIMIT, INFEXT_EKIND (a document of another kind),
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_decode(infext_llmd_v1alpha1_endpoint_picker_config **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags);
/**
 * Encode an object as JSON or YAML.
 * @param[out] out receives NUL-terminated text owned by the caller
 *            (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts encoder options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_encode(char **out, size_t *out_len, const infext_llmd_v1alpha1_endpoint_picker_config *obj, const infext_encode_options *opts);
/**
 * View the object through the generic handle (no copy).
 * @return the same object as an #infext_object, borrowed; NULL for NULL.
 */
INFEXT_API infext_object *infext_llmd_v1alpha1_endpoint_picker_config_as_object(infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Checked down-cast of a generic handle to a llm-d.ai/v1alpha1 EndpointPickerConfig.
 * @return the same object, borrowed, or NULL when @p obj is NULL or of
 *         another kind.
 */
INFEXT_API infext_llmd_v1alpha1_endpoint_picker_config *infext_object_as_llmd_v1alpha1_endpoint_picker_config(infext_object *obj);
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_equal(const infext_llmd_v1alpha1_endpoint_picker_config *a, const infext_llmd_v1alpha1_endpoint_picker_config *b);
/**
 * Number of strings in `featureGates` (Feature gates: a name, or name=true / name=false.) 0 when absent.
 */
INFEXT_API size_t infext_llmd_v1alpha1_endpoint_picker_config_feature_gates_count(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * String @p index of `featureGates`.
 * @return a borrowed string, or NULL when out of range.
 */
INFEXT_API const char *infext_llmd_v1alpha1_endpoint_picker_config_feature_gates_at(const infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Append a copy of @p value to `featureGates`.
 * @return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_feature_gates_append(infext_llmd_v1alpha1_endpoint_picker_config *obj, const char *value);
/**
 * Insert a copy of @p value into `featureGates` before @p index.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_feature_gates_insert(infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index, const char *value);
/**
 * Remove string @p index of `featureGates`.
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_feature_gates_remove(infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Whether `featureGates` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_feature_gates(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `featureGates`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_feature_gates(infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Number of items of `plugins` (Plugin instances.) 0 when absent.
 */
INFEXT_API size_t infext_llmd_v1alpha1_endpoint_picker_config_plugins_count(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Item @p index of `plugins`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_plugin_spec *infext_llmd_v1alpha1_endpoint_picker_config_plugins_at(const infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Append a new empty item to `plugins` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_plugins_append(infext_v1alpha1_plugin_spec **out, infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Insert a new empty item into `plugins` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_plugins_insert(infext_v1alpha1_plugin_spec **out, infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Remove item @p index of `plugins`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_plugins_remove(infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Whether `plugins` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_plugins(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `plugins`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_plugins(infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Number of items of `schedulingProfiles` (Scheduling profiles.) 0 when absent.
 */
INFEXT_API size_t infext_llmd_v1alpha1_endpoint_picker_config_scheduling_profiles_count(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Item @p index of `schedulingProfiles`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_scheduling_profile *infext_llmd_v1alpha1_endpoint_picker_config_scheduling_profiles_at(const infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Append a new empty item to `schedulingProfiles` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_scheduling_profiles_append(infext_v1alpha1_scheduling_profile **out, infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Insert a new empty item into `schedulingProfiles` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_scheduling_profiles_insert(infext_v1alpha1_scheduling_profile **out, infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Remove item @p index of `schedulingProfiles`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_scheduling_profiles_remove(infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index);
/**
 * Whether `schedulingProfiles` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_scheduling_profiles(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `schedulingProfiles`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_scheduling_profiles(infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Saturation detector plugin (deprecated for flowControl.saturationDetector).
 * @return `saturationDetector`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_saturation_detector *infext_llmd_v1alpha1_endpoint_picker_config_get_saturation_detector(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `saturationDetector`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_saturation_detector(infext_v1alpha1_saturation_detector **out, infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `saturationDetector` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_saturation_detector(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `saturationDetector`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_saturation_detector(infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Data sources and extractors, endpoint discovery, cross-replica sync.
 * @return `dataLayer`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_data_layer *infext_llmd_v1alpha1_endpoint_picker_config_get_data_layer(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `dataLayer`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_data_layer(infext_v1alpha1_data_layer **out, infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `dataLayer` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_data_layer(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `dataLayer`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_data_layer(infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Flow control settings.
 * @return `flowControl`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_flow_control *infext_llmd_v1alpha1_endpoint_picker_config_get_flow_control(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `flowControl`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_flow_control(infext_v1alpha1_flow_control **out, infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `flowControl` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_flow_control(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `flowControl`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_flow_control(infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Request parser plugin (deprecated for requestHandler.parsers).
 * @return `parser`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_parser *infext_llmd_v1alpha1_endpoint_picker_config_get_parser(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `parser`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_parser(infext_v1alpha1_parser **out, infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `parser` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_parser(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `parser`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_parser(infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * GIE v1.3's (and Heimdall's) spelling of dataLayer, never read by llm-d-router: a config using it is of another dialect.
 * @return `data`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_data_layer *infext_llmd_v1alpha1_endpoint_picker_config_get_data(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `data`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_data(infext_v1alpha1_data_layer **out, infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `data` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_data(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `data`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_data(infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Request handling plugins.
 * @return `requestHandler`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_llmd_v1alpha1_request_handler *infext_llmd_v1alpha1_endpoint_picker_config_get_request_handler(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Get `requestHandler`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_request_handler(infext_llmd_v1alpha1_request_handler **out, infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Whether `requestHandler` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_request_handler(const infext_llmd_v1alpha1_endpoint_picker_config *obj);
/**
 * Remove `requestHandler`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_request_handler(infext_llmd_v1alpha1_endpoint_picker_config *obj);
/** @} */

/** @name V1alpha1PluginSpec
 * One plugin instance of an EndpointPickerConfig.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_plugin_spec_equal(const infext_v1alpha1_plugin_spec *a, const infext_v1alpha1_plugin_spec *b);
/**
 * Instance name; defaults to the type.
 * @return `name` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_plugin_spec_get_name(const infext_v1alpha1_plugin_spec *obj);
/**
 * Set `name` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_plugin_spec_set_name(infext_v1alpha1_plugin_spec *obj, const char *value);
/**
 * Whether `name` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_plugin_spec_has_name(const infext_v1alpha1_plugin_spec *obj);
/**
 * Remove `name`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_plugin_spec_clear_name(infext_v1alpha1_plugin_spec *obj);
/**
 * Plugin type. Required by the schema.
 * @return `type` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_plugin_spec_get_type(const infext_v1alpha1_plugin_spec *obj);
/**
 * Set `type` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_plugin_spec_set_type(infext_v1alpha1_plugin_spec *obj, const char *value);
/**
 * Whether `type` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_plugin_spec_has_type(const infext_v1alpha1_plugin_spec *obj);
/**
 * Remove `type`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_plugin_spec_clear_type(infext_v1alpha1_plugin_spec *obj);
/**
 * Plugin parameters, any JSON value.
 * @param[out] out receives `parameters` as compact JSON text owned by the
 *            caller (infext_free()), or NULL when absent.
 * @return INFEXT_OK, INFEXT_ENOTFOUND when absent, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_plugin_spec_get_parameters_json(char **out, const infext_v1alpha1_plugin_spec *obj);
/**
 * Set `parameters` from JSON text (any JSON value); NULL clears it.
 * @return INFEXT_OK, INFEXT_EPARSE for text that is not JSON,
 *         INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_plugin_spec_set_parameters_json(infext_v1alpha1_plugin_spec *obj, const char *json);
/**
 * Whether `parameters` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_plugin_spec_has_parameters(const infext_v1alpha1_plugin_spec *obj);
/**
 * Remove `parameters`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_plugin_spec_clear_parameters(infext_v1alpha1_plugin_spec *obj);
/** @} */

/** @name V1alpha1SchedulingProfile
 * A scheduling profile.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_scheduling_profile_equal(const infext_v1alpha1_scheduling_profile *a, const infext_v1alpha1_scheduling_profile *b);
/**
 * Profile name. Required by the schema.
 * @return `name` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_scheduling_profile_get_name(const infext_v1alpha1_scheduling_profile *obj);
/**
 * Set `name` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_scheduling_profile_set_name(infext_v1alpha1_scheduling_profile *obj, const char *value);
/**
 * Whether `name` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_scheduling_profile_has_name(const infext_v1alpha1_scheduling_profile *obj);
/**
 * Remove `name`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_scheduling_profile_clear_name(infext_v1alpha1_scheduling_profile *obj);
/**
 * Number of items of `plugins` (Plugins of the profile, in order.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_scheduling_profile_plugins_count(const infext_v1alpha1_scheduling_profile *obj);
/**
 * Item @p index of `plugins`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_scheduling_plugin *infext_v1alpha1_scheduling_profile_plugins_at(const infext_v1alpha1_scheduling_profile *obj, size_t index);
/**
 * Append a new empty item to `plugins` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_scheduling_profile_plugins_append(infext_v1alpha1_scheduling_plugin **out, infext_v1alpha1_scheduling_profile *obj);
/**
 * Insert a new empty item into `plugins` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_scheduling_profile_plugins_insert(infext_v1alpha1_scheduling_plugin **out, infext_v1alpha1_scheduling_profile *obj, size_t index);
/**
 * Remove item @p index of `plugins`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_scheduling_profile_plugins_remove(infext_v1alpha1_scheduling_profile *obj, size_t index);
/**
 * Whether `plugins` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_scheduling_profile_has_plugins(const infext_v1alpha1_scheduling_profile *obj);
/**
 * Remove `plugins`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_scheduling_profile_clear_plugins(infext_v1alpha1_scheduling_profile *obj);
/** @} */

/** @name V1alpha1SchedulingPlugin
 * A plugin used by a scheduling profile.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_scheduling_plugin_equal(const infext_v1alpha1_scheduling_plugin *a, const infext_v1alpha1_scheduling_plugin *b);
/**
 * Name of a plugin instance. Required by the schema.
 * @return `pluginRef` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_scheduling_plugin_get_plugin_ref(const infext_v1alpha1_scheduling_plugin *obj);
/**
 * Set `pluginRef` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_scheduling_plugin_set_plugin_ref(infext_v1alpha1_scheduling_plugin *obj, const char *value);
/**
 * Whether `pluginRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_scheduling_plugin_has_plugin_ref(const infext_v1alpha1_scheduling_plugin *obj);
/**
 * Remove `pluginRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_scheduling_plugin_clear_plugin_ref(infext_v1alpha1_scheduling_plugin *obj);
/**
 * Weight of a scorer; 1 when absent (an integer until GIE v1.3, a number since v1.4).
 * @param[out] out receives `weight` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1alpha1_scheduling_plugin_get_weight(double *out, const infext_v1alpha1_scheduling_plugin *obj);
/**
 * Set `weight` (a number) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1alpha1_scheduling_plugin_set_weight(infext_v1alpha1_scheduling_plugin *obj, double value);
/**
 * Whether `weight` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_scheduling_plugin_has_weight(const infext_v1alpha1_scheduling_plugin *obj);
/**
 * Remove `weight`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_scheduling_plugin_clear_weight(infext_v1alpha1_scheduling_plugin *obj);
/** @} */

/** @name V1alpha1SaturationDetector
 * Saturation detector settings (thresholds, or a plugin reference).
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_saturation_detector_equal(const infext_v1alpha1_saturation_detector *a, const infext_v1alpha1_saturation_detector *b);
/**
 * Queue depth beyond which an endpoint counts as saturated (GIE v1.2 to v1.4, Heimdall).
 * @param[out] out receives `queueDepthThreshold` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1alpha1_saturation_detector_get_queue_depth_threshold(int64_t *out, const infext_v1alpha1_saturation_detector *obj);
/**
 * Set `queueDepthThreshold` (a 64-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_queue_depth_threshold(infext_v1alpha1_saturation_detector *obj, int64_t value);
/**
 * Whether `queueDepthThreshold` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_saturation_detector_has_queue_depth_threshold(const infext_v1alpha1_saturation_detector *obj);
/**
 * Remove `queueDepthThreshold`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_saturation_detector_clear_queue_depth_threshold(infext_v1alpha1_saturation_detector *obj);
/**
 * KV-cache utilisation beyond which an endpoint counts as saturated (GIE v1.2 to v1.4, Heimdall).
 * @param[out] out receives `kvCacheUtilThreshold` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1alpha1_saturation_detector_get_kv_cache_util_threshold(double *out, const infext_v1alpha1_saturation_detector *obj);
/**
 * Set `kvCacheUtilThreshold` (a number) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_kv_cache_util_threshold(infext_v1alpha1_saturation_detector *obj, double value);
/**
 * Whether `kvCacheUtilThreshold` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_saturation_detector_has_kv_cache_util_threshold(const infext_v1alpha1_saturation_detector *obj);
/**
 * Remove `kvCacheUtilThreshold`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_saturation_detector_clear_kv_cache_util_threshold(infext_v1alpha1_saturation_detector *obj);
/**
 * Age after which metrics count as stale, a Go duration (GIE v1.2 to v1.4, Heimdall).
 * @return `metricsStalenessThreshold` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_saturation_detector_get_metrics_staleness_threshold(const infext_v1alpha1_saturation_detector *obj);
/**
 * Set `metricsStalenessThreshold` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_metrics_staleness_threshold(infext_v1alpha1_saturation_detector *obj, const char *value);
/**
 * Whether `metricsStalenessThreshold` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_saturation_detector_has_metrics_staleness_threshold(const infext_v1alpha1_saturation_detector *obj);
/**
 * Remove `metricsStalenessThreshold`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_saturation_detector_clear_metrics_staleness_threshold(infext_v1alpha1_saturation_detector *obj);
/**
 * Saturation detector plugin instance (GIE v1.5 and llm-d-router).
 * @return `pluginRef` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_saturation_detector_get_plugin_ref(const infext_v1alpha1_saturation_detector *obj);
/**
 * Set `pluginRef` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_plugin_ref(infext_v1alpha1_saturation_detector *obj, const char *value);
/**
 * Whether `pluginRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_saturation_detector_has_plugin_ref(const infext_v1alpha1_saturation_detector *obj);
/**
 * Remove `pluginRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_saturation_detector_clear_plugin_ref(infext_v1alpha1_saturation_detector *obj);
/**
 * Detector implementation, utilization when absent (Heimdall).
 * @return `type` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_saturation_detector_get_type(const infext_v1alpha1_saturation_detector *obj);
/**
 * Set `type` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_type(infext_v1alpha1_saturation_detector *obj, const char *value);
/**
 * Whether `type` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_saturation_detector_has_type(const infext_v1alpha1_saturation_detector *obj);
/**
 * Remove `type`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_saturation_detector_clear_type(infext_v1alpha1_saturation_detector *obj);
/**
 * Requests an endpoint should serve at once, for the running-requests detector (Heimdall).
 * @param[out] out receives `maxConcurrencyPerPod` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1alpha1_saturation_detector_get_max_concurrency_per_pod(int64_t *out, const infext_v1alpha1_saturation_detector *obj);
/**
 * Set `maxConcurrencyPerPod` (a 64-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_max_concurrency_per_pod(infext_v1alpha1_saturation_detector *obj, int64_t value);
/**
 * Whether `maxConcurrencyPerPod` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_saturation_detector_has_max_concurrency_per_pod(const infext_v1alpha1_saturation_detector *obj);
/**
 * Remove `maxConcurrencyPerPod`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_saturation_detector_clear_max_concurrency_per_pod(infext_v1alpha1_saturation_detector *obj);
/**
 * How long the running-requests detector keeps a computed saturation, a Go duration (Heimdall).
 * @return `cacheTTL` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_saturation_detector_get_cache_ttl(const infext_v1alpha1_saturation_detector *obj);
/**
 * Set `cacheTTL` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_cache_ttl(infext_v1alpha1_saturation_detector *obj, const char *value);
/**
 * Whether `cacheTTL` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_saturation_detector_has_cache_ttl(const infext_v1alpha1_saturation_detector *obj);
/**
 * Remove `cacheTTL`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_saturation_detector_clear_cache_ttl(infext_v1alpha1_saturation_detector *obj);
/** @} */

/** @name V1alpha1DataLayer
 * Data layer configuration.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_data_layer_equal(const infext_v1alpha1_data_layer *a, const infext_v1alpha1_data_layer *b);
/**
 * Number of items of `sources` (Data sources.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_data_layer_sources_count(const infext_v1alpha1_data_layer *obj);
/**
 * Item @p index of `sources`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_data_layer_source *infext_v1alpha1_data_layer_sources_at(const infext_v1alpha1_data_layer *obj, size_t index);
/**
 * Append a new empty item to `sources` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_sources_append(infext_v1alpha1_data_layer_source **out, infext_v1alpha1_data_layer *obj);
/**
 * Insert a new empty item into `sources` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_sources_insert(infext_v1alpha1_data_layer_source **out, infext_v1alpha1_data_layer *obj, size_t index);
/**
 * Remove item @p index of `sources`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_sources_remove(infext_v1alpha1_data_layer *obj, size_t index);
/**
 * Whether `sources` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_data_layer_has_sources(const infext_v1alpha1_data_layer *obj);
/**
 * Remove `sources`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_data_layer_clear_sources(infext_v1alpha1_data_layer *obj);
/**
 * Whether the default metrics source and extractor are added; true when absent (llm-d-router).
 * @param[out] out receives `injectDefaults` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1alpha1_data_layer_get_inject_defaults(bool *out, const infext_v1alpha1_data_layer *obj);
/**
 * Set `injectDefaults` (a boolean) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_set_inject_defaults(infext_v1alpha1_data_layer *obj, bool value);
/**
 * Whether `injectDefaults` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_data_layer_has_inject_defaults(const infext_v1alpha1_data_layer *obj);
/**
 * Remove `injectDefaults`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_data_layer_clear_inject_defaults(infext_v1alpha1_data_layer *obj);
/**
 * Endpoint discovery plugin replacing the Kubernetes reconcilers (llm-d-router).
 * @return `discovery`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_llmd_v1alpha1_discovery *infext_v1alpha1_data_layer_get_discovery(const infext_v1alpha1_data_layer *obj);
/**
 * Get `discovery`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_ensure_discovery(infext_llmd_v1alpha1_discovery **out, infext_v1alpha1_data_layer *obj);
/**
 * Whether `discovery` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_data_layer_has_discovery(const infext_v1alpha1_data_layer *obj);
/**
 * Remove `discovery`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_data_layer_clear_discovery(infext_v1alpha1_data_layer *obj);
/**
 * Plugin instance sharing per-endpoint state between replicas (llm-d-router).
 * @return `crossReplicaSyncerPluginRef` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_data_layer_get_cross_replica_syncer_plugin_ref(const infext_v1alpha1_data_layer *obj);
/**
 * Set `crossReplicaSyncerPluginRef` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_set_cross_replica_syncer_plugin_ref(infext_v1alpha1_data_layer *obj, const char *value);
/**
 * Whether `crossReplicaSyncerPluginRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_data_layer_has_cross_replica_syncer_plugin_ref(const infext_v1alpha1_data_layer *obj);
/**
 * Remove `crossReplicaSyncerPluginRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_data_layer_clear_cross_replica_syncer_plugin_ref(infext_v1alpha1_data_layer *obj);
/**
 * How often a replica publishes its state to the syncer, a Go duration (llm-d-router).
 * @return `crossReplicaSyncInterval` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_data_layer_get_cross_replica_sync_interval(const infext_v1alpha1_data_layer *obj);
/**
 * Set `crossReplicaSyncInterval` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_set_cross_replica_sync_interval(infext_v1alpha1_data_layer *obj, const char *value);
/**
 * Whether `crossReplicaSyncInterval` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_data_layer_has_cross_replica_sync_interval(const infext_v1alpha1_data_layer *obj);
/**
 * Remove `crossReplicaSyncInterval`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_data_layer_clear_cross_replica_sync_interval(infext_v1alpha1_data_layer *obj);
/** @} */

/** @name V1alpha1DataLayerSource
 * A data source and its extractors.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_data_layer_source_equal(const infext_v1alpha1_data_layer_source *a, const infext_v1alpha1_data_layer_source *b);
/**
 * Data source plugin instance. Required by the schema.
 * @return `pluginRef` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_data_layer_source_get_plugin_ref(const infext_v1alpha1_data_layer_source *obj);
/**
 * Set `pluginRef` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_source_set_plugin_ref(infext_v1alpha1_data_layer_source *obj, const char *value);
/**
 * Whether `pluginRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_data_layer_source_has_plugin_ref(const infext_v1alpha1_data_layer_source *obj);
/**
 * Remove `pluginRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_data_layer_source_clear_plugin_ref(infext_v1alpha1_data_layer_source *obj);
/**
 * Number of items of `extractors` (Extractors fed by the source.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_data_layer_source_extractors_count(const infext_v1alpha1_data_layer_source *obj);
/**
 * Item @p index of `extractors`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_data_layer_extractor *infext_v1alpha1_data_layer_source_extractors_at(const infext_v1alpha1_data_layer_source *obj, size_t index);
/**
 * Append a new empty item to `extractors` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_source_extractors_append(infext_v1alpha1_data_layer_extractor **out, infext_v1alpha1_data_layer_source *obj);
/**
 * Insert a new empty item into `extractors` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_source_extractors_insert(infext_v1alpha1_data_layer_extractor **out, infext_v1alpha1_data_layer_source *obj, size_t index);
/**
 * Remove item @p index of `extractors`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_source_extractors_remove(infext_v1alpha1_data_layer_source *obj, size_t index);
/**
 * Whether `extractors` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_data_layer_source_has_extractors(const infext_v1alpha1_data_layer_source *obj);
/**
 * Remove `extractors`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_data_layer_source_clear_extractors(infext_v1alpha1_data_layer_source *obj);
/** @} */

/** @name V1alpha1DataLayerExtractor
 * A data extractor.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_data_layer_extractor_equal(const infext_v1alpha1_data_layer_extractor *a, const infext_v1alpha1_data_layer_extractor *b);
/**
 * Extractor plugin instance. Required by the schema.
 * @return `pluginRef` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_data_layer_extractor_get_plugin_ref(const infext_v1alpha1_data_layer_extractor *obj);
/**
 * Set `pluginRef` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_data_layer_extractor_set_plugin_ref(infext_v1alpha1_data_layer_extractor *obj, const char *value);
/**
 * Whether `pluginRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_data_layer_extractor_has_plugin_ref(const infext_v1alpha1_data_layer_extractor *obj);
/**
 * Remove `pluginRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_data_layer_extractor_clear_plugin_ref(infext_v1alpha1_data_layer_extractor *obj);
/** @} */

/** @name LlmdV1alpha1Discovery
 * The endpoint discovery plugin of the data layer (llm-d-router).
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_llmd_v1alpha1_discovery_equal(const infext_llmd_v1alpha1_discovery *a, const infext_llmd_v1alpha1_discovery *b);
/**
 * Endpoint discovery plugin instance. Required by the schema.
 * @return `pluginRef` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_llmd_v1alpha1_discovery_get_plugin_ref(const infext_llmd_v1alpha1_discovery *obj);
/**
 * Set `pluginRef` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_discovery_set_plugin_ref(infext_llmd_v1alpha1_discovery *obj, const char *value);
/**
 * Whether `pluginRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha1_discovery_has_plugin_ref(const infext_llmd_v1alpha1_discovery *obj);
/**
 * Remove `pluginRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha1_discovery_clear_plugin_ref(infext_llmd_v1alpha1_discovery *obj);
/** @} */

/** @name V1alpha1Parser
 * Request parser configuration.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_parser_equal(const infext_v1alpha1_parser *a, const infext_v1alpha1_parser *b);
/**
 * Parser plugin instance. Required by the schema.
 * @return `pluginRef` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_parser_get_plugin_ref(const infext_v1alpha1_parser *obj);
/**
 * Set `pluginRef` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_parser_set_plugin_ref(infext_v1alpha1_parser *obj, const char *value);
/**
 * Whether `pluginRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_parser_has_plugin_ref(const infext_v1alpha1_parser *obj);
/**
 * Remove `pluginRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_parser_clear_plugin_ref(infext_v1alpha1_parser *obj);
/** @} */

/** @name LlmdV1alpha1RequestHandler
 * Request handling configuration (llm-d-router).
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_llmd_v1alpha1_request_handler_equal(const infext_llmd_v1alpha1_request_handler *a, const infext_llmd_v1alpha1_request_handler *b);
/**
 * Number of items of `parsers` (Parser plugins, in order.) 0 when absent.
 */
INFEXT_API size_t infext_llmd_v1alpha1_request_handler_parsers_count(const infext_llmd_v1alpha1_request_handler *obj);
/**
 * Item @p index of `parsers`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_parser *infext_llmd_v1alpha1_request_handler_parsers_at(const infext_llmd_v1alpha1_request_handler *obj, size_t index);
/**
 * Append a new empty item to `parsers` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_request_handler_parsers_append(infext_v1alpha1_parser **out, infext_llmd_v1alpha1_request_handler *obj);
/**
 * Insert a new empty item into `parsers` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_request_handler_parsers_insert(infext_v1alpha1_parser **out, infext_llmd_v1alpha1_request_handler *obj, size_t index);
/**
 * Remove item @p index of `parsers`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_llmd_v1alpha1_request_handler_parsers_remove(infext_llmd_v1alpha1_request_handler *obj, size_t index);
/**
 * Whether `parsers` is present. @return false for NULL.
 */
INFEXT_API bool infext_llmd_v1alpha1_request_handler_has_parsers(const infext_llmd_v1alpha1_request_handler *obj);
/**
 * Remove `parsers`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_llmd_v1alpha1_request_handler_clear_parsers(infext_llmd_v1alpha1_request_handler *obj);
/** @} */

/** @name V1alpha1FlowControl
 * Flow control configuration.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_flow_control_equal(const infext_v1alpha1_flow_control *a, const infext_v1alpha1_flow_control *b);
/**
 * Global byte limit (an integer in GIE v1.4 and Heimdall, a Kubernetes quantity since v1.5).
 * @return `maxBytes` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_flow_control_get_max_bytes(const infext_v1alpha1_flow_control *obj);
/**
 * Set `maxBytes` to a copy of @p value (a Kubernetes quantity kept as text).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_flow_control_set_max_bytes(infext_v1alpha1_flow_control *obj, const char *value);
/**
 * Whether `maxBytes` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_flow_control_has_max_bytes(const infext_v1alpha1_flow_control *obj);
/**
 * Remove `maxBytes`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_flow_control_clear_max_bytes(infext_v1alpha1_flow_control *obj);
/**
 * Global request limit (Kubernetes quantity).
 * @return `maxRequests` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_flow_control_get_max_requests(const infext_v1alpha1_flow_control *obj);
/**
 * Set `maxRequests` to a copy of @p value (a Kubernetes quantity kept as text).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_flow_control_set_max_requests(infext_v1alpha1_flow_control *obj, const char *value);
/**
 * Whether `maxRequests` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_flow_control_has_max_requests(const infext_v1alpha1_flow_control *obj);
/**
 * Remove `maxRequests`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_flow_control_clear_max_requests(infext_v1alpha1_flow_control *obj);
/**
 * Default time a request may wait (Go duration).
 * @return `defaultRequestTTL` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_flow_control_get_default_request_ttl(const infext_v1alpha1_flow_control *obj);
/**
 * Set `defaultRequestTTL` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_flow_control_set_default_request_ttl(infext_v1alpha1_flow_control *obj, const char *value);
/**
 * Whether `defaultRequestTTL` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_flow_control_has_default_request_ttl(const infext_v1alpha1_flow_control *obj);
/**
 * Remove `defaultRequestTTL`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_flow_control_clear_default_request_ttl(infext_v1alpha1_flow_control *obj);
/**
 * Template for bands not listed.
 * @return `defaultPriorityBand`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_priority_band *infext_v1alpha1_flow_control_get_default_priority_band(const infext_v1alpha1_flow_control *obj);
/**
 * Get `defaultPriorityBand`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_flow_control_ensure_default_priority_band(infext_v1alpha1_priority_band **out, infext_v1alpha1_flow_control *obj);
/**
 * Whether `defaultPriorityBand` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_flow_control_has_default_priority_band(const infext_v1alpha1_flow_control *obj);
/**
 * Remove `defaultPriorityBand`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_flow_control_clear_default_priority_band(infext_v1alpha1_flow_control *obj);
/**
 * Number of items of `priorityBands` (Priority bands.) 0 when absent.
 */
INFEXT_API size_t infext_v1alpha1_flow_control_priority_bands_count(const infext_v1alpha1_flow_control *obj);
/**
 * Item @p index of `priorityBands`.
 * @return the borrowed item, or NULL when out of range.
 */
INFEXT_API infext_v1alpha1_priority_band *infext_v1alpha1_flow_control_priority_bands_at(const infext_v1alpha1_flow_control *obj, size_t index);
/**
 * Append a new empty item to `priorityBands` (marking the list present).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_flow_control_priority_bands_append(infext_v1alpha1_priority_band **out, infext_v1alpha1_flow_control *obj);
/**
 * Insert a new empty item into `priorityBands` before position @p index
 * (index == count appends).
 * @param[out] out receives the borrowed new item; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (index > count), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_flow_control_priority_bands_insert(infext_v1alpha1_priority_band **out, infext_v1alpha1_flow_control *obj, size_t index);
/**
 * Remove item @p index of `priorityBands`; pointers to it become invalid
 * for use through the list (the memory stays in the arena).
 * @return INFEXT_OK, INFEXT_EINVAL when out of range.
 */
INFEXT_API infext_status infext_v1alpha1_flow_control_priority_bands_remove(infext_v1alpha1_flow_control *obj, size_t index);
/**
 * Whether `priorityBands` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_flow_control_has_priority_bands(const infext_v1alpha1_flow_control *obj);
/**
 * Remove `priorityBands`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_flow_control_clear_priority_bands(infext_v1alpha1_flow_control *obj);
/**
 * Usage limit policy plugin instance.
 * @return `usageLimitPolicyPluginRef` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_flow_control_get_usage_limit_policy_plugin_ref(const infext_v1alpha1_flow_control *obj);
/**
 * Set `usageLimitPolicyPluginRef` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_flow_control_set_usage_limit_policy_plugin_ref(infext_v1alpha1_flow_control *obj, const char *value);
/**
 * Whether `usageLimitPolicyPluginRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_flow_control_has_usage_limit_policy_plugin_ref(const infext_v1alpha1_flow_control *obj);
/**
 * Remove `usageLimitPolicyPluginRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_flow_control_clear_usage_limit_policy_plugin_ref(infext_v1alpha1_flow_control *obj);
/**
 * Template for bands of negative priority (llm-d-router).
 * @return `defaultNegativePriorityBand`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_priority_band *infext_v1alpha1_flow_control_get_default_negative_priority_band(const infext_v1alpha1_flow_control *obj);
/**
 * Get `defaultNegativePriorityBand`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_flow_control_ensure_default_negative_priority_band(infext_v1alpha1_priority_band **out, infext_v1alpha1_flow_control *obj);
/**
 * Whether `defaultNegativePriorityBand` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_flow_control_has_default_negative_priority_band(const infext_v1alpha1_flow_control *obj);
/**
 * Remove `defaultNegativePriorityBand`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_flow_control_clear_default_negative_priority_band(infext_v1alpha1_flow_control *obj);
/**
 * Saturation detector for admission and flow control (llm-d-router).
 * @return `saturationDetector`, borrowed from the root, or NULL when absent.
 */
INFEXT_API infext_v1alpha1_saturation_detector *infext_v1alpha1_flow_control_get_saturation_detector(const infext_v1alpha1_flow_control *obj);
/**
 * Get `saturationDetector`, creating it empty when absent.
 * @param[out] out receives the borrowed sub-object.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_flow_control_ensure_saturation_detector(infext_v1alpha1_saturation_detector **out, infext_v1alpha1_flow_control *obj);
/**
 * Whether `saturationDetector` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_flow_control_has_saturation_detector(const infext_v1alpha1_flow_control *obj);
/**
 * Remove `saturationDetector`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_flow_control_clear_saturation_detector(infext_v1alpha1_flow_control *obj);
/**
 * Whether lower-priority requests in flight may be evicted (llm-d-router).
 * @param[out] out receives `enableEviction` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1alpha1_flow_control_get_enable_eviction(bool *out, const infext_v1alpha1_flow_control *obj);
/**
 * Set `enableEviction` (a boolean) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1alpha1_flow_control_set_enable_eviction(infext_v1alpha1_flow_control *obj, bool value);
/**
 * Whether `enableEviction` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_flow_control_has_enable_eviction(const infext_v1alpha1_flow_control *obj);
/**
 * Remove `enableEviction`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_flow_control_clear_enable_eviction(infext_v1alpha1_flow_control *obj);
/** @} */

/** @name V1alpha1PriorityBand
 * A flow-control priority band.
 * @{ */
/**
 * Deep equality: same fields present with equal values, same map
 * entries in any order, same preserved unknown members.
 * @return true when equal; two NULLs are equal. Thread-safe for readers.
 */
INFEXT_API bool infext_v1alpha1_priority_band_equal(const infext_v1alpha1_priority_band *a, const infext_v1alpha1_priority_band *b);
/**
 * Priority of the band; unique among bands.
 * @param[out] out receives `priority` when present.
 * @return true when present, false when absent (or NULL arguments).
 */
INFEXT_API bool infext_v1alpha1_priority_band_get_priority(int64_t *out, const infext_v1alpha1_priority_band *obj);
/**
 * Set `priority` (a 64-bit integer) and mark it present.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL.
 */
INFEXT_API infext_status infext_v1alpha1_priority_band_set_priority(infext_v1alpha1_priority_band *obj, int64_t value);
/**
 * Whether `priority` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_priority_band_has_priority(const infext_v1alpha1_priority_band *obj);
/**
 * Remove `priority`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_priority_band_clear_priority(infext_v1alpha1_priority_band *obj);
/**
 * Byte limit of the band (an integer in GIE v1.4 and Heimdall, a Kubernetes quantity since v1.5).
 * @return `maxBytes` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_priority_band_get_max_bytes(const infext_v1alpha1_priority_band *obj);
/**
 * Set `maxBytes` to a copy of @p value (a Kubernetes quantity kept as text).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_priority_band_set_max_bytes(infext_v1alpha1_priority_band *obj, const char *value);
/**
 * Whether `maxBytes` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_priority_band_has_max_bytes(const infext_v1alpha1_priority_band *obj);
/**
 * Remove `maxBytes`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_priority_band_clear_max_bytes(infext_v1alpha1_priority_band *obj);
/**
 * Request limit of the band (Kubernetes quantity).
 * @return `maxRequests` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_priority_band_get_max_requests(const infext_v1alpha1_priority_band *obj);
/**
 * Set `maxRequests` to a copy of @p value (a Kubernetes quantity kept as text).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_priority_band_set_max_requests(infext_v1alpha1_priority_band *obj, const char *value);
/**
 * Whether `maxRequests` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_priority_band_has_max_requests(const infext_v1alpha1_priority_band *obj);
/**
 * Remove `maxRequests`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_priority_band_clear_max_requests(infext_v1alpha1_priority_band *obj);
/**
 * Fairness policy plugin instance (not Heimdall's).
 * @return `fairnessPolicyRef` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_priority_band_get_fairness_policy_ref(const infext_v1alpha1_priority_band *obj);
/**
 * Set `fairnessPolicyRef` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_priority_band_set_fairness_policy_ref(infext_v1alpha1_priority_band *obj, const char *value);
/**
 * Whether `fairnessPolicyRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_priority_band_has_fairness_policy_ref(const infext_v1alpha1_priority_band *obj);
/**
 * Remove `fairnessPolicyRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_priority_band_clear_fairness_policy_ref(infext_v1alpha1_priority_band *obj);
/**
 * Ordering policy plugin instance (not Heimdall's).
 * @return `orderingPolicyRef` as a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_v1alpha1_priority_band_get_ordering_policy_ref(const infext_v1alpha1_priority_band *obj);
/**
 * Set `orderingPolicyRef` to a copy of @p value (a string).
 * @param value NUL-terminated UTF-8, or NULL to clear the field.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_v1alpha1_priority_band_set_ordering_policy_ref(infext_v1alpha1_priority_band *obj, const char *value);
/**
 * Whether `orderingPolicyRef` is present. @return false for NULL.
 */
INFEXT_API bool infext_v1alpha1_priority_band_has_ordering_policy_ref(const infext_v1alpha1_priority_band *obj);
/**
 * Remove `orderingPolicyRef`; its memory stays in the arena until the root is freed.
 * NULL is a no-op.
 */
INFEXT_API void infext_v1alpha1_priority_band_clear_ordering_policy_ref(infext_v1alpha1_priority_band *obj);
/** @} */

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_TYPES_H */
