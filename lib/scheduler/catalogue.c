/* The catalogue of built-in plugin types (see catalogue.h). Facts from
 * upstream: GIE v1.2-v1.5 pkg/epp/scheduling/framework/plugins and
 * llm-d-router v0.10 pkg/epp/framework/plugins (types, parameters,
 * defaults); the text is ours. */
#include "scheduler/catalogue.h"

#include "metrics/plugin_types.h"
#include "saturation/plugin_type.h"
#include "scheduler/params.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/diag.h"

#include <stdio.h>
#include <string.h>

#define END {NULL, 0, NULL, NULL, NULL}
#define P_INT INFEXT__CP_INT
#define P_NUM INFEXT__CP_NUMBER
#define P_BOOL INFEXT__CP_BOOL
#define P_STR INFEXT__CP_STRING
#define P_STRS INFEXT__CP_STRINGS
#define P_OBJ INFEXT__CP_OBJECT
#define P_MAP INFEXT__CP_STRMAP
#define P_LIST INFEXT__CP_LIST
#define P_OPAQUE INFEXT__CP_OPAQUE

static const infext__cparam utilization_params[] = {
    {"queueDepthThreshold", INFEXT__CP_INT, "5", "Waiting requests beyond which an endpoint is saturated.", NULL},
    {"kvCacheUtilThreshold", INFEXT__CP_NUMBER, "0.8", "KV-cache usage beyond which an endpoint is saturated, in (0, 1].", NULL},
    {"metricsStalenessThreshold", INFEXT__CP_STRING, "200ms", "Age (Go duration) after which an endpoint's metrics count as stale.", NULL},
    {"headroom", INFEXT__CP_NUMBER, "0", "Burst allowance above the thresholds, as a fraction (0.2 = 20%), for endpoint-level limits.", NULL},
    END,
};

static const infext__cparam picker_params[] = {
    {"maxNumOfEndpoints", P_INT, "1", "How many endpoints to pick, best first.", NULL},
    END,
};

static const infext__cparam prefix_scorer_params[] = {
    {"blockSize", P_INT, "64", "GIE: prompt characters a block (ignored with autoTune when the endpoints report their cache block size).", NULL},
    {"blockSizeTokens", P_INT, "16", "Heimdall only: tokens a block (4 prompt characters a token), in place of blockSize (refused alone in Heimdall configs); a prompt shorter than a block is not matched.", NULL},
    {"maxPrefixBlocksToMatch", P_INT, "256", "GIE: blocks of the prompt to match at most.", NULL},
    {"lruCapacityPerServer", P_INT, "31250", "GIE: blocks remembered per endpoint.", NULL},
    {"autoTune", P_BOOL, "true", "GIE: take the block size and capacity from the endpoints' metrics.", NULL},
    {"prefixMatchInfoProducerName", P_STR, "approx-prefix-cache-producer", "llm-d-router: the plugin whose match information is read.", NULL},
    {"matchLengthWeight", P_NUM, "0", "llm-d-router: share (0..1) of the score that rewards long matches rather than the matched fraction.", NULL},
    {"matchLengthScaleTokens", P_INT, "8192", "llm-d-router: matched tokens that earn the full length score.", NULL},
    END,
};

static const infext__cparam label_filter_params[] = {
    {"matchLabels", P_MAP, NULL, "Labels an endpoint must all have, with these values.", NULL},
    END,
};

static const infext__cparam by_label_params[] = {
    {"label", P_STR, NULL, "The endpoint label to read (required).", NULL},
    {"validValues", P_STRS, NULL, "Values that keep an endpoint.", NULL},
    {"allowsNoLabel", P_BOOL, "false", "Keep endpoints without the label.", NULL},
    END,
};

static const infext__cparam expression_params[] = {
    {"key", P_STR, NULL, "The label.", NULL},
    {"operator", P_STR, NULL, "In, NotIn, Exists or DoesNotExist.", NULL},
    {"values", P_STRS, NULL, "Values for In and NotIn.", NULL},
    END,
};

static const infext__cparam selector_params[] = {
    {"matchLabels", P_MAP, NULL, "Labels an endpoint must all have, with these values.", NULL},
    {"matchExpressions", P_LIST, NULL, "Requirements an endpoint must all meet.", expression_params},
    END,
};

static const infext__cparam decider_params[] = {
    {"nonCachedTokens", P_INT, "0", "Disaggregate when at least this many prompt tokens are not cached on the decode endpoint; 0 never disaggregates.", NULL},
    {"promptTokens", P_INT, "0", "Disaggregate only prompts of at least this many tokens (0: any).", NULL},
    END,
};

