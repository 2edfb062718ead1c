/* The request parsers llm-d-router v0.10 registers by default
 * (openai-parser, anthropic-parser, vllmhttp-parser), the choice among
 * the configured ones by the request path, and infext_request_set_body().
 * Facts from llm-d-router v0.10.0 (pkg/epp/handlers/parsers.go, the
 * requesthandling parsers, the tokenizer's estimate backend); the code is
 * ours. */
#include "scheduler/parsers.h"

#include "infext/types.h"
#include "util/alloc.h"
#include "util/diag.h"

#include <stdio.h>
#include <string.h>

/* ------------------------------------------------- the parsers' paths -- */

static const char *const openai_paths[] = {
    "chat/completions", "completions",  "embeddings", "responses", "conversations",
    "chat/completions/render", "completions/render", "images/generations", NULL,
};
static const char *const anthropic_paths[] = {"messages", "messages/count_tokens", NULL};
static const char *const vllmhttp_paths[] = {"inference/v1/generate", NULL};

static const struct {
    const char *type;
    const char *const *paths;
} kinds[INFEXT__SCHED_PARSER_KINDS] = {
    [INFEXT__PARSER_OPENAI] = {"openai-parser", openai_paths},
    [INFEXT__PARSER_ANTHROPIC] = {"anthropic-parser", anthropic_paths},
    [INFEXT__PARSER_VLLMHTTP] = {"vllmhttp-parser", vllmhttp_paths},
};

static const unsigned char default_parsers[] = {INFEXT__PARSER_OPENAI, INFEXT__PARSER_ANTHROPIC,
                                                INFEXT__PARSER_VLLMHTTP};

static int kind_of_type(const char *type)
{
    for (int k = 0; type && k < INFEXT__SCHED_PARSER_KINDS; k++)
        if (!strcmp(type, kinds[k].type)) return k;
    return -1;
}

/* The kind of the parser a config reference names: the plugin of that
 * name, else (as the loader adds one) the built-in type of that name. */
static int kind_of_ref(const infext_scheduler *s, const char *ref)
{
    if (!ref) return -1;
    for (size_t i = 0; i < s->plugins_len; i++)
        if (s->plugins[i].name && !strcmp(s->plugins[i].name, ref))
            return kind_of_type(s->plugins[i].type->name);
    return kind_of_type(ref);
}

static void note(infext_scheduler *s, const char *ref)
{
    s->parsers_named = true;
    int k = kind_of_ref(s, ref);
    if (k < 0) return;
    for (size_t i = 0; i < s->parsers_len; i++)
        if (s->parsers[i] == k) return; /* the first of a type wins */
    s->parsers[s->parsers_len++] = (unsigned char)k;
}

void infext__sched_note_parsers(infext_scheduler *s, const infext__epc_view *v)
{
    const infext_llmd_v1alpha1_request_handler *rh =
        v->x ? infext_v1alpha1_endpoint_picker_config_get_request_handler(v->x)
             : infext_llmd_v1alpha1_endpoint_picker_config_get_request_handler(v->l);
    size_t n = rh ? infext_llmd_v1alpha1_request_handler_parsers_count(rh) : 0;
    for (size_t i = 0; i < n; i++)
        note(s, infext_v1alpha1_parser_get_plugin_ref(infext_llmd_v1alpha1_request_handler_parsers_at(rh, i)));
    const infext_v1alpha1_parser *p = v->x ? infext_v1alpha1_endpoint_picker_config_get_parser(v->x)
                                           : infext_llmd_v1alpha1_endpoint_picker_config_get_parser(v->l);
    if (p) note(s, infext_v1alpha1_parser_get_plugin_ref(p));
}

/* Does `path` (its query cut off, blanks and a trailing '/' trimmed) end
 * with `suffix`? A plain suffix test, as upstream's. */
static bool path_matches(const char *path, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);
    return len >= n && memcmp(path + len - n, suffix, n) == 0;
}

static int resolve(const unsigned char *list, size_t count, const char *path, size_t len)
{
    for (size_t i = 0; i < count; i++)
        for (const char *const *s = kinds[list[i]].paths; *s; s++)
            if (path_matches(path, len, *s)) return list[i];
    return -1;
}

