/**
 * @file request.h
 * @brief Inference requests as the scheduler sees them.
 *
 * An #infext_request carries what the plugins of a scheduling cycle read:
 * the request id, the target model, the headers, the prompt (set directly
 * or taken from an OpenAI-style body), the objective's priority and the
 * cache salt. scheduler.h includes this header.
 */
#ifndef INFEXT_REQUEST_H
#define INFEXT_REQUEST_H

#include "infext/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------ request -- */

/**
 * One inference request as the scheduler sees it. Opaque; built by the host.
 * A request must not be modified while a schedule() call reads it.
 */
typedef struct infext_request infext_request;

/**
 * Create an empty request (no id, no model, empty prompt, no priority).
 * @param[out] out receives the request, owned by the caller
 *                 (infext_request_free()).
 * @return INFEXT_OK, INFEXT_EINVAL (@p out NULL), INFEXT_ENOMEM.
 * Thread-safe.
 */
INFEXT_API infext_status infext_request_new(infext_request **out);

/** Free a request and everything it holds. NULL is a no-op. */
INFEXT_API void infext_request_free(infext_request *req);

/**
 * Set the request id (copied). The id also seeds the per-call random
 * stream, so a seeded scheduler picks the same endpoints for the same id.
 * @param id NUL-terminated UTF-8, or NULL to clear.
 * @return INFEXT_OK, INFEXT_EINVAL (@p req NULL), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_request_set_id(infext_request *req, const char *id);

/** The request id. @return a borrowed string, "" when unset or @p req is NULL. */
INFEXT_API const char *infext_request_get_id(const infext_request *req);

/**
 * Set the target model (copied): the model after any rewrite, as the EPP's
 * `TargetModel`.
 * @param model NUL-terminated UTF-8, or NULL to clear.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_request_set_model(infext_request *req, const char *model);

/** The target model. @return a borrowed string, "" when unset. */
INFEXT_API const char *infext_request_get_model(const infext_request *req);

/**
 * Set the prompt text (copied; may contain NUL bytes).
 * @param prompt the bytes, or NULL with @p len 0 to clear.
 * @return INFEXT_OK, INFEXT_EINVAL (@p req NULL, or NULL @p prompt with a
 *         non-zero @p len), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_request_set_prompt(infext_request *req, const char *prompt,
                                                   size_t len);

/**
 * The prompt text.
 * @param[out] out_len receives its length in bytes; may be NULL.
 * @return a borrowed, NUL-terminated string; "" when unset.
 */
INFEXT_API const char *infext_request_get_prompt(size_t *out_len, const infext_request *req);

/**
 * Set the cache salt (copied): requests with different salts never share a
 * prefix-cache entry (the OpenAI body's `cache_salt`).
 * @param salt NUL-terminated, or NULL to clear.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_request_set_cache_salt(infext_request *req, const char *salt);

/** The cache salt. @return a borrowed string, "" when unset. */
INFEXT_API const char *infext_request_get_cache_salt(const infext_request *req);

/**
 * Set the priority of the request's objective (InferenceObjective
 * `spec.priority`) and mark it present.
 * @return INFEXT_OK, INFEXT_EINVAL (@p req NULL).
 */
INFEXT_API infext_status infext_request_set_priority(infext_request *req, int32_t priority);

/**
 * The priority of the request's objective.
 * @param[out] out receives the priority when present.
 * @return true when a priority was set; false otherwise or for NULL.
 */
INFEXT_API bool infext_request_get_priority(int32_t *out, const infext_request *req);

/**
 * Set a header (both strings copied). Names compare case-insensitively; a
 * second call with the same name replaces the value.
 * @return INFEXT_OK, INFEXT_EINVAL (NULL argument), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_request_set_header(infext_request *req, const char *name,
                                                   const char *value);

/**
 * Value of a header, looked up case-insensitively.
 * @return a borrowed string, or NULL when absent.
 */
INFEXT_API const char *infext_request_get_header(const infext_request *req, const char *name);

/** Number of headers; 0 for NULL. */
INFEXT_API size_t infext_request_headers_count(const infext_request *req);

/**
 * Name of header @p index (in the order they were first set).
 * @return a borrowed string, or NULL when out of range.
 */
INFEXT_API const char *infext_request_header_name_at(const infext_request *req, size_t index);

/**
 * Value of header @p index.
 * @return a borrowed string, or NULL when out of range.
 */
INFEXT_API const char *infext_request_header_value_at(const infext_request *req, size_t index);

/**
 * Fill the prompt (and the cache salt, and the model when none is set yet)
 * from an OpenAI-style request body.
 *
 * - `/v1/completions`: the prompt is `prompt` (a string, or an array of
 *   strings joined with "\n").
 * - `/v1/chat/completions`: the prompt is built from `messages`: for each
 *   message, its `role`, ": ", the text of its `content` and "\n". A string
 *   content is taken as is; of a structured content (an array of parts)
 *   the `text` of every part of type `text` is taken, each followed by a
 *   space; other parts (images, audio) are skipped.
 *
 * @param data,len the JSON text (need not be NUL-terminated).
 * @param diags receives the reason of a failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE (not JSON), INFEXT_EINVAL (neither a
 *         `prompt` nor a `messages` member, or members of the wrong type),
 *         INFEXT_ENOMEM. The request is unchanged on failure.
 */
INFEXT_API infext_status infext_request_set_openai_body(infext_request *req, const char *data,
                                                        size_t len, infext_diags *diags);

struct infext_scheduler; /* scheduler.h */

