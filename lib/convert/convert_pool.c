/* infext_convert's rules for InferencePool between v1alpha2 and v1: the
 * selector, the target ports, the extension reference and the status
 * parents with their conditions. */
#include "convert/convert_walk.h"

#include "types/generated/types_gen.h"

/* A v1alpha2 Service extension without portNumber listens on this port
 * (implementations infer it); v1 wants it spelled out. */
#define SERVICE_EXTENSION_PORT 9002

/* ------------------------------------------------------------ spec rules -- */

/* v1alpha2 `selector` (a map) -> v1 `selector.matchLabels`. */
static int selector_to_v1(conv *cv, void *dst, const void *src, const infext__field *f)
{
    void *selector;
    if (infext__ensure_object(&selector, dst, infext__conv_target_field(dst, "selector")) != INFEXT_OK)
        return CONV_NO_MEMORY;
    const infext__field *labels = infext__conv_target_field(selector, "matchLabels");
    if (infext__conv_copy_same(cv, selector, labels, src, f) != 0) return CONV_NO_MEMORY;
    /* v1alpha2 takes any number of labels, v1 a bounded one. The labels are
     * carried as they are (nothing is lost, and none can be made up), but the
     * caller should know that the server will reject the result. */
    size_t n = INFEXT__CAT(src, f, infext__map)->len;
    const infext__constraints *c = labels->c;
    if (c && (((c->flags & INFEXT__C_MIN_PROPS) && n < c->min_props) ||
              ((c->flags & INFEXT__C_MAX_PROPS) && n > c->max_props)))
        infext__conv_report(cv, INFEXT_SEVERITY_WARNING, INFEXT_ERR_INVALID,
               "%zu labels; v1 requires %u to %u in selector.matchLabels, so the converted pool will not validate",
                            n, c->min_props, c->max_props);
    return 0;
}

/* v1 `selector.matchLabels` -> v1alpha2 `selector`. */
static int selector_to_v1alpha2(conv *cv, void *dst, const void *src, const infext__field *f)
{
    const void *selector = *INFEXT__CAT(src, f, void *);
    infext__conv_drop_unknown(cv, selector);
    const infext__field *labels = infext__field_lookup(f->elem, "matchLabels", 11);
    if (!infext__has(selector, labels)) {
        infext__conv_lossy(cv, INFEXT_ERR_REQUIRED, "v1alpha2 has no form for a selector without matchLabels");
        return 0;
    }
    return infext__conv_copy_same(cv, dst, infext__conv_target_field(dst, "selector"), selector, labels);
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
    return new_port(dst, infext__conv_target_field(dst, "targetPorts"), *INFEXT__CAT(src, f, int32_t));
}

/* The number of a v1 Port into int32 field g of dst; a port without one, and
 * the port's preserved members, have no place in v1alpha2. */