static const infext__cparam disagg_profiles[] = {
    {"decode", P_STR, "decode", "The decode profile.", NULL},
    {"prefill", P_STR, "prefill", "The prefill profile.", NULL},
    {"encode", P_STR, "encode", "The encode profile.", NULL},
    END,
};

static const infext__cparam disagg_deciders[] = {
    {"prefill", P_STR, NULL, "Decider plugin for P/D; none: never prefill apart.", NULL},
    {"encode", P_STR, NULL, "Decider plugin for E/PD; none: never encode apart.", NULL},
    END,
};

static const infext__cparam disagg_params[] = {
    {"stageOrder", P_STR, "decode-first", "decode-first or prefill-first.", NULL},
    {"profiles", P_OBJ, NULL, "Profile names.", disagg_profiles},
    {"deciders", P_OBJ, NULL, "Decider plugin names.", disagg_deciders},
    {"decodeProfile", P_STR, NULL, "Deprecated: profiles.decode.", NULL},
    {"prefillProfile", P_STR, NULL, "Deprecated: profiles.prefill.", NULL},
    {"encodeProfile", P_STR, NULL, "Deprecated: profiles.encode.", NULL},
    {"prefillDeciderPluginName", P_STR, NULL, "Deprecated: deciders.prefill.", NULL},
    {"deciderPluginName", P_STR, NULL, "Deprecated: deciders.prefill.", NULL},
    {"encodeDeciderPluginName", P_STR, NULL, "Deprecated: deciders.encode.", NULL},
    END,
};

static const infext__cparam pd_params[] = {
    {"decodeProfile", P_STR, "decode", "The decode profile.", NULL},
    {"prefillProfile", P_STR, "prefill", "The prefill profile.", NULL},
    {"deciderPluginName", P_STR, "prefix-based-pd-decider", "The decider plugin.", NULL},
    {"primaryPort", P_INT, "0", "Port of the primary rank (1..65535; 0: none): the target port of the result (infext_result_get_target_port()).", NULL},
    {"prefixPluginType", P_STR, "prefix-cache-scorer", "Type of the prefix plugin whose match threshold reads (Heimdall v0.4); otherwise accepted, unused.", NULL},
    {"prefixPluginName", P_STR, NULL, "Name of that plugin, prefixPluginType when absent (Heimdall v0.4); otherwise accepted, unused.", NULL},
    {"threshold", P_INT, "0", "Heimdall only (v0.4, in place of a decider): prefill unless the prompt bytes the decode endpoint's prefix match does not cover are fewer than this; 0 or below: always prefill.", NULL},
    {"hashBlockSize", P_INT, "64", "Heimdall only (v0.4): prompt bytes each block of that match counts for.", NULL},
    {"prefixMatchInfoProducerName", P_STR, NULL, "Accepted, unused.", NULL},
    END,
};

static const infext__cparam headers_params[] = {
    {"prefillProfile", P_STR, "prefill", "The prefill profile, whose endpoint goes in x-prefiller-host-port.", NULL},
    {"encodeProfile", P_STR, "encode", "The encode profile, whose endpoints go in x-encoder-hosts-ports.", NULL},
    END,
};

static const infext__cparam dp_params[] = {
    {"primaryPort", P_INT, "8000", "Port of the primary rank (1..65535; 0 is taken as port 0, as upstream does): the target port of the result (infext_result_get_target_port()).", NULL},
    END,
};

static const infext__cparam approx_params[] = {
    {"autoTune", P_BOOL, "true", "Take the block size and capacity from the endpoints' metrics.", NULL},
    {"blockSizeTokens", P_INT, "16", "Tokens a block (at least 64 are used).", NULL},
    {"blockSize", P_INT, NULL, "Deprecated: blockSizeTokens.", NULL},
    {"maxPrefixBlocksToMatch", P_INT, "2048", "Blocks to match at most, when maxPrefixTokensToMatch is 0 (0: unlimited).", NULL},
    {"maxPrefixTokensToMatch", P_INT, "131072", "Tokens to match at most.", NULL},
    {"lruCapacityPerServer", P_INT, "31250", "Blocks remembered per endpoint.", NULL},
    END,
};

static const infext__cparam token_params[] = {
    {"modelName", P_STR, NULL, "Model whose tokenizer is loaded.", NULL},
    {"vllm", P_OPAQUE, NULL, "vLLM /render backend.", NULL},
    {"udsTokenizerConfig", P_OPAQUE, NULL, "Deprecated gRPC-over-UDS backend.", NULL},
    {"estimate", P_OPAQUE, NULL, "Tokenizer-free estimate backend.", NULL},
    END,
};

