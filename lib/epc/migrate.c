/* infext_epc_migrate: an EndpointPickerConfig rewritten into another dialect.
 *
 * The config is encoded as JSON, rewritten as a jansson tree, and decoded
 * (strictly) as the target's kind. The rewriting steps, in order:
 *   1. apiVersion: the one the target's loader prefers;
 *   2. sections the dialects spell or place differently are moved
 *      (data <-> dataLayer, parser <-> requestHandler.parsers,
 *      saturationDetector <-> flowControl.saturationDetector), and
 *      Heimdall's detector type "utilization" dropped where the thresholds
 *      alone mean that detector;
 *   3. every member the target does not define (schema.yaml `dialects:`) is
 *      refused at its path, or dropped with a warning when loss is allowed;
 *   4. feature gates: kept when the target registers them, dropped when the
 *      target lists them in dropGates, refused when the target lacks them
 *      (a gate no dialect registers is kept: validation reports it);
 *   5. plugin types renamed by schema.yaml `epcPluginTypes`, and every
 *      *Ref member naming an unnamed renamed plugin by its old type.
 * Paths in diagnostics are the source's; positions come from the source. */
#include "infext/codec.h"
#include "infext/epc.h"
#include "infext/object.h"
#include "types/generated/types_gen.h"
#include "types/schema.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/quantity.h"
#include "validate/epc_dialect.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct mig {
    const void *src;       /* for source positions */
    const infext__epc_dialect_desc *to;
    infext_epc_dialect from;
    uint8_t to_bit;
    unsigned int flags;
    infext_diags *diags;
    bool lost;
    bool oom;
    /* sections moved so far: a path below moved[i].now was at moved[i].was */
    struct moved {
        const char *now, *was;
    } moved[4];
    size_t n_moved;
} mig;

static void moved(mig *m, const char *now, const char *was)
{
    if (m->n_moved < sizeof m->moved / sizeof m->moved[0]) m->moved[m->n_moved++] = (struct moved){now, was};
}

/* The source path of a path of the rewritten tree. */
static void source_path(const mig *m, infext__buf *out, const char *path)
{
    if (!path) path = "";
    for (size_t i = 0; i < m->n_moved; i++) {
        size_t n = strlen(m->moved[i].now);
        if (!strncmp(path, m->moved[i].now, n) && (path[n] == '.' || path[n] == '[' || !path[n])) {
            infext__buf_puts(out, m->moved[i].was);
            infext__buf_puts(out, path + n);
            return;
        }
    }
    infext__buf_puts(out, path);
}

static void lose(mig *m, const char *tree_path, const char *fmt, const char *what)
{
    infext__buf src = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    source_path(m, &src, tree_path);
    const char *path = src.data ? src.data : "";
    infext__pos pos = {0, 0};
    infext__path_position(&pos, m->src, path);
    bool allow = m->flags & INFEXT_EPC_MIGRATE_ALLOW_LOSSY;
    if (!allow) m->lost = true;
    infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_printf(&msg, fmt, what);
    infext__buf_printf(&msg, ": %s (%s) cannot express it", m->to->name, m->to->title);
    if (msg.failed ||
        infext__diag_addf(m->diags, allow ? INFEXT_SEVERITY_WARNING : INFEXT_SEVERITY_ERROR, INFEXT_ERR_FORBIDDEN,
                          path, pos.line, pos.column, "%s %s", allow ? "dropped in the migration:" : "would be lost:",
                          msg.data) != INFEXT_OK)
        m->oom = true;
    if (src.failed) m->oom = true;
    infext__buf_reset(&msg);
    infext__buf_reset(&src);
}

/* ------------------------------------------------------------ moves -- */

static bool defines(const mig *m, const infext__struct_desc *d, const char *member)
{
    const infext__field *f = infext__field_lookup(d, member, strlen(member));
    return f && (f->dialects & m->to_bit);
}

/* A rewrite without loss at a source path: not an error, but a change the
 * way back does not undo, so it is said with a warning. */
static void rewrite_note(mig *m, const char *path, const char *fmt, const char *a, const char *b)
{
    infext__pos pos = {0, 0};
    infext__path_position(&pos, m->src, path);
    if (infext__diag_addf(m->diags, INFEXT_SEVERITY_WARNING, INFEXT_ERR_INVALID, path, pos.line, pos.column, fmt, a,
                          b) != INFEXT_OK)
        m->oom = true;
}