/* ---------------------------------------------------------- helpers -- */

static infext_status bad(infext_diags *diags, infext_error_type type, const char *path,
                         const char *msg)
{
    infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, type, path, 0, 0, "%s", msg);
    return INFEXT_EINVAL;
}

static void put(infext__buf *b, const json_t *s)
{
    infext__buf_append(b, json_string_value(s), json_string_length(s));
}

/* A member that must be a string when present (null counts as absent). */
static bool string_or_absent(const json_t *v)
{
    return !v || json_is_null(v) || json_is_string(v);
}

/* Go's encoding/json spelling of a string: the HTML characters and the two
 * line separators escaped, control bytes as \b \f \n \r \t or \u00xx. */
static void go_string(infext__buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    infext__buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default: break;
        }
        if (esc) {
            infext__buf_puts(b, esc);
        } else if (c < 0x20) {
            char u[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
            infext__buf_puts(b, u);
        } else if (!infext__go_html_escape(b, s, n, &i)) {
            infext__buf_putc(b, (char)c);
        }
    }
    infext__buf_putc(b, '"');
}

/* A JSON value, compact, members in their order, strings as Go writes
 * them: for a member whose text cannot be found (a key spelled with
 * escapes), what Go's compaction of it gives when it holds no escapes of
 * its own and plain number spellings. */
static void go_json(infext__buf *b, const json_t *v)
{
    const char *key;
    json_t *item;
    size_t i;
    char num[40];
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        infext__buf_putc(b, '{');
        i = 0;
        json_object_foreach((json_t *)v, key, item) {
            if (i++) infext__buf_putc(b, ',');
            go_string(b, key, strlen(key));
            infext__buf_putc(b, ':');
            go_json(b, item);
        }
        infext__buf_putc(b, '}');
        return;
    case JSON_ARRAY:
        infext__buf_putc(b, '[');
        json_array_foreach(v, i, item) {
            if (i) infext__buf_putc(b, ',');
            go_json(b, item);
        }
        infext__buf_putc(b, ']');
        return;
    case JSON_STRING: go_string(b, json_string_value(v), json_string_length(v)); return;
    case JSON_INTEGER:
        snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        infext__buf_puts(b, num);
        return;
    case JSON_REAL:
        snprintf(num, sizeof num, "%.17g", json_real_value(v));
        infext__buf_puts(b, num);
        return;
    case JSON_TRUE: infext__buf_puts(b, "true"); return;
    case JSON_FALSE: infext__buf_puts(b, "false"); return;
    default: infext__buf_puts(b, "null"); return;
    }
}

/* ------------------------------------------------- anthropic-parser -- */

#define BILLING_PREFIX "x-anthropic-billing-header"

static infext_status check_content(json_t *c, const char *path, infext_diags *diags);

/* One content block: an object whose members the parser reads have their
 * types (as decoding into upstream's block type requires). */
static infext_status check_block(json_t *blk, const char *path, infext_diags *diags)
{
    char sub[256];
    if (json_is_null(blk)) return INFEXT_OK; /* decodes to an empty block */
    if (!json_is_object(blk)) return bad(diags, INFEXT_ERR_TYPE_INVALID, path, "a content block must be an object");
    static const char *const strings[] = {"type", "text", "thinking", "id", "name", "tool_use_id", NULL};
    for (const char *const *k = strings; *k; k++) {
        if (string_or_absent(json_object_get(blk, *k))) continue;
        snprintf(sub, sizeof sub, "%.200s.%s", path, *k);
        return bad(diags, INFEXT_ERR_TYPE_INVALID, sub, "must be a string");
    }
    json_t *src = json_object_get(blk, "source");
    snprintf(sub, sizeof sub, "%.200s.source", path);
    if (src && !json_is_null(src) && !json_is_object(src))
        return bad(diags, INFEXT_ERR_TYPE_INVALID, sub, "must be an object");
    static const char *const source_strings[] = {"type", "media_type", "data", "url", NULL};
    for (const char *const *k = source_strings; *k; k++) {
        if (string_or_absent(json_object_get(src, *k))) continue;
        snprintf(sub, sizeof sub, "%.200s.source.%s", path, *k);
        return bad(diags, INFEXT_ERR_TYPE_INVALID, sub, "must be a string");
    }
    snprintf(sub, sizeof sub, "%.200s.content", path);
    return check_content(json_object_get(blk, "content"), sub, diags);
}

