/* The two data-layer plugin types, for the registry's list of built-ins.
 * Their instances have no scheduling role: with them registered, a
 * scheduler accepts configs that name them and checks their parameters;
 * infext_datalayer_new() builds the runtime objects from the same config. */
#ifndef INFEXT_METRICS_PLUGIN_TYPES_H
#define INFEXT_METRICS_PLUGIN_TYPES_H

#include "infext/plugin.h"

extern const infext_plugin_type infext__metrics_source_type;
extern const infext_plugin_type infext__metrics_extractor_type;

/* The parameters of data-layer type `type` (and, one level down, the
 * members of its list parameters), for the plugin catalogue: `line` is
 * called once a parameter, depth 0 or 1, with its kind as text. */
void infext__metrics_params_each(const char *type,
                                 void (*line)(void *ctx, int depth, const char *name,
                                              const char *kind, const char *def, const char *doc),
                                 void *ctx);

#endif
