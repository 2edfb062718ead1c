/* The JSON position scanner: see json_locate.h. */
#include "util/json_locate.h"

#include "util/alloc.h"

#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

struct infext__source {
    atomic_size_t refs;
    size_t len;
    infext__pos base;
    char text[]; /* len bytes and a NUL */
};

infext__source *infext__source_new(const char *text, size_t len, infext__pos base)
{
    if (len > SIZE_MAX - sizeof(infext__source) - 1) return NULL;
    infext__source *src = infext__malloc(sizeof(infext__source) + len + 1);
    if (!src) return NULL;
    atomic_init(&src->refs, 1);
    src->len = len;
    src->base = base;
    if (len) memcpy(src->text, text, len);
    src->text[len] = '\0';
    return src;
}

infext__source *infext__source_retain(infext__source *src)
{
    if (src) atomic_fetch_add_explicit(&src->refs, 1, memory_order_relaxed);
    return src;
}

void infext__source_release(infext__source *src)
{
    if (src && atomic_fetch_sub_explicit(&src->refs, 1, memory_order_acq_rel) == 1) infext__free(src);
}

infext__pos infext__pos_advance(infext__pos base, const char *text, size_t n)
{
    size_t start = n; /* where the last line begins */
    while (start > 0 && text[start - 1] != '\n') start--;
    size_t lines = 0;
    for (size_t i = 0; i < start; i++) lines += text[i] == '\n';
    size_t chars = 0;
    for (size_t i = start; i < n; i++) chars += ((unsigned char)text[i] & 0xC0) != 0x80;
    infext__pos p;
    p.line = base.line + (uint32_t)lines;
    p.column = (uint32_t)((lines ? 1 : base.column) + chars);
    return p;
}

/* ------------------------------------------------------------ scanner -- */

typedef struct scan {
    const char *s;
    size_t len;
    size_t i;
} scan;

