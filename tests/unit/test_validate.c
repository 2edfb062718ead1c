/* infext_validate, the API: options, no mutation, type errors without the
 * decoder's list, unserved kinds, feature gates from the host, built
 * objects, List kinds, the message helpers, the C grammars against PCRE2,
 * eight threads on one object, and allocation failures. The corpora are in
 * test_validate_corpus.c. */
#include "support.h"
#include "util/alloc.h"
#include "util/goformat.h"
#include "validate/validate_int.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void assert_diags(const infext_diags *diags, const char *want)
{
    char *got = test_render_diags(diags);
    assert_string_equal(got, want);
    free(got);
}

static infext_object *decode_text(const char *yaml, infext_diags *diags)
{
    infext_decode_options o = INFEXT_DECODE_OPTIONS_INIT;
    o.unknown = INFEXT_UNKNOWN_PRESERVE;
    o.flags = INFEXT_DECODE_KEEP_GOING | INFEXT_DECODE_POSITIONS;
    infext_object *obj = NULL;
    assert_int_equal(infext_decode(&obj, yaml, strlen(yaml), &o, diags), INFEXT_OK);
    return obj;
}

static const char pool_no_port[] = "apiVersion: inference.networking.k8s.io/v1\n"
                                   "kind: InferencePool\n"
                                   "metadata: {name: p}\n"
                                   "spec:\n"
                                   "  selector: {matchLabels: {app: x}}\n"
                                   "  targetPorts: [{number: 8000}]\n"
                                   "  endpointPickerRef: {name: epp}\n";

static void test_arguments_and_options(void **state)
{
    (void)state;
    infext_validate_options o;
    assert_int_equal(infext_validate_options_init(NULL, INFEXT_VALIDATE_OPTIONS_VERSION), INFEXT_EINVAL);
    assert_int_equal(infext_validate_options_init(&o, 99), INFEXT_EINVAL);
    assert_int_equal(infext_validate_options_init(&o, INFEXT_VALIDATE_OPTIONS_VERSION), INFEXT_OK);
    assert_int_equal(o.version, INFEXT_VALIDATE_OPTIONS_VERSION);
    assert_int_equal(o.flags, 0);
    assert_null(o.extra_feature_gates);
    assert_int_equal(infext_validate(NULL, NULL, NULL), INFEXT_EINVAL);
    infext_object *obj = decode_text(pool_no_port, NULL);
    o.version = 0;
    assert_int_equal(infext_validate(obj, &o, NULL), INFEXT_EINVAL);
    /* the verdict without a list */
    assert_int_equal(infext_validate(obj, NULL, NULL), INFEXT_EVALIDATION);
    infext_object_free(obj);
}

static char *encode(const infext_object *obj)
{
    char *out = NULL;
    assert_int_equal(infext_object_encode(&out, NULL, obj, NULL), INFEXT_OK);
    return out;
}

/* Defaults are applied to a copy: the input stays as it was, and the rule
 * still sees kind: Service. */
static void test_input_not_mutated(void **state)
{
    (void)state;
    infext_object *obj = decode_text(pool_no_port, NULL);
    char *before = encode(obj);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    assert_int_equal(infext_validate(obj, NULL, diags), INFEXT_EVALIDATION);
    char *after = encode(obj);
    assert_string_equal(before, after);
    assert_diags(diags,
                        "Invalid|spec.endpointPickerRef|7:3|Invalid value: port is required when kind is "
                        "'Service' or unspecified (defaults to 'Service')\n");
    /* Already defaulted by the caller: the same verdict without the copy. */
    infext_validate_options o = INFEXT_VALIDATE_OPTIONS_INIT;
    o.flags = INFEXT_VALIDATE_NO_DEFAULTS;
    infext_diags_clear(diags);
    assert_int_equal(infext_default(obj, NULL), INFEXT_OK);
    assert_int_equal(infext_validate(obj, &o, diags), INFEXT_EVALIDATION);
    assert_int_equal(infext_diags_count(diags), 1);
    infext_diags_free(diags);
    free(before);
    free(after);
    infext_object_free(obj);
}

