/* Kubernetes quantities: the grammar of resource.ParseQuantity (and the
 * regular expression its error quotes), and their value as an integer. */
#include "util/quantity.h"

#include <limits.h>
#include <string.h>

static const struct {
    const char *name;
    unsigned base;
    int32_t exponent;
} suffixes[] = {
    {"", 10, 0},  {"n", 10, -9}, {"u", 10, -6}, {"m", 10, -3}, {"k", 10, 3},  {"M", 10, 6},
    {"G", 10, 9}, {"T", 10, 12}, {"P", 10, 15}, {"E", 10, 18}, {"Ki", 2, 10}, {"Mi", 2, 20},
    {"Gi", 2, 30}, {"Ti", 2, 40}, {"Pi", 2, 50}, {"Ei", 2, 60},
};

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* A decimal exponent: e or E, then an int32 as strconv.ParseInt reads it. */
static bool exponent_suffix(int32_t *out, const char *s)
{
    if (*s != 'e' && *s != 'E') return false;
    s++;
    bool negative = *s == '-';
    if (*s == '+' || *s == '-') s++;
    if (!*s) return false;
    long long v = 0;
    for (; *s; s++) {
        if (!is_digit(*s)) return false;
        v = v * 10 + (*s - '0');
        if (v > (long long)INT32_MAX + 1) return false;
    }
    if (!negative && v > INT32_MAX) return false;
    *out = (int32_t)(negative ? -v : v);
    return true;
}

infext__qty_status infext__quantity_parse(infext__quantity *out, const char *s)
{
    memset(out, 0, sizeof *out);
    out->negative = *s == '-';
    if (*s == '+' || *s == '-') s++;
    /* the number: digits and at most one point, at least one digit */
    const char *start = s, *point = NULL;
    for (; is_digit(*s) || *s == '.'; s++)
        if (*s == '.') {
            if (point) return INFEXT__QTY_EFORMAT;
            point = s;
        }
    size_t len = (size_t)(s - start);
    if (len == (point ? 1u : 0u)) return INFEXT__QTY_EFORMAT;
    out->digits = start;
    out->n_digits = point ? (size_t)(point - start) : len;
    out->fraction = point ? point + 1 : s;
    out->n_fraction = point ? (size_t)(s - point - 1) : 0;
    out->suffix = s;
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
        if (!strcmp(suffixes[i].name, s)) {
            out->base = suffixes[i].base;
            out->exponent = suffixes[i].exponent;
            return INFEXT__QTY_OK;
        }
    out->base = 10;
    if (exponent_suffix(&out->exponent, s)) return INFEXT__QTY_OK;
    /* what the number leaves must still look like a suffix */
    for (const char *p = s; *p; p++)
        if (!strchr("eEinumkKMGTP+-0123456789", *p)) return INFEXT__QTY_EFORMAT;
    return INFEXT__QTY_ESUFFIX;
}

/* The i-th digit of the number, the point left out. */
static int digit_at(const infext__quantity *q, size_t i)
{
    return (i < q->n_digits ? q->digits[i] : q->fraction[i - q->n_digits]) - '0';
}

infext__qty_status infext__quantity_int(long long *out, const infext__quantity *q)
{
    /* value = D * 10^e10 * 2^e2, D the significant digits */
    size_t first = 0, end = q->n_digits + q->n_fraction;
    while (first < end && digit_at(q, first) == 0) first++;
    if (first == end) {
        *out = 0;
        return INFEXT__QTY_OK;
    }
    long long e10 = (q->base == 10 ? q->exponent : 0) - (long long)q->n_fraction;
    long long e2 = q->base == 2 ? q->exponent : 0;
    for (; digit_at(q, end - 1) == 0; end--) e10++;
    uint64_t d = 0;
    for (size_t i = first; i < end; i++) {
        if (d > (UINT64_MAX - 9) / 10) return INFEXT__QTY_ERANGE;
        d = d * 10 + (uint64_t)digit_at(q, i);
    }
    /* D has no factor 10 left: dividing by 10^k needs 5^k in D, 2^k in
     * D * 2^e2 */
    for (; e10 < 0; e10++, e2--) {
        if (d % 5) return INFEXT__QTY_EFRACTION;
        d /= 5;
    }
    for (; e2 < 0; e2++) {
        if (d % 2) return INFEXT__QTY_EFRACTION;
        d /= 2;
    }
    const uint64_t limit = q->negative ? (uint64_t)LLONG_MAX + 1 : (uint64_t)LLONG_MAX;
    for (; e10 > 0; e10--) {
        if (d > limit / 10) return INFEXT__QTY_ERANGE;
        d *= 10;
    }
    for (; e2 > 0; e2--) {
        if (d > limit / 2) return INFEXT__QTY_ERANGE;
        d *= 2;
    }
    if (d > limit) return INFEXT__QTY_ERANGE;
    *out = q->negative ? (d == (uint64_t)LLONG_MAX + 1 ? LLONG_MIN : -(long long)d) : (long long)d;
    return INFEXT__QTY_OK;
}
