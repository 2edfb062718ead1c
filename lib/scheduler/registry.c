/* The registry of plugin types: built-in, host-registered, and loaded from
 * shared objects through the one entry symbol. */
#include "scheduler/catalogue.h"

#include "metrics/plugin_types.h"
#include "saturation/plugin_type.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <dlfcn.h>
#include <string.h>

/* The size of the first version's type table: every table must reach at
 * least this far. */
#define TYPE_V1_SIZE (offsetof(infext_plugin_type, post_response) + sizeof(void (*)(void)))
#define MODULE_V1_SIZE (offsetof(infext_plugin_module, types) + sizeof(void *))

static const infext_plugin_type *const builtins[] = {
    &infext__sched_queue_scorer,         &infext__sched_kv_cache_scorer,
    &infext__sched_lora_affinity_scorer, &infext__sched_prefix_cache_scorer,
    &infext__sched_max_score_picker,     &infext__sched_random_picker,
    &infext__sched_weighted_random_picker, &infext__sched_single_profile_handler,
    &infext__sched_label_filter,
    &infext__metrics_source_type,        &infext__metrics_extractor_type,
    &infext__saturation_utilization_type,
    /* llm-d-router v0.10 */
    &infext__sched_by_label_filter,      &infext__sched_label_selector_filter,
    &infext__sched_by_label_selector_filter, &infext__sched_decode_filter,
    &infext__sched_prefill_filter,       &infext__sched_encode_filter,
    &infext__sched_prefix_pd_decider,    &infext__sched_always_pd_decider,
    &infext__sched_disagg_profile_handler, &infext__sched_pd_profile_handler,
    &infext__sched_dp_profile_handler,   &infext__sched_openai_parser,
    &infext__sched_disagg_headers_handler, &infext__sched_prefill_header_handler,
    &infext__sched_approx_prefix_producer,
    &infext__sched_anthropic_parser,     &infext__sched_vllmhttp_parser,
    /* GIE v1.6, Heimdall */
    &infext__sched_running_requests_scorer,
};

void infext__sched_registry_retain(infext_registry *reg)
{
    atomic_fetch_add(&reg->refs, 1);
}

const infext__sched_ptype *infext__sched_registry_find(const infext_registry *reg, const char *name)
{
    for (size_t i = 0; i < reg->types_len; i++)
        if (strcmp(reg->types[i].name, name) == 0) return &reg->types[i];
    return NULL;
}

/* Check a table and copy it into the registry. */
static infext_status add_type(infext_registry *reg, const infext_plugin_type *t,
                              infext_diags *diags, const char *where)
{
    if (t->abi_version != INFEXT_PLUGIN_ABI_VERSION || t->struct_size < TYPE_V1_SIZE) {
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, where, 0, 0,
                          "plugin type \"%s\" was built for plugin ABI version %u (table size "
                          "%u); this library supports version %d",
                          t->type_name ? t->type_name : "?", t->abi_version, t->struct_size,
                          INFEXT_PLUGIN_ABI_VERSION);
        return INFEXT_EABI;
    }
    infext_plugin_type vt;
    memset(&vt, 0, sizeof(vt));
    memcpy(&vt, t, t->struct_size < sizeof(vt) ? t->struct_size : sizeof(vt));
    const char *missing = NULL;
    if (!vt.type_name || !*vt.type_name) missing = "type_name";
    else if (!vt.create) missing = "create";
    else if ((vt.roles & INFEXT_ROLE_FILTER) && !vt.filter) missing = "filter";
    else if ((vt.roles & INFEXT_ROLE_SCORER) && !vt.score) missing = "score";
    else if ((vt.roles & INFEXT_ROLE_PICKER) && !vt.pick) missing = "pick";
    else if ((vt.roles & INFEXT_ROLE_PROFILE_HANDLER) &&
             (!vt.pick_profiles || !vt.process_results))
        missing = "pick_profiles or process_results";
    else if ((vt.roles & INFEXT_ROLE_PRE_REQUEST) && !vt.pre_request) missing = "pre_request";
    else if ((vt.roles & INFEXT_ROLE_POST_RESPONSE) && !vt.post_response)
        missing = "post_response";
    if (missing) {
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_REQUIRED, where, 0, 0,
                          "plugin type \"%s\" has no %s entry point",
                          vt.type_name ? vt.type_name : "?", missing);
        return INFEXT_EINVAL;
    }
    if (infext__sched_registry_find(reg, vt.type_name)) {
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_DUPLICATE, where, 0, 0,
                          "plugin type \"%s\" is already registered", vt.type_name);
        return INFEXT_ECONFIG;
    }
    char *name = infext__sched_strdup0(vt.type_name);
    if (!name || infext__sched_grow((void **)&reg->types, &reg->types_cap, reg->types_len + 1,
                              sizeof(infext__sched_ptype)) != 0) {
        infext__free(name);
        return INFEXT_ENOMEM;
    }
    vt.type_name = name;
    vt.struct_size = sizeof(vt);
    reg->types[reg->types_len++] = (infext__sched_ptype){vt, name, NULL};
    return INFEXT_OK;
}

