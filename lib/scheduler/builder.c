/* Building a scheduler as the EPP loader's second phase does: create the
 * plugin instances, wire them into profiles, then apply the defaults (a
 * `default` profile, a single-profile handler, a max-score picker, weight 1)
 * and the checks, each error with its config path. The config itself is
 * read by from_config.c; this file knows nothing of the generated types. */
#include "scheduler/catalogue.h"

#include "util/alloc.h"
#include "util/diag.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define CONFIG_ROLES (INFEXT_ROLE_FILTER | INFEXT_ROLE_SCORER | INFEXT_ROLE_PICKER)

void infext__sched_builder_error(infext__sched_builder *b, infext_error_type type,
                                 const char *path, const char *fmt, const char *a, const char *c)
{
    b->errors++;
    if (infext__diag_addf(b->diags, INFEXT_SEVERITY_ERROR, type, path, 0, 0, fmt, a, c) ==
        INFEXT_ENOMEM)
        b->oom = 1;
}

infext_status infext__sched_builder_init(infext__sched_builder *b, infext_registry *reg,
                                   const infext_scheduler_options *opts, infext_diags *diags)
{
    memset(b, 0, sizeof(*b));
    b->diags = diags;
    infext_scheduler *s = infext__calloc(1, sizeof(*s));
    if (!s) return INFEXT_ENOMEM;
    if (reg) {
        infext__sched_registry_retain(reg);
    } else if (infext_registry_new(&reg) != INFEXT_OK) {
        infext__free(s);
        return INFEXT_ENOMEM;
    }
    s->registry = reg;
    s->handler = SIZE_MAX;
    atomic_init(&s->calls, 0);
    if (opts && (opts->flags & INFEXT_SCHEDULER_SEEDED)) {
        s->seed = opts->seed;
        s->seeded = true;
    } else {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        s->seed = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
        s->seed ^= (uint64_t)(uintptr_t)s << 17;
    }
    b->sched = s;
    b->reg = reg;
    return INFEXT_OK;
}

void infext__sched_builder_abort(infext__sched_builder *b)
{
    infext_scheduler_free(b->sched);
    infext__free(b->cfg_plugins);
    memset(b, 0, sizeof(*b));
}

#define error infext__sched_builder_error

static size_t find_plugin(const infext_scheduler *s, const char *name)
{
    for (size_t i = 0; i < s->plugins_len; i++)
        if (strcmp(s->plugins[i].name, name) == 0) return i;
    return SIZE_MAX;
}

size_t infext__sched_builder_find(const infext__sched_builder *b, const char *name)
{
    return name ? find_plugin(b->sched, name) : SIZE_MAX;
}

/* A copy of `name`, with room made for one more of the `size`-byte items
 * of *items (len in use, *cap allocated); NULL, with b->oom set, when
 * either fails. */
static char *name_with_room(infext__sched_builder *b, const char *name, void **items, size_t *cap, size_t len,
                            size_t size)
{
    char *copy = infext__sched_strdup0(name);
    if (!copy || infext__sched_grow(items, cap, len + 1, size) != 0) {
        infext__free(copy);
        b->oom = 1;
        return NULL;
    }
    return copy;
}

/* Check mode, a type this build cannot run: check its parameters against
 * the catalogue and keep a placeholder, so references to it resolve. */
static size_t placeholder(infext__sched_builder *b, const infext__sched_ptype *t, const char *name,
                          const char *params, const char *path)
{
    infext_scheduler *s = b->sched;
    if (infext__catalogue_check_params(t->cat->params, params, path, b->diags) != INFEXT_OK) {
        b->errors++;
        return SIZE_MAX;
    }
    char *copy = name_with_room(b, name, (void **)&s->plugins, &s->plugins_cap, s->plugins_len,
                                sizeof(infext__sched_plugin));
    if (!copy) return SIZE_MAX;
    s->plugins[s->plugins_len] = (infext__sched_plugin){copy, t, NULL, 0};
    return s->plugins_len++;
}

