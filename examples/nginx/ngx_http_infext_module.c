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
 * retries. Every worker polls each server's metrics page on a timer with a
 * small non-blocking HTTP/1.0 client and feeds it to the data layer.
 *
 * Each worker keeps its own endpoints, metrics, workspace and prefix index:
 * nothing is shared between workers.
 */
#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include <infext/infext.h>
#include <infext/plugin.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INFEXT_NGX_METRICS_MAX (4 * 1024 * 1024) /* largest metrics response */
#define INFEXT_NGX_DEST_MAX 4096                 /* longest $infext_destination */

typedef struct ngx_http_infext_pool_s ngx_http_infext_pool_t;

/* One `server` address of the pool: an endpoint of the picker. */
typedef struct {
    ngx_str_t name; /* "127.0.0.1:8001", as nginx prints it */
    struct sockaddr *sockaddr;
    socklen_t socklen;
    infext_endpoint *ep;
    unsigned down : 1;        /* `server ... down` */
    unsigned unreachable : 1; /* a connection failed since the last good poll */
} ngx_http_infext_peer_t;

/* The metrics poll of one (server, source) pair. */
typedef struct {
    ngx_http_infext_pool_t *pool;
    ngx_http_infext_peer_t *peer;
    const infext_metrics_source *source;
    ngx_event_t timer;
    ngx_peer_connection_t pc;
    struct sockaddr_storage addr; /* the server's address, port overridden by the source */
    ngx_str_t addr_name;
    u_char *request; /* "GET /metrics HTTP/1.0 ..." */
    size_t request_len, sent;
    u_char *buf; /* the response, malloc'd */
    size_t len, cap;
    unsigned busy : 1;
    unsigned failing : 1; /* the last poll failed (logged once per streak) */
} ngx_http_infext_poller_t;

typedef struct {
    ngx_str_t name;
    ngx_int_t priority;
} ngx_http_infext_objective_t;

/* srv conf of an upstream block (also created for every server block). */
struct ngx_http_infext_pool_s {
    ngx_flag_t enabled;
    ngx_str_t config_path;
    ngx_msec_t interval;
    ngx_msec_t timeout;
    ngx_array_t *objectives; /* ngx_http_infext_objective_t */
    ngx_str_t name;          /* the upstream's name */

    /* built at configuration time (in the master, inherited by workers) */
    infext_v1alpha1_endpoint_picker_config *config;
    infext_registry *reg;
    infext_scheduler *sched;
    infext_saturation_detector *detector;
    infext_datalayer *datalayer;
    ngx_http_infext_peer_t *peers;
    ngx_uint_t npeers;

    /* per worker (init_process) */
    infext_workspace *ws;
    infext_saturation_report *report;
    infext_metrics_parser *parser;
    infext_endpoint **candidates; /* scratch: npeers */
    infext_endpoint **subset;     /* scratch: npeers */
    ngx_http_infext_poller_t *pollers;
    ngx_uint_t npollers;
    ngx_uint_t seq; /* request ids without x-request-id */
    unsigned started : 1; /* the per-worker part was set up */
};

typedef struct {
    ngx_array_t pools; /* ngx_http_infext_pool_t * */
} ngx_http_infext_main_conf_t;

typedef struct {
    ngx_http_upstream_srv_conf_t *uscf; /* infext_pool */
} ngx_http_infext_loc_conf_t;

/* Per request. */
typedef struct {
    ngx_http_infext_pool_t *pool;
    infext_request *req;
    ngx_int_t status;       /* NGX_DECLINED (proxy) or the immediate answer */
    ngx_int_t response;     /* infext_protocol_response for 429 / 503 */
    ngx_uint_t *targets;    /* peer indices, best first */
    ngx_uint_t ntargets, next;
    ngx_http_infext_peer_t *current;
    ngx_str_t destination;  /* $infext_destination */
    unsigned decided : 1;
} ngx_http_infext_ctx_t;

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
static void ngx_http_infext_poll_start(ngx_event_t *ev);

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

/* ---------------------------------------------------------- helpers -- */

