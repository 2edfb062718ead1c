/* infext_convert: the data cases of tests/data/convert (exact output or
 * exact diagnostics and status), the round-trip property over every
 * InferencePool of the test corpora, source positions, the typed wrappers,
 * bad arguments and allocation failures. */
#include "support.h"
#include "util/alloc.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define V1 "inference.networking.k8s.io/v1"
#define V1ALPHA2 "inference.networking.x-k8s.io/v1alpha2"
#define test_encode_yaml(obj) test_encode((obj), INFEXT_FORMAT_YAML)

static infext_object *decode_data(const char *rel)
{
    return test_decode_data(rel, INFEXT_DECODE_POSITIONS);
}

/* "STATUS\nSEVERITY|TYPE|PATH|MESSAGE\n..." as the case files spell it. */
static char *render(infext_status status, const infext_diags *diags)
{
    size_t cap = 256;
    for (size_t i = 0; i < infext_diags_count(diags); i++)
        cap += strlen(infext_diag_path(infext_diags_at(diags, i))) +
               strlen(infext_diag_message(infext_diags_at(diags, i))) + 64;
    char *out = malloc(cap);
    assert_non_null(out);
    size_t n = (size_t)snprintf(out, cap, "status %s\n", infext_status_name(status));
    for (size_t i = 0; i < infext_diags_count(diags); i++) {
        const infext_diag *d = infext_diags_at(diags, i);
        n += (size_t)snprintf(out + n, cap - n, "%s|%s|%s|%s\n",
                              infext_diag_severity(d) == INFEXT_SEVERITY_WARNING ? "WARNING" : "ERROR",
                              infext_error_type_id(infext_diag_type(d)), infext_diag_path(d), infext_diag_message(d));
    }
    return out;
}

/* INFEXT_CORPUS_WRITE=1: a case's expected.diags and expected.yaml (none
 * when the conversion was refused) from what the library gives. */
static void write_expected(const char *name, const char *diags_text, const infext_object *out)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/convert/%s/expected.diags", INFEXT_TEST_DATA, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(diags_text, f);
    fclose(f);
    snprintf(path, sizeof path, "%s/convert/%s/expected.yaml", INFEXT_TEST_DATA, name);
    if (!out) {
        remove(path);
        return;
    }
    char *text = test_encode_yaml(out);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    infext_free(text);
}

static void test_convert_cases(void **state)
{
    (void)state;
    char **cases = test_list_dir("convert");
    size_t n_cases = 0;
    for (char **c = cases; *c; c++, n_cases++) {
        char rel[512];
        snprintf(rel, sizeof rel, "convert/%s/target", *c);
        char *target = test_read_data(rel, NULL);
        unsigned int flags = strstr(target, "\nallow-lossy") ? INFEXT_CONVERT_ALLOW_LOSSY : 0;
        *strchr(target, '\n') = '\0';
        snprintf(rel, sizeof rel, "convert/%s/input.yaml", *c);
        infext_object *in = decode_data(rel);
        infext_object *before = NULL;
        assert_int_equal(infext_object_clone(&before, in), INFEXT_OK);

        infext_diags *diags = NULL;
        assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
        infext_object *out = (infext_object *)&out; /* must be overwritten */
        infext_status st = infext_convert(&out, in, target, flags, diags);
        char *got = render(st, diags);
        if (getenv("INFEXT_CORPUS_WRITE")) /* regenerate; review the diff before committing */
            write_expected(*c, got, st == INFEXT_OK ? out : NULL);
        snprintf(rel, sizeof rel, "convert/%s/expected.diags", *c);
        char *want = test_read_data(rel, NULL);
        if (strcmp(got, want) != 0) fail_msg("%s: status or diagnostics differ; got:\n%s", *c, got);
        assert_true(infext_object_equal(in, before)); /* the source is only read */

        snprintf(rel, sizeof rel, "%s/convert/%s/expected.yaml", INFEXT_TEST_DATA, *c);
        FILE *expected_file = fopen(rel, "rb");
        if (st == INFEXT_OK) {
            if (!expected_file) fail_msg("%s: converted, but there is no expected.yaml", *c);
            fclose(expected_file);
            char *text = test_encode_yaml(out);
            char *expected = test_read_path(rel, NULL);
            if (strcmp(text, expected) != 0) fail_msg("%s: output differs; got:\n%s", *c, text);
            assert_true(infext_object_is_root(out));
            free(expected);
            infext_free(text);
        } else {
            if (expected_file) fail_msg("%s: refused, but expected.yaml exists", *c);
            assert_null(out);
        }
        infext_object_free(out);
        infext_object_free(before);
        infext_object_free(in);
        infext_diags_free(diags);
        free(got);
        free(want);
        free(target);
    }
    test_free_list(cases);
    assert_true(n_cases >= 30);
}

