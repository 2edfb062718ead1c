/* infext_convert's rules for InferenceObjective and InferenceModelRewrite
 * between inference.networking.x-k8s.io/v1alpha2 and llm-d.ai/v1alpha2. */
#include "convert/convert_walk.h"

#include "types/generated/types_gen.h"

#include <stdint.h>

/* x-k8s.io priority (int64) -> llm-d.ai (int32): a value out of its range
 * has no place there. */
static int priority_to_int32(conv *cv, void *dst, const void *src, const infext__field *f)
{
    int64_t v = *INFEXT__CAT(src, f, int64_t);
    if (v < INT32_MIN || v > INT32_MAX) {
        infext__conv_lossy(cv, INFEXT_ERR_INVALID, "%lld is out of the int32 range of llm-d.ai/v1alpha2", (long long)v);
        return 0;
    }
    const infext__field *g = infext__conv_target_field(dst, "priority");
    *INFEXT__AT(dst, g, int32_t) = (int32_t)v;
    infext__mark(dst, g);
    return 0;
}

static int priority_to_int64(conv *cv, void *dst, const void *src, const infext__field *f)
{
    (void)cv;
    const infext__field *g = infext__conv_target_field(dst, "priority");
    *INFEXT__AT(dst, g, int64_t) = *INFEXT__CAT(src, f, int32_t);
    infext__mark(dst, g);
    return 0;
}

/* A v1.2.0 rule's `split` is llm-d.ai's `targets`; a rule that gives both
 * spellings keeps `targets`, and its `split` has no place. */
static int split_to_targets(conv *cv, void *dst, const void *src, const infext__field *f)
{
    if (infext__has(src, infext__conv_target_field(src, "targets"))) {
        infext__conv_lossy(cv, INFEXT_ERR_FORBIDDEN,
                           "the rule gives targets too, and llm-d.ai/v1alpha2 has only targets");
        return 0;
    }
    return infext__conv_copy_same(cv, dst, infext__conv_target_field(dst, "targets"), src, f);
}

/* ------------------------------------------------------------- tables -- */

static const struct_pair objective_pairs[] = {
    INFEXT__CONV_BOTH_WAYS(v1alpha2_inference_objective, llmd_v1alpha2_inference_objective),
    INFEXT__CONV_BOTH_WAYS(v1alpha2_inference_objective_list, llmd_v1alpha2_inference_objective_list),
    INFEXT__CONV_BOTH_WAYS(v1alpha2_inference_objective_spec, llmd_v1alpha2_inference_objective_spec),
    INFEXT__CONV_BOTH_WAYS(v1alpha2_inference_model_rewrite, llmd_v1alpha2_inference_model_rewrite),
    INFEXT__CONV_BOTH_WAYS(v1alpha2_inference_model_rewrite_list, llmd_v1alpha2_inference_model_rewrite_list),
    INFEXT__CONV_BOTH_WAYS(v1alpha2_inference_model_rewrite_spec, llmd_v1alpha2_inference_model_rewrite_spec),
    INFEXT__CONV_BOTH_WAYS(v1alpha2_inference_model_rewrite_rule, llmd_v1alpha2_inference_model_rewrite_rule),
};

static const field_rule objective_rules[] = {
    {&infext__desc_v1alpha2_inference_objective_spec, "priority", NULL, priority_to_int32},
    {&infext__desc_llmd_v1alpha2_inference_objective_spec, "priority", NULL, priority_to_int64},
    {&infext__desc_v1alpha2_inference_model_rewrite_rule, "split", NULL, split_to_targets},
};

const conv_table infext__conv_objective_table = INFEXT__CONV_TABLE(objective_pairs, objective_rules);
