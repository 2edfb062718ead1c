/* Fuzz target for validation: every object that decodes (in the mode the
 * validator is used in: unknown members kept, wrong types recorded) is
 * validated with and without the unknown-member check. Nothing may crash
 * or leak; the verdict is OK or EVALIDATION and agrees with the error
 * count; the input object is never changed (its encoding is the same
 * before and after); and validating twice gives the same diagnostics. Built
 * for libFuzzer with -DINFEXT_FUZZ=ON (clang), and always as an ordinary
 * test that replays the committed corpus. */
#include "fuzz_reader.h"

#include <infext/infext.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *encoded(const infext_object *obj)
{
    char *text = NULL;
    if (infext_object_encode(&text, NULL, obj, NULL) != INFEXT_OK) abort();
    return text;
}

/* Validate into a fresh list and return it; the verdict must match it. */
static infext_diags *validate(const infext_object *obj, unsigned int flags)
{
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) abort();
    infext_validate_options opts = INFEXT_VALIDATE_OPTIONS_INIT;
    opts.flags = flags;
    infext_status st = infext_validate(obj, &opts, diags);
    if (st != INFEXT_OK && st != INFEXT_EVALIDATION) abort();
    if ((st == INFEXT_EVALIDATION) != (infext_diags_error_count(diags) > 0)) abort();
    return diags;
}

static int same_diags(const infext_diags *a, const infext_diags *b)
{
    if (infext_diags_count(a) != infext_diags_count(b)) return 0;
    for (size_t i = 0; i < infext_diags_count(a); i++) {
        const infext_diag *x = infext_diags_at(a, i), *y = infext_diags_at(b, i);
        if (infext_diag_type(x) != infext_diag_type(y) || strcmp(infext_diag_path(x), infext_diag_path(y)) ||
            strcmp(infext_diag_message(x), infext_diag_message(y)) || infext_diag_line(x) != infext_diag_line(y))
            return 0;
    }
    return 1;
}

static void check(const infext_object *obj)
{
    char *before = encoded(obj);
    for (unsigned int flags = 0; flags <= (INFEXT_VALIDATE_ALLOW_UNKNOWN | INFEXT_VALIDATE_NO_DEFAULTS); flags++) {
        infext_diags *first = validate(obj, flags), *second = validate(obj, flags);
        if (!same_diags(first, second)) abort();
        infext_diags_free(first);
        infext_diags_free(second);
    }
    char *after = encoded(obj);
    if (strcmp(before, after) != 0) abort();
    infext_free(after);
    infext_free(before);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_each_object(data, size, check);
    return 0;
}