/* A content: a string, an array of content blocks, or absent. */
static infext_status check_content(json_t *c, const char *path, infext_diags *diags)
{
    if (string_or_absent(c)) return INFEXT_OK;
    if (!json_is_array(c))
        return bad(diags, INFEXT_ERR_TYPE_INVALID, path, "must be a string or an array of content blocks");
    size_t i;
    json_t *blk;
    json_array_foreach(c, i, blk) {
        char sub[256];
        snprintf(sub, sizeof sub, "%.200s[%zu]", path, i);
        infext_status st = check_block(blk, sub, diags);
        if (st != INFEXT_OK) return st;
    }
    return INFEXT_OK;
}

static bool is_type(const json_t *blk, const char *type)
{
    const char *t = json_string_value(json_object_get(blk, "type"));
    return t && !strcmp(t, type);
}

static void put_member(infext__buf *b, const json_t *obj, const char *key)
{
    const json_t *v = json_object_get(obj, key);
    if (json_is_string(v)) put(b, v);
}

/* A tool result's content: a string, or its text blocks' text joined by
 * newlines (its images are left out). */
static void tool_result_text(infext__buf *b, const json_t *c)
{
    if (json_is_string(c)) {
        put(b, c);
        return;
    }
    size_t i, n = 0;
    json_t *item;
    json_array_foreach(c, i, item) {
        if (!is_type(item, "text")) continue;
        if (n++) infext__buf_putc(b, '\n');
        put_member(b, item, "text");
    }
}

/* The raw text of the body a parser reads. */
typedef struct raw_body {
    const char *text;
    size_t len;
} raw_body;

/* Append the raw text of the value at `steps`, compacted or verbatim;
 * `v` (the value as decoded) when its text cannot be found. */
static void put_raw(infext__buf *b, const raw_body *raw, const infext__raw_step *steps, size_t n,
                    bool compact, const json_t *v)
{
    const char *text;
    size_t len;
    if (!infext__raw_value(&text, &len, raw->text, raw->len, steps, n)) go_json(b, v);
    else if (compact) infext__raw_compact(b, text, len);
    else infext__buf_append(b, text, len);
}

/* Message `m`'s content, as the estimate flattens it: text, thinking,
 * tool use (id, name, and its input as sent), tool result; images are
 * left out. */
static void message_text(infext__buf *b, const json_t *c, const raw_body *raw, size_t m)
{
    if (json_is_string(c)) {
        put(b, c);
        return;
    }
    size_t i;
    json_t *blk;
    json_array_foreach(c, i, blk) {
        if (is_type(blk, "text")) {
            put_member(b, blk, "text");
        } else if (is_type(blk, "thinking")) {
            put_member(b, blk, "thinking");
        } else if (is_type(blk, "tool_use")) {
            put_member(b, blk, "id");
            put_member(b, blk, "name");
            const json_t *input = json_object_get(blk, "input");
            const infext__raw_step at[] = {{"messages", 0}, {NULL, m}, {"content", 0}, {NULL, i}, {"input", 0}};
            if (input) put_raw(b, raw, at, 5, false, input);
        } else if (is_type(blk, "tool_result")) {
            tool_result_text(b, json_object_get(blk, "content"));
        }
    }
}

/* The system prompt: a string, or its text blocks but the billing header. */
static void system_text(infext__buf *b, const json_t *sys)
{
    if (json_is_string(sys)) {
        put(b, sys);
        return;
    }
    size_t i;
    json_t *blk;
    json_array_foreach(sys, i, blk) {
        const char *text = json_string_value(json_object_get(blk, "text"));
        if (is_type(blk, "text") && text && *text && strncmp(text, BILLING_PREFIX, strlen(BILLING_PREFIX)))
            put(b, json_object_get(blk, "text"));
    }
}

/* The tools as Go writes upstream's tool type: name, then description,
 * input_schema, strict and defer_loading when present. */
