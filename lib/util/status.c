#include "infext/common.h"
#include "util/alloc.h"

INFEXT_API const char *infext_version(void) { return INFEXT_VERSION_STRING; }

INFEXT_API unsigned int infext_version_number(void) { return INFEXT_VERSION_NUMBER; }

INFEXT_API const char *infext_strerror(infext_status status)
{
    switch (status) {
#define INFEXT_STATUS_TEXT_(name, value, text)                                 \
    case INFEXT_##name:                                                        \
        return text;
        INFEXT_STATUS_TABLE(INFEXT_STATUS_TEXT_)
#undef INFEXT_STATUS_TEXT_
    default:
        return "unknown status";
    }
}

INFEXT_API const char *infext_status_name(infext_status status)
{
    switch (status) {
#define INFEXT_STATUS_NAME_(name, value, text)                                 \
    case INFEXT_##name:                                                        \
        return #name;
        INFEXT_STATUS_TABLE(INFEXT_STATUS_NAME_)
#undef INFEXT_STATUS_NAME_
    default:
        return "UNKNOWN";
    }
}

INFEXT_API void infext_free(void *ptr) { infext__free(ptr); }
