/* The shared machinery of infext_convert (convert_walk.c): the walk that
 * copies what has the same name and shape in both versions, the reports,
 * and the tables each kind pair gives it (convert_pool.c,
 * convert_objective.c; convert.c looks them up). */
#ifndef INFEXT_CONVERT_WALK_H
#define INFEXT_CONVERT_WALK_H

#include "types/schema.h"
#include "util/buf.h"
#include "util/path.h"

#include <string.h>

/* Results of the conversion steps: 0 goes on; these stop the walk. */
#define CONV_NO_MEMORY (-1)
#define CONV_NO_RULE (-2)

typedef struct conv {
    infext__arena *arena;   /* the target root's arena */
    const void *src_root;   /* for source positions of diagnostics */
    const char *target_version; /* "v1" or "v1alpha2", for messages */
    bool to_v1;
    unsigned int flags;
    infext_diags *diags;
    infext__buf path;       /* source path of the value being converted */
    bool lost;              /* a value would be lost and that is not allowed */
    bool oom;
} conv;

typedef int (*field_rule_fn)(conv *cv, void *dst, const void *src, const infext__field *f);
typedef int (*finish_fn)(conv *cv, void *dst, const void *src);

/* Structs that correspond across the versions. */
typedef struct struct_pair {
    const infext__struct_desc *from;
    const infext__struct_desc *to;
    finish_fn finish; /* runs after the fields, or NULL */
} struct_pair;

/* A field that is renamed, or that changes shape and has its own rule. */
typedef struct field_rule {
    const infext__struct_desc *from;
    const char *field;
    const char *to;         /* target field name when renamed, else the same name */
    field_rule_fn convert;  /* hand-written conversion, else the generic one */
} field_rule;

/* Two struct pairs, infext__desc_<a> -> infext__desc_<b> and back, neither
 * with a finish step (for the tables of struct_pair). */
#define INFEXT__CONV_BOTH_WAYS(a, b) \
    {&infext__desc_##a, &infext__desc_##b, NULL}, {&infext__desc_##b, &infext__desc_##a, NULL}

/* A source list item the conversion leaves out on purpose. */
typedef bool (*skip_fn)(const void *item);

/* The pairs and rules of one pair of kinds. */
typedef struct conv_table {
    const struct_pair *pairs;
    size_t n_pairs;
    const field_rule *rules;
    size_t n_rules;
} conv_table;

/* A conv_table over two arrays of the file that defines it. */
#define INFEXT__CONV_TABLE(pairs, rules) {pairs, sizeof pairs / sizeof pairs[0], rules, sizeof rules / sizeof rules[0]}

extern const conv_table infext__conv_pool_table;      /* InferencePool v1alpha2 <-> v1 */
extern const conv_table infext__conv_objective_table; /* x-k8s.io <-> llm-d.ai v1alpha2 */

/* The pair converting `from` to `to`, or NULL. */
const struct_pair *infext__conv_pair_for(const infext__struct_desc *from, const infext__struct_desc *to);
/* The rule for field f of `from`, or NULL. */
const field_rule *infext__conv_rule_for(const infext__struct_desc *from, const infext__field *f);

/* ---------------------------------------------------- paths and reports -- */

static inline size_t infext__conv_path_push(conv *cv, const char *name)
{
    return infext__path_push_field(&cv->path, name, strlen(name));
}

static inline size_t infext__conv_path_push_index(conv *cv, size_t index)
{
    return infext__path_push_index(&cv->path, index);
}

static inline void infext__conv_path_pop(conv *cv, size_t mark)
{
    infext__path_pop(&cv->path, mark);
}

/* A diagnostic at the current path, with its source position. */
void infext__conv_report(conv *cv, infext_severity severity, infext_error_type type, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* The value at the current path has no place in the target: an error
 * (the call fails with INFEXT_ELOSSY), or a warning when loss is allowed. */
void infext__conv_lossy(conv *cv, infext_error_type type, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* The preserved members of a struct whose target is a scalar. */
void infext__conv_drop_unknown(conv *cv, const void *src);

/* ------------------------------------------------------ generic walk -- */

/* Copy a field whose source and target have the same type and shape. */
int infext__conv_copy_same(conv *cv, void *dst, const infext__field *g, const void *src, const infext__field *f);

/* Convert list f of src into list g of dst, item by item, leaving out the
 * items `skip` names. A list that only held skipped items becomes absent; a
 * given empty list stays given. */
int infext__conv_list(conv *cv, void *dst, const infext__field *g, const void *src, const infext__field *f,
                      const struct_pair *pair, skip_fn skip);

/* Convert every given field of src into dst, then the preserved members,
 * then the pair's finish step. */
int infext__conv_struct(conv *cv, void *dst, const void *src, const struct_pair *pair);

/* Target field by name; the tables guarantee it exists. */
static inline const infext__field *infext__conv_target_field(const void *dst, const char *name)
{
    return infext__field_lookup(((const infext__hdr *)dst)->desc, name, strlen(name));
}

#endif