INFEXT_API infext_status infext_registry_new(infext_registry **out)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    infext_registry *reg = infext__calloc(1, sizeof(*reg));
    if (!reg) return INFEXT_ENOMEM;
    atomic_init(&reg->refs, 1);
    infext_status st = INFEXT_OK;
    for (size_t i = 0; i < sizeof(builtins) / sizeof(builtins[0]) && st == INFEXT_OK; i++)
        st = add_type(reg, builtins[i], NULL, "");
    /* the catalogue's types this build cannot run: known, checked, refused;
     * and those it accepts but never runs */
    for (size_t i = 0; i < infext__catalogue_count() && st == INFEXT_OK; i++) {
        const infext__catalogue_entry *e = infext__catalogue_at(i);
        if (!e->needs && e->vt) continue;
        infext_plugin_type vt;
        if (e->needs) infext__catalogue_missing_vt(&vt, e);
        else infext__catalogue_inert_vt(&vt, e);
        st = add_type(reg, &vt, NULL, "");
    }
    if (st != INFEXT_OK) {
        infext_registry_free(reg);
        return st;
    }
    for (size_t i = 0; i < reg->types_len; i++)
        reg->types[i].cat = infext__catalogue_find(reg->types[i].name);
    *out = reg;
    return INFEXT_OK;
}

INFEXT_API void infext_registry_free(infext_registry *reg)
{
    if (!reg || atomic_fetch_sub(&reg->refs, 1) != 1) return;
    for (size_t i = 0; i < reg->types_len; i++) infext__free(reg->types[i].name);
    infext__free(reg->types);
    for (size_t i = 0; i < reg->modules_len; i++) {
        if (reg->modules[i].handle) dlclose(reg->modules[i].handle);
        infext__free(reg->modules[i].path);
    }
    infext__free(reg->modules);
    infext__free(reg);
}

INFEXT_API infext_status infext_registry_add(infext_registry *reg,
                                             const infext_plugin_type *type)
{
    if (!reg || !type) return INFEXT_EINVAL;
    return add_type(reg, type, NULL, "");
}

INFEXT_API bool infext_registry_has_type(const infext_registry *reg, const char *type_name)
{
    return reg && type_name && infext__sched_registry_find(reg, type_name) != NULL;
}

INFEXT_API size_t infext_registry_types_count(const infext_registry *reg)
{
    return reg ? reg->types_len : 0;
}

INFEXT_API const char *infext_registry_type_name_at(const infext_registry *reg, size_t index)
{
    return reg && index < reg->types_len ? reg->types[index].name : NULL;
}

/* ------------------------------------------------------------- loader -- */

static infext_status load_fail(infext_diags *diags, const char *path, infext_status st,
                               const char *what, const char *detail)
{
    infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, path, 0, 0, "%s%s%s",
                      what, detail ? ": " : "", detail ? detail : "");
    return st;
}

static infext_status check_module(const infext_plugin_module *m, const char *path,
                                  infext_diags *diags)
{
    if (!m) return load_fail(diags, path, INFEXT_EIO, "the plugin entry returned no module", NULL);
    if (m->abi_version != INFEXT_PLUGIN_ABI_VERSION) {
        infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_INVALID, path, 0, 0,
                          "plugin ABI version mismatch: the module was built for plugin ABI "
                          "version %u, this library supports version %d; rebuild the plugin "
                          "against this library's headers",
                          m->abi_version, INFEXT_PLUGIN_ABI_VERSION);
        return INFEXT_EABI;
    }
    if (m->struct_size < MODULE_V1_SIZE)
        return load_fail(diags, path, INFEXT_EABI, "the plugin module descriptor is truncated",
                         NULL);
    if (m->types_count && !m->types)
        return load_fail(diags, path, INFEXT_EINVAL, "the plugin module lists no types", NULL);
    return INFEXT_OK;
}

INFEXT_API infext_status infext_registry_load(infext_registry *reg, const char *path,
                                              infext_diags *diags)
{
    if (!reg || !path) return INFEXT_EINVAL;
    if (infext__sched_grow((void **)&reg->modules, &reg->modules_cap, reg->modules_len + 1,
                     sizeof(infext__sched_module)) != 0)
        return INFEXT_ENOMEM;
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) return load_fail(diags, path, INFEXT_EIO, "cannot load plugin", dlerror());
    infext_plugin_entry_fn entry;
    void *sym = dlsym(handle, INFEXT_PLUGIN_ENTRY_SYMBOL);
    memcpy(&entry, &sym, sizeof(entry)); /* object to function pointer, portably */
    infext_status st;
    if (!sym) {
        st = load_fail(diags, path, INFEXT_EIO,
                       "not a libinfext plugin: no symbol " INFEXT_PLUGIN_ENTRY_SYMBOL, NULL);
        dlclose(handle);
        return st;
    }
    const infext_plugin_module *m = entry();
    st = check_module(m, path, diags);
    if (st == INFEXT_OK && m->init) {
        st = m->init(infext_host_api_get());
        if (st != INFEXT_OK)
            st = load_fail(diags, path, INFEXT_ECONFIG, "the plugin's init failed",
                           infext_strerror(st));
    }
    char *path_copy = st == INFEXT_OK ? infext__sched_strdup0(path) : NULL;
    if (st == INFEXT_OK && !path_copy) st = INFEXT_ENOMEM;
    if (st != INFEXT_OK) {
        dlclose(handle);
        return st;
    }
    infext__sched_module *mod = &reg->modules[reg->modules_len];
    /* register every type, or none */
    size_t before = reg->types_len;
    for (size_t i = 0; i < m->types_count && st == INFEXT_OK; i++) {
        if (!m->types[i])
            st = load_fail(diags, path, INFEXT_EINVAL, "the plugin module lists a NULL type",
                           NULL);
        else
            st = add_type(reg, m->types[i], diags, path);
    }
    if (st != INFEXT_OK) {
        for (size_t i = before; i < reg->types_len; i++) infext__free(reg->types[i].name);
        reg->types_len = before;
        infext__free(path_copy);
        dlclose(handle);
        return st;
    }
    mod->handle = handle;
    mod->path = path_copy;
    reg->modules_len++;
    return INFEXT_OK;
}