static const infext__cparam precise_params[] = {
    {"tokenProcessorConfig", P_OPAQUE, NULL, "Block size and hashing of the KV-cache indexer.", NULL},
    {"indexerConfig", P_OPAQUE, NULL, "The KV-block index.", NULL},
    {"kvEventsConfig", P_OPAQUE, NULL, "The KV-event subscription (ZMQ).", NULL},
    {"speculativeIndexing", P_BOOL, "false", "Index a request's blocks before the events confirm them.", NULL},
    {"speculativeTTL", P_STR, NULL, "How long speculative entries live (Go duration).", NULL},
    END,
};

static const infext__cparam k8s_source_params[] = {
    {"group", P_STR, NULL, "API group to watch (\"\" for core).", NULL},
    {"version", P_STR, NULL, "API version (required).", NULL},
    {"kind", P_STR, NULL, "Kind (required).", NULL},
    END,
};

#define GIE "GIE v1.0"
#define LLMD "llm-d-router v0.10"
#define TOKENIZER "a tokenizer (vLLM's /render endpoint or a UDS tokenizer service)"
#define KV_EVENTS "a KV-cache event stream over ZMQ and a tokenizer"
#define K8S_WATCH "a watch on the Kubernetes API"

#define AVAILABLE(type, points, since, doc, params, vt, ext)                                  \
    {type, points, since, doc, params, vt, ext, NULL, 0, false}
#define MISSING(type, points, roles, doc, params, needs)                                      \
    {type, points, LLMD, doc, params, NULL, NULL, needs, roles, false}
/* Accepted and never run (no vt, needs nothing): the flow-control policies
 * the loaders add to every config; libinfext has no flow-control queues. */
#define INERT(type, points, since, doc, params) {type, points, since, doc, params, NULL, NULL, NULL, 0, false}
#define INERT_NOTE " Accepted, its parameters checked; libinfext has no flow-control queues, so it is not run."

static const infext__cparam usage_limit_params[] = {
    {"threshold", P_NUM, "1", "The fixed usage ceiling for every priority (1: no gating).", NULL},
    END,
};

/* Heimdall (MoAI Inference Framework moreh-v0.7 reference): types of its
 * own whose parameters it documents; none can run here. */
#define HEIMDALL "Heimdall moreh-v0.7"
#define HEIMDALL_MISSING(type, points, doc, params, needs) {type, points, HEIMDALL, doc, params, NULL, NULL, needs, 0, false}

static const infext__cparam models_source_params[] = {
    {"scheme", P_STR, "http", "http or https.", NULL},
    {"path", P_STR, "/v1/models", "Path of the endpoint's models list.", NULL},
    {"insecureSkipVerify", P_BOOL, "true", "Accept any TLS certificate.", NULL},
    END,
};

static const infext__cparam uds_tokenizer_params[] = {
    {"socketFile", P_STR, NULL, "The tokenizer service's Unix socket (Heimdall has a default path).", NULL},
    END,
};

static const infext__cparam heimdall_tokenizer_params[] = {
    {"modelName", P_STR, NULL, "Model whose tokenizer is used (required).", NULL},
    {"udsTokenizerConfig", P_OBJ, NULL, "A tokenizer service on a Unix socket; the in-process tokenizer when absent.", uds_tokenizer_params},
    END,
};

/* Heimdall's scorers (and filter) whose parameters its reference lists
 * but whose scores it does not define: known, checked, not available. */
#define HEIMDALL_UNDEFINED(type, points, roles, doc, params, what)                             \
    {type, points, HEIMDALL, doc, params, NULL, NULL, what " (Heimdall's reference does not define it)", roles, false}
#define R_SCORER INFEXT_ROLE_SCORER

static const infext__cparam context_length_params[] = {
    {"label", P_STR, "mif.moreh.io/context-length-range", "Endpoint label of its context-length ranges (\"min-max\", comma separated).", NULL},
    {"enableFiltering", P_BOOL, "false", "Also drop endpoints whose ranges miss the request's estimated tokens.", NULL},
    END,
};

static const infext__cparam active_request_params[] = {
    {"requestTimeout", P_STR, "2m", "Go duration after which a request in flight counts as dropped.", NULL},
    {"idleThreshold", P_INT, "0", "In-flight requests up to which an endpoint is idle (score 1).", NULL},
    {"maxBusyScore", P_NUM, "1.0", "Highest score of a busy endpoint, in [0, 1].", NULL},
    END,
};

static const infext__cparam load_aware_params[] = {
    {"threshold", P_INT, "128", "Waiting queue the load is normalised against.", NULL},
    END,
};

