/*
 * The plugin types upstream's loader tests register before they load their
 * test configs, as a plugin module, so that those configs (copied into
 * tests/data/epp-configs) can be checked, defaulted and built here as
 * upstream's tests load them. Each type has the role and the parameters
 * upstream's test registration gives it (facts from GIE v1.2.0 and v1.5.0
 * pkg/epp/config/loader/configloader_test.go, GIE v1.5.0
 * test/integration/epp/harness.go and llm-d-router v0.10.0
 * pkg/epp/config/loader/configloader_test.go):
 *
 *   test-one              filter (GIE v1.2.0), parameter threshold (integer)
 *   test-two              scorer (GIE v1.2.0); upstream's factory ignores its
 *                         parameters, the test config gives it blockSize
 *                         (integer), which is what is accepted here
 *   test-picker           picker (all three)
 *   test-profile-handler  profile handler (all three)
 *   test-plugin           a plugin of no extension point (GIE v1.5.0, llm-d)
 *   test-scorer           scorer (GIE v1.5.0, llm-d), parameter blockSize
 *   test-source           data source (GIE v1.5.0, llm-d): no role here
 *   test-extractor        data extractor (GIE v1.5.0, llm-d): no role here
 *   mock-metrics-source   the integration harness's data source (GIE v1.5.0)
 *
 * Upstream's test plugins do nothing (their filters keep every endpoint,
 * their scorers give no score, their picker picks nothing). Here, so that a
 * scheduler built from a loader-test config schedules deterministically:
 * the filter keeps everything, the scorers score 0, the picker picks the
 * first candidate, and the profile handler runs every profile once and
 * names the first one the primary.
 */
#include <infext/plugin.h>

#include <string.h>

INFEXT_PLUGIN_HOST_API_DEFINE;

/* Parameters: each name in `ints` is an optional integer; any other member
 * is an error (a misspelled parameter, reported with its path). */
static infext_status create_with_ints(const infext_plugin_create_args *args, const char *const *ints)
{
    infext_params *params = NULL;
    infext_status st = infext_params_parse(&params, args->parameters_json, args->path, args->diags);
    if (st != INFEXT_OK) return st;
    for (const char *const *name = ints; *name; name++) {
        int64_t value = 0;
        infext_status got = infext_params_get_int(&value, params, *name);
        if (got != INFEXT_OK && got != INFEXT_ENOTFOUND) st = INFEXT_ECONFIG;
    }
    if (infext_params_finish(params) != INFEXT_OK) st = INFEXT_ECONFIG;
    infext_params_free(params);
    return st;
}

static infext_status create_plain(void **out_state, const infext_plugin_create_args *args)
{
    static const char *const none[] = {NULL};
    *out_state = NULL;
    return create_with_ints(args, none);
}

static infext_status create_threshold(void **out_state, const infext_plugin_create_args *args)
{
    static const char *const ints[] = {"threshold", NULL};
    *out_state = NULL;
    return create_with_ints(args, ints);
}

static infext_status create_block_size(void **out_state, const infext_plugin_create_args *args)
{
    static const char *const ints[] = {"blockSize", NULL};
    *out_state = NULL;
    return create_with_ints(args, ints);
}

static void keep_all(void *state, infext_cycle *cycle, const infext_request *req,
                     const infext_endpoint *const *eps, size_t n, unsigned char *keep)
{
    (void)state, (void)cycle, (void)req, (void)eps, (void)n, (void)keep;
}

static infext_status score_none(void *state, infext_cycle *cycle, const infext_request *req,
                                const infext_endpoint *const *eps, size_t n, double *scores)
{
    (void)state, (void)cycle, (void)req, (void)eps, (void)n, (void)scores;
    return INFEXT_OK;
}

static size_t pick_first(void *state, infext_cycle *cycle, const infext_request *req,
                         const infext_endpoint *const *eps, const double *scores, size_t n, size_t *picked)
{
    (void)state, (void)cycle, (void)req, (void)eps, (void)scores;
    if (!n) return 0;
    picked[0] = 0;
    return 1;
}

/* Every profile that has not run yet, all at once; then nothing. */
static size_t run_every_profile(void *state, infext_cycle *cycle, const infext_request *req,
                                const infext_result *so_far, unsigned char *run)
{
    (void)state, (void)cycle, (void)req;
    size_t n = 0;
    for (size_t i = 0; i < infext_result_profiles_count(so_far); i++)
        if (!infext_result_profile_ran(so_far, i)) run[i] = 1, n++;
    return n;
}

static infext_status first_is_primary(void *state, infext_cycle *cycle, const infext_request *req,
                                      infext_result *result)
{
    (void)state, (void)cycle, (void)req;
    return infext_result_profiles_count(result) ? infext_result_set_primary(result, 0) : INFEXT_OK;
}

#define TYPE(name_, roles_, create_)                                                           \
    .abi_version = INFEXT_PLUGIN_ABI_VERSION, .struct_size = sizeof(infext_plugin_type),       \
    .type_name = (name_), .roles = (roles_), .create = (create_)

static const infext_plugin_type test_one = {TYPE("test-one", INFEXT_ROLE_FILTER, create_threshold),
                                            .filter = keep_all};
static const infext_plugin_type test_two = {TYPE("test-two", INFEXT_ROLE_SCORER, create_block_size),
                                            .score = score_none};
static const infext_plugin_type test_scorer = {TYPE("test-scorer", INFEXT_ROLE_SCORER, create_block_size),
                                               .score = score_none};
static const infext_plugin_type test_picker = {TYPE("test-picker", INFEXT_ROLE_PICKER, create_plain),
                                               .pick = pick_first};
static const infext_plugin_type test_handler = {TYPE("test-profile-handler", INFEXT_ROLE_PROFILE_HANDLER,
                                                     create_plain),
                                                .pick_profiles = run_every_profile,
                                                .process_results = first_is_primary};
static const infext_plugin_type test_plugin = {TYPE("test-plugin", 0, create_plain)};
static const infext_plugin_type test_source = {TYPE("test-source", 0, create_plain)};
static const infext_plugin_type test_extractor = {TYPE("test-extractor", 0, create_plain)};
static const infext_plugin_type mock_metrics_source = {TYPE("mock-metrics-source", 0, create_plain)};

static infext_status loader_test_init(const infext_host_api *host)
{
    if (!INFEXT_HOST_API_HAS(host, result_set_primary)) return INFEXT_EABI;
    INFEXT_PLUGIN_HOST_API_INIT(host);
    return INFEXT_OK;
}

static const infext_plugin_type *const types[] = {
    &test_one,    &test_two,    &test_scorer,    &test_picker,         &test_handler,
    &test_plugin, &test_source, &test_extractor, &mock_metrics_source,
};

static const infext_plugin_module module = {
    .abi_version = INFEXT_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(infext_plugin_module),
    .name = "loader-test-plugins",
    .init = loader_test_init,
    .types_count = sizeof(types) / sizeof(types[0]),
    .types = types,
};

INFEXT_PLUGIN_EXPORT const infext_plugin_module *infext_plugin_entry(void);

INFEXT_PLUGIN_EXPORT const infext_plugin_module *infext_plugin_entry(void)
{
    return &module;
}
