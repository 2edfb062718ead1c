/* YAML front end: libyaml events into builder events.
 *
 * Plain scalars are typed the way Kubernetes' YAML-to-JSON step types them
 * (go-yaml v2's YAML 1.1 resolver, yaml_scalar.c; see docs/yaml.md for the
 * table). Anchors, aliases and merge keys are yaml_alias.c's. */
#include "codec/yaml_int.h"
#include "codec/yaml_scalar.h"
#include "util/alloc.h"
#include "util/diag.h"
#include "util/goformat.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

/* ----------------------------------------------------------- helpers -- */

int infext__yaml_oom(infext__builder *b)
{
    if (b->status == INFEXT_OK) b->status = INFEXT_ENOMEM;
    return -1;
}

int infext__yaml_reserve(void **items, size_t *cap, size_t need, size_t elem)
{
    void *p = infext__grow(*items, cap, need, elem, 16, SIZE_MAX);
    if (!p) return -1;
    *items = p;
    return 0;
}

static infext__pos mark_pos(yaml_mark_t m)
{
    infext__pos p = {(uint32_t)m.line + 1, (uint32_t)m.column + 1};
    return p;
}

/* Byte offset of a libyaml mark (whose index counts characters). */
static size_t mark_offset(const unsigned char *data, size_t len, size_t index)
{
    size_t i = 0;
    for (size_t chars = 0; i < len; i++) {
        if ((data[i] & 0xC0) == 0x80) continue;
        if (chars++ == index) break;
    }
    return i;
}

/* Byte offset of a mark at or after the stream's cursor; marks of the
 * document events only move forward, so the whole stream costs one pass. */
static size_t stream_offset(infext__yaml_stream *ys, size_t index)
{
    if (index < ys->cursor_chars) ys->cursor_chars = ys->cursor_bytes = 0;
    size_t i = ys->cursor_bytes, chars = ys->cursor_chars;
    while (i < ys->len && chars < index) {
        i++;
        while (i < ys->len && (ys->data[i] & 0xC0) == 0x80) i++;
        chars++;
    }
    ys->cursor_chars = chars;
    ys->cursor_bytes = i;
    return i;
}

int infext__yaml_document_span(infext__yaml_stream *ys, size_t *start, size_t *end)
{
    if (!ys->doc_span_known) return 0;
    /* The text starts after an explicit "---" and the blanks and line
     * break that follow it; a document without a marker owns the comments
     * in front of it, back to the previous document. */
    size_t from = stream_offset(ys, ys->doc_implicit ? ys->doc_prev_end_index : ys->doc_start_index);
    while (from < ys->len && (ys->data[from] == ' ' || ys->data[from] == '\t')) from++;
    if (from < ys->len && ys->data[from] == '\r') from++;
    if (from < ys->len && ys->data[from] == '\n') from++;
    size_t to = stream_offset(ys, ys->doc_end_index);
    *start = from;
    *end = to > from ? to : from;
    return 1;
}

static const char *tag_name(uint8_t tag)
{
    switch (tag) {
    case TAG_INT: return "!!int";
    case TAG_FLOAT: return "!!float";
    case TAG_BOOL: return "!!bool";
    case TAG_NULL: return "!!null";
    default: return "!!timestamp";
    }
}

static uint8_t tag_of(const unsigned char *tag)
{
    static const struct {
        const char *name;
        uint8_t tag;
    } known[] = {{"str", TAG_STR},   {"int", TAG_INT},   {"float", TAG_FLOAT},         {"bool", TAG_BOOL},
                 {"null", TAG_NULL}, {"merge", TAG_MERGE}, {"timestamp", TAG_TIMESTAMP}, {"binary", TAG_BINARY}};
    static const char prefix[] = "tag:yaml.org,2002:";
    if (!tag) return TAG_NONE;
    const char *t = (const char *)tag;
    if (strcmp(t, "!") == 0) return TAG_STR; /* the non-specific tag of a quoted scalar */
    if (strncmp(t, prefix, sizeof prefix - 1) != 0) return TAG_OTHER;
    t += sizeof prefix - 1;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(t, known[i].name) == 0) return known[i].tag;
    return TAG_OTHER;
}

static int base64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* !!binary: base64 (line breaks and spaces allowed) decoded into a string,
 * which has to be UTF-8 text, since every string here is. */
