/**
 * @file metrics.h
 * @brief The data layer: model-server metrics (Prometheus text format) into
 *        endpoints, as the endpoint picker's `metrics-data-source` and
 *        `core-metrics-extractor` plugins do.
 *
 * A host that runs the picker in-process polls each model server's
 * `/metrics` page itself (it owns the sockets and the timers) and hands the
 * body to the library:
 *
 * @code
 * infext_datalayer *dl = NULL;          // once, from the EndpointPickerConfig
 * infext_datalayer_new(&dl, config, diags);
 * infext_metrics_parser *p = NULL;      // one per thread, reused
 * infext_metrics_parser_new(&p, NULL);
 *
 * const infext_metrics_source *src = infext_datalayer_source_at(dl, 0);
 * char url[512];
 * size_t n;
 * infext_metrics_source_format_url(url, sizeof url, &n, src, ep);  // what to GET
 * ...
 * st = infext_metrics_source_update(src, p, ep, body, body_len, now_ns, diags);
 * @endcode
 *
 * Three layers, usable on their own:
 * - #infext_metrics_parser: a strict parser of the text exposition format
 *   0.0.4, calling back once per sample; no allocation once its scratch has
 *   grown to the largest line seen;
 * - #infext_metrics_extractor: the mappings of `core-metrics-extractor`
 *   (per engine: vLLM, SGLang, trtllm-serve, Triton with TensorRT-LLM,
 *   Triton) from metric specs (`name{label=value}`) to endpoint metrics;
 * - #infext_metrics_source: a `metrics-data-source` (scheme, path, port
 *   override, TLS settings, interval) with the extractors the config's
 *   `dataLayer` wires to it; #infext_datalayer holds every source of a
 *   config.
 *
 * Thread-safety: sources, extractors and data layers are immutable once
 * built and may be shared by any number of threads; a parser is scratch
 * state, one per thread; an endpoint being updated must not be read by a
 * concurrent schedule() call (update it between calls, as scheduler.h says).
 * Nothing here keeps global mutable state.
 */
#ifndef INFEXT_METRICS_H
#define INFEXT_METRICS_H

#include "infext/common.h"
#include "infext/scheduler.h"
#include "infext/types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------- parser -- */

/** Metric family types of the text format (`# TYPE` lines). */
typedef enum infext_metric_type {
    INFEXT_METRIC_UNTYPED = 0,   /**< no `# TYPE` line, or `untyped` */
    INFEXT_METRIC_COUNTER = 1,   /**< `counter` */
    INFEXT_METRIC_GAUGE = 2,     /**< `gauge` */
    INFEXT_METRIC_HISTOGRAM = 3, /**< `histogram`: `_bucket` (with `le`), `_sum`, `_count` samples */
    INFEXT_METRIC_SUMMARY = 4,   /**< `summary`: quantile samples (with `quantile`), `_sum`, `_count` */
} infext_metric_type;

/**
 * Name of a metric type as the `# TYPE` line spells it ("counter", ...).
 * @return a static string; "unknown" for a value outside the enum. Thread-safe.
 */
INFEXT_API const char *infext_metric_type_name(infext_metric_type type);

/** Version of #infext_metrics_parser_options this header describes. */
#define INFEXT_METRICS_PARSER_OPTIONS_VERSION 1

/**
 * Limits of a parser. Initialise with #INFEXT_METRICS_PARSER_OPTIONS_INIT or
 * infext_metrics_parser_options_init(); 0 in a field means its default.
 */
typedef struct infext_metrics_parser_options {
    unsigned int version;   /**< #INFEXT_METRICS_PARSER_OPTIONS_VERSION */
    size_t max_page_size;   /**< largest page in bytes (default 16 MiB) */
    size_t max_line_length; /**< longest line in bytes, newline excluded (default 64 KiB) */
    size_t max_labels;      /**< most labels on one sample (default 64) */
    size_t max_families;    /**< most distinct metric families on a page (default 16384) */
} infext_metrics_parser_options;

