/* Object model and JSON/YAML codec: round trips for every kind, preserve
 * and strict modes, the typed accessors, and bad input. */
#include "support.h"
#include "util/alloc.h"
#include "util/json_locate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void test_roundtrip_every_kind(void **state)
{
    (void)state;
    char **names = test_list_dir("roundtrip");
    int kinds_seen[64] = {0};
    for (char **n = names; *n; n++) {
        char rel[512];
        snprintf(rel, sizeof rel, "roundtrip/%s", *n);
        char *input = test_read_data(rel, NULL);
        infext_object *first = test_decode_ok(input);
        kinds_seen[infext_object_kind(first)] = 1;
        for (int fmt = INFEXT_FORMAT_JSON; fmt <= INFEXT_FORMAT_YAML; fmt++) {
            char *a = test_encode(first, (infext_format)fmt);
            infext_object *second = test_decode_ok(a);
            if (!infext_object_equal(first, second)) fail_msg("%s: not equal after %d round trip:\n%s", *n, fmt, a);
            char *b = test_encode(second, (infext_format)fmt);
            if (strcmp(a, b) != 0) fail_msg("%s: second encoding differs:\n%s\n---\n%s", *n, a, b);
            /* and across formats: YAML -> object -> JSON -> object */
            char *other = test_encode(second, fmt == INFEXT_FORMAT_JSON ? INFEXT_FORMAT_YAML : INFEXT_FORMAT_JSON);
            infext_object *third = test_decode_ok(other);
            assert_true(infext_object_equal(first, third));
            infext_object_free(third);
            infext_free(other);
            infext_free(a);
            infext_free(b);
            infext_object_free(second);
        }
        infext_object *copy = NULL;
        assert_int_equal(infext_object_clone(&copy, first), INFEXT_OK);
        assert_true(infext_object_equal(first, copy));
        infext_object_free(copy);
        infext_object_free(first);
        free(input);
    }
    test_free_list(names);
    /* Every kind the library knows has a sample (the llm-d.ai kinds and
     * their Lists included). */
    int n_kinds = 0;
    for (int k = 1; k < 64; k++) {
        const char *api_version = NULL, *kind_name = NULL;
        if (infext_kind_info(&api_version, &kind_name, (infext_kind)k) != INFEXT_OK) continue;
        n_kinds++;
        if (!kinds_seen[k]) fail_msg("no round-trip sample for %s %s", api_version, kind_name);
    }
    assert_true(n_kinds >= 15);
}

static const char preserved_pool[] =
    "{\"apiVersion\":\"inference.networking.k8s.io/v1\",\"kind\":\"InferencePool\","
    "\"metadata\":{\"name\":\"p\",\"namespace\":\"ns\",\"managedFields\":[{\"manager\":\"kubectl\","
    "\"operation\":\"Update\",\"fieldsV1\":{\"f:spec\":{\".\":{}}}}]},"
    "\"spec\":{\"selector\":{\"matchLabels\":{\"app\":\"x\"}},\"targetPorts\":[{\"number\":8000}],"
    "\"endpointPickerRef\":{\"name\":\"epp\",\"port\":{\"number\":9002}},"
    "\"futureField\":{\"enabled\":true,\"ratio\":0.5,\"tags\":[\"a\",null]}}}";

static void test_preserve_mode_keeps_unknown_members(void **state)
{
    (void)state;
    infext_v1_inference_pool *pool = NULL;
    assert_int_equal(infext_v1_inference_pool_decode(&pool, preserved_pool, strlen(preserved_pool), NULL, NULL),
                     INFEXT_OK);
    infext_v1_inference_pool_spec *spec = infext_v1_inference_pool_get_spec(pool);
    assert_non_null(spec);
    assert_int_equal(infext_v1_inference_pool_spec_target_ports_count(spec), 1);
    infext_v1_port *port = infext_v1_inference_pool_spec_target_ports_at(spec, 0);
    assert_int_equal(infext_v1_port_set_number(port, 8080), INFEXT_OK);
    char *out = NULL;
    assert_int_equal(infext_v1_inference_pool_encode(&out, NULL, pool, NULL), INFEXT_OK);
    assert_string_equal(out,
        "{\"apiVersion\":\"inference.networking.k8s.io/v1\",\"kind\":\"InferencePool\","
        "\"metadata\":{\"name\":\"p\",\"namespace\":\"ns\",\"managedFields\":[{\"manager\":\"kubectl\","
        "\"operation\":\"Update\",\"fieldsV1\":{\"f:spec\":{\".\":{}}}}]},"
        "\"spec\":{\"selector\":{\"matchLabels\":{\"app\":\"x\"}},\"targetPorts\":[{\"number\":8080}],"
        "\"endpointPickerRef\":{\"name\":\"epp\",\"port\":{\"number\":9002}},"
        "\"futureField\":{\"enabled\":true,\"ratio\":0.5,\"tags\":[\"a\",null]}}}");
    infext_free(out);
    infext_v1_inference_pool_free(pool);
}

