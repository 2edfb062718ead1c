/* lib/util helpers every module builds on: the buffer and its mandatory
 * maximum, the field-path builder, checked array growth, the Go formats. */
#include "support.h"
#include "util/alloc.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/goformat.h"
#include "util/path.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Up to the maximum is fine; one byte more is a limit, it sticks, and
 * detach refuses the data. */
static void test_buf_maximum_is_a_limit(void **state)
{
    (void)state;
    infext__buf b = INFEXT__BUF_INIT(8);
    assert_int_equal(infext__buf_append(&b, "abcdefgh", 8), 0);
    assert_int_equal(infext__buf_status(&b), INFEXT_OK);
    assert_string_equal(b.data, "abcdefgh");
    assert_int_equal(infext__buf_putc(&b, 'i'), -1);
    assert_int_equal(infext__buf_status(&b), INFEXT_ELIMIT);
    assert_int_equal(infext__buf_puts(&b, ""), -1); /* sticky */
    assert_int_equal(infext__buf_status(&b), INFEXT_ELIMIT);
    assert_null(infext__buf_detach(&b, NULL));
    /* the reset keeps the maximum */
    assert_int_equal(b.max, 8);
    assert_int_equal(infext__buf_printf(&b, "%d", 1234567), 0);
    assert_int_equal(infext__buf_printf(&b, "%d", 12), -1);
    assert_int_equal(infext__buf_status(&b), INFEXT_ELIMIT);
    infext__buf_reset(&b);

    /* a buffer whose maximum was never set holds nothing */
    infext__buf zero;
    memset(&zero, 0, sizeof zero);
    assert_int_equal(infext__buf_putc(&zero, 'x'), -1);
    assert_int_equal(infext__buf_status(&zero), INFEXT_ELIMIT);
    infext__buf_reset(&zero);

    /* a maximum of SIZE_MAX does not wrap */
    infext__buf big = INFEXT__BUF_INIT(SIZE_MAX);
    assert_int_equal(infext__buf_append(&big, "x", 1), 0);
    assert_int_equal(infext__buf_grow(&big, SIZE_MAX - 1), -1);
    assert_int_equal(infext__buf_status(&big), INFEXT_ELIMIT);
    infext__buf_reset(&big);
}

static void test_buf_out_of_memory_is_not_a_limit(void **state)
{
    (void)state;
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__alloc_fail_after(0);
    assert_int_equal(infext__buf_puts(&b, "x"), -1);
    infext__alloc_fail_after(-1);
    assert_int_equal(infext__buf_status(&b), INFEXT_ENOMEM);
    infext__buf_reset(&b);
    assert_int_equal(infext__buf_status(&b), INFEXT_OK);
    char *text = NULL;
    assert_int_equal(infext__buf_puts(&b, "ok"), 0);
    size_t len = 0;
    text = infext__buf_detach(&b, &len);
    assert_string_equal(text, "ok");
    assert_int_equal(len, 2);
    infext__free(text);
}

static void test_path_builder(void **state)
{
    (void)state;
    infext__buf p = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    assert_string_equal(infext__path_text(&p), "");
    size_t spec = infext__path_push_field(&p, "spec", 4);
    assert_int_equal(spec, 0);
    size_t ports = infext__path_push_field(&p, "targetPorts", 11);
    size_t item = infext__path_push_index(&p, 10);
    infext__path_push_field(&p, "number", 6);
    assert_string_equal(infext__path_text(&p), "spec.targetPorts[10].number");
    infext__path_pop(&p, item);
    infext__path_push_index(&p, 0);
    assert_string_equal(infext__path_text(&p), "spec.targetPorts[0]");
    infext__path_pop(&p, ports);
    assert_string_equal(infext__path_text(&p), "spec");
    infext__path_pop(&p, spec);
    infext__path_push_index(&p, SIZE_MAX);
    infext__path_push_field(&p, "a", 1);
    assert_string_equal(infext__path_text(&p), "[18446744073709551615].a");
    infext__buf_reset(&p);

    infext__buf small = INFEXT__BUF_INIT(3);
    infext__path_push_field(&small, "spec", 4);
    assert_string_equal(infext__path_text(&small), ""); /* failed: no partial path */
    infext__buf_reset(&small);
}

