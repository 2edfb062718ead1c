/* llm-d-router's label filters (v0.10 pkg/epp/framework/plugins/scheduling/
 * filter/bylabel): `by-label` (one label, a set of valid values, optionally
 * endpoints without the label), the role filters built on it
 * (`decode-filter`, `prefill-filter`, `encode-filter`, over the label
 * llm-d.ai/role, or Heimdall's mif.moreh.io/role in a Heimdall config), and `label-selector-filter` (a Kubernetes label
 * selector; `by-label-selector` is its deprecated name). */
#include "scheduler/catalogue.h"
#include "scheduler/params.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <stdio.h>
#include <string.h>

#define ROLE_LABEL "llm-d.ai/role"

/* ------------------------------------------------------------ by-label -- */

typedef struct by_label {
    char *label;
    infext__sched_kv values; /* a set: values NULL */
    bool allows_no_label;
} by_label;

static void by_label_destroy(void *state)
{
    by_label *f = state;
    if (!f) return;
    infext__free(f->label);
    infext__sched_kv_clear(&f->values);
    infext__free(f);
}

static void by_label_run(void *state, infext_cycle *cycle, const infext_request *req,
                         const infext_endpoint *const *eps, size_t n, unsigned char *keep)
{
    (void)cycle, (void)req;
    const by_label *f = state;
    for (size_t i = 0; i < n; i++) {
        const char *v = infext_endpoint_get_label(eps[i], f->label);
        /* as upstream: an absent label reads as "", which may be a valid value */
        bool ok = (!v && f->allows_no_label) ||
                  infext__sched_kv_find(&f->values, v ? v : "", 0) != SIZE_MAX;
        if (!ok) keep[i] = 0;
    }
}

/* Read a list of strings into a set. */
static infext_status read_strings(infext__sched_kv *out, infext_params *p, const char *key)
{
    infext_params *list = NULL;
    size_t n = 0;
    infext_status st = infext__params_get_list(&list, &n, p, key);
    if (st != INFEXT_OK) return st == INFEXT_ENOTFOUND ? INFEXT_OK : st;
    for (size_t i = 0; i < n && st == INFEXT_OK; i++) {
        const char *v = NULL;
        st = infext_params_get_string(&v, list, infext_params_key_at(list, i));
        if (st == INFEXT_OK) st = infext__sched_kv_set(out, v, NULL, 0);
    }
    return st;
}

static void param_error(const infext_plugin_create_args *args, const char *member, const char *msg)
{
    char path[512];
    snprintf(path, sizeof(path), "%s%s%s", args->path ? args->path : "parameters", member ? "." : "",
             member ? member : "");
    infext__diag_addf(args->diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, path, 0, 0, "%s", msg);
}

static infext_status by_label_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    by_label *f = infext__calloc(1, sizeof(*f));
    if (!f) return INFEXT_ENOMEM;
    infext_params *p = NULL;
    const char *label = NULL;
    infext_status st = infext_params_parse(&p, args->parameters_json, args->path, args->diags);
    if (st == INFEXT_OK) {
        if (infext_params_get_string(&label, p, "label") == INFEXT_ENOMEM) st = INFEXT_ENOMEM;
        if (st == INFEXT_OK) st = read_strings(&f->values, p, "validValues");
        if (st == INFEXT_OK || st == INFEXT_ECONFIG)
            infext_params_get_bool(&f->allows_no_label, p, "allowsNoLabel");
    }
    if (st == INFEXT_OK && label && !(f->label = infext__sched_strdup0(label))) st = INFEXT_ENOMEM;
    st = infext__sched_params_end(p, st); /* frees `label`: copied above */
    if (st == INFEXT_OK && (!f->label || !*f->label)) {
        param_error(args, "label", "'label' must be specified");
        st = INFEXT_ECONFIG;
    }
    if (st == INFEXT_OK && f->values.len == 0 && !f->allows_no_label) {
        param_error(args, "validValues",
                    "either 'validValues' must be non-empty or 'allowsNoLabel' must be true");
        st = INFEXT_ECONFIG;
    }
    if (st != INFEXT_OK) {
        by_label_destroy(f);
        return st;
    }
    *out_state = f;
    return INFEXT_OK;
}

const infext_plugin_type infext__sched_by_label_filter = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_type),
    .type_name = "by-label",
    .roles = INFEXT_ROLE_FILTER,
    .create = by_label_create,
    .destroy = by_label_destroy,
    .filter = by_label_run,
};

/* ------------------------------------------------------- role filters -- */

/* Heimdall's role filters read their own label and keep fewer roles: its
 * plugin reference (moreh-v0.7, as v0.4) names mif.moreh.io/role, prefill
 * only for prefill-filter, decode, both or no label for decode-filter. */
#define HEIMDALL_ROLE_LABEL "mif.moreh.io/role"

