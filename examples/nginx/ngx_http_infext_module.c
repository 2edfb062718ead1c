/*
 * ngx_http_infext_module: an upstream balancer that picks the model server
 * for each inference request with libinfext, as the Gateway API Inference
 * Extension's endpoint picker does, inside NGINX.
 *
 *   upstream pool {
 *       infext;                              # this balancer
 *       infext_config /etc/nginx/epp.yaml;   # EndpointPickerConfig
 *       infext_metrics_interval 200ms;       # poll each server's metrics
 *       infext_objective batch -10;          # objective name -> priority
 *       infext_label 10.0.0.2:8000 llm-d.ai/role prefill;  # endpoint labels
 *       server 10.0.0.1:8000;
 *       server 10.0.0.2:8000;
 *   }
 *   location /v1/ {
 *       infext_pool pool;                    # read the body, admit, schedule
 *       proxy_pass http://pool;
 *   }
 *
 * Per request (precontent phase of a location with infext_pool): the body is
 * read, the model and prompt taken from it (OpenAI completions or chat), the
 * headers copied into an infext_request; the candidates are the pool's
 * servers that are not down; the saturation detector may shed a sheddable
 * request (429); otherwise the scheduler orders the endpoints, and the
 * balancer's get/free callbacks walk that order on proxy_next_upstream
 * retries, each target with its address (at the result's target port when
 * it has one) and the result's request headers. Every worker polls each
 * server's metrics page on a timer with a small non-blocking HTTP/1.0
 * client and feeds it to the data layer.
 *
 * Each worker keeps its own endpoints, metrics, workspace and prefix index:
 * nothing is shared between workers.
 *
 * The sources, by concern (ngx_http_infext.h declares what they share):
 *   ngx_http_infext_module.c    the module, its directives, configuration
 *                               checks, $infext_destination, process hooks;
 *   ngx_http_infext_config.c    building a pool at configuration time: the
 *                               EndpointPickerConfig, objectives, servers;
 *   ngx_http_infext_request.c   per request: the body, admission, scheduling;
 *   ngx_http_infext_balancer.c  the upstream balancer walking the picks;
 *   ngx_http_infext_headers.c   the result's headers and target port;
 *   ngx_http_infext_metrics.c   per worker: set-up, metrics polling.
 */

#include "ngx_http_infext.h"

