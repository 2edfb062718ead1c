/* GENERATED FILE - do not edit.
 * Produced by lib/types/generator/generate.py from lib/types/schema.yaml;
 * regenerate with `cmake --build build --target generate`. */
#include "codec/decode.h"
#include "types/generated/types_gen.h"

INFEXT_API infext_status infext_object_meta_get_managed_fields_json(char **out, const infext_object_meta *obj)
{
    return infext__raw_get_json(out, obj, INFEXT__FIELD_OBJECT_META_MANAGED_FIELDS);
}

INFEXT_API infext_status infext_object_meta_set_managed_fields_json(infext_object_meta *obj, const char *json)
{
    return infext__raw_set_json(obj, INFEXT__FIELD_OBJECT_META_MANAGED_FIELDS, json);
}

INFEXT_API infext_status infext_v1_inference_pool_decode(infext_v1_inference_pool **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_V1_INFERENCE_POOL, data, len, opts, diags);
}

INFEXT_API infext_status infext_v1_inference_pool_encode(char **out, size_t *out_len, const infext_v1_inference_pool *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_v1_inference_pool_list_decode(infext_v1_inference_pool_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_V1_INFERENCE_POOL_LIST, data, len, opts, diags);
}

INFEXT_API infext_status infext_v1_inference_pool_list_encode(char **out, size_t *out_len, const infext_v1_inference_pool_list *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_v1alpha2_inference_pool_decode(infext_v1alpha2_inference_pool **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_V1ALPHA2_INFERENCE_POOL, data, len, opts, diags);
}

INFEXT_API infext_status infext_v1alpha2_inference_pool_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_pool *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_v1alpha2_inference_pool_list_decode(infext_v1alpha2_inference_pool_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_V1ALPHA2_INFERENCE_POOL_LIST, data, len, opts, diags);
}

INFEXT_API infext_status infext_v1alpha2_inference_pool_list_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_pool_list *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_v1alpha2_inference_objective_decode(infext_v1alpha2_inference_objective **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_V1ALPHA2_INFERENCE_OBJECTIVE, data, len, opts, diags);
}

INFEXT_API infext_status infext_v1alpha2_inference_objective_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_objective *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_v1alpha2_inference_objective_list_decode(infext_v1alpha2_inference_objective_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_V1ALPHA2_INFERENCE_OBJECTIVE_LIST, data, len, opts, diags);
}

INFEXT_API infext_status infext_v1alpha2_inference_objective_list_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_objective_list *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_decode(infext_v1alpha2_inference_model_rewrite **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_V1ALPHA2_INFERENCE_MODEL_REWRITE, data, len, opts, diags);
}

INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_model_rewrite *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_decode(infext_v1alpha2_inference_model_rewrite_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST, data, len, opts, diags);
}

INFEXT_API infext_status infext_v1alpha2_inference_model_rewrite_list_encode(char **out, size_t *out_len, const infext_v1alpha2_inference_model_rewrite_list *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_decode(infext_llmd_v1alpha2_inference_objective **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE, data, len, opts, diags);
}

INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_encode(char **out, size_t *out_len, const infext_llmd_v1alpha2_inference_objective *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_decode(infext_llmd_v1alpha2_inference_objective_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE_LIST, data, len, opts, diags);
}

INFEXT_API infext_status infext_llmd_v1alpha2_inference_objective_list_encode(char **out, size_t *out_len, const infext_llmd_v1alpha2_inference_objective_list *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_decode(infext_llmd_v1alpha2_inference_model_rewrite **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE, data, len, opts, diags);
}

INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_encode(char **out, size_t *out_len, const infext_llmd_v1alpha2_inference_model_rewrite *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_decode(infext_llmd_v1alpha2_inference_model_rewrite_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_MODEL_REWRITE_LIST, data, len, opts, diags);
}

INFEXT_API infext_status infext_llmd_v1alpha2_inference_model_rewrite_list_encode(char **out, size_t *out_len, const infext_llmd_v1alpha2_inference_model_rewrite_list *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_v1alpha1_inference_pool_import_decode(infext_v1alpha1_inference_pool_import **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_V1ALPHA1_INFERENCE_POOL_IMPORT, data, len, opts, diags);
}

INFEXT_API infext_status infext_v1alpha1_inference_pool_import_encode(char **out, size_t *out_len, const infext_v1alpha1_inference_pool_import *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_decode(infext_v1alpha1_inference_pool_import_list **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_V1ALPHA1_INFERENCE_POOL_IMPORT_LIST, data, len, opts, diags);
}

INFEXT_API infext_status infext_v1alpha1_inference_pool_import_list_encode(char **out, size_t *out_len, const infext_v1alpha1_inference_pool_import_list *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_decode(infext_v1alpha1_endpoint_picker_config **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_V1ALPHA1_ENDPOINT_PICKER_CONFIG, data, len, opts, diags);
}

INFEXT_API infext_status infext_v1alpha1_endpoint_picker_config_encode(char **out, size_t *out_len, const infext_v1alpha1_endpoint_picker_config *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_decode(infext_llmd_v1alpha1_endpoint_picker_config **out, const char *data, size_t len, const infext_decode_options *opts, infext_diags *diags)
{
    return infext__decode_kind((void **)out, INFEXT_KIND_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG, data, len, opts, diags);
}

INFEXT_API infext_status infext_llmd_v1alpha1_endpoint_picker_config_encode(char **out, size_t *out_len, const infext_llmd_v1alpha1_endpoint_picker_config *obj, const infext_encode_options *opts)
{
    return infext_object_encode(out, out_len, (const infext_object *)obj, opts);
}

INFEXT_API infext_status infext_v1alpha1_plugin_spec_get_parameters_json(char **out, const infext_v1alpha1_plugin_spec *obj)
{
    return infext__raw_get_json(out, obj, INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_PARAMETERS);
}

INFEXT_API infext_status infext_v1alpha1_plugin_spec_set_parameters_json(infext_v1alpha1_plugin_spec *obj, const char *json)
{
    return infext__raw_set_json(obj, INFEXT__FIELD_V1ALPHA1_PLUGIN_SPEC_PARAMETERS, json);
}