static const infext__cparam no_hit_lru_params[] = {
    {"prefixPluginType", P_STR, "prefix-cache-scorer", "Type of the prefix-cache scorer whose hits and misses it watches.", NULL},
    {"prefixPluginName", P_STR, "prefix-cache-scorer", "Name of that scorer.", NULL},
    {"lruSize", P_INT, "1024", "Endpoints its LRU tracks at most.", NULL},
    END,
};

static const infext__cparam responses_store_params[] = {
    {"storeConfig", P_OPAQUE, NULL, "The store: inMemoryConfig, or tieredConfig (Redis or Valkey, then MongoDB); in memory for 24h when absent.", NULL},
    END,
};

static const infext__catalogue_entry entries[] = {
    AVAILABLE("queue-scorer", "scorer", GIE, "Shorter waiting queue, higher score (min-max over the candidates).", NULL, &infext__sched_queue_scorer, NULL),
    AVAILABLE("running-requests-size-scorer", "scorer", "GIE v1.6, " HEIMDALL, "Fewer requests running, higher score (min-max over the candidates, all equal: 1).", NULL, &infext__sched_running_requests_scorer, NULL),
    AVAILABLE("kv-cache-utilization-scorer", "scorer", GIE, "Score 1 - KV-cache usage.", NULL, &infext__sched_kv_cache_scorer, NULL),
    AVAILABLE("lora-affinity-scorer", "scorer", GIE, "Prefers endpoints with the request's adapter active, then waiting, then with room for it.", NULL, &infext__sched_lora_affinity_scorer, NULL),
    AVAILABLE("prefix-cache-scorer", "scorer, pre-request", GIE, "Prefers endpoints likely to hold the prompt's prefix in their KV cache; in llm-d-router it reads an approx-prefix-cache-producer.", prefix_scorer_params, &infext__sched_prefix_cache_scorer, &infext__sched_prefix_scorer_ext),
    AVAILABLE("max-score-picker", "picker", GIE, "Picks the highest total scores (ties at random).", picker_params, &infext__sched_max_score_picker, NULL),
    AVAILABLE("random-picker", "picker", GIE, "Picks at random.", picker_params, &infext__sched_random_picker, NULL),
    AVAILABLE("weighted-random-picker", "picker", GIE, "Picks at random, weighted by the total scores.", picker_params, &infext__sched_weighted_random_picker, NULL),
    AVAILABLE("single-profile-handler", "profile-handler", GIE, "Runs the one profile; it is the primary.", NULL, &infext__sched_single_profile_handler, NULL),
    AVAILABLE("label-filter", "filter", "libinfext", "Keeps endpoints whose labels include matchLabels.", label_filter_params, &infext__sched_label_filter, NULL),
    {"metrics-data-source", "data-source", "GIE v1.5", "Polls each endpoint's Prometheus metrics (the data layer).", NULL, &infext__metrics_source_type, NULL, NULL, 0, true},
    {"core-metrics-extractor", "data-extractor", "GIE v1.5", "Maps model-server metrics onto endpoint fields, per engine.", NULL, &infext__metrics_extractor_type, NULL, NULL, 0, true},
    {"utilization-detector", "saturation-detector", "GIE v1.5", "Saturation from queue depth and KV-cache usage against thresholds, stale metrics counting as saturated; the pool sheds sheddable requests when saturated.", utilization_params, &infext__saturation_utilization_type, NULL, NULL, 0, true},
    AVAILABLE("by-label", "filter", LLMD, "Deprecated (label-selector-filter): keeps endpoints whose label has a valid value, or (allowsNoLabel) no such label.", by_label_params, &infext__sched_by_label_filter, NULL),
    AVAILABLE("label-selector-filter", "filter", LLMD, "Keeps endpoints matched by a Kubernetes label selector.", selector_params, &infext__sched_label_selector_filter, NULL),
    AVAILABLE("by-label-selector", "filter", LLMD, "Deprecated name of label-selector-filter.", selector_params, &infext__sched_by_label_selector_filter, NULL),
    AVAILABLE("decode-filter", "filter", LLMD, "Keeps endpoints whose llm-d.ai/role is decode, prefill-decode, both or encode-prefill-decode, or that have no role (Heimdall: whose mif.moreh.io/role is decode or both, or that have none).", NULL, &infext__sched_decode_filter, &infext__sched_role_filter_ext),
    AVAILABLE("prefill-filter", "filter", LLMD, "Keeps endpoints whose llm-d.ai/role is prefill, encode-prefill, prefill-decode, both or encode-prefill-decode (Heimdall: whose mif.moreh.io/role is prefill).", NULL, &infext__sched_prefill_filter, &infext__sched_role_filter_ext),
    AVAILABLE("encode-filter", "filter", LLMD, "Keeps endpoints whose llm-d.ai/role is encode, encode-prefill or encode-prefill-decode (Heimdall: the same roles of mif.moreh.io/role).", NULL, &infext__sched_encode_filter, &infext__sched_role_filter_ext),
    AVAILABLE("prefix-based-pd-decider", "pd-decider", LLMD, "Prefill apart when the prompt's tokens not cached on the decode endpoint reach nonCachedTokens (4 prompt bytes a token).", decider_params, &infext__sched_prefix_pd_decider, &infext__sched_prefix_pd_decider_ext),
    AVAILABLE("always-disagg-pd-decider", "pd-decider", LLMD, "Always prefill apart.", NULL, &infext__sched_always_pd_decider, &infext__sched_always_pd_decider_ext),
    AVAILABLE("disagg-profile-handler", "profile-handler", LLMD, "Runs decode, then encode and prefill when their deciders say so (or prefill, encode, decode); decode is the primary. The request names the prefill endpoint in x-prefiller-host-port and the encode endpoints in x-encoder-hosts-ports (each removed when its stage did not run).", disagg_params, &infext__sched_disagg_profile_handler, &infext__sched_disagg_handler_ext),
    AVAILABLE("pd-profile-handler", "profile-handler", LLMD, "Deprecated (disagg-profile-handler): decode, then prefill when the decider says so. With primaryPort, the decode endpoint goes in x-data-parallel-host-port and the request to primaryPort.", pd_params, &infext__sched_pd_profile_handler, &infext__sched_pd_handler_ext),
    AVAILABLE("data-parallel-profile-handler", "profile-handler", LLMD, "Deprecated: runs the one profile; the picked endpoint goes in x-data-parallel-host-port and the request to primaryPort.", dp_params, &infext__sched_dp_profile_handler, NULL),
    AVAILABLE("disagg-headers-handler", "pre-request", LLMD, "Deprecated (disagg-profile-handler does it): names the prefill endpoint in x-prefiller-host-port and the encode endpoints in x-encoder-hosts-ports, each removed when its profile picked none.", headers_params, &infext__sched_disagg_headers_handler, &infext__sched_headers_handler_ext),
    AVAILABLE("prefill-header-handler", "pre-request", LLMD, "Deprecated name of disagg-headers-handler.", headers_params, &infext__sched_prefill_header_handler, &infext__sched_headers_handler_ext),
    AVAILABLE("openai-parser", "parser", LLMD, "Parses OpenAI request bodies (what infext_request_set_openai_body() does) for paths ending in chat/completions, completions, embeddings, responses, conversations, the two /render paths or images/generations.", NULL, &infext__sched_openai_parser, NULL),
    AVAILABLE("anthropic-parser", "parser", LLMD, "Parses Anthropic Messages bodies for paths ending in /messages (tools, system prompt, then each message's role and content make the prompt); /messages/count_tokens is passed through unparsed.", NULL, &infext__sched_anthropic_parser, NULL),
    AVAILABLE("vllmhttp-parser", "parser", LLMD, "Parses vLLM generate bodies for paths ending in inference/v1/generate (the token_ids, 4 little-endian bytes each, make the prompt).", NULL, &infext__sched_vllmhttp_parser, NULL),
    AVAILABLE(INFEXT__APPROX_PREFIX_PRODUCER, "data-producer, pre-request", LLMD, "Per request, how many leading prompt blocks each endpoint is believed to hold (an index of what was routed where).", approx_params, &infext__sched_approx_prefix_producer, &infext__sched_approx_prefix_ext),
    MISSING("token-producer", "data-producer", 0, "Tokenizes the prompt for the plugins that count tokens.", token_params, TOKENIZER),
    MISSING("precise-prefix-cache-producer", "data-producer, data-extractor, pre-request", INFEXT_ROLE_PRE_REQUEST, "Prefix-cache match information from the model servers' KV-cache events.", precise_params, KV_EVENTS),
    MISSING("precise-prefix-cache-scorer", "scorer", INFEXT_ROLE_SCORER, "Scores by the KV-cache blocks the model servers report holding.", precise_params, KV_EVENTS),
    MISSING("endpoint-notification-source", "data-source", 0, "Endpoint add and remove notifications.", NULL, K8S_WATCH),
    MISSING("k8s-notification-source", "data-source", 0, "Notifications on a Kubernetes kind.", k8s_source_params, K8S_WATCH),
    HEIMDALL_MISSING("models-data-source", "data-source", "Polls each endpoint's list of the models it serves.", models_source_params, "polling the endpoints' models lists (libinfext's data layer reads metrics)"),
    HEIMDALL_MISSING("model-server-protocol-models", "data-extractor", "Records the models a models-data-source found on each endpoint.", NULL, "the models lists a models-data-source polls"),
    HEIMDALL_MISSING("tokenizer", "prepare-data", "Tokenizes the prompt once for the plugins that read tokens (behind the prepareDataPlugins gate).", heimdall_tokenizer_params, "a tokenizer (in-process or a UDS tokenizer service)"),
    HEIMDALL_UNDEFINED("context-length-aware", "filter, scorer", INFEXT_ROLE_FILTER | R_SCORER, "Prefers endpoints whose context-length ranges (a label) match the request's estimated tokens; with enableFiltering drops the others.", context_length_params, "its token estimate and its score of a range"),
    HEIMDALL_UNDEFINED("active-request-scorer", "scorer, pre-request, post-response", R_SCORER, "Fewer requests in flight (counted by the plugin), higher score in [0, 1].", active_request_params, "its normalisation of the counts"),
    HEIMDALL_UNDEFINED("load-aware-scorer", "scorer", R_SCORER, "Shorter waiting queue, higher score; an empty queue scores high, a full one 0.", load_aware_params, "its score of a queue against threshold"),
    HEIMDALL_UNDEFINED("no-hit-lru-scorer", "scorer, pre-request", R_SCORER, "For requests that miss the prefix cache, prefers the endpoints least recently given one.", no_hit_lru_params, "its score of an LRU position"),
    HEIMDALL_UNDEFINED("session-affinity-scorer", "scorer, response", R_SCORER, "Prefers the endpoint named by the request's x-session-token header, which the response sets (Base64 of the serving endpoint's name).", NULL, "its score, the name it encodes and a response header"),
    HEIMDALL_MISSING("responses-store", "prepare-data, post-response", "Keeps OpenAI Responses API conversations for previous_response_id (behind the prepareDataPlugins gate).", responses_store_params, "a store of responses (in memory, Redis or Valkey, MongoDB)"),
    INERT("fcfs-ordering-policy", "ordering-policy", "GIE v1.4", "Flow control: serves a flow's queue first come, first served (the loaders' default ordering policy)." INERT_NOTE, NULL),
    INERT("global-strict-fairness-policy", "fairness-policy", "GIE v1.4", "Flow control: serves the flow whose head request is best across the band (the loaders' default fairness policy)." INERT_NOTE, NULL),
    INERT("static-usage-limit-policy", "usage-limit-policy", "GIE v1.5", "Flow control: a fixed usage ceiling for every priority band (the loaders' default usage-limit policy)." INERT_NOTE, usage_limit_params),
};

