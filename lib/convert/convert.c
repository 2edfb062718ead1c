/* infext_convert: InferencePool between v1alpha2 and v1; InferenceObjective
 * and InferenceModelRewrite between inference.networking.x-k8s.io/v1alpha2
 * and llm-d.ai/v1alpha2 (the same schema but for the rewrite's spelling of
 * `split` and an int32 priority).
 *
 * A generic walk copies whatever has the same name and shape in both
 * versions (metadata, conditions, names, groups, kinds, preserved members).
 * The tables below say which structs correspond, which fields were renamed,
 * and which fields changed shape and need a hand-written rule. Everything the
 * target cannot hold is reported at its source path: an error that makes the
 * call return INFEXT_ELOSSY, or a warning when the caller allows loss. */
#include "convert/convert_internal.h"
#include "types/generated/types_gen.h"
#include "util/path.h"
#include "types/schema.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/diag.h"

#include <stdarg.h>
#include <stdint.h>
#include <string.h>

/* A v1alpha2 Service extension without portNumber listens on this port
 * (implementations infer it); v1 wants it spelled out. */
#define SERVICE_EXTENSION_PORT 9002

/* Results of the conversion steps: 0 goes on; these stop the walk. */
#define CONV_NO_MEMORY (-1)
#define CONV_NO_RULE (-2)

typedef struct conv {
    infext__arena *arena;   /* the target root's arena */
    const void *src_root;   /* for source positions of diagnostics */
    const char *target_version; /* "v1" or "v1alpha2", for messages */
    bool to_v1;
    unsigned int flags;
    infext_diags *diags;
    infext__buf path;       /* source path of the value being converted */
    bool lost;              /* a value would be lost and that is not allowed */
    bool oom;
} conv;

typedef int (*field_rule_fn)(conv *cv, void *dst, const void *src, const infext__field *f);
typedef int (*finish_fn)(conv *cv, void *dst, const void *src);

/* Structs that correspond across the versions. */
typedef struct struct_pair {
    const infext__struct_desc *from;
    const infext__struct_desc *to;
    finish_fn finish; /* runs after the fields, or NULL */
} struct_pair;

/* A field that is renamed, or that changes shape and has its own rule. */
typedef struct field_rule {
    const infext__struct_desc *from;
    const char *field;
    const char *to;         /* target field name when renamed, else the same name */
    field_rule_fn convert;  /* hand-written conversion, else the generic one */
} field_rule;

/* ---------------------------------------------------- paths and reports -- */

static size_t path_push(conv *cv, const char *name) { return infext__path_push_field(&cv->path, name, strlen(name)); }

static size_t path_push_index(conv *cv, size_t index) { return infext__path_push_index(&cv->path, index); }

static void path_pop(conv *cv, size_t mark) { infext__path_pop(&cv->path, mark); }

static const char *path_text(const conv *cv) { return cv->path.data ? cv->path.data : ""; }

static void vreport(conv *cv, infext_severity severity, infext_error_type type, const char *fmt, va_list ap)
{
    if (!cv->diags) return;
    infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_vprintf(&msg, fmt, ap);
    char *text = infext__buf_detach(&msg, NULL);
    infext__pos pos = {0, 0};
    infext__path_position(&pos, cv->src_root, path_text(cv));
    if (!text || cv->path.failed ||
        infext__diag_addf(cv->diags, severity, type, path_text(cv), pos.line, pos.column, "%s", text) != INFEXT_OK)
        cv->oom = true;
    infext__free(text);
}

