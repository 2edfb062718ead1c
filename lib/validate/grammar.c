/* The small grammars of Kubernetes names, one table lookup per byte: the
 * DNS-1123 label and subdomain, the label key's name part and the CRD
 * patterns built from them. Each CRD pattern that is one of these grammars
 * is matched here instead of by PCRE2; the pattern's exact text selects the
 * matcher, so a changed pattern falls back to PCRE2, and a unit test
 * compares every matcher with PCRE2 on generated strings. */
#include "validate/validate_int.h"

#include <string.h>

enum {
    LOWER_ALNUM = 1,  /* [a-z0-9] */
    ALNUM = 2,        /* [A-Za-z0-9] */
    KEY_INNER = 4,    /* [-A-Za-z0-9_.] */
    ALPHA = 8,        /* [A-Za-z] */
    REASON_INNER = 16, /* [A-Za-z0-9_,:] */
    PATH_CHAR = 32,   /* [A-Za-z0-9\/\-._~%!$&'()*+,;=:] */
};

#define DIGIT(c) [c] = LOWER_ALNUM | ALNUM | KEY_INNER | REASON_INNER | PATH_CHAR
#define LOWER(c) [c] = LOWER_ALNUM | ALNUM | KEY_INNER | ALPHA | REASON_INNER | PATH_CHAR
#define UPPER(c) [c] = ALNUM | KEY_INNER | ALPHA | REASON_INNER | PATH_CHAR
static const unsigned char char_class[256] = {
    DIGIT('0'), DIGIT('1'), DIGIT('2'), DIGIT('3'), DIGIT('4'), DIGIT('5'), DIGIT('6'), DIGIT('7'),
    DIGIT('8'), DIGIT('9'),
    LOWER('a'), LOWER('b'), LOWER('c'), LOWER('d'), LOWER('e'), LOWER('f'), LOWER('g'), LOWER('h'),
    LOWER('i'), LOWER('j'), LOWER('k'), LOWER('l'), LOWER('m'), LOWER('n'), LOWER('o'), LOWER('p'),
    LOWER('q'), LOWER('r'), LOWER('s'), LOWER('t'), LOWER('u'), LOWER('v'), LOWER('w'), LOWER('x'),
    LOWER('y'), LOWER('z'),
    UPPER('A'), UPPER('B'), UPPER('C'), UPPER('D'), UPPER('E'), UPPER('F'), UPPER('G'), UPPER('H'),
    UPPER('I'), UPPER('J'), UPPER('K'), UPPER('L'), UPPER('M'), UPPER('N'), UPPER('O'), UPPER('P'),
    UPPER('Q'), UPPER('R'), UPPER('S'), UPPER('T'), UPPER('U'), UPPER('V'), UPPER('W'), UPPER('X'),
    UPPER('Y'), UPPER('Z'),
    ['-'] = KEY_INNER | PATH_CHAR, ['.'] = KEY_INNER | PATH_CHAR, ['_'] = KEY_INNER | REASON_INNER | PATH_CHAR,
    [','] = REASON_INNER | PATH_CHAR, [':'] = REASON_INNER | PATH_CHAR,
    ['/'] = PATH_CHAR, ['~'] = PATH_CHAR, ['%'] = PATH_CHAR, ['!'] = PATH_CHAR, ['$'] = PATH_CHAR,
    ['&'] = PATH_CHAR, ['\''] = PATH_CHAR, ['('] = PATH_CHAR, [')'] = PATH_CHAR, ['*'] = PATH_CHAR,
    ['+'] = PATH_CHAR, [';'] = PATH_CHAR, ['='] = PATH_CHAR,
};
#undef DIGIT
#undef LOWER
#undef UPPER

static inline bool is(char c, unsigned char cls) { return char_class[(unsigned char)c] & cls; }