/* ------------------------------------------------ round-trip property -- */

static bool is_default_condition(const infext_condition *c)
{
    const char *fields[][2] = {
        {infext_condition_get_type(c), "Accepted"},
        {infext_condition_get_status(c), "Unknown"},
        {infext_condition_get_reason(c), "Pending"},
        {infext_condition_get_message(c), "Waiting for controller"},
        {infext_condition_get_last_transition_time(c), "1970-01-01T00:00:00Z"},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (!fields[i][0] || strcmp(fields[i][0], fields[i][1]) != 0) return false;
    return !infext_condition_has_observed_generation(c);
}

static bool is_default_parent_ref(const char *group, const char *kind, const char *name, bool has_namespace)
{
    return kind && name && !strcmp(kind, "Status") && !strcmp(name, "default") && !has_namespace &&
           (!group || !strcmp(group, "gateway.networking.k8s.io"));
}

/* The documented normalisations, applied to a v1alpha2 pool: what a round
 * trip through v1 gives back. */
static void normalise_v1alpha2(infext_v1alpha2_inference_pool *pool)
{
    infext_v1alpha2_extension_reference *ref =
        infext_v1alpha2_inference_pool_spec_get_extension_ref(infext_v1alpha2_inference_pool_get_spec(pool));
    const char *kind = infext_v1alpha2_extension_reference_get_kind(ref);
    if (ref && !infext_v1alpha2_extension_reference_has_port_number(ref) && (!kind || !strcmp(kind, "Service")))
        assert_int_equal(infext_v1alpha2_extension_reference_set_port_number(ref, 9002), INFEXT_OK);
    infext_v1alpha2_inference_pool_status *status = infext_v1alpha2_inference_pool_get_status(pool);
    size_t n = infext_v1alpha2_inference_pool_status_parent_count(status);
    for (size_t i = n; i-- > 0;) {
        infext_v1alpha2_pool_status *parent = infext_v1alpha2_inference_pool_status_parent_at(status, i);
        size_t nc = infext_v1alpha2_pool_status_conditions_count(parent);
        for (size_t j = nc; j-- > 0;) {
            infext_condition *c = infext_v1alpha2_pool_status_conditions_at(parent, j);
            const char *type = infext_condition_get_type(c), *reason = infext_condition_get_reason(c);
            if (type && reason && !strcmp(type, "Accepted") && !strcmp(reason, "NotSupportedByParent"))
                assert_int_equal(infext_condition_set_reason(c, "NotSupportedByGateway"), INFEXT_OK);
            if (is_default_condition(c)) infext_v1alpha2_pool_status_conditions_remove(parent, j);
        }
        bool only_defaults = !infext_v1alpha2_pool_status_conditions_count(parent);
        if (nc && only_defaults) infext_v1alpha2_pool_status_clear_conditions(parent);
        infext_v1alpha2_parent_gateway_reference *pr = infext_v1alpha2_pool_status_get_parent_ref(parent);
        if (only_defaults && pr &&
            is_default_parent_ref(infext_v1alpha2_parent_gateway_reference_get_group(pr),
                                  infext_v1alpha2_parent_gateway_reference_get_kind(pr),
                                  infext_v1alpha2_parent_gateway_reference_get_name(pr),
                                  infext_v1alpha2_parent_gateway_reference_has_namespace(pr)))
            infext_v1alpha2_inference_pool_status_parent_remove(status, i);
    }
    if (n && !infext_v1alpha2_inference_pool_status_parent_count(status))
        infext_v1alpha2_inference_pool_status_clear_parent(status);
}

/* The same for a v1 pool: what a round trip through v1alpha2 gives back. */
static void normalise_v1(infext_v1_inference_pool *pool)
{
    infext_v1_endpoint_picker_ref *ref =
        infext_v1_inference_pool_spec_get_endpoint_picker_ref(infext_v1_inference_pool_get_spec(pool));
    const char *kind = infext_v1_endpoint_picker_ref_get_kind(ref);
    if (ref && !infext_v1_endpoint_picker_ref_has_port(ref) && (!kind || !strcmp(kind, "Service"))) {
        infext_v1_port *port = NULL;
        assert_int_equal(infext_v1_endpoint_picker_ref_ensure_port(&port, ref), INFEXT_OK);
        assert_int_equal(infext_v1_port_set_number(port, 9002), INFEXT_OK);
    }
    infext_v1_inference_pool_status *status = infext_v1_inference_pool_get_status(pool);
    size_t n = infext_v1_inference_pool_status_parents_count(status);
    for (size_t i = n; i-- > 0;) {
        infext_v1_parent_status *parent = infext_v1_inference_pool_status_parents_at(status, i);
        size_t nc = infext_v1_parent_status_conditions_count(parent);
        for (size_t j = nc; j-- > 0;) {
            infext_condition *c = infext_v1_parent_status_conditions_at(parent, j);
            const char *type = infext_condition_get_type(c), *reason = infext_condition_get_reason(c);
            if (type && reason && !strcmp(type, "Accepted") && !strcmp(reason, "NotSupportedByGateway"))
                assert_int_equal(infext_condition_set_reason(c, "NotSupportedByParent"), INFEXT_OK);
            if (is_default_condition(c)) infext_v1_parent_status_conditions_remove(parent, j);
        }
        bool only_defaults = !infext_v1_parent_status_conditions_count(parent);
        if (nc && only_defaults) infext_v1_parent_status_clear_conditions(parent);
        infext_v1_parent_reference *pr = infext_v1_parent_status_get_parent_ref(parent);
        if (only_defaults && pr && !infext_v1_parent_status_has_controller_name(parent) &&
            is_default_parent_ref(infext_v1_parent_reference_get_group(pr), infext_v1_parent_reference_get_kind(pr),
                                  infext_v1_parent_reference_get_name(pr), infext_v1_parent_reference_has_namespace(pr)))
            infext_v1_inference_pool_status_parents_remove(status, i);
    }
    if (n && !infext_v1_inference_pool_status_parents_count(status)) infext_v1_inference_pool_status_clear_parents(status);
}

typedef struct round_trips {
    size_t v1alpha2;
    size_t v1alpha2_refused;
    size_t v1;
    size_t v1_lossy;
    size_t still_valid; /* valid inputs whose conversion validated too */
} round_trips;

/* A valid pool converts to a valid pool (upstream's conversion of a Service
 * extension without portNumber gives a v1 pool the API server rejects). */
static void check_still_valid(const infext_object *in, const infext_object *out, const char *what,
                              round_trips *count)
{
    /* v1.4.0: the newest bundle serving both versions of InferencePool */
    infext_validate_options opts = INFEXT_VALIDATE_OPTIONS_INIT;
    opts.bundle = INFEXT_BUNDLE_V1_4_0;
    if (infext_validate(in, &opts, NULL) != INFEXT_OK) return;
    /* The one documented exception, converted with a warning: a v1alpha2
     * selector with no labels (or more than v1's 64). */
    const infext_v1alpha2_inference_pool *a2 = infext_object_as_v1alpha2_inference_pool((infext_object *)in);
    size_t labels = infext_v1alpha2_inference_pool_spec_selector_count(infext_v1alpha2_inference_pool_get_spec(a2));
    if (a2 && (labels < 1 || labels > 64)) return;
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    if (infext_validate(out, &opts, diags) != INFEXT_OK)
        fail_msg("%s: a valid pool converts to an invalid one:\n%s", what, test_render_diags(diags));
    infext_diags_free(diags);
    count->still_valid++;
}

static infext_object *convert_ok(const infext_object *in, const char *target, const char *what)
{
    infext_object *out = NULL;
    infext_status st = infext_convert(&out, in, target, 0, NULL);
    if (st != INFEXT_OK) fail_msg("%s: conversion to %s failed: %s", what, target, infext_status_name(st));
    return out;
}

static void round_trip(infext_object *obj, const char *what, round_trips *count)
{
    if (infext_object_kind(obj) == INFEXT_KIND_V1ALPHA2_INFERENCE_POOL) {
        /* v1alpha2 -> default -> v1 -> v1alpha2 equals the defaulted input, normalised. */
        assert_int_equal(infext_default(obj, NULL), INFEXT_OK);
        infext_diags *diags = NULL;
        assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
        infext_object *v1 = NULL;
        infext_status st = infext_convert(&v1, obj, V1, 0, diags);
        if (st == INFEXT_ELOSSY) {
            /* Only preserved members named like v1 fields stop a v1alpha2
             * pool; a valid one has no preserved members at all. */
            for (size_t i = 0; i < infext_diags_count(diags); i++)
                assert_int_equal(infext_diag_type(infext_diags_at(diags, i)), INFEXT_ERR_UNKNOWN);
            infext_diags_free(diags);
            count->v1alpha2_refused++;
            return;
        }
        infext_diags_free(diags);
        assert_int_equal(st, INFEXT_OK);
        check_still_valid(obj, v1, what, count);
        infext_object *back = convert_ok(v1, V1ALPHA2, what);
        normalise_v1alpha2(infext_object_as_v1alpha2_inference_pool(obj));
        if (!infext_object_equal(back, obj))
            fail_msg("%s: v1alpha2 round trip differs:\n%s---\n%s", what, test_encode_yaml(obj), test_encode_yaml(back));
        infext_object_free(back);
        infext_object_free(v1);
        count->v1alpha2++;
    } else if (infext_object_kind(obj) == INFEXT_KIND_V1_INFERENCE_POOL) {
        /* v1 -> v1alpha2 -> v1 equals the input whenever the first step is lossless. */
        infext_object *v1alpha2 = NULL;
        infext_status st = infext_convert(&v1alpha2, obj, V1ALPHA2, 0, NULL);
        if (st == INFEXT_ELOSSY) {
            count->v1_lossy++;
            return;
        }
        assert_int_equal(st, INFEXT_OK);
        check_still_valid(obj, v1alpha2, what, count);
        infext_object *back = convert_ok(v1alpha2, V1, what);
        normalise_v1(infext_object_as_v1_inference_pool(obj));
        if (!infext_object_equal(back, obj))
            fail_msg("%s: v1 round trip differs:\n%s---\n%s", what, test_encode_yaml(obj), test_encode_yaml(back));
        infext_object_free(back);
        infext_object_free(v1alpha2);
        count->v1++;
    }
}

/* Every InferencePool of a file (List items and stream documents included). */
static void round_trip_file(const char *rel, round_trips *count)
{
    size_t len = 0;
    char *text = test_read_data(rel, &len);
    infext_reader *reader = NULL;
    assert_int_equal(infext_reader_new(&reader, text, len, NULL), INFEXT_OK);
    for (;;) {
        infext_object *obj = NULL;
        if (infext_reader_next(&obj, reader, NULL) != INFEXT_OK) continue;
        if (!obj) break;
        round_trip(obj, rel, count);
        infext_object_free(obj);
    }
    infext_reader_free(reader);
    free(text);
}

static void round_trip_dir(const char *dir, const char *const *names, round_trips *count)
{
    char **entries = test_list_dir(dir);
    for (char **e = entries; *e; e++) {
        char rel[512];
        if (!names) {
            snprintf(rel, sizeof rel, "%s/%s", dir, *e);
            round_trip_file(rel, count);
            continue;
        }
        for (const char *const *n = names; *n; n++) {
            snprintf(rel, sizeof rel, "%s/%s/%s", dir, *e, *n);
            char path[1024];
            snprintf(path, sizeof path, "%s/%s", INFEXT_TEST_DATA, rel);
            FILE *exists = fopen(path, "rb");
            if (!exists) continue;
            fclose(exists);
            round_trip_file(rel, count);
        }
    }
    test_free_list(entries);
}

static void test_round_trip_property(void **state)
{
    (void)state;
    static const char *const case_files[] = {"input.yaml", "expected.yaml", NULL};
    round_trips count = {0, 0, 0, 0, 0};
    round_trip_dir("samples", NULL, &count);
    round_trip_dir("roundtrip", NULL, &count);
    round_trip_dir("default", case_files, &count);
    round_trip_dir("convert", case_files, &count);
    /* The corpora hold enough of both versions for the property to mean something. */
    assert_true(count.v1alpha2 >= 40);
    assert_true(count.v1 >= 20);
    assert_true(count.v1_lossy >= 5);
    assert_true(count.v1alpha2_refused >= 1);
    assert_true(count.still_valid >= 30);
}

/* ----------------------------------------------------------- the rest -- */

/* Diagnostics point at the source line and column when the input had them. */
static void test_positions(void **state)
{
    (void)state;
    infext_object *in = decode_data("convert/v1-to-a2-several-ports/input.yaml");
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    infext_object *out = NULL;
    assert_int_equal(infext_convert(&out, in, V1ALPHA2, 0, diags), INFEXT_ELOSSY);
    assert_int_equal(infext_diags_count(diags), 2);
    assert_string_equal(infext_diag_path(infext_diags_at(diags, 0)), "spec.targetPorts[1]");
    assert_int_equal(infext_diag_line(infext_diags_at(diags, 0)), 12);
    assert_int_equal(infext_diag_column(infext_diags_at(diags, 0)), 5);
    assert_int_equal(infext_diag_line(infext_diags_at(diags, 1)), 13);
    infext_diags_free(diags);
    infext_object_free(in);
}

static void test_typed_wrappers(void **state)
{
    (void)state;
    infext_object *in = decode_data("convert/a2-to-v1-every-spec-field/input.yaml");
    infext_v1_inference_pool *v1 = NULL;
    assert_int_equal(infext_v1alpha2_inference_pool_to_v1(&v1, infext_object_as_v1alpha2_inference_pool(in), 0, NULL),
                     INFEXT_OK);
    infext_v1_inference_pool_spec *spec = infext_v1_inference_pool_get_spec(v1);
    assert_int_equal(infext_v1_inference_pool_spec_target_ports_count(spec), 1);
    int32_t number = 0;
    assert_true(infext_v1_port_get_number(&number, infext_v1_inference_pool_spec_target_ports_at(spec, 0)));
    assert_int_equal(number, 8000);
    infext_v1alpha2_inference_pool *back = NULL;
    assert_int_equal(infext_v1_inference_pool_to_v1alpha2(&back, v1, 0, NULL), INFEXT_OK);
    assert_true(infext_object_equal(infext_v1alpha2_inference_pool_as_object(back), in));
    infext_v1alpha2_inference_pool_free(back);
    infext_v1_inference_pool_free(v1);
    infext_object_free(in);
}

static void test_bad_arguments(void **state)
{
    (void)state;
    infext_object *in = decode_data("convert/a2-to-v1-every-spec-field/input.yaml");
    infext_object *out = in;
    assert_int_equal(infext_convert(NULL, in, V1, 0, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_convert(&out, NULL, V1, 0, NULL), INFEXT_EINVAL);
    assert_null(out);
    assert_int_equal(infext_convert(&out, in, NULL, 0, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_convert(&out, in, V1, 0x80u, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_convert(&out, in, "", 0, NULL), INFEXT_EKIND);
    assert_null(out);
    assert_int_equal(infext_v1_inference_pool_to_v1alpha2(NULL, NULL, 0, NULL), INFEXT_EINVAL);
    infext_object_free(in);
}

/* A List item converts on its own into a new root. */
static void test_list_item(void **state)
{
    (void)state;
    infext_object *list = decode_data("convert/a2-to-v1-list/input.yaml");
    infext_v1alpha2_inference_pool *item =
        infext_v1alpha2_inference_pool_list_items_at(infext_object_as_v1alpha2_inference_pool_list(list), 0);
    infext_object *out = NULL;
    assert_int_equal(infext_convert(&out, infext_v1alpha2_inference_pool_as_object(item), V1, 0, NULL), INFEXT_OK);
    assert_true(infext_object_is_root(out));
    assert_string_equal(infext_object_name(out), "a");
    infext_object_free(out);
    infext_object_free(list);
}

/* infext_convert only reads its input: threads may convert one object at
 * once, each getting the same result. */
typedef struct convert_job {
    const infext_object *in;
    const infext_object *want;
    int mismatches;
} convert_job;

static void *convert_many(void *arg)
{
    convert_job *job = arg;
    for (int i = 0; i < 200; i++) {
        infext_object *out = NULL;
        if (infext_convert(&out, job->in, V1ALPHA2, INFEXT_CONVERT_ALLOW_LOSSY, NULL) != INFEXT_OK ||
            !infext_object_equal(out, job->want))
            job->mismatches++;
        infext_object_free(out);
    }
    return NULL;
}

static void test_concurrent_readers(void **state)
{
    (void)state;
    enum { THREADS = 4 };
    infext_object *in = decode_data("convert/v1-to-a2-several-ports/input.yaml");
    infext_object *want = NULL;
    assert_int_equal(infext_convert(&want, in, V1ALPHA2, INFEXT_CONVERT_ALLOW_LOSSY, NULL), INFEXT_OK);
    pthread_t threads[THREADS];
    convert_job jobs[THREADS];
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (convert_job){in, want, 0};
        assert_int_equal(pthread_create(&threads[i], NULL, convert_many, &jobs[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(threads[i], NULL);
        assert_int_equal(jobs[i].mismatches, 0);
    }
    infext_object_free(want);
    infext_object_free(in);
}

static void test_allocation_failures(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"convert/a2-to-v1-preserved-members/input.yaml", V1},
        {"convert/a2-to-v1-list/input.yaml", V1},
        {"convert/v1-to-a2-several-ports-lossy/input.yaml", V1ALPHA2},
        {"convert/v1-to-a2-preserved-members/input.yaml", V1ALPHA2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        infext_object *in = decode_data(cases[i][0]);
        infext_object *want = NULL;
        assert_int_equal(infext_convert(&want, in, cases[i][1], INFEXT_CONVERT_ALLOW_LOSSY, NULL), INFEXT_OK);
        for (long n = 0;; n++) {
            infext_diags *diags = NULL;
            assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
            infext_object *out = NULL;
            infext__alloc_fail_after(n);
            infext_status st = infext_convert(&out, in, cases[i][1], INFEXT_CONVERT_ALLOW_LOSSY, diags);
            infext__alloc_fail_after(-1);
            infext_diags_free(diags);
            if (st == INFEXT_OK) {
                assert_true(infext_object_equal(out, want));
                infext_object_free(out);
                break;
            }
            assert_int_equal(st, INFEXT_ENOMEM);
            assert_null(out);
            assert_true(n < 100000);
        }
        infext_object_free(want);
        infext_object_free(in);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_convert_cases),
        cmocka_unit_test(test_round_trip_property),
        cmocka_unit_test(test_positions),
        cmocka_unit_test(test_typed_wrappers),
        cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_list_item),
        cmocka_unit_test(test_concurrent_readers),
        cmocka_unit_test(test_allocation_failures),
    };
    return cmocka_run_group_tests_name("convert", tests, NULL, NULL);
}
