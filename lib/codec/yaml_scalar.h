/* The YAML 1.1 scalar rules (yaml_scalar.c), shared by the YAML decoder
 * and the YAML writer. */
#ifndef INFEXT_CODEC_YAML_SCALAR_H
#define INFEXT_CODEC_YAML_SCALAR_H

#include "codec/decode.h"

#include <stddef.h>

/* Whether a plain scalar starting with c can be anything but a string:
 * a keyword (yYnNtTfFoO~), a number or timestamp (sign, digit), or a
 * float or .inf/.nan ('.'). Inline, so that the decoder settles most
 * scalars (names, types, references) without a call. */
static inline int infext__yaml_plain_may_be_typed(unsigned char c)
{
    switch (c) {
    case 'y': case 'Y': case 'n': case 'N': case 't': case 'T': case 'f': case 'F': case 'o': case 'O':
    case '~': case '+': case '-': case '.':
        return 1;
    default:
        return c >= '0' && c <= '9';
    }
}

/* Type a plain YAML scalar as Kubernetes' YAML 1.1 reading does. */
void infext__yaml_resolve_plain(infext__scalar *out, const char *s, size_t len);
/* Whether a YAML 1.1 reader takes this text for a timestamp. */
int infext__yaml_is_timestamp(const char *s, size_t len);

#endif
