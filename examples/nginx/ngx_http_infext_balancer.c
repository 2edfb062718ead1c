/*
 * ngx_http_infext_balancer.c: the upstream balancer: the get and free callbacks
 * walk a request's picks, best first, on proxy_next_upstream retries (each
 * with its address, port and headers), mark a server that failed, and run
 * the post-response hooks. Part of ngx_http_infext_module.
 */
#include "ngx_http_infext.h"

static ngx_int_t ngx_http_infext_get_peer(ngx_peer_connection_t *pc, void *data)
{
    ngx_http_infext_ctx_t *ctx = data;
    if (ctx->next >= ctx->ntargets) {
        pc->name = &ctx->pool->name;
        return NGX_BUSY; /* every picked endpoint was tried */
    }
    ngx_http_infext_target_t *t = &ctx->targets[ctx->next++];
    pc->name = &t->name;
    if (ngx_http_infext_apply_headers(ctx, t) != NGX_OK) return NGX_ERROR;
    ctx->current = &ctx->pool->peers[t->peer];
    pc->sockaddr = t->sockaddr; /* the result's target port, when it has one */
    pc->socklen = t->socklen;
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
                      infext_request_get_id(ctx->req), pc->name,
                      ctx->next < ctx->ntargets ? ", trying the next one" : "");
        return;
    }
    if (state == 0) infext_scheduler_post_response(ctx->pool->sched, ctx->req, peer->ep);
}

ngx_int_t ngx_http_infext_init_peer(ngx_http_request_t *r,
                                    ngx_http_upstream_srv_conf_t *us)
{
    ngx_http_infext_ctx_t *ctx = ngx_http_get_module_ctx(r, ngx_http_infext_module);
    if (ctx == NULL || ctx->ntargets == 0 ||
        ctx->pool != ngx_http_conf_upstream_srv_conf(us, ngx_http_infext_module)) {
        ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                      "infext: upstream \"%V\" is used from a location without \"infext_pool %V\"",
                      &us->host, &us->host);
        return NGX_ERROR;
    }
    r->upstream->peer.data = ctx;
    r->upstream->peer.get = ngx_http_infext_get_peer;
    r->upstream->peer.free = ngx_http_infext_free_peer;
    r->upstream->peer.tries = ctx->ntargets;
    return NGX_OK;
}
