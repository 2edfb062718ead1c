/* Descriptor tables and the in-memory layout every generated struct shares.
 * The generic engines (decode, encode, clone, equal, validate, default) walk
 * these tables by offset, protobuf-c style; the generator emits one table per
 * struct from lib/types/schema.yaml. */
#ifndef INFEXT_TYPES_SCHEMA_H
#define INFEXT_TYPES_SCHEMA_H

#include "infext/infext.h"
#include "util/arena.h"
#include "util/json_locate.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum infext__ftype {
    INFEXT__F_STRING,
    INFEXT__F_INT32,
    INFEXT__F_INT64,
    INFEXT__F_BOOL,
    INFEXT__F_DOUBLE,
    INFEXT__F_QUANTITY, /* int or string in the input, kept as text */
    INFEXT__F_OBJECT,
    INFEXT__F_LIST,    /* list of structs */
    INFEXT__F_STRLIST, /* list of strings */
    INFEXT__F_MAP,     /* string -> string */
    INFEXT__F_RAW,     /* any JSON value */
} infext__ftype;

/* Source position of a node, counted from 1; 0 = unknown: infext__pos,
 * defined beside the JSON position scanner. */

/* Generic JSON value: preserved unknown members and raw fields. */
typedef enum infext__vtype {
    INFEXT__V_NULL,
    INFEXT__V_FALSE,
    INFEXT__V_TRUE,
    INFEXT__V_INT,
    INFEXT__V_REAL,
    INFEXT__V_STRING,
    INFEXT__V_ARRAY,
    INFEXT__V_OBJECT,
} infext__vtype;

typedef struct infext__value infext__value;
typedef struct infext__member infext__member;

struct infext__value {
    uint8_t type;
    uint32_t len; /* string bytes, array items or object members */
    infext__pos pos;
    union {
        int64_t i;
        double d;
        const char *s;
        infext__value *items;
        infext__member *members;
    } u;
};

struct infext__member {
    const char *key;
    uint32_t key_len;
    infext__value value;
};

typedef struct infext__list {
    void **items; /* struct pointers, or char * for string lists */
    size_t len;
    size_t cap;
} infext__list;

typedef struct infext__kv {
    const char *key;
    const char *value;
    infext__pos pos;
} infext__kv;

typedef struct infext__map {
    infext__kv *items;
    size_t len;
    size_t cap;
} infext__map;

typedef struct infext__struct_desc infext__struct_desc;

/* Rarely used per-object data, allocated on first use so that the common
 * object stays small. */
typedef struct infext__extra {
    infext__member *unknown; /* preserved unknown members, input order */
    size_t n_unknown;
    size_t cap_unknown;
    infext__pos *pos;   /* [0] = the object itself, [1 + i] = field i */
    uint64_t bad_type;  /* fields whose input value had the wrong type */
    /* Items and map values of the wrong type the decoder dropped from this
     * object's list and map fields (the validator counts them, and numbers
     * the items after them by their place in the source). */
    struct infext__dropped {
        uint32_t field;  /* field index */
        uint32_t index;  /* source index of a list item; UINT32_MAX for a map value */
    } *dropped;
    uint32_t n_dropped, cap_dropped;
    /* KEEP_GOING: scalars a field could not take (a boolean or number where
     * a string belongs, a fraction or a number beyond int64 in an integer
     * field, an integer beyond int32), kept because the server checks them
     * against the field's enum or bounds as well. */
    struct infext__kept {
        uint32_t field;
        infext__value value; /* BOOL, INT or REAL */
    } *kept;
    uint32_t n_kept, cap_kept;
    /* Root: type errors the decoder reported for this object, and where:
     * the list, its clear count then, and its length after the last one. */
    uint32_t type_errors;
    const struct infext_diags *reported_to;
    uint64_t reported_epoch;
    size_t reported_mark;
    size_t reported_first; /* length of that list when the root was begun */
    /* Root decoded from JSON: its document's text (a reference shared with
     * the other roots of that document), where positions are looked up when
     * asked; src_item = i + 1 when the root is items[i] of that document. */
    infext__source *src;
    size_t src_item;
} infext__extra;

/* First member of every generated struct. */
typedef struct infext__hdr {
    const infext__struct_desc *desc;
    infext__arena *arena; /* the root's arena */
    uint64_t present;     /* bit i set = field i present */
    infext__extra *extra;
    uint32_t is_root;
} infext__hdr;

enum {
    INFEXT__C_REQUIRED = 1u << 0,
    INFEXT__C_MINIMUM = 1u << 1,
    INFEXT__C_MAXIMUM = 1u << 2,
    INFEXT__C_MIN_LENGTH = 1u << 3,
    INFEXT__C_MAX_LENGTH = 1u << 4,
    INFEXT__C_MIN_ITEMS = 1u << 5,
    INFEXT__C_MAX_ITEMS = 1u << 6,
    INFEXT__C_MIN_PROPS = 1u << 7,
    INFEXT__C_MAX_PROPS = 1u << 8,
};

