/*
 * ngx_http_infext_headers.c: what the scheduler asks of the request beyond
 * the endpoint: the headers to set or remove (the P/D and data-parallel
 * handlers' x-prefiller-host-port, x-encoder-hosts-ports,
 * x-data-parallel-host-port) and the target port (primaryPort). The port
 * goes into a per-request copy of each target's address; the headers are
 * written into the request that the proxy module built, once per target
 * (a retry target gets its own rank header). Part of ngx_http_infext_module.
 */
#include "ngx_http_infext.h"

#define INFEXT_NGX_HOSTPORT_MAX (NGX_SOCKADDR_STRLEN + 8) /* "[v6]:port" */

/* A copy of @p s as an ngx_str_t in @p pool; NGX_ERROR on no memory. */
static ngx_int_t ngx_http_infext_str(ngx_pool_t *pool, ngx_str_t *out, const char *s)
{
    out->len = strlen(s);
    out->data = (u_char *)ngx_http_infext_cstr(pool, (const u_char *)s, out->len);
    return out->data ? NGX_OK : NGX_ERROR;
}

ngx_int_t ngx_http_infext_targets(ngx_http_request_t *r, ngx_http_infext_ctx_t *ctx,
                                  const infext_result *res, size_t primary, size_t picked)
{
    ngx_http_infext_pool_t *pool = ctx->pool;
    int32_t port = 0;
    bool moved = infext_result_get_target_port(&port, res);
    ctx->targets = ngx_pcalloc(r->pool, picked * sizeof(ngx_http_infext_target_t));
    if (ctx->targets == NULL) return NGX_ERROR;
    for (size_t j = 0; j < picked; j++) {
        const infext_endpoint *ep = infext_result_profile_endpoint_at(res, primary, j);
        ngx_uint_t i = 0;
        while (i < pool->npeers && pool->peers[i].ep != ep) i++;
        if (i == pool->npeers) continue; /* not one of ours: cannot happen */
        ngx_http_infext_peer_t *peer = &pool->peers[i];
        ngx_http_infext_target_t *t = &ctx->targets[ctx->ntargets++];
        t->peer = i;
        char self[INFEXT_NGX_HOSTPORT_MAX];
        if (infext_protocol_format_endpoint(self, sizeof self, NULL, ep) != INFEXT_OK ||
            ngx_http_infext_str(r->pool, &t->self, self) != NGX_OK)
            return NGX_ERROR;
        if (!moved) {
            t->sockaddr = peer->sockaddr;
            t->socklen = peer->socklen;
            t->name = peer->name;
            continue;
        }
        ngx_memcpy(&t->addr, peer->sockaddr, peer->socklen);
        t->sockaddr = (struct sockaddr *)&t->addr;
        t->socklen = peer->socklen;
        ngx_inet_set_port(t->sockaddr, (in_port_t)port);
        t->name.data = ngx_pnalloc(r->pool, NGX_SOCKADDR_STRLEN);
        if (t->name.data == NULL) return NGX_ERROR;
        t->name.len = ngx_sock_ntop(t->sockaddr, t->socklen, t->name.data, NGX_SOCKADDR_STRLEN, 1);
    }

    size_t n = infext_result_headers_count(res);
    ctx->headers = n ? ngx_pcalloc(r->pool, n * sizeof(ngx_http_infext_header_t)) : NULL;
    if (n && ctx->headers == NULL) return NGX_ERROR;
    for (size_t k = 0; k < n; k++) {
        ngx_http_infext_header_t *h = &ctx->headers[ctx->nheaders++];
        const char *name = infext_result_header_name_at(res, k);
        const char *value = infext_result_header_value_at(res, k);
        if (ngx_http_infext_str(r->pool, &h->name, name) != NGX_OK ||
            (value && ngx_http_infext_str(r->pool, &h->value, value) != NGX_OK))
            return NGX_ERROR;
        /* the rank header names the first target: a retry names its own */
        h->per_target = value && ctx->ntargets && strcmp(name, INFEXT_NGX_RANK_HEADER) == 0 &&
                        h->value.len == ctx->targets[0].self.len &&
                        ngx_strncmp(h->value.data, ctx->targets[0].self.data, h->value.len) == 0;
    }
    return NGX_OK;
}