/** Static initialiser of #infext_metrics_parser_options: every limit at its default. */
#define INFEXT_METRICS_PARSER_OPTIONS_INIT {INFEXT_METRICS_PARSER_OPTIONS_VERSION, 0, 0, 0, 0}

/**
 * Fill @p opts with the defaults of options version @p version.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL or an unknown version.
 */
INFEXT_API infext_status infext_metrics_parser_options_init(infext_metrics_parser_options *opts,
                                                            unsigned int version);

/**
 * A reusable Prometheus text-format parser: its limits and its scratch
 * memory (unescaped label values, the table of families seen on a page).
 * One parser must not be used by two threads at once.
 */
typedef struct infext_metrics_parser infext_metrics_parser;

/**
 * Create a parser.
 * @param[out] out receives the parser, owned by the caller
 *                 (infext_metrics_parser_free()).
 * @param opts limits (copied), or NULL for the defaults.
 * @return INFEXT_OK, INFEXT_EINVAL (@p out NULL or an unknown options
 *         version), INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_metrics_parser_new(infext_metrics_parser **out,
                                                   const infext_metrics_parser_options *opts);

/** Free a parser. NULL is a no-op. */
INFEXT_API void infext_metrics_parser_free(infext_metrics_parser *parser);

/**
 * One sample of a page, as handed to an #infext_metrics_sample_fn. Opaque;
 * it and every string it gives are borrowed for the duration of the
 * callback only.
 */
typedef struct infext_metrics_sample infext_metrics_sample;

/**
 * Called once per sample, in page order.
 * @return INFEXT_OK to go on; any other status stops the parse, which
 *         returns that status.
 */
typedef infext_status (*infext_metrics_sample_fn)(void *ctx, const infext_metrics_sample *sample);

/**
 * Parse one page of the text exposition format 0.0.4, strictly, as the
 * Prometheus text parser does: `# HELP` and `# TYPE` lines (one each per
 * family, TYPE before the family's samples), other comments, blank lines,
 * samples `name{label="value",...} value [timestamp]` with the escapes
 * `\\`, `\"` and `\n` in label values, values as Go's ParseFloat reads
 * them (`NaN`, `+Inf`, `-Inf`, exponents), integer timestamps in
 * milliseconds, and the `_bucket`/`_sum`/`_count` samples of histograms and
 * summaries (a bucket needs a float `le`, a quantile a float `quantile`).
 * Lines end with "\n" (the last one may lack it); a carriage return, a NUL
 * byte, a repeated label name and any text after the timestamp are errors.
 *
 * @param parser scratch and limits.
 * @param data,len the page (need not be NUL-terminated); borrowed.
 * @param fn called for each sample; may be NULL (only checks the page).
 * @param ctx passed to @p fn.
 * @param diags receives the first error with its line and column (path
 *              ""), e.g. `3:12: invalid escape sequence "\\t" in a label value`;
 *              may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE (the page breaks the format);
 *         INFEXT_ELIMIT (a limit of the parser's options); INFEXT_EINVAL
 *         (NULL @p parser, or NULL @p data with a non-zero @p len); the
 *         status @p fn stopped with.
 * Allocates only while its scratch grows (the first pages).
 */
INFEXT_API infext_status infext_metrics_parse(infext_metrics_parser *parser, const char *data,
                                              size_t len, infext_metrics_sample_fn fn,
                                              void *ctx, infext_diags *diags);

/**
 * Name of the sample (`vllm:e2e_request_latency_seconds_bucket`).
 * @return a borrowed, NUL-terminated string; "" for NULL.
 */
INFEXT_API const char *infext_metrics_sample_name(const infext_metrics_sample *sample);

