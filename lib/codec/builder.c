/* The typed builder: events in, objects out (see decode.h). This is its
 * core: each event goes to the handler table of the frame on top of the
 * stack (builder_int.h says which file has which frame type); errors,
 * paths, the frame stack and the life cycle are here. */
#include "codec/builder_int.h"
#include "types/generated/types_gen.h"
#include "util/alloc.h"
#include "util/path.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const infext__frame_ops *const frame_ops[FR_N_TYPES] = {
    [FR_DISPATCH] = &infext__b_dispatch_ops, [FR_STRUCT] = &infext__b_struct_ops,
    [FR_LIST] = &infext__b_list_ops,         [FR_STRLIST] = &infext__b_strlist_ops,
    [FR_MAP] = &infext__b_map_ops,           [FR_VALUE] = &infext__b_value_ops,
    [FR_GLIST] = &infext__b_glist_ops,       [FR_GITEMS] = &infext__b_gitems_ops,
    [FR_SKIP] = &infext__b_skip_ops,
};

static const infext__frame_ops *ops_of(const infext__frame *fr) { return frame_ops[fr->type]; }

/* ----------------------------------------------------------- helpers -- */

void infext__decode_options_resolve(infext_decode_options *dst, const infext_decode_options *src)
{
    infext_decode_options def = INFEXT_DECODE_OPTIONS_INIT;
    *dst = src ? *src : def;
    /* The API server's own bounds: its JSON decoder (encoding/json's scanner
     * in sigs.k8s.io/json) and go-yaml v2's scanner refuse nesting deeper
     * than 10000 levels; see docs/yaml.md. */
    if (!dst->max_depth) dst->max_depth = 10000;
    if (!dst->max_document_size) dst->max_document_size = (size_t)64 << 20;
    if (!dst->max_string_length) dst->max_string_length = (size_t)16 << 20;
    if (!dst->max_alias_expansion) dst->max_alias_expansion = 10000;
}

const char *infext__b_vtype_name(uint8_t t)
{
    switch (t) {
    case INFEXT__V_NULL: return "null";
    case INFEXT__V_FALSE:
    case INFEXT__V_TRUE: return "boolean";
    case INFEXT__V_INT: return "integer";
    case INFEXT__V_REAL: return "number";
    case INFEXT__V_STRING: return "string";
    case INFEXT__V_ARRAY: return "array";
    default: return "object";
    }
}

const char *infext__b_ftype_name(const infext__field *f)
{
    switch (f->type) {
    case INFEXT__F_STRING: return "string";
    case INFEXT__F_INT32:
    case INFEXT__F_INT64: return "integer";
    case INFEXT__F_BOOL: return "boolean";
    case INFEXT__F_DOUBLE: return "number";
    case INFEXT__F_QUANTITY: return "string or integer";
    case INFEXT__F_LIST:
    case INFEXT__F_STRLIST: return "array";
    default: return "object";
    }
}

infext__arena *infext__b_scratch(infext__builder *b)
{
    if (!b->scratch) b->scratch = infext__arena_new(4096);
    return b->scratch;
}

/* New nodes go to the arena of the nearest enclosing typed object, or to
 * the scratch arena while the kind of the document is not known. */
infext__arena *infext__b_arena(infext__builder *b)
{
    for (size_t i = b->depth; i > 0; i--) {
        infext__frame *fr = &b->frames[i - 1];
        if (fr->type == FR_STRUCT) return ((infext__hdr *)fr->obj)->arena;
        if ((fr->type == FR_LIST || fr->type == FR_STRLIST || fr->type == FR_MAP) && fr->obj)
            return ((infext__hdr *)fr->obj)->arena;
        if (fr->type != FR_VALUE) break;
    }
    return infext__b_scratch(b);
}

