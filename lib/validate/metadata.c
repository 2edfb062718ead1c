/* ObjectMeta as the API server checks it for a namespaced custom resource
 * (apimachinery pkg/api/validation/objectmeta.go, generic.go and the name,
 * label and annotation checks of pkg/util/validation and
 * pkg/api/validate/content), with their messages. */
#include "validate/validate_int.h"
#include "types/generated/types_gen.h"

#include <stdlib.h>
#include <string.h>

#define DNS1123_LABEL_FMT "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
#define DNS1123_SUBDOMAIN_FMT DNS1123_LABEL_FMT "(\\." DNS1123_LABEL_FMT ")*"
#define SUBDOMAIN_MSG                                                                              \
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or "   \
    "'.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used "  \
    "for validation is '" DNS1123_SUBDOMAIN_FMT "')"
#define LABEL_MSG                                                                                  \
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and "   \
    "must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex "     \
    "used for validation is '" DNS1123_LABEL_FMT "')"
#define LABEL_KEY_FMT "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
#define LABEL_KEY_MSG                                                                              \
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "    \
    "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for "         \
    "validation is '" LABEL_KEY_FMT "')"
#define LABEL_VALUE_MSG                                                                            \
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or "    \
    "'.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or "             \
    "'my_value',  or '12345', regex used for validation is '(" LABEL_KEY_FMT ")?')"

static void invalid(infext__vctx *ctx, const char *value, const char *detail)
{
    infext__vreport_str(ctx, INFEXT_ERR_INVALID, value, "%s", detail);
}

/* IsDNS1123Subdomain of pkg/util/validation (lengths in "characters"). */
static void check_subdomain(infext__vctx *ctx, const char *reported, const char *s)
{
    size_t len = strlen(s);
    if (len > 253) invalid(ctx, reported, "must be no more than 253 characters");
    if (!infext__vdns_subdomain(s, len)) invalid(ctx, reported, SUBDOMAIN_MSG);
}

/* content.IsLabelKey; `prefix` ("" or "prefix part "-style) is for
 * annotations, whose keys are checked lower-cased but reported as written. */
