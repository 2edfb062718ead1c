/* infext_validate over corpora: every case of tests/data/validate/<case>/
 * (input.yaml or input.json, optional args, expected.jsonl with the exact
 * lines `infext validate -o json` prints, exit with its exit status)
 * rendered from the API, under each bundle; and every sample manifest of
 * tests/data/samples under every bundle. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct text {
    char *data;
    size_t len, cap;
} text;

static void put(text *t, const char *s, size_t n)
{
    while (t->len + n + 1 > t->cap) {
        t->cap = t->cap ? t->cap * 2 : 1024;
        t->data = realloc(t->data, t->cap);
        assert_non_null(t->data);
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
}

static void puts_t(text *t, const char *s) { put(t, s, strlen(s)); }

static void json_str(text *t, const char *s)
{
    put(t, "\"", 1);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        char esc[8];
        if (*p == '"' || *p == '\\') snprintf(esc, sizeof esc, "\\%c", *p);
        else if (*p == '\n') snprintf(esc, sizeof esc, "\\n");
        else if (*p == '\t') snprintf(esc, sizeof esc, "\\t");
        else if (*p == '\r') snprintf(esc, sizeof esc, "\\r");
        else if (*p < 0x20 || *p == 0x7f) snprintf(esc, sizeof esc, "\\u%04x", *p);
        else {
            put(t, (const char *)p, 1);
            continue;
        }
        puts_t(t, esc);
    }
    put(t, "\"", 1);
}

/* The JSON line of one document, field for field as the CLI contract says. */
static void render_diags(text *t, const infext_diags *diags, infext_severity severity);

static void render_line(text *t, const char *file, const infext_reader *reader, const infext_object *obj,
                        const infext_diags *diags)
{
    char num[64];
    /* a document of no known kind is named as it names itself */
    const char *api_version = NULL, *kind = NULL, *name = infext_reader_document_name(reader);
    infext_reader_document_type(reader, &api_version, &kind);
    if (obj) {
        api_version = infext_object_api_version(obj);
        kind = infext_object_kind_name(obj);
        name = infext_object_name(obj);
    }
    puts_t(t, "{\"file\":");
    json_str(t, file);
    snprintf(num, sizeof num, ",\"index\":%zu,\"apiVersion\":", infext_reader_document_index(reader));
    puts_t(t, num);
    json_str(t, api_version ? api_version : "");
    puts_t(t, ",\"kind\":");
    json_str(t, kind ? kind : "");
    puts_t(t, ",\"name\":");
    json_str(t, name ? name : "");
    puts_t(t, infext_diags_error_count(diags) ? ",\"valid\":false,\"errors\":[" : ",\"valid\":true,\"errors\":[");
    render_diags(t, diags, INFEXT_SEVERITY_ERROR);
    /* warnings, in the same form, only when there are any */
    if (infext_diags_count(diags) > infext_diags_error_count(diags)) {
        puts_t(t, "],\"warnings\":[");
        render_diags(t, diags, INFEXT_SEVERITY_WARNING);
    }
    puts_t(t, "]}\n");
}

/* The diagnostics of one severity, as members of a JSON array. */
static void render_diags(text *t, const infext_diags *diags, infext_severity severity)
{
    char num[64];
    size_t n = 0;
    for (size_t i = 0; i < infext_diags_count(diags); i++) {
        const infext_diag *d = infext_diags_at(diags, i);
        if (infext_diag_severity(d) != severity) continue;
        puts_t(t, n++ ? ",{\"field\":" : "{\"field\":");
        json_str(t, infext_diag_path(d));
        puts_t(t, ",\"type\":");
        json_str(t, infext_error_type_id(infext_diag_type(d)));
        puts_t(t, ",\"message\":");
        json_str(t, infext_diag_message(d));
        if (infext_diag_line(d)) {
            snprintf(num, sizeof num, ",\"line\":%u,\"column\":%u", infext_diag_line(d), infext_diag_column(d));
            puts_t(t, num);
        }
        puts_t(t, "}");
    }
}

