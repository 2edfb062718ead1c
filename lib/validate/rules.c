/* Every x-kubernetes-validations rule of the v1.2.0 CRDs, beside its C.
 * Only inference.networking.k8s.io/v1 InferencePool has rules; the
 * x-k8s.io kinds have none. A rule sees its object after defaulting, so an
 * absent field with a schema default reads as that default.
 *
 * The API server reports a failed rule as field.Invalid at the rule's
 * path with the CRD's message; for an object or array the value is left
 * out of the message (apiextensions-apiserver schema/cel/validation.go). */
#include "validate/validate_int.h"

#include <stdio.h>
#include <string.h>

typedef struct crd_rule {
    const char *struct_name; /* schema struct the rule sits on */
    const char *field;       /* the field carrying the rule, or NULL: the struct itself */
    const char *cel;         /* the rule as the CRD writes it */
    const char *message;     /* the CRD's message, verbatim */
    bool (*holds)(const void *self, const infext__field *f);
} crd_rule;

static const infext__field *field_of(const void *obj, const char *name)
{
    return infext__field_lookup(((const infext__hdr *)obj)->desc, name, strlen(name));
}

/* A string field's value after defaulting: the value, else its default. */
static bool string_is(const void *obj, const char *name, const char *expected)
{
    const infext__field *f = field_of(obj, name);
    if (!f) return false;
    if (infext__has(obj, f)) return !strcmp(*INFEXT__CAT(obj, f, const char *), expected);
    /* default_json is a JSON string literal here: "\"Service\"" */
    const char *d = f->c ? f->c->default_json : NULL;
    size_t n = strlen(expected);
    return d && d[0] == '"' && !strncmp(d + 1, expected, n) && d[n + 1] == '"' && !d[n + 2];
}

/* self.kind != 'Service' || has(self.port) */
static bool service_has_port(const void *self, const infext__field *unused)
{
    (void)unused;
    const infext__field *port = field_of(self, "port");
    return !string_is(self, "kind", "Service") || (port && infext__has(self, port));
}

/* self.all(p1, self.exists_one(p2, p1.number==p2.number)) */
static bool port_numbers_unique(const void *self, const infext__field *f)
{
    const infext__list *l = INFEXT__CAT(self, f, infext__list);
    for (size_t i = 0; i < l->len; i++) {
        const infext__field *nf = field_of(l->items[i], "number");
        if (!nf) return true;
        bool has_i = infext__has(l->items[i], nf);
        for (size_t j = i + 1; j < l->len; j++) {
            bool has_j = infext__has(l->items[j], nf);
            if (has_i && has_j && *INFEXT__CAT(l->items[i], nf, int32_t) == *INFEXT__CAT(l->items[j], nf, int32_t))
                return false;
        }
    }
    return true;
}

static const crd_rule rules[] = {
    {"V1EndpointPickerRef", NULL, "self.kind != 'Service' || has(self.port)",
     "port is required when kind is 'Service' or unspecified (defaults to 'Service')", service_has_port},
    {"V1InferencePoolSpec", "targetPorts", "self.all(p1, self.exists_one(p2, p1.number==p2.number))",
     "port number must be unique", port_numbers_unique},
};

static void fail(infext__vctx *ctx, const crd_rule *r)
{
    char msg[512];
    snprintf(msg, sizeof msg, "Invalid value: %s", r->message);
    infext__vreport(ctx, INFEXT_ERR_INVALID, msg);
}

static void check_struct(infext__vctx *ctx, const void *obj)
{
    const infext__struct_desc *d = ((const infext__hdr *)obj)->desc;
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
        const crd_rule *r = &rules[i];
        if (strcmp(r->struct_name, d->name)) continue;
        if (!r->field) {
            if (!r->holds(obj, NULL)) fail(ctx, r);
            continue;
        }
        const infext__field *f = field_of(obj, r->field);
        if (!f || !infext__has(obj, f) || r->holds(obj, f)) continue;
        size_t mark = infext__vpath_field(ctx, f->json, f->json_len);
        fail(ctx, r);
        infext__vpath_pop(ctx, mark);
    }
}

void infext__vrules_struct(infext__vctx *ctx, const void *obj)
{
    check_struct(ctx, obj);
    const infext__struct_desc *d = ((const infext__hdr *)obj)->desc;
    for (uint32_t i = 0; i < d->n_fields; i++) {
        const infext__field *f = &d->fields[i];
        if (!infext__has(obj, f) || (f->type != INFEXT__F_OBJECT && f->type != INFEXT__F_LIST)) continue;
        size_t mark = infext__vpath_field(ctx, f->json, f->json_len);
        if (f->type == INFEXT__F_OBJECT) {
            const void *child = *INFEXT__CAT(obj, f, const void *);
            if (child) infext__vrules_struct(ctx, child);
        } else {
            const infext__list *l = INFEXT__CAT(obj, f, infext__list);
            for (size_t j = 0; j < l->len; j++) {
                size_t item = infext__vpath_index(ctx, j);
                infext__vrules_struct(ctx, l->items[j]);
                infext__vpath_pop(ctx, item);
            }
        }
        infext__vpath_pop(ctx, mark);
    }
}

bool infext__vrules_reachable(const infext__struct_desc *desc, int depth)
{
    if (depth > 16) return false; /* deeper than any schema of ours */
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        if (!strcmp(rules[i].struct_name, desc->name)) return true;
    for (uint32_t i = 0; i < desc->n_fields; i++)
        if (desc->fields[i].elem && infext__vrules_reachable(desc->fields[i].elem, depth + 1)) return true;
    return false;
}
