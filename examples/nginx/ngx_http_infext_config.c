/*
 * ngx_http_infext_config.c: building an infext upstream at configuration time
 * (in the master, inherited by the workers): the EndpointPickerConfig and the
 * registry, the scheduler, saturation detector and data layer built from it,
 * the objectives (infext_objective, infext_objectives) and one endpoint per
 * server address, with its labels (infext_label). Part of ngx_http_infext_module.
 */
#include "ngx_http_infext.h"

/* Free what configuration built (the cycle pool's cleanup; also on reload). */
static void ngx_http_infext_pool_cleanup(void *data)
{
    ngx_http_infext_pool_t *pool = data;
    ngx_http_infext_worker_stop(pool);
    for (ngx_uint_t i = 0; i < pool->npeers; i++) infext_endpoint_free(pool->peers[i].ep);
    pool->npeers = 0;
    infext_datalayer_free(pool->datalayer);
    infext_saturation_detector_free(pool->detector);
    infext_scheduler_free(pool->sched);
    infext_registry_free(pool->reg);
    infext_v1alpha1_endpoint_picker_config_free(pool->config);
    pool->datalayer = NULL;
    pool->detector = NULL;
    pool->sched = NULL;
    pool->reg = NULL;
    pool->config = NULL;
}

/*
 * `utilization-detector` configures the saturation detector, not the
 * scheduler; the scheduler's registry does not know the type, so register
 * it here as a plugin without roles (saturation.h decodes its parameters).
 */
static infext_status ngx_http_infext_detector_create(void **out_state,
                                                     const infext_plugin_create_args *args)
{
    (void)args;
    *out_state = NULL;
    return INFEXT_OK;
}

static infext_status ngx_http_infext_registry(infext_registry **out)
{
    infext_status st = infext_registry_new(out);
    if (st != INFEXT_OK || infext_registry_has_type(*out, "utilization-detector")) return st;
    infext_plugin_type t;
    ngx_memzero(&t, sizeof(t));
    t.abi_version = INFEXT_PLUGIN_ABI_VERSION;
    t.struct_size = sizeof(t);
    t.type_name = "utilization-detector";
    t.create = ngx_http_infext_detector_create;
    return infext_registry_add(*out, &t);
}

/*
 * Read a file named in the configuration (relative to the prefix) into
 * malloc'd memory; sets *path to its full, NUL-terminated name.
 * NGX_OK or NGX_ERROR (logged).
 */
static ngx_int_t ngx_http_infext_read_file(ngx_conf_t *cf, ngx_str_t *name, const char **path,
                                           char **out, size_t *out_len)
{
    if (ngx_conf_full_name(cf->cycle, name, 1) != NGX_OK) return NGX_ERROR;
    char *full = ngx_http_infext_cstr(cf->pool, name->data, name->len);
    if (full == NULL) return NGX_ERROR;
    *path = full;
    FILE *f = fopen(full, "rb");
    if (f == NULL) {
        ngx_log_error(NGX_LOG_EMERG, cf->log, ngx_errno, "infext: cannot open \"%s\"", full);
        return NGX_ERROR;
    }
    size_t cap = 16384, len = 0;
    char *data = malloc(cap);
    while (data) {
        len += fread(data + len, 1, cap - len, f);
        if (len < cap) break;
        char *bigger = cap < ((size_t)64 << 20) ? realloc(data, cap * 2) : NULL;
        if (bigger == NULL) {
            free(data);
            data = NULL;
            break;
        }
        data = bigger;
        cap *= 2;
    }
    int bad = ferror(f);
    fclose(f);
    if (data == NULL || bad) {
        free(data);
        ngx_log_error(NGX_LOG_EMERG, cf->log, 0, "infext: cannot read \"%s\"", full);
        return NGX_ERROR;
    }
    *out = data;
    *out_len = len;
    return NGX_OK;
}

/* Read and decode the EndpointPickerConfig; NGX_OK or NGX_ERROR (logged). */
static ngx_int_t ngx_http_infext_load_config(ngx_conf_t *cf, ngx_http_infext_pool_t *pool,
                                             const char **path, infext_diags *diags)
{
    if (pool->config_path.len == 0) return NGX_OK; /* the picker's default plugins */
    char *data;
    size_t len;
    if (ngx_http_infext_read_file(cf, &pool->config_path, path, &data, &len) != NGX_OK)
        return NGX_ERROR;
    infext_status st =
        infext_v1alpha1_endpoint_picker_config_decode(&pool->config, data, len, NULL, diags);
    free(data);
    if (st != INFEXT_OK) {
        ngx_log_error(NGX_LOG_EMERG, cf->log, 0, "infext: %s: cannot decode the config: %s",
                      *path, infext_strerror(st));
        ngx_http_infext_log_diags(NGX_LOG_EMERG, cf->log, *path, diags);
        return NGX_ERROR;
    }
    return NGX_OK;
}

