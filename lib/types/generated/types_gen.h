/* GENERATED FILE - do not edit.
 * Produced by lib/types/generator/generate.py from lib/types/schema.yaml;
 * regenerate with `cmake --build build --target generate`. */
#ifndef INFEXT_TYPES_GEN_H
#define INFEXT_TYPES_GEN_H

#include "types/schema.h"

struct infext_object_meta {
    infext__hdr hdr;
    const char *name;
    const char *generate_name;
    const char *namespace;
    const char *self_link;
    const char *uid;
    const char *resource_version;
    int64_t generation;
    const char *creation_timestamp;
    const char *deletion_timestamp;
    int64_t deletion_grace_period_seconds;
    infext__map labels;
    infext__map annotations;
    infext__list owner_references;
    infext__list finalizers;
    infext__value *managed_fields;
};

struct infext_owner_reference {
    infext__hdr hdr;
    const char *api_version;
    const char *kind;
    const char *name;
    const char *uid;
    bool controller;
    bool block_owner_deletion;
};

struct infext_list_meta {
    infext__hdr hdr;
    const char *self_link;
    const char *resource_version;
    const char *continue_;
    int64_t remaining_item_count;
};

struct infext_condition {
    infext__hdr hdr;
    const char *last_transition_time;
    const char *message;
    int64_t observed_generation;
    const char *reason;
    const char *status;
    const char *type;
};

struct infext_v1_inference_pool {
    infext__hdr hdr;
    infext_object_meta *metadata;
    infext_v1_inference_pool_spec *spec;
    infext_v1_inference_pool_status *status;
};

struct infext_v1_inference_pool_list {
    infext__hdr hdr;
    infext_list_meta *metadata;
    infext__list items;
};

struct infext_v1_inference_pool_spec {
    infext__hdr hdr;
    infext_v1_label_selector *selector;
    infext__list target_ports;
    infext_v1_endpoint_picker_ref *endpoint_picker_ref;
    const char *app_protocol;
};

struct infext_v1_label_selector {
    infext__hdr hdr;
    infext__map match_labels;
};

struct infext_v1_port {
    infext__hdr hdr;
    int32_t number;
};

struct infext_v1_endpoint_picker_ref {
    infext__hdr hdr;
    const char *group;
    const char *kind;
    const char *name;
    infext_v1_port *port;
    const char *failure_mode;
};

struct infext_v1_inference_pool_status {
    infext__hdr hdr;
    infext__list parents;
};

struct infext_v1_parent_status {
    infext__hdr hdr;
    infext__list conditions;
    const char *controller_name;
    infext_v1_parent_reference *parent_ref;
};

struct infext_v1_parent_reference {
    infext__hdr hdr;
    const char *group;
    const char *kind;
    const char *name;
    const char *namespace;
};

struct infext_v1alpha2_inference_pool {
    infext__hdr hdr;
    infext_object_meta *metadata;
    infext_v1alpha2_inference_pool_spec *spec;
    infext_v1alpha2_inference_pool_status *status;
};

struct infext_v1alpha2_inference_pool_list {
    infext__hdr hdr;
    infext_list_meta *metadata;
    infext__list items;
};

struct infext_v1alpha2_inference_pool_spec {
    infext__hdr hdr;
    infext__map selector;
    int32_t target_port_number;
    infext_v1alpha2_extension_reference *extension_ref;
};

struct infext_v1alpha2_extension_reference {
    infext__hdr hdr;
    const char *group;
    const char *kind;
    const char *name;
    int32_t port_number;
    const char *failure_mode;
};

struct infext_v1alpha2_inference_pool_status {
    infext__hdr hdr;
    infext__list parent;
};

struct infext_v1alpha2_pool_status {
    infext__hdr hdr;
    infext_v1alpha2_parent_gateway_reference *parent_ref;
    infext__list conditions;
};

struct infext_v1alpha2_parent_gateway_reference {
    infext__hdr hdr;
    const char *group;
    const char *kind;
    const char *name;
    const char *namespace;
};

struct infext_v1alpha2_inference_objective {
    infext__hdr hdr;
    infext_object_meta *metadata;
    infext_v1alpha2_inference_objective_spec *spec;
    infext_v1alpha2_inference_objective_status *status;
};

struct infext_v1alpha2_inference_objective_list {
    infext__hdr hdr;
    infext_list_meta *metadata;
    infext__list items;
};

struct infext_v1alpha2_inference_objective_spec {
    infext__hdr hdr;
    int64_t priority;
    infext_v1alpha2_pool_object_reference *pool_ref;
};

struct infext_v1alpha2_pool_object_reference {
    infext__hdr hdr;
    const char *group;
    const char *kind;
    const char *name;
};

struct infext_v1alpha2_inference_objective_status {
    infext__hdr hdr;
    infext__list conditions;
};