/* Heimdall's detector type "utilization" is the detector a dialect with the
 * thresholds runs from them: dropped there (a saturationDetector left empty
 * with it); any other type is left for prune() to refuse. */
static json_t *detector_type(mig *m, json_t *root, json_t *sd)
{
    const infext__struct_desc *sdd = &infext__desc_v1alpha1_saturation_detector;
    json_t *type = json_is_object(sd) ? json_object_get(sd, "type") : NULL;
    if (!json_is_string(type) || strcmp(json_string_value(type), "utilization") || defines(m, sdd, "type") ||
        !defines(m, sdd, "kvCacheUtilThreshold"))
        return sd;
    rewrite_note(m, "saturationDetector.type", "detector type \"%s\" dropped: %s runs that detector from the thresholds",
                 "utilization", m->to->name);
    json_object_del(sd, "type");
    if (json_object_size(sd)) return sd;
    json_object_del(root, "saturationDetector");
    return NULL;
}

/* Move parent[from] to parent[to] when the target defines `to` but not `from`. */
static void rename_member(mig *m, json_t *parent, const infext__struct_desc *d, const char *from, const char *to)
{
    json_t *v = json_object_get(parent, from);
    if (!v || defines(m, d, from) || !defines(m, d, to) || json_object_get(parent, to)) return;
    if (json_object_set(parent, to, v)) {
        m->oom = true;
        return;
    }
    json_object_del(parent, from);
    moved(m, to, from);
}

/* parent[key], made an empty object when absent; NULL without memory. */
static json_t *object_member(json_t *parent, const char *key)
{
    json_t *v = json_object_get(parent, key);
    if (v) return v; /* encoded from a typed object: an object */
    v = json_object();
    return v && !json_object_set_new(parent, key, v) ? v : NULL;
}

static void moves(mig *m, json_t *root, const infext__struct_desc *rd)
{
    rename_member(m, root, rd, "data", "dataLayer");
    rename_member(m, root, rd, "dataLayer", "data");
    const infext__struct_desc *fcd = &infext__desc_v1alpha1_flow_control;
    bool to_llmd = m->to->dialect == INFEXT_EPC_DIALECT_LLM_D_V0_10;
    /* llm-d-router reads parser and the top-level saturationDetector as
     * deprecated spellings of these two */
    json_t *parser = json_object_get(root, "parser");
    if (to_llmd && parser && !json_object_get(root, "requestHandler")) {
        json_t *rh = json_pack("{s:[O]}", "parsers", parser);
        if (!rh || json_object_set_new(root, "requestHandler", rh)) m->oom = true;
        else {
            json_object_del(root, "parser");
            moved(m, "requestHandler.parsers[0]", "parser");
        }
    }
    json_t *sd = detector_type(m, root, json_object_get(root, "saturationDetector"));
    json_t *fc = json_object_get(root, "flowControl");
    if (to_llmd && json_is_object(sd) && json_object_size(sd) == 1 && json_object_get(sd, "pluginRef") &&
        !(fc && json_object_get(fc, "saturationDetector"))) {
        fc = object_member(root, "flowControl");
        if (!fc || json_object_set(fc, "saturationDetector", sd)) m->oom = true;
        else {
            json_object_del(root, "saturationDetector");
            moved(m, "flowControl.saturationDetector", "saturationDetector");
        }
    }
    if (to_llmd) return;
    json_t *rh = json_object_get(root, "requestHandler");
    json_t *parsers = rh ? json_object_get(rh, "parsers") : NULL;
    if (defines(m, rd, "parser") && json_array_size(parsers) == 1 && json_object_size(rh) == 1 &&
        !json_object_get(root, "parser")) {
        if (json_object_set(root, "parser", json_array_get(parsers, 0))) m->oom = true;
        else {
            json_object_del(root, "requestHandler");
            moved(m, "parser", "requestHandler.parsers[0]");
        }
    }
    json_t *fsd = fc ? json_object_get(fc, "saturationDetector") : NULL;
    if (fsd && !defines(m, fcd, "saturationDetector") && !json_object_get(root, "saturationDetector")) {
        if (json_object_set(root, "saturationDetector", fsd)) m->oom = true;
        else {
            moved(m, "saturationDetector", "flowControl.saturationDetector");
            json_object_del(fc, "saturationDetector");
            if (!json_object_size(fc)) json_object_del(root, "flowControl");
        }
    }
}