static void report(conv *cv, infext_severity severity, infext_error_type type, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static void report(conv *cv, infext_severity severity, infext_error_type type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(cv, severity, type, fmt, ap);
    va_end(ap);
}

/* The value at the current path has no place in the target. */
static void lossy(conv *cv, infext_error_type type, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void lossy(conv *cv, infext_error_type type, const char *fmt, ...)
{
    infext__buf why = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    va_list ap;
    va_start(ap, fmt);
    infext__buf_vprintf(&why, fmt, ap);
    va_end(ap);
    const char *reason = why.data ? why.data : "";
    if (why.failed) cv->oom = true;
    if (cv->flags & INFEXT_CONVERT_ALLOW_LOSSY) {
        report(cv, INFEXT_SEVERITY_WARNING, type, "dropped in the conversion: %s", reason);
    } else {
        cv->lost = true;
        report(cv, INFEXT_SEVERITY_ERROR, type, "would be lost in the conversion: %s", reason);
    }
    infext__buf_reset(&why);
}

/* ------------------------------------------------ preserved members -- */

/* Carry the preserved unknown members of src over to dst, unless a member
 * is named like a field of dst (writing both would give a duplicate key). */
static int carry_unknown(conv *cv, void *dst, const void *src)
{
    const infext__hdr *sh = src;
    if (!sh->extra || !sh->extra->n_unknown) return 0;
    const infext__struct_desc *to = ((const infext__hdr *)dst)->desc;
    infext__extra *x = infext__extra_get(dst);
    if (!x) return CONV_NO_MEMORY;
    size_t n = sh->extra->n_unknown;
    x->unknown = infext__arena_calloc(cv->arena, n, sizeof(infext__member));
    if (!x->unknown) return CONV_NO_MEMORY;
    x->cap_unknown = n;
    for (size_t i = 0; i < n; i++) {
        const infext__member *m = &sh->extra->unknown[i];
        if (infext__field_lookup(to, m->key, m->key_len)) {
            size_t mark = path_push(cv, m->key);
            lossy(cv, INFEXT_ERR_UNKNOWN, "the name is taken by a field of %s",
                  cv->target_version);
            path_pop(cv, mark);
            continue;
        }
        infext__member *d = &x->unknown[x->n_unknown];
        d->key = infext__arena_strndup(cv->arena, m->key, m->key_len);
        d->key_len = m->key_len;
        if (!d->key || infext__value_copy(cv->arena, &d->value, &m->value) != 0) return CONV_NO_MEMORY;
        x->n_unknown++;
    }
    return 0;
}

/* The preserved members of a struct whose target is a scalar. */
static void drop_unknown(conv *cv, const void *src)
{
    const infext__hdr *sh = src;
    for (size_t i = 0; sh->extra && i < sh->extra->n_unknown; i++) {
        size_t mark = path_push(cv, sh->extra->unknown[i].key);
        lossy(cv, INFEXT_ERR_UNKNOWN, "%s has no place for this preserved member", cv->target_version);
        path_pop(cv, mark);
    }
}

/* ------------------------------------------------------ generic walk -- */

static const struct_pair *pair_for(const infext__struct_desc *from, const infext__struct_desc *to);
static const field_rule *rule_for(const infext__struct_desc *from, const infext__field *f);

/* Copy a field whose source and target have the same type and shape. */
static int copy_same(conv *cv, void *dst, const infext__field *g, const void *src, const infext__field *f)
{
    switch (f->type) {
    case INFEXT__F_STRING:
    case INFEXT__F_QUANTITY:
        if (infext__set_string(dst, g, *INFEXT__CAT(src, f, char *)) != INFEXT_OK) return CONV_NO_MEMORY;
        break;
    case INFEXT__F_INT32:
        *INFEXT__AT(dst, g, int32_t) = *INFEXT__CAT(src, f, int32_t);
        break;
    case INFEXT__F_INT64:
        *INFEXT__AT(dst, g, int64_t) = *INFEXT__CAT(src, f, int64_t);
        break;
    case INFEXT__F_BOOL:
        *INFEXT__AT(dst, g, bool) = *INFEXT__CAT(src, f, bool);
        break;
    case INFEXT__F_DOUBLE:
        *INFEXT__AT(dst, g, double) = *INFEXT__CAT(src, f, double);
        break;
    case INFEXT__F_OBJECT: {
        void *copy = infext__deep_copy(cv->arena, *INFEXT__CAT(src, f, void *));
        if (!copy) return CONV_NO_MEMORY;
        *INFEXT__AT(dst, g, void *) = copy;
        break;
    }
    case INFEXT__F_LIST:
    case INFEXT__F_STRLIST: {
        const infext__list *from = INFEXT__CAT(src, f, infext__list);
        infext__list *to = INFEXT__AT(dst, g, infext__list);
        if (from->len && infext__list_reserve(cv->arena, to, from->len) != 0) return CONV_NO_MEMORY;
        for (size_t i = 0; i < from->len; i++) {
            to->items[i] = f->type == INFEXT__F_LIST ? infext__deep_copy(cv->arena, from->items[i])
                                                     : infext__arena_strdup(cv->arena, from->items[i]);
            if (!to->items[i]) return CONV_NO_MEMORY;
            to->len = i + 1;
        }
        break;
    }
    case INFEXT__F_MAP:
        if (infext__map_copy(cv->arena, INFEXT__AT(dst, g, infext__map), INFEXT__CAT(src, f, infext__map)) != 0)
            return CONV_NO_MEMORY;
        break;
    case INFEXT__F_RAW: {
        infext__value *v = infext__arena_alloc(cv->arena, sizeof(*v));
        if (!v || infext__value_copy(cv->arena, v, *INFEXT__CAT(src, f, infext__value *)) != 0)
            return CONV_NO_MEMORY;
        *INFEXT__AT(dst, g, infext__value *) = v;
        break;
    }
    }
    infext__mark(dst, g);
    return 0;
}

static int convert_struct(conv *cv, void *dst, const void *src, const struct_pair *pair);

/* Convert one list item into a new item appended to dst's list field g. */
static int convert_item(conv *cv, void *dst, const infext__field *g, const void *item, const struct_pair *pair)
{
    void *to;
    if (infext__list_insert(&to, dst, g, INFEXT__AT(dst, g, infext__list)->len) != INFEXT_OK) return CONV_NO_MEMORY;
    return convert_struct(cv, to, item, pair);
}

/* A source list item the conversion leaves out on purpose. */
typedef bool (*skip_fn)(const void *item);

/* Convert list f of src into list g of dst, item by item, leaving out the
 * items `skip` names. A list that only held skipped items becomes absent; a
 * given empty list stays given. */
static int convert_list(conv *cv, void *dst, const infext__field *g, const void *src, const infext__field *f,
                        const struct_pair *pair, skip_fn skip)
{
    const infext__list *from = INFEXT__CAT(src, f, infext__list);
    infext__mark(dst, g);
    for (size_t i = 0; i < from->len; i++) {
        if (skip && skip(from->items[i])) continue;
        size_t mark = path_push_index(cv, i);
        int rc = convert_item(cv, dst, g, from->items[i], pair);
        path_pop(cv, mark);
        if (rc != 0) return rc;
    }
    if (from->len && !INFEXT__AT(dst, g, infext__list)->len) infext__clear_field(dst, g);
    return 0;
}

/* A field the tables pair with a target of another shape and no rule: a bug
 * in the tables, reported rather than guessed at. */
static int no_rule(conv *cv)
{
    report(cv, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INTERNAL, "no conversion rule for this field to %s",
           cv->target_version);
    return CONV_NO_RULE;
}

static int convert_value(conv *cv, void *dst, const infext__field *g, const void *src, const infext__field *f)
{
    if (f->type != g->type) return no_rule(cv);
    if ((f->type != INFEXT__F_OBJECT && f->type != INFEXT__F_LIST) || f->elem == g->elem)
        return copy_same(cv, dst, g, src, f);
    const struct_pair *pair = pair_for(f->elem, g->elem);
    if (!pair) return no_rule(cv);
    if (f->type == INFEXT__F_LIST) return convert_list(cv, dst, g, src, f, pair, NULL);
    void *child;
    if (infext__ensure_object(&child, dst, g) != INFEXT_OK) return CONV_NO_MEMORY;
    return convert_struct(cv, child, *INFEXT__CAT(src, f, void *), pair);
}

static int convert_field(conv *cv, void *dst, const void *src, const infext__field *f)
{
    const infext__struct_desc *from = ((const infext__hdr *)src)->desc;
    const field_rule *rule = rule_for(from, f);
    if (rule && rule->convert) return rule->convert(cv, dst, src, f);
    const char *name = rule && rule->to ? rule->to : f->json;
    const infext__field *g = infext__field_lookup(((const infext__hdr *)dst)->desc, name, strlen(name));
    if (!g) {
        lossy(cv, INFEXT_ERR_FORBIDDEN, "%s has no such field", cv->target_version);
        return 0;
    }
    return convert_value(cv, dst, g, src, f);
}

static int convert_struct(conv *cv, void *dst, const void *src, const struct_pair *pair)
{
    const infext__struct_desc *desc = pair->from;
    for (uint32_t i = 0; i < desc->n_fields; i++) {
        const infext__field *f = &desc->fields[i];
        if (!infext__has(src, f)) continue;
        size_t mark = path_push(cv, f->json);
        int rc = convert_field(cv, dst, src, f);
        path_pop(cv, mark);
        if (rc != 0) return rc;
    }
    if (carry_unknown(cv, dst, src) != 0) return CONV_NO_MEMORY;
    return pair->finish ? pair->finish(cv, dst, src) : 0;
}

/* Target field by name; the tables guarantee it exists. */
static const infext__field *target_field(const void *dst, const char *name)
{
    return infext__field_lookup(((const infext__hdr *)dst)->desc, name, strlen(name));
}

/* ------------------------------------------------------------ spec rules -- */

/* v1alpha2 `selector` (a map) -> v1 `selector.matchLabels`. */
static int selector_to_v1(conv *cv, void *dst, const void *src, const infext__field *f)
{
    void *selector;
    if (infext__ensure_object(&selector, dst, target_field(dst, "selector")) != INFEXT_OK) return CONV_NO_MEMORY;
    const infext__field *labels = target_field(selector, "matchLabels");
    if (copy_same(cv, selector, labels, src, f) != 0) return CONV_NO_MEMORY;
    /* v1alpha2 takes any number of labels, v1 a bounded one. The labels are
     * carried as they are (nothing is lost, and none can be made up), but the
     * caller should know that the server will reject the result. */
    size_t n = INFEXT__CAT(src, f, infext__map)->len;
    const infext__constraints *c = labels->c;
    if (c && (((c->flags & INFEXT__C_MIN_PROPS) && n < c->min_props) ||
              ((c->flags & INFEXT__C_MAX_PROPS) && n > c->max_props)))
        report(cv, INFEXT_SEVERITY_WARNING, INFEXT_ERR_INVALID,
               "%zu labels; v1 requires %u to %u in selector.matchLabels, so the converted pool will not validate",
               n, c->min_props, c->max_props);
    return 0;
}

/* v1 `selector.matchLabels` -> v1alpha2 `selector`. */
static int selector_to_v1alpha2(conv *cv, void *dst, const void *src, const infext__field *f)
{
    const void *selector = *INFEXT__CAT(src, f, void *);
    drop_unknown(cv, selector);
    const infext__field *labels = infext__field_lookup(f->elem, "matchLabels", 11);
    if (!infext__has(selector, labels)) {
        lossy(cv, INFEXT_ERR_REQUIRED, "v1alpha2 has no form for a selector without matchLabels");
        return 0;
    }
    return copy_same(cv, dst, target_field(dst, "selector"), selector, labels);
}

/* Add a v1 Port with `number` to list field g of dst, or set object field g. */
static int new_port(void *dst, const infext__field *g, int32_t number)
{
    void *port;
    infext_status rc = g->type == INFEXT__F_LIST
                           ? infext__list_insert(&port, dst, g, INFEXT__AT(dst, g, infext__list)->len)
                           : infext__ensure_object(&port, dst, g);
    if (rc != INFEXT_OK) return CONV_NO_MEMORY;
    return infext_v1_port_set_number(port, number) == INFEXT_OK ? 0 : -1;
}

/* v1alpha2 `targetPortNumber` -> v1 `targetPorts: [{number}]`. */
static int target_port_to_v1(conv *cv, void *dst, const void *src, const infext__field *f)
{
    return new_port(dst, target_field(dst, "targetPorts"), *INFEXT__CAT(src, f, int32_t));
}

/* The number of a v1 Port into int32 field g of dst; a port without one, and
 * the port's preserved members, have no place in v1alpha2. */
static int port_to_number(conv *cv, void *dst, const infext__field *g, const void *port)
{
    drop_unknown(cv, port);
    int32_t number;
    if (!infext_v1_port_get_number(&number, port)) {
        lossy(cv, INFEXT_ERR_REQUIRED, "v1alpha2 holds a port as its number, and this port has none");
        return 0;
    }
    *INFEXT__AT(dst, g, int32_t) = number;
    infext__mark(dst, g);
    return 0;
}

/* v1 `targetPorts` -> v1alpha2 `targetPortNumber`: the first port; every
 * further one is lost. An empty list is refused in spec_to_v1alpha2(). */
static int target_ports_to_v1alpha2(conv *cv, void *dst, const void *src, const infext__field *f)
{
    const infext__list *ports = INFEXT__CAT(src, f, infext__list);
    for (size_t i = 0; i < ports->len; i++) {
        size_t mark = path_push_index(cv, i);
        int32_t number = 0;
        if (i == 0) {
            if (port_to_number(cv, dst, target_field(dst, "targetPortNumber"), ports->items[0]) != 0)
                return CONV_NO_MEMORY;
        } else if (infext_v1_port_get_number(&number, ports->items[i])) {
            lossy(cv, INFEXT_ERR_TOO_MANY,
                  "v1alpha2 holds a single target port (targetPortNumber); port %d is not the first", (int)number);
        } else {
            lossy(cv, INFEXT_ERR_TOO_MANY, "v1alpha2 holds a single target port (targetPortNumber)");
        }
        path_pop(cv, mark);
    }
    return 0;
}

/* v1 spec -> v1alpha2 spec: a pool without a target port has no v1alpha2
 * form at all, allowed loss or not (upstream indexes targetPorts[0] blindly). */
static int spec_to_v1alpha2(conv *cv, void *dst, const void *src)
{
    (void)dst;
    const infext__field *f = infext__field_lookup(((const infext__hdr *)src)->desc, "targetPorts", 11);
    if (infext__has(src, f) && INFEXT__CAT(src, f, infext__list)->len) return 0;
    size_t mark = path_push(cv, "targetPorts");
    cv->lost = true;
    report(cv, INFEXT_SEVERITY_ERROR, INFEXT_ERR_REQUIRED,
           "cannot be converted to v1alpha2, which holds exactly one target port (targetPortNumber): none is given");
    path_pop(cv, mark);
    return 0;
}

/* v1alpha2 spec -> v1 spec: v1 requires a target port and none can be made
 * up, so a pool without targetPortNumber is refused; allowing loss, it is
 * written without targetPorts (which the server will reject), and a warning
 * says so. */
static int spec_to_v1(conv *cv, void *dst, const void *src)
{
    (void)dst;
    const infext__field *f = infext__field_lookup(((const infext__hdr *)src)->desc, "targetPortNumber", 16);
    if (infext__has(src, f)) return 0;
    size_t mark = path_push(cv, "targetPortNumber");
    if (cv->flags & INFEXT_CONVERT_ALLOW_LOSSY) {
        report(cv, INFEXT_SEVERITY_WARNING, INFEXT_ERR_REQUIRED,
               "absent: the v1 pool is written without targetPorts, which v1 requires, so it will not validate");
    } else {
        cv->lost = true;
        report(cv, INFEXT_SEVERITY_ERROR, INFEXT_ERR_REQUIRED,
               "cannot be converted to v1, which requires a target port (targetPorts): none is given");
    }
    path_pop(cv, mark);
    return 0;
}

/* v1alpha2 `extensionRef.portNumber` -> v1 `endpointPickerRef.port.number`. */
static int extension_port_to_v1(conv *cv, void *dst, const void *src, const infext__field *f)
{
    return new_port(dst, target_field(dst, "port"), *INFEXT__CAT(src, f, int32_t));
}

/* v1 `endpointPickerRef.port` -> v1alpha2 `extensionRef.portNumber`. */
static int picker_port_to_v1alpha2(conv *cv, void *dst, const void *src, const infext__field *f)
{
    return port_to_number(cv, dst, target_field(dst, "portNumber"), *INFEXT__CAT(src, f, void *));
}

/* A v1alpha2 Service extension (kind Service, or no kind, which defaults to
 * Service) without portNumber is served on 9002; v1 requires an explicit
 * port for a Service, so write the implied one and say so. */
static int imply_service_port(conv *cv, void *dst, const void *src)
{
    if (infext_v1alpha2_extension_reference_has_port_number(src)) return 0;
    const char *kind = infext_v1alpha2_extension_reference_get_kind(src);
    if (kind && strcmp(kind, "Service") != 0) return 0;
    if (new_port(dst, target_field(dst, "port"), SERVICE_EXTENSION_PORT) != 0) return CONV_NO_MEMORY;
    size_t mark = path_push(cv, "portNumber");
    report(cv, INFEXT_SEVERITY_WARNING, INFEXT_ERR_REQUIRED,
           "absent for a Service, which implies port %d; v1 requires the port, so it is written as "
           "endpointPickerRef.port.number: %d",
           SERVICE_EXTENSION_PORT, SERVICE_EXTENSION_PORT);
    path_pop(cv, mark);
    return 0;
}

/* ---------------------------------------------------------- status rules -- */

/* The condition the v1alpha2 CRD's status default writes, field for field. */
static bool is_default_condition(const void *condition)
{
    const infext__hdr *h = condition;
    const char *time = infext_condition_get_last_transition_time(condition);
    const char *message = infext_condition_get_message(condition);
    const char *reason = infext_condition_get_reason(condition);
    const char *status = infext_condition_get_status(condition);
    const char *type = infext_condition_get_type(condition);
    return time && message && reason && status && type && !strcmp(type, "Accepted") &&
           !strcmp(status, "Unknown") && !strcmp(reason, "Pending") && !strcmp(message, "Waiting for controller") &&
           !strcmp(time, "1970-01-01T00:00:00Z") && !infext_condition_has_observed_generation(condition) &&
           !(h->extra && h->extra->n_unknown);
}

/* The parent the v1alpha2 CRD's status default writes (`kind: Status, name:
 * default`, group absent or defaulted), holding nothing but default
 * conditions. A parent with anything more is a real one and is kept. */
static bool is_default_parent(const void *parent)
{
    const infext__hdr *h = parent;
    if (h->extra && h->extra->n_unknown) return false;
    const infext_v1alpha2_parent_gateway_reference *ref = infext_v1alpha2_pool_status_get_parent_ref(parent);
    if (!ref || (((const infext__hdr *)ref)->extra && ((const infext__hdr *)ref)->extra->n_unknown)) return false;
    const char *kind = infext_v1alpha2_parent_gateway_reference_get_kind(ref);
    const char *name = infext_v1alpha2_parent_gateway_reference_get_name(ref);
    const char *group = infext_v1alpha2_parent_gateway_reference_get_group(ref);
    if (!kind || !name || strcmp(kind, "Status") != 0 || strcmp(name, "default") != 0) return false;
    if (group && strcmp(group, "gateway.networking.k8s.io") != 0) return false;
    if (infext_v1alpha2_parent_gateway_reference_has_namespace(ref)) return false;
    size_t n = infext_v1alpha2_pool_status_conditions_count(parent);
    for (size_t i = 0; i < n; i++)
        if (!is_default_condition(infext_v1alpha2_pool_status_conditions_at(parent, i))) return false;
    return true;
}

/* v1alpha2 `status.parent` -> v1 `status.parents`, without the default parent. */
static int parents_to_v1(conv *cv, void *dst, const void *src, const infext__field *f)
{
    const infext__field *g = target_field(dst, "parents");
    return convert_list(cv, dst, g, src, f, pair_for(f->elem, g->elem), is_default_parent);
}

/* The Accepted condition's reason for a parent that does not support the
 * pool is spelled per version. */
static const char *mapped_reason(const conv *cv, const char *reason)
{
    static const char gateway[] = "NotSupportedByGateway", parent[] = "NotSupportedByParent";
    if (cv->to_v1 && !strcmp(reason, gateway)) return parent;
    if (!cv->to_v1 && !strcmp(reason, parent)) return gateway;
    return NULL;
}

/* Conditions of a parent, both ways: copied, with the Accepted reason
 * renamed; on the way to v1 the default Pending condition is left out. */
static int conditions_convert(conv *cv, void *dst, const void *src, const infext__field *f)
{
    const infext__field *g = target_field(dst, "conditions");
    const infext__list *from = INFEXT__CAT(src, f, infext__list);
    infext__mark(dst, g);
    for (size_t i = 0; i < from->len; i++) {
        const void *condition = from->items[i];
        if (cv->to_v1 && is_default_condition(condition)) continue;
        void *copy = infext__deep_copy(cv->arena, condition);
        if (!copy) return CONV_NO_MEMORY;
        const char *type = infext_condition_get_type(copy);
        const char *reason = infext_condition_get_reason(copy);
        const char *renamed = type && reason && !strcmp(type, "Accepted") ? mapped_reason(cv, reason) : NULL;
        if (renamed && infext_condition_set_reason(copy, renamed) != INFEXT_OK) return CONV_NO_MEMORY;
        infext__list *to = INFEXT__AT(dst, g, infext__list);
        if (infext__list_reserve(cv->arena, to, to->len + 1) != 0) return CONV_NO_MEMORY;
        to->items[to->len++] = copy;
    }
    if (from->len && !INFEXT__AT(dst, g, infext__list)->len) infext__clear_field(dst, g);
    return 0;
}

/* ---------------------------------------------- objective and rewrite -- */

/* x-k8s.io priority (int64) -> llm-d.ai (int32): a value out of its range
 * has no place there. */
static int priority_to_int32(conv *cv, void *dst, const void *src, const infext__field *f)
{
    int64_t v = *INFEXT__CAT(src, f, int64_t);
    if (v < INT32_MIN || v > INT32_MAX) {
        lossy(cv, INFEXT_ERR_INVALID, "%lld is out of the int32 range of llm-d.ai/v1alpha2", (long long)v);
        return 0;
    }
    const infext__field *g = target_field(dst, "priority");
    *INFEXT__AT(dst, g, int32_t) = (int32_t)v;
    infext__mark(dst, g);
    return 0;
}

static int priority_to_int64(conv *cv, void *dst, const void *src, const infext__field *f)
{
    (void)cv;
    const infext__field *g = target_field(dst, "priority");
    *INFEXT__AT(dst, g, int64_t) = *INFEXT__CAT(src, f, int32_t);
    infext__mark(dst, g);
    return 0;
}

/* A v1.2.0 rule's `split` is llm-d.ai's `targets`; a rule that gives both
 * spellings keeps `targets`, and its `split` has no place. */
static int split_to_targets(conv *cv, void *dst, const void *src, const infext__field *f)
{
    if (infext__has(src, target_field(src, "targets"))) {
        lossy(cv, INFEXT_ERR_FORBIDDEN, "the rule gives targets too, and llm-d.ai/v1alpha2 has only targets");
        return 0;
    }
    return copy_same(cv, dst, target_field(dst, "targets"), src, f);
}

/* ------------------------------------------------------------- tables -- */

static const struct_pair pairs[] = {
    {&infext__desc_v1alpha2_inference_pool, &infext__desc_v1_inference_pool, NULL},
    {&infext__desc_v1_inference_pool, &infext__desc_v1alpha2_inference_pool, NULL},
    {&infext__desc_v1alpha2_inference_pool_list, &infext__desc_v1_inference_pool_list, NULL},
    {&infext__desc_v1_inference_pool_list, &infext__desc_v1alpha2_inference_pool_list, NULL},
    {&infext__desc_v1alpha2_inference_pool_spec, &infext__desc_v1_inference_pool_spec, spec_to_v1},
    {&infext__desc_v1_inference_pool_spec, &infext__desc_v1alpha2_inference_pool_spec, spec_to_v1alpha2},
    {&infext__desc_v1alpha2_extension_reference, &infext__desc_v1_endpoint_picker_ref, imply_service_port},
    {&infext__desc_v1_endpoint_picker_ref, &infext__desc_v1alpha2_extension_reference, NULL},
    {&infext__desc_v1alpha2_inference_pool_status, &infext__desc_v1_inference_pool_status, NULL},
    {&infext__desc_v1_inference_pool_status, &infext__desc_v1alpha2_inference_pool_status, NULL},
    {&infext__desc_v1alpha2_pool_status, &infext__desc_v1_parent_status, NULL},
    {&infext__desc_v1_parent_status, &infext__desc_v1alpha2_pool_status, NULL},
    {&infext__desc_v1alpha2_parent_gateway_reference, &infext__desc_v1_parent_reference, NULL},
    {&infext__desc_v1_parent_reference, &infext__desc_v1alpha2_parent_gateway_reference, NULL},
    {&infext__desc_v1alpha2_inference_objective, &infext__desc_llmd_v1alpha2_inference_objective, NULL},
    {&infext__desc_llmd_v1alpha2_inference_objective, &infext__desc_v1alpha2_inference_objective, NULL},
    {&infext__desc_v1alpha2_inference_objective_list, &infext__desc_llmd_v1alpha2_inference_objective_list, NULL},
    {&infext__desc_llmd_v1alpha2_inference_objective_list, &infext__desc_v1alpha2_inference_objective_list, NULL},
    {&infext__desc_v1alpha2_inference_objective_spec, &infext__desc_llmd_v1alpha2_inference_objective_spec, NULL},
    {&infext__desc_llmd_v1alpha2_inference_objective_spec, &infext__desc_v1alpha2_inference_objective_spec, NULL},
    {&infext__desc_v1alpha2_inference_model_rewrite, &infext__desc_llmd_v1alpha2_inference_model_rewrite, NULL},
    {&infext__desc_llmd_v1alpha2_inference_model_rewrite, &infext__desc_v1alpha2_inference_model_rewrite, NULL},
    {&infext__desc_v1alpha2_inference_model_rewrite_list, &infext__desc_llmd_v1alpha2_inference_model_rewrite_list,
     NULL},
    {&infext__desc_llmd_v1alpha2_inference_model_rewrite_list, &infext__desc_v1alpha2_inference_model_rewrite_list,
     NULL},
    {&infext__desc_v1alpha2_inference_model_rewrite_spec, &infext__desc_llmd_v1alpha2_inference_model_rewrite_spec,
     NULL},
    {&infext__desc_llmd_v1alpha2_inference_model_rewrite_spec, &infext__desc_v1alpha2_inference_model_rewrite_spec,
     NULL},
    {&infext__desc_v1alpha2_inference_model_rewrite_rule, &infext__desc_llmd_v1alpha2_inference_model_rewrite_rule,
     NULL},
    {&infext__desc_llmd_v1alpha2_inference_model_rewrite_rule, &infext__desc_v1alpha2_inference_model_rewrite_rule,
     NULL},
};

static const field_rule rules[] = {
    {&infext__desc_v1alpha2_inference_pool_spec, "selector", NULL, selector_to_v1},
    {&infext__desc_v1_inference_pool_spec, "selector", NULL, selector_to_v1alpha2},
    {&infext__desc_v1alpha2_inference_pool_spec, "targetPortNumber", NULL, target_port_to_v1},
    {&infext__desc_v1_inference_pool_spec, "targetPorts", NULL, target_ports_to_v1alpha2},
    {&infext__desc_v1alpha2_inference_pool_spec, "extensionRef", "endpointPickerRef", NULL},
    {&infext__desc_v1_inference_pool_spec, "endpointPickerRef", "extensionRef", NULL},
    {&infext__desc_v1alpha2_extension_reference, "portNumber", NULL, extension_port_to_v1},
    {&infext__desc_v1_endpoint_picker_ref, "port", NULL, picker_port_to_v1alpha2},
    {&infext__desc_v1alpha2_inference_pool_status, "parent", NULL, parents_to_v1},
    {&infext__desc_v1_inference_pool_status, "parents", "parent", NULL},
    {&infext__desc_v1alpha2_pool_status, "conditions", NULL, conditions_convert},
    {&infext__desc_v1_parent_status, "conditions", NULL, conditions_convert},
    {&infext__desc_v1alpha2_inference_objective_spec, "priority", NULL, priority_to_int32},
    {&infext__desc_llmd_v1alpha2_inference_objective_spec, "priority", NULL, priority_to_int64},
    {&infext__desc_v1alpha2_inference_model_rewrite_rule, "split", NULL, split_to_targets},
};

static const struct_pair *pair_for(const infext__struct_desc *from, const infext__struct_desc *to)
{
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        if (pairs[i].from == from && pairs[i].to == to) return &pairs[i];
    return NULL;
}

static const field_rule *rule_for(const infext__struct_desc *from, const infext__field *f)
{
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        if (rules[i].from == from && !strcmp(rules[i].field, f->json)) return &rules[i];
    return NULL;
}

/* ---------------------------------------------------------------- API -- */

INFEXT_API infext_status infext_convert(infext_object **out, const infext_object *in,
                                        const char *target_api_version, unsigned int flags,
                                        infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    if (!in || !target_api_version || (flags & ~INFEXT_CONVERT_ALLOW_LOSSY)) return INFEXT_EINVAL;
    const infext__struct_desc *from = ((const infext__hdr *)in)->desc;
    if (!from->kind) return INFEXT_EINVAL;
    if (!strcmp(from->kind->api_version, target_api_version)) return infext_object_clone(out, in);

    const char *kind_name = from->kind->kind_name;
    const infext__kind_desc *to = infext__kind_lookup(target_api_version, strlen(target_api_version), kind_name,
                                                      strlen(kind_name));
    const struct_pair *pair = to ? pair_for(from, to->type) : NULL;
    if (!pair) {
        infext_status rc = infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_NOT_SUPPORTED, "apiVersion", 0, 0,
                                             "%s has no version %s to convert to", kind_name, target_api_version);
        return rc == INFEXT_OK ? INFEXT_EKIND : rc;
    }

    const infext__hdr *src = (const infext__hdr *)in;
    void *root = infext__root_new_sized(to->type, src->arena->total);
    if (!root) return INFEXT_ENOMEM;
    const char *slash = strrchr(target_api_version, '/');
    conv cv = {
        .arena = ((infext__hdr *)root)->arena,
        .src_root = in,
        .target_version = slash ? slash + 1 : target_api_version,
        .to_v1 = to->type == &infext__desc_v1_inference_pool || to->type == &infext__desc_v1_inference_pool_list,
        .flags = flags,
        .diags = diags,
        .path = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT),
    };
    int rc = convert_struct(&cv, root, in, pair);
    if (cv.path.failed) cv.oom = true;
    infext__buf_reset(&cv.path);
    if (rc != 0 || cv.oom || cv.lost) {
        infext__root_free(root);
        if (rc == CONV_NO_RULE) return INFEXT_EINVAL;
        return rc != 0 || cv.oom ? INFEXT_ENOMEM : INFEXT_ELOSSY;
    }
    *out = root;
    return INFEXT_OK;
}

INFEXT_API infext_status infext_v1alpha2_inference_pool_to_v1(infext_v1_inference_pool **out,
                                                              const infext_v1alpha2_inference_pool *in,
                                                              unsigned int flags, infext_diags *diags)
{
    return infext_convert((infext_object **)out, (const infext_object *)in,
                          infext__desc_v1_inference_pool.kind->api_version, flags, diags);
}

INFEXT_API infext_status infext_v1_inference_pool_to_v1alpha2(infext_v1alpha2_inference_pool **out,
                                                              const infext_v1_inference_pool *in,
                                                              unsigned int flags, infext_diags *diags)
{
    return infext_convert((infext_object **)out, (const infext_object *)in,
                          infext__desc_v1alpha2_inference_pool.kind->api_version, flags, diags);
}