typedef struct role_def {
    bool allows_no_label;
    const char *values[6]; /* NULL-terminated */
    const struct role_def *heimdall; /* the filter in a Heimdall config */
} role_def;

static const role_def heimdall_decode = {true, {"decode", "both", NULL}, NULL};
static const role_def heimdall_prefill = {false, {"prefill", NULL}, NULL};
static const role_def heimdall_encode = {false, {"encode", "encode-prefill", "encode-prefill-decode", NULL}, NULL};
static const role_def decode_role = {true, {"decode", "prefill-decode", "both", "encode-prefill-decode", NULL},
                                     &heimdall_decode};
static const role_def prefill_role = {
    false, {"prefill", "encode-prefill", "prefill-decode", "both", "encode-prefill-decode", NULL}, &heimdall_prefill};
static const role_def encode_role = {false, {"encode", "encode-prefill", "encode-prefill-decode", NULL},
                                     &heimdall_encode};

/* Make `f` the role filter `def` over `label`. */
static infext_status role_fill(by_label *f, const char *label, const role_def *def)
{
    infext__free(f->label);
    infext__sched_kv_clear(&f->values);
    f->allows_no_label = def->allows_no_label;
    f->label = infext__sched_strdup0(label);
    infext_status st = f->label ? INFEXT_OK : INFEXT_ENOMEM;
    for (size_t i = 0; st == INFEXT_OK && def->values[i]; i++)
        st = infext__sched_kv_set(&f->values, def->values[i], NULL, 0);
    return st;
}

static infext_status role_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    infext_status st = infext__sched_create_no_params(out_state, args);
    if (st != INFEXT_OK) return st;
    by_label *f = infext__calloc(1, sizeof(*f));
    if (!f) return INFEXT_ENOMEM;
    st = role_fill(f, ROLE_LABEL, args->type_data);
    if (st != INFEXT_OK) {
        by_label_destroy(f);
        return st;
    }
    *out_state = f;
    return INFEXT_OK;
}

/* Once the builder knows the config's dialect: Heimdall's label and roles. */
static void role_link(void *state, infext__sched_builder *b, size_t self, const char *path)
{
    (void)path;
    const role_def *def = b->sched->plugins[self].type->vt.type_data;
    if (b->heimdall && def && def->heimdall && role_fill(state, HEIMDALL_ROLE_LABEL, def->heimdall) != INFEXT_OK)
        b->oom = 1;
}

const infext__sched_ext infext__sched_role_filter_ext = {.link = role_link};

#define ROLE_FILTER(var, name, def)                                                           \
    const infext_plugin_type var = {                                                          \
        .abi_version = INFEXT_PLUGIN_ABI_VERSION,                                             \
        .struct_size = sizeof(infext_plugin_type),                                            \
        .type_name = name,                                                                    \
        .roles = INFEXT_ROLE_FILTER,                                                          \
        .type_data = (void *)&def,                                                            \
        .create = role_create,                                                                \
        .destroy = by_label_destroy,                                                          \
        .filter = by_label_run,                                                               \
    }

ROLE_FILTER(infext__sched_decode_filter, "decode-filter", decode_role);
ROLE_FILTER(infext__sched_prefill_filter, "prefill-filter", prefill_role);
ROLE_FILTER(infext__sched_encode_filter, "encode-filter", encode_role);

/* ------------------------------------------------ label-selector-filter -- */

typedef enum op { OP_IN, OP_NOT_IN, OP_EXISTS, OP_NOT_EXISTS } op;

typedef struct requirement {
    char *key;
    op op;
    infext__sched_kv values;
} requirement;

typedef struct selector {
    infext__sched_kv match; /* matchLabels */
    requirement *reqs;
    size_t reqs_len;
} selector;

static void selector_destroy(void *state)
{
    selector *s = state;
    if (!s) return;
    infext__sched_kv_clear(&s->match);
    for (size_t i = 0; i < s->reqs_len; i++) {
        infext__free(s->reqs[i].key);
        infext__sched_kv_clear(&s->reqs[i].values);
    }
    infext__free(s->reqs);
    infext__free(s);
}

static int parse_op(op *out, const char *text)
{
    static const char *const names[] = {"In", "NotIn", "Exists", "DoesNotExist"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(text, names[i])) return *out = (op)i, 0;
    return -1;
}