/**
 * Name of the sample's family: the name without `_bucket`, `_sum` or
 * `_count` for a sample of a histogram or summary, the name otherwise.
 * @return a borrowed, NUL-terminated string; "" for NULL.
 */
INFEXT_API const char *infext_metrics_sample_family(const infext_metrics_sample *sample);

/** Type of the sample's family; #INFEXT_METRIC_UNTYPED for NULL. */
INFEXT_API infext_metric_type infext_metrics_sample_type(const infext_metrics_sample *sample);

/** Value of the sample (NaN and infinities as written); 0 for NULL. */
INFEXT_API double infext_metrics_sample_value(const infext_metrics_sample *sample);

/**
 * Timestamp of the sample, in milliseconds since the epoch.
 * @param[out] out receives it when present.
 * @return true when the sample has one.
 */
INFEXT_API bool infext_metrics_sample_timestamp(int64_t *out, const infext_metrics_sample *sample);

/** Line of the sample on the page, counted from 1; 0 for NULL. */
INFEXT_API unsigned int infext_metrics_sample_line(const infext_metrics_sample *sample);

/** Number of labels of the sample; 0 for NULL. */
INFEXT_API size_t infext_metrics_sample_labels_count(const infext_metrics_sample *sample);

/** Name of label @p index. @return a borrowed string, or NULL when out of range. */
INFEXT_API const char *infext_metrics_sample_label_name_at(const infext_metrics_sample *sample,
                                                          size_t index);

/**
 * Value of label @p index, unescaped.
 * @return a borrowed string, or NULL when out of range.
 */
INFEXT_API const char *infext_metrics_sample_label_value_at(const infext_metrics_sample *sample,
                                                           size_t index);

/**
 * Value of the label called @p name, unescaped.
 * @return a borrowed string, or NULL when the sample has no such label.
 */
INFEXT_API const char *infext_metrics_sample_label(const infext_metrics_sample *sample,
                                                   const char *name);

/* ---------------------------------------------------------- extractor -- */

/**
 * A `core-metrics-extractor`: per engine type, which metric feeds which
 * endpoint metric. The engine of an endpoint is its label
 * `engineLabelKey` (default `llm-d.ai/engine-type`, then the older
 * `inference.networking.k8s.io/engine-type`), else `defaultEngine`
 * (default `vllm`). Built-in engines, each replaced by an `engineConfigs`
 * entry of the same name:
 *
 * | engine | waiting queue | running | KV-cache usage | LoRA | cache config |
 * | --- | --- | --- | --- | --- | --- |
 * | vllm | `vllm:num_requests_waiting` | `vllm:num_requests_running` | `vllm:kv_cache_usage_perc` | `vllm:lora_requests_info` | `vllm:cache_config_info` (`block_size`, `num_gpu_blocks`) |
 * | sglang | `sglang:num_queue_reqs` | `sglang:num_running_reqs` | `sglang:token_usage` | | `sglang:cache_config_info` (`page_size`, `num_pages`) |
 * | trtllm-serve | `trtllm_num_requests_waiting` | `trtllm_num_requests_running` | `trtllm_kv_cache_utilization` | | block size `trtllm_kv_cache_tokens_per_block`, blocks `trtllm_kv_cache_max_blocks` |
 * | triton-tensorrt-llm | `nv_trt_llm_request_metrics{request_type=waiting}` | `nv_trt_llm_request_metrics{request_type=scheduled}` | `nv_trt_llm_kv_cache_block_metrics{kv_cache_block_type=fraction}` | | `..{kv_cache_block_type=tokens_per}`, `..{kv_cache_block_type=max}` |
 * | triton | `nv_inference_pending_request_count` | `nv_inference_exec_count` | | | |
 *
 * The built-in `vllm` mapping reads the KV-cache usage from the older
 * `vllm:gpu_cache_usage_perc` (vLLM before the rename; the endpoint picker's
 * default up to v1.2) when a page has no `vllm:kv_cache_usage_perc`.
 *
 * Immutable once built; share it freely.
 */
