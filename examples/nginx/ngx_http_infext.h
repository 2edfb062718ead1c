/*
 * ngx_http_infext_module's private header: the types every source file of
 * the module shares (a pool's configuration and per-worker state, its
 * servers, their metrics polls, a request's context) and the functions one
 * file calls in another. Not an API: nothing outside examples/nginx/
 * includes it.
 */
#ifndef NGX_HTTP_INFEXT_H
#define NGX_HTTP_INFEXT_H

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

/* One infext_label directive: a label of the endpoints of one server line. */
typedef struct {
    ngx_str_t server; /* the server line's address, or one address as nginx prints it */
    char *key, *value;
    unsigned matched : 1;
} ngx_http_infext_label_t;

/* srv conf of an upstream block (also created for every server block). */
struct ngx_http_infext_pool_s {
    ngx_flag_t enabled;
    ngx_str_t config_path;
    ngx_msec_t interval;
    ngx_msec_t timeout;
    ngx_array_t *objectives; /* ngx_http_infext_objective_t */
    ngx_array_t *labels;     /* ngx_http_infext_label_t */
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

/* The header of the data-parallel handlers that names the picked rank (its
 * own address and port): each retry target gets its own value. */
#define INFEXT_NGX_RANK_HEADER "x-data-parallel-host-port"

/* One target of a request: a picked server, and where to connect to it. */
typedef struct {
    ngx_uint_t peer;              /* index in the pool's peers */
    struct sockaddr *sockaddr;    /* the peer's, or `addr` with the result's target port */
    socklen_t socklen;
    ngx_str_t name;               /* "address:port" connected to */
    ngx_str_t self;               /* "address:port" of the server line (the rank) */
    struct sockaddr_storage addr;
} ngx_http_infext_target_t;

/* One header the result sets (value) or removes (value.data NULL). */
typedef struct {
    ngx_str_t name;      /* lower case */
    ngx_str_t value;
    unsigned per_target : 1; /* INFEXT_NGX_RANK_HEADER naming the first target */
} ngx_http_infext_header_t;

/* Per request. */
typedef struct {
    ngx_http_infext_pool_t *pool;
    ngx_http_request_t *request;
    infext_request *req;
    ngx_int_t status;       /* NGX_DECLINED (proxy) or the immediate answer */
    ngx_int_t response;     /* infext_protocol_response for 429 / 503 */
    ngx_http_infext_target_t *targets; /* best first */
    ngx_uint_t ntargets, next;
    ngx_http_infext_header_t *headers; /* the result's, in its order */
    ngx_uint_t nheaders;
    u_char *head;           /* the upstream request's header block as built by nginx */
    size_t head_len;
    ngx_http_infext_peer_t *current;
    ngx_str_t destination;  /* $infext_destination */
    unsigned decided : 1;
} ngx_http_infext_ctx_t;

extern ngx_module_t ngx_http_infext_module;

/* ------------------------------------------- ngx_http_infext_module.c -- */

/* Log every diagnostic of @p diags, prefixed with @p what. */
void ngx_http_infext_log_diags(ngx_uint_t level, ngx_log_t *log, const char *what,
                               infext_diags *diags);

/* A NUL-terminated copy of @p s in @p pool; NULL on no memory. */
char *ngx_http_infext_cstr(ngx_pool_t *pool, const u_char *s, size_t len);

/* ------------------------------------------- ngx_http_infext_config.c -- */

/* The infext_objectives directive: every InferenceObjective of a file. */
char *ngx_http_infext_objectives(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);

/* Add one objective's name and priority (a later one of the same name wins). */
ngx_int_t ngx_http_infext_add_objective(ngx_pool_t *mem, ngx_http_infext_pool_t *pool,
                                        const char *name, ngx_int_t priority);

/* init_upstream of an upstream with `infext`: its servers, scheduler,
 * detector and data layer; runs once per configuration. */
ngx_int_t ngx_http_infext_init_upstream(ngx_conf_t *cf, ngx_http_upstream_srv_conf_t *us);

/* The infext_label directive: a label of one server's endpoints. */
char *ngx_http_infext_label(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);

/* ------------------------------------------ ngx_http_infext_request.c -- */

/* The precontent-phase handler of a location with infext_pool. */
ngx_int_t ngx_http_infext_handler(ngx_http_request_t *r);

/* ----------------------------------------- ngx_http_infext_balancer.c -- */

/* init_peer: hands a request's picks to the upstream module. */
ngx_int_t ngx_http_infext_init_peer(ngx_http_request_t *r, ngx_http_upstream_srv_conf_t *us);

/* ------------------------------------------ ngx_http_infext_headers.c -- */

/* Copy the result's headers and the targets' addresses (with the result's
 * target port) into @p ctx; NGX_OK or NGX_ERROR (no memory). */
ngx_int_t ngx_http_infext_targets(ngx_http_request_t *r, ngx_http_infext_ctx_t *ctx,
                                  const infext_result *res, size_t primary, size_t picked);

/* Rewrite the upstream request's header block for target @p t: the result's
 * headers set, every header of their names that nginx would send dropped.
 * NGX_OK (also with no header to apply) or NGX_ERROR (logged). */
ngx_int_t ngx_http_infext_apply_headers(ngx_http_infext_ctx_t *ctx, ngx_http_infext_target_t *t);

/* ------------------------------------------ ngx_http_infext_metrics.c -- */

/* Set up a pool's per-worker part and start its metrics polls (once). */
ngx_int_t ngx_http_infext_worker_init(ngx_cycle_t *cycle, ngx_http_infext_pool_t *pool);

/* Stop the polls and free the per-worker part (exit_process, or the cycle's end). */
void ngx_http_infext_worker_stop(ngx_http_infext_pool_t *pool);

#endif /* NGX_HTTP_INFEXT_H */