static void check_label_key(infext__vctx *ctx, const char *key, const char *checked)
{
    const char *slash = strchr(checked, '/');
    const char *name = checked;
    if (slash && strchr(slash + 1, '/')) {
        invalid(ctx, key, "a valid label key " LABEL_KEY_MSG
                          " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
        return;
    }
    if (slash) {
        size_t plen = (size_t)(slash - checked);
        if (!plen) {
            invalid(ctx, key, "prefix part must be non-empty");
        } else {
            if (plen > 253) invalid(ctx, key, "prefix part must be no more than 253 bytes");
            if (!infext__vdns_subdomain(checked, plen))
                invalid(ctx, key, "prefix part a lowercase RFC 1123 subdomain must consist of lower case "
                                  "alphanumeric characters, '-' or '.', and must start and end with an "
                                  "alphanumeric character (e.g. 'example.com', regex used for validation is '" DNS1123_SUBDOMAIN_FMT "')");
        }
        name = slash + 1;
    }
    size_t nlen = strlen(name);
    if (!nlen) invalid(ctx, key, "name part must be non-empty");
    else if (nlen > 63) invalid(ctx, key, "name part must be no more than 63 bytes");
    if (!infext__vlabel_name(name, nlen)) invalid(ctx, key, "name part " LABEL_KEY_MSG);
}

static bool meta_has(const void *meta, const infext__field *f) { return meta && infext__has(meta, f); }

static void check_labels(infext__vctx *ctx, const infext__map *m)
{
    for (size_t i = 0; i < m->len; i++) {
        check_label_key(ctx, m->items[i].key, m->items[i].key);
        const char *v = m->items[i].value;
        size_t vlen = strlen(v);
        if (vlen > 63) invalid(ctx, v, "must be no more than 63 bytes");
        if (vlen && !infext__vlabel_name(v, vlen)) invalid(ctx, v, LABEL_VALUE_MSG);
    }
}

static void check_annotations(infext__vctx *ctx, const infext__map *m)
{
    size_t total = 0;
    for (size_t i = 0; i < m->len; i++) {
        const char *k = m->items[i].key;
        size_t klen = strlen(k);
        bool upper = false;
        for (size_t j = 0; j < klen && !upper; j++) upper = k[j] >= 'A' && k[j] <= 'Z';
        if (!upper) {
            check_label_key(ctx, k, k);
        } else {
            char small[256];
            char *lower = klen < sizeof small ? small : malloc(klen + 1);
            if (!lower) {
                ctx->oom = true;
                return;
            }
            for (size_t j = 0; j <= klen; j++) lower[j] = k[j] >= 'A' && k[j] <= 'Z' ? (char)(k[j] - 'A' + 'a') : k[j];
            check_label_key(ctx, k, lower);
            if (lower != small) free(lower);
        }
        total += klen + strlen(m->items[i].value);
    }
    if (total > 256u * 1024u) infext__vreport(ctx, INFEXT_ERR_TOO_LONG, "Too long: may not be more than 262144 bytes");
}

void infext__vcheck_meta(infext__vctx *ctx, const void *meta)
{
    const infext_object_meta *m = meta;
    const char *name = meta_has(m, INFEXT__FIELD_OBJECT_META_NAME) ? m->name : NULL;
    const char *generate = meta_has(m, INFEXT__FIELD_OBJECT_META_GENERATE_NAME) ? m->generate_name : NULL;
    if (generate && *generate) {
        size_t mark = infext__vpath_field(ctx, "generateName", 12);
        /* The generated suffix will replace a trailing dash (maskTrailingDash). */
        size_t len = strlen(generate);
        char small[300];
        char *masked = len < sizeof small ? small : malloc(len + 1);
        if (masked) {
            memcpy(masked, generate, len + 1);
            if (len > 1 && masked[len - 1] == '-') {
                masked[len - 2] = 'a';
                masked[len - 1] = '\0';
            }
            check_subdomain(ctx, generate, masked);
            if (masked != small) free(masked);
        } else {
            ctx->oom = true;
        }
        infext__vpath_pop(ctx, mark);
    }
    size_t mark = infext__vpath_field(ctx, "name", 4);
    /* The server generates the name from generateName before it validates. */
    if (name && *name) check_subdomain(ctx, name, name);
    else if (!generate || !*generate)
        infext__vreport(ctx, INFEXT_ERR_REQUIRED, "Required value: name or generateName is required");
    infext__vpath_pop(ctx, mark);
    const char *ns = meta_has(m, INFEXT__FIELD_OBJECT_META_NAMESPACE) ? m->namespace : NULL;
    if (ns && *ns) {
        mark = infext__vpath_field(ctx, "namespace", 9);
        size_t len = strlen(ns);
        if (len > 63) invalid(ctx, ns, "must be no more than 63 characters");
        if (!infext__vdns_label(ns, len))
            invalid(ctx, ns, infext__vdns_subdomain(ns, len) ? "must not contain dots" : LABEL_MSG);
        infext__vpath_pop(ctx, mark);
    }
    if (meta_has(m, INFEXT__FIELD_OBJECT_META_GENERATION) && m->generation < 0) {
        mark = infext__vpath_field(ctx, "generation", 10);
        infext__vreport_int(ctx, INFEXT_ERR_INVALID, (long long)m->generation, "must be greater than or equal to 0");
        infext__vpath_pop(ctx, mark);
    }
    if (meta_has(m, INFEXT__FIELD_OBJECT_META_LABELS)) {
        mark = infext__vpath_field(ctx, "labels", 6);
        check_labels(ctx, &m->labels);
        infext__vpath_pop(ctx, mark);
    }
    if (meta_has(m, INFEXT__FIELD_OBJECT_META_ANNOTATIONS)) {
        mark = infext__vpath_field(ctx, "annotations", 11);
        check_annotations(ctx, &m->annotations);
        infext__vpath_pop(ctx, mark);
    }
}
