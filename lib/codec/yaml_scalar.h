/* The YAML 1.1 scalar rules (yaml_scalar.c), shared by the YAML decoder
 * and the YAML writer. */
#ifndef INFEXT_CODEC_YAML_SCALAR_H
#define INFEXT_CODEC_YAML_SCALAR_H

#include "codec/decode.h"

#include <stddef.h>

/* Type a plain YAML scalar as Kubernetes' YAML 1.1 reading does. */
void infext__yaml_resolve_plain(infext__scalar *out, const char *s, size_t len);
/* Whether a YAML 1.1 reader takes this text for a timestamp. */
int infext__yaml_is_timestamp(const char *s, size_t len);

#endif
