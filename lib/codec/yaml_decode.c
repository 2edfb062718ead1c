/* YAML front end: libyaml events into builder events, with plain scalars
 * typed the way Kubernetes' YAML-to-JSON conversion types them (YAML 1.1). */
#include "codec/decode.h"
#include "util/alloc.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

struct infext__yaml_stream {
    yaml_parser_t parser;
    int done;
};

infext__yaml_stream *infext__yaml_stream_new(const char *data, size_t len)
{
    infext__yaml_stream *ys = infext__calloc(1, sizeof(*ys));
    if (!ys) return NULL;
    if (!yaml_parser_initialize(&ys->parser)) {
        infext__free(ys);
        return NULL;
    }
    yaml_parser_set_input_string(&ys->parser, (const unsigned char *)data, len);
    yaml_parser_set_encoding(&ys->parser, YAML_UTF8_ENCODING);
    return ys;
}

void infext__yaml_stream_free(infext__yaml_stream *ys)
{
    if (!ys) return;
    yaml_parser_delete(&ys->parser);
    infext__free(ys);
}

static infext__pos mark_pos(yaml_mark_t m)
{
    infext__pos p = {(uint32_t)m.line + 1, (uint32_t)m.column + 1};
    return p;
}

static int word_in(const char *s, size_t len, const char *const *words)
{
    for (; *words; words++)
        if (strlen(*words) == len && memcmp(*words, s, len) == 0) return 1;
    return 0;
}

/* Resolve a plain scalar: null, boolean, integer, float or string. */
void infext__yaml_resolve_plain(infext__scalar *out, const char *s, size_t len)
{
    static const char *const nulls[] = {"~", "null", "Null", "NULL", NULL};
    static const char *const trues[] = {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE",
                                        "on", "On", "ON", NULL};
    static const char *const falses[] = {"n", "N", "no", "No", "NO", "false", "False", "FALSE",
                                         "off", "Off", "OFF", NULL};
    out->s = s;
    out->len = len;
    if (len == 0 || word_in(s, len, nulls)) {
        out->type = INFEXT__V_NULL;
        return;
    }
    if (word_in(s, len, trues)) {
        out->type = INFEXT__V_TRUE;
        return;
    }
    if (word_in(s, len, falses)) {
        out->type = INFEXT__V_FALSE;
        return;
    }
    char buf[128];
    if (len < sizeof buf && (isdigit((unsigned char)s[0]) || s[0] == '-' || s[0] == '+' || s[0] == '.')) {
        size_t n = 0;
        for (size_t i = 0; i < len; i++)
            if (s[i] != '_') buf[n++] = s[i];
        buf[n] = '\0';
        char *end;
        errno = 0;
        long long v = strtoll(buf, &end, 10);
        if (*end == '\0' && end != buf && errno == 0) {
            out->type = INFEXT__V_INT;
            out->i = v;
            out->plain_int_text = 1;
            return;
        }
        if (!strcmp(buf, ".inf") || !strcmp(buf, "+.inf") || !strcmp(buf, ".Inf") || !strcmp(buf, ".INF")) {
            out->type = INFEXT__V_REAL;
            out->d = INFINITY;
            return;
        }
        if (!strcmp(buf, "-.inf") || !strcmp(buf, "-.Inf") || !strcmp(buf, "-.INF")) {
            out->type = INFEXT__V_REAL;
            out->d = -INFINITY;
            return;
        }
        errno = 0;
        double d = strtod(buf, &end);
        if (*end == '\0' && end != buf && errno == 0 && strpbrk(buf, "0123456789") &&
            !strpbrk(buf, "xXpP") && strcmp(buf, "nan") && strcmp(buf, "inf")) {
            out->type = INFEXT__V_REAL;
            out->d = d;
            return;
        }
    }
    out->type = INFEXT__V_STRING;
}

static int parser_error(infext__builder *b, yaml_parser_t *p)
{
    infext__pos pos = mark_pos(p->problem_mark);
    if (p->error == YAML_MEMORY_ERROR) {
        if (b->status == INFEXT_OK) b->status = INFEXT_ENOMEM;
        return -1;
    }
    return infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_SYNTAX, pos, "%s%s%s",
                          p->problem ? p->problem : "syntax error", p->context ? " " : "",
                          p->context ? p->context : "");
}