struct infext_v1alpha2_inference_model_rewrite {
    infext__hdr hdr;
    infext_object_meta *metadata;
    infext_v1alpha2_inference_model_rewrite_spec *spec;
    infext_v1alpha2_inference_model_rewrite_status *status;
};

struct infext_v1alpha2_inference_model_rewrite_list {
    infext__hdr hdr;
    infext_list_meta *metadata;
    infext__list items;
};

struct infext_v1alpha2_inference_model_rewrite_spec {
    infext__hdr hdr;
    infext_v1alpha2_pool_object_reference *pool_ref;
    infext__list rules;
};

struct infext_v1alpha2_inference_model_rewrite_rule {
    infext__hdr hdr;
    infext__list matches;
    infext__list split;
    infext__list targets;
};

struct infext_v1alpha2_match {
    infext__hdr hdr;
    infext_v1alpha2_model_match *model;
};

struct infext_v1alpha2_model_match {
    infext__hdr hdr;
    const char *type;
    const char *value;
};

struct infext_v1alpha2_target_model {
    infext__hdr hdr;
    const char *model_rewrite;
    int32_t weight;
};

struct infext_v1alpha2_inference_model_rewrite_status {
    infext__hdr hdr;
    infext__list conditions;
};

struct infext_llmd_v1alpha2_inference_objective {
    infext__hdr hdr;
    infext_object_meta *metadata;
    infext_llmd_v1alpha2_inference_objective_spec *spec;
    infext_v1alpha2_inference_objective_status *status;
};

struct infext_llmd_v1alpha2_inference_objective_list {
    infext__hdr hdr;
    infext_list_meta *metadata;
    infext__list items;
};

struct infext_llmd_v1alpha2_inference_objective_spec {
    infext__hdr hdr;
    int32_t priority;
    infext_v1alpha2_pool_object_reference *pool_ref;
};

struct infext_llmd_v1alpha2_inference_model_rewrite {
    infext__hdr hdr;
    infext_object_meta *metadata;
    infext_llmd_v1alpha2_inference_model_rewrite_spec *spec;
    infext_v1alpha2_inference_model_rewrite_status *status;
};

struct infext_llmd_v1alpha2_inference_model_rewrite_list {
    infext__hdr hdr;
    infext_list_meta *metadata;
    infext__list items;
};

struct infext_llmd_v1alpha2_inference_model_rewrite_spec {
    infext__hdr hdr;
    infext_v1alpha2_pool_object_reference *pool_ref;
    infext__list rules;
};

struct infext_llmd_v1alpha2_inference_model_rewrite_rule {
    infext__hdr hdr;
    infext__list matches;
    infext__list targets;
};

struct infext_v1alpha1_inference_pool_import {
    infext__hdr hdr;
    infext_object_meta *metadata;
    infext_v1alpha1_inference_pool_import_status *status;
};

struct infext_v1alpha1_inference_pool_import_list {
    infext__hdr hdr;
    infext_list_meta *metadata;
    infext__list items;
};

struct infext_v1alpha1_inference_pool_import_status {
    infext__hdr hdr;
    infext__list controllers;
};

struct infext_v1alpha1_import_controller {
    infext__hdr hdr;
    const char *name;
    infext__list exporting_clusters;
    infext__list parents;
    infext__list conditions;
};

struct infext_v1alpha1_exporting_cluster {
    infext__hdr hdr;
    const char *name;
};

struct infext_v1alpha1_endpoint_picker_config {
    infext__hdr hdr;
    infext__list feature_gates;
    infext__list plugins;
    infext__list scheduling_profiles;
    infext_v1alpha1_saturation_detector *saturation_detector;
    infext_v1alpha1_data_layer *data_layer;
    infext_v1alpha1_flow_control *flow_control;
    infext_v1alpha1_parser *parser;
    infext_v1alpha1_data_layer *data;
    infext_llmd_v1alpha1_request_handler *request_handler;
};

struct infext_llmd_v1alpha1_endpoint_picker_config {
    infext__hdr hdr;
    infext__list feature_gates;
    infext__list plugins;
    infext__list scheduling_profiles;
    infext_v1alpha1_saturation_detector *saturation_detector;
    infext_v1alpha1_data_layer *data_layer;
    infext_v1alpha1_flow_control *flow_control;
    infext_v1alpha1_parser *parser;
    infext_v1alpha1_data_layer *data;
    infext_llmd_v1alpha1_request_handler *request_handler;
};

struct infext_v1alpha1_plugin_spec {
    infext__hdr hdr;
    const char *name;
    const char *type;
    infext__value *parameters;
};

struct infext_v1alpha1_scheduling_profile {
    infext__hdr hdr;
    const char *name;
    infext__list plugins;
};

