/* infext_default: one data case per CRD default and per loader default
 * (tests/data/default/<case>/{input,expected}.yaml, exact YAML output),
 * idempotence, wrong-typed fields, bad arguments and allocation failures. */
#include "support.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "types/generated/types_gen.h"
#include "types/schema.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void test_default_cases(void **state)
{
    (void)state;
    char **cases = test_list_dir("default");
    size_t n_cases = 0;
    for (char **c = cases; *c; c++, n_cases++) {
        char rel[512];
        snprintf(rel, sizeof rel, "default/%s/input.yaml", *c);
        infext_object *obj = test_decode_data(rel, 0);
        infext_diags *diags = NULL;
        assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
        /* The bundle of a case is in its `bundle` file; v1.2.0 when absent. */
        infext_default_options opts = INFEXT_DEFAULT_OPTIONS_INIT;
        opts.bundle = INFEXT_BUNDLE_V1_2_0;
        char path[1024];
        snprintf(path, sizeof path, "%s/default/%s/bundle", INFEXT_TEST_DATA, *c);
        if (access(path, R_OK) == 0) {
            char *name = test_read_path(path, NULL);
            name[strcspn(name, "\n")] = '\0';
            assert_int_equal(infext_bundle_parse(&opts.bundle, name), INFEXT_OK);
            free(name);
        }
        assert_int_equal(infext_default_with_options(obj, &opts, diags), INFEXT_OK);
        /* A case whose defaulting warns has the warnings in `diagnostics`. */
        snprintf(path, sizeof path, "%s/default/%s/diagnostics", INFEXT_TEST_DATA, *c);
        char *want_diags = access(path, R_OK) == 0 ? test_read_path(path, NULL) : strdup("");
        char *got_diags = test_render_diags(diags);
        if (strcmp(got_diags, want_diags) != 0) fail_msg("%s: diagnostics differ; got:\n%s", *c, got_diags);
        free(got_diags);
        free(want_diags);
        infext_diags_clear(diags);

        char *got = test_encode(obj, INFEXT_FORMAT_YAML);
        snprintf(rel, sizeof rel, "default/%s/expected.yaml", *c);
        char *want = test_read_data(rel, NULL);
        if (strcmp(got, want) != 0) fail_msg("%s: defaulted output differs; got:\n%s", *c, got);
        infext_object *expected = test_decode_data(rel, 0);
        assert_true(infext_object_equal(obj, expected));

        /* Idempotent: a second pass changes nothing. */
        assert_int_equal(infext_default_with_options(obj, &opts, diags), INFEXT_OK);
        assert_true(infext_object_equal(obj, expected));
        assert_int_equal(infext_diags_count(diags), 0);

        infext_object_free(expected);
        infext_free(got);
        free(want);
        infext_diags_free(diags);
        infext_object_free(obj);
    }
    test_free_list(cases);
    assert_true(n_cases >= 20);
}

/* Every default in the schema fits its field: default a fresh struct of
 * each described type and check that each defaulted field became present. */
