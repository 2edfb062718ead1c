/**
 * @file protocol.h
 * @brief The endpoint-picker protocol for proxies: header and metadata
 *        names, endpoint lists, subset hints, immediate responses, and the
 *        served endpoint fed back to the scheduler.
 *
 * An Envoy-style gateway learns its destination from the endpoint picker
 * through the header (and `envoy.lb` dynamic metadata key)
 * `x-gateway-destination-endpoint`: a comma-separated list of `ip:port`,
 * the first preferred and the rest for retries, IPv6 addresses in brackets.
 * A proxy that picks in-process uses the same formats:
 *
 * @code
 * char dest[256];
 * size_t n;
 * st = infext_protocol_format_result(dest, sizeof dest, &n, result);
 * // dest: "10.0.0.2:8000,[fd00::3]:8000"
 * for (const char *p = dest, *end = dest + n; p < end;) {
 *     const char *host; size_t host_len; int32_t port; size_t used;
 *     infext_protocol_parse_endpoint(&host, &host_len, &port, &used, p, end - p, NULL);
 *     ... try host:port ...
 *     p += used;
 * }
 * @endcode
 *
 * Every function here is pure: no allocation, no global state, thread-safe.
 */
#ifndef INFEXT_PROTOCOL_H
#define INFEXT_PROTOCOL_H

#include "infext/common.h"
#include "infext/scheduler.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Header (and metadata key) naming the picked endpoints: "ip:port[,ip:port...]". */
#define INFEXT_PROTOCOL_DESTINATION_ENDPOINT "x-gateway-destination-endpoint"
/** Dynamic-metadata namespace that carries #INFEXT_PROTOCOL_DESTINATION_ENDPOINT. */
#define INFEXT_PROTOCOL_DESTINATION_NAMESPACE "envoy.lb"
/** Metadata key of the subset hint: the endpoints a request may go to. */
#define INFEXT_PROTOCOL_SUBSET_ENDPOINT "x-gateway-destination-endpoint-subset"
/** Dynamic-metadata namespace that carries #INFEXT_PROTOCOL_SUBSET_ENDPOINT. */
#define INFEXT_PROTOCOL_SUBSET_NAMESPACE "envoy.lb.subset_hint"
/** Metadata key (in the #INFEXT_PROTOCOL_DESTINATION_NAMESPACE namespace) and
 *  header naming the endpoint that actually served the request. */
#define INFEXT_PROTOCOL_SERVED_ENDPOINT "x-gateway-destination-endpoint-served"
/** Header with the model name, as body-based routing sets it. */
#define INFEXT_PROTOCOL_MODEL_NAME "x-gateway-model-name"
/** Header with the model name to send to the model server (a rewrite). */
#define INFEXT_PROTOCOL_MODEL_NAME_REWRITE "x-gateway-model-name-rewrite"
/** Header naming the InferenceObjective of a request. */
#define INFEXT_PROTOCOL_OBJECTIVE "x-gateway-inference-objective"
/** Header with the flow-control fairness id. */
#define INFEXT_PROTOCOL_FAIRNESS_ID "x-gateway-inference-fairness-id"
/** Header with the request id. */
#define INFEXT_PROTOCOL_REQUEST_ID "x-request-id"

/**
 * Write one endpoint as `address:port` (`[address]:port` for an IPv6
 * address), as Go's net.JoinHostPort does.
 * @param buf,cap the caller's buffer; NUL-terminated when the text fits.
 * @param[out] out_len receives the text's length (without the NUL), also
 *                     when it did not fit; may be NULL.
 * @return INFEXT_OK; INFEXT_ELIMIT (@p cap too small: @p buf holds "" and
 *         @p out_len the length needed); INFEXT_EINVAL (NULL arguments, or
 *         an endpoint without an address or with a port outside 1..65535).
 */
INFEXT_API infext_status infext_protocol_format_endpoint(char *buf, size_t cap, size_t *out_len,
                                                         const infext_endpoint *ep);

/**
 * Write a list of endpoints, comma-separated with no space, in order.
 * @param endpoints,count the endpoints (none gives "").
 * @return as infext_protocol_format_endpoint().
 */
INFEXT_API infext_status infext_protocol_format_endpoints(char *buf, size_t cap, size_t *out_len,
                                                          infext_endpoint *const *endpoints,
                                                          size_t count);

/**
 * Write the value of #INFEXT_PROTOCOL_DESTINATION_ENDPOINT for a result:
 * the primary profile's endpoints, best first, each with the result's
 * target port when the profile handler set one
 * (infext_result_get_target_port(), the data-parallel `primaryPort`), as
 * the endpoint picker's destination does.
 * @return as infext_protocol_format_endpoint(); INFEXT_ENOENDPOINT when the
 *         primary profile picked none ("" is written when it fits).
 */
