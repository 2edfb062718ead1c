/* Numbers of the metrics text format, as Go's strconv reads them. */
#include "metrics/parser_int.h"

#include "util/alloc.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>

static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;

static void make_c_locale(void)
{
    c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
}

int infext__metrics_lower_equal(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    if (len != n) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != word[i]) return 0;
    }
    return 1;
}

/* Exact powers of ten a double holds. */
static const double pow10_exact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* What the fast path leaves (long mantissas, large exponents), through
 * strtod in the C locale, whatever locale the host set: 0, -1 bad syntax,
 * -2 out of range or out of memory. */
static int parse_float_strtod(double *out, const char *s, size_t len)
{
    char local[128];
    char *buf = len < sizeof(local) ? local : infext__malloc(len + 1);
    if (!buf) return -2;
    memcpy(buf, s, len);
    buf[len] = '\0';
    pthread_once(&c_locale_once, make_c_locale);
    locale_t old = c_locale ? uselocale(c_locale) : (locale_t)0;
    errno = 0;
    char *end;
    double v = strtod(buf, &end);
    int err = errno;
    if (c_locale) uselocale(old);
    int ok = end == buf + len;
    if (buf != local) infext__free(buf);
    if (!ok) return -1;
    if (err == ERANGE && isinf(v)) return -2; /* Go: ErrRange on overflow */
    *out = v;
    return 0;
}

int infext__metrics_parse_float(double *out, const char *s, size_t len)
{
    if (!len) return -1;
    size_t i = 0;
    int neg = 0;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        i = 1;
    }
    /* Go: a sign is allowed before Inf/Infinity, not before NaN */
    if (infext__metrics_lower_equal(s + i, len - i, "inf") ||
        infext__metrics_lower_equal(s + i, len - i, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (i == 0 && infext__metrics_lower_equal(s, len, "nan")) {
        *out = NAN;
        return 0;
    }
    /* decimal syntax check, collecting up to 19 significant digits */
    uint64_t mant = 0;
    int sig = 0, exp10 = 0, digits = 0, exact = 1;
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
        if (sig < 19) {
            if (mant || s[i] != '0') mant = mant * 10 + (uint64_t)(s[i] - '0'), sig += mant != 0;
        } else {
            exp10++, exact &= s[i] == '0';
        }
    }
    if (i < len && s[i] == '.') {
        for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
            if (sig < 19) {
                if (mant || s[i] != '0') mant = mant * 10 + (uint64_t)(s[i] - '0'), sig += mant != 0;
                exp10--;
            } else {
                exact &= s[i] == '0';
            }
        }
    }
    if (!digits) return -1;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        int eneg = 0, edigits = 0;
        long e = 0;
        if (i < len && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, edigits++)
            if (e < 100000) e = e * 10 + (s[i] - '0');
        if (!edigits) return -1;
        exp10 += (int)(eneg ? -e : e);
    }
    if (i != len) return -1;
    /* Clinger's fast path: both operands exact, one correctly rounded op */
    if (exact && mant < (UINT64_C(1) << 53) && exp10 >= -22 && exp10 <= 22) {
        double v = (double)mant;
        v = exp10 < 0 ? v / pow10_exact[-exp10] : v * pow10_exact[exp10];
        *out = neg ? -v : v;
        return 0;
    }
    if (mant == 0) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    return parse_float_strtod(out, s, len);
}

int infext__metrics_parse_int64(int64_t *out, const char *s, size_t len)
{
    size_t i = 0;
    int neg = 0;
    if (len && (s[0] == '+' || s[0] == '-')) neg = s[i++] == '-';
    if (i == len) return -1;
    uint64_t v = 0, limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    for (; i < len; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        unsigned d = (unsigned)(s[i] - '0');
        if (v > (limit - d) / 10) return -2;
        v = v * 10 + d;
    }
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return 0;
}
