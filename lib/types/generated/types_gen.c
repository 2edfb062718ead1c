/* GENERATED FILE - do not edit.
 * Produced by lib/types/generator/generate.py from lib/types/schema.yaml;
 * regenerate with `cmake --build build --target generate`. */
#include "types/generated/types_gen.h"

#include <stddef.h>
#include <string.h>

const char *const infext__patterns[] = {
    "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", /* dns_subdomain_or_empty */
    "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", /* kind_name */
    "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", /* label_value */
    "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", /* dns_label */
    "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$", /* controller_name */
    "^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$", /* condition_reason */
    "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$", /* condition_type */
};
const char *const infext__pattern_names[] = {
    "dns_subdomain_or_empty",
    "kind_name",
    "label_value",
    "dns_label",
    "controller_name",
    "condition_reason",
    "condition_type",
};
const size_t infext__n_patterns = 7;

static const infext__constraints c_object_meta_creation_timestamp = {
    .flags = 0,
    .enum_values = NULL,
    .pattern = -1,
    .format = "date-time",
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_object_meta_deletion_timestamp = {
    .flags = 0,
    .enum_values = NULL,
    .pattern = -1,
    .format = "date-time",
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_object_meta_owner_references = {
    .flags = 0,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = "uid",
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_owner_reference_api_version = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_owner_reference_kind = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_owner_reference_name = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_owner_reference_uid = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_condition_last_transition_time = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = "date-time",
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_condition_message = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MAX_LENGTH,
    .max_length = 32768,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_condition_observed_generation = {
    .flags = INFEXT__C_MINIMUM,
    .minimum = 0,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_condition_reason = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 1024,
    .enum_values = NULL,
    .pattern = 5,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const char *const c_condition_status_enum[] = {"True", "False", "Unknown", NULL};
static const infext__constraints c_condition_status = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = c_condition_status_enum,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_condition_type = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MAX_LENGTH,
    .max_length = 316,
    .enum_values = NULL,
    .pattern = 6,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1_inference_pool_spec = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1_inference_pool_list_items = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1_inference_pool_spec_selector = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1_inference_pool_spec_target_ports = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MIN_ITEMS | INFEXT__C_MAX_ITEMS,
    .min_items = 1,
    .max_items = 8,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1_inference_pool_spec_endpoint_picker_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_value d_v1_inference_pool_spec_app_protocol = {INFEXT__D_STRING, 0, {.s = "http"}};
static const char *const c_v1_inference_pool_spec_app_protocol_enum[] = {"http", "kubernetes.io/h2c", NULL};
static const infext__constraints c_v1_inference_pool_spec_app_protocol = {
    .flags = 0,
    .enum_values = c_v1_inference_pool_spec_app_protocol_enum,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1_inference_pool_spec_app_protocol,
    .value = NULL,
};
static const infext__constraints c_v1_label_selector_match_labels_value = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 0,
    .max_length = 63,
    .enum_values = NULL,
    .pattern = 2,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1_label_selector_match_labels = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MIN_PROPS | INFEXT__C_MAX_PROPS,
    .min_props = 1,
    .max_props = 64,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = &c_v1_label_selector_match_labels_value,
};
static const infext__constraints c_v1_port_number = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MINIMUM | INFEXT__C_MAXIMUM,
    .minimum = 1,
    .maximum = 65535,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_value d_v1_endpoint_picker_ref_group = {INFEXT__D_STRING, 0, {.s = ""}};
static const infext__constraints c_v1_endpoint_picker_ref_group = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 0,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = 0,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1_endpoint_picker_ref_group,
    .value = NULL,
};
static const infext__default_value d_v1_endpoint_picker_ref_kind = {INFEXT__D_STRING, 0, {.s = "Service"}};
static const infext__constraints c_v1_endpoint_picker_ref_kind = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 63,
    .enum_values = NULL,
    .pattern = 1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1_endpoint_picker_ref_kind,
    .value = NULL,
};
static const infext__constraints c_v1_endpoint_picker_ref_name = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_value d_v1_endpoint_picker_ref_failure_mode = {INFEXT__D_STRING, 0, {.s = "FailClose"}};
static const char *const c_v1_endpoint_picker_ref_failure_mode_enum[] = {"FailOpen", "FailClose", NULL};
static const infext__constraints c_v1_endpoint_picker_ref_failure_mode = {
    .flags = 0,
    .enum_values = c_v1_endpoint_picker_ref_failure_mode_enum,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1_endpoint_picker_ref_failure_mode,
    .value = NULL,
};
static const infext__constraints c_v1_inference_pool_status_parents = {
    .flags = INFEXT__C_MAX_ITEMS,
    .max_items = 32,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1_parent_status_conditions = {
    .flags = INFEXT__C_MAX_ITEMS,
    .max_items = 8,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = "type",
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1_parent_status_controller_name = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = 4,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1_parent_status_parent_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_value d_v1_parent_reference_group = {INFEXT__D_STRING, 0, {.s = "gateway.networking.k8s.io"}};
static const infext__constraints c_v1_parent_reference_group = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 0,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = 0,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1_parent_reference_group,
    .value = NULL,
};
static const infext__default_value d_v1_parent_reference_kind = {INFEXT__D_STRING, 0, {.s = "Gateway"}};
static const infext__constraints c_v1_parent_reference_kind = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 63,
    .enum_values = NULL,
    .pattern = 1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1_parent_reference_kind,
    .value = NULL,
};
static const infext__constraints c_v1_parent_reference_name = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1_parent_reference_namespace = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 63,
    .enum_values = NULL,
    .pattern = 3,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_member d_v1alpha2_inference_pool_status_parent_0_conditions_0__m[] = {
    {0, {INFEXT__D_STRING, 0, {.s = "1970-01-01T00:00:00Z"}}},
    {1, {INFEXT__D_STRING, 0, {.s = "Waiting for controller"}}},
    {3, {INFEXT__D_STRING, 0, {.s = "Pending"}}},
    {4, {INFEXT__D_STRING, 0, {.s = "Unknown"}}},
    {5, {INFEXT__D_STRING, 0, {.s = "Accepted"}}},
};
static const infext__default_value d_v1alpha2_inference_pool_status_parent_0_conditions__i[] = {
    {INFEXT__D_OBJECT, 5, {.members = d_v1alpha2_inference_pool_status_parent_0_conditions_0__m}},
};
static const infext__default_member d_v1alpha2_inference_pool_status_parent_0_parent_ref__m[] = {
    {1, {INFEXT__D_STRING, 0, {.s = "Status"}}},
    {2, {INFEXT__D_STRING, 0, {.s = "default"}}},
};
static const infext__default_member d_v1alpha2_inference_pool_status_parent_0__m[] = {
    {1, {INFEXT__D_LIST, 1, {.items = d_v1alpha2_inference_pool_status_parent_0_conditions__i}}},
    {0, {INFEXT__D_OBJECT, 2, {.members = d_v1alpha2_inference_pool_status_parent_0_parent_ref__m}}},
};
static const infext__default_value d_v1alpha2_inference_pool_status_parent__i[] = {
    {INFEXT__D_OBJECT, 2, {.members = d_v1alpha2_inference_pool_status_parent_0__m}},
};
static const infext__default_member d_v1alpha2_inference_pool_status__m[] = {
    {0, {INFEXT__D_LIST, 1, {.items = d_v1alpha2_inference_pool_status_parent__i}}},
};
static const infext__default_value d_v1alpha2_inference_pool_status = {INFEXT__D_OBJECT, 1, {.members = d_v1alpha2_inference_pool_status__m}};
static const infext__constraints c_v1alpha2_inference_pool_status = {
    .flags = 0,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1alpha2_inference_pool_status,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_pool_list_items = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_pool_spec_selector_value = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 0,
    .max_length = 63,
    .enum_values = NULL,
    .pattern = 2,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_pool_spec_selector = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = &c_v1alpha2_inference_pool_spec_selector_value,
};
static const infext__constraints c_v1alpha2_inference_pool_spec_target_port_number = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MINIMUM | INFEXT__C_MAXIMUM,
    .minimum = 1,
    .maximum = 65535,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_pool_spec_extension_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_value d_v1alpha2_extension_reference_group = {INFEXT__D_STRING, 0, {.s = ""}};
static const infext__constraints c_v1alpha2_extension_reference_group = {
    .flags = INFEXT__C_MAX_LENGTH,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = 0,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1alpha2_extension_reference_group,
    .value = NULL,
};
static const infext__default_value d_v1alpha2_extension_reference_kind = {INFEXT__D_STRING, 0, {.s = "Service"}};
static const infext__constraints c_v1alpha2_extension_reference_kind = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 63,
    .enum_values = NULL,
    .pattern = 1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1alpha2_extension_reference_kind,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_extension_reference_name = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_extension_reference_port_number = {
    .flags = INFEXT__C_MINIMUM | INFEXT__C_MAXIMUM,
    .minimum = 1,
    .maximum = 65535,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_value d_v1alpha2_extension_reference_failure_mode = {INFEXT__D_STRING, 0, {.s = "FailClose"}};
static const char *const c_v1alpha2_extension_reference_failure_mode_enum[] = {"FailOpen", "FailClose", NULL};
static const infext__constraints c_v1alpha2_extension_reference_failure_mode = {
    .flags = 0,
    .enum_values = c_v1alpha2_extension_reference_failure_mode_enum,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1alpha2_extension_reference_failure_mode,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_pool_status_parent = {
    .flags = INFEXT__C_MAX_ITEMS,
    .max_items = 32,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_pool_status_parent_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_value d_v1alpha2_pool_status_conditions = {INFEXT__D_LIST, 1, {.items = d_v1alpha2_inference_pool_status_parent_0_conditions__i}};
static const infext__constraints c_v1alpha2_pool_status_conditions = {
    .flags = INFEXT__C_MAX_ITEMS,
    .max_items = 8,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = "type",
    .default_value = &d_v1alpha2_pool_status_conditions,
    .value = NULL,
};
static const infext__default_value d_v1alpha2_parent_gateway_reference_group = {INFEXT__D_STRING, 0, {.s = "gateway.networking.k8s.io"}};
static const infext__constraints c_v1alpha2_parent_gateway_reference_group = {
    .flags = INFEXT__C_MAX_LENGTH,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = 0,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1alpha2_parent_gateway_reference_group,
    .value = NULL,
};
static const infext__default_value d_v1alpha2_parent_gateway_reference_kind = {INFEXT__D_STRING, 0, {.s = "Gateway"}};
static const infext__constraints c_v1alpha2_parent_gateway_reference_kind = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 63,
    .enum_values = NULL,
    .pattern = 1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1alpha2_parent_gateway_reference_kind,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_parent_gateway_reference_name = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_parent_gateway_reference_namespace = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 63,
    .enum_values = NULL,
    .pattern = 3,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_objective_list_items = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_objective_spec_pool_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_value d_v1alpha2_pool_object_reference_group = {INFEXT__D_STRING, 0, {.s = "inference.networking.k8s.io"}};
static const infext__constraints c_v1alpha2_pool_object_reference_group = {
    .flags = INFEXT__C_MAX_LENGTH,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = 0,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1alpha2_pool_object_reference_group,
    .value = NULL,
};
static const infext__default_value d_v1alpha2_pool_object_reference_kind = {INFEXT__D_STRING, 0, {.s = "InferencePool"}};
static const infext__constraints c_v1alpha2_pool_object_reference_kind = {
    .flags = INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 63,
    .enum_values = NULL,
    .pattern = 1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1alpha2_pool_object_reference_kind,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_pool_object_reference_name = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_member d_v1alpha2_inference_objective_status_conditions_0__m[] = {
    {0, {INFEXT__D_STRING, 0, {.s = "1970-01-01T00:00:00Z"}}},
    {1, {INFEXT__D_STRING, 0, {.s = "Waiting for controller"}}},
    {3, {INFEXT__D_STRING, 0, {.s = "Pending"}}},
    {4, {INFEXT__D_STRING, 0, {.s = "Unknown"}}},
    {5, {INFEXT__D_STRING, 0, {.s = "Ready"}}},
};
static const infext__default_value d_v1alpha2_inference_objective_status_conditions__i[] = {
    {INFEXT__D_OBJECT, 5, {.members = d_v1alpha2_inference_objective_status_conditions_0__m}},
};
static const infext__default_value d_v1alpha2_inference_objective_status_conditions = {INFEXT__D_LIST, 1, {.items = d_v1alpha2_inference_objective_status_conditions__i}};
static const infext__constraints c_v1alpha2_inference_objective_status_conditions = {
    .flags = INFEXT__C_MAX_ITEMS,
    .max_items = 8,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = "type",
    .default_value = &d_v1alpha2_inference_objective_status_conditions,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_model_rewrite_list_items = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_model_rewrite_spec_pool_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_model_rewrite_spec_rules = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_model_rewrite_rule_split = {
    .flags = INFEXT__C_MIN_ITEMS,
    .min_items = 1,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_inference_model_rewrite_rule_targets = {
    .flags = INFEXT__C_MIN_ITEMS,
    .min_items = 1,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_match_model = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_value d_v1alpha2_model_match_type = {INFEXT__D_STRING, 0, {.s = "Exact"}};
static const char *const c_v1alpha2_model_match_type_enum[] = {"Exact", NULL};
static const infext__constraints c_v1alpha2_model_match_type = {
    .flags = 0,
    .enum_values = c_v1alpha2_model_match_type_enum,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = &d_v1alpha2_model_match_type,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_model_match_value = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MIN_LENGTH,
    .min_length = 1,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_target_model_model_rewrite = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha2_target_model_weight = {
    .flags = INFEXT__C_MINIMUM | INFEXT__C_MAXIMUM,
    .minimum = 1,
    .maximum = 1000000,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__default_value d_v1alpha2_inference_model_rewrite_status_conditions = {INFEXT__D_LIST, 1, {.items = d_v1alpha2_inference_pool_status_parent_0_conditions__i}};
static const infext__constraints c_v1alpha2_inference_model_rewrite_status_conditions = {
    .flags = INFEXT__C_MAX_ITEMS,
    .max_items = 8,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = "type",
    .default_value = &d_v1alpha2_inference_model_rewrite_status_conditions,
    .value = NULL,
};
static const infext__constraints c_llmd_v1alpha2_inference_objective_list_items = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_llmd_v1alpha2_inference_objective_spec_pool_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_llmd_v1alpha2_inference_model_rewrite_list_items = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_llmd_v1alpha2_inference_model_rewrite_spec_pool_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_llmd_v1alpha2_inference_model_rewrite_spec_rules = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_llmd_v1alpha2_inference_model_rewrite_rule_targets = {
    .flags = INFEXT__C_MIN_ITEMS,
    .min_items = 1,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_inference_pool_import_list_items = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_inference_pool_import_status_controllers = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MAX_ITEMS,
    .max_items = 8,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = "name",
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_import_controller_name = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = 4,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_import_controller_conditions = {
    .flags = INFEXT__C_MAX_ITEMS,
    .max_items = 8,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = "type",
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_exporting_cluster_name = {
    .flags = INFEXT__C_REQUIRED | INFEXT__C_MIN_LENGTH | INFEXT__C_MAX_LENGTH,
    .min_length = 1,
    .max_length = 253,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_plugin_spec_type = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_scheduling_profile_name = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_scheduling_plugin_plugin_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_saturation_detector_metrics_staleness_threshold = {
    .flags = 0,
    .enum_values = NULL,
    .pattern = -1,
    .format = "duration",
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const char *const c_v1alpha1_saturation_detector_type_enum[] = {"utilization", "running-requests", NULL};
static const infext__constraints c_v1alpha1_saturation_detector_type = {
    .flags = 0,
    .enum_values = c_v1alpha1_saturation_detector_type_enum,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_saturation_detector_cache_ttl = {
    .flags = 0,
    .enum_values = NULL,
    .pattern = -1,
    .format = "duration",
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_data_layer_cross_replica_sync_interval = {
    .flags = 0,
    .enum_values = NULL,
    .pattern = -1,
    .format = "duration",
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_data_layer_source_plugin_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_data_layer_extractor_plugin_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_llmd_v1alpha1_discovery_plugin_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_parser_plugin_ref = {
    .flags = INFEXT__C_REQUIRED,
    .enum_values = NULL,
    .pattern = -1,
    .format = NULL,
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};
static const infext__constraints c_v1alpha1_flow_control_default_request_ttl = {
    .flags = 0,
    .enum_values = NULL,
    .pattern = -1,
    .format = "duration",
    .list_map_key = NULL,
    .default_value = NULL,
    .value = NULL,
};

static const infext__field fields_object_meta[] = {
    {"name", NULL, "Name, unique within the namespace.", 4, INFEXT__F_STRING, 0, offsetof(struct infext_object_meta, name), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"generateName", NULL, "Prefix the server uses to generate a name when none is given.", 12, INFEXT__F_STRING, 1, offsetof(struct infext_object_meta, generate_name), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"namespace", NULL, "Namespace the object lives in.", 9, INFEXT__F_STRING, 2, offsetof(struct infext_object_meta, namespace), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"selfLink", NULL, "Deprecated URL of the object, kept for round trips.", 8, INFEXT__F_STRING, 3, offsetof(struct infext_object_meta, self_link), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"uid", NULL, "Unique identifier assigned by the server.", 3, INFEXT__F_STRING, 4, offsetof(struct infext_object_meta, uid), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"resourceVersion", NULL, "Opaque version used for optimistic concurrency.", 15, INFEXT__F_STRING, 5, offsetof(struct infext_object_meta, resource_version), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"generation", NULL, "Sequence number of the desired state.", 10, INFEXT__F_INT64, 6, offsetof(struct infext_object_meta, generation), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"creationTimestamp", NULL, "Time the object was created (RFC 3339).", 17, INFEXT__F_STRING, 7, offsetof(struct infext_object_meta, creation_timestamp), NULL, &c_object_meta_creation_timestamp, 0x1f, 0x00, 0x1f, 0x00},
    {"deletionTimestamp", NULL, "Time after which the object will be deleted (RFC 3339).", 17, INFEXT__F_STRING, 8, offsetof(struct infext_object_meta, deletion_timestamp), NULL, &c_object_meta_deletion_timestamp, 0x1f, 0x00, 0x1f, 0x00},
    {"deletionGracePeriodSeconds", NULL, "Seconds allowed for graceful termination.", 26, INFEXT__F_INT64, 9, offsetof(struct infext_object_meta, deletion_grace_period_seconds), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"labels", NULL, "Labels used to select the object.", 6, INFEXT__F_MAP, 10, offsetof(struct infext_object_meta, labels), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"annotations", NULL, "Free-form annotations.", 11, INFEXT__F_MAP, 11, offsetof(struct infext_object_meta, annotations), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"ownerReferences", NULL, "Objects this object depends on.", 15, INFEXT__F_LIST, 12, offsetof(struct infext_object_meta, owner_references), &infext__desc_owner_reference, &c_object_meta_owner_references, 0x1f, 0x00, 0x1f, 0x00},
    {"finalizers", NULL, "Finalizers that must run before deletion.", 10, INFEXT__F_STRLIST, 13, offsetof(struct infext_object_meta, finalizers), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"managedFields", NULL, "Server-side apply field ownership, kept verbatim.", 13, INFEXT__F_RAW, 14, offsetof(struct infext_object_meta, managed_fields), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_owner_reference[] = {
    {"apiVersion", NULL, "API version of the owner.", 10, INFEXT__F_STRING, 0, offsetof(struct infext_owner_reference, api_version), NULL, &c_owner_reference_api_version, 0x1f, 0x1f, 0x1f, 0x00},
    {"kind", NULL, "Kind of the owner.", 4, INFEXT__F_STRING, 1, offsetof(struct infext_owner_reference, kind), NULL, &c_owner_reference_kind, 0x1f, 0x1f, 0x1f, 0x00},
    {"name", NULL, "Name of the owner.", 4, INFEXT__F_STRING, 2, offsetof(struct infext_owner_reference, name), NULL, &c_owner_reference_name, 0x1f, 0x1f, 0x1f, 0x00},
    {"uid", NULL, "UID of the owner.", 3, INFEXT__F_STRING, 3, offsetof(struct infext_owner_reference, uid), NULL, &c_owner_reference_uid, 0x1f, 0x1f, 0x1f, 0x00},
    {"controller", NULL, "Whether the owner is the managing controller.", 10, INFEXT__F_BOOL, 4, offsetof(struct infext_owner_reference, controller), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"blockOwnerDeletion", NULL, "Whether the owner cannot be deleted before this object.", 18, INFEXT__F_BOOL, 5, offsetof(struct infext_owner_reference, block_owner_deletion), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_list_meta[] = {
    {"selfLink", NULL, "Deprecated URL of the list.", 8, INFEXT__F_STRING, 0, offsetof(struct infext_list_meta, self_link), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"resourceVersion", NULL, "Version of the list as a whole.", 15, INFEXT__F_STRING, 1, offsetof(struct infext_list_meta, resource_version), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"continue", NULL, "Token to fetch the next page.", 8, INFEXT__F_STRING, 2, offsetof(struct infext_list_meta, continue_), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"remainingItemCount", NULL, "Number of items left after this page.", 18, INFEXT__F_INT64, 3, offsetof(struct infext_list_meta, remaining_item_count), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_condition[] = {
    {"lastTransitionTime", NULL, "Time the condition last changed status (RFC 3339).", 18, INFEXT__F_STRING, 0, offsetof(struct infext_condition, last_transition_time), NULL, &c_condition_last_transition_time, 0x1f, 0x1f, 0x1f, 0x00},
    {"message", NULL, "Human-readable detail.", 7, INFEXT__F_STRING, 1, offsetof(struct infext_condition, message), NULL, &c_condition_message, 0x1f, 0x1f, 0x1f, 0x00},
    {"observedGeneration", NULL, "Generation the condition was computed for.", 18, INFEXT__F_INT64, 2, offsetof(struct infext_condition, observed_generation), NULL, &c_condition_observed_generation, 0x1f, 0x00, 0x1f, 0x00},
    {"reason", NULL, "CamelCase reason for the last transition.", 6, INFEXT__F_STRING, 3, offsetof(struct infext_condition, reason), NULL, &c_condition_reason, 0x1f, 0x1f, 0x1f, 0x00},
    {"status", NULL, "True, False or Unknown.", 6, INFEXT__F_STRING, 4, offsetof(struct infext_condition, status), NULL, &c_condition_status, 0x1f, 0x1f, 0x1f, 0x00},
    {"type", NULL, "Type of the condition, e.g. Accepted.", 4, INFEXT__F_STRING, 5, offsetof(struct infext_condition, type), NULL, &c_condition_type, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1_inference_pool[] = {
    {"metadata", NULL, "Object metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1_inference_pool, metadata), &infext__desc_object_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"spec", NULL, "Desired state of the pool.", 4, INFEXT__F_OBJECT, 1, offsetof(struct infext_v1_inference_pool, spec), &infext__desc_v1_inference_pool_spec, &c_v1_inference_pool_spec, 0x1f, 0x1f, 0x1f, 0x00},
    {"status", NULL, "Observed state of the pool.", 6, INFEXT__F_OBJECT, 2, offsetof(struct infext_v1_inference_pool, status), &infext__desc_v1_inference_pool_status, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1_inference_pool_list[] = {
    {"metadata", NULL, "List metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1_inference_pool_list, metadata), &infext__desc_list_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"items", NULL, "The pools.", 5, INFEXT__F_LIST, 1, offsetof(struct infext_v1_inference_pool_list, items), &infext__desc_v1_inference_pool, &c_v1_inference_pool_list_items, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1_inference_pool_spec[] = {
    {"selector", NULL, "Selects the model server pods of the pool.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1_inference_pool_spec, selector), &infext__desc_v1_label_selector, &c_v1_inference_pool_spec_selector, 0x1f, 0x1f, 0x1f, 0x00},
    {"targetPorts", NULL, "Ports of the model servers that receive traffic.", 11, INFEXT__F_LIST, 1, offsetof(struct infext_v1_inference_pool_spec, target_ports), &infext__desc_v1_port, &c_v1_inference_pool_spec_target_ports, 0x1f, 0x1f, 0x1f, 0x00},
    {"endpointPickerRef", NULL, "The endpoint picker extension serving this pool.", 17, INFEXT__F_OBJECT, 2, offsetof(struct infext_v1_inference_pool_spec, endpoint_picker_ref), &infext__desc_v1_endpoint_picker_ref, &c_v1_inference_pool_spec_endpoint_picker_ref, 0x1f, 0x0f, 0x1f, 0x00},
    {"appProtocol", NULL, "Protocol the gateway speaks to the model servers: http or kubernetes.io/h2c.", 11, INFEXT__F_STRING, 3, offsetof(struct infext_v1_inference_pool_spec, app_protocol), NULL, &c_v1_inference_pool_spec_app_protocol, 0x1c, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1_label_selector[] = {
    {"matchLabels", NULL, "Labels a pod must carry to belong to the pool.", 11, INFEXT__F_MAP, 0, offsetof(struct infext_v1_label_selector, match_labels), NULL, &c_v1_label_selector_match_labels, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1_port[] = {
    {"number", NULL, "Port number, 1 to 65535.", 6, INFEXT__F_INT32, 0, offsetof(struct infext_v1_port, number), NULL, &c_v1_port_number, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1_endpoint_picker_ref[] = {
    {"group", NULL, "API group of the referent; empty for the core group.", 5, INFEXT__F_STRING, 0, offsetof(struct infext_v1_endpoint_picker_ref, group), NULL, &c_v1_endpoint_picker_ref_group, 0x1f, 0x00, 0x1f, 0x00},
    {"kind", NULL, "Kind of the referent, Service by default.", 4, INFEXT__F_STRING, 1, offsetof(struct infext_v1_endpoint_picker_ref, kind), NULL, &c_v1_endpoint_picker_ref_kind, 0x1f, 0x00, 0x1f, 0x00},
    {"name", NULL, "Name of the referent.", 4, INFEXT__F_STRING, 2, offsetof(struct infext_v1_endpoint_picker_ref, name), NULL, &c_v1_endpoint_picker_ref_name, 0x1f, 0x1f, 0x1f, 0x00},
    {"port", NULL, "Port of the referent; required when kind is Service.", 4, INFEXT__F_OBJECT, 3, offsetof(struct infext_v1_endpoint_picker_ref, port), &infext__desc_v1_port, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"failureMode", NULL, "What the gateway does when the picker is unreachable.", 11, INFEXT__F_STRING, 4, offsetof(struct infext_v1_endpoint_picker_ref, failure_mode), NULL, &c_v1_endpoint_picker_ref_failure_mode, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1_inference_pool_status[] = {
    {"parents", NULL, "Status reported by each parent (Gateway).", 7, INFEXT__F_LIST, 0, offsetof(struct infext_v1_inference_pool_status, parents), &infext__desc_v1_parent_status, &c_v1_inference_pool_status_parents, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1_parent_status[] = {
    {"conditions", NULL, "Conditions for this parent.", 10, INFEXT__F_LIST, 0, offsetof(struct infext_v1_parent_status, conditions), &infext__desc_condition, &c_v1_parent_status_conditions, 0x1f, 0x00, 0x1f, 0x00},
    {"controllerName", NULL, "Controller that wrote this status.", 14, INFEXT__F_STRING, 1, offsetof(struct infext_v1_parent_status, controller_name), NULL, &c_v1_parent_status_controller_name, 0x1f, 0x00, 0x1f, 0x00},
    {"parentRef", NULL, "The parent this status is for.", 9, INFEXT__F_OBJECT, 2, offsetof(struct infext_v1_parent_status, parent_ref), &infext__desc_v1_parent_reference, &c_v1_parent_status_parent_ref, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1_parent_reference[] = {
    {"group", NULL, "API group of the parent.", 5, INFEXT__F_STRING, 0, offsetof(struct infext_v1_parent_reference, group), NULL, &c_v1_parent_reference_group, 0x1f, 0x00, 0x1f, 0x00},
    {"kind", NULL, "Kind of the parent.", 4, INFEXT__F_STRING, 1, offsetof(struct infext_v1_parent_reference, kind), NULL, &c_v1_parent_reference_kind, 0x1f, 0x00, 0x1f, 0x00},
    {"name", NULL, "Name of the parent.", 4, INFEXT__F_STRING, 2, offsetof(struct infext_v1_parent_reference, name), NULL, &c_v1_parent_reference_name, 0x1f, 0x1f, 0x1f, 0x00},
    {"namespace", NULL, "Namespace of the parent.", 9, INFEXT__F_STRING, 3, offsetof(struct infext_v1_parent_reference, namespace), NULL, &c_v1_parent_reference_namespace, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_pool[] = {
    {"metadata", NULL, "Object metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1alpha2_inference_pool, metadata), &infext__desc_object_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"spec", NULL, "Desired state of the pool.", 4, INFEXT__F_OBJECT, 1, offsetof(struct infext_v1alpha2_inference_pool, spec), &infext__desc_v1alpha2_inference_pool_spec, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"status", NULL, "Observed state of the pool.", 6, INFEXT__F_OBJECT, 2, offsetof(struct infext_v1alpha2_inference_pool, status), &infext__desc_v1alpha2_inference_pool_status, &c_v1alpha2_inference_pool_status, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_pool_list[] = {
    {"metadata", NULL, "List metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1alpha2_inference_pool_list, metadata), &infext__desc_list_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"items", NULL, "The pools.", 5, INFEXT__F_LIST, 1, offsetof(struct infext_v1alpha2_inference_pool_list, items), &infext__desc_v1alpha2_inference_pool, &c_v1alpha2_inference_pool_list_items, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_pool_spec[] = {
    {"selector", NULL, "Labels a pod must carry to belong to the pool.", 8, INFEXT__F_MAP, 0, offsetof(struct infext_v1alpha2_inference_pool_spec, selector), NULL, &c_v1alpha2_inference_pool_spec_selector, 0x1f, 0x1f, 0x1f, 0x00},
    {"targetPortNumber", NULL, "Port of the model servers that receives traffic.", 16, INFEXT__F_INT32, 1, offsetof(struct infext_v1alpha2_inference_pool_spec, target_port_number), NULL, &c_v1alpha2_inference_pool_spec_target_port_number, 0x1f, 0x1f, 0x1f, 0x00},
    {"extensionRef", NULL, "The endpoint picker extension serving this pool.", 12, INFEXT__F_OBJECT, 2, offsetof(struct infext_v1alpha2_inference_pool_spec, extension_ref), &infext__desc_v1alpha2_extension_reference, &c_v1alpha2_inference_pool_spec_extension_ref, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_extension_reference[] = {
    {"group", NULL, "API group of the referent; empty for the core group.", 5, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha2_extension_reference, group), NULL, &c_v1alpha2_extension_reference_group, 0x1f, 0x00, 0x1f, 0x00},
    {"kind", NULL, "Kind of the referent, Service by default.", 4, INFEXT__F_STRING, 1, offsetof(struct infext_v1alpha2_extension_reference, kind), NULL, &c_v1alpha2_extension_reference_kind, 0x1f, 0x00, 0x1f, 0x00},
    {"name", NULL, "Name of the referent.", 4, INFEXT__F_STRING, 2, offsetof(struct infext_v1alpha2_extension_reference, name), NULL, &c_v1alpha2_extension_reference_name, 0x1f, 0x1f, 0x1f, 0x00},
    {"portNumber", NULL, "Port of the referent.", 10, INFEXT__F_INT32, 3, offsetof(struct infext_v1alpha2_extension_reference, port_number), NULL, &c_v1alpha2_extension_reference_port_number, 0x1f, 0x00, 0x1f, 0x00},
    {"failureMode", NULL, "What the gateway does when the extension is unreachable.", 11, INFEXT__F_STRING, 4, offsetof(struct infext_v1alpha2_extension_reference, failure_mode), NULL, &c_v1alpha2_extension_reference_failure_mode, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_pool_status[] = {
    {"parent", NULL, "Status reported by each parent.", 6, INFEXT__F_LIST, 0, offsetof(struct infext_v1alpha2_inference_pool_status, parent), &infext__desc_v1alpha2_pool_status, &c_v1alpha2_inference_pool_status_parent, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_pool_status[] = {
    {"parentRef", NULL, "The parent this status is for.", 9, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1alpha2_pool_status, parent_ref), &infext__desc_v1alpha2_parent_gateway_reference, &c_v1alpha2_pool_status_parent_ref, 0x1f, 0x1f, 0x1f, 0x00},
    {"conditions", NULL, "Conditions for this parent.", 10, INFEXT__F_LIST, 1, offsetof(struct infext_v1alpha2_pool_status, conditions), &infext__desc_condition, &c_v1alpha2_pool_status_conditions, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_parent_gateway_reference[] = {
    {"group", NULL, "API group of the parent.", 5, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha2_parent_gateway_reference, group), NULL, &c_v1alpha2_parent_gateway_reference_group, 0x1f, 0x00, 0x1f, 0x00},
    {"kind", NULL, "Kind of the parent.", 4, INFEXT__F_STRING, 1, offsetof(struct infext_v1alpha2_parent_gateway_reference, kind), NULL, &c_v1alpha2_parent_gateway_reference_kind, 0x1f, 0x00, 0x1f, 0x00},
    {"name", NULL, "Name of the parent.", 4, INFEXT__F_STRING, 2, offsetof(struct infext_v1alpha2_parent_gateway_reference, name), NULL, &c_v1alpha2_parent_gateway_reference_name, 0x1f, 0x1f, 0x1f, 0x00},
    {"namespace", NULL, "Namespace of the parent.", 9, INFEXT__F_STRING, 3, offsetof(struct infext_v1alpha2_parent_gateway_reference, namespace), NULL, &c_v1alpha2_parent_gateway_reference_namespace, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_objective[] = {
    {"metadata", NULL, "Object metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1alpha2_inference_objective, metadata), &infext__desc_object_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"spec", NULL, "Desired state of the objective.", 4, INFEXT__F_OBJECT, 1, offsetof(struct infext_v1alpha2_inference_objective, spec), &infext__desc_v1alpha2_inference_objective_spec, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"status", NULL, "Observed state of the objective.", 6, INFEXT__F_OBJECT, 2, offsetof(struct infext_v1alpha2_inference_objective, status), &infext__desc_v1alpha2_inference_objective_status, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_objective_list[] = {
    {"metadata", NULL, "List metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1alpha2_inference_objective_list, metadata), &infext__desc_list_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"items", NULL, "The objectives.", 5, INFEXT__F_LIST, 1, offsetof(struct infext_v1alpha2_inference_objective_list, items), &infext__desc_v1alpha2_inference_objective, &c_v1alpha2_inference_objective_list_items, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_objective_spec[] = {
    {"priority", NULL, "Relative priority of requests using this objective.", 8, INFEXT__F_INT64, 0, offsetof(struct infext_v1alpha2_inference_objective_spec, priority), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"poolRef", NULL, "The pool serving this objective.", 7, INFEXT__F_OBJECT, 1, offsetof(struct infext_v1alpha2_inference_objective_spec, pool_ref), &infext__desc_v1alpha2_pool_object_reference, &c_v1alpha2_inference_objective_spec_pool_ref, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_pool_object_reference[] = {
    {"group", NULL, "API group of the pool.", 5, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha2_pool_object_reference, group), NULL, &c_v1alpha2_pool_object_reference_group, 0x1f, 0x00, 0x1f, 0x00},
    {"kind", NULL, "Kind of the pool.", 4, INFEXT__F_STRING, 1, offsetof(struct infext_v1alpha2_pool_object_reference, kind), NULL, &c_v1alpha2_pool_object_reference_kind, 0x1f, 0x00, 0x1f, 0x00},
    {"name", NULL, "Name of the pool.", 4, INFEXT__F_STRING, 2, offsetof(struct infext_v1alpha2_pool_object_reference, name), NULL, &c_v1alpha2_pool_object_reference_name, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_objective_status[] = {
    {"conditions", NULL, "Conditions of the objective.", 10, INFEXT__F_LIST, 0, offsetof(struct infext_v1alpha2_inference_objective_status, conditions), &infext__desc_condition, &c_v1alpha2_inference_objective_status_conditions, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_model_rewrite[] = {
    {"metadata", NULL, "Object metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1alpha2_inference_model_rewrite, metadata), &infext__desc_object_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"spec", NULL, "Desired state of the rewrite.", 4, INFEXT__F_OBJECT, 1, offsetof(struct infext_v1alpha2_inference_model_rewrite, spec), &infext__desc_v1alpha2_inference_model_rewrite_spec, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"status", NULL, "Observed state of the rewrite.", 6, INFEXT__F_OBJECT, 2, offsetof(struct infext_v1alpha2_inference_model_rewrite, status), &infext__desc_v1alpha2_inference_model_rewrite_status, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_model_rewrite_list[] = {
    {"metadata", NULL, "List metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1alpha2_inference_model_rewrite_list, metadata), &infext__desc_list_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"items", NULL, "The rewrites.", 5, INFEXT__F_LIST, 1, offsetof(struct infext_v1alpha2_inference_model_rewrite_list, items), &infext__desc_v1alpha2_inference_model_rewrite, &c_v1alpha2_inference_model_rewrite_list_items, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_model_rewrite_spec[] = {
    {"poolRef", NULL, "The pool the rules apply to.", 7, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1alpha2_inference_model_rewrite_spec, pool_ref), &infext__desc_v1alpha2_pool_object_reference, &c_v1alpha2_inference_model_rewrite_spec_pool_ref, 0x1f, 0x1f, 0x1f, 0x00},
    {"rules", NULL, "Rewrite rules, first match wins.", 5, INFEXT__F_LIST, 1, offsetof(struct infext_v1alpha2_inference_model_rewrite_spec, rules), &infext__desc_v1alpha2_inference_model_rewrite_rule, &c_v1alpha2_inference_model_rewrite_spec_rules, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_model_rewrite_rule[] = {
    {"matches", NULL, "Conditions a request must meet; empty matches every request.", 7, INFEXT__F_LIST, 0, offsetof(struct infext_v1alpha2_inference_model_rewrite_rule, matches), &infext__desc_v1alpha2_match, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"split", NULL, "Weighted target models (the spelling of bundle v1.2.0).", 5, INFEXT__F_LIST, 1, offsetof(struct infext_v1alpha2_inference_model_rewrite_rule, split), &infext__desc_v1alpha2_target_model, &c_v1alpha2_inference_model_rewrite_rule_split, 0x01, 0x00, 0x1f, 0x00},
    {"targets", NULL, "Weighted target models (split until bundle v1.2.0).", 7, INFEXT__F_LIST, 2, offsetof(struct infext_v1alpha2_inference_model_rewrite_rule, targets), &infext__desc_v1alpha2_target_model, &c_v1alpha2_inference_model_rewrite_rule_targets, 0x1e, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_match[] = {
    {"model", NULL, "Match on the requested model name.", 5, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1alpha2_match, model), &infext__desc_v1alpha2_model_match, &c_v1alpha2_match_model, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_model_match[] = {
    {"type", NULL, "How the value is compared; only Exact.", 4, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha2_model_match, type), NULL, &c_v1alpha2_model_match_type, 0x1f, 0x00, 0x1f, 0x00},
    {"value", NULL, "Model name to match.", 5, INFEXT__F_STRING, 1, offsetof(struct infext_v1alpha2_model_match, value), NULL, &c_v1alpha2_model_match_value, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_target_model[] = {
    {"modelRewrite", NULL, "Model name the request is rewritten to.", 12, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha2_target_model, model_rewrite), NULL, &c_v1alpha2_target_model_model_rewrite, 0x1f, 0x1f, 0x1f, 0x00},
    {"weight", NULL, "Relative weight of this target.", 6, INFEXT__F_INT32, 1, offsetof(struct infext_v1alpha2_target_model, weight), NULL, &c_v1alpha2_target_model_weight, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha2_inference_model_rewrite_status[] = {
    {"conditions", NULL, "Conditions of the rewrite.", 10, INFEXT__F_LIST, 0, offsetof(struct infext_v1alpha2_inference_model_rewrite_status, conditions), &infext__desc_condition, &c_v1alpha2_inference_model_rewrite_status_conditions, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_llmd_v1alpha2_inference_objective[] = {
    {"metadata", NULL, "Object metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_llmd_v1alpha2_inference_objective, metadata), &infext__desc_object_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"spec", NULL, "Desired state of the objective.", 4, INFEXT__F_OBJECT, 1, offsetof(struct infext_llmd_v1alpha2_inference_objective, spec), &infext__desc_llmd_v1alpha2_inference_objective_spec, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"status", NULL, "Observed state of the objective.", 6, INFEXT__F_OBJECT, 2, offsetof(struct infext_llmd_v1alpha2_inference_objective, status), &infext__desc_v1alpha2_inference_objective_status, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_llmd_v1alpha2_inference_objective_list[] = {
    {"metadata", NULL, "List metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_llmd_v1alpha2_inference_objective_list, metadata), &infext__desc_list_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"items", NULL, "The objectives.", 5, INFEXT__F_LIST, 1, offsetof(struct infext_llmd_v1alpha2_inference_objective_list, items), &infext__desc_llmd_v1alpha2_inference_objective, &c_llmd_v1alpha2_inference_objective_list_items, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_llmd_v1alpha2_inference_objective_spec[] = {
    {"priority", NULL, "Relative priority of requests using this objective.", 8, INFEXT__F_INT32, 0, offsetof(struct infext_llmd_v1alpha2_inference_objective_spec, priority), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"poolRef", NULL, "The pool serving this objective.", 7, INFEXT__F_OBJECT, 1, offsetof(struct infext_llmd_v1alpha2_inference_objective_spec, pool_ref), &infext__desc_v1alpha2_pool_object_reference, &c_llmd_v1alpha2_inference_objective_spec_pool_ref, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_llmd_v1alpha2_inference_model_rewrite[] = {
    {"metadata", NULL, "Object metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_llmd_v1alpha2_inference_model_rewrite, metadata), &infext__desc_object_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"spec", NULL, "Desired state of the rewrite.", 4, INFEXT__F_OBJECT, 1, offsetof(struct infext_llmd_v1alpha2_inference_model_rewrite, spec), &infext__desc_llmd_v1alpha2_inference_model_rewrite_spec, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"status", NULL, "Observed state of the rewrite.", 6, INFEXT__F_OBJECT, 2, offsetof(struct infext_llmd_v1alpha2_inference_model_rewrite, status), &infext__desc_v1alpha2_inference_model_rewrite_status, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_llmd_v1alpha2_inference_model_rewrite_list[] = {
    {"metadata", NULL, "List metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_llmd_v1alpha2_inference_model_rewrite_list, metadata), &infext__desc_list_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"items", NULL, "The rewrites.", 5, INFEXT__F_LIST, 1, offsetof(struct infext_llmd_v1alpha2_inference_model_rewrite_list, items), &infext__desc_llmd_v1alpha2_inference_model_rewrite, &c_llmd_v1alpha2_inference_model_rewrite_list_items, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_llmd_v1alpha2_inference_model_rewrite_spec[] = {
    {"poolRef", NULL, "The pool the rules apply to.", 7, INFEXT__F_OBJECT, 0, offsetof(struct infext_llmd_v1alpha2_inference_model_rewrite_spec, pool_ref), &infext__desc_v1alpha2_pool_object_reference, &c_llmd_v1alpha2_inference_model_rewrite_spec_pool_ref, 0x1f, 0x1f, 0x1f, 0x00},
    {"rules", NULL, "Rewrite rules, first match wins.", 5, INFEXT__F_LIST, 1, offsetof(struct infext_llmd_v1alpha2_inference_model_rewrite_spec, rules), &infext__desc_llmd_v1alpha2_inference_model_rewrite_rule, &c_llmd_v1alpha2_inference_model_rewrite_spec_rules, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_llmd_v1alpha2_inference_model_rewrite_rule[] = {
    {"matches", NULL, "Conditions a request must meet; empty matches every request.", 7, INFEXT__F_LIST, 0, offsetof(struct infext_llmd_v1alpha2_inference_model_rewrite_rule, matches), &infext__desc_v1alpha2_match, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"targets", NULL, "Weighted target models.", 7, INFEXT__F_LIST, 1, offsetof(struct infext_llmd_v1alpha2_inference_model_rewrite_rule, targets), &infext__desc_v1alpha2_target_model, &c_llmd_v1alpha2_inference_model_rewrite_rule_targets, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_inference_pool_import[] = {
    {"metadata", NULL, "Object metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1alpha1_inference_pool_import, metadata), &infext__desc_object_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"status", NULL, "Observed state of the import.", 6, INFEXT__F_OBJECT, 1, offsetof(struct infext_v1alpha1_inference_pool_import, status), &infext__desc_v1alpha1_inference_pool_import_status, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_inference_pool_import_list[] = {
    {"metadata", NULL, "List metadata.", 8, INFEXT__F_OBJECT, 0, offsetof(struct infext_v1alpha1_inference_pool_import_list, metadata), &infext__desc_list_meta, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"items", NULL, "The imports.", 5, INFEXT__F_LIST, 1, offsetof(struct infext_v1alpha1_inference_pool_import_list, items), &infext__desc_v1alpha1_inference_pool_import, &c_v1alpha1_inference_pool_import_list_items, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_inference_pool_import_status[] = {
    {"controllers", NULL, "Controllers that manage the import.", 11, INFEXT__F_LIST, 0, offsetof(struct infext_v1alpha1_inference_pool_import_status, controllers), &infext__desc_v1alpha1_import_controller, &c_v1alpha1_inference_pool_import_status_controllers, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_import_controller[] = {
    {"name", NULL, "Name of the controller.", 4, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha1_import_controller, name), NULL, &c_v1alpha1_import_controller_name, 0x1f, 0x1f, 0x1f, 0x00},
    {"exportingClusters", NULL, "Clusters exporting the pool.", 17, INFEXT__F_LIST, 1, offsetof(struct infext_v1alpha1_import_controller, exporting_clusters), &infext__desc_v1alpha1_exporting_cluster, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"parents", NULL, "Status reported by each parent.", 7, INFEXT__F_LIST, 2, offsetof(struct infext_v1alpha1_import_controller, parents), &infext__desc_v1_parent_status, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"conditions", NULL, "Conditions of the import for this controller.", 10, INFEXT__F_LIST, 3, offsetof(struct infext_v1alpha1_import_controller, conditions), &infext__desc_condition, &c_v1alpha1_import_controller_conditions, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_exporting_cluster[] = {
    {"name", NULL, "Name of the cluster.", 4, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha1_exporting_cluster, name), NULL, &c_v1alpha1_exporting_cluster_name, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_endpoint_picker_config[] = {
    {"featureGates", NULL, "Feature gates to enable.", 12, INFEXT__F_STRLIST, 0, offsetof(struct infext_v1alpha1_endpoint_picker_config, feature_gates), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"plugins", NULL, "Plugin instances.", 7, INFEXT__F_LIST, 1, offsetof(struct infext_v1alpha1_endpoint_picker_config, plugins), &infext__desc_v1alpha1_plugin_spec, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"schedulingProfiles", NULL, "Scheduling profiles.", 18, INFEXT__F_LIST, 2, offsetof(struct infext_v1alpha1_endpoint_picker_config, scheduling_profiles), &infext__desc_v1alpha1_scheduling_profile, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"saturationDetector", NULL, "Saturation detector settings (deprecated by llm-d-router for flowControl.saturationDetector).", 18, INFEXT__F_OBJECT, 3, offsetof(struct infext_v1alpha1_endpoint_picker_config, saturation_detector), &infext__desc_v1alpha1_saturation_detector, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"dataLayer", NULL, "Data layer sources (GIE v1.5 and llm-d-router).", 9, INFEXT__F_OBJECT, 4, offsetof(struct infext_v1alpha1_endpoint_picker_config, data_layer), &infext__desc_v1alpha1_data_layer, NULL, 0x1f, 0x00, 0x0c, 0x00},
    {"flowControl", NULL, "Flow control settings (GIE v1.4 and later, Heimdall).", 11, INFEXT__F_OBJECT, 5, offsetof(struct infext_v1alpha1_endpoint_picker_config, flow_control), &infext__desc_v1alpha1_flow_control, NULL, 0x1f, 0x00, 0x1e, 0x00},
    {"parser", NULL, "Request parser plugin (deprecated by llm-d-router for requestHandler.parsers).", 6, INFEXT__F_OBJECT, 6, offsetof(struct infext_v1alpha1_endpoint_picker_config, parser), &infext__desc_v1alpha1_parser, NULL, 0x1f, 0x00, 0x0c, 0x00},
    {"data", NULL, "Data layer sources, as GIE v1.3 and v1.4 (and Heimdall) spell dataLayer.", 4, INFEXT__F_OBJECT, 7, offsetof(struct infext_v1alpha1_endpoint_picker_config, data), &infext__desc_v1alpha1_data_layer, NULL, 0x1f, 0x00, 0x12, 0x00},
    {"requestHandler", NULL, "Request handling plugins (llm-d-router).", 14, INFEXT__F_OBJECT, 8, offsetof(struct infext_v1alpha1_endpoint_picker_config, request_handler), &infext__desc_llmd_v1alpha1_request_handler, NULL, 0x1f, 0x00, 0x08, 0x00},
};
static const infext__field fields_llmd_v1alpha1_endpoint_picker_config[] = {
    {"featureGates", NULL, "Feature gates: a name, or name=true / name=false.", 12, INFEXT__F_STRLIST, 0, offsetof(struct infext_llmd_v1alpha1_endpoint_picker_config, feature_gates), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"plugins", NULL, "Plugin instances.", 7, INFEXT__F_LIST, 1, offsetof(struct infext_llmd_v1alpha1_endpoint_picker_config, plugins), &infext__desc_v1alpha1_plugin_spec, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"schedulingProfiles", NULL, "Scheduling profiles.", 18, INFEXT__F_LIST, 2, offsetof(struct infext_llmd_v1alpha1_endpoint_picker_config, scheduling_profiles), &infext__desc_v1alpha1_scheduling_profile, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"saturationDetector", NULL, "Saturation detector plugin (deprecated for flowControl.saturationDetector).", 18, INFEXT__F_OBJECT, 3, offsetof(struct infext_llmd_v1alpha1_endpoint_picker_config, saturation_detector), &infext__desc_v1alpha1_saturation_detector, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"dataLayer", NULL, "Data sources and extractors, endpoint discovery, cross-replica sync.", 9, INFEXT__F_OBJECT, 4, offsetof(struct infext_llmd_v1alpha1_endpoint_picker_config, data_layer), &infext__desc_v1alpha1_data_layer, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"flowControl", NULL, "Flow control settings.", 11, INFEXT__F_OBJECT, 5, offsetof(struct infext_llmd_v1alpha1_endpoint_picker_config, flow_control), &infext__desc_v1alpha1_flow_control, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"parser", NULL, "Request parser plugin (deprecated for requestHandler.parsers).", 6, INFEXT__F_OBJECT, 6, offsetof(struct infext_llmd_v1alpha1_endpoint_picker_config, parser), &infext__desc_v1alpha1_parser, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"data", NULL, "GIE v1.3's (and Heimdall's) spelling of dataLayer, never read by llm-d-router: a config using it is of another dialect.", 4, INFEXT__F_OBJECT, 7, offsetof(struct infext_llmd_v1alpha1_endpoint_picker_config, data), &infext__desc_v1alpha1_data_layer, NULL, 0x1f, 0x00, 0x12, 0x00},
    {"requestHandler", NULL, "Request handling plugins.", 14, INFEXT__F_OBJECT, 8, offsetof(struct infext_llmd_v1alpha1_endpoint_picker_config, request_handler), &infext__desc_llmd_v1alpha1_request_handler, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_plugin_spec[] = {
    {"name", NULL, "Instance name; defaults to the type.", 4, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha1_plugin_spec, name), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"type", NULL, "Plugin type.", 4, INFEXT__F_STRING, 1, offsetof(struct infext_v1alpha1_plugin_spec, type), NULL, &c_v1alpha1_plugin_spec_type, 0x1f, 0x1f, 0x1f, 0x00},
    {"parameters", NULL, "Plugin parameters, any JSON value.", 10, INFEXT__F_RAW, 2, offsetof(struct infext_v1alpha1_plugin_spec, parameters), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_scheduling_profile[] = {
    {"name", NULL, "Profile name.", 4, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha1_scheduling_profile, name), NULL, &c_v1alpha1_scheduling_profile_name, 0x1f, 0x1f, 0x1f, 0x00},
    {"plugins", NULL, "Plugins of the profile, in order.", 7, INFEXT__F_LIST, 1, offsetof(struct infext_v1alpha1_scheduling_profile, plugins), &infext__desc_v1alpha1_scheduling_plugin, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_scheduling_plugin[] = {
    {"pluginRef", NULL, "Name of a plugin instance.", 9, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha1_scheduling_plugin, plugin_ref), NULL, &c_v1alpha1_scheduling_plugin_plugin_ref, 0x1f, 0x1f, 0x1f, 0x00},
    {"weight", NULL, "Weight of a scorer; 1 when absent (an integer until GIE v1.3, a number since v1.4).", 6, INFEXT__F_DOUBLE, 1, offsetof(struct infext_v1alpha1_scheduling_plugin, weight), NULL, NULL, 0x1f, 0x00, 0x1f, 0x01},
};
static const infext__field fields_v1alpha1_saturation_detector[] = {
    {"queueDepthThreshold", NULL, "Queue depth beyond which an endpoint counts as saturated (GIE v1.2 to v1.4, Heimdall).", 19, INFEXT__F_INT64, 0, offsetof(struct infext_v1alpha1_saturation_detector, queue_depth_threshold), NULL, NULL, 0x1f, 0x00, 0x13, 0x00},
    {"kvCacheUtilThreshold", NULL, "KV-cache utilisation beyond which an endpoint counts as saturated (GIE v1.2 to v1.4, Heimdall).", 20, INFEXT__F_DOUBLE, 1, offsetof(struct infext_v1alpha1_saturation_detector, kv_cache_util_threshold), NULL, NULL, 0x1f, 0x00, 0x13, 0x00},
    {"metricsStalenessThreshold", NULL, "Age after which metrics count as stale, a Go duration (GIE v1.2 to v1.4, Heimdall).", 25, INFEXT__F_STRING, 2, offsetof(struct infext_v1alpha1_saturation_detector, metrics_staleness_threshold), NULL, &c_v1alpha1_saturation_detector_metrics_staleness_threshold, 0x1f, 0x00, 0x13, 0x00},
    {"pluginRef", NULL, "Saturation detector plugin instance (GIE v1.5 and llm-d-router).", 9, INFEXT__F_STRING, 3, offsetof(struct infext_v1alpha1_saturation_detector, plugin_ref), NULL, NULL, 0x1f, 0x00, 0x0c, 0x00},
    {"type", NULL, "Detector implementation, utilization when absent (Heimdall).", 4, INFEXT__F_STRING, 4, offsetof(struct infext_v1alpha1_saturation_detector, type), NULL, &c_v1alpha1_saturation_detector_type, 0x1f, 0x00, 0x10, 0x00},
    {"maxConcurrencyPerPod", NULL, "Requests an endpoint should serve at once, for the running-requests detector (Heimdall).", 20, INFEXT__F_INT64, 5, offsetof(struct infext_v1alpha1_saturation_detector, max_concurrency_per_pod), NULL, NULL, 0x1f, 0x00, 0x10, 0x00},
    {"cacheTTL", NULL, "How long the running-requests detector keeps a computed saturation, a Go duration (Heimdall).", 8, INFEXT__F_STRING, 6, offsetof(struct infext_v1alpha1_saturation_detector, cache_ttl), NULL, &c_v1alpha1_saturation_detector_cache_ttl, 0x1f, 0x00, 0x10, 0x00},
};
static const infext__field fields_v1alpha1_data_layer[] = {
    {"sources", NULL, "Data sources.", 7, INFEXT__F_LIST, 0, offsetof(struct infext_v1alpha1_data_layer, sources), &infext__desc_v1alpha1_data_layer_source, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"injectDefaults", NULL, "Whether the default metrics source and extractor are added; true when absent (llm-d-router).", 14, INFEXT__F_BOOL, 1, offsetof(struct infext_v1alpha1_data_layer, inject_defaults), NULL, NULL, 0x1f, 0x00, 0x08, 0x00},
    {"discovery", NULL, "Endpoint discovery plugin replacing the Kubernetes reconcilers (llm-d-router).", 9, INFEXT__F_OBJECT, 2, offsetof(struct infext_v1alpha1_data_layer, discovery), &infext__desc_llmd_v1alpha1_discovery, NULL, 0x1f, 0x00, 0x08, 0x00},
    {"crossReplicaSyncerPluginRef", NULL, "Plugin instance sharing per-endpoint state between replicas (llm-d-router).", 27, INFEXT__F_STRING, 3, offsetof(struct infext_v1alpha1_data_layer, cross_replica_syncer_plugin_ref), NULL, NULL, 0x1f, 0x00, 0x08, 0x00},
    {"crossReplicaSyncInterval", NULL, "How often a replica publishes its state to the syncer, a Go duration (llm-d-router).", 24, INFEXT__F_STRING, 4, offsetof(struct infext_v1alpha1_data_layer, cross_replica_sync_interval), NULL, &c_v1alpha1_data_layer_cross_replica_sync_interval, 0x1f, 0x00, 0x08, 0x00},
};
static const infext__field fields_v1alpha1_data_layer_source[] = {
    {"pluginRef", NULL, "Data source plugin instance.", 9, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha1_data_layer_source, plugin_ref), NULL, &c_v1alpha1_data_layer_source_plugin_ref, 0x1f, 0x1f, 0x1f, 0x00},
    {"extractors", NULL, "Extractors fed by the source.", 10, INFEXT__F_LIST, 1, offsetof(struct infext_v1alpha1_data_layer_source, extractors), &infext__desc_v1alpha1_data_layer_extractor, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_data_layer_extractor[] = {
    {"pluginRef", NULL, "Extractor plugin instance.", 9, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha1_data_layer_extractor, plugin_ref), NULL, &c_v1alpha1_data_layer_extractor_plugin_ref, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_llmd_v1alpha1_discovery[] = {
    {"pluginRef", NULL, "Endpoint discovery plugin instance.", 9, INFEXT__F_STRING, 0, offsetof(struct infext_llmd_v1alpha1_discovery, plugin_ref), NULL, &c_llmd_v1alpha1_discovery_plugin_ref, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_parser[] = {
    {"pluginRef", NULL, "Parser plugin instance.", 9, INFEXT__F_STRING, 0, offsetof(struct infext_v1alpha1_parser, plugin_ref), NULL, &c_v1alpha1_parser_plugin_ref, 0x1f, 0x1f, 0x1f, 0x00},
};
static const infext__field fields_llmd_v1alpha1_request_handler[] = {
    {"parsers", NULL, "Parser plugins, in order.", 7, INFEXT__F_LIST, 0, offsetof(struct infext_llmd_v1alpha1_request_handler, parsers), &infext__desc_v1alpha1_parser, NULL, 0x1f, 0x00, 0x1f, 0x00},
};
static const infext__field fields_v1alpha1_flow_control[] = {
    {"maxBytes", NULL, "Global byte limit (an integer in GIE v1.4 and Heimdall, a Kubernetes quantity since v1.5).", 8, INFEXT__F_QUANTITY, 0, offsetof(struct infext_v1alpha1_flow_control, max_bytes), NULL, NULL, 0x1f, 0x00, 0x1f, 0x12},
    {"maxRequests", NULL, "Global request limit (Kubernetes quantity).", 11, INFEXT__F_QUANTITY, 1, offsetof(struct infext_v1alpha1_flow_control, max_requests), NULL, NULL, 0x1f, 0x00, 0x0c, 0x00},
    {"defaultRequestTTL", NULL, "Default time a request may wait (Go duration).", 17, INFEXT__F_STRING, 2, offsetof(struct infext_v1alpha1_flow_control, default_request_ttl), NULL, &c_v1alpha1_flow_control_default_request_ttl, 0x1f, 0x00, 0x1f, 0x00},
    {"defaultPriorityBand", NULL, "Template for bands not listed.", 19, INFEXT__F_OBJECT, 3, offsetof(struct infext_v1alpha1_flow_control, default_priority_band), &infext__desc_v1alpha1_priority_band, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"priorityBands", NULL, "Priority bands.", 13, INFEXT__F_LIST, 4, offsetof(struct infext_v1alpha1_flow_control, priority_bands), &infext__desc_v1alpha1_priority_band, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"usageLimitPolicyPluginRef", NULL, "Usage limit policy plugin instance.", 25, INFEXT__F_STRING, 5, offsetof(struct infext_v1alpha1_flow_control, usage_limit_policy_plugin_ref), NULL, NULL, 0x1f, 0x00, 0x0c, 0x00},
    {"defaultNegativePriorityBand", NULL, "Template for bands of negative priority (llm-d-router).", 27, INFEXT__F_OBJECT, 6, offsetof(struct infext_v1alpha1_flow_control, default_negative_priority_band), &infext__desc_v1alpha1_priority_band, NULL, 0x1f, 0x00, 0x08, 0x00},
    {"saturationDetector", NULL, "Saturation detector for admission and flow control (llm-d-router).", 18, INFEXT__F_OBJECT, 7, offsetof(struct infext_v1alpha1_flow_control, saturation_detector), &infext__desc_v1alpha1_saturation_detector, NULL, 0x1f, 0x00, 0x08, 0x00},
    {"enableEviction", NULL, "Whether lower-priority requests in flight may be evicted (llm-d-router).", 14, INFEXT__F_BOOL, 8, offsetof(struct infext_v1alpha1_flow_control, enable_eviction), NULL, NULL, 0x1f, 0x00, 0x08, 0x00},
};
static const infext__field fields_v1alpha1_priority_band[] = {
    {"priority", NULL, "Priority of the band; unique among bands.", 8, INFEXT__F_INT64, 0, offsetof(struct infext_v1alpha1_priority_band, priority), NULL, NULL, 0x1f, 0x00, 0x1f, 0x00},
    {"maxBytes", NULL, "Byte limit of the band (an integer in GIE v1.4 and Heimdall, a Kubernetes quantity since v1.5).", 8, INFEXT__F_QUANTITY, 1, offsetof(struct infext_v1alpha1_priority_band, max_bytes), NULL, NULL, 0x1f, 0x00, 0x1f, 0x12},
    {"maxRequests", NULL, "Request limit of the band (Kubernetes quantity).", 11, INFEXT__F_QUANTITY, 2, offsetof(struct infext_v1alpha1_priority_band, max_requests), NULL, NULL, 0x1f, 0x00, 0x0c, 0x00},
    {"fairnessPolicyRef", NULL, "Fairness policy plugin instance (not Heimdall's).", 17, INFEXT__F_STRING, 3, offsetof(struct infext_v1alpha1_priority_band, fairness_policy_ref), NULL, NULL, 0x1f, 0x00, 0x0e, 0x00},
    {"orderingPolicyRef", NULL, "Ordering policy plugin instance (not Heimdall's).", 17, INFEXT__F_STRING, 4, offsetof(struct infext_v1alpha1_priority_band, ordering_policy_ref), NULL, NULL, 0x1f, 0x00, 0x0e, 0x00},
};

const infext__struct_desc infext__desc_object_meta = {"ObjectMeta", "object_meta", "Standard object metadata (metadata) of a Kubernetes resource.", sizeof(struct infext_object_meta), fields_object_meta, 15, NULL};
const infext__struct_desc infext__desc_owner_reference = {"OwnerReference", "owner_reference", "Reference to an owning object.", sizeof(struct infext_owner_reference), fields_owner_reference, 6, NULL};
const infext__struct_desc infext__desc_list_meta = {"ListMeta", "list_meta", "Metadata of a List kind.", sizeof(struct infext_list_meta), fields_list_meta, 4, NULL};
const infext__struct_desc infext__desc_condition = {"Condition", "condition", "One observed condition of an object (metav1.Condition).", sizeof(struct infext_condition), fields_condition, 6, NULL};
const infext__struct_desc infext__desc_v1_inference_pool = {"V1InferencePool", "v1_inference_pool", "An InferencePool of API version inference.networking.k8s.io/v1.", sizeof(struct infext_v1_inference_pool), fields_v1_inference_pool, 3, &infext__kinds[0]};
const infext__struct_desc infext__desc_v1_inference_pool_list = {"V1InferencePoolList", "v1_inference_pool_list", "A list of v1 InferencePools.", sizeof(struct infext_v1_inference_pool_list), fields_v1_inference_pool_list, 2, &infext__kinds[1]};
const infext__struct_desc infext__desc_v1_inference_pool_spec = {"V1InferencePoolSpec", "v1_inference_pool_spec", "Desired state of a v1 InferencePool.", sizeof(struct infext_v1_inference_pool_spec), fields_v1_inference_pool_spec, 4, NULL};
const infext__struct_desc infext__desc_v1_label_selector = {"V1LabelSelector", "v1_label_selector", "Label selector of a v1 InferencePool (matchLabels only).", sizeof(struct infext_v1_label_selector), fields_v1_label_selector, 1, NULL};
const infext__struct_desc infext__desc_v1_port = {"V1Port", "v1_port", "A port number.", sizeof(struct infext_v1_port), fields_v1_port, 1, NULL};
const infext__struct_desc infext__desc_v1_endpoint_picker_ref = {"V1EndpointPickerRef", "v1_endpoint_picker_ref", "Reference to the endpoint picker extension of a v1 InferencePool.", sizeof(struct infext_v1_endpoint_picker_ref), fields_v1_endpoint_picker_ref, 5, NULL};
const infext__struct_desc infext__desc_v1_inference_pool_status = {"V1InferencePoolStatus", "v1_inference_pool_status", "Observed state of a v1 InferencePool.", sizeof(struct infext_v1_inference_pool_status), fields_v1_inference_pool_status, 1, NULL};
const infext__struct_desc infext__desc_v1_parent_status = {"V1ParentStatus", "v1_parent_status", "Status of a pool as seen by one parent.", sizeof(struct infext_v1_parent_status), fields_v1_parent_status, 3, NULL};
const infext__struct_desc infext__desc_v1_parent_reference = {"V1ParentReference", "v1_parent_reference", "Reference to a parent resource (usually a Gateway).", sizeof(struct infext_v1_parent_reference), fields_v1_parent_reference, 4, NULL};
const infext__struct_desc infext__desc_v1alpha2_inference_pool = {"V1alpha2InferencePool", "v1alpha2_inference_pool", "An InferencePool of API version inference.networking.x-k8s.io/v1alpha2.", sizeof(struct infext_v1alpha2_inference_pool), fields_v1alpha2_inference_pool, 3, &infext__kinds[2]};
const infext__struct_desc infext__desc_v1alpha2_inference_pool_list = {"V1alpha2InferencePoolList", "v1alpha2_inference_pool_list", "A list of v1alpha2 InferencePools.", sizeof(struct infext_v1alpha2_inference_pool_list), fields_v1alpha2_inference_pool_list, 2, &infext__kinds[3]};
const infext__struct_desc infext__desc_v1alpha2_inference_pool_spec = {"V1alpha2InferencePoolSpec", "v1alpha2_inference_pool_spec", "Desired state of a v1alpha2 InferencePool.", sizeof(struct infext_v1alpha2_inference_pool_spec), fields_v1alpha2_inference_pool_spec, 3, NULL};
const infext__struct_desc infext__desc_v1alpha2_extension_reference = {"V1alpha2ExtensionReference", "v1alpha2_extension_reference", "Reference to the endpoint picker extension of a v1alpha2 InferencePool.", sizeof(struct infext_v1alpha2_extension_reference), fields_v1alpha2_extension_reference, 5, NULL};
const infext__struct_desc infext__desc_v1alpha2_inference_pool_status = {"V1alpha2InferencePoolStatus", "v1alpha2_inference_pool_status", "Observed state of a v1alpha2 InferencePool.", sizeof(struct infext_v1alpha2_inference_pool_status), fields_v1alpha2_inference_pool_status, 1, NULL};
const infext__struct_desc infext__desc_v1alpha2_pool_status = {"V1alpha2PoolStatus", "v1alpha2_pool_status", "Status of a v1alpha2 pool as seen by one parent.", sizeof(struct infext_v1alpha2_pool_status), fields_v1alpha2_pool_status, 2, NULL};
const infext__struct_desc infext__desc_v1alpha2_parent_gateway_reference = {"V1alpha2ParentGatewayReference", "v1alpha2_parent_gateway_reference", "Reference to a parent Gateway of a v1alpha2 pool.", sizeof(struct infext_v1alpha2_parent_gateway_reference), fields_v1alpha2_parent_gateway_reference, 4, NULL};
const infext__struct_desc infext__desc_v1alpha2_inference_objective = {"V1alpha2InferenceObjective", "v1alpha2_inference_objective", "An InferenceObjective (inference.networking.x-k8s.io/v1alpha2).", sizeof(struct infext_v1alpha2_inference_objective), fields_v1alpha2_inference_objective, 3, &infext__kinds[4]};
const infext__struct_desc infext__desc_v1alpha2_inference_objective_list = {"V1alpha2InferenceObjectiveList", "v1alpha2_inference_objective_list", "A list of InferenceObjectives.", sizeof(struct infext_v1alpha2_inference_objective_list), fields_v1alpha2_inference_objective_list, 2, &infext__kinds[5]};
const infext__struct_desc infext__desc_v1alpha2_inference_objective_spec = {"V1alpha2InferenceObjectiveSpec", "v1alpha2_inference_objective_spec", "Desired state of an InferenceObjective.", sizeof(struct infext_v1alpha2_inference_objective_spec), fields_v1alpha2_inference_objective_spec, 2, NULL};
const infext__struct_desc infext__desc_v1alpha2_pool_object_reference = {"V1alpha2PoolObjectReference", "v1alpha2_pool_object_reference", "Reference to an InferencePool.", sizeof(struct infext_v1alpha2_pool_object_reference), fields_v1alpha2_pool_object_reference, 3, NULL};
const infext__struct_desc infext__desc_v1alpha2_inference_objective_status = {"V1alpha2InferenceObjectiveStatus", "v1alpha2_inference_objective_status", "Observed state of an InferenceObjective.", sizeof(struct infext_v1alpha2_inference_objective_status), fields_v1alpha2_inference_objective_status, 1, NULL};
const infext__struct_desc infext__desc_v1alpha2_inference_model_rewrite = {"V1alpha2InferenceModelRewrite", "v1alpha2_inference_model_rewrite", "An InferenceModelRewrite (inference.networking.x-k8s.io/v1alpha2).", sizeof(struct infext_v1alpha2_inference_model_rewrite), fields_v1alpha2_inference_model_rewrite, 3, &infext__kinds[6]};
const infext__struct_desc infext__desc_v1alpha2_inference_model_rewrite_list = {"V1alpha2InferenceModelRewriteList", "v1alpha2_inference_model_rewrite_list", "A list of InferenceModelRewrites.", sizeof(struct infext_v1alpha2_inference_model_rewrite_list), fields_v1alpha2_inference_model_rewrite_list, 2, &infext__kinds[7]};
const infext__struct_desc infext__desc_v1alpha2_inference_model_rewrite_spec = {"V1alpha2InferenceModelRewriteSpec", "v1alpha2_inference_model_rewrite_spec", "Desired state of an InferenceModelRewrite.", sizeof(struct infext_v1alpha2_inference_model_rewrite_spec), fields_v1alpha2_inference_model_rewrite_spec, 2, NULL};
const infext__struct_desc infext__desc_v1alpha2_inference_model_rewrite_rule = {"V1alpha2InferenceModelRewriteRule", "v1alpha2_inference_model_rewrite_rule", "One rewrite rule.", sizeof(struct infext_v1alpha2_inference_model_rewrite_rule), fields_v1alpha2_inference_model_rewrite_rule, 3, NULL};
const infext__struct_desc infext__desc_v1alpha2_match = {"V1alpha2Match", "v1alpha2_match", "A match condition of a rewrite rule.", sizeof(struct infext_v1alpha2_match), fields_v1alpha2_match, 1, NULL};
const infext__struct_desc infext__desc_v1alpha2_model_match = {"V1alpha2ModelMatch", "v1alpha2_model_match", "A model-name match.", sizeof(struct infext_v1alpha2_model_match), fields_v1alpha2_model_match, 2, NULL};
const infext__struct_desc infext__desc_v1alpha2_target_model = {"V1alpha2TargetModel", "v1alpha2_target_model", "A weighted rewrite target.", sizeof(struct infext_v1alpha2_target_model), fields_v1alpha2_target_model, 2, NULL};
const infext__struct_desc infext__desc_v1alpha2_inference_model_rewrite_status = {"V1alpha2InferenceModelRewriteStatus", "v1alpha2_inference_model_rewrite_status", "Observed state of an InferenceModelRewrite.", sizeof(struct infext_v1alpha2_inference_model_rewrite_status), fields_v1alpha2_inference_model_rewrite_status, 1, NULL};
const infext__struct_desc infext__desc_llmd_v1alpha2_inference_objective = {"LlmdV1alpha2InferenceObjective", "llmd_v1alpha2_inference_objective", "An InferenceObjective (llm-d.ai/v1alpha2).", sizeof(struct infext_llmd_v1alpha2_inference_objective), fields_llmd_v1alpha2_inference_objective, 3, &infext__kinds[8]};
const infext__struct_desc infext__desc_llmd_v1alpha2_inference_objective_list = {"LlmdV1alpha2InferenceObjectiveList", "llmd_v1alpha2_inference_objective_list", "A list of llm-d.ai InferenceObjectives.", sizeof(struct infext_llmd_v1alpha2_inference_objective_list), fields_llmd_v1alpha2_inference_objective_list, 2, &infext__kinds[9]};
const infext__struct_desc infext__desc_llmd_v1alpha2_inference_objective_spec = {"LlmdV1alpha2InferenceObjectiveSpec", "llmd_v1alpha2_inference_objective_spec", "Desired state of an llm-d.ai InferenceObjective.", sizeof(struct infext_llmd_v1alpha2_inference_objective_spec), fields_llmd_v1alpha2_inference_objective_spec, 2, NULL};
const infext__struct_desc infext__desc_llmd_v1alpha2_inference_model_rewrite = {"LlmdV1alpha2InferenceModelRewrite", "llmd_v1alpha2_inference_model_rewrite", "An InferenceModelRewrite (llm-d.ai/v1alpha2).", sizeof(struct infext_llmd_v1alpha2_inference_model_rewrite), fields_llmd_v1alpha2_inference_model_rewrite, 3, &infext__kinds[10]};
const infext__struct_desc infext__desc_llmd_v1alpha2_inference_model_rewrite_list = {"LlmdV1alpha2InferenceModelRewriteList", "llmd_v1alpha2_inference_model_rewrite_list", "A list of llm-d.ai InferenceModelRewrites.", sizeof(struct infext_llmd_v1alpha2_inference_model_rewrite_list), fields_llmd_v1alpha2_inference_model_rewrite_list, 2, &infext__kinds[11]};
const infext__struct_desc infext__desc_llmd_v1alpha2_inference_model_rewrite_spec = {"LlmdV1alpha2InferenceModelRewriteSpec", "llmd_v1alpha2_inference_model_rewrite_spec", "Desired state of an llm-d.ai InferenceModelRewrite.", sizeof(struct infext_llmd_v1alpha2_inference_model_rewrite_spec), fields_llmd_v1alpha2_inference_model_rewrite_spec, 2, NULL};
const infext__struct_desc infext__desc_llmd_v1alpha2_inference_model_rewrite_rule = {"LlmdV1alpha2InferenceModelRewriteRule", "llmd_v1alpha2_inference_model_rewrite_rule", "One rewrite rule of an llm-d.ai InferenceModelRewrite.", sizeof(struct infext_llmd_v1alpha2_inference_model_rewrite_rule), fields_llmd_v1alpha2_inference_model_rewrite_rule, 2, NULL};
const infext__struct_desc infext__desc_v1alpha1_inference_pool_import = {"V1alpha1InferencePoolImport", "v1alpha1_inference_pool_import", "An InferencePoolImport (inference.networking.x-k8s.io/v1alpha1).", sizeof(struct infext_v1alpha1_inference_pool_import), fields_v1alpha1_inference_pool_import, 2, &infext__kinds[12]};
const infext__struct_desc infext__desc_v1alpha1_inference_pool_import_list = {"V1alpha1InferencePoolImportList", "v1alpha1_inference_pool_import_list", "A list of InferencePoolImports.", sizeof(struct infext_v1alpha1_inference_pool_import_list), fields_v1alpha1_inference_pool_import_list, 2, &infext__kinds[13]};
const infext__struct_desc infext__desc_v1alpha1_inference_pool_import_status = {"V1alpha1InferencePoolImportStatus", "v1alpha1_inference_pool_import_status", "Observed state of an InferencePoolImport.", sizeof(struct infext_v1alpha1_inference_pool_import_status), fields_v1alpha1_inference_pool_import_status, 1, NULL};
const infext__struct_desc infext__desc_v1alpha1_import_controller = {"V1alpha1ImportController", "v1alpha1_import_controller", "Status of an import as written by one controller.", sizeof(struct infext_v1alpha1_import_controller), fields_v1alpha1_import_controller, 4, NULL};
const infext__struct_desc infext__desc_v1alpha1_exporting_cluster = {"V1alpha1ExportingCluster", "v1alpha1_exporting_cluster", "A cluster that exports a pool.", sizeof(struct infext_v1alpha1_exporting_cluster), fields_v1alpha1_exporting_cluster, 1, NULL};
const infext__struct_desc infext__desc_v1alpha1_endpoint_picker_config = {"V1alpha1EndpointPickerConfig", "v1alpha1_endpoint_picker_config", "The endpoint picker's configuration file (not a CRD), apiVersion inference.networking.x-k8s.io/v1alpha1.", sizeof(struct infext_v1alpha1_endpoint_picker_config), fields_v1alpha1_endpoint_picker_config, 9, &infext__kinds[14]};
const infext__struct_desc infext__desc_llmd_v1alpha1_endpoint_picker_config = {"LlmdV1alpha1EndpointPickerConfig", "llmd_v1alpha1_endpoint_picker_config", "The endpoint picker's configuration file as llm-d-router reads it, apiVersion llm-d.ai/v1alpha1.", sizeof(struct infext_llmd_v1alpha1_endpoint_picker_config), fields_llmd_v1alpha1_endpoint_picker_config, 9, &infext__kinds[15]};
const infext__struct_desc infext__desc_v1alpha1_plugin_spec = {"V1alpha1PluginSpec", "v1alpha1_plugin_spec", "One plugin instance of an EndpointPickerConfig.", sizeof(struct infext_v1alpha1_plugin_spec), fields_v1alpha1_plugin_spec, 3, NULL};
const infext__struct_desc infext__desc_v1alpha1_scheduling_profile = {"V1alpha1SchedulingProfile", "v1alpha1_scheduling_profile", "A scheduling profile.", sizeof(struct infext_v1alpha1_scheduling_profile), fields_v1alpha1_scheduling_profile, 2, NULL};
const infext__struct_desc infext__desc_v1alpha1_scheduling_plugin = {"V1alpha1SchedulingPlugin", "v1alpha1_scheduling_plugin", "A plugin used by a scheduling profile.", sizeof(struct infext_v1alpha1_scheduling_plugin), fields_v1alpha1_scheduling_plugin, 2, NULL};
const infext__struct_desc infext__desc_v1alpha1_saturation_detector = {"V1alpha1SaturationDetector", "v1alpha1_saturation_detector", "Saturation detector settings (thresholds, or a plugin reference).", sizeof(struct infext_v1alpha1_saturation_detector), fields_v1alpha1_saturation_detector, 7, NULL};
const infext__struct_desc infext__desc_v1alpha1_data_layer = {"V1alpha1DataLayer", "v1alpha1_data_layer", "Data layer configuration.", sizeof(struct infext_v1alpha1_data_layer), fields_v1alpha1_data_layer, 5, NULL};
const infext__struct_desc infext__desc_v1alpha1_data_layer_source = {"V1alpha1DataLayerSource", "v1alpha1_data_layer_source", "A data source and its extractors.", sizeof(struct infext_v1alpha1_data_layer_source), fields_v1alpha1_data_layer_source, 2, NULL};
const infext__struct_desc infext__desc_v1alpha1_data_layer_extractor = {"V1alpha1DataLayerExtractor", "v1alpha1_data_layer_extractor", "A data extractor.", sizeof(struct infext_v1alpha1_data_layer_extractor), fields_v1alpha1_data_layer_extractor, 1, NULL};
const infext__struct_desc infext__desc_llmd_v1alpha1_discovery = {"LlmdV1alpha1Discovery", "llmd_v1alpha1_discovery", "The endpoint discovery plugin of the data layer (llm-d-router).", sizeof(struct infext_llmd_v1alpha1_discovery), fields_llmd_v1alpha1_discovery, 1, NULL};
const infext__struct_desc infext__desc_v1alpha1_parser = {"V1alpha1Parser", "v1alpha1_parser", "Request parser configuration.", sizeof(struct infext_v1alpha1_parser), fields_v1alpha1_parser, 1, NULL};
const infext__struct_desc infext__desc_llmd_v1alpha1_request_handler = {"LlmdV1alpha1RequestHandler", "llmd_v1alpha1_request_handler", "Request handling configuration (llm-d-router).", sizeof(struct infext_llmd_v1alpha1_request_handler), fields_llmd_v1alpha1_request_handler, 1, NULL};
const infext__struct_desc infext__desc_v1alpha1_flow_control = {"V1alpha1FlowControl", "v1alpha1_flow_control", "Flow control configuration.", sizeof(struct infext_v1alpha1_flow_control), fields_v1alpha1_flow_control, 9, NULL};
const infext__struct_desc infext__desc_v1alpha1_priority_band = {"V1alpha1PriorityBand", "v1alpha1_priority_band", "A flow-control priority band.", sizeof(struct infext_v1alpha1_priority_band), fields_v1alpha1_priority_band, 5, NULL};

const infext__kind_desc infext__kinds[] = {
    {INFEXT_KIND_V1_INFERENCE_POOL, "inference.networking.k8s.io/v1", "InferencePool", &infext__desc_v1_inference_pool, NULL, &infext__kinds[1], INFEXT__UNKNOWN_PRESERVE, 1, 0x1f},
    {INFEXT_KIND_V1_INFERENCE_POOL_LIST, "inference.networking.k8s.io/v1", "InferencePoolList", &infext__desc_v1_inference_pool_list, &infext__desc_v1_inference_pool, NULL, INFEXT__UNKNOWN_PRESERVE, 1, 0x1f},
    {INFEXT_KIND_V1ALPHA2_INFERENCE_POOL, "inference.networking.x-k8s.io/v1alpha2", "InferencePool", &infext__desc_v1alpha2_inference_pool, NULL, &infext__kinds[3], INFEXT__UNKNOWN_PRESERVE, 1, 0x07},
    {INFEXT_KIND_V1ALPHA2_INFERENCE_POOL_LIST, "inference.networking.x-k8s.io/v1alpha2", "InferencePoolList", &infext__desc_v1alpha2_inference_pool_list, &infext__desc_v1alpha2_inference_pool, NULL, INFEXT__UNKNOWN_PRESERVE, 1, 0x07},
    {INFEXT_KIND_V1ALPHA2_INFERENCE_OBJECTIVE, "inference.networking.x-k8s.io/v1alpha2", "InferenceObjective", &infext__desc_v1alpha2_inference_objective, NULL, &infext__kinds[5], INFEXT__UNKNOWN_PRESERVE, 1, 0x0f},
    {INFEXT_KIND_V1ALPHA2_INFERENCE_OBJECTIVE_LIST, "inference.networking.x-k8s.io/v1alpha2", "InferenceObjectiveList", &infext__desc_v1alpha2_inference_objective_list, &infext__desc_v1alpha2_inference_objective, NULL, INFEXT__UNKNOWN_PRESERVE, 1, 0x0f},
    {INFEXT_KIND_V1ALPHA2_INFERENCE_MODEL_REWRITE, "inference.networking.x-k8s.io/v1alpha2", "InferenceModelRewrite", &infext__desc_v1alpha2_inference_model_rewrite, NULL, &infext__kinds[7], INFEXT__UNKNOWN_PRESERVE, 1, 0x0f},
    {INFEXT_KIND_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST, "inference.networking.x-k8s.io/v1alpha2", "InferenceModelRewriteList", &infext__desc_v1alpha2_inference_model_rewrite_list, &infext__desc_v1alpha2_inference_model_rewrite, NULL, INFEXT__UNKNOWN_PRESERVE, 1, 0x0f},
    {INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE, "llm-d.ai/v1alpha2", "InferenceObjective", &infext__desc_llmd_v1alpha2_inference_objective, NULL, &infext__kinds[9], INFEXT__UNKNOWN_PRESERVE, 1, 0x10},
    {INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST, "llm-d.ai/v1alpha2", "InferenceObjectiveList", &infext__desc_llmd_v1alpha2_inference_objective_list, &infext__desc_llmd_v1alpha2_inference_objective, NULL, INFEXT__UNKNOWN_PRESERVE, 1, 0x10},
    {INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE, "llm-d.ai/v1alpha2", "InferenceModelRewrite", &infext__desc_llmd_v1alpha2_inference_model_rewrite, NULL, &infext__kinds[11], INFEXT__UNKNOWN_PRESERVE, 1, 0x10},
    {INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST, "llm-d.ai/v1alpha2", "InferenceModelRewriteList", &infext__desc_llmd_v1alpha2_inference_model_rewrite_list, &infext__desc_llmd_v1alpha2_inference_model_rewrite, NULL, INFEXT__UNKNOWN_PRESERVE, 1, 0x10},
    {INFEXT_KIND_V1ALPHA1_INFERENCE_POOL_IMPORT, "inference.networking.x-k8s.io/v1alpha1", "InferencePoolImport", &infext__desc_v1alpha1_inference_pool_import, NULL, &infext__kinds[13], INFEXT__UNKNOWN_PRESERVE, 1, 0x1f},
    {INFEXT_KIND_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST, "inference.networking.x-k8s.io/v1alpha1", "InferencePoolImportList", &infext__desc_v1alpha1_inference_pool_import_list, &infext__desc_v1alpha1_inference_pool_import, NULL, INFEXT__UNKNOWN_PRESERVE, 1, 0x1f},
    {INFEXT_KIND_V1ALPHA1_ENDPOINT_PICKER_CONFIG, "inference.networking.x-k8s.io/v1alpha1", "EndpointPickerConfig", &infext__desc_v1alpha1_endpoint_picker_config, NULL, NULL, INFEXT__UNKNOWN_STRICT, 0, 0x1f},
    {INFEXT_KIND_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG, "llm-d.ai/v1alpha1", "EndpointPickerConfig", &infext__desc_llmd_v1alpha1_endpoint_picker_config, NULL, NULL, INFEXT__UNKNOWN_STRICT, 0, 0x1f},
};
const size_t infext__n_kinds = 16;

const infext__bundle_desc infext__bundles[] = {
    {INFEXT_BUNDLE_V1_2_0, "v1.2.0", "GIE v1.2.0 (November 2025)", "v1 and v1alpha2 InferencePool, InferenceObjective, InferenceModelRewrite (rules[].split), InferencePoolImport"},
    {INFEXT_BUNDLE_V1_3_1, "v1.3.1", "GIE v1.3.1", "InferenceModelRewrite rules[].split renamed to rules[].targets"},
    {INFEXT_BUNDLE_V1_4_0, "v1.4.0", "GIE v1.4.0", "v1 InferencePool spec.appProtocol (http | kubernetes.io/h2c, default http)"},
    {INFEXT_BUNDLE_V1_5_0, "v1.5.0", "GIE v1.5.0", "v1alpha2 InferencePool no longer served"},
    {INFEXT_BUNDLE_V1_6_0, "v1.6.0", "GIE v1.6.0 with llm-d-router v0.10.0", "v1 spec.endpointPickerRef optional; InferenceObjective and InferenceModelRewrite served only as llm-d.ai/v1alpha2 (llm-d-router v0.10.0; priority is int32)"},
};
const size_t infext__n_bundles = 5;

const infext__epc_dialect_desc infext__epc_dialects[] = {
    {INFEXT_EPC_DIALECT_GIE_V1_0, "gie-v1.0", "GIE v1.0 to v1.2",
     {"inference.networking.x-k8s.io/v1alpha1", NULL},
     {"dataLayer", "flowControl", NULL},
     {NULL}},
    {INFEXT_EPC_DIALECT_GIE_V1_3, "gie-v1.3", "GIE v1.3 and v1.4",
     {"inference.networking.x-k8s.io/v1alpha1", NULL},
     {"dataLayer", "flowControl", "prepareDataPlugins", NULL},
     {NULL}},
    {INFEXT_EPC_DIALECT_GIE_V1_5, "gie-v1.5", "GIE v1.5",
     {"inference.networking.x-k8s.io/v1alpha1", NULL},
     {"dataLayer", "enableLegacyMetrics", "flowControl", NULL},
     {NULL}},
    {INFEXT_EPC_DIALECT_LLM_D_V0_10, "llm-d-v0.10", "llm-d-router v0.10 (GIE v1.6)",
     {"llm-d.ai/v1alpha1", "inference.networking.x-k8s.io/v1alpha1", NULL},
     {"flowControl", "haPopulateNonLeaderDatastore", NULL},
     {"dataLayer", NULL}},
    {INFEXT_EPC_DIALECT_HEIMDALL, "heimdall", "Heimdall (MoAI Inference Framework, moreh-v0.7)",
     {"inference.networking.x-k8s.io/v1alpha1", NULL},
     {"dataLayer", "flowControl", "prepareDataPlugins", NULL},
     {NULL}},
};
const size_t infext__n_epc_dialects = 5;

const char *const infext__epc_plugin_types[][INFEXT__N_EPC_DIALECTS] = {
    {"model-server-protocol-metrics", "model-server-protocol-metrics", "core-metrics-extractor", "core-metrics-extractor", NULL},
    {NULL, NULL, "eviction-sheddable-filter", "sheddable-eviction-filter", NULL},
    {NULL, NULL, "eviction-priority-then-time-ordering", "priority-then-time-eviction-order-policy", NULL},
};
const size_t infext__n_epc_plugin_types = 3;

/* ---- ObjectMeta ---- */
INFEXT_API bool infext_object_meta_equal(const infext_object_meta *a, const infext_object_meta *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_object_meta_has_name(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_NAME); }
INFEXT_API void infext_object_meta_clear_name(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_NAME); }
INFEXT_API const char *infext_object_meta_get_name(const infext_object_meta *obj) { return obj ? obj->name : NULL; }
INFEXT_API infext_status infext_object_meta_set_name(infext_object_meta *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OBJECT_META_NAME, value);
}

INFEXT_API bool infext_object_meta_has_generate_name(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_GENERATE_NAME); }
INFEXT_API void infext_object_meta_clear_generate_name(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_GENERATE_NAME); }
INFEXT_API const char *infext_object_meta_get_generate_name(const infext_object_meta *obj) { return obj ? obj->generate_name : NULL; }
INFEXT_API infext_status infext_object_meta_set_generate_name(infext_object_meta *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OBJECT_META_GENERATE_NAME, value);
}

INFEXT_API bool infext_object_meta_has_namespace(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_NAMESPACE); }
INFEXT_API void infext_object_meta_clear_namespace(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_NAMESPACE); }
INFEXT_API const char *infext_object_meta_get_namespace(const infext_object_meta *obj) { return obj ? obj->namespace : NULL; }
INFEXT_API infext_status infext_object_meta_set_namespace(infext_object_meta *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OBJECT_META_NAMESPACE, value);
}

INFEXT_API bool infext_object_meta_has_self_link(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_SELF_LINK); }
INFEXT_API void infext_object_meta_clear_self_link(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_SELF_LINK); }
INFEXT_API const char *infext_object_meta_get_self_link(const infext_object_meta *obj) { return obj ? obj->self_link : NULL; }
INFEXT_API infext_status infext_object_meta_set_self_link(infext_object_meta *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OBJECT_META_SELF_LINK, value);
}

INFEXT_API bool infext_object_meta_has_uid(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_UID); }
INFEXT_API void infext_object_meta_clear_uid(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_UID); }
INFEXT_API const char *infext_object_meta_get_uid(const infext_object_meta *obj) { return obj ? obj->uid : NULL; }
INFEXT_API infext_status infext_object_meta_set_uid(infext_object_meta *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OBJECT_META_UID, value);
}

INFEXT_API bool infext_object_meta_has_resource_version(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_RESOURCE_VERSION); }
INFEXT_API void infext_object_meta_clear_resource_version(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_RESOURCE_VERSION); }
INFEXT_API const char *infext_object_meta_get_resource_version(const infext_object_meta *obj) { return obj ? obj->resource_version : NULL; }
INFEXT_API infext_status infext_object_meta_set_resource_version(infext_object_meta *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OBJECT_META_RESOURCE_VERSION, value);
}

INFEXT_API bool infext_object_meta_has_generation(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_GENERATION); }
INFEXT_API void infext_object_meta_clear_generation(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_GENERATION); }
INFEXT_API bool infext_object_meta_get_generation(int64_t *out, const infext_object_meta *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_OBJECT_META_GENERATION)) return false;
    *out = obj->generation;
    return true;
}
INFEXT_API infext_status infext_object_meta_set_generation(infext_object_meta *obj, int64_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->generation = value;
    infext__mark(obj, INFEXT__FIELD_OBJECT_META_GENERATION);
    return INFEXT_OK;
}

INFEXT_API bool infext_object_meta_has_creation_timestamp(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_CREATION_TIMESTAMP); }
INFEXT_API void infext_object_meta_clear_creation_timestamp(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_CREATION_TIMESTAMP); }
INFEXT_API const char *infext_object_meta_get_creation_timestamp(const infext_object_meta *obj) { return obj ? obj->creation_timestamp : NULL; }
INFEXT_API infext_status infext_object_meta_set_creation_timestamp(infext_object_meta *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OBJECT_META_CREATION_TIMESTAMP, value);
}

INFEXT_API bool infext_object_meta_has_deletion_timestamp(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_DELETION_TIMESTAMP); }
INFEXT_API void infext_object_meta_clear_deletion_timestamp(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_DELETION_TIMESTAMP); }
INFEXT_API const char *infext_object_meta_get_deletion_timestamp(const infext_object_meta *obj) { return obj ? obj->deletion_timestamp : NULL; }
INFEXT_API infext_status infext_object_meta_set_deletion_timestamp(infext_object_meta *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OBJECT_META_DELETION_TIMESTAMP, value);
}

INFEXT_API bool infext_object_meta_has_deletion_grace_period_seconds(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_DELETION_GRACE_PERIOD_SECONDS); }
INFEXT_API void infext_object_meta_clear_deletion_grace_period_seconds(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_DELETION_GRACE_PERIOD_SECONDS); }
INFEXT_API bool infext_object_meta_get_deletion_grace_period_seconds(int64_t *out, const infext_object_meta *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_OBJECT_META_DELETION_GRACE_PERIOD_SECONDS)) return false;
    *out = obj->deletion_grace_period_seconds;
    return true;
}
INFEXT_API infext_status infext_object_meta_set_deletion_grace_period_seconds(infext_object_meta *obj, int64_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->deletion_grace_period_seconds = value;
    infext__mark(obj, INFEXT__FIELD_OBJECT_META_DELETION_GRACE_PERIOD_SECONDS);
    return INFEXT_OK;
}

INFEXT_API bool infext_object_meta_has_labels(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_LABELS); }
INFEXT_API void infext_object_meta_clear_labels(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_LABELS); }
INFEXT_API const char *infext_object_meta_labels_get(const infext_object_meta *obj, const char *key)
{
    return infext__map_get(obj, INFEXT__FIELD_OBJECT_META_LABELS, key);
}
INFEXT_API infext_status infext_object_meta_labels_set(infext_object_meta *obj, const char *key, const char *value)
{
    return infext__map_set(obj, INFEXT__FIELD_OBJECT_META_LABELS, key, value);
}
INFEXT_API infext_status infext_object_meta_labels_remove(infext_object_meta *obj, const char *key)
{
    return infext__map_remove(obj, INFEXT__FIELD_OBJECT_META_LABELS, key);
}
INFEXT_API size_t infext_object_meta_labels_count(const infext_object_meta *obj) { return obj ? obj->labels.len : 0; }
INFEXT_API infext_status infext_object_meta_labels_at(const char **key, const char **value, const infext_object_meta *obj, size_t index)
{
    return infext__map_at(key, value, obj, INFEXT__FIELD_OBJECT_META_LABELS, index);
}

INFEXT_API bool infext_object_meta_has_annotations(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_ANNOTATIONS); }
INFEXT_API void infext_object_meta_clear_annotations(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_ANNOTATIONS); }
INFEXT_API const char *infext_object_meta_annotations_get(const infext_object_meta *obj, const char *key)
{
    return infext__map_get(obj, INFEXT__FIELD_OBJECT_META_ANNOTATIONS, key);
}
INFEXT_API infext_status infext_object_meta_annotations_set(infext_object_meta *obj, const char *key, const char *value)
{
    return infext__map_set(obj, INFEXT__FIELD_OBJECT_META_ANNOTATIONS, key, value);
}
INFEXT_API infext_status infext_object_meta_annotations_remove(infext_object_meta *obj, const char *key)
{
    return infext__map_remove(obj, INFEXT__FIELD_OBJECT_META_ANNOTATIONS, key);
}
INFEXT_API size_t infext_object_meta_annotations_count(const infext_object_meta *obj) { return obj ? obj->annotations.len : 0; }
INFEXT_API infext_status infext_object_meta_annotations_at(const char **key, const char **value, const infext_object_meta *obj, size_t index)
{
    return infext__map_at(key, value, obj, INFEXT__FIELD_OBJECT_META_ANNOTATIONS, index);
}

INFEXT_API bool infext_object_meta_has_owner_references(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_OWNER_REFERENCES); }
INFEXT_API void infext_object_meta_clear_owner_references(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_OWNER_REFERENCES); }
INFEXT_API size_t infext_object_meta_owner_references_count(const infext_object_meta *obj) { return obj ? obj->owner_references.len : 0; }
INFEXT_API infext_owner_reference *infext_object_meta_owner_references_at(const infext_object_meta *obj, size_t index)
{
    return obj && index < obj->owner_references.len ? (infext_owner_reference *)obj->owner_references.items[index] : NULL;
}
INFEXT_API infext_status infext_object_meta_owner_references_append(infext_owner_reference **out, infext_object_meta *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_OBJECT_META_OWNER_REFERENCES, obj ? obj->owner_references.len : 0);
}
INFEXT_API infext_status infext_object_meta_owner_references_insert(infext_owner_reference **out, infext_object_meta *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_OBJECT_META_OWNER_REFERENCES, index);
}
INFEXT_API infext_status infext_object_meta_owner_references_remove(infext_object_meta *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_OBJECT_META_OWNER_REFERENCES, index);
}

INFEXT_API bool infext_object_meta_has_finalizers(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_FINALIZERS); }
INFEXT_API void infext_object_meta_clear_finalizers(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_FINALIZERS); }
INFEXT_API size_t infext_object_meta_finalizers_count(const infext_object_meta *obj) { return obj ? obj->finalizers.len : 0; }
INFEXT_API const char *infext_object_meta_finalizers_at(const infext_object_meta *obj, size_t index)
{
    return obj && index < obj->finalizers.len ? (const char *)obj->finalizers.items[index] : NULL;
}
INFEXT_API infext_status infext_object_meta_finalizers_append(infext_object_meta *obj, const char *value)
{
    return infext__strlist_insert(obj, INFEXT__FIELD_OBJECT_META_FINALIZERS, obj ? obj->finalizers.len : 0, value);
}
INFEXT_API infext_status infext_object_meta_finalizers_insert(infext_object_meta *obj, size_t index, const char *value)
{
    return infext__strlist_insert(obj, INFEXT__FIELD_OBJECT_META_FINALIZERS, index, value);
}
INFEXT_API infext_status infext_object_meta_finalizers_remove(infext_object_meta *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_OBJECT_META_FINALIZERS, index);
}

INFEXT_API bool infext_object_meta_has_managed_fields(const infext_object_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_OBJECT_META_MANAGED_FIELDS); }
INFEXT_API void infext_object_meta_clear_managed_fields(infext_object_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OBJECT_META_MANAGED_FIELDS); }

/* ---- OwnerReference ---- */
INFEXT_API bool infext_owner_reference_equal(const infext_owner_reference *a, const infext_owner_reference *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_owner_reference_has_api_version(const infext_owner_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_OWNER_REFERENCE_API_VERSION); }
INFEXT_API void infext_owner_reference_clear_api_version(infext_owner_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OWNER_REFERENCE_API_VERSION); }
INFEXT_API const char *infext_owner_reference_get_api_version(const infext_owner_reference *obj) { return obj ? obj->api_version : NULL; }
INFEXT_API infext_status infext_owner_reference_set_api_version(infext_owner_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OWNER_REFERENCE_API_VERSION, value);
}

INFEXT_API bool infext_owner_reference_has_kind(const infext_owner_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_OWNER_REFERENCE_KIND); }
INFEXT_API void infext_owner_reference_clear_kind(infext_owner_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OWNER_REFERENCE_KIND); }
INFEXT_API const char *infext_owner_reference_get_kind(const infext_owner_reference *obj) { return obj ? obj->kind : NULL; }
INFEXT_API infext_status infext_owner_reference_set_kind(infext_owner_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OWNER_REFERENCE_KIND, value);
}

INFEXT_API bool infext_owner_reference_has_name(const infext_owner_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_OWNER_REFERENCE_NAME); }
INFEXT_API void infext_owner_reference_clear_name(infext_owner_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OWNER_REFERENCE_NAME); }
INFEXT_API const char *infext_owner_reference_get_name(const infext_owner_reference *obj) { return obj ? obj->name : NULL; }
INFEXT_API infext_status infext_owner_reference_set_name(infext_owner_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OWNER_REFERENCE_NAME, value);
}

INFEXT_API bool infext_owner_reference_has_uid(const infext_owner_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_OWNER_REFERENCE_UID); }
INFEXT_API void infext_owner_reference_clear_uid(infext_owner_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OWNER_REFERENCE_UID); }
INFEXT_API const char *infext_owner_reference_get_uid(const infext_owner_reference *obj) { return obj ? obj->uid : NULL; }
INFEXT_API infext_status infext_owner_reference_set_uid(infext_owner_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_OWNER_REFERENCE_UID, value);
}

INFEXT_API bool infext_owner_reference_has_controller(const infext_owner_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_OWNER_REFERENCE_CONTROLLER); }
INFEXT_API void infext_owner_reference_clear_controller(infext_owner_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OWNER_REFERENCE_CONTROLLER); }
INFEXT_API bool infext_owner_reference_get_controller(bool *out, const infext_owner_reference *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_OWNER_REFERENCE_CONTROLLER)) return false;
    *out = obj->controller;
    return true;
}
INFEXT_API infext_status infext_owner_reference_set_controller(infext_owner_reference *obj, bool value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->controller = value;
    infext__mark(obj, INFEXT__FIELD_OWNER_REFERENCE_CONTROLLER);
    return INFEXT_OK;
}

INFEXT_API bool infext_owner_reference_has_block_owner_deletion(const infext_owner_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_OWNER_REFERENCE_BLOCK_OWNER_DELETION); }
INFEXT_API void infext_owner_reference_clear_block_owner_deletion(infext_owner_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_OWNER_REFERENCE_BLOCK_OWNER_DELETION); }
INFEXT_API bool infext_owner_reference_get_block_owner_deletion(bool *out, const infext_owner_reference *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_OWNER_REFERENCE_BLOCK_OWNER_DELETION)) return false;
    *out = obj->block_owner_deletion;
    return true;
}
INFEXT_API infext_status infext_owner_reference_set_block_owner_deletion(infext_owner_reference *obj, bool value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->block_owner_deletion = value;
    infext__mark(obj, INFEXT__FIELD_OWNER_REFERENCE_BLOCK_OWNER_DELETION);
    return INFEXT_OK;
}

/* ---- ListMeta ---- */
INFEXT_API bool infext_list_meta_equal(const infext_list_meta *a, const infext_list_meta *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_list_meta_has_self_link(const infext_list_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_LIST_META_SELF_LINK); }
INFEXT_API void infext_list_meta_clear_self_link(infext_list_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LIST_META_SELF_LINK); }
INFEXT_API const char *infext_list_meta_get_self_link(const infext_list_meta *obj) { return obj ? obj->self_link : NULL; }
INFEXT_API infext_status infext_list_meta_set_self_link(infext_list_meta *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_LIST_META_SELF_LINK, value);
}

INFEXT_API bool infext_list_meta_has_resource_version(const infext_list_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_LIST_META_RESOURCE_VERSION); }
INFEXT_API void infext_list_meta_clear_resource_version(infext_list_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LIST_META_RESOURCE_VERSION); }
INFEXT_API const char *infext_list_meta_get_resource_version(const infext_list_meta *obj) { return obj ? obj->resource_version : NULL; }
INFEXT_API infext_status infext_list_meta_set_resource_version(infext_list_meta *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_LIST_META_RESOURCE_VERSION, value);
}

INFEXT_API bool infext_list_meta_has_continue(const infext_list_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_LIST_META_CONTINUE); }
INFEXT_API void infext_list_meta_clear_continue(infext_list_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LIST_META_CONTINUE); }
INFEXT_API const char *infext_list_meta_get_continue(const infext_list_meta *obj) { return obj ? obj->continue_ : NULL; }
INFEXT_API infext_status infext_list_meta_set_continue(infext_list_meta *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_LIST_META_CONTINUE, value);
}

INFEXT_API bool infext_list_meta_has_remaining_item_count(const infext_list_meta *obj) { return obj && infext__has(obj, INFEXT__FIELD_LIST_META_REMAINING_ITEM_COUNT); }
INFEXT_API void infext_list_meta_clear_remaining_item_count(infext_list_meta *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LIST_META_REMAINING_ITEM_COUNT); }
INFEXT_API bool infext_list_meta_get_remaining_item_count(int64_t *out, const infext_list_meta *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_LIST_META_REMAINING_ITEM_COUNT)) return false;
    *out = obj->remaining_item_count;
    return true;
}
INFEXT_API infext_status infext_list_meta_set_remaining_item_count(infext_list_meta *obj, int64_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->remaining_item_count = value;
    infext__mark(obj, INFEXT__FIELD_LIST_META_REMAINING_ITEM_COUNT);
    return INFEXT_OK;
}

/* ---- Condition ---- */
INFEXT_API bool infext_condition_equal(const infext_condition *a, const infext_condition *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_condition_has_last_transition_time(const infext_condition *obj) { return obj && infext__has(obj, INFEXT__FIELD_CONDITION_LAST_TRANSITION_TIME); }
INFEXT_API void infext_condition_clear_last_transition_time(infext_condition *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_CONDITION_LAST_TRANSITION_TIME); }
INFEXT_API const char *infext_condition_get_last_transition_time(const infext_condition *obj) { return obj ? obj->last_transition_time : NULL; }
INFEXT_API infext_status infext_condition_set_last_transition_time(infext_condition *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_CONDITION_LAST_TRANSITION_TIME, value);
}

INFEXT_API bool infext_condition_has_message(const infext_condition *obj) { return obj && infext__has(obj, INFEXT__FIELD_CONDITION_MESSAGE); }
INFEXT_API void infext_condition_clear_message(infext_condition *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_CONDITION_MESSAGE); }
INFEXT_API const char *infext_condition_get_message(const infext_condition *obj) { return obj ? obj->message : NULL; }
INFEXT_API infext_status infext_condition_set_message(infext_condition *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_CONDITION_MESSAGE, value);
}

INFEXT_API bool infext_condition_has_observed_generation(const infext_condition *obj) { return obj && infext__has(obj, INFEXT__FIELD_CONDITION_OBSERVED_GENERATION); }
INFEXT_API void infext_condition_clear_observed_generation(infext_condition *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_CONDITION_OBSERVED_GENERATION); }
INFEXT_API bool infext_condition_get_observed_generation(int64_t *out, const infext_condition *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_CONDITION_OBSERVED_GENERATION)) return false;
    *out = obj->observed_generation;
    return true;
}
INFEXT_API infext_status infext_condition_set_observed_generation(infext_condition *obj, int64_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->observed_generation = value;
    infext__mark(obj, INFEXT__FIELD_CONDITION_OBSERVED_GENERATION);
    return INFEXT_OK;
}

INFEXT_API bool infext_condition_has_reason(const infext_condition *obj) { return obj && infext__has(obj, INFEXT__FIELD_CONDITION_REASON); }
INFEXT_API void infext_condition_clear_reason(infext_condition *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_CONDITION_REASON); }
INFEXT_API const char *infext_condition_get_reason(const infext_condition *obj) { return obj ? obj->reason : NULL; }
INFEXT_API infext_status infext_condition_set_reason(infext_condition *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_CONDITION_REASON, value);
}

INFEXT_API bool infext_condition_has_status(const infext_condition *obj) { return obj && infext__has(obj, INFEXT__FIELD_CONDITION_STATUS); }
INFEXT_API void infext_condition_clear_status(infext_condition *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_CONDITION_STATUS); }
INFEXT_API const char *infext_condition_get_status(const infext_condition *obj) { return obj ? obj->status : NULL; }
INFEXT_API infext_status infext_condition_set_status(infext_condition *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_CONDITION_STATUS, value);
}

INFEXT_API bool infext_condition_has_type(const infext_condition *obj) { return obj && infext__has(obj, INFEXT__FIELD_CONDITION_TYPE); }
INFEXT_API void infext_condition_clear_type(infext_condition *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_CONDITION_TYPE); }
INFEXT_API const char *infext_condition_get_type(const infext_condition *obj) { return obj ? obj->type : NULL; }
INFEXT_API infext_status infext_condition_set_type(infext_condition *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_CONDITION_TYPE, value);
}

/* ---- V1InferencePool ---- */
INFEXT_API infext_status infext_v1_inference_pool_new(infext_v1_inference_pool **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_v1_inference_pool);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_v1_inference_pool_free(infext_v1_inference_pool *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_v1_inference_pool_clone(infext_v1_inference_pool **out, const infext_v1_inference_pool *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_v1_inference_pool_as_object(infext_v1_inference_pool *obj) { return (infext_object *)obj; }

INFEXT_API infext_v1_inference_pool *infext_object_as_v1_inference_pool(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_v1_inference_pool ? (infext_v1_inference_pool *)obj : NULL;
}

INFEXT_API bool infext_v1_inference_pool_equal(const infext_v1_inference_pool *a, const infext_v1_inference_pool *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1_inference_pool_has_metadata(const infext_v1_inference_pool *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_INFERENCE_POOL_METADATA); }
INFEXT_API void infext_v1_inference_pool_clear_metadata(infext_v1_inference_pool *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_INFERENCE_POOL_METADATA); }
INFEXT_API infext_object_meta *infext_v1_inference_pool_get_metadata(const infext_v1_inference_pool *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_v1_inference_pool_ensure_metadata(infext_object_meta **out, infext_v1_inference_pool *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_METADATA);
}

INFEXT_API bool infext_v1_inference_pool_has_spec(const infext_v1_inference_pool *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC); }
INFEXT_API void infext_v1_inference_pool_clear_spec(infext_v1_inference_pool *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC); }
INFEXT_API infext_v1_inference_pool_spec *infext_v1_inference_pool_get_spec(const infext_v1_inference_pool *obj) { return obj ? obj->spec : NULL; }
INFEXT_API infext_status infext_v1_inference_pool_ensure_spec(infext_v1_inference_pool_spec **out, infext_v1_inference_pool *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC);
}

INFEXT_API bool infext_v1_inference_pool_has_status(const infext_v1_inference_pool *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_INFERENCE_POOL_STATUS); }
INFEXT_API void infext_v1_inference_pool_clear_status(infext_v1_inference_pool *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_INFERENCE_POOL_STATUS); }
INFEXT_API infext_v1_inference_pool_status *infext_v1_inference_pool_get_status(const infext_v1_inference_pool *obj) { return obj ? obj->status : NULL; }
INFEXT_API infext_status infext_v1_inference_pool_ensure_status(infext_v1_inference_pool_status **out, infext_v1_inference_pool *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_STATUS);
}

/* ---- V1InferencePoolList ---- */
INFEXT_API infext_status infext_v1_inference_pool_list_new(infext_v1_inference_pool_list **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_v1_inference_pool_list);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_v1_inference_pool_list_free(infext_v1_inference_pool_list *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_v1_inference_pool_list_clone(infext_v1_inference_pool_list **out, const infext_v1_inference_pool_list *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_v1_inference_pool_list_as_object(infext_v1_inference_pool_list *obj) { return (infext_object *)obj; }

INFEXT_API infext_v1_inference_pool_list *infext_object_as_v1_inference_pool_list(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_v1_inference_pool_list ? (infext_v1_inference_pool_list *)obj : NULL;
}

INFEXT_API bool infext_v1_inference_pool_list_equal(const infext_v1_inference_pool_list *a, const infext_v1_inference_pool_list *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1_inference_pool_list_has_metadata(const infext_v1_inference_pool_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_INFERENCE_POOL_LIST_METADATA); }
INFEXT_API void infext_v1_inference_pool_list_clear_metadata(infext_v1_inference_pool_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_INFERENCE_POOL_LIST_METADATA); }
INFEXT_API infext_list_meta *infext_v1_inference_pool_list_get_metadata(const infext_v1_inference_pool_list *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_v1_inference_pool_list_ensure_metadata(infext_list_meta **out, infext_v1_inference_pool_list *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_LIST_METADATA);
}

INFEXT_API bool infext_v1_inference_pool_list_has_items(const infext_v1_inference_pool_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_INFERENCE_POOL_LIST_ITEMS); }
INFEXT_API void infext_v1_inference_pool_list_clear_items(infext_v1_inference_pool_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_INFERENCE_POOL_LIST_ITEMS); }
INFEXT_API size_t infext_v1_inference_pool_list_items_count(const infext_v1_inference_pool_list *obj) { return obj ? obj->items.len : 0; }
INFEXT_API infext_v1_inference_pool *infext_v1_inference_pool_list_items_at(const infext_v1_inference_pool_list *obj, size_t index)
{
    return obj && index < obj->items.len ? (infext_v1_inference_pool *)obj->items.items[index] : NULL;
}
INFEXT_API infext_status infext_v1_inference_pool_list_items_append(infext_v1_inference_pool **out, infext_v1_inference_pool_list *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_LIST_ITEMS, obj ? obj->items.len : 0);
}
INFEXT_API infext_status infext_v1_inference_pool_list_items_insert(infext_v1_inference_pool **out, infext_v1_inference_pool_list *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_LIST_ITEMS, index);
}
INFEXT_API infext_status infext_v1_inference_pool_list_items_remove(infext_v1_inference_pool_list *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1_INFERENCE_POOL_LIST_ITEMS, index);
}