/* Validate every document of a case as the CLI does; returns its exit status. */
static int run_case(text *out, const char *file, const char *data, size_t len, unsigned int flags,
                    infext_bundle bundle)
{
    infext_decode_options dopts = INFEXT_DECODE_OPTIONS_INIT;
    dopts.unknown = INFEXT_UNKNOWN_PRESERVE;
    dopts.flags = INFEXT_DECODE_KEEP_GOING | INFEXT_DECODE_POSITIONS;
    infext_validate_options vopts = INFEXT_VALIDATE_OPTIONS_INIT;
    vopts.flags = flags;
    vopts.bundle = bundle;
    infext_reader *reader = NULL;
    assert_int_equal(infext_reader_new(&reader, data, len, &dopts), INFEXT_OK);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    int status = 0;
    for (;;) {
        infext_object *obj = NULL;
        infext_diags_clear(diags);
        infext_status st = infext_reader_next(&obj, reader, diags);
        if (st == INFEXT_OK && !obj) break;
        if (st == INFEXT_OK) {
            st = infext_validate(obj, &vopts, diags);
            assert_true(st == INFEXT_OK || st == INFEXT_EVALIDATION);
            /* an EndpointPickerConfig also gets the loader's checks, as in the CLI */
            infext_status cst = infext_scheduler_check(obj, NULL, diags);
            assert_true(cst == INFEXT_OK || cst == INFEXT_ECONFIG || cst == INFEXT_EKIND);
            if (cst == INFEXT_ECONFIG) st = INFEXT_EVALIDATION;
            assert_int_equal(st == INFEXT_EVALIDATION, infext_diags_error_count(diags) > 0);
        } else if (st != INFEXT_EKIND) {
            status = 2;
            if (st == INFEXT_EPARSE || st == INFEXT_ELIMIT) break;
            continue;
        }
        if (infext_diags_error_count(diags) && !status) status = 1;
        render_line(out, file, reader, obj, diags);
        infext_object_free(obj);
    }
    infext_diags_free(diags);
    infext_reader_free(reader);
    return status;
}

/* Every case of a corpus folder, judged by `bundle` unless its args say
 * `--bundle B`; returns the number of documents. */
static size_t run_corpus(const char *corpus, infext_bundle bundle, size_t *n_cases)
{
    char **cases = test_list_dir(corpus);
    size_t n_docs = 0;
    for (char **c = cases; *c; c++, (*n_cases)++) {
        char rel[1024], dir[256];
        snprintf(dir, sizeof dir, "%s/%s", corpus, *c);
        char **files = test_list_dir(dir);
        const char *input = NULL;
        unsigned int flags = 0;
        infext_bundle case_bundle = bundle;
        for (char **f = files; *f; f++) {
            if (!strncmp(*f, "input.", 6)) input = *f;
            if (!strcmp(*f, "args")) {
                snprintf(rel, sizeof rel, "%s/args", dir);
                char *args = test_read_data(rel, NULL);
                if (strstr(args, "--allow-unknown")) flags |= INFEXT_VALIDATE_ALLOW_UNKNOWN;
                const char *b = strstr(args, "--bundle ");
                if (b) {
                    char name[16] = "";
                    sscanf(b + 9, "%15s", name);
                    assert_int_equal(infext_bundle_parse(&case_bundle, name), INFEXT_OK);
                }
                free(args);
            }
        }
        if (!input) fail_msg("%s: no input file", *c);
        size_t len = 0;
        snprintf(rel, sizeof rel, "%s/%s", dir, input);
        char *data = test_read_data(rel, &len);
        text got = {NULL, 0, 0};
        puts_t(&got, "");
        int status = run_case(&got, input, data, len, flags, case_bundle);
        snprintf(rel, sizeof rel, "%s/expected.jsonl", dir);
        char *want = test_read_data(rel, NULL);
        if (strcmp(got.data, want) != 0) fail_msg("%s: output differs; got:\n%s", dir, got.data);
        snprintf(rel, sizeof rel, "%s/exit", dir);
        char *exit_text = test_read_data(rel, NULL);
        if (atoi(exit_text) != status) fail_msg("%s: exit %d, expected %s", dir, status, exit_text);
        for (const char *p = want; *p; p++) n_docs += *p == '\n';
        free(exit_text);
        free(want);
        free(got.data);
        free(data);
        test_free_list(files);
    }
    test_free_list(cases);
    return n_docs;
}

/* The corpus of bundle v1.2.0 (tests/data/validate), then one corpus per
 * bundle (tests/data/bundles/<bundle>). */
