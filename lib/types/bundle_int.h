/* Private side of bundles, for validation and defaulting. */
#ifndef INFEXT_TYPES_BUNDLE_INT_H
#define INFEXT_TYPES_BUNDLE_INT_H

#include "types/schema.h"

/* Whether the bundle has the field (a field of every bundle: always). */
static inline bool infext__field_in(const infext__field *f, uint8_t bundle_bit)
{
    return (f->bundles & bundle_bit) != 0;
}

/* INFEXT_OK when `bundle` serves the kind of `obj` (a root or a List item);
 * otherwise INFEXT_EKIND with the API server's error and a hint (the bundles
 * that serve it, the version to convert to) at the object's position in
 * `diags`, or INFEXT_EINVAL for an unknown bundle. */
infext_status infext__bundle_check_kind(const void *obj, infext_bundle bundle, infext_diags *diags);

#endif