/* ---- V1InferencePoolSpec ---- */
INFEXT_API bool infext_v1_inference_pool_spec_equal(const infext_v1_inference_pool_spec *a, const infext_v1_inference_pool_spec *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1_inference_pool_spec_has_selector(const infext_v1_inference_pool_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_SELECTOR); }
INFEXT_API void infext_v1_inference_pool_spec_clear_selector(infext_v1_inference_pool_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_SELECTOR); }
INFEXT_API infext_v1_label_selector *infext_v1_inference_pool_spec_get_selector(const infext_v1_inference_pool_spec *obj) { return obj ? obj->selector : NULL; }
INFEXT_API infext_status infext_v1_inference_pool_spec_ensure_selector(infext_v1_label_selector **out, infext_v1_inference_pool_spec *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_SELECTOR);
}

INFEXT_API bool infext_v1_inference_pool_spec_has_target_ports(const infext_v1_inference_pool_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_TARGET_PORTS); }
INFEXT_API void infext_v1_inference_pool_spec_clear_target_ports(infext_v1_inference_pool_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_TARGET_PORTS); }
INFEXT_API size_t infext_v1_inference_pool_spec_target_ports_count(const infext_v1_inference_pool_spec *obj) { return obj ? obj->target_ports.len : 0; }
INFEXT_API infext_v1_port *infext_v1_inference_pool_spec_target_ports_at(const infext_v1_inference_pool_spec *obj, size_t index)
{
    return obj && index < obj->target_ports.len ? (infext_v1_port *)obj->target_ports.items[index] : NULL;
}
INFEXT_API infext_status infext_v1_inference_pool_spec_target_ports_append(infext_v1_port **out, infext_v1_inference_pool_spec *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_TARGET_PORTS, obj ? obj->target_ports.len : 0);
}
INFEXT_API infext_status infext_v1_inference_pool_spec_target_ports_insert(infext_v1_port **out, infext_v1_inference_pool_spec *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_TARGET_PORTS, index);
}
INFEXT_API infext_status infext_v1_inference_pool_spec_target_ports_remove(infext_v1_inference_pool_spec *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_TARGET_PORTS, index);
}

