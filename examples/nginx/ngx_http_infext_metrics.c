/*
 * ngx_http_infext_metrics.c: each worker's part of a pool, and the metrics
 * polls: a small non-blocking HTTP/1.0 client per (server, metrics source)
 * on a timer, whose pages the data layer applies to the endpoints. Part of
 * ngx_http_infext_module.
 */
#include "ngx_http_infext.h"

static int64_t ngx_http_infext_now_ns(void)
{
    ngx_time_t *tp = ngx_timeofday();
    return (int64_t)tp->sec * 1000000000 + (int64_t)tp->msec * 1000000;
}

static void ngx_http_infext_poll_close(ngx_http_infext_poller_t *p)
{
    if (p->pc.connection) {
        ngx_close_connection(p->pc.connection);
        p->pc.connection = NULL;
    }
    p->busy = 0;
}

/*
 * The poll ended: note it and arm the next one. @p failure is NULL for a
 * page applied; a server that answered (@p answered), even badly, stays a
 * candidate with its old metrics (they grow stale); one that could not be
 * reached is no candidate until a poll reaches it.
 */
static void ngx_http_infext_poll_end(ngx_http_infext_poller_t *p, const char *failure,
                                     unsigned answered)
{
    ngx_log_t *log = ngx_cycle->log;
    ngx_http_infext_poll_close(p);
    p->peer->unreachable = answered ? 0 : 1;
    if (failure) {
        if (!p->failing)
            ngx_log_error(NGX_LOG_WARN, log, 0, "infext: upstream \"%V\": metrics of %V: %s",
                          &p->pool->name, &p->peer->name, failure);
        p->failing = 1;
    } else {
        if (p->failing)
            ngx_log_error(NGX_LOG_NOTICE, log, 0, "infext: upstream \"%V\": metrics of %V: "
                          "polled again", &p->pool->name, &p->peer->name);
        p->failing = 0;
    }
    if (!ngx_exiting && !ngx_terminate && !ngx_quit) ngx_add_timer(&p->timer, p->pool->interval);
}

/* The server could not be reached (connect, send, read, time-out). */
static void ngx_http_infext_poll_done(ngx_http_infext_poller_t *p, const char *failure)
{
    ngx_http_infext_poll_end(p, failure, failure == NULL);
}

/* The server answered, but not with a usable metrics page. */
static void ngx_http_infext_poll_bad_page(ngx_http_infext_poller_t *p, const char *failure)
{
    ngx_http_infext_poll_end(p, failure, 1);
}

/* A complete HTTP/1.0 response: check the status, hand the body over. */
static void ngx_http_infext_poll_parse(ngx_http_infext_poller_t *p)
{
    u_char *data = p->buf, *end = p->buf + p->len;
    if (p->len < 12 || ngx_strncmp(data, "HTTP/1.", 7) != 0) {
        ngx_http_infext_poll_bad_page(p, "not an HTTP response");
        return;
    }
    if (ngx_strncmp(data + 9, "200", 3) != 0) {
        ngx_http_infext_poll_bad_page(p, "the server did not answer 200");
        return;
    }
    u_char *body = ngx_strnstr(data, "\r\n\r\n", p->len);
    if (body == NULL) {
        ngx_http_infext_poll_bad_page(p, "the response has no end of headers");
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
        ngx_http_infext_poll_bad_page(p, "the metrics page was refused");
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
                ngx_http_infext_poll_bad_page(p, "the metrics page is too large");
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

ngx_int_t ngx_http_infext_worker_init(ngx_cycle_t *cycle, ngx_http_infext_pool_t *pool)
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

void ngx_http_infext_worker_stop(ngx_http_infext_pool_t *pool)
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