/* A list other than the decoder's: the wrong-typed field is still reported. */
static void test_type_error_without_decoder_list(void **state)
{
    (void)state;
    const char *yaml = "apiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\nmetadata: {name: p}\n"
                       "spec:\n  selector: {matchLabels: {app: x}}\n  targetPorts: [{number: x}]\n"
                       "  endpointPickerRef: {name: epp, port: {number: 1}}\n";
    infext_diags *decode_diags = NULL, *diags = NULL;
    assert_int_equal(infext_diags_new(&decode_diags), INFEXT_OK);
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    infext_object *obj = decode_text(yaml, decode_diags);
    assert_int_equal(infext_diags_count(decode_diags), 1);
    assert_int_equal(infext_validate(obj, NULL, diags), INFEXT_EVALIDATION);
    assert_diags(diags,
                        "TypeInvalid|spec.targetPorts[0].number|6:18|Invalid value: spec.targetPorts[0].number "
                        "in body must be of type integer\n"
                        "Invalid||1:1|Invalid value: null: some validation rules were not checked because the "
                        "object was invalid; correct the existing errors to complete validation\n");
    /* With the decoder's list the entry is not repeated. */
    assert_int_equal(infext_validate(obj, NULL, decode_diags), INFEXT_EVALIDATION);
    assert_int_equal(infext_diags_count(decode_diags), 2);
    assert_int_equal(infext_diag_type(infext_diags_at(decode_diags, 0)), INFEXT_ERR_TYPE_INVALID);
    infext_diags_free(diags);
    infext_diags_free(decode_diags);
    infext_object_free(obj);
    /* A number or a boolean where a string belongs is kept for the enum
     * check, and is still a type error of its own (it was lost when the
     * kept value was an integer: the verdict said invalid with no error). */
    static const char *const scalars[] = {"7", "true", "1.5"};
    for (size_t i = 0; i < 3; i++) {
        char config[512];
        snprintf(config, sizeof config,
                 "apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\n"
                 "schedulingProfiles:\n- name: %s\n",
                 scalars[i]);
        assert_int_equal(infext_diags_new(&decode_diags), INFEXT_OK);
        assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
        obj = decode_text(config, decode_diags);
        assert_int_equal(infext_validate(obj, NULL, diags), INFEXT_EVALIDATION);
        assert_diags(diags, "TypeInvalid|schedulingProfiles[0].name|4:3|Invalid value: schedulingProfiles[0].name "
                            "in body must be of type string\n");
        infext_diags_free(diags);
        infext_diags_free(decode_diags);
        infext_object_free(obj);
    }
}

/* Under a bundle that does not serve the kind, the server answers only "no
 * matches": the decoder's type errors for that object leave the list (JSON
 * here, with positions), what the list held before stays, and under a
 * bundle that serves it they are the errors. */
static void test_unserved_kind_has_one_error(void **state)
{
    (void)state;
    static const char a2[] = "{\"apiVersion\": \"inference.networking.x-k8s.io/v1alpha2\",\n"
                             " \"kind\": \"InferencePool\", \"metadata\": {\"name\": \"old\"},\n"
                             " \"spec\": {\"selector\": {\"app\": \"vllm\"}, \"targetPortNumber\": \"8000\",\n"
                             "          \"extensionRef\": {\"name\": 7}}}\n";
    static const char decoded[] =
        "Required|earlier|3:4|an earlier document's error\n"
        "TypeInvalid|spec.targetPortNumber|3:60|Invalid value: \"string\": spec.targetPortNumber in body must be "
        "of type integer: \"string\"\n"
        "TypeInvalid|spec.extensionRef.name|4:36|Invalid value: \"integer\": spec.extensionRef.name in body must "
        "be of type string: \"integer\"\n";
    for (int served = 0; served < 2; served++) {
        infext_diags *diags = NULL;
        assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
        assert_int_equal(infext_diags_add(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_REQUIRED, "earlier",
                                          "an earlier document's error", 3, 4),
                         INFEXT_OK);
        infext_decode_options o = INFEXT_DECODE_OPTIONS_INIT;
        o.unknown = INFEXT_UNKNOWN_PRESERVE;
        o.flags = INFEXT_DECODE_KEEP_GOING;
        infext_object *obj = NULL;
        assert_int_equal(infext_decode(&obj, a2, strlen(a2), &o, diags), INFEXT_OK);
        assert_diags(diags, decoded);
        infext_validate_options v = INFEXT_VALIDATE_OPTIONS_INIT;
        v.bundle = served ? INFEXT_BUNDLE_V1_4_0 : INFEXT_BUNDLE_V1_6_0;
        assert_int_equal(infext_validate(obj, &v, diags), INFEXT_EVALIDATION);
        if (served)
            assert_diags(diags, decoded);
        else
            assert_diags(diags, "Required|earlier|3:4|an earlier document's error\n"
                                "NotSupported||1:1|no matches for kind \"InferencePool\" in version "
                                "\"inference.networking.x-k8s.io/v1alpha2\"; hint: bundle v1.6.0 does not serve "
                                "it, bundles v1.2.0, v1.3.1, v1.4.0 do; infext convert --to "
                                "inference.networking.k8s.io/v1 gives the version it serves\n");
        assert_int_equal(infext_diags_error_count(diags), served ? 3 : 2);
        infext_object_free(obj);
        infext_diags_free(diags);
    }
}

