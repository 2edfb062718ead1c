/* Fuzz target for the request parsers (infext_request_set_body()): the
 * first byte picks the request path, the rest is the body. Nothing may
 * crash or leak; the status is OK exactly when no error was reported; a
 * refused body leaves the request as it was; a body read twice gives the
 * same prompt, model, salt, stream flag and output-token cap. Built for libFuzzer with -DINFEXT_FUZZ=ON
 * (clang), and always as an ordinary test that replays the committed
 * corpus. */
#include <infext/infext.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const paths[] = {
    "/v1/messages", "/inference/v1/generate", "/v1/chat/completions",
    "/v1/messages/count_tokens", "/v1/completions?x=1", "/v1/unknown",
};

typedef struct seen {
    char *prompt;
    size_t len;
    char *model, *salt;
    bool streaming, capped;
    int64_t cap;
} seen;

static char *dup(const char *s, size_t n)
{
    char *c = malloc(n + 1);
    if (!c) abort();
    memcpy(c, s, n + 1);
    return c;
}

static seen look(const infext_request *req)
{
    seen s;
    const char *p = infext_request_get_prompt(&s.len, req);
    const char *model = infext_request_get_model(req), *salt = infext_request_get_cache_salt(req);
    s.prompt = dup(p, s.len);
    s.model = dup(model, strlen(model));
    s.salt = dup(salt, strlen(salt));
    s.streaming = infext_request_is_streaming(req);
    s.cap = 0;
    s.capped = infext_request_get_max_output_tokens(&s.cap, req);
    return s;
}

static void same(const seen *a, const seen *b)
{
    if (a->len != b->len || memcmp(a->prompt, b->prompt, a->len) || strcmp(a->model, b->model) ||
        strcmp(a->salt, b->salt) || a->streaming != b->streaming || a->capped != b->capped ||
        a->cap != b->cap)
        abort();
}

static void forget(seen *s)
{
    free(s->prompt);
    free(s->model);
    free(s->salt);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!size) return 0;
    const char *path = paths[data[0] % (sizeof paths / sizeof paths[0])];
    const char *body = (const char *)data + 1;
    size_t len = size - 1;
    infext_diags *d = NULL;
    infext_request *one = NULL, *two = NULL;
    if (infext_diags_new(&d) != INFEXT_OK || infext_request_new(&one) != INFEXT_OK ||
        infext_request_new(&two) != INFEXT_OK)
        goto done;
    infext_request_set_prompt(one, "before", 6);
    infext_request_set_cache_salt(one, "salt");
    seen before = look(one);
    infext_status st = infext_request_set_body(one, NULL, path, body, len, d);
    if ((st == INFEXT_OK) != (infext_diags_error_count(d) == 0)) abort();
    seen after = look(one);
    if (st != INFEXT_OK) same(&before, &after);
    /* a fresh request: the same verdict; when it succeeds, the same reading
     * (the salt and the model kept when the body has none) */
    infext_request_set_prompt(two, "before", 6);
    infext_request_set_cache_salt(two, "salt");
    if (infext_request_set_body(two, NULL, path, body, len, NULL) != st) abort();
    seen again = look(two);
    same(&after, &again);
    forget(&before);
    forget(&after);
    forget(&again);
done:
    infext_request_free(two);
    infext_request_free(one);
    infext_diags_free(d);
    return 0;
}
