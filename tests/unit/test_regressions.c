/* Regressions: one folder per bug under tests/data/regressions/<case>/.
 * Each holds an input (input.yaml or input.json), `args` (the `infext`
 * command line that shows the bug, without the file: `validate -o json`,
 * `fmt -o json`, `convert --to VERSION [--allow-lossy]`) and `expected.api`:
 * what the library itself gives for that command, document after document.
 * This test produces expected.api through the public API; the same folder's
 * expected.out / expected.err / exit are checked against the `infext` binary
 * by tests/scripts/regressions-cli.py. INFEXT_CORPUS_WRITE=1 rewrites the
 * expectations (review the diff before committing). */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef test_text text;
#define put test_text_put

/* The command line of a case, as the API sees it. */
typedef struct command {
    char verb[16];
    infext_format out;
    unsigned int validate_flags;
    unsigned int convert_flags;
    infext_bundle bundle;
    char to[128];
} command;

static void parse_args(command *c, const char *name, char *args)
{
    memset(c, 0, sizeof *c);
    c->bundle = INFEXT_BUNDLE_NEWEST;
    c->out = INFEXT_FORMAT_YAML;
    char *save = NULL;
    char *w = strtok_r(args, " \t\n", &save);
    if (!w) fail_msg("%s: empty args", name);
    snprintf(c->verb, sizeof c->verb, "%s", w);
    while ((w = strtok_r(NULL, " \t\n", &save))) {
        if (!strcmp(w, "-o")) {
            w = strtok_r(NULL, " \t\n", &save);
            c->out = w && !strcmp(w, "json") ? INFEXT_FORMAT_JSON : INFEXT_FORMAT_YAML;
        } else if (!strcmp(w, "--allow-unknown")) {
            c->validate_flags |= INFEXT_VALIDATE_ALLOW_UNKNOWN;
        } else if (!strcmp(w, "--allow-lossy")) {
            c->convert_flags |= INFEXT_CONVERT_ALLOW_LOSSY;
        } else if (!strcmp(w, "--bundle")) {
            w = strtok_r(NULL, " \t\n", &save);
            if (!w || infext_bundle_parse(&c->bundle, w) != INFEXT_OK) fail_msg("%s: bad --bundle", name);
        } else if (!strcmp(w, "--to")) {
            w = strtok_r(NULL, " \t\n", &save);
            snprintf(c->to, sizeof c->to, "%s", w ? w : "");
        } else {
            fail_msg("%s: unknown argument %s", name, w);
        }
    }
}

/* The entries added to the list since `from`, one per line. */
static void put_diags_from(text *t, const infext_diags *diags, size_t from)
{
    for (size_t i = from; i < infext_diags_count(diags); i++) {
        const infext_diag *d = infext_diags_at(diags, i);
        char line[8192];
        snprintf(line, sizeof line, "%s%s|%s|%u:%u|%s\n",
                 infext_diag_severity(d) == INFEXT_SEVERITY_WARNING ? "WARNING|" : "",
                 infext_error_type_id(infext_diag_type(d)), infext_diag_path(d), infext_diag_line(d),
                 infext_diag_column(d), infext_diag_message(d));
        put(t, line);
    }
}

static void put_object(text *t, const infext_object *obj, infext_format format)
{
    char *enc = test_encode(obj, format);
    put(t, enc);
    if (format == INFEXT_FORMAT_JSON) put(t, "\n");
    infext_free(enc);
}

/* Every document of the input through the command. One diagnostics list
 * serves the whole input and is never cleared, as a caller that keeps one
 * list would do: each document shows only what it added. */
