/* The schema's patterns, compiled once per process. The table is built
 * under pthread_once and never written again, so any number of threads may
 * match against it; each validation call brings its own match data. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "validate/validate_int.h"

#include <pcre2.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static pcre2_code **compiled;
static bool *jitted;
static infext__vmatcher *grammar; /* a C matcher instead of PCRE2, or NULL */
static pthread_once_t compile_once = PTHREAD_ONCE_INIT;

static void compile_all(void)
{
    compiled = calloc(infext__n_patterns ? infext__n_patterns : 1, sizeof(*compiled));
    jitted = calloc(infext__n_patterns ? infext__n_patterns : 1, sizeof(*jitted));
    grammar = calloc(infext__n_patterns ? infext__n_patterns : 1, sizeof(*grammar));
    if (!compiled || !jitted || !grammar) {
        free(compiled);
        free(jitted);
        free(grammar);
        compiled = NULL;
        return;
    }
    for (size_t i = 0; i < infext__n_patterns; i++) {
        grammar[i] = infext__vgrammar_for(infext__patterns[i]);
        int err;
        PCRE2_SIZE offset;
        /* Go's regexp (RE2) reads `$` as the end of the text only; PCRE2
         * would also match before a final newline without DOLLAR_ENDONLY.
         * The CRD patterns are built from ASCII classes only (no `.`), so
         * byte-wise matching gives RE2's answer for any UTF-8 text and
         * spares the UTF-8 check of every subject. */
        compiled[i] = pcre2_compile((PCRE2_SPTR)infext__patterns[i], PCRE2_ZERO_TERMINATED,
                                    PCRE2_DOLLAR_ENDONLY, &err, &offset, NULL);
        if (compiled[i]) /* JIT where the platform has it, else the interpreter */
            jitted[i] = pcre2_jit_compile(compiled[i], PCRE2_JIT_COMPLETE) == 0;
    }
}

static pcre2_match_data *match_data(infext__vctx *ctx)
{
    if (!ctx->match_data) ctx->match_data = pcre2_match_data_create(1, NULL);
    return ctx->match_data;
}

void infext__vpatterns_ready(void) { pthread_once(&compile_once, compile_all); }

int infext__vpattern_match(infext__vctx *ctx, int pattern, const char *s, size_t len)
{
    if (pattern < 0 || (size_t)pattern >= infext__n_patterns || !compiled || !compiled[pattern])
        return -1;
    if (grammar[pattern]) return grammar[pattern](s, len);
    pcre2_match_data *md = match_data(ctx);
    if (!md) return -1;
    /* JIT code may load a few words past the subject's end (and discard
     * them); a copy with zeroed padding keeps that read defined, so that
     * valgrind and MSan see no use of uninitialised arena bytes. */
    enum { PAD = 64 };
    char small[256 + PAD];
    char *copy = len + PAD <= sizeof small ? small : malloc(len + PAD);
    if (!copy) return -1;
    memcpy(copy, s, len);
    memset(copy + len, 0, PAD);
    int rc = jitted[pattern] ? pcre2_jit_match(compiled[pattern], (PCRE2_SPTR)copy, len, 0, 0, md, NULL)
                             : pcre2_match(compiled[pattern], (PCRE2_SPTR)copy, len, 0, 0, md, NULL);
    if (copy != small) free(copy);
    if (rc >= 0) return 1;
    return rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
}

void infext__vpattern_release(infext__vctx *ctx)
{
    pcre2_match_data_free(ctx->match_data);
    ctx->match_data = NULL;
}