/* -------------------------------------------------- members and gates -- */

static void prune(mig *m, json_t *obj, const infext__struct_desc *d, infext__buf *path);

static void note(mig *m, const char *tree_path, const char *fmt, long long value)
{
    infext__buf src = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    source_path(m, &src, tree_path);
    infext__pos pos = {0, 0};
    infext__path_position(&pos, m->src, src.data ? src.data : "");
    if (src.failed || infext__diag_addf(m->diags, INFEXT_SEVERITY_WARNING, INFEXT_ERR_INVALID, src.data, pos.line,
                                        pos.column, fmt, value, m->to->name) != INFEXT_OK)
        m->oom = true;
    infext__buf_reset(&src);
}

/* A member the target takes as an integer: a quantity with a suffix is
 * written out, a fraction cannot be. */
static void integer_value(mig *m, json_t *obj, const char *key, json_t *v, const char *path)
{
    if (json_is_real(v)) {
        double d = json_real_value(v);
        if (d != floor(d)) {
            lose(m, path, "%s", "a fraction, where the target takes an integer");
            json_object_del(obj, key);
        }
        return;
    }
    const char *text = json_string_value(v);
    if (!text) return;
    bool digits = *text != '\0';
    for (const char *p = *text == '+' || *text == '-' ? text + 1 : text; *p && digits; p++)
        digits = *p >= '0' && *p <= '9';
    if (digits) return;
    long long n = 0;
    infext__quantity q;
    infext__qty_status st = infext__quantity_parse(&q, text);
    if (st == INFEXT__QTY_OK && !q.negative) st = infext__quantity_int(&n, &q);
    if (st != INFEXT__QTY_OK || q.negative) {
        /* validation reports text that is no quantity; say why a good one
         * has no integer spelling */
        const char *fmt = st == INFEXT__QTY_ERANGE ? "the quantity \"%s\", which is too large for an integer"
                          : q.negative && st == INFEXT__QTY_OK ? "the quantity \"%s\", which is negative"
                                                               : "the quantity \"%s\", which is no whole number of bytes";
        lose(m, path, fmt, text);
        json_object_del(obj, key);
        return;
    }
    if (json_object_set_new(obj, key, json_integer(n))) m->oom = true;
    else note(m, path, "written as %lld: %s takes an integer", n);
}

static void prune_value(mig *m, json_t *v, const infext__field *f, infext__buf *path)
{
    if (f->type == INFEXT__F_OBJECT && json_is_object(v)) prune(m, v, f->elem, path);
    if (f->type != INFEXT__F_LIST || !json_is_array(v)) return;
    for (size_t i = 0; i < json_array_size(v); i++) {
        size_t mark = path->len;
        infext__buf_printf(path, "[%zu]", i);
        if (path->failed) {
            m->oom = true;
            return;
        }
        if (json_is_object(json_array_get(v, i))) prune(m, json_array_get(v, i), f->elem, path);
        infext__buf_truncate(path, mark);
    }
}

static void prune(mig *m, json_t *obj, const infext__struct_desc *d, infext__buf *path)
{
    const char *key;
    json_t *v;
    void *tmp;
    json_object_foreach_safe(obj, tmp, key, v) {
        const infext__field *f = infext__field_lookup(d, key, strlen(key));
        if (!f && d->kind && (!strcmp(key, "apiVersion") || !strcmp(key, "kind"))) continue;
        size_t mark = path->len;
        if (mark) infext__buf_putc(path, '.');
        infext__buf_puts(path, key);
        if (path->failed) {
            m->oom = true;
            return;
        }
        if (!f) { /* kept by a decoder told to preserve unknown members */
            lose(m, path->data, "%s", "a member no dialect defines");
            json_object_del(obj, key);
        } else if (!(f->dialects & m->to_bit)) {
            infext__buf what = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
            infext__epc_mask_names(&what, f->dialects);
            lose(m, path->data, "a member of %s only", what.data ? what.data : "");
            infext__buf_reset(&what);
            json_object_del(obj, key);
        } else {
            if (f->integer_in & m->to_bit) integer_value(m, obj, key, v, path->data);
            prune_value(m, v, f, path);
        }
        infext__buf_truncate(path, mark);
    }
}

