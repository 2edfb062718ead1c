/* The endpoint object and the endpoints file format. */
#include "scheduler/sched.h"

#include "util/alloc.h"
#include "util/buf.h"
#include "util/diag.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static const char empty[] = "";

static infext_status set_nsname(infext_endpoint *ep, const char *ns, const char *name)
{
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    if (ns && *ns) {
        infext__buf_puts(&b, ns);
        infext__buf_putc(&b, '/');
    }
    infext__buf_puts(&b, name);
    size_t len = 0;
    char *s = infext__buf_detach(&b, &len);
    if (!s) return INFEXT_ENOMEM;
    ep->nsname = s;
    ep->key_hash = infext__sched_xxh64(s, len, 0);
    return INFEXT_OK;
}

INFEXT_API infext_status infext_endpoint_new(infext_endpoint **out, const char *ns,
                                             const char *name)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (!name) return INFEXT_EINVAL;
    infext_endpoint *ep = infext__calloc(1, sizeof(*ep));
    if (!ep) return INFEXT_ENOMEM;
    ep->ns = infext__sched_strdup0(ns ? ns : "");
    ep->name = infext__sched_strdup0(name);
    if (!ep->ns || !ep->name || set_nsname(ep, ns, name) != INFEXT_OK) {
        infext_endpoint_free(ep);
        return INFEXT_ENOMEM;
    }
    *out = ep;
    return INFEXT_OK;
}

INFEXT_API void infext_endpoint_free(infext_endpoint *ep)
{
    if (!ep) return;
    infext__free(ep->ns);
    infext__free(ep->name);
    infext__free(ep->nsname);
    infext__free(ep->address);
    infext__sched_kv_clear(&ep->labels);
    infext__sched_kv_clear(&ep->active_models);
    infext__sched_kv_clear(&ep->waiting_models);
    for (size_t i = 0; i < ep->attrs_len; i++) {
        if (ep->attrs[i].free_fn) ep->attrs[i].free_fn(ep->attrs[i].value);
        infext__free(ep->attrs[i].key);
    }
    infext__free(ep->attrs);
    infext__free(ep);
}

INFEXT_API const char *infext_endpoint_get_namespace(const infext_endpoint *ep)
{
    return ep ? ep->ns : empty;
}

INFEXT_API const char *infext_endpoint_get_name(const infext_endpoint *ep)
{
    return ep ? ep->name : empty;
}

INFEXT_API const char *infext_endpoint_get_namespaced_name(const infext_endpoint *ep)
{
    return ep ? ep->nsname : empty;
}

INFEXT_API infext_status infext_endpoint_set_address(infext_endpoint *ep, const char *address)
{
    return ep ? infext__sched_set_string(&ep->address, address) : INFEXT_EINVAL;
}

INFEXT_API const char *infext_endpoint_get_address(const infext_endpoint *ep)
{
    return ep && ep->address ? ep->address : empty;
}

INFEXT_API infext_status infext_endpoint_set_port(infext_endpoint *ep, int32_t port)
{
    if (!ep || port < 0 || port > 65535) return INFEXT_EINVAL;
    ep->port = port;
    return INFEXT_OK;
}

INFEXT_API int32_t infext_endpoint_get_port(const infext_endpoint *ep)
{
    return ep ? ep->port : 0;
}

INFEXT_API infext_status infext_endpoint_set_label(infext_endpoint *ep, const char *key,
                                                   const char *value)
{
    if (!ep || !key || !value) return INFEXT_EINVAL;
    return infext__sched_kv_set(&ep->labels, key, value, 0);
}

INFEXT_API const char *infext_endpoint_get_label(const infext_endpoint *ep, const char *key)
{
    return ep ? infext__sched_kv_get(&ep->labels, key, 0) : NULL;
}

INFEXT_API size_t infext_endpoint_labels_count(const infext_endpoint *ep)
{
    return ep ? ep->labels.len : 0;
}

INFEXT_API const char *infext_endpoint_label_key_at(const infext_endpoint *ep, size_t index)
{
    return ep ? infext__sched_kv_key_at(&ep->labels, index) : NULL;
}

INFEXT_API const char *infext_endpoint_label_value_at(const infext_endpoint *ep, size_t index)
{
    return ep ? infext__sched_kv_value_at(&ep->labels, index) : NULL;
}