/* Log every diagnostic of @p diags, prefixed with @p what. */
static void ngx_http_infext_log_diags(ngx_uint_t level, ngx_log_t *log, const char *what,
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

/* A NUL-terminated copy of @p s in @p pool; NULL on no memory. */
static char *ngx_http_infext_cstr(ngx_pool_t *pool, const u_char *s, size_t len)
{
    char *p = ngx_pnalloc(pool, len + 1);
    if (p == NULL) return NULL;
    ngx_memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

static int64_t ngx_http_infext_now_ns(void)
{
    ngx_time_t *tp = ngx_timeofday();
    return (int64_t)tp->sec * 1000000000 + (int64_t)tp->msec * 1000000;
}

static void ngx_http_infext_poll_close(ngx_http_infext_poller_t *p);
static ngx_int_t ngx_http_infext_worker_init(ngx_cycle_t *cycle, ngx_http_infext_pool_t *pool);

/* Stop the polls and free the per-worker part (exit_process, or the cycle's end). */
static void ngx_http_infext_worker_stop(ngx_http_infext_pool_t *pool)
{
    for (ngx_uint_t j = 0; j < pool->npollers; j++) {
        ngx_http_infext_poller_t *p = &pool->pollers[j];
        if (p->timer.timer_set) ngx_del_timer(&p->timer);
        ngx_http_infext_poll_close(p);
        free(p->buf);
        p->buf = NULL;
    }
    pool->npollers = 0;
    infext_workspace_free(pool->ws);
    infext_saturation_report_free(pool->report);
    infext_metrics_parser_free(pool->parser);
    pool->ws = NULL;
    pool->report = NULL;
    pool->parser = NULL;
    pool->started = 0;
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

static char *ngx_http_infext_objective(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_infext_pool_t *pool = conf;
    ngx_str_t *value = cf->args->elts;
    (void)cmd;
    if (pool->objectives == NULL) {
        pool->objectives = ngx_array_create(cf->pool, 4, sizeof(ngx_http_infext_objective_t));
        if (pool->objectives == NULL) return NGX_CONF_ERROR;
    }
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
    ngx_http_infext_objective_t *o = ngx_array_push(pool->objectives);
    if (o == NULL) return NGX_CONF_ERROR;
    o->name = value[1];
    o->priority = sign * n;
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

/* Read and decode the EndpointPickerConfig; NGX_OK or NGX_ERROR (logged). */
static ngx_int_t ngx_http_infext_load_config(ngx_conf_t *cf, ngx_http_infext_pool_t *pool,
                                             infext_diags *diags)
{
    if (pool->config_path.len == 0) return NGX_OK; /* the picker's default plugins */
    if (ngx_conf_full_name(cf->cycle, &pool->config_path, 1) != NGX_OK) return NGX_ERROR;
    char *path = ngx_http_infext_cstr(cf->pool, pool->config_path.data, pool->config_path.len);
    if (path == NULL) return NGX_ERROR;
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        ngx_log_error(NGX_LOG_EMERG, cf->log, ngx_errno, "infext: cannot open \"%s\"", path);
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
        ngx_log_error(NGX_LOG_EMERG, cf->log, 0, "infext: cannot read \"%s\"", path);
        return NGX_ERROR;
    }
    infext_status st =
        infext_v1alpha1_endpoint_picker_config_decode(&pool->config, data, len, NULL, diags);
    free(data);
    if (st != INFEXT_OK) {
        ngx_log_error(NGX_LOG_EMERG, cf->log, 0, "infext: %s: cannot decode the config: %s",
                      path, infext_strerror(st));
        ngx_http_infext_log_diags(NGX_LOG_EMERG, cf->log, path, diags);
        return NGX_ERROR;
    }
    return NGX_OK;
}

/* Build the scheduler, detector and data layer; NGX_OK or NGX_ERROR (logged). */
static ngx_int_t ngx_http_infext_build(ngx_conf_t *cf, ngx_http_infext_pool_t *pool)
{
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) return NGX_ERROR;
    const char *what = pool->config_path.len ? (const char *)pool->config_path.data
                                             : "(default config)";
    ngx_int_t rc = ngx_http_infext_load_config(cf, pool, diags);
    if (rc == NGX_OK && pool->config_path.len)
        what = (const char *)pool->config_path.data; /* now the full, NUL-terminated name */
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

static ngx_int_t ngx_http_infext_init_peer(ngx_http_request_t *r,
                                           ngx_http_upstream_srv_conf_t *us);

/* init_upstream: runs once per configuration, after the upstream block. */
static ngx_int_t ngx_http_infext_init_upstream(ngx_conf_t *cf, ngx_http_upstream_srv_conf_t *us)
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
                NGX_OK)
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

/* ------------------------------------------------------- per request -- */

static ngx_int_t ngx_http_infext_handler(ngx_http_request_t *r);

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

static void ngx_http_infext_ctx_cleanup(void *data)
{
    ngx_http_infext_ctx_t *ctx = data;
    infext_request_free(ctx->req);
    ctx->req = NULL;
}

/* The request body as one buffer (memory and temp-file parts); NULL on error. */
static u_char *ngx_http_infext_body(ngx_http_request_t *r, size_t *out_len)
{
    size_t len = 0;
    *out_len = 0;
    if (r->request_body == NULL || r->request_body->bufs == NULL) return (u_char *)"";
    for (ngx_chain_t *cl = r->request_body->bufs; cl; cl = cl->next) {
        ngx_buf_t *b = cl->buf;
        len += b->in_file ? (size_t)(b->file_last - b->file_pos) : (size_t)(b->last - b->pos);
    }
    u_char *data = ngx_pnalloc(r->pool, len + 1), *p = data;
    if (data == NULL) return NULL;
    for (ngx_chain_t *cl = r->request_body->bufs; cl; cl = cl->next) {
        ngx_buf_t *b = cl->buf;
        if (b->in_file) {
            size_t n = (size_t)(b->file_last - b->file_pos);
            ssize_t got = ngx_read_file(b->file, p, n, b->file_pos);
            if (got < 0 || (size_t)got != n) return NULL;
            p += n;
        } else {
            p = ngx_cpymem(p, b->pos, b->last - b->pos);
        }
    }
    *p = '\0';
    *out_len = len;
    return data;
}

/* Fill the infext_request from the headers and the body. */
static ngx_int_t ngx_http_infext_fill(ngx_http_request_t *r, ngx_http_infext_ctx_t *ctx)
{
    ngx_http_infext_pool_t *pool = ctx->pool;
    infext_request *req = ctx->req;
    const char *id = NULL;
    const char *objective = NULL;
    ngx_list_part_t *part = &r->headers_in.headers.part;
    ngx_table_elt_t *h = part->elts;
    for (ngx_uint_t i = 0;; i++) {
        if (i >= part->nelts) {
            if (part->next == NULL) break;
            part = part->next;
            h = part->elts;
            i = 0;
            if (part->nelts == 0) continue;
        }
        char *name = ngx_http_infext_cstr(r->pool, h[i].key.data, h[i].key.len);
        char *value = ngx_http_infext_cstr(r->pool, h[i].value.data, h[i].value.len);
        if (name == NULL || value == NULL) return NGX_ERROR;
        ngx_strlow((u_char *)name, (u_char *)name, h[i].key.len);
        if (infext_request_set_header(req, name, value) != INFEXT_OK) return NGX_ERROR;
        if (strcmp(name, INFEXT_PROTOCOL_REQUEST_ID) == 0) id = value;
        if (strcmp(name, INFEXT_PROTOCOL_OBJECTIVE) == 0) objective = value;
    }
    char idbuf[64];
    if (id == NULL) {
        snprintf(idbuf, sizeof idbuf, "%ld-%lu", (long)ngx_pid, (unsigned long)++pool->seq);
        id = idbuf;
    }
    if (infext_request_set_id(req, id) != INFEXT_OK) return NGX_ERROR;
    if (objective && pool->objectives) {
        ngx_http_infext_objective_t *o = pool->objectives->elts;
        size_t olen = strlen(objective);
        for (ngx_uint_t i = 0; i < pool->objectives->nelts; i++)
            if (o[i].name.len == olen && ngx_strncmp(o[i].name.data, objective, olen) == 0) {
                if (infext_request_set_priority(req, (int32_t)o[i].priority) != INFEXT_OK)
                    return NGX_ERROR;
                break;
            }
    }
    size_t len;
    u_char *body = ngx_http_infext_body(r, &len);
    if (body == NULL) return NGX_ERROR;
    if (len == 0) return NGX_OK;
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) return NGX_ERROR;
    infext_status st = infext_request_set_openai_body(req, (const char *)body, len, diags);
    if (st != INFEXT_OK) {
        ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                      "infext: request %s: the body is not an OpenAI request: %s", id,
                      infext_strerror(st));
        ngx_http_infext_log_diags(NGX_LOG_INFO, r->connection->log, "body", diags);
    }
    infext_diags_free(diags);
    if (st == INFEXT_ENOMEM) return NGX_ERROR;
    return st == INFEXT_OK ? NGX_OK : NGX_HTTP_BAD_REQUEST;
}