static void test_growth_is_checked(void **state)
{
    (void)state;
    assert_int_equal(infext__grow_cap(0, 1, 8, 4, SIZE_MAX), 4);
    assert_int_equal(infext__grow_cap(4, 5, 8, 4, SIZE_MAX), 8);
    assert_int_equal(infext__grow_cap(4, 100, 8, 4, SIZE_MAX), 128);
    assert_int_equal(infext__grow_cap(4, 100, 8, 4, 100), 100);  /* clamped */
    assert_int_equal(infext__grow_cap(4, 101, 8, 4, 100), 0);    /* past max_items */
    assert_int_equal(infext__grow_cap(4, SIZE_MAX / 8 + 1, 8, 4, SIZE_MAX), 0); /* bytes wrap */
    assert_int_equal(infext__grow_cap((size_t)1 << 62, ((size_t)1 << 62) + 1, 1, 4, SIZE_MAX),
                     (size_t)1 << 63);

    size_t cap = 0;
    int *v = infext__grow(NULL, &cap, 3, sizeof(int), 2, SIZE_MAX);
    assert_non_null(v);
    assert_int_equal(cap, 4);
    for (int i = 0; i < 3; i++) v[i] = i;
    assert_ptr_equal(infext__grow(v, &cap, 4, sizeof(int), 2, SIZE_MAX), v); /* has room */
    assert_null(infext__grow(v, &cap, SIZE_MAX / 2, sizeof(int), 2, SIZE_MAX));
    assert_int_equal(cap, 4); /* unchanged on failure */
    infext__alloc_fail_after(0);
    assert_null(infext__grow(v, &cap, 5, sizeof(int), 2, SIZE_MAX));
    infext__alloc_fail_after(-1);
    assert_int_equal(cap, 4);
    int *w = infext__grow(v, &cap, 5, sizeof(int), 2, SIZE_MAX);
    assert_non_null(w);
    assert_int_equal(cap, 8);
    assert_int_equal(w[2], 2);
    infext__free(w);

    infext__arena *a = infext__arena_new(256);
    assert_non_null(a);
    size_t acap = 0;
    uint32_t *items = infext__arena_grow(a, NULL, 0, &acap, 1, sizeof(uint32_t), 2, SIZE_MAX);
    assert_non_null(items);
    assert_int_equal(acap, 2);
    items[0] = 7;
    items[1] = 8;
    uint32_t *more = infext__arena_grow(a, items, 2, &acap, 3, sizeof(uint32_t), 2, SIZE_MAX);
    assert_non_null(more);
    assert_int_equal(acap, 4);
    assert_int_equal(more[0], 7);
    assert_int_equal(more[1], 8);
    assert_int_equal(more[2], 0); /* the new room is zeroed */
    assert_int_equal(more[3], 0);
    assert_null(infext__arena_grow(a, more, 4, &acap, 5, sizeof(uint32_t), 2, 4));
    assert_int_equal(acap, 4);
    infext__arena_free(a);
}

/* A reset arena forgets its contents and keeps one block for the next use. */
static void test_arena_reset_keeps_a_block(void **state)
{
    (void)state;
    infext__arena *a = infext__arena_new(64);
    assert_non_null(a);
    infext__arena_reset(a); /* nothing allocated yet */
    for (int i = 0; i < 100; i++) assert_non_null(infext__arena_strdup(a, "some text to fill blocks"));
    infext__arena_reset(a);
    /* the newest block only (none with INFEXT_DEBUG_ARENA, a malloc per allocation) */
    size_t kept = a->total;
    assert_true(kept < 100 * 25);
    char *p = infext__arena_strdup(a, "again");
    assert_non_null(p);
    assert_string_equal(p, "again");
    if (kept) assert_int_equal(a->total, kept); /* served from the kept block */
    infext__arena_free(a);
}

/* An arena and its first block are one malloc, made at once; requests that
 * fit the block need no other. A reset keeps the newest block and the
 * arena's own. (With INFEXT_DEBUG_ARENA, every request is its own malloc.) */