typedef struct infext_metrics_extractor infext_metrics_extractor;

/**
 * Build an extractor from `core-metrics-extractor` parameters, decoded
 * strictly: `engineLabelKey`, `defaultEngine`, `engineConfigs` (a list of
 * `{name, queuedRequestsSpec, runningRequestsSpec, kvUsageSpec, loraSpec,
 * cacheInfoSpec, cacheBlockSizeLabelName, cacheNumBlocksLabelName,
 * cacheBlockSizeSpec, cacheNumBlocksSpec, customMetrics}`; an empty spec
 * disables that metric). `customMetrics` (llm-d-router v0.10) is a list of
 * `{attributeKey, metricSpec}`: each key set and unique within its engine,
 * each spec a valid, non-empty spec. An unknown member, a wrong type or a
 * bad spec is an error with its path
 * (`plugins[4].parameters.engineConfigs[0].kvUsageSpec`,
 * `...engineConfigs[0].customMetrics[1].attributeKey`).
 *
 * @param[out] out receives the extractor, owned by the caller
 *                 (infext_metrics_extractor_free()).
 * @param name instance name (copied); NULL means "core-metrics-extractor".
 * @param params_json the parameters as JSON text, or NULL for the defaults.
 * @param path config path of the parameters; NULL means "parameters".
 * @param diags receives every problem; may be NULL.
 * @return INFEXT_OK, INFEXT_ECONFIG, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_metrics_extractor_new(infext_metrics_extractor **out,
                                                      const char *name, const char *params_json,
                                                      const char *path, infext_diags *diags);

/** Free an extractor. NULL is a no-op. */
INFEXT_API void infext_metrics_extractor_free(infext_metrics_extractor *extractor);

/** Instance name. @return a borrowed string; "" for NULL. */
INFEXT_API const char *infext_metrics_extractor_get_name(const infext_metrics_extractor *extractor);

/** Number of engine mappings (configured first, then the built-in ones not overridden). */
INFEXT_API size_t infext_metrics_extractor_engines_count(const infext_metrics_extractor *extractor);

/** Name of engine mapping @p index. @return a borrowed string, or NULL when out of range. */
INFEXT_API const char *infext_metrics_extractor_engine_name_at(
    const infext_metrics_extractor *extractor, size_t index);

/**
 * The engine mapping that applies to @p ep (from its engine label, or the
 * default engine when the label is absent, empty or names no mapping).
 * @return a borrowed string; NULL for NULL arguments.
 */
INFEXT_API const char *infext_metrics_extractor_engine_for(const infext_metrics_extractor *extractor,
                                                           const infext_endpoint *ep);

/**
 * Parse a page and update @p ep from it, as the extractor does upstream:
 * for each enabled spec the matching sample with the newest timestamp (the
 * first on ties; for `loraSpec` the one with the largest value, which is
 * its creation time) sets the waiting queue size, running requests (values
 * truncated to integers), KV-cache usage, the active and waiting adapters
 * and `max_lora` (replacing the previous ones), the cache block size and
 * GPU block count (from the cache-info labels, or the block specs' values).
 * Each custom metric of the endpoint's engine stores its sample's value in
 * the endpoint attribute named by its `attributeKey`, as a `double` the
 * endpoint owns: read it with
 * `*(const double *)infext_endpoint_get_attribute(ep, key)` (a previous
 * value under that key is released first).
 * When any metric was set, the update time becomes @p now_ns. Metrics the
 * page lacks keep their old values (custom ones too).
 *
 * @param parser scratch (one per thread).
 * @param ep the endpoint to update; nothing else may read it during the call.
 * @param data,len the `/metrics` body; borrowed.
 * @param now_ns the update time to record, ns since the epoch; 0 takes the
 *               current CLOCK_REALTIME.
 * @param diags receives the parse error, or one warning per metric that was
 *              missing or unusable (path = the engine and the parameter,
 *              e.g. `vllm.loraSpec` or `vllm.customMetrics[0]`: metric
 *              family "vllm:lora_requests_info" not found);
 *              may be NULL.
 * @return INFEXT_OK (every enabled metric found); INFEXT_ENOTFOUND (some
 *         missing or unusable: the others were applied); INFEXT_EPARSE or
 *         INFEXT_ELIMIT (the page is refused and @p ep is unchanged);
 *         INFEXT_EINVAL; INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_metrics_extractor_update(const infext_metrics_extractor *extractor,
                                                         infext_metrics_parser *parser,
                                                         infext_endpoint *ep, const char *data,
                                                         size_t len, int64_t now_ns,
                                                         infext_diags *diags);

/* ------------------------------------------------------------- source -- */

