/* Go's text formats, read and written as Go does: durations ("200ms",
 * "1m30s", "-1.5h") as time.ParseDuration reads them, floats as
 * strconv.FormatFloat writes them, strings as strconv.Quote writes them. */
#ifndef INFEXT_UTIL_GOFORMAT_H
#define INFEXT_UTIL_GOFORMAT_H

#include "util/buf.h"

#include <stddef.h>
#include <stdint.h>

/* Parse `s` into nanoseconds. Returns 0 on success, -1 for text that is not
 * a duration, -2 for one that does not fit in an int64 of nanoseconds. */
int infext__duration_parse(int64_t *out_ns, const char *s);
/* Whether `s` is written as a duration, whether or not it fits in an int64
 * of nanoseconds (infext__duration_parse() does not return -1). */
int infext__duration_syntax_ok(const char *s);

/* Go's strconv.FormatFloat(d, 'g', -1, bits), bits 32 or 64 (with 64 also
 * what fmt's %v prints): the shortest digits that read back as the same
 * float of that size, in exponent form when the exponent is below -4 or 6
 * and above (at least two exponent digits). Infinities and NaN as Go
 * spells them: +Inf, -Inf, NaN. */
void infext__go_float(char *out, size_t cap, double d, int bits);

/* Go's strconv.Quote of the `len` bytes at `s`, appended to `b`: in double
 * quotes, printable characters as they are, the rest escaped as Go
 * escapes them (a byte that is not UTF-8 by its hex value). */
void infext__go_quote(infext__buf *b, const char *s, size_t len);

#endif