/* Create one instance; SIZE_MAX on failure (reported). */
static size_t instantiate(infext__sched_builder *b, const infext__sched_ptype *t, const char *name,
                          const char *params, const char *path)
{
    infext_scheduler *s = b->sched;
    char *copy = name_with_room(b, name, (void **)&s->plugins, &s->plugins_cap, s->plugins_len,
                                sizeof(infext__sched_plugin));
    if (!copy) return SIZE_MAX;
    infext_plugin_create_args args = {INFEXT_PLUGIN_ABI_VERSION,
                                      (unsigned)sizeof(args),
                                      copy,
                                      params,
                                      path,
                                      b->diags,
                                      infext_host_api_get(),
                                      t->vt.type_data};
    size_t before = infext_diags_error_count(b->diags);
    void *state = NULL;
    infext_status st = t->vt.create(&state, &args);
    if (st != INFEXT_OK) {
        if (st == INFEXT_ENOMEM) b->oom = 1;
        if (infext_diags_error_count(b->diags) == before)
            error(b, INFEXT_ERR_INVALID, path, "failed to create the plugin \"%s\": %s", name,
                  infext_strerror(st));
        else
            b->errors++;
        infext__free(copy);
        return SIZE_MAX;
    }
    s->plugins[s->plugins_len] = (infext__sched_plugin){copy, t, state, 1};
    return s->plugins_len++;
}

/* Edit distance of two short strings, or more than 2 when it is. */
static size_t distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 63 || lb > 63 || (la > lb ? la - lb : lb - la) > 2) return 3;
    size_t row[64];
    for (size_t j = 0; j <= lb; j++) row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0], best = row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j], v = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < v) v = up + 1;
            if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
            row[j] = v;
            diag = up;
            if (v < best) best = v;
        }
        if (best > 2) return 3;
    }
    return row[lb];
}

/* The registered type nearest to a misspelled one (at most 2 edits). */
static const char *nearest_type(const infext_registry *reg, const char *type)
{
    const char *near = NULL;
    size_t best = 3;
    for (size_t i = 0; i < reg->types_len; i++) {
        size_t d = distance(type, reg->types[i].name);
        if (d < best) best = d, near = reg->types[i].name;
    }
    return near;
}

/* The catalogue table of the parameter object at `rel` (a path below the
 * parameters, its last member excluded: "profiles.decod" looks in
 * `profiles`), or NULL. */
static const infext__cparam *table_at(const infext__cparam *table, const char *rel, const char **last)
{
    for (;;) {
        const char *dot = strchr(rel, '.');
        if (!dot) {
            *last = rel;
            return table;
        }
        size_t len = (size_t)(dot - rel);
        const char *bracket = memchr(rel, '[', len);
        if (bracket) len = (size_t)(bracket - rel); /* a list's element: its member table */
        const infext__cparam *next = NULL;
        for (const infext__cparam *c = table; c && c->name; c++)
            if (strlen(c->name) == len && !strncmp(c->name, rel, len)) next = c->children;
        if (!next) return NULL;
        table = next;
        rel = dot + 1;
    }
}

/* A built-in type refused its parameters: to each "unknown parameter"
 * finding (entries from `from` on) add the catalogue's nearest name. */
static void suggest_parameters(infext__sched_builder *b, size_t from, const infext__catalogue_entry *cat,
                               const char *params_path)
{
    if (!cat || !cat->params) return;
    size_t n = infext_diags_count(b->diags), base = strlen(params_path);
    for (size_t i = from; i < n; i++) {
        const infext_diag *d = infext_diags_at(b->diags, i);
        const char *path = infext_diag_path(d);
        if (infext_diag_type(d) != INFEXT_ERR_UNKNOWN || strncmp(path, params_path, base) || path[base] != '.')
            continue;
        const char *last = NULL;
        const infext__cparam *table = table_at(cat->params, path + base + 1, &last);
        const char *near = NULL;
        size_t best = 3;
        for (const infext__cparam *c = table; c && c->name; c++) {
            size_t dist = distance(last, c->name);
            if (dist < best) best = dist, near = c->name;
        }
        if (!near) continue;
        /* the message gains the suggestion in place */
        struct infext_diag *item = &b->diags->items[i];
        size_t len = strlen(item->message) + strlen(near) + 24;
        char *msg = infext__malloc(len);
        if (!msg) {
            b->oom = 1;
            return;
        }
        snprintf(msg, len, "%s; did you mean \"%s\"?", item->message, near);
        infext__free(item->message);
        item->message = msg;
    }
}