static ngx_int_t ngx_http_infext_preconfiguration(ngx_conf_t *cf);
static ngx_int_t ngx_http_infext_postconfiguration(ngx_conf_t *cf);
static void *ngx_http_infext_create_main_conf(ngx_conf_t *cf);
static void *ngx_http_infext_create_srv_conf(ngx_conf_t *cf);
static void *ngx_http_infext_create_loc_conf(ngx_conf_t *cf);
static char *ngx_http_infext_merge_loc_conf(ngx_conf_t *cf, void *parent, void *child);
static char *ngx_http_infext(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
static char *ngx_http_infext_objective(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
static char *ngx_http_infext_pool(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
static ngx_int_t ngx_http_infext_init_process(ngx_cycle_t *cycle);
static void ngx_http_infext_exit_process(ngx_cycle_t *cycle);

static ngx_command_t ngx_http_infext_commands[] = {
    {ngx_string("infext"), NGX_HTTP_UPS_CONF | NGX_CONF_NOARGS, ngx_http_infext,
     NGX_HTTP_SRV_CONF_OFFSET, 0, NULL},
    {ngx_string("infext_config"), NGX_HTTP_UPS_CONF | NGX_CONF_TAKE1, ngx_conf_set_str_slot,
     NGX_HTTP_SRV_CONF_OFFSET, offsetof(ngx_http_infext_pool_t, config_path), NULL},
    {ngx_string("infext_metrics_interval"), NGX_HTTP_UPS_CONF | NGX_CONF_TAKE1,
     ngx_conf_set_msec_slot, NGX_HTTP_SRV_CONF_OFFSET,
     offsetof(ngx_http_infext_pool_t, interval), NULL},
    {ngx_string("infext_metrics_timeout"), NGX_HTTP_UPS_CONF | NGX_CONF_TAKE1,
     ngx_conf_set_msec_slot, NGX_HTTP_SRV_CONF_OFFSET,
     offsetof(ngx_http_infext_pool_t, timeout), NULL},
    {ngx_string("infext_objective"), NGX_HTTP_UPS_CONF | NGX_CONF_TAKE2,
     ngx_http_infext_objective, NGX_HTTP_SRV_CONF_OFFSET, 0, NULL},
    {ngx_string("infext_objectives"), NGX_HTTP_UPS_CONF | NGX_CONF_TAKE1,
     ngx_http_infext_objectives, NGX_HTTP_SRV_CONF_OFFSET, 0, NULL},
    {ngx_string("infext_label"), NGX_HTTP_UPS_CONF | NGX_CONF_TAKE3, ngx_http_infext_label,
     NGX_HTTP_SRV_CONF_OFFSET, 0, NULL},
    {ngx_string("infext_pool"), NGX_HTTP_LOC_CONF | NGX_CONF_TAKE1, ngx_http_infext_pool,
     NGX_HTTP_LOC_CONF_OFFSET, 0, NULL},
    ngx_null_command};

static ngx_http_module_t ngx_http_infext_module_ctx = {
    ngx_http_infext_preconfiguration,  /* preconfiguration */
    ngx_http_infext_postconfiguration, /* postconfiguration */
    ngx_http_infext_create_main_conf,  /* create main configuration */
    NULL,                              /* init main configuration */
    ngx_http_infext_create_srv_conf,   /* create server configuration */
    NULL,                              /* merge server configuration */
    ngx_http_infext_create_loc_conf,   /* create location configuration */
    ngx_http_infext_merge_loc_conf     /* merge location configuration */
};

ngx_module_t ngx_http_infext_module = {NGX_MODULE_V1,
                                       &ngx_http_infext_module_ctx,
                                       ngx_http_infext_commands,
                                       NGX_HTTP_MODULE,
                                       NULL,                          /* init master */
                                       NULL,                          /* init module */
                                       ngx_http_infext_init_process,  /* init process */
                                       NULL,                          /* init thread */
                                       NULL,                          /* exit thread */
                                       ngx_http_infext_exit_process,  /* exit process */
                                       NULL,                          /* exit master */
                                       NGX_MODULE_V1_PADDING};

/* ------------------------------------------------------------ helpers -- */

void ngx_http_infext_log_diags(ngx_uint_t level, ngx_log_t *log, const char *what,
                               infext_diags *diags)
{
    for (size_t i = 0; i < infext_diags_count(diags); i++) {
        char *text = NULL;
        const infext_diag *d = infext_diags_at(diags, i);
        if (infext_diag_format(&text, d) != INFEXT_OK) continue;
        /* "file:12:3: path: message" when the text starts with its line and column */
        ngx_log_error(level, log, 0, "infext: %s:%s%s", what, infext_diag_line(d) ? "" : " ",
                      text);
        infext_free(text);
    }
}

char *ngx_http_infext_cstr(ngx_pool_t *pool, const u_char *s, size_t len)
{
    char *p = ngx_pnalloc(pool, len + 1);
    if (p == NULL) return NULL;
    ngx_memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

/* ------------------------------------------------------ configuration -- */

static void *ngx_http_infext_create_main_conf(ngx_conf_t *cf)
{
    ngx_http_infext_main_conf_t *mcf = ngx_pcalloc(cf->pool, sizeof(*mcf));
    if (mcf == NULL) return NULL;
    if (ngx_array_init(&mcf->pools, cf->pool, 4, sizeof(ngx_http_infext_pool_t *)) != NGX_OK)
        return NULL;
    return mcf;
}

static void *ngx_http_infext_create_srv_conf(ngx_conf_t *cf)
{
    ngx_http_infext_pool_t *pool = ngx_pcalloc(cf->pool, sizeof(*pool));
    if (pool == NULL) return NULL;
    pool->enabled = 0;
    pool->interval = NGX_CONF_UNSET_MSEC;
    pool->timeout = NGX_CONF_UNSET_MSEC;
    return pool;
}

static void *ngx_http_infext_create_loc_conf(ngx_conf_t *cf)
{
    ngx_http_infext_loc_conf_t *lcf = ngx_pcalloc(cf->pool, sizeof(*lcf));
    return lcf;
}

static char *ngx_http_infext_merge_loc_conf(ngx_conf_t *cf, void *parent, void *child)
{
    ngx_http_infext_loc_conf_t *prev = parent, *conf = child;
    (void)cf;
    if (conf->uscf == NULL) conf->uscf = prev->uscf;
    return NGX_CONF_OK;
}

static char *ngx_http_infext(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_infext_pool_t *pool = conf;
    (void)cmd;
    if (pool->enabled) return "is duplicate";
    ngx_http_upstream_srv_conf_t *uscf =
        ngx_http_conf_get_module_srv_conf(cf, ngx_http_upstream_module);
    if (uscf->peer.init_upstream) {
        ngx_conf_log_error(NGX_LOG_WARN, cf, 0, "load balancing method redefined");
    }
    uscf->peer.init_upstream = ngx_http_infext_init_upstream;
    uscf->flags = NGX_HTTP_UPSTREAM_CREATE | NGX_HTTP_UPSTREAM_DOWN;
    pool->enabled = 1;
    return NGX_CONF_OK;
}

static char *ngx_http_infext_objective(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_infext_pool_t *pool = conf;
    ngx_str_t *value = cf->args->elts;
    (void)cmd;
    ngx_int_t sign = 1;
    ngx_str_t num = value[2];
    if (num.len > 1 && num.data[0] == '-') {
        sign = -1;
        num.data++;
        num.len--;
    }
    ngx_int_t n = ngx_atoi(num.data, num.len);
    if (n == NGX_ERROR || n > 2147483647) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0, "infext_objective: bad priority \"%V\"",
                           &value[2]);
        return NGX_CONF_ERROR;
    }
    char *name = ngx_http_infext_cstr(cf->pool, value[1].data, value[1].len);
    if (name == NULL || ngx_http_infext_add_objective(cf->pool, pool, name, sign * n) != NGX_OK)
        return NGX_CONF_ERROR;
    return NGX_CONF_OK;
}

static char *ngx_http_infext_pool(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_infext_loc_conf_t *lcf = conf;
    ngx_str_t *value = cf->args->elts;
    (void)cmd;
    if (lcf->uscf) return "is duplicate";
    ngx_url_t u;
    ngx_memzero(&u, sizeof(u));
    u.url = value[1];
    u.no_resolve = 1;
    /* flags 0: find the upstream of that name, or reserve it for a block below */
    lcf->uscf = ngx_http_upstream_add(cf, &u, 0);
    return lcf->uscf ? NGX_CONF_OK : NGX_CONF_ERROR;
}

/* Every location with infext_pool must name an upstream with `infext`. */
static ngx_int_t ngx_http_infext_check_location(ngx_conf_t *cf, ngx_http_infext_loc_conf_t *lcf)
{
    if (lcf == NULL || lcf->uscf == NULL) return NGX_OK;
    ngx_http_infext_pool_t *pool =
        lcf->uscf->srv_conf ? ngx_http_conf_upstream_srv_conf(lcf->uscf, ngx_http_infext_module)
                            : NULL;
    if (pool == NULL || !pool->enabled) {
        ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                      "infext_pool: upstream \"%V\" is not defined with the \"infext\" directive",
                      &lcf->uscf->host);
        return NGX_ERROR;
    }
    return NGX_OK;
}

static ngx_int_t ngx_http_infext_check_tree(ngx_conf_t *cf, ngx_http_location_tree_node_t *node)
{
    if (node == NULL) return NGX_OK;
    ngx_http_core_loc_conf_t *clcfs[2] = {node->exact, node->inclusive};
    for (int k = 0; k < 2; k++)
        if (clcfs[k] &&
            ngx_http_infext_check_location(
                cf, clcfs[k]->loc_conf[ngx_http_infext_module.ctx_index]) != NGX_OK)
            return NGX_ERROR;
    if (ngx_http_infext_check_tree(cf, node->left) != NGX_OK ||
        ngx_http_infext_check_tree(cf, node->right) != NGX_OK ||
        ngx_http_infext_check_tree(cf, node->tree) != NGX_OK)
        return NGX_ERROR;
    return NGX_OK;
}

static ngx_int_t ngx_http_infext_postconfiguration(ngx_conf_t *cf)
{
    ngx_http_core_main_conf_t *cmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_core_module);
    ngx_http_handler_pt *h = ngx_array_push(&cmcf->phases[NGX_HTTP_PRECONTENT_PHASE].handlers);
    if (h == NULL) return NGX_ERROR;
    *h = ngx_http_infext_handler;

    /* check the locations with infext_pool (the upstream blocks are all known now);
     * regex locations are checked when a request reaches them */
    ngx_http_core_srv_conf_t **cscf = cmcf->servers.elts;
    for (ngx_uint_t s = 0; s < cmcf->servers.nelts; s++) {
        ngx_http_core_loc_conf_t *clcf = cscf[s]->ctx->loc_conf[ngx_http_core_module.ctx_index];
        if (ngx_http_infext_check_location(
                cf, cscf[s]->ctx->loc_conf[ngx_http_infext_module.ctx_index]) != NGX_OK ||
            ngx_http_infext_check_tree(cf, clcf->static_locations) != NGX_OK)
            return NGX_ERROR;
    }
    return NGX_OK;
}

