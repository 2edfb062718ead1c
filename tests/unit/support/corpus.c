/* The driver of the data-driven decoding corpora (see support.h). */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

infext_object *test_decode_ok(const char *text)
{
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    infext_object *obj = NULL;
    infext_status st = infext_decode(&obj, text, strlen(text), NULL, diags);
    if (st != INFEXT_OK) {
        char *r = test_render_diags(diags);
        fail_msg("decode failed: %s\n%s\n%s", infext_status_name(st), r, text);
    }
    infext_diags_free(diags);
    return obj;
}

typedef test_text transcript;
#define put test_text_put

/* One document's outcome: status, diagnostics, and the object as YAML. */
/* What a reader decoded and wrote must read back equal and write the same
 * bytes again. */
static void check_roundtrip(const infext_object *obj, const char *yaml)
{
    infext_decode_options opts = INFEXT_DECODE_OPTIONS_INIT;
    opts.unknown = INFEXT_UNKNOWN_PRESERVE;
    infext_object *again = NULL;
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    infext_status st = infext_decode(&again, yaml, strlen(yaml), &opts, diags);
    if (st != INFEXT_OK) {
        char *r = test_render_diags(diags);
        fail_msg("written YAML does not read back (%s):\n%s\n%s", infext_status_name(st), r, yaml);
    }
    infext_diags_free(diags);
    if (!infext_object_equal(obj, again)) fail_msg("written YAML reads back different:\n%s", yaml);
    char *second = test_encode(again, INFEXT_FORMAT_YAML);
    if (strcmp(second, yaml) != 0) fail_msg("second YAML differs:\n%s\n---\n%s", yaml, second);
    infext_free(second);
    infext_object_free(again);
}

static void record(transcript *t, infext_status st, infext_diags *diags, const infext_object *obj)
{
    put(t, infext_status_name(st));
    put(t, "\n");
    char *rendered = test_render_diags(diags);
    put(t, rendered);
    free(rendered);
    infext_diags_clear(diags);
    if (!obj) return;
    char *yaml = test_encode(obj, INFEXT_FORMAT_YAML);
    put(t, yaml);
    check_roundtrip(obj, yaml);
    infext_free(yaml);
}

static void read_options(infext_decode_options *opts, const char *area, const char *name)
{
    char rel[512];
    snprintf(rel, sizeof rel, "%s/%s/options", area, name);
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", INFEXT_TEST_DATA, rel);
    FILE *f = fopen(path, "r");
    if (!f) return;
    char key[64];
    unsigned long value;
    while (fscanf(f, "%63s %lu", key, &value) == 2) {
        if (!strcmp(key, "max_depth")) opts->max_depth = value;
        else if (!strcmp(key, "max_alias_expansion")) opts->max_alias_expansion = value;
        else if (!strcmp(key, "max_string_length")) opts->max_string_length = value;
        else if (!strcmp(key, "max_document_size")) opts->max_document_size = value;
        else fail_msg("%s: unknown option %s", rel, key);
    }
    fclose(f);
}

static char *input_name(const char *area, const char *name)
{
    char rel[512];
    snprintf(rel, sizeof rel, "%s/%s", area, name);
    char **files = test_list_dir(rel);
    char *found = NULL;
    for (char **f = files; *f && !found; f++)
        if (!strncmp(*f, "input", 5)) found = strdup(*f);
    test_free_list(files);
    if (!found) fail_msg("%s: no input file", rel);
    return found;
}

static void run_case(transcript *t, const char *data, size_t len, const infext_decode_options *opts, int as_stream)
{
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    if (!as_stream) {
        infext_object *obj = NULL;
        infext_status st = infext_decode(&obj, data, len, opts, diags);
        record(t, st, diags, obj);
        infext_object_free(obj);
    } else {
        infext_reader *r = NULL;
        infext_status st = infext_reader_new(&r, data, len, opts);
        if (st != INFEXT_OK) record(t, st, diags, NULL);
        for (int guard = 0; r && guard < 100; guard++) {
            infext_object *obj = NULL;
            st = infext_reader_next(&obj, r, diags);
            if (st == INFEXT_OK && !obj) break;
            record(t, st, diags, obj);
            infext_object_free(obj);
        }
        infext_reader_free(r);
    }
    infext_diags_free(diags);
}

void test_decode_corpus(const char *area, int as_stream)
{
    char **cases = test_list_dir(area);
    int failures = 0;
    for (char **c = cases; *c; c++) {
        char rel[4096];
        char *input = input_name(area, *c);
        size_t len = 0;
        snprintf(rel, sizeof rel, "%s/%s/%s", area, *c, input);
        char *data = test_read_data(rel, &len);
        snprintf(rel, sizeof rel, "%s/%s/expected", area, *c);
        char *expected = test_read_data(rel, NULL);
        infext_decode_options opts = INFEXT_DECODE_OPTIONS_INIT;
        read_options(&opts, area, *c);
        transcript t = {NULL, 0, 0};
        put(&t, "");
        run_case(&t, data, len, &opts, as_stream);
        if (getenv("INFEXT_CORPUS_WRITE")) { /* regenerate; review the diff before committing */
            snprintf(rel, sizeof rel, "%s/%s/%s/expected", INFEXT_TEST_DATA, area, *c);
            FILE *f = fopen(rel, "wb");
            assert_non_null(f);
            fputs(t.data, f);
            fclose(f);
        } else if (strcmp(t.data, expected) != 0) {
            print_message("case %s/%s:\nexpected:\n%s\nactual:\n%s\n", area, *c, expected, t.data);
            failures++;
        }
        free(t.data);
        free(expected);
        free(data);
        free(input);
    }
    test_free_list(cases);
    if (failures) fail_msg("%d case(s) of %s differ", failures, area);
}
