/* Private side of the metrics module: the parser's layouts, the metric
 * specs of the extractor mappings, and the parameter table of the two
 * data-layer plugin types. */
#ifndef INFEXT_METRICS_INT_H
#define INFEXT_METRICS_INT_H

#include "infext/metrics.h"
#include "infext/plugin.h"

/* ------------------------------------------------------------- parser -- */

struct infext_metrics_sample {
    const char *name;
    const char *family;
    infext_metric_type type;
    double value;
    bool has_timestamp;
    int64_t timestamp;
    unsigned int line;
    size_t labels_len;
    const char **label_names;
    const char **label_values;
    /* the sample's line on the page, so a consumer can parse it again
     * after the parser's scratch has moved on */
    const char *text;
    size_t text_len;
};

/* One metric family seen on the current page (open addressing; a slot is in
 * use when its generation is the page's). */
typedef struct infext__mfamily {
    const char *name; /* into the page */
    uint32_t len;
    uint32_t gen;
    uint32_t hash;
    unsigned char type;
    unsigned char flags;
} infext__mfamily;

struct infext_metrics_parser {
    infext_metrics_parser_options opts;
    char *scratch; /* unescaped names and values of the current line */
    size_t scratch_cap;
    const char **label_names; /* room for opts.max_labels */
    const char **label_values;
    infext__mfamily *families;
    size_t families_cap; /* a power of two, or 0 */
    size_t families_len;
    uint32_t gen;
    void *slots; /* scratch for consumers (the extractors' best samples) */
    size_t slots_cap;
};

/* Parse one sample line again (no family context: type untyped, family =
 * name) into `out`, which borrows the parser's scratch. 0 on success. */
int infext__metrics_reparse(infext_metrics_sample *out, infext_metrics_parser *parser,
                            const char *text, size_t len, unsigned int line);

/* Scratch memory of at least `size` bytes kept by the parser between pages;
 * NULL when it cannot grow. Its content is the caller's until the next call. */
void *infext__metrics_parser_slots(infext_metrics_parser *parser, size_t size);

/* Go's strconv.ParseFloat on a token (decimal, NaN, [+-]Inf, Infinity; no
 * hex). 0 on success, -1 bad syntax, -2 out of range. */
int infext__metrics_parse_float(double *out, const char *s, size_t len);

/* Parse a page once and run every extractor of `xs` on `ep` (the body of
 * infext_metrics_extractor_update() and infext_metrics_source_update()). */
infext_status infext__metrics_run(const infext_metrics_extractor *const *xs, size_t n,
                                  infext_metrics_parser *parser, infext_endpoint *ep,
                                  const char *data, size_t len, int64_t now_ns,
                                  infext_diags *diags);

/* ------------------------------------------------------------- specs -- */

/* `name{label=value,...}` as the extractor's specs write it. */
typedef struct infext__mspec {
    char *text; /* as configured, for messages */
    char *name;
    size_t labels_len;
    size_t labels_cap; /* of both arrays below */
    char **label_names;
    char **label_values;
} infext__mspec;

/* Parse a spec; "" gives a disabled spec (*out NULL). On error returns
 * INFEXT_ECONFIG with a message at `path`. */
infext_status infext__mspec_parse(infext__mspec **out, const char *text, const char *path,
                                  infext_diags *diags);
void infext__mspec_free(infext__mspec *spec);
bool infext__mspec_matches(const infext__mspec *spec, const infext_metrics_sample *s);

/* ------------------------------------------------------- plugin types -- */

#define INFEXT__METRICS_SOURCE_TYPE "metrics-data-source"
#define INFEXT__METRICS_EXTRACTOR_TYPE "core-metrics-extractor"

/* Kinds of parameter in the table below. */
typedef enum infext__mparam_kind {
    INFEXT__MPARAM_STRING,
    INFEXT__MPARAM_BOOL,
    INFEXT__MPARAM_PORT,     /* an integer 1..65535 */
    INFEXT__MPARAM_DURATION, /* a Go duration string, > 0 */
    INFEXT__MPARAM_LIST,     /* a list of objects: the rows whose plugin_type is its name */
} infext__mparam_kind;

/* One parameter of a data-layer plugin type: the single description that
 * decoding, the defaults and documentation (`infext explain`) share. */
typedef struct infext__mparam {
    const char *plugin_type; /* INFEXT__METRICS_*_TYPE, or the list ("engineConfigs",
                              * "customMetrics") whose elements it describes */
    const char *name;        /* the JSON key */
    infext__mparam_kind kind;
    size_t offset;           /* of the decoded value in the plugin's settings struct */
    const char *default_text;
    const char *since;       /* where upstream has it: "gie-v1.5", "llm-d-v0.10" */
    const char *doc;
} infext__mparam;

extern const infext__mparam infext__metrics_params[];
extern const size_t infext__metrics_params_count;

/* Decode the members of `plugin_type` from `params` (whose config path is
 * `path`) into `settings`, leaving absent ones as they are (strings borrowed
 * from `params`). Returns INFEXT_OK, INFEXT_ECONFIG (reported to `diags`)
 * or INFEXT_ENOMEM. The caller still runs infext_params_finish(). */
infext_status infext__mparams_decode(void *settings, const char *plugin_type, const char *path,
                                     infext_params *params, infext_diags *diags);

/* A list parameter: a reader over its elements ("0", "1", ...). */
typedef struct infext__mlist {
    infext_params *items;
    size_t len;
} infext__mlist;

/* Settings of a metrics-data-source, as decoded. */
typedef struct infext__msource_settings {
    const char *scheme;
    const char *path;
    bool insecure_skip_verify;
    int64_t port;
    const char *ca_cert_path;
    const char *client_cert_path;
    const char *client_key_path;
    int64_t interval;
} infext__msource_settings;

/* Settings of a core-metrics-extractor and of one engineConfigs entry. */
typedef struct infext__mengine_settings {
    const char *name;
    const char *queued;
    const char *running;
    const char *kv_usage;
    const char *lora;
    const char *cache_info;
    const char *block_size_label;
    const char *num_blocks_label;
    const char *block_size;
    const char *num_blocks;
    infext__mlist custom_metrics; /* llm-d-router v0.10 */
} infext__mengine_settings;

/* One customMetrics entry of an engineConfigs entry. */
typedef struct infext__mcustom_settings {
    const char *attribute_key;
    const char *metric_spec;
} infext__mcustom_settings;

typedef struct infext__mextractor_settings {
    const char *engine_label_key;
    const char *default_engine;
    infext__mlist engine_configs;
} infext__mextractor_settings;

/* Shared by the public constructors and the plugin types' `create`. */
struct infext_metrics_source {
    char *name;
    char *scheme;
    char *path;
    bool insecure_skip_verify;
    int32_t port;
    char *ca_cert_path;
    char *client_cert_path;
    char *client_key_path;
    int64_t interval;
    const infext_metrics_extractor **extractors; /* the array is owned, not the extractors */
    size_t extractors_len;
};

#endif