/* A schema default as constant data, generated from schema.yaml's
 * `default` (the generator refuses one that does not fit its field's type,
 * so a value always fits the field that carries it). The tag says which
 * member of `u` holds it. */
typedef enum infext__default_tag {
    INFEXT__D_STRING,  /* string and quantity fields: u.s */
    INFEXT__D_INT,     /* int32 and int64 fields: u.i */
    INFEXT__D_BOOL,    /* u.b */
    INFEXT__D_DOUBLE,  /* u.d */
    INFEXT__D_OBJECT,  /* u.members[len] */
    INFEXT__D_LIST,    /* list of structs: u.items[len], each an OBJECT */
    INFEXT__D_STRLIST, /* u.strings[len] */
    INFEXT__D_MAP,     /* u.strings[2 * len]: key, value, key, value, ... */
} infext__default_tag;

typedef struct infext__default_member infext__default_member;

typedef struct infext__default_value {
    uint8_t tag;  /* infext__default_tag */
    uint32_t len; /* members, items, strings or entries; 0 for a scalar */
    union {
        const char *s;
        int64_t i;
        bool b;
        double d;
        const infext__default_member *members;
        const struct infext__default_value *items;
        const char *const *strings;
    } u;
} infext__default_value;

/* A member of an OBJECT default: field `field` of the object's struct
 * descriptor (the index is resolved by the generator), in the order the
 * schema writes the members. */
struct infext__default_member {
    uint32_t field;
    infext__default_value value;
};

/* Schema constraints of a field (or of a map's values). */
typedef struct infext__constraints {
    uint32_t flags;
    int64_t minimum;
    int64_t maximum;
    uint32_t min_length;
    uint32_t max_length;
    uint32_t min_items;
    uint32_t max_items;
    uint32_t min_props;
    uint32_t max_props;
    const char *const *enum_values; /* NULL-terminated, or NULL */
    int pattern;                    /* index into infext__patterns, -1 none */
    const char *format;             /* "date-time", "duration", or NULL */
    const char *list_map_key;       /* x-kubernetes-list-map-keys, or NULL */
    const infext__default_value *default_value; /* the schema default, or NULL */
    const struct infext__constraints *value; /* map values, or NULL */
} infext__constraints;

typedef struct infext__field {
    const char *json;
    const char *alias; /* another accepted input spelling, or NULL */
    const char *doc;
    uint16_t json_len;
    uint8_t type;  /* infext__ftype */
    uint8_t index; /* presence bit */
    uint32_t offset;
    const infext__struct_desc *elem; /* OBJECT and LIST */
    const infext__constraints *c;
    uint8_t bundles;     /* bit i: bundle i + 1 (infext_bundle) has the field */
    uint8_t required_in; /* bit i: bundle i + 1 requires it */
    uint8_t dialects;    /* bit i: EndpointPickerConfig dialect i + 1 defines it */
    uint8_t integer_in;  /* bit i: it is an integer in dialect i + 1 */
} infext__field;

typedef enum infext__unknown_default {
    INFEXT__UNKNOWN_PRESERVE,
    INFEXT__UNKNOWN_STRICT,
} infext__unknown_default;

/* Root kinds: apiVersion + kind and their behaviour. */
typedef struct infext__kind_desc {
    infext_kind kind;
    const char *api_version;
    const char *kind_name;
    const infext__struct_desc *type;
    const infext__struct_desc *list_of; /* element struct for List kinds */
    const struct infext__kind_desc *list_kind; /* the List kind of a kind */
    uint8_t unknown_default;
    uint8_t has_metadata; /* ObjectMeta at "metadata" */
    uint8_t bundles;      /* bit i: bundle i + 1 (infext_bundle) serves the kind */
} infext__kind_desc;

/* A CRD bundle: its name ("v1.4.0"), a title and what changed in it. */
typedef struct infext__bundle_desc {
    infext_bundle bundle;
    const char *name;
    const char *title;
    const char *changes;
} infext__bundle_desc;

/* An EndpointPickerConfig dialect (schema.yaml epcDialects). Lists are
 * NULL-terminated; api_versions[0] is the one migration writes. */
typedef struct infext__epc_dialect_desc {
    infext_epc_dialect dialect;
    const char *name;
    const char *title;
    const char *const api_versions[3];
    const char *const gates[8];
    const char *const drop_gates[4];
} infext__epc_dialect_desc;

/* The bit of a bundle in the masks above; INFEXT_BUNDLE_NEWEST is the last. */
uint8_t infext__bundle_bit(infext_bundle bundle);