size_t infext__catalogue_count(void)
{
    return sizeof(entries) / sizeof(entries[0]);
}

const infext__catalogue_entry *infext__catalogue_at(size_t index)
{
    return index < infext__catalogue_count() ? &entries[index] : NULL;
}

const infext__catalogue_entry *infext__catalogue_find(const char *type)
{
    for (size_t i = 0; type && i < infext__catalogue_count(); i++)
        if (!strcmp(entries[i].type, type)) return &entries[i];
    return NULL;
}

infext_status infext__sched_params_end(infext_params *p, infext_status st)
{
    if (p && (st == INFEXT_OK || st == INFEXT_ECONFIG)) {
        infext_status fin = infext_params_finish(p);
        if (st == INFEXT_OK) st = fin;
    }
    infext_params_free(p);
    return st;
}

/* --------------------------------------------------- parameter check -- */

static infext_status check_table(const infext__cparam *table, infext_params *p);

static infext_status check_one(const infext__cparam *c, infext_params *p)
{
    int64_t i;
    double d;
    bool b;
    const char *s;
    infext_params *child = NULL;
    size_t n = 0;
    infext_status st = INFEXT_OK;
    switch (c->kind) {
    case INFEXT__CP_INT: return infext_params_get_int(&i, p, c->name);
    case INFEXT__CP_NUMBER: return infext_params_get_double(&d, p, c->name);
    case INFEXT__CP_BOOL: return infext_params_get_bool(&b, p, c->name);
    case INFEXT__CP_STRING: return infext_params_get_string(&s, p, c->name);
    case INFEXT__CP_OBJECT:
        st = infext_params_get_object(&child, p, c->name);
        return st == INFEXT_OK ? check_table(c->children, child) : st;
    case INFEXT__CP_OPAQUE:
        /* an object whose members this catalogue does not describe */
        st = infext_params_get_object(&child, p, c->name);
        for (size_t k = 0; st == INFEXT_OK && k < infext_params_count(child); k++)
            infext__params_skip(child, infext_params_key_at(child, k));
        return st;
    case INFEXT__CP_STRMAP:
    case INFEXT__CP_STRINGS:
        st = c->kind == INFEXT__CP_STRMAP ? infext_params_get_object(&child, p, c->name)
                                          : infext__params_get_list(&child, &n, p, c->name);
        for (size_t k = 0; st == INFEXT_OK && k < infext_params_count(child); k++) {
            infext_status e = infext_params_get_string(&s, child, infext_params_key_at(child, k));
            if (e == INFEXT_ENOMEM) st = e;
        }
        return st;
    case INFEXT__CP_LIST:
        st = infext__params_get_list(&child, &n, p, c->name);
        for (size_t k = 0; st == INFEXT_OK && k < n; k++) {
            infext_params *item = NULL;
            infext_status e = infext_params_get_object(&item, child, infext_params_key_at(child, k));
            if (e == INFEXT_OK) e = check_table(c->children, item);
            if (e == INFEXT_ENOMEM) st = e;
        }
        return st;
    }
    return st;
}