static void test_every_schema_default_applies(void **state)
{
    (void)state;
    size_t n_defaults = 0;
    for (size_t k = 0; k < infext__n_kinds; k++) {
        infext_object *obj = NULL;
        assert_int_equal(infext_object_new(&obj, infext__kinds[k].kind), INFEXT_OK);
        assert_int_equal(infext_default(obj, NULL), INFEXT_OK);
        infext_object_free(obj);
    }
    /* Walk the struct descriptors reachable from the kinds. */
    const infext__struct_desc *seen[128];
    size_t n_seen = 0;
    for (size_t k = 0; k < infext__n_kinds; k++) seen[n_seen++] = infext__kinds[k].type;
    for (size_t i = 0; i < n_seen; i++) {
        const infext__struct_desc *d = seen[i];
        for (uint32_t j = 0; j < d->n_fields; j++) {
            const infext__struct_desc *e = d->fields[j].elem;
            if (!e) continue;
            bool known = false;
            for (size_t s = 0; s < n_seen && !known; s++) known = seen[s] == e;
            if (!known) {
                assert_true(n_seen < 128);
                seen[n_seen++] = e;
            }
        }
    }
    for (size_t i = 0; i < n_seen; i++) {
        const infext__struct_desc *d = seen[i];
        infext_object *root = NULL;
        assert_int_equal(infext_object_new(&root, INFEXT_KIND_V1_INFERENCE_POOL), INFEXT_OK);
        void *obj = infext__struct_new(((infext__hdr *)root)->arena, d);
        assert_non_null(obj);
        infext_diags *diags = NULL;
        assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
        assert_int_equal(infext_default((infext_object *)obj, diags), INFEXT_OK);
        assert_int_equal(infext_diags_count(diags), 0);
        for (uint32_t j = 0; j < d->n_fields; j++) {
            const infext__field *f = &d->fields[j];
            if (!f->c || !f->c->default_value) continue;
            n_defaults++;
            if (!infext__has(obj, f)) fail_msg("%s.%s: default not applied", d->name, f->json);
        }
        infext_diags_free(diags);
        infext_object_free(root);
    }
    /* The five CRDs of bundle v1.2.0 declare these defaults, counted once
     * per schema struct (shared structs such as PoolObjectReference count
     * once), and v1.4.0 adds spec.appProtocol's; the llm-d.ai kinds share
     * the structs that hold theirs. */
    assert_int_equal(n_defaults, 18);
}

static const char wrong_type_pool[] =
    "apiVersion: inference.networking.k8s.io/v1\n"
    "kind: InferencePool\n"
    "metadata: {name: p}\n"
    "spec:\n"
    "  selector: {matchLabels: {app: x}}\n"
    "  targetPorts: [{number: 8000}]\n"
    "  endpointPickerRef: {name: epp, kind: [Service], port: {number: 9002}}\n";

/* A field given with the wrong type was given: no default replaces it, so
 * validation still reports the type error. */
static void test_wrong_type_is_not_defaulted(void **state)
{
    (void)state;
    infext_decode_options opts = INFEXT_DECODE_OPTIONS_INIT;
    opts.flags = INFEXT_DECODE_KEEP_GOING;
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    infext_object *obj = NULL;
    assert_int_equal(infext_decode(&obj, wrong_type_pool, strlen(wrong_type_pool), &opts, diags), INFEXT_OK);
    assert_int_equal(infext_diags_count(diags), 1);
    assert_int_equal(infext_default(obj, NULL), INFEXT_OK);
    infext_v1_endpoint_picker_ref *ref = infext_v1_inference_pool_spec_get_endpoint_picker_ref(
        infext_v1_inference_pool_get_spec(infext_object_as_v1_inference_pool(obj)));
    assert_null(infext_v1_endpoint_picker_ref_get_kind(ref));
    assert_string_equal(infext_v1_endpoint_picker_ref_get_group(ref), "");
    assert_string_equal(infext_v1_endpoint_picker_ref_get_failure_mode(ref), "FailClose");
    infext_object_free(obj);
    infext_diags_free(diags);
}

/* Defaulting a List item works on the item alone. */
static void test_list_item(void **state)
{
    (void)state;
    infext_object *list = test_decode_data("default/v1alpha2-list/input.yaml", 0);
    infext_v1alpha2_inference_pool *item =
        infext_v1alpha2_inference_pool_list_items_at(infext_object_as_v1alpha2_inference_pool_list(list), 1);
    assert_int_equal(infext_default(infext_v1alpha2_inference_pool_as_object(item), NULL), INFEXT_OK);
    infext_v1alpha2_extension_reference *ref = infext_v1alpha2_inference_pool_spec_get_extension_ref(
        infext_v1alpha2_inference_pool_get_spec(item));
    assert_string_equal(infext_v1alpha2_extension_reference_get_kind(ref), "Picker");
    assert_string_equal(infext_v1alpha2_extension_reference_get_failure_mode(ref), "FailClose");
    item = infext_v1alpha2_inference_pool_list_items_at(infext_object_as_v1alpha2_inference_pool_list(list), 0);
    ref = infext_v1alpha2_inference_pool_spec_get_extension_ref(infext_v1alpha2_inference_pool_get_spec(item));
    assert_null(infext_v1alpha2_extension_reference_get_failure_mode(ref));
    infext_object_free(list);
}

