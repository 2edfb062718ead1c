/* Strict reader of plugin parameters: every member must be asked for by
 * name, or infext_params_finish() reports it as unknown with its path. */
#include "scheduler/params.h"
#include "scheduler/sched.h"

#include "util/alloc.h"
#include "util/buf.h"
#include "util/diag.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

struct infext_params {
    json_t *obj; /* a reference */
    char *path;
    infext_diags *diags;
    const char **keys;
    unsigned char *used;
    infext_params **children; /* nested readers handed out, by member */
    size_t len;
    int failed;
};

/* A reader made by infext__params_get_list() (members "0".."n-1") marks its
 * path with this last byte, so that its members print as `key[i]` without
 * a new member in the struct (whose layout the ABI baseline records). */
#define LIST_MARK '\x01'

/* Config path of member `key` of `p`: "path.key", or "path[key]" in a list. */
static void member_path(infext__buf *out, const infext_params *p, const char *key)
{
    size_t n = strlen(p->path);
    if (n && p->path[n - 1] == LIST_MARK)
        infext__buf_printf(out, "%.*s[%s]", (int)(n - 1), p->path, key);
    else
        infext__buf_printf(out, "%s.%s", p->path, key);
}

static infext_params *reader_new(json_t *obj, const char *path, infext_diags *diags)
{
    infext_params *p = infext__calloc(1, sizeof(*p));
    if (!p) return NULL;
    p->obj = json_incref(obj);
    p->diags = diags;
    p->path = infext__sched_strdup0(path);
    p->len = json_object_size(obj);
    if (p->len) {
        p->keys = infext__calloc(p->len, sizeof(char *));
        p->used = infext__calloc(p->len, 1);
        p->children = infext__calloc(p->len, sizeof(infext_params *));
    }
    if (!p->path || (p->len && (!p->keys || !p->used || !p->children))) {
        infext_params_free(p);
        return NULL;
    }
    size_t i = 0;
    const char *key;
    json_t *value;
    json_object_foreach(obj, key, value) {
        (void)value;
        p->keys[i++] = key;
    }
    return p;
}

INFEXT_API infext_status infext_params_parse(infext_params **out, const char *json,
                                             const char *path, infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (!path) path = "parameters";
    json_t *obj;
    if (json) {
        json_error_t err;
        obj = json_loads(json, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &err);
        if (!obj) {
            infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_SYNTAX, path, 0, 0,
                              "%s", err.text);
            return INFEXT_ECONFIG;
        }
        if (json_is_null(obj)) {
            json_decref(obj);
            obj = json_object();
        }
    } else {
        obj = json_object();
    }
    if (!obj) return INFEXT_ENOMEM;
    if (!json_is_object(obj)) {
        json_decref(obj);
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_TYPE_INVALID, path, 0, 0,
                          "parameters must be an object");
        return INFEXT_ECONFIG;
    }
    *out = reader_new(obj, path, diags);
    json_decref(obj);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_params_free(infext_params *params)
{
    if (!params) return;
    for (size_t i = 0; i < params->len; i++)
        if (params->children) infext_params_free(params->children[i]);
    infext__free(params->children);
    infext__free((void *)params->keys);
    infext__free(params->used);
    infext__free(params->path);
    json_decref(params->obj);
    infext__free(params);
}

/* Look a member up and mark it read. NULL when absent or null. */
static json_t *take(infext_params *p, const char *key, size_t *index)
{
    for (size_t i = 0; i < p->len; i++) {
        if (strcmp(p->keys[i], key) == 0) {
            p->used[i] = 1;
            if (index) *index = i;
            json_t *v = json_object_get(p->obj, key);
            return json_is_null(v) ? NULL : v;
        }
    }
    return NULL;
}

static infext_status wrong_type(infext_params *p, const char *key, const char *want)
{
    p->failed = 1;
    infext__buf path = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    member_path(&path, p, key);
    infext_status st = infext__diag_addf(p->diags, INFEXT_SEVERITY_ERROR,
                                         INFEXT_ERR_TYPE_INVALID, path.data, 0, 0,
                                         "must be %s", want);
    infext__buf_reset(&path);
    return st == INFEXT_OK ? INFEXT_ECONFIG : st;
}

/* Take member `key` (its position to *index when index is given) when it
 * is of JSON type `a` or `b`: INFEXT_ENOTFOUND when absent or null, a
 * TypeInvalid report that it must be `want` when of another type. */
static infext_status typed(json_t **v, infext_params *params, const char *key, size_t *index, json_type a,
                           json_type b, const char *want)
{
    *v = take(params, key, index);
    if (!*v) return INFEXT_ENOTFOUND;
    json_type type = json_typeof(*v);
    return type == a || type == b ? INFEXT_OK : wrong_type(params, key, want);
}

