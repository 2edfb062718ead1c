/* The endpoint-picker protocol's formats for proxies: endpoint lists as the
 * picker writes them (net.JoinHostPort, comma-joined), their parsing, the
 * subset hint filter (by address, as requestcontrol/candidates.go does),
 * the immediate responses (common/error BuildErrResponse: status and the
 * error's text as body) and the served endpoint fed back to the scheduler.
 * Nothing here allocates. */
#include "infext/protocol.h"

#include "util/diag.h"

#include <stdio.h>
#include <string.h>

/* --------------------------------------------------------- formatting -- */

/* Append to a bounded buffer; `*len` counts what would have been written. */
typedef struct out_buf {
    char *buf;
    size_t cap;
    size_t len;
} out_buf;

static void put(out_buf *o, const char *s, size_t n)
{
    if (o->len < o->cap) {
        size_t room = o->cap - o->len - 1;
        memcpy(o->buf + o->len, s, n < room ? n : room);
    }
    o->len += n;
}

/* `port` replaces the endpoint's own when not negative. */
static infext_status put_endpoint_at(out_buf *o, const infext_endpoint *ep, int32_t port)
{
    if (!ep) return INFEXT_EINVAL;
    const char *addr = infext_endpoint_get_address(ep);
    if (port < 0) port = infext_endpoint_get_port(ep);
    if (!*addr || port <= 0 || port > 65535) return INFEXT_EINVAL;
    int v6 = strchr(addr, ':') != NULL;
    char digits[16];
    int n = snprintf(digits, sizeof(digits), ":%d", (int)port);
    if (v6) put(o, "[", 1);
    put(o, addr, strlen(addr));
    if (v6) put(o, "]", 1);
    put(o, digits, (size_t)n);
    return INFEXT_OK;
}

static infext_status put_endpoint(out_buf *o, const infext_endpoint *ep)
{
    return put_endpoint_at(o, ep, -1);
}

static infext_status finish(out_buf *o, size_t *out_len)
{
    if (out_len) *out_len = o->len;
    if (o->len < o->cap) {
        o->buf[o->len] = '\0';
        return INFEXT_OK;
    }
    if (o->cap) o->buf[0] = '\0';
    return INFEXT_ELIMIT;
}

INFEXT_API infext_status infext_protocol_format_endpoint(char *buf, size_t cap, size_t *out_len,
                                                         const infext_endpoint *ep)
{
    if (!buf && cap) return INFEXT_EINVAL;
    out_buf o = {buf, cap, 0};
    infext_status st = put_endpoint(&o, ep);
    return st == INFEXT_OK ? finish(&o, out_len) : st;
}

INFEXT_API infext_status infext_protocol_format_endpoints(char *buf, size_t cap, size_t *out_len,
                                                          infext_endpoint *const *endpoints,
                                                          size_t count)
{
    if ((!buf && cap) || (!endpoints && count)) return INFEXT_EINVAL;
    out_buf o = {buf, cap, 0};
    for (size_t i = 0; i < count; i++) {
        if (i) put(&o, ",", 1);
        infext_status st = put_endpoint(&o, endpoints[i]);
        if (st != INFEXT_OK) return st;
    }
    return finish(&o, out_len);
}

INFEXT_API infext_status infext_protocol_format_result(char *buf, size_t cap, size_t *out_len,
                                                       const infext_result *result)
{
    if ((!buf && cap) || !result) return INFEXT_EINVAL;
    out_buf o = {buf, cap, 0};
    size_t primary;
    size_t n = infext_result_get_primary(&primary, result)
                   ? infext_result_profile_endpoints_count(result, primary)
                   : 0;
    int32_t port = -1; /* the handler's target port (data parallelism), if any */
    infext_result_get_target_port(&port, result);
    for (size_t i = 0; i < n; i++) {
        if (i) put(&o, ",", 1);
        infext_status st =
            put_endpoint_at(&o, infext_result_profile_endpoint_at(result, primary, i), port);
        if (st != INFEXT_OK) return st;
    }
    infext_status st = finish(&o, out_len);
    return st == INFEXT_OK && !n ? INFEXT_ENOENDPOINT : st;
}

/* ------------------------------------------------------------ parsing -- */

/* Errors quote the whole list and give the column in it (1-based). */
static infext_status parse_error(infext_diags *diags, size_t column, const char *what,
                                 const char *list, size_t list_len)
{
    infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_SYNTAX, "", 1,
                      (unsigned)column + 1, "%s in the endpoint list \"%.*s\"", what,
                      (int)(list_len < 200 ? list_len : 200), list);
    return INFEXT_EPARSE;
}

static int blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Parse the entry of `list` that starts at `pos`; *out_end receives the
 * offset of the next entry (after the comma), or len at the end. */
