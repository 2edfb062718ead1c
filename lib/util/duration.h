/* Go durations ("200ms", "1m30s", "-1.5h") as time.ParseDuration reads them. */
#ifndef INFEXT_UTIL_DURATION_H
#define INFEXT_UTIL_DURATION_H

#include <stdint.h>

/* Parse `s` into nanoseconds. Returns 0 on success, -1 for text that is not
 * a duration, -2 for one that does not fit in an int64 of nanoseconds. */
int infext__duration_parse(int64_t *out_ns, const char *s);

#endif