/* Admission and scheduling: sets ctx->targets, or returns the answer to send. */
static ngx_int_t ngx_http_infext_decide(ngx_http_request_t *r, ngx_http_infext_ctx_t *ctx)
{
    ngx_http_infext_pool_t *pool = ctx->pool;
    ngx_log_t *log = r->connection->log;
    /* a reload with master_process off runs no init_process: set up here */
    if (!pool->started && ngx_http_infext_worker_init((ngx_cycle_t *)ngx_cycle, pool) != NGX_OK)
        ngx_log_error(NGX_LOG_ALERT, log, 0, "infext: upstream \"%V\": cannot set up the "
                      "worker", &pool->name);
    if (pool->ws == NULL || pool->report == NULL || pool->parser == NULL ||
        pool->candidates == NULL || pool->subset == NULL)
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    ngx_pool_cleanup_t *cln = ngx_pool_cleanup_add(r->pool, 0);
    if (cln == NULL || infext_request_new(&ctx->req) != INFEXT_OK)
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    cln->handler = ngx_http_infext_ctx_cleanup;
    cln->data = ctx;
    ngx_int_t rc = ngx_http_infext_fill(r, ctx);
    if (rc != NGX_OK) return rc == NGX_ERROR ? NGX_HTTP_INTERNAL_SERVER_ERROR : rc;
    const char *id = infext_request_get_id(ctx->req);

    size_t n = 0;
    for (ngx_uint_t i = 0; i < pool->npeers; i++)
        if (!pool->peers[i].down && !pool->peers[i].unreachable)
            pool->candidates[n++] = pool->peers[i].ep;
    infext_endpoint **cands = pool->candidates;
    const char *hint = infext_request_get_header(ctx->req, INFEXT_PROTOCOL_SUBSET_ENDPOINT);
    if (hint && n) {
        size_t kept = 0;
        if (infext_protocol_filter_subset(pool->subset, &kept, hint, strlen(hint), cands, n,
                                          NULL) != INFEXT_OK) {
            ngx_log_error(NGX_LOG_INFO, log, 0, "infext: request %s: bad subset hint \"%s\"",
                          id, hint);
            return NGX_HTTP_BAD_REQUEST;
        }
        cands = pool->subset;
        n = kept;
    }
    if (n == 0) {
        ngx_log_error(NGX_LOG_WARN, log, 0, "infext: request %s: upstream \"%V\": no endpoint "
                      "is ready", id, &pool->name);
        ctx->response = INFEXT_RESPONSE_NO_ENDPOINT;
        return infext_protocol_response_status(INFEXT_RESPONSE_NO_ENDPOINT);
    }
    if (infext_saturation_check(pool->report, pool->detector, cands, n, 0) != INFEXT_OK)
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    if (infext_saturation_admit(pool->report, ctx->req) == INFEXT_ADMISSION_SHED) {
        ngx_log_error(NGX_LOG_INFO, log, 0, "infext: request %s: upstream \"%V\" is saturated "
                      "(%.2f): sheddable request shed", id, &pool->name,
                      infext_saturation_report_pool_saturation(pool->report));
        ctx->response = INFEXT_RESPONSE_SHED;
        return infext_protocol_response_status(INFEXT_RESPONSE_SHED);
    }
    const infext_result *res = NULL;
    infext_status st = infext_scheduler_schedule(&res, pool->sched, pool->ws, ctx->req, cands,
                                                 n, NULL);
    size_t primary;
    size_t picked = res && infext_result_get_primary(&primary, res)
                        ? infext_result_profile_endpoints_count(res, primary)
                        : 0;
    if (st == INFEXT_ENOMEM) return NGX_HTTP_INTERNAL_SERVER_ERROR;
    if (picked == 0) {
        ngx_log_error(NGX_LOG_WARN, log, 0, "infext: request %s: upstream \"%V\": the "
                      "scheduler picked no endpoint: %s", id, &pool->name, infext_strerror(st));
        ctx->response = INFEXT_RESPONSE_NO_TARGET;
        return infext_protocol_response_status(INFEXT_RESPONSE_NO_TARGET);
    }
    ctx->targets = ngx_pnalloc(r->pool, picked * sizeof(ngx_uint_t));
    u_char *dest = ngx_pnalloc(r->pool, INFEXT_NGX_DEST_MAX);
    if (ctx->targets == NULL || dest == NULL) return NGX_HTTP_INTERNAL_SERVER_ERROR;
    for (size_t j = 0; j < picked; j++) {
        const infext_endpoint *ep = infext_result_profile_endpoint_at(res, primary, j);
        for (ngx_uint_t i = 0; i < pool->npeers; i++)
            if (pool->peers[i].ep == ep) {
                ctx->targets[ctx->ntargets++] = i;
                break;
            }
    }
    size_t dlen = 0;
    if (infext_protocol_format_result((char *)dest, INFEXT_NGX_DEST_MAX, &dlen, res) ==
        INFEXT_OK) {
        ctx->destination.data = dest;
        ctx->destination.len = dlen;
    }
    infext_scheduler_pre_request(pool->sched, pool->ws, ctx->req); /* the prefix index */
    ngx_log_error(NGX_LOG_INFO, log, 0, "infext: request %s: upstream \"%V\": %V", id,
                  &pool->name, &ctx->destination);
    return NGX_DECLINED;
}

