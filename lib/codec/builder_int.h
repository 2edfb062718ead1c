/* Private to the typed builder, which is split by concern:
 *   builder.c         the core: events in, one handler table per frame type,
 *                     errors, paths, the frame stack, life cycle;
 *   builder_struct.c  typed structs and the lists, string lists and maps
 *                     of their fields;
 *   builder_value.c   raw values (unknown members, raw fields, buffered
 *                     documents) and skipped subtrees;
 *   builder_kind.c    kind dispatch: a document's apiVersion and kind, Lists
 *                     split into their items. */
#ifndef INFEXT_CODEC_BUILDER_INT_H
#define INFEXT_CODEC_BUILDER_INT_H

#include "codec/decode.h"
#include "util/keyset.h"

#include <stdarg.h>

enum frame_type {
    FR_DISPATCH, /* a mapping whose apiVersion/kind is not known yet */
    FR_STRUCT,   /* a typed struct */
    FR_LIST,     /* list of structs (owner NULL: List items that become roots) */
    FR_STRLIST,
    FR_MAP,
    FR_VALUE,    /* a raw value being built */
    FR_GLIST,    /* a v1 List: only apiVersion, kind, metadata, items */
    FR_GITEMS,   /* items of a v1 List: each is dispatched on its own */
    FR_SKIP,     /* a subtree being skipped after an error */
    FR_N_TYPES
};

enum pending {
    P_NONE,
    P_FIELD,    /* key names field `field` */
    P_UNKNOWN,  /* key names no field: preserve, reject or drop */
    P_APIVERSION,
    P_KIND,
    P_IGNORE,   /* skip the value (e.g. metadata of a split List) */
};

enum { TYPE_META_API_VERSION = 1, TYPE_META_KIND = 2 };

struct infext__frame {
    /* The small members first, so that the frame packs without holes
     * (every push zeroes a whole frame). */
    uint8_t type;
    uint8_t pending;
    uint8_t is_list_item_root; /* STRUCT of a root made for a split List item */
    uint8_t type_meta_seen; /* root STRUCT: TYPE_META_* keys given so far */
    uint8_t unknown_policy; /* resolved infext_unknown_fields of the current root */
    uint32_t cap;      /* capacity of val's items/members */
    unsigned skip_depth;
    void *obj;                 /* STRUCT: the struct; LIST/STRLIST/MAP: the owner */
    const infext__struct_desc *desc; /* STRUCT; LIST with owner NULL: item type */
    const infext__field *field;      /* LIST/STRLIST/MAP/VALUE target, pending field */
    const char *key;                 /* pending key (path, unknown members) */
    size_t key_len;
    infext__pos key_pos;
    size_t index;    /* LIST/STRLIST/GITEMS/VALUE-array: next item index */
    uint64_t seen;   /* STRUCT: fields given so far (duplicate check) */
    infext__keyset keys;    /* keys of a large mapping (see infext__b_key_repeats) */
    infext__value val; /* VALUE and DISPATCH: the value being built */
    /* DISPATCH: */
    const char *api_version;
    size_t api_version_len;
    const char *kind;
    size_t kind_len;
    size_t diags_start;     /* root STRUCT: length of the list when it was begun */
};

/* What a frame type does with each event that reaches it while it is the
 * top of the stack. A NULL entry does nothing (has_key: answers no). */
typedef struct infext__frame_ops {
    int (*key)(infext__builder *b, infext__frame *fr, const char *key, size_t len, infext__pos pos);
    int (*has_key)(const infext__frame *fr, const char *key, size_t len);
    /* a mapping (vt INFEXT__V_OBJECT) or a sequence (INFEXT__V_ARRAY) starts */
    int (*begin)(infext__builder *b, infext__frame *fr, uint8_t vt, infext__pos pos);
    int (*scalar)(infext__builder *b, infext__frame *fr, const infext__scalar *s);
    /* the frame's own mapping or sequence ends (NULL: infext__b_pop) */
    int (*end)(infext__builder *b, infext__frame *fr);
    /* a child frame of this one is complete */
    void (*child_done)(infext__frame *fr);
    /* a scalar in this frame was refused before its handler saw it */
    void (*scalar_refused)(infext__frame *fr);
} infext__frame_ops;