static void test_strict_mode_rejects_unknown_members(void **state)
{
    (void)state;
    infext_decode_options opts = INFEXT_DECODE_OPTIONS_INIT;
    opts.unknown = INFEXT_UNKNOWN_STRICT;
    infext_diags *diags = NULL;
    infext_diags_new(&diags);
    infext_object *obj = NULL;
    assert_int_equal(infext_decode(&obj, preserved_pool, strlen(preserved_pool), &opts, diags), INFEXT_EUNKNOWN);
    assert_null(obj);
    char *r = test_render_diags(diags);
    /* the key of the member, counted in the text (JSON positions) */
    assert_string_equal(r, "Unknown|spec.futureField|1:341|field not declared in schema\n");
    free(r);
    infext_diags_free(diags);
}

static void test_epp_config_is_strict_by_default(void **state)
{
    (void)state;
    const char *yaml = "apiVersion: inference.networking.x-k8s.io/v1alpha1\n"
                       "kind: EndpointPickerConfig\n"
                       "plugins:\n"
                       "- type: queue-scorer\n"
                       "  paramters: {}\n";
    infext_diags *diags = NULL;
    infext_diags_new(&diags);
    infext_object *obj = NULL;
    assert_int_equal(infext_decode(&obj, yaml, strlen(yaml), NULL, diags), INFEXT_EUNKNOWN);
    char *r = test_render_diags(diags);
    assert_string_equal(r, "Unknown|plugins[0].paramters|5:3|strict decoding error: unknown field \"plugins[0].paramters\"\n");
    free(r);
    infext_diags_free(diags);
}

static void test_data_and_datalayer_spellings(void **state)
{
    (void)state;
    /* GIE v1.3's `data` is a member of its own (the dialect says which
     * spelling a config uses, infext/epc.h) and is written back as given. */
    const char *old = "apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\n"
                      "data:\n  sources:\n  - pluginRef: s\n";
    infext_object *obj = test_decode_ok(old);
    char *json = test_encode(obj, INFEXT_FORMAT_JSON);
    assert_string_equal(json, "{\"apiVersion\":\"inference.networking.x-k8s.io/v1alpha1\","
                              "\"kind\":\"EndpointPickerConfig\",\"data\":{\"sources\":[{\"pluginRef\":\"s\"}]}}");
    infext_free(json);
    infext_object_free(obj);
    /* Both spellings decode; validation refuses the mix, naming both. */
    const char *both = "apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\n"
                       "dataLayer: {}\ndata: {}\n";
    obj = test_decode_ok(both);
    infext_diags *diags = NULL;
    infext_diags_new(&diags);
    assert_int_equal(infext_validate(obj, NULL, diags), INFEXT_EVALIDATION);
    char *r = test_render_diags(diags);
    assert_string_equal(r, "Forbidden|data|4:1|Forbidden: \"data\" (gie-v1.3, heimdall) and \"dataLayer\" (gie-v1.5, "
                           "llm-d-v0.10) belong to different dialects; a config is written in one\n");
    free(r);
    infext_diags_free(diags);
    infext_object_free(obj);
}

