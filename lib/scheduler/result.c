/* Reading a scheduling result, and its JSON form (the `infext schedule`
 * output contract). */
#include "scheduler/sched.h"

#include "util/alloc.h"

#include <jansson.h>
#include <string.h>

static const infext__sched_profile_result *at(const infext_result *res, size_t index)
{
    return res && index < res->profiles_len ? &res->profiles[index] : NULL;
}

INFEXT_API size_t infext_result_profiles_count(const infext_result *res)
{
    return res ? res->profiles_len : 0;
}

INFEXT_API const char *infext_result_profile_name_at(const infext_result *res, size_t index)
{
    const infext__sched_profile_result *pr = at(res, index);
    return pr ? pr->name : NULL;
}

INFEXT_API bool infext_result_find_profile(size_t *out, const infext_result *res,
                                           const char *name)
{
    if (!res || !name) return false;
    for (size_t i = 0; i < res->profiles_len; i++) {
        if (strcmp(res->profiles[i].name, name) == 0) {
            if (out) *out = i;
            return true;
        }
    }
    return false;
}

INFEXT_API bool infext_result_profile_ran(const infext_result *res, size_t index)
{
    const infext__sched_profile_result *pr = at(res, index);
    return pr && pr->ran;
}

INFEXT_API infext_status infext_result_profile_status(const infext_result *res, size_t index)
{
    const infext__sched_profile_result *pr = at(res, index);
    return pr ? pr->status : INFEXT_EINVAL;
}

INFEXT_API const char *infext_result_profile_error(const infext_result *res, size_t index)
{
    const infext__sched_profile_result *pr = at(res, index);
    return pr && pr->status != INFEXT_OK ? pr->error : NULL;
}

INFEXT_API size_t infext_result_profile_endpoints_count(const infext_result *res, size_t index)
{
    const infext__sched_profile_result *pr = at(res, index);
    return pr ? pr->count : 0;
}

INFEXT_API const infext_endpoint *infext_result_profile_endpoint_at(const infext_result *res,
                                                                    size_t index, size_t i)
{
    const infext__sched_profile_result *pr = at(res, index);
    return pr && i < pr->count ? pr->endpoints[i] : NULL;
}

INFEXT_API bool infext_result_get_primary(size_t *out, const infext_result *res)
{
    if (!res || res->primary == SIZE_MAX) return false;
    if (out) *out = res->primary;
    return true;
}

INFEXT_API const char *infext_result_get_primary_name(const infext_result *res)
{
    return res && res->primary != SIZE_MAX ? res->profiles[res->primary].name : NULL;
}

INFEXT_API const infext_endpoint *infext_result_get_target(const infext_result *res)
{
    if (!res || res->primary == SIZE_MAX) return NULL;
    return infext_result_profile_endpoint_at(res, res->primary, 0);
}

INFEXT_API infext_status infext_result_set_primary(infext_result *res, size_t index)
{
    if (!res || index >= res->profiles_len) return INFEXT_EINVAL;
    res->primary = index;
    return INFEXT_OK;
}

static json_t *profile_json(const infext__sched_profile_result *pr)
{
    json_t *obj = json_object();
    json_t *eps = json_array();
    if (!obj || !eps || json_object_set_new(obj, "endpoints", eps) != 0) {
        json_decref(obj);
        return NULL;
    }
    for (size_t j = 0; j < pr->count; j++)
        if (json_array_append_new(eps, json_string(pr->endpoints[j]->nsname)) != 0) goto fail;
    if (pr->status != INFEXT_OK &&
        json_object_set_new(obj, "error", json_string(pr->error ? pr->error
                                                                : infext_strerror(pr->status))))
        goto fail;
    return obj;
fail:
    json_decref(obj);
    return NULL;
}

INFEXT_API infext_status infext_result_encode_json(char **out, size_t *out_len,
                                                   const infext_result *res)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (out_len) *out_len = 0;
    if (!res) return INFEXT_EINVAL;
    json_t *doc = json_object();
    json_t *profiles = json_object();
    const char *primary = infext_result_get_primary_name(res);
    int bad = !doc || !profiles ||
              json_object_set_new(doc, "primaryProfile", primary ? json_string(primary)
                                                                 : json_null()) != 0;
    if (!bad) bad = json_object_set(doc, "profiles", profiles) != 0;
    for (size_t i = 0; !bad && i < res->profiles_len; i++) {
        if (!res->profiles[i].ran) continue;
        json_t *p = profile_json(&res->profiles[i]);
        bad = !p || json_object_set_new(profiles, res->profiles[i].name, p) != 0;
    }
    json_decref(profiles);
    char *text = NULL;
    size_t size = 0;
    if (!bad) {
        size = json_dumpb(doc, NULL, 0, JSON_COMPACT);
        text = size ? infext__malloc(size + 1) : NULL;
        if (text) {
            json_dumpb(doc, text, size, JSON_COMPACT);
            text[size] = '\0';
        }
    }
    json_decref(doc);
    if (!text) return INFEXT_ENOMEM;
    *out = text;
    if (out_len) *out_len = size;
    return INFEXT_OK;
}