/* A typed default as infext__default_render() prints it (malloc'ed). */
static char *render(const infext__default_value *v, const infext__struct_desc *desc)
{
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__default_render(&b, v, desc);
    char *text = infext__buf_detach(&b, NULL);
    assert_non_null(text);
    return text;
}

#define STR_V(text) {INFEXT__D_STRING, 0, {.s = (text)}}

/* The copy routine and the renderer take every kind of value, the ones no
 * schema default uses yet included: ObjectMeta holds an int64, a map, a
 * list of objects (with a bool) and a string list, a v1 port an int32, the
 * saturation detector a double. */
static void test_typed_values(void **state)
{
    (void)state;
    const infext__default_member owner[] = {
        {INFEXT__FIELD_OWNER_REFERENCE_KIND->index, STR_V("Pool")},
        {INFEXT__FIELD_OWNER_REFERENCE_CONTROLLER->index, {INFEXT__D_BOOL, 0, {.b = true}}},
    };
    const infext__default_value owners[] = {{INFEXT__D_OBJECT, 2, {.members = owner}}};
    const char *const labels[] = {"a", "1", "b", "2"};
    const char *const finalizers[] = {"x", "q\"\\\n\x01\xc3\xa9"};
    const infext__default_member meta[] = {
        {INFEXT__FIELD_OBJECT_META_GENERATION->index, {INFEXT__D_INT, 0, {.i = INT64_C(-9007199254740993)}}},
        {INFEXT__FIELD_OBJECT_META_LABELS->index, {INFEXT__D_MAP, 2, {.strings = labels}}},
        {INFEXT__FIELD_OBJECT_META_OWNER_REFERENCES->index, {INFEXT__D_LIST, 1, {.items = owners}}},
        {INFEXT__FIELD_OBJECT_META_FINALIZERS->index, {INFEXT__D_STRLIST, 2, {.strings = finalizers}}},
    };
    const infext__default_value meta_value = {INFEXT__D_OBJECT, 4, {.members = meta}};

    char *text = render(&meta_value, &infext__desc_object_meta);
    assert_string_equal(text, "{\"generation\":-9007199254740993,\"labels\":{\"a\":\"1\",\"b\":\"2\"},"
                              "\"ownerReferences\":[{\"kind\":\"Pool\",\"controller\":true}],"
                              "\"finalizers\":[\"x\",\"q\\\"\\\\\\n\\u0001\xc3\xa9\"]}");
    free(text);

    infext_v1_inference_pool *pool = NULL;
    assert_int_equal(infext_v1_inference_pool_new(&pool), INFEXT_OK);
    assert_int_equal(infext__default_put(pool, INFEXT__FIELD_V1_INFERENCE_POOL_METADATA, &meta_value), INFEXT_OK);
    /* A list default replaces the list; a map default adds its entries. */
    infext_object_meta *m = infext_v1_inference_pool_get_metadata(pool);
    assert_int_equal(infext_object_meta_finalizers_append(m, "old"), INFEXT_OK);
    assert_int_equal(infext_object_meta_labels_set(m, "b", "old"), INFEXT_OK);
    assert_int_equal(infext_object_meta_labels_set(m, "c", "3"), INFEXT_OK);
    assert_int_equal(infext__default_put(m, INFEXT__FIELD_OBJECT_META_FINALIZERS, &meta[3].value), INFEXT_OK);
    assert_int_equal(infext__default_put(m, INFEXT__FIELD_OBJECT_META_LABELS, &meta[1].value), INFEXT_OK);
    char *json = test_encode(infext_v1_inference_pool_as_object(pool), INFEXT_FORMAT_JSON);
    assert_string_equal(json, "{\"apiVersion\":\"inference.networking.k8s.io/v1\",\"kind\":\"InferencePool\","
                              "\"metadata\":{\"generation\":-9007199254740993,"
                              "\"labels\":{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"},"
                              "\"ownerReferences\":[{\"kind\":\"Pool\",\"controller\":true}],"
                              "\"finalizers\":[\"x\",\"q\\\"\\\\\\n\\u0001\xc3\xa9\"]}}");
    infext_free(json);

    infext_v1_port *port = NULL;
    infext_v1_inference_pool_spec *spec = NULL;
    assert_int_equal(infext_v1_inference_pool_ensure_spec(&spec, pool), INFEXT_OK);
    assert_int_equal(infext_v1_inference_pool_spec_target_ports_append(&port, spec), INFEXT_OK);
    const infext__default_value number = {INFEXT__D_INT, 0, {.i = 8000}};
    assert_int_equal(infext__default_put(port, INFEXT__FIELD_V1_PORT_NUMBER, &number), INFEXT_OK);
    int32_t n = 0;
    assert_true(infext_v1_port_get_number(&n, port));
    assert_int_equal(n, 8000);
    infext_v1_inference_pool_free(pool);

    infext_v1alpha1_endpoint_picker_config *cfg = NULL;
    infext_v1alpha1_saturation_detector *sd = NULL;
    assert_int_equal(infext_v1alpha1_endpoint_picker_config_new(&cfg), INFEXT_OK);
    assert_int_equal(infext_v1alpha1_endpoint_picker_config_ensure_saturation_detector(&sd, cfg), INFEXT_OK);
    static const struct {
        double d;
        const char *text;
    } doubles[] = {{0.8, "0.8"}, {0.1 + 0.2, "0.30000000000000004"}, {1e-7, "1e-07"}, {100.0, "100"},
                   {-2.5e300, "-2.5e+300"}, {0.0, "0"}, {1e16, "10000000000000000"},
                   {1e17, "1e+17"}, {0.0001, "0.0001"}, {123456.789, "123456.789"}};
    for (size_t i = 0; i < sizeof doubles / sizeof doubles[0]; i++) {
        const infext__default_value v = {INFEXT__D_DOUBLE, 0, {.d = doubles[i].d}};
        assert_int_equal(infext__default_put(sd, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_KV_CACHE_UTIL_THRESHOLD, &v),
                         INFEXT_OK);
        double got = 0;
        assert_true(infext_v1alpha1_saturation_detector_get_kv_cache_util_threshold(&got, sd));
        assert_true(got == doubles[i].d);
        text = render(&v, NULL);
        assert_string_equal(text, doubles[i].text);
        free(text);
    }
    const infext__default_value no = {INFEXT__D_BOOL, 0, {.b = false}};
    text = render(&no, NULL);
    assert_string_equal(text, "false");
    free(text);
    assert_int_equal(infext__default_put(sd, NULL, &no), INFEXT_EINVAL);
    assert_int_equal(infext__default_put(NULL, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_PLUGIN_REF, &no), INFEXT_EINVAL);
    assert_int_equal(infext__default_put(sd, INFEXT__FIELD_V1ALPHA1_SATURATION_DETECTOR_PLUGIN_REF, NULL), INFEXT_EINVAL);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
}