/* Build an object through the typed API only and check the exact JSON. */
static void test_construct_with_accessors(void **state)
{
    (void)state;
    infext_v1_inference_pool *pool = NULL;
    assert_int_equal(infext_v1_inference_pool_new(&pool), INFEXT_OK);
    infext_object_meta *meta = NULL;
    assert_int_equal(infext_v1_inference_pool_ensure_metadata(&meta, pool), INFEXT_OK);
    assert_int_equal(infext_object_meta_set_name(meta, "pool"), INFEXT_OK);
    assert_int_equal(infext_object_meta_labels_set(meta, "b", "2"), INFEXT_OK);
    assert_int_equal(infext_object_meta_labels_set(meta, "a", "1"), INFEXT_OK);
    assert_int_equal(infext_object_meta_labels_set(meta, "b", "3"), INFEXT_OK);
    assert_string_equal(infext_object_meta_labels_get(meta, "b"), "3");
    assert_int_equal(infext_object_meta_labels_remove(meta, "a"), INFEXT_OK);
    assert_int_equal(infext_object_meta_labels_remove(meta, "a"), INFEXT_ENOTFOUND);
    assert_int_equal(infext_object_meta_set_deletion_grace_period_seconds(meta, 0), INFEXT_OK);
    assert_int_equal(infext_object_meta_finalizers_append(meta, "z"), INFEXT_OK);
    assert_int_equal(infext_object_meta_finalizers_insert(meta, 0, "y"), INFEXT_OK);
    assert_int_equal(infext_object_meta_finalizers_insert(meta, 3, "x"), INFEXT_EINVAL);
    infext_v1_inference_pool_spec *spec = NULL;
    assert_int_equal(infext_v1_inference_pool_ensure_spec(&spec, pool), INFEXT_OK);
    infext_v1_port *p1 = NULL, *p0 = NULL;
    assert_int_equal(infext_v1_inference_pool_spec_target_ports_append(&p1, spec), INFEXT_OK);
    assert_int_equal(infext_v1_port_set_number(p1, 8001), INFEXT_OK);
    assert_int_equal(infext_v1_inference_pool_spec_target_ports_insert(&p0, spec, 0), INFEXT_OK);
    assert_int_equal(infext_v1_port_set_number(p0, 8000), INFEXT_OK);
    infext_v1_endpoint_picker_ref *ref = NULL;
    assert_int_equal(infext_v1_inference_pool_spec_ensure_endpoint_picker_ref(&ref, spec), INFEXT_OK);
    assert_int_equal(infext_v1_endpoint_picker_ref_set_group(ref, ""), INFEXT_OK);
    assert_int_equal(infext_v1_endpoint_picker_ref_set_name(ref, "epp"), INFEXT_OK);
    assert_int_equal(infext_v1_endpoint_picker_ref_set_failure_mode(ref, "FailOpen"), INFEXT_OK);
    assert_int_equal(infext_v1_endpoint_picker_ref_set_failure_mode(ref, NULL), INFEXT_OK);
    assert_false(infext_v1_endpoint_picker_ref_has_failure_mode(ref));
    int32_t number = 0;
    assert_false(infext_v1_port_get_number(&number, infext_v1_endpoint_picker_ref_get_port(ref)));
    assert_true(infext_v1_port_get_number(&number, p0));
    assert_int_equal(number, 8000);
    char *json = NULL;
    assert_int_equal(infext_v1_inference_pool_encode(&json, NULL, pool, NULL), INFEXT_OK);
    assert_string_equal(json, "{\"apiVersion\":\"inference.networking.k8s.io/v1\",\"kind\":\"InferencePool\","
                              "\"metadata\":{\"name\":\"pool\",\"deletionGracePeriodSeconds\":0,"
                              "\"labels\":{\"b\":\"3\"},\"finalizers\":[\"y\",\"z\"]},"
                              "\"spec\":{\"targetPorts\":[{\"number\":8000},{\"number\":8001}],"
                              "\"endpointPickerRef\":{\"group\":\"\",\"name\":\"epp\"}}}");
    infext_free(json);
    /* generic handle and checked down-casts */
    infext_object *o = infext_v1_inference_pool_as_object(pool);
    assert_int_equal(infext_object_kind(o), INFEXT_KIND_V1_INFERENCE_POOL);
    assert_string_equal(infext_object_name(o), "pool");
    assert_null(infext_object_as_v1alpha2_inference_pool(o));
    assert_ptr_equal(infext_object_as_v1_inference_pool(o), pool);
    infext_v1_inference_pool_free(pool);
}