static infext_status tools_json(infext__buf *b, json_t *tools, const raw_body *raw, infext_diags *diags)
{
    if (!tools || json_is_null(tools)) return INFEXT_OK;
    if (!json_is_array(tools)) return bad(diags, INFEXT_ERR_TYPE_INVALID, "tools", "must be an array");
    size_t i;
    json_t *t;
    json_array_foreach(tools, i, t) {
        char path[64];
        snprintf(path, sizeof path, "tools[%zu]", i);
        if (!json_is_object(t) && !json_is_null(t)) /* null decodes to an empty tool */
            return bad(diags, INFEXT_ERR_TYPE_INVALID, path, "must be an object");
        static const char *const keys[] = {"name", "description", "strict", "defer_loading"};
        for (size_t k = 0; k < 4; k++) {
            json_t *v = json_object_get(t, keys[k]);
            bool ok = k < 2 ? string_or_absent(v) : !v || json_is_null(v) || json_is_boolean(v);
            snprintf(path, sizeof path, "tools[%zu].%s", i, keys[k]);
            if (!ok) return bad(diags, INFEXT_ERR_TYPE_INVALID, path, k < 2 ? "must be a string" : "must be a boolean");
        }
        infext__buf_puts(b, i ? ",{\"name\":" : "[{\"name\":");
        const json_t *name = json_object_get(t, "name");
        go_string(b, json_string_value(name) ? json_string_value(name) : "", json_string_length(name));
        const json_t *desc = json_object_get(t, "description");
        if (json_string_length(desc)) {
            infext__buf_puts(b, ",\"description\":");
            go_string(b, json_string_value(desc), json_string_length(desc));
        }
        const json_t *schema = json_object_get(t, "input_schema");
        if (schema) {
            infext__buf_puts(b, ",\"input_schema\":");
            const infext__raw_step at[] = {{"tools", 0}, {NULL, i}, {"input_schema", 0}};
            put_raw(b, raw, at, 3, true, schema);
        }
        for (size_t k = 2; k < 4; k++) {
            const json_t *v = json_object_get(t, keys[k]);
            if (json_is_boolean(v)) infext__buf_printf(b, ",\"%s\":%s", keys[k], json_is_true(v) ? "true" : "false");
        }
        infext__buf_putc(b, '}');
    }
    if (i) infext__buf_putc(b, ']');
    return INFEXT_OK;
}

static infext_status check_messages(json_t *msgs, infext_diags *diags)
{
    if (!msgs || json_is_null(msgs) || (json_is_array(msgs) && !json_array_size(msgs)))
        return bad(diags, INFEXT_ERR_REQUIRED, "messages", "must have at least one message");
    if (!json_is_array(msgs)) return bad(diags, INFEXT_ERR_TYPE_INVALID, "messages", "must be an array");
    size_t i;
    json_t *m;
    json_array_foreach(msgs, i, m) {
        char path[64];
        snprintf(path, sizeof path, "messages[%zu]", i);
        if (json_is_null(m)) continue; /* decodes to an empty message */
        if (!json_is_object(m)) return bad(diags, INFEXT_ERR_TYPE_INVALID, path, "must be an object");
        snprintf(path, sizeof path, "messages[%zu].role", i);
        if (!string_or_absent(json_object_get(m, "role")))
            return bad(diags, INFEXT_ERR_TYPE_INVALID, path, "must be a string");
        snprintf(path, sizeof path, "messages[%zu].content", i);
        infext_status st = check_content(json_object_get(m, "content"), path, diags);
        if (st != INFEXT_OK) return st;
    }
    return INFEXT_OK;
}

/* The prompt of a Messages body: the tools (as JSON), the system prompt,
 * then each message's role and content. */
static infext_status anthropic_prompt(infext__buf *b, json_t *body, const raw_body *raw,
                                      infext_diags *diags)
{
    json_t *msgs = json_object_get(body, "messages");
    infext_status st = check_messages(msgs, diags);
    if (st == INFEXT_OK) st = check_content(json_object_get(body, "system"), "system", diags);
    if (st == INFEXT_OK) st = tools_json(b, json_object_get(body, "tools"), raw, diags);
    if (st != INFEXT_OK) return st;
    system_text(b, json_object_get(body, "system"));
    size_t i;
    json_t *m;
    json_array_foreach(msgs, i, m) {
        put_member(b, m, "role");
        message_text(b, json_object_get(m, "content"), raw, i);
    }
    return INFEXT_OK;
}