INFEXT_API bool infext_v1_inference_pool_spec_has_endpoint_picker_ref(const infext_v1_inference_pool_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_ENDPOINT_PICKER_REF); }
INFEXT_API void infext_v1_inference_pool_spec_clear_endpoint_picker_ref(infext_v1_inference_pool_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_ENDPOINT_PICKER_REF); }
INFEXT_API infext_v1_endpoint_picker_ref *infext_v1_inference_pool_spec_get_endpoint_picker_ref(const infext_v1_inference_pool_spec *obj) { return obj ? obj->endpoint_picker_ref : NULL; }
INFEXT_API infext_status infext_v1_inference_pool_spec_ensure_endpoint_picker_ref(infext_v1_endpoint_picker_ref **out, infext_v1_inference_pool_spec *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_ENDPOINT_PICKER_REF);
}

INFEXT_API bool infext_v1_inference_pool_spec_has_app_protocol(const infext_v1_inference_pool_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_APP_PROTOCOL); }
INFEXT_API void infext_v1_inference_pool_spec_clear_app_protocol(infext_v1_inference_pool_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_APP_PROTOCOL); }
INFEXT_API const char *infext_v1_inference_pool_spec_get_app_protocol(const infext_v1_inference_pool_spec *obj) { return obj ? obj->app_protocol : NULL; }
INFEXT_API infext_status infext_v1_inference_pool_spec_set_app_protocol(infext_v1_inference_pool_spec *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1_INFERENCE_POOL_SPEC_APP_PROTOCOL, value);
}