struct infext__struct_desc {
    const char *name;   /* schema name, e.g. "V1InferencePool" */
    const char *c_name; /* e.g. "v1_inference_pool" */
    const char *doc;
    size_t size;
    const infext__field *fields;
    uint32_t n_fields;
    const infext__kind_desc *kind; /* root kinds only */
};

/* Field access by descriptor. */
#define INFEXT__AT(obj, field, type) ((type *)((char *)(obj) + (field)->offset))
#define INFEXT__CAT(obj, field, type)                                          \
    ((const type *)((const char *)(obj) + (field)->offset))

static inline bool infext__has(const void *obj, const infext__field *f)
{
    return (((const infext__hdr *)obj)->present >> f->index) & 1u;
}

static inline void infext__mark(void *obj, const infext__field *f)
{
    ((infext__hdr *)obj)->present |= (uint64_t)1 << f->index;
}

/* Generated tables (lib/types/generated/types_gen.c). */
extern const infext__kind_desc infext__kinds[];
extern const size_t infext__n_kinds;
extern const char *const infext__patterns[];
extern const size_t infext__n_patterns;
extern const char *const infext__pattern_names[];
extern const infext__bundle_desc infext__bundles[];
extern const size_t infext__n_bundles;

const infext__kind_desc *infext__kind_by_id(infext_kind kind);
const infext__kind_desc *infext__kind_lookup(const char *api_version, size_t av_len,
                                             const char *kind, size_t kind_len);
const infext__field *infext__field_lookup(const infext__struct_desc *desc,
                                          const char *key, size_t len);

/* Object engine (lib/types/object.c). */
void *infext__struct_new(infext__arena *arena, const infext__struct_desc *desc);
void *infext__root_new(const infext__struct_desc *desc);
/* Same, with the first arena block sized for about `bytes` of content. */
void *infext__root_new_sized(const infext__struct_desc *desc, size_t bytes);
void infext__root_free(void *obj);
void *infext__root_clone(const void *obj);
bool infext__struct_equal(const void *a, const void *b);
infext__extra *infext__extra_get(void *obj);
void *infext__deep_copy(infext__arena *arena, const void *src);
int infext__value_copy(infext__arena *arena, infext__value *dst, const infext__value *src);
bool infext__value_equal(const infext__value *a, const infext__value *b);

/* Position of the value at `path` (API-server form) below `node`, or of the
 * nearest enclosing value that has one; false when none is known. */
bool infext__path_position(infext__pos *out, const void *node, const char *path);

/* Give each diagnostic from index `from` on that has a path but no position
 * the position of that path below `root` (config checks made after decoding). */
void infext__diags_locate(infext_diags *diags, size_t from, const void *root);

/* Accessor helpers used by generated code. All return INFEXT_EINVAL for a
 * NULL object and INFEXT_ENOMEM when the arena cannot grow. */
infext_status infext__set_string(void *obj, const infext__field *f, const char *value);
void infext__clear_field(void *obj, const infext__field *f);
infext_status infext__ensure_object(void **out, void *obj, const infext__field *f);
infext_status infext__list_insert(void **out, void *obj, const infext__field *f, size_t index);
infext_status infext__strlist_insert(void *obj, const infext__field *f, size_t index, const char *value);
infext_status infext__list_remove(void *obj, const infext__field *f, size_t index);
const char *infext__map_get(const void *obj, const infext__field *f, const char *key);
infext_status infext__map_set(void *obj, const infext__field *f, const char *key, const char *value);
/* Copy every entry of `s` (whose keys are distinct, as in any map) into the
 * empty map `d`, strings into `arena`. Returns 0, or -1 out of memory. */
int infext__map_copy(infext__arena *arena, infext__map *d, const infext__map *s);
infext_status infext__map_remove(void *obj, const infext__field *f, const char *key);
infext_status infext__map_at(const char **key, const char **value, const void *obj,
                             const infext__field *f, size_t index);
int infext__list_reserve(infext__arena *arena, infext__list *list, size_t need);

/* Typed schema defaults (lib/types/default_value.c). */
/* Put `value` into field `f` of `obj` (strings into the root's arena) and
 * mark it present; a list is replaced, a map gets the entries added. Returns
 * INFEXT_OK, INFEXT_EINVAL for a NULL argument, INFEXT_ENOMEM (the field may
 * then be half-built: the caller clears it). `value` must fit `f`, as every
 * generated default fits the field carrying it. */
infext_status infext__default_put(void *obj, const infext__field *f, const infext__default_value *value);
struct infext__buf;
/* Append `value` to `b` as compact JSON text, members in the schema's
 * order; `desc` is the struct of an OBJECT value or of a LIST's items. */
void infext__default_render(struct infext__buf *b, const infext__default_value *value,
                            const infext__struct_desc *desc);

#endif
