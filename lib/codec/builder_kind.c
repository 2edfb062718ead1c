/* The typed builder's kind dispatch: a document is buffered as a raw value
 * until its apiVersion and kind are known, then replayed into the root of
 * that kind; a List read by a reader is split into its items, each a root
 * of its own. */
#include "codec/builder_int.h"
#include "types/generated/types_gen.h"
#include "util/alloc.h"

#include <string.h>

static int start_root(infext__builder *b, infext__frame *fr, const infext__kind_desc *k, int split_item)
{
    /* A List read by a reader yields its items, each a root of its own;
     * the List itself is not kept. */
    if (b->split_lists && k->list_of && !split_item && b->depth == 1) {
        fr->type = FR_GLIST;
        fr->desc = k->list_of;
        fr->pending = P_NONE;
        fr->unknown_policy = infext__b_resolve_unknown(b, k);
        return 0;
    }
    /* The root's arena, made before parsing where it could be (see
     * infext__builder_prepare); a later item of a List is sized from the
     * item before it, not from the whole input. */
    infext__arena *arena = b->spare_root;
    b->spare_root = NULL;
    int list_item = b->depth >= 2 && b->frames[b->depth - 2].type == FR_GITEMS; /* typed or v1 List */
    if (!arena && list_item && b->n_out > b->n_taken)
        arena = infext__arena_new(infext__b_item_block_size(b, ((infext__hdr *)b->out[b->n_out - 1])->arena));
    else if (!arena)
        arena = infext__arena_new(infext__b_root_block_size(b));
    infext__hdr *root = arena ? infext__struct_new(arena, k->type) : NULL;
    if (!root) {
        infext__arena_free(arena);
        return infext__b_oom(b);
    }
    root->is_root = 1;
    if (infext__b_add_output(b, root) != 0) return -1;
    fr->type = FR_STRUCT;
    fr->obj = root;
    fr->desc = k->type;
    fr->is_list_item_root = (uint8_t)split_item;
    fr->unknown_policy = infext__b_resolve_unknown(b, k);
    fr->diags_start = b->diags ? b->diags->len : 0;
    infext__b_record_pos(b, root, 0, fr->val.pos);
    if (b->src) { /* JSON: the root keeps its document's text for positions */
        infext__extra *x = infext__extra_get(root);
        if (!x) return infext__b_oom(b);
        x->src = infext__source_retain(b->src);
        if (list_item) x->src_item = b->frames[b->depth - 2].index + 1;
    }
    return 0;
}

int infext__b_begin_document(infext__builder *b, uint8_t vt, infext__pos pos)
{
    if (vt != INFEXT__V_OBJECT)
        return infext__b_fail(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, pos,
                              "Invalid value: \"array\": a document must be an object");
    if (b->fixed_kind) {
        if (infext__b_push(b, FR_STRUCT, pos) != 0) return -1;
        return start_root(b, infext__b_top(b), b->fixed_kind, 0);
    }
    if (infext__b_push(b, FR_DISPATCH, pos) != 0) return -1;
    infext__b_top(b)->val.type = INFEXT__V_OBJECT;
    return 0;
}

/* ----------------------------------------------- the document's type -- */

/* Keep the document's apiVersion (0), kind (1) or name (2) as the reader
 * reports it. */
static int keep_document_text(infext__builder *b, int which, const char *s, size_t len)
{
    char *text = b->doc_type_meta_text[which];
    if (len >= sizeof b->doc_type_meta_text[0]) {
        infext__free(b->doc_type_meta_long[which]);
        text = b->doc_type_meta_long[which] = infext__malloc(len + 1);
        if (!text) return infext__b_oom(b);
    }
    memcpy(text, s, len);
    text[len] = '\0';
    b->doc_type_meta[which] = text;
    return 0;
}

