/* Saturation detection and shedding: for each tests/data/saturation/<case>/
 * the detector built from config.yaml (thresholds and diagnostics) and,
 * with an `endpoints` file naming one of the endpoint lists, the report at
 * a fixed time (10 s after the epoch) and the admission of requests with no
 * priority, priority 0 and priority -1. */
#include "support.h"

#include "util/alloc.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NOW_NS 10000000000LL

static int mismatches;

static void compare(const char *rel, const char *got)
{
    mismatches += test_compare_data(rel, got);
}

static void append(char **out, const char *s)
{
    size_t a = *out ? strlen(*out) : 0, b = strlen(s);
    *out = realloc(*out, a + b + 1);
    assert_non_null(*out);
    memcpy(*out + a, s, b + 1);
}

static const char *admission(const infext_saturation_report *rep, bool has, int32_t priority)
{
    infext_request *req = NULL;
    assert_int_equal(infext_request_new(&req), INFEXT_OK);
    if (has) infext_request_set_priority(req, priority);
    infext_admission a = infext_saturation_admit(rep, req);
    infext_request_free(req);
    return a == INFEXT_ADMISSION_SHED ? "shed" : "admit";
}

static void run_case(const char *name)
{
    char rel[512], line[512];
    snprintf(rel, sizeof(rel), "saturation/%s/config.yaml", name);
    size_t len;
    char *yaml = test_read_data(rel, &len);
    infext_v1alpha1_endpoint_picker_config *cfg = NULL;
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    assert_int_equal(infext_v1alpha1_endpoint_picker_config_decode(&cfg, yaml, len, NULL, diags),
                     INFEXT_OK);
    infext_saturation_detector *d = NULL;
    infext_status st = infext_saturation_detector_new(&d, cfg, diags);
    char *out = NULL;
    snprintf(line, sizeof(line), "detector %s\n", infext_status_name(st));
    append(&out, line);
    if (d) {
        snprintf(line, sizeof(line), "mode %s queueDepthThreshold %lld kvCacheUtilThreshold %g "
                 "metricsStalenessThreshold %lldns headroom %g\n",
                 infext_saturation_detector_get_mode(d) == INFEXT_SATURATION_LEGACY ? "legacy"
                                                                                   : "utilization",
                 (long long)infext_saturation_detector_get_queue_depth_threshold(d),
                 infext_saturation_detector_get_kv_cache_util_threshold(d),
                 (long long)infext_saturation_detector_get_metrics_staleness_threshold(d),
                 infext_saturation_detector_get_headroom(d));
        append(&out, line);
    }
    char *r = test_render_diags(diags);
    append(&out, r);
    free(r);

    snprintf(rel, sizeof(rel), "saturation/%s/endpoints", name);
    char path[1024];
    snprintf(path, sizeof(path), "%s/%s", INFEXT_TEST_DATA, rel);
    FILE *f = fopen(path, "rb");
    if (f && d) {
        fclose(f);
        char *file = test_read_data(rel, NULL);
        file[strcspn(file, "\n")] = '\0';
        snprintf(rel, sizeof(rel), "saturation/%s", file);
        free(file);
        char *json = test_read_data(rel, &len);
        infext_endpoint_list *list = NULL;
        assert_int_equal(infext_endpoint_list_decode_json(&list, json, len, NULL), INFEXT_OK);
        infext_saturation_report *rep = NULL;
        assert_int_equal(infext_saturation_report_new(&rep), INFEXT_OK);
        assert_int_equal(infext_saturation_check(rep, d, infext_endpoint_list_items(list),
                                                 infext_endpoint_list_count(list), NOW_NS),
                         INFEXT_OK);
        char *enc = NULL;
        assert_int_equal(infext_saturation_report_encode_json(&enc, NULL, rep), INFEXT_OK);
        append(&out, enc);
        append(&out, "\n");
        infext_free(enc);
        snprintf(line, sizeof(line), "no priority: %s; priority 0: %s; priority -1: %s\n",
                 admission(rep, false, 0), admission(rep, true, 0), admission(rep, true, -1));
        append(&out, line);
        /* a second check of the same pool allocates nothing */
        infext__alloc_fail_after(LONG_MAX);
        infext_saturation_check(rep, d, infext_endpoint_list_items(list),
                                infext_endpoint_list_count(list), NOW_NS);
        assert_int_equal(infext__alloc_fail_after(-1), 0);
        infext_saturation_report_free(rep);
        infext_endpoint_list_free(list);
        free(json);
    } else if (f) {
        fclose(f);
    }
    snprintf(rel, sizeof(rel), "saturation/%s/expected", name);
    compare(rel, out);
    free(out);
    infext_saturation_detector_free(d);
    infext_diags_free(diags);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
    free(yaml);
}