/* The integer metrics: one setter/getter pair each. */
#define INT_METRIC(field)                                                                      \
    INFEXT_API infext_status infext_endpoint_set_##field(infext_endpoint *ep, int64_t value)   \
    {                                                                                          \
        if (!ep) return INFEXT_EINVAL;                                                         \
        ep->field = value;                                                                     \
        return INFEXT_OK;                                                                      \
    }                                                                                          \
    INFEXT_API int64_t infext_endpoint_get_##field(const infext_endpoint *ep)                  \
    {                                                                                          \
        return ep ? ep->field : 0;                                                             \
    }

INT_METRIC(waiting_queue_size)
INT_METRIC(running_requests)
INT_METRIC(max_active_models)
INT_METRIC(cache_block_size)
INT_METRIC(cache_num_gpu_blocks)
INT_METRIC(update_time)

INFEXT_API infext_status infext_endpoint_set_kv_cache_usage(infext_endpoint *ep, double value)
{
    if (!ep || !(value >= 0.0 && value <= 1.0)) return INFEXT_EINVAL;
    ep->kv_cache_usage = value;
    return INFEXT_OK;
}

INFEXT_API double infext_endpoint_get_kv_cache_usage(const infext_endpoint *ep)
{
    return ep ? ep->kv_cache_usage : 0.0;
}

/* The two adapter sets: add, clear, count, at, has. */
#define NAME_SET(field, one)                                                                   \
    INFEXT_API infext_status infext_endpoint_add_##one(infext_endpoint *ep, const char *model) \
    {                                                                                          \
        if (!ep || !model) return INFEXT_EINVAL;                                               \
        return infext__sched_kv_set(&ep->field, model, NULL, 0);                                     \
    }                                                                                          \
    INFEXT_API void infext_endpoint_clear_##field(infext_endpoint *ep)                         \
    {                                                                                          \
        if (ep) infext__sched_kv_clear(&ep->field);                                                  \
    }                                                                                          \
    INFEXT_API size_t infext_endpoint_##field##_count(const infext_endpoint *ep)               \
    {                                                                                          \
        return ep ? ep->field.len : 0;                                                         \
    }                                                                                          \
    INFEXT_API const char *infext_endpoint_##one##_at(const infext_endpoint *ep, size_t index) \
    {                                                                                          \
        return ep ? infext__sched_kv_key_at(&ep->field, index) : NULL;                         \
    }                                                                                          \
    INFEXT_API bool infext_endpoint_has_##one(const infext_endpoint *ep, const char *model)    \
    {                                                                                          \
        return ep && model && infext__sched_kv_find(&ep->field, model, 0) != SIZE_MAX;               \
    }

NAME_SET(active_models, active_model)
NAME_SET(waiting_models, waiting_model)

static size_t attr_find(const infext_endpoint *ep, const char *key)
{
    for (size_t i = 0; i < ep->attrs_len; i++)
        if (strcmp(ep->attrs[i].key, key) == 0) return i;
    return SIZE_MAX;
}

INFEXT_API infext_status infext_endpoint_set_attribute(infext_endpoint *ep, const char *key,
                                                       void *value, void (*free_fn)(void *))
{
    if (!ep || !key) return INFEXT_EINVAL;
    size_t i = attr_find(ep, key);
    if (i != SIZE_MAX) {
        infext__sched_attr *a = &ep->attrs[i];
        if (a->free_fn && a->value != value) a->free_fn(a->value);
        a->value = value;
        a->free_fn = free_fn;
        return INFEXT_OK;
    }
    char *k = infext__sched_strdup0(key);
    if (!k || infext__sched_grow((void **)&ep->attrs, &ep->attrs_cap, ep->attrs_len + 1,
                           sizeof(infext__sched_attr)) != 0) {
        infext__free(k);
        return INFEXT_ENOMEM;
    }
    ep->attrs[ep->attrs_len++] = (infext__sched_attr){k, value, free_fn};
    return INFEXT_OK;
}

INFEXT_API void *infext_endpoint_get_attribute(const infext_endpoint *ep, const char *key)
{
    if (!ep || !key) return NULL;
    size_t i = attr_find(ep, key);
    return i == SIZE_MAX ? NULL : ep->attrs[i].value;
}