void infext__sched_builder_add_plugin(infext__sched_builder *b, size_t index, const char *name,
                                const char *type, const char *params_json)
{
    char path[64], sub[96];
    snprintf(path, sizeof(path), "plugins[%zu]", index);
    if (infext__sched_grow((void **)&b->cfg_plugins, &b->cfg_plugins_cap, index + 1, sizeof(size_t))) {
        b->oom = 1;
        return;
    }
    while (b->cfg_plugins_len <= index) b->cfg_plugins[b->cfg_plugins_len++] = SIZE_MAX;
    if (!type || !*type) {
        snprintf(sub, sizeof(sub), "%s.type", path);
        error(b, INFEXT_ERR_REQUIRED, sub, "plugin \"%s\" has no type%s",
              name && *name ? name : "", "");
        return;
    }
    if (!name || !*name) name = type; /* as the EPP's first defaulting phase */
    if (find_plugin(b->sched, name) != SIZE_MAX) {
        snprintf(sub, sizeof(sub), "%s.name", path);
        error(b, INFEXT_ERR_DUPLICATE, sub, "plugin name \"%s\" is used more than once%s", name,
              "");
        return;
    }
    const infext__sched_ptype *t = infext__sched_registry_find(b->reg, type);
    if (!t) {
        snprintf(sub, sizeof(sub), "%s.type", path);
        const char *near = nearest_type(b->reg, type);
        if (near) {
            char msg[512];
            snprintf(msg, sizeof(msg), "plugin type \"%s\" is not found in the registry (plugin \"%s\"); "
                     "did you mean \"%s\"?", type, name, near);
            error(b, INFEXT_ERR_NOT_SUPPORTED, sub, "%s%s", msg, "");
        } else {
            error(b, INFEXT_ERR_NOT_SUPPORTED, sub,
                  "plugin type \"%s\" is not found in the registry (plugin \"%s\")", type, name);
        }
        return;
    }
    snprintf(sub, sizeof(sub), "%s.parameters", path);
    size_t before = infext_diags_count(b->diags);
    if (b->check && t->cat && t->cat->needs)
        b->cfg_plugins[index] = placeholder(b, t, name, params_json, sub);
    else
        b->cfg_plugins[index] = instantiate(b, t, name, params_json, sub);
    if (b->cfg_plugins[index] == SIZE_MAX) suggest_parameters(b, before, t->cat, sub);
}

size_t infext__sched_builder_add_profile(infext__sched_builder *b, size_t index, const char *name)
{
    infext_scheduler *s = b->sched;
    char path[96];
    snprintf(path, sizeof(path), "schedulingProfiles[%zu].name", index);
    if (!name || !*name) {
        error(b, INFEXT_ERR_REQUIRED, path, "a scheduling profile must have a name%s%s", "", "");
        return SIZE_MAX;
    }
    for (size_t i = 0; i < s->profiles_len; i++) {
        if (strcmp(s->profiles[i].name, name) == 0) {
            error(b, INFEXT_ERR_DUPLICATE, path,
                  "the name \"%s\" is used by more than one scheduling profile%s", name, "");
            return SIZE_MAX;
        }
    }
    char *copy = name_with_room(b, name, (void **)&s->profiles, &s->profiles_cap, s->profiles_len,
                                sizeof(infext__sched_profile));
    if (!copy) return SIZE_MAX;
    infext__sched_profile *p = &s->profiles[s->profiles_len];
    memset(p, 0, sizeof(*p));
    p->name = copy;
    p->picker = SIZE_MAX;
    return s->profiles_len++;
}

static int push_index(size_t **items, size_t *len, size_t value)
{
    size_t cap = *len; /* arrays grow one by one: they are short */
    if (infext__sched_grow((void **)items, &cap, *len + 1, sizeof(size_t)) != 0) return -1;
    (*items)[(*len)++] = value;
    return 0;
}

/* Wire plugin `pi` into profile `p`; `path` names the reference. */
static void wire(infext__sched_builder *b, size_t profile, size_t pi, double weight, const char *path)
{
    infext__sched_profile *p = &b->sched->profiles[profile];
    const infext__sched_plugin *pl = &b->sched->plugins[pi];
    unsigned roles = pl->type->vt.roles;
    if (roles & INFEXT_ROLE_SCORER) {
        size_t cap = p->scorers_len;
        if (infext__sched_grow((void **)&p->scorers, &cap, p->scorers_len + 1,
                         sizeof(infext__sched_scorer_ref)) != 0) {
            b->oom = 1;
            return;
        }
        p->scorers[p->scorers_len++] = (infext__sched_scorer_ref){pi, weight};
    }
    if ((roles & INFEXT_ROLE_FILTER) && push_index(&p->filters, &p->filters_len, pi) != 0)
        b->oom = 1;
    if (roles & INFEXT_ROLE_PICKER) {
        if (p->picker != SIZE_MAX)
            error(b, INFEXT_ERR_TOO_MANY, path,
                  "a profile has one picker: \"%s\" is already its picker, \"%s\" cannot be a "
                  "second one",
                  b->sched->plugins[p->picker].name, pl->name);
        else
            p->picker = pi;
    }
}