const char *infext__b_path(infext__builder *b)
{
    infext__buf *p = &b->path;
    if (!p->data && infext__buf_grow(p, 64) != 0) return "";
    infext__buf_truncate(p, 0);
    p->data[0] = '\0';
    for (size_t i = 0; i < b->depth; i++) {
        infext__frame *fr = &b->frames[i];
        switch (fr->type) {
        case FR_STRUCT:
        case FR_DISPATCH:
        case FR_GLIST:
        case FR_MAP:
            if (fr->pending != P_NONE && fr->key) infext__path_push_field(p, fr->key, fr->key_len);
            break;
        case FR_VALUE:
            if (fr->val.type == INFEXT__V_OBJECT && fr->key) infext__path_push_field(p, fr->key, fr->key_len);
            else if (fr->val.type == INFEXT__V_ARRAY) infext__path_push_index(p, fr->index);
            break;
        case FR_GITEMS:
            /* An item of a List being split is an object of its own: its
             * paths start at the item, as the validator's do. */
            if (i + 1 < b->depth) {
                infext__buf_truncate(p, 0);
                p->data[0] = '\0';
            } else {
                infext__path_push_index(p, fr->index);
            }
            break;
        case FR_LIST:
        case FR_STRLIST:
            infext__path_push_index(p, fr->index);
            break;
        default:
            break;
        }
    }
    return infext__path_text(p);
}

/* ------------------------------------------------------------ errors -- */

/* 1 + the index of the List item being read when a List is being split
 * (the current path is relative to that item), 0 otherwise. */
static uint32_t current_item(const infext__builder *b)
{
    for (size_t i = b->depth; i > 1; i--)
        if (b->frames[i - 2].type == FR_GITEMS) return b->frames[i - 2].index + 1;
    return 0;
}

/* 1 + the index among the outputs of the root the value being read belongs
 * to (the root being built is the last output), or 0 outside any root. */
static uint32_t current_root_output(const infext__builder *b)
{
    for (size_t i = b->depth; i > 0; i--) {
        const infext__frame *fr = &b->frames[i - 1];
        if (fr->type == FR_STRUCT && ((infext__hdr *)fr->obj)->is_root) return (uint32_t)b->n_out;
    }
    return 0;
}

/* Add a diagnostic at the current path; 0, or -1 when it could not be
 * stored. */
static int record(infext__builder *b, infext_error_type type, infext__pos pos, const char *fmt, va_list ap)
{
    infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_vprintf(&msg, fmt, ap);
    char *text = infext__buf_detach(&msg, NULL);
    if (!text) return -1;
    const char *path = infext__b_path(b);
    if (!pos.line && b->src && b->diags) infext__source_locate(&pos, b->src, current_item(b), path, !b->at_key);
    infext_status rc = infext_diags_add(b->diags, INFEXT_SEVERITY_ERROR, type, path, text,
                                        pos.line, pos.column);
    if (rc == INFEXT_OK && b->diags && b->split_lists) /* a reader hands each root its own entries */
        b->diags->items[b->diags->len - 1].owner = current_root_output(b);
    infext__free(text);
    return rc == INFEXT_OK ? 0 : -1;
}

int infext__b_oom(infext__builder *b)
{
    if (b->status == INFEXT_OK) b->status = INFEXT_ENOMEM;
    return -1;
}

/* A fatal problem: recorded, decoding of the document stops. */
int infext__b_fail(infext__builder *b, infext_status status, infext_error_type type,
                   infext__pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = record(b, type, pos, fmt, ap);
    va_end(ap);
    if (b->status == INFEXT_OK) b->status = rc == 0 ? status : INFEXT_ENOMEM;
    return -1;
}

/* A value of the wrong type was reported: the root remembers it, and where
 * it was reported, so that the validator learns it from the object and
 * never from the caller's list (which may hold other documents' errors). */
