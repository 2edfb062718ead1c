/* The two data-layer plugin types, for the registry's list of built-ins.
 * Their instances have no scheduling role: with them registered, a
 * scheduler accepts configs that name them and checks their parameters;
 * infext_datalayer_new() builds the runtime objects from the same config. */
#ifndef INFEXT_METRICS_PLUGIN_TYPES_H
#define INFEXT_METRICS_PLUGIN_TYPES_H

#include "infext/plugin.h"

extern const infext_plugin_type infext__metrics_source_type;
extern const infext_plugin_type infext__metrics_extractor_type;

#endif