static void test_host_feature_gates(void **state)
{
    (void)state;
    const char *yaml = "apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\n"
                       "featureGates: [dataLayer, myGate]\n";
    infext_object *obj = decode_text(yaml, NULL);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    assert_int_equal(infext_validate(obj, NULL, diags), INFEXT_EVALIDATION);
    assert_string_equal(infext_diag_message(infext_diags_at(diags, 0)),
                        "Unsupported value: \"myGate\": supported values: \"dataLayer\", \"flowControl\"");
    static const char *const gates[] = {"otherGate", "myGate", NULL};
    infext_validate_options o = INFEXT_VALIDATE_OPTIONS_INIT;
    o.extra_feature_gates = gates;
    infext_diags_clear(diags);
    assert_int_equal(infext_validate(obj, &o, diags), INFEXT_OK);
    assert_int_equal(infext_diags_count(diags), 0);
    infext_diags_free(diags);
    infext_object_free(obj);
}

/* An object built through setters has no positions. */
static void test_built_object(void **state)
{
    (void)state;
    infext_object *obj = NULL;
    assert_int_equal(infext_object_new(&obj, INFEXT_KIND_LLMD_V1ALPHA2_INFERENCE_OBJECTIVE), INFEXT_OK);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    assert_int_equal(infext_validate(obj, NULL, diags), INFEXT_EVALIDATION);
    assert_diags(diags,
                        "Required|metadata.name|0:0|Required value: name or generateName is required\n");
    infext_object_free(obj);

    /* The x-k8s.io kind: not served by the newest bundle, served by v1.5.0. */
    assert_int_equal(infext_object_new(&obj, INFEXT_KIND_V1ALPHA2_INFERENCE_OBJECTIVE), INFEXT_OK);
    infext_diags_clear(diags);
    assert_int_equal(infext_validate(obj, NULL, diags), INFEXT_EVALIDATION);
    assert_diags(diags, "NotSupported||0:0|no matches for kind \"InferenceObjective\" in version "
                        "\"inference.networking.x-k8s.io/v1alpha2\"; hint: bundle v1.6.0 does not serve it, "
                        "bundles v1.2.0, v1.3.1, v1.4.0, v1.5.0 do; infext convert --to llm-d.ai/v1alpha2 gives "
                        "the version it serves\n");
    infext_validate_options o = INFEXT_VALIDATE_OPTIONS_INIT;
    o.bundle = INFEXT_BUNDLE_V1_5_0;
    infext_diags_clear(diags);
    assert_int_equal(infext_validate(obj, &o, diags), INFEXT_EVALIDATION);
    assert_diags(diags, "Required|metadata.name|0:0|Required value: name or generateName is required\n");
    o.bundle = (infext_bundle)99; /* no bundle */
    assert_int_equal(infext_validate(obj, &o, NULL), INFEXT_EINVAL);
    infext_diags_free(diags);
    infext_object_free(obj);
}

/* A caller built against options version 1 passes the smaller struct: its
 * init writes only those members, and validation takes the newest bundle. */
