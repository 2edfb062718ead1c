/* Reading a scheduling result, and its JSON form (the `infext schedule`
 * output contract). */
#include "scheduler/sched.h"

#include "util/alloc.h"

#include <jansson.h>
#include <stdio.h>
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

/* ------------------------------------------ what the request carries -- */

INFEXT_API size_t infext_result_headers_count(const infext_result *res)
{
    return res ? res->headers_len : 0;
}

INFEXT_API const char *infext_result_header_name_at(const infext_result *res, size_t index)
{
    return res && index < res->headers_len ? res->headers[index].name : NULL;
}

INFEXT_API const char *infext_result_header_value_at(const infext_result *res, size_t index)
{
    return res && index < res->headers_len ? res->headers[index].value : NULL;
}

INFEXT_API bool infext_result_get_target_port(int32_t *out, const infext_result *res)
{
    if (!res || !res->has_target_port) return false;
    if (out) *out = res->target_port;
    return true;
}

void infext__sched_result_reset_request(infext_result *res)
{
    res->headers_len = 0;
    res->has_target_port = false;
    res->target_port = 0;
}

infext_status infext__sched_result_set_header(infext_result *res, infext_cycle *cycle,
                                              const char *name, const char *value)
{
    size_t i = 0;
    while (i < res->headers_len && strcmp(res->headers[i].name, name) != 0) i++;
    if (i == INFEXT__RESULT_HEADERS_MAX) return INFEXT_EINVAL;
    char *copy = NULL;
    if (value) {
        size_t n = strlen(value) + 1;
        copy = infext_cycle_alloc(cycle, n);
        if (!copy) return INFEXT_ENOMEM;
        memcpy(copy, value, n);
    }
    res->headers[i] = (infext__sched_header){name, copy};
    if (i == res->headers_len) res->headers_len++;
    return INFEXT_OK;
}

void infext__sched_result_set_target_port(infext_result *res, int32_t port)
{
    res->target_port = port;
    res->has_target_port = true;
}

/* --------------------------------------- what a plugin handler asks -- */

/* RFC 9110 token characters, the bytes of a field name. */
static bool token_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("!#$%&'*+-.^_`|~", c));
}

static bool field_name_ok(const char *name)
{
    if (!name || !*name) return false;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        if (!token_char(*p)) return false;
    return true;
}

/* A field value: no control character but a tab (so no CR or LF). */
static bool field_value_ok(const char *value)
{
    for (const unsigned char *p = (const unsigned char *)value; *p; p++)
        if ((*p < 0x20 && *p != '\t') || *p == 0x7f) return false;
    return true;
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static bool same_name(const char *a, const char *b)
{
    while (*a && lower(*a) == *b) a++, b++;
    return !*a && !*b;
}

/* Set (value) or remove (NULL) header `name` for a plugin handler: the
 * name is kept in lower case, in the cycle's memory unless the result
 * already has it. */
static infext_status plugin_header(infext_result *res, const char *name, const char *value)
{
    if (!res || !res->open || !res->cycle || !field_name_ok(name)) return INFEXT_EINVAL;
    if (value && !field_value_ok(value)) return INFEXT_EINVAL;
    const char *kept = NULL;
    for (size_t i = 0; i < res->headers_len && !kept; i++)
        if (same_name(name, res->headers[i].name)) kept = res->headers[i].name;
    if (!kept) {
        if (res->headers_len == INFEXT__RESULT_HEADERS_MAX) return INFEXT_EINVAL;
        size_t n = strlen(name) + 1;
        char *copy = infext_cycle_alloc(res->cycle, n);
        if (!copy) return INFEXT_ENOMEM;
        for (size_t i = 0; i < n; i++) copy[i] = lower(name[i]);
        kept = copy;
    }
    return infext__sched_result_set_header(res, res->cycle, kept, value);
}

INFEXT_API infext_status infext_result_set_header(infext_result *res, const char *name,
                                                  const char *value)
{
    return value ? plugin_header(res, name, value) : INFEXT_EINVAL;
}

INFEXT_API infext_status infext_result_remove_header(infext_result *res, const char *name)
{
    return plugin_header(res, name, NULL);
}

INFEXT_API infext_status infext_result_set_target_port(infext_result *res, int32_t port)
{
    if (!res || !res->open || port < 1 || port > 65535) return INFEXT_EINVAL;
    infext__sched_result_set_target_port(res, port);
    return INFEXT_OK;
}

size_t infext__sched_host_port(char *buf, size_t cap, const infext_endpoint *ep)
{
    const char *addr = ep->address ? ep->address : "";
    int n = strchr(addr, ':') ? snprintf(buf, cap, "[%s]:%d", addr, (int)ep->port)
                              : snprintf(buf, cap, "%s:%d", addr, (int)ep->port);
    return n < 0 ? 0 : (size_t)n;
}

/* "headers": {name: value or null}, "targetPort": port, when there are any. */
static int request_json(json_t *doc, const infext_result *res)
{
    if (res->headers_len) {
        json_t *h = json_object();
        if (!h || json_object_set_new(doc, "headers", h) != 0) return -1;
        for (size_t i = 0; i < res->headers_len; i++) {
            const char *v = res->headers[i].value;
            if (json_object_set_new(h, res->headers[i].name, v ? json_string(v) : json_null()))
                return -1;
        }
    }
    if (res->has_target_port &&
        json_object_set_new(doc, "targetPort", json_integer(res->target_port)) != 0)
        return -1;
    return 0;
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
    if (!bad) bad = request_json(doc, res) != 0;
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