/* The end of the line at @p p (its CR), or NULL when no CRLF ends it. */
static u_char *ngx_http_infext_eol(u_char *p, u_char *end)
{
    for (; p + 1 < end; p++)
        if (p[0] == CR && p[1] == LF) return p;
    return NULL;
}

/* Whether the header line [p, eol) is one of the result's headers. */
static int ngx_http_infext_replaced(ngx_http_infext_ctx_t *ctx, u_char *p, u_char *eol)
{
    u_char *colon = ngx_strlchr(p, eol, ':');
    if (colon == NULL) return 0;
    size_t len = (size_t)(colon - p);
    for (ngx_uint_t k = 0; k < ctx->nheaders; k++)
        if (ctx->headers[k].name.len == len &&
            ngx_strncasecmp(p, ctx->headers[k].name.data, len) == 0)
            return 1;
    return 0;
}

ngx_int_t ngx_http_infext_apply_headers(ngx_http_infext_ctx_t *ctx, ngx_http_infext_target_t *t)
{
    if (ctx->nheaders == 0) return NGX_OK;
    ngx_http_request_t *r = ctx->request;
    ngx_http_upstream_t *u = r->upstream;
    ngx_buf_t *b = u && u->request_bufs ? u->request_bufs->buf : NULL;
    if (b == NULL) return NGX_ERROR;
    if (ctx->head == NULL) {
        /* the proxy module's block: "METHOD URI HTTP/1.x" CRLF, headers, CRLF */
        u_char *eol =
            !b->in_file && ngx_buf_in_memory(b) ? ngx_http_infext_eol(b->pos, b->last) : NULL;
        if (eol == NULL || eol - b->pos < 9 || ngx_strncmp(eol - 9, " HTTP/1.", 8) != 0) {
            ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                          "infext: request %s: the scheduler's headers cannot be applied: the "
                          "upstream request is not HTTP/1 (use proxy_pass)",
                          infext_request_get_id(ctx->req));
            return NGX_ERROR;
        }
        ctx->head = b->pos;
        ctx->head_len = (size_t)(b->last - b->pos);
    }
    size_t cap = ctx->head_len;
    for (ngx_uint_t k = 0; k < ctx->nheaders; k++)
        cap += ctx->headers[k].name.len + ctx->headers[k].value.len + t->self.len + 4;
    u_char *out = ngx_pnalloc(r->pool, cap), *o = out;
    if (out == NULL) return NGX_ERROR;
    u_char *p = ctx->head, *end = ctx->head + ctx->head_len;
    u_char *eol = ngx_http_infext_eol(p, end);
    o = ngx_cpymem(o, p, eol + 2 - p); /* the request line */
    for (p = eol + 2; (eol = ngx_http_infext_eol(p, end)) != NULL && eol > p; p = eol + 2)
        if (!ngx_http_infext_replaced(ctx, p, eol)) o = ngx_cpymem(o, p, eol + 2 - p);
    for (ngx_uint_t k = 0; k < ctx->nheaders; k++) {
        ngx_http_infext_header_t *h = &ctx->headers[k];
        if (h->value.data == NULL) continue; /* removed */
        ngx_str_t *v = h->per_target ? &t->self : &h->value;
        o = ngx_cpymem(o, h->name.data, h->name.len);
        *o++ = ':';
        *o++ = ' ';
        o = ngx_cpymem(o, v->data, v->len);
        *o++ = CR;
        *o++ = LF;
    }
    o = ngx_cpymem(o, p, end - p); /* the empty line, and a body nginx put there */
    b->start = b->pos = out;
    b->last = o;
    b->end = out + cap;
    return NGX_OK;
}