/* ---------------------------------------------------------- $infext_* -- */

static ngx_int_t ngx_http_infext_destination_variable(ngx_http_request_t *r,
                                                      ngx_http_variable_value_t *v,
                                                      uintptr_t data)
{
    (void)data;
    ngx_http_infext_ctx_t *ctx = ngx_http_get_module_ctx(r, ngx_http_infext_module);
    if (ctx == NULL || ctx->destination.len == 0) {
        v->not_found = 1;
        return NGX_OK;
    }
    v->data = ctx->destination.data;
    v->len = (unsigned)ctx->destination.len; /* at most INFEXT_NGX_DEST_MAX */
    v->valid = 1;
    v->no_cacheable = 0;
    v->not_found = 0;
    return NGX_OK;
}

static ngx_int_t ngx_http_infext_preconfiguration(ngx_conf_t *cf)
{
    ngx_str_t name = ngx_string("infext_destination");
    ngx_http_variable_t *var = ngx_http_add_variable(cf, &name, NGX_HTTP_VAR_NOCACHEABLE);
    if (var == NULL) return NGX_ERROR;
    var->get_handler = ngx_http_infext_destination_variable;
    return NGX_OK;
}

/* ------------------------------------------------------------ process -- */

static ngx_int_t ngx_http_infext_init_process(ngx_cycle_t *cycle)
{
    ngx_http_infext_main_conf_t *mcf =
        ngx_http_cycle_get_module_main_conf(cycle, ngx_http_infext_module);
    if (mcf == NULL) return NGX_OK;
    ngx_http_infext_pool_t **pools = mcf->pools.elts;
    for (ngx_uint_t i = 0; i < mcf->pools.nelts; i++)
        if (ngx_http_infext_worker_init(cycle, pools[i]) != NGX_OK) {
            ngx_log_error(NGX_LOG_EMERG, cycle->log, 0,
                          "infext: upstream \"%V\": cannot set up the worker", &pools[i]->name);
            return NGX_ERROR;
        }
    return NGX_OK;
}

static void ngx_http_infext_exit_process(ngx_cycle_t *cycle)
{
    ngx_http_infext_main_conf_t *mcf =
        ngx_http_cycle_get_module_main_conf(cycle, ngx_http_infext_module);
    if (mcf == NULL) return;
    ngx_http_infext_pool_t **pools = mcf->pools.elts;
    for (ngx_uint_t i = 0; i < mcf->pools.nelts; i++) ngx_http_infext_worker_stop(pools[i]);
}