static infext_status check_table(const infext__cparam *table, infext_params *p)
{
    for (const infext__cparam *c = table; c && c->name; c++)
        if (check_one(c, p) == INFEXT_ENOMEM) return INFEXT_ENOMEM;
    return INFEXT_OK;
}

infext_status infext__catalogue_check_params(const infext__cparam *params, const char *json,
                                             const char *path, infext_diags *diags)
{
    infext_params *p = NULL;
    infext_status st = infext_params_parse(&p, json, path, diags);
    if (st == INFEXT_OK) st = check_table(params, p);
    return infext__sched_params_end(p, st);
}

/* ---------------------------------------------- types not available -- */

/* The config path of the plugin's type, from its parameters' path. */
static void type_path(char *out, size_t size, const char *params_path)
{
    const char *p = params_path ? params_path : "";
    size_t n = strlen(p), suffix = strlen(".parameters");
    if (n >= suffix && !strcmp(p + n - suffix, ".parameters")) n -= suffix;
    snprintf(out, size, "%.*s%stype", (int)n, p, n ? "." : "");
}

static void refuse(const infext__catalogue_entry *e, const char *params_path, infext_diags *diags)
{
    char path[512];
    type_path(path, sizeof(path), params_path);
    infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_NOT_SUPPORTED, path, 0, 0,
                      "plugin type \"%s\" is not available in this build: it needs %s", e->type,
                      e->needs);
}