/* Send a 429 or 503 with the endpoint picker's words. */
static ngx_int_t ngx_http_infext_respond(ngx_http_request_t *r, ngx_http_infext_ctx_t *ctx)
{
    if (ctx->status != infext_protocol_response_status((infext_protocol_response)ctx->response))
        return ctx->status; /* 400, 500: nginx's own page */
    const char *text = infext_protocol_response_body((infext_protocol_response)ctx->response);
    size_t len = strlen(text);
    ngx_buf_t *b = ngx_create_temp_buf(r->pool, len + 1);
    if (b == NULL) return NGX_HTTP_INTERNAL_SERVER_ERROR;
    b->last = ngx_cpymem(b->last, text, len);
    *b->last++ = '\n';
    b->last_buf = (r == r->main) ? 1 : 0;
    b->last_in_chain = 1;
    r->headers_out.status = ctx->status;
    r->headers_out.content_length_n = (off_t)(len + 1);
    ngx_str_set(&r->headers_out.content_type, "text/plain");
    r->headers_out.content_type_len = r->headers_out.content_type.len;
    ngx_int_t rc = ngx_http_send_header(r);
    if (rc == NGX_ERROR || rc > NGX_OK || r->header_only) return rc;
    ngx_chain_t out = {b, NULL};
    return ngx_http_output_filter(r, &out);
}

