/* lib/util/quantity: Kubernetes quantities as resource.ParseQuantity reads
 * them (syntax, suffix, exponent) and their value as a whole number. */
#include "support.h"
#include "util/quantity.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>

/* Every suffix: its base and the power of it, and the value of 3 of it. */
static void test_every_suffix(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        unsigned base;
        int32_t exponent;
        infext__qty_status value_status;
        long long value;
    } cases[] = {
        {"3", 10, 0, INFEXT__QTY_OK, 3},
        {"3n", 10, -9, INFEXT__QTY_EFRACTION, 0},
        {"3u", 10, -6, INFEXT__QTY_EFRACTION, 0},
        {"3m", 10, -3, INFEXT__QTY_EFRACTION, 0},
        {"3k", 10, 3, INFEXT__QTY_OK, 3000LL},
        {"3M", 10, 6, INFEXT__QTY_OK, 3000000LL},
        {"3G", 10, 9, INFEXT__QTY_OK, 3000000000LL},
        {"3T", 10, 12, INFEXT__QTY_OK, 3000000000000LL},
        {"3P", 10, 15, INFEXT__QTY_OK, 3000000000000000LL},
        {"3E", 10, 18, INFEXT__QTY_OK, 3000000000000000000LL},
        {"3Ki", 2, 10, INFEXT__QTY_OK, 3LL << 10},
        {"3Mi", 2, 20, INFEXT__QTY_OK, 3LL << 20},
        {"3Gi", 2, 30, INFEXT__QTY_OK, 3LL << 30},
        {"3Ti", 2, 40, INFEXT__QTY_OK, 3LL << 40},
        {"3Pi", 2, 50, INFEXT__QTY_OK, 3LL << 50},
        {"3Ei", 2, 60, INFEXT__QTY_OK, 3LL << 60},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        infext__quantity q;
        assert_int_equal(infext__quantity_parse(&q, cases[i].text), INFEXT__QTY_OK);
        assert_string_equal(q.suffix, cases[i].text + 1);
        assert_int_equal(q.base, cases[i].base);
        assert_int_equal(q.exponent, cases[i].exponent);
        long long v = -1;
        assert_int_equal(infext__quantity_int(&v, &q), cases[i].value_status);
        if (cases[i].value_status == INFEXT__QTY_OK) assert_true(v == cases[i].value);
    }
}

/* The parts: sign, digits before and after the point, the suffix. */
static void test_parts(void **state)
{
    (void)state;
    infext__quantity q;
    assert_int_equal(infext__quantity_parse(&q, "-012.50Mi"), INFEXT__QTY_OK);
    assert_true(q.negative);
    assert_int_equal(q.n_digits, 3);
    assert_memory_equal(q.digits, "012", 3);
    assert_int_equal(q.n_fraction, 2);
    assert_memory_equal(q.fraction, "50", 2);
    assert_string_equal(q.suffix, "Mi");
    assert_int_equal(infext__quantity_parse(&q, ".5"), INFEXT__QTY_OK);
    assert_false(q.negative);
    assert_int_equal(q.n_digits, 0);
    assert_int_equal(q.n_fraction, 1);
    assert_int_equal(infext__quantity_parse(&q, "+5."), INFEXT__QTY_OK);
    assert_false(q.negative);
    assert_int_equal(q.n_digits, 1);
    assert_int_equal(q.n_fraction, 0);
    assert_string_equal(q.suffix, "");
}

/* e or E, a sign, an int32 (strconv.ParseInt's 32-bit range); beyond it
 * the suffix is refused, as ParseQuantity refuses it. */
static void test_decimal_exponents(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        infext__qty_status status;
        int32_t exponent;
    } cases[] = {
        {"1e3", INFEXT__QTY_OK, 3},
        {"1E-3", INFEXT__QTY_OK, -3},
        {"1e+3", INFEXT__QTY_OK, 3},
        {"1E0", INFEXT__QTY_OK, 0},
        {"1e2147483647", INFEXT__QTY_OK, INT32_MAX},
        {"1e-2147483648", INFEXT__QTY_OK, INT32_MIN},
        {"1e2147483648", INFEXT__QTY_ESUFFIX, 0},
        {"1e-2147483649", INFEXT__QTY_ESUFFIX, 0},
        {"1e99999999999999999999", INFEXT__QTY_ESUFFIX, 0},
        {"1e", INFEXT__QTY_ESUFFIX, 0},
        {"1e+", INFEXT__QTY_ESUFFIX, 0},
        {"1e3k", INFEXT__QTY_ESUFFIX, 0},
        {"1e3.5", INFEXT__QTY_EFORMAT, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        infext__quantity q;
        infext__qty_status st = infext__quantity_parse(&q, cases[i].text);
        if (st != cases[i].status) fail_msg("%s: %d, want %d", cases[i].text, (int)st, (int)cases[i].status);
        if (st == INFEXT__QTY_OK) {
            assert_int_equal(q.base, 10);
            assert_int_equal(q.exponent, cases[i].exponent);
        }
    }
}