static void test_arena_first_block_comes_with_it(void **state)
{
    (void)state;
    infext__alloc_fail_after(1 << 20); /* from here on, count the allocations */
    infext__arena *a = infext__arena_new(256);
    assert_non_null(a);
    int debug = a->head == NULL;
    for (int i = 0; i < 8; i++) assert_non_null(infext__arena_alloc(a, 32));
    assert_int_equal(infext__alloc_fail_after(1 << 20), debug ? 9 : 1);
    if (!debug) assert_int_equal(a->total, 256);
    assert_non_null(infext__arena_alloc(a, 8)); /* the first block is full: a second, twice as big */
    assert_int_equal(infext__alloc_fail_after(1 << 20), 1);
    if (!debug) assert_int_equal(a->total, 256 + 512);
    infext__arena_reset(a);
    if (!debug) assert_int_equal(a->total, 256 + 512);
    assert_non_null(infext__arena_alloc(a, 500)); /* from the kept second block */
    assert_int_equal(infext__alloc_fail_after(-1), debug ? 1 : 0);
    infext__arena_free(a);
}

static void test_go_formats(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int rc;
        int64_t ns;
    } cases[] = {
        {"0", 0, 0},
        {"-0", 0, 0},
        {"150ms", 0, 150000000},
        {"1m30s", 0, 90000000000},
        {"-1.5h", 0, -5400000000000},
        {"2\xc2\xb5s", 0, 2000},
        {".5s", 0, 500000000},
        {"1.s", 0, 1000000000},
        {"9223372036854775807ns", 0, INT64_MAX},
        {"-9223372036854775808ns", 0, INT64_MIN},
        {"9223372036854775808ns", -2, 0},
        {"3000000h", -2, 0},
        {"", -1, 0},
        {"1", -1, 0},
        {"1S", -1, 0},
        {"1s2", -1, 0},
        {"+", -1, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int64_t ns = 0;
        int rc = infext__duration_parse(&ns, cases[i].text);
        if (rc != cases[i].rc || (rc == 0 && ns != cases[i].ns))
            fail_msg("%s: rc %d ns %lld", cases[i].text, rc, (long long)ns);
        /* syntax: everything but -1, overflow included */
        assert_int_equal(infext__duration_syntax_ok(cases[i].text), cases[i].rc != -1);
    }
    char out[64];
    infext__go_float(out, sizeof out, 1e21, 64);
    assert_string_equal(out, "1e+21");
    infext__go_float(out, sizeof out, 0.1, 32);
    assert_string_equal(out, "0.1");
    infext__go_float(out, sizeof out, 123456.0, 64);
    assert_string_equal(out, "123456");
    infext__go_float(out, sizeof out, 1234567.0, 64);
    assert_string_equal(out, "1.234567e+06");
    infext__go_float(out, sizeof out, -0.00001, 64);
    assert_string_equal(out, "-1e-05");
}

/* An unknown member: the loader's strict decoding error for a config of
 * either apiVersion, strict field validation's words for a CRD kind; the
 * path quoted as strconv.Quote writes it. */
static void test_unknown_field_wording(void **state)
{
    (void)state;
    static const struct {
        infext_kind kind;
        const char *path, *want;
    } cases[] = {
        {INFEXT_KIND_V1ALPHA1_ENDPOINT_PICKER_CONFIG, "plugins[0].parameterz",
         "strict decoding error: unknown field \"plugins[0].parameterz\""},
        {INFEXT_KIND_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG, "a\"b.c\td",
         "strict decoding error: unknown field \"a\\\"b.c\\td\""},
        {INFEXT_KIND_V1_INFERENCE_POOL, "spec.foo", "unknown field \"spec.foo\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
        infext__unknown_field_text(&b, cases[i].kind, cases[i].path);
        assert_false(b.failed);
        assert_string_equal(b.data, cases[i].want);
        infext__buf_reset(&b);
    }
    assert_true(infext__kind_loader_decoded(INFEXT_KIND_LLMD_V1ALPHA1_ENDPOINT_PICKER_CONFIG));
    assert_false(infext__kind_loader_decoded(INFEXT_KIND_V1_INFERENCE_POOL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buf_maximum_is_a_limit),
        cmocka_unit_test(test_buf_out_of_memory_is_not_a_limit),
        cmocka_unit_test(test_path_builder),
        cmocka_unit_test(test_growth_is_checked),
        cmocka_unit_test(test_arena_reset_keeps_a_block),
        cmocka_unit_test(test_arena_first_block_comes_with_it),
        cmocka_unit_test(test_go_formats),
        cmocka_unit_test(test_unknown_field_wording),
    };
    return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