void infext__sched_builder_add_ref(infext__sched_builder *b, size_t profile, size_t pindex, size_t index,
                             const char *plugin_ref, const double *weight)
{
    char path[128], wpath[128];
    snprintf(path, sizeof(path), "schedulingProfiles[%zu].plugins[%zu].pluginRef", pindex, index);
    snprintf(wpath, sizeof(wpath), "schedulingProfiles[%zu].plugins[%zu].weight", pindex, index);
    if (!plugin_ref || !*plugin_ref) {
        error(b, INFEXT_ERR_REQUIRED, path, "a profile's plugin must have a plugin reference%s%s",
              "", "");
        return;
    }
    size_t pi = find_plugin(b->sched, plugin_ref);
    if (pi == SIZE_MAX) {
        /* a configured plugin that failed to build was reported already */
        for (size_t i = 0; i < b->cfg_plugins_len; i++)
            if (b->cfg_plugins[i] == SIZE_MAX) return;
        error(b, INFEXT_ERR_INVALID, path, "\"%s\" is a reference to an undefined plugin%s",
              plugin_ref, "");
        return;
    }
    unsigned roles = b->sched->plugins[pi].type->vt.roles;
    if (!(roles & CONFIG_ROLES)) {
        error(b, INFEXT_ERR_INVALID, path,
              "plugin \"%s\" (type \"%s\") is not a filter, scorer or picker", plugin_ref,
              b->sched->plugins[pi].type->name);
        return;
    }
    double w = 1.0; /* the EPP's default scorer weight */
    if (weight) {
        if (!(roles & INFEXT_ROLE_SCORER)) {
            infext__diag_addf(b->diags, INFEXT_SEVERITY_WARNING, INFEXT_ERR_INVALID, wpath, 0, 0,
                              "ignored: \"%s\" is not a scorer", plugin_ref);
        } else if (!isfinite(*weight) || *weight < 0) {
            error(b, INFEXT_ERR_INVALID, wpath,
                  "the weight of scorer \"%s\" must be a finite number, 0 or more%s", plugin_ref,
                  "");
            return;
        } else if (*weight == 0) {
            infext__diag_addf(b->diags, INFEXT_SEVERITY_WARNING, INFEXT_ERR_INVALID, wpath, 0, 0,
                              "scorer \"%s\" has weight 0: it does not count", plugin_ref);
        }
        w = *weight;
    }
    if (profile != SIZE_MAX) wire(b, profile, pi, w, path);
}

/* An instance the loader adds on its own (handler, picker, producer). */
size_t infext__sched_builder_implicit(infext__sched_builder *b, const char *type)
{
    const infext__sched_ptype *t = infext__sched_registry_find(b->reg, type);
    if (!t) {
        error(b, INFEXT_ERR_NOT_SUPPORTED, "", "the registry has no \"%s\" plugin type%s", type,
              "");
        return SIZE_MAX;
    }
    return instantiate(b, t, type, NULL, "");
}

static void default_profile(infext__sched_builder *b)
{
    size_t p = infext__sched_builder_add_profile(b, 0, "default");
    if (p == SIZE_MAX) return;
    for (size_t i = 0; i < b->cfg_plugins_len; i++) {
        size_t pi = b->cfg_plugins[i];
        if (pi == SIZE_MAX || !(b->sched->plugins[pi].type->vt.roles & CONFIG_ROLES)) continue;
        char path[64];
        snprintf(path, sizeof(path), "plugins[%zu]", i);
        wire(b, p, pi, 1.0, path);
    }
}

static void choose_handler(infext__sched_builder *b)
{
    infext_scheduler *s = b->sched;
    for (size_t i = 0; i < b->cfg_plugins_len; i++) {
        size_t pi = b->cfg_plugins[i];
        if (pi == SIZE_MAX || !(s->plugins[pi].type->vt.roles & INFEXT_ROLE_PROFILE_HANDLER))
            continue;
        if (s->handler != SIZE_MAX) {
            char path[64];
            snprintf(path, sizeof(path), "plugins[%zu]", i);
            error(b, INFEXT_ERR_TOO_MANY, path,
                  "only one profile handler is allowed: \"%s\" and \"%s\" are both profile "
                  "handlers",
                  s->plugins[s->handler].name, s->plugins[pi].name);
            return;
        }
        s->handler = pi;
    }
    if (s->handler == SIZE_MAX) {
        if (s->profiles_len != 1) {
            error(b, INFEXT_ERR_REQUIRED, "plugins",
                  "no profile handler was specified; one is needed with %s scheduling "
                  "profiles%s",
                  "several", "");
            return;
        }
        s->handler = infext__sched_builder_implicit(b, INFEXT__SINGLE_PROFILE_HANDLER);
    } else if (s->profiles_len > 1 &&
               strcmp(s->plugins[s->handler].type->name, INFEXT__SINGLE_PROFILE_HANDLER) == 0) {
        error(b, INFEXT_ERR_INVALID, "schedulingProfiles",
              "the profile handler \"%s\" (%s) serves a single profile, but several are "
              "configured",
              s->plugins[s->handler].name, INFEXT__SINGLE_PROFILE_HANDLER);
    }
}