INFEXT_API infext_status infext_endpoint_remove_attribute(infext_endpoint *ep, const char *key)
{
    if (!ep || !key) return INFEXT_EINVAL;
    size_t i = attr_find(ep, key);
    if (i == SIZE_MAX) return INFEXT_ENOTFOUND;
    if (ep->attrs[i].free_fn) ep->attrs[i].free_fn(ep->attrs[i].value);
    infext__free(ep->attrs[i].key);
    memmove(&ep->attrs[i], &ep->attrs[i + 1], (ep->attrs_len - i - 1) * sizeof(infext__sched_attr));
    ep->attrs_len--;
    return INFEXT_OK;
}

/* ----------------------------------------------------- endpoints file -- */

typedef struct decoder {
    infext_diags *diags;
    size_t index;
    infext_status st; /* first failure */
} decoder;

static void fail(decoder *d, infext_status st, infext_error_type type, const char *member,
                 const char *msg)
{
    char path[96];
    snprintf(path, sizeof(path), "[%zu]%s%s", d->index, *member ? "." : "", member);
    infext__diag_addf(d->diags, INFEXT_SEVERITY_ERROR, type, path, 0, 0, "%s", msg);
    if (d->st == INFEXT_OK) d->st = st;
}

static json_t *member(decoder *d, json_t *obj, const char *key, const char *path,
                      int (*is)(const json_t *), const char *want)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) return NULL;
    if (!is(v)) {
        char msg[64];
        snprintf(msg, sizeof(msg), "must be %s", want);
        fail(d, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, path, msg);
        return NULL;
    }
    return v;
}

static int is_string(const json_t *v) { return json_is_string(v); }
static int is_number(const json_t *v) { return json_is_number(v); }
static int is_object(const json_t *v) { return json_is_object(v); }
static int is_array(const json_t *v) { return json_is_array(v); }

static int is_integer(const json_t *v)
{
    if (json_is_integer(v)) return 1;
    double x = json_real_value(v);
    return json_is_real(v) && x == floor(x) && fabs(x) < 9.2e18;
}

static int64_t int_value(const json_t *v)
{
    return json_is_integer(v) ? (int64_t)json_integer_value(v) : (int64_t)json_real_value(v);
}

static const struct int_metric {
    const char *key;
    const char *path;
    infext_status (*set)(infext_endpoint *, int64_t);
} int_metrics[] = {
    {"waitingQueueSize", "metrics.waitingQueueSize", infext_endpoint_set_waiting_queue_size},
    {"runningRequests", "metrics.runningRequests", infext_endpoint_set_running_requests},
    {"maxActiveModels", "metrics.maxActiveModels", infext_endpoint_set_max_active_models},
    {"cacheBlockSize", "metrics.cacheBlockSize", infext_endpoint_set_cache_block_size},
    {"cacheNumGPUBlocks", "metrics.cacheNumGPUBlocks", infext_endpoint_set_cache_num_gpu_blocks},
    {"updateTime", "metrics.updateTime", infext_endpoint_set_update_time},
};

static void decode_models(decoder *d, infext_endpoint *ep, json_t *metrics, const char *key,
                          const char *path,
                          infext_status (*add)(infext_endpoint *, const char *))
{
    json_t *list = member(d, metrics, key, path, is_array, "an array of strings");
    size_t i;
    json_t *item;
    json_array_foreach(list, i, item) {
        if (!json_is_string(item)) {
            fail(d, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, path, "must be an array of strings");
            return;
        }
        if (add(ep, json_string_value(item)) != INFEXT_OK) d->st = INFEXT_ENOMEM;
    }
}

static void decode_metrics(decoder *d, infext_endpoint *ep, json_t *metrics)
{
    for (size_t i = 0; i < sizeof(int_metrics) / sizeof(int_metrics[0]); i++) {
        json_t *v = member(d, metrics, int_metrics[i].key, int_metrics[i].path, is_integer,
                           "an integer");
        if (v) int_metrics[i].set(ep, int_value(v));
    }
    json_t *kv = member(d, metrics, "kvCacheUsage", "metrics.kvCacheUsage", is_number,
                        "a number");
    if (kv && infext_endpoint_set_kv_cache_usage(ep, json_number_value(kv)) != INFEXT_OK)
        fail(d, INFEXT_EINVAL, INFEXT_ERR_INVALID, "metrics.kvCacheUsage",
             "must be between 0 and 1");
    decode_models(d, ep, metrics, "activeModels", "metrics.activeModels",
                  infext_endpoint_add_active_model);
    decode_models(d, ep, metrics, "waitingModels", "metrics.waitingModels",
                  infext_endpoint_add_waiting_model);
}

