/* Metric specs of the extractor mappings: `name` or `name{label=value,...}`,
 * label values bare or quoted, as upstream's spec strings are written
 * (`nv_trt_llm_request_metrics{request_type=waiting}`). Only equality
 * matchers exist in a spec; anything else is refused rather than ignored. */
#include "metrics/metrics_int.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <string.h>

void infext__mspec_free(infext__mspec *spec)
{
    if (!spec) return;
    for (size_t i = 0; i < spec->labels_len; i++) {
        infext__free(spec->label_names[i]);
        infext__free(spec->label_values[i]);
    }
    infext__free(spec->label_names);
    infext__free(spec->label_values);
    infext__free(spec->name);
    infext__free(spec->text);
    infext__free(spec);
}

static int name_char(char c, int first, int colon)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (colon && c == ':') ||
           (!first && c >= '0' && c <= '9');
}

static const char *skip_space(const char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    return s;
}

static infext_status bad(const char *text, const char *path, infext_diags *diags, const char *why)
{
    infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, path, 0, 0,
                      "invalid metric spec \"%s\": %s", text, why);
    return INFEXT_ECONFIG;
}

/* Append one matcher; -1 on allocation failure. */
static int add_label(infext__mspec *spec, const char *name, size_t nlen, const char *value,
                     size_t vlen)
{
    size_t n = spec->labels_len + 1, cap = spec->labels_cap;
    char **names = infext__grow(spec->label_names, &cap, n, sizeof(char *), 4, SIZE_MAX);
    if (!names) return -1;
    spec->label_names = names;
    if (cap != spec->labels_cap) { /* the values follow the names' capacity */
        char **grown = infext__realloc(spec->label_values, cap * sizeof(char *));
        if (!grown) return -1;
        spec->label_values = grown;
        spec->labels_cap = cap;
    }
    char **values = spec->label_values;
    names[n - 1] = infext__strndup(name, nlen);
    values[n - 1] = infext__strndup(value, vlen);
    spec->labels_len = n;
    return names[n - 1] && values[n - 1] ? 0 : -1;
}

/* A quoted value: `"..."` with \\ \" \n escapes, unescaped into `out`
 * (room for strlen(s)); returns the end or NULL. */
static const char *quoted(const char *s, char *out, size_t *out_len)
{
    size_t o = 0;
    for (s++; *s && *s != '"'; s++) {
        if (*s == '\\') {
            s++;
            if (*s == 'n') out[o++] = '\n';
            else if (*s == '\\' || *s == '"') out[o++] = *s;
            else return NULL;
        } else {
            out[o++] = *s;
        }
    }
    if (*s != '"') return NULL;
    *out_len = o;
    return s + 1;
}

infext_status infext__mspec_parse(infext__mspec **out, const char *text, const char *path,
                                  infext_diags *diags)
{
    *out = NULL;
    const char *s = skip_space(text);
    if (!*s) return INFEXT_OK; /* disabled */
    const char *name = s;
    if (!name_char(*s, 1, 1)) return bad(text, path, diags, "expected a metric name");
    while (name_char(*s, 0, 1)) s++;
    infext__mspec *spec = infext__calloc(1, sizeof(*spec));
    char *value = infext__malloc(strlen(text) + 1);
    if (!spec || !value) goto oom;
    spec->text = infext__strndup(text, strlen(text));
    spec->name = infext__strndup(name, (size_t)(s - name));
    if (!spec->text || !spec->name) goto oom;
    s = skip_space(s);
    const char *why = NULL;
    if (*s == '{') {
        s = skip_space(s + 1);
        while (!why && *s != '}') {
            const char *label = s;
            if (!name_char(*s, 1, 0)) {
                why = *s ? "expected a label name" : "missing \"}\"";
                break;
            }
            while (name_char(*s, 0, 0)) s++;
            size_t llen = (size_t)(s - label);
            s = skip_space(s);
            if (s[0] == '!' || (s[0] == '=' && s[1] == '~')) {
                why = "only label equality (=) is supported";
                break;
            }
            if (*s != '=') {
                why = "expected \"=\" after a label name";
                break;
            }
            s = skip_space(s + 1);
            size_t vlen = 0;
            if (*s == '"') {
                s = quoted(s, value, &vlen);
                if (!s) {
                    why = "unterminated or badly escaped label value";
                    break;
                }
            } else {
                const char *v = s;
                while (*s && *s != '"' && *s != ',' && *s != '}' && *s != ' ' && *s != '\t') s++;
                vlen = (size_t)(s - v);
                memcpy(value, v, vlen);
            }
            if (add_label(spec, label, llen, value, vlen) != 0) goto oom;
            s = skip_space(s);
            if (*s == ',') s = skip_space(s + 1);
            else if (*s != '}') why = *s ? "expected \",\" or \"}\"" : "missing \"}\"";
        }
        if (!why) s = skip_space(s + 1);
    }
    if (!why && *s) why = "unexpected text after the metric";
    infext__free(value);
    if (why) {
        infext__mspec_free(spec);
        return bad(text, path, diags, why);
    }
    *out = spec;
    return INFEXT_OK;
oom:
    infext__free(value);
    infext__mspec_free(spec);
    return INFEXT_ENOMEM;
}

bool infext__mspec_matches(const infext__mspec *spec, const infext_metrics_sample *s)
{
    if (strcmp(spec->name, s->name) != 0) return false;
    for (size_t i = 0; i < spec->labels_len; i++) {
        const char *v = infext_metrics_sample_label(s, spec->label_names[i]);
        if (!v || strcmp(v, spec->label_values[i]) != 0) return false;
    }
    return true;
}