/* infext explain prints a default by rendering the typed value: the same
 * text as the schema's, for a string and for the structured status one. */
static void test_explain_prints_defaults(void **state)
{
    (void)state;
    char *text = NULL;
    assert_int_equal(infext_explain(&text, INFEXT_KIND_V1_INFERENCE_POOL, "spec.endpointPickerRef.kind", NULL),
                     INFEXT_OK);
    assert_non_null(strstr(text, "\n\ndefault: \"Service\"\nminimum length: 1\nmaximum length: 63\n"));
    infext_free(text);
    assert_int_equal(infext_explain(&text, INFEXT_KIND_V1ALPHA2_INFERENCE_POOL, "status", NULL), INFEXT_OK);
    assert_non_null(strstr(text, "\n\ndefault: {\"parent\":[{\"conditions\":[{\"lastTransitionTime\":"
                                 "\"1970-01-01T00:00:00Z\",\"message\":\"Waiting for controller\",\"reason\":"
                                 "\"Pending\",\"status\":\"Unknown\",\"type\":\"Accepted\"}],\"parentRef\":"
                                 "{\"kind\":\"Status\",\"name\":\"default\"}}]}\n\nFIELDS:\n"));
    infext_free(text);
}

/* Distinct objects may be defaulted at once, the first calls included. */
typedef struct default_job {
    const infext_object *input;
    const infext_object *want;
    int mismatches;
} default_job;

