/* Every x-kubernetes-validations rule of the v1.2.0 CRDs, beside its C.
 * Only inference.networking.k8s.io/v1 InferencePool has rules; the
 * x-k8s.io kinds have none. A rule sees its object after defaulting, so an
 * absent field with a schema default reads as that default.
 *
 * The API server reports a failed rule as field.Invalid at the rule's
 * path with the CRD's message; for an object or array the value is left
 * out of the message (apiextensions-apiserver schema/cel/validation.go). */
#include "validate/validate_int.h"
#include "types/generated/types_gen.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

typedef struct crd_rule {
    const infext__struct_desc *kind; /* root struct of the kind whose CRD has the rule */
    const char *at[3];               /* object fields from the root to the rule's struct */
    const char *field;               /* the field carrying the rule, or NULL: the struct itself */
    const char *cel;         /* the rule as the CRD writes it */
    const char *message;     /* the CRD's message, verbatim */
    bool (*holds)(const void *self, const infext__field *f);
} crd_rule;

static const infext__field *field_of(const void *obj, const char *name)
{
    return infext__field_lookup(((const infext__hdr *)obj)->desc, name, strlen(name));
}

/* A string field's value after defaulting: the value, else its default. */
static bool string_is(const void *obj, const infext__field *f, const char *expected)
{
    if (infext__has(obj, f)) return !strcmp(*INFEXT__CAT(obj, f, char *), expected);
    const infext__default_value *d = f->c ? f->c->default_value : NULL;
    return d && d->tag == INFEXT__D_STRING && !strcmp(d->u.s, expected);
}

/* self.kind != 'Service' || has(self.port) */
static bool service_has_port(const void *self, const infext__field *unused)
{
    (void)unused;
    return !string_is(self, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_KIND, "Service") ||
           infext__has(self, INFEXT__FIELD_V1_ENDPOINT_PICKER_REF_PORT);
}

/* self.all(p1, self.exists_one(p2, p1.number==p2.number)) */
static bool port_numbers_unique(const void *self, const infext__field *f)
{
    const infext__list *l = INFEXT__CAT(self, f, infext__list);
    const infext__field *nf = INFEXT__FIELD_V1_PORT_NUMBER;
    for (size_t i = 0; i < l->len; i++) {
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
    {&infext__desc_v1_inference_pool, {"spec", "endpointPickerRef"}, NULL, "self.kind != 'Service' || has(self.port)",
     "port is required when kind is 'Service' or unspecified (defaults to 'Service')", service_has_port},
    {&infext__desc_v1_inference_pool, {"spec"}, "targetPorts", "self.all(p1, self.exists_one(p2, p1.number==p2.number))",
     "port number must be unique", port_numbers_unique},
};

#define N_RULES (sizeof rules / sizeof rules[0])

/* The rules' field names resolved to descriptors, once per process. */
static struct {
    const infext__field *at[3];
    const infext__field *field;
} resolved[N_RULES];
static pthread_once_t resolve_once = PTHREAD_ONCE_INIT;

static void resolve(void)
{
    for (size_t i = 0; i < N_RULES; i++) {
        const infext__struct_desc *d = rules[i].kind;
        for (size_t k = 0; k < 3 && rules[i].at[k] && d; k++) {
            resolved[i].at[k] = infext__field_lookup(d, rules[i].at[k], strlen(rules[i].at[k]));
            d = resolved[i].at[k] ? resolved[i].at[k]->elem : NULL;
        }
        if (rules[i].field && d) resolved[i].field = infext__field_lookup(d, rules[i].field, strlen(rules[i].field));
    }
}

static void fail(infext__vctx *ctx, const crd_rule *r)
{
    char msg[512];
    snprintf(msg, sizeof msg, "Invalid value: %s", r->message);
    infext__vreport(ctx, INFEXT_ERR_INVALID, msg);
}

/* Run the rules of a kind on one root object; the path is the current one. */
static void check_root(infext__vctx *ctx, const void *root)
{
    const infext__struct_desc *d = ((const infext__hdr *)root)->desc;
    for (size_t i = 0; i < N_RULES; i++) {
        const crd_rule *r = &rules[i];
        if (r->kind != d) continue;
        size_t mark = ctx->depth;
        const void *obj = root;
        for (size_t k = 0; obj && k < 3 && r->at[k]; k++) {
            const infext__field *f = resolved[i].at[k];
            if (!f) { /* a name the schema lacks (a schema edit): the rule finds nothing */
                obj = NULL;
                break;
            }
            obj = infext__has(obj, f) ? *INFEXT__CAT(obj, f, void *) : NULL;
            if (obj) infext__vpath_field(ctx, f->json, f->json_len);
        }
        const infext__field *f = resolved[i].field;
        /* A rule applies to a value that is there, after defaulting. */
        if (obj && (!r->field || (f && infext__has(obj, f))) && !r->holds(obj, f)) {
            if (f) infext__vpath_field(ctx, f->json, f->json_len);
            fail(ctx, r);
        }
        infext__vpath_pop(ctx, mark);
    }
}

void infext__vrules_struct(infext__vctx *ctx, const void *obj)
{
    const infext__hdr *h = obj;
    const infext__kind_desc *k = h->desc->kind;
    if (!k || !k->list_of) {
        check_root(ctx, obj);
        return;
    }
    const infext__field *items = field_of(obj, "items");
    if (!items || !infext__has(obj, items)) return;
    const infext__list *l = INFEXT__CAT(obj, items, infext__list);
    size_t mark = infext__vpath_field(ctx, items->json, items->json_len);
    for (size_t i = 0; i < l->len; i++) {
        size_t item = infext__vpath_index(ctx, i);
        check_root(ctx, l->items[i]);
        infext__vpath_pop(ctx, item);
    }
    infext__vpath_pop(ctx, mark);
}

bool infext__vkind_has_rules(const infext__struct_desc *desc)
{
    pthread_once(&resolve_once, resolve);
    const infext__struct_desc *root = desc->kind && desc->kind->list_of ? desc->kind->list_of : desc;
    for (size_t i = 0; i < N_RULES; i++)
        if (rules[i].kind == root) return true;
    return false;
}
