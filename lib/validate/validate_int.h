/* Internal side of validation: the per-call context every check reports
 * through, and the pieces (schema walker, patterns, metadata, CRD rules,
 * EndpointPickerConfig checks) that share it. */
#ifndef INFEXT_VALIDATE_INT_H
#define INFEXT_VALIDATE_INT_H

#include "infext/validate.h"
#include "types/schema.h"
#include "util/buf.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct infext__vctx {
    infext_diags *diags;
    const void *root;
    unsigned int flags;
    const char *const *extra_gates;
    size_t first_new;   /* entries before this index were there before the call */
    infext__buf path;   /* field path of the value being checked */
    void *match_data;   /* PCRE2 match data of this call, created on first use */
    size_t errors;      /* errors found by this call */
    bool blocking;      /* an error the API server lets stop the CRD rules */
    bool oom;
    bool in_meta;       /* below metadata: ObjectMeta has checks of its own */
} infext__vctx;

/* Path building: push returns the length to pop back to. */
size_t infext__vpath_field(infext__vctx *ctx, const char *name, size_t len);
size_t infext__vpath_index(infext__vctx *ctx, size_t index);
void infext__vpath_pop(infext__vctx *ctx, size_t len);

/* Append an error at the current path with a finished message. */
void infext__vreport(infext__vctx *ctx, infext_error_type type, const char *message);

/* Message pieces in Go's notation: strconv.Quote of a string, %v of a
 * float64. */
void infext__vquote(infext__buf *b, const char *s, size_t len);
void infext__vfloat(infext__buf *b, double d);

/* `<Title>: "<value>": <detail>`, the API server's ErrorBody for a string
 * value; detail is printf-formatted. */
void infext__vreport_str(infext__vctx *ctx, infext_error_type type, const char *value,
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

/* 1 match, 0 no match, -1 failure (no memory, bad pattern). */
int infext__vpattern_match(infext__vctx *ctx, int pattern, const char *s, size_t len);
void infext__vpattern_release(infext__vctx *ctx);

/* The schema walker: every OpenAPI keyword of the struct at `obj` and below. */
void infext__vwalk_struct(infext__vctx *ctx, const void *obj);

/* ObjectMeta of a namespaced custom resource (path: the current one). */
void infext__vcheck_meta(infext__vctx *ctx, const void *meta);

/* The CRD's x-kubernetes-validations rules of a struct, if it has any. */
void infext__vrules_struct(infext__vctx *ctx, const void *obj);
/* Whether a rule sits on `desc` or a struct below it. */
bool infext__vrules_reachable(const infext__struct_desc *desc, int depth);


/* EndpointPickerConfig: references, names, weights, gates (root only). */
void infext__vcheck_epc(infext__vctx *ctx, const void *config);
/* Go duration and Kubernetes quantity syntax. */
bool infext__vis_duration(const char *s);
bool infext__vis_quantity(const char *s);

#endif