static void test_raw_json_fields(void **state)
{
    (void)state;
    infext_v1alpha1_endpoint_picker_config *cfg = NULL;
    assert_int_equal(infext_v1alpha1_endpoint_picker_config_new(&cfg), INFEXT_OK);
    infext_v1alpha1_plugin_spec *plugin = NULL;
    assert_int_equal(infext_v1alpha1_endpoint_picker_config_plugins_append(&plugin, cfg), INFEXT_OK);
    char *json = NULL;
    assert_int_equal(infext_v1alpha1_plugin_spec_get_parameters_json(&json, plugin), INFEXT_ENOTFOUND);
    assert_null(json);
    assert_int_equal(infext_v1alpha1_plugin_spec_set_parameters_json(plugin, "{\"blockSize\": 64, \"x\": [1.5, \"s\"]}"),
                     INFEXT_OK);
    assert_int_equal(infext_v1alpha1_plugin_spec_set_parameters_json(plugin, "{bad"), INFEXT_EPARSE);
    assert_int_equal(infext_v1alpha1_plugin_spec_get_parameters_json(&json, plugin), INFEXT_OK);
    assert_string_equal(json, "{\"blockSize\":64,\"x\":[1.5,\"s\"]}");
    infext_free(json);
    infext_v1alpha1_endpoint_picker_config_free(cfg);
}

/* Data-driven bad input: tests/data/decode-errors/<case>/input and
 * expected (first line the status name, then the rendered diagnostics). */
/* The JSON position scanner on its own: exact positions (keys, values,
 * items, escaped keys, dotted map keys, brackets inside strings, a document
 * that starts mid-line), the nearest enclosing value for a path that leads
 * nowhere, and no overrun on any prefix of the text. */
static void test_json_locate(void **state)
{
    (void)state;
    static const char doc[] =
        "{\"a\\u0062\": {\"x]\": \"}{[\", \"app.kubernetes.io/name\": [1, {\"k\": \"\\ud83d\\ude00\"}, 3]},\n"
        " \"items\": [ {\"spec\": {\"p\": 7}}, {\"spec\": {\"q\": [\"\\\"\", {\"r\": null}]}} ],\n"
        "\t\"\\u00e9t\\u00e9\": \"ümlaut\", \"last\": true}";
    infext__source *src = infext__source_new(doc, strlen(doc), (infext__pos){3, 5});
    assert_non_null(src);
    static const struct {
        size_t item;
        const char *path;
        int want_value, found;
        uint32_t line, column;
    } cases[] = {
        {0, "", 0, 1, 3, 5},                                 /* the document: its brace */
        {0, "ab", 0, 1, 3, 6},                               /* an escaped key, at its quote */
        {0, "ab", 1, 1, 3, 17},                              /* ... and its value */
        {0, "ab.x]", 1, 1, 3, 24},                           /* brackets inside a key and a string */
        {0, "ab.app.kubernetes.io/name", 0, 1, 3, 31},      /* a key with dots */
        {0, "ab.app.kubernetes.io/name[1].k", 1, 1, 3, 67}, /* a surrogate pair inside */
        {0, "ab.app.kubernetes.io/name[2]", 0, 1, 3, 84},   /* an item: its value */
        {0, "items[1].spec.q[1].r", 0, 1, 4, 56},
        {2, "spec.q[0]", 0, 1, 4, 49},                       /* relative to items[1] */
        {2, "", 0, 1, 4, 33},
        {0, "\xc3\xa9t\xc3\xa9", 1, 1, 5, 19},               /* columns count characters */
        {0, "last", 0, 1, 5, 29},
        {0, "ab.missing", 0, 0, 3, 17},                      /* the object that lacks it */
        {0, "items[5].spec", 0, 0, 4, 2},                    /* no such item: the list's key */
        {0, "last.deeper", 0, 0, 5, 29},                     /* a scalar has no members */
        {9, "spec", 0, 0, 4, 2},                             /* no such List item */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        infext__pos pos;
        int found = infext__source_locate(&pos, src, cases[i].item, cases[i].path, cases[i].want_value);
        if (found != cases[i].found || pos.line != cases[i].line || pos.column != cases[i].column)
            fail_msg("case %zu (%s): got %d at %u:%u", i, cases[i].path, found, pos.line, pos.column);
    }
    infext__source_release(src);
    /* Every prefix (the scanner never relies on the text being complete). */
    for (size_t n = 0; n <= strlen(doc); n++) {
        infext__source *cut = infext__source_new(doc, n, (infext__pos){1, 1});
        assert_non_null(cut);
        infext__pos pos;
        int found = infext__source_locate(&pos, cut, 2, "spec.q[1].r", 0);
        assert_true(found >= -1 && found <= 1);
        assert_true(found < 0 ? pos.line == 0 : pos.line >= 1);
        infext__source_release(infext__source_retain(cut));
        infext__source_release(cut);
    }
    /* Objects decoded from JSON answer infext_object_path_position() too. */
    static const char pool[] = "{\"apiVersion\": \"inference.networking.k8s.io/v1\", \"kind\": \"InferencePool\",\n"
                               " \"metadata\": {\"name\": \"p\"},\n"
                               " \"spec\": {\"targetPorts\": [{\"number\": 8000}, {\"number\": 9000}]}}";
    infext_object *obj = NULL;
    assert_int_equal(infext_decode(&obj, pool, strlen(pool), NULL, NULL), INFEXT_OK);
    unsigned int line = 0, column = 0;
    assert_true(infext_object_path_position(&line, &column, obj, "spec.targetPorts[1].number"));
    assert_int_equal(line, 3);
    assert_int_equal(column, 46);
    infext_object *copy = NULL;
    assert_int_equal(infext_object_clone(&copy, obj), INFEXT_OK);
    assert_false(infext_object_path_position(&line, &column, copy, "spec")); /* a clone was not decoded */
    infext_object_free(copy);
    infext_object_free(obj);
}

