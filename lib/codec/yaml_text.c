/* The YAML input as text, before and beside libyaml: which characters its
 * reader refuses (checked up front, so that the documents in front of a bad
 * byte still decode), and line:column positions of byte offsets. */
#include "codec/yaml_int.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Line and column (as libyaml counts them: characters, from 1) of a byte
 * offset. */
infext__pos infext__yaml_offset_pos(const unsigned char *data, size_t len, size_t off)
{
    infext__pos p = {1, 1};
    size_t i = 0;
    if (off > len) off = len;
    for (; i < off; i++) {
        unsigned char c = data[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= len || data[i + 1] != '\n'))) {
            p.line++;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            p.column++;
        }
    }
    return p;
}

enum unreadable infext__yaml_classify_char(const unsigned char *s, size_t avail, size_t *width, uint32_t *cp_out)
{
    unsigned char c = s[0];
    size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (!n) return BAD_START;
    if (n > avail) return CUT_SHORT;
    uint32_t cp = n == 1 ? c : c & (0x7Fu >> n);
    for (size_t k = 1; k < n; k++) {
        if ((s[k] & 0xC0) != 0x80) return CUT_SHORT;
        cp = cp << 6 | (s[k] & 0x3Fu);
    }
    /* an over-long form: libyaml calls it a bad sequence length */
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000)) return BAD_START;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return NOT_UNICODE;
    *width = n;
    *cp_out = cp;
    if (cp == 0x09 || cp == 0x0A || cp == 0x0D || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85 ||
        (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000)
        return READABLE;
    return CONTROL;
}

int infext__yaml_utf8_valid(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t width = 1;
        uint32_t cp = 0;
        enum unreadable r = infext__yaml_classify_char(s + i, len - i, &width, &cp);
        if (r != READABLE && r != CONTROL) return 0; /* control characters are valid UTF-8 */
        i += width;
    }
    return 1;
}

#if defined(__SSE2__)
/* A mask of the bytes of s[0, 16) that are not printable ASCII or a line
 * feed: as signed bytes, everything below a space (controls and all of
 * 0x80-0xFF) other than a line feed, and DEL. */
static inline int bad16(const unsigned char *s)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i low = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x0A)), _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
    return _mm_movemask_epi8(_mm_or_si128(low, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))));
}
#endif

/* Offset of the first character libyaml would refuse, or len. */
size_t infext__yaml_first_unreadable(const unsigned char *s, size_t len)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    size_t i = 0;
    while (i < len) {
#if defined(__SSE2__)
        /* Thirty-two or sixteen bytes at a time while they are printable
         * ASCII or line feeds. */
        if (len - i >= 32 && !(bad16(s + i) | bad16(s + i + 16))) {
            i += 32;
            continue;
        }
        if (len - i >= 16 && !bad16(s + i)) {
            i += 16;
            continue;
        }
#endif
        /* Eight bytes at a time while they are printable ASCII or line
         * feeds; a word holding anything else is looked at byte by byte.
         * Each test works on the low seven bits of every byte, so no carry
         * crosses into the next byte and a bit is set exactly where the
         * byte is of that sort. */
        if (len - i >= 8) {
            const uint64_t low7 = 0x7F * ones;
            uint64_t w;
            memcpy(&w, s + i, 8);
            uint64_t at_least_space = ((w & low7) + 0x60 * ones) & highs;
            uint64_t lf = w ^ (0x0A * ones), del = w ^ low7;
            uint64_t is_lf = ~(((lf & low7) + low7) | lf) & highs;
            uint64_t is_del = ~(((del & low7) + low7) | del) & highs;
            if (!((w & highs) | (~at_least_space & highs & ~is_lf) | is_del)) {
                i += 8;
                continue;
            }
        }
        if (s[i] >= 0x20 && s[i] < 0x7F) {
            i++;
            continue;
        }
        size_t width = 1;
        uint32_t cp = 0;
        if (infext__yaml_classify_char(s + i, len - i, &width, &cp) != READABLE) return i;
        i += width;
    }
    return len;
}

/* Start of the last line before `off` that is a document marker ("---" or
 * "..." alone or followed by a blank): everything before it is whole
 * documents. 0 when the bad byte is in the first document. */
size_t infext__yaml_last_document_start(const unsigned char *s, size_t off)
{
    size_t line = off;
    while (line > 0 && s[line - 1] != '\n') line--;
    while (line > 0) {
        line--; /* onto the previous line's break */
        while (line > 0 && s[line - 1] != '\n') line--;
        if (off - line >= 3 && (!memcmp(s + line, "---", 3) || !memcmp(s + line, "...", 3)) &&
            (off - line == 3 || strchr(" \t\r\n", s[line + 3])))
            return line;
    }
    return 0;
}
