/* The request object, the OpenAI body helper and the request file format. */
#include "scheduler/parsers.h"
#include "scheduler/sched.h"

#include "util/alloc.h"
#include "util/buf.h"
#include "util/diag.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

static const char empty[] = "";

INFEXT_API infext_status infext_request_new(infext_request **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__calloc(1, sizeof(infext_request));
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API void infext_request_free(infext_request *req)
{
    if (!req) return;
    infext__free(req->id);
    infext__free(req->model);
    infext__free(req->prompt);
    infext__free(req->cache_salt);
    infext__sched_kv_clear(&req->headers);
    infext__free(req);
}

INFEXT_API infext_status infext_request_set_id(infext_request *req, const char *id)
{
    return req ? infext__sched_set_string(&req->id, id) : INFEXT_EINVAL;
}

INFEXT_API const char *infext_request_get_id(const infext_request *req)
{
    return req && req->id ? req->id : empty;
}

INFEXT_API infext_status infext_request_set_model(infext_request *req, const char *model)
{
    return req ? infext__sched_set_string(&req->model, model) : INFEXT_EINVAL;
}

INFEXT_API const char *infext_request_get_model(const infext_request *req)
{
    return req && req->model ? req->model : empty;
}

INFEXT_API infext_status infext_request_set_prompt(infext_request *req, const char *prompt,
                                                   size_t len)
{
    if (!req || (!prompt && len)) return INFEXT_EINVAL;
    char *copy = NULL;
    if (prompt) {
        copy = infext__strndup(prompt, len);
        if (!copy) return INFEXT_ENOMEM;
    }
    infext__free(req->prompt);
    req->prompt = copy;
    req->prompt_len = copy ? len : 0;
    return INFEXT_OK;
}

INFEXT_API const char *infext_request_get_prompt(size_t *out_len, const infext_request *req)
{
    if (out_len) *out_len = req ? req->prompt_len : 0;
    return req && req->prompt ? req->prompt : empty;
}

INFEXT_API infext_status infext_request_set_cache_salt(infext_request *req, const char *salt)
{
    return req ? infext__sched_set_string(&req->cache_salt, salt) : INFEXT_EINVAL;
}

INFEXT_API const char *infext_request_get_cache_salt(const infext_request *req)
{
    return req && req->cache_salt ? req->cache_salt : empty;
}

INFEXT_API infext_status infext_request_set_priority(infext_request *req, int32_t priority)
{
    if (!req) return INFEXT_EINVAL;
    req->priority = priority;
    req->has_priority = true;
    return INFEXT_OK;
}

INFEXT_API bool infext_request_get_priority(int32_t *out, const infext_request *req)
{
    if (!req || !req->has_priority) return false;
    if (out) *out = req->priority;
    return true;
}

INFEXT_API infext_status infext_request_set_header(infext_request *req, const char *name,
                                                   const char *value)
{
    if (!req || !name || !value) return INFEXT_EINVAL;
    return infext__sched_kv_set(&req->headers, name, value, 1);
}

INFEXT_API const char *infext_request_get_header(const infext_request *req, const char *name)
{
    return req ? infext__sched_kv_get(&req->headers, name, 1) : NULL;
}

INFEXT_API size_t infext_request_headers_count(const infext_request *req)
{
    return req ? req->headers.len : 0;
}

INFEXT_API const char *infext_request_header_name_at(const infext_request *req, size_t index)
{
    return req ? infext__sched_kv_key_at(&req->headers, index) : NULL;
}

INFEXT_API const char *infext_request_header_value_at(const infext_request *req, size_t index)
{
    return req ? infext__sched_kv_value_at(&req->headers, index) : NULL;
}

/* ------------------------------------------------------ OpenAI bodies -- */

/* Report a body that does not fit at `path`; INFEXT_EINVAL. */
static infext_status bad(infext_diags *diags, infext_error_type type, const char *path, const char *msg)
{
    infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, type, path, 0, 0, "%s", msg);
    return INFEXT_EINVAL;
}

static void append_string(infext__buf *b, const json_t *s)
{
    infext__buf_append(b, json_string_value(s), json_string_length(s));
}

/* Text of one chat message's content: a string, or the text parts of an
 * array of parts, each followed by a space (as the EPP's PlainText). */