static void test_options_version_1(void **state)
{
    (void)state;
    struct {
        unsigned int version, flags;
        const char *const *gates;
        unsigned int guard;
    } v1 = {0, 0, NULL, 0xdeadbeefu};
    assert_int_equal(infext_validate_options_init((infext_validate_options *)(void *)&v1, 1), INFEXT_OK);
    assert_int_equal(v1.version, 1);
    assert_int_equal(v1.guard, 0xdeadbeefu);
    infext_object *obj = NULL;
    assert_int_equal(infext_object_new(&obj, INFEXT_KIND_V1ALPHA2_INFERENCE_POOL), INFEXT_OK);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    assert_int_equal(infext_validate(obj, (const infext_validate_options *)(const void *)&v1, diags),
                     INFEXT_EVALIDATION);
    assert_int_equal(infext_diags_count(diags), 1);
    assert_non_null(strstr(infext_diag_message(infext_diags_at(diags, 0)), "no matches for kind"));
    infext_diags_free(diags);
    infext_object_free(obj);
}

/* A List kind as one object: each item is checked, its rules too, with
 * paths from the List; ListMeta is not ObjectMeta. */
static void test_list_object(void **state)
{
    (void)state;
    const char *yaml = "apiVersion: inference.networking.k8s.io/v1\nkind: InferencePoolList\n"
                       "metadata: {resourceVersion: '7'}\nitems:\n"
                       "- metadata: {name: a}\n"
                       "  spec: {selector: {matchLabels: {app: x}}, targetPorts: [{number: 1}],\n"
                       "         endpointPickerRef: {name: e}}\n";
    infext_object *obj = decode_text(yaml, NULL);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    assert_int_equal(infext_validate(obj, NULL, diags), INFEXT_EVALIDATION);
    assert_diags(diags,
                        "Invalid|items[0].spec.endpointPickerRef|7:10|Invalid value: port is required when kind "
                        "is 'Service' or unspecified (defaults to 'Service')\n");
    infext_diags_free(diags);
    infext_object_free(obj);
}

static void test_go_notation(void **state)
{
    (void)state;
    static const struct {
        double d;
        const char *go;
    } floats[] = {{100, "100"}, {-0.25, "-0.25"}, {1e21, "1e+21"}, {1e20, "100000000000000000000"},
                  {0.0001, "0.0001"}, {0.00001, "1e-05"}, {1.5e300, "1.5e+300"}, {0, "0"}};
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
        infext__vfloat(&b, floats[i].d);
        assert_string_equal(b.data, floats[i].go);
        infext__buf_reset(&b);
    }
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    const char s[] = "a\"b\\\n\x01\xc3\xa9\xc2\x85";
    infext__go_quote(&b, s, sizeof s - 1);
    assert_string_equal(b.data, "\"a\\\"b\\\\\\n\\x01\xc3\xa9\\u0085\"");
    infext__buf_reset(&b);
    assert_int_equal(infext__vrunes("\xc3\xa9x", 3), 2);
}

static void test_durations_and_quantities(void **state)
{
    (void)state;
    static const char *const durations_ok[] = {"0", "150ms", "1m30s", "-1.5h", ".5s", "1.s", "2\xc2\xb5s", "3us", NULL};
    static const char *const durations_bad[] = {"", "1", "s", ".s", "1x", "1 s", "+", "1s2", NULL};
    for (const char *const *p = durations_ok; *p; p++)
        if (!infext__duration_syntax_ok(*p)) fail_msg("duration %s refused", *p);
    for (const char *const *p = durations_bad; *p; p++)
        if (infext__duration_syntax_ok(*p)) fail_msg("duration %s accepted", *p);
    static const char *const quantities_ok[] = {"1Gi", "500M", "100", "1k", "0.5", "+1", "-1", "1e3", "1E", "1.5Ei", NULL};
    static const char *const quantities_bad[] = {"",   "Gi",  "1GB", "1..2",         "1 Gi", "1KiB",
                                                 "1e", ".",   "1k1", "1e2147483648", NULL};
    for (const char *const *p = quantities_ok; *p; p++)
        if (!infext__vis_quantity(*p)) fail_msg("quantity %s refused", *p);
    for (const char *const *p = quantities_bad; *p; p++)
        if (infext__vis_quantity(*p)) fail_msg("quantity %s accepted", *p);
}

/* Every pattern matched by a C grammar gives PCRE2's (RE2's) answer: all
 * strings of up to 3 characters over a small alphabet, and random longer
 * ones over every character class the patterns use. */