static int note_type_error(infext__builder *b)
{
    const infext__frame *fr = NULL; /* the frame of the root the value belongs to */
    for (size_t i = b->depth; i > 0 && !fr; i--)
        if (b->frames[i - 1].type == FR_STRUCT && ((infext__hdr *)b->frames[i - 1].obj)->is_root) fr = &b->frames[i - 1];
    if (!fr) return 0;
    infext__extra *x = infext__extra_get(fr->obj);
    if (!x) return infext__b_oom(b);
    if (!x->type_errors) x->reported_first = fr->diags_start;
    x->type_errors++;
    x->reported_to = b->diags;
    x->reported_epoch = b->diags ? b->diags->epoch : 0;
    x->reported_mark = b->diags ? b->diags->len : 0;
    return 0;
}

int infext__b_soft(infext__builder *b, infext_status status, infext_error_type type, infext__pos pos,
                   const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = record(b, type, pos, fmt, ap);
    va_end(ap);
    if (rc != 0) return infext__b_oom(b);
    if (b->soft_status == INFEXT_OK) b->soft_status = status;
    if (status == INFEXT_ETYPE && type == INFEXT_ERR_TYPE_INVALID) return note_type_error(b);
    return 0;
}

int infext__b_wrong_type(infext__builder *b, infext__pos pos, const char *found, int quote_found, const char *want,
                         const char *shown, const char *hint)
{
    /* the message is formatted before record() renders the path again */
    const char *q = quote_found ? "\"" : "";
    return infext__b_soft(b, INFEXT_ETYPE, INFEXT_ERR_TYPE_INVALID, pos,
                          "Invalid value: %s%s%s: %s in body must be of type %s: \"%s\"%s", q, found, q,
                          infext__b_path(b), want, shown, hint);
}

/* -------------------------------------------------------- the stack -- */

/* The stack's first capacity: enough for the depth of a configuration
 * file, in a block small enough for malloc's per-thread cache (glibc's
 * takes up to 1032 bytes); deeper documents grow it by doubling. */
#define FRAMES_FIRST 8

int infext__b_push(infext__builder *b, uint8_t type, infext__pos pos)
{
    if (b->depth >= b->opts->max_depth) {
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_SYNTAX, pos,
                              "nesting deeper than the limit of %zu levels", b->opts->max_depth);
    }
    infext__frame *frames =
        infext__grow(b->frames, &b->frames_cap, b->depth + 1, sizeof(*frames), FRAMES_FIRST, SIZE_MAX);
    if (!frames) return infext__b_oom(b);
    b->frames = frames;
    infext__frame *fr = &b->frames[b->depth++];
    memset(fr, 0, sizeof(*fr));
    fr->type = type;
    fr->val.pos = pos;
    if (b->depth > 1) fr->unknown_policy = b->frames[b->depth - 2].unknown_policy;
    return 0;
}

int infext__b_pop(infext__builder *b)
{
    b->depth--;
    if (!b->depth) return 0;
    infext__frame *parent = infext__b_top(b);
    if (ops_of(parent)->child_done) ops_of(parent)->child_done(parent);
    return 0;
}

int infext__b_add_output(infext__builder *b, void *root)
{
    void **out = infext__grow(b->out, &b->cap_out, b->n_out + 1, sizeof(void *), 4, SIZE_MAX);
    if (!out) {
        infext__root_free(root);
        return infext__b_oom(b);
    }
    b->out = out;
    b->out[b->n_out++] = root;
    return 0;
}

void infext__b_record_pos(infext__builder *b, void *obj, size_t slot, infext__pos pos)
{
    if (!b->positions || !pos.line) return;
    infext__hdr *h = obj;
    infext__extra *x = h->extra; /* most fields find it made */
    if (!x || !x->pos) {
        size_t n = (size_t)h->desc->n_fields + 1;
        if (!x) { /* the extra and its positions in one piece */
            x = infext__arena_calloc(h->arena, 1, sizeof(*x) + n * sizeof(infext__pos));
            if (!x) return;
            x->pos = (infext__pos *)(void *)(x + 1);
            h->extra = x;
        } else {
            x->pos = infext__arena_calloc(h->arena, n, sizeof(infext__pos));
            if (!x->pos) return;
        }
    }
    x->pos[slot] = pos;
}