struct infext_v1alpha1_scheduling_plugin {
    infext__hdr hdr;
    const char *plugin_ref;
    double weight;
};

struct infext_v1alpha1_saturation_detector {
    infext__hdr hdr;
    int64_t queue_depth_threshold;
    double kv_cache_util_threshold;
    const char *metrics_staleness_threshold;
    const char *plugin_ref;
    const char *type;
    int64_t max_concurrency_per_pod;
    const char *cache_ttl;
};

struct infext_v1alpha1_data_layer {
    infext__hdr hdr;
    infext__list sources;
    bool inject_defaults;
    infext_llmd_v1alpha1_discovery *discovery;
    const char *cross_replica_syncer_plugin_ref;
    const char *cross_replica_sync_interval;
};

struct infext_v1alpha1_data_layer_source {
    infext__hdr hdr;
    const char *plugin_ref;
    infext__list extractors;
};

struct infext_v1alpha1_data_layer_extractor {
    infext__hdr hdr;
    const char *plugin_ref;
};

struct infext_llmd_v1alpha1_discovery {
    infext__hdr hdr;
    const char *plugin_ref;
};

struct infext_v1alpha1_parser {
    infext__hdr hdr;
    const char *plugin_ref;
};

struct infext_llmd_v1alpha1_request_handler {
    infext__hdr hdr;
    infext__list parsers;
};

struct infext_v1alpha1_flow_control {
    infext__hdr hdr;
    const char *max_bytes;
    const char *max_requests;
    const char *default_request_ttl;
    infext_v1alpha1_priority_band *default_priority_band;
    infext__list priority_bands;
    const char *usage_limit_policy_plugin_ref;
    infext_v1alpha1_priority_band *default_negative_priority_band;
    infext_v1alpha1_saturation_detector *saturation_detector;
    bool enable_eviction;
};

struct infext_v1alpha1_priority_band {
    infext__hdr hdr;
    int64_t priority;
    const char *max_bytes;
    const char *max_requests;
    const char *fairness_policy_ref;
    const char *ordering_policy_ref;
};