/* Check the parameters, then refuse: a scheduler cannot run this type. */
static infext_status missing_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    const infext__catalogue_entry *e = args->type_data;
    infext_status st = infext__catalogue_check_params(e->params, args->parameters_json, args->path,
                                                      args->diags);
    if (st != INFEXT_OK) return st;
    refuse(e, args->path, args->diags);
    return INFEXT_ECONFIG;
}

static void missing_filter(void *state, infext_cycle *cycle, const infext_request *req,
                           const infext_endpoint *const *eps, size_t n, unsigned char *keep)
{
    (void)state, (void)cycle, (void)req, (void)eps, (void)n, (void)keep;
}

static infext_status missing_score(void *state, infext_cycle *cycle, const infext_request *req,
                                   const infext_endpoint *const *eps, size_t n, double *scores)
{
    (void)state, (void)cycle, (void)req, (void)eps, (void)n, (void)scores;
    return INFEXT_ECONFIG;
}

static void missing_pre_request(void *state, infext_cycle *cycle, const infext_request *req,
                                const infext_result *result)
{
    (void)state, (void)cycle, (void)req, (void)result;
}

static infext_status inert_create(void **out_state, const infext_plugin_create_args *args)
{
    *out_state = NULL;
    const infext__catalogue_entry *e = args->type_data;
    return infext__catalogue_check_params(e->params, args->parameters_json, args->path, args->diags);
}

void infext__catalogue_inert_vt(infext_plugin_type *out, const infext__catalogue_entry *e)
{
    memset(out, 0, sizeof(*out));
    out->abi_version = INFEXT_PLUGIN_ABI_VERSION;
    out->struct_size = sizeof(*out);
    out->type_name = e->type;
    out->type_data = (void *)e;
    out->create = inert_create;
}

void infext__catalogue_missing_vt(infext_plugin_type *out, const infext__catalogue_entry *e)
{
    memset(out, 0, sizeof(*out));
    out->abi_version = INFEXT_PLUGIN_ABI_VERSION;
    out->struct_size = sizeof(*out);
    out->type_name = e->type;
    out->roles = e->roles;
    out->type_data = (void *)e;
    out->create = missing_create;
    out->filter = missing_filter;
    out->score = missing_score;
    out->pre_request = missing_pre_request;
}

/* ------------------------------------------------------------ explain -- */