static int decode_binary(infext__yaml_stream *ys, infext__scalar *s, const char *text, size_t len)
{
    infext__builder *b = ys->b;
    infext__buf *out = &ys->scratch;
    infext__buf_truncate(out, 0);
    uint32_t acc = 0;
    int bits = 0, pad = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (c == '=' && bits) {
            pad++;
            continue;
        }
        int v = base64_value(c);
        if (v < 0 || pad) goto bad;
        acc = acc << 6 | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (infext__buf_putc(out, (char)(acc >> bits & 0xFF)) != 0) return infext__yaml_oom(b);
        }
    }
    if (bits >= 6 || (pad && (bits / 2) != pad)) goto bad;
    if (!out->data && infext__buf_grow(out, 1) != 0) return infext__yaml_oom(b);
    if (!infext__yaml_utf8_valid((const unsigned char *)out->data, out->len))
        return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_INVALID, s->pos,
                              "Invalid value: a !!binary value must decode to UTF-8 text");
    s->type = INFEXT__V_STRING;
    s->s = out->data;
    s->len = out->len;
    return 0;
bad:
    return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_INVALID, s->pos,
                          "Invalid value: a !!binary value must be base64");
}

/* Type a scalar from its text, style and tag as go-yaml v2 does: quoted
 * means string; a standard tag asks for its type (!!int "8" is 8, !!float
 * takes an integer, !!str and unknown tags take anything as a string). */
static int type_scalar(infext__yaml_stream *ys, infext__scalar *s, const yev *e)
{
    s->quoted = s->plain_int_text = 0;
    /* only a double-quoted escape or !!binary can make a NUL byte (libyaml
     * refuses one in the text itself) */
    s->no_nul = !e->quoted && e->tag != TAG_BINARY;
    s->i = 0;
    s->d = 0;
    s->pos = e->pos;
    s->s = e->text;
    s->len = e->len;
    s->type = INFEXT__V_STRING;
    switch (e->tag) {
    case TAG_NONE:
        if (e->quoted) s->quoted = 1;
        else if (!e->len || infext__yaml_plain_may_be_typed((unsigned char)e->text[0]))
            infext__yaml_resolve_plain(s, e->text, e->len); /* else a string, as s already says */
        break;
    case TAG_BINARY:
        if (decode_binary(ys, s, e->text, e->len) != 0) return -1;
        s->quoted = 1;
        break;
    case TAG_INT:
    case TAG_FLOAT:
    case TAG_BOOL:
    case TAG_NULL:
    case TAG_TIMESTAMP: {
        infext__yaml_resolve_plain(s, e->text, e->len);
        int ok;
        switch (e->tag) {
        case TAG_INT: ok = s->type == INFEXT__V_INT; break;
        case TAG_FLOAT:
            if (s->type == INFEXT__V_INT) {
                s->type = INFEXT__V_REAL;
                s->d = (double)s->i;
            }
            ok = s->type == INFEXT__V_REAL;
            break;
        case TAG_BOOL: ok = s->type == INFEXT__V_TRUE || s->type == INFEXT__V_FALSE; break;
        case TAG_NULL: ok = s->type == INFEXT__V_NULL; break;
        default: ok = infext__yaml_is_timestamp(e->text, e->len); break;
        }
        if (!ok)
            return infext__b_fail(ys->b, INFEXT_EPARSE, INFEXT_ERR_INVALID, s->pos,
                                  "Invalid value: \"%.*s\": cannot be read as %s", (int)e->len, e->text,
                                  tag_name(e->tag));
        break;
    }
    default: /* !!str, !!merge as a value, and tags of other vocabularies */
        s->quoted = 1;
        break;
    }
    if (s->type != INFEXT__V_STRING && s->type != INFEXT__V_REAL) s->s = NULL;
    return 0;
}

/* ------------------------------------------------------------ events --- */

static int key_type_error(infext__yaml_stream *ys, const char *found, const yev *e)
{
    return infext__b_fail(ys->b, INFEXT_EPARSE, INFEXT_ERR_TYPE_INVALID, e->pos,
                          "a mapping key must be a string, not %s", found);
}

/* A key that is not a string, as sigs.k8s.io/yaml turns it into one on
 * its way to JSON (convertToJSONableObject): an integer in decimal, a
 * boolean as true or false, a float as strconv.FormatFloat(f, 'g', -1, 32)
 * writes it (the float32's shortest digits), infinities and NaN as YAML
 * spells them. A null
 * key, and an integer beyond int64 (go-yaml's uint64), it refuses: NULL. */
