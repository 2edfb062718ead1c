/* Internal side of validation: the per-call context every check reports
 * through, and the pieces (schema walker, patterns, metadata, CRD rules,
 * EndpointPickerConfig checks) that share it. */
#ifndef INFEXT_VALIDATE_INT_H
#define INFEXT_VALIDATE_INT_H

#include "infext/validate.h"
#include "types/schema.h"
#include "util/buf.h"
#include "util/goformat.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Deeper than any schema path (their depth is fixed by the schema, never by
 * the input); deeper segments are not recorded. */
#define INFEXT__VPATH_MAX 48

typedef struct infext__vctx {
    infext_diags *diags;
    const void *root;
    unsigned int flags;
    const char *const *extra_gates;
    bool decoder_listed; /* the decoder's type errors of this object are in the caller's list */
    infext_bundle bundle; /* the API server answered as */
    uint8_t bundle_bit;   /* its bit in the fields' bundle masks */
    /* Path of the value being checked, as segments; rendered to text only
     * when something is reported, so a valid object builds no string. */
    struct infext__vseg {
        const char *name; /* NULL for a list index */
        size_t len_or_index;
    } seg[INFEXT__VPATH_MAX];
    size_t depth;
    size_t rendered_depth; /* segments `path` holds, or SIZE_MAX */
    infext__buf path;
    void *match_data;   /* PCRE2 match data of this call, created on first use */
    size_t errors;      /* errors found by this call */
    bool blocking;      /* an error the API server lets stop the CRD rules */
    bool oom;
    bool in_meta;       /* below metadata: ObjectMeta has checks of its own */
    bool probing;       /* a silent first pass, looking for defaults to apply */
    bool needs_defaults; /* an absent field with a default sits in an object that is there */
} infext__vctx;

/* Path building: a push returns the depth to pop back to. Inline: the
 * walker pushes and pops for every value it visits. */
static inline size_t infext__vpath_push(infext__vctx *ctx, const char *name, size_t len_or_index)
{
    size_t old = ctx->depth;
    if (old < INFEXT__VPATH_MAX) {
        ctx->seg[old].name = name;
        ctx->seg[old].len_or_index = len_or_index;
    }
    ctx->depth = old + 1;
    ctx->rendered_depth = SIZE_MAX;
    return old;
}

static inline size_t infext__vpath_field(infext__vctx *ctx, const char *name, size_t len)
{
    return infext__vpath_push(ctx, name, len);
}

static inline size_t infext__vpath_index(infext__vctx *ctx, size_t index)
{
    return infext__vpath_push(ctx, NULL, index);
}

static inline void infext__vpath_pop(infext__vctx *ctx, size_t depth)
{
    ctx->depth = depth;
    ctx->rendered_depth = SIZE_MAX;
}
/* The current path as text ("" at the root; valid until the next push,
 * pop or report). */
const char *infext__vpath(infext__vctx *ctx);

/* Append an error at the current path with a finished message. */
void infext__vreport(infext__vctx *ctx, infext_error_type type, const char *message);

/* Message pieces in Go's notation (strconv.Quote of a string is
 * infext__go_quote): %v of a float64. */
void infext__vfloat(infext__buf *b, double d);

/* `<Title>: "<value>": <detail>`, the API server's ErrorBody for a string
 * value; detail is printf-formatted. */
void infext__vreport_str(infext__vctx *ctx, infext_error_type type, const char *value,
                         const char *detail_fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* Same for a value already in Go's %v notation (true, 1e+20). */
void infext__vreport_text(infext__vctx *ctx, infext_error_type type, const char *value,
                          const char *detail_fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* Same for an integer value. */
void infext__vreport_int(infext__vctx *ctx, infext_error_type type, long long value,
                         const char *detail_fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Number of characters (code points) of UTF-8 text, as Go's RuneCount. */
size_t infext__vrunes(const char *s, size_t len);

/* Kubernetes name grammars (grammar.c), over s[0..len). */
bool infext__vdns_label(const char *s, size_t len);
bool infext__vdns_subdomain(const char *s, size_t len);
bool infext__vlabel_name(const char *s, size_t len); /* a label key's name part */
typedef bool (*infext__vmatcher)(const char *s, size_t len);
/* The C matcher equivalent to a pattern of exactly this text, or NULL. */
infext__vmatcher infext__vgrammar_for(const char *pattern);

/* Compile the patterns if no call has yet (once per process, any thread);
 * before the first infext__vpattern_match of a call. */
void infext__vpatterns_ready(void);
/* 1 match, 0 no match, -1 failure (no memory, bad pattern). */
int infext__vpattern_match(infext__vctx *ctx, int pattern, const char *s, size_t len);
void infext__vpattern_release(infext__vctx *ctx);

/* The schema walker: every OpenAPI keyword of the struct at `obj` and below. */
void infext__vwalk_struct(infext__vctx *ctx, const void *obj);

/* ObjectMeta of a namespaced custom resource (path: the current one). */
void infext__vcheck_meta(infext__vctx *ctx, const void *meta);

/* The CRD's x-kubernetes-validations rules of a root object (or of each
 * item of a List kind). */
void infext__vrules_struct(infext__vctx *ctx, const void *obj);
/* Whether the CRD of a kind (or of a List kind's items) has rules. */
bool infext__vkind_has_rules(const infext__struct_desc *desc);


/* EndpointPickerConfig: references, names, weights, gates (root only). */
void infext__vcheck_epc(infext__vctx *ctx, const void *config);
/* Kubernetes quantity syntax (Go durations: util/goformat.h). */
bool infext__vis_quantity(const char *s);

#endif