/* One element of matchExpressions; errors under `base` (its path). */
static infext_status read_requirement(requirement *r, infext_params *item, const char *base,
                                      infext_diags *diags)
{
    const char *key = NULL, *oper = NULL;
    infext_params_get_string(&key, item, "key");
    infext_params_get_string(&oper, item, "operator");
    infext_status st = read_strings(&r->values, item, "values");
    if (st == INFEXT_ENOMEM) return st;
    char path[600];
    const char *bad = NULL, *member = NULL;
    if (!key || !*key) bad = "a key is required", member = "key";
    else if (!oper || parse_op(&r->op, oper) != 0)
        bad = "the operator must be In, NotIn, Exists or DoesNotExist", member = "operator";
    else if ((r->op == OP_IN || r->op == OP_NOT_IN) && r->values.len == 0)
        bad = "for 'In' and 'NotIn' the values cannot be empty", member = "values";
    else if ((r->op == OP_EXISTS || r->op == OP_NOT_EXISTS) && r->values.len)
        bad = "for 'Exists' and 'DoesNotExist' the values must be empty", member = "values";
    if (bad) {
        snprintf(path, sizeof(path), "%s.%s", base, member);
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, path, 0, 0, "%s", bad);
        return INFEXT_ECONFIG;
    }
    r->key = infext__sched_strdup0(key);
    return r->key ? st : INFEXT_ENOMEM;
}

static infext_status selector_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    selector *s = infext__calloc(1, sizeof(*s));
    if (!s) return INFEXT_ENOMEM;
    infext_params *p = NULL, *labels = NULL, *exprs = NULL;
    size_t n = 0;
    infext_status st = infext_params_parse(&p, args->parameters_json, args->path, args->diags);
    if (st == INFEXT_OK && infext_params_get_object(&labels, p, "matchLabels") == INFEXT_OK) {
        for (size_t i = 0; i < infext_params_count(labels) && st == INFEXT_OK; i++) {
            const char *key = infext_params_key_at(labels, i), *value = NULL;
            if (infext_params_get_string(&value, labels, key) == INFEXT_OK)
                st = infext__sched_kv_set(&s->match, key, value, 0);
        }
    }
    if (st == INFEXT_OK && infext__params_get_list(&exprs, &n, p, "matchExpressions") == INFEXT_OK) {
        s->reqs = n ? infext__calloc(n, sizeof(requirement)) : NULL;
        if (n && !s->reqs) st = INFEXT_ENOMEM;
        infext_status first = INFEXT_OK;
        for (size_t i = 0; i < n && st == INFEXT_OK; i++) {
            infext_params *item = NULL;
            char base[560];
            snprintf(base, sizeof(base), "%s.matchExpressions[%zu]", args->path ? args->path : "parameters", i);
            infext_status r = infext_params_get_object(&item, exprs, infext_params_key_at(exprs, i));
            if (r == INFEXT_OK) r = read_requirement(&s->reqs[i], item, base, args->diags);
            s->reqs_len = i + 1;
            if (r == INFEXT_ENOMEM) st = r;
            else if (r != INFEXT_OK && first == INFEXT_OK) first = INFEXT_ECONFIG;
        }
        if (st == INFEXT_OK) st = first;
    }
    st = infext__sched_params_end(p, st);
    if (st != INFEXT_OK) {
        selector_destroy(s);
        return st;
    }
    *out_state = s;
    return INFEXT_OK;
}

static bool requirement_matches(const requirement *r, const infext_endpoint *ep)
{
    const char *v = infext_endpoint_get_label(ep, r->key);
    switch (r->op) {
    case OP_IN: return v && infext__sched_kv_find(&r->values, v, 0) != SIZE_MAX;
    case OP_NOT_IN: return !v || infext__sched_kv_find(&r->values, v, 0) == SIZE_MAX;
    case OP_EXISTS: return v != NULL;
    case OP_NOT_EXISTS: return v == NULL;
    }
    return false;
}

static void selector_run(void *state, infext_cycle *cycle, const infext_request *req,
                         const infext_endpoint *const *eps, size_t n, unsigned char *keep)
{
    (void)cycle, (void)req;
    const selector *s = state;
    for (size_t i = 0; i < n; i++) {
        bool ok = true;
        for (size_t j = 0; ok && j < s->match.len; j++) {
            const char *v = infext_endpoint_get_label(eps[i], s->match.keys[j]);
            ok = v && !strcmp(v, s->match.values[j]);
        }
        for (size_t j = 0; ok && j < s->reqs_len; j++) ok = requirement_matches(&s->reqs[j], eps[i]);
        if (!ok) keep[i] = 0;
    }
}

#define SELECTOR_FILTER(var, name)                                                            \
    const infext_plugin_type var = {                                                          \
        .abi_version = INFEXT_PLUGIN_ABI_VERSION,                                             \
        .struct_size = sizeof(infext_plugin_type),                                            \
        .type_name = name,                                                                    \
        .roles = INFEXT_ROLE_FILTER,                                                          \
        .create = selector_create,                                                            \
        .destroy = selector_destroy,                                                          \
        .filter = selector_run,                                                               \
    }

SELECTOR_FILTER(infext__sched_label_selector_filter, "label-selector-filter");
SELECTOR_FILTER(infext__sched_by_label_selector_filter, "by-label-selector");