void *infext__b_grow_u32(infext__arena *arena, void *items, uint32_t len, uint32_t *cap, size_t size, size_t first)
{
    size_t c = *cap;
    void *p = infext__arena_grow(arena, items, len, &c, (size_t)len + 1, size, first, UINT32_MAX);
    if (p) *cap = (uint32_t)c;
    return p;
}

void infext__b_clear_pending(infext__frame *fr) { fr->pending = P_NONE; }

void infext__b_next_index(infext__frame *fr) { fr->index++; }

uint8_t infext__b_resolve_unknown(infext__builder *b, const infext__kind_desc *k)
{
    if (b->opts->unknown != INFEXT_UNKNOWN_DEFAULT) return (uint8_t)b->opts->unknown;
    return k && k->unknown_default == INFEXT__UNKNOWN_STRICT ? INFEXT_UNKNOWN_STRICT
                                                              : INFEXT_UNKNOWN_PRESERVE;
}

/* ------------------------------------------------- duplicate keys -- */

/* A mapping with this many keys gets a hash set of them for the duplicate
 * check: scanning is cheaper for small ones, but quadratic. */
#define KEYSET_MIN 16

const char *infext__b_member_key_at(const void *keys, size_t i, size_t *len)
{
    const infext__member *m = (const infext__member *)keys + i;
    *len = m->key_len;
    return m->key;
}

const char *infext__b_key_repeats(infext__builder *b, infext__frame *fr, const char *key, size_t len,
                                  const void *keys, size_t n, infext__b_key_at_fn key_at, int *oom_out)
{
    *oom_out = 0;
    if (!fr->keys.cap) {
        if (n < KEYSET_MIN) {
            for (size_t i = 0; i < n; i++) {
                size_t klen;
                const char *k = key_at(keys, i, &klen);
                if (klen == len && memcmp(k, key, len) == 0) return k;
            }
            return NULL;
        }
        infext__arena *arena = infext__b_scratch(b);
        for (size_t i = 0; i < n; i++) {
            size_t klen;
            const char *k = key_at(keys, i, &klen);
            if (!arena || infext__keyset_add(&fr->keys, arena, k, klen) < 0) {
                *oom_out = 1;
                return NULL;
            }
        }
    }
    return infext__keyset_find(&fr->keys, key, len);
}

int infext__b_key_kept(infext__builder *b, infext__frame *fr, const char *key, size_t len)
{
    if (!fr->keys.cap) return 0;
    infext__arena *arena = infext__b_scratch(b);
    return arena && infext__keyset_add(&fr->keys, arena, key, len) >= 0 ? 0 : -1;
}

/* ------------------------------------------------------------ events -- */

/* A problem found while a key is read is reported at the key; one found
 * at any other event, at the value (JSON positions are looked up by that). */
static inline int key_event(infext__builder *b, const char *key, size_t len, infext__pos pos)
{
    if (!b->depth) return 0;
    infext__frame *fr = infext__b_top(b);
    if (!ops_of(fr)->key) return 0;
    b->at_key = 1;
    int rc = ops_of(fr)->key(b, fr, key, len, pos);
    b->at_key = 0;
    return rc;
}

int infext__b_key(infext__builder *b, const char *key, size_t len, infext__pos pos)
{
    /* jansson cannot hold such a key (nor read it back from JSON), so a YAML
     * one ("\0" in a quoted key) is refused as JSON's is */
    if (len && memchr(key, '\0', len))
        return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_INVALID, pos, "NUL byte in object key not supported");
    return key_event(b, key, len, pos);
}

int infext__b_key_no_nul(infext__builder *b, const char *key, size_t len, infext__pos pos)
{
    return key_event(b, key, len, pos);
}

int infext__b_has_key(infext__builder *b, const char *key, size_t len)
{
    if (!b->depth) return 0;
    const infext__frame *fr = infext__b_top(b);
    return ops_of(fr)->has_key ? ops_of(fr)->has_key(fr, key, len) : 0;
}

