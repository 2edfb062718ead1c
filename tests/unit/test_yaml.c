/* YAML codec: the tests/data/yaml corpus, round trips of every kind, the
 * typing of plain scalars, and the writer's choice between plain, quoted
 * and literal-block strings. */
#include "support.h"
#include "codec/decode.h"
#include "codec/yaml_scalar.h"
#include "util/alloc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void test_corpus(void **state)
{
    (void)state;
    test_decode_corpus("yaml", 1);
}

/* For every kind: YAML -> object -> YAML -> object is equal and the second
 * YAML is the first byte for byte; YAML -> object -> JSON -> object too. */
static void test_roundtrip_every_kind(void **state)
{
    (void)state;
    char **names = test_list_dir("roundtrip");
    int kinds_seen[64] = {0};
    for (char **n = names; *n; n++) {
        if (!strstr(*n, ".yaml")) continue;
        char rel[512];
        snprintf(rel, sizeof rel, "roundtrip/%s", *n);
        char *input = test_read_data(rel, NULL);
        infext_object *first = test_decode_ok(input);
        kinds_seen[infext_object_kind(first)] = 1;
        char *yaml1 = test_encode(first, INFEXT_FORMAT_YAML);
        infext_object *second = test_decode_ok(yaml1);
        if (!infext_object_equal(first, second)) fail_msg("%s: YAML round trip not equal:\n%s", *n, yaml1);
        char *yaml2 = test_encode(second, INFEXT_FORMAT_YAML);
        if (strcmp(yaml1, yaml2) != 0) fail_msg("%s: second YAML differs:\n%s\n---\n%s", *n, yaml1, yaml2);
        char *json = test_encode(second, INFEXT_FORMAT_JSON);
        infext_object *third = test_decode_ok(json);
        if (!infext_object_equal(first, third)) fail_msg("%s: YAML -> JSON round trip not equal:\n%s", *n, json);
        infext_object_free(third);
        infext_free(json);
        infext_free(yaml2);
        infext_object_free(second);
        infext_free(yaml1);
        infext_object_free(first);
        free(input);
    }
    test_free_list(names);
    /* every kind the library knows, as test_codec's round trip */
    for (int k = 1; k < 64; k++) {
        const char *api_version = NULL, *kind_name = NULL;
        if (infext_kind_info(&api_version, &kind_name, (infext_kind)k) != INFEXT_OK) continue;
        if (!kinds_seen[k]) fail_msg("no YAML round-trip sample for %s %s", api_version, kind_name);
    }
}