/* -------------------------------------------------- vllmhttp-parser -- */

/* The prompt of a generate body: its token ids, each as 4 little-endian
 * bytes (the tokens the prefix blocks are cut from). */
static infext_status generate_prompt(infext__buf *b, json_t *body, const raw_body *raw,
                                     infext_diags *diags)
{
    (void)raw;
    json_t *ids = json_object_get(body, "token_ids");
    if (ids && !json_is_null(ids) && !json_is_array(ids))
        return bad(diags, INFEXT_ERR_TYPE_INVALID, "token_ids", "must be an array of token ids");
    if (!json_array_size(ids))
        return bad(diags, INFEXT_ERR_REQUIRED, "token_ids", "must have non-empty token_ids field");
    size_t i;
    json_t *id;
    json_array_foreach(ids, i, id) {
        double d = json_number_value(id);
        if (!json_is_number(id) || d < 0 || d > 4294967295.0 || d != (double)(uint64_t)d) {
            char path[48];
            snprintf(path, sizeof path, "token_ids[%zu]", i);
            return bad(diags, INFEXT_ERR_INVALID, path, "must be an integer from 0 to 4294967295");
        }
        uint32_t v = (uint32_t)d;
        char le[4] = {(char)(v & 255), (char)((v >> 8) & 255), (char)((v >> 16) & 255), (char)(v >> 24)};
        infext__buf_append(b, le, 4);
    }
    return INFEXT_OK;
}

/* ---------------------------------------------- stream and the cap -- */

/* The first of `keys` holding a whole number >= 0 (others count as
 * absent), as upstream's MaxOutputTokensFromPayload. */
static bool cap_of(int64_t *out, const json_t *obj, const char *const *keys)
{
    for (; *keys; keys++) {
        const json_t *v = json_object_get(obj, *keys);
        double d = json_number_value(v);
        if (!json_is_number(v) || d < 0 || d >= 9223372036854775807.0 || d != (double)(int64_t)d) continue;
        *out = json_is_integer(v) ? (int64_t)json_integer_value(v) : (int64_t)d;
        return true;
    }
    return false;
}

/* The cap's keys for an OpenAI path, by its API, as upstream's
 * maxOutputTokensForAPI (completions when no other API matches). */
static const char *const *openai_cap_keys(const char *path, size_t len)
{
    static const char *const chat[] = {"max_completion_tokens", "max_tokens", NULL};
    static const char *const completions[] = {"max_tokens", NULL};
    static const char *const responses[] = {"max_output_tokens", NULL};
    static const char *const none[] = {NULL};
    if (path_matches(path, len, "/conversations")) return none;
    if (path_matches(path, len, "/responses")) return responses;
    if (path_matches(path, len, "/chat/completions") || path_matches(path, len, "/chat/completions/render"))
        return chat;
    if (path_matches(path, len, "/completions") || path_matches(path, len, "/completions/render"))
        return completions;
    if (path_matches(path, len, "/embeddings") || path_matches(path, len, "/images/generations")) return none;
    return completions;
}

/* What every parser reads beside the prompt: `stream` and the cap on
 * output tokens (Anthropic `max_tokens`, vLLM `sampling_params.max_tokens`,
 * OpenAI by API). */
static void note_generation(infext_request *req, const json_t *body, int kind, const char *path, size_t len)
{
    static const char *const anthropic[] = {"max_tokens", NULL};
    req->streaming = json_is_true(json_object_get(body, "stream"));
    const json_t *from = kind == INFEXT__PARSER_VLLMHTTP ? json_object_get(body, "sampling_params") : body;
    const char *const *keys = kind == INFEXT__PARSER_OPENAI ? openai_cap_keys(path, len)
                                                            : anthropic; /* vLLM's key is the same */
    req->has_max_output_tokens = json_is_object(from) && cap_of(&req->max_output_tokens, from, keys);
}

INFEXT_API bool infext_request_is_streaming(const infext_request *req)
{
    return req && req->streaming;
}

