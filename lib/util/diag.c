#include "util/diag.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/goformat.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

INFEXT_API infext_status infext_diags_new(infext_diags **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = infext__calloc(1, sizeof(infext_diags));
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

void infext__diags_truncate(infext_diags *diags, size_t len)
{
    if (!diags) return;
    for (size_t i = len; i < diags->len; i++) {
        if (diags->items[i].severity == INFEXT_SEVERITY_ERROR) diags->errors--;
        infext__free(diags->items[i].path);
        infext__free(diags->items[i].message);
    }
    if (len < diags->len) diags->len = len;
}

void infext__diags_remove(infext_diags *diags, size_t from, size_t to)
{
    if (!diags || from >= to || to > diags->len) return;
    for (size_t i = from; i < to; i++) {
        if (diags->items[i].severity == INFEXT_SEVERITY_ERROR) diags->errors--;
        infext__free(diags->items[i].path);
        infext__free(diags->items[i].message);
    }
    memmove(&diags->items[from], &diags->items[to], (diags->len - to) * sizeof(diags->items[0]));
    diags->len -= to - from;
}

INFEXT_API void infext_diags_clear(infext_diags *diags)
{
    if (!diags) return;
    infext__diags_truncate(diags, 0);
    diags->errors = 0;
    diags->oom = 0;
    diags->epoch++;
}

INFEXT_API void infext_diags_free(infext_diags *diags)
{
    if (!diags) return;
    infext_diags_clear(diags);
    infext__free(diags->items);
    infext__free(diags);
}

INFEXT_API size_t infext_diags_count(const infext_diags *diags)
{
    return diags ? diags->len : 0;
}

INFEXT_API size_t infext_diags_error_count(const infext_diags *diags)
{
    return diags ? diags->errors : 0;
}

INFEXT_API const infext_diag *infext_diags_at(const infext_diags *diags, size_t index)
{
    if (!diags || index >= diags->len) return NULL;
    return &diags->items[index];
}

INFEXT_API infext_severity infext_diag_severity(const infext_diag *d)
{
    return d ? d->severity : INFEXT_SEVERITY_ERROR;
}

INFEXT_API infext_error_type infext_diag_type(const infext_diag *d)
{
    return d ? d->type : INFEXT_ERR_INTERNAL;
}

INFEXT_API const char *infext_diag_path(const infext_diag *d)
{
    return d && d->path ? d->path : "";
}

INFEXT_API const char *infext_diag_message(const infext_diag *d)
{
    return d && d->message ? d->message : "";
}

INFEXT_API unsigned int infext_diag_line(const infext_diag *d) { return d ? d->line : 0; }

INFEXT_API unsigned int infext_diag_column(const infext_diag *d) { return d ? d->column : 0; }

static infext_status diag_push(infext_diags *diags, infext_severity severity,
                               infext_error_type type, const char *path,
                               unsigned int line, unsigned int column,
                               char *message /* owned */)
{
    if (!message) {
        diags->oom = 1;
        return INFEXT_ENOMEM;
    }
    infext_diag *items = infext__grow(diags->items, &diags->cap, diags->len + 1, sizeof(*items), 8, SIZE_MAX);
    if (!items) {
        infext__free(message);
        diags->oom = 1;
        return INFEXT_ENOMEM;
    }
    diags->items = items;
    const char *p = path ? path : "";
    char *path_copy = infext__strndup(p, strlen(p));
    if (!path_copy) {
        infext__free(message);
        diags->oom = 1;
        return INFEXT_ENOMEM;
    }
    infext_diag *d = &diags->items[diags->len++];
    d->severity = severity;
    d->type = type;
    d->path = path_copy;
    d->message = message;
    d->line = line;
    d->column = column;
    d->owner = 0;
    if (severity == INFEXT_SEVERITY_ERROR) diags->errors++;
    return INFEXT_OK;
}

infext_status infext__diags_move(infext_diags *dst, infext_diags *src, uint32_t owner, int and_unowned)
{
    if (!src) return INFEXT_OK;
    infext_status rc = INFEXT_OK;
    size_t kept = 0;
    for (size_t i = 0; i < src->len; i++) {
        infext_diag d = src->items[i];
        if (owner != INFEXT__DIAGS_ALL && d.owner != owner && !(and_unowned && d.owner == 0)) {
            src->items[kept++] = d;
            continue;
        }
        if (d.severity == INFEXT_SEVERITY_ERROR) src->errors--;
        infext_diag *items = dst ? infext__grow(dst->items, &dst->cap, dst->len + 1, sizeof(*items), 8, SIZE_MAX)
                                 : NULL;
        if (!items) {
            infext__free(d.path);
            infext__free(d.message);
            if (dst) {
                dst->oom = 1;
                rc = INFEXT_ENOMEM;
            }
            continue;
        }
        dst->items = items;
        d.owner = 0;
        dst->items[dst->len++] = d;
        if (d.severity == INFEXT_SEVERITY_ERROR) dst->errors++;
    }
    src->len = kept;
    if (src->oom && dst) dst->oom = 1;
    if (!src->len) src->oom = 0;
    return rc;
}

INFEXT_API infext_status infext_diags_add(infext_diags *diags, infext_severity severity,
                                          infext_error_type type, const char *path,
                                          const char *message, unsigned int line,
                                          unsigned int column)
{
    if (!diags) return INFEXT_OK;
    const char *m = message ? message : "";
    return diag_push(diags, severity, type, path, line, column, infext__strndup(m, strlen(m)));
}

infext_status infext__diag_addf(infext_diags *diags, infext_severity severity,
                                infext_error_type type, const char *path,
                                unsigned int line, unsigned int column,
                                const char *fmt, ...)
{
    if (!diags) return INFEXT_OK;
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    va_list ap;
    va_start(ap, fmt);
    infext__buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return diag_push(diags, severity, type, path, line, column, infext__buf_detach(&b, NULL));
}

void infext__diags_sort_from(infext_diags *diags, size_t from)
{
    if (!diags) return;
    /* Insertion sort: lists are short and the sort must be stable. */
    for (size_t i = from + 1; i < diags->len; i++) {
        infext_diag tmp = diags->items[i];
        size_t j = i;
        while (j > from) {
            const infext_diag *prev = &diags->items[j - 1];
            if (!tmp.line || !prev->line) break;
            if (prev->line < tmp.line || (prev->line == tmp.line && prev->column <= tmp.column)) break;
            diags->items[j] = diags->items[j - 1];
            j--;
        }
        diags->items[j] = tmp;
    }
}

INFEXT_API infext_status infext_diag_format(char **out, const infext_diag *d)
{
    if (!out || !d) return INFEXT_EINVAL;
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    if (d->line) infext__buf_printf(&b, "%u:%u: ", d->line, d->column);
    if (d->path && *d->path) infext__buf_printf(&b, "%s: ", d->path);
    infext__buf_puts(&b, d->message ? d->message : "");
    *out = infext__buf_detach(&b, NULL);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

static const char *const type_names[] = {
    "Required value", "Invalid value", "Unsupported value", "Too long",
    "Too many",       "Duplicate value", "Invalid value",   "Forbidden",
    "field not declared in schema", "Syntax error", "Internal error",
};
static const char *const type_ids[] = {
    "Required", "Invalid", "NotSupported", "TooLong", "TooMany", "Duplicate",
    "TypeInvalid", "Forbidden", "Unknown", "Syntax", "Internal",
};

INFEXT_API const char *infext_error_type_name(infext_error_type type)
{
    if ((unsigned)type >= sizeof type_names / sizeof type_names[0]) return "Internal error";
    return type_names[type];
}

INFEXT_API const char *infext_error_type_id(infext_error_type type)
{
    if ((unsigned)type >= sizeof type_ids / sizeof type_ids[0]) return "Internal";
    return type_ids[type];
}

bool infext__kind_loader_decoded(infext_kind kind)
{
    return kind == INFEXT_KIND_V1ALPHA1_ENDPOINT_PICKER_CONFIG ||
           kind == INFEXT_KIND_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG;
}

void infext__unknown_field_text(infext__buf *b, infext_kind kind, const char *path)
{
    /* apimachinery's strictDecodingError prefixes the errors of
     * sigs.k8s.io/json, each `unknown field` and the quoted path */
    if (infext__kind_loader_decoded(kind)) infext__buf_puts(b, "strict decoding error: ");
    infext__buf_puts(b, "unknown field ");
    infext__go_quote(b, path, strlen(path));
}
