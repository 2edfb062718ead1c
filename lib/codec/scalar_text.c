/* Number text shared by the JSON and YAML writers: both write a number,
 * a boolean or an integer field the same way, so the two outputs read back
 * as the same value. */
#include "codec/scalar_text.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Shortest text that reads back as the same double. */
void infext__text_double(infext__buf *out, double d)
{
    char tmp[40];
    if (!isfinite(d)) { /* JSON has no such number; null is what encoders emit */
        infext__buf_puts(out, "null");
        return;
    }
    if (d == floor(d) && fabs(d) < 1e15) {
        snprintf(tmp, sizeof tmp, "%.1f", d);
        /* keep integral weights readable: 2 not 2.0 */
        size_t n = strlen(tmp);
        if (n > 2 && tmp[n - 1] == '0' && tmp[n - 2] == '.') tmp[n - 2] = '\0';
        infext__buf_puts(out, tmp);
        return;
    }
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, d);
        if (strtod(tmp, NULL) == d) break;
    }
    infext__buf_puts(out, tmp);
}

void infext__text_number_field(infext__buf *out, const void *obj, const infext__field *f)
{
    char tmp[32];
    switch (f->type) {
    case INFEXT__F_INT32:
        infext__buf_append(out, tmp, (size_t)snprintf(tmp, sizeof tmp, "%" PRId32, *INFEXT__CAT(obj, f, int32_t)));
        break;
    case INFEXT__F_INT64:
        infext__buf_append(out, tmp, (size_t)snprintf(tmp, sizeof tmp, "%" PRId64, *INFEXT__CAT(obj, f, int64_t)));
        break;
    case INFEXT__F_BOOL:
        infext__buf_puts(out, *INFEXT__CAT(obj, f, bool) ? "true" : "false");
        break;
    case INFEXT__F_DOUBLE:
        infext__text_double(out, *INFEXT__CAT(obj, f, double));
        break;
    default:
        break;
    }
}
