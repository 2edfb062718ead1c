/*
 * ngx_http_infext_request.c: one request through a location with infext_pool:
 * the body read, the infext_request filled from it and the headers, the
 * subset hint, admission (429 for a shed request, 503 with no endpoint) and
 * the scheduler's picks (ngx_http_infext_headers.c keeps what the result
 * asks of the request), or the answer sent. Part of ngx_http_infext_module.
 */
#include "ngx_http_infext.h"

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
        for (ngx_uint_t i = pool->objectives->nelts; i-- > 0;) /* the last one wins */
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
    /* the parser the config's request handler names for this path reads
     * the body (OpenAI, Anthropic messages, vLLM generate), as the endpoint
     * picker chooses it; r->uri carries no query */
    char *path = ngx_http_infext_cstr(r->pool, r->uri.data, r->uri.len);
    if (path == NULL) {
        infext_diags_free(diags);
        return NGX_ERROR;
    }
    infext_status st = infext_request_set_body(req, pool->sched, path, (const char *)body, len, diags);
    if (st != INFEXT_OK) {
        ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                      "infext: request %s: no parser of the config reads the body for %s: %s", id,
                      path, infext_strerror(st));
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
    u_char *dest = ngx_pnalloc(r->pool, INFEXT_NGX_DEST_MAX);
    if (dest == NULL || ngx_http_infext_targets(r, ctx, res, primary, picked) != NGX_OK)
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
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

ngx_int_t ngx_http_infext_handler(ngx_http_request_t *r)
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
    ctx->request = r;
    ctx->status = NGX_DECLINED;
    ngx_http_set_ctx(r, ctx, ngx_http_infext_module);
    ngx_int_t rc = ngx_http_read_client_request_body(r, ngx_http_infext_body_handler);
    if (rc >= NGX_HTTP_SPECIAL_RESPONSE) return rc;
    ngx_http_finalize_request(r, NGX_DONE);
    return NGX_DONE;
}