INFEXT_API infext_status infext_protocol_format_result(char *buf, size_t cap, size_t *out_len,
                                                       const infext_result *result);

/**
 * Parse the first entry of an endpoint list: optional spaces or tabs,
 * `ipv4:port`, `[ipv6]:port` or `host:port`, optional spaces or tabs, then
 * a comma or the end. The port is decimal, 1..65535.
 * @param[out] out_host receives a pointer into @p data (brackets excluded).
 * @param[out] out_host_len receives the host's length.
 * @param[out] out_port receives the port.
 * @param[out] out_used receives how many bytes the entry took, its comma
 *                      included: add it to @p data for the next entry.
 * @param data,len the list (need not be NUL-terminated).
 * @param diags receives the reason of a failure with its column (line 1);
 *              may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE (an empty entry, also after a trailing
 *         comma; an empty address; a missing or bad port; an unclosed
 *         bracket; an IPv6 address without brackets; text after the port);
 *         INFEXT_EINVAL (NULL arguments). Outputs are set only on success.
 */
INFEXT_API infext_status infext_protocol_parse_endpoint(const char **out_host,
                                                        size_t *out_host_len, int32_t *out_port,
                                                        size_t *out_used, const char *data,
                                                        size_t len, infext_diags *diags);

/**
 * Index of the endpoint among @p endpoints whose address and port equal
 * the first entry of @p data (the address compared exactly; an IPv6
 * address as written, without brackets).
 * @param[out] out receives the index.
 * @return INFEXT_OK; INFEXT_ENOTFOUND (no such endpoint); INFEXT_EPARSE (as
 *         infext_protocol_parse_endpoint()); INFEXT_EINVAL.
 */
INFEXT_API infext_status infext_protocol_find_endpoint(size_t *out, const char *data, size_t len,
                                                       infext_endpoint *const *endpoints,
                                                       size_t count, infext_diags *diags);

/**
 * Keep the candidates a subset hint allows, as the endpoint picker does:
 * an endpoint is kept when its address equals the address of an entry of
 * the hint (ports are not compared). An empty hint keeps none; a request
 * without a hint should not be filtered at all. Order is kept.
 * @param[out] out room for @p count pointers: receives the kept endpoints.
 * @param[out] out_count receives how many were kept.
 * @param hint,len the hint, a comma-separated endpoint list.
 * @param diags receives the reason of a parse failure; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE (a malformed hint: nothing kept);
 *         INFEXT_EINVAL.
 */
INFEXT_API infext_status infext_protocol_filter_subset(infext_endpoint **out,
                                                       size_t *out_count, const char *hint,
                                                       size_t len,
                                                       infext_endpoint *const *endpoints,
                                                       size_t count, infext_diags *diags);

/** The immediate responses an endpoint picker answers instead of routing. */
typedef enum infext_protocol_response {
    INFEXT_RESPONSE_NO_ENDPOINT = 0, /**< 503: the pool has no candidate endpoint */
    INFEXT_RESPONSE_SHED = 1,        /**< 429: a sheddable request on a saturated pool */
    INFEXT_RESPONSE_NO_TARGET = 2,   /**< 429: candidates exist, the scheduler picked none */
} infext_protocol_response;

/** HTTP status of an immediate response (503, 429, 429); 500 for an unknown value. */
INFEXT_API int infext_protocol_response_status(infext_protocol_response response);

/**
 * Body of an immediate response, as the endpoint picker words it:
 * "inference error: ServiceUnavailable - failed to find endpoint candidates
 * for serving the request", "inference error: ResourceExhausted - system
 * saturated, sheddable request dropped", "inference error:
 * ResourceExhausted - failed to find target endpoint".
 * @return a static string; "" for an unknown value.
 */
INFEXT_API const char *infext_protocol_response_body(infext_protocol_response response);

/**
 * Feed the served endpoint back: find the endpoint named by the first entry
 * of @p served (the value of #INFEXT_PROTOCOL_SERVED_ENDPOINT, or the
 * address the proxy actually used) among @p endpoints and run the
 * scheduler's post-response hooks with it.
 * @param[out] out_index receives the endpoint's index; may be NULL.
 * @return INFEXT_OK; INFEXT_ENOTFOUND (no such candidate: no hook ran);
 *         INFEXT_EPARSE; INFEXT_EINVAL. Thread-safe.
 */
INFEXT_API infext_status infext_protocol_served(size_t *out_index, const infext_scheduler *sched,
                                                const infext_request *req, const char *served,
                                                size_t len, infext_endpoint *const *endpoints,
                                                size_t count, infext_diags *diags);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_PROTOCOL_H */