static void test_decode_errors(void **state)
{
    (void)state;
    test_decode_corpus("decode-errors", 0);
}

/* A reader names each document by the apiVersion and kind it gives, also
 * one of no kind it knows, and a List by its own. */
static void test_reader_document_type(void **state)
{
    (void)state;
    const char *text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"
                       "---\nkind: InferencePool\n"
                       "---\napiVersion: v1\nkind: List\nitems:\n"
                       "- {apiVersion: inference.networking.x-k8s.io/v1alpha2, kind: InferenceObjective,"
                       " metadata: {name: o}}\n";
    infext_reader *r = NULL;
    assert_int_equal(infext_reader_new(&r, text, strlen(text), NULL), INFEXT_OK);
    const char *api_version = "unset", *kind = "unset";
    infext_reader_document_type(r, &api_version, &kind);
    assert_null(api_version);
    assert_null(kind);
    infext_object *obj = NULL;
    assert_int_equal(infext_reader_next(&obj, r, NULL), INFEXT_EKIND);
    infext_reader_document_type(r, &api_version, &kind);
    assert_string_equal(api_version, "v1");
    assert_string_equal(kind, "ConfigMap");
    assert_int_equal(infext_reader_next(&obj, r, NULL), INFEXT_EKIND);
    infext_reader_document_type(r, &api_version, &kind);
    assert_null(api_version);
    assert_string_equal(kind, "InferencePool");
    assert_int_equal(infext_reader_next(&obj, r, NULL), INFEXT_OK);
    assert_non_null(obj);
    infext_reader_document_type(r, NULL, &kind);
    assert_string_equal(kind, "List");
    infext_object_free(obj);
    infext_reader_document_type(NULL, &api_version, &kind);
    assert_null(api_version);
    assert_null(kind);
    infext_reader_free(r);
}

/* The source text of each document, as the input holds it. */
static void expect_document_text(infext_reader *r, infext_status status, const char *expected)
{
    infext_object *obj = NULL;
    assert_int_equal(infext_reader_next(&obj, r, NULL), status);
    infext_object_free(obj);
    const char *text = NULL;
    size_t len = 0;
    assert_true(infext_reader_document_text(r, &text, &len));
    assert_int_equal(len, strlen(expected));
    assert_memory_equal(text, expected, len);
}