ngx_int_t ngx_http_infext_add_objective(ngx_pool_t *mem, ngx_http_infext_pool_t *pool,
                                        const char *name, ngx_int_t priority)
{
    if (pool->objectives == NULL) {
        pool->objectives = ngx_array_create(mem, 4, sizeof(ngx_http_infext_objective_t));
        if (pool->objectives == NULL) return NGX_ERROR;
    }
    ngx_http_infext_objective_t *o = ngx_array_push(pool->objectives);
    if (o == NULL) return NGX_ERROR;
    o->name.len = strlen(name);
    o->name.data = (u_char *)ngx_http_infext_cstr(mem, (const u_char *)name, o->name.len);
    o->priority = priority;
    return o->name.data ? NGX_OK : NGX_ERROR;
}

char *ngx_http_infext_label(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_infext_pool_t *pool = conf;
    ngx_str_t *value = cf->args->elts;
    (void)cmd;
    if (value[2].len == 0) return "has an empty label name";
    if (pool->labels == NULL) {
        pool->labels = ngx_array_create(cf->pool, 4, sizeof(ngx_http_infext_label_t));
        if (pool->labels == NULL) return NGX_CONF_ERROR;
    }
    ngx_http_infext_label_t *l = ngx_array_push(pool->labels);
    if (l == NULL) return NGX_CONF_ERROR;
    ngx_memzero(l, sizeof(*l));
    l->server = value[1];
    l->key = ngx_http_infext_cstr(cf->pool, value[2].data, value[2].len);
    l->value = ngx_http_infext_cstr(cf->pool, value[3].data, value[3].len);
    return l->key && l->value ? NGX_CONF_OK : NGX_CONF_ERROR;
}

/* Set the labels naming @p server (the server line) or the peer's own address. */
static ngx_int_t ngx_http_infext_apply_labels(ngx_conf_t *cf, ngx_http_infext_pool_t *pool,
                                              ngx_http_infext_peer_t *peer, ngx_str_t *server)
{
    ngx_http_infext_label_t *l = pool->labels ? pool->labels->elts : NULL;
    for (ngx_uint_t i = 0; l && i < pool->labels->nelts; i++) {
        ngx_str_t *names[2] = {server, &peer->name};
        for (int k = 0; k < 2; k++)
            if (names[k]->len == l[i].server.len &&
                ngx_strncmp(names[k]->data, l[i].server.data, l[i].server.len) == 0) {
                infext_status st = infext_endpoint_set_label(peer->ep, l[i].key, l[i].value);
                if (st != INFEXT_OK) {
                    ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                                  "infext_label %V %s: %s", &l[i].server, l[i].key,
                                  infext_strerror(st));
                    return NGX_ERROR;
                }
                l[i].matched = 1;
                break;
            }
    }
    return NGX_OK;
}

/* One decoded object of an infext_objectives file. */
static ngx_int_t ngx_http_infext_objective_object(ngx_conf_t *cf, ngx_http_infext_pool_t *pool,
                                                  infext_object *obj, const char *path,
                                                  unsigned int line)
{
    const char *name = NULL;
    int64_t priority = 0; /* an objective without priority has priority 0 */
    infext_v1alpha2_inference_objective *x = infext_object_as_v1alpha2_inference_objective(obj);
    infext_llmd_v1alpha2_inference_objective *l =
        infext_object_as_llmd_v1alpha2_inference_objective(obj);
    if (x) {
        name = infext_object_meta_get_name(infext_v1alpha2_inference_objective_get_metadata(x));
        infext_v1alpha2_inference_objective_spec_get_priority(
            &priority, infext_v1alpha2_inference_objective_get_spec(x));
    } else if (l) {
        int32_t p32 = 0;
        name = infext_object_meta_get_name(
            infext_llmd_v1alpha2_inference_objective_get_metadata(l));
        if (infext_llmd_v1alpha2_inference_objective_spec_get_priority(
                &p32, infext_llmd_v1alpha2_inference_objective_get_spec(l)))
            priority = p32;
    } else {
        ngx_log_error(NGX_LOG_WARN, cf->log, 0, "infext: %s:%ud: %s is not an "
                      "InferenceObjective: skipped", path, line,
                      infext_object_kind_name(obj));
        return NGX_OK;
    }
    if (name == NULL || *name == '\0') {
        ngx_log_error(NGX_LOG_EMERG, cf->log, 0, "infext: %s:%ud: InferenceObjective without "
                      "metadata.name", path, line);
        return NGX_ERROR;
    }
    if (priority < -2147483647 - 1 || priority > 2147483647) {
        ngx_log_error(NGX_LOG_EMERG, cf->log, 0, "infext: %s:%ud: InferenceObjective \"%s\": "
                      "priority %L is out of range", path, line, name, (long long)priority);
        return NGX_ERROR;
    }
    return ngx_http_infext_add_objective(cf->pool, pool, name, (ngx_int_t)priority);
}