extern const infext__frame_ops infext__b_struct_ops, infext__b_list_ops, infext__b_strlist_ops, infext__b_map_ops,
    infext__b_value_ops, infext__b_skip_ops, infext__b_dispatch_ops, infext__b_glist_ops, infext__b_gitems_ops;

static inline infext__frame *infext__b_top(infext__builder *b) { return &b->frames[b->depth - 1]; }

/* ---- builder.c */
/* Bytes of the first arena block of a root (infext__builder_prepare). */
size_t infext__b_root_block_size(const infext__builder *b);
size_t infext__b_item_block_size(const infext__builder *b, const infext__arena *previous);
const char *infext__b_vtype_name(uint8_t t);
const char *infext__b_ftype_name(const infext__field *f);
infext__arena *infext__b_scratch(infext__builder *b);
/* The arena of the nearest enclosing typed object, else the scratch one. */
infext__arena *infext__b_arena(infext__builder *b);
/* The path of the value being read, in the API server's form. */
const char *infext__b_path(infext__builder *b);
int infext__b_oom(infext__builder *b);
/* A recoverable problem: recorded, decoding goes on. */
int infext__b_soft(infext__builder *b, infext_status status, infext_error_type type, infext__pos pos,
                   const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
/* The API server's type error at the current path, soft (INFEXT_ETYPE):
 * `Invalid value: <found>: <path> in body must be of type <want>: "<shown>"`
 * then hint; found is quoted when quote_found. */
int infext__b_wrong_type(infext__builder *b, infext__pos pos, const char *found, int quote_found, const char *want,
                         const char *shown, const char *hint);
int infext__b_push(infext__builder *b, uint8_t type, infext__pos pos);
/* The top frame is complete: pop it and tell its parent. */
int infext__b_pop(infext__builder *b);
int infext__b_add_output(infext__builder *b, void *root);
void infext__b_record_pos(infext__builder *b, void *obj, size_t slot, infext__pos pos);
uint8_t infext__b_resolve_unknown(infext__builder *b, const infext__kind_desc *k);
/* Room for one more item in an arena array whose length and capacity are
 * uint32_t; NULL when out of memory or past UINT32_MAX items. */
void *infext__b_grow_u32(infext__arena *arena, void *items, uint32_t len, uint32_t *cap, size_t size, size_t first);
/* child_done / scalar_refused hooks most frame types share */
void infext__b_clear_pending(infext__frame *fr);
void infext__b_next_index(infext__frame *fr);
/* Duplicate keys: the earlier spelling of key among a mapping's n kept
 * keys (key_at reads them), or NULL; *oom_out on allocation failure.
 * A mapping with many keys gets a hash set of them. */
typedef const char *(*infext__b_key_at_fn)(const void *keys, size_t i, size_t *len);
const char *infext__b_member_key_at(const void *keys, size_t i, size_t *len);
const char *infext__b_key_repeats(infext__builder *b, infext__frame *fr, const char *key, size_t len,
                                  const void *keys, size_t n, infext__b_key_at_fn key_at, int *oom_out);
/* A key the mapping keeps, remembered once the mapping has a set. */
int infext__b_key_kept(infext__builder *b, infext__frame *fr, const char *key, size_t len);

/* ---- builder_value.c */
int infext__b_value_begin(infext__builder *b, uint8_t vt, infext__pos pos);
int infext__b_value_append(infext__builder *b, infext__frame *fr, const infext__value *v);
int infext__b_scalar_value(infext__builder *b, infext__value *v, const infext__scalar *s);
int infext__b_add_unknown(infext__builder *b, infext__frame *fr, const infext__value *v);
/* A key of a raw mapping being built: refused when repeated; kept as
 * `spelling` (static text) or, when NULL, as a copy. */
int infext__b_member_key(infext__builder *b, infext__frame *fr, const char *key, size_t len, infext__pos pos,
                         const char *spelling, uint8_t pending);
int infext__b_members_have(const infext__frame *fr, const char *key, size_t len);

/* ---- builder_kind.c */
/* The document's own mapping or sequence starts. */
int infext__b_begin_document(infext__builder *b, uint8_t vt, infext__pos pos);

#endif