/* ---- V1LabelSelector ---- */
INFEXT_API bool infext_v1_label_selector_equal(const infext_v1_label_selector *a, const infext_v1_label_selector *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1_label_selector_has_match_labels(const infext_v1_label_selector *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_LABEL_SELECTOR_MATCH_LABELS); }
INFEXT_API void infext_v1_label_selector_clear_match_labels(infext_v1_label_selector *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_LABEL_SELECTOR_MATCH_LABELS); }
INFEXT_API const char *infext_v1_label_selector_match_labels_get(const infext_v1_label_selector *obj, const char *key)
{
    return infext__map_get(obj, INFEXT__FIELD_V1_LABEL_SELECTOR_MATCH_LABELS, key);
}
INFEXT_API infext_status infext_v1_label_selector_match_labels_set(infext_v1_label_selector *obj, const char *key, const char *value)
{
    return infext__map_set(obj, INFEXT__FIELD_V1_LABEL_SELECTOR_MATCH_LABELS, key, value);
}
INFEXT_API infext_status infext_v1_label_selector_match_labels_remove(infext_v1_label_selector *obj, const char *key)
{
    return infext__map_remove(obj, INFEXT__FIELD_V1_LABEL_SELECTOR_MATCH_LABELS, key);
}
INFEXT_API size_t infext_v1_label_selector_match_labels_count(const infext_v1_label_selector *obj) { return obj ? obj->match_labels.len : 0; }
INFEXT_API infext_status infext_v1_label_selector_match_labels_at(const char **key, const char **value, const infext_v1_label_selector *obj, size_t index)
{
    return infext__map_at(key, value, obj, INFEXT__FIELD_V1_LABEL_SELECTOR_MATCH_LABELS, index);
}

/* ---- V1Port ---- */
INFEXT_API bool infext_v1_port_equal(const infext_v1_port *a, const infext_v1_port *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1_port_has_number(const infext_v1_port *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_PORT_NUMBER); }
INFEXT_API void infext_v1_port_clear_number(infext_v1_port *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_PORT_NUMBER); }
INFEXT_API bool infext_v1_port_get_number(int32_t *out, const infext_v1_port *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1_PORT_NUMBER)) return false;
    *out = obj->number;
    return true;
}
INFEXT_API infext_status infext_v1_port_set_number(infext_v1_port *obj, int32_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->number = value;
    infext__mark(obj, INFEXT__FIELD_V1_PORT_NUMBER);
    return INFEXT_OK;
}

/* ---- V1EndpointPickerRef ---- */
INFEXT_API bool infext_v1_endpoint_picker_ref_equal(const infext_v1_endpoint_picker_ref *a, const infext_v1_endpoint_picker_ref *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1_endpoint_picker_ref_has_group(const infext_v1_endpoint_picker_ref *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_GROUP); }
INFEXT_API void infext_v1_endpoint_picker_ref_clear_group(infext_v1_endpoint_picker_ref *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_GROUP); }
INFEXT_API const char *infext_v1_endpoint_picker_ref_get_group(const infext_v1_endpoint_picker_ref *obj) { return obj ? obj->group : NULL; }
INFEXT_API infext_status infext_v1_endpoint_picker_ref_set_group(infext_v1_endpoint_picker_ref *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_GROUP, value);
}

INFEXT_API bool infext_v1_endpoint_picker_ref_has_kind(const infext_v1_endpoint_picker_ref *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_KIND); }
INFEXT_API void infext_v1_endpoint_picker_ref_clear_kind(infext_v1_endpoint_picker_ref *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_KIND); }
INFEXT_API const char *infext_v1_endpoint_picker_ref_get_kind(const infext_v1_endpoint_picker_ref *obj) { return obj ? obj->kind : NULL; }
INFEXT_API infext_status infext_v1_endpoint_picker_ref_set_kind(infext_v1_endpoint_picker_ref *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_KIND, value);
}

INFEXT_API bool infext_v1_endpoint_picker_ref_has_name(const infext_v1_endpoint_picker_ref *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_NAME); }
INFEXT_API void infext_v1_endpoint_picker_ref_clear_name(infext_v1_endpoint_picker_ref *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_NAME); }
INFEXT_API const char *infext_v1_endpoint_picker_ref_get_name(const infext_v1_endpoint_picker_ref *obj) { return obj ? obj->name : NULL; }
INFEXT_API infext_status infext_v1_endpoint_picker_ref_set_name(infext_v1_endpoint_picker_ref *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_NAME, value);
}

INFEXT_API bool infext_v1_endpoint_picker_ref_has_port(const infext_v1_endpoint_picker_ref *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_PORT); }
INFEXT_API void infext_v1_endpoint_picker_ref_clear_port(infext_v1_endpoint_picker_ref *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_PORT); }
INFEXT_API infext_v1_port *infext_v1_endpoint_picker_ref_get_port(const infext_v1_endpoint_picker_ref *obj) { return obj ? obj->port : NULL; }
INFEXT_API infext_status infext_v1_endpoint_picker_ref_ensure_port(infext_v1_port **out, infext_v1_endpoint_picker_ref *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_PORT);
}

INFEXT_API bool infext_v1_endpoint_picker_ref_has_failure_mode(const infext_v1_endpoint_picker_ref *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_FAILURE_MODE); }
INFEXT_API void infext_v1_endpoint_picker_ref_clear_failure_mode(infext_v1_endpoint_picker_ref *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_FAILURE_MODE); }
INFEXT_API const char *infext_v1_endpoint_picker_ref_get_failure_mode(const infext_v1_endpoint_picker_ref *obj) { return obj ? obj->failure_mode : NULL; }
INFEXT_API infext_status infext_v1_endpoint_picker_ref_set_failure_mode(infext_v1_endpoint_picker_ref *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_FAILURE_MODE, value);
}

/* ---- V1InferencePoolStatus ---- */
INFEXT_API bool infext_v1_inference_pool_status_equal(const infext_v1_inference_pool_status *a, const infext_v1_inference_pool_status *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1_inference_pool_status_has_parents(const infext_v1_inference_pool_status *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_INFERENCE_POOL_STATUS_PARENTS); }
INFEXT_API void infext_v1_inference_pool_status_clear_parents(infext_v1_inference_pool_status *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_INFERENCE_POOL_STATUS_PARENTS); }
INFEXT_API size_t infext_v1_inference_pool_status_parents_count(const infext_v1_inference_pool_status *obj) { return obj ? obj->parents.len : 0; }
INFEXT_API infext_v1_parent_status *infext_v1_inference_pool_status_parents_at(const infext_v1_inference_pool_status *obj, size_t index)
{
    return obj && index < obj->parents.len ? (infext_v1_parent_status *)obj->parents.items[index] : NULL;
}
INFEXT_API infext_status infext_v1_inference_pool_status_parents_append(infext_v1_parent_status **out, infext_v1_inference_pool_status *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_STATUS_PARENTS, obj ? obj->parents.len : 0);
}
INFEXT_API infext_status infext_v1_inference_pool_status_parents_insert(infext_v1_parent_status **out, infext_v1_inference_pool_status *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1_INFERENCE_POOL_STATUS_PARENTS, index);
}
INFEXT_API infext_status infext_v1_inference_pool_status_parents_remove(infext_v1_inference_pool_status *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1_INFERENCE_POOL_STATUS_PARENTS, index);
}