static void test_corpus(void **state)
{
    (void)state;
    size_t n_cases = 0;
    size_t n_docs = run_corpus("validate", INFEXT_BUNDLE_V1_2_0, &n_cases);
    assert_true(n_cases >= 80);
    assert_true(n_docs >= 150);
    for (infext_bundle b = INFEXT_BUNDLE_V1_2_0; infext_bundle_name(b); b++) {
        if (b == INFEXT_BUNDLE_NEWEST) continue;
        char corpus[64];
        size_t n = 0;
        snprintf(corpus, sizeof corpus, "bundles/%s", infext_bundle_name(b));
        n_docs = run_corpus(corpus, b, &n);
        if (n == 0 || n_docs == 0) fail_msg("%s: no cases", corpus);
    }
    /* the loader's checks of EndpointPickerConfig (infext_scheduler_check) */
    size_t n = 0;
    n_docs = run_corpus("epp-check", INFEXT_BUNDLE_NEWEST, &n);
    if (n == 0 || n_docs == 0) fail_msg("epp-check: no cases");
}

/* Every sample manifest copied from the reference data (tests/data/samples)
 * under every bundle: a resource is valid under each bundle that serves its
 * kind and gets the one "no matches" error under the others; the verdicts and
 * messages of all of them, EndpointPickerConfigs included, are those of
 * tests/data/sample-verdicts/expected (INFEXT_CORPUS_WRITE=1 rewrites it). */
static void test_samples_under_every_bundle(void **state)
{
    (void)state;
    char **files = test_list_dir("samples");
    text got = {NULL, 0, 0};
    puts_t(&got, "");
    size_t checked = 0;
    for (infext_bundle b = INFEXT_BUNDLE_V1_2_0; infext_bundle_name(b); b++) {
        if (b == INFEXT_BUNDLE_NEWEST) continue;
        puts_t(&got, "# bundle ");
        puts_t(&got, infext_bundle_name(b));
        puts_t(&got, "\n");
        for (char **f = files; *f; f++) {
            char rel[512];
            size_t len = 0;
            snprintf(rel, sizeof rel, "samples/%s", *f);
            char *data = test_read_data(rel, &len);
            run_case(&got, *f, data, len, 0, b);
            /* the rule, checked on its own */
            infext_decode_options o = INFEXT_DECODE_OPTIONS_INIT;
            o.unknown = INFEXT_UNKNOWN_PRESERVE;
            infext_object *obj = NULL;
            assert_int_equal(infext_decode(&obj, data, len, &o, NULL), INFEXT_OK);
            infext_kind kind = infext_object_kind(obj);
            if (kind != INFEXT_KIND_V1ALPHA1_ENDPOINT_PICKER_CONFIG) {
                infext_diags *diags = NULL;
                assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
                infext_validate_options v = INFEXT_VALIDATE_OPTIONS_INIT;
                v.bundle = b;
                infext_status st = infext_validate(obj, &v, diags);
                if (infext_bundle_serves(b, kind)) {
                    if (st != INFEXT_OK) fail_msg("%s under %s: not valid", *f, infext_bundle_name(b));
                } else {
                    assert_int_equal(st, INFEXT_EVALIDATION);
                    assert_int_equal(infext_diags_count(diags), 1);
                    assert_int_equal(infext_diag_type(infext_diags_at(diags, 0)), INFEXT_ERR_NOT_SUPPORTED);
                    assert_non_null(strstr(infext_diag_message(infext_diags_at(diags, 0)), "no matches for kind"));
                }
                infext_diags_free(diags);
                checked++;
            }
            infext_object_free(obj);
            free(data);
        }
    }
    assert_true(checked >= 20); /* four pools under five bundles */
    if (getenv("INFEXT_CORPUS_WRITE")) {
        char path[1024];
        snprintf(path, sizeof path, "%s/sample-verdicts/expected", INFEXT_TEST_DATA);
        FILE *out = fopen(path, "w");
        assert_non_null(out);
        fputs(got.data, out);
        fclose(out);
    }
    char *want = test_read_data("sample-verdicts/expected", NULL);
    if (strcmp(got.data, want) != 0) fail_msg("sample verdicts differ; got:\n%s", got.data);
    free(want);
    free(got.data);
    test_free_list(files);
}
int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_corpus),
        cmocka_unit_test(test_samples_under_every_bundle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
