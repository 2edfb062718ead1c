/* Go's text formats: time.ParseDuration (a sign, then one or more decimal
 * numbers each with a unit: ns, us, µs, μs, ms, s, m, h; "0" alone needs no
 * unit), strconv.FormatFloat's shortest 'g' form and strconv.Quote. */
#include "util/goformat.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int64_t unit_ns(const char **s)
{
    static const struct {
        const char *name;
        int64_t ns;
    } units[] = {{"ns", 1},
                 {"us", 1000},
                 {"\xc2\xb5s", 1000},
                 {"\xce\xbcs", 1000},
                 {"ms", 1000000},
                 {"s", 1000000000},
                 {"m", 60000000000},
                 {"h", 3600000000000}};
    const char *start = *s, *p = start;
    while (*p && *p != '.' && !(*p >= '0' && *p <= '9')) p++;
    size_t n = (size_t)(p - start);
    for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
        if (strlen(units[i].name) == n && memcmp(units[i].name, start, n) == 0) {
            *s = p;
            return units[i].ns;
        }
    }
    return 0;
}

int infext__duration_parse(int64_t *out_ns, const char *s)
{
    int neg = 0;
    if (*s == '+' || *s == '-') neg = *s++ == '-';
    if (strcmp(s, "0") == 0) {
        *out_ns = 0;
        return 0;
    }
    if (!*s) return -1;
    uint64_t total = 0; /* magnitude; at most 2^63 */
    while (*s) {
        uint64_t whole = 0;
        int digits = 0, overflow = 0;
        for (; *s >= '0' && *s <= '9'; s++, digits++) {
            if (whole > (UINT64_MAX - 9) / 10) overflow = 1;
            else whole = whole * 10 + (uint64_t)(*s - '0');
        }
        /* the fraction, scaled as Go does: up to the digits that matter */
        uint64_t frac = 0, scale = 1;
        if (*s == '.') {
            for (s++; *s >= '0' && *s <= '9'; s++, digits++) {
                if (scale > UINT64_MAX / 100 || frac > (UINT64_MAX - 9) / 10) continue;
                frac = frac * 10 + (uint64_t)(*s - '0');
                scale *= 10;
            }
        }
        if (!digits) return -1;
        int64_t unit = unit_ns(&s);
        if (!unit) return -1;
        if (overflow || whole > (UINT64_C(1) << 63) / (uint64_t)unit) return -2;
        uint64_t v = whole * (uint64_t)unit;
        v += (uint64_t)((double)frac * ((double)unit / (double)scale));
        if (v > (UINT64_C(1) << 63) || total > (UINT64_C(1) << 63) - v) return -2;
        total += v;
    }
    if (!neg && total > (uint64_t)INT64_MAX) return -2;
    *out_ns = neg ? (int64_t)(0 - total) : (int64_t)total;
    return 0;
}

int infext__duration_syntax_ok(const char *s)
{
    int64_t ns;
    return infext__duration_parse(&ns, s) != -1;
}

void infext__go_float(char *out, size_t cap, double d, int bits)
{
    if (bits == 32) d = (float)d;
    if (isnan(d) || isinf(d)) {
        snprintf(out, cap, "%s", isnan(d) ? "NaN" : d < 0 ? "-Inf" : "+Inf");
        return;
    }
    char e[64];
    int digits = 1;
    for (; digits < 17; digits++) { /* 9 digits settle a float32, 17 a double */
        snprintf(e, sizeof e, "%.*e", digits - 1, d);
        double back = strtod(e, NULL);
        if (bits == 32 ? (float)back == (float)d : back == d) break;
    }
    snprintf(e, sizeof e, "%.*e", digits - 1, d);
    int exp = atoi(strchr(e, 'e') + 1);
    if (exp < -4 || exp >= 6) {
        /* C writes the mantissa as Go does ("1" or "1.5") and the exponent
         * with a sign and at least two digits, as Go does */
        snprintf(out, cap, "%s", e);
        return;
    }
    snprintf(out, cap, "%.*f", digits - 1 - exp > 0 ? digits - 1 - exp : 0, d);
}

/* Length of the UTF-8 sequence at s (1 for a stray byte) and its code point. */
static size_t utf8_next(const unsigned char *s, size_t len, uint32_t *cp)
{
    unsigned char c = s[0];
    size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || n > len) {
        *cp = 0xFFFD;
        return 1;
    }
    uint32_t v = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    *cp = v;
    return n;
}

/* strconv.Quote: printable characters as they are, the rest escaped. */
void infext__go_quote(infext__buf *b, const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    infext__buf_putc(b, '"');
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = utf8_next(p + i, len - i, &cp);
        switch (cp) {
        case '"': infext__buf_puts(b, "\\\""); break;
        case '\\': infext__buf_puts(b, "\\\\"); break;
        case '\a': infext__buf_puts(b, "\\a"); break;
        case '\b': infext__buf_puts(b, "\\b"); break;
        case '\f': infext__buf_puts(b, "\\f"); break;
        case '\n': infext__buf_puts(b, "\\n"); break;
        case '\r': infext__buf_puts(b, "\\r"); break;
        case '\t': infext__buf_puts(b, "\\t"); break;
        case '\v': infext__buf_puts(b, "\\v"); break;
        default:
            if (cp == 0xFFFD && n == 1 && p[i] >= 0x80)
                infext__buf_printf(b, "\\x%02x", p[i]);
            else if (cp < 0x20 || cp == 0x7F)
                infext__buf_printf(b, "\\x%02x", (unsigned)cp);
            else if ((cp >= 0x80 && cp < 0xA0) || cp == 0xAD || cp == 0x2028 || cp == 0x2029 ||
                     cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF)
                infext__buf_printf(b, "\\u%04x", (unsigned)cp);
            else
                infext__buf_append(b, s + i, n);
        }
        i += n;
    }
    infext__buf_putc(b, '"');
}