static const char *key_text(char *buf, size_t cap, const infext__scalar *k)
{
    switch (k->type) {
    case INFEXT__V_TRUE: return "true";
    case INFEXT__V_FALSE: return "false";
    case INFEXT__V_INT: snprintf(buf, cap, "%" PRId64, k->i); return buf;
    case INFEXT__V_REAL:
        if (k->plain_int_text == 2) return NULL;
        infext__go_float(buf, cap, k->d, 32);
        if (!strcmp(buf, "+Inf")) return ".inf";
        if (!strcmp(buf, "-Inf")) return "-.inf";
        if (!strcmp(buf, "NaN")) return ".nan";
        return buf;
    default: return NULL;
    }
}

/* A scalar in key position. */
static int handle_key(infext__yaml_stream *ys, level *l, const yev *e)
{
    infext__scalar k;
    if (type_scalar(ys, &k, e) != 0) return -1;
    if (infext__yaml_is_merge_key(e)) {
        l->state = ST_MERGE_VALUE;
        if (ys->replaying) {
            ys->merge_key_seen = 1;
        } else {
            ys->suppressing = 1;
            ys->suppress_depth = ys->depth;
            ys->open_merge_anchor = 1;
        }
        return 0;
    }
    char text[64];
    if (k.type != INFEXT__V_STRING) {
        const char *as_text = key_text(text, sizeof text, &k);
        if (!as_text) {
            char found[128];
            if (k.type == INFEXT__V_NULL)
                snprintf(found, sizeof found, "null (sigs.k8s.io/yaml refuses a null key)");
            else
                snprintf(found, sizeof found, "the integer %.*s, beyond int64 (sigs.k8s.io/yaml refuses it as a key)",
                         (int)(e->len > 40 ? 40 : e->len), e->text);
            return key_type_error(ys, found, e);
        }
        k.s = as_text;
        k.len = strlen(as_text);
        k.no_nul = 1;
    }
    if (k.len > ys->b->opts->max_string_length)
        return infext__b_fail(ys->b, INFEXT_ELIMIT, INFEXT_ERR_TOO_LONG, e->pos,
                              "key of %zu bytes is longer than the limit of %zu", k.len,
                              ys->b->opts->max_string_length);
    l->state = ST_VALUE;
    return k.no_nul ? infext__b_key_no_nul(ys->b, k.s, k.len, e->pos) : infext__b_key(ys->b, k.s, k.len, e->pos);
}

/* The value of the node at the current depth is complete. */
static int value_done(infext__yaml_stream *ys)
{
    infext__yaml_close_anchors(ys);
    if (!ys->depth) return 0;
    level *l = &ys->levels[ys->depth - 1];
    if (l->state == ST_VALUE) {
        l->state = ST_KEY;
    } else if (l->state == ST_MERGE_VALUE && ys->suppressing && ys->suppress_depth == ys->depth) {
        const anchor *a = &ys->anchors[ys->merge_anchor];
        if (infext__yaml_reserve((void **)&ys->merges, &ys->merges_cap, ys->n_merges + 1, sizeof(merge_src)) != 0)
            return infext__yaml_oom(ys->b);
        merge_src *m = &ys->merges[ys->n_merges++];
        m->first = a->first;
        m->end = a->end;
        m->expanded = a->expanded;
        m->pos = ys->log[a->first].pos;
        ys->suppressing = 0;
        l->state = ST_KEY;
    }
    return 0;
}

static int push_level(infext__yaml_stream *ys, int is_map, infext__pos pos)
{
    infext__builder *b = ys->b;
    if (ys->depth >= b->opts->max_depth)
        return infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_SYNTAX, pos, "nesting deeper than the limit of %zu levels",
                              b->opts->max_depth);
    if (infext__yaml_reserve((void **)&ys->levels, &ys->levels_cap, ys->depth + 1, sizeof(level)) != 0) return infext__yaml_oom(b);
    level *l = &ys->levels[ys->depth++];
    l->is_map = (uint8_t)is_map;
    l->state = is_map ? ST_KEY : ST_ITEM;
    l->merge_base = ys->n_merges;
    return 0;
}

/* Events inside the value of a live merge key: logged (by the caller), not
 * fed; aliases are checked but not expanded until the merge applies. */