/**
 * A `metrics-data-source`: where to poll an endpoint's metrics, and the
 * extractors the config wires to it. Immutable once built.
 */
typedef struct infext_metrics_source infext_metrics_source;

/**
 * Build a source from `metrics-data-source` parameters, decoded strictly:
 * `scheme` ("http" or "https", default "http"), `path` (default
 * "/metrics"), `insecureSkipVerify` (default true), and llm-d-router's
 * `port` (1..65535, overrides the endpoint's port), `caCertPath`,
 * `clientCertPath` and `clientKeyPath` (both or neither), `interval` (a Go
 * duration, e.g. "1s"). The source has no extractor; infext_datalayer_new()
 * builds sources with theirs.
 * @param[out] out receives the source, owned by the caller
 *                 (infext_metrics_source_free()).
 * @param name instance name (copied); NULL means "metrics-data-source".
 * @param params_json the parameters as JSON text, or NULL for the defaults.
 * @param path config path of the parameters; NULL means "parameters".
 * @param diags receives every problem with its path; may be NULL.
 * @return INFEXT_OK, INFEXT_ECONFIG, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_metrics_source_new(infext_metrics_source **out, const char *name,
                                                   const char *params_json, const char *path,
                                                   infext_diags *diags);

/** Free a source built by infext_metrics_source_new(). NULL is a no-op. */
INFEXT_API void infext_metrics_source_free(infext_metrics_source *source);

/** Instance name. @return a borrowed string; "" for NULL. */
INFEXT_API const char *infext_metrics_source_get_name(const infext_metrics_source *source);

/** URL scheme, "http" or "https". @return a borrowed string; "" for NULL. */
INFEXT_API const char *infext_metrics_source_get_scheme(const infext_metrics_source *source);

/** URL path, e.g. "/metrics". @return a borrowed string; "" for NULL. */
INFEXT_API const char *infext_metrics_source_get_path(const infext_metrics_source *source);

/** The port override; 0 when the endpoint's own port is used (or NULL). */
INFEXT_API int32_t infext_metrics_source_get_port(const infext_metrics_source *source);

/** Whether TLS certificates are left unverified (true by default); false for NULL. */
INFEXT_API bool infext_metrics_source_get_insecure_skip_verify(const infext_metrics_source *source);

/** CA bundle path. @return a borrowed string, or NULL when unset. */
INFEXT_API const char *infext_metrics_source_get_ca_cert_path(const infext_metrics_source *source);

/** Client certificate path. @return a borrowed string, or NULL when unset. */
INFEXT_API const char *infext_metrics_source_get_client_cert_path(
    const infext_metrics_source *source);

/** Client key path. @return a borrowed string, or NULL when unset. */
INFEXT_API const char *infext_metrics_source_get_client_key_path(
    const infext_metrics_source *source);

/** Polling interval in ns; 0 when unset (poll on every tick of the host) or NULL. */
INFEXT_API int64_t infext_metrics_source_get_interval(const infext_metrics_source *source);