/* The resolver against go-yaml v2's rules, case by case. */
static void test_plain_scalar_typing(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        uint8_t type;
        double value; /* INT and REAL */
    } cases[] = {
        {"", INFEXT__V_NULL, 0},          {"~", INFEXT__V_NULL, 0},
        {"null", INFEXT__V_NULL, 0},      {"NULL", INFEXT__V_NULL, 0},
        {"nULL", INFEXT__V_STRING, 0},    {"y", INFEXT__V_TRUE, 0},
        {"Yes", INFEXT__V_TRUE, 0},       {"ON", INFEXT__V_TRUE, 0},
        {"oN", INFEXT__V_STRING, 0},      {"n", INFEXT__V_FALSE, 0},
        {"Off", INFEXT__V_FALSE, 0},      {"FALSE", INFEXT__V_FALSE, 0},
        {"8000", INFEXT__V_INT, 8000},    {"+8000", INFEXT__V_INT, 8000},
        {"-8000", INFEXT__V_INT, -8000},  {"1_000_000", INFEXT__V_INT, 1000000},
        {"0x1f", INFEXT__V_INT, 31},      {"0X1F", INFEXT__V_INT, 31},
        {"0o17", INFEXT__V_INT, 15},      {"0777", INFEXT__V_INT, 511},
        {"0b101", INFEXT__V_INT, 5},      {"-0b101", INFEXT__V_INT, -5},
        {"0", INFEXT__V_INT, 0},          {"-0", INFEXT__V_INT, 0},
        {"08", INFEXT__V_REAL, 8},        {"8000.0", INFEXT__V_REAL, 8000},
        {"1e3", INFEXT__V_REAL, 1000},    {"1E+3", INFEXT__V_REAL, 1000},
        {".5", INFEXT__V_REAL, 0.5},      {"-.5", INFEXT__V_REAL, -0.5},
        {"1.", INFEXT__V_REAL, 1},        {"1_0.5", INFEXT__V_REAL, 10.5},
        {"1e400", INFEXT__V_STRING, 0},   {"1.2.3", INFEXT__V_STRING, 0},
        {"0x", INFEXT__V_STRING, 0},      {"0x1p3", INFEXT__V_STRING, 0},
        {"1:30", INFEXT__V_STRING, 0},    {"2001-12-14", INFEXT__V_STRING, 0},
        {"nan", INFEXT__V_STRING, 0},     {"inf", INFEXT__V_STRING, 0},
        {"Infinity", INFEXT__V_STRING, 0}, {"12e", INFEXT__V_STRING, 0},
        {"._5", INFEXT__V_STRING, 0},     {"+", INFEXT__V_STRING, 0},
        {"-", INFEXT__V_STRING, 0},       {".", INFEXT__V_STRING, 0},
        {"<<", INFEXT__V_STRING, 0},      {"9223372036854775807", INFEXT__V_INT, 9223372036854775807.0},
        {"-9223372036854775808", INFEXT__V_INT, -9223372036854775808.0},
        {"18446744073709551615", INFEXT__V_REAL, 18446744073709551615.0},
        {"99999999999999999999", INFEXT__V_REAL, 1e20},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        infext__scalar s;
        memset(&s, 0, sizeof s);
        infext__yaml_resolve_plain(&s, cases[i].text, strlen(cases[i].text));
        if (s.type != cases[i].type) fail_msg("%s: type %d, want %d", cases[i].text, s.type, cases[i].type);
        if (s.type == INFEXT__V_INT && (double)s.i != cases[i].value)
            fail_msg("%s: %lld", cases[i].text, (long long)s.i);
        if (s.type == INFEXT__V_REAL && s.d != cases[i].value) fail_msg("%s: %g", cases[i].text, s.d);
    }
    static const char *const infinities[] = {".inf", ".Inf", "+.INF", "-.inf", ".nan", ".NaN"};
    for (size_t i = 0; i < sizeof infinities / sizeof infinities[0]; i++) {
        infext__scalar s;
        memset(&s, 0, sizeof s);
        infext__yaml_resolve_plain(&s, infinities[i], strlen(infinities[i]));
        assert_int_equal(s.type, INFEXT__V_REAL);
        assert_false(isfinite(s.d));
    }
    assert_true(infext__yaml_is_timestamp("2001-12-14t21:59:43.10-05:00", 28));
    assert_true(infext__yaml_is_timestamp("2001-12-14 21:59:43.10 -5", 25));
    assert_true(infext__yaml_is_timestamp("2001-1-2 3:04:05", 16));
    assert_false(infext__yaml_is_timestamp("2001-1-2", 8));
    assert_false(infext__yaml_is_timestamp("2001-12-14x", 11));
}

/* A batch of strings, each written as an annotation value and (when not
 * empty) a label key, reads back unchanged; a second writing is
 * byte-identical. */
static void check_strings_round_trip(char (*strings)[32], size_t n)
{
    infext_v1alpha2_inference_objective *obj = NULL;
    assert_int_equal(infext_v1alpha2_inference_objective_new(&obj), INFEXT_OK);
    infext_object_meta *meta = NULL;
    assert_int_equal(infext_v1alpha2_inference_objective_ensure_metadata(&meta, obj), INFEXT_OK);
    for (size_t i = 0; i < n; i++) {
        char key[48];
        snprintf(key, sizeof key, "k%zu", i);
        assert_int_equal(infext_object_meta_annotations_set(meta, key, strings[i]), INFEXT_OK);
        if (strings[i][0]) assert_int_equal(infext_object_meta_labels_set(meta, strings[i], "v"), INFEXT_OK);
    }
    infext_object *o = infext_v1alpha2_inference_objective_as_object(obj);
    char *yaml = test_encode(o, INFEXT_FORMAT_YAML);
    infext_object *back = test_decode_ok(yaml);
    if (!infext_object_equal(o, back)) {
        const infext_object_meta *m2 = infext_v1alpha2_inference_objective_get_metadata(
            infext_object_as_v1alpha2_inference_objective(back));
        for (size_t i = 0; i < n; i++) {
            char key[48];
            snprintf(key, sizeof key, "k%zu", i);
            const char *got = infext_object_meta_annotations_get(m2, key);
            if (!got || strcmp(strings[i], got) != 0)
                fail_msg("annotation %s: wrote [%s], read [%s]", key, strings[i], got ? got : "(none)");
        }
        fail_msg("labels differ after a round trip");
    }
    char *again = test_encode(back, INFEXT_FORMAT_YAML);
    assert_string_equal(yaml, again);
    infext_free(again);
    infext_object_free(back);
    infext_free(yaml);
    infext_v1alpha2_inference_objective_free(obj);
}