static int handle_suppressed(infext__yaml_stream *ys, const yev *e)
{
    switch (e->type) {
    case EV_MAP:
    case EV_SEQ:
        return push_level(ys, e->type == EV_MAP, e->pos);
    case EV_END_MAP:
    case EV_END_SEQ:
        ys->depth--;
        return value_done(ys);
    case EV_ALIAS:
        if (!infext__yaml_alias_target(ys, e)) return -1;
        return value_done(ys);
    default: /* keys and values alike: only depth matters here */
        return value_done(ys);
    }
}

int infext__yaml_handle(infext__yaml_stream *ys, const yev *e)
{
    infext__builder *b = ys->b;
    level *l = ys->depth ? &ys->levels[ys->depth - 1] : NULL;
    int key_position = l && l->is_map && l->state == ST_KEY;
    switch (e->type) {
    case EV_SCALAR: {
        ys->fed = 1;
        if (key_position) {
            if (handle_key(ys, l, e) != 0) return -1;
            infext__yaml_close_anchors(ys);
            return 0;
        }
        infext__scalar s;
        if (type_scalar(ys, &s, e) != 0) return -1;
        if (!ys->depth && s.type == INFEXT__V_NULL) {
            /* An empty or comment-only document, or a bare null: kubectl
             * skips these, and so do we. */
            ys->fed = 0;
            return value_done(ys);
        }
        if (infext__b_scalar(b, &s) != 0) return -1;
        return value_done(ys);
    }
    case EV_ALIAS: {
        ys->fed = 1;
        if (infext__yaml_expand_alias(ys, e) != 0) return -1;
        return 0; /* the replayed node completed itself */
    }
    case EV_MAP:
    case EV_SEQ:
        ys->fed = 1;
        if (key_position)
            return key_type_error(ys, e->type == EV_MAP ? "a mapping" : "a sequence", e);
        if (push_level(ys, e->type == EV_MAP, e->pos) != 0) return -1;
        return e->type == EV_MAP ? infext__b_begin_map(b, e->pos) : infext__b_begin_seq(b, e->pos);
    case EV_END_MAP:
        if (ys->n_merges > l->merge_base && infext__yaml_apply_merges(ys, l->merge_base) != 0) return -1;
        ys->depth--;
        if (infext__b_end_map(b) != 0) return -1;
        return value_done(ys);
    case EV_END_SEQ:
        ys->depth--;
        if (infext__b_end_seq(b) != 0) return -1;
        return value_done(ys);
    default:
        return 0;
    }
}

/* ------------------------------------------------------------ stream --- */

infext__yaml_stream *infext__yaml_stream_new(const char *data, size_t len)
{
    infext__yaml_stream *ys = infext__calloc(1, sizeof(*ys));
    if (!ys) return NULL;
    infext__buf_init(&ys->texts, INFEXT__BUF_MAX_TEXT);
    infext__buf_init(&ys->scratch, INFEXT__BUF_MAX_TEXT);
    if (!yaml_parser_initialize(&ys->parser)) {
        infext__free(ys);
        return NULL;
    }
    /* libyaml, told the encoding, would read a byte order mark as text */
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        len -= 3;
    }
    ys->data = (const unsigned char *)data;
    ys->len = len;
    ys->work_limit = sat_add(ALIAS_WORK_BASE, len / ALIAS_WORK_BYTES);
    size_t readable = len;
    ys->unreadable_at = infext__yaml_first_unreadable(ys->data, len);
    if (ys->unreadable_at < len) {
        ys->has_unreadable = 1;
        readable = infext__yaml_last_document_start(ys->data, ys->unreadable_at);
    }
    yaml_parser_set_input_string(&ys->parser, (const unsigned char *)data, readable);
    yaml_parser_set_encoding(&ys->parser, YAML_UTF8_ENCODING);
    return ys;
}

void infext__yaml_stream_free(infext__yaml_stream *ys)
{
    if (!ys) return;
    yaml_parser_delete(&ys->parser);
    infext__free(ys->levels);
    infext__free(ys->log);
    infext__buf_reset(&ys->texts);
    infext__free(ys->anchors);
    infext__free(ys->slots);
    infext__free(ys->open);
    infext__free(ys->merges);
    infext__buf_reset(&ys->scratch);
    infext__free(ys);
}