static void *default_many(void *arg)
{
    default_job *job = arg;
    for (int i = 0; i < 200; i++) {
        infext_object *obj = NULL;
        if (infext_object_clone(&obj, job->input) != INFEXT_OK || infext_default(obj, NULL) != INFEXT_OK ||
            !infext_object_equal(obj, job->want))
            job->mismatches++;
        infext_object_free(obj);
    }
    return NULL;
}

static void test_concurrent_objects(void **state)
{
    (void)state;
    enum { THREADS = 4 };
    infext_object *input = test_decode_data("default/v1alpha2-status-parent-conditions/input.yaml", 0);
    infext_object *want = test_decode_data("default/v1alpha2-status-parent-conditions/expected.yaml", 0);
    pthread_t threads[THREADS];
    default_job jobs[THREADS];
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (default_job){input, want, 0};
        assert_int_equal(pthread_create(&threads[i], NULL, default_many, &jobs[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(threads[i], NULL);
        assert_int_equal(jobs[i].mismatches, 0);
    }
    infext_object_free(want);
    infext_object_free(input);
}

/* infext_default() keeps its 1.0 contract with today's defaults: the newest
 * bundle serving the kind. infext_default_with_options() refuses a kind its
 * bundle does not serve, changing nothing. */
static void test_bundles(void **state)
{
    (void)state;
    static const char a2[] = "apiVersion: inference.networking.x-k8s.io/v1alpha2\nkind: InferencePool\n"
                             "metadata: {name: p}\nspec: {selector: {app: x}, targetPortNumber: 8000,"
                             " extensionRef: {name: e}}\n";
    infext_object *obj = NULL;
    assert_int_equal(infext_decode(&obj, a2, strlen(a2), NULL, NULL), INFEXT_OK);
    infext_object *copy = NULL;
    assert_int_equal(infext_object_clone(&copy, obj), INFEXT_OK);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    infext_default_options opts = INFEXT_DEFAULT_OPTIONS_INIT;
    assert_int_equal(infext_default_with_options(copy, &opts, diags), INFEXT_EKIND);
    assert_true(infext_object_equal(copy, obj));
    char *got = test_render_diags(diags);
    assert_string_equal(got, "NotSupported||0:0|no matches for kind \"InferencePool\" in version "
                             "\"inference.networking.x-k8s.io/v1alpha2\"; hint: bundle v1.6.0 does not serve it, "
                             "bundles v1.2.0, v1.3.1, v1.4.0 do; infext convert --to "
                             "inference.networking.k8s.io/v1 gives the version it serves\n");
    free(got);
    /* The legacy call: the defaults of v1.4.0 (the same as v1.2.0's). */
    assert_int_equal(infext_default(obj, NULL), INFEXT_OK);
    opts.bundle = INFEXT_BUNDLE_V1_2_0;
    assert_int_equal(infext_default_with_options(copy, &opts, NULL), INFEXT_OK);
    assert_true(infext_object_equal(copy, obj));
    assert_non_null(infext_object_as_v1alpha2_inference_pool(obj));
    assert_string_equal(infext_v1alpha2_extension_reference_get_failure_mode(infext_v1alpha2_inference_pool_spec_get_extension_ref(
                            infext_v1alpha2_inference_pool_get_spec(infext_object_as_v1alpha2_inference_pool(obj)))),
                        "FailClose");
    opts.version = 2;
    assert_int_equal(infext_default_with_options(copy, &opts, NULL), INFEXT_EINVAL);
    opts.version = INFEXT_DEFAULT_OPTIONS_VERSION;
    opts.bundle = (infext_bundle)42;
    assert_int_equal(infext_default_with_options(copy, &opts, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_default_options_init(&opts, 0), INFEXT_EINVAL);
    assert_int_equal(infext_default_options_init(&opts, INFEXT_DEFAULT_OPTIONS_VERSION), INFEXT_OK);
    assert_int_equal(opts.bundle, INFEXT_BUNDLE_NEWEST);
    infext_object_free(copy);
    infext_object_free(obj);

    /* A v1 pool: appProtocol http, the newest bundle's default. */
    static const char v1[] = "apiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\n"
                             "metadata: {name: p}\nspec: {selector: {matchLabels: {app: x}}, targetPorts: [{number: 1}]}\n";
    assert_int_equal(infext_decode(&obj, v1, strlen(v1), NULL, NULL), INFEXT_OK);
    assert_int_equal(infext_default(obj, NULL), INFEXT_OK);
    assert_string_equal(infext_v1_inference_pool_spec_get_app_protocol(
                            infext_v1_inference_pool_get_spec(infext_object_as_v1_inference_pool(obj))),
                        "http");
    infext_object_free(obj);
    infext_diags_free(diags);
}

static void test_bad_arguments(void **state)
{
    (void)state;
    assert_int_equal(infext_default(NULL, NULL), INFEXT_EINVAL);
}

static void test_allocation_failures(void **state)
{
    (void)state;
    const char *inputs[] = {"default/v1alpha2-status-parent-conditions/input.yaml",
                            "default/epc-plugin-name/input.yaml"};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        char rel[512];
        snprintf(rel, sizeof rel, "%s", inputs[i]);
        infext_object *want = test_decode_data(rel, 0);
        assert_int_equal(infext_default(want, NULL), INFEXT_OK);
        for (long n = 0;; n++) {
            infext_object *obj = test_decode_data(rel, 0);
            infext__alloc_fail_after(n);
            infext_status st = infext_default(obj, NULL);
            infext__alloc_fail_after(-1);
            if (st == INFEXT_OK) {
                assert_true(infext_object_equal(obj, want));
                infext_object_free(obj);
                break;
            }
            assert_int_equal(st, INFEXT_ENOMEM);
            /* What was done is consistent: finishing the job gives the same result. */
            assert_int_equal(infext_default(obj, NULL), INFEXT_OK);
            assert_true(infext_object_equal(obj, want));
            infext_object_free(obj);
            assert_true(n < 100000);
        }
        infext_object_free(want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_concurrent_objects),
        cmocka_unit_test(test_default_cases),
        cmocka_unit_test(test_every_schema_default_applies),
        cmocka_unit_test(test_wrong_type_is_not_defaulted),
        cmocka_unit_test(test_list_item),
        cmocka_unit_test(test_bundles),
        cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_allocation_failures),
        cmocka_unit_test(test_typed_values),
        cmocka_unit_test(test_explain_prints_defaults),
    };
    return cmocka_run_group_tests_name("default", tests, NULL, NULL);
}
