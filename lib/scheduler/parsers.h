/* The built-in request parsers (parsers.c) and the pieces of request.c
 * they share. */
#ifndef INFEXT_SCHEDULER_PARSERS_H
#define INFEXT_SCHEDULER_PARSERS_H

#include "scheduler/sched.h"
#include "util/buf.h"

#include <jansson.h>

/* The kinds of built-in parser, in llm-d-router v0.10's default order. */
enum { INFEXT__PARSER_OPENAI, INFEXT__PARSER_ANTHROPIC, INFEXT__PARSER_VLLMHTTP };


/* Parse JSON text (duplicates rejected); a syntax error is reported with
 * its line and column. INFEXT_OK or INFEXT_EPARSE. */
infext_status infext__request_parse_json(json_t **out, const char *data, size_t len,
                                         infext_diags *diags);

/* Fill the request from an OpenAI body (infext_request_set_openai_body());
 * `base` prefixes the diagnostics' paths. */
infext_status infext__request_apply_openai(infext_request *req, json_t *body, const char *base,
                                           infext_diags *diags);

/* Give the request the prompt in `b` (taken), the salt when not NULL, the
 * model when not NULL and none is set yet; all or nothing. */
infext_status infext__request_commit(infext_request *req, infext__buf *b, const char *model,
                                     const char *salt);

/* One step of a path into a JSON text: a member (key not NULL) or an
 * element (index). */
typedef struct infext__raw_step {
    const char *key;
    size_t index;
} infext__raw_step;

/* The text of the value at `steps` in JSON text jansson accepted; false
 * when it cannot be found (a key spelled with escapes). */
bool infext__raw_value(const char **out, size_t *out_len, const char *text, size_t len,
                       const infext__raw_step *steps, size_t count);

/* Append raw JSON as Go's json.Compact with HTML escaping writes it. */
/* Writes the escape of the HTML character or line separator starting at
 * s[*i], as Go's encoding/json does, and steps *i over it; false (nothing
 * written) for any other byte. */
bool infext__go_html_escape(infext__buf *b, const char *s, size_t n, size_t *i);
void infext__raw_compact(infext__buf *b, const char *s, size_t n);

/* Note in a built scheduler the parsers its config names, in order. */
void infext__sched_note_parsers(infext_scheduler *sched, const infext__epc_view *v);

#endif