static void reset_document(infext__yaml_stream *ys)
{
    ys->depth = 0;
    ys->n_log = 0;
    infext__buf_truncate(&ys->texts, 0);
    ys->n_anchors = 0;
    if (ys->slots) memset(ys->slots, 0, ys->slots_cap * sizeof(uint32_t));
    ys->n_open = 0;
    ys->expanded_total = 0;
    ys->n_merges = 0;
    ys->suppressing = ys->open_merge_anchor = ys->merge_key_seen = 0;
    ys->merge_nesting = 0;
    ys->replaying = 0;
    ys->doc_copied = 0;
    ys->fed = 0;
}

/* A text the parser could not read: reported without a path, since the
 * builder's position may lag behind the parser's. */
static int syntax_fail(infext__yaml_stream *ys, infext__pos pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static int syntax_fail(infext__yaml_stream *ys, infext__pos pos, const char *fmt, ...)
{
    infext__builder *b = ys->b;
    infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    va_list ap;
    va_start(ap, fmt);
    infext__buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    infext_status st = INFEXT_ENOMEM;
    if (!msg.failed && msg.data)
        st = infext__diag_addf(b->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_SYNTAX, "", pos.line, pos.column, "%s",
                               msg.data);
    infext__buf_reset(&msg);
    if (b->status == INFEXT_OK) b->status = st == INFEXT_OK ? INFEXT_EPARSE : INFEXT_ENOMEM;
    return -1;
}

/* libyaml's complaint, with the position and words a user can act on. */
static int parser_error(infext__yaml_stream *ys)
{
    yaml_parser_t *p = &ys->parser;
    if (p->error == YAML_MEMORY_ERROR) return infext__yaml_oom(ys->b);
    const char *problem = p->problem ? p->problem : "syntax error";
    if (p->error == YAML_READER_ERROR) {
        size_t off = p->problem_offset < ys->len ? p->problem_offset : ys->len ? ys->len - 1 : 0;
        if (strstr(problem, "control characters"))
            return syntax_fail(ys, infext__yaml_offset_pos(ys->data, ys->len, off),
                               "control character U+%04X is not allowed in YAML text (write it as an escape in a "
                               "double-quoted string)",
                               (unsigned)p->problem_value);
        if (strstr(problem, "trailing")) { /* off is the byte after the character's start */
            off = off ? off - 1 : 0;
            while (off > 0 && (ys->data[off] & 0xC0) == 0x80) off--;
        }
        if (strstr(problem, "trailing") || strstr(problem, "incomplete"))
            return syntax_fail(ys, infext__yaml_offset_pos(ys->data, ys->len, off),
                               "the input is not valid UTF-8: the character that byte 0x%02X starts is cut short",
                               (unsigned)ys->data[off]);
        if (strstr(problem, "leading") || strstr(problem, "length"))
            return syntax_fail(ys, infext__yaml_offset_pos(ys->data, ys->len, off),
                               "the input is not valid UTF-8: byte 0x%02X cannot start a character",
                               (unsigned)ys->data[off]);
        return syntax_fail(ys, infext__yaml_offset_pos(ys->data, ys->len, off), "the input is not valid UTF-8: %s", problem);
    }
    infext__pos pos = mark_pos(p->problem_mark);
    size_t off = mark_offset(ys->data, ys->len, p->problem_mark.index);
    if (strstr(problem, "tab character") || (off < ys->len && ys->data[off] == '\t'))
        return syntax_fail(ys, pos, "a tab character cannot indent YAML: indent with spaces");
    return syntax_fail(ys, pos, "%s%s%s", problem, p->context ? " " : "", p->context ? p->context : "");
}

/* One event from libyaml: open the anchor it defines, log it while any
 * anchor is open, then handle it. */
static int live_event(infext__yaml_stream *ys, const yaml_event_t *ev)
{
    yev e;
    memset(&e, 0, sizeof e);
    e.pos = mark_pos(ev->start_mark);
    const unsigned char *anchor_text = NULL;
    switch (ev->type) {
    case YAML_MAPPING_START_EVENT:
        e.type = EV_MAP;
        anchor_text = ev->data.mapping_start.anchor;
        break;
    case YAML_SEQUENCE_START_EVENT:
        e.type = EV_SEQ;
        anchor_text = ev->data.sequence_start.anchor;
        break;
    case YAML_MAPPING_END_EVENT: e.type = EV_END_MAP; break;
    case YAML_SEQUENCE_END_EVENT: e.type = EV_END_SEQ; break;
    case YAML_SCALAR_EVENT:
        e.type = EV_SCALAR;
        e.text = (const char *)ev->data.scalar.value;
        e.len = (uint32_t)ev->data.scalar.length;
        e.quoted = ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE;
        e.tag = ev->data.scalar.plain_implicit || ev->data.scalar.quoted_implicit ? TAG_NONE
                                                                                   : tag_of(ev->data.scalar.tag);
        anchor_text = ev->data.scalar.anchor;
        if (ev->data.scalar.length > UINT32_MAX || ev->data.scalar.length > ys->b->opts->max_string_length)
            return infext__b_fail(ys->b, INFEXT_ELIMIT, INFEXT_ERR_TOO_LONG, e.pos,
                                  "string of %zu bytes is longer than the limit of %zu", ev->data.scalar.length,
                                  ys->b->opts->max_string_length);
        break;
    case YAML_ALIAS_EVENT:
        e.type = EV_ALIAS;
        e.text = (const char *)ev->data.alias.anchor;
        e.len = (uint32_t)strlen(e.text);
        break;
    default:
        return 0;
    }
    if (ys->open_merge_anchor) {
        ys->open_merge_anchor = 0;
        if (infext__yaml_open_anchor(ys, NULL, 0, &ys->merge_anchor) != 0) return infext__yaml_oom(ys->b);
    }
    if (anchor_text) {
        size_t index;
        if (infext__yaml_open_anchor(ys, (const char *)anchor_text, strlen((const char *)anchor_text), &index) != 0)
            return infext__yaml_oom(ys->b);
    }
    if (ys->n_open) {
        const anchor *target = e.type == EV_ALIAS ? infext__yaml_find_anchor(ys, e.text, e.len) : NULL;
        if (infext__yaml_log_event(ys, &e, target) != 0) return infext__yaml_oom(ys->b);
        if (target) ys->log[ys->n_log - 1].ref = (size_t)(target - ys->anchors);
    }
    return ys->suppressing ? handle_suppressed(ys, &e) : infext__yaml_handle(ys, &e);
}

static int unreadable_fail(infext__yaml_stream *ys)
{
    size_t off = ys->unreadable_at, width = 1;
    uint32_t cp = 0;
    infext__pos pos = infext__yaml_offset_pos(ys->data, ys->len, off);
    unsigned byte = ys->data[off];
    switch (infext__yaml_classify_char(ys->data + off, ys->len - off, &width, &cp)) {
    case CONTROL:
        return syntax_fail(ys, pos,
                           "control character U+%04X is not allowed in YAML text (write it as an escape in a "
                           "double-quoted string)",
                           (unsigned)cp);
    case CUT_SHORT:
        return syntax_fail(ys, pos, "the input is not valid UTF-8: the character that byte 0x%02X starts is cut short",
                           byte);
    case NOT_UNICODE:
        return syntax_fail(ys, pos, "the input is not valid UTF-8: the character at byte 0x%02X is not a Unicode "
                           "scalar value", byte);
    default:
        return syntax_fail(ys, pos, "the input is not valid UTF-8: byte 0x%02X cannot start a character", byte);
    }
}

int infext__yaml_feed_document(infext__builder *b, infext__yaml_stream *ys, int *end)
{
    *end = 0;
    if (ys->done) {
        *end = 1;
        return 0;
    }
    ys->b = b;
    yaml_event_t ev;
    for (;;) {
        if (!yaml_parser_parse(&ys->parser, &ev)) {
            ys->done = 1;
            parser_error(ys);
            return -1;
        }
        int rc = 0;
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            ys->done = 1;
            yaml_event_delete(&ev);
            if (ys->has_unreadable) return unreadable_fail(ys);
            *end = 1;
            return 0;
        case YAML_DOCUMENT_START_EVENT:
            reset_document(ys);
            b->doc_pos = mark_pos(ev.start_mark);
            ys->doc_start_index = ev.end_mark.index;
            ys->doc_implicit = ev.data.document_start.implicit;
            ys->doc_prev_end_index = ys->last_end_index;
            ys->doc_span_known = 0;
            break;
        case YAML_DOCUMENT_END_EVENT:
            ys->doc_end_index = ev.start_mark.index;
            ys->last_end_index = ev.end_mark.index;
            ys->doc_span_known = 1;
            yaml_event_delete(&ev);
            if (ys->fed) return 0;
            continue; /* an empty document: skip it */
        default:
            rc = live_event(ys, &ev);
            break;
        }
        yaml_event_delete(&ev);
        if (rc != 0) {
            ys->done = 1;
            return -1;
        }
    }
}
