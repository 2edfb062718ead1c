/* Fuzz target for defaulting and conversion: whatever decodes is defaulted
 * (which must succeed and be idempotent), and every InferencePool is
 * converted back and forth, with and without allowed loss. Nothing may crash
 * or leak; a refusal is only ever INFEXT_ELOSSY; and after one round trip
 * conversion is exact: converting there and back again gives the same
 * object. Built for libFuzzer with -DINFEXT_FUZZ=ON (clang), and always as
 * an ordinary test that replays the committed corpus. */
#include "fuzz_reader.h"

#include <infext/infext.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *other_version(const infext_object *obj)
{
    switch (infext_object_kind(obj)) {
    case INFEXT_KIND_V1_INFERENCE_POOL:
    case INFEXT_KIND_V1_INFERENCE_POOL_LIST:
        return "inference.networking.x-k8s.io/v1alpha2";
    case INFEXT_KIND_V1ALPHA2_INFERENCE_POOL:
    case INFEXT_KIND_V1ALPHA2_INFERENCE_POOL_LIST:
        return "inference.networking.k8s.io/v1";
    default:
        return NULL;
    }
}

/* Convert, allowing only success or a refusal for loss. */
static infext_object *convert(const infext_object *obj, unsigned int flags)
{
    infext_object *out = NULL;
    infext_status st = infext_convert(&out, obj, other_version(obj), flags, NULL);
    if (st != INFEXT_OK && st != INFEXT_ELOSSY) abort();
    if ((st == INFEXT_OK) != (out != NULL)) abort();
    return out;
}

static void check_conversion(const infext_object *obj)
{
    if (!other_version(obj)) {
        infext_object *out = NULL;
        if (infext_convert(&out, obj, "inference.networking.k8s.io/v1", 0, NULL) != INFEXT_EKIND || out) abort();
        return;
    }
    for (unsigned int flags = 0; flags <= INFEXT_CONVERT_ALLOW_LOSSY; flags++) {
        infext_object *hops[4] = {NULL, NULL, NULL, NULL};
        const infext_object *from = obj;
        size_t n = 0;
        while (n < 4 && (hops[n] = convert(from, flags)) != NULL) from = hops[n++];
        /* hops[1] has been there and back once; hops[3] twice. */
        if (n == 4 && !infext_object_equal(hops[1], hops[3])) abort();
        for (size_t i = 0; i < n; i++) infext_object_free(hops[i]);
    }
}

static void check_default(const infext_object *obj)
{
    infext_object *copy = NULL, *again = NULL;
    if (infext_object_clone(&copy, obj) != INFEXT_OK) abort();
    if (infext_default(copy, NULL) != INFEXT_OK) abort();
    if (infext_object_clone(&again, copy) != INFEXT_OK) abort();
    if (infext_default(again, NULL) != INFEXT_OK || !infext_object_equal(copy, again)) abort();
    check_conversion(copy);
    infext_object_free(again);
    infext_object_free(copy);
}

static void check(const infext_object *obj)
{
    check_conversion(obj);
    check_default(obj);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_each_object(data, size, check);
    return 0;
}