extern const infext__struct_desc infext__desc_object_meta;
extern const infext__struct_desc infext__desc_owner_reference;
extern const infext__struct_desc infext__desc_list_meta;
extern const infext__struct_desc infext__desc_condition;
extern const infext__struct_desc infext__desc_v1_inference_pool;
extern const infext__struct_desc infext__desc_v1_inference_pool_list;
extern const infext__struct_desc infext__desc_v1_inference_pool_spec;
extern const infext__struct_desc infext__desc_v1_label_selector;
extern const infext__struct_desc infext__desc_v1_port;
extern const infext__struct_desc infext__desc_v1_endpoint_picker_ref;
extern const infext__struct_desc infext__desc_v1_inference_pool_status;
extern const infext__struct_desc infext__desc_v1_parent_status;
extern const infext__struct_desc infext__desc_v1_parent_reference;
extern const infext__struct_desc infext__desc_v1alpha2_inference_pool;
extern const infext__struct_desc infext__desc_v1alpha2_inference_pool_list;
extern const infext__struct_desc infext__desc_v1alpha2_inference_pool_spec;
extern const infext__struct_desc infext__desc_v1alpha2_extension_reference;
extern const infext__struct_desc infext__desc_v1alpha2_inference_pool_status;
extern const infext__struct_desc infext__desc_v1alpha2_pool_status;
extern const infext__struct_desc infext__desc_v1alpha2_parent_gateway_reference;
extern const infext__struct_desc infext__desc_v1alpha2_inference_objective;
extern const infext__struct_desc infext__desc_v1alpha2_inference_objective_list;
extern const infext__struct_desc infext__desc_v1alpha2_inference_objective_spec;
extern const infext__struct_desc infext__desc_v1alpha2_pool_object_reference;
extern const infext__struct_desc infext__desc_v1alpha2_inference_objective_status;
extern const infext__struct_desc infext__desc_v1alpha2_inference_model_rewrite;
extern const infext__struct_desc infext__desc_v1alpha2_inference_model_rewrite_list;
extern const infext__struct_desc infext__desc_v1alpha2_inference_model_rewrite_spec;
extern const infext__struct_desc infext__desc_v1alpha2_inference_model_rewrite_rule;
extern const infext__struct_desc infext__desc_v1alpha2_match;
extern const infext__struct_desc infext__desc_v1alpha2_model_match;
extern const infext__struct_desc infext__desc_v1alpha2_target_model;
extern const infext__struct_desc infext__desc_v1alpha2_inference_model_rewrite_status;
extern const infext__struct_desc infext__desc_llmd_v1alpha2_inference_objective;
extern const infext__struct_desc infext__desc_llmd_v1alpha2_inference_objective_list;
extern const infext__struct_desc infext__desc_llmd_v1alpha2_inference_objective_spec;
extern const infext__struct_desc infext__desc_llmd_v1alpha2_inference_model_rewrite;
extern const infext__struct_desc infext__desc_llmd_v1alpha2_inference_model_rewrite_list;
extern const infext__struct_desc infext__desc_llmd_v1alpha2_inference_model_rewrite_spec;
extern const infext__struct_desc infext__desc_llmd_v1alpha2_inference_model_rewrite_rule;
extern const infext__struct_desc infext__desc_v1alpha1_inference_pool_import;
extern const infext__struct_desc infext__desc_v1alpha1_inference_pool_import_list;
extern const infext__struct_desc infext__desc_v1alpha1_inference_pool_import_status;
extern const infext__struct_desc infext__desc_v1alpha1_import_controller;
extern const infext__struct_desc infext__desc_v1alpha1_exporting_cluster;
extern const infext__struct_desc infext__desc_v1alpha1_endpoint_picker_config;
extern const infext__struct_desc infext__desc_llmd_v1alpha1_endpoint_picker_config;
extern const infext__struct_desc infext__desc_v1alpha1_plugin_spec;
extern const infext__struct_desc infext__desc_v1alpha1_scheduling_profile;
extern const infext__struct_desc infext__desc_v1alpha1_scheduling_plugin;
extern const infext__struct_desc infext__desc_v1alpha1_saturation_detector;
extern const infext__struct_desc infext__desc_v1alpha1_data_layer;
extern const infext__struct_desc infext__desc_v1alpha1_data_layer_source;
extern const infext__struct_desc infext__desc_v1alpha1_data_layer_extractor;
extern const infext__struct_desc infext__desc_llmd_v1alpha1_discovery;
extern const infext__struct_desc infext__desc_v1alpha1_parser;
extern const infext__struct_desc infext__desc_llmd_v1alpha1_request_handler;
extern const infext__struct_desc infext__desc_v1alpha1_flow_control;
extern const infext__struct_desc infext__desc_v1alpha1_priority_band;
#define INFEXT__FIELD_OBJECT_META_NAME (&infext__desc_object_meta.fields[0])
#define INFEXT__FIELD_OBJECT_META_GENERATE_NAME (&infext__desc_object_meta.fields[1])
#define INFEXT__FIELD_OBJECT_META_NAMESPACE (&infext__desc_object_meta.fields[2])
#define INFEXT__FIELD_OBJECT_META_SELF_LINK (&infext__desc_object_meta.fields[3])
#define INFEXT__FIELD_OBJECT_META_UID (&infext__desc_object_meta.fields[4])
#define INFEXT__FIELD_OBJECT_META_RESOURCE_VERSION (&infext__desc_object_meta.fields[5])
#define INFEXT__FIELD_OBJECT_META_GENERATION (&infext__desc_object_meta.fields[6])
#define INFEXT__FIELD_OBJECT_META_CREATION_TIMESTAMP (&infext__desc_object_meta.fields[7])
#define INFEXT__FIELD_OBJECT_META_DELETION_TIMESTAMP (&infext__desc_object_meta.fields[8])
#define INFEXT__FIELD_OBJECT_META_DELETION_GRACE_PERIOD_SECONDS (&infext__desc_object_meta.fields[9])
#define INFEXT__FIELD_OBJECT_META_LABELS (&infext__desc_object_meta.fields[10])
#define INFEXT__FIELD_OBJECT_META_ANNOTATIONS (&infext__desc_object_meta.fields[11])
#define INFEXT__FIELD_OBJECT_META_OWNER_REFERENCES (&infext__desc_object_meta.fields[12])
#define INFEXT__FIELD_OBJECT_META_FINALIZERS (&infext__desc_object_meta.fields[13])
#define INFEXT__FIELD_OBJECT_META_MANAGED_FIELDS (&infext__desc_object_meta.fields[14])
#define INFEXT__FIELD_OWNER_REFERENCE_API_VERSION (&infext__desc_owner_reference.fields[0])
#define INFEXT__FIELD_OWNER_REFERENCE_KIND (&infext__desc_owner_reference.fields[1])
#define INFEXT__FIELD_OWNER_REFERENCE_NAME (&infext__desc_owner_reference.fields[2])
#define INFEXT__FIELD_OWNER_REFERENCE_UID (&infext__desc_owner_reference.fields[3])
#define INFEXT__FIELD_OWNER_REFERENCE_CONTROLLER (&infext__desc_owner_reference.fields[4])
#define INFEXT__FIELD_OWNER_REFERENCE_BLOCK_OWNER_DELETION (&infext__desc_owner_reference.fields[5])
#define INFEXT__FIELD_LIST_META_SELF_LINK (&infext__desc_list_meta.fields[0])
#define INFEXT__FIELD_LIST_META_RESOURCE_VERSION (&infext__desc_list_meta.fields[1])
#define INFEXT__FIELD_LIST_META_CONTINUE (&infext__desc_list_meta.fields[2])
#define INFEXT__FIELD_LIST_META_REMAINING_ITEM_COUNT (&infext__desc_list_meta.fields[3])
#define INFEXT__FIELD_CONDITION_LAST_TRANSITION_TIME (&infext__desc_condition.fields[0])
#define INFEXT__FIELD_CONDITION_MESSAGE (&infext__desc_condition.fields[1])
#define INFEXT__FIELD_CONDITION_OBSERVED_GENERATION (&infext__desc_condition.fields[2])
#define INFEXT__FIELD_CONDITION_REASON (&infext__desc_condition.fields[3])
#define INFEXT__FIELD_CONDITION_STATUS (&infext__desc_condition.fields[4])
#define INFEXT__FIELD_CONDITION_TYPE (&infext__desc_condition.fields[5])
#define INFEXT__FIELD_V1_INFERENCE_POOL_METADATA (&infext__desc_v1_inference_pool.fields[0])
#define INFEXT__FIELD_V1_INFERENCE_POOL_SPEC (&infext__desc_v1_inference_pool.fields[1])
#define INFEXT__FIELD_V1_INFERENCE_POOL_STATUS (&infext__desc_v1_inference_pool.fields[2])
#define INFEXT__FIELD_V1_INFERENCE_POOL_LIST_METADATA (&infext__desc_v1_inference_pool_list.fields[0])
#define INFEXT__FIELD_V1_INFERENCE_POOL_LIST_ITEMS (&infext__desc_v1_inference_pool_list.fields[1])
#define INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_SELECTOR (&infext__desc_v1_inference_pool_spec.fields[0])
#define INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_TARGET_PORTS (&infext__desc_v1_inference_pool_spec.fields[1])
#define INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_ENDPOINT_PICKER_REF (&infext__desc_v1_inference_pool_spec.fields[2])
#define INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_APP_PROTOCOL (&infext__desc_v1_inference_pool_spec.fields[3])
#define INFEXT__FIELD_V1_LABEL_SELECTOR_MATCH_LABELS (&infext__desc_v1_label_selector.fields[0])
#define INFEXT__FIELD_V1_PORT_NUMBER (&infext__desc_v1_port.fields[0])
#define INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_GROUP (&infext__desc_v1_endpoint_picker_ref.fields[0])
#define INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_KIND (&infext__desc_v1_endpoint_picker_ref.fields[1])
#define INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_NAME (&infext__desc_v1_endpoint_picker_ref.fields[2])
#define INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_PORT (&infext__desc_v1_endpoint_picker_ref.fields[3])
#define INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_FAILURE_MODE (&infext__desc_v1_endpoint_picker_ref.fields[4])
#define INFEXT__FIELD_V1_INFERENCE_POOL_STATUS_PARENTS (&infext__desc_v1_inference_pool_status.fields[0])
#define INFEXT__FIELD_V1_PARENT_STATUS_CONDITIONS (&infext__desc_v1_parent_status.fields[0])
#define INFEXT__FIELD_V1_PARENT_STATUS_CONTROLLER_NAME (&infext__desc_v1_parent_status.fields[1])
#define INFEXT__FIELD_V1_PARENT_STATUS_PARENT_REF (&infext__desc_v1_parent_status.fields[2])
#define INFEXT__FIELD_V1_PARENT_REFERENCE_GROUP (&infext__desc_v1_parent_reference.fields[0])
#define INFEXT__FIELD_V1_PARENT_REFERENCE_KIND (&infext__desc_v1_parent_reference.fields[1])
#define INFEXT__FIELD_V1_PARENT_REFERENCE_NAME (&infext__desc_v1_parent_reference.fields[2])
#define INFEXT__FIELD_V1_PARENT_REFERENCE_NAMESPACE (&infext__desc_v1_parent_reference.fields[3])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_METADATA (&infext__desc_v1alpha2_inference_pool.fields[0])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC (&infext__desc_v1alpha2_inference_pool.fields[1])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_STATUS (&infext__desc_v1alpha2_inference_pool.fields[2])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_LIST_METADATA (&infext__desc_v1alpha2_inference_pool_list.fields[0])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_LIST_ITEMS (&infext__desc_v1alpha2_inference_pool_list.fields[1])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_SELECTOR (&infext__desc_v1alpha2_inference_pool_spec.fields[0])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_TARGET_PORT_NUMBER (&infext__desc_v1alpha2_inference_pool_spec.fields[1])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_EXTENSION_REF (&infext__desc_v1alpha2_inference_pool_spec.fields[2])
#define INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_GROUP (&infext__desc_v1alpha2_extension_reference.fields[0])
#define INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_KIND (&infext__desc_v1alpha2_extension_reference.fields[1])
#define INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_NAME (&infext__desc_v1alpha2_extension_reference.fields[2])
#define INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_PORT_NUMBER (&infext__desc_v1alpha2_extension_reference.fields[3])
#define INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_FAILURE_MODE (&infext__desc_v1alpha2_extension_reference.fields[4])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_STATUS_PARENT (&infext__desc_v1alpha2_inference_pool_status.fields[0])
#define INFEXT__FIELD_V1ALPHA2_POOL_STATUS_PARENT_REF (&infext__desc_v1alpha2_pool_status.fields[0])
#define INFEXT__FIELD_V1ALPHA2_POOL_STATUS_CONDITIONS (&infext__desc_v1alpha2_pool_status.fields[1])
#define INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_GROUP (&infext__desc_v1alpha2_parent_gateway_reference.fields[0])
#define INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_KIND (&infext__desc_v1alpha2_parent_gateway_reference.fields[1])
#define INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_NAME (&infext__desc_v1alpha2_parent_gateway_reference.fields[2])
#define INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_NAMESPACE (&infext__desc_v1alpha2_parent_gateway_reference.fields[3])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_METADATA (&infext__desc_v1alpha2_inference_objective.fields[0])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC (&infext__desc_v1alpha2_inference_objective.fields[1])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS (&infext__desc_v1alpha2_inference_objective.fields[2])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_METADATA (&infext__desc_v1alpha2_inference_objective_list.fields[0])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS (&infext__desc_v1alpha2_inference_objective_list.fields[1])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_PRIORITY (&infext__desc_v1alpha2_inference_objective_spec.fields[0])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_POOL_REF (&infext__desc_v1alpha2_inference_objective_spec.fields[1])
#define INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_GROUP (&infext__desc_v1alpha2_pool_object_reference.fields[0])
#define INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_KIND (&infext__desc_v1alpha2_pool_object_reference.fields[1])
#define INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_NAME (&infext__desc_v1alpha2_pool_object_reference.fields[2])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS_CONDITIONS (&infext__desc_v1alpha2_inference_objective_status.fields[0])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_METADATA (&infext__desc_v1alpha2_inference_model_rewrite.fields[0])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC (&infext__desc_v1alpha2_inference_model_rewrite.fields[1])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS (&infext__desc_v1alpha2_inference_model_rewrite.fields[2])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_METADATA (&infext__desc_v1alpha2_inference_model_rewrite_list.fields[0])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS (&infext__desc_v1alpha2_inference_model_rewrite_list.fields[1])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_POOL_REF (&infext__desc_v1alpha2_inference_model_rewrite_spec.fields[0])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES (&infext__desc_v1alpha2_inference_model_rewrite_spec.fields[1])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES (&infext__desc_v1alpha2_inference_model_rewrite_rule.fields[0])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_SPLIT (&infext__desc_v1alpha2_inference_model_rewrite_rule.fields[1])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS (&infext__desc_v1alpha2_inference_model_rewrite_rule.fields[2])
#define INFEXT__FIELD_V1ALPHA2_MATCH_MODEL (&infext__desc_v1alpha2_match.fields[0])
#define INFEXT__FIELD_V1ALPHA2_MODEL_MATCH_TYPE (&infext__desc_v1alpha2_model_match.fields[0])
#define INFEXT__FIELD_V1ALPHA2_MODEL_MATCH_VALUE (&infext__desc_v1alpha2_model_match.fields[1])
#define INFEXT__FIELD_V1ALPHA2_TARGET_MODEL_MODEL_REWRITE (&infext__desc_v1alpha2_target_model.fields[0])
#define INFEXT__FIELD_V1ALPHA2_TARGET_MODEL_WEIGHT (&infext__desc_v1alpha2_target_model.fields[1])
#define INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS_CONDITIONS (&infext__desc_v1alpha2_inference_model_rewrite_status.fields[0])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_METADATA (&infext__desc_llmd_v1alpha2_inference_objective.fields[0])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC (&infext__desc_llmd_v1alpha2_inference_objective.fields[1])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS (&infext__desc_llmd_v1alpha2_inference_objective.fields[2])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_METADATA (&infext__desc_llmd_v1alpha2_inference_objective_list.fields[0])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS (&infext__desc_llmd_v1alpha2_inference_objective_list.fields[1])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_PRIORITY (&infext__desc_llmd_v1alpha2_inference_objective_spec.fields[0])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_POOL_REF (&infext__desc_llmd_v1alpha2_inference_objective_spec.fields[1])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_METADATA (&infext__desc_llmd_v1alpha2_inference_model_rewrite.fields[0])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC (&infext__desc_llmd_v1alpha2_inference_model_rewrite.fields[1])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS (&infext__desc_llmd_v1alpha2_inference_model_rewrite.fields[2])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_METADATA (&infext__desc_llmd_v1alpha2_inference_model_rewrite_list.fields[0])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS (&infext__desc_llmd_v1alpha2_inference_model_rewrite_list.fields[1])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_POOL_REF (&infext__desc_llmd_v1alpha2_inference_model_rewrite_spec.fields[0])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES (&infext__desc_llmd_v1alpha2_inference_model_rewrite_spec.fields[1])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES (&infext__desc_llmd_v1alpha2_inference_model_rewrite_rule.fields[0])
#define INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS (&infext__desc_llmd_v1alpha2_inference_model_rewrite_rule.fields[1])
#define INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_METADATA (&infext__desc_v1alpha1_inference_pool_import.fields[0])
#define INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_STATUS (&infext__desc_v1alpha1_inference_pool_import.fields[1])
#define INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST_METADATA (&infext__desc_v1alpha1_inference_pool_import_list.fields[0])
#define INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST_ITEMS (&infext__desc_v1alpha1_inference_pool_import_list.fields[1])
#define INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_STATUS_CONTROLLERS (&infext__desc_v1alpha1_inference_pool_import_status.fields[0])
#define INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_NAME (&infext__desc_v1alpha1_import_controller.fields[0])
#define INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_EXPORTING_CLUSTERS (&infext__desc_v1alpha1_import_controller.fields[1])
#define INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_PARENTS (&infext__desc_v1alpha1_import_controller.fields[2])
#define INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_CONDITIONS (&infext__desc_v1alpha1_import_controller.fields[3])
#define INFEXT__FIELD_V1ALPHA1_EXPORTING_CLUSTER_NAME (&infext__desc_v1alpha1_exporting_cluster.fields[0])
#define INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES (&infext__desc_v1alpha1_endpoint_picker_config.fields[0])
#define INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS (&infext__desc_v1alpha1_endpoint_picker_config.fields[1])
#define INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES (&infext__desc_v1alpha1_endpoint_picker_config.fields[2])
#define INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SATURATION_DETECTOR (&infext__desc_v1alpha1_endpoint_picker_config.fields[3])
#define INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA_LAYER (&infext__desc_v1alpha1_endpoint_picker_config.fields[4])
#define INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FLOW_CONTROL (&infext__desc_v1alpha1_endpoint_picker_config.fields[5])
#define INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PARSER (&infext__desc_v1alpha1_endpoint_picker_config.fields[6])
#define INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA (&infext__desc_v1alpha1_endpoint_picker_config.fields[7])
#define INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_REQUEST_HANDLER (&infext__desc_v1alpha1_endpoint_picker_config.fields[8])
#define INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES (&infext__desc_llmd_v1alpha1_endpoint_picker_config.fields[0])
#define INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS (&infext__desc_llmd_v1alpha1_endpoint_picker_config.fields[1])
#define INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES (&infext__desc_llmd_v1alpha1_endpoint_picker_config.fields[2])
#define INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SATURATION_DETECTOR (&infext__desc_llmd_v1alpha1_endpoint_picker_config.fields[3])
#define INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA_LAYER (&infext__desc_llmd_v1alpha1_endpoint_picker_config.fields[4])
#define INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FLOW_CONTROL (&infext__desc_llmd_v1alpha1_endpoint_picker_config.fields[5])
#define INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PARSER (&infext__desc_llmd_v1alpha1_endpoint_picker_config.fields[6])
#define INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA (&infext__desc_llmd_v1alpha1_endpoint_picker_config.fields[7])
#define INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_REQUEST_HANDLER (&infext__desc_llmd_v1alpha1_endpoint_picker_config.fields[8])
#define INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_NAME (&infext__desc_v1alpha1_plugin_spec.fields[0])
#define INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_TYPE (&infext__desc_v1alpha1_plugin_spec.fields[1])
#define INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_PARAMETERS (&infext__desc_v1alpha1_plugin_spec.fields[2])
#define INFEXT__FIELD_V1ALPHA1_SCHEDULING_PROFILE_NAME (&infext__desc_v1alpha1_scheduling_profile.fields[0])
#define INFEXT__FIELD_V1ALPHA1_SCHEDULING_PROFILE_PLUGINS (&infext__desc_v1alpha1_scheduling_profile.fields[1])
#define INFEXT__FIELD_V1ALPHA1_SCHEDULING_PLUGIN_PLUGIN_REF (&infext__desc_v1alpha1_scheduling_plugin.fields[0])
#define INFEXT__FIELD_V1ALPHA1_SCHEDULING_PLUGIN_WEIGHT (&infext__desc_v1alpha1_scheduling_plugin.fields[1])
#define INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_QUEUE_DEPTH_THRESHOLD (&infext__desc_v1alpha1_saturation_detector.fields[0])
#define INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_KV_CACHE_UTIL_THRESHOLD (&infext__desc_v1alpha1_saturation_detector.fields[1])
#define INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_METRICS_STALENESS_THRESHOLD (&infext__desc_v1alpha1_saturation_detector.fields[2])
#define INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_PLUGIN_REF (&infext__desc_v1alpha1_saturation_detector.fields[3])
#define INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_TYPE (&infext__desc_v1alpha1_saturation_detector.fields[4])
#define INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_MAX_CONCURRENCY_PER_POD (&infext__desc_v1alpha1_saturation_detector.fields[5])
#define INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_CACHE_TTL (&infext__desc_v1alpha1_saturation_detector.fields[6])
#define INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCES (&infext__desc_v1alpha1_data_layer.fields[0])
#define INFEXT__FIELD_V1ALPHA1_DATA_LAYER_INJECT_DEFAULTS (&infext__desc_v1alpha1_data_layer.fields[1])
#define INFEXT__FIELD_V1ALPHA1_DATA_LAYER_DISCOVERY (&infext__desc_v1alpha1_data_layer.fields[2])
#define INFEXT__FIELD_V1ALPHA1_DATA_LAYER_CROSS_REPLICA_SYNCER_PLUGIN_REF (&infext__desc_v1alpha1_data_layer.fields[3])
#define INFEXT__FIELD_V1ALPHA1_DATA_LAYER_CROSS_REPLICA_SYNC_INTERVAL (&infext__desc_v1alpha1_data_layer.fields[4])
#define INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCE_PLUGIN_REF (&infext__desc_v1alpha1_data_layer_source.fields[0])
#define INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCE_EXTRACTORS (&infext__desc_v1alpha1_data_layer_source.fields[1])
#define INFEXT__FIELD_V1ALPHA1_DATA_LAYER_EXTRACTOR_PLUGIN_REF (&infext__desc_v1alpha1_data_layer_extractor.fields[0])
#define INFEXT__FIELD_LLMD_V1ALPHA1_DISCOVERY_PLUGIN_REF (&infext__desc_llmd_v1alpha1_discovery.fields[0])
#define INFEXT__FIELD_V1ALPHA1_PARSER_PLUGIN_REF (&infext__desc_v1alpha1_parser.fields[0])
#define INFEXT__FIELD_LLMD_V1ALPHA1_REQUEST_HANDLER_PARSERS (&infext__desc_llmd_v1alpha1_request_handler.fields[0])
#define INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_MAX_BYTES (&infext__desc_v1alpha1_flow_control.fields[0])
#define INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_MAX_REQUESTS (&infext__desc_v1alpha1_flow_control.fields[1])
#define INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_REQUEST_TTL (&infext__desc_v1alpha1_flow_control.fields[2])
#define INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_PRIORITY_BAND (&infext__desc_v1alpha1_flow_control.fields[3])
#define INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_PRIORITY_BANDS (&infext__desc_v1alpha1_flow_control.fields[4])
#define INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_USAGE_LIMIT_POLICY_PLUGIN_REF (&infext__desc_v1alpha1_flow_control.fields[5])
#define INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_NEGATIVE_PRIORITY_BAND (&infext__desc_v1alpha1_flow_control.fields[6])
#define INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_SATURATION_DETECTOR (&infext__desc_v1alpha1_flow_control.fields[7])
#define INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_ENABLE_EVICTION (&infext__desc_v1alpha1_flow_control.fields[8])
#define INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_PRIORITY (&infext__desc_v1alpha1_priority_band.fields[0])
#define INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_MAX_BYTES (&infext__desc_v1alpha1_priority_band.fields[1])
#define INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_MAX_REQUESTS (&infext__desc_v1alpha1_priority_band.fields[2])
#define INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_FAIRNESS_POLICY_REF (&infext__desc_v1alpha1_priority_band.fields[3])
#define INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_ORDERING_POLICY_REF (&infext__desc_v1alpha1_priority_band.fields[4])

/* EndpointPickerConfig dialects (schema.yaml epcDialects, epcPluginTypes). */
#define INFEXT__N_EPC_DIALECTS 5
extern const infext__epc_dialect_desc infext__epc_dialects[];
extern const size_t infext__n_epc_dialects;
extern const char *const infext__epc_plugin_types[][5];
extern const size_t infext__n_epc_plugin_types;

#endif