static void gate_note(mig *m, const char *path, const char *gate, const char *what)
{
    rewrite_note(m, path, "feature gate \"%s\" %s", gate, what);
}

static void gates(mig *m, json_t *root)
{
    json_t *list = json_object_get(root, "featureGates");
    if (!json_is_array(list)) return;
    bool to_llmd = m->to->dialect == INFEXT_EPC_DIALECT_LLM_D_V0_10;
    size_t out = 0, n = json_array_size(list);
    for (size_t i = 0; i < n; i++) {
        json_t *g = json_array_get(list, out);
        const char *gate = json_string_value(g);
        if (!gate) {
            out++;
            continue;
        }
        size_t len = infext__epc_gate_name_len(gate);
        bool keep = true;
        char path[48];
        snprintf(path, sizeof path, "featureGates[%zu]", i);
        if (infext__epc_gate_registered(m->to, gate, len)) {
            if (gate[len] && !to_llmd) {
                /* GIE gates are off unless listed: name=false is no gate, name=true the name */
                if (!strcmp(gate + len, "=false")) {
                    gate_note(m, path, gate, "dropped: GIE gates are off unless listed");
                    keep = false;
                } else if (!strcmp(gate + len, "=true")) {
                    gate_note(m, path, gate, "written without =true, as GIE spells it");
                    json_t *bare = json_stringn(gate, len);
                    if (!bare || json_array_set_new(list, out, bare)) m->oom = true;
                } else {
                    lose(m, path, "feature gate \"%s\", whose value is neither true nor false", gate);
                    keep = false;
                }
            }
        } else {
            bool dropped = false;
            for (const char *const *dg = m->to->drop_gates; *dg && !dropped; dg++)
                dropped = strlen(*dg) == len && !memcmp(*dg, gate, len);
            uint8_t anywhere = 0;
            for (size_t k = 0; k < infext__n_epc_dialects; k++)
                if (infext__epc_gate_registered(&infext__epc_dialects[k], gate, len)) anywhere = 1;
            if (dropped) {
                gate_note(m, path, gate, "dropped: the target has no such gate, the feature is always on");
                keep = false;
            }
            else if (anywhere) {
                lose(m, path, "feature gate \"%s\", which the target's loader does not register", gate);
                keep = false;
            }
        }
        if (keep) out++;
        else json_array_remove(list, out);
    }
    if (!json_array_size(list)) json_object_del(root, "featureGates");
}

/* ------------------------------------------------------ plugin types -- */

static void rename_refs(json_t *v, const char *from, const char *to)
{
    if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v); i++) rename_refs(json_array_get(v, i), from, to);
        return;
    }
    if (!json_is_object(v)) return;
    const char *key;
    json_t *x;
    json_object_foreach(v, key, x) {
        size_t kl = strlen(key);
        if (!strcmp(key, "parameters")) continue; /* plugin-private */
        if (json_is_string(x) && kl >= 3 && !strcmp(key + kl - 3, "Ref") && !strcmp(json_string_value(x), from))
            json_string_set(x, to);
        else rename_refs(x, from, to);
    }
}

/* The role filters read llm-d's role label, but Heimdall's in a Heimdall
 * config: the text migrates unchanged while what it selects does not, so
 * say which label the endpoints need. */
static void role_label_note(mig *m, const char *type, size_t src)
{
    static const char *const role_filters[] = {"prefill-filter", "decode-filter", "encode-filter"};
    bool from_heimdall = m->from == INFEXT_EPC_DIALECT_HEIMDALL;
    if (from_heimdall == (m->to->dialect == INFEXT_EPC_DIALECT_HEIMDALL)) return;
    for (size_t k = 0; k < sizeof role_filters / sizeof role_filters[0]; k++) {
        if (strcmp(type, role_filters[k])) continue;
        char path[64];
        snprintf(path, sizeof path, "plugins[%zu].type", src);
        rewrite_note(m, path, "%s reads the role label %s in the target: label the endpoints with it", type,
                     from_heimdall ? "llm-d.ai/role (not mif.moreh.io/role)" : "mif.moreh.io/role (not llm-d.ai/role)");
        return;
    }
}