char *ngx_http_infext_objectives(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_infext_pool_t *pool = conf;
    ngx_str_t *value = cf->args->elts;
    (void)cmd;
    const char *path;
    char *data;
    size_t len;
    if (ngx_http_infext_read_file(cf, &value[1], &path, &data, &len) != NGX_OK)
        return NGX_CONF_ERROR;
    infext_diags *diags = NULL;
    infext_reader *reader = NULL;
    char *rv = NGX_CONF_ERROR;
    if (infext_diags_new(&diags) != INFEXT_OK ||
        infext_reader_new(&reader, data, len, NULL) != INFEXT_OK)
        goto done;
    for (;;) {
        infext_object *obj = NULL;
        infext_status st = infext_reader_next(&obj, reader, diags);
        if (st == INFEXT_EKIND) { /* a kind this library does not know: not ours */
            ngx_http_infext_log_diags(NGX_LOG_WARN, cf->log, path, diags);
            infext_diags_clear(diags);
            continue;
        }
        if (st != INFEXT_OK) {
            ngx_log_error(NGX_LOG_EMERG, cf->log, 0, "infext: %s: cannot decode: %s", path,
                          infext_strerror(st));
            ngx_http_infext_log_diags(NGX_LOG_EMERG, cf->log, path, diags);
            goto done;
        }
        if (obj == NULL) break;
        ngx_int_t rc = ngx_http_infext_objective_object(cf, pool, obj, path,
                                                        infext_reader_document_line(reader));
        infext_object_free(obj);
        if (rc != NGX_OK) goto done;
    }
    rv = NGX_CONF_OK;
done:
    infext_reader_free(reader);
    infext_diags_free(diags);
    free(data);
    return rv;
}

/* Build the scheduler, detector and data layer; NGX_OK or NGX_ERROR (logged). */
static ngx_int_t ngx_http_infext_build(ngx_conf_t *cf, ngx_http_infext_pool_t *pool)
{
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) return NGX_ERROR;
    const char *what = "(default config)";
    ngx_int_t rc = ngx_http_infext_load_config(cf, pool, &what, diags);
    const char *step = "cannot create the registry";
    infext_status st = INFEXT_OK;
    if (rc == NGX_OK) {
        st = ngx_http_infext_registry(&pool->reg);
        if (st == INFEXT_OK) {
            step = "bad scheduler config";
            st = infext_scheduler_new(&pool->sched, pool->config, pool->reg, NULL, diags);
        }
        if (st == INFEXT_OK) {
            step = "bad saturation detector";
            st = infext_saturation_detector_new(&pool->detector, pool->config, diags);
        }
        if (st == INFEXT_OK) {
            step = "bad data layer";
            st = infext_datalayer_new(&pool->datalayer, pool->config, diags);
        }
        if (st != INFEXT_OK) {
            ngx_log_error(NGX_LOG_EMERG, cf->log, 0, "infext: upstream \"%V\": %s: %s: %s",
                          &pool->name, what, step, infext_strerror(st));
            ngx_http_infext_log_diags(NGX_LOG_EMERG, cf->log, what, diags);
            rc = NGX_ERROR;
        } else {
            ngx_http_infext_log_diags(NGX_LOG_WARN, cf->log, what, diags); /* warnings */
        }
    }
    infext_diags_free(diags);
    if (rc != NGX_OK) return rc;
    for (size_t i = 0; i < infext_datalayer_sources_count(pool->datalayer); i++) {
        const infext_metrics_source *src = infext_datalayer_source_at(pool->datalayer, i);
        if (strcmp(infext_metrics_source_get_scheme(src), "http") != 0) {
            ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                          "infext: upstream \"%V\": metrics source \"%s\": scheme \"%s\" is "
                          "not supported (only http)",
                          &pool->name, infext_metrics_source_get_name(src),
                          infext_metrics_source_get_scheme(src));
            return NGX_ERROR;
        }
    }
    return NGX_OK;
}

