/* Private interface of the convert module (defaulting and conversion). */
#ifndef INFEXT_CONVERT_INTERNAL_H
#define INFEXT_CONVERT_INTERNAL_H

#include "infext/infext.h"

/* Schema defaults for one struct and everything below it (lib/convert/default.c). */
infext_status infext__default_struct(void *obj, infext_diags *diags);

#endif