static infext_status content_text(infext__buf *b, json_t *content, const char *path,
                                  infext_diags *diags)
{
    if (json_is_string(content)) {
        append_string(b, content);
        return INFEXT_OK;
    }
    if (json_is_null(content)) return INFEXT_OK;
    if (!json_is_array(content))
        return bad(diags, INFEXT_ERR_TYPE_INVALID, path, "content must be a string or an array of content parts");
    size_t i;
    json_t *part;
    json_array_foreach(content, i, part) {
        const char *type = json_string_value(json_object_get(part, "type"));
        json_t *text = json_object_get(part, "text");
        if (type && strcmp(type, "text") == 0 && json_is_string(text)) {
            append_string(b, text);
            infext__buf_putc(b, ' ');
        }
    }
    return INFEXT_OK;
}

static infext_status prompt_from_body(infext__buf *b, json_t *body, const char *base,
                                      infext_diags *diags)
{
    char path[96];
    json_t *prompt = json_object_get(body, "prompt");
    json_t *messages = json_object_get(body, "messages");
    if (prompt && !json_is_null(prompt)) {
        snprintf(path, sizeof(path), "%sprompt", base);
        if (json_is_string(prompt)) {
            append_string(b, prompt);
            return INFEXT_OK;
        }
        static const char shape[] = "prompt must be a string or an array of strings";
        if (!json_is_array(prompt)) return bad(diags, INFEXT_ERR_TYPE_INVALID, path, shape);
        size_t i;
        json_t *item;
        json_array_foreach(prompt, i, item) {
            if (!json_is_string(item)) return bad(diags, INFEXT_ERR_TYPE_INVALID, path, shape);
            if (i) infext__buf_putc(b, '\n');
            append_string(b, item);
        }
        return INFEXT_OK;
    }
    snprintf(path, sizeof(path), "%smessages", base);
    if (!messages)
        return bad(diags, INFEXT_ERR_REQUIRED, path,
                   "the body has neither a prompt (completions) nor messages (chat completions)");
    if (!json_is_array(messages))
        return bad(diags, INFEXT_ERR_TYPE_INVALID, path, "messages must be an array");
    size_t i;
    json_t *msg;
    json_array_foreach(messages, i, msg) {
        char mpath[128];
        snprintf(mpath, sizeof(mpath), "%s[%zu].content", path, i);
        const char *role = json_string_value(json_object_get(msg, "role"));
        infext__buf_puts(b, role ? role : "");
        infext__buf_puts(b, ": ");
        infext_status st = content_text(b, json_object_get(msg, "content"), mpath, diags);
        if (st != INFEXT_OK) return st;
        infext__buf_putc(b, '\n');
    }
    return INFEXT_OK;
}

/* Give the request the prompt built in `b` (taken), the cache salt when
 * `salt` is not NULL, and the model when `model` is not NULL and none is set
 * yet; all or nothing. */
infext_status infext__request_commit(infext_request *req, infext__buf *b, const char *model,
                                     const char *salt)
{
    if (b->failed) {
        infext_status st = infext__buf_status(b);
        infext__buf_reset(b);
        return st;
    }
    char *salt_copy = salt ? infext__sched_strdup0(salt) : NULL;
    char *model_copy = model && !req->model ? infext__sched_strdup0(model) : NULL;
    size_t len = 0;
    char *text = infext__buf_detach(b, &len);
    if (!text || (salt && !salt_copy) || (model && !req->model && !model_copy)) {
        infext__free(text);
        infext__free(salt_copy);
        infext__free(model_copy);
        return INFEXT_ENOMEM;
    }
    infext__free(req->prompt);
    req->prompt = text;
    req->prompt_len = len;
    if (salt) {
        infext__free(req->cache_salt);
        req->cache_salt = salt_copy;
    }
    if (model_copy) req->model = model_copy;
    return INFEXT_OK;
}

/* Apply an already parsed body to the request; all or nothing. */
infext_status infext__request_apply_openai(infext_request *req, json_t *body, const char *base,
                                           infext_diags *diags)
{
    if (!json_is_object(body))
        return bad(diags, INFEXT_ERR_TYPE_INVALID, base, "the request body must be a JSON object");
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext_status st = prompt_from_body(&b, body, base, diags);
    if (st != INFEXT_OK) {
        infext__buf_reset(&b);
        return st;
    }
    return infext__request_commit(req, &b, json_string_value(json_object_get(body, "model")),
                                  json_string_value(json_object_get(body, "cache_salt")));
}