/* first and last in `edge`, the ones between in `inner` (one byte: `edge`) */
static bool run_of(const char *s, size_t len, unsigned char first, unsigned char inner, unsigned char last)
{
    if (!len || !is(s[0], first) || !is(s[len - 1], len == 1 ? first : last)) return false;
    for (size_t i = 1; i + 1 < len; i++)
        if (!is(s[i], inner)) return false;
    return true;
}

/* ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$ */
bool infext__vdns_label(const char *s, size_t len)
{
    if (!len || !is(s[0], LOWER_ALNUM) || !is(s[len - 1], LOWER_ALNUM)) return false;
    for (size_t i = 1; i + 1 < len; i++)
        if (!is(s[i], LOWER_ALNUM) && s[i] != '-') return false;
    return true;
}

/* labels joined by single dots: a dot sits between two alphanumerics */
bool infext__vdns_subdomain(const char *s, size_t len)
{
    if (!len || !is(s[0], LOWER_ALNUM) || !is(s[len - 1], LOWER_ALNUM)) return false;
    for (size_t i = 1; i + 1 < len; i++) {
        char c = s[i];
        if (is(c, LOWER_ALNUM) || c == '-') continue;
        if (c != '.' || !is(s[i - 1], LOWER_ALNUM) || !is(s[i + 1], LOWER_ALNUM)) return false;
    }
    return true;
}

/* ^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$ */
bool infext__vlabel_name(const char *s, size_t len) { return run_of(s, len, ALNUM, KEY_INNER, ALNUM); }

static bool subdomain_or_empty(const char *s, size_t len) { return !len || infext__vdns_subdomain(s, len); }

/* ^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$ */
static bool kind_name(const char *s, size_t len)
{
    if (!len || !is(s[0], ALPHA) || !is(s[len - 1], len == 1 ? ALPHA : ALNUM)) return false;
    for (size_t i = 1; i + 1 < len; i++)
        if (!is(s[i], ALNUM) && s[i] != '-') return false;
    return true;
}

static bool label_value(const char *s, size_t len) { return !len || infext__vlabel_name(s, len); }

/* ^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$ */
static bool condition_reason(const char *s, size_t len)
{
    if (!len || !is(s[0], ALPHA)) return false;
    if (len == 1) return true;
    char last = s[len - 1];
    if (!is(last, ALNUM) && last != '_') return false;
    for (size_t i = 1; i + 1 < len; i++)
        if (!is(s[i], REASON_INNER)) return false;
    return true;
}

/* subdomain "/" [A-Za-z0-9\/\-._~%!$&'()*+,;=:]+ ; the subdomain has no
 * slash, so it ends at the first one */
static bool controller_name(const char *s, size_t len)
{
    const char *slash = memchr(s, '/', len);
    if (!slash || !infext__vdns_subdomain(s, (size_t)(slash - s)) || slash + 1 == s + len) return false;
    for (const char *p = slash + 1; p < s + len; p++)
        if (!is(*p, PATH_CHAR)) return false;
    return true;
}

/* (subdomain "/")? label-name ; neither part has a slash */
static bool condition_type(const char *s, size_t len)
{
    const char *slash = memchr(s, '/', len);
    if (!slash) return infext__vlabel_name(s, len);
    size_t prefix = (size_t)(slash - s);
    return infext__vdns_subdomain(s, prefix) && infext__vlabel_name(slash + 1, len - prefix - 1);
}

static const struct {
    const char *pattern;
    infext__vmatcher match;
} grammars[] = {
    {"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", subdomain_or_empty},
    {"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", kind_name},
    {"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", label_value},
    {"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", infext__vdns_label},
    {"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$",
     controller_name},
    {"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$", condition_reason},
    {"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$",
     condition_type},
};

infext__vmatcher infext__vgrammar_for(const char *pattern)
{
    for (size_t i = 0; i < sizeof grammars / sizeof grammars[0]; i++)
        if (!strcmp(grammars[i].pattern, pattern)) return grammars[i].match;
    return NULL;
}