static void test_saturation_corpus(void **state)
{
    (void)state;
    char **names = test_list_dir("saturation");
    size_t n = 0;
    for (char **c = names; *c; c++) {
        if (strstr(*c, ".json")) continue;
        run_case(*c);
        n++;
    }
    test_free_list(names);
    if (mismatches) fail_msg("%d expectation(s) differ", mismatches);
    assert_true(n >= 9);
}

static void test_saturation_api(void **state)
{
    (void)state;
    infext_saturation_detector *d = NULL;
    assert_int_equal(infext_saturation_detector_new(NULL, NULL, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_saturation_detector_new(&d, NULL, NULL), INFEXT_OK);
    assert_int_equal(infext_saturation_detector_get_mode(d), INFEXT_SATURATION_UTILIZATION);
    assert_int_equal(infext_saturation_detector_get_queue_depth_threshold(d), 5);
    assert_int_equal(infext_saturation_detector_get_metrics_staleness_threshold(d), 200000000);
    infext_saturation_report *rep = NULL;
    assert_int_equal(infext_saturation_report_new(&rep), INFEXT_OK);
    /* before any check, and after a failed one, the pool counts as saturated */
    assert_true(infext_saturation_report_saturated(rep));
    assert_int_equal(infext_saturation_check(rep, d, NULL, 1, NOW_NS), INFEXT_EINVAL);
    assert_true(infext_saturation_report_saturated(rep));
    infext_endpoint *ep = NULL;
    assert_int_equal(infext_endpoint_new(&ep, "ns", "a"), INFEXT_OK);
    infext_endpoint *eps[2] = {ep, NULL};
    assert_int_equal(infext_saturation_check(rep, d, eps, 2, NOW_NS), INFEXT_EINVAL);
    assert_int_equal(infext_saturation_report_endpoints_count(rep), 0);
    /* now_ns 0 reads the clock: a just-updated endpoint is fresh */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    infext_endpoint_set_update_time(ep, (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
    assert_int_equal(infext_saturation_check(rep, d, eps, 1, 0), INFEXT_OK);
    assert_int_equal(infext_saturation_report_endpoint_reasons(rep, 0), 0);
    assert_false(infext_saturation_report_saturated(rep));
    /* never updated: stale, whatever the clock */
    infext_endpoint_set_update_time(ep, 0);
    assert_int_equal(infext_saturation_check(rep, d, eps, 1, 0), INFEXT_OK);
    assert_int_equal(infext_saturation_report_endpoint_reasons(rep, 0), INFEXT_SATURATED_STALE);
    assert_null(infext_saturation_report_endpoint_at(rep, 1));
    assert_int_equal(infext_saturation_report_endpoint_reasons(rep, 1), 0);
    assert_true(infext_saturation_report_pool_saturation(NULL) == 1.0);
    assert_true(infext_saturation_report_saturated(NULL));
    /* admission: NULL request proceeds; a NULL report counts as saturated */
    infext_request *req = NULL;
    assert_int_equal(infext_request_new(&req), INFEXT_OK);
    assert_false(infext_request_is_sheddable(req));
    infext_request_set_priority(req, -1);
    assert_true(infext_request_is_sheddable(req));
    assert_int_equal(infext_saturation_admit(NULL, req), INFEXT_ADMISSION_SHED);
    assert_int_equal(infext_saturation_admit(rep, NULL), INFEXT_ADMISSION_ADMIT);
    assert_false(infext_request_is_sheddable(NULL));
    infext_request_free(req);
    infext_endpoint_free(ep);
    infext_saturation_report_free(rep);
    infext_saturation_detector_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_saturation_corpus),
        cmocka_unit_test(test_saturation_api),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