/* Every string over a small alphabet of troublesome characters, up to four
 * of them, round-trips as a key and as a value. Batches keep each object
 * small: the map setters look keys up one by one. */
static void test_every_short_string_round_trips(void **state)
{
    (void)state;
    static const char *const alphabet[] = {" ", "\n", "a", ":", "#", "-", "\t", "'", "\"", "1", ".", "\xc2\x85", "~"};
    const size_t n_alpha = sizeof alphabet / sizeof alphabet[0];
    enum { BATCH = 512 };
    static char batch[BATCH][32];
    size_t n = 0;
    for (size_t len = 0; len <= 4; len++) {
        size_t count = 1;
        for (size_t i = 0; i < len; i++) count *= n_alpha;
        for (size_t code = 0; code < count; code++) {
            char *s = batch[n++];
            s[0] = '\0';
            for (size_t i = 0, c = code; i < len; i++, c /= n_alpha) strcat(s, alphabet[c % n_alpha]);
            if (n == BATCH) {
                check_strings_round_trip(batch, n);
                n = 0;
            }
        }
    }
    if (n) check_strings_round_trip(batch, n);
}

/* Exact output of a few strings, to pin the writer's style. */
static void test_string_styles(void **state)
{
    (void)state;
    static const struct {
        const char *value, *written;
    } cases[] = {
        {"plain", "plain"},
        {"two\nlines", "|-\n      two\n      lines"},
        {"two\nlines\n", "|\n      two\n      lines"},
        {"kept\n\n", "|+\n      kept\n"},
        {"a\n\nb\n", "|\n      a\n\n      b"},
        {" lead\nx", "\" lead\\nx\""},
        {"ctl\x01\nx", "\"ctl\\x01\\nx\""},
        {"on", "\"on\""},
        {"8000", "\"8000\""},
        {"-a", "-a"},
        {"- a", "\"- a\""},
        {"a: b", "\"a: b\""},
        {"a:b", "a:b"},
        {"a #b", "\"a #b\""},
        {"a#b", "a#b"},
        {"caf\xc3\xa9 \xe2\x82\xac", "caf\xc3\xa9 \xe2\x82\xac"},
        {"\xe2\x80\xa8", "\"\\u2028\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        infext_v1alpha2_inference_objective *obj = NULL;
        assert_int_equal(infext_v1alpha2_inference_objective_new(&obj), INFEXT_OK);
        infext_object_meta *meta = NULL;
        assert_int_equal(infext_v1alpha2_inference_objective_ensure_metadata(&meta, obj), INFEXT_OK);
        assert_int_equal(infext_object_meta_annotations_set(meta, "k", cases[i].value), INFEXT_OK);
        char *yaml = test_encode(infext_v1alpha2_inference_objective_as_object(obj), INFEXT_FORMAT_YAML);
        char want[512];
        snprintf(want, sizeof want,
                 "apiVersion: inference.networking.x-k8s.io/v1alpha2\nkind: InferenceObjective\nmetadata:\n"
                 "  annotations:\n    k: %s\n",
                 cases[i].written);
        if (strcmp(yaml, want) != 0) fail_msg("case %zu:\nwant:\n%s\ngot:\n%s", i, want, yaml);
        infext_free(yaml);
        infext_v1alpha2_inference_objective_free(obj);
    }
}

static infext_status decode_with(const char *text, size_t max_depth, size_t max_alias_expansion,
                                 size_t max_string_length)
{
    infext_decode_options opts = INFEXT_DECODE_OPTIONS_INIT;
    opts.max_depth = max_depth;
    opts.max_alias_expansion = max_alias_expansion;
    opts.max_string_length = max_string_length;
    infext_object *obj = NULL;
    infext_status st = infext_decode(&obj, text, strlen(text), &opts, NULL);
    infext_object_free(obj);
    return st;
}

/* Each limit lets through exactly what it names and refuses one more. */
static void test_limits_are_exact(void **state)
{
    (void)state;
    /* the alias copies a mapping with one pair: three nodes */
    const char *aliases = "apiVersion: inference.networking.x-k8s.io/v1alpha2\nkind: InferenceObjective\n"
                          "metadata:\n  labels: &l {a: b}\n  annotations: *l\n";
    assert_int_equal(decode_with(aliases, 0, 3, 0), INFEXT_OK);
    assert_int_equal(decode_with(aliases, 0, 2, 0), INFEXT_ELIMIT);
    /* root, metadata, labels: three levels */
    assert_int_equal(decode_with(aliases, 3, 0, 0), INFEXT_OK);
    assert_int_equal(decode_with(aliases, 2, 0, 0), INFEXT_ELIMIT);
    /* the longest string is the apiVersion, 38 bytes */
    assert_int_equal(decode_with(aliases, 0, 0, 38), INFEXT_OK);
    assert_int_equal(decode_with(aliases, 0, 0, 37), INFEXT_ELIMIT);
    /* a merge counts the nodes of what it merges */
    const char *merge = "apiVersion: inference.networking.x-k8s.io/v1alpha2\nkind: InferenceObjective\n"
                        "metadata:\n  annotations: &l {a: b}\n  labels:\n    <<: *l\n    c: d\n";
    assert_int_equal(decode_with(merge, 0, 3, 0), INFEXT_OK);
    assert_int_equal(decode_with(merge, 0, 2, 0), INFEXT_ELIMIT);
}

/* A byte YAML refuses, put at every offset of the second document of a
 * stream (so at every place in the eight-byte words the scanner reads), is
 * reported at its own line and column, after the first document was read:
 * the decoder, not libyaml, found it. */
static void test_refused_byte_at_every_offset(void **state)
{
    (void)state;
    const char *first = "apiVersion: inference.networking.x-k8s.io/v1alpha2\nkind: InferenceObjective\n"
                        "metadata: {name: first}\n---\n";
    const char *second = "apiVersion: inference.networking.x-k8s.io/v1alpha2\nkind: InferenceObjective\n"
                         "metadata:\n  name: abcdefghijklmnopqrstuvwxyz\n"
                         "  annotations: {a: \"0123456789012345678901234567890\"}\n";
    static const unsigned char refused[] = {0x01, 0x08, 0x0B, 0x1F, 0x7F, 0x80, 0xFF};
    size_t n_first = strlen(first), n = n_first + strlen(second);
    char buf[512];
    assert_true(n < sizeof buf);
    for (size_t b = 0; b < sizeof refused; b++) {
        for (size_t at = n_first; at < n; at++) {
            memcpy(buf, first, n_first);
            memcpy(buf + n_first, second, n - n_first);
            buf[at] = (char)refused[b];
            unsigned line = 1, column = 1;
            for (size_t i = 0; i < at; i++) {
                column++;
                if (buf[i] == '\n') line++, column = 1;
            }
            infext_diags *diags = NULL;
            assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
            infext_reader *r = NULL;
            assert_int_equal(infext_reader_new(&r, buf, n, NULL), INFEXT_OK);
            infext_object *obj = NULL;
            assert_int_equal(infext_reader_next(&obj, r, diags), INFEXT_OK);
            assert_string_equal(infext_object_name(obj), "first");
            infext_object_free(obj);
            assert_int_equal(infext_reader_next(&obj, r, diags), INFEXT_EPARSE);
            const infext_diag *d = infext_diags_at(diags, 0);
            assert_non_null(d);
            if (infext_diag_line(d) != line || infext_diag_column(d) != column)
                fail_msg("byte 0x%02X at offset %zu reported at %u:%u, not %u:%u", refused[b], at,
                         infext_diag_line(d), infext_diag_column(d), line, column);
            infext_reader_free(r);
            infext_diags_free(diags);
        }
    }
}

/* Allocation failures while aliases and merges replay: ENOMEM, never a
 * crash or a leak. */
static void test_allocation_failures_with_aliases(void **state)
{
    (void)state;
    size_t len = 0;
    char *aliases = test_read_data("yaml/aliases/input.yaml", &len);
    char *merges = test_read_data("yaml/merge-keys/input.yaml", NULL);
    const char *inputs[] = {aliases, merges};
    for (size_t k = 0; k < 2; k++) {
        for (long n = 0;; n++) {
            infext__alloc_fail_after(n);
            infext_object *obj = NULL;
            infext_status st = infext_decode(&obj, inputs[k], strlen(inputs[k]), NULL, NULL);
            infext__alloc_fail_after(-1);
            infext_object_free(obj);
            if (st == INFEXT_OK) break;
            assert_int_equal(st, INFEXT_ENOMEM);
            assert_true(n < 100000);
        }
    }
    free(merges);
    free(aliases);
}

/* A small document's root lives in one arena block, sized from the text
 * before the parse began (2560 bytes and 4 per byte of YAML: positions
 * included), so decoding it mallocs no second block midway; the sum of the
 * arena's blocks says whether it did. */
static void test_small_document_fits_its_first_block(void **state)
{
    (void)state;
    static const char *const files[] = {"epp-configs/llm-d-router-v0.10.0-epp-config.yaml",
                                        "epp-configs/v1.5.0-configloader-1.yaml", "samples/pool-v1.yaml"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        size_t len = 0;
        char *text = test_read_data(files[i], &len);
        for (int reader = 0; reader < 2; reader++) {
            infext_object *obj = NULL;
            infext_reader *r = NULL;
            if (reader) {
                assert_int_equal(infext_reader_new(&r, text, len, NULL), INFEXT_OK);
                assert_int_equal(infext_reader_next(&obj, r, NULL), INFEXT_OK);
            } else {
                assert_int_equal(infext_decode(&obj, text, len, NULL, NULL), INFEXT_OK);
            }
            const infext__arena *a = ((const infext__hdr *)obj)->arena;
            if (a->cursor) /* not INFEXT_DEBUG_ARENA (a malloc per request, no cursor) */
                assert_int_equal(a->total, (2560 + 4 * len + 7) & ~(size_t)7);
            infext_object_free(obj);
            infext_reader_free(r);
        }
        free(text);
    }
}

/* The items of a List read through a reader are roots of their own: the
 * first takes the block sized from the whole input (made before the parse),
 * each later one a block sized from what the item before it used, so that
 * small items do not each hold an input-sized block. */
static void test_list_items_get_blocks_of_their_size(void **state)
{
    (void)state;
    enum { ITEMS = 40 };
    static const char *const head[3] = {
        "apiVersion: inference.networking.x-k8s.io/v1alpha2\nkind: InferenceObjectiveList\nitems:\n",
        "{\"apiVersion\": \"inference.networking.x-k8s.io/v1alpha2\", \"kind\": \"InferenceObjectiveList\", "
        "\"items\": [",
        "apiVersion: v1\nkind: List\nitems:\n"};
    static const char *const item[3] = {
        "%s- metadata:\n    name: objective-%d\n  spec:\n    priority: %d\n",
        "%s{\"metadata\": {\"name\": \"objective-%d\"}, \"spec\": {\"priority\": %d}}",
        "%s- apiVersion: inference.networking.x-k8s.io/v1alpha2\n  kind: InferenceObjective\n  metadata:\n"
        "    name: objective-%d\n  spec:\n    priority: %d\n"};
    for (int k = 0; k < 3; k++) {
        int json = k == 1;
        char text[8192];
        size_t len = (size_t)snprintf(text, sizeof text, "%s", head[k]);
        for (int i = 0; i < ITEMS; i++)
            len += (size_t)snprintf(text + len, sizeof text - len, item[k], json && i ? ", " : "", i, i);
        if (json) len += (size_t)snprintf(text + len, sizeof text - len, "]}");
        assert_true(len < sizeof text);
        infext_reader *r = NULL;
        assert_int_equal(infext_reader_new(&r, text, len, NULL), INFEXT_OK);
        for (int i = 0; i < ITEMS; i++) {
            infext_object *obj = NULL;
            assert_int_equal(infext_reader_next(&obj, r, NULL), INFEXT_OK);
            assert_non_null(obj);
            const infext__arena *a = ((const infext__hdr *)obj)->arena;
            if (a->cursor && i == 0) /* not INFEXT_DEBUG_ARENA (no blocks there) */
                assert_int_equal(a->total, (2560 + (json ? 2 : 4) * len + 7) & ~(size_t)7);
            else if (a->cursor) /* one block of at most 2 KB (the input sizes 8-27 KB) */
                assert_true(a->total <= 2048 && infext__arena_used(a) <= a->total);
            infext_object_free(obj);
        }
        infext_object *end = NULL;
        assert_int_equal(infext_reader_next(&end, r, NULL), INFEXT_OK);
        assert_null(end);
        infext_reader_free(r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_corpus),
        cmocka_unit_test(test_roundtrip_every_kind),
        cmocka_unit_test(test_plain_scalar_typing),
        cmocka_unit_test(test_every_short_string_round_trips),
        cmocka_unit_test(test_string_styles),
        cmocka_unit_test(test_limits_are_exact),
        cmocka_unit_test(test_refused_byte_at_every_offset),
        cmocka_unit_test(test_allocation_failures_with_aliases),
        cmocka_unit_test(test_small_document_fits_its_first_block),
        cmocka_unit_test(test_list_items_get_blocks_of_their_size),
    };
    return cmocka_run_group_tests_name("yaml", tests, NULL, NULL);
}