int infext__yaml_feed_document(infext__builder *b, infext__yaml_stream *ys, int *end)
{
    *end = 0;
    if (ys->done) {
        *end = 1;
        return 0;
    }
    yaml_event_t ev;
    int in_doc = 0, fed = 0;
    /* expecting_key[depth]: inside a mapping, the next scalar is a key. */
    unsigned char key_next[256];
    size_t depth = 0;
    for (;;) {
        if (!yaml_parser_parse(&ys->parser, &ev)) {
            ys->done = 1;
            return parser_error(b, &ys->parser);
        }
        int rc = 0;
        infext__pos pos = mark_pos(ev.start_mark);
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            ys->done = 1;
            yaml_event_delete(&ev);
            *end = !fed;
            return 0;
        case YAML_DOCUMENT_START_EVENT:
            in_doc = 1;
            b->doc_pos = pos;
            break;
        case YAML_DOCUMENT_END_EVENT:
            yaml_event_delete(&ev);
            if (fed) return 0;
            in_doc = 0;
            continue; /* an empty document: skip it */
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            if (depth && key_next[depth - 1] == 1) {
                rc = infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_SYNTAX, pos,
                                    "a mapping key must be a string");
                break;
            }
            if (depth && key_next[depth - 1] == 2) key_next[depth - 1] = 1;
            if (depth >= sizeof key_next || depth >= b->opts->max_depth) {
                rc = infext__b_fail(b, INFEXT_ELIMIT, INFEXT_ERR_SYNTAX, pos,
                                    "nesting deeper than the limit of %zu levels", b->opts->max_depth);
                break;
            }
            key_next[depth++] = ev.type == YAML_MAPPING_START_EVENT ? 1 : 0;
            fed = 1;
            rc = ev.type == YAML_MAPPING_START_EVENT ? infext__b_begin_map(b, pos)
                                                      : infext__b_begin_seq(b, pos);
            break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
            depth--;
            rc = ev.type == YAML_MAPPING_END_EVENT ? infext__b_end_map(b) : infext__b_end_seq(b);
            break;
        case YAML_SCALAR_EVENT: {
            const char *text = (const char *)ev.data.scalar.value;
            size_t len = ev.data.scalar.length;
            fed = 1;
            if (depth && key_next[depth - 1] == 1) {
                if (ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
                    infext__scalar k;
                    memset(&k, 0, sizeof k);
                    infext__yaml_resolve_plain(&k, text, len);
                    if (k.type != INFEXT__V_STRING) {
                        rc = infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_SYNTAX, pos,
                                            "a mapping key must be a string, not \"%.*s\"", (int)len, text);
                        break;
                    }
                }
                key_next[depth - 1] = 2;
                rc = infext__b_key(b, text, len, pos);
                break;
            }
            if (depth && key_next[depth - 1] == 2) key_next[depth - 1] = 1;
            infext__scalar s;
            memset(&s, 0, sizeof s);
            s.pos = pos;
            if (ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
                infext__yaml_resolve_plain(&s, text, len);
            } else {
                s.type = INFEXT__V_STRING;
                s.quoted = 1;
                s.s = text;
                s.len = len;
            }
            if (s.type != INFEXT__V_STRING && s.type != INFEXT__V_REAL) s.s = NULL;
            if (depth == 0 && s.type == INFEXT__V_NULL) {
                /* An empty or comment-only document, or a bare null: kubectl
                 * skips these, and so do we. */
                fed = 0;
                break;
            }
            rc = infext__b_scalar(b, &s);
            break;
        }
        case YAML_ALIAS_EVENT:
            rc = infext__b_fail(b, INFEXT_EPARSE, INFEXT_ERR_SYNTAX, pos,
                                "aliases are not supported yet");
            break;
        default:
            break;
        }
        yaml_event_delete(&ev);
        if (rc != 0) {
            ys->done = 1;
            return -1;
        }
        (void)in_doc;
    }
}
