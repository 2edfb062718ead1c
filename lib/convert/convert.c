/* infext_convert: InferencePool between v1alpha2 and v1; InferenceObjective
 * and InferenceModelRewrite between inference.networking.x-k8s.io/v1alpha2
 * and llm-d.ai/v1alpha2 (the same schema but for the rewrite's spelling of
 * `split` and an int32 priority).
 *
 * A generic walk copies whatever has the same name and shape in both
 * versions (metadata, conditions, names, groups, kinds, preserved members).
 * The tables of convert_pool.c and convert_objective.c say which structs
 * correspond, which fields were renamed, and which fields changed shape and
 * need a hand-written rule (convert_walk.c is the walk). Everything the
 * target cannot hold is reported at its source path: an error that makes the
 * call return INFEXT_ELOSSY, or a warning when the caller allows loss. */
#include "convert/convert_walk.h"

#include "types/generated/types_gen.h"
#include "util/diag.h"

static const conv_table *const tables[] = {&infext__conv_pool_table, &infext__conv_objective_table};
#define N_TABLES (sizeof tables / sizeof tables[0])

const struct_pair *infext__conv_pair_for(const infext__struct_desc *from, const infext__struct_desc *to)
{
    for (size_t t = 0; t < N_TABLES; t++)
        for (size_t i = 0; i < tables[t]->n_pairs; i++)
            if (tables[t]->pairs[i].from == from && tables[t]->pairs[i].to == to) return &tables[t]->pairs[i];
    return NULL;
}

const field_rule *infext__conv_rule_for(const infext__struct_desc *from, const infext__field *f)
{
    for (size_t t = 0; t < N_TABLES; t++)
        for (size_t i = 0; i < tables[t]->n_rules; i++)
            if (tables[t]->rules[i].from == from && !strcmp(tables[t]->rules[i].field, f->json))
                return &tables[t]->rules[i];
    return NULL;
}

/* ---------------------------------------------------------------- API -- */

INFEXT_API infext_status infext_convert(infext_object **out, const infext_object *in,
                                        const char *target_api_version, unsigned int flags,
                                        infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (!in || !target_api_version || (flags & ~INFEXT_CONVERT_ALLOW_LOSSY)) return INFEXT_EINVAL;
    const infext__struct_desc *from = ((const infext__hdr *)in)->desc;
    if (!from->kind) return INFEXT_EINVAL;
    if (!strcmp(from->kind->api_version, target_api_version)) return infext_object_clone(out, in);

    const char *kind_name = from->kind->kind_name;
    const infext__kind_desc *to = infext__kind_lookup(target_api_version, strlen(target_api_version), kind_name,
                                                      strlen(kind_name));
    const struct_pair *pair = to ? infext__conv_pair_for(from, to->type) : NULL;
    if (!pair) {
        infext_status rc = infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_NOT_SUPPORTED, "apiVersion", 0, 0,
                                             "%s has no version %s to convert to", kind_name, target_api_version);
        return rc == INFEXT_OK ? INFEXT_EKIND : rc;
    }

    const infext__hdr *src = (const infext__hdr *)in;
    void *root = infext__root_new_sized(to->type, src->arena->total);
    if (!root) return INFEXT_ENOMEM;
    const char *slash = strrchr(target_api_version, '/');
    conv cv = {
        .arena = ((infext__hdr *)root)->arena,
        .src_root = in,
        .target_version = slash ? slash + 1 : target_api_version,
        .to_v1 = to->type == &infext__desc_v1_inference_pool || to->type == &infext__desc_v1_inference_pool_list,
        .flags = flags,
        .diags = diags,
        .path = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT),
    };
    int rc = infext__conv_struct(&cv, root, in, pair);
    if (cv.path.failed) cv.oom = true;
    infext__buf_reset(&cv.path);
    if (rc != 0 || cv.oom || cv.lost) {
        infext__root_free(root);
        if (rc == CONV_NO_RULE) return INFEXT_EINVAL;
        return rc != 0 || cv.oom ? INFEXT_ENOMEM : INFEXT_ELOSSY;
    }
    *out = root;
    return INFEXT_OK;
}

INFEXT_API infext_status infext_v1alpha2_inference_pool_to_v1(infext_v1_inference_pool **out,
                                                              const infext_v1alpha2_inference_pool *in,
                                                              unsigned int flags, infext_diags *diags)
{
    return infext_convert((infext_object **)out, (const infext_object *)in,
                          infext__desc_v1_inference_pool.kind->api_version, flags, diags);
}

INFEXT_API infext_status infext_v1_inference_pool_to_v1alpha2(infext_v1alpha2_inference_pool **out,
                                                              const infext_v1_inference_pool *in,
                                                              unsigned int flags, infext_diags *diags)
{
    return infext_convert((infext_object **)out, (const infext_object *)in,
                          infext__desc_v1alpha2_inference_pool.kind->api_version, flags, diags);
}
