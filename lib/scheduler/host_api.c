/* The host-function table handed to loaded plugin modules. */
#include "scheduler/sched.h"

#define ENTRY(ret, name, params) infext_##name,

static const infext_host_api table = {
    INFEXT_PLUGIN_ABI_VERSION,
    (unsigned int)sizeof(infext_host_api),
    INFEXT_HOST_API_FUNCS(ENTRY)
};

INFEXT_API const infext_host_api *infext_host_api_get(void)
{
    return &table;
}