/**
 * Write the URL to poll for @p ep: `scheme://address:port/path`, the
 * address in brackets when it is an IPv6 address
 * (`http://[fd00::1]:8000/metrics`), the port the source's override or the
 * endpoint's.
 * @param buf,cap the caller's buffer; the text is NUL-terminated when it fits.
 * @param[out] out_len receives the length of the whole URL (without the NUL),
 *                     also when it did not fit; may be NULL.
 * @return INFEXT_OK; INFEXT_ELIMIT (@p cap too small: nothing useful in
 *         @p buf); INFEXT_EINVAL (NULL arguments, or an endpoint without an
 *         address or port). Allocates nothing; thread-safe.
 */
INFEXT_API infext_status infext_metrics_source_format_url(char *buf, size_t cap, size_t *out_len,
                                                          const infext_metrics_source *source,
                                                          const infext_endpoint *ep);

/** Number of extractors fed by the source; 0 for NULL. */
INFEXT_API size_t infext_metrics_source_extractors_count(const infext_metrics_source *source);

/** Extractor @p index. @return a borrowed pointer, or NULL when out of range. */
INFEXT_API const infext_metrics_extractor *infext_metrics_source_extractor_at(
    const infext_metrics_source *source, size_t index);

/**
 * Parse a page polled from this source once and run every extractor of the
 * source on @p ep (as infext_metrics_extractor_update() does for one).
 * @return as infext_metrics_extractor_update(): the first failure of an
 *         extractor, INFEXT_OK when all succeeded (also with none).
 */
INFEXT_API infext_status infext_metrics_source_update(const infext_metrics_source *source,
                                                      infext_metrics_parser *parser,
                                                      infext_endpoint *ep, const char *data,
                                                      size_t len, int64_t now_ns,
                                                      infext_diags *diags);

/* ---------------------------------------------------------- datalayer -- */

/** The data layer of an EndpointPickerConfig: its metrics sources. Immutable. */
typedef struct infext_datalayer infext_datalayer;

/**
 * Build the data layer of a config as the endpoint picker's loader does:
 * every `metrics-data-source` and `core-metrics-extractor` of `plugins` is
 * created from its parameters (errors with their config paths,
 * `plugins[3].parameters.scheme`); `dataLayer.sources[i].pluginRef` names
 * a source and `extractors[j].pluginRef` its extractors. Without a
 * `dataLayer` section the default pipeline is used (a `metrics-data-source`
 * feeding a `core-metrics-extractor`, the configured instances of those
 * names if any, else default ones); a present but empty section, or the
 * feature gate `enableLegacyMetrics`, means no source. Sources and
 * extractors of other types (a host's own) are skipped with a warning.
 *
 * @param[out] out receives the data layer, owned by the caller
 *                 (infext_datalayer_free()).
 * @param config the configuration, only read during the call; NULL means
 *               the default pipeline.
 * @param diags receives every error and warning with its path (and line
 *              and column when the config came from YAML); may be NULL.
 * @return INFEXT_OK; INFEXT_ECONFIG (a bad parameter, a reference to an
 *         undefined plugin, a source or extractor of the wrong type);
 *         INFEXT_EINVAL; INFEXT_ENOMEM. Thread-safe.
 */
INFEXT_API infext_status infext_datalayer_new(infext_datalayer **out,
                                              const infext_v1alpha1_endpoint_picker_config *config,
                                              infext_diags *diags);

/** Free a data layer, its sources and extractors. NULL is a no-op. */
INFEXT_API void infext_datalayer_free(infext_datalayer *datalayer);

/** Number of metrics sources; 0 for NULL. */
INFEXT_API size_t infext_datalayer_sources_count(const infext_datalayer *datalayer);

/** Source @p index. @return a borrowed pointer, or NULL when out of range. */
INFEXT_API const infext_metrics_source *infext_datalayer_source_at(
    const infext_datalayer *datalayer, size_t index);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_METRICS_H */