INFEXT_API bool infext_request_get_max_output_tokens(int64_t *out, const infext_request *req)
{
    if (!req || !req->has_max_output_tokens) return false;
    if (out) *out = req->max_output_tokens;
    return true;
}

/* ---------------------------------------------------- the dispatcher -- */

typedef infext_status (*prompt_fn)(infext__buf *b, json_t *body, const raw_body *raw,
                                   infext_diags *diags);

static infext_status apply(infext_request *req, json_t *body, const raw_body *raw, prompt_fn fn,
                           infext_diags *diags)
{
    if (!json_is_object(body))
        return bad(diags, INFEXT_ERR_TYPE_INVALID, "", "the request body must be a JSON object");
    if (!string_or_absent(json_object_get(body, "cache_salt")))
        return bad(diags, INFEXT_ERR_TYPE_INVALID, "cache_salt", "must be a string");
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext_status st = fn(&b, body, raw, diags);
    if (st != INFEXT_OK) {
        infext__buf_reset(&b);
        return st;
    }
    return infext__request_commit(req, &b, json_string_value(json_object_get(body, "model")),
                                  json_string_value(json_object_get(body, "cache_salt")));
}

/* The path the parsers are chosen by: the argument, else the request's
 * :path, x-original-path or x-forwarded-path header, else /v1/completions
 * (upstream's fallback); its query cut off. */
static const char *request_path(size_t *len, const infext_request *req, const char *path)
{
    static const char *const headers[] = {":path", "x-original-path", "x-forwarded-path"};
    for (size_t i = 0; (!path || !*path) && i < 3; i++) path = infext_request_get_header(req, headers[i]);
    if (!path || !*path) path = "/v1/completions";
    *len = strcspn(path, "?");
    return path;
}

INFEXT_API infext_status infext_request_set_body(infext_request *req, const struct infext_scheduler *sched,
                                                 const char *path, const char *data, size_t len,
                                                 infext_diags *diags)
{
    if (!req || (!data && len)) return INFEXT_EINVAL;
    size_t plen;
    const char *p = request_path(&plen, req, path);
    size_t start = 0, end = plen; /* blanks, then a trailing '/', trimmed for matching */
    while (start < end && (p[start] == ' ' || p[start] == '\t')) start++;
    while (end > start && (p[end - 1] == ' ' || p[end - 1] == '\t')) end--;
    if (end > start && p[end - 1] == '/') end--;
    bool configured = sched && sched->parsers_named;
    int kind = resolve(configured ? sched->parsers : default_parsers,
                       configured ? sched->parsers_len : sizeof default_parsers, p + start, end - start);
    if (kind < 0) {
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_NOT_SUPPORTED, "", 0, 0,
                          "no parser registered matching path suffix for: %.*s", (int)plen, p);
        return INFEXT_ENOTFOUND;
    }
    /* count_tokens is forwarded as it is, not parsed; each parser then
     * checks the path itself, as it stands */
    if (kind == INFEXT__PARSER_ANTHROPIC && path_matches(p, plen, "/messages/count_tokens")) return INFEXT_OK;
    bool anthropic = kind == INFEXT__PARSER_ANTHROPIC;
    if ((anthropic && !path_matches(p, plen, "/messages")) ||
        (kind == INFEXT__PARSER_VLLMHTTP && !path_matches(p, plen, "inference/v1/generate"))) {
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_NOT_SUPPORTED, "", 0, 0, "%s: %.*s",
                          anthropic ? "unsupported API endpoint" : "unsupported path", (int)plen, p);
        return INFEXT_ENOTFOUND;
    }
    json_t *body;
    infext_status st = infext__request_parse_json(&body, data ? data : "", len, diags);
    if (st != INFEXT_OK) return st;
    const raw_body raw = {data ? data : "", len};
    switch (kind) {
    case INFEXT__PARSER_ANTHROPIC: st = apply(req, body, &raw, anthropic_prompt, diags); break;
    case INFEXT__PARSER_VLLMHTTP: st = apply(req, body, &raw, generate_prompt, diags); break;
    default: st = infext__request_apply_openai(req, body, "", diags); break;
    }
    if (st == INFEXT_OK) note_generation(req, body, kind, p + start, end - start);
    json_decref(body);
    return st;
}