static void test_reader_document_text(void **state)
{
    (void)state;
    const char *yaml = "\xEF\xBB\xBF# servers\napiVersion: apps/v1\nkind: Deployment\n...\n"
                       "---\napiVersion: v1\nkind: Service\n"
                       "--- # an objective\napiVersion: inference.networking.x-k8s.io/v1alpha2\n"
                       "kind: InferenceObjective\nmetadata: {name: o}\n"
                       "---\n# empty\n---\nkind: X\napiVersion: y/v1\n";
    infext_reader *r = NULL;
    assert_int_equal(infext_reader_new(&r, yaml, strlen(yaml), NULL), INFEXT_OK);
    assert_false(infext_reader_document_text(r, NULL, NULL));
    expect_document_text(r, INFEXT_EKIND, "# servers\napiVersion: apps/v1\nkind: Deployment\n");
    expect_document_text(r, INFEXT_EKIND, "apiVersion: v1\nkind: Service\n");
    expect_document_text(r, INFEXT_OK, "# an objective\napiVersion: inference.networking.x-k8s.io/v1alpha2\n"
                                       "kind: InferenceObjective\nmetadata: {name: o}\n");
    expect_document_text(r, INFEXT_EKIND, "kind: X\napiVersion: y/v1\n");
    infext_reader_free(r);

    const char *json = " {\"apiVersion\": \"apps/v1\",\n  \"kind\": \"Deployment\"}\n\n"
                       "{\"apiVersion\":\"inference.networking.x-k8s.io/v1alpha2\",\"kind\":\"InferenceObjective\","
                       "\"metadata\":{\"name\":\"o\"}}  \n{\"broken\": ";
    assert_int_equal(infext_reader_new(&r, json, strlen(json), NULL), INFEXT_OK);
    expect_document_text(r, INFEXT_EKIND, "{\"apiVersion\": \"apps/v1\",\n  \"kind\": \"Deployment\"}");
    expect_document_text(r, INFEXT_OK, "{\"apiVersion\":\"inference.networking.x-k8s.io/v1alpha2\","
                                       "\"kind\":\"InferenceObjective\",\"metadata\":{\"name\":\"o\"}}");
    infext_object *obj = NULL;
    assert_int_equal(infext_reader_next(&obj, r, NULL), INFEXT_EPARSE);
    const char *text = "unset";
    size_t len = 7;
    assert_false(infext_reader_document_text(r, &text, &len));
    assert_null(text);
    assert_int_equal(len, 0);
    infext_reader_free(r);
}

static void test_reader_yields_list_items_and_documents(void **state)
{
    (void)state;
    char *stream = test_read_data("roundtrip/pool-list.yaml", NULL);
    size_t n = strlen(stream);
    const char *extra = "---\n# only a comment\n---\napiVersion: inference.networking.x-k8s.io/v1alpha2\n"
                        "kind: InferenceObjective\nmetadata:\n  name: o\n";
    char *all = malloc(n + strlen(extra) + 1);
    memcpy(all, stream, n);
    strcpy(all + n, extra);
    infext_reader *r = NULL;
    assert_int_equal(infext_reader_new(&r, all, strlen(all), NULL), INFEXT_OK);
    const char *want[] = {"pool-a", "pool-b", "o"};
    size_t want_doc[] = {0, 0, 1};
    for (size_t i = 0; i < 3; i++) {
        infext_object *obj = NULL;
        assert_int_equal(infext_reader_next(&obj, r, NULL), INFEXT_OK);
        assert_non_null(obj);
        assert_string_equal(infext_object_name(obj), want[i]);
        assert_int_equal(infext_reader_document_index(r), want_doc[i]);
        assert_true(infext_object_is_root(obj));
        infext_object_free(obj);
    }
    infext_object *end = NULL;
    assert_int_equal(infext_reader_next(&end, r, NULL), INFEXT_OK);
    assert_null(end);
    infext_reader_free(r);
    free(all);
    free(stream);
}

/* Every allocation failure is reported as ENOMEM, never a crash or leak
 * (run under valgrind/ASan to see the leaks). */
static void test_allocation_failures(void **state)
{
    (void)state;
    char *input = test_read_data("samples/pool-v1.yaml", NULL);
    size_t len = strlen(input);
    for (long n = 0;; n++) {
        infext__alloc_fail_after(n);
        infext_object *obj = NULL;
        infext_status st = infext_decode(&obj, input, len, NULL, NULL);
        char *json = NULL;
        infext_status est = INFEXT_ENOMEM;
        infext_object *copy = NULL;
        if (st == INFEXT_OK) {
            est = infext_object_encode(&json, NULL, obj, NULL);
            if (est == INFEXT_OK) est = infext_object_clone(&copy, obj);
        }
        infext__alloc_fail_after(-1);
        infext_free(json);
        infext_object_free(copy);
        infext_object_free(obj);
        if (st == INFEXT_OK && est == INFEXT_OK) break;
        if (st != INFEXT_OK) assert_int_equal(st, INFEXT_ENOMEM);
        else assert_int_equal(est, INFEXT_ENOMEM);
        assert_true(n < 100000);
    }
    free(input);
}