static void ngx_http_infext_body_handler(ngx_http_request_t *r)
{
    ngx_http_infext_ctx_t *ctx = ngx_http_get_module_ctx(r, ngx_http_infext_module);
    ctx->status = ngx_http_infext_decide(r, ctx);
    ctx->decided = 1;
    r->preserve_body = 1;
    r->write_event_handler = ngx_http_core_run_phases;
    ngx_http_core_run_phases(r);
}

static ngx_int_t ngx_http_infext_handler(ngx_http_request_t *r)
{
    ngx_http_infext_loc_conf_t *lcf = ngx_http_get_module_loc_conf(r, ngx_http_infext_module);
    if (lcf->uscf == NULL) return NGX_DECLINED;
    ngx_http_infext_ctx_t *ctx = ngx_http_get_module_ctx(r, ngx_http_infext_module);
    if (ctx) {
        if (!ctx->decided) return NGX_DONE;
        if (ctx->status == NGX_DECLINED) return NGX_DECLINED;
        ngx_http_finalize_request(r, ngx_http_infext_respond(r, ctx));
        return NGX_DONE;
    }
    ngx_http_infext_pool_t *pool =
        lcf->uscf->srv_conf ? ngx_http_conf_upstream_srv_conf(lcf->uscf, ngx_http_infext_module)
                            : NULL;
    if (pool == NULL || !pool->enabled) {
        ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                      "infext_pool: upstream \"%V\" has no \"infext\" directive",
                      &lcf->uscf->host);
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }
    ctx = ngx_pcalloc(r->pool, sizeof(*ctx));
    if (ctx == NULL) return NGX_HTTP_INTERNAL_SERVER_ERROR;
    ctx->pool = pool;
    ctx->status = NGX_DECLINED;
    ngx_http_set_ctx(r, ctx, ngx_http_infext_module);
    ngx_int_t rc = ngx_http_read_client_request_body(r, ngx_http_infext_body_handler);
    if (rc >= NGX_HTTP_SPECIAL_RESPONSE) return rc;
    ngx_http_finalize_request(r, NGX_DONE);
    return NGX_DONE;
}

/* ---------------------------------------------------------- balancer -- */