static infext_status parse_at(const char **out_host, size_t *out_host_len, int32_t *out_port,
                              size_t *out_end, const char *list, size_t len, size_t pos,
                              infext_diags *diags)
{
    size_t i = pos;
    while (i < len && blank(list[i])) i++;
    if (i == len || list[i] == ',') return parse_error(diags, i, "empty entry", list, len);
    const char *host;
    size_t host_len;
    if (list[i] == '[') {
        size_t close = i + 1;
        while (close < len && list[close] != ']' && list[close] != ',') close++;
        if (close == len || list[close] != ']')
            return parse_error(diags, i, "unclosed \"[\"", list, len);
        host = list + i + 1;
        host_len = close - i - 1;
        if (!host_len) return parse_error(diags, i, "empty address", list, len);
        i = close + 1;
        if (i == len || list[i] != ':')
            return parse_error(diags, i, "missing port after \"]\"", list, len);
    } else {
        size_t start = i;
        size_t colons = 0, last = 0;
        while (i < len && list[i] != ',' && !blank(list[i])) {
            if (list[i] == ':') colons++, last = i;
            i++;
        }
        if (colons == 0) return parse_error(diags, i, "missing port", list, len);
        if (colons > 1)
            return parse_error(diags, start, "an IPv6 address needs brackets", list, len);
        host = list + start;
        host_len = last - start;
        if (!host_len) return parse_error(diags, start, "empty address", list, len);
        i = last;
    }
    size_t pstart = ++i; /* after ':' */
    int32_t port = 0;
    while (i < len && list[i] >= '0' && list[i] <= '9') {
        port = port * 10 + (list[i] - '0');
        if (port > 65535) break;
        i++;
    }
    if (i == pstart || port < 1 || port > 65535 ||
        (i < len && list[i] != ',' && !blank(list[i])))
        return parse_error(diags, pstart, "bad port (want 1..65535)", list, len);
    while (i < len && blank(list[i])) i++;
    if (i < len && list[i] != ',')
        return parse_error(diags, i, "unexpected text after the port", list, len);
    if (i < len) {
        i++; /* the comma */
        size_t j = i;
        while (j < len && blank(list[j])) j++;
        if (j == len) return parse_error(diags, j, "empty entry", list, len);
    }
    *out_host = host;
    *out_host_len = host_len;
    *out_port = port;
    *out_end = i;
    return INFEXT_OK;
}

INFEXT_API infext_status infext_protocol_parse_endpoint(const char **out_host,
                                                        size_t *out_host_len, int32_t *out_port,
                                                        size_t *out_used, const char *data,
                                                        size_t len, infext_diags *diags)
{
    if (!out_host || !out_host_len || !out_port || !out_used || (!data && len))
        return INFEXT_EINVAL;
    return parse_at(out_host, out_host_len, out_port, out_used, data ? data : "", len, 0, diags);
}

static int same_address(const infext_endpoint *ep, const char *host, size_t host_len)
{
    const char *addr = infext_endpoint_get_address(ep);
    return strlen(addr) == host_len && memcmp(addr, host, host_len) == 0;
}

INFEXT_API infext_status infext_protocol_find_endpoint(size_t *out, const char *data, size_t len,
                                                       infext_endpoint *const *endpoints,
                                                       size_t count, infext_diags *diags)
{
    if (!out || (!endpoints && count)) return INFEXT_EINVAL;
    const char *host;
    size_t host_len, used;
    int32_t port;
    if (!data && len) return INFEXT_EINVAL;
    infext_status st = parse_at(&host, &host_len, &port, &used, data ? data : "", len, 0, diags);
    if (st != INFEXT_OK) return st;
    for (size_t i = 0; i < count; i++) {
        if (endpoints[i] && infext_endpoint_get_port(endpoints[i]) == port &&
            same_address(endpoints[i], host, host_len)) {
            *out = i;
            return INFEXT_OK;
        }
    }
    return INFEXT_ENOTFOUND;
}

INFEXT_API infext_status infext_protocol_filter_subset(infext_endpoint **out, size_t *out_count,
                                                       const char *hint, size_t len,
                                                       infext_endpoint *const *endpoints,
                                                       size_t count, infext_diags *diags)
{
    if (!out_count || (!out && count) || (!endpoints && count) || (!hint && len))
        return INFEXT_EINVAL;
    *out_count = 0;
    /* check the whole hint first, so a malformed one keeps nothing */
    size_t pos = 0;
    while (pos < len) {
        const char *host;
        size_t host_len;
        int32_t port;
        infext_status st = parse_at(&host, &host_len, &port, &pos, hint, len, pos, diags);
        if (st != INFEXT_OK) return st;
    }
    size_t kept = 0;
    for (size_t i = 0; i < count; i++) {
        if (!endpoints[i]) return INFEXT_EINVAL;
        for (pos = 0; pos < len;) {
            const char *host;
            size_t host_len;
            int32_t port;
            parse_at(&host, &host_len, &port, &pos, hint, len, pos, NULL);
            if (same_address(endpoints[i], host, host_len)) {
                out[kept++] = endpoints[i];
                break;
            }
        }
    }
    *out_count = kept;
    return INFEXT_OK;
}

/* ---------------------------------------------------------- responses -- */

INFEXT_API int infext_protocol_response_status(infext_protocol_response response)
{
    switch (response) {
    case INFEXT_RESPONSE_NO_ENDPOINT: return 503;
    case INFEXT_RESPONSE_SHED: return 429;
    case INFEXT_RESPONSE_NO_TARGET: return 429;
    }
    return 500;
}

INFEXT_API const char *infext_protocol_response_body(infext_protocol_response response)
{
    switch (response) {
    case INFEXT_RESPONSE_NO_ENDPOINT:
        return "inference error: ServiceUnavailable - failed to find endpoint candidates for "
               "serving the request";
    case INFEXT_RESPONSE_SHED:
        return "inference error: ResourceExhausted - system saturated, sheddable request dropped";
    case INFEXT_RESPONSE_NO_TARGET:
        return "inference error: ResourceExhausted - failed to find target endpoint";
    }
    return "";
}

INFEXT_API infext_status infext_protocol_served(size_t *out_index, const infext_scheduler *sched,
                                                const infext_request *req, const char *served,
                                                size_t len, infext_endpoint *const *endpoints,
                                                size_t count, infext_diags *diags)
{
    if (!sched || !req) return INFEXT_EINVAL;
    size_t index;
    infext_status st = infext_protocol_find_endpoint(&index, served, len, endpoints, count, diags);
    if (st != INFEXT_OK) return st;
    if (out_index) *out_index = index;
    return infext_scheduler_post_response(sched, req, endpoints[index]);
}
