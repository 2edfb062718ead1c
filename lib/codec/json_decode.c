/* JSON front end: jansson parses, this walks the tree into builder events. */
#include "codec/decode.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

/* Convert a jansson subtree into a raw value in one pass: sizes are known,
 * so every array is allocated once. Returns -1 on allocation failure, -2
 * when the subtree nests deeper than max_depth. */
static int to_value(infext__arena *arena, infext__value *out, json_t *v, size_t depth)
{
    memset(out, 0, sizeof(*out));
    if (depth == 0 && (json_is_object(v) || json_is_array(v))) return -2;
    switch (json_typeof(v)) {
    case JSON_OBJECT: {
        out->type = INFEXT__V_OBJECT;
        size_t n = json_object_size(v);
        if (!n) return 0;
        out->u.members = infext__arena_calloc(arena, n, sizeof(infext__member));
        if (!out->u.members) return -1;
        for (void *it = json_object_iter(v); it; it = json_object_iter_next(v, it)) {
            infext__member *m = &out->u.members[out->len];
            size_t klen = json_object_iter_key_len(it);
            m->key = infext__arena_strndup(arena, json_object_iter_key(it), klen);
            m->key_len = (uint32_t)klen;
            if (!m->key) return -1;
            int rc = to_value(arena, &m->value, json_object_iter_value(it), depth - 1);
            if (rc != 0) return rc;
            out->len++;
        }
        return 0;
    }
    case JSON_ARRAY: {
        out->type = INFEXT__V_ARRAY;
        size_t n = json_array_size(v);
        if (!n) return 0;
        out->u.items = infext__arena_calloc(arena, n, sizeof(infext__value));
        if (!out->u.items) return -1;
        for (size_t i = 0; i < n; i++)
        {
            int rc = to_value(arena, &out->u.items[i], json_array_get(v, i), depth - 1);
            if (rc != 0) return rc;
        }
        out->len = (uint32_t)n;
        return 0;
    }
    case JSON_STRING:
        out->type = INFEXT__V_STRING;
        out->len = (uint32_t)json_string_length(v);
        out->u.s = infext__arena_strndup(arena, json_string_value(v), out->len);
        return out->u.s ? 0 : -1;
    case JSON_INTEGER:
        out->type = INFEXT__V_INT;
        out->u.i = json_integer_value(v);
        return 0;
    case JSON_REAL:
        out->type = INFEXT__V_REAL;
        out->u.d = json_real_value(v);
        return 0;
    case JSON_TRUE:
        out->type = INFEXT__V_TRUE;
        return 0;
    case JSON_FALSE:
        out->type = INFEXT__V_FALSE;
        return 0;
    default:
        out->type = INFEXT__V_NULL;
        return 0;
    }
}

static int walk(infext__builder *b, json_t *v)
{
    if (json_is_object(v) || json_is_array(v)) {
        infext__arena *arena = infext__b_raw_target(b);
        if (arena) {
            infext__value value;
            size_t room = b->opts->max_depth > b->depth ? b->opts->max_depth - b->depth : 0;
            int rc = to_value(arena, &value, v, room);
            if (rc == -2)
                return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_SYNTAX, (infext__pos){0, 0},
                                      "nesting deeper than the limit of %zu levels", b->opts->max_depth);
            if (rc != 0) return infext__b_fail(b, INFEXT_ENOMEM, INFEXT_ERR_INTERNAL, (infext__pos){0, 0}, "out of memory");
            return infext__b_value(b, &value);
        }
    }
    static const infext__pos no_pos = {0, 0};
    switch (json_typeof(v)) {
    case JSON_OBJECT: {
        if (infext__b_begin_map(b, no_pos) != 0) return -1;
        for (void *it = json_object_iter(v); it; it = json_object_iter_next(v, it)) {
            const char *key = json_object_iter_key(it);
            if (infext__b_key(b, key, json_object_iter_key_len(it), no_pos) != 0) return -1;
            if (walk(b, json_object_iter_value(it)) != 0) return -1;
        }
        return infext__b_end_map(b);
    }
    case JSON_ARRAY: {
        if (infext__b_begin_seq(b, no_pos) != 0) return -1;
        size_t n = json_array_size(v);
        for (size_t i = 0; i < n; i++)
            if (walk(b, json_array_get(v, i)) != 0) return -1;
        return infext__b_end_seq(b);
    }
    default: {
        infext__scalar s;
        memset(&s, 0, sizeof s);
        switch (json_typeof(v)) {
        case JSON_STRING:
            s.type = INFEXT__V_STRING;
            s.s = json_string_value(v);
            s.len = json_string_length(v);
            break;
        case JSON_INTEGER:
            s.type = INFEXT__V_INT;
            s.i = json_integer_value(v);
            break;
        case JSON_REAL:
            s.type = INFEXT__V_REAL;
            s.d = json_real_value(v);
            break;
        case JSON_TRUE:
            s.type = INFEXT__V_TRUE;
            break;
        case JSON_FALSE:
            s.type = INFEXT__V_FALSE;
            break;
        default:
            s.type = INFEXT__V_NULL;
            break;
        }
        return infext__b_scalar(b, &s);
    }
    }
}

