/**
 * @file saturation.h
 * @brief Saturation detection and shedding, as the endpoint picker's
 *        saturation detector and admission controller do.
 *
 * A detector is built once from an EndpointPickerConfig; per request the
 * host checks the candidate endpoints into a reusable report and asks
 * whether the request is admitted:
 *
 * @code
 * infext_saturation_detector *d = NULL;
 * infext_saturation_detector_new(&d, config, diags);     // once
 * infext_saturation_report *rep = NULL;
 * infext_saturation_report_new(&rep);                     // one per thread
 * ...
 * infext_saturation_check(rep, d, endpoints, n, now_ns);
 * if (infext_saturation_admit(rep, req) == INFEXT_ADMISSION_SHED)
 *     ... answer 429 (protocol.h) ...
 * @endcode
 *
 * Two semantics, chosen by the config:
 * - #INFEXT_SATURATION_UTILIZATION (the `utilization-detector` of GIE
 *   v1.5, the default when the config names no thresholds): each endpoint
 *   scores max(waiting queue / queueDepthThreshold, KV-cache usage /
 *   kvCacheUtilThreshold), 1 when its metrics are stale; the pool's
 *   saturation is the mean score over the candidates (1 with none) and the
 *   pool is saturated at 1 or more.
 * - #INFEXT_SATURATION_LEGACY (the detector of GIE v1.2, used when the
 *   config's `saturationDetector` gives thresholds itself): an endpoint has
 *   capacity when its metrics are fresh, its queue is at most
 *   queueDepthThreshold and its KV-cache usage at most
 *   kvCacheUtilThreshold; the pool is saturated when no candidate has
 *   capacity (also with none).
 *
 * Metrics are stale when the endpoint's update time is older than
 * `metricsStalenessThreshold` (or was never set). Defaults: queue depth 5,
 * KV-cache utilisation 0.8, staleness 200ms, headroom 0.
 *
 * The admission rule: a sheddable request (priority below 0) is refused
 * when the pool is saturated; every other request proceeds.
 *
 * Thread-safety: a detector is immutable and shared freely; a report is
 * one thread's scratch. Nothing here keeps global state; a check allocates
 * nothing once the report has grown to the largest candidate count.
 */
#ifndef INFEXT_SATURATION_H
#define INFEXT_SATURATION_H

#include "infext/common.h"
#include "infext/scheduler.h"
#include "infext/types.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How a detector judges the pool. */
typedef enum infext_saturation_mode {
    INFEXT_SATURATION_UTILIZATION = 0, /**< mean roofline score >= 1 (GIE v1.5 `utilization-detector`) */
    INFEXT_SATURATION_LEGACY = 1,      /**< no endpoint with capacity left (GIE v1.2) */
} infext_saturation_mode;

/** Why an endpoint counts against the pool (bits of infext_saturation_report_endpoint_reasons()). */
typedef enum infext_saturation_reason {
    INFEXT_SATURATED_STALE = 0x1,    /**< its metrics are older than the staleness threshold */
    INFEXT_SATURATED_QUEUE = 0x2,    /**< its waiting queue is over the queue-depth threshold */
    INFEXT_SATURATED_KV_CACHE = 0x4, /**< its KV-cache usage is over the utilisation threshold */
} infext_saturation_reason;

/** A saturation detector: mode and thresholds. Immutable once built. */
typedef struct infext_saturation_detector infext_saturation_detector;

/**
 * Build the detector of a config:
 * - `saturationDetector.pluginRef` names a plugin of type
 *   `utilization-detector`, whose parameters (`queueDepthThreshold` > 0,
 *   `kvCacheUtilThreshold` in (0, 1], `metricsStalenessThreshold` > 0,
 *   `headroom` >= 0) are decoded strictly: utilisation mode;
 * - `saturationDetector` with thresholds and no pluginRef: legacy mode,
 *   each threshold defaulted as the v1.2 loader does (absent, zero or
 *   negative, or a utilisation of 1 or more, takes the default, with a
 *   warning for a value that was given);
 * - no `saturationDetector` (or NULL @p config): utilisation mode with the
 *   defaults.
 * @param[out] out receives the detector, owned by the caller
 *                 (infext_saturation_detector_free()).
 * @param diags receives errors and warnings with their config paths; may be NULL.
 * @return INFEXT_OK; INFEXT_ECONFIG (a bad parameter, a reference to an
 *         undefined plugin or to a detector type this library does not
 *         implement); INFEXT_EINVAL; INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_saturation_detector_new(
    infext_saturation_detector **out, const infext_v1alpha1_endpoint_picker_config *config,
    infext_diags *diags);

/** Free a detector. NULL is a no-op. */
INFEXT_API void infext_saturation_detector_free(infext_saturation_detector *detector);

/** Mode of the detector; #INFEXT_SATURATION_UTILIZATION for NULL. */
INFEXT_API infext_saturation_mode infext_saturation_detector_get_mode(
    const infext_saturation_detector *detector);