/* ---- V1ParentStatus ---- */
INFEXT_API bool infext_v1_parent_status_equal(const infext_v1_parent_status *a, const infext_v1_parent_status *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1_parent_status_has_conditions(const infext_v1_parent_status *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_PARENT_STATUS_CONDITIONS); }
INFEXT_API void infext_v1_parent_status_clear_conditions(infext_v1_parent_status *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_PARENT_STATUS_CONDITIONS); }
INFEXT_API size_t infext_v1_parent_status_conditions_count(const infext_v1_parent_status *obj) { return obj ? obj->conditions.len : 0; }
INFEXT_API infext_condition *infext_v1_parent_status_conditions_at(const infext_v1_parent_status *obj, size_t index)
{
    return obj && index < obj->conditions.len ? (infext_condition *)obj->conditions.items[index] : NULL;
}
INFEXT_API infext_status infext_v1_parent_status_conditions_append(infext_condition **out, infext_v1_parent_status *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1_PARENT_STATUS_CONDITIONS, obj ? obj->conditions.len : 0);
}
INFEXT_API infext_status infext_v1_parent_status_conditions_insert(infext_condition **out, infext_v1_parent_status *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1_PARENT_STATUS_CONDITIONS, index);
}
INFEXT_API infext_status infext_v1_parent_status_conditions_remove(infext_v1_parent_status *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1_PARENT_STATUS_CONDITIONS, index);
}

INFEXT_API bool infext_v1_parent_status_has_controller_name(const infext_v1_parent_status *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_PARENT_STATUS_CONTROLLER_NAME); }
INFEXT_API void infext_v1_parent_status_clear_controller_name(infext_v1_parent_status *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_PARENT_STATUS_CONTROLLER_NAME); }
INFEXT_API const char *infext_v1_parent_status_get_controller_name(const infext_v1_parent_status *obj) { return obj ? obj->controller_name : NULL; }
INFEXT_API infext_status infext_v1_parent_status_set_controller_name(infext_v1_parent_status *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1_PARENT_STATUS_CONTROLLER_NAME, value);
}

INFEXT_API bool infext_v1_parent_status_has_parent_ref(const infext_v1_parent_status *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_PARENT_STATUS_PARENT_REF); }
INFEXT_API void infext_v1_parent_status_clear_parent_ref(infext_v1_parent_status *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_PARENT_STATUS_PARENT_REF); }
INFEXT_API infext_v1_parent_reference *infext_v1_parent_status_get_parent_ref(const infext_v1_parent_status *obj) { return obj ? obj->parent_ref : NULL; }
INFEXT_API infext_status infext_v1_parent_status_ensure_parent_ref(infext_v1_parent_reference **out, infext_v1_parent_status *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1_PARENT_STATUS_PARENT_REF);
}

/* ---- V1ParentReference ---- */
INFEXT_API bool infext_v1_parent_reference_equal(const infext_v1_parent_reference *a, const infext_v1_parent_reference *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1_parent_reference_has_group(const infext_v1_parent_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_GROUP); }
INFEXT_API void infext_v1_parent_reference_clear_group(infext_v1_parent_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_GROUP); }
INFEXT_API const char *infext_v1_parent_reference_get_group(const infext_v1_parent_reference *obj) { return obj ? obj->group : NULL; }
INFEXT_API infext_status infext_v1_parent_reference_set_group(infext_v1_parent_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_GROUP, value);
}

INFEXT_API bool infext_v1_parent_reference_has_kind(const infext_v1_parent_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_KIND); }
INFEXT_API void infext_v1_parent_reference_clear_kind(infext_v1_parent_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_KIND); }
INFEXT_API const char *infext_v1_parent_reference_get_kind(const infext_v1_parent_reference *obj) { return obj ? obj->kind : NULL; }
INFEXT_API infext_status infext_v1_parent_reference_set_kind(infext_v1_parent_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_KIND, value);
}

INFEXT_API bool infext_v1_parent_reference_has_name(const infext_v1_parent_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_NAME); }
INFEXT_API void infext_v1_parent_reference_clear_name(infext_v1_parent_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_NAME); }
INFEXT_API const char *infext_v1_parent_reference_get_name(const infext_v1_parent_reference *obj) { return obj ? obj->name : NULL; }
INFEXT_API infext_status infext_v1_parent_reference_set_name(infext_v1_parent_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_NAME, value);
}

INFEXT_API bool infext_v1_parent_reference_has_namespace(const infext_v1_parent_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_NAMESPACE); }
INFEXT_API void infext_v1_parent_reference_clear_namespace(infext_v1_parent_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_NAMESPACE); }
INFEXT_API const char *infext_v1_parent_reference_get_namespace(const infext_v1_parent_reference *obj) { return obj ? obj->namespace : NULL; }
INFEXT_API infext_status infext_v1_parent_reference_set_namespace(infext_v1_parent_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1_PARENT_REFERENCE_NAMESPACE, value);
}

/* ---- V1alpha2InferencePool ---- */
INFEXT_API infext_status infext_v1alpha2_inference_pool_new(infext_v1alpha2_inference_pool **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_v1alpha2_inference_pool);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_v1alpha2_inference_pool_free(infext_v1alpha2_inference_pool *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_v1alpha2_inference_pool_clone(infext_v1alpha2_inference_pool **out, const infext_v1alpha2_inference_pool *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_v1alpha2_inference_pool_as_object(infext_v1alpha2_inference_pool *obj) { return (infext_object *)obj; }

INFEXT_API infext_v1alpha2_inference_pool *infext_object_as_v1alpha2_inference_pool(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_v1alpha2_inference_pool ? (infext_v1alpha2_inference_pool *)obj : NULL;
}

INFEXT_API bool infext_v1alpha2_inference_pool_equal(const infext_v1alpha2_inference_pool *a, const infext_v1alpha2_inference_pool *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_pool_has_metadata(const infext_v1alpha2_inference_pool *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_METADATA); }
INFEXT_API void infext_v1alpha2_inference_pool_clear_metadata(infext_v1alpha2_inference_pool *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_METADATA); }
INFEXT_API infext_object_meta *infext_v1alpha2_inference_pool_get_metadata(const infext_v1alpha2_inference_pool *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_pool_ensure_metadata(infext_object_meta **out, infext_v1alpha2_inference_pool *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_METADATA);
}

INFEXT_API bool infext_v1alpha2_inference_pool_has_spec(const infext_v1alpha2_inference_pool *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC); }
INFEXT_API void infext_v1alpha2_inference_pool_clear_spec(infext_v1alpha2_inference_pool *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC); }
INFEXT_API infext_v1alpha2_inference_pool_spec *infext_v1alpha2_inference_pool_get_spec(const infext_v1alpha2_inference_pool *obj) { return obj ? obj->spec : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_pool_ensure_spec(infext_v1alpha2_inference_pool_spec **out, infext_v1alpha2_inference_pool *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC);
}

INFEXT_API bool infext_v1alpha2_inference_pool_has_status(const infext_v1alpha2_inference_pool *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_STATUS); }
INFEXT_API void infext_v1alpha2_inference_pool_clear_status(infext_v1alpha2_inference_pool *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_STATUS); }
INFEXT_API infext_v1alpha2_inference_pool_status *infext_v1alpha2_inference_pool_get_status(const infext_v1alpha2_inference_pool *obj) { return obj ? obj->status : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_pool_ensure_status(infext_v1alpha2_inference_pool_status **out, infext_v1alpha2_inference_pool *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_STATUS);
}

/* ---- V1alpha2InferencePoolList ---- */
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_new(infext_v1alpha2_inference_pool_list **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_v1alpha2_inference_pool_list);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_v1alpha2_inference_pool_list_free(infext_v1alpha2_inference_pool_list *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_v1alpha2_inference_pool_list_clone(infext_v1alpha2_inference_pool_list **out, const infext_v1alpha2_inference_pool_list *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_v1alpha2_inference_pool_list_as_object(infext_v1alpha2_inference_pool_list *obj) { return (infext_object *)obj; }

INFEXT_API infext_v1alpha2_inference_pool_list *infext_object_as_v1alpha2_inference_pool_list(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_v1alpha2_inference_pool_list ? (infext_v1alpha2_inference_pool_list *)obj : NULL;
}

INFEXT_API bool infext_v1alpha2_inference_pool_list_equal(const infext_v1alpha2_inference_pool_list *a, const infext_v1alpha2_inference_pool_list *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_pool_list_has_metadata(const infext_v1alpha2_inference_pool_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_LIST_METADATA); }
INFEXT_API void infext_v1alpha2_inference_pool_list_clear_metadata(infext_v1alpha2_inference_pool_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_LIST_METADATA); }
INFEXT_API infext_list_meta *infext_v1alpha2_inference_pool_list_get_metadata(const infext_v1alpha2_inference_pool_list *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_ensure_metadata(infext_list_meta **out, infext_v1alpha2_inference_pool_list *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_LIST_METADATA);
}

INFEXT_API bool infext_v1alpha2_inference_pool_list_has_items(const infext_v1alpha2_inference_pool_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_LIST_ITEMS); }
INFEXT_API void infext_v1alpha2_inference_pool_list_clear_items(infext_v1alpha2_inference_pool_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_LIST_ITEMS); }
INFEXT_API size_t infext_v1alpha2_inference_pool_list_items_count(const infext_v1alpha2_inference_pool_list *obj) { return obj ? obj->items.len : 0; }
INFEXT_API infext_v1alpha2_inference_pool *infext_v1alpha2_inference_pool_list_items_at(const infext_v1alpha2_inference_pool_list *obj, size_t index)
{
    return obj && index < obj->items.len ? (infext_v1alpha2_inference_pool *)obj->items.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_items_append(infext_v1alpha2_inference_pool **out, infext_v1alpha2_inference_pool_list *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_LIST_ITEMS, obj ? obj->items.len : 0);
}
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_items_insert(infext_v1alpha2_inference_pool **out, infext_v1alpha2_inference_pool_list *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_LIST_ITEMS, index);
}
INFEXT_API infext_status infext_v1alpha2_inference_pool_list_items_remove(infext_v1alpha2_inference_pool_list *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_LIST_ITEMS, index);
}

/* ---- V1alpha2InferencePoolSpec ---- */
INFEXT_API bool infext_v1alpha2_inference_pool_spec_equal(const infext_v1alpha2_inference_pool_spec *a, const infext_v1alpha2_inference_pool_spec *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_pool_spec_has_selector(const infext_v1alpha2_inference_pool_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_SELECTOR); }
INFEXT_API void infext_v1alpha2_inference_pool_spec_clear_selector(infext_v1alpha2_inference_pool_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_SELECTOR); }
INFEXT_API const char *infext_v1alpha2_inference_pool_spec_selector_get(const infext_v1alpha2_inference_pool_spec *obj, const char *key)
{
    return infext__map_get(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_SELECTOR, key);
}
INFEXT_API infext_status infext_v1alpha2_inference_pool_spec_selector_set(infext_v1alpha2_inference_pool_spec *obj, const char *key, const char *value)
{
    return infext__map_set(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_SELECTOR, key, value);
}
INFEXT_API infext_status infext_v1alpha2_inference_pool_spec_selector_remove(infext_v1alpha2_inference_pool_spec *obj, const char *key)
{
    return infext__map_remove(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_SELECTOR, key);
}
INFEXT_API size_t infext_v1alpha2_inference_pool_spec_selector_count(const infext_v1alpha2_inference_pool_spec *obj) { return obj ? obj->selector.len : 0; }
INFEXT_API infext_status infext_v1alpha2_inference_pool_spec_selector_at(const char **key, const char **value, const infext_v1alpha2_inference_pool_spec *obj, size_t index)
{
    return infext__map_at(key, value, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_SELECTOR, index);
}

INFEXT_API bool infext_v1alpha2_inference_pool_spec_has_target_port_number(const infext_v1alpha2_inference_pool_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_TARGET_PORT_NUMBER); }
INFEXT_API void infext_v1alpha2_inference_pool_spec_clear_target_port_number(infext_v1alpha2_inference_pool_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_TARGET_PORT_NUMBER); }
INFEXT_API bool infext_v1alpha2_inference_pool_spec_get_target_port_number(int32_t *out, const infext_v1alpha2_inference_pool_spec *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_TARGET_PORT_NUMBER)) return false;
    *out = obj->target_port_number;
    return true;
}
INFEXT_API infext_status infext_v1alpha2_inference_pool_spec_set_target_port_number(infext_v1alpha2_inference_pool_spec *obj, int32_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->target_port_number = value;
    infext__mark(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_TARGET_PORT_NUMBER);
    return INFEXT_OK;
}

INFEXT_API bool infext_v1alpha2_inference_pool_spec_has_extension_ref(const infext_v1alpha2_inference_pool_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_EXTENSION_REF); }
INFEXT_API void infext_v1alpha2_inference_pool_spec_clear_extension_ref(infext_v1alpha2_inference_pool_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_EXTENSION_REF); }
INFEXT_API infext_v1alpha2_extension_reference *infext_v1alpha2_inference_pool_spec_get_extension_ref(const infext_v1alpha2_inference_pool_spec *obj) { return obj ? obj->extension_ref : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_pool_spec_ensure_extension_ref(infext_v1alpha2_extension_reference **out, infext_v1alpha2_inference_pool_spec *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_SPEC_EXTENSION_REF);
}

/* ---- V1alpha2ExtensionReference ---- */
INFEXT_API bool infext_v1alpha2_extension_reference_equal(const infext_v1alpha2_extension_reference *a, const infext_v1alpha2_extension_reference *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_extension_reference_has_group(const infext_v1alpha2_extension_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_GROUP); }
INFEXT_API void infext_v1alpha2_extension_reference_clear_group(infext_v1alpha2_extension_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_GROUP); }
INFEXT_API const char *infext_v1alpha2_extension_reference_get_group(const infext_v1alpha2_extension_reference *obj) { return obj ? obj->group : NULL; }
INFEXT_API infext_status infext_v1alpha2_extension_reference_set_group(infext_v1alpha2_extension_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_GROUP, value);
}

INFEXT_API bool infext_v1alpha2_extension_reference_has_kind(const infext_v1alpha2_extension_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_KIND); }
INFEXT_API void infext_v1alpha2_extension_reference_clear_kind(infext_v1alpha2_extension_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_KIND); }
INFEXT_API const char *infext_v1alpha2_extension_reference_get_kind(const infext_v1alpha2_extension_reference *obj) { return obj ? obj->kind : NULL; }
INFEXT_API infext_status infext_v1alpha2_extension_reference_set_kind(infext_v1alpha2_extension_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_KIND, value);
}

INFEXT_API bool infext_v1alpha2_extension_reference_has_name(const infext_v1alpha2_extension_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_NAME); }
INFEXT_API void infext_v1alpha2_extension_reference_clear_name(infext_v1alpha2_extension_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_NAME); }
INFEXT_API const char *infext_v1alpha2_extension_reference_get_name(const infext_v1alpha2_extension_reference *obj) { return obj ? obj->name : NULL; }
INFEXT_API infext_status infext_v1alpha2_extension_reference_set_name(infext_v1alpha2_extension_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_NAME, value);
}

INFEXT_API bool infext_v1alpha2_extension_reference_has_port_number(const infext_v1alpha2_extension_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_PORT_NUMBER); }
INFEXT_API void infext_v1alpha2_extension_reference_clear_port_number(infext_v1alpha2_extension_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_PORT_NUMBER); }
INFEXT_API bool infext_v1alpha2_extension_reference_get_port_number(int32_t *out, const infext_v1alpha2_extension_reference *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_PORT_NUMBER)) return false;
    *out = obj->port_number;
    return true;
}
INFEXT_API infext_status infext_v1alpha2_extension_reference_set_port_number(infext_v1alpha2_extension_reference *obj, int32_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->port_number = value;
    infext__mark(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_PORT_NUMBER);
    return INFEXT_OK;
}

INFEXT_API bool infext_v1alpha2_extension_reference_has_failure_mode(const infext_v1alpha2_extension_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_FAILURE_MODE); }
INFEXT_API void infext_v1alpha2_extension_reference_clear_failure_mode(infext_v1alpha2_extension_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_FAILURE_MODE); }
INFEXT_API const char *infext_v1alpha2_extension_reference_get_failure_mode(const infext_v1alpha2_extension_reference *obj) { return obj ? obj->failure_mode : NULL; }
INFEXT_API infext_status infext_v1alpha2_extension_reference_set_failure_mode(infext_v1alpha2_extension_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_EXTENSION_REFERENCE_FAILURE_MODE, value);
}

/* ---- V1alpha2InferencePoolStatus ---- */
INFEXT_API bool infext_v1alpha2_inference_pool_status_equal(const infext_v1alpha2_inference_pool_status *a, const infext_v1alpha2_inference_pool_status *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_pool_status_has_parent(const infext_v1alpha2_inference_pool_status *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_STATUS_PARENT); }
INFEXT_API void infext_v1alpha2_inference_pool_status_clear_parent(infext_v1alpha2_inference_pool_status *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_STATUS_PARENT); }
INFEXT_API size_t infext_v1alpha2_inference_pool_status_parent_count(const infext_v1alpha2_inference_pool_status *obj) { return obj ? obj->parent.len : 0; }
INFEXT_API infext_v1alpha2_pool_status *infext_v1alpha2_inference_pool_status_parent_at(const infext_v1alpha2_inference_pool_status *obj, size_t index)
{
    return obj && index < obj->parent.len ? (infext_v1alpha2_pool_status *)obj->parent.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha2_inference_pool_status_parent_append(infext_v1alpha2_pool_status **out, infext_v1alpha2_inference_pool_status *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_STATUS_PARENT, obj ? obj->parent.len : 0);
}
INFEXT_API infext_status infext_v1alpha2_inference_pool_status_parent_insert(infext_v1alpha2_pool_status **out, infext_v1alpha2_inference_pool_status *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_STATUS_PARENT, index);
}
INFEXT_API infext_status infext_v1alpha2_inference_pool_status_parent_remove(infext_v1alpha2_inference_pool_status *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_POOL_STATUS_PARENT, index);
}

/* ---- V1alpha2PoolStatus ---- */
INFEXT_API bool infext_v1alpha2_pool_status_equal(const infext_v1alpha2_pool_status *a, const infext_v1alpha2_pool_status *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_pool_status_has_parent_ref(const infext_v1alpha2_pool_status *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_POOL_STATUS_PARENT_REF); }
INFEXT_API void infext_v1alpha2_pool_status_clear_parent_ref(infext_v1alpha2_pool_status *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_POOL_STATUS_PARENT_REF); }
INFEXT_API infext_v1alpha2_parent_gateway_reference *infext_v1alpha2_pool_status_get_parent_ref(const infext_v1alpha2_pool_status *obj) { return obj ? obj->parent_ref : NULL; }
INFEXT_API infext_status infext_v1alpha2_pool_status_ensure_parent_ref(infext_v1alpha2_parent_gateway_reference **out, infext_v1alpha2_pool_status *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_POOL_STATUS_PARENT_REF);
}

INFEXT_API bool infext_v1alpha2_pool_status_has_conditions(const infext_v1alpha2_pool_status *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_POOL_STATUS_CONDITIONS); }
INFEXT_API void infext_v1alpha2_pool_status_clear_conditions(infext_v1alpha2_pool_status *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_POOL_STATUS_CONDITIONS); }
INFEXT_API size_t infext_v1alpha2_pool_status_conditions_count(const infext_v1alpha2_pool_status *obj) { return obj ? obj->conditions.len : 0; }
INFEXT_API infext_condition *infext_v1alpha2_pool_status_conditions_at(const infext_v1alpha2_pool_status *obj, size_t index)
{
    return obj && index < obj->conditions.len ? (infext_condition *)obj->conditions.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha2_pool_status_conditions_append(infext_condition **out, infext_v1alpha2_pool_status *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_POOL_STATUS_CONDITIONS, obj ? obj->conditions.len : 0);
}
INFEXT_API infext_status infext_v1alpha2_pool_status_conditions_insert(infext_condition **out, infext_v1alpha2_pool_status *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_POOL_STATUS_CONDITIONS, index);
}
INFEXT_API infext_status infext_v1alpha2_pool_status_conditions_remove(infext_v1alpha2_pool_status *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA2_POOL_STATUS_CONDITIONS, index);
}

/* ---- V1alpha2ParentGatewayReference ---- */
INFEXT_API bool infext_v1alpha2_parent_gateway_reference_equal(const infext_v1alpha2_parent_gateway_reference *a, const infext_v1alpha2_parent_gateway_reference *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_parent_gateway_reference_has_group(const infext_v1alpha2_parent_gateway_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_GROUP); }
INFEXT_API void infext_v1alpha2_parent_gateway_reference_clear_group(infext_v1alpha2_parent_gateway_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_GROUP); }
INFEXT_API const char *infext_v1alpha2_parent_gateway_reference_get_group(const infext_v1alpha2_parent_gateway_reference *obj) { return obj ? obj->group : NULL; }
INFEXT_API infext_status infext_v1alpha2_parent_gateway_reference_set_group(infext_v1alpha2_parent_gateway_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_GROUP, value);
}

INFEXT_API bool infext_v1alpha2_parent_gateway_reference_has_kind(const infext_v1alpha2_parent_gateway_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_KIND); }
INFEXT_API void infext_v1alpha2_parent_gateway_reference_clear_kind(infext_v1alpha2_parent_gateway_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_KIND); }
INFEXT_API const char *infext_v1alpha2_parent_gateway_reference_get_kind(const infext_v1alpha2_parent_gateway_reference *obj) { return obj ? obj->kind : NULL; }
INFEXT_API infext_status infext_v1alpha2_parent_gateway_reference_set_kind(infext_v1alpha2_parent_gateway_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_KIND, value);
}

INFEXT_API bool infext_v1alpha2_parent_gateway_reference_has_name(const infext_v1alpha2_parent_gateway_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_NAME); }
INFEXT_API void infext_v1alpha2_parent_gateway_reference_clear_name(infext_v1alpha2_parent_gateway_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_NAME); }
INFEXT_API const char *infext_v1alpha2_parent_gateway_reference_get_name(const infext_v1alpha2_parent_gateway_reference *obj) { return obj ? obj->name : NULL; }
INFEXT_API infext_status infext_v1alpha2_parent_gateway_reference_set_name(infext_v1alpha2_parent_gateway_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_NAME, value);
}

INFEXT_API bool infext_v1alpha2_parent_gateway_reference_has_namespace(const infext_v1alpha2_parent_gateway_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_NAMESPACE); }
INFEXT_API void infext_v1alpha2_parent_gateway_reference_clear_namespace(infext_v1alpha2_parent_gateway_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_NAMESPACE); }
INFEXT_API const char *infext_v1alpha2_parent_gateway_reference_get_namespace(const infext_v1alpha2_parent_gateway_reference *obj) { return obj ? obj->namespace : NULL; }
INFEXT_API infext_status infext_v1alpha2_parent_gateway_reference_set_namespace(infext_v1alpha2_parent_gateway_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_PARENT_GATEWAY_REFERENCE_NAMESPACE, value);
}

/* ---- V1alpha2InferenceObjective ---- */
INFEXT_API infext_status infext_v1alpha2_inference_objective_new(infext_v1alpha2_inference_objective **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_v1alpha2_inference_objective);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_v1alpha2_inference_objective_free(infext_v1alpha2_inference_objective *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_v1alpha2_inference_objective_clone(infext_v1alpha2_inference_objective **out, const infext_v1alpha2_inference_objective *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_v1alpha2_inference_objective_as_object(infext_v1alpha2_inference_objective *obj) { return (infext_object *)obj; }

INFEXT_API infext_v1alpha2_inference_objective *infext_object_as_v1alpha2_inference_objective(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_v1alpha2_inference_objective ? (infext_v1alpha2_inference_objective *)obj : NULL;
}

INFEXT_API bool infext_v1alpha2_inference_objective_equal(const infext_v1alpha2_inference_objective *a, const infext_v1alpha2_inference_objective *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_objective_has_metadata(const infext_v1alpha2_inference_objective *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_METADATA); }
INFEXT_API void infext_v1alpha2_inference_objective_clear_metadata(infext_v1alpha2_inference_objective *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_METADATA); }
INFEXT_API infext_object_meta *infext_v1alpha2_inference_objective_get_metadata(const infext_v1alpha2_inference_objective *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_objective_ensure_metadata(infext_object_meta **out, infext_v1alpha2_inference_objective *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_METADATA);
}

INFEXT_API bool infext_v1alpha2_inference_objective_has_spec(const infext_v1alpha2_inference_objective *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC); }
INFEXT_API void infext_v1alpha2_inference_objective_clear_spec(infext_v1alpha2_inference_objective *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC); }
INFEXT_API infext_v1alpha2_inference_objective_spec *infext_v1alpha2_inference_objective_get_spec(const infext_v1alpha2_inference_objective *obj) { return obj ? obj->spec : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_objective_ensure_spec(infext_v1alpha2_inference_objective_spec **out, infext_v1alpha2_inference_objective *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC);
}

INFEXT_API bool infext_v1alpha2_inference_objective_has_status(const infext_v1alpha2_inference_objective *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS); }
INFEXT_API void infext_v1alpha2_inference_objective_clear_status(infext_v1alpha2_inference_objective *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS); }
INFEXT_API infext_v1alpha2_inference_objective_status *infext_v1alpha2_inference_objective_get_status(const infext_v1alpha2_inference_objective *obj) { return obj ? obj->status : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_objective_ensure_status(infext_v1alpha2_inference_objective_status **out, infext_v1alpha2_inference_objective *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS);
}

/* ---- V1alpha2InferenceObjectiveList ---- */
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_new(infext_v1alpha2_inference_objective_list **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_v1alpha2_inference_objective_list);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_v1alpha2_inference_objective_list_free(infext_v1alpha2_inference_objective_list *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_v1alpha2_inference_objective_list_clone(infext_v1alpha2_inference_objective_list **out, const infext_v1alpha2_inference_objective_list *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_v1alpha2_inference_objective_list_as_object(infext_v1alpha2_inference_objective_list *obj) { return (infext_object *)obj; }

INFEXT_API infext_v1alpha2_inference_objective_list *infext_object_as_v1alpha2_inference_objective_list(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_v1alpha2_inference_objective_list ? (infext_v1alpha2_inference_objective_list *)obj : NULL;
}

INFEXT_API bool infext_v1alpha2_inference_objective_list_equal(const infext_v1alpha2_inference_objective_list *a, const infext_v1alpha2_inference_objective_list *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_objective_list_has_metadata(const infext_v1alpha2_inference_objective_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_METADATA); }
INFEXT_API void infext_v1alpha2_inference_objective_list_clear_metadata(infext_v1alpha2_inference_objective_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_METADATA); }
INFEXT_API infext_list_meta *infext_v1alpha2_inference_objective_list_get_metadata(const infext_v1alpha2_inference_objective_list *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_ensure_metadata(infext_list_meta **out, infext_v1alpha2_inference_objective_list *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_METADATA);
}

INFEXT_API bool infext_v1alpha2_inference_objective_list_has_items(const infext_v1alpha2_inference_objective_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS); }
INFEXT_API void infext_v1alpha2_inference_objective_list_clear_items(infext_v1alpha2_inference_objective_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS); }
INFEXT_API size_t infext_v1alpha2_inference_objective_list_items_count(const infext_v1alpha2_inference_objective_list *obj) { return obj ? obj->items.len : 0; }
INFEXT_API infext_v1alpha2_inference_objective *infext_v1alpha2_inference_objective_list_items_at(const infext_v1alpha2_inference_objective_list *obj, size_t index)
{
    return obj && index < obj->items.len ? (infext_v1alpha2_inference_objective *)obj->items.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_items_append(infext_v1alpha2_inference_objective **out, infext_v1alpha2_inference_objective_list *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS, obj ? obj->items.len : 0);
}
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_items_insert(infext_v1alpha2_inference_objective **out, infext_v1alpha2_inference_objective_list *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS, index);
}
INFEXT_API infext_status infext_v1alpha2_inference_objective_list_items_remove(infext_v1alpha2_inference_objective_list *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS, index);
}

/* ---- V1alpha2InferenceObjectiveSpec ---- */
INFEXT_API bool infext_v1alpha2_inference_objective_spec_equal(const infext_v1alpha2_inference_objective_spec *a, const infext_v1alpha2_inference_objective_spec *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_objective_spec_has_priority(const infext_v1alpha2_inference_objective_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_PRIORITY); }
INFEXT_API void infext_v1alpha2_inference_objective_spec_clear_priority(infext_v1alpha2_inference_objective_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_PRIORITY); }
INFEXT_API bool infext_v1alpha2_inference_objective_spec_get_priority(int64_t *out, const infext_v1alpha2_inference_objective_spec *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_PRIORITY)) return false;
    *out = obj->priority;
    return true;
}
INFEXT_API infext_status infext_v1alpha2_inference_objective_spec_set_priority(infext_v1alpha2_inference_objective_spec *obj, int64_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->priority = value;
    infext__mark(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_PRIORITY);
    return INFEXT_OK;
}

INFEXT_API bool infext_v1alpha2_inference_objective_spec_has_pool_ref(const infext_v1alpha2_inference_objective_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_POOL_REF); }
INFEXT_API void infext_v1alpha2_inference_objective_spec_clear_pool_ref(infext_v1alpha2_inference_objective_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_POOL_REF); }
INFEXT_API infext_v1alpha2_pool_object_reference *infext_v1alpha2_inference_objective_spec_get_pool_ref(const infext_v1alpha2_inference_objective_spec *obj) { return obj ? obj->pool_ref : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_objective_spec_ensure_pool_ref(infext_v1alpha2_pool_object_reference **out, infext_v1alpha2_inference_objective_spec *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_POOL_REF);
}

/* ---- V1alpha2PoolObjectReference ---- */
INFEXT_API bool infext_v1alpha2_pool_object_reference_equal(const infext_v1alpha2_pool_object_reference *a, const infext_v1alpha2_pool_object_reference *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_pool_object_reference_has_group(const infext_v1alpha2_pool_object_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_GROUP); }
INFEXT_API void infext_v1alpha2_pool_object_reference_clear_group(infext_v1alpha2_pool_object_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_GROUP); }
INFEXT_API const char *infext_v1alpha2_pool_object_reference_get_group(const infext_v1alpha2_pool_object_reference *obj) { return obj ? obj->group : NULL; }
INFEXT_API infext_status infext_v1alpha2_pool_object_reference_set_group(infext_v1alpha2_pool_object_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_GROUP, value);
}