/**
 * Fill the prompt (and the cache salt, and the model when none is set yet,
 * and what infext_request_is_streaming() and
 * infext_request_get_max_output_tokens() say) from a raw request body,
 * with the parser the request path selects among
 * the parsers the scheduler's config names, as llm-d-router v0.10's
 * endpoint picker does.
 *
 * The parsers are those of the config's `requestHandler.parsers` (or GIE
 * v1.5's `parser`), in order, each reference naming a plugin of a built-in
 * parser type or (as the loader adds one) such a type; the first of each
 * type counts, references to other types are skipped (a config naming
 * only such parsers leaves none: every path is refused). A scheduler whose
 * config names none, or a NULL @p sched, has llm-d-router's default three:
 * `openai-parser`, `anthropic-parser`, `vllmhttp-parser`. The first parser
 * one of whose paths the request path ends with is chosen (a plain suffix
 * test on the path without its query, blanks and a trailing slash):
 *
 * - `openai-parser` (chat/completions, completions, embeddings, responses,
 *   conversations, chat/completions/render, completions/render,
 *   images/generations): as infext_request_set_openai_body().
 * - `anthropic-parser` (messages, messages/count_tokens): a `/messages`
 *   body needs a non-empty `messages` array; the prompt is what
 *   llm-d-router's estimate hashes for prefix-cache scoring: the `tools`
 *   when non-empty, as compact JSON as Go writes upstream's tool type
 *   (each tool's `name`, `description`, `input_schema` (its text compacted),
 *   `strict`, `defer_loading`; `<`, `>`, `&` escaped),
 *   then the `system` text (a string, or its text blocks but those starting
 *   with `x-anthropic-billing-header`), then for each message its `role`
 *   and its content: a string, or per block the `text` of a text block,
 *   the `thinking` of a thinking block, a tool use's `id`, `name` and
 *   `input` (its text as sent), a tool result's content (a string, or its text
 *   blocks joined by newlines); nothing between the pieces. Image blocks
 *   are left out. A `/messages/count_tokens` body is not parsed: the call
 *   returns INFEXT_OK and leaves the request unchanged.
 * - `vllmhttp-parser` (inference/v1/generate): the body needs a non-empty
 *   `token_ids` array of integers in [0, 2^32-1]; the prompt is the ids,
 *   each as 4 little-endian bytes (the prefix-cache blocks are cut from
 *   them as from upstream's tokens).
 *
 * The model is the body's `model` when it is a string; the cache salt its
 * `cache_salt`. A proxy answers a failure with 400 Bad Request, as the
 * endpoint picker does.
 *
 * @param req the request to fill.
 * @param sched the scheduler whose config names the parsers, or NULL for
 *              the default three; only read.
 * @param path the request path (`/v1/messages?beta=true`); NULL or "" for
 *             the request's `:path`, `x-original-path` or
 *             `x-forwarded-path` header, and `/v1/completions` without them.
 * @param data,len the body's JSON text (need not be NUL-terminated).
 * @param diags receives the reason of a failure, with the member's path;
 *              may be NULL.
 * @return INFEXT_OK; INFEXT_ENOTFOUND (no parser claims the path:
 *         "no parser registered matching path suffix for: PATH"; or the
 *         chosen parser does not serve it as it stands, e.g. with a
 *         trailing slash: "unsupported API endpoint: PATH" from
 *         anthropic-parser, "unsupported path: PATH" from vllmhttp-parser),
 *         INFEXT_EPARSE (not JSON), INFEXT_EINVAL (NULL @p req, or
 *         a body the parser refuses: not an object, a missing or empty
 *         `messages` or `token_ids`, a member of the wrong type),
 *         INFEXT_ENOMEM. The request is unchanged on failure.
 * Not thread-safe on one request; @p sched may be shared.
 */
INFEXT_API infext_status infext_request_set_body(infext_request *req, const struct infext_scheduler *sched,
                                                 const char *path, const char *data, size_t len,
                                                 infext_diags *diags);

/**
 * Whether the body infext_request_set_body() last read asked for a
 * streamed response (its `stream` is true), as upstream's parsers read it.
 * @return false when it did not, when no body was read, or for NULL.
 * Thread-safe.
 */
INFEXT_API bool infext_request_is_streaming(const infext_request *req);

/**
 * The client's cap on output tokens in the body infext_request_set_body()
 * last read: Anthropic `max_tokens`; vLLM generate
 * `sampling_params.max_tokens`; OpenAI chat completions
 * `max_completion_tokens`, else `max_tokens`; completions `max_tokens`;
 * responses `max_output_tokens`; none for other OpenAI APIs. The first
 * key holding a whole number from 0 counts (a value of another type,
 * negative or fractional, is passed over).
 * @param[out] out receives the cap when there is one; may be NULL.
 * @return true when the body had a cap; false otherwise or for NULL.
 * Thread-safe.
 */
INFEXT_API bool infext_request_get_max_output_tokens(int64_t *out, const infext_request *req);

/**
 * Decode a request from the `infext schedule` file format:
 * `{"requestId", "model", "headers": {..}, "priority", "prompt"}`, or the
 * same with the OpenAI request as `"body"` (an object) instead of
 * `"prompt"`. Every member is optional; extra members are ignored.
 * @param[out] out receives the request, owned by the caller.
 * @param diags receives the reason of a failure, with the member's path.
 * @return INFEXT_OK, INFEXT_EPARSE, INFEXT_ETYPE (a member of the wrong
 *         type), INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_request_decode_json(infext_request **out, const char *data,
                                                    size_t len, infext_diags *diags);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_REQUEST_H */