static void plugin_types(mig *m, json_t *root)
{
    json_t *plugins = json_object_get(root, "plugins");
    size_t col = (size_t)(m->to->dialect - 1);
    for (size_t i = 0, src = 0; i < json_array_size(plugins); i++, src++) {
        json_t *p = json_array_get(plugins, i);
        const char *type = json_string_value(json_object_get(p, "type"));
        size_t r;
        if (type) role_label_note(m, type, src);
        if (!type || infext__epc_plugin_type_mask(type, &r) == (1u << infext__n_epc_dialects) - 1u) continue;
        const char *to = infext__epc_plugin_types[r][col];
        if (!to) {
            char path[64];
            snprintf(path, sizeof path, "plugins[%zu].type", src); /* its place in the source */
            lose(m, path, "plugin type \"%s\", which the target does not have", type);
            if (json_array_remove(plugins, i--)) m->oom = true;
            continue;
        }
        if (!strcmp(to, type)) continue;
        size_t tl = strlen(type);
        char *old = infext__malloc(tl + 1);
        if (old) memcpy(old, type, tl + 1);
        if (!old || json_object_set_new(p, "type", json_string(to))) {
            m->oom = true;
            infext__free(old);
            return;
        }
        const char *name = json_string_value(json_object_get(p, "name"));
        if (!name || !*name) rename_refs(root, old, to);
        infext__free(old);
    }
}

/* ------------------------------------------------------------ public -- */

INFEXT_API infext_status infext_epc_migrate(infext_object **out, const infext_object *config, infext_epc_dialect to,
                                            unsigned int flags, infext_diags *diags)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    const infext__epc_dialect_desc *target = infext__epc_dialect_desc_of(to);
    if (!config || !target || (flags & ~INFEXT_EPC_MIGRATE_ALLOW_LOSSY)) return INFEXT_EINVAL;
    if (!infext__epc_is_config(config)) return INFEXT_EKIND;
    infext_epc_dialect from;
    infext_status st = infext__epc_detect(&from, config, config, NULL, NULL);
    if (st == INFEXT_EVALIDATION) return infext__epc_detect(&from, config, config, diags, NULL);
    if (st != INFEXT_OK) return st;

    char *text = NULL;
    size_t len = 0;
    if ((st = infext_object_encode(&text, &len, config, NULL)) != INFEXT_OK) return st;
    json_t *root = json_loadb(text, len, JSON_DECODE_ANY, NULL);
    infext_free(text);
    if (!root) return INFEXT_ENOMEM;

    mig m = {config, target, from, infext__epc_dialect_bit(to), flags, diags, false, false, {{NULL, NULL}}, 0};
    infext_kind kind = !strcmp(target->api_versions[0], "llm-d.ai/v1alpha1") ? INFEXT_KIND_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG
                                                                              : INFEXT_KIND_V1ALPHA1_ENDPOINT_PICKER_CONFIG;
    const infext__struct_desc *rd = infext__kind_by_id(kind)->type;
    if (json_object_set_new(root, "apiVersion", json_string(target->api_versions[0]))) m.oom = true;
    moves(&m, root, rd);
    infext__buf path = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    prune(&m, root, rd, &path);
    if (path.failed) m.oom = true;
    infext__buf_reset(&path);
    gates(&m, root);
    plugin_types(&m, root);

    st = m.oom ? INFEXT_ENOMEM : m.lost ? INFEXT_ELOSSY : INFEXT_OK;
    if (st == INFEXT_OK) {
        /* keys in the order the decoder expects does not matter: the encoder
         * writes schema order */
        char *json = json_dumps(root, JSON_COMPACT);
        if (!json) st = INFEXT_ENOMEM;
        else {
            infext_diags *inner = NULL;
            if (infext_diags_new(&inner) != INFEXT_OK) st = INFEXT_ENOMEM;
            else st = infext_decode(out, json, strlen(json), NULL, inner);
            /* every step keeps to the target's schema, so decoding fails only without memory */
            if (st != INFEXT_OK && st != INFEXT_ENOMEM) st = INFEXT_EINVAL;
            infext_diags_free(inner);
            free(json);
        }
    }
    json_decref(root);
    return st;
}
