/* GIE v1.5's `utilization-detector` as a plugin type, for the registry's
 * list of built-ins: it has no scheduling role; registered, it lets a
 * scheduler accept configs that name it, with its parameters checked. */
#ifndef INFEXT_SATURATION_PLUGIN_TYPE_H
#define INFEXT_SATURATION_PLUGIN_TYPE_H

#include "infext/plugin.h"

extern const infext_plugin_type infext__saturation_utilization_type;

#endif