static void run(text *t, const command *c, const char *name, const char *data, size_t len)
{
    infext_decode_options dopts = INFEXT_DECODE_OPTIONS_INIT;
    dopts.flags = INFEXT_DECODE_POSITIONS;
    if (!strcmp(c->verb, "validate")) {
        dopts.unknown = INFEXT_UNKNOWN_PRESERVE;
        dopts.flags |= INFEXT_DECODE_KEEP_GOING;
    }
    infext_reader *reader = NULL;
    assert_int_equal(infext_reader_new(&reader, data, len, &dopts), INFEXT_OK);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    for (int guard = 0; guard < 1000; guard++) {
        size_t from = infext_diags_count(diags);
        infext_object *obj = NULL;
        infext_status st = infext_reader_next(&obj, reader, diags);
        if (st == INFEXT_OK && !obj) break;
        put(t, "decode ");
        put(t, infext_status_name(st));
        put(t, "\n");
        if (st == INFEXT_EKIND) { /* not ours: named as the document names itself */
            const char *api_version = NULL, *kind = NULL, *doc_name = infext_reader_document_name(reader);
            infext_reader_document_type(reader, &api_version, &kind);
            char line[1024];
            snprintf(line, sizeof line, "document apiVersion=%s kind=%s name=%s\n", api_version ? api_version : "-",
                     kind ? kind : "-", doc_name ? doc_name : "-");
            put(t, line);
        }
        if (obj && !strcmp(c->verb, "validate")) {
            infext_validate_options vopts = INFEXT_VALIDATE_OPTIONS_INIT;
            vopts.flags = c->validate_flags;
            vopts.bundle = c->bundle;
            put(t, "validate ");
            put(t, infext_status_name(infext_validate(obj, &vopts, diags)));
            put(t, "\n");
        } else if (obj && !strcmp(c->verb, "convert")) {
            infext_object *converted = NULL;
            infext_status cst = infext_convert(&converted, obj, c->to, c->convert_flags, diags);
            put(t, "convert ");
            put(t, infext_status_name(cst));
            put(t, "\n");
            if (cst == INFEXT_OK) {
                infext_object_free(obj);
                obj = converted;
            } else if (cst != INFEXT_EKIND) {
                infext_object_free(obj);
                obj = NULL;
            }
        } else if (strcmp(c->verb, "fmt") && strcmp(c->verb, "validate") && strcmp(c->verb, "convert")) {
            fail_msg("%s: unknown verb %s", name, c->verb);
        }
        put_diags_from(t, diags, from);
        if (obj && strcmp(c->verb, "validate")) put_object(t, obj, c->out);
        infext_object_free(obj);
        if (st == INFEXT_EPARSE || st == INFEXT_ELIMIT) break;
    }
    infext_diags_free(diags);
    infext_reader_free(reader);
}

static void test_regressions(void **state)
{
    (void)state;
    char **cases = test_list_dir("regressions");
    int failures = 0, n = 0;
    for (char **c = cases; *c; c++, n++) {
        char rel[1024], dir[512];
        snprintf(dir, sizeof dir, "regressions/%s", *c);
        char **files = test_list_dir(dir);
        const char *input = NULL;
        for (char **f = files; *f; f++)
            if (!strncmp(*f, "input.", 6)) input = *f;
        if (!input) fail_msg("%s: no input file", *c);
        size_t len = 0;
        snprintf(rel, sizeof rel, "%s/%s", dir, input);
        char *data = test_read_data(rel, &len);
        snprintf(rel, sizeof rel, "%s/args", dir);
        char *args = test_read_data(rel, NULL);
        command cmd;
        parse_args(&cmd, *c, args);
        text got = {NULL, 0, 0};
        put(&got, "");
        run(&got, &cmd, *c, data, len);
        if (getenv("INFEXT_CORPUS_WRITE")) {
            snprintf(rel, sizeof rel, "%s/%s/expected.api", INFEXT_TEST_DATA, dir);
            FILE *f = fopen(rel, "wb");
            assert_non_null(f);
            fputs(got.data, f);
            fclose(f);
        } else {
            snprintf(rel, sizeof rel, "%s/expected.api", dir);
            char *want = test_read_data(rel, NULL);
            if (strcmp(got.data, want) != 0) {
                print_message("case %s:\nexpected:\n%s\nactual:\n%s\n", *c, want, got.data);
                failures++;
            }
            free(want);
        }
        free(got.data);
        free(args);
        free(data);
        test_free_list(files);
    }
    test_free_list(cases);
    if (failures) fail_msg("%d of %d regression case(s) differ", failures, n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_regressions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