INFEXT_API bool infext_v1alpha2_pool_object_reference_has_kind(const infext_v1alpha2_pool_object_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_KIND); }
INFEXT_API void infext_v1alpha2_pool_object_reference_clear_kind(infext_v1alpha2_pool_object_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_KIND); }
INFEXT_API const char *infext_v1alpha2_pool_object_reference_get_kind(const infext_v1alpha2_pool_object_reference *obj) { return obj ? obj->kind : NULL; }
INFEXT_API infext_status infext_v1alpha2_pool_object_reference_set_kind(infext_v1alpha2_pool_object_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_KIND, value);
}

INFEXT_API bool infext_v1alpha2_pool_object_reference_has_name(const infext_v1alpha2_pool_object_reference *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_NAME); }
INFEXT_API void infext_v1alpha2_pool_object_reference_clear_name(infext_v1alpha2_pool_object_reference *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_NAME); }
INFEXT_API const char *infext_v1alpha2_pool_object_reference_get_name(const infext_v1alpha2_pool_object_reference *obj) { return obj ? obj->name : NULL; }
INFEXT_API infext_status infext_v1alpha2_pool_object_reference_set_name(infext_v1alpha2_pool_object_reference *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_POOL_OBJECT_REFERENCE_NAME, value);
}

/* ---- V1alpha2InferenceObjectiveStatus ---- */
INFEXT_API bool infext_v1alpha2_inference_objective_status_equal(const infext_v1alpha2_inference_objective_status *a, const infext_v1alpha2_inference_objective_status *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_objective_status_has_conditions(const infext_v1alpha2_inference_objective_status *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS_CONDITIONS); }
INFEXT_API void infext_v1alpha2_inference_objective_status_clear_conditions(infext_v1alpha2_inference_objective_status *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS_CONDITIONS); }
INFEXT_API size_t infext_v1alpha2_inference_objective_status_conditions_count(const infext_v1alpha2_inference_objective_status *obj) { return obj ? obj->conditions.len : 0; }
INFEXT_API infext_condition *infext_v1alpha2_inference_objective_status_conditions_at(const infext_v1alpha2_inference_objective_status *obj, size_t index)
{
    return obj && index < obj->conditions.len ? (infext_condition *)obj->conditions.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha2_inference_objective_status_conditions_append(infext_condition **out, infext_v1alpha2_inference_objective_status *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS_CONDITIONS, obj ? obj->conditions.len : 0);
}
INFEXT_API infext_status infext_v1alpha2_inference_objective_status_conditions_insert(infext_condition **out, infext_v1alpha2_inference_objective_status *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS_CONDITIONS, index);
}
INFEXT_API infext_status infext_v1alpha2_inference_objective_status_conditions_remove(infext_v1alpha2_inference_objective_status *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS_CONDITIONS, index);
}

/* ---- V1alpha2InferenceModelRewrite ---- */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_new(infext_v1alpha2_inference_model_rewrite **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_v1alpha2_inference_model_rewrite);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_v1alpha2_inference_model_rewrite_free(infext_v1alpha2_inference_model_rewrite *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_clone(infext_v1alpha2_inference_model_rewrite **out, const infext_v1alpha2_inference_model_rewrite *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_v1alpha2_inference_model_rewrite_as_object(infext_v1alpha2_inference_model_rewrite *obj) { return (infext_object *)obj; }

INFEXT_API infext_v1alpha2_inference_model_rewrite *infext_object_as_v1alpha2_inference_model_rewrite(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_v1alpha2_inference_model_rewrite ? (infext_v1alpha2_inference_model_rewrite *)obj : NULL;
}

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_equal(const infext_v1alpha2_inference_model_rewrite *a, const infext_v1alpha2_inference_model_rewrite *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_has_metadata(const infext_v1alpha2_inference_model_rewrite *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_METADATA); }
INFEXT_API void infext_v1alpha2_inference_model_rewrite_clear_metadata(infext_v1alpha2_inference_model_rewrite *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_METADATA); }
INFEXT_API infext_object_meta *infext_v1alpha2_inference_model_rewrite_get_metadata(const infext_v1alpha2_inference_model_rewrite *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_ensure_metadata(infext_object_meta **out, infext_v1alpha2_inference_model_rewrite *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_METADATA);
}

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_has_spec(const infext_v1alpha2_inference_model_rewrite *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC); }
INFEXT_API void infext_v1alpha2_inference_model_rewrite_clear_spec(infext_v1alpha2_inference_model_rewrite *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC); }
INFEXT_API infext_v1alpha2_inference_model_rewrite_spec *infext_v1alpha2_inference_model_rewrite_get_spec(const infext_v1alpha2_inference_model_rewrite *obj) { return obj ? obj->spec : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_ensure_spec(infext_v1alpha2_inference_model_rewrite_spec **out, infext_v1alpha2_inference_model_rewrite *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC);
}

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_has_status(const infext_v1alpha2_inference_model_rewrite *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS); }
INFEXT_API void infext_v1alpha2_inference_model_rewrite_clear_status(infext_v1alpha2_inference_model_rewrite *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS); }
INFEXT_API infext_v1alpha2_inference_model_rewrite_status *infext_v1alpha2_inference_model_rewrite_get_status(const infext_v1alpha2_inference_model_rewrite *obj) { return obj ? obj->status : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_ensure_status(infext_v1alpha2_inference_model_rewrite_status **out, infext_v1alpha2_inference_model_rewrite *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS);
}

/* ---- V1alpha2InferenceModelRewriteList ---- */
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_new(infext_v1alpha2_inference_model_rewrite_list **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_v1alpha2_inference_model_rewrite_list);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_v1alpha2_inference_model_rewrite_list_free(infext_v1alpha2_inference_model_rewrite_list *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_clone(infext_v1alpha2_inference_model_rewrite_list **out, const infext_v1alpha2_inference_model_rewrite_list *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_v1alpha2_inference_model_rewrite_list_as_object(infext_v1alpha2_inference_model_rewrite_list *obj) { return (infext_object *)obj; }

INFEXT_API infext_v1alpha2_inference_model_rewrite_list *infext_object_as_v1alpha2_inference_model_rewrite_list(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_v1alpha2_inference_model_rewrite_list ? (infext_v1alpha2_inference_model_rewrite_list *)obj : NULL;
}

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_list_equal(const infext_v1alpha2_inference_model_rewrite_list *a, const infext_v1alpha2_inference_model_rewrite_list *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_list_has_metadata(const infext_v1alpha2_inference_model_rewrite_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_METADATA); }
INFEXT_API void infext_v1alpha2_inference_model_rewrite_list_clear_metadata(infext_v1alpha2_inference_model_rewrite_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_METADATA); }
INFEXT_API infext_list_meta *infext_v1alpha2_inference_model_rewrite_list_get_metadata(const infext_v1alpha2_inference_model_rewrite_list *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_ensure_metadata(infext_list_meta **out, infext_v1alpha2_inference_model_rewrite_list *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_METADATA);
}

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_list_has_items(const infext_v1alpha2_inference_model_rewrite_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS); }
INFEXT_API void infext_v1alpha2_inference_model_rewrite_list_clear_items(infext_v1alpha2_inference_model_rewrite_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS); }
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_list_items_count(const infext_v1alpha2_inference_model_rewrite_list *obj) { return obj ? obj->items.len : 0; }
INFEXT_API infext_v1alpha2_inference_model_rewrite *infext_v1alpha2_inference_model_rewrite_list_items_at(const infext_v1alpha2_inference_model_rewrite_list *obj, size_t index)
{
    return obj && index < obj->items.len ? (infext_v1alpha2_inference_model_rewrite *)obj->items.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_items_append(infext_v1alpha2_inference_model_rewrite **out, infext_v1alpha2_inference_model_rewrite_list *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS, obj ? obj->items.len : 0);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_items_insert(infext_v1alpha2_inference_model_rewrite **out, infext_v1alpha2_inference_model_rewrite_list *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS, index);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_items_remove(infext_v1alpha2_inference_model_rewrite_list *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS, index);
}

/* ---- V1alpha2InferenceModelRewriteSpec ---- */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_spec_equal(const infext_v1alpha2_inference_model_rewrite_spec *a, const infext_v1alpha2_inference_model_rewrite_spec *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_spec_has_pool_ref(const infext_v1alpha2_inference_model_rewrite_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_POOL_REF); }
INFEXT_API void infext_v1alpha2_inference_model_rewrite_spec_clear_pool_ref(infext_v1alpha2_inference_model_rewrite_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_POOL_REF); }
INFEXT_API infext_v1alpha2_pool_object_reference *infext_v1alpha2_inference_model_rewrite_spec_get_pool_ref(const infext_v1alpha2_inference_model_rewrite_spec *obj) { return obj ? obj->pool_ref : NULL; }
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_spec_ensure_pool_ref(infext_v1alpha2_pool_object_reference **out, infext_v1alpha2_inference_model_rewrite_spec *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_POOL_REF);
}

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_spec_has_rules(const infext_v1alpha2_inference_model_rewrite_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES); }
INFEXT_API void infext_v1alpha2_inference_model_rewrite_spec_clear_rules(infext_v1alpha2_inference_model_rewrite_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES); }
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_spec_rules_count(const infext_v1alpha2_inference_model_rewrite_spec *obj) { return obj ? obj->rules.len : 0; }
INFEXT_API infext_v1alpha2_inference_model_rewrite_rule *infext_v1alpha2_inference_model_rewrite_spec_rules_at(const infext_v1alpha2_inference_model_rewrite_spec *obj, size_t index)
{
    return obj && index < obj->rules.len ? (infext_v1alpha2_inference_model_rewrite_rule *)obj->rules.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_spec_rules_append(infext_v1alpha2_inference_model_rewrite_rule **out, infext_v1alpha2_inference_model_rewrite_spec *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES, obj ? obj->rules.len : 0);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_spec_rules_insert(infext_v1alpha2_inference_model_rewrite_rule **out, infext_v1alpha2_inference_model_rewrite_spec *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES, index);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_spec_rules_remove(infext_v1alpha2_inference_model_rewrite_spec *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES, index);
}

/* ---- V1alpha2InferenceModelRewriteRule ---- */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_rule_equal(const infext_v1alpha2_inference_model_rewrite_rule *a, const infext_v1alpha2_inference_model_rewrite_rule *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_rule_has_matches(const infext_v1alpha2_inference_model_rewrite_rule *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES); }
INFEXT_API void infext_v1alpha2_inference_model_rewrite_rule_clear_matches(infext_v1alpha2_inference_model_rewrite_rule *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES); }
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_rule_matches_count(const infext_v1alpha2_inference_model_rewrite_rule *obj) { return obj ? obj->matches.len : 0; }
INFEXT_API infext_v1alpha2_match *infext_v1alpha2_inference_model_rewrite_rule_matches_at(const infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return obj && index < obj->matches.len ? (infext_v1alpha2_match *)obj->matches.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_matches_append(infext_v1alpha2_match **out, infext_v1alpha2_inference_model_rewrite_rule *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES, obj ? obj->matches.len : 0);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_matches_insert(infext_v1alpha2_match **out, infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES, index);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_matches_remove(infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES, index);
}

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_rule_has_split(const infext_v1alpha2_inference_model_rewrite_rule *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_SPLIT); }
INFEXT_API void infext_v1alpha2_inference_model_rewrite_rule_clear_split(infext_v1alpha2_inference_model_rewrite_rule *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_SPLIT); }
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_rule_split_count(const infext_v1alpha2_inference_model_rewrite_rule *obj) { return obj ? obj->split.len : 0; }
INFEXT_API infext_v1alpha2_target_model *infext_v1alpha2_inference_model_rewrite_rule_split_at(const infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return obj && index < obj->split.len ? (infext_v1alpha2_target_model *)obj->split.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_split_append(infext_v1alpha2_target_model **out, infext_v1alpha2_inference_model_rewrite_rule *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_SPLIT, obj ? obj->split.len : 0);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_split_insert(infext_v1alpha2_target_model **out, infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_SPLIT, index);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_split_remove(infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_SPLIT, index);
}

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_rule_has_targets(const infext_v1alpha2_inference_model_rewrite_rule *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS); }
INFEXT_API void infext_v1alpha2_inference_model_rewrite_rule_clear_targets(infext_v1alpha2_inference_model_rewrite_rule *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS); }
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_rule_targets_count(const infext_v1alpha2_inference_model_rewrite_rule *obj) { return obj ? obj->targets.len : 0; }
INFEXT_API infext_v1alpha2_target_model *infext_v1alpha2_inference_model_rewrite_rule_targets_at(const infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return obj && index < obj->targets.len ? (infext_v1alpha2_target_model *)obj->targets.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_targets_append(infext_v1alpha2_target_model **out, infext_v1alpha2_inference_model_rewrite_rule *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS, obj ? obj->targets.len : 0);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_targets_insert(infext_v1alpha2_target_model **out, infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS, index);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_rule_targets_remove(infext_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS, index);
}

/* ---- V1alpha2Match ---- */
INFEXT_API bool infext_v1alpha2_match_equal(const infext_v1alpha2_match *a, const infext_v1alpha2_match *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_match_has_model(const infext_v1alpha2_match *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_MATCH_MODEL); }
INFEXT_API void infext_v1alpha2_match_clear_model(infext_v1alpha2_match *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_MATCH_MODEL); }
INFEXT_API infext_v1alpha2_model_match *infext_v1alpha2_match_get_model(const infext_v1alpha2_match *obj) { return obj ? obj->model : NULL; }
INFEXT_API infext_status infext_v1alpha2_match_ensure_model(infext_v1alpha2_model_match **out, infext_v1alpha2_match *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA2_MATCH_MODEL);
}

/* ---- V1alpha2ModelMatch ---- */
INFEXT_API bool infext_v1alpha2_model_match_equal(const infext_v1alpha2_model_match *a, const infext_v1alpha2_model_match *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_model_match_has_type(const infext_v1alpha2_model_match *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_MODEL_MATCH_TYPE); }
INFEXT_API void infext_v1alpha2_model_match_clear_type(infext_v1alpha2_model_match *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_MODEL_MATCH_TYPE); }
INFEXT_API const char *infext_v1alpha2_model_match_get_type(const infext_v1alpha2_model_match *obj) { return obj ? obj->type : NULL; }
INFEXT_API infext_status infext_v1alpha2_model_match_set_type(infext_v1alpha2_model_match *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_MODEL_MATCH_TYPE, value);
}

INFEXT_API bool infext_v1alpha2_model_match_has_value(const infext_v1alpha2_model_match *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_MODEL_MATCH_VALUE); }
INFEXT_API void infext_v1alpha2_model_match_clear_value(infext_v1alpha2_model_match *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_MODEL_MATCH_VALUE); }
INFEXT_API const char *infext_v1alpha2_model_match_get_value(const infext_v1alpha2_model_match *obj) { return obj ? obj->value : NULL; }
INFEXT_API infext_status infext_v1alpha2_model_match_set_value(infext_v1alpha2_model_match *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_MODEL_MATCH_VALUE, value);
}

/* ---- V1alpha2TargetModel ---- */
INFEXT_API bool infext_v1alpha2_target_model_equal(const infext_v1alpha2_target_model *a, const infext_v1alpha2_target_model *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_target_model_has_model_rewrite(const infext_v1alpha2_target_model *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_TARGET_MODEL_MODEL_REWRITE); }
INFEXT_API void infext_v1alpha2_target_model_clear_model_rewrite(infext_v1alpha2_target_model *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_TARGET_MODEL_MODEL_REWRITE); }
INFEXT_API const char *infext_v1alpha2_target_model_get_model_rewrite(const infext_v1alpha2_target_model *obj) { return obj ? obj->model_rewrite : NULL; }
INFEXT_API infext_status infext_v1alpha2_target_model_set_model_rewrite(infext_v1alpha2_target_model *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA2_TARGET_MODEL_MODEL_REWRITE, value);
}

INFEXT_API bool infext_v1alpha2_target_model_has_weight(const infext_v1alpha2_target_model *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_TARGET_MODEL_WEIGHT); }
INFEXT_API void infext_v1alpha2_target_model_clear_weight(infext_v1alpha2_target_model *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_TARGET_MODEL_WEIGHT); }
INFEXT_API bool infext_v1alpha2_target_model_get_weight(int32_t *out, const infext_v1alpha2_target_model *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1ALPHA2_TARGET_MODEL_WEIGHT)) return false;
    *out = obj->weight;
    return true;
}
INFEXT_API infext_status infext_v1alpha2_target_model_set_weight(infext_v1alpha2_target_model *obj, int32_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->weight = value;
    infext__mark(obj, INFEXT__FIELD_V1ALPHA2_TARGET_MODEL_WEIGHT);
    return INFEXT_OK;
}

/* ---- V1alpha2InferenceModelRewriteStatus ---- */
INFEXT_API bool infext_v1alpha2_inference_model_rewrite_status_equal(const infext_v1alpha2_inference_model_rewrite_status *a, const infext_v1alpha2_inference_model_rewrite_status *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha2_inference_model_rewrite_status_has_conditions(const infext_v1alpha2_inference_model_rewrite_status *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS_CONDITIONS); }
INFEXT_API void infext_v1alpha2_inference_model_rewrite_status_clear_conditions(infext_v1alpha2_inference_model_rewrite_status *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS_CONDITIONS); }
INFEXT_API size_t infext_v1alpha2_inference_model_rewrite_status_conditions_count(const infext_v1alpha2_inference_model_rewrite_status *obj) { return obj ? obj->conditions.len : 0; }
INFEXT_API infext_condition *infext_v1alpha2_inference_model_rewrite_status_conditions_at(const infext_v1alpha2_inference_model_rewrite_status *obj, size_t index)
{
    return obj && index < obj->conditions.len ? (infext_condition *)obj->conditions.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_status_conditions_append(infext_condition **out, infext_v1alpha2_inference_model_rewrite_status *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS_CONDITIONS, obj ? obj->conditions.len : 0);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_status_conditions_insert(infext_condition **out, infext_v1alpha2_inference_model_rewrite_status *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS_CONDITIONS, index);
}
INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_status_conditions_remove(infext_v1alpha2_inference_model_rewrite_status *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS_CONDITIONS, index);
}

/* ---- LlmdV1alpha2InferenceObjective ---- */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_new(infext_llmd_v1alpha2_inference_objective **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_llmd_v1alpha2_inference_objective);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_llmd_v1alpha2_inference_objective_free(infext_llmd_v1alpha2_inference_objective *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_clone(infext_llmd_v1alpha2_inference_objective **out, const infext_llmd_v1alpha2_inference_objective *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_llmd_v1alpha2_inference_objective_as_object(infext_llmd_v1alpha2_inference_objective *obj) { return (infext_object *)obj; }

INFEXT_API infext_llmd_v1alpha2_inference_objective *infext_object_as_llmd_v1alpha2_inference_objective(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_llmd_v1alpha2_inference_objective ? (infext_llmd_v1alpha2_inference_objective *)obj : NULL;
}

INFEXT_API bool infext_llmd_v1alpha2_inference_objective_equal(const infext_llmd_v1alpha2_inference_objective *a, const infext_llmd_v1alpha2_inference_objective *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_llmd_v1alpha2_inference_objective_has_metadata(const infext_llmd_v1alpha2_inference_objective *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_METADATA); }
INFEXT_API void infext_llmd_v1alpha2_inference_objective_clear_metadata(infext_llmd_v1alpha2_inference_objective *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_METADATA); }
INFEXT_API infext_object_meta *infext_llmd_v1alpha2_inference_objective_get_metadata(const infext_llmd_v1alpha2_inference_objective *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_ensure_metadata(infext_object_meta **out, infext_llmd_v1alpha2_inference_objective *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_METADATA);
}

INFEXT_API bool infext_llmd_v1alpha2_inference_objective_has_spec(const infext_llmd_v1alpha2_inference_objective *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC); }
INFEXT_API void infext_llmd_v1alpha2_inference_objective_clear_spec(infext_llmd_v1alpha2_inference_objective *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC); }
INFEXT_API infext_llmd_v1alpha2_inference_objective_spec *infext_llmd_v1alpha2_inference_objective_get_spec(const infext_llmd_v1alpha2_inference_objective *obj) { return obj ? obj->spec : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_ensure_spec(infext_llmd_v1alpha2_inference_objective_spec **out, infext_llmd_v1alpha2_inference_objective *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC);
}

INFEXT_API bool infext_llmd_v1alpha2_inference_objective_has_status(const infext_llmd_v1alpha2_inference_objective *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS); }
INFEXT_API void infext_llmd_v1alpha2_inference_objective_clear_status(infext_llmd_v1alpha2_inference_objective *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS); }
INFEXT_API infext_v1alpha2_inference_objective_status *infext_llmd_v1alpha2_inference_objective_get_status(const infext_llmd_v1alpha2_inference_objective *obj) { return obj ? obj->status : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_ensure_status(infext_v1alpha2_inference_objective_status **out, infext_llmd_v1alpha2_inference_objective *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_STATUS);
}

/* ---- LlmdV1alpha2InferenceObjectiveList ---- */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_new(infext_llmd_v1alpha2_inference_objective_list **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_llmd_v1alpha2_inference_objective_list);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_llmd_v1alpha2_inference_objective_list_free(infext_llmd_v1alpha2_inference_objective_list *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_clone(infext_llmd_v1alpha2_inference_objective_list **out, const infext_llmd_v1alpha2_inference_objective_list *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_llmd_v1alpha2_inference_objective_list_as_object(infext_llmd_v1alpha2_inference_objective_list *obj) { return (infext_object *)obj; }

INFEXT_API infext_llmd_v1alpha2_inference_objective_list *infext_object_as_llmd_v1alpha2_inference_objective_list(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_llmd_v1alpha2_inference_objective_list ? (infext_llmd_v1alpha2_inference_objective_list *)obj : NULL;
}

INFEXT_API bool infext_llmd_v1alpha2_inference_objective_list_equal(const infext_llmd_v1alpha2_inference_objective_list *a, const infext_llmd_v1alpha2_inference_objective_list *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_llmd_v1alpha2_inference_objective_list_has_metadata(const infext_llmd_v1alpha2_inference_objective_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_METADATA); }
INFEXT_API void infext_llmd_v1alpha2_inference_objective_list_clear_metadata(infext_llmd_v1alpha2_inference_objective_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_METADATA); }
INFEXT_API infext_list_meta *infext_llmd_v1alpha2_inference_objective_list_get_metadata(const infext_llmd_v1alpha2_inference_objective_list *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_ensure_metadata(infext_list_meta **out, infext_llmd_v1alpha2_inference_objective_list *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_METADATA);
}

INFEXT_API bool infext_llmd_v1alpha2_inference_objective_list_has_items(const infext_llmd_v1alpha2_inference_objective_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS); }
INFEXT_API void infext_llmd_v1alpha2_inference_objective_list_clear_items(infext_llmd_v1alpha2_inference_objective_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS); }
INFEXT_API size_t infext_llmd_v1alpha2_inference_objective_list_items_count(const infext_llmd_v1alpha2_inference_objective_list *obj) { return obj ? obj->items.len : 0; }
INFEXT_API infext_llmd_v1alpha2_inference_objective *infext_llmd_v1alpha2_inference_objective_list_items_at(const infext_llmd_v1alpha2_inference_objective_list *obj, size_t index)
{
    return obj && index < obj->items.len ? (infext_llmd_v1alpha2_inference_objective *)obj->items.items[index] : NULL;
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_items_append(infext_llmd_v1alpha2_inference_objective **out, infext_llmd_v1alpha2_inference_objective_list *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS, obj ? obj->items.len : 0);
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_items_insert(infext_llmd_v1alpha2_inference_objective **out, infext_llmd_v1alpha2_inference_objective_list *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS, index);
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_items_remove(infext_llmd_v1alpha2_inference_objective_list *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST_ITEMS, index);
}

/* ---- LlmdV1alpha2InferenceObjectiveSpec ---- */
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_spec_equal(const infext_llmd_v1alpha2_inference_objective_spec *a, const infext_llmd_v1alpha2_inference_objective_spec *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_llmd_v1alpha2_inference_objective_spec_has_priority(const infext_llmd_v1alpha2_inference_objective_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_PRIORITY); }
INFEXT_API void infext_llmd_v1alpha2_inference_objective_spec_clear_priority(infext_llmd_v1alpha2_inference_objective_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_PRIORITY); }
INFEXT_API bool infext_llmd_v1alpha2_inference_objective_spec_get_priority(int32_t *out, const infext_llmd_v1alpha2_inference_objective_spec *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_PRIORITY)) return false;
    *out = obj->priority;
    return true;
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_spec_set_priority(infext_llmd_v1alpha2_inference_objective_spec *obj, int32_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->priority = value;
    infext__mark(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_PRIORITY);
    return INFEXT_OK;
}

INFEXT_API bool infext_llmd_v1alpha2_inference_objective_spec_has_pool_ref(const infext_llmd_v1alpha2_inference_objective_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_POOL_REF); }
INFEXT_API void infext_llmd_v1alpha2_inference_objective_spec_clear_pool_ref(infext_llmd_v1alpha2_inference_objective_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_POOL_REF); }
INFEXT_API infext_v1alpha2_pool_object_reference *infext_llmd_v1alpha2_inference_objective_spec_get_pool_ref(const infext_llmd_v1alpha2_inference_objective_spec *obj) { return obj ? obj->pool_ref : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_spec_ensure_pool_ref(infext_v1alpha2_pool_object_reference **out, infext_llmd_v1alpha2_inference_objective_spec *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_SPEC_POOL_REF);
}

/* ---- LlmdV1alpha2InferenceModelRewrite ---- */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_new(infext_llmd_v1alpha2_inference_model_rewrite **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_llmd_v1alpha2_inference_model_rewrite);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_free(infext_llmd_v1alpha2_inference_model_rewrite *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_clone(infext_llmd_v1alpha2_inference_model_rewrite **out, const infext_llmd_v1alpha2_inference_model_rewrite *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_llmd_v1alpha2_inference_model_rewrite_as_object(infext_llmd_v1alpha2_inference_model_rewrite *obj) { return (infext_object *)obj; }

INFEXT_API infext_llmd_v1alpha2_inference_model_rewrite *infext_object_as_llmd_v1alpha2_inference_model_rewrite(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_llmd_v1alpha2_inference_model_rewrite ? (infext_llmd_v1alpha2_inference_model_rewrite *)obj : NULL;
}

INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_equal(const infext_llmd_v1alpha2_inference_model_rewrite *a, const infext_llmd_v1alpha2_inference_model_rewrite *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_has_metadata(const infext_llmd_v1alpha2_inference_model_rewrite *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_METADATA); }
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_clear_metadata(infext_llmd_v1alpha2_inference_model_rewrite *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_METADATA); }
INFEXT_API infext_object_meta *infext_llmd_v1alpha2_inference_model_rewrite_get_metadata(const infext_llmd_v1alpha2_inference_model_rewrite *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_ensure_metadata(infext_object_meta **out, infext_llmd_v1alpha2_inference_model_rewrite *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_METADATA);
}

INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_has_spec(const infext_llmd_v1alpha2_inference_model_rewrite *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC); }
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_clear_spec(infext_llmd_v1alpha2_inference_model_rewrite *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC); }
INFEXT_API infext_llmd_v1alpha2_inference_model_rewrite_spec *infext_llmd_v1alpha2_inference_model_rewrite_get_spec(const infext_llmd_v1alpha2_inference_model_rewrite *obj) { return obj ? obj->spec : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_ensure_spec(infext_llmd_v1alpha2_inference_model_rewrite_spec **out, infext_llmd_v1alpha2_inference_model_rewrite *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC);
}

INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_has_status(const infext_llmd_v1alpha2_inference_model_rewrite *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS); }
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_clear_status(infext_llmd_v1alpha2_inference_model_rewrite *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS); }
INFEXT_API infext_v1alpha2_inference_model_rewrite_status *infext_llmd_v1alpha2_inference_model_rewrite_get_status(const infext_llmd_v1alpha2_inference_model_rewrite *obj) { return obj ? obj->status : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_ensure_status(infext_v1alpha2_inference_model_rewrite_status **out, infext_llmd_v1alpha2_inference_model_rewrite *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_STATUS);
}

/* ---- LlmdV1alpha2InferenceModelRewriteList ---- */
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_new(infext_llmd_v1alpha2_inference_model_rewrite_list **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_llmd_v1alpha2_inference_model_rewrite_list);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_list_free(infext_llmd_v1alpha2_inference_model_rewrite_list *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_clone(infext_llmd_v1alpha2_inference_model_rewrite_list **out, const infext_llmd_v1alpha2_inference_model_rewrite_list *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_llmd_v1alpha2_inference_model_rewrite_list_as_object(infext_llmd_v1alpha2_inference_model_rewrite_list *obj) { return (infext_object *)obj; }

INFEXT_API infext_llmd_v1alpha2_inference_model_rewrite_list *infext_object_as_llmd_v1alpha2_inference_model_rewrite_list(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_llmd_v1alpha2_inference_model_rewrite_list ? (infext_llmd_v1alpha2_inference_model_rewrite_list *)obj : NULL;
}

INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_list_equal(const infext_llmd_v1alpha2_inference_model_rewrite_list *a, const infext_llmd_v1alpha2_inference_model_rewrite_list *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_list_has_metadata(const infext_llmd_v1alpha2_inference_model_rewrite_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_METADATA); }
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_list_clear_metadata(infext_llmd_v1alpha2_inference_model_rewrite_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_METADATA); }
INFEXT_API infext_list_meta *infext_llmd_v1alpha2_inference_model_rewrite_list_get_metadata(const infext_llmd_v1alpha2_inference_model_rewrite_list *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_ensure_metadata(infext_list_meta **out, infext_llmd_v1alpha2_inference_model_rewrite_list *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_METADATA);
}

INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_list_has_items(const infext_llmd_v1alpha2_inference_model_rewrite_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS); }
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_list_clear_items(infext_llmd_v1alpha2_inference_model_rewrite_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS); }
INFEXT_API size_t infext_llmd_v1alpha2_inference_model_rewrite_list_items_count(const infext_llmd_v1alpha2_inference_model_rewrite_list *obj) { return obj ? obj->items.len : 0; }
INFEXT_API infext_llmd_v1alpha2_inference_model_rewrite *infext_llmd_v1alpha2_inference_model_rewrite_list_items_at(const infext_llmd_v1alpha2_inference_model_rewrite_list *obj, size_t index)
{
    return obj && index < obj->items.len ? (infext_llmd_v1alpha2_inference_model_rewrite *)obj->items.items[index] : NULL;
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_items_append(infext_llmd_v1alpha2_inference_model_rewrite **out, infext_llmd_v1alpha2_inference_model_rewrite_list *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS, obj ? obj->items.len : 0);
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_items_insert(infext_llmd_v1alpha2_inference_model_rewrite **out, infext_llmd_v1alpha2_inference_model_rewrite_list *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS, index);
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_items_remove(infext_llmd_v1alpha2_inference_model_rewrite_list *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST_ITEMS, index);
}