static void test_grammars_match_pcre2(void **state)
{
    (void)state;
    static const char alphabet[] = "aZ0-._/:,~%!$&'()*+;= \n\xc3";
    const size_t n_alpha = sizeof alphabet - 1;
    size_t checked = 0;
    for (size_t p = 0; p < infext__n_patterns; p++) {
        infext__vmatcher match = infext__vgrammar_for(infext__patterns[p]);
        if (!match) continue;
        int err;
        PCRE2_SIZE offset;
        pcre2_code *re = pcre2_compile((PCRE2_SPTR)infext__patterns[p], PCRE2_ZERO_TERMINATED,
                                       PCRE2_DOLLAR_ENDONLY, &err, &offset, NULL);
        pcre2_match_data *md = pcre2_match_data_create(1, NULL);
        assert_non_null(re);
        assert_non_null(md);
        char s[48];
        unsigned int seed = 12345u + (unsigned int)p;
        for (size_t k = 0; k < 60000; k++) {
            size_t len;
            if (k < 1 + n_alpha + n_alpha * n_alpha + n_alpha * n_alpha * n_alpha) {
                /* k in base n_alpha, by length */
                size_t v = k, base = 1;
                len = 0;
                while (v >= base) v -= base, base *= n_alpha, len++;
                for (size_t i = 0; i < len; i++, v /= n_alpha) s[i] = alphabet[v % n_alpha];
            } else {
                seed = seed * 1103515245u + 12345u;
                len = (seed >> 16) % 40;
                for (size_t i = 0; i < len; i++) {
                    seed = seed * 1103515245u + 12345u;
                    /* mostly name characters, sometimes anything else */
                    s[i] = (seed >> 20) % 4 ? "abz09-.Z"[(seed >> 8) % 8] : alphabet[(seed >> 8) % n_alpha];
                }
            }
            bool want = pcre2_match(re, (PCRE2_SPTR)s, len, 0, 0, md, NULL) >= 0;
            if (match(s, len) != want)
                fail_msg("pattern %s on \"%.*s\": C says %d", infext__pattern_names[p], (int)len, s, !want);
            checked++;
        }
        pcre2_match_data_free(md);
        pcre2_code_free(re);
    }
    assert_true(checked >= 7 * 60000);
}

typedef struct shared {
    const infext_object *obj;
    const char *want;
    int ok;
} shared;

static void *validate_many(void *arg)
{
    shared *s = arg;
    s->ok = 1;
    for (int i = 0; i < 200 && s->ok; i++) {
        infext_diags *diags = NULL;
        if (infext_diags_new(&diags) != INFEXT_OK) return s->ok = 0, NULL;
        infext_validate(s->obj, NULL, diags);
        char *got = test_render_diags(diags);
        s->ok = !strcmp(got, s->want);
        free(got);
        infext_diags_free(diags);
    }
    return NULL;
}

/* Eight threads on one const object: same diagnostics as one thread. */
static void test_threads_same_object(void **state)
{
    (void)state;
    size_t len = 0;
    char *data = test_read_data("validate/v1-rules-skipped/input.yaml", &len);
    const char *third = data;
    for (int i = 0; i < 3; i++) third = strstr(third + 1, "---\n"); /* the document with a pattern error */
    char *end = strstr(third + 4, "---\n");
    if (end) *end = '\0';
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    infext_object *obj = decode_text(third + 4, NULL);
    assert_int_equal(infext_validate(obj, NULL, diags), INFEXT_EVALIDATION);
    char *want = test_render_diags(diags);
    assert_non_null(strstr(want, "should match"));
    pthread_t threads[8];
    shared s[8];
    for (int i = 0; i < 8; i++) {
        s[i] = (shared){obj, want, 0};
        assert_int_equal(pthread_create(&threads[i], NULL, validate_many, &s[i]), 0);
    }
    for (int i = 0; i < 8; i++) {
        pthread_join(threads[i], NULL);
        assert_true(s[i].ok);
    }
    free(want);
    infext_diags_free(diags);
    infext_object_free(obj);
    free(data);
}

/* The items of one JSON List share their document's text (positions are
 * looked up there): each validated and freed on a thread of its own, in any
 * order, gives its own positions. */
typedef struct item_job {
    infext_object *item;
    unsigned int line; /* where the item's error must be reported */
    int ok;
} item_job;