/* A profile without a picker gets the first configured picker, or (none
 * configured) a max-score-picker, as the loaders do (GIE v1.2 on, and
 * llm-d-router v0.10; they take the first picker of a Go map, we take the
 * first in config order). */
static void add_pickers(infext__sched_builder *b)
{
    size_t picker = SIZE_MAX;
    for (size_t i = 0; i < b->cfg_plugins_len && picker == SIZE_MAX; i++) {
        size_t pi = b->cfg_plugins[i];
        if (pi != SIZE_MAX && (b->sched->plugins[pi].type->vt.roles & INFEXT_ROLE_PICKER)) picker = pi;
    }
    for (size_t i = 0; i < b->sched->profiles_len; i++) {
        if (b->sched->profiles[i].picker != SIZE_MAX) continue;
        if (picker == SIZE_MAX) picker = infext__sched_builder_implicit(b, INFEXT__MAX_SCORE_PICKER);
        if (picker == SIZE_MAX) return;
        b->sched->profiles[i].picker = picker;
    }
}

/* Built-in types that refer to other plugins resolve them now. */
static void link_plugins(infext__sched_builder *b)
{
    for (size_t i = 0; i < b->cfg_plugins_len; i++) {
        size_t pi = b->cfg_plugins[i];
        if (pi == SIZE_MAX) continue;
        const infext__sched_ptype *t = b->sched->plugins[pi].type;
        if (!t->cat || !t->cat->ext || !t->cat->ext->link || !b->sched->plugins[pi].state) continue;
        char path[64];
        snprintf(path, sizeof(path), "plugins[%zu].parameters", i);
        t->cat->ext->link(b->sched->plugins[pi].state, b, pi, path);
    }
}

static void hook_lists(infext__sched_builder *b)
{
    infext_scheduler *s = b->sched;
    for (size_t i = 0; i < s->plugins_len; i++) {
        const infext__catalogue_entry *cat = s->plugins[i].type->cat;
        if (cat && cat->ext && cat->ext->produce && s->plugins[i].created &&
            push_index(&s->producers, &s->producers_len, i) != 0)
            b->oom = 1;
        unsigned roles = s->plugins[i].type->vt.roles;
        if ((roles & INFEXT_ROLE_PRE_REQUEST) &&
            push_index(&s->pre_request, &s->pre_request_len, i) != 0)
            b->oom = 1;
        if ((roles & INFEXT_ROLE_POST_RESPONSE) &&
            push_index(&s->post_response, &s->post_response_len, i) != 0)
            b->oom = 1;
    }
}

infext_status infext__sched_builder_finish(infext_scheduler **out, infext__sched_builder *b,
                                     size_t profiles_in_config)
{
    *out = NULL;
    /* a check goes on after errors, to report every finding */
#define GO (!b->oom && (b->check || !b->errors))
    if (GO && profiles_in_config == 0) default_profile(b);
    if (GO) link_plugins(b);
    if (GO) choose_handler(b);
    if (GO) add_pickers(b);
    if (GO && !b->check) hook_lists(b);
#undef GO
    infext_status st = b->oom ? INFEXT_ENOMEM : b->errors ? INFEXT_ECONFIG : INFEXT_OK;
    if (b->check && b->keep) return st; /* the caller reads, then aborts */
    if (st != INFEXT_OK || b->check) {
        infext__sched_builder_abort(b);
        return st;
    }
    *out = b->sched;
    infext__free(b->cfg_plugins);
    memset(b, 0, sizeof(*b));
    return INFEXT_OK;
}

void infext__sched_builder_default_set(infext__sched_builder *b)
{
    static const struct {
        const char *type;
        double weight;
    } set[] = {{"queue-scorer", 2.0}, {"kv-cache-utilization-scorer", 2.0},
               {"prefix-cache-scorer", 3.0}};
    for (size_t i = 0; i < 3; i++) infext__sched_builder_add_plugin(b, i, NULL, set[i].type, NULL);
    size_t p = infext__sched_builder_add_profile(b, 0, "default");
    for (size_t i = 0; i < 3; i++) infext__sched_builder_add_ref(b, p, 0, i, set[i].type, &set[i].weight);
}
