/**
 * @file explain.h
 * @brief Documentation of the schema at run time, like `kubectl explain`.
 */
#ifndef INFEXT_EXPLAIN_H
#define INFEXT_EXPLAIN_H

#include "infext/common.h"
#include "infext/types.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Describe a kind, or a field of it, as plain text: its type, whether it is
 * required, its default and bounds, its documentation, and the fields below
 * it.
 *
 * @param[out] out receives NUL-terminated text owned by the caller
 *                 (infext_free()); NULL on error.
 * @param kind the kind to describe.
 * @param field_path a dotted path of JSON field names below the kind, such
 *                   as "spec.targetPorts.number" (list items need no index);
 *                   NULL or "" for the kind itself.
 * @param diags receives the reason of an INFEXT_ENOTFOUND; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL (unknown kind or NULL @p out),
 *         INFEXT_ENOTFOUND (no such field), INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_explain(char **out, infext_kind kind, const char *field_path,
                                        infext_diags *diags);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_EXPLAIN_H */