/* The member `key` of a buffered mapping, or NULL. */
static const infext__value *member_of(const infext__value *v, const char *key, size_t len)
{
    if (!v || v->type != INFEXT__V_OBJECT) return NULL;
    for (uint32_t i = 0; i < v->len; i++)
        if (v->u.members[i].key_len == len && !memcmp(v->u.members[i].key, key, len)) return &v->u.members[i].value;
    return NULL;
}

/* A document of no kind of ours was buffered whole: remember the name it
 * gives, so that a tool can say which document it could not handle. */
static int keep_document_name(infext__builder *b, const infext__value *doc)
{
    const infext__value *name = member_of(member_of(doc, "metadata", 8), "name", 4);
    if (!name || name->type != INFEXT__V_STRING) return 0;
    return keep_document_text(b, 2, name->u.s, name->len);
}

/* -------------------------------------------------- DISPATCH frames -- */

/* Check the root's apiVersion/kind once both were read from a DISPATCH. */
static int dispatch_resolved(infext__builder *b)
{
    infext__frame *fr = infext__b_top(b);
    /* the buffered keys are replayed into what the frame becomes */
    memset(&fr->keys, 0, sizeof fr->keys);
    const infext__kind_desc *k = infext__kind_lookup(fr->api_version, fr->api_version_len,
                                                     fr->kind, fr->kind_len);
    int generic_list = fr->api_version_len == 2 && memcmp(fr->api_version, "v1", 2) == 0 &&
                       fr->kind_len == 4 && memcmp(fr->kind, "List", 4) == 0;
    if (generic_list && b->split_lists && b->depth == 1) {
        fr->type = FR_GLIST;
        fr->pending = P_NONE;
    } else if (!k) {
        fr->pending = P_NONE;
        int rc = infext__b_soft(b, INFEXT_EKIND, INFEXT_ERR_NOT_SUPPORTED, fr->val.pos,
                                "unknown apiVersion/kind \"%.*s\" \"%.*s\"", (int)fr->api_version_len,
                                fr->api_version, (int)fr->kind_len, fr->kind);
        /* A document of its own stays buffered until its end, where its
         * name is looked up; nested ones are skipped. */
        if (b->depth > 1) {
            fr->type = FR_SKIP;
            fr->skip_depth = 0;
        }
        return rc;
    } else {
        fr->type = FR_STRUCT;
        if (start_root(b, fr, k, 0) != 0) return -1;
        fr->type_meta_seen = TYPE_META_API_VERSION | TYPE_META_KIND;
    }
    /* Replay the members that came before apiVersion and kind. A List
     * being split (v1 List or a typed one) remembers its keys anew, in a
     * new array: the buffered ones must not count as given twice. */
    infext__value buffered = fr->val;
    if (fr->type == FR_GLIST) {
        fr->val.len = 0;
        fr->val.u.members = NULL;
        fr->cap = 0;
    }
    for (uint32_t i = 0; i < buffered.len; i++) {
        const infext__member *m = &buffered.u.members[i];
        if (infext__b_key(b, m->key, m->key_len, m->value.pos) != 0) return -1;
        if (infext__b_replay(b, &m->value) != 0) return -1;
    }
    return 0;
}

static int is_api_version(const char *key, size_t len) { return len == 10 && memcmp(key, "apiVersion", 10) == 0; }

static int is_kind(const char *key, size_t len) { return len == 4 && memcmp(key, "kind", 4) == 0; }

static int dispatch_key(infext__builder *b, infext__frame *fr, const char *key, size_t len, infext__pos pos)
{
    const char *spelling = NULL;
    uint8_t pending = P_FIELD;
    if (is_api_version(key, len)) {
        spelling = "apiVersion";
        pending = P_APIVERSION;
    } else if (is_kind(key, len)) {
        spelling = "kind";
        pending = P_KIND;
    }
    if (infext__b_member_key(b, fr, key, len, pos, spelling, pending) != 0) return -1;
    if ((pending == P_APIVERSION && fr->api_version) || (pending == P_KIND && fr->kind))
        return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos, "duplicate key \"%.*s\"", (int)len, key);
    return 0;
}