/** Queue-depth threshold; 0 for NULL. */
INFEXT_API int64_t infext_saturation_detector_get_queue_depth_threshold(
    const infext_saturation_detector *detector);

/** KV-cache utilisation threshold; 0 for NULL. */
INFEXT_API double infext_saturation_detector_get_kv_cache_util_threshold(
    const infext_saturation_detector *detector);

/** Metrics staleness threshold in ns; 0 for NULL. */
INFEXT_API int64_t infext_saturation_detector_get_metrics_staleness_threshold(
    const infext_saturation_detector *detector);

/** Headroom (utilisation mode; 0 in legacy mode or for NULL). */
INFEXT_API double infext_saturation_detector_get_headroom(
    const infext_saturation_detector *detector);

/**
 * The outcome of one check: the pool's verdict and, per candidate, its
 * score and reasons. Reusable; one thread at a time.
 */
typedef struct infext_saturation_report infext_saturation_report;

/**
 * Create an empty report (not saturated, no endpoint).
 * @param[out] out receives the report, owned by the caller
 *                 (infext_saturation_report_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_saturation_report_new(infext_saturation_report **out);

/** Free a report. NULL is a no-op. */
INFEXT_API void infext_saturation_report_free(infext_saturation_report *report);

/**
 * Judge the candidate endpoints of a request into @p report (replacing
 * what it held).
 * @param endpoints,count the candidates (after any subset hint); read only.
 *        @p endpoints may be NULL when @p count is 0.
 * @param now_ns the current time in ns since the epoch (the clock the
 *               endpoints' update times use); 0 takes CLOCK_REALTIME.
 * @return INFEXT_OK; INFEXT_EINVAL (NULL arguments or a NULL endpoint);
 *         INFEXT_ENOMEM (only while the report grows). On failure the
 *         report says "saturated" with no endpoint.
 * Thread-safe with distinct reports.
 */
INFEXT_API infext_status infext_saturation_check(infext_saturation_report *report,
                                                 const infext_saturation_detector *detector,
                                                 infext_endpoint *const *endpoints,
                                                 size_t count, int64_t now_ns);

/** Whether the pool was saturated; true for NULL. */
INFEXT_API bool infext_saturation_report_saturated(const infext_saturation_report *report);

/**
 * The pool's saturation: the mean endpoint score (1 with no candidate).
 * In legacy mode it is computed the same way, for information only.
 * 1 for NULL.
 */
INFEXT_API double infext_saturation_report_pool_saturation(const infext_saturation_report *report);

/** Mode of the detector that made the report; #INFEXT_SATURATION_UTILIZATION for NULL. */
INFEXT_API infext_saturation_mode infext_saturation_report_mode(
    const infext_saturation_report *report);

/** Number of endpoints judged; 0 for NULL. */
INFEXT_API size_t infext_saturation_report_endpoints_count(const infext_saturation_report *report);

/**
 * Endpoint @p index (in the order given to the check).
 * @return a borrowed pointer, or NULL when out of range.
 */
INFEXT_API const infext_endpoint *infext_saturation_report_endpoint_at(
    const infext_saturation_report *report, size_t index);

/**
 * Why endpoint @p index counts against the pool: an OR of
 * #infext_saturation_reason (0: it has capacity).
 */
INFEXT_API unsigned int infext_saturation_report_endpoint_reasons(
    const infext_saturation_report *report, size_t index);

/** Score of endpoint @p index (1 when stale); 0 when out of range. */
INFEXT_API double infext_saturation_report_endpoint_score(const infext_saturation_report *report,
                                                          size_t index);

/**
 * Encode a report as one compact JSON document:
 * `{"mode":"utilization","saturated":true,"poolSaturation":1.2,
 * "endpoints":[{"name":"ns/a","score":1.4,"saturatedBy":["queue"]},...]}`
 * (`saturatedBy` lists `stale`, `queue`, `kvCache`; it is `[]` for an
 * endpoint with capacity).
 * @param[out] out receives NUL-terminated text owned by the caller (infext_free()).
 * @param[out] out_len receives its length; may be NULL.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_saturation_report_encode_json(char **out, size_t *out_len,
                                                              const infext_saturation_report *report);

/** What the admission rule decides for a request. */
typedef enum infext_admission {
    INFEXT_ADMISSION_ADMIT = 0, /**< schedule the request */
    INFEXT_ADMISSION_SHED = 1,  /**< refuse it: answer 429 (protocol.h) */
} infext_admission;

/**
 * Whether a request is sheddable: its priority is set and below 0.
 * @return false for NULL.
 */
INFEXT_API bool infext_request_is_sheddable(const infext_request *req);

/**
 * The admission rule: #INFEXT_ADMISSION_SHED when @p req is sheddable and
 * @p report says the pool is saturated, #INFEXT_ADMISSION_ADMIT otherwise
 * (also for a NULL @p req). A NULL @p report counts as saturated.
 */
INFEXT_API infext_admission infext_saturation_admit(const infext_saturation_report *report,
                                                    const infext_request *req);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_SATURATION_H */
