/* The strict parameter reader's internal extensions, for the built-in plugin
 * types that live in other modules (lib/metrics, lib/saturation): what the
 * public infext_params_* API does not offer plugin authors yet. */
#ifndef INFEXT_SCHEDULER_PARAMS_H
#define INFEXT_SCHEDULER_PARAMS_H

#include "infext/plugin.h"

/* Read a list parameter: *out is a reader (borrowed from `params`) whose
 * members are the list's elements, named "0", "1", ...; read each element
 * with infext_params_get_object() etc. Paths print as `key[0]`, and the
 * outer reader's infext_params_finish() reports unread members inside the
 * elements. Returns as infext_params_get_object() ("must be a list"). */
infext_status infext__params_get_list(infext_params **out, size_t *out_len,
                                      infext_params *params, const char *key);

/* Mark member `key` read without looking at it (a value the reader does
 * not describe). */
void infext__params_skip(infext_params *params, const char *key);

#endif