static void *validate_and_free(void *arg)
{
    item_job *job = arg;
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) return NULL;
    for (int round = 0; round < 50; round++) {
        infext_diags_clear(diags);
        if (infext_validate(job->item, NULL, diags) != INFEXT_EVALIDATION || infext_diags_count(diags) != 1 ||
            infext_diag_line(infext_diags_at(diags, 0)) != job->line)
            break;
        if (round == 49) job->ok = 1;
    }
    infext_diags_free(diags);
    infext_object_free(job->item);
    return NULL;
}

static void test_threads_json_list_items(void **state)
{
    (void)state;
    char doc[8192];
    size_t n = (size_t)snprintf(doc, sizeof doc, "{\"apiVersion\": \"inference.networking.k8s.io/v1\", "
                                                     "\"kind\": \"InferencePoolList\", \"items\": [\n");
    for (int i = 0; i < 8; i++) /* item i on line i + 2, its port out of range */
        n += (size_t)snprintf(doc + n, sizeof doc - n,
                              "%s{\"metadata\": {\"name\": \"p%d\"}, \"spec\": {\"selector\": {\"matchLabels\": "
                              "{\"a\": \"b\"}}, \"targetPorts\": [{\"number\": %d}], \"endpointPickerRef\": "
                              "{\"name\": \"e\", \"port\": {\"number\": 9002}}}}\n",
                              i ? "," : "", i, 70000 + i);
    snprintf(doc + n, sizeof doc - n, "]}\n");
    infext_reader *reader = NULL;
    assert_int_equal(infext_reader_new(&reader, doc, strlen(doc), NULL), INFEXT_OK);
    item_job jobs[8];
    pthread_t threads[8];
    for (int i = 0; i < 8; i++) {
        jobs[i] = (item_job){NULL, (unsigned int)i + 2, 0};
        assert_int_equal(infext_reader_next(&jobs[i].item, reader, NULL), INFEXT_OK);
        assert_non_null(jobs[i].item);
    }
    infext_reader_free(reader); /* the items outlive the reader and its input */
    for (int i = 0; i < 8; i++) assert_int_equal(pthread_create(&threads[i], NULL, validate_and_free, &jobs[i]), 0);
    for (int i = 0; i < 8; i++) {
        pthread_join(threads[i], NULL);
        assert_true(jobs[i].ok);
    }
}

/* Every allocation made by a call fails in turn: ENOMEM, never a crash or
 * a leak, and the verdict once enough memory is there. */
static void test_allocation_failures(void **state)
{
    (void)state;
    const char *yaml = "apiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\n"
                       "metadata: {name: Bad, labels: {'-x': y}}\n"
                       "spec:\n  selector: {matchLabels: {app: x}}\n  targetPorts: [{number: 0}, {number: 0}]\n"
                       "  endpointPickerRef: {name: epp, group: BAD, extra: 1}\n";
    infext_object *obj = decode_text(yaml, NULL);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    assert_int_equal(infext_validate(obj, NULL, diags), INFEXT_EVALIDATION);
    char *want = test_render_diags(diags);
    for (long n = 0;; n++) {
        infext_diags_clear(diags);
        infext__alloc_fail_after(n);
        infext_status st = infext_validate(obj, NULL, diags);
        infext__alloc_fail_after(-1);
        if (st == INFEXT_EVALIDATION) {
            char *got = test_render_diags(diags);
            assert_string_equal(got, want);
            free(got);
            break;
        }
        assert_int_equal(st, INFEXT_ENOMEM);
        assert_true(n < 10000);
    }
    free(want);
    infext_diags_free(diags);
    infext_object_free(obj);
}
int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arguments_and_options),
        cmocka_unit_test(test_input_not_mutated),
        cmocka_unit_test(test_type_error_without_decoder_list),
        cmocka_unit_test(test_unserved_kind_has_one_error),
        cmocka_unit_test(test_host_feature_gates),
        cmocka_unit_test(test_built_object),
        cmocka_unit_test(test_options_version_1),
        cmocka_unit_test(test_list_object),
        cmocka_unit_test(test_go_notation),
        cmocka_unit_test(test_durations_and_quantities),
        cmocka_unit_test(test_grammars_match_pcre2),
        cmocka_unit_test(test_threads_same_object),
        cmocka_unit_test(test_threads_json_list_items),
        cmocka_unit_test(test_allocation_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