static ngx_int_t ngx_http_infext_get_peer(ngx_peer_connection_t *pc, void *data)
{
    ngx_http_infext_ctx_t *ctx = data;
    if (ctx->next >= ctx->ntargets) {
        pc->name = &ctx->pool->name;
        return NGX_BUSY; /* every picked endpoint was tried */
    }
    ngx_http_infext_peer_t *peer = &ctx->pool->peers[ctx->targets[ctx->next++]];
    ctx->current = peer;
    pc->sockaddr = peer->sockaddr;
    pc->socklen = peer->socklen;
    pc->name = &peer->name;
    return NGX_OK;
}

static void ngx_http_infext_free_peer(ngx_peer_connection_t *pc, void *data, ngx_uint_t state)
{
    ngx_http_infext_ctx_t *ctx = data;
    ngx_http_infext_peer_t *peer = ctx->current;
    if (pc->tries) pc->tries--;
    if (peer == NULL) return;
    ctx->current = NULL;
    if (state & NGX_PEER_FAILED) {
        /* skip it until a metrics poll reaches it again (when there is one) */
        if (ctx->pool->npollers) peer->unreachable = 1;
        ngx_log_error(NGX_LOG_WARN, pc->log, 0,
                      "infext: request %s: endpoint %V failed%s",
                      infext_request_get_id(ctx->req), &peer->name,
                      ctx->next < ctx->ntargets ? ", trying the next one" : "");
        return;
    }
    if (state == 0) infext_scheduler_post_response(ctx->pool->sched, ctx->req, peer->ep);
}

static ngx_int_t ngx_http_infext_init_peer(ngx_http_request_t *r,
                                           ngx_http_upstream_srv_conf_t *us)
{
    (void)us;
    ngx_http_infext_ctx_t *ctx = ngx_http_get_module_ctx(r, ngx_http_infext_module);
    if (ctx == NULL || ctx->ntargets == 0) {
        ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                      "infext: upstream \"%V\" is used from a location without \"infext_pool\"",
                      &us->host);
        return NGX_ERROR;
    }
    r->upstream->peer.data = ctx;
    r->upstream->peer.get = ngx_http_infext_get_peer;
    r->upstream->peer.free = ngx_http_infext_free_peer;
    r->upstream->peer.tries = ctx->ntargets;
    return NGX_OK;
}

/* ------------------------------------------------------- $infext_* -- */

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
    v->len = ctx->destination.len;
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

/* ------------------------------------------------------------ metrics -- */

static void ngx_http_infext_poll_close(ngx_http_infext_poller_t *p)
{
    if (p->pc.connection) {
        ngx_close_connection(p->pc.connection);
        p->pc.connection = NULL;
    }
    p->busy = 0;
}

/* The poll ended (well or not): note it and arm the next one. */
static void ngx_http_infext_poll_done(ngx_http_infext_poller_t *p, const char *failure)
{
    ngx_log_t *log = ngx_cycle->log;
    ngx_http_infext_poll_close(p);
    if (failure) {
        p->peer->unreachable = 1;
        if (!p->failing)
            ngx_log_error(NGX_LOG_WARN, log, 0, "infext: upstream \"%V\": metrics of %V: %s",
                          &p->pool->name, &p->peer->name, failure);
        p->failing = 1;
    } else {
        if (p->failing)
            ngx_log_error(NGX_LOG_NOTICE, log, 0, "infext: upstream \"%V\": metrics of %V: "
                          "reachable again", &p->pool->name, &p->peer->name);
        p->failing = 0;
        p->peer->unreachable = 0;
    }
    if (!ngx_exiting && !ngx_terminate && !ngx_quit) ngx_add_timer(&p->timer, p->pool->interval);
}