static void test_file_and_stream_entry_points(void **state)
{
    (void)state;
    char path[1024];
    snprintf(path, sizeof path, "%s/samples/pool-v1alpha2.yaml", INFEXT_TEST_DATA);
    infext_object *obj = NULL;
    assert_int_equal(infext_decode_file(&obj, path, NULL, NULL), INFEXT_OK);
    assert_int_equal(infext_object_kind(obj), INFEXT_KIND_V1ALPHA2_INFERENCE_POOL);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    infext_reader *r = NULL;
    assert_int_equal(infext_reader_new_stream(&r, f, NULL), INFEXT_OK);
    fclose(f); /* the reader keeps its own copy */
    infext_object *again = NULL;
    assert_int_equal(infext_reader_next(&again, r, NULL), INFEXT_OK);
    assert_true(infext_object_equal(obj, again));
    infext_object_free(again);
    infext_reader_free(r);
    infext_object_free(obj);
    infext_diags *diags = NULL;
    infext_diags_new(&diags);
    assert_int_equal(infext_decode_file(&obj, "/nonexistent/pool.yaml", NULL, diags), INFEXT_EIO);
    assert_null(obj);
    assert_string_equal(infext_diag_message(infext_diags_at(diags, 0)),
                        "/nonexistent/pool.yaml: No such file or directory");
    infext_diags_free(diags);
}

static void test_positions_by_path(void **state)
{
    (void)state;
    char *text = test_read_data("samples/pool-v1.yaml", NULL);
    infext_object *obj = test_decode_ok(text);
    struct {
        const char *path;
        unsigned line, column;
    } cases[] = {
        {"", 1, 1},
        {"spec", 73, 1},
        {"spec.endpointPickerRef.port.number", 80, 7},
        {"spec.targetPorts[0].number", 87, 5},
        {"spec.selector.matchLabels.inference.example.com/model-family", 84, 7},
        {"metadata.managedFields[1].manager", 56, 5},
        {"status.parents[1].conditions[0].reason", 113, 7},
        {"status.parents[7].conditions", 89, 3}, /* out of range: the nearest known */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        unsigned line = 0, column = 0;
        assert_true(infext_object_path_position(&line, &column, obj, cases[i].path));
        if (line != cases[i].line || column != cases[i].column)
            fail_msg("%s: %u:%u, want %u:%u", cases[i].path, line, column, cases[i].line, cases[i].column);
    }
    infext_object_free(obj);
    free(text);
}

static void test_bad_arguments(void **state)
{
    (void)state;
    assert_int_equal(infext_decode(NULL, "{}", 2, NULL, NULL), INFEXT_EINVAL);
    infext_object *obj = NULL;
    assert_int_equal(infext_decode(&obj, NULL, 3, NULL, NULL), INFEXT_EINVAL);
    infext_decode_options bad = INFEXT_DECODE_OPTIONS_INIT;
    bad.version = 99;
    assert_int_equal(infext_decode(&obj, "{}", 2, &bad, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_object_encode(NULL, NULL, NULL, NULL), INFEXT_EINVAL);
    assert_null(infext_object_meta_get_name(NULL));
    assert_int_equal(infext_object_meta_set_name(NULL, "x"), INFEXT_EINVAL);
    assert_int_equal(infext_v1_inference_pool_spec_target_ports_remove(NULL, 0), INFEXT_EINVAL);
    assert_int_equal(infext_object_kind(NULL), INFEXT_KIND_NONE);
    infext_object_free(NULL);
    assert_string_equal(infext_strerror(INFEXT_EPARSE), "input could not be parsed");
    assert_string_equal(infext_status_name(INFEXT_ELOSSY), "ELOSSY");
    assert_string_equal(infext_version(), INFEXT_VERSION_STRING);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip_every_kind),
        cmocka_unit_test(test_preserve_mode_keeps_unknown_members),
        cmocka_unit_test(test_strict_mode_rejects_unknown_members),
        cmocka_unit_test(test_epp_config_is_strict_by_default),
        cmocka_unit_test(test_data_and_datalayer_spellings),
        cmocka_unit_test(test_construct_with_accessors),
        cmocka_unit_test(test_raw_json_fields),
        cmocka_unit_test(test_json_locate),
        cmocka_unit_test(test_decode_errors),
        cmocka_unit_test(test_reader_yields_list_items_and_documents),
        cmocka_unit_test(test_reader_document_type),
        cmocka_unit_test(test_reader_document_text),
        cmocka_unit_test(test_allocation_failures),
        cmocka_unit_test(test_file_and_stream_entry_points),
        cmocka_unit_test(test_positions_by_path),
        cmocka_unit_test(test_bad_arguments),
    };
    return cmocka_run_group_tests_name("codec", tests, NULL, NULL);
}