/* The number part must be [0-9.]+ with a digit and at most one point; what
 * follows, a suffix; characters no suffix has make it no quantity at all
 * (the regular expression of ErrFormatWrong), others a bad suffix. */
static void test_errors(void **state)
{
    (void)state;
    static const char *const format[] = {"", "+", "-", ".", "Gi", "k", "1..2", "1.2.3", "1 Gi", "1KiB",
                                         "1GB", "1Kb", "--1", "1_000", "0x10", NULL};
    static const char *const suffix[] = {"1k1", "1ki", "1K", "1mi", "1Mi2", "1EE", "1e-", "1+", "1-3", NULL};
    infext__quantity q;
    for (const char *const *p = format; *p; p++)
        if (infext__quantity_parse(&q, *p) != INFEXT__QTY_EFORMAT) fail_msg("%s: not a format error", *p);
    for (const char *const *p = suffix; *p; p++)
        if (infext__quantity_parse(&q, *p) != INFEXT__QTY_ESUFFIX) fail_msg("%s: not a suffix error", *p);
}

/* Values: fractions that come out whole, signs, the limits of a long long,
 * digits beyond 64 bits that zeros make small again. */
static void test_values(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        infext__qty_status status;
        long long value;
    } cases[] = {
        {"1.5Gi", INFEXT__QTY_OK, 1610612736LL},
        {".5k", INFEXT__QTY_OK, 500},
        {"0.001k", INFEXT__QTY_OK, 1},
        {"1000m", INFEXT__QTY_OK, 1},
        {"2.5e3", INFEXT__QTY_OK, 2500},
        {"0.25Ki", INFEXT__QTY_OK, 256},
        {"0.0009765625Ki", INFEXT__QTY_OK, 1},
        {"0.00048828125Ki", INFEXT__QTY_EFRACTION, 0},
        {"0.5", INFEXT__QTY_EFRACTION, 0},
        {"1500m", INFEXT__QTY_EFRACTION, 0},
        {"1e-2147483648", INFEXT__QTY_EFRACTION, 0},
        {"0", INFEXT__QTY_OK, 0},
        {"-0.0", INFEXT__QTY_OK, 0},
        {"000e2147483647", INFEXT__QTY_OK, 0},
        {"+7", INFEXT__QTY_OK, 7},
        {"-1k", INFEXT__QTY_OK, -1000},
        {"9223372036854775807", INFEXT__QTY_OK, LLONG_MAX},
        {"9223372036854775808", INFEXT__QTY_ERANGE, 0},
        {"-9223372036854775808", INFEXT__QTY_OK, LLONG_MIN},
        {"-9223372036854775809", INFEXT__QTY_ERANGE, 0},
        {"7Ei", INFEXT__QTY_OK, 7LL << 60},
        {"8Ei", INFEXT__QTY_ERANGE, 0},
        {"-8Ei", INFEXT__QTY_OK, LLONG_MIN},
        {"9.223372036854775807E", INFEXT__QTY_OK, LLONG_MAX},
        {"10E", INFEXT__QTY_ERANGE, 0},
        {"1e2147483647", INFEXT__QTY_ERANGE, 0},
        {"100000000000000000000000e-5", INFEXT__QTY_OK, 1000000000000000000LL},
        {"0.00000000000000000000000000001e30", INFEXT__QTY_OK, 10},
        {"123456789012345678901", INFEXT__QTY_ERANGE, 0},
        {"1.0000000000000000000001k", INFEXT__QTY_ERANGE, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        infext__quantity q;
        assert_int_equal(infext__quantity_parse(&q, cases[i].text), INFEXT__QTY_OK);
        long long v = 42;
        infext__qty_status st = infext__quantity_int(&v, &q);
        if (st != cases[i].status) fail_msg("%s: %d, want %d", cases[i].text, (int)st, (int)cases[i].status);
        if (st == INFEXT__QTY_OK && v != cases[i].value)
            fail_msg("%s: %lld, want %lld", cases[i].text, v, cases[i].value);
        if (st != INFEXT__QTY_OK) assert_true(v == 42); /* untouched */
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_suffix),    cmocka_unit_test(test_parts),  cmocka_unit_test(test_decimal_exponents),
        cmocka_unit_test(test_errors),          cmocka_unit_test(test_values),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