/* ---- LlmdV1alpha2InferenceModelRewriteSpec ---- */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_spec_equal(const infext_llmd_v1alpha2_inference_model_rewrite_spec *a, const infext_llmd_v1alpha2_inference_model_rewrite_spec *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_spec_has_pool_ref(const infext_llmd_v1alpha2_inference_model_rewrite_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_POOL_REF); }
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_spec_clear_pool_ref(infext_llmd_v1alpha2_inference_model_rewrite_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_POOL_REF); }
INFEXT_API infext_v1alpha2_pool_object_reference *infext_llmd_v1alpha2_inference_model_rewrite_spec_get_pool_ref(const infext_llmd_v1alpha2_inference_model_rewrite_spec *obj) { return obj ? obj->pool_ref : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_spec_ensure_pool_ref(infext_v1alpha2_pool_object_reference **out, infext_llmd_v1alpha2_inference_model_rewrite_spec *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_POOL_REF);
}

INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_spec_has_rules(const infext_llmd_v1alpha2_inference_model_rewrite_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES); }
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_spec_clear_rules(infext_llmd_v1alpha2_inference_model_rewrite_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES); }
INFEXT_API size_t infext_llmd_v1alpha2_inference_model_rewrite_spec_rules_count(const infext_llmd_v1alpha2_inference_model_rewrite_spec *obj) { return obj ? obj->rules.len : 0; }
INFEXT_API infext_llmd_v1alpha2_inference_model_rewrite_rule *infext_llmd_v1alpha2_inference_model_rewrite_spec_rules_at(const infext_llmd_v1alpha2_inference_model_rewrite_spec *obj, size_t index)
{
    return obj && index < obj->rules.len ? (infext_llmd_v1alpha2_inference_model_rewrite_rule *)obj->rules.items[index] : NULL;
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_spec_rules_append(infext_llmd_v1alpha2_inference_model_rewrite_rule **out, infext_llmd_v1alpha2_inference_model_rewrite_spec *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES, obj ? obj->rules.len : 0);
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_spec_rules_insert(infext_llmd_v1alpha2_inference_model_rewrite_rule **out, infext_llmd_v1alpha2_inference_model_rewrite_spec *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES, index);
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_spec_rules_remove(infext_llmd_v1alpha2_inference_model_rewrite_spec *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_SPEC_RULES, index);
}

/* ---- LlmdV1alpha2InferenceModelRewriteRule ---- */
INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_rule_equal(const infext_llmd_v1alpha2_inference_model_rewrite_rule *a, const infext_llmd_v1alpha2_inference_model_rewrite_rule *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_rule_has_matches(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES); }
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_rule_clear_matches(infext_llmd_v1alpha2_inference_model_rewrite_rule *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES); }
INFEXT_API size_t infext_llmd_v1alpha2_inference_model_rewrite_rule_matches_count(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj) { return obj ? obj->matches.len : 0; }
INFEXT_API infext_v1alpha2_match *infext_llmd_v1alpha2_inference_model_rewrite_rule_matches_at(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return obj && index < obj->matches.len ? (infext_v1alpha2_match *)obj->matches.items[index] : NULL;
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_matches_append(infext_v1alpha2_match **out, infext_llmd_v1alpha2_inference_model_rewrite_rule *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES, obj ? obj->matches.len : 0);
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_matches_insert(infext_v1alpha2_match **out, infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES, index);
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_matches_remove(infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_MATCHES, index);
}

INFEXT_API bool infext_llmd_v1alpha2_inference_model_rewrite_rule_has_targets(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS); }
INFEXT_API void infext_llmd_v1alpha2_inference_model_rewrite_rule_clear_targets(infext_llmd_v1alpha2_inference_model_rewrite_rule *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS); }
INFEXT_API size_t infext_llmd_v1alpha2_inference_model_rewrite_rule_targets_count(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj) { return obj ? obj->targets.len : 0; }
INFEXT_API infext_v1alpha2_target_model *infext_llmd_v1alpha2_inference_model_rewrite_rule_targets_at(const infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return obj && index < obj->targets.len ? (infext_v1alpha2_target_model *)obj->targets.items[index] : NULL;
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_targets_append(infext_v1alpha2_target_model **out, infext_llmd_v1alpha2_inference_model_rewrite_rule *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS, obj ? obj->targets.len : 0);
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_targets_insert(infext_v1alpha2_target_model **out, infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS, index);
}
INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_rule_targets_remove(infext_llmd_v1alpha2_inference_model_rewrite_rule *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_RULE_TARGETS, index);
}

/* ---- V1alpha1InferencePoolImport ---- */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_new(infext_v1alpha1_inference_pool_import **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_v1alpha1_inference_pool_import);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_v1alpha1_inference_pool_import_free(infext_v1alpha1_inference_pool_import *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_v1alpha1_inference_pool_import_clone(infext_v1alpha1_inference_pool_import **out, const infext_v1alpha1_inference_pool_import *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_v1alpha1_inference_pool_import_as_object(infext_v1alpha1_inference_pool_import *obj) { return (infext_object *)obj; }

INFEXT_API infext_v1alpha1_inference_pool_import *infext_object_as_v1alpha1_inference_pool_import(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_v1alpha1_inference_pool_import ? (infext_v1alpha1_inference_pool_import *)obj : NULL;
}

INFEXT_API bool infext_v1alpha1_inference_pool_import_equal(const infext_v1alpha1_inference_pool_import *a, const infext_v1alpha1_inference_pool_import *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_inference_pool_import_has_metadata(const infext_v1alpha1_inference_pool_import *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_METADATA); }
INFEXT_API void infext_v1alpha1_inference_pool_import_clear_metadata(infext_v1alpha1_inference_pool_import *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_METADATA); }
INFEXT_API infext_object_meta *infext_v1alpha1_inference_pool_import_get_metadata(const infext_v1alpha1_inference_pool_import *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_ensure_metadata(infext_object_meta **out, infext_v1alpha1_inference_pool_import *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_METADATA);
}

INFEXT_API bool infext_v1alpha1_inference_pool_import_has_status(const infext_v1alpha1_inference_pool_import *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_STATUS); }
INFEXT_API void infext_v1alpha1_inference_pool_import_clear_status(infext_v1alpha1_inference_pool_import *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_STATUS); }
INFEXT_API infext_v1alpha1_inference_pool_import_status *infext_v1alpha1_inference_pool_import_get_status(const infext_v1alpha1_inference_pool_import *obj) { return obj ? obj->status : NULL; }
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_ensure_status(infext_v1alpha1_inference_pool_import_status **out, infext_v1alpha1_inference_pool_import *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_STATUS);
}

/* ---- V1alpha1InferencePoolImportList ---- */
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_new(infext_v1alpha1_inference_pool_import_list **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_v1alpha1_inference_pool_import_list);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_v1alpha1_inference_pool_import_list_free(infext_v1alpha1_inference_pool_import_list *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_clone(infext_v1alpha1_inference_pool_import_list **out, const infext_v1alpha1_inference_pool_import_list *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_v1alpha1_inference_pool_import_list_as_object(infext_v1alpha1_inference_pool_import_list *obj) { return (infext_object *)obj; }

INFEXT_API infext_v1alpha1_inference_pool_import_list *infext_object_as_v1alpha1_inference_pool_import_list(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_v1alpha1_inference_pool_import_list ? (infext_v1alpha1_inference_pool_import_list *)obj : NULL;
}

INFEXT_API bool infext_v1alpha1_inference_pool_import_list_equal(const infext_v1alpha1_inference_pool_import_list *a, const infext_v1alpha1_inference_pool_import_list *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_inference_pool_import_list_has_metadata(const infext_v1alpha1_inference_pool_import_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST_METADATA); }
INFEXT_API void infext_v1alpha1_inference_pool_import_list_clear_metadata(infext_v1alpha1_inference_pool_import_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST_METADATA); }
INFEXT_API infext_list_meta *infext_v1alpha1_inference_pool_import_list_get_metadata(const infext_v1alpha1_inference_pool_import_list *obj) { return obj ? obj->metadata : NULL; }
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_ensure_metadata(infext_list_meta **out, infext_v1alpha1_inference_pool_import_list *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST_METADATA);
}

INFEXT_API bool infext_v1alpha1_inference_pool_import_list_has_items(const infext_v1alpha1_inference_pool_import_list *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST_ITEMS); }
INFEXT_API void infext_v1alpha1_inference_pool_import_list_clear_items(infext_v1alpha1_inference_pool_import_list *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST_ITEMS); }
INFEXT_API size_t infext_v1alpha1_inference_pool_import_list_items_count(const infext_v1alpha1_inference_pool_import_list *obj) { return obj ? obj->items.len : 0; }
INFEXT_API infext_v1alpha1_inference_pool_import *infext_v1alpha1_inference_pool_import_list_items_at(const infext_v1alpha1_inference_pool_import_list *obj, size_t index)
{
    return obj && index < obj->items.len ? (infext_v1alpha1_inference_pool_import *)obj->items.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_items_append(infext_v1alpha1_inference_pool_import **out, infext_v1alpha1_inference_pool_import_list *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST_ITEMS, obj ? obj->items.len : 0);
}
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_items_insert(infext_v1alpha1_inference_pool_import **out, infext_v1alpha1_inference_pool_import_list *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST_ITEMS, index);
}
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_items_remove(infext_v1alpha1_inference_pool_import_list *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST_ITEMS, index);
}

/* ---- V1alpha1InferencePoolImportStatus ---- */
INFEXT_API bool infext_v1alpha1_inference_pool_import_status_equal(const infext_v1alpha1_inference_pool_import_status *a, const infext_v1alpha1_inference_pool_import_status *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_inference_pool_import_status_has_controllers(const infext_v1alpha1_inference_pool_import_status *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_STATUS_CONTROLLERS); }
INFEXT_API void infext_v1alpha1_inference_pool_import_status_clear_controllers(infext_v1alpha1_inference_pool_import_status *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_STATUS_CONTROLLERS); }
INFEXT_API size_t infext_v1alpha1_inference_pool_import_status_controllers_count(const infext_v1alpha1_inference_pool_import_status *obj) { return obj ? obj->controllers.len : 0; }
INFEXT_API infext_v1alpha1_import_controller *infext_v1alpha1_inference_pool_import_status_controllers_at(const infext_v1alpha1_inference_pool_import_status *obj, size_t index)
{
    return obj && index < obj->controllers.len ? (infext_v1alpha1_import_controller *)obj->controllers.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_status_controllers_append(infext_v1alpha1_import_controller **out, infext_v1alpha1_inference_pool_import_status *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_STATUS_CONTROLLERS, obj ? obj->controllers.len : 0);
}
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_status_controllers_insert(infext_v1alpha1_import_controller **out, infext_v1alpha1_inference_pool_import_status *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_STATUS_CONTROLLERS, index);
}
INFEXT_API infext_status infext_v1alpha1_inference_pool_import_status_controllers_remove(infext_v1alpha1_inference_pool_import_status *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_INFERENCE_POOL_IMPORT_STATUS_CONTROLLERS, index);
}

/* ---- V1alpha1ImportController ---- */
INFEXT_API bool infext_v1alpha1_import_controller_equal(const infext_v1alpha1_import_controller *a, const infext_v1alpha1_import_controller *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_import_controller_has_name(const infext_v1alpha1_import_controller *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_NAME); }
INFEXT_API void infext_v1alpha1_import_controller_clear_name(infext_v1alpha1_import_controller *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_NAME); }
INFEXT_API const char *infext_v1alpha1_import_controller_get_name(const infext_v1alpha1_import_controller *obj) { return obj ? obj->name : NULL; }
INFEXT_API infext_status infext_v1alpha1_import_controller_set_name(infext_v1alpha1_import_controller *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_NAME, value);
}

INFEXT_API bool infext_v1alpha1_import_controller_has_exporting_clusters(const infext_v1alpha1_import_controller *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_EXPORTING_CLUSTERS); }
INFEXT_API void infext_v1alpha1_import_controller_clear_exporting_clusters(infext_v1alpha1_import_controller *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_EXPORTING_CLUSTERS); }
INFEXT_API size_t infext_v1alpha1_import_controller_exporting_clusters_count(const infext_v1alpha1_import_controller *obj) { return obj ? obj->exporting_clusters.len : 0; }
INFEXT_API infext_v1alpha1_exporting_cluster *infext_v1alpha1_import_controller_exporting_clusters_at(const infext_v1alpha1_import_controller *obj, size_t index)
{
    return obj && index < obj->exporting_clusters.len ? (infext_v1alpha1_exporting_cluster *)obj->exporting_clusters.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_import_controller_exporting_clusters_append(infext_v1alpha1_exporting_cluster **out, infext_v1alpha1_import_controller *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_EXPORTING_CLUSTERS, obj ? obj->exporting_clusters.len : 0);
}
INFEXT_API infext_status infext_v1alpha1_import_controller_exporting_clusters_insert(infext_v1alpha1_exporting_cluster **out, infext_v1alpha1_import_controller *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_EXPORTING_CLUSTERS, index);
}
INFEXT_API infext_status infext_v1alpha1_import_controller_exporting_clusters_remove(infext_v1alpha1_import_controller *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_EXPORTING_CLUSTERS, index);
}

INFEXT_API bool infext_v1alpha1_import_controller_has_parents(const infext_v1alpha1_import_controller *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_PARENTS); }
INFEXT_API void infext_v1alpha1_import_controller_clear_parents(infext_v1alpha1_import_controller *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_PARENTS); }
INFEXT_API size_t infext_v1alpha1_import_controller_parents_count(const infext_v1alpha1_import_controller *obj) { return obj ? obj->parents.len : 0; }
INFEXT_API infext_v1_parent_status *infext_v1alpha1_import_controller_parents_at(const infext_v1alpha1_import_controller *obj, size_t index)
{
    return obj && index < obj->parents.len ? (infext_v1_parent_status *)obj->parents.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_import_controller_parents_append(infext_v1_parent_status **out, infext_v1alpha1_import_controller *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_PARENTS, obj ? obj->parents.len : 0);
}
INFEXT_API infext_status infext_v1alpha1_import_controller_parents_insert(infext_v1_parent_status **out, infext_v1alpha1_import_controller *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_PARENTS, index);
}
INFEXT_API infext_status infext_v1alpha1_import_controller_parents_remove(infext_v1alpha1_import_controller *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_PARENTS, index);
}

INFEXT_API bool infext_v1alpha1_import_controller_has_conditions(const infext_v1alpha1_import_controller *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_CONDITIONS); }
INFEXT_API void infext_v1alpha1_import_controller_clear_conditions(infext_v1alpha1_import_controller *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_CONDITIONS); }
INFEXT_API size_t infext_v1alpha1_import_controller_conditions_count(const infext_v1alpha1_import_controller *obj) { return obj ? obj->conditions.len : 0; }
INFEXT_API infext_condition *infext_v1alpha1_import_controller_conditions_at(const infext_v1alpha1_import_controller *obj, size_t index)
{
    return obj && index < obj->conditions.len ? (infext_condition *)obj->conditions.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_import_controller_conditions_append(infext_condition **out, infext_v1alpha1_import_controller *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_CONDITIONS, obj ? obj->conditions.len : 0);
}
INFEXT_API infext_status infext_v1alpha1_import_controller_conditions_insert(infext_condition **out, infext_v1alpha1_import_controller *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_CONDITIONS, index);
}
INFEXT_API infext_status infext_v1alpha1_import_controller_conditions_remove(infext_v1alpha1_import_controller *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_IMPORT_CONTROLLER_CONDITIONS, index);
}

/* ---- V1alpha1ExportingCluster ---- */
INFEXT_API bool infext_v1alpha1_exporting_cluster_equal(const infext_v1alpha1_exporting_cluster *a, const infext_v1alpha1_exporting_cluster *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_exporting_cluster_has_name(const infext_v1alpha1_exporting_cluster *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_EXPORTING_CLUSTER_NAME); }
INFEXT_API void infext_v1alpha1_exporting_cluster_clear_name(infext_v1alpha1_exporting_cluster *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_EXPORTING_CLUSTER_NAME); }
INFEXT_API const char *infext_v1alpha1_exporting_cluster_get_name(const infext_v1alpha1_exporting_cluster *obj) { return obj ? obj->name : NULL; }
INFEXT_API infext_status infext_v1alpha1_exporting_cluster_set_name(infext_v1alpha1_exporting_cluster *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_EXPORTING_CLUSTER_NAME, value);
}

/* ---- V1alpha1EndpointPickerConfig ---- */
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_new(infext_v1alpha1_endpoint_picker_config **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_v1alpha1_endpoint_picker_config);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_v1alpha1_endpoint_picker_config_free(infext_v1alpha1_endpoint_picker_config *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_clone(infext_v1alpha1_endpoint_picker_config **out, const infext_v1alpha1_endpoint_picker_config *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_v1alpha1_endpoint_picker_config_as_object(infext_v1alpha1_endpoint_picker_config *obj) { return (infext_object *)obj; }

INFEXT_API infext_v1alpha1_endpoint_picker_config *infext_object_as_v1alpha1_endpoint_picker_config(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_v1alpha1_endpoint_picker_config ? (infext_v1alpha1_endpoint_picker_config *)obj : NULL;
}

INFEXT_API bool infext_v1alpha1_endpoint_picker_config_equal(const infext_v1alpha1_endpoint_picker_config *a, const infext_v1alpha1_endpoint_picker_config *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_feature_gates(const infext_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES); }
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_feature_gates(infext_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES); }
INFEXT_API size_t infext_v1alpha1_endpoint_picker_config_feature_gates_count(const infext_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->feature_gates.len : 0; }
INFEXT_API const char *infext_v1alpha1_endpoint_picker_config_feature_gates_at(const infext_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return obj && index < obj->feature_gates.len ? (const char *)obj->feature_gates.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_feature_gates_append(infext_v1alpha1_endpoint_picker_config *obj, const char *value)
{
    return infext__strlist_insert(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES, obj ? obj->feature_gates.len : 0, value);
}
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_feature_gates_insert(infext_v1alpha1_endpoint_picker_config *obj, size_t index, const char *value)
{
    return infext__strlist_insert(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES, index, value);
}
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_feature_gates_remove(infext_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES, index);
}

INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_plugins(const infext_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS); }
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_plugins(infext_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS); }
INFEXT_API size_t infext_v1alpha1_endpoint_picker_config_plugins_count(const infext_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->plugins.len : 0; }
INFEXT_API infext_v1alpha1_plugin_spec *infext_v1alpha1_endpoint_picker_config_plugins_at(const infext_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return obj && index < obj->plugins.len ? (infext_v1alpha1_plugin_spec *)obj->plugins.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_plugins_append(infext_v1alpha1_plugin_spec **out, infext_v1alpha1_endpoint_picker_config *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS, obj ? obj->plugins.len : 0);
}
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_plugins_insert(infext_v1alpha1_plugin_spec **out, infext_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS, index);
}
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_plugins_remove(infext_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS, index);
}

INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_scheduling_profiles(const infext_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES); }
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_scheduling_profiles(infext_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES); }
INFEXT_API size_t infext_v1alpha1_endpoint_picker_config_scheduling_profiles_count(const infext_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->scheduling_profiles.len : 0; }
INFEXT_API infext_v1alpha1_scheduling_profile *infext_v1alpha1_endpoint_picker_config_scheduling_profiles_at(const infext_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return obj && index < obj->scheduling_profiles.len ? (infext_v1alpha1_scheduling_profile *)obj->scheduling_profiles.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_scheduling_profiles_append(infext_v1alpha1_scheduling_profile **out, infext_v1alpha1_endpoint_picker_config *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES, obj ? obj->scheduling_profiles.len : 0);
}
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_scheduling_profiles_insert(infext_v1alpha1_scheduling_profile **out, infext_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES, index);
}
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_scheduling_profiles_remove(infext_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES, index);
}

INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_saturation_detector(const infext_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SATURATION_DETECTOR); }
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_saturation_detector(infext_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SATURATION_DETECTOR); }
INFEXT_API infext_v1alpha1_saturation_detector *infext_v1alpha1_endpoint_picker_config_get_saturation_detector(const infext_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->saturation_detector : NULL; }
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_saturation_detector(infext_v1alpha1_saturation_detector **out, infext_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SATURATION_DETECTOR);
}

INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_data_layer(const infext_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA_LAYER); }
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_data_layer(infext_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA_LAYER); }
INFEXT_API infext_v1alpha1_data_layer *infext_v1alpha1_endpoint_picker_config_get_data_layer(const infext_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->data_layer : NULL; }
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_data_layer(infext_v1alpha1_data_layer **out, infext_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA_LAYER);
}

INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_flow_control(const infext_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FLOW_CONTROL); }
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_flow_control(infext_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FLOW_CONTROL); }
INFEXT_API infext_v1alpha1_flow_control *infext_v1alpha1_endpoint_picker_config_get_flow_control(const infext_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->flow_control : NULL; }
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_flow_control(infext_v1alpha1_flow_control **out, infext_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FLOW_CONTROL);
}

INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_parser(const infext_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PARSER); }
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_parser(infext_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PARSER); }
INFEXT_API infext_v1alpha1_parser *infext_v1alpha1_endpoint_picker_config_get_parser(const infext_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->parser : NULL; }
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_parser(infext_v1alpha1_parser **out, infext_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PARSER);
}

INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_data(const infext_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA); }
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_data(infext_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA); }
INFEXT_API infext_v1alpha1_data_layer *infext_v1alpha1_endpoint_picker_config_get_data(const infext_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->data : NULL; }
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_data(infext_v1alpha1_data_layer **out, infext_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA);
}

INFEXT_API bool infext_v1alpha1_endpoint_picker_config_has_request_handler(const infext_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_REQUEST_HANDLER); }
INFEXT_API void infext_v1alpha1_endpoint_picker_config_clear_request_handler(infext_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_REQUEST_HANDLER); }
INFEXT_API infext_llmd_v1alpha1_request_handler *infext_v1alpha1_endpoint_picker_config_get_request_handler(const infext_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->request_handler : NULL; }
INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_ensure_request_handler(infext_llmd_v1alpha1_request_handler **out, infext_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_REQUEST_HANDLER);
}

/* ---- LlmdV1alpha1EndpointPickerConfig ---- */
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_new(infext_llmd_v1alpha1_endpoint_picker_config **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__root_new(&infext__desc_llmd_v1alpha1_endpoint_picker_config);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_free(infext_llmd_v1alpha1_endpoint_picker_config *obj) { infext__root_free(obj); }

INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_clone(infext_llmd_v1alpha1_endpoint_picker_config **out, const infext_llmd_v1alpha1_endpoint_picker_config *obj)
{
    if (!out || !obj) return INFEXT_EINVAL;
    *out = infext__root_clone(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_object *infext_llmd_v1alpha1_endpoint_picker_config_as_object(infext_llmd_v1alpha1_endpoint_picker_config *obj) { return (infext_object *)obj; }

INFEXT_API infext_llmd_v1alpha1_endpoint_picker_config *infext_object_as_llmd_v1alpha1_endpoint_picker_config(infext_object *obj)
{
    return obj && ((infext__hdr *)obj)->desc == &infext__desc_llmd_v1alpha1_endpoint_picker_config ? (infext_llmd_v1alpha1_endpoint_picker_config *)obj : NULL;
}

INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_equal(const infext_llmd_v1alpha1_endpoint_picker_config *a, const infext_llmd_v1alpha1_endpoint_picker_config *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_feature_gates(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES); }
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_feature_gates(infext_llmd_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES); }
INFEXT_API size_t infext_llmd_v1alpha1_endpoint_picker_config_feature_gates_count(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->feature_gates.len : 0; }
INFEXT_API const char *infext_llmd_v1alpha1_endpoint_picker_config_feature_gates_at(const infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return obj && index < obj->feature_gates.len ? (const char *)obj->feature_gates.items[index] : NULL;
}
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_feature_gates_append(infext_llmd_v1alpha1_endpoint_picker_config *obj, const char *value)
{
    return infext__strlist_insert(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES, obj ? obj->feature_gates.len : 0, value);
}
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_feature_gates_insert(infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index, const char *value)
{
    return infext__strlist_insert(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES, index, value);
}
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_feature_gates_remove(infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FEATURE_GATES, index);
}

INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_plugins(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS); }
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_plugins(infext_llmd_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS); }
INFEXT_API size_t infext_llmd_v1alpha1_endpoint_picker_config_plugins_count(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->plugins.len : 0; }
INFEXT_API infext_v1alpha1_plugin_spec *infext_llmd_v1alpha1_endpoint_picker_config_plugins_at(const infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return obj && index < obj->plugins.len ? (infext_v1alpha1_plugin_spec *)obj->plugins.items[index] : NULL;
}
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_plugins_append(infext_v1alpha1_plugin_spec **out, infext_llmd_v1alpha1_endpoint_picker_config *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS, obj ? obj->plugins.len : 0);
}
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_plugins_insert(infext_v1alpha1_plugin_spec **out, infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS, index);
}
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_plugins_remove(infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PLUGINS, index);
}

INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_scheduling_profiles(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES); }
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_scheduling_profiles(infext_llmd_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES); }
INFEXT_API size_t infext_llmd_v1alpha1_endpoint_picker_config_scheduling_profiles_count(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->scheduling_profiles.len : 0; }
INFEXT_API infext_v1alpha1_scheduling_profile *infext_llmd_v1alpha1_endpoint_picker_config_scheduling_profiles_at(const infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return obj && index < obj->scheduling_profiles.len ? (infext_v1alpha1_scheduling_profile *)obj->scheduling_profiles.items[index] : NULL;
}
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_scheduling_profiles_append(infext_v1alpha1_scheduling_profile **out, infext_llmd_v1alpha1_endpoint_picker_config *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES, obj ? obj->scheduling_profiles.len : 0);
}
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_scheduling_profiles_insert(infext_v1alpha1_scheduling_profile **out, infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES, index);
}
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_scheduling_profiles_remove(infext_llmd_v1alpha1_endpoint_picker_config *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SCHEDULING_PROFILES, index);
}

INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_saturation_detector(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SATURATION_DETECTOR); }
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_saturation_detector(infext_llmd_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SATURATION_DETECTOR); }
INFEXT_API infext_v1alpha1_saturation_detector *infext_llmd_v1alpha1_endpoint_picker_config_get_saturation_detector(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->saturation_detector : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_saturation_detector(infext_v1alpha1_saturation_detector **out, infext_llmd_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_SATURATION_DETECTOR);
}

INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_data_layer(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA_LAYER); }
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_data_layer(infext_llmd_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA_LAYER); }
INFEXT_API infext_v1alpha1_data_layer *infext_llmd_v1alpha1_endpoint_picker_config_get_data_layer(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->data_layer : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_data_layer(infext_v1alpha1_data_layer **out, infext_llmd_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA_LAYER);
}

INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_flow_control(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FLOW_CONTROL); }
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_flow_control(infext_llmd_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FLOW_CONTROL); }
INFEXT_API infext_v1alpha1_flow_control *infext_llmd_v1alpha1_endpoint_picker_config_get_flow_control(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->flow_control : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_flow_control(infext_v1alpha1_flow_control **out, infext_llmd_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_FLOW_CONTROL);
}

INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_parser(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PARSER); }
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_parser(infext_llmd_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PARSER); }
INFEXT_API infext_v1alpha1_parser *infext_llmd_v1alpha1_endpoint_picker_config_get_parser(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->parser : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_parser(infext_v1alpha1_parser **out, infext_llmd_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_PARSER);
}

INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_data(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA); }
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_data(infext_llmd_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA); }
INFEXT_API infext_v1alpha1_data_layer *infext_llmd_v1alpha1_endpoint_picker_config_get_data(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->data : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_data(infext_v1alpha1_data_layer **out, infext_llmd_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_DATA);
}

INFEXT_API bool infext_llmd_v1alpha1_endpoint_picker_config_has_request_handler(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_REQUEST_HANDLER); }
INFEXT_API void infext_llmd_v1alpha1_endpoint_picker_config_clear_request_handler(infext_llmd_v1alpha1_endpoint_picker_config *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_REQUEST_HANDLER); }
INFEXT_API infext_llmd_v1alpha1_request_handler *infext_llmd_v1alpha1_endpoint_picker_config_get_request_handler(const infext_llmd_v1alpha1_endpoint_picker_config *obj) { return obj ? obj->request_handler : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_ensure_request_handler(infext_llmd_v1alpha1_request_handler **out, infext_llmd_v1alpha1_endpoint_picker_config *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG_REQUEST_HANDLER);
}

/* ---- V1alpha1PluginSpec ---- */
INFEXT_API bool infext_v1alpha1_plugin_spec_equal(const infext_v1alpha1_plugin_spec *a, const infext_v1alpha1_plugin_spec *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_plugin_spec_has_name(const infext_v1alpha1_plugin_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_NAME); }
INFEXT_API void infext_v1alpha1_plugin_spec_clear_name(infext_v1alpha1_plugin_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_NAME); }
INFEXT_API const char *infext_v1alpha1_plugin_spec_get_name(const infext_v1alpha1_plugin_spec *obj) { return obj ? obj->name : NULL; }
INFEXT_API infext_status infext_v1alpha1_plugin_spec_set_name(infext_v1alpha1_plugin_spec *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_NAME, value);
}

INFEXT_API bool infext_v1alpha1_plugin_spec_has_type(const infext_v1alpha1_plugin_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_TYPE); }
INFEXT_API void infext_v1alpha1_plugin_spec_clear_type(infext_v1alpha1_plugin_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_TYPE); }
INFEXT_API const char *infext_v1alpha1_plugin_spec_get_type(const infext_v1alpha1_plugin_spec *obj) { return obj ? obj->type : NULL; }
INFEXT_API infext_status infext_v1alpha1_plugin_spec_set_type(infext_v1alpha1_plugin_spec *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_TYPE, value);
}

INFEXT_API bool infext_v1alpha1_plugin_spec_has_parameters(const infext_v1alpha1_plugin_spec *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_PARAMETERS); }
INFEXT_API void infext_v1alpha1_plugin_spec_clear_parameters(infext_v1alpha1_plugin_spec *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_PARAMETERS); }

/* ---- V1alpha1SchedulingProfile ---- */
INFEXT_API bool infext_v1alpha1_scheduling_profile_equal(const infext_v1alpha1_scheduling_profile *a, const infext_v1alpha1_scheduling_profile *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_scheduling_profile_has_name(const infext_v1alpha1_scheduling_profile *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PROFILE_NAME); }
INFEXT_API void infext_v1alpha1_scheduling_profile_clear_name(infext_v1alpha1_scheduling_profile *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PROFILE_NAME); }
INFEXT_API const char *infext_v1alpha1_scheduling_profile_get_name(const infext_v1alpha1_scheduling_profile *obj) { return obj ? obj->name : NULL; }
INFEXT_API infext_status infext_v1alpha1_scheduling_profile_set_name(infext_v1alpha1_scheduling_profile *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PROFILE_NAME, value);
}

INFEXT_API bool infext_v1alpha1_scheduling_profile_has_plugins(const infext_v1alpha1_scheduling_profile *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PROFILE_PLUGINS); }
INFEXT_API void infext_v1alpha1_scheduling_profile_clear_plugins(infext_v1alpha1_scheduling_profile *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PROFILE_PLUGINS); }
INFEXT_API size_t infext_v1alpha1_scheduling_profile_plugins_count(const infext_v1alpha1_scheduling_profile *obj) { return obj ? obj->plugins.len : 0; }
INFEXT_API infext_v1alpha1_scheduling_plugin *infext_v1alpha1_scheduling_profile_plugins_at(const infext_v1alpha1_scheduling_profile *obj, size_t index)
{
    return obj && index < obj->plugins.len ? (infext_v1alpha1_scheduling_plugin *)obj->plugins.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_scheduling_profile_plugins_append(infext_v1alpha1_scheduling_plugin **out, infext_v1alpha1_scheduling_profile *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PROFILE_PLUGINS, obj ? obj->plugins.len : 0);
}
INFEXT_API infext_status infext_v1alpha1_scheduling_profile_plugins_insert(infext_v1alpha1_scheduling_plugin **out, infext_v1alpha1_scheduling_profile *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PROFILE_PLUGINS, index);
}
INFEXT_API infext_status infext_v1alpha1_scheduling_profile_plugins_remove(infext_v1alpha1_scheduling_profile *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PROFILE_PLUGINS, index);
}