static int begin_container(infext__builder *b, uint8_t vt, infext__pos pos)
{
    if (b->depth == 0) return infext__b_begin_document(b, vt, pos);
    infext__frame *fr = infext__b_top(b);
    return ops_of(fr)->begin(b, fr, vt, pos);
}

int infext__b_begin_map(infext__builder *b, infext__pos pos) { return begin_container(b, INFEXT__V_OBJECT, pos); }

int infext__b_begin_seq(infext__builder *b, infext__pos pos) { return begin_container(b, INFEXT__V_ARRAY, pos); }

int infext__b_scalar(infext__builder *b, const infext__scalar *s)
{
    if (b->depth == 0)
        return infext__b_fail(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, s->pos,
                              "Invalid value: \"%s\": a document must be an object", infext__b_vtype_name(s->type));
    if (s->type == INFEXT__V_STRING && s->len > b->opts->max_string_length)
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_TOO_LONG, s->pos,
                              "string of %zu bytes is longer than the limit of %zu", s->len,
                              b->opts->max_string_length);
    infext__frame *fr = infext__b_top(b);
    if (s->type == INFEXT__V_REAL && !isfinite(s->d) && fr->type != FR_SKIP) {
        /* YAML can say .inf or .nan; JSON, and so the API server, cannot
         * (the YAML-to-JSON step fails there): refuse rather than change it. */
        int rc = infext__b_soft(b, INFEXT_ETYPE, INFEXT_ERR_INVALID, s->pos,
                                "Invalid value: \"%.*s\": infinity and NaN have no JSON representation",
                                s->s ? (int)s->len : 3, s->s ? s->s : "nan");
        if (ops_of(fr)->scalar_refused) ops_of(fr)->scalar_refused(fr);
        return rc;
    }
    /* A typed string is NUL-terminated text: one holding a NUL byte would be
     * cut short, and judged by what is left, so it is refused (raw values
     * and preserved members keep their length, and may hold it). */
    if (s->type == INFEXT__V_STRING && s->len && !s->no_nul && memchr(s->s, '\0', s->len) &&
        ((fr->type == FR_STRUCT && fr->pending != P_UNKNOWN && fr->pending != P_IGNORE) || fr->type == FR_MAP ||
         fr->type == FR_STRLIST))
        return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_INVALID, s->pos,
                              "NUL byte in a string is not supported here (only in preserved members)");
    return ops_of(fr)->scalar ? ops_of(fr)->scalar(b, fr, s) : 0;
}

static int end_container(infext__builder *b)
{
    if (!b->depth) return 0;
    infext__frame *fr = infext__b_top(b);
    return ops_of(fr)->end ? ops_of(fr)->end(b, fr) : infext__b_pop(b);
}

int infext__b_end_map(infext__builder *b) { return end_container(b); }

int infext__b_end_seq(infext__builder *b) { return end_container(b); }

int infext__b_replay(infext__builder *b, const infext__value *v)
{
    switch (v->type) {
    case INFEXT__V_OBJECT:
        if (infext__b_begin_map(b, v->pos) != 0) return -1;
        for (uint32_t i = 0; i < v->len; i++) {
            const infext__member *m = &v->u.members[i];
            if (infext__b_key(b, m->key, m->key_len, m->value.pos) != 0) return -1;
            if (infext__b_replay(b, &m->value) != 0) return -1;
        }
        return infext__b_end_map(b);
    case INFEXT__V_ARRAY:
        if (infext__b_begin_seq(b, v->pos) != 0) return -1;
        for (uint32_t i = 0; i < v->len; i++)
            if (infext__b_replay(b, &v->u.items[i]) != 0) return -1;
        return infext__b_end_seq(b);
    default: {
        infext__scalar s = {.type = v->type, .pos = v->pos};
        if (v->type == INFEXT__V_INT) s.i = v->u.i;
        else if (v->type == INFEXT__V_REAL) s.d = v->u.d;
        else if (v->type == INFEXT__V_STRING) {
            s.s = v->u.s;
            s.len = v->len;
        }
        return infext__b_scalar(b, &s);
    }
    }
}

