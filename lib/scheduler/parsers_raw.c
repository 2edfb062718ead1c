/* Reading a member's text as it stands in a JSON body (which jansson has
 * already accepted), for the pieces upstream's parsers keep raw: a tool
 * use's `input` (verbatim) and a tool's `input_schema` (compacted). */
#include "scheduler/parsers.h"

#include <string.h>

static void ws(const char *s, size_t n, size_t *i)
{
    while (*i < n && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n' || s[*i] == '\r')) (*i)++;
}

/* *i at the opening quote; after, past the closing one. */
static void skip_string(const char *s, size_t n, size_t *i)
{
    for ((*i)++; *i < n && s[*i] != '"'; (*i)++)
        if (s[*i] == '\\') (*i)++;
    (*i)++;
}

static void skip_value(const char *s, size_t n, size_t *i)
{
    ws(s, n, i);
    if (*i >= n) return;
    if (s[*i] == '"') {
        skip_string(s, n, i);
        return;
    }
    if (s[*i] != '{' && s[*i] != '[') {
        while (*i < n && !strchr(",]} \t\r\n", s[*i])) (*i)++;
        return;
    }
    size_t depth = 0;
    do {
        if (s[*i] == '"') {
            skip_string(s, n, i);
            continue;
        }
        if (s[*i] == '{' || s[*i] == '[') depth++;
        else if (s[*i] == '}' || s[*i] == ']') depth--;
        (*i)++;
    } while (*i < n && depth);
}

/* *i at '{': to the value of member `key` (spelled without escapes). */
static bool to_member(const char *s, size_t n, size_t *i, const char *key)
{
    size_t klen = strlen(key);
    for ((*i)++;;) {
        ws(s, n, i);
        if (*i >= n || s[*i] != '"') return false;
        size_t start = *i + 1;
        skip_string(s, n, i);
        bool match = *i - start - 1 == klen && memcmp(s + start, key, klen) == 0;
        ws(s, n, i);
        if (*i >= n || s[*i] != ':') return false;
        (*i)++;
        ws(s, n, i);
        if (match) return true;
        skip_value(s, n, i);
        ws(s, n, i);
        if (*i >= n || s[*i] != ',') return false;
        (*i)++;
    }
}

/* *i at '[': to element `index`. */
static bool to_element(const char *s, size_t n, size_t *i, size_t index)
{
    (*i)++;
    for (size_t k = 0; k < index; k++) {
        skip_value(s, n, i);
        ws(s, n, i);
        if (*i >= n || s[*i] != ',') return false;
        (*i)++;
    }
    ws(s, n, i);
    return *i < n && s[*i] != ']';
}

bool infext__raw_value(const char **out, size_t *out_len, const char *s, size_t n,
                       const infext__raw_step *steps, size_t count)
{
    size_t i = 0;
    ws(s, n, &i);
    for (size_t k = 0; k < count; k++) {
        bool ok = i < n && (steps[k].key ? s[i] == '{' && to_member(s, n, &i, steps[k].key)
                                         : s[i] == '[' && to_element(s, n, &i, steps[k].index));
        if (!ok) return false;
    }
    size_t start = i;
    skip_value(s, n, &i);
    if (i > n || i == start) return false;
    *out = s + start;
    *out_len = i - start;
    return true;
}

/* Go's encoding/json escapes the HTML characters and the two line
 * separators even inside strings; when s[*i] starts one, write its escape,
 * step *i over it and say so. */
bool infext__go_html_escape(infext__buf *b, const char *s, size_t n, size_t *i)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char c = (unsigned char)s[*i];
    if (c == '<' || c == '>' || c == '&') {
        char u[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
        infext__buf_puts(b, u);
        return true;
    }
    if (c == 0xE2 && *i + 2 < n && (unsigned char)s[*i + 1] == 0x80 &&
        ((unsigned char)s[*i + 2] == 0xA8 || (unsigned char)s[*i + 2] == 0xA9)) {
        infext__buf_puts(b, (unsigned char)s[*i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
        *i += 2;
        return true;
    }
    return false;
}

/* As Go's json.Compact with HTML escaping: blanks outside strings dropped,
 * <, >, & and the two line separators escaped. */
void infext__raw_compact(infext__buf *b, const char *s, size_t n)
{
    bool in_string = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!in_string && strchr(" \t\r\n", c)) continue;
        if (c == '"') in_string = !in_string;
        if (in_string && c == '\\' && i + 1 < n) {
            infext__buf_append(b, s + i, 2);
            i++;
        } else if (!infext__go_html_escape(b, s, n, &i)) {
            infext__buf_putc(b, (char)c);
        }
    }
}
