/* Field paths and messages: how every check reports, in the API server's
 * words. */
#include "validate/validate_int.h"
#include "util/diag.h"
#include "util/path.h"

#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

const char *infext__vpath(infext__vctx *ctx)
{
    size_t depth = ctx->depth < INFEXT__VPATH_MAX ? ctx->depth : INFEXT__VPATH_MAX;
    if (ctx->rendered_depth == depth && ctx->path.data) return ctx->path.data;
    infext__buf_truncate(&ctx->path, 0);
    infext__buf_append(&ctx->path, "", 0);
    for (size_t i = 0; i < depth; i++) {
        const struct infext__vseg *s = &ctx->seg[i];
        if (s->name) infext__path_push_field(&ctx->path, s->name, s->len_or_index);
        else infext__path_push_index(&ctx->path, s->len_or_index);
    }
    if (ctx->path.failed) {
        ctx->oom = true;
        return "";
    }
    ctx->rendered_depth = depth;
    return ctx->path.data;
}

void infext__vreport(infext__vctx *ctx, infext_error_type type, const char *message)
{
    ctx->errors++;
    /* The types hasBlockingErr() in apiextensions-apiserver's strategy.go
     * lets stop the x-kubernetes-validations rules. */
    if (type == INFEXT_ERR_REQUIRED || type == INFEXT_ERR_TYPE_INVALID ||
        type == INFEXT_ERR_NOT_SUPPORTED || type == INFEXT_ERR_TOO_LONG || type == INFEXT_ERR_TOO_MANY)
        ctx->blocking = true;
    if (!ctx->diags) return;
    const char *path = infext__vpath(ctx);
    infext__pos pos = {0, 0};
    infext__path_position(&pos, ctx->root, path);
    if (infext__diag_addf(ctx->diags, INFEXT_SEVERITY_ERROR, type, path, pos.line, pos.column, "%s",
                          message) != INFEXT_OK)
        ctx->oom = true;
}

static const char *title(infext_error_type type)
{
    switch (type) {
    case INFEXT_ERR_NOT_SUPPORTED: return "Unsupported value";
    case INFEXT_ERR_DUPLICATE: return "Duplicate value";
    case INFEXT_ERR_TOO_MANY: return "Too many";
    default: return "Invalid value";
    }
}

/* "<title>: <value>: <detail>" (": <detail>" only when fmt gives one),
 * the value quoted or as it is. */
static void vreport_value(infext__vctx *ctx, infext_error_type type, const char *value, bool quote, const char *fmt,
                          va_list ap)
{
    infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_puts(&msg, title(type));
    infext__buf_puts(&msg, ": ");
    if (quote) infext__go_quote(&msg, value, strlen(value));
    else infext__buf_puts(&msg, value);
    size_t bare = msg.len;
    infext__buf_puts(&msg, ": ");
    infext__buf_vprintf(&msg, fmt, ap);
    if (msg.len == bare + 2) infext__buf_truncate(&msg, bare); /* no detail */
    if (msg.failed) ctx->oom = true;
    else infext__vreport(ctx, type, msg.data);
    infext__buf_reset(&msg);
}

void infext__vreport_str(infext__vctx *ctx, infext_error_type type, const char *value, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport_value(ctx, type, value, true, fmt, ap);
    va_end(ap);
}

void infext__vreport_text(infext__vctx *ctx, infext_error_type type, const char *value, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport_value(ctx, type, value, false, fmt, ap);
    va_end(ap);
}

void infext__vreport_int(infext__vctx *ctx, infext_error_type type, long long value, const char *fmt, ...)
{
    char number[24];
    snprintf(number, sizeof(number), "%lld", value);
    va_list ap;
    va_start(ap, fmt);
    vreport_value(ctx, type, number, false, fmt, ap);
    va_end(ap);
}

size_t infext__vrunes(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

/* Go's %v of a float64: the shortest text that reads back the same. */
void infext__vfloat(infext__buf *b, double d)
{
    if (isnan(d)) {
        infext__buf_puts(b, "NaN");
        return;
    }
    if (isinf(d)) {
        infext__buf_puts(b, d > 0 ? "+Inf" : "-Inf");
        return;
    }
    char tmp[64];
    int prec = 0;
    for (; prec < 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec, d);
        if (strtod(tmp, NULL) == d) break;
    }
    int exp10 = atoi(strchr(tmp, 'e') + 1);
    /* Go switches to an exponent below 1e-4 and from 1e21 on. */
    if (exp10 >= -4 && exp10 < 21) {
        int decimals = prec - exp10 > 0 ? prec - exp10 : 0;
        snprintf(tmp, sizeof tmp, "%.*f", decimals, d);
    }
    infext__buf_puts(b, tmp);
}