infext_status infext__request_parse_json(json_t **out, const char *data, size_t len, infext_diags *diags)
{
    json_error_t err;
    *out = json_loadb(data, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
    if (*out) return INFEXT_OK;
    infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_SYNTAX, "",
                      (unsigned)(err.line > 0 ? err.line : 0),
                      (unsigned)(err.column > 0 ? err.column : 0), "%s", err.text);
    return INFEXT_EPARSE;
}

INFEXT_API infext_status infext_request_set_openai_body(infext_request *req, const char *data,
                                                        size_t len, infext_diags *diags)
{
    if (!req || (!data && len)) return INFEXT_EINVAL;
    json_t *body;
    infext_status st = infext__request_parse_json(&body, data ? data : "", len, diags);
    if (st != INFEXT_OK) return st;
    st = infext__request_apply_openai(req, body, "", diags);
    json_decref(body);
    return st;
}

/* ------------------------------------------------------- request file -- */

static infext_status type_error(infext_diags *diags, const char *path, const char *want)
{
    infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_TYPE_INVALID, path, 0, 0,
                      "must be %s", want);
    return INFEXT_ETYPE;
}

static infext_status opt_string(infext_request *req, json_t *doc, const char *key,
                                infext_status (*set)(infext_request *, const char *),
                                infext_diags *diags)
{
    json_t *v = json_object_get(doc, key);
    if (!v || json_is_null(v)) return INFEXT_OK;
    if (!json_is_string(v)) return type_error(diags, key, "a string");
    return set(req, json_string_value(v));
}

static infext_status decode_request(infext_request *req, json_t *doc, infext_diags *diags)
{
    if (!json_is_object(doc)) return type_error(diags, "", "a JSON object");
    infext_status st = opt_string(req, doc, "requestId", infext_request_set_id, diags);
    if (st == INFEXT_OK) st = opt_string(req, doc, "model", infext_request_set_model, diags);
    if (st == INFEXT_OK) st = opt_string(req, doc, "cacheSalt", infext_request_set_cache_salt, diags);
    if (st != INFEXT_OK) return st;

    json_t *headers = json_object_get(doc, "headers");
    if (headers && !json_is_null(headers)) {
        if (!json_is_object(headers)) return type_error(diags, "headers", "an object of strings");
        const char *name;
        json_t *value;
        json_object_foreach(headers, name, value) {
            if (!json_is_string(value)) {
                char path[160];
                snprintf(path, sizeof(path), "headers.%s", name);
                return type_error(diags, path, "a string");
            }
            st = infext_request_set_header(req, name, json_string_value(value));
            if (st != INFEXT_OK) return st;
        }
    }
    json_t *prio = json_object_get(doc, "priority");
    if (prio && !json_is_null(prio)) {
        double d = json_number_value(prio);
        if (!json_is_number(prio) || d != (double)(int32_t)d)
            return type_error(diags, "priority", "a 32-bit integer");
        req->priority = (int32_t)d;
        req->has_priority = true;
    }
    json_t *prompt = json_object_get(doc, "prompt");
    json_t *body = json_object_get(doc, "body");
    if (prompt && !json_is_null(prompt)) {
        if (!json_is_string(prompt)) return type_error(diags, "prompt", "a string");
        return infext_request_set_prompt(req, json_string_value(prompt), json_string_length(prompt));
    }
    if (body && !json_is_null(body)) {
        st = infext__request_apply_openai(req, body, "body.", diags);
        return st == INFEXT_EINVAL ? INFEXT_ETYPE : st;
    }
    return INFEXT_OK;
}

INFEXT_API infext_status infext_request_decode_json(infext_request **out, const char *data,
                                                    size_t len, infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (!data && len) return INFEXT_EINVAL;
    json_t *doc;
    infext_status st = infext__request_parse_json(&doc, data ? data : "", len, diags);
    if (st != INFEXT_OK) return st;
    infext_request *req;
    st = infext_request_new(&req);
    if (st == INFEXT_OK) st = decode_request(req, doc, diags);
    json_decref(doc);
    if (st != INFEXT_OK) {
        infext_request_free(req);
        return st;
    }
    *out = req;
    return INFEXT_OK;
}