static const char *kind_text(infext__cparam_kind kind)
{
    static const char *const names[] = {"integer", "number", "boolean", "string", "list of strings",
                                        "object", "map of strings", "list of objects", "object"};
    return names[kind];
}

static void roles_text(infext__buf *out, unsigned roles)
{
    static const struct {
        unsigned role;
        const char *name;
    } map[] = {{INFEXT_ROLE_FILTER, "filter"},
               {INFEXT_ROLE_SCORER, "scorer"},
               {INFEXT_ROLE_PICKER, "picker"},
               {INFEXT_ROLE_PROFILE_HANDLER, "profile-handler"},
               {INFEXT_ROLE_PRE_REQUEST, "pre-request"},
               {INFEXT_ROLE_POST_RESPONSE, "post-response"}};
    size_t n = 0;
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
        if (roles & map[i].role) infext__buf_printf(out, "%s%s", n++ ? ", " : "", map[i].name);
    if (!n) infext__buf_puts(out, "none");
}

static void param_line(void *ctx, int depth, const char *name, const char *kind, const char *def,
                       const char *doc)
{
    infext__buf *out = ctx;
    infext__buf_printf(out, "%*s%s <%s>", 2 + 2 * depth, "", name, kind);
    if (def) infext__buf_printf(out, " (default %s)", def);
    infext__buf_printf(out, "\n%*s%s\n", 6 + 2 * depth, "", doc ? doc : "");
}

static void params_text(infext__buf *out, const infext__cparam *table, int depth)
{
    for (const infext__cparam *c = table; c && c->name; c++) {
        param_line(out, depth, c->name, kind_text(c->kind), c->def, c->doc);
        if (c->children) params_text(out, c->children, depth + 1);
    }
}

/* What explain says under AVAILABLE: "no" for a type this build
 * cannot run, "not run" for one it accepts and never runs (the flow-control
 * policies), "yes" otherwise (built-ins, data-layer types, plugins loaded). */
static const char *availability(const infext__catalogue_entry *c)
{
    if (!c) return "yes";
    if (c->needs) return "no";
    return !c->vt && !c->ext && !c->metrics_params ? "not run" : "yes";
}

static void type_text(infext__buf *out, const infext__sched_ptype *t)
{
    const infext__catalogue_entry *e = t->cat;
    infext__buf_printf(out, "TYPE: %s\nEXTENSION POINTS: ", t->name);
    if (e) infext__buf_puts(out, e->points);
    else roles_text(out, t->vt.roles);
    infext__buf_printf(out, "\nFROM: %s\nAVAILABLE: ", e ? e->since : "registered by the host");
    if (e && e->needs) infext__buf_printf(out, "no, it needs %s\n", e->needs);
    else infext__buf_printf(out, "%s\n", availability(e));
    if (e) infext__buf_printf(out, "DESCRIPTION:\n  %s\n", e->doc);
    infext__buf_puts(out, "PARAMETERS:\n");
    if (e && e->metrics_params) infext__metrics_params_each(e->type, param_line, out);
    else if (e && e->params) params_text(out, e->params, 0);
    else infext__buf_puts(out, e ? "  none\n" : "  not described\n");
}

INFEXT_API infext_status infext_registry_explain(char **out, infext_registry *reg, const char *type)
{
    if (!out) return INFEXT_EINVAL;
    *out = NULL;
    infext_registry *own = NULL;
    if (!reg) {
        infext_status st = infext_registry_new(&own);
        if (st != INFEXT_OK) return st;
        reg = own;
    }
    infext__buf text = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext_status st = INFEXT_OK;
    if (type) {
        const infext__sched_ptype *t = infext__sched_registry_find(reg, type);
        if (t) type_text(&text, t);
        else st = INFEXT_ENOTFOUND;
    } else {
        infext__buf_printf(&text, "%-32s %-44s %s\n", "TYPE", "EXTENSION POINTS", "AVAILABLE");
        for (size_t i = 0; i < reg->types_len; i++) {
            const infext__sched_ptype *t = &reg->types[i];
            infext__buf points = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
            if (t->cat) infext__buf_puts(&points, t->cat->points);
            else roles_text(&points, t->vt.roles);
            infext__buf_printf(&text, "%-32s %-44s %s\n", t->name, points.failed ? "" : points.data,
                               availability(t->cat));
            if (points.failed) text.failed = 1;
            infext__buf_reset(&points);
        }
    }
    infext_registry_free(own);
    if (st == INFEXT_OK && text.failed) st = INFEXT_ENOMEM;
    if (st == INFEXT_OK) *out = infext__buf_detach(&text, NULL);
    infext__buf_reset(&text);
    if (st == INFEXT_OK && !*out) st = INFEXT_ENOMEM;
    return st;
}
