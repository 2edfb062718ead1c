/* Number text shared by the two writers (json_encode.c, yaml_encode.c).
 * Depends on nothing else of the codec. */
#ifndef INFEXT_CODEC_SCALAR_TEXT_H
#define INFEXT_CODEC_SCALAR_TEXT_H

#include "types/schema.h"
#include "util/buf.h"

/* Shortest text that reads back as the same double; integral values below
 * 1e15 without a fraction ("2", not "2.0"); "null" for NaN and infinities. */
void infext__text_double(infext__buf *out, double d);
/* An int32, int64, bool or double field of obj; nothing for other types. */
void infext__text_number_field(infext__buf *out, const void *obj, const infext__field *f);

#endif