static int dispatch_has_key(const infext__frame *fr, const char *key, size_t len)
{
    if ((is_api_version(key, len) && fr->api_version) || (is_kind(key, len) && fr->kind)) return 1;
    return infext__b_members_have(fr, key, len);
}

static int dispatch_begin(infext__builder *b, infext__frame *fr, uint8_t vt, infext__pos pos)
{
    if (fr->pending == P_APIVERSION || fr->pending == P_KIND) {
        if (infext__b_soft(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, pos, "Invalid value: \"%s\": must be a string",
                           infext__b_vtype_name(vt)) != 0)
            return -1;
        fr->pending = P_NONE;
        return infext__b_push(b, FR_SKIP, pos);
    }
    return infext__b_value_begin(b, vt, pos);
}

/* apiVersion or kind: short spellings (all real ones) are kept in the
 * builder, so that a document that starts with them needs no scratch
 * arena. */
static int dispatch_type_meta(infext__builder *b, infext__frame *fr, const infext__scalar *s)
{
    if (s->type != INFEXT__V_STRING) {
        fr->pending = P_NONE;
        return infext__b_soft(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, s->pos,
                              "Invalid value: \"%s\": must be a string", infext__b_vtype_name(s->type));
    }
    char *copy = b->type_meta[fr->pending == P_KIND];
    if (s->len < sizeof b->type_meta[0]) {
        memcpy(copy, s->s, s->len);
        copy[s->len] = '\0';
    } else {
        infext__arena *arena = infext__b_scratch(b);
        if (!arena || !(copy = infext__arena_strndup(arena, s->s, s->len))) return infext__b_oom(b);
    }
    /* kept for infext_reader_document_type(), which item dispatches must not overwrite */
    if (b->depth == 1 && keep_document_text(b, fr->pending == P_KIND, s->s, s->len) != 0) return -1;
    if (fr->pending == P_APIVERSION) {
        fr->api_version = copy;
        fr->api_version_len = s->len;
    } else {
        fr->kind = copy;
        fr->kind_len = s->len;
    }
    fr->pending = P_NONE;
    if (fr->api_version && fr->kind) return dispatch_resolved(b);
    return 0;
}

static int dispatch_scalar(infext__builder *b, infext__frame *fr, const infext__scalar *s)
{
    if (fr->pending == P_APIVERSION || fr->pending == P_KIND) return dispatch_type_meta(b, fr, s);
    infext__value v;
    if (infext__b_scalar_value(b, &v, s) != 0) return -1;
    return infext__b_value_append(b, fr, &v);
}

static int dispatch_end(infext__builder *b, infext__frame *fr)
{
    if (b->depth == 1 && keep_document_name(b, &fr->val) != 0) return -1;
    if (fr->api_version && fr->kind) return infext__b_pop(b); /* a kind not ours, reported */
    /* The mapping ended before apiVersion and kind were both seen. */
    int rc;
    if (!fr->api_version && !fr->kind)
        rc = infext__b_soft(b, INFEXT_EKIND, INFEXT_ERR_REQUIRED, fr->val.pos, "apiVersion and kind are required");
    else if (!fr->api_version)
        rc = infext__b_soft(b, INFEXT_EKIND, INFEXT_ERR_REQUIRED, fr->val.pos, "apiVersion is required");
    else
        rc = infext__b_soft(b, INFEXT_EKIND, INFEXT_ERR_REQUIRED, fr->val.pos, "kind is required");
    if (rc != 0) return rc;
    return infext__b_pop(b);
}

const infext__frame_ops infext__b_dispatch_ops = {
    .key = dispatch_key,
    .has_key = dispatch_has_key,
    .begin = dispatch_begin,
    .scalar = dispatch_scalar,
    .end = dispatch_end,
    .scalar_refused = infext__b_clear_pending,
};

/* -------------------------------------------------------- split Lists -- */