/* ---------------------------------------------------------- lifecycle -- */

void infext__builder_init(infext__builder *b, const infext_decode_options *opts, infext_diags *diags)
{
    memset(b, 0, sizeof(*b));
    infext__buf_init(&b->path, INFEXT__BUF_MAX_TEXT);
    b->opts = opts;
    b->diags = diags;
    b->positions = (opts->flags & INFEXT_DECODE_POSITIONS) != 0;
}

int infext__b_end_document(infext__builder *b)
{
    if (b->status != INFEXT_OK) return -1;
    if (b->n_out == b->n_taken && b->soft_status == INFEXT_OK)
        return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_SYNTAX, b->doc_pos, "no document found");
    return 0;
}

void infext__builder_reset_document(infext__builder *b)
{
    for (size_t i = b->n_taken; i < b->n_out; i++) infext__root_free(b->out[i]);
    b->n_out = b->n_taken = 0;
    b->depth = 0;
    b->status = INFEXT_OK;
    b->soft_status = INFEXT_OK;
    infext__arena_reset(b->scratch); /* its blocks serve the next document */
}

void infext__builder_clear_document_type(infext__builder *b)
{
    for (int i = 0; i < 3; i++) {
        infext__free(b->doc_type_meta_long[i]);
        b->doc_type_meta_long[i] = NULL;
        b->doc_type_meta[i] = NULL;
    }
}

/* The first arena block of a root: ROOT_FIXED bytes plus a multiple of
 * the text, of which at most ROOT_HINT_MAX bytes count (a stream's later
 * documents cannot be measured in advance; this keeps the block below
 * glibc's threshold for mmap). Decoded objects take up to twice their text,
 * and twice again with the positions of YAML input, plus a fixed part that
 * small documents feel most (an EndpointPickerConfig of 400-700 bytes takes
 * 2.1-4.7 KB, a 4 KB pool 10-11 KB): one block that holds it all spares the
 * malloc of a second in the middle of the parse. */
#define ROOT_FIXED 2560
#define ROOT_HINT_MAX 16384
size_t infext__b_root_block_size(const infext__builder *b)
{
    size_t hint = b->size_hint < ROOT_HINT_MAX ? b->size_hint : ROOT_HINT_MAX;
    return ROOT_FIXED + hint * (b->positions ? 4 : 2);
}

/* The first block of a List item's root after the first: what the item
 * before it used, a quarter more and ITEM_SLACK bytes (items of one List
 * tend to be alike), never more than a root's block from the input. The
 * first item still takes the input's block: it was made before the parse. */
#define ITEM_SLACK 512
size_t infext__b_item_block_size(const infext__builder *b, const infext__arena *previous)
{
    size_t used = infext__arena_used(previous), most = infext__b_root_block_size(b);
    size_t size = used < most ? used + used / 4 + ITEM_SLACK : most;
    return size < most ? (size + 63) & ~(size_t)63 : most;
}

void infext__builder_prepare(infext__builder *b)
{
    if (b->frames_cap < FRAMES_FIRST) {
        infext__frame *frames = infext__grow(b->frames, &b->frames_cap, FRAMES_FIRST, sizeof(*frames), FRAMES_FIRST,
                                             SIZE_MAX);
        if (frames) b->frames = frames;
    }
    if (!b->spare_root) b->spare_root = infext__arena_new(infext__b_root_block_size(b));
}

void infext__builder_fini(infext__builder *b)
{
    infext__arena_free(b->spare_root);
    b->spare_root = NULL;
    infext__builder_reset_document(b);
    infext__builder_clear_document_type(b);
    infext__free(b->out);
    infext__free(b->frames);
    infext__buf_reset(&b->path);
    infext__arena_free(b->scratch);
    b->scratch = NULL;
    b->out = NULL;
    b->frames = NULL;
}