INFEXT_API infext_status infext_params_get_int(int64_t *out, infext_params *params,
                                               const char *key)
{
    if (!out || !params || !key) return INFEXT_EINVAL;
    json_t *v = take(params, key, NULL);
    if (!v) return INFEXT_ENOTFOUND;
    if (json_is_integer(v)) {
        *out = (int64_t)json_integer_value(v);
        return INFEXT_OK;
    }
    double d = json_real_value(v);
    if (json_is_real(v) && d == floor(d) && fabs(d) < 9.2e18) {
        *out = (int64_t)d;
        return INFEXT_OK;
    }
    return wrong_type(params, key, "an integer");
}

INFEXT_API infext_status infext_params_get_double(double *out, infext_params *params,
                                                  const char *key)
{
    if (!out || !params || !key) return INFEXT_EINVAL;
    json_t *v;
    infext_status st = typed(&v, params, key, NULL, JSON_INTEGER, JSON_REAL, "a number");
    if (st == INFEXT_OK) *out = json_number_value(v);
    return st;
}

INFEXT_API infext_status infext_params_get_bool(bool *out, infext_params *params,
                                                const char *key)
{
    if (!out || !params || !key) return INFEXT_EINVAL;
    json_t *v;
    infext_status st = typed(&v, params, key, NULL, JSON_TRUE, JSON_FALSE, "a boolean");
    if (st == INFEXT_OK) *out = json_is_true(v);
    return st;
}

INFEXT_API infext_status infext_params_get_string(const char **out, infext_params *params,
                                                  const char *key)
{
    if (!out || !params || !key) return INFEXT_EINVAL;
    json_t *v;
    infext_status st = typed(&v, params, key, NULL, JSON_STRING, JSON_STRING, "a string");
    if (st == INFEXT_OK) *out = json_string_value(v);
    return st;
}

INFEXT_API infext_status infext_params_get_object(infext_params **out, infext_params *params,
                                                  const char *key)
{
    if (!out || !params || !key) return INFEXT_EINVAL;
    size_t i = 0;
    json_t *v;
    infext_status st = typed(&v, params, key, &i, JSON_OBJECT, JSON_OBJECT, "an object");
    if (st != INFEXT_OK) return st;
    if (!params->children[i]) {
        infext__buf path = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
        member_path(&path, params, key);
        params->children[i] = path.failed ? NULL : reader_new(v, path.data, params->diags);
        infext__buf_reset(&path);
        if (!params->children[i]) return INFEXT_ENOMEM;
    }
    *out = params->children[i];
    return INFEXT_OK;
}

infext_status infext__params_get_list(infext_params **out, size_t *out_len,
                                      infext_params *params, const char *key)
{
    if (!out || !out_len || !params || !key) return INFEXT_EINVAL;
    size_t i = 0;
    json_t *v;
    infext_status st = typed(&v, params, key, &i, JSON_ARRAY, JSON_ARRAY, "a list");
    if (st != INFEXT_OK) return st;
    if (!params->children[i]) {
        /* The elements become the members "0", "1", ... of an object, so
         * the strict reader's machinery (getters, unread members) applies
         * to each element as to any nested object. */
        json_t *obj = json_object();
        int bad = !obj;
        char index[24];
        for (size_t j = 0; !bad && j < json_array_size(v); j++) {
            snprintf(index, sizeof(index), "%zu", j);
            bad = json_object_set(obj, index, json_array_get(v, j)) != 0;
        }
        infext__buf path = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
        member_path(&path, params, key);
        infext__buf_putc(&path, LIST_MARK);
        params->children[i] = bad || path.failed ? NULL : reader_new(obj, path.data, params->diags);
        infext__buf_reset(&path);
        json_decref(obj);
        if (!params->children[i]) return INFEXT_ENOMEM;
    }
    *out = params->children[i];
    *out_len = params->children[i]->len;
    return INFEXT_OK;
}

INFEXT_API size_t infext_params_count(const infext_params *params)
{
    return params ? params->len : 0;
}

INFEXT_API const char *infext_params_key_at(const infext_params *params, size_t index)
{
    return params && index < params->len ? params->keys[index] : NULL;
}

static int finish(infext_params *p)
{
    int failed = p->failed;
    for (size_t i = 0; i < p->len; i++) {
        if (p->children[i]) failed |= finish(p->children[i]);
        if (p->used[i]) continue;
        failed = 1;
        infext__buf path = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
        member_path(&path, p, p->keys[i]);
        infext__diag_addf(p->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_UNKNOWN, path.data, 0, 0,
                          "unknown parameter \"%s\"", p->keys[i]);
        infext__buf_reset(&path);
        p->used[i] = 1; /* report once */
    }
    return failed;
}

INFEXT_API infext_status infext_params_finish(infext_params *params)
{
    if (!params) return INFEXT_EINVAL;
    return finish(params) ? INFEXT_ECONFIG : INFEXT_OK;
}

void infext__params_skip(infext_params *params, const char *key)
{
    if (params && key) (void)take(params, key, NULL);
}