static int port_to_number(conv *cv, void *dst, const infext__field *g, const void *port)
{
    infext__conv_drop_unknown(cv, port);
    int32_t number;
    if (!infext_v1_port_get_number(&number, port)) {
        infext__conv_lossy(cv, INFEXT_ERR_REQUIRED, "v1alpha2 holds a port as its number, and this port has none");
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
        size_t mark = infext__conv_path_push_index(cv, i);
        int32_t number = 0;
        if (i == 0) {
            if (port_to_number(cv, dst, infext__conv_target_field(dst, "targetPortNumber"), ports->items[0]) != 0)
                return CONV_NO_MEMORY;
        } else if (infext_v1_port_get_number(&number, ports->items[i])) {
            infext__conv_lossy(cv, INFEXT_ERR_TOO_MANY,
                  "v1alpha2 holds a single target port (targetPortNumber); port %d is not the first", (int)number);
        } else {
            infext__conv_lossy(cv, INFEXT_ERR_TOO_MANY, "v1alpha2 holds a single target port (targetPortNumber)");
        }
        infext__conv_path_pop(cv, mark);
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
    size_t mark = infext__conv_path_push(cv, "targetPorts");
    cv->lost = true;
    infext__conv_report(cv, INFEXT_SEVERITY_ERROR, INFEXT_ERR_REQUIRED,
           "cannot be converted to v1alpha2, which holds exactly one target port (targetPortNumber): none is given");
    infext__conv_path_pop(cv, mark);
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
    size_t mark = infext__conv_path_push(cv, "targetPortNumber");
    if (cv->flags & INFEXT_CONVERT_ALLOW_LOSSY) {
        infext__conv_report(cv, INFEXT_SEVERITY_WARNING, INFEXT_ERR_REQUIRED,
               "absent: the v1 pool is written without targetPorts, which v1 requires, so it will not validate");
    } else {
        cv->lost = true;
        infext__conv_report(cv, INFEXT_SEVERITY_ERROR, INFEXT_ERR_REQUIRED,
                            "cannot be converted to v1, which requires a target port (targetPorts): none is given");
    }
    infext__conv_path_pop(cv, mark);
    return 0;
}

/* v1alpha2 `extensionRef.portNumber` -> v1 `endpointPickerRef.port.number`. */
static int extension_port_to_v1(conv *cv, void *dst, const void *src, const infext__field *f)
{
    return new_port(dst, infext__conv_target_field(dst, "port"), *INFEXT__CAT(src, f, int32_t));
}

/* v1 `endpointPickerRef.port` -> v1alpha2 `extensionRef.portNumber`. */
static int picker_port_to_v1alpha2(conv *cv, void *dst, const void *src, const infext__field *f)
{
    return port_to_number(cv, dst, infext__conv_target_field(dst, "portNumber"), *INFEXT__CAT(src, f, void *));
}

/* A v1alpha2 Service extension (kind Service, or no kind, which defaults to
 * Service) without portNumber is served on 9002; v1 requires an explicit
 * port for a Service, so write the implied one and say so. */
static int imply_service_port(conv *cv, void *dst, const void *src)
{
    if (infext_v1alpha2_extension_reference_has_port_number(src)) return 0;
    const char *kind = infext_v1alpha2_extension_reference_get_kind(src);
    if (kind && strcmp(kind, "Service") != 0) return 0;
    if (new_port(dst, infext__conv_target_field(dst, "port"), SERVICE_EXTENSION_PORT) != 0) return CONV_NO_MEMORY;
    size_t mark = infext__conv_path_push(cv, "portNumber");
    infext__conv_report(cv, INFEXT_SEVERITY_WARNING, INFEXT_ERR_REQUIRED,
                        "absent for a Service, which implies port %d; v1 requires the port, so it is written as "
                        "endpointPickerRef.port.number: %d",
                        SERVICE_EXTENSION_PORT, SERVICE_EXTENSION_PORT);
    infext__conv_path_pop(cv, mark);
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
    const infext__field *g = infext__conv_target_field(dst, "parents");
    return infext__conv_list(cv, dst, g, src, f, infext__conv_pair_for(f->elem, g->elem), is_default_parent);
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
    const infext__field *g = infext__conv_target_field(dst, "conditions");
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

/* ------------------------------------------------------------- tables -- */

static const struct_pair pool_pairs[] = {
    INFEXT__CONV_BOTH_WAYS(v1alpha2_inference_pool, v1_inference_pool),
    INFEXT__CONV_BOTH_WAYS(v1alpha2_inference_pool_list, v1_inference_pool_list),
    {&infext__desc_v1alpha2_inference_pool_spec, &infext__desc_v1_inference_pool_spec, spec_to_v1},
    {&infext__desc_v1_inference_pool_spec, &infext__desc_v1alpha2_inference_pool_spec, spec_to_v1alpha2},
    {&infext__desc_v1alpha2_extension_reference, &infext__desc_v1_endpoint_picker_ref, imply_service_port},
    {&infext__desc_v1_endpoint_picker_ref, &infext__desc_v1alpha2_extension_reference, NULL},
    INFEXT__CONV_BOTH_WAYS(v1alpha2_inference_pool_status, v1_inference_pool_status),
    INFEXT__CONV_BOTH_WAYS(v1alpha2_pool_status, v1_parent_status),
    INFEXT__CONV_BOTH_WAYS(v1alpha2_parent_gateway_reference, v1_parent_reference),
};

static const field_rule pool_rules[] = {
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
};

const conv_table infext__conv_pool_table = INFEXT__CONV_TABLE(pool_pairs, pool_rules);