/* Make the endpoint of one server address. */
static ngx_int_t ngx_http_infext_add_peer(ngx_conf_t *cf, ngx_http_infext_pool_t *pool,
                                          ngx_addr_t *addr, ngx_uint_t down)
{
    ngx_http_infext_peer_t *peer = &pool->peers[pool->npeers];
    if (addr->sockaddr->sa_family != AF_INET && addr->sockaddr->sa_family != AF_INET6) {
        ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                      "infext: upstream \"%V\": server \"%V\" is not an IP address",
                      &pool->name, &addr->name);
        return NGX_ERROR;
    }
    u_char ip[NGX_SOCKADDR_STRLEN + 1];
    size_t n = ngx_sock_ntop(addr->sockaddr, addr->socklen, ip, NGX_SOCKADDR_STRLEN, 0);
    ip[n] = '\0';
    char *ns = ngx_http_infext_cstr(cf->pool, pool->name.data, pool->name.len);
    char *name = ngx_http_infext_cstr(cf->pool, addr->name.data, addr->name.len);
    if (ns == NULL || name == NULL) return NGX_ERROR;
    if (infext_endpoint_new(&peer->ep, ns, name) != INFEXT_OK) return NGX_ERROR;
    pool->npeers++; /* from here on the cleanup frees it */
    if (infext_endpoint_set_address(peer->ep, (const char *)ip) != INFEXT_OK ||
        infext_endpoint_set_port(peer->ep, ngx_inet_get_port(addr->sockaddr)) != INFEXT_OK)
        return NGX_ERROR;
    peer->name = addr->name;
    peer->sockaddr = addr->sockaddr;
    peer->socklen = addr->socklen;
    peer->down = down ? 1 : 0;
    return NGX_OK;
}

ngx_int_t ngx_http_infext_init_upstream(ngx_conf_t *cf, ngx_http_upstream_srv_conf_t *us)
{
    ngx_http_infext_pool_t *pool = ngx_http_conf_upstream_srv_conf(us, ngx_http_infext_module);
    pool->name = us->host;
    ngx_conf_merge_msec_value(pool->timeout, pool->timeout, 1000);
    us->peer.init = ngx_http_infext_init_peer;

    ngx_pool_cleanup_t *cln = ngx_pool_cleanup_add(cf->pool, 0);
    if (cln == NULL) return NGX_ERROR;
    cln->handler = ngx_http_infext_pool_cleanup;
    cln->data = pool;

    ngx_uint_t n = 0;
    ngx_http_upstream_server_t *servers = us->servers ? us->servers->elts : NULL;
    for (ngx_uint_t i = 0; servers && i < us->servers->nelts; i++) n += servers[i].naddrs;
    if (n == 0) {
        ngx_log_error(NGX_LOG_EMERG, cf->log, 0, "infext: upstream \"%V\" has no server",
                      &pool->name);
        return NGX_ERROR;
    }
    pool->peers = ngx_pcalloc(cf->pool, n * sizeof(ngx_http_infext_peer_t));
    if (pool->peers == NULL) return NGX_ERROR;
    for (ngx_uint_t i = 0; i < us->servers->nelts; i++) {
        if (servers[i].backup) { /* a server line above `infext;` was not checked */
            ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                          "infext: upstream \"%V\": backup servers are not supported",
                          &pool->name);
            return NGX_ERROR;
        }
        for (ngx_uint_t j = 0; j < servers[i].naddrs; j++)
            if (ngx_http_infext_add_peer(cf, pool, &servers[i].addrs[j], servers[i].down) !=
                    NGX_OK ||
                ngx_http_infext_apply_labels(cf, pool, &pool->peers[pool->npeers - 1],
                                             &servers[i].name) != NGX_OK)
                return NGX_ERROR;
    }
    ngx_http_infext_label_t *l = pool->labels ? pool->labels->elts : NULL;
    for (ngx_uint_t i = 0; l && i < pool->labels->nelts; i++)
        if (!l[i].matched) {
            ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                          "infext_label: upstream \"%V\" has no server \"%V\"", &pool->name,
                          &l[i].server);
            return NGX_ERROR;
        }
    if (ngx_http_infext_build(cf, pool) != NGX_OK) return NGX_ERROR;

    /* the polling interval: the directive, else the source's, else 50ms */
    if (pool->interval == NGX_CONF_UNSET_MSEC) {
        int64_t ns = infext_metrics_source_get_interval(
            infext_datalayer_source_at(pool->datalayer, 0));
        pool->interval = ns > 0 ? (ngx_msec_t)(ns / 1000000 ? ns / 1000000 : 1) : 50;
    }
    if (pool->interval == 0) pool->interval = 1;

    ngx_http_infext_main_conf_t *mcf =
        ngx_http_conf_get_module_main_conf(cf, ngx_http_infext_module);
    ngx_http_infext_pool_t **slot = ngx_array_push(&mcf->pools);
    if (slot == NULL) return NGX_ERROR;
    *slot = pool;
    return NGX_OK;
}