/* A complete HTTP/1.0 response: check the status, hand the body over. */
static void ngx_http_infext_poll_parse(ngx_http_infext_poller_t *p)
{
    u_char *data = p->buf, *end = p->buf + p->len;
    if (p->len < 12 || ngx_strncmp(data, "HTTP/1.", 7) != 0) {
        ngx_http_infext_poll_done(p, "not an HTTP response");
        return;
    }
    if (ngx_strncmp(data + 9, "200", 3) != 0) {
        ngx_http_infext_poll_done(p, "the server did not answer 200");
        return;
    }
    u_char *body = ngx_strnstr(data, "\r\n\r\n", p->len);
    if (body == NULL) {
        ngx_http_infext_poll_done(p, "the response has no end of headers");
        return;
    }
    body += 4;
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) {
        ngx_http_infext_poll_done(p, "no memory");
        return;
    }
    infext_status st = infext_metrics_source_update(p->source, p->pool->parser, p->peer->ep,
                                                    (const char *)body, (size_t)(end - body),
                                                    ngx_http_infext_now_ns(), diags);
    if (st != INFEXT_OK && st != INFEXT_ENOTFOUND) {
        ngx_http_infext_log_diags(NGX_LOG_WARN, ngx_cycle->log, (const char *)p->peer->name.data,
                                  diags);
        infext_diags_free(diags);
        ngx_http_infext_poll_done(p, "the metrics page was refused");
        return;
    }
    infext_diags_free(diags);
    ngx_log_debug5(NGX_LOG_DEBUG_HTTP, ngx_cycle->log, 0,
                   "infext: metrics of %V: queue %L running %L kv %.3f (%uz bytes)",
                   &p->peer->name, (long long)infext_endpoint_get_waiting_queue_size(p->peer->ep),
                   (long long)infext_endpoint_get_running_requests(p->peer->ep),
                   infext_endpoint_get_kv_cache_usage(p->peer->ep), (size_t)(end - body));
    ngx_http_infext_poll_done(p, NULL);
}

static void ngx_http_infext_poll_read(ngx_event_t *rev)
{
    ngx_connection_t *c = rev->data;
    ngx_http_infext_poller_t *p = c->data;
    if (rev->timedout) {
        ngx_http_infext_poll_done(p, "timed out");
        return;
    }
    for (;;) {
        if (p->len == p->cap) {
            size_t cap = p->cap ? p->cap * 2 : 16384;
            if (cap > INFEXT_NGX_METRICS_MAX) {
                ngx_http_infext_poll_done(p, "the metrics page is too large");
                return;
            }
            u_char *bigger = realloc(p->buf, cap);
            if (bigger == NULL) {
                ngx_http_infext_poll_done(p, "no memory");
                return;
            }
            p->buf = bigger;
            p->cap = cap;
        }
        ssize_t n = c->recv(c, p->buf + p->len, p->cap - p->len);
        if (n == NGX_AGAIN) break;
        if (n == NGX_ERROR) {
            ngx_http_infext_poll_done(p, "read failed");
            return;
        }
        if (n == 0) { /* HTTP/1.0: the server closes at the end */
            ngx_http_infext_poll_parse(p);
            return;
        }
        p->len += (size_t)n;
    }
    if (ngx_handle_read_event(rev, 0) != NGX_OK) {
        ngx_http_infext_poll_done(p, "cannot wait for the response");
        return;
    }
    if (!rev->timer_set) ngx_add_timer(rev, p->pool->timeout);
}

/* Once the request is sent, writability means nothing. */
static void ngx_http_infext_poll_write_done(ngx_event_t *wev)
{
    (void)wev;
}

static void ngx_http_infext_poll_write(ngx_event_t *wev)
{
    ngx_connection_t *c = wev->data;
    ngx_http_infext_poller_t *p = c->data;
    if (wev->timedout) {
        ngx_http_infext_poll_done(p, "timed out");
        return;
    }
    while (p->sent < p->request_len) {
        ssize_t n = c->send(c, p->request + p->sent, p->request_len - p->sent);
        if (n == NGX_ERROR) {
            ngx_http_infext_poll_done(p, "connection failed");
            return;
        }
        if (n == NGX_AGAIN || n == 0) {
            if (ngx_handle_write_event(wev, 0) != NGX_OK)
                ngx_http_infext_poll_done(p, "cannot wait to send");
            else if (!wev->timer_set)
                ngx_add_timer(wev, p->pool->timeout);
            return;
        }
        p->sent += (size_t)n;
    }
    if (wev->timer_set) ngx_del_timer(wev);
    wev->handler = ngx_http_infext_poll_write_done;
    c->read->handler = ngx_http_infext_poll_read;
    ngx_add_timer(c->read, p->pool->timeout);
    if (c->read->ready) ngx_http_infext_poll_read(c->read);
}

