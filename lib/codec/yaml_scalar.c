/* The YAML 1.1 scalar rules: how a plain scalar is typed (go-yaml v2's
 * resolver, as Kubernetes' YAML-to-JSON step reads it; docs/yaml.md has the
 * table). The decoder types its scalars with them and the encoder asks them
 * which strings need quotes. */
#include "codec/yaml_scalar.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int word_in(const char *s, size_t len, const char *const *words)
{
    for (; *words; words++)
        if ((*words)[0] == s[0] && strncmp(*words, s, len) == 0 && (*words)[len] == '\0') return 1;
    return 0;
}

static int all_digits(const char *s, size_t len, int base)
{
    if (len == 0) return 0;
    for (size_t i = 0; i < len; i++) {
        int c = (unsigned char)s[i], v;
        if (c >= '0' && c <= '9') v = c - '0';
        else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
        else return 0;
        if (v >= base) return 0;
    }
    return 1;
}

/* An integer in Go's base-prefix syntax (what ParseInt(s, 0, 64) takes):
 * sign, then 0x / 0o / 0b / a leading 0 for octal, or decimal. Returns 1
 * with the value when it fits int64, 2 when it only fits uint64, else 0. */
static int parse_go_int(const char *s, size_t len, int64_t *out, uint64_t *uout)
{
    int neg = 0;
    size_t i = 0;
    if (len && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        i = 1;
    }
    int base = 10;
    if (len - i >= 2 && s[i] == '0') {
        char p = (char)(s[i + 1] | 0x20);
        if (p == 'x') base = 16, i += 2;
        else if (p == 'o') base = 8, i += 2;
        else if (p == 'b') base = 2, i += 2;
        else base = 8, i += 1;
    }
    if (!all_digits(s + i, len - i, base)) return 0;
    uint64_t v = 0;
    for (; i < len; i++) {
        int c = (unsigned char)s[i];
        uint64_t d = (uint64_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        if (v > (UINT64_MAX - d) / (uint64_t)base) return 0;
        v = v * (uint64_t)base + d;
    }
    if (neg) {
        if (v > (uint64_t)INT64_MAX + 1) return 0;
        *out = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
        return 1;
    }
    if (v > (uint64_t)INT64_MAX) {
        *uout = v;
        return 2;
    }
    *out = (int64_t)v;
    return 1;
}

/* [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? */
static int yaml_float_syntax(const char *s, size_t len)
{
    size_t i = 0, d;
    if (i < len && (s[i] == '+' || s[i] == '-')) i++;
    if (i < len && s[i] == '.') {
        i++;
        for (d = i; i < len && isdigit((unsigned char)s[i]); i++) {}
        if (i == d) return 0;
    } else {
        for (d = i; i < len && isdigit((unsigned char)s[i]); i++) {}
        if (i == d) return 0;
        if (i < len && s[i] == '.')
            for (i++; i < len && isdigit((unsigned char)s[i]); i++) {}
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-')) i++;
        for (d = i; i < len && isdigit((unsigned char)s[i]); i++) {}
        if (i == d) return 0;
    }
    return i == len;
}

static size_t digits_at(const char *s, size_t len, size_t i, size_t max)
{
    size_t n = 0;
    while (i + n < len && n < max && isdigit((unsigned char)s[i + n])) n++;
    return n;
}

/* A YAML 1.1 timestamp (yaml.org/type/timestamp): 2001-12-14,
 * 2001-12-14t21:59:43.10-05:00, 2001-12-14 21:59:43.10 -5, ... */
int infext__yaml_is_timestamp(const char *s, size_t len)
{
    size_t i = 0, n;
    if (digits_at(s, len, 0, 4) != 4 || len < 8 || s[4] != '-') return 0;
    i = 5;
    if (!(n = digits_at(s, len, i, 2))) return 0;
    size_t month_digits = n;
    i += n;
    if (i >= len || s[i] != '-') return 0;
    i++;
    if (!(n = digits_at(s, len, i, 2))) return 0;
    i += n;
    if (i == len) return month_digits == 2 && n == 2; /* the date-only form is strict */
    if (s[i] == 'T' || s[i] == 't') i++;
    else if (s[i] == ' ' || s[i] == '\t')
        while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
    else return 0;
    if (!(n = digits_at(s, len, i, 2))) return 0;
    i += n;
    for (int part = 0; part < 2; part++) {
        if (i >= len || s[i] != ':' || digits_at(s, len, i + 1, 2) != 2) return 0;
        i += 3;
    }
    if (i < len && s[i] == '.')
        for (i++; i < len && isdigit((unsigned char)s[i]); i++) {}
    while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
    if (i == len) return 1;
    if (s[i] == 'Z') return i + 1 == len;
    if (s[i] != '+' && s[i] != '-') return 0;
    i++;
    if (!(n = digits_at(s, len, i, 2))) return 0;
    i += n;
    if (i < len && s[i] == ':') {
        if (digits_at(s, len, i + 1, 2) != 2) return 0;
        i += 3;
    }
    return i == len;
}

/* The YAML 1.1 keyword s is, as a value type, or INFEXT__V_STRING. */
static uint8_t keyword_type(const char *s, size_t len)
{
    static const struct {
        char text[6];
        uint8_t type;
    } words[] = {
        {"~", INFEXT__V_NULL},      {"y", INFEXT__V_TRUE},      {"Y", INFEXT__V_TRUE},
        {"n", INFEXT__V_FALSE},     {"N", INFEXT__V_FALSE},     {"on", INFEXT__V_TRUE},
        {"On", INFEXT__V_TRUE},     {"ON", INFEXT__V_TRUE},     {"no", INFEXT__V_FALSE},
        {"No", INFEXT__V_FALSE},    {"NO", INFEXT__V_FALSE},    {"yes", INFEXT__V_TRUE},
        {"Yes", INFEXT__V_TRUE},    {"YES", INFEXT__V_TRUE},    {"off", INFEXT__V_FALSE},
        {"Off", INFEXT__V_FALSE},   {"OFF", INFEXT__V_FALSE},   {"null", INFEXT__V_NULL},
        {"Null", INFEXT__V_NULL},   {"NULL", INFEXT__V_NULL},   {"true", INFEXT__V_TRUE},
        {"True", INFEXT__V_TRUE},   {"TRUE", INFEXT__V_TRUE},   {"false", INFEXT__V_FALSE},
        {"False", INFEXT__V_FALSE}, {"FALSE", INFEXT__V_FALSE},
    };
    /* words are sorted by length: where each length starts */
    static const uint8_t first[7] = {0, 0, 5, 11, 17, 23, 26};
    if (len == 0 || len > 5) return INFEXT__V_STRING;
    for (uint8_t i = first[len]; i < first[len + 1]; i++)
        if (words[i].text[0] == s[0] && memcmp(words[i].text, s, len) == 0) return words[i].type;
    return INFEXT__V_STRING;
}

/* Resolve a plain scalar as go-yaml v2 does: the first byte decides what it
 * may be (sign or digit: number or timestamp; one of yYnNtTfFoO~: a
 * keyword; '.': a float or .inf/.nan), anything else is a string. */
void infext__yaml_resolve_plain(infext__scalar *out, const char *s, size_t len)
{
    static const char *const pos_inf[] = {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", NULL};
    static const char *const neg_inf[] = {"-.inf", "-.Inf", "-.INF", NULL};
    static const char *const nans[] = {".nan", ".NaN", ".NAN", NULL};
    out->s = s;
    out->len = len;
    out->type = INFEXT__V_STRING;
    if (len == 0) {
        out->type = INFEXT__V_NULL;
        return;
    }
    unsigned char c = (unsigned char)s[0];
    if (!infext__yaml_plain_may_be_typed(c)) return;
    if (c != '.' && c != '+' && c != '-' && (c < '0' || c > '9')) {
        out->type = keyword_type(s, len);
        return;
    }
    if ((s[0] == '.' || (len > 1 && s[1] == '.')) &&
        (word_in(s, len, pos_inf) || word_in(s, len, neg_inf) || word_in(s, len, nans))) {
        out->type = INFEXT__V_REAL;
        out->d = word_in(s, len, nans) ? NAN : s[0] == '-' ? -INFINITY : INFINITY;
        return;
    }
    /* Longer numbers (hundreds of digits) are read as strings: a limit
     * documented in docs/yaml.md, and far from any value these kinds hold. */
    if (len >= 256) return;
    if (c != '.' && infext__yaml_is_timestamp(s, len)) return;
    char buf[256];
    size_t n = 0;
    if (c == '.') {
        memcpy(buf, s, len); /* Go's ParseFloat: no underscores here */
        n = len;
    } else {
        for (size_t i = 0; i < len; i++)
            if (s[i] != '_') buf[n++] = s[i];
    }
    buf[n] = '\0';
    int64_t iv = 0;
    uint64_t uv = 0;
    int r = c == '.' ? 0 : parse_go_int(buf, n, &iv, &uv);
    if (r == 1) {
        out->type = INFEXT__V_INT;
        out->i = iv;
        out->plain_int_text = 1;
        return;
    }
    if (r == 2) { /* beyond int64: only a float can hold it */
        out->type = INFEXT__V_REAL;
        out->d = (double)uv;
        out->plain_int_text = 2; /* go-yaml's uint64 */
        return;
    }
    if (yaml_float_syntax(buf, n)) {
        errno = 0;
        double d = strtod(buf, NULL);
        if (isinf(d)) return; /* out of range: go-yaml keeps the string */
        out->type = INFEXT__V_REAL;
        out->d = d;
    }
}
