/* Private interface of the convert module (defaulting and conversion). */
#ifndef INFEXT_CONVERT_INTERNAL_H
#define INFEXT_CONVERT_INTERNAL_H

#include "infext/infext.h"

#include <stdint.h>

/* Schema defaults of the bundle of `bundle_bit` (see infext__bundle_bit) for
 * one struct and everything below it (lib/convert/default.c). */
infext_status infext__default_struct(void *obj, uint8_t bundle_bit);
/* infext_default() under that bundle, the kind already known to be served. */
infext_status infext__default_bundle(infext_object *obj, uint8_t bundle_bit, infext_diags *diags);

#endif