/* The timer: open a connection and send the GET. */
static void ngx_http_infext_poll_start(ngx_event_t *ev)
{
    ngx_http_infext_poller_t *p = ev->data;
    if (p->busy || ngx_exiting || ngx_terminate || ngx_quit) return;
    p->busy = 1;
    p->len = 0;
    p->sent = 0;
    ngx_memzero(&p->pc, sizeof(p->pc));
    p->pc.sockaddr = (struct sockaddr *)&p->addr;
    p->pc.socklen = p->peer->socklen;
    p->pc.name = &p->addr_name;
    p->pc.get = ngx_event_get_peer;
    p->pc.log = ngx_cycle->log;
    p->pc.log_error = NGX_ERROR_INFO;
    ngx_int_t rc = ngx_event_connect_peer(&p->pc);
    if (rc == NGX_ERROR || rc == NGX_BUSY || rc == NGX_DECLINED) {
        ngx_http_infext_poll_done(p, "connection failed");
        return;
    }
    ngx_connection_t *c = p->pc.connection;
    c->data = p;
    c->pool = NULL;
    c->write->handler = ngx_http_infext_poll_write;
    c->read->handler = ngx_http_infext_poll_read;
    if (rc == NGX_AGAIN) { /* connecting */
        ngx_add_timer(c->write, p->pool->timeout);
        return;
    }
    ngx_http_infext_poll_write(c->write);
}

/* Build the GET of one (server, source) pair. */
static ngx_int_t ngx_http_infext_poller_init(ngx_cycle_t *cycle, ngx_http_infext_pool_t *pool,
                                             ngx_http_infext_poller_t *p,
                                             ngx_http_infext_peer_t *peer,
                                             const infext_metrics_source *src)
{
    p->pool = pool;
    p->peer = peer;
    p->source = src;
    ngx_memcpy(&p->addr, peer->sockaddr, peer->socklen);
    int32_t port = infext_metrics_source_get_port(src);
    if (port > 0) ngx_inet_set_port((struct sockaddr *)&p->addr, (in_port_t)port);
    p->addr_name.data = ngx_pnalloc(cycle->pool, NGX_SOCKADDR_STRLEN);
    if (p->addr_name.data == NULL) return NGX_ERROR;
    p->addr_name.len = ngx_sock_ntop((struct sockaddr *)&p->addr, peer->socklen,
                                     p->addr_name.data, NGX_SOCKADDR_STRLEN, 1);
    const char *path = infext_metrics_source_get_path(src);
    size_t cap = strlen(path) + p->addr_name.len + 128;
    p->request = ngx_pnalloc(cycle->pool, cap);
    if (p->request == NULL) return NGX_ERROR;
    p->request_len = (size_t)(ngx_snprintf(p->request, cap,
                                           "GET %s HTTP/1.0\r\nHost: %V\r\n"
                                           "Accept: text/plain\r\n"
                                           "User-Agent: ngx_http_infext_module\r\n\r\n",
                                           path, &p->addr_name) -
                              p->request);
    p->timer.handler = ngx_http_infext_poll_start;
    p->timer.data = p;
    p->timer.log = cycle->log;
    p->timer.cancelable = 1;
    ngx_add_timer(&p->timer, 1);
    return NGX_OK;
}

static ngx_int_t ngx_http_infext_worker_init(ngx_cycle_t *cycle, ngx_http_infext_pool_t *pool)
{
    if (pool->started) return NGX_OK;
    pool->started = 1; /* also when it fails half-way: worker_stop undoes it */
    if (infext_workspace_new(&pool->ws) != INFEXT_OK ||
        infext_saturation_report_new(&pool->report) != INFEXT_OK ||
        infext_metrics_parser_new(&pool->parser, NULL) != INFEXT_OK)
        return NGX_ERROR;
    pool->candidates = ngx_pcalloc(cycle->pool, pool->npeers * sizeof(infext_endpoint *));
    pool->subset = ngx_pcalloc(cycle->pool, pool->npeers * sizeof(infext_endpoint *));
    if (pool->candidates == NULL || pool->subset == NULL) return NGX_ERROR;
    size_t nsrc = infext_datalayer_sources_count(pool->datalayer);
    if (nsrc == 0) return NGX_OK;
    pool->pollers = ngx_pcalloc(cycle->pool,
                                pool->npeers * nsrc * sizeof(ngx_http_infext_poller_t));
    if (pool->pollers == NULL) return NGX_ERROR;
    for (ngx_uint_t i = 0; i < pool->npeers; i++) {
        if (pool->peers[i].down) continue;
        for (size_t s = 0; s < nsrc; s++)
            if (ngx_http_infext_poller_init(cycle, pool, &pool->pollers[pool->npollers++],
                                            &pool->peers[i],
                                            infext_datalayer_source_at(pool->datalayer, s)) !=
                NGX_OK)
                return NGX_ERROR;
    }
    return NGX_OK;
}

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
