/* Kubernetes quantities ("500M", "1.5Gi", "1e3", "-250m"), read as
 * apimachinery's resource.ParseQuantity reads them: a sign, a decimal
 * number, then one suffix (a binary Ki..Ei, a decimal n..E, or a decimal
 * exponent e/E with an int32). One reader for the syntax and the value. */
#ifndef INFEXT_UTIL_QUANTITY_H
#define INFEXT_UTIL_QUANTITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum infext__qty_status {
    INFEXT__QTY_OK = 0,
    /* not a signed decimal number then suffix characters (ParseQuantity's
     * ErrFormatWrong) */
    INFEXT__QTY_EFORMAT = 1,
    /* a number with a suffix no quantity has (ErrSuffix) */
    INFEXT__QTY_ESUFFIX = 2,
    /* infext__quantity_int: the value is not a whole number */
    INFEXT__QTY_EFRACTION = 3,
    /* infext__quantity_int: a whole number beyond a long long */
    INFEXT__QTY_ERANGE = 4,
} infext__qty_status;

/* A parsed quantity; the pointers are into the text parsed. */
typedef struct infext__quantity {
    bool negative;        /* a leading '-' */
    const char *digits;   /* the digits before the point */
    size_t n_digits;
    const char *fraction; /* the digits after it */
    size_t n_fraction;
    const char *suffix;   /* as written; "" for none */
    unsigned base;        /* 2 for Ki..Ei, else 10 */
    int32_t exponent;     /* the power of `base` the suffix stands for */
} infext__quantity;

/* Parse `text` (NUL-terminated). Returns INFEXT__QTY_OK and fills *out, or
 * INFEXT__QTY_EFORMAT / INFEXT__QTY_ESUFFIX (then *out is unspecified). */
infext__qty_status infext__quantity_parse(infext__quantity *out, const char *text);

/* The value of a parsed quantity as a whole number: INFEXT__QTY_OK and
 * *out, INFEXT__QTY_EFRACTION when it has a fractional part ("1.5", "1m"),
 * or INFEXT__QTY_ERANGE when it does not fit in a long long (also when its
 * significant digits, without leading and trailing zeros, do not fit in 64
 * bits: "1.0000000000000000000001k"). */
infext__qty_status infext__quantity_int(long long *out, const infext__quantity *q);

#endif