/* Depth of a jansson tree is bounded by jansson itself (2048); ours is
 * enforced by the builder, which stops at max_depth. */
int infext__json_parse(infext__json_tree **out, const char *data, size_t len, size_t *consumed,
                       infext__json_refusal *why)
{
    json_error_t err;
    size_t flags = JSON_REJECT_DUPLICATES | JSON_DISABLE_EOF_CHECK;
    json_t *root = json_loadb(data, len, flags, &err);
    *out = (infext__json_tree *)root;
    if (root) {
        *consumed = err.position;
        return 0;
    }
    *consumed = len;
    why->pos.line = (uint32_t)(err.line > 0 ? err.line : 0);
    why->pos.column = (uint32_t)(err.column > 0 ? err.column : 0);
    enum json_error_code code = json_error_code(&err);
    why->status = code == json_error_out_of_memory ? INFEXT_ENOMEM
                  : code == json_error_stack_overflow ? INFEXT_ELIMIT
                                                      : INFEXT_EPARSE;
    why->type = code == json_error_duplicate_key ? INFEXT_ERR_DUPLICATE : INFEXT_ERR_SYNTAX;
    /* A repeated key or a number too large for jansson is still JSON text
     * (and YAML would read the rest of it otherwise); a syntax error means
     * the text is not JSON at all. */
    why->not_json = code != json_error_out_of_memory && code != json_error_duplicate_key &&
                    code != json_error_numeric_overflow && code != json_error_stack_overflow;
    why->cut_short = code == json_error_premature_end_of_input;
    if (code == json_error_stack_overflow) /* jansson's build constant, below the server's 10000 */
        snprintf(why->text, sizeof why->text, "nesting deeper than the JSON parser's limit of %d levels",
                 JSON_PARSER_MAX_DEPTH);
    else
        snprintf(why->text, sizeof why->text, "%s", err.text);
    return -1;
}

int infext__json_walk(infext__builder *b, infext__json_tree *tree, const char *text, size_t len,
                      infext__pos base)
{
    /* The text goes with the objects made, so that a position is worked
     * out when something is reported: a copy, as the caller's buffer may
     * not outlive them. */
    b->src = infext__source_new(text, len, base);
    int rc = b->src ? walk(b, (json_t *)tree)
                    : infext__b_fail(b, INFEXT_ENOMEM, INFEXT_ERR_INTERNAL, (infext__pos){0, 0}, "out of memory");
    infext__source_release(b->src);
    b->src = NULL;
    json_decref((json_t *)tree);
    return rc;
}

void infext__json_tree_free(infext__json_tree *tree) { json_decref((json_t *)tree); }

int infext__json_refused(infext__builder *b, const infext__json_refusal *why)
{
    return infext__b_fail(b, why->status, why->type, why->pos, "%s", why->text);
}

int infext__json_feed(infext__builder *b, const char *data, size_t len, size_t *consumed, infext__pos base)
{
    infext__json_tree *tree = NULL;
    infext__json_refusal why;
    if (infext__json_parse(&tree, data, len, consumed, &why) != 0) {
        /* jansson counts from the start of this value's text */
        if (why.pos.line) {
            if (why.pos.line == 1) why.pos.column += base.column - 1;
            why.pos.line += base.line - 1;
        }
        return infext__json_refused(b, &why);
    }
    return infext__json_walk(b, tree, data, *consumed, base);
}

infext_status infext__raw_set_json(void *obj, const infext__field *f, const char *json)
{
    if (!obj) return INFEXT_EINVAL;
    if (!json) {
        infext__clear_field(obj, f);
        return INFEXT_OK;
    }
    json_error_t err;
    json_t *root = json_loads(json, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &err);
    if (!root) return json_error_code(&err) == json_error_out_of_memory ? INFEXT_ENOMEM : INFEXT_EPARSE;
    infext__arena *arena = ((infext__hdr *)obj)->arena;
    infext__value *v = infext__arena_alloc(arena, sizeof(*v));
    int rc = v ? to_value(arena, v, root, 512) : -1;
    json_decref(root);
    if (rc != 0) return INFEXT_ENOMEM;
    *INFEXT__AT(obj, f, infext__value *) = v;
    infext__mark(obj, f);
    return INFEXT_OK;
}