/* ---- V1alpha1SchedulingPlugin ---- */
INFEXT_API bool infext_v1alpha1_scheduling_plugin_equal(const infext_v1alpha1_scheduling_plugin *a, const infext_v1alpha1_scheduling_plugin *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_scheduling_plugin_has_plugin_ref(const infext_v1alpha1_scheduling_plugin *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PLUGIN_PLUGIN_REF); }
INFEXT_API void infext_v1alpha1_scheduling_plugin_clear_plugin_ref(infext_v1alpha1_scheduling_plugin *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PLUGIN_PLUGIN_REF); }
INFEXT_API const char *infext_v1alpha1_scheduling_plugin_get_plugin_ref(const infext_v1alpha1_scheduling_plugin *obj) { return obj ? obj->plugin_ref : NULL; }
INFEXT_API infext_status infext_v1alpha1_scheduling_plugin_set_plugin_ref(infext_v1alpha1_scheduling_plugin *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PLUGIN_PLUGIN_REF, value);
}

INFEXT_API bool infext_v1alpha1_scheduling_plugin_has_weight(const infext_v1alpha1_scheduling_plugin *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PLUGIN_WEIGHT); }
INFEXT_API void infext_v1alpha1_scheduling_plugin_clear_weight(infext_v1alpha1_scheduling_plugin *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PLUGIN_WEIGHT); }
INFEXT_API bool infext_v1alpha1_scheduling_plugin_get_weight(double *out, const infext_v1alpha1_scheduling_plugin *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PLUGIN_WEIGHT)) return false;
    *out = obj->weight;
    return true;
}
INFEXT_API infext_status infext_v1alpha1_scheduling_plugin_set_weight(infext_v1alpha1_scheduling_plugin *obj, double value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->weight = value;
    infext__mark(obj, INFEXT__FIELD_V1ALPHA1_SCHEDULING_PLUGIN_WEIGHT);
    return INFEXT_OK;
}

/* ---- V1alpha1SaturationDetector ---- */
INFEXT_API bool infext_v1alpha1_saturation_detector_equal(const infext_v1alpha1_saturation_detector *a, const infext_v1alpha1_saturation_detector *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_saturation_detector_has_queue_depth_threshold(const infext_v1alpha1_saturation_detector *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_QUEUE_DEPTH_THRESHOLD); }
INFEXT_API void infext_v1alpha1_saturation_detector_clear_queue_depth_threshold(infext_v1alpha1_saturation_detector *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_QUEUE_DEPTH_THRESHOLD); }
INFEXT_API bool infext_v1alpha1_saturation_detector_get_queue_depth_threshold(int64_t *out, const infext_v1alpha1_saturation_detector *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_QUEUE_DEPTH_THRESHOLD)) return false;
    *out = obj->queue_depth_threshold;
    return true;
}
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_queue_depth_threshold(infext_v1alpha1_saturation_detector *obj, int64_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->queue_depth_threshold = value;
    infext__mark(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_QUEUE_DEPTH_THRESHOLD);
    return INFEXT_OK;
}

INFEXT_API bool infext_v1alpha1_saturation_detector_has_kv_cache_util_threshold(const infext_v1alpha1_saturation_detector *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_KV_CACHE_UTIL_THRESHOLD); }
INFEXT_API void infext_v1alpha1_saturation_detector_clear_kv_cache_util_threshold(infext_v1alpha1_saturation_detector *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_KV_CACHE_UTIL_THRESHOLD); }
INFEXT_API bool infext_v1alpha1_saturation_detector_get_kv_cache_util_threshold(double *out, const infext_v1alpha1_saturation_detector *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_KV_CACHE_UTIL_THRESHOLD)) return false;
    *out = obj->kv_cache_util_threshold;
    return true;
}
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_kv_cache_util_threshold(infext_v1alpha1_saturation_detector *obj, double value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->kv_cache_util_threshold = value;
    infext__mark(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_KV_CACHE_UTIL_THRESHOLD);
    return INFEXT_OK;
}

INFEXT_API bool infext_v1alpha1_saturation_detector_has_metrics_staleness_threshold(const infext_v1alpha1_saturation_detector *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_METRICS_STALENESS_THRESHOLD); }
INFEXT_API void infext_v1alpha1_saturation_detector_clear_metrics_staleness_threshold(infext_v1alpha1_saturation_detector *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_METRICS_STALENESS_THRESHOLD); }
INFEXT_API const char *infext_v1alpha1_saturation_detector_get_metrics_staleness_threshold(const infext_v1alpha1_saturation_detector *obj) { return obj ? obj->metrics_staleness_threshold : NULL; }
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_metrics_staleness_threshold(infext_v1alpha1_saturation_detector *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_METRICS_STALENESS_THRESHOLD, value);
}

INFEXT_API bool infext_v1alpha1_saturation_detector_has_plugin_ref(const infext_v1alpha1_saturation_detector *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_PLUGIN_REF); }
INFEXT_API void infext_v1alpha1_saturation_detector_clear_plugin_ref(infext_v1alpha1_saturation_detector *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_PLUGIN_REF); }
INFEXT_API const char *infext_v1alpha1_saturation_detector_get_plugin_ref(const infext_v1alpha1_saturation_detector *obj) { return obj ? obj->plugin_ref : NULL; }
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_plugin_ref(infext_v1alpha1_saturation_detector *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_PLUGIN_REF, value);
}

INFEXT_API bool infext_v1alpha1_saturation_detector_has_type(const infext_v1alpha1_saturation_detector *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_TYPE); }
INFEXT_API void infext_v1alpha1_saturation_detector_clear_type(infext_v1alpha1_saturation_detector *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_TYPE); }
INFEXT_API const char *infext_v1alpha1_saturation_detector_get_type(const infext_v1alpha1_saturation_detector *obj) { return obj ? obj->type : NULL; }
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_type(infext_v1alpha1_saturation_detector *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_TYPE, value);
}

INFEXT_API bool infext_v1alpha1_saturation_detector_has_max_concurrency_per_pod(const infext_v1alpha1_saturation_detector *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_MAX_CONCURRENCY_PER_POD); }
INFEXT_API void infext_v1alpha1_saturation_detector_clear_max_concurrency_per_pod(infext_v1alpha1_saturation_detector *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_MAX_CONCURRENCY_PER_POD); }
INFEXT_API bool infext_v1alpha1_saturation_detector_get_max_concurrency_per_pod(int64_t *out, const infext_v1alpha1_saturation_detector *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_MAX_CONCURRENCY_PER_POD)) return false;
    *out = obj->max_concurrency_per_pod;
    return true;
}
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_max_concurrency_per_pod(infext_v1alpha1_saturation_detector *obj, int64_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->max_concurrency_per_pod = value;
    infext__mark(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_MAX_CONCURRENCY_PER_POD);
    return INFEXT_OK;
}

INFEXT_API bool infext_v1alpha1_saturation_detector_has_cache_ttl(const infext_v1alpha1_saturation_detector *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_CACHE_TTL); }
INFEXT_API void infext_v1alpha1_saturation_detector_clear_cache_ttl(infext_v1alpha1_saturation_detector *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_CACHE_TTL); }
INFEXT_API const char *infext_v1alpha1_saturation_detector_get_cache_ttl(const infext_v1alpha1_saturation_detector *obj) { return obj ? obj->cache_ttl : NULL; }
INFEXT_API infext_status infext_v1alpha1_saturation_detector_set_cache_ttl(infext_v1alpha1_saturation_detector *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_CACHE_TTL, value);
}

/* ---- V1alpha1DataLayer ---- */
INFEXT_API bool infext_v1alpha1_data_layer_equal(const infext_v1alpha1_data_layer *a, const infext_v1alpha1_data_layer *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_data_layer_has_sources(const infext_v1alpha1_data_layer *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCES); }
INFEXT_API void infext_v1alpha1_data_layer_clear_sources(infext_v1alpha1_data_layer *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCES); }
INFEXT_API size_t infext_v1alpha1_data_layer_sources_count(const infext_v1alpha1_data_layer *obj) { return obj ? obj->sources.len : 0; }
INFEXT_API infext_v1alpha1_data_layer_source *infext_v1alpha1_data_layer_sources_at(const infext_v1alpha1_data_layer *obj, size_t index)
{
    return obj && index < obj->sources.len ? (infext_v1alpha1_data_layer_source *)obj->sources.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_data_layer_sources_append(infext_v1alpha1_data_layer_source **out, infext_v1alpha1_data_layer *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCES, obj ? obj->sources.len : 0);
}
INFEXT_API infext_status infext_v1alpha1_data_layer_sources_insert(infext_v1alpha1_data_layer_source **out, infext_v1alpha1_data_layer *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCES, index);
}
INFEXT_API infext_status infext_v1alpha1_data_layer_sources_remove(infext_v1alpha1_data_layer *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCES, index);
}

INFEXT_API bool infext_v1alpha1_data_layer_has_inject_defaults(const infext_v1alpha1_data_layer *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_INJECT_DEFAULTS); }
INFEXT_API void infext_v1alpha1_data_layer_clear_inject_defaults(infext_v1alpha1_data_layer *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_INJECT_DEFAULTS); }
INFEXT_API bool infext_v1alpha1_data_layer_get_inject_defaults(bool *out, const infext_v1alpha1_data_layer *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_INJECT_DEFAULTS)) return false;
    *out = obj->inject_defaults;
    return true;
}
INFEXT_API infext_status infext_v1alpha1_data_layer_set_inject_defaults(infext_v1alpha1_data_layer *obj, bool value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->inject_defaults = value;
    infext__mark(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_INJECT_DEFAULTS);
    return INFEXT_OK;
}

INFEXT_API bool infext_v1alpha1_data_layer_has_discovery(const infext_v1alpha1_data_layer *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_DISCOVERY); }
INFEXT_API void infext_v1alpha1_data_layer_clear_discovery(infext_v1alpha1_data_layer *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_DISCOVERY); }
INFEXT_API infext_llmd_v1alpha1_discovery *infext_v1alpha1_data_layer_get_discovery(const infext_v1alpha1_data_layer *obj) { return obj ? obj->discovery : NULL; }
INFEXT_API infext_status infext_v1alpha1_data_layer_ensure_discovery(infext_llmd_v1alpha1_discovery **out, infext_v1alpha1_data_layer *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_DISCOVERY);
}

INFEXT_API bool infext_v1alpha1_data_layer_has_cross_replica_syncer_plugin_ref(const infext_v1alpha1_data_layer *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_CROSS_REPLICA_SYNCER_PLUGIN_REF); }
INFEXT_API void infext_v1alpha1_data_layer_clear_cross_replica_syncer_plugin_ref(infext_v1alpha1_data_layer *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_CROSS_REPLICA_SYNCER_PLUGIN_REF); }
INFEXT_API const char *infext_v1alpha1_data_layer_get_cross_replica_syncer_plugin_ref(const infext_v1alpha1_data_layer *obj) { return obj ? obj->cross_replica_syncer_plugin_ref : NULL; }
INFEXT_API infext_status infext_v1alpha1_data_layer_set_cross_replica_syncer_plugin_ref(infext_v1alpha1_data_layer *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_CROSS_REPLICA_SYNCER_PLUGIN_REF, value);
}

INFEXT_API bool infext_v1alpha1_data_layer_has_cross_replica_sync_interval(const infext_v1alpha1_data_layer *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_CROSS_REPLICA_SYNC_INTERVAL); }
INFEXT_API void infext_v1alpha1_data_layer_clear_cross_replica_sync_interval(infext_v1alpha1_data_layer *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_CROSS_REPLICA_SYNC_INTERVAL); }
INFEXT_API const char *infext_v1alpha1_data_layer_get_cross_replica_sync_interval(const infext_v1alpha1_data_layer *obj) { return obj ? obj->cross_replica_sync_interval : NULL; }
INFEXT_API infext_status infext_v1alpha1_data_layer_set_cross_replica_sync_interval(infext_v1alpha1_data_layer *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_CROSS_REPLICA_SYNC_INTERVAL, value);
}

/* ---- V1alpha1DataLayerSource ---- */
INFEXT_API bool infext_v1alpha1_data_layer_source_equal(const infext_v1alpha1_data_layer_source *a, const infext_v1alpha1_data_layer_source *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_data_layer_source_has_plugin_ref(const infext_v1alpha1_data_layer_source *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCE_PLUGIN_REF); }
INFEXT_API void infext_v1alpha1_data_layer_source_clear_plugin_ref(infext_v1alpha1_data_layer_source *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCE_PLUGIN_REF); }
INFEXT_API const char *infext_v1alpha1_data_layer_source_get_plugin_ref(const infext_v1alpha1_data_layer_source *obj) { return obj ? obj->plugin_ref : NULL; }
INFEXT_API infext_status infext_v1alpha1_data_layer_source_set_plugin_ref(infext_v1alpha1_data_layer_source *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCE_PLUGIN_REF, value);
}

INFEXT_API bool infext_v1alpha1_data_layer_source_has_extractors(const infext_v1alpha1_data_layer_source *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCE_EXTRACTORS); }
INFEXT_API void infext_v1alpha1_data_layer_source_clear_extractors(infext_v1alpha1_data_layer_source *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCE_EXTRACTORS); }
INFEXT_API size_t infext_v1alpha1_data_layer_source_extractors_count(const infext_v1alpha1_data_layer_source *obj) { return obj ? obj->extractors.len : 0; }
INFEXT_API infext_v1alpha1_data_layer_extractor *infext_v1alpha1_data_layer_source_extractors_at(const infext_v1alpha1_data_layer_source *obj, size_t index)
{
    return obj && index < obj->extractors.len ? (infext_v1alpha1_data_layer_extractor *)obj->extractors.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_data_layer_source_extractors_append(infext_v1alpha1_data_layer_extractor **out, infext_v1alpha1_data_layer_source *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCE_EXTRACTORS, obj ? obj->extractors.len : 0);
}
INFEXT_API infext_status infext_v1alpha1_data_layer_source_extractors_insert(infext_v1alpha1_data_layer_extractor **out, infext_v1alpha1_data_layer_source *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCE_EXTRACTORS, index);
}
INFEXT_API infext_status infext_v1alpha1_data_layer_source_extractors_remove(infext_v1alpha1_data_layer_source *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_SOURCE_EXTRACTORS, index);
}

/* ---- V1alpha1DataLayerExtractor ---- */
INFEXT_API bool infext_v1alpha1_data_layer_extractor_equal(const infext_v1alpha1_data_layer_extractor *a, const infext_v1alpha1_data_layer_extractor *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_data_layer_extractor_has_plugin_ref(const infext_v1alpha1_data_layer_extractor *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_EXTRACTOR_PLUGIN_REF); }
INFEXT_API void infext_v1alpha1_data_layer_extractor_clear_plugin_ref(infext_v1alpha1_data_layer_extractor *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_EXTRACTOR_PLUGIN_REF); }
INFEXT_API const char *infext_v1alpha1_data_layer_extractor_get_plugin_ref(const infext_v1alpha1_data_layer_extractor *obj) { return obj ? obj->plugin_ref : NULL; }
INFEXT_API infext_status infext_v1alpha1_data_layer_extractor_set_plugin_ref(infext_v1alpha1_data_layer_extractor *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_DATA_LAYER_EXTRACTOR_PLUGIN_REF, value);
}

/* ---- LlmdV1alpha1Discovery ---- */
INFEXT_API bool infext_llmd_v1alpha1_discovery_equal(const infext_llmd_v1alpha1_discovery *a, const infext_llmd_v1alpha1_discovery *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_llmd_v1alpha1_discovery_has_plugin_ref(const infext_llmd_v1alpha1_discovery *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA1_DISCOVERY_PLUGIN_REF); }
INFEXT_API void infext_llmd_v1alpha1_discovery_clear_plugin_ref(infext_llmd_v1alpha1_discovery *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA1_DISCOVERY_PLUGIN_REF); }
INFEXT_API const char *infext_llmd_v1alpha1_discovery_get_plugin_ref(const infext_llmd_v1alpha1_discovery *obj) { return obj ? obj->plugin_ref : NULL; }
INFEXT_API infext_status infext_llmd_v1alpha1_discovery_set_plugin_ref(infext_llmd_v1alpha1_discovery *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_LLMD_V1ALPHA1_DISCOVERY_PLUGIN_REF, value);
}

/* ---- V1alpha1Parser ---- */
INFEXT_API bool infext_v1alpha1_parser_equal(const infext_v1alpha1_parser *a, const infext_v1alpha1_parser *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_parser_has_plugin_ref(const infext_v1alpha1_parser *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_PARSER_PLUGIN_REF); }
INFEXT_API void infext_v1alpha1_parser_clear_plugin_ref(infext_v1alpha1_parser *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_PARSER_PLUGIN_REF); }
INFEXT_API const char *infext_v1alpha1_parser_get_plugin_ref(const infext_v1alpha1_parser *obj) { return obj ? obj->plugin_ref : NULL; }
INFEXT_API infext_status infext_v1alpha1_parser_set_plugin_ref(infext_v1alpha1_parser *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_PARSER_PLUGIN_REF, value);
}

/* ---- LlmdV1alpha1RequestHandler ---- */
INFEXT_API bool infext_llmd_v1alpha1_request_handler_equal(const infext_llmd_v1alpha1_request_handler *a, const infext_llmd_v1alpha1_request_handler *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_llmd_v1alpha1_request_handler_has_parsers(const infext_llmd_v1alpha1_request_handler *obj) { return obj && infext__has(obj, INFEXT__FIELD_LLMD_V1ALPHA1_REQUEST_HANDLER_PARSERS); }
INFEXT_API void infext_llmd_v1alpha1_request_handler_clear_parsers(infext_llmd_v1alpha1_request_handler *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_LLMD_V1ALPHA1_REQUEST_HANDLER_PARSERS); }
INFEXT_API size_t infext_llmd_v1alpha1_request_handler_parsers_count(const infext_llmd_v1alpha1_request_handler *obj) { return obj ? obj->parsers.len : 0; }
INFEXT_API infext_v1alpha1_parser *infext_llmd_v1alpha1_request_handler_parsers_at(const infext_llmd_v1alpha1_request_handler *obj, size_t index)
{
    return obj && index < obj->parsers.len ? (infext_v1alpha1_parser *)obj->parsers.items[index] : NULL;
}
INFEXT_API infext_status infext_llmd_v1alpha1_request_handler_parsers_append(infext_v1alpha1_parser **out, infext_llmd_v1alpha1_request_handler *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_REQUEST_HANDLER_PARSERS, obj ? obj->parsers.len : 0);
}
INFEXT_API infext_status infext_llmd_v1alpha1_request_handler_parsers_insert(infext_v1alpha1_parser **out, infext_llmd_v1alpha1_request_handler *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_LLMD_V1ALPHA1_REQUEST_HANDLER_PARSERS, index);
}
INFEXT_API infext_status infext_llmd_v1alpha1_request_handler_parsers_remove(infext_llmd_v1alpha1_request_handler *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_LLMD_V1ALPHA1_REQUEST_HANDLER_PARSERS, index);
}

/* ---- V1alpha1FlowControl ---- */
INFEXT_API bool infext_v1alpha1_flow_control_equal(const infext_v1alpha1_flow_control *a, const infext_v1alpha1_flow_control *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_flow_control_has_max_bytes(const infext_v1alpha1_flow_control *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_MAX_BYTES); }
INFEXT_API void infext_v1alpha1_flow_control_clear_max_bytes(infext_v1alpha1_flow_control *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_MAX_BYTES); }
INFEXT_API const char *infext_v1alpha1_flow_control_get_max_bytes(const infext_v1alpha1_flow_control *obj) { return obj ? obj->max_bytes : NULL; }
INFEXT_API infext_status infext_v1alpha1_flow_control_set_max_bytes(infext_v1alpha1_flow_control *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_MAX_BYTES, value);
}

INFEXT_API bool infext_v1alpha1_flow_control_has_max_requests(const infext_v1alpha1_flow_control *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_MAX_REQUESTS); }
INFEXT_API void infext_v1alpha1_flow_control_clear_max_requests(infext_v1alpha1_flow_control *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_MAX_REQUESTS); }
INFEXT_API const char *infext_v1alpha1_flow_control_get_max_requests(const infext_v1alpha1_flow_control *obj) { return obj ? obj->max_requests : NULL; }
INFEXT_API infext_status infext_v1alpha1_flow_control_set_max_requests(infext_v1alpha1_flow_control *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_MAX_REQUESTS, value);
}

INFEXT_API bool infext_v1alpha1_flow_control_has_default_request_ttl(const infext_v1alpha1_flow_control *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_REQUEST_TTL); }
INFEXT_API void infext_v1alpha1_flow_control_clear_default_request_ttl(infext_v1alpha1_flow_control *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_REQUEST_TTL); }
INFEXT_API const char *infext_v1alpha1_flow_control_get_default_request_ttl(const infext_v1alpha1_flow_control *obj) { return obj ? obj->default_request_ttl : NULL; }
INFEXT_API infext_status infext_v1alpha1_flow_control_set_default_request_ttl(infext_v1alpha1_flow_control *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_REQUEST_TTL, value);
}

INFEXT_API bool infext_v1alpha1_flow_control_has_default_priority_band(const infext_v1alpha1_flow_control *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_PRIORITY_BAND); }
INFEXT_API void infext_v1alpha1_flow_control_clear_default_priority_band(infext_v1alpha1_flow_control *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_PRIORITY_BAND); }
INFEXT_API infext_v1alpha1_priority_band *infext_v1alpha1_flow_control_get_default_priority_band(const infext_v1alpha1_flow_control *obj) { return obj ? obj->default_priority_band : NULL; }
INFEXT_API infext_status infext_v1alpha1_flow_control_ensure_default_priority_band(infext_v1alpha1_priority_band **out, infext_v1alpha1_flow_control *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_PRIORITY_BAND);
}

INFEXT_API bool infext_v1alpha1_flow_control_has_priority_bands(const infext_v1alpha1_flow_control *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_PRIORITY_BANDS); }
INFEXT_API void infext_v1alpha1_flow_control_clear_priority_bands(infext_v1alpha1_flow_control *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_PRIORITY_BANDS); }
INFEXT_API size_t infext_v1alpha1_flow_control_priority_bands_count(const infext_v1alpha1_flow_control *obj) { return obj ? obj->priority_bands.len : 0; }
INFEXT_API infext_v1alpha1_priority_band *infext_v1alpha1_flow_control_priority_bands_at(const infext_v1alpha1_flow_control *obj, size_t index)
{
    return obj && index < obj->priority_bands.len ? (infext_v1alpha1_priority_band *)obj->priority_bands.items[index] : NULL;
}
INFEXT_API infext_status infext_v1alpha1_flow_control_priority_bands_append(infext_v1alpha1_priority_band **out, infext_v1alpha1_flow_control *obj)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_PRIORITY_BANDS, obj ? obj->priority_bands.len : 0);
}
INFEXT_API infext_status infext_v1alpha1_flow_control_priority_bands_insert(infext_v1alpha1_priority_band **out, infext_v1alpha1_flow_control *obj, size_t index)
{
    return infext__list_insert((void **)out, obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_PRIORITY_BANDS, index);
}
INFEXT_API infext_status infext_v1alpha1_flow_control_priority_bands_remove(infext_v1alpha1_flow_control *obj, size_t index)
{
    return infext__list_remove(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_PRIORITY_BANDS, index);
}

INFEXT_API bool infext_v1alpha1_flow_control_has_usage_limit_policy_plugin_ref(const infext_v1alpha1_flow_control *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_USAGE_LIMIT_POLICY_PLUGIN_REF); }
INFEXT_API void infext_v1alpha1_flow_control_clear_usage_limit_policy_plugin_ref(infext_v1alpha1_flow_control *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_USAGE_LIMIT_POLICY_PLUGIN_REF); }
INFEXT_API const char *infext_v1alpha1_flow_control_get_usage_limit_policy_plugin_ref(const infext_v1alpha1_flow_control *obj) { return obj ? obj->usage_limit_policy_plugin_ref : NULL; }
INFEXT_API infext_status infext_v1alpha1_flow_control_set_usage_limit_policy_plugin_ref(infext_v1alpha1_flow_control *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_USAGE_LIMIT_POLICY_PLUGIN_REF, value);
}

INFEXT_API bool infext_v1alpha1_flow_control_has_default_negative_priority_band(const infext_v1alpha1_flow_control *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_NEGATIVE_PRIORITY_BAND); }
INFEXT_API void infext_v1alpha1_flow_control_clear_default_negative_priority_band(infext_v1alpha1_flow_control *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_NEGATIVE_PRIORITY_BAND); }
INFEXT_API infext_v1alpha1_priority_band *infext_v1alpha1_flow_control_get_default_negative_priority_band(const infext_v1alpha1_flow_control *obj) { return obj ? obj->default_negative_priority_band : NULL; }
INFEXT_API infext_status infext_v1alpha1_flow_control_ensure_default_negative_priority_band(infext_v1alpha1_priority_band **out, infext_v1alpha1_flow_control *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_DEFAULT_NEGATIVE_PRIORITY_BAND);
}

INFEXT_API bool infext_v1alpha1_flow_control_has_saturation_detector(const infext_v1alpha1_flow_control *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_SATURATION_DETECTOR); }
INFEXT_API void infext_v1alpha1_flow_control_clear_saturation_detector(infext_v1alpha1_flow_control *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_SATURATION_DETECTOR); }
INFEXT_API infext_v1alpha1_saturation_detector *infext_v1alpha1_flow_control_get_saturation_detector(const infext_v1alpha1_flow_control *obj) { return obj ? obj->saturation_detector : NULL; }
INFEXT_API infext_status infext_v1alpha1_flow_control_ensure_saturation_detector(infext_v1alpha1_saturation_detector **out, infext_v1alpha1_flow_control *obj)
{
    return infext__ensure_object((void **)out, obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_SATURATION_DETECTOR);
}

INFEXT_API bool infext_v1alpha1_flow_control_has_enable_eviction(const infext_v1alpha1_flow_control *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_ENABLE_EVICTION); }
INFEXT_API void infext_v1alpha1_flow_control_clear_enable_eviction(infext_v1alpha1_flow_control *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_ENABLE_EVICTION); }
INFEXT_API bool infext_v1alpha1_flow_control_get_enable_eviction(bool *out, const infext_v1alpha1_flow_control *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_ENABLE_EVICTION)) return false;
    *out = obj->enable_eviction;
    return true;
}
INFEXT_API infext_status infext_v1alpha1_flow_control_set_enable_eviction(infext_v1alpha1_flow_control *obj, bool value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->enable_eviction = value;
    infext__mark(obj, INFEXT__FIELD_V1ALPHA1_FLOW_CONTROL_ENABLE_EVICTION);
    return INFEXT_OK;
}

/* ---- V1alpha1PriorityBand ---- */
INFEXT_API bool infext_v1alpha1_priority_band_equal(const infext_v1alpha1_priority_band *a, const infext_v1alpha1_priority_band *b) { return infext__struct_equal(a, b); }

INFEXT_API bool infext_v1alpha1_priority_band_has_priority(const infext_v1alpha1_priority_band *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_PRIORITY); }
INFEXT_API void infext_v1alpha1_priority_band_clear_priority(infext_v1alpha1_priority_band *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_PRIORITY); }
INFEXT_API bool infext_v1alpha1_priority_band_get_priority(int64_t *out, const infext_v1alpha1_priority_band *obj)
{
    if (!out || !obj || !infext__has(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_PRIORITY)) return false;
    *out = obj->priority;
    return true;
}
INFEXT_API infext_status infext_v1alpha1_priority_band_set_priority(infext_v1alpha1_priority_band *obj, int64_t value)
{
    if (!obj) return INFEXT_EINVAL;
    obj->priority = value;
    infext__mark(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_PRIORITY);
    return INFEXT_OK;
}

INFEXT_API bool infext_v1alpha1_priority_band_has_max_bytes(const infext_v1alpha1_priority_band *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_MAX_BYTES); }
INFEXT_API void infext_v1alpha1_priority_band_clear_max_bytes(infext_v1alpha1_priority_band *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_MAX_BYTES); }
INFEXT_API const char *infext_v1alpha1_priority_band_get_max_bytes(const infext_v1alpha1_priority_band *obj) { return obj ? obj->max_bytes : NULL; }
INFEXT_API infext_status infext_v1alpha1_priority_band_set_max_bytes(infext_v1alpha1_priority_band *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_MAX_BYTES, value);
}

INFEXT_API bool infext_v1alpha1_priority_band_has_max_requests(const infext_v1alpha1_priority_band *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_MAX_REQUESTS); }
INFEXT_API void infext_v1alpha1_priority_band_clear_max_requests(infext_v1alpha1_priority_band *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_MAX_REQUESTS); }
INFEXT_API const char *infext_v1alpha1_priority_band_get_max_requests(const infext_v1alpha1_priority_band *obj) { return obj ? obj->max_requests : NULL; }
INFEXT_API infext_status infext_v1alpha1_priority_band_set_max_requests(infext_v1alpha1_priority_band *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_MAX_REQUESTS, value);
}

INFEXT_API bool infext_v1alpha1_priority_band_has_fairness_policy_ref(const infext_v1alpha1_priority_band *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_FAIRNESS_POLICY_REF); }
INFEXT_API void infext_v1alpha1_priority_band_clear_fairness_policy_ref(infext_v1alpha1_priority_band *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_FAIRNESS_POLICY_REF); }
INFEXT_API const char *infext_v1alpha1_priority_band_get_fairness_policy_ref(const infext_v1alpha1_priority_band *obj) { return obj ? obj->fairness_policy_ref : NULL; }
INFEXT_API infext_status infext_v1alpha1_priority_band_set_fairness_policy_ref(infext_v1alpha1_priority_band *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_FAIRNESS_POLICY_REF, value);
}

INFEXT_API bool infext_v1alpha1_priority_band_has_ordering_policy_ref(const infext_v1alpha1_priority_band *obj) { return obj && infext__has(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_ORDERING_POLICY_REF); }
INFEXT_API void infext_v1alpha1_priority_band_clear_ordering_policy_ref(infext_v1alpha1_priority_band *obj) { if (obj) infext__clear_field(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_ORDERING_POLICY_REF); }
INFEXT_API const char *infext_v1alpha1_priority_band_get_ordering_policy_ref(const infext_v1alpha1_priority_band *obj) { return obj ? obj->ordering_policy_ref : NULL; }
INFEXT_API infext_status infext_v1alpha1_priority_band_set_ordering_policy_ref(infext_v1alpha1_priority_band *obj, const char *value)
{
    return infext__set_string(obj, INFEXT__FIELD_V1ALPHA1_PRIORITY_BAND_ORDERING_POLICY_REF, value);
}