static infext_endpoint *decode_endpoint(decoder *d, json_t *obj)
{
    if (!json_is_object(obj)) {
        fail(d, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, "", "must be an object");
        return NULL;
    }
    json_t *name = member(d, obj, "name", "name", is_string, "a string");
    json_t *ns = member(d, obj, "namespace", "namespace", is_string, "a string");
    if (!name) {
        if (!json_object_get(obj, "name"))
            fail(d, INFEXT_EINVAL, INFEXT_ERR_REQUIRED, "name", "Required value");
        return NULL;
    }
    infext_endpoint *ep;
    if (infext_endpoint_new(&ep, ns ? json_string_value(ns) : NULL, json_string_value(name)) !=
        INFEXT_OK) {
        d->st = INFEXT_ENOMEM;
        return NULL;
    }
    json_t *address = member(d, obj, "address", "address", is_string, "a string");
    if (address && infext_endpoint_set_address(ep, json_string_value(address)) != INFEXT_OK)
        d->st = INFEXT_ENOMEM;
    json_t *port = member(d, obj, "port", "port", is_integer, "an integer");
    if (port && (int_value(port) < 0 || int_value(port) > 65535))
        fail(d, INFEXT_EINVAL, INFEXT_ERR_INVALID, "port", "must be between 0 and 65535");
    else if (port)
        infext_endpoint_set_port(ep, (int32_t)int_value(port));
    json_t *labels = member(d, obj, "labels", "labels", is_object, "an object of strings");
    const char *key;
    json_t *value;
    json_object_foreach(labels, key, value) {
        if (!json_is_string(value))
            fail(d, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, "labels", "values must be strings");
        else if (infext_endpoint_set_label(ep, key, json_string_value(value)) != INFEXT_OK)
            d->st = INFEXT_ENOMEM;
    }
    json_t *metrics = member(d, obj, "metrics", "metrics", is_object, "an object");
    if (metrics) decode_metrics(d, ep, metrics);
    return ep;
}

INFEXT_API infext_status infext_endpoint_list_decode_json(infext_endpoint_list **out,
                                                          const char *data, size_t len,
                                                          infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (!data && len) return INFEXT_EINVAL;
    json_error_t err;
    json_t *doc = json_loadb(data ? data : "", len, JSON_REJECT_DUPLICATES, &err);
    if (!doc) {
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_SYNTAX, "",
                          (unsigned)(err.line > 0 ? err.line : 0),
                          (unsigned)(err.column > 0 ? err.column : 0), "%s", err.text);
        return INFEXT_EPARSE;
    }
    if (!json_is_array(doc)) {
        json_decref(doc);
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_TYPE_INVALID, "", 0, 0,
                          "the endpoints must be a JSON array");
        return INFEXT_ETYPE;
    }
    infext_endpoint_list *list = infext__calloc(1, sizeof(*list));
    size_t n = json_array_size(doc);
    if (list && n) list->items = infext__calloc(n, sizeof(infext_endpoint *));
    if (!list || (n && !list->items)) {
        infext__free(list);
        json_decref(doc);
        return INFEXT_ENOMEM;
    }
    decoder d = {diags, 0, INFEXT_OK};
    for (size_t i = 0; i < n; i++) {
        d.index = i;
        infext_endpoint *ep = decode_endpoint(&d, json_array_get(doc, i));
        if (!ep) continue;
        list->items[list->len++] = ep;
        for (size_t j = 0; j + 1 < list->len; j++) {
            if (strcmp(list->items[j]->nsname, ep->nsname) == 0) {
                fail(&d, INFEXT_EINVAL, INFEXT_ERR_DUPLICATE, "name",
                     "another endpoint has the same namespaced name");
                break;
            }
        }
    }
    json_decref(doc);
    if (d.st != INFEXT_OK) {
        infext_endpoint_list_free(list);
        return d.st;
    }
    *out = list;
    return INFEXT_OK;
}

INFEXT_API void infext_endpoint_list_free(infext_endpoint_list *list)
{
    if (!list) return;
    for (size_t i = 0; i < list->len; i++) infext_endpoint_free(list->items[i]);
    infext__free(list->items);
    infext__free(list);
}

INFEXT_API size_t infext_endpoint_list_count(const infext_endpoint_list *list)
{
    return list ? list->len : 0;
}

INFEXT_API infext_endpoint *const *infext_endpoint_list_items(const infext_endpoint_list *list)
{
    return list && list->len ? list->items : NULL;
}