static void ws(scan *sc)
{
    while (sc->i < sc->len) {
        char c = sc->s[sc->i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') break;
        sc->i++;
    }
}

static int peek(const scan *sc) { return sc->i < sc->len ? (unsigned char)sc->s[sc->i] : -1; }

static int hex4(const scan *sc, size_t at, unsigned *out)
{
    unsigned v = 0;
    if (at + 4 > sc->len) return -1;
    for (size_t k = 0; k < 4; k++) {
        char c = sc->s[at + k];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

/* Read the string at sc->i (which is at its opening quote) and compare its
 * decoded bytes with the start of `want`. Returns the decoded length when
 * the string equals want's first bytes, SIZE_MAX when it differs or is not
 * a well-formed string; sc->i ends after the closing quote. With want NULL
 * it only skips. */
static size_t string_match(scan *sc, const char *want, size_t want_len)
{
    size_t n = 0;
    int same = want != NULL;
    sc->i++; /* the quote */
    while (sc->i < sc->len) {
        unsigned char c = (unsigned char)sc->s[sc->i++];
        if (c == '"') return same ? n : SIZE_MAX;
        unsigned char bytes[4];
        size_t nb = 1;
        bytes[0] = c;
        if (c == '\\') {
            if (sc->i >= sc->len) break;
            char e = sc->s[sc->i++];
            switch (e) {
            case 'b': bytes[0] = '\b'; break;
            case 'f': bytes[0] = '\f'; break;
            case 'n': bytes[0] = '\n'; break;
            case 'r': bytes[0] = '\r'; break;
            case 't': bytes[0] = '\t'; break;
            case 'u': {
                unsigned u, lo;
                if (hex4(sc, sc->i, &u) != 0) return SIZE_MAX;
                sc->i += 4;
                if (u >= 0xD800 && u < 0xDC00 && sc->i + 6 <= sc->len && sc->s[sc->i] == '\\' &&
                    sc->s[sc->i + 1] == 'u' && hex4(sc, sc->i + 2, &lo) == 0 && lo >= 0xDC00 && lo < 0xE000) {
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    sc->i += 6;
                }
                if (u < 0x80) {
                    bytes[0] = (unsigned char)u;
                } else if (u < 0x800) {
                    bytes[0] = (unsigned char)(0xC0 | (u >> 6));
                    bytes[1] = (unsigned char)(0x80 | (u & 0x3F));
                    nb = 2;
                } else if (u < 0x10000) {
                    bytes[0] = (unsigned char)(0xE0 | (u >> 12));
                    bytes[1] = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
                    bytes[2] = (unsigned char)(0x80 | (u & 0x3F));
                    nb = 3;
                } else {
                    bytes[0] = (unsigned char)(0xF0 | (u >> 18));
                    bytes[1] = (unsigned char)(0x80 | ((u >> 12) & 0x3F));
                    bytes[2] = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
                    bytes[3] = (unsigned char)(0x80 | (u & 0x3F));
                    nb = 4;
                }
                break;
            }
            default: bytes[0] = (unsigned char)e; break; /* \" \\ \/ */
            }
        }
        if (same) {
            if (n + nb > want_len || memcmp(want + n, bytes, nb) != 0) same = 0;
        }
        n += nb;
    }
    return SIZE_MAX; /* no closing quote */
}

/* Skip the value at sc->i. Containers are skipped by counting brackets
 * outside strings, so nesting costs no stack. Returns 0, or -1 at the end
 * of the text. */
static int skip_value(scan *sc)
{
    size_t depth = 0;
    while (sc->i < sc->len) {
        char c = sc->s[sc->i];
        if (c == '"') {
            string_match(sc, NULL, 0);
            if (!depth) return 0;
        } else if (c == '{' || c == '[') {
            depth++;
            sc->i++;
        } else if (c == '}' || c == ']') {
            if (!depth) return 0; /* the end of the enclosing container */
            sc->i++;
            if (--depth == 0) return 0;
        } else if (depth) {
            sc->i++;
        } else {
            /* a number, true, false or null: up to the next delimiter */
            while (sc->i < sc->len && !strchr(",:]} \t\r\n", sc->s[sc->i])) sc->i++;
            return 0;
        }
    }
    return -1;
}

/* After a value inside a container: past the ',' to the next entry (1), or
 * at the closing bracket / the end (0). */
static int next_entry(scan *sc)
{
    ws(sc);
    if (peek(sc) != ',') return 0;
    sc->i++;
    ws(sc);
    return 1;
}

/* In the object at sc->i, the member whose key is the longest leading part
 * of `rest` that ends at a path separator ('.', '[') or at the end of rest:
 * a map key may hold dots ("app.kubernetes.io/name"). Returns the matched
 * length and leaves *key and *value at the member's key and value, or
 * returns 0 when no member matches. */
static size_t find_member(scan *sc, const char *rest, size_t *key, size_t *value)
{
    size_t best = 0, rest_len = strlen(rest);
    sc->i++; /* '{' */
    ws(sc);
    while (peek(sc) == '"') {
        size_t at = sc->i;
        size_t m = string_match(sc, rest, rest_len);
        ws(sc);
        if (peek(sc) != ':') break;
        sc->i++;
        ws(sc);
        if (m != SIZE_MAX && m > best && (m == rest_len || rest[m] == '.' || rest[m] == '[')) {
            best = m;
            *key = at;
            *value = sc->i;
        }
        if (skip_value(sc) != 0 || !next_entry(sc)) break;
    }
    return best;
}

/* In the array at sc->i, the start of item `index`, or SIZE_MAX. */
static size_t find_item(scan *sc, size_t index)
{
    sc->i++; /* '[' */
    ws(sc);
    if (peek(sc) == ']' || peek(sc) < 0) return SIZE_MAX;
    for (size_t k = 0; k < index; k++)
        if (skip_value(sc) != 0 || !next_entry(sc)) return SIZE_MAX;
    return peek(sc) == ']' || peek(sc) < 0 ? SIZE_MAX : sc->i;
}

/* Walk `path` from the value at sc->i. *best ends at the byte offset to
 * report; returns 1 when the whole path was found. */
static int walk(scan *sc, const char *path, int want_value, size_t *best)
{
    const char *p = path;
    *best = sc->i;
    while (*p) {
        if (*p == '.') p++;
        if (*p == '[') {
            size_t index = 0;
            const char *q = p + 1;
            if (*q < '0' || *q > '9') return 0;
            for (; *q >= '0' && *q <= '9'; q++) {
                if (index > (SIZE_MAX - 9) / 10) return 0;
                index = index * 10 + (size_t)(*q - '0');
            }
            if (*q != ']' || peek(sc) != '[') return 0;
            size_t at = find_item(sc, index);
            if (at == SIZE_MAX) return 0;
            sc->i = at;
            *best = at;
            p = q + 1;
            continue;
        }
        if (peek(sc) != '{') return 0;
        size_t key = 0, value = 0;
        size_t m = find_member(sc, p, &key, &value);
        if (!m) return 0;
        p += m;
        sc->i = value;
        /* a member is reported at its key; an object the path goes on
         * into, at its own opening brace (as YAML reports a mapping) */
        *best = !*p ? (want_value ? value : key) : (peek(sc) == '{' ? value : key);
    }
    return 1;
}

int infext__source_locate(infext__pos *out, const infext__source *src, size_t item, const char *path,
                          int want_value)
{
    out->line = out->column = 0;
    if (!src) return -1;
    scan sc = {src->text, src->len, 0};
    ws(&sc);
    if (sc.i >= sc.len) return -1;
    size_t best = sc.i;
    int found = 1;
    if (item) {
        char prefix[48];
        snprintf(prefix, sizeof prefix, "items[%zu]", item - 1);
        found = walk(&sc, prefix, 1, &best);
    }
    if (found) found = walk(&sc, path ? path : "", want_value, &best);
    *out = infext__pos_advance(src->base, src->text, best);
    return found;
}