/* A List is dispatched once its apiVersion and kind are known, so either
 * again is a duplicate; other keys are remembered (names only) to catch
 * theirs. */
static int glist_key(infext__builder *b, infext__frame *fr, const char *key, size_t len, infext__pos pos)
{
    int failed = 0;
    int dup = is_api_version(key, len) || is_kind(key, len) ||
              infext__b_key_repeats(b, fr, key, len, fr->val.u.members, fr->val.len, infext__b_member_key_at, &failed);
    if (dup) return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_DUPLICATE, pos, "duplicate key \"%.*s\"", (int)len, key);
    if (failed) return infext__b_oom(b);
    /* Only the names are kept: append a member without a value. */
    infext__value name;
    memset(&name, 0, sizeof name);
    fr->key_pos = (infext__pos){0, 0};
    infext__arena *arena = infext__b_scratch(b);
    if (!arena || !(fr->key = infext__arena_strndup(arena, key, len))) return infext__b_oom(b);
    fr->key_len = len;
    if (infext__b_value_append(b, fr, &name) != 0 || infext__b_key_kept(b, fr, fr->key, len) != 0)
        return infext__b_oom(b);
    /* Only `items` matters here; the key text may not outlive the event,
     * so paths use a static spelling. */
    fr->key_pos = pos;
    if (len == 5 && memcmp(key, "items", 5) == 0) {
        fr->key = "items";
        fr->key_len = 5;
        fr->pending = P_FIELD;
    } else {
        fr->key = NULL;
        fr->key_len = 0;
        fr->pending = P_IGNORE;
    }
    return 0;
}

static int glist_begin(infext__builder *b, infext__frame *fr, uint8_t vt, infext__pos pos)
{
    if (fr->pending == P_FIELD && vt == INFEXT__V_ARRAY) {
        const infext__struct_desc *item_desc = fr->desc;
        if (infext__b_push(b, FR_GITEMS, pos) != 0) return -1;
        infext__b_top(b)->desc = item_desc;
        return 0;
    }
    fr->pending = P_NONE;
    return infext__b_push(b, FR_SKIP, pos);
}

static int glist_scalar(infext__builder *b, infext__frame *fr, const infext__scalar *s)
{
    (void)b, (void)s;
    fr->pending = P_NONE;
    return 0;
}

const infext__frame_ops infext__b_glist_ops = {
    .key = glist_key,
    .begin = glist_begin,
    .scalar = glist_scalar,
    .child_done = infext__b_clear_pending,
};

static int gitems_begin(infext__builder *b, infext__frame *fr, uint8_t vt, infext__pos pos)
{
    if (vt != INFEXT__V_OBJECT) {
        if (infext__b_soft(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, pos,
                           "Invalid value: \"array\": a List item must be an object") != 0)
            return -1;
        fr->index++;
        return infext__b_push(b, FR_SKIP, pos);
    }
    if (fr->desc) { /* items of a typed List */
        const infext__kind_desc *k = fr->desc->kind;
        if (infext__b_push(b, FR_STRUCT, pos) != 0) return -1;
        return start_root(b, infext__b_top(b), k, 1);
    }
    if (infext__b_push(b, FR_DISPATCH, pos) != 0) return -1;
    infext__b_top(b)->val.type = INFEXT__V_OBJECT;
    return 0;
}

static int gitems_scalar(infext__builder *b, infext__frame *fr, const infext__scalar *s)
{
    int rc = infext__b_soft(b, INFEXT_EKIND, INFEXT_ERR_TYPE_INVALID, s->pos,
                            "Invalid value: \"%s\": a List item must be an object", infext__b_vtype_name(s->type));
    fr->index++;
    return rc;
}

const infext__frame_ops infext__b_gitems_ops = {
    .begin = gitems_begin,
    .scalar = gitems_scalar,
    .child_done = infext__b_next_index,
    .scalar_refused = infext__b_next_index,
};
